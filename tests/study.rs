//! The study model driven natively: sessions of every mode, tests and their
//! time limit, flashcards, hidden questions, shared quizzes, own decks and
//! progress from other tabs, through `State::reduce` as the app dispatches
//! them. (What needs a browser to show it is in `web.rs`.)

use factquiz::progress::{Grade, Mode, Progress};
use factquiz::route::Route;
use factquiz::study::{Action, State};
use std::rc::Rc;

const NOW: i64 = 1_700_000_000_000;

fn fresh(route: Route) -> State {
    State::new(42, route, Progress::default(), None)
}

/// The question on screen in the session under way.
fn on_screen(s: &State) -> factquiz::generate::Question {
    s.progress
        .current
        .as_ref()
        .unwrap()
        .quiz
        .current()
        .unwrap()
        .clone()
}

/// Answers the current question of a session: right or wrong, whatever its type.
fn answer(s: State, right: bool, t: i64) -> State {
    let q = on_screen(&s);
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

#[test]
fn a_deck_without_questions_says_so_instead_of_starting() {
    let mut s = State::new(42, Route::Home, Progress::default(), None);
    s.deck = Rc::new(factquiz::deck::Deck::from_files(&[(
        "note.txt",
        "hello there, all is well.",
    )]));
    let s = s.reduce(Action::Start(Mode::Practice, NOW));
    assert!(s.progress.current.is_none(), "nothing started");
    assert!(s.notice.as_deref().unwrap_or("").contains("No questions"));
    assert!(s.problem().is_some(), "a reason why there is no quiz");
}

#[test]
fn a_test_gives_no_feedback_until_the_end_then_every_verdict() {
    let mut s = fresh(Route::Test { seed: Some(42) });
    s = s.reduce(Action::Start(Mode::Test, NOW));
    let expected = factquiz::deck::Deck::seeds().quiz(42, 10, &factquiz::study::QUIZ_TYPES);
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

#[test]
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

#[test]
fn flashcards_grade_facts_and_again_makes_a_mistake() {
    let mut s = fresh(Route::Flashcards);
    s = s.reduce(Action::Start(Mode::Flashcards, NOW));
    let first = on_screen(&s);
    s = s.reduce(Action::Flip);
    assert!(s.flipped);
    s = s.reduce(Action::Grade(Grade::Again, NOW));
    assert!(!s.flipped, "the next card shows its question");
    assert_eq!(s.progress.mistakes, vec![first.id.clone()]);
    let second = on_screen(&s);
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

#[test]
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

#[test]
fn read_marks_facts_and_finds_a_questions_sentence() {
    let s = fresh(Route::Home);
    let q = s.deck.quiz(3, 1, &factquiz::study::QUIZ_TYPES)[0].clone();
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

#[test]
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

#[test]
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
    assert_eq!(s.deck_name(), factquiz::study::BUILT_IN_DECK);
    assert_eq!(s.deck.sources.len(), 5);
}

#[test]
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

#[test]
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
    let here =
        State::new(1, Route::Home, p, None).reduce(Action::StartShared(shared.clone(), NOW + 4000));
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

#[test]
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

#[test]
fn a_typed_quiz_code_is_written_the_standard_way_or_kept_to_be_explained() {
    let deck = factquiz::deck::Deck::seeds();
    let code = factquiz::share::QuizCode::new(&deck, &Default::default(), 9).encode();
    let typed = format!("  {} ", code.to_lowercase().replace('-', " "));
    assert_eq!(factquiz::share::QuizCode::tidy(&typed), code);
    assert_eq!(factquiz::share::QuizCode::tidy(" abc  def "), "ABC-DEF");
}

#[test]
fn a_shared_quiz_says_what_it_holds_or_where_its_deck_is() {
    use factquiz::study::shared::about;
    let deck = factquiz::deck::Deck::seeds();
    let settings = factquiz::progress::Settings {
        minutes: 12,
        ..Default::default()
    };
    let code = factquiz::share::QuizCode::new(&deck, &settings, 9);
    let n = code.questions(&deck).len();
    assert_eq!(
        about(&code.encode(), &deck, &[], ""),
        Ok(format!("{n} questions · 12 minutes"))
    );
    assert!(about("NOT-A-CODE", &deck, &[], "").is_err());
    // Made from another deck: a saved one is named, else the link's deck name.
    let tower = factquiz::deck::Deck::from_files(&[(
        "tower.txt",
        include_str!("fixtures/eiffel_tower.txt"),
    )]);
    let other = factquiz::share::QuizCode::new(&tower, &settings, 9).encode();
    let saved = factquiz::deckfile::DeckEntry {
        id: "d1".into(),
        name: "Tower".into(),
        titles: Vec::new(),
        facts: tower.facts.len(),
        fingerprint: factquiz::share::fingerprint(&tower),
    };
    let said = about(&other, &deck, &[saved], "").unwrap_err();
    assert!(said.contains("your deck “Tower”"), "{said}");
    let said = about(&other, &deck, &[], "Week 3").unwrap_err();
    assert!(said.contains("(Week 3.factquiz.json)"), "{said}");
    let said = about(&other, &deck, &[], "").unwrap_err();
    assert!(
        said.contains("Ask your teacher for the deck file"),
        "{said}"
    );
    assert_eq!(
        about(&other, &tower, &[], ""),
        Ok(format!(
            "{} questions · 12 minutes",
            factquiz::share::QuizCode::decode(&other)
                .unwrap()
                .questions(&tower)
                .len()
        ))
    );
}

#[test]
fn a_shared_quiz_is_in_play_while_taken_and_once_finished() {
    let deck = factquiz::deck::Deck::seeds();
    let code = factquiz::share::QuizCode::new(&deck, &Default::default(), 4).encode();
    let s = fresh(Route::Home);
    assert!(!s.shared_in_play(&code));
    let shared = factquiz::progress::Shared {
        code: code.clone(),
        title: String::new(),
        name: "Ada".into(),
    };
    let mut s = s.reduce(Action::StartShared(shared, NOW));
    assert!(s.shared_in_play(&code));
    assert!(!s.shared_in_play("0000-0000"));
    while s.session(Mode::Test).is_some() {
        s = answer(s, true, NOW + 1000);
    }
    assert!(s.shared_in_play(&code), "its results show");
}

#[test]
fn a_teachers_review_outlasts_a_visit_elsewhere_and_other_settings_start_it_again() {
    use factquiz::study::teach::Edit;
    let s = fresh(Route::Teach);
    assert_eq!(s.draft.seed, 42, "the seed at start");
    let s = [
        Edit::Title("Week 3".into()),
        Edit::Drop(1),
        Edit::Drop(1),
        Edit::Drop(4),
        Edit::Undo(1),
        Edit::Make,
    ]
    .into_iter()
    .fold(s, |s, e| s.reduce(Action::Teach(e)));
    assert_eq!(s.draft.drops, vec![4], "dropped once, one undone");
    assert!(s.draft.made);
    // To the answer key and back: the same quiz.
    let s = s
        .reduce(Action::Navigate(Route::Print {
            code: "X".into(),
            title: "Week 3".into(),
            key: true,
        }))
        .reduce(Action::Navigate(Route::Teach));
    assert_eq!((s.draft.title.as_str(), s.draft.seed), ("Week 3", 42));
    assert_eq!(s.draft.drops, vec![4]);
    let same = s.progress.settings.clone();
    let s = s.reduce(Action::Settings(same.clone(), NOW));
    assert_eq!(s.draft.drops, vec![4], "the same settings keep the review");
    let s = s.reduce(Action::Settings(
        factquiz::progress::Settings {
            minutes: 20,
            ..same
        },
        NOW,
    ));
    assert!(s.draft.drops.is_empty() && !s.draft.made, "another quiz");
    assert_eq!((s.draft.title.as_str(), s.draft.seed), ("Week 3", 42));
}

#[test]
fn home_offers_the_session_under_way_and_each_intro_counts_what_it_will_ask() {
    let s = fresh(Route::Home);
    assert_eq!(s.resume(), None);
    let facts = s.deck.facts.len();
    assert_eq!(
        s.intro_counts(Mode::Practice, NOW).unwrap(),
        format!("0 due for review · 0 learned · {facts} new")
    );
    assert_eq!(
        s.intro_counts(Mode::Mistakes, NOW).unwrap(),
        "No mistakes to review."
    );
    assert_eq!(s.intro_counts(Mode::Test, NOW), None);
    let s = s.reduce(Action::Start(Mode::Practice, NOW));
    let s = answer(s, false, NOW).reduce(Action::Next(NOW));
    assert_eq!(
        s.resume(),
        Some((
            "Resume practice (question 2 of 11)".to_string(),
            Route::Practice
        ))
    );
    assert_eq!(
        s.intro_counts(Mode::Mistakes, NOW).unwrap(),
        "1 question to review."
    );
    assert_eq!(
        s.intro_counts(Mode::Practice, NOW).unwrap(),
        format!("0 due for review · 0 learned · {} new", facts - 1),
        "the missed fact is reviewed, due later"
    );
    assert!(s
        .intro_counts(Mode::Flashcards, NOW)
        .unwrap()
        .ends_with("due for review · 0 learned"));
}
