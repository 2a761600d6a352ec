//! A quiz code's worksheet or answer key, to print.

use crate::app::components::print_view::PrintView;
use crate::app::dispatch::Store;
use crate::share::QuizCode;
use yew::prelude::*;

pub fn print(state: &Store, code: String, title: String, key: bool) -> Html {
    match QuizCode::decode(&code) {
        Ok(c) => {
            let questions = c.questions(&state.deck);
            let sources = state
                .deck
                .sources
                .iter()
                .map(|x| (x.file.clone(), x.title.clone()))
                .collect::<Vec<_>>();
            html! { <PrintView {title} {code} {questions} answers={key} {sources} /> }
        }
        Err(e) => html! { <p class="notice" role="alert">{ e.to_string() }</p> },
    }
}
