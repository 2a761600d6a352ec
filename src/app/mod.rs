//! The web app: a thin Yew shell over the core. State is the core's study
//! model (`crate::study`), held as one Yew reducer (`state.rs`); `App` only
//! wires it: the address, saving, the clock, and one page per route
//! (`pages/`), each drawn with small components (`components/`); hooks hold
//! the browser concerns (`hooks/`).

pub mod components;
pub mod crash;
pub mod decks;
pub mod dispatch;
pub mod files;
pub mod hooks;
pub mod pages;
pub mod perf;
pub mod state;
pub mod worker;

pub use crash::show_error;

use crate::progress::Mode;
use crate::route::Route;
use crate::study::Action;
use components::class_view::ClassView;
use components::nav::Nav;
use components::read_view::ReadView;
use dispatch::{at_now, dispatcher, downloader, send};
use hooks::use_clock::{now, use_clock};
use pages::session::session;
use pages::shared::SharedQuiz;
use pages::teach::TeachPage;
use state::AppState;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let loaded = hooks::use_storage::load();
        let route = hooks::use_route::current_route();
        AppState::new(now() as u64, route, loaded.progress, loaded.notice)
    });
    let navigate = dispatcher(&state).reform(Action::Navigate);
    hooks::use_route::use_route(state.route.clone(), navigate);
    hooks::use_storage::use_save(&state.progress, state.revision, dispatcher(&state));
    let timed = state.progress.current.as_ref().and_then(|c| c.ends);
    let time = use_clock(timed.is_some());
    {
        let s = state.clone();
        use_effect_with((timed, time), move |(ends, time)| {
            if ends.is_some_and(|e| e <= *time) {
                s.dispatch(Action::TimeUp(*time));
            }
        });
    }
    let body = match state.route.clone() {
        Route::Home => pages::home::home(&state),
        Route::Practice => session(&state, Mode::Practice, time),
        Route::Test { .. } => session(&state, Mode::Test, time),
        Route::Flashcards => session(&state, Mode::Flashcards, time),
        Route::Mistakes => session(&state, Mode::Mistakes, time),
        Route::Read { source, sentence } => html! {
            <ReadView sources={state.source_cards()} {source} {sentence}
                blocks={source.map(|n| state.read(n)).unwrap_or_default()}
                on_quiz={at_now(&state, |facts: Vec<String>, t| Action::StartFacts(facts, t))} />
        },
        Route::Progress => pages::progress::progress(&state),
        Route::Teach => html! { <TeachPage state={state.clone()} /> },
        // A shared quiz under way or just finished is a test.
        Route::Quiz { code, .. } if state.shared_in_play(&code) => {
            session(&state, Mode::Test, time)
        }
        Route::Quiz { code, title, deck } => {
            html! { <SharedQuiz state={state.clone()} {code} {title} {deck} /> }
        }
        Route::Print { code, title, key } => pages::print::print(&state, code, title, key),
        Route::Texts => pages::texts::texts(&state),
        Route::Class => html! { <ClassView on_csv={downloader(&state)} /> },
        Route::NotFound => pages::not_found(),
    };
    html! {
        <>
            <header class="top">
                <a class="brand" href="#/">{ "FactQuiz" }</a>
                <Nav route={state.route.clone()} mistakes={state.progress.open_mistakes().len()} />
            </header>
            <main id="main">
                if let Some(n) = &state.notice {
                    <div class="notice" role="alert">
                        <p>{ n }</p>
                        <button class="secondary" onclick={send::<MouseEvent>(&state, Action::Dismiss)}>{ "Dismiss" }</button>
                    </div>
                }
                { body }
            </main>
        </>
    }
}

/// Entry point of the `web` binary. In the deck worker (no window) there is
/// no page to draw: the worker only calls `worker::build_deck`.
pub fn run() {
    if web_sys::window().is_none() {
        return;
    }
    crash::install_panic_screen();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
