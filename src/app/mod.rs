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
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_text_content(None);
            show_error(&body, &msg);
        }
    }));
}

/// Puts the error screen into `parent`: what happened in plain words, the
/// technical message as text (never as HTML), and a Reload link.
pub fn show_error(parent: &web_sys::Element, message: &str) {
    let Some(doc) = parent.owner_document() else {
        return;
    };
    let add = |to: &web_sys::Element, tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        to.append_child(&el).ok()?;
        Some(el)
    };
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_attribute("role", "alert").ok();
    div.set_class_name("crash");
    add(&div, "h1", "Something went wrong");
    add(&div, "p", "FactQuiz hit an error it could not recover from. Your saved progress is safe. Reload the page to carry on.");
    add(&div, "pre", message);
    if let Some(a) = add(&div, "a", "Reload") {
        a.set_attribute("href", "").ok();
        a.set_class_name("button");
    }
    parent.append_child(&div).ok();
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
