//! The places of the app, as links: keyboard and back button work as on
//! any page, and the current one is marked for screen readers.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub route: Route,
    /// Questions waiting in Review mistakes.
    pub mistakes: usize,
}

#[component]
pub fn Nav(props: &NavProps) -> Html {
    let here = |r: &Route| match (r, &props.route) {
        (Route::Test { .. }, Route::Test { .. }) | (Route::Read { .. }, Route::Read { .. }) => true,
        (a, b) => a == b,
    };
    let links = [
        (Route::Home, "Home".to_string()),
        (Route::Practice, "Practice".to_string()),
        (Route::Test { seed: None }, "Test".to_string()),
        (Route::Flashcards, "Flashcards".to_string()),
        (
            Route::Read {
                source: None,
                sentence: None,
            },
            "Read".to_string(),
        ),
        (
            Route::Mistakes,
            if props.mistakes > 0 {
                format!("Mistakes ({})", props.mistakes)
            } else {
                "Mistakes".to_string()
            },
        ),
        (Route::Progress, "Progress".to_string()),
        (Route::Texts, "Your texts".to_string()),
        (Route::Teach, "Teach".to_string()),
    ];
    html! {
        <nav class="modes" aria-label="Modes">
            <ul>
                { for links.iter().map(|(r, label)| html! {
                    <li><a href={r.hash()} aria-current={here(r).then_some("page")}>{ label }</a></li>
                }) }
            </ul>
        </nav>
    }
}
