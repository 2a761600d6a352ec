//! A quiz being played: the questions, where the learner is, and what they
//! answered. Pure state, so the web app's reducer only forwards to it.

use crate::aliases::Aliases;
use crate::check::{check, Checked, Verdict};
use crate::generate::Question;
use serde::{Deserialize, Serialize};

/// One answered question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub question: usize,
    pub typed: String,
    pub checked: Checked,
    /// The learner said "I was right" after a reject.
    pub overridden: bool,
}

impl Answered {
    pub fn is_right(&self) -> bool {
        self.checked.verdict == Verdict::Accept || self.overridden
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub questions: Vec<Question>,
    /// Index of the question on screen (== questions.len() when finished).
    pub index: usize,
    pub answers: Vec<Answered>,
}

impl Quiz {
    pub fn new(questions: Vec<Question>) -> Self {
        Quiz {
            questions,
            index: 0,
            answers: Vec::new(),
        }
    }

    /// The question on screen, if the quiz is not finished.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    /// The answer given to the question on screen, if already answered.
    pub fn current_answer(&self) -> Option<&Answered> {
        self.answers.iter().find(|a| a.question == self.index)
    }

    /// Checks `typed` against the current question and records it. Does
    /// nothing when the question is already answered or the quiz is over.
    pub fn submit(&mut self, typed: &str, aliases: &Aliases) {
        let Some(q) = self.current() else { return };
        if self.current_answer().is_some() {
            return;
        }
        let checked = check(&q.answer, &q.accept, Some(q.kind), typed, aliases);
        self.answers.push(Answered {
            question: self.index,
            typed: typed.to_string(),
            checked,
            overridden: false,
        });
    }

    /// "I was right": turns the current reject into a right answer, recorded as an override.
    pub fn override_current(&mut self) {
        let i = self.index;
        if let Some(a) = self.answers.iter_mut().find(|a| a.question == i) {
            if a.checked.verdict == Verdict::Reject {
                a.overridden = true;
            }
        }
    }

    /// Moves on once the current question is answered.
    pub fn next(&mut self) {
        if self.current_answer().is_some() {
            self.index += 1;
        }
    }

    pub fn is_finished(&self) -> bool {
        self.index >= self.questions.len()
    }

    /// (right, total)
    pub fn score(&self) -> (usize, usize) {
        (
            self.answers.iter().filter(|a| a.is_right()).count(),
            self.questions.len(),
        )
    }

    /// Answers that were wrong, in question order.
    pub fn misses(&self) -> Vec<(&Question, &Answered)> {
        self.answers
            .iter()
            .filter(|a| !a.is_right())
            .filter_map(|a| self.questions.get(a.question).map(|q| (q, a)))
            .collect()
    }
}
