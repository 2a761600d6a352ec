//! Component tests in a real headless Chromium (wasm-bindgen-test). Elements
//! are found by role and accessible name, as a person or a screen reader would.
#![cfg(target_arch = "wasm32")]

use factquiz::app::state::{Action, State};
use factquiz::app::App;
use factquiz::progress::{Grade, Mode, Progress};
use factquiz::route::Route;
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

fn fresh(route: Route) -> Rc<State> {
    Rc::new(State::new(42, route, Progress::default(), None))
}

/// Answers the current question of a session: right or wrong, whatever its type.
fn answer(s: Rc<State>, right: bool, t: i64) -> Rc<State> {
    let q = s
        .progress
        .current
        .as_ref()
        .unwrap()
        .quiz
        .current()
        .unwrap()
        .clone();
    let typed = if right {
        match q.qtype {
            factquiz::generate::QuestionType::Choice => {
                (q.choices.iter().position(|c| *c == q.answer).unwrap() + 1).to_string()
            }
            _ => q.answer.clone(),
        }
    } else {
        match q.qtype {
            factquiz::generate::QuestionType::TrueFalse => {
                if q.answer == "true" {
                    "false".into()
                } else {
                    "true".into()
                }
            }
            _ => "certainly not the answer".into(),
        }
    };
    s.reduce(Action::Submit(typed, t))
}

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
    assert!(text(&root).contains("Question 1 of 10"), "{}", text(&root));
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
fn a_test_gives_no_feedback_until_the_end_then_every_verdict() {
    let mut s = fresh(Route::Test { seed: Some(42) });
    s = s.reduce(Action::Start(Mode::Test, NOW));
    let expected = factquiz::deck::Deck::seeds().quiz(42, 10, &factquiz::app::state::QUIZ_TYPES);
    let quiz = &s.session(Mode::Test).unwrap().quiz;
    assert_eq!(
        quiz.questions, expected,
        "the same test as the CLI for seed 42"
    );
    for i in 0..10 {
        s = answer(s, i % 2 == 0, NOW + i as i64 * 1000);
    }
    assert!(s.session(Mode::Test).is_none(), "finished");
    let sum = s.results(Mode::Test).expect("results");
    assert_eq!((sum.right, sum.total), (5, 10));
    assert_eq!(sum.lines.len(), 10);
    assert_eq!(sum.lines.iter().filter(|l| l.right).count(), 5);
    assert_eq!(sum.by_source.iter().map(|t| t.total).sum::<usize>(), 10);
    assert_eq!(sum.by_type.iter().map(|t| t.right).sum::<usize>(), 5);
    assert_eq!(sum.seconds, 9);
    assert_eq!(s.progress.history.len(), 1);
    assert_eq!(s.progress.mistakes.len(), 5);
    assert!(s.revision > 0, "progress changed, so it is saved");
}

#[wasm_bindgen_test]
fn time_up_ends_a_test_and_unanswered_questions_count_as_wrong() {
    let mut s = fresh(Route::Test { seed: Some(7) });
    let mut settings = s.progress.settings.clone();
    settings.minutes = 5;
    s = s.reduce(Action::Settings(settings, NOW));
    s = s.reduce(Action::Start(Mode::Test, NOW));
    assert_eq!(s.session(Mode::Test).unwrap().ends, Some(NOW + 5 * 60_000));
    s = answer(s, true, NOW + 1000);
    s = s.reduce(Action::TimeUp(NOW + 5 * 60_000));
    let sum = s.results(Mode::Test).unwrap();
    assert_eq!((sum.right, sum.total), (1, 10));
}

#[wasm_bindgen_test]
fn flashcards_grade_facts_and_again_makes_a_mistake() {
    let mut s = fresh(Route::Flashcards);
    s = s.reduce(Action::Start(Mode::Flashcards, NOW));
    let first = s
        .session(Mode::Flashcards)
        .unwrap()
        .quiz
        .current()
        .unwrap()
        .clone();
    s = s.reduce(Action::Flip);
    assert!(s.flipped);
    s = s.reduce(Action::Grade(Grade::Again, NOW));
    assert!(!s.flipped, "the next card shows its question");
    assert_eq!(s.progress.mistakes, vec![first.id.clone()]);
    let second = s
        .session(Mode::Flashcards)
        .unwrap()
        .quiz
        .current()
        .unwrap()
        .clone();
    s = s.reduce(Action::Grade(Grade::Easy, NOW));
    let (a, b) = (
        &s.progress.reviews[&first.fact_id],
        &s.progress.reviews[&second.fact_id],
    );
    assert!(a.due < b.due, "Again comes back before Easy");
    // Review mistakes now holds the card graded Again; answering it right clears it.
    s = s
        .reduce(Action::Quit)
        .reduce(Action::Start(Mode::Mistakes, NOW));
    assert_eq!(s.route, Route::Mistakes);
    assert_eq!(s.session(Mode::Mistakes).unwrap().quiz.questions.len(), 1);
    s = answer(s, true, NOW).reduce(Action::Next(NOW));
    assert!(s.progress.mistakes.is_empty());
    assert_eq!(s.results(Mode::Mistakes).unwrap().right, 1);
}

#[wasm_bindgen_test]
fn i_was_right_is_recorded_and_takes_the_question_off_the_mistakes() {
    let mut s = fresh(Route::Practice);
    s = s.reduce(Action::Start(Mode::Practice, NOW));
    s = answer(s, false, NOW)
        .reduce(Action::Override)
        .reduce(Action::Next(NOW));
    assert!(s.progress.mistakes.is_empty());
    let q = s.session(Mode::Practice).unwrap().quiz.questions[0].clone();
    assert_eq!(
        s.session(Mode::Practice).unwrap().quiz.questions.len(),
        10,
        "not asked again"
    );
    assert_eq!(s.progress.reviews[&q.fact_id].reps, 1);
    assert!(s.session(Mode::Practice).unwrap().quiz.answers[0].overridden);
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
fn read_marks_facts_and_finds_a_questions_sentence() {
    let s = fresh(Route::Home);
    let q = s.deck.quiz(3, 1, &factquiz::app::state::QUIZ_TYPES)[0].clone();
    let Route::Read {
        source: Some(n),
        sentence: Some(k),
    } = s.place(&q)
    else {
        panic!("no place for {}", q.id)
    };
    let blocks = s.read(n);
    let sentence = blocks
        .iter()
        .flat_map(|b| b.sentences.iter())
        .find(|x| x.number == k)
        .expect("the sentence is shown");
    assert!(sentence.facts.contains(&q.fact_id));
    assert!(!sentence.marks.is_empty());
    let para = s.paragraph(&q);
    assert_eq!(para.iter().filter(|p| p.1).count(), 1);
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
    let s = Rc::new(s).reduce(Action::Start(Mode::Practice, NOW));
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
fn a_shared_quiz_gives_everyone_the_same_questions_and_a_result_code_with_the_answers() {
    let deck = factquiz::deck::Deck::seeds();
    let settings = factquiz::progress::Settings::default();
    let code = factquiz::share::QuizCode::new(&deck, &settings, 321).encode();
    let shared = |name: &str| factquiz::progress::Shared {
        code: code.clone(),
        title: "Week 3".into(),
        name: name.into(),
    };
    let mut a = fresh(Route::Home).reduce(Action::StartShared(shared("Ada"), NOW));
    let b = fresh(Route::Home).reduce(Action::StartShared(shared("Bo"), NOW));
    let qa = a.session(Mode::Test).unwrap().quiz.questions.clone();
    assert_eq!(qa, b.session(Mode::Test).unwrap().quiz.questions);
    assert_eq!(qa, a.test_questions(&settings, 321));
    for i in 0..qa.len() {
        a = answer(a, i < 3, NOW + 1000);
    }
    let sum = a.results(Mode::Test).unwrap();
    let (who, result) = sum.result.expect("a result code");
    assert_eq!(who.name, "Ada");
    let back = factquiz::share::ResultCode::decode(&result).unwrap();
    assert_eq!(back.name, "Ada");
    assert_eq!(back.quiz.encode(), code);
    assert_eq!(back.right.iter().take(3).filter(|r| **r).count(), 3);
    assert_eq!(back.score(), sum.right);
}

#[wasm_bindgen_test]
fn own_texts_replace_the_deck_for_every_mode_and_the_built_in_one_comes_back() {
    let fixture = include_str!("fixtures/eiffel_tower.txt");
    let own = Rc::new(factquiz::deck::Deck::from_files(&[("tower.txt", fixture)]));
    let mut s = fresh(Route::Practice).reduce(Action::Start(Mode::Practice, NOW));
    assert!(s.progress.current.is_some());
    s = s.reduce(Action::UseDeck(own.clone(), "Tower".into()));
    assert_eq!(s.deck_name(), "Tower");
    assert_eq!(s.route, Route::Home);
    assert!(
        s.progress.current.is_none(),
        "the other deck's session is not carried over"
    );
    s = s.reduce(Action::Start(Mode::Flashcards, NOW));
    let cards = &s.session(Mode::Flashcards).unwrap().quiz.questions;
    assert!(!cards.is_empty());
    assert!(cards.iter().all(|q| q.source.file == "tower.txt"));
    s = s.reduce(Action::UseBuiltIn);
    assert_eq!(s.deck_name(), factquiz::app::state::BUILT_IN_DECK);
    assert_eq!(s.deck.sources.len(), 5);
}

#[wasm_bindgen_test]
fn another_tabs_save_is_taken_in_but_its_session_stays_there() {
    let mut s = fresh(Route::Practice);
    s = s.reduce(Action::Start(Mode::Practice, NOW));
    let mine = s.progress.current.clone();
    // Another tab reviewed a fact, finished a session and is in a test.
    let mut other = Progress::default();
    other.review("f-other", Grade::Good, NOW + 5);
    other.note_mistake("q-f-other-0", true, NOW + 5);
    other.current = Some(factquiz::progress::Current {
        started: NOW + 1,
        mode: Mode::Test,
        ..mine.clone().unwrap()
    });
    other.finish(NOW + 6);
    other.current = mine.clone().map(|c| factquiz::progress::Current {
        started: NOW + 7,
        mode: Mode::Test,
        ..c
    });
    let rev = s.revision;
    s = s.reduce(Action::TakeIn(other.clone()));
    assert!(s.progress.reviews.contains_key("f-other"));
    assert_eq!(s.progress.history.len(), 1);
    assert_eq!(s.progress.mistakes, vec!["q-f-other-0".to_string()]);
    assert_eq!(s.progress.current, mine, "this tab's practice goes on");
    assert_eq!(s.revision, rev, "nothing the other lacks: no save back");
    // An answer here: the next save by the other tab lacks it, so this tab saves.
    s = answer(s, true, NOW + 10).reduce(Action::Next(NOW + 10));
    let rev = s.revision;
    s = s.reduce(Action::TakeIn(other));
    assert_eq!(s.revision, rev + 1);
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

#[wasm_bindgen_test]
fn a_question_hidden_from_its_feedback_leaves_the_session_and_a_shared_quiz_is_not_changed() {
    let s = fresh(Route::Practice).reduce(Action::Start(Mode::Practice, NOW));
    let first = s.session(Mode::Practice).unwrap().quiz.questions[0].clone();
    let s = answer(s, false, NOW + 1000);
    let s = s.reduce(Action::Hide(NOW + 2000));
    assert!(s.progress.is_hidden(&first));
    assert_eq!(s.progress.hidden_list().len(), 1);
    let s = s.reduce(Action::Next(NOW + 3000));
    let quiz = &s.session(Mode::Practice).unwrap().quiz;
    assert_eq!(quiz.questions.len(), 10, "a hidden miss is not asked again");
    assert!(quiz.questions[1..]
        .iter()
        .all(|q| q.fact_id != first.fact_id));
    assert!(s.progress.open_mistakes().is_empty());
    // A teacher's code gives the same quiz here as anywhere: hides stay local.
    let deck = factquiz::deck::Deck::seeds();
    let code = factquiz::share::QuizCode::new(&deck, &Default::default(), 5).encode();
    let shared = factquiz::progress::Shared {
        code: code.clone(),
        title: String::new(),
        name: "Ada".into(),
    };
    let mut p = s.progress.clone();
    p.current = None;
    let here = Rc::new(State::new(1, Route::Home, p, None))
        .reduce(Action::StartShared(shared.clone(), NOW + 4000));
    let elsewhere = fresh(Route::Home).reduce(Action::StartShared(shared, NOW + 4000));
    assert_eq!(
        here.session(Mode::Test).unwrap().quiz.questions,
        elsewhere.session(Mode::Test).unwrap().quiz.questions
    );
    // Restored: listed no more.
    let s = s.reduce(Action::Restore(first.id.clone(), NOW + 5000));
    assert!(!s.progress.is_hidden(&first));
    assert!(s.progress.hidden_list().is_empty());
}

#[wasm_bindgen_test]
fn a_flashcard_found_wrong_is_skipped_at_once_and_not_graded() {
    let s = fresh(Route::Flashcards).reduce(Action::Start(Mode::Flashcards, NOW));
    let cards = s.session(Mode::Flashcards).unwrap().quiz.questions.clone();
    let s = s.reduce(Action::Flip).reduce(Action::Hide(NOW + 1000));
    assert!(!s.flipped, "the next card shows its question");
    let quiz = &s.session(Mode::Flashcards).unwrap().quiz;
    assert_eq!(quiz.current().unwrap().id, cards[1].id);
    assert_eq!(quiz.questions.len(), cards.len() - 1);
    assert!(s.progress.is_hidden(&cards[0]));
    assert!(
        !s.progress.reviews.contains_key(&cards[0].fact_id),
        "not graded"
    );
    assert!(s
        .notice
        .as_deref()
        .unwrap()
        .contains("Restore it on Progress"));
    // Next time, flashcards start without it.
    let again = s
        .reduce(Action::Quit)
        .reduce(Action::Start(Mode::Flashcards, NOW + 2000));
    assert!(again
        .session(Mode::Flashcards)
        .unwrap()
        .quiz
        .questions
        .iter()
        .all(|q| q.fact_id != cards[0].fact_id));
}
