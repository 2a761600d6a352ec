//! A teacher's shared quiz before it starts: its title, what it holds (or
//! why this deck cannot make it, and where its deck is) and the student's
//! name. The saved decks are read once, when the page opens.

use crate::app::components::shared_intro::SharedIntro;
use crate::app::decks;
use crate::app::dispatch::Store;
use crate::app::hooks::use_clock::now;
use crate::progress::Shared;
use crate::study::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedQuizProps {
    pub state: Store,
    pub code: String,
    pub title: String,
    /// The name of the deck it was made from, if the link says.
    pub deck: String,
}

#[component]
pub fn SharedQuiz(props: &SharedQuizProps) -> Html {
    let saved = use_state(decks::saved);
    let about = crate::study::shared::about(&props.code, &props.state.deck, &saved, &props.deck);
    let on_start = {
        let (s, code, title) = (props.state.clone(), props.code.clone(), props.title.clone());
        Callback::from(move |name: String| {
            let shared = Shared {
                code: code.clone(),
                title: title.clone(),
                name,
            };
            s.dispatch(Action::StartShared(shared, now()));
        })
    };
    html! { <SharedIntro title={props.title.clone()} {about} {on_start} /> }
}
