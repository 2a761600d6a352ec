//! What the app holds: the deck in use, the learner's progress, the route,
//! the session just finished and what the screen shows about it, the
//! teacher's quiz under review, and the steps a session goes through (start,
//! record an answer, finish).

use super::policy;
use super::teach::Draft;
use crate::deck::Deck;
use crate::generate::Question;
use crate::progress::{Current, Mode, Progress, Session, Settings, Shared};
use crate::quiz::Quiz;
use crate::route::Route;
use std::rc::Rc;

/// The name of the deck that ships with the app.
pub const BUILT_IN_DECK: &str = "ISIS-K and the Kabul airport attack";

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub deck: Rc<Deck>,
    pub progress: Progress,
    /// Raised whenever `progress` changes, so it is saved.
    pub revision: u64,
    pub route: Route,
    /// The session just finished, for the results screen (and the shared
    /// quiz it was, if any).
    pub finished: Option<(Session, Quiz, Option<Shared>)>,
    /// Flashcards: the answer side is showing.
    pub flipped: bool,
    /// Seed of the next test without a seed in its address.
    pub seed: u64,
    /// Something to tell the learner (unreadable saved progress…).
    pub notice: Option<String>,
    /// The deck's name; `None` for the deck that ships with the app.
    pub own: Option<String>,
    /// Whether the browser granted persistent storage; `None` until known.
    pub persisted: Option<bool>,
    /// Teach: the quiz under review (its seed from the seed at start).
    pub draft: Draft,
}

impl State {
    /// The state at start, with the deck that ships with the app.
    pub fn new(seed: u64, route: Route, progress: Progress, notice: Option<String>) -> State {
        State::with_deck(Rc::new(Deck::built_in()), seed, route, progress, notice)
    }

    /// The state at start with this deck (the app reads the built-in one
    /// itself, to time it).
    pub fn with_deck(
        deck: Rc<Deck>,
        seed: u64,
        route: Route,
        progress: Progress,
        notice: Option<String>,
    ) -> State {
        State {
            deck,
            progress,
            revision: 0,
            route,
            finished: None,
            flipped: false,
            seed,
            notice,
            own: None,
            persisted: None,
            draft: Draft::new((seed % 65_536) as u16),
        }
    }

    /// The name of the deck in use.
    pub fn deck_name(&self) -> String {
        self.own
            .clone()
            .unwrap_or_else(|| BUILT_IN_DECK.to_string())
    }

    /// The questions of a test with these settings and seed (a shared quiz
    /// code stands for both, so its students all get these questions).
    pub fn test_questions(&self, s: &Settings, seed: u64) -> Vec<Question> {
        crate::review::test_questions(&self.deck, s, seed)
    }

    /// The session in progress, if it is of this mode.
    pub fn session(&self, mode: Mode) -> Option<&Current> {
        self.progress.current.as_ref().filter(|c| c.mode == mode)
    }

    /// The seed of a test started now: the one in its address, or else the
    /// next of this tab's.
    pub(super) fn next_test_seed(&mut self) -> u64 {
        match self.route {
            Route::Test { seed: Some(seed) } => seed,
            _ => {
                self.seed = self.seed.wrapping_add(1);
                self.seed
            }
        }
    }

    /// Begins a session of these questions, or says why none can begin.
    pub(super) fn start(&mut self, mode: Mode, questions: Vec<Question>, now: i64) {
        if questions.is_empty() {
            self.notice = Some(match mode {
                Mode::Mistakes => {
                    "No mistakes to review: everything you missed has since been answered right."
                        .into()
                }
                _ => "No questions could be made with these choices.".into(),
            });
            return;
        }
        let minutes = self.progress.settings.minutes;
        self.progress.begin(Current {
            mode,
            quiz: Quiz::new(questions),
            started: now,
            ends: if mode == Mode::Test {
                policy::time_limit_end(now, minutes)
            } else {
                None
            },
            shared: None,
            graded: Vec::new(),
        });
        self.finished = None;
        self.flipped = false;
        self.notice = None;
    }

    /// Ends the session when its quiz is over, keeping it for the results.
    pub(super) fn finish_if_done(&mut self, now: i64) {
        let done = self
            .progress
            .current
            .as_ref()
            .is_some_and(|c| c.quiz.is_finished());
        if done {
            let cur = self.progress.current.clone();
            if let (Some(s), Some(c)) = (self.progress.finish(now), cur) {
                self.finished = Some((s, c.quiz, c.shared));
            }
        }
    }

    /// Grades the fact of the current answer (once it is final) and keeps
    /// the mistakes list.
    pub(super) fn record_current(&mut self, now: i64) {
        let Some(c) = self.progress.current.as_ref() else {
            return;
        };
        let (Some(q), Some(a)) = (c.quiz.current().cloned(), c.quiz.current_answer().cloned())
        else {
            return;
        };
        self.progress.record(&q, a.is_right(), a.overridden, now);
    }
}
