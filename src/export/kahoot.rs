//! Kahoot's quiz spreadsheet (.xlsx), laid out as Kahoot's own template
//! ("KahootQuizTemplate.xlsx"): a few lines of notes, the column titles on
//! row 8, and from row 9 one question a row: its number in column A, then
//! Question, Answer 1–4, Time limit (sec), Correct answer(s).
//!
//! Kahoot's quiz questions have 2 to 4 answers and no typed answer, so only
//! choice and true/false questions go in. A question longer than 120
//! characters, or with an answer longer than 75, is skipped rather than cut
//! (a cut prompt can lose its blank or the words the answer hangs on).

use super::xlsx::{workbook, Cell};
use super::{statement, Report};
use crate::generate::{Question, QuestionType};

/// Kahoot's limits, from its template's column titles.
pub const KAHOOT_QUESTION_MAX: usize = 120;
pub const KAHOOT_ANSWER_MAX: usize = 75;

/// The template's column titles (row 8, columns B–H).
pub const HEADERS: [&str; 7] = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
];

/// The row of the column titles (1-based); questions start on the next.
pub const HEADER_ROW: usize = 8;

const NOT_CHOICE: &str = "not choice or true/false (Kahoot has no typed answers)";
const LONG_QUESTION: &str = "longer than Kahoot's 120 characters";
const LONG_ANSWER: &str = "with an answer longer than Kahoot's 75 characters";

/// A question as Kahoot takes it: text, 2–4 answers, the right one's number
/// (from 1), the time limit; or why it cannot go in.
fn row(q: &Question) -> Result<(String, Vec<String>, usize, u32), &'static str> {
    let (text, answers, right) = match q.qtype {
        QuestionType::TrueFalse => (
            statement(q).to_string(),
            vec!["True".to_string(), "False".to_string()],
            if q.answer == "true" { 1 } else { 2 },
        ),
        QuestionType::Choice => {
            // At most 4: the right answer and the first three others, in order.
            let mut answers: Vec<String> = Vec::new();
            let mut others = 0;
            for c in &q.choices {
                if *c == q.answer {
                    answers.push(c.clone());
                } else if others < 3 {
                    answers.push(c.clone());
                    others += 1;
                }
            }
            let Some(at) = answers.iter().position(|c| *c == q.answer) else {
                return Err(NOT_CHOICE);
            };
            if answers.len() < 2 {
                return Err(NOT_CHOICE);
            }
            (q.prompt.clone(), answers, at + 1)
        }
        _ => return Err(NOT_CHOICE),
    };
    let len = text.chars().count();
    if len > KAHOOT_QUESTION_MAX {
        return Err(LONG_QUESTION);
    }
    if answers
        .iter()
        .any(|a| a.chars().count() > KAHOOT_ANSWER_MAX)
    {
        return Err(LONG_ANSWER);
    }
    // 20 s, Kahoot's default, for a short question; 30 s to read a long one.
    let time = if len <= 60 { 20 } else { 30 };
    Ok((text, answers, right, time))
}

pub(super) fn kahoot(qs: &[Question]) -> (Vec<u8>, Report) {
    let text = |s: &str| Cell::Text(s.to_string());
    let mut rows: Vec<Vec<Cell>> = vec![
        vec![],
        vec![Cell::Empty, text("Quiz template")],
        vec![
            Cell::Empty,
            text("Questions from FactQuiz: choice and true/false questions that fit Kahoot's limits."),
        ],
        vec![
            Cell::Empty,
            text("Questions can have a maximum of 120 characters and answers can have 75 characters max."),
        ],
        vec![],
        vec![],
        vec![],
    ];
    let mut head = vec![Cell::Empty];
    head.extend(HEADERS.iter().map(|h| text(h)));
    rows.push(head);
    debug_assert_eq!(rows.len(), HEADER_ROW);
    let mut report = Report::default();
    for q in qs {
        match row(q) {
            Ok((question, answers, right, time)) => {
                report.exported += 1;
                let mut r = vec![Cell::Number(report.exported as f64), Cell::Text(question)];
                for i in 0..4 {
                    r.push(
                        answers
                            .get(i)
                            .map_or(Cell::Empty, |a| Cell::Text(a.clone())),
                    );
                }
                r.push(Cell::Number(time as f64));
                r.push(Cell::Number(right as f64));
                rows.push(r);
            }
            Err(why) => report.skip(why),
        }
    }
    let widths = [4.0, 60.0, 24.0, 24.0, 24.0, 24.0, 14.0, 14.0];
    (workbook("Sheet1", &rows, &widths), report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::sample as q;

    #[test]
    fn only_choice_and_true_false_that_fit_go_in() {
        let long = "word ".repeat(30);
        let qs = [
            q(
                QuestionType::Choice,
                "In _____, X.",
                "2016",
                &["2014", "2016", "2019", "2021"],
            ),
            q(
                QuestionType::TrueFalse,
                "True or false? Y was 13.",
                "false",
                &[],
            ),
            q(QuestionType::Cloze, "Z is _____.", "z", &[]),
            q(QuestionType::Choice, &long, "a", &["a", "b", "c"]),
            q(
                QuestionType::Choice,
                "W?",
                "a",
                &["a", &"b".repeat(76), "c"],
            ),
        ];
        assert_eq!(
            row(&qs[0]).unwrap(),
            (
                "In _____, X.".into(),
                vec!["2014".into(), "2016".into(), "2019".into(), "2021".into()],
                2,
                20
            )
        );
        assert_eq!(
            row(&qs[1]).unwrap(),
            (
                "Y was 13.".into(),
                vec!["True".into(), "False".into()],
                2,
                20
            )
        );
        assert_eq!(row(&qs[2]), Err(NOT_CHOICE));
        assert_eq!(row(&qs[3]), Err(LONG_QUESTION));
        assert_eq!(row(&qs[4]), Err(LONG_ANSWER));
        let (_, report) = kahoot(&qs);
        assert_eq!(report.exported, 2);
        assert_eq!(report.skipped_count(), 3);
        assert!(
            report
                .summary()
                .starts_with("2 questions exported, 3 skipped: 1 not choice"),
            "{}",
            report.summary()
        );
    }

    #[test]
    fn five_options_become_four_with_the_answer_kept() {
        let x = q(QuestionType::Choice, "Q?", "e", &["a", "b", "c", "d", "e"]);
        let (_, answers, right, _) = row(&x).unwrap();
        assert_eq!(answers, ["a", "b", "c", "e"]);
        assert_eq!(right, 4);
    }
}
