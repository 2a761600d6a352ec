//! Question generation: facts -> questions, ranked best first.

use crate::kind::Kind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    Cloze,
    Choice,
    TrueFalse,
    Numeric,
    Order,
    Match,
}

/// Where a question's answer comes from: a verbatim sentence of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    pub file: String,
    pub quote: String,
}

/// A question, in the JSON shape of the CLI contract (PRODUCT.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub qtype: QuestionType,
    pub prompt: String,
    pub answer: String,
    pub accept: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    pub source: Citation,
    pub fact_id: String,
    pub kind: Kind,
}

/// Generates questions from a deck, best first.
pub fn generate(deck: &crate::deck::Deck, seed: u64, count: Option<usize>) -> Vec<Question> {
    let _ = (deck, seed, count);
    Vec::new()
}
