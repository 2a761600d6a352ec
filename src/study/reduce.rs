//! The reducer: how each [`Action`] changes the [`State`]. Pure: the time
//! comes in the action, and the state goes in and out by value.

use super::{policy, Action, State};
use crate::deck::Deck;
use crate::progress::{Grade, Mode};
use crate::route::Route;
use std::rc::Rc;

impl State {
    /// The state after `action`. `revision` is raised when progress must be
    /// saved: when it changed, or (for progress another tab saved) when the
    /// other copy lacks something of this one.
    pub fn reduce(self, action: Action) -> State {
        let mut s = self;
        let before = s.progress.clone();
        // Whether progress must be saved; by default, when it changed.
        let mut save = None;
        match action {
            Action::Navigate(route) => {
                if s.route != route {
                    s.notice = None;
                }
                s.route = route;
            }
            Action::Start(mode, now) => {
                let seed = if mode == Mode::Test {
                    s.next_test_seed()
                } else {
                    0
                };
                let questions = policy::session_questions(mode, &s.deck, &s.progress, seed, now);
                s.start(mode, questions, now);
                if !matches!((mode, &s.route), (Mode::Test, Route::Test { .. })) {
                    s.route = mode.into();
                }
            }
            Action::StartShared(shared, now) => {
                if let Ok(code) = crate::share::QuizCode::decode(&shared.code) {
                    // The teacher's reviewed quiz, the same on every device
                    // (this device's hidden questions do not change it).
                    let questions = code.questions(&s.deck);
                    s.start(Mode::Test, questions, now);
                    if let Some(c) = s.progress.current.as_mut() {
                        c.ends = policy::time_limit_end(now, u32::from(code.minutes));
                        c.shared = Some(shared);
                    }
                }
            }
            Action::StartFacts(facts, now) => {
                let qs = policy::facts_questions(&s.deck, &s.progress, &facts);
                s.route = Route::Practice;
                s.start(Mode::Practice, qs, now);
            }
            Action::Submit(typed, now) => {
                let deck = Rc::clone(&s.deck);
                if let Some(c) = s.progress.current.as_mut() {
                    c.quiz.submit(&typed, &deck.aliases);
                    if c.mode == Mode::Test {
                        // No feedback in a test: record and go on.
                        s.record_current(now);
                        if let Some(c) = s.progress.current.as_mut() {
                            c.quiz.next();
                        }
                        s.finish_if_done(now);
                    }
                }
            }
            Action::Override => {
                if let Some(c) = s.progress.current.as_mut() {
                    c.quiz.override_current();
                }
            }
            Action::Hide(now) => {
                let current = s.progress.current.as_ref();
                if let Some((q, mode)) =
                    current.and_then(|c| Some((c.quiz.current()?.clone(), c.mode)))
                {
                    s.progress.hide(&q, now);
                    if let Some(mut c) = s.progress.current.take() {
                        // Its copies and its fact's other questions later in
                        // the session are not asked either.
                        c.quiz.drop_upcoming(|x| s.progress.is_hidden(x));
                        if mode == Mode::Flashcards {
                            c.quiz.skip_current();
                            s.flipped = false;
                            s.notice = Some(
                                "That card is hidden: it will not be asked again. Restore it on Progress."
                                    .into(),
                            );
                        }
                        s.progress.current = Some(c);
                    }
                    s.finish_if_done(now);
                }
            }
            Action::Restore(id, now) => s.progress.restore(&id, now),
            Action::Next(now) => {
                s.record_current(now);
                let hidden = s
                    .progress
                    .current
                    .as_ref()
                    .and_then(|c| c.quiz.current())
                    .is_some_and(|q| s.progress.is_hidden(q));
                if let Some(c) = s.progress.current.as_mut() {
                    let wrong = c.quiz.current_answer().is_some_and(|a| !a.is_right());
                    if wrong && !hidden && policy::requeues_misses(c.mode) {
                        c.quiz.requeue_current(policy::REQUEUE_GAP);
                    }
                    c.quiz.next();
                }
                s.finish_if_done(now);
            }
            Action::Flip => s.flipped = !s.flipped,
            Action::Grade(grade, now) => {
                if let Some(c) = s.progress.current.as_mut() {
                    if let Some(q) = c.quiz.current().cloned() {
                        c.quiz
                            .self_grade(grade.label(), policy::card_is_right(grade));
                        c.quiz.next();
                        s.progress.review(&q.fact_id, grade, now);
                        s.progress.note_mistake(&q.id, grade == Grade::Again, now);
                    }
                }
                s.flipped = false;
                s.finish_if_done(now);
            }
            Action::TimeUp(now) => {
                if let Some(c) = s.progress.current.as_mut() {
                    c.quiz.end();
                }
                s.finish_if_done(now);
            }
            Action::Quit => {
                s.progress.current = None;
                s.flipped = false;
            }
            Action::Settings(settings, now) => {
                if settings != s.progress.settings {
                    s.draft.settings_changed();
                }
                s.progress.set_settings(settings, now);
            }
            Action::Import(p) => {
                s.progress.merge(&p);
                s.notice = Some("Progress imported.".into());
            }
            Action::TakeIn(p) => {
                s.progress.merge(&p);
                save = Some(!s.progress.same_record(&p));
            }
            Action::Exported(now) => s.progress.exported = Some(now),
            Action::Persisted(granted) => s.persisted = Some(granted),
            Action::Notice(m) => s.notice = Some(m),
            Action::Dismiss => s.notice = None,
            Action::UseDeck(deck, name) => {
                s.deck = deck;
                s.own = Some(name);
                // A session of the other deck cannot go on with this one.
                s.progress.current = None;
                s.finished = None;
                s.route = Route::Home;
            }
            Action::UseBuiltIn => {
                s.deck = Rc::new(Deck::built_in());
                s.own = None;
                s.progress.current = None;
                s.finished = None;
                s.route = Route::Home;
            }
            Action::Teach(edit) => s.draft.apply(edit),
        }
        if save.unwrap_or(s.progress != before) {
            s.revision += 1;
        }
        s
    }
}
