//! Fact extraction: sentences -> typed answer spans (facts), aliases.

use crate::aliases::Aliases;
use crate::kind::Kind;
use crate::text::Source;
use serde::{Deserialize, Serialize};

/// A fact: a sentence plus a typed answer span inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable id: derived from the file and the answer's byte range.
    pub id: String,
    /// Source file name.
    pub source: String,
    /// The sentence, verbatim (whitespace folded).
    pub sentence: String,
    /// The sentence's byte range in the source text.
    pub start: usize,
    pub end: usize,
    /// The answer span's text and its byte range in the source text.
    pub answer: String,
    pub answer_start: usize,
    pub answer_end: usize,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    pub confidence: f32,
    /// The preceding sentence, when this one needs it to be understood.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Ids of facts in other sources that state the same thing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// True when a related fact gives a different figure or date.
    #[serde(default)]
    pub disagrees: bool,
    /// From an image caption rather than body text.
    #[serde(default)]
    pub caption: bool,
}

/// Extracts facts and aliases from every source.
pub fn extract(sources: &[Source]) -> (Vec<Fact>, Aliases) {
    let _ = sources;
    (Vec::new(), Aliases::new())
}
