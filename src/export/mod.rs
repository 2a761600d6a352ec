//! Exports of a question list, one format per file: JSON (the CLI contract),
//! CSV (RFC 4180), Anki-importable text, Moodle GIFT, Moodle XML, Quizlet's
//! import text and Kahoot's quiz spreadsheet (.xlsx).
//!
//! A format that cannot hold a question skips it, and says so: every export
//! comes with a [`Report`] of what went in and what was left out, and why.

mod anki;
mod csv;
mod gift;
mod kahoot;
mod moodle;
mod quizlet;
mod xlsx;

pub use csv::csv_field;
pub use gift::gift_escape;
pub use kahoot::{KAHOOT_ANSWER_MAX, KAHOOT_QUESTION_MAX};

use crate::generate::{Question, QuestionType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Anki,
    Gift,
    MoodleXml,
    Quizlet,
    Kahoot,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "anki" | "tsv" => Some(Format::Anki),
            "gift" => Some(Format::Gift),
            "moodle" | "moodle-xml" | "xml" => Some(Format::MoodleXml),
            "quizlet" => Some(Format::Quizlet),
            "kahoot" | "xlsx" => Some(Format::Kahoot),
            _ => None,
        }
    }

    /// The name a downloaded file gets.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "factquiz-questions.json",
            Format::Csv => "factquiz-questions.csv",
            Format::Anki => "factquiz-questions-anki.txt",
            Format::Gift => "factquiz-questions.gift.txt",
            Format::MoodleXml => "factquiz-questions-moodle.xml",
            Format::Quizlet => "factquiz-questions-quizlet.txt",
            Format::Kahoot => "factquiz-questions-kahoot.xlsx",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv",
            Format::Anki | Format::Gift | Format::Quizlet => "text/plain",
            Format::MoodleXml => "application/xml",
            Format::Kahoot => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// What the format is called where a person reads it.
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Anki => "Anki text",
            Format::Gift => "Moodle GIFT",
            Format::MoodleXml => "Moodle XML",
            Format::Quizlet => "Quizlet text",
            Format::Kahoot => "Kahoot spreadsheet",
        }
    }

    /// The file is bytes, not text (the Kahoot spreadsheet).
    pub fn is_binary(self) -> bool {
        self == Format::Kahoot
    }

    /// The format can leave questions out (the CLI and the app say how many).
    pub fn can_skip(self) -> bool {
        matches!(self, Format::Kahoot | Format::Quizlet | Format::MoodleXml)
    }
}

/// What an export took in and what it left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Questions exported.
    pub exported: usize,
    /// Items the file holds when they are not questions (Quizlet's cards: a
    /// match question gives one card per pair); `None` when one per question.
    pub items: Option<(usize, &'static str)>,
    /// Questions left out, by reason, in the order first met.
    pub skipped: Vec<(&'static str, usize)>,
}

impl Report {
    pub fn skipped_count(&self) -> usize {
        self.skipped.iter().map(|(_, n)| n).sum()
    }

    pub(crate) fn skip(&mut self, why: &'static str) {
        match self.skipped.iter_mut().find(|(w, _)| *w == why) {
            Some((_, n)) => *n += 1,
            None => self.skipped.push((why, 1)),
        }
    }

    /// One line: "12 questions exported (14 cards), 28 skipped: 25 not choice
    /// or true/false, 3 longer than 120 characters."
    pub fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = plural(self.exported, "question", "questions") + " exported";
        if let Some((n, what)) = self.items {
            s.push_str(&format!(" ({n} {what})"));
        }
        let skipped = self.skipped_count();
        s.push_str(&format!(", {skipped} skipped"));
        if skipped > 0 {
            let why: Vec<String> = self
                .skipped
                .iter()
                .map(|(w, n)| format!("{n} {w}"))
                .collect();
            s.push_str(&format!(": {}", why.join(", ")));
        }
        s.push('.');
        s
    }
}

/// A file of questions: its bytes (UTF-8 text but for the spreadsheet) and
/// what went into it.
#[derive(Debug, Clone)]
pub struct Exported {
    pub bytes: Vec<u8>,
    pub report: Report,
}

/// Every format as a file with its report.
pub fn export_file(qs: &[Question], f: Format) -> Exported {
    let all = |text: String| Exported {
        bytes: text.into_bytes(),
        report: Report {
            exported: qs.len(),
            ..Report::default()
        },
    };
    match f {
        Format::Json => {
            all(serde_json::to_string_pretty(qs).unwrap_or_else(|_| "[]".into()) + "\n")
        }
        Format::Csv => all(csv::csv(qs)),
        Format::Anki => all(anki::anki(qs)),
        Format::Gift => all(gift::gift(qs)),
        Format::MoodleXml => {
            let (text, report) = moodle::moodle_xml(qs);
            Exported {
                bytes: text.into_bytes(),
                report,
            }
        }
        Format::Quizlet => {
            let (text, report) = quizlet::quizlet(qs);
            Exported {
                bytes: text.into_bytes(),
                report,
            }
        }
        Format::Kahoot => {
            let (bytes, report) = kahoot::kahoot(qs);
            Exported { bytes, report }
        }
    }
}

/// A text format as a string (the Kahoot spreadsheet is bytes: use
/// [`export_file`]; here it comes out lossily decoded).
pub fn export(qs: &[Question], f: Format) -> String {
    String::from_utf8_lossy(&export_file(qs, f).bytes).into_owned()
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

/// A plain number from an answer like "11,700" (None for ranges or words).
pub fn numeric_value(a: &str) -> Option<String> {
    let digits: String = a.chars().filter(|c| !matches!(c, ',')).collect();
    let t = digits.trim();
    (!t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.chars().next().is_some_and(|c| c.is_ascii_digit()))
    .then(|| t.to_string())
}

/// The statement of a true/false question without its "True or false? ".
pub(crate) fn statement(q: &Question) -> &str {
    q.prompt
        .strip_prefix("True or false? ")
        .unwrap_or(&q.prompt)
}

/// The pairs of a match question's answer ("term = pair; …").
pub(crate) fn match_pairs(q: &Question) -> Vec<(&str, &str)> {
    q.answer
        .split("; ")
        .filter_map(|pair| pair.split_once(" = "))
        .collect()
}

/// The events of an order question's answer, earliest first.
pub(crate) fn order_items(q: &Question) -> Vec<&str> {
    q.answer.split(" → ").collect()
}

/// A question made by hand, for the formats' unit tests.
#[cfg(test)]
pub(crate) fn sample(
    qtype: QuestionType,
    prompt: &str,
    answer: &str,
    choices: &[&str],
) -> Question {
    Question {
        id: "q-1".into(),
        qtype,
        prompt: prompt.into(),
        answer: answer.into(),
        accept: vec![],
        choices: choices.iter().map(|c| c.to_string()).collect(),
        source: crate::generate::Citation {
            file: "a.txt".into(),
            quote: "A sentence.".into(),
        },
        fact_id: "f-1".into(),
        kind: crate::kind::Kind::Number,
        items: vec![],
        options: vec![],
        note: None,
    }
}
