//! Component tests in a real headless Chromium (wasm-bindgen-test): what
//! needs a browser to show (the study model itself is tested natively in
//! `study.rs`). Elements are found by role and accessible name, as a person
//! or a screen reader would.
#![cfg(target_arch = "wasm32")]

use factquiz::app::App;
use factquiz::progress::{Mode, Progress};
use factquiz::route::Route;
use factquiz::study::{Action, State};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

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

/// Mounts the app as if opened at `hash`, with no saved progress.
fn mount_at(hash: &str) -> Element {
    let w = web_sys::window().unwrap();
    w.local_storage().unwrap().unwrap().clear().unwrap();
    w.location().set_hash(hash).unwrap();
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

const NOW: i64 = 1_700_000_000_000;

#[wasm_bindgen_test]
async fn home_lists_the_five_sources_the_modes_and_start_practice() {
    let root = mount_at("#/");
    yew::scheduler::flush().await;
    let sources = all(&root, "ul[aria-label='Sources'] > li");
    assert_eq!(sources.len(), 5, "{}", text(&root));
    assert!(text(&root).contains("What ISIS-K Means for Afghanistan"));
    assert!(text(&root).contains("Jonathan Schroden"));
    assert!(text(&root).contains("27 August 2021"));
    assert!(button(&root, "Start practice").is_some());
    let modes: Vec<String> = all(&root, "nav[aria-label='Modes'] a")
        .iter()
        .map(text)
        .collect();
    for m in [
        "Home",
        "Practice",
        "Test",
        "Flashcards",
        "Read",
        "Mistakes",
        "Progress",
    ] {
        assert!(modes.iter().any(|x| x == m), "{m} in {modes:?}");
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn a_wrong_practice_answer_shows_the_verdict_the_source_and_comes_back() {
    let root = mount_at("#/");
    yew::scheduler::flush().await;
    button(&root, "Start practice").unwrap().click();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Question 1 of "), "{}", text(&root));
    // Answer wrongly, whatever the kind of question: a typed answer, an option or true/false.
    match textbox(&root, "Your answer") {
        Some(input) => {
            input.set_value("certainly not the answer");
            button(&root, "Check").unwrap().click();
        }
        None => {
            // The first practice question of a new learner, as the core picks it.
            let deck = factquiz::deck::Deck::seeds();
            let first =
                factquiz::progress::practice(&deck, &Progress::default(), NOW, 10)[0].clone();
            let group = all(&root, "[role='group'][aria-label='Options']")
                .pop()
                .expect("options");
            let wrong = all(&group, "button")
                .into_iter()
                .find(|b| {
                    // The option's name: its text without the key hint.
                    let name = all(b, "span")
                        .pop()
                        .map(|s| text(&s))
                        .unwrap_or_default()
                        .to_lowercase();
                    name != first.answer.to_lowercase()
                })
                .unwrap();
            wrong.dyn_into::<HtmlElement>().unwrap().click();
        }
    }
    yew::scheduler::flush().await;
    let status = all(&root, "[role='status']").pop().unwrap();
    let said = status.text_content().unwrap_or_default();
    assert!(said.starts_with("Wrong."), "{said}");
    assert!(button(&root, "I was right").is_some());
    assert_eq!(
        all(&root, "mark").len(),
        1,
        "the source sentence is marked in its paragraph"
    );
    assert!(all(&root, "a")
        .iter()
        .any(|a| text(a) == "Read it in context"));
    button(&root, "Next question").unwrap().click();
    yew::scheduler::flush().await;
    assert!(
        text(&root).contains("Question 2 of 11"),
        "a miss comes back: {}",
        text(&root)
    );
    root.remove();
}

#[wasm_bindgen_test]
fn corrupt_saved_progress_is_kept_aside_with_a_notice() {
    let store = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    store
        .set_item(
            factquiz::progress::STORAGE_KEY,
            "{\"version\":1,\"reviews\":",
        )
        .unwrap();
    let loaded = factquiz::app::hooks::use_storage::load();
    assert!(loaded.notice.unwrap().contains("could not be read"));
    assert_eq!(
        store
            .get_item(factquiz::progress::BACKUP_KEY)
            .unwrap()
            .as_deref(),
        Some("{\"version\":1,\"reviews\":")
    );
    assert_eq!(
        store.get_item(factquiz::progress::STORAGE_KEY).unwrap(),
        None
    );
    assert_eq!(loaded.progress, Progress::default());
    store.clear().unwrap();
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
    use factquiz::app::components::home::{Home, HomeProps};
    let mut s = State::new(42, Route::Home, Progress::default(), None);
    s.deck = Rc::new(factquiz::deck::Deck::from_files(&[(
        "note.txt",
        "hello there, all is well.",
    )]));
    let s = s.reduce(Action::Start(Mode::Practice, NOW));
    assert!(s.progress.current.is_none(), "nothing started");
    assert!(s.notice.as_deref().unwrap_or("").contains("No questions"));
    let problem = s.problem().expect("a reason why there is no quiz");
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = HomeProps {
        title: "Empty deck".into(),
        period: None,
        sources: s.source_cards(),
        problem: Some(problem.clone()),
        due: 0,
        learned: 0,
        facts: 0,
        resume: None,
        on_start: yew::Callback::noop(),
        on_code: yew::Callback::noop(),
        own: false,
        on_built_in: yew::Callback::noop(),
    };
    yew::Renderer::<Home>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let alert = all(&root, "[role='alert']").pop().expect("an alert");
    assert_eq!(text(&alert), problem);
    assert!(button(&root, "Start practice").is_none());
    root.remove();
}

/// Mounts a component with props; returns its root and what it emitted.
fn mount_input<C>(props: C::Properties) -> Element
where
    C: yew::BaseComponent,
{
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    root
}

fn by_label(root: &Element, name: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some(name) || text(b).trim() == name)
        .unwrap_or_else(|| panic!("no button {name}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_order_input_moves_items_with_the_keyboard_buttons_and_submits_their_numbers() {
    use factquiz::app::components::order_input::{OrderInput, OrderInputProps};
    let got = Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = got.clone();
    let root = mount_input::<OrderInput>(OrderInputProps {
        items: vec!["B event".into(), "A event".into(), "C event".into()],
        focus_key: 1,
        disabled: false,
        on_submit: yew::Callback::from(move |s: String| sink.borrow_mut().push(s)),
    });
    yew::scheduler::flush().await;
    let rows = || {
        all(&root, "ol[aria-label='Order of events, earliest first'] li")
            .iter()
            .map(|l| text(&all(l, ".order-text")[0]))
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(), ["B event", "A event", "C event"]);
    assert!(by_label(&root, "Move B event up").has_attribute("disabled"));
    assert!(by_label(&root, "Move C event down").has_attribute("disabled"));
    by_label(&root, "Move A event up").click();
    yew::scheduler::flush().await;
    assert_eq!(rows(), ["A event", "B event", "C event"]);
    by_label(&root, "Check order").click();
    assert_eq!(*got.borrow(), vec!["2 1 3".to_string()]);
    root.remove();

    let root = mount_input::<OrderInput>(OrderInputProps {
        items: vec!["x".into(), "y".into()],
        focus_key: 1,
        disabled: true,
        on_submit: yew::Callback::noop(),
    });
    yew::scheduler::flush().await;
    assert!(
        button(&root, "Check order").is_none(),
        "nothing to submit once answered"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_match_input_pairs_every_term_before_it_submits() {
    use factquiz::app::components::match_input::{MatchInput, MatchInputProps};
    let got = Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = got.clone();
    let root = mount_input::<MatchInput>(MatchInputProps {
        items: vec!["UN".into(), "EU".into()],
        options: vec!["European Union".into(), "United Nations".into()],
        focus_key: 1,
        disabled: false,
        on_submit: yew::Callback::from(move |s: String| sink.borrow_mut().push(s)),
    });
    yew::scheduler::flush().await;
    let pick = |label: &str, value: &str| {
        let l = all(&root, "label")
            .into_iter()
            .find(|l| text(l) == label)
            .unwrap();
        let sel: web_sys::HtmlSelectElement = document()
            .get_element_by_id(&l.get_attribute("for").unwrap())
            .unwrap()
            .dyn_into()
            .unwrap();
        sel.set_value(value);
        sel.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
    };
    pick("UN", "United Nations");
    yew::scheduler::flush().await;
    button(&root, "Check matches").unwrap().click();
    yew::scheduler::flush().await;
    assert!(got.borrow().is_empty(), "not every term is paired");
    assert!(text(&root).contains("Pair every term first."));
    pick("EU", "European Union");
    yew::scheduler::flush().await;
    button(&root, "Check matches").unwrap().click();
    assert_eq!(
        *got.borrow(),
        vec!["UN = United Nations; EU = European Union".to_string()]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn the_built_in_deck_read_in_the_browser_equals_the_seeds_extracted_there() {
    // The native test keeps data/seeds.deck.json equal to extraction; this
    // one checks that wasm reads it back to the same deck (numbers included).
    let built_in = factquiz::deck::Deck::built_in();
    assert_eq!(built_in, factquiz::deck::Deck::seeds());
    let state = State::new(1, Route::Home, Progress::default(), None);
    assert_eq!(*state.deck, built_in);
}
