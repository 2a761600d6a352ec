//! A quiz being played: the questions, where the learner is, and what they
//! answered. Pure state, so the web app's reducer only forwards to it.

use crate::aliases::Aliases;
use crate::check::{check, Checked, Verdict};
use crate::generate::{Question, QuestionType};
use serde::{Deserialize, Serialize};

/// One answered question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answered {
    pub question: usize,
    pub typed: String,
    pub checked: Checked,
    /// The learner said "I was right" after a reject.
    pub overridden: bool,
}

impl Answered {
    pub fn is_right(&self) -> bool {
        self.checked.verdict == Verdict::Accept || self.overridden
    }
}

/// Checks an answer to any kind of question: typed answers with the checker;
/// a choice by its number (1-4), letter (a-d) or text; true/false by
/// t/f, true/false or yes/no; an order by the item numbers, earliest first.
pub fn answer_question(q: &Question, typed: &str, aliases: &Aliases) -> Checked {
    let t = typed.trim();
    let verdict = |right: bool, matched: &str, reason: &str| Checked {
        verdict: if right {
            Verdict::Accept
        } else {
            Verdict::Reject
        },
        matched: right.then(|| matched.to_string()),
        reason: reason.to_string(),
    };
    match q.qtype {
        QuestionType::Choice => {
            let lower = t.to_lowercase();
            let picked = match lower.as_str() {
                "1" | "a" => q.choices.first(),
                "2" | "b" => q.choices.get(1),
                "3" | "c" => q.choices.get(2),
                "4" | "d" => q.choices.get(3),
                _ => None,
            };
            match picked {
                Some(c) => verdict(
                    *c == q.answer,
                    c,
                    if *c == q.answer {
                        "right option"
                    } else {
                        "another option"
                    },
                ),
                None => {
                    // typed text: right if it names the answer and not another option
                    let other = q.choices.iter().any(|c| {
                        *c != q.answer && crate::check::normalize(c) == crate::check::normalize(t)
                    });
                    if other {
                        verdict(false, t, "another option")
                    } else {
                        check(&q.answer, &q.accept, Some(q.kind), typed, aliases)
                    }
                }
            }
        }
        QuestionType::TrueFalse => {
            let said = match t.to_lowercase().trim_end_matches('.') {
                "t" | "true" | "yes" | "y" => Some(true),
                "f" | "false" | "no" | "n" => Some(false),
                _ => None,
            };
            match said {
                Some(v) => verdict(
                    v.to_string() == q.answer,
                    &v.to_string(),
                    if v.to_string() == q.answer {
                        "right"
                    } else {
                        "the statement is the other way"
                    },
                ),
                None => verdict(false, t, "answer true or false"),
            }
        }
        QuestionType::Order => {
            let picked: Vec<&String> = t
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<usize>().ok())
                .filter_map(|n| q.items.get(n.wrapping_sub(1)))
                .collect();
            let given = picked
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" → ");
            verdict(
                given == q.answer,
                &given,
                if given == q.answer {
                    "right order"
                } else {
                    "not the order of the events"
                },
            )
        }
        QuestionType::Match => {
            // "term = pair; …" in any order of the terms
            let pairs = |s: &str| {
                let mut v: Vec<String> = s
                    .split(';')
                    .map(crate::check::normalize)
                    .filter(|p| !p.is_empty())
                    .collect();
                v.sort();
                v
            };
            let right = pairs(t) == pairs(&q.answer);
            verdict(
                right,
                t,
                if right {
                    "every pair right"
                } else {
                    "not every pair is right"
                },
            )
        }
        _ => check(&q.answer, &q.accept, Some(q.kind), typed, aliases),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub questions: Vec<Question>,
    /// Index of the question on screen (== questions.len() when finished).
    pub index: usize,
    pub answers: Vec<Answered>,
}

impl Quiz {
    pub fn new(questions: Vec<Question>) -> Self {
        Quiz {
            questions,
            index: 0,
            answers: Vec::new(),
        }
    }

    /// The question on screen, if the quiz is not finished.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.index)
    }

    /// The answer given to the question on screen, if already answered.
    pub fn current_answer(&self) -> Option<&Answered> {
        self.answers.iter().find(|a| a.question == self.index)
    }

    /// Checks `typed` against the current question and records it. Does
    /// nothing when the question is already answered or the quiz is over.
    pub fn submit(&mut self, typed: &str, aliases: &Aliases) {
        let Some(q) = self.current() else { return };
        if self.current_answer().is_some() {
            return;
        }
        let checked = answer_question(q, typed, aliases);
        self.answers.push(Answered {
            question: self.index,
            typed: typed.to_string(),
            checked,
            overridden: false,
        });
    }

    /// Flashcards: records the learner's own grade of the current card.
    pub fn self_grade(&mut self, grade: &str, right: bool) {
        if self.current().is_none() || self.current_answer().is_some() {
            return;
        }
        self.answers.push(Answered {
            question: self.index,
            typed: grade.to_string(),
            checked: Checked {
                verdict: if right {
                    Verdict::Accept
                } else {
                    Verdict::Reject
                },
                matched: None,
                reason: "graded by the learner".into(),
            },
            overridden: false,
        });
    }

    /// "I was right": turns the current reject into a right answer, recorded as an override.
    pub fn override_current(&mut self) {
        let i = self.index;
        if let Some(a) = self.answers.iter_mut().find(|a| a.question == i) {
            if a.checked.verdict == Verdict::Reject {
                a.overridden = true;
            }
        }
    }

    /// Moves on once the current question is answered.
    pub fn next(&mut self) {
        if self.current_answer().is_some() {
            self.index += 1;
        }
    }

    /// Practice: asks the current question again `gap` questions later
    /// (a wrong answer comes back soon). Only once per question.
    pub fn requeue_current(&mut self, gap: usize) {
        let Some(q) = self.current().cloned() else {
            return;
        };
        if self.questions.iter().filter(|x| x.id == q.id).count() > 1 {
            return;
        }
        let at = (self.index + 1 + gap).min(self.questions.len());
        self.questions.insert(at, q);
    }

    /// Takes out the questions still to come that `gone` says (a question
    /// hidden by the learner); those already asked stay with their answers.
    pub fn drop_upcoming(&mut self, gone: impl Fn(&Question) -> bool) {
        let mut k = self.index + 1;
        while k < self.questions.len() {
            if gone(&self.questions[k]) {
                self.questions.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// Takes out the question on screen if it is not answered (a flashcard
    /// hidden before it is graded): the next one comes in its place.
    pub fn skip_current(&mut self) {
        if self.current().is_some() && self.current_answer().is_none() {
            self.questions.remove(self.index);
        }
    }

    /// Test: ends the quiz now (time is up); unanswered questions count as wrong.
    pub fn end(&mut self) {
        self.index = self.questions.len();
    }

    pub fn is_finished(&self) -> bool {
        self.index >= self.questions.len()
    }

    /// (right, total)
    pub fn score(&self) -> (usize, usize) {
        (
            self.answers.iter().filter(|a| a.is_right()).count(),
            self.questions.len(),
        )
    }

    /// Answers that were wrong, in question order.
    pub fn misses(&self) -> Vec<(&Question, &Answered)> {
        self.answers
            .iter()
            .filter(|a| !a.is_right())
            .filter_map(|a| self.questions.get(a.question).map(|q| (q, a)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;

    /// The best question of a type the deck can make (asked for by type, as Test setup does).
    fn first(deck: &Deck, t: QuestionType) -> Question {
        crate::generate::generate_types(deck, 3, None, &[t])
            .into_iter()
            .find(|q| q.qtype == t)
            .unwrap()
    }

    #[test]
    fn choices_by_number_letter_or_text() {
        let d = Deck::seeds();
        let q = first(&d, QuestionType::Choice);
        let right = q.choices.iter().position(|c| *c == q.answer).unwrap();
        let wrong = (right + 1) % q.choices.len();
        assert_eq!(
            answer_question(&q, &(right + 1).to_string(), &d.aliases).verdict,
            Verdict::Accept
        );
        assert_eq!(
            answer_question(&q, &((b'a' + right as u8) as char).to_string(), &d.aliases).verdict,
            Verdict::Accept
        );
        assert_eq!(
            answer_question(&q, &(wrong + 1).to_string(), &d.aliases).verdict,
            Verdict::Reject
        );
        assert_eq!(
            answer_question(&q, &q.answer, &d.aliases).verdict,
            Verdict::Accept
        );
        assert_eq!(
            answer_question(&q, &q.choices[wrong], &d.aliases).verdict,
            Verdict::Reject
        );
    }

    #[test]
    fn true_false_by_word_or_letter() {
        let d = Deck::seeds();
        let q = first(&d, QuestionType::TrueFalse);
        let (yes, no) = if q.answer == "true" {
            ("T", "false")
        } else {
            ("f", "true")
        };
        assert_eq!(
            answer_question(&q, yes, &d.aliases).verdict,
            Verdict::Accept
        );
        assert_eq!(answer_question(&q, no, &d.aliases).verdict, Verdict::Reject);
        assert_eq!(
            answer_question(&q, "maybe", &d.aliases).verdict,
            Verdict::Reject
        );
    }

    #[test]
    fn order_by_item_numbers() {
        let d = Deck::seeds();
        let q = first(&d, QuestionType::Order);
        let order: Vec<String> = q
            .answer
            .split(" → ")
            .map(|a| (q.items.iter().position(|i| i == a).unwrap() + 1).to_string())
            .collect();
        assert_eq!(
            answer_question(&q, &order.join(" "), &d.aliases).verdict,
            Verdict::Accept
        );
        let mut wrong = order.clone();
        wrong.swap(0, 1);
        assert_eq!(
            answer_question(&q, &wrong.join(","), &d.aliases).verdict,
            Verdict::Reject
        );
    }

    #[test]
    fn matches_in_any_order_of_pairs() {
        let d = Deck::seeds();
        let q = first(&d, QuestionType::Match);
        let mut pairs: Vec<&str> = q.answer.split("; ").collect();
        pairs.reverse();
        assert_eq!(
            answer_question(&q, &pairs.join("; "), &d.aliases).verdict,
            Verdict::Accept
        );
        let options: Vec<String> = q
            .items
            .iter()
            .map(|i| format!("{i} = {}", q.options[0]))
            .collect();
        assert_eq!(
            answer_question(&q, &options.join("; "), &d.aliases).verdict,
            Verdict::Reject
        );
    }

    #[test]
    fn a_missed_question_comes_back_once() {
        let d = Deck::seeds();
        let mut quiz = Quiz::new(d.quiz(2, 5, &QuestionType::TYPED));
        let id = quiz.questions[0].id.clone();
        quiz.submit("wrong", &d.aliases);
        quiz.requeue_current(2);
        quiz.requeue_current(2);
        assert_eq!(quiz.questions.len(), 6);
        assert_eq!(quiz.questions[3].id, id);
        quiz.end();
        assert!(quiz.is_finished());
        assert_eq!(quiz.score(), (0, 6));
    }

    #[test]
    fn hidden_questions_leave_the_rest_of_a_session() {
        let d = Deck::seeds();
        let mut quiz = Quiz::new(d.quiz(2, 5, &QuestionType::TYPED));
        let ids: Vec<String> = quiz.questions.iter().map(|q| q.id.clone()).collect();
        quiz.submit("wrong", &d.aliases);
        quiz.requeue_current(2);
        // The one on screen (answered) stays; its copy and question 3 go.
        let gone = [ids[0].clone(), ids[2].clone()];
        quiz.drop_upcoming(|q| gone.contains(&q.id));
        let left: Vec<&String> = quiz.questions.iter().map(|q| &q.id).collect();
        assert_eq!(left, vec![&ids[0], &ids[1], &ids[3], &ids[4]]);
        quiz.next();
        quiz.skip_current();
        assert_eq!(quiz.current().unwrap().id, ids[3]);
        assert_eq!(quiz.questions.len(), 3);
        assert_eq!(quiz.answers.len(), 1);
    }

    #[test]
    fn a_quiz_scores_and_lists_misses() {
        let d = Deck::seeds();
        let mut quiz = Quiz::new(d.quiz(1, 4, &QuestionType::TYPED));
        let answers: Vec<String> = quiz.questions.iter().map(|q| q.answer.clone()).collect();
        quiz.submit(&answers[0], &d.aliases);
        quiz.next();
        quiz.submit("not it", &d.aliases);
        quiz.override_current();
        quiz.next();
        quiz.submit("not it either", &d.aliases);
        quiz.next();
        quiz.next(); // unanswered: stays
        assert_eq!(quiz.index, 3);
        quiz.submit(&answers[3], &d.aliases);
        quiz.next();
        assert!(quiz.is_finished());
        assert_eq!(quiz.score(), (3, 4));
        assert_eq!(quiz.misses().len(), 1);
        assert_eq!(quiz.answers.iter().filter(|a| a.overridden).count(), 1);
    }
}
