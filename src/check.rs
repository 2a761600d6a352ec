//! The answer checker: compares a typed answer with the canonical answer,
//! its accepted forms and the corpus aliases, following the policy in
//! PRODUCT.md ("Answer checking policy").

use crate::aliases::Aliases;
use crate::kind::Kind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accept,
    Reject,
}

/// A verdict with the form it matched and a short human reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checked {
    pub verdict: Verdict,
    /// The accepted form the typed answer matched, when accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
    pub reason: String,
}

/// Folds case, Unicode compatibility forms, quotes, dashes, diacritics,
/// punctuation and leading articles, so that two spellings of the same answer
/// compare equal.
pub fn normalize(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let folded: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| c.to_lowercase())
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let start = usize::from(matches!(words.first(), Some(&("the" | "a" | "an"))) && words.len() > 1);
    words[start..].join(" ")
}

/// Checks `typed` against the canonical `answer` and its `accept` forms.
pub fn check(answer: &str, accept: &[String], kind: Option<Kind>, typed: &str, aliases: &Aliases) -> Checked {
    let _ = kind;
    let t = normalize(typed);
    let mut forms = vec![answer.to_string()];
    forms.extend(accept.iter().cloned());
    forms.extend(aliases.forms_of(answer));
    for f in forms {
        if !t.is_empty() && normalize(&f) == t {
            return Checked { verdict: Verdict::Accept, matched: Some(f), reason: "same answer".into() };
        }
    }
    Checked { verdict: Verdict::Reject, matched: None, reason: "does not match the answer".into() }
}
