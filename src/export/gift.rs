//! Moodle GIFT: choice, true/false, short answer (every accepted form right),
//! numerical, and matching for order and match questions.

use super::numeric_value;
use crate::generate::{Question, QuestionType};

/// Escapes GIFT's special characters: ~ = # { } : and backslash.
pub fn gift_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '~' | '=' | '#' | '{' | '}' | ':' | '\\') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

pub(super) fn gift(qs: &[Question]) -> String {
    let mut out = String::new();
    for q in qs {
        let title = gift_escape(&q.id);
        let prompt = gift_escape(&q.prompt);
        let body = match q.qtype {
            QuestionType::Choice => {
                let opts: Vec<String> = q
                    .choices
                    .iter()
                    .map(|c| {
                        if *c == q.answer {
                            format!("={}", gift_escape(c))
                        } else {
                            format!("~{}", gift_escape(c))
                        }
                    })
                    .collect();
                opts.join(" ")
            }
            QuestionType::TrueFalse => {
                if q.answer == "true" { "TRUE" } else { "FALSE" }.to_string()
            }
            // Matching: each term with its pair ("ISIS-K -> Islamic State Khorasan Province").
            QuestionType::Match => q
                .answer
                .split("; ")
                .filter_map(|pair| pair.split_once(" = "))
                .map(|(a, b)| format!("={} -> {}", gift_escape(a), gift_escape(b)))
                .collect::<Vec<_>>()
                .join(" "),
            // Ordering as matching: each event with its place in time.
            QuestionType::Order => q
                .answer
                .split(" → ")
                .enumerate()
                .map(|(i, item)| format!("={} -> {}", gift_escape(item), ordinal(i + 1)))
                .collect::<Vec<_>>()
                .join(" "),
            QuestionType::Numeric if numeric_value(&q.answer).is_some() => {
                format!("#{}", numeric_value(&q.answer).unwrap_or_default())
            }
            _ => {
                let mut forms = vec![q.answer.clone()];
                forms.extend(q.accept.iter().cloned());
                forms.dedup();
                forms
                    .iter()
                    .map(|f| format!("={}", gift_escape(f)))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        };
        out.push_str(&format!("::{title}::{prompt} {{{body}}}\n\n"));
    }
    out
}

pub(super) fn ordinal(n: usize) -> String {
    match n {
        1 => "1st (earliest)".into(),
        2 => "2nd".into(),
        3 => "3rd".into(),
        n => format!("{n}th"),
    }
}
