//! The deck and its sources as the screens name them: a source's card, the
//! months the sources span, why a deck cannot make questions, and how a
//! question type is named to a learner.

use super::State;
use crate::generate::QuestionType;

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

impl State {
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
