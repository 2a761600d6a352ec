//! The app's one state and the verbs that change it. All quiz logic is in
//! the core (`factquiz::quiz`); this only forwards.

use crate::deck::Deck;
use crate::generate::QuestionType;
use crate::quiz::Quiz;
use std::rc::Rc;
use yew::prelude::*;

/// Questions in the first quiz.
pub const QUIZ_LENGTH: usize = 10;

/// Question types of the first quiz: typed answers, choices and true/false.
pub const QUIZ_TYPES: [QuestionType; 4] = [
    QuestionType::Cloze,
    QuestionType::Numeric,
    QuestionType::Choice,
    QuestionType::TrueFalse,
];

/// The name of the deck that ships with the app.
pub const BUILT_IN_DECK: &str = "ISIS-K and the Kabul airport attack";

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Generate the next quiz ahead of time (after the deck is on screen).
    Prepare,
    /// Start a new quiz (a new seed each time after the first).
    Start,
    /// Check a typed answer to the current question.
    Submit(String),
    /// "I was right": overrule a reject, recorded as such.
    Override,
    /// Go on to the next question (or the results).
    Next,
    /// Back to the deck.
    Home,
}

/// Which screen shows: derived from the state, never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Deck,
    Question,
    Results,
}

/// What a source card shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceCard {
    pub file: String,
    pub title: String,
    /// "Greg Reeson · Politically Speaking · 29 August 2021"
    pub byline: String,
}

/// A missed question on the results screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    pub prompt: String,
    pub answer: String,
    pub typed: String,
    pub quote: String,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub right: usize,
    pub total: usize,
    pub overridden: usize,
    pub misses: Vec<Miss>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub deck: Rc<Deck>,
    pub quiz: Option<Quiz>,
    /// Seed of the next quiz.
    pub seed: u64,
    /// The next quiz, generated ahead of time for `seed`.
    pub prepared: Option<Rc<Vec<crate::generate::Question>>>,
}

impl State {
    pub fn new(seed: u64) -> State {
        let deck = crate::app::perf::timed("factquiz:deck", Deck::seeds);
        State {
            deck: Rc::new(deck),
            quiz: None,
            seed,
            prepared: None,
        }
    }

    /// The quiz for the current seed.
    fn make_quiz(&self) -> Vec<crate::generate::Question> {
        crate::app::perf::timed("factquiz:quiz", || {
            self.deck.quiz(self.seed, QUIZ_LENGTH, &QUIZ_TYPES)
        })
    }

    pub fn screen(&self) -> Screen {
        match &self.quiz {
            None => Screen::Deck,
            Some(q) if q.is_finished() => Screen::Results,
            Some(_) => Screen::Question,
        }
    }

    pub fn source_card(&self, file: &str) -> SourceCard {
        match self.deck.source(file) {
            Some(s) => SourceCard {
                file: s.file.clone(),
                title: s.title.clone(),
                byline: s.byline(),
            },
            None => SourceCard {
                file: file.to_string(),
                title: file.to_string(),
                byline: String::new(),
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

    /// A message when the deck cannot make a quiz.
    pub fn problem(&self) -> Option<String> {
        if self.deck.sources.is_empty() {
            Some("No source could be read, so there is nothing to study yet.".into())
        } else if self.deck.facts.is_empty() {
            Some("No facts were found in these sources, so no quiz can be made from them.".into())
        } else if self.prepared.as_ref().is_some_and(|q| q.is_empty()) {
            Some("No questions could be made from these sources, so there is no quiz yet.".into())
        } else {
            None
        }
    }

    pub fn summary(&self) -> Summary {
        let Some(q) = &self.quiz else {
            return Summary {
                right: 0,
                total: 0,
                overridden: 0,
                misses: Vec::new(),
            };
        };
        let (right, total) = q.score();
        let misses = q
            .misses()
            .into_iter()
            .map(|(question, a)| Miss {
                prompt: question.prompt.clone(),
                answer: question.answer.clone(),
                typed: a.typed.clone(),
                quote: question.source.quote.clone(),
                source: self.source_card(&question.source.file).title,
            })
            .collect();
        Summary {
            right,
            total,
            overridden: q.answers.iter().filter(|a| a.overridden).count(),
            misses,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Prepare => {
                if s.prepared.is_none() {
                    s.prepared = Some(Rc::new(s.make_quiz()));
                }
            }
            Action::Start => {
                let questions = match s.prepared.take() {
                    Some(q) => (*q).clone(),
                    None => s.make_quiz(),
                };
                if questions.is_empty() {
                    // Stay on the deck, which then says why there is no quiz.
                    s.prepared = Some(Rc::new(questions));
                } else {
                    s.seed = s.seed.wrapping_add(1);
                    s.quiz = Some(Quiz::new(questions));
                }
            }
            Action::Submit(typed) => {
                let deck = Rc::clone(&s.deck);
                if let Some(q) = s.quiz.as_mut() {
                    q.submit(&typed, &deck.aliases);
                }
            }
            Action::Override => {
                if let Some(q) = s.quiz.as_mut() {
                    q.override_current();
                }
            }
            Action::Next => {
                if let Some(q) = s.quiz.as_mut() {
                    q.next();
                }
            }
            Action::Home => {
                s.quiz = None;
                s.prepared = None;
            }
        }
        Rc::new(s)
    }
}
