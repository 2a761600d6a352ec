//! Moodle XML ("Moodle XML format" in the question bank's Import): choice as
//! `multichoice` (one answer at 100%, the others at 0%), true/false as
//! `truefalse`, cloze as `shortanswer` with every accepted form at 100%, a
//! numeric question as `numerical` when its answer is a plain number (else
//! `shortanswer`), and order and match questions as `matching` (an order
//! question pairs each event with its place in time, as GIFT does).
//!
//! Text Moodle shows (question text, feedback, options, pairs) is HTML
//! (`format="html"`) inside CDATA; what Moodle compares with a typed answer
//! is plain, escaped XML text. Each question carries the source sentence as
//! general feedback.

use super::gift::ordinal;
use super::xlsx::xml_escape;
use super::{match_pairs, numeric_value, order_items, statement, Report};
use crate::generate::{Question, QuestionType};

/// HTML for Moodle's text fields, in a CDATA section. Escaping `>` for HTML
/// also means "]]>" cannot end the section early.
fn html(s: &str) -> String {
    let escaped = s
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<![CDATA[{escaped}]]>")
}

/// A short answer as Moodle compares it: `*` is its wildcard, so a literal
/// one is written `\*`.
fn short_answer(s: &str) -> String {
    xml_escape(&s.replace('*', "\\*"))
}

fn answer(fraction: u32, text: &str, format: &str, extra: &str) -> String {
    format!(
        "    <answer fraction=\"{fraction}\" format=\"{format}\">\n      <text>{text}</text>\n{extra}      <feedback format=\"html\"><text></text></feedback>\n    </answer>\n"
    )
}

/// The forms a typed answer may take: the answer, then the accepted forms,
/// each once (Moodle compares short answers without case).
fn forms(q: &Question) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for f in std::iter::once(&q.answer).chain(&q.accept) {
        let f = f.trim();
        if !f.is_empty() && !out.iter().any(|o| o.to_lowercase() == f.to_lowercase()) {
            out.push(f);
        }
    }
    out
}

/// The body of one question after its name and text: (type, XML), or why
/// it cannot go in.
fn body(q: &Question) -> Result<(&'static str, String), &'static str> {
    Ok(match q.qtype {
        QuestionType::Choice => {
            if q.choices.iter().filter(|c| **c == q.answer).count() != 1 {
                return Err("without exactly one right option");
            }
            let mut x = String::from(
                "    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n",
            );
            for c in &q.choices {
                x.push_str(&answer(
                    if *c == q.answer { 100 } else { 0 },
                    &html(c),
                    "html",
                    "",
                ));
            }
            ("multichoice", x)
        }
        QuestionType::TrueFalse => {
            let right = q.answer == "true";
            let mut x = answer(
                if right { 100 } else { 0 },
                "true",
                "moodle_auto_format",
                "",
            );
            x.push_str(&answer(
                if right { 0 } else { 100 },
                "false",
                "moodle_auto_format",
                "",
            ));
            ("truefalse", x)
        }
        QuestionType::Numeric if numeric_value(&q.answer).is_some() => {
            let n = numeric_value(&q.answer).unwrap_or_default();
            (
                "numerical",
                answer(
                    100,
                    &n,
                    "moodle_auto_format",
                    "      <tolerance>0</tolerance>\n",
                ),
            )
        }
        QuestionType::Cloze | QuestionType::Numeric => {
            let mut x = String::from("    <usecase>0</usecase>\n");
            for f in forms(q) {
                x.push_str(&answer(100, &short_answer(f), "moodle_auto_format", ""));
            }
            ("shortanswer", x)
        }
        QuestionType::Order | QuestionType::Match => {
            let pairs: Vec<(String, String)> = if q.qtype == QuestionType::Match {
                match_pairs(q)
                    .into_iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect()
            } else {
                order_items(q)
                    .into_iter()
                    .enumerate()
                    .map(|(i, e)| (e.to_string(), ordinal(i + 1)))
                    .collect()
            };
            // Moodle asks for two pairs at least, and three answers.
            if pairs.len() < 3 {
                return Err("matching with fewer than three pairs");
            }
            let mut x = String::from("    <shuffleanswers>true</shuffleanswers>\n");
            for (a, b) in pairs {
                x.push_str(&format!(
                    "    <subquestion format=\"html\">\n      <text>{}</text>\n      <answer><text>{}</text></answer>\n    </subquestion>\n",
                    html(&a),
                    xml_escape(&b)
                ));
            }
            ("matching", x)
        }
    })
}

pub(super) fn moodle_xml(qs: &[Question]) -> (String, Report) {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n  <question type=\"category\">\n    <category><text>$course$/top/FactQuiz</text></category>\n  </question>\n",
    );
    let mut report = Report::default();
    for q in qs {
        let (kind, body) = match body(q) {
            Ok(b) => b,
            Err(why) => {
                report.skip(why);
                continue;
            }
        };
        report.exported += 1;
        // A true/false question's text is the statement Moodle asks about.
        let text = if q.qtype == QuestionType::TrueFalse {
            statement(q)
        } else {
            &q.prompt
        };
        let feedback = format!("Source ({}): “{}”", q.source.file, q.source.quote);
        out.push_str(&format!(
            "  <question type=\"{kind}\">\n    <name><text>{}</text></name>\n    <questiontext format=\"html\"><text>{}</text></questiontext>\n    <generalfeedback format=\"html\"><text>{}</text></generalfeedback>\n    <defaultgrade>1</defaultgrade>\n    <penalty>{}</penalty>\n    <hidden>0</hidden>\n{body}  </question>\n",
            xml_escape(&q.id),
            html(text),
            html(&feedback),
            if kind == "truefalse" { "1" } else { "0.3333333" },
        ));
    }
    out.push_str("</quiz>\n");
    (out, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::sample as q;

    #[test]
    fn text_goes_in_cdata_and_answers_are_escaped() {
        let mut c = q(QuestionType::Cloze, "A <b> & ]]> c _____.", "R&D *", &[]);
        c.accept = vec!["r&d *".into(), "R and D".into()];
        let (x, report) = moodle_xml(&[c]);
        assert!(
            x.contains("<text><![CDATA[A &lt;b&gt; &amp; ]]&gt; c _____.]]></text>"),
            "{x}"
        );
        // The same form in another case once; the wildcard escaped.
        assert_eq!(x.matches("fraction=\"100\"").count(), 2, "{x}");
        assert!(x.contains("<text>R&amp;D \\*</text>"));
        assert!(x.contains("<text>R and D</text>"));
        assert_eq!(report.summary(), "1 question exported, 0 skipped.");
    }

    #[test]
    fn matching_needs_three_pairs() {
        let m = q(QuestionType::Match, "Match.", "a = b; c = d", &[]);
        let (_, report) = moodle_xml(&[m]);
        assert_eq!(report.exported, 0);
        assert_eq!(
            report.skipped,
            vec![("matching with fewer than three pairs", 1)]
        );
    }
}
