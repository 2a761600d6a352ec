//! Component tests in a real headless Chromium (wasm-bindgen-test). Elements
//! are found by role and accessible name, as a person or a screen reader would.
#![cfg(target_arch = "wasm32")]

use factquiz::app::state::{Action, Screen, State};
use factquiz::app::App;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn mount() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    yew::Renderer::<App>::with_root(div.clone()).render();
    div
}

/// Mounts the app as if opened at `#seed=N`, so its quiz is known.
fn mount_with_seed(seed: u64) -> Element {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("seed={seed}"))
        .unwrap();
    mount()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// A button by its accessible name (its text).
fn button(root: &Element, name: &str) -> Option<HtmlElement> {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .and_then(|b| b.dyn_into().ok())
}

/// A text box by the text of its <label>.
fn textbox(root: &Element, label: &str) -> Option<HtmlInputElement> {
    let l = all(root, "label")
        .into_iter()
        .find(|l| l.text_content().unwrap_or_default().trim() == label)?;
    let id = l.get_attribute("for")?;
    document().get_element_by_id(&id)?.dyn_into().ok()
}

fn text(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_deck_lists_the_five_sources_and_a_start_button() {
    let root = mount();
    yew::scheduler::flush().await;
    let sources = all(&root, "ul[aria-label='Sources'] > li");
    assert_eq!(sources.len(), 5, "{}", text(&root));
    assert!(text(&root).contains("What ISIS-K Means for Afghanistan"));
    assert!(text(&root).contains("Jonathan Schroden"));
    assert!(text(&root).contains("27 August 2021"));
    assert!(button(&root, "Start quiz").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn answering_shows_a_verdict_the_answer_and_the_source_sentence() {
    let root = mount_with_seed(42);
    yew::scheduler::flush().await;
    button(&root, "Start quiz").unwrap().click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Question 1 of 10"), "{}", text(&root));
    // Answer wrongly, whatever the kind of question: a typed answer, an option or true/false.
    match textbox(&root, "Your answer") {
        Some(input) => {
            input.set_value("certainly not the answer");
            button(&root, "Check").unwrap().click();
        }
        None => {
            let group = all(&root, "[role='group'][aria-label='Options']")
                .pop()
                .expect("options to pick from");
            let quiz =
                factquiz::deck::Deck::seeds().quiz(42, 10, &factquiz::app::state::QUIZ_TYPES);
            let answer = quiz[0].answer.clone();
            let wrong = all(&group, "button")
                .into_iter()
                .find(|b| {
                    b.get_attribute("aria-label")
                        .unwrap_or_default()
                        .to_lowercase()
                        != answer.to_lowercase()
                })
                .unwrap();
            wrong.dyn_into::<HtmlElement>().unwrap().click();
        }
    }
    yew::scheduler::flush().await;
    let status = all(&root, "[role='status']").pop().unwrap();
    assert!(
        status
            .text_content()
            .unwrap_or_default()
            .starts_with("Wrong."),
        "{}",
        text(&root)
    );
    assert!(
        all(&root, "blockquote").len() == 1,
        "the source sentence is shown"
    );
    assert!(button(&root, "I was right").is_some());
    assert!(button(&root, "Next question").is_some());
    root.remove();
}

#[wasm_bindgen_test]
fn the_reducer_plays_a_quiz_to_the_results() {
    let mut s = Rc::new(State::new(42));
    assert_eq!(s.screen(), Screen::Deck);
    s = s.reduce(Action::Start);
    assert_eq!(s.screen(), Screen::Question);
    let n = s.quiz.as_ref().unwrap().questions.len();
    assert_eq!(n, 10);
    for i in 0..n {
        let answer = s.quiz.as_ref().unwrap().questions[i].answer.clone();
        // right on even questions, wrong on odd ones
        s = s.reduce(Action::Submit(if i % 2 == 0 {
            answer
        } else {
            "no idea".into()
        }));
        if i == 1 {
            s = s.reduce(Action::Override);
        }
        s = s.reduce(Action::Next);
    }
    assert_eq!(s.screen(), Screen::Results);
    let sum = s.summary();
    assert_eq!((sum.right, sum.total, sum.overridden), (6, 10, 1));
    assert_eq!(sum.misses.len(), 4);
    s = s.reduce(Action::Home);
    assert_eq!(s.screen(), Screen::Deck);
}

#[wasm_bindgen_test]
fn quizzes_are_the_same_in_the_browser_as_natively() {
    // The same seed picks the same questions on every platform: the first
    // question of seed 42 is stable across runs in this browser, and its id
    // is the one the native CLI prints (checked end to end in e2e/).
    let a = factquiz::deck::Deck::seeds().quiz(42, 10, &factquiz::generate::QuestionType::ALL);
    let b = factquiz::deck::Deck::seeds().quiz(42, 10, &factquiz::generate::QuestionType::ALL);
    assert_eq!(a, b);
    assert_eq!(a.len(), 10);
}

#[wasm_bindgen_test]
fn the_error_screen_is_readable_and_shows_the_message_as_text() {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    factquiz::app::show_error(&root, "panicked at <img src=x onerror=alert(1)>");
    let alert = all(&root, "[role='alert']").pop().expect("an alert");
    assert!(text(&alert).contains("Something went wrong"));
    assert!(text(&alert).contains("Reload the page"));
    assert!(
        text(&alert).contains("<img src=x onerror=alert(1)>"),
        "the message is shown as text"
    );
    assert!(all(&root, "img").is_empty(), "no HTML from the message");
    assert!(all(&root, "a").iter().any(|a| text(a) == "Reload"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_deck_without_questions_says_so_instead_of_starting() {
    use factquiz::app::components::deck_view::{DeckView, DeckViewProps};
    // The reducer: Start with no questions stays on the deck, with a reason.
    let mut s = State::new(42);
    s.prepared = Some(Rc::new(Vec::new()));
    let s = Rc::new(s).reduce(Action::Start);
    assert_eq!(s.screen(), Screen::Deck);
    let problem = s.problem().expect("a reason why there is no quiz");
    // The deck shows the reason as an alert, and no Start button.
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = DeckViewProps {
        title: "Empty deck".into(),
        period: None,
        sources: s.source_cards(),
        problem: Some(problem.clone()),
        on_start: yew::Callback::noop(),
    };
    yew::Renderer::<DeckView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let alert = all(&root, "[role='alert']").pop().expect("an alert");
    assert_eq!(text(&alert), problem);
    assert!(button(&root, "Start quiz").is_none());
    root.remove();
}
