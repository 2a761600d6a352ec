//! The web app: a thin Yew shell over the core. State lives in one reducer
//! (`state.rs`); each screen is a small component (`components/`); hooks
//! hold the browser concerns (`hooks/`).

pub mod components;
pub mod hooks;
pub mod perf;
pub mod state;

use components::deck_view::DeckView;
use components::question_card::QuestionCard;
use components::results::Results;
use state::{Action, Screen, State};
use yew::prelude::*;

/// The quiz seed: `#seed=N` in the address makes a quiz reproducible (for
/// sharing and for tests); otherwise the clock picks one.
fn seed_from_location() -> u64 {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|kv| kv.strip_prefix("seed=").and_then(|v| v.parse().ok()))
        .unwrap_or_else(|| js_sys::Date::now() as u64)
}

/// A callback that dispatches `action`, whatever event triggers it.
fn send<T: 'static>(state: &UseReducerHandle<State>, action: Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |_: T| state.dispatch(action.clone()))
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(seed_from_location()));
    hooks::use_after_paint::use_after_paint(send::<()>(&state, Action::Prepare));
    let dispatch = |a: Action| send::<()>(&state, a);
    let body = match state.screen() {
        Screen::Deck => html! {
            <DeckView title={state::BUILT_IN_DECK} period={state.period()} sources={state.source_cards()} problem={state.problem()} on_start={dispatch(Action::Start)} />
        },
        Screen::Question => {
            let quiz = state.quiz.as_ref().expect("a quiz on the question screen");
            let s = state.clone();
            let on_submit = Callback::from(move |typed: String| s.dispatch(Action::Submit(typed)));
            html! {
                <QuestionCard
                    key={quiz.index}
                    number={quiz.index + 1}
                    total={quiz.questions.len()}
                    question={quiz.current().cloned().expect("a current question")}
                    answered={quiz.current_answer().cloned()}
                    source={state.source_card(&quiz.current().expect("a current question").source.file)}
                    {on_submit}
                    on_next={dispatch(Action::Next)}
                    on_override={dispatch(Action::Override)}
                />
            }
        }
        Screen::Results => html! {
            <Results summary={state.summary()} on_again={dispatch(Action::Start)} on_home={dispatch(Action::Home)} />
        },
    };
    html! {
        <>
            <header class="top">
                <button class="brand" onclick={send::<MouseEvent>(&state, Action::Home)}>{ "FactQuiz" }</button>
                <span class="tagline">{ "Study the sources. Offline, in your browser." }</span>
            </header>
            <main id="main">{ body }</main>
        </>
    }
}

/// Shows a readable error screen if anything panics, instead of a blank page.
fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::warn_1(&format!("FactQuiz stopped: {msg}").into());
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = doc.body() else { return };
        body.set_text_content(None);
        if let Ok(div) = doc.create_element("div") {
            div.set_attribute("role", "alert").ok();
            div.set_class_name("crash");
            let h = doc.create_element("h1").ok();
            if let Some(h) = h {
                h.set_text_content(Some("Something went wrong"));
                div.append_child(&h).ok();
            }
            if let Ok(p) = doc.create_element("p") {
                p.set_text_content(Some("FactQuiz hit an error it could not recover from. Your saved progress is safe. Reload the page to carry on."));
                div.append_child(&p).ok();
            }
            if let Ok(pre) = doc.create_element("pre") {
                pre.set_text_content(Some(&msg));
                div.append_child(&pre).ok();
            }
            if let Ok(a) = doc.create_element("a") {
                a.set_text_content(Some("Reload"));
                a.set_attribute("href", "").ok();
                a.set_class_name("button");
                div.append_child(&a).ok();
            }
            body.append_child(&div).ok();
        }
    }));
}

/// Entry point of the `web` binary.
pub fn run() {
    install_panic_screen();
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
