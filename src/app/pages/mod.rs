//! One page per route, drawn from the app's one state. Pages with state of
//! their own are components (Teach: the review's candidates and the export
//! note; the shared quiz: the saved decks it was read with); the others are
//! functions of the state.

pub mod home;
pub mod print;
pub mod progress;
pub mod session;
pub mod shared;
pub mod teach;
pub mod texts;

use yew::prelude::*;

/// An address that is not a place in FactQuiz.
pub fn not_found() -> Html {
    html! {
        <section aria-labelledby="nf-title">
            <h1 id="nf-title">{ "Page not found" }</h1>
            <p>{ "This address is not a place in FactQuiz." }</p>
            <p><a class="button primary" href="#/">{ "Go home" }</a></p>
        </section>
    }
}
