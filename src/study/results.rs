//! A finished session as the results screen shows it: every answer with its
//! verdict and source, tallies by source and by question type, past scores,
//! and for a teacher's shared quiz the result code to hand in.

use super::{type_label, State};
use crate::progress::{self, Mode, Session, Shared};
use crate::quiz::Quiz;

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
    pub result: Option<(Shared, String)>,
}

impl State {
    /// The results of the session just finished, if it was of this mode.
    pub fn results(&self, mode: Mode) -> Option<Summary> {
        let (session, quiz, shared) = self.finished.as_ref().filter(|f| f.0.mode == mode)?;
        let mut sum = self.summary(session, quiz);
        sum.result = shared
            .as_ref()
            .map(|sh| (sh.clone(), self.result_code(sh, quiz)));
        Some(sum)
    }

    /// The result code of a finished shared quiz.
    pub fn result_code(&self, shared: &Shared, quiz: &Quiz) -> String {
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
}
