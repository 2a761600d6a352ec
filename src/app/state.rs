//! The app's one state and the verbs that change it. All study logic is in
//! the core (`factquiz::quiz`, `factquiz::progress`); this only forwards.
//! Every action that needs the time carries it, so the reducer is pure and
//! tested as it is.

use crate::deck::Deck;
use crate::generate::{Question, QuestionType};
use crate::progress::{self, Current, Grade, Mode, Progress, Session, Settings};
use crate::quiz::Quiz;
use crate::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// Questions in a practice, flashcard or mistakes session.
pub const SESSION_LENGTH: usize = 10;

/// How many questions later a missed practice question is asked again.
pub const REQUEUE_GAP: usize = 3;

/// Question types of a test unless the learner picks others.
pub use crate::review::DEFAULT_TYPES as QUIZ_TYPES;

/// The name of the deck that ships with the app.
pub const BUILT_IN_DECK: &str = "ISIS-K and the Kabul airport attack";

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (a link, the back button, a reload).
    Navigate(Route),
    /// Start a session of this mode at this time (ms since 1970).
    Start(Mode, i64),
    /// Start a teacher's shared quiz (its code, title and the student's name).
    StartShared(crate::progress::Shared, i64),
    /// Read: "Quiz me on this" for the facts of a sentence.
    StartFacts(Vec<String>, i64),
    /// Check an answer to the current question.
    Submit(String, i64),
    /// "I was right": overrule a reject, recorded as such.
    Override,
    /// "This question is wrong": hide the current question for good (at
    /// this time); a flashcard is skipped at once.
    Hide(i64),
    /// Bring a hidden question (by id) back, at this time.
    Restore(String, i64),
    /// Go on to the next question (or the results).
    Next(i64),
    /// Flashcards: show the other side.
    Flip,
    /// Flashcards: grade the card and go on.
    Grade(Grade, i64),
    /// Test: the time limit is reached.
    TimeUp(i64),
    /// Leave the session in progress without finishing it.
    Quit,
    /// Test settings changed, at this time.
    Settings(Settings, i64),
    /// Progress imported from a file: merged into this tab's.
    Import(Progress),
    /// Progress another tab saved (or found in storage when saving): merged
    /// into this tab's, which is saved again only if the other lacks something.
    TakeIn(Progress),
    /// Progress was exported to a file at this time.
    Exported(i64),
    /// Whether the browser keeps this site's storage (persistence granted).
    Persisted(bool),
    /// Tell the learner something (a failed save, a bad import file).
    Notice(String),
    /// Close the notice.
    Dismiss,
    /// Study this deck (own texts), under this name.
    UseDeck(Rc<Deck>, String),
    /// Back to the deck that ships with the app.
    UseBuiltIn,
}

/// What a source card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceCard {
    pub file: String,
    pub title: String,
    /// "Greg Reeson · Politically Speaking · 29 August 2021"
    pub byline: String,
    /// Where it is in Read: `#/read/<n>`.
    pub number: usize,
}

/// A sentence in Read, with the facts it states.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadSentence {
    /// 1-based, as in `#/read/2#14`.
    pub number: usize,
    pub text: String,
    /// Byte ranges of fact answers in `text`, in order, not overlapping.
    pub marks: Vec<(usize, usize)>,
    /// Ids of the facts it states.
    pub facts: Vec<String>,
    /// "Sources differ: …" when another source gives a different figure.
    pub differs: Vec<String>,
}

/// A paragraph in Read.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadBlock {
    pub heading: bool,
    pub speaker: Option<String>,
    pub sentences: Vec<ReadSentence>,
}

/// One answered question on the results screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub prompt: String,
    pub answer: String,
    pub typed: String,
    pub right: bool,
    pub quote: String,
    pub source: String,
    /// The sentence in Read.
    pub place: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub mode: Mode,
    pub right: usize,
    pub total: usize,
    pub overridden: usize,
    pub seconds: u64,
    /// Every question with its verdict, in the order asked.
    pub lines: Vec<Line>,
    pub by_source: Vec<progress::Tally>,
    pub by_type: Vec<progress::Tally>,
    /// (right, total) of past sessions, oldest first.
    pub history: Vec<(usize, usize)>,
    /// A shared quiz: who took it, and the result code to hand in.
    pub result: Option<(crate::progress::Shared, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub deck: Rc<Deck>,
    pub progress: Progress,
    /// Raised whenever `progress` changes, so it is saved.
    pub revision: u64,
    pub route: Route,
    /// The session just finished, for the results screen (and the shared
    /// quiz it was, if any).
    pub finished: Option<(Session, Quiz, Option<crate::progress::Shared>)>,
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
}

impl State {
    pub fn new(seed: u64, route: Route, progress: Progress, notice: Option<String>) -> State {
        let deck = crate::app::perf::timed("factquiz:deck", Deck::built_in);
        State {
            deck: Rc::new(deck),
            progress,
            revision: 0,
            route,
            finished: None,
            flipped: false,
            seed,
            notice,
            own: None,
            persisted: None,
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
        crate::app::perf::timed("factquiz:quiz", || {
            crate::review::test_questions(&self.deck, s, seed)
        })
    }

    /// The session in progress, if it is of this mode.
    pub fn session(&self, mode: Mode) -> Option<&Current> {
        self.progress.current.as_ref().filter(|c| c.mode == mode)
    }

    /// The results of the session just finished, if it was of this mode.
    pub fn results(&self, mode: Mode) -> Option<Summary> {
        let (session, quiz, shared) = self.finished.as_ref().filter(|f| f.0.mode == mode)?;
        let mut sum = self.summary(session, quiz);
        sum.result = shared
            .as_ref()
            .map(|sh| (sh.clone(), self.result_code(sh, quiz)));
        Some(sum)
    }

    pub fn source_card(&self, file: &str) -> SourceCard {
        let number = self
            .deck
            .sources
            .iter()
            .position(|s| s.file == file)
            .map_or(0, |i| i + 1);
        match self.deck.source(file) {
            Some(s) => SourceCard {
                file: s.file.clone(),
                title: s.title.clone(),
                byline: s.byline(),
                number,
            },
            None => SourceCard {
                file: file.to_string(),
                title: file.to_string(),
                byline: String::new(),
                number,
            },
        }
    }

    pub fn source_cards(&self) -> Vec<SourceCard> {
        self.deck
            .sources
            .iter()
            .map(|s| self.source_card(&s.file))
            .collect()
    }

    /// Where a question's sentence is in Read (`#/read/2#14`).
    pub fn place(&self, q: &Question) -> Route {
        let Some((si, s)) = self
            .deck
            .sources
            .iter()
            .enumerate()
            .find(|(_, s)| s.file == q.source.file)
        else {
            return Route::Read {
                source: None,
                sentence: None,
            };
        };
        let start = self
            .deck
            .facts
            .iter()
            .find(|f| f.id == q.fact_id)
            .map(|f| f.start);
        let sentence = s
            .sentences
            .iter()
            .position(|x| Some(x.start) == start || x.quote == q.source.quote)
            .map(|i| i + 1);
        Route::Read {
            source: Some(si + 1),
            sentence,
        }
    }

    /// Source `n` (1-based) as Read shows it: its paragraphs, each sentence
    /// with the facts it states marked. Menus and footers are left out.
    pub fn read(&self, n: usize) -> Vec<ReadBlock> {
        use crate::text::BlockKind;
        let Some(src) = n.checked_sub(1).and_then(|i| self.deck.sources.get(i)) else {
            return Vec::new();
        };
        let mut out: Vec<ReadBlock> = Vec::new();
        let mut last_block = usize::MAX;
        // Only sentences that make a question fit to show offer "Quiz me on this".
        let askable = crate::generate::askable_facts(&self.deck, &src.file);
        for (i, sen) in src.sentences.iter().enumerate() {
            if matches!(sen.kind, BlockKind::Furniture | BlockKind::Meta) {
                continue;
            }
            let facts: Vec<&crate::extract::Fact> = self
                .deck
                .facts
                .iter()
                .filter(|f| f.source == src.file && f.start == sen.start)
                .collect();
            let mut marks: Vec<(usize, usize)> = facts
                .iter()
                .filter_map(|f| {
                    if f.display == sen.text {
                        Some(f.answer_at)
                    } else {
                        sen.text.find(&f.answer).map(|a| (a, a + f.answer.len()))
                    }
                })
                .collect();
            marks.sort();
            let mut end = 0;
            marks.retain(|m| {
                let keep = m.0 >= end && m.1 <= sen.text.len() && m.0 < m.1;
                if keep {
                    end = m.1;
                }
                keep
            });
            let differs = facts
                .iter()
                .filter(|f| f.disagrees)
                .flat_map(|f| {
                    f.related.iter().filter_map(|id| {
                        let o = self.deck.facts.iter().find(|x| x.id == *id)?;
                        (o.answer != f.answer).then(|| {
                            format!(
                                "Sources differ: {} gives {} where this source gives {}.",
                                self.source_card(&o.source).title,
                                o.answer,
                                f.answer
                            )
                        })
                    })
                })
                .collect();
            let line = ReadSentence {
                number: i + 1,
                text: sen.text.clone(),
                marks,
                facts: facts
                    .iter()
                    .filter(|f| askable.contains(&f.id))
                    .map(|f| f.id.clone())
                    .collect(),
                differs,
            };
            if sen.block != last_block {
                last_block = sen.block;
                out.push(ReadBlock {
                    heading: sen.kind == BlockKind::Heading,
                    speaker: sen.speaker.clone(),
                    sentences: Vec::new(),
                });
            }
            if let Some(b) = out.last_mut() {
                b.sentences.push(line);
            }
        }
        out
    }

    /// The paragraph a question's sentence is in: each sentence's display
    /// text, and whether it is the question's own.
    pub fn paragraph(&self, q: &Question) -> Vec<(String, bool)> {
        let Route::Read {
            source: Some(n),
            sentence: Some(k),
        } = self.place(q)
        else {
            return Vec::new();
        };
        let src = &self.deck.sources[n - 1];
        let block = src.sentences[k - 1].block;
        src.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.block == block)
            .map(|(i, s)| (s.text.clone(), i + 1 == k))
            .collect()
    }

    /// "August–September 2021": the months the sources were published in.
    pub fn period(&self) -> Option<String> {
        let dates: Vec<crate::text::Date> =
            self.deck.sources.iter().filter_map(|s| s.date).collect();
        let (lo, hi) = (dates.iter().min()?, dates.iter().max()?);
        let month = |d: &crate::text::Date| crate::text::Date { day: 0, ..*d }.human();
        Some(if (lo.year, lo.month) == (hi.year, hi.month) {
            month(lo)
        } else if lo.year == hi.year {
            format!(
                "{}–{}",
                month(lo).split(' ').next().unwrap_or(""),
                month(hi)
            )
        } else {
            format!("{}–{}", month(lo), month(hi))
        })
    }

    /// A message when the deck cannot make questions.
    pub fn problem(&self) -> Option<String> {
        if self.deck.sources.is_empty() {
            Some("No source could be read, so there is nothing to study yet.".into())
        } else if self.deck.facts.is_empty() {
            Some("No facts were found in these sources, so no quiz can be made from them.".into())
        } else {
            None
        }
    }

    /// The result code of a finished shared quiz.
    pub fn result_code(&self, shared: &crate::progress::Shared, quiz: &Quiz) -> String {
        let Ok(code) = crate::share::QuizCode::decode(&shared.code) else {
            return String::new();
        };
        crate::share::ResultCode {
            quiz: code,
            name: shared.name.clone(),
            right: (0..quiz.questions.len())
                .map(|i| quiz.answers.iter().any(|a| a.question == i && a.is_right()))
                .collect(),
        }
        .encode()
    }

    pub fn summary(&self, session: &Session, q: &Quiz) -> Summary {
        let lines = q
            .questions
            .iter()
            .enumerate()
            .map(|(i, question)| {
                let a = q.answers.iter().find(|a| a.question == i);
                Line {
                    prompt: question.prompt.clone(),
                    answer: question.answer.clone(),
                    typed: a.map(|a| a.typed.clone()).unwrap_or_default(),
                    right: a.is_some_and(|a| a.is_right()),
                    quote: question.source.quote.clone(),
                    source: self.source_card(&question.source.file).title,
                    place: self.place(question).hash(),
                }
            })
            .collect();
        Summary {
            mode: session.mode,
            right: session.right,
            total: session.total,
            overridden: q.answers.iter().filter(|a| a.overridden).count(),
            seconds: session.seconds,
            lines,
            by_source: progress::breakdown(q, |x| self.source_card(&x.source.file).title),
            by_type: progress::breakdown(q, |x| type_label(x.qtype).to_string()),
            history: self
                .progress
                .history
                .iter()
                .map(|s| (s.right, s.total))
                .collect(),
            result: None,
        }
    }

    fn start(&mut self, mode: Mode, questions: Vec<Question>, now: i64) {
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
            ends: (mode == Mode::Test && minutes > 0).then(|| now + i64::from(minutes) * 60_000),
            shared: None,
            graded: Vec::new(),
        });
        self.finished = None;
        self.flipped = false;
        self.notice = None;
    }

    /// Ends the session when its quiz is over, keeping it for the results.
    fn finish_if_done(&mut self, now: i64) {
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
    fn record_current(&mut self, now: i64) {
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

/// How a question type is named to a learner.
pub fn type_label(t: QuestionType) -> &'static str {
    match t {
        QuestionType::Cloze => "Fill in the blank",
        QuestionType::Choice => "Multiple choice",
        QuestionType::TrueFalse => "True or false",
        QuestionType::Numeric => "Numbers and dates",
        QuestionType::Order => "Put in order",
        QuestionType::Match => "Match pairs",
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
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
                let questions = match mode {
                    Mode::Test => {
                        let seed = match s.route {
                            Route::Test { seed: Some(seed) } => seed,
                            _ => {
                                s.seed = s.seed.wrapping_add(1);
                                s.seed
                            }
                        };
                        // Questions hidden on this device are replaced.
                        crate::review::test_without_hidden(
                            &s.deck,
                            &s.progress.settings,
                            seed,
                            &s.progress,
                        )
                    }
                    Mode::Practice => crate::app::perf::timed("factquiz:quiz", || {
                        progress::practice(&s.deck, &s.progress, now, SESSION_LENGTH)
                    }),
                    Mode::Flashcards => {
                        progress::flashcards(&s.deck, &s.progress, now, SESSION_LENGTH)
                    }
                    Mode::Mistakes => progress::mistakes(&s.deck, &s.progress),
                };
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
                        c.ends = (code.minutes > 0).then(|| now + i64::from(code.minutes) * 60_000);
                        c.shared = Some(shared);
                    }
                }
            }
            Action::StartFacts(facts, now) => {
                let mut qs = progress::about(&s.deck, &s.progress, &facts);
                qs.truncate(6);
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
                    if wrong && !hidden && c.mode == Mode::Practice {
                        c.quiz.requeue_current(REQUEUE_GAP);
                    }
                    c.quiz.next();
                }
                s.finish_if_done(now);
            }
            Action::Flip => s.flipped = !s.flipped,
            Action::Grade(grade, now) => {
                if let Some(c) = s.progress.current.as_mut() {
                    if let Some(q) = c.quiz.current().cloned() {
                        // A card counts as right unless graded Again.
                        c.quiz.self_grade(grade.label(), grade != Grade::Again);
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
            Action::Settings(settings, now) => s.progress.set_settings(settings, now),
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
        }
        if save.unwrap_or(s.progress != before) {
            s.revision += 1;
        }
        Rc::new(s)
    }
}
