//! Quizlet's import text with its default separators: a tab between term and
//! definition, a new line between cards. Quizlet has only term/definition
//! cards, so:
//!
//! - cloze, numeric and choice: the prompt is the term, the answer the
//!   definition (a choice question's options are left out: Quizlet's Learn
//!   and Test modes make their own from the other cards);
//! - true/false: the prompt is the term, "True" or "False" the definition,
//!   a false one followed by the source's sentence;
//! - order: the prompt is the term, the events in order the definition;
//! - match: one card per pair (the term, and what it pairs with).
//!
//! Tabs and line breaks inside a field become spaces. Nothing is skipped
//! unless a question has no text.

use super::{match_pairs, order_items, Report};
use crate::generate::{Question, QuestionType};

fn field(s: &str) -> String {
    s.split(['\t', '\n', '\r'])
        .filter(|p| !p.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cards of one question (term, definition).
fn cards(q: &Question) -> Vec<(String, String)> {
    match q.qtype {
        QuestionType::TrueFalse => {
            let def = if q.answer == "true" {
                "True".to_string()
            } else {
                format!("False. The source: “{}”", q.source.quote)
            };
            vec![(q.prompt.clone(), def)]
        }
        QuestionType::Order => vec![(q.prompt.clone(), order_items(q).join(" → "))],
        QuestionType::Match => match_pairs(q)
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
        QuestionType::Cloze | QuestionType::Numeric | QuestionType::Choice => {
            vec![(q.prompt.clone(), q.answer.clone())]
        }
    }
}

pub(super) fn quizlet(qs: &[Question]) -> (String, Report) {
    let mut out = String::new();
    let mut report = Report::default();
    let mut n = 0;
    for q in qs {
        let cards: Vec<(String, String)> = cards(q)
            .into_iter()
            .map(|(t, d)| (field(&t), field(&d)))
            .filter(|(t, d)| !t.is_empty() && !d.is_empty())
            .collect();
        if cards.is_empty() {
            report.skip("with no text to put on a card");
            continue;
        }
        report.exported += 1;
        for (t, d) in cards {
            out.push_str(&format!("{t}\t{d}\n"));
            n += 1;
        }
    }
    report.items = Some((n, if n == 1 { "card" } else { "cards" }));
    (out, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::sample as q;

    #[test]
    fn one_card_a_line_term_tab_definition() {
        let mut m = q(
            QuestionType::Match,
            "Match.",
            "ISIS-K = Islamic State Khorasan; U.N. = United Nations",
            &[],
        );
        m.id = "q-2".into();
        let qs = [
            q(
                QuestionType::Cloze,
                "The\ttower is _____ m\ntall.",
                "312",
                &[],
            ),
            q(
                QuestionType::TrueFalse,
                "True or false? Y was 13.",
                "false",
                &[],
            ),
            m,
        ];
        let (text, report) = quizlet(&qs);
        assert_eq!(
            text,
            "The tower is _____ m tall.\t312\n\
             True or false? Y was 13.\tFalse. The source: “A sentence.”\n\
             ISIS-K\tIslamic State Khorasan\nU.N.\tUnited Nations\n"
        );
        assert_eq!(
            report.summary(),
            "3 questions exported (4 cards), 0 skipped."
        );
    }
}
