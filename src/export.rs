//! Exports of a question list: JSON (the CLI contract), CSV (RFC 4180),
//! Anki-importable tab-separated text and Moodle GIFT.

use crate::generate::{Question, QuestionType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Anki,
    Gift,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "anki" | "tsv" => Some(Format::Anki),
            "gift" => Some(Format::Gift),
            _ => None,
        }
    }
}

pub fn export(qs: &[Question], f: Format) -> String {
    match f {
        Format::Json => serde_json::to_string_pretty(qs).unwrap_or_else(|_| "[]".into()) + "\n",
        Format::Csv => csv(qs),
        Format::Anki => anki(qs),
        Format::Gift => gift(qs),
    }
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(qs: &[Question]) -> String {
    let mut out =
        String::from("id,type,prompt,answer,accept,choices,source_file,source_quote,fact_id\r\n");
    for q in qs {
        let row = [
            q.id.clone(),
            type_name(q.qtype).to_string(),
            q.prompt.clone(),
            q.answer.clone(),
            q.accept.join(" | "),
            q.choices.join(" | "),
            q.source.file.clone(),
            q.source.quote.clone(),
            q.fact_id.clone(),
        ];
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

pub fn type_name(t: QuestionType) -> &'static str {
    match t {
        QuestionType::Cloze => "cloze",
        QuestionType::Choice => "choice",
        QuestionType::TrueFalse => "true_false",
        QuestionType::Numeric => "numeric",
        QuestionType::Order => "order",
        QuestionType::Match => "match",
    }
}

fn anki_field(s: &str) -> String {
    let s = s.replace(['\t', '\n', '\r'], " ");
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn anki(qs: &[Question]) -> String {
    let mut out = String::from("#separator:tab\n#html:true\n#columns:Front\tBack\n");
    for q in qs {
        let mut front = anki_field(&q.prompt);
        if !q.choices.is_empty() {
            front.push_str("<br>");
            front.push_str(
                &q.choices
                    .iter()
                    .map(|c| anki_field(c))
                    .collect::<Vec<_>>()
                    .join(" / "),
            );
        }
        let back = format!(
            "{}<br><br><i>{}</i> ({})",
            anki_field(&q.answer),
            anki_field(&q.source.quote),
            anki_field(&q.source.file)
        );
        out.push_str(&format!("{front}\t{back}\n"));
    }
    out
}

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

fn gift(qs: &[Question]) -> String {
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

fn ordinal(n: usize) -> String {
    match n {
        1 => "1st (earliest)".into(),
        2 => "2nd".into(),
        3 => "3rd".into(),
        n => format!("{n}th"),
    }
}

/// A plain number from an answer like "11,700" (None for ranges or words).
pub fn numeric_value(a: &str) -> Option<String> {
    let digits: String = a.chars().filter(|c| !matches!(c, ',')).collect();
    let t = digits.trim();
    (!t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.chars().next().is_some_and(|c| c.is_ascii_digit()))
    .then(|| t.to_string())
}
