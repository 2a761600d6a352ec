//! Home: the deck and its sources, what is due, a session to resume, and a
//! box for a teacher's quiz code.

use crate::app::components::home::Home;
use crate::app::dispatch::{at_now, send, Store};
use crate::app::hooks::use_clock::now;
use crate::progress::Mode;
use crate::route::Route;
use crate::share::QuizCode;
use crate::study::Action;
use yew::prelude::*;

pub fn home(state: &Store) -> Html {
    let p = &state.progress;
    let resume = state.resume().map(|(label, route)| (label, route.hash()));
    let on_code = {
        let s = state.clone();
        Callback::from(move |typed: String| {
            let code = QuizCode::tidy(&typed);
            s.dispatch(Action::Navigate(Route::Quiz {
                code,
                title: String::new(),
                deck: String::new(),
            }))
        })
    };
    html! {
        <Home title={state.deck_name()} own={state.own.is_some()} on_built_in={send::<()>(state, Action::UseBuiltIn)} period={state.period()} sources={state.source_cards()}
            problem={state.problem()} due={p.due(now())} learned={p.learned()} facts={state.deck.facts.len()}
            {resume} on_start={at_now(state, |_: (), t| Action::Start(Mode::Practice, t))}
            {on_code} />
    }
}
