//! A test's questions, and a teacher's review of them before sharing.
//!
//! The questions of a test follow from its settings and seed
//! ([`test_questions`]). A teacher reviewing them can drop any: a dropped
//! question is replaced, in its place, by the next best question of the deck
//! that is not already in the quiz, so the quiz keeps its length while the
//! deck has questions to spare (and gets shorter when it has none).
//!
//! Drops are positions in the **candidate order** ([`candidates`]): the
//! test's own questions first, then every other question the deck makes with
//! these settings and seed, best first. Both follow from the settings and the
//! seed alone, so a quiz code carries the drops as a few small numbers and
//! every device that opens it makes the same reviewed quiz ([`reviewed`]).
//!
//! Questions a learner hid on this device ("This question is wrong",
//! [`crate::progress::Progress::hide`]) are dropped the same way from a test
//! or a quiz made here ([`hidden_drops`]).

use crate::deck::Deck;
use crate::generate::{Question, QuestionType};
use crate::progress::{Progress, Settings};

/// Question types of a test unless the settings pick others.
pub const DEFAULT_TYPES: [QuestionType; 4] = [
    QuestionType::Cloze,
    QuestionType::Numeric,
    QuestionType::Choice,
    QuestionType::TrueFalse,
];

/// The deck a test with these settings draws from: the chosen sources only.
fn chosen_deck(deck: &Deck, s: &Settings) -> Option<Deck> {
    if s.sources.is_empty() {
        return None;
    }
    let chosen = |file: &str| s.sources.iter().any(|x| x == file);
    Some(Deck {
        sources: deck
            .sources
            .iter()
            .filter(|x| chosen(&x.file))
            .cloned()
            .collect(),
        facts: deck
            .facts
            .iter()
            .filter(|f| chosen(&f.source))
            .cloned()
            .collect(),
        aliases: deck.aliases.clone(),
        problems: Vec::new(),
        // (the notes' keys name their sentences: a subset's are among them)
        lang: deck.lang.clone(),
        // (the whole deck's: not this one's)
        shown: None,
    })
}

fn types(s: &Settings) -> Vec<QuestionType> {
    if s.types.is_empty() {
        DEFAULT_TYPES.to_vec()
    } else {
        s.types.clone()
    }
}

/// The questions of a test with these settings and seed, unreviewed (a
/// quiz code without drops stands for these).
pub fn test_questions(deck: &Deck, s: &Settings, seed: u64) -> Vec<Question> {
    let sub = chosen_deck(deck, s);
    let deck = sub.as_ref().unwrap_or(deck);
    let n = s.count.unwrap_or(usize::MAX / 4);
    crate::generate::generate_types(deck, seed, Some(n), &types(s))
}

/// The candidate order drops are counted in, and how many of its first
/// questions make the unreviewed test.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidates {
    /// The test's questions, then every other question of the deck for
    /// these settings and seed, best first; each id once.
    pub order: Vec<Question>,
    /// The test's length before review (the first `size` of `order`).
    pub size: usize,
}

/// The candidates of a test with these settings and seed.
pub fn candidates(deck: &Deck, s: &Settings, seed: u64) -> Candidates {
    let mut order = test_questions(deck, s, seed);
    let size = order.len();
    let sub = chosen_deck(deck, s);
    let deck = sub.as_ref().unwrap_or(deck);
    let rest: Vec<Question> = crate::generate::generate_types(deck, seed, None, &types(s))
        .into_iter()
        .filter(|q| !order.iter().any(|o| o.id == q.id))
        .collect();
    order.extend(rest);
    Candidates { order, size }
}

impl Candidates {
    /// The positions (into `order`) of the reviewed quiz, in quiz order:
    /// each of the test's questions that is not dropped stays in its place;
    /// a dropped one is replaced by the next candidate after the test that
    /// is neither dropped nor used yet; none left, the quiz is shorter.
    pub fn positions(&self, drops: &[usize]) -> Vec<usize> {
        let mut spare = (self.size..self.order.len()).filter(|i| !drops.contains(i));
        (0..self.size)
            .filter_map(|i| {
                if drops.contains(&i) {
                    spare.next()
                } else {
                    Some(i)
                }
            })
            .collect()
    }

    /// The reviewed quiz.
    pub fn quiz(&self, drops: &[usize]) -> Vec<Question> {
        self.positions(drops)
            .into_iter()
            .map(|i| self.order[i].clone())
            .collect()
    }

    /// Where a question is in the candidate order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.order.iter().position(|q| q.id == id)
    }
}

/// The quiz a code with these settings, seed and drops stands for. Without
/// drops, only the test itself is made (the rest of the deck is not).
pub fn reviewed(deck: &Deck, s: &Settings, seed: u64, drops: &[usize]) -> Vec<Question> {
    if drops.is_empty() {
        test_questions(deck, s, seed)
    } else {
        candidates(deck, s, seed).quiz(drops)
    }
}

/// The positions of the candidates a learner hid on this device.
pub fn hidden_drops(c: &Candidates, progress: &Progress) -> Vec<usize> {
    c.order
        .iter()
        .enumerate()
        .filter(|(_, q)| progress.is_hidden(q))
        .map(|(i, _)| i)
        .collect()
}

/// A test on this device: the test's questions with the hidden ones
/// replaced like drops.
pub fn test_without_hidden(
    deck: &Deck,
    s: &Settings,
    seed: u64,
    progress: &Progress,
) -> Vec<Question> {
    let qs = test_questions(deck, s, seed);
    if !qs.iter().any(|q| progress.is_hidden(q)) {
        return qs;
    }
    let c = candidates(deck, s, seed);
    c.quiz(&hidden_drops(&c, progress))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::QuizCode;

    fn settings(count: usize) -> Settings {
        Settings {
            count: Some(count),
            ..Settings::default()
        }
    }

    #[test]
    fn the_candidates_start_with_the_test_and_hold_each_question_once() {
        let deck = Deck::seeds();
        let s = settings(5);
        let c = candidates(&deck, &s, 7);
        assert_eq!(c.size, 5);
        assert_eq!(c.order[..5], test_questions(&deck, &s, 7)[..]);
        assert!(c.order.len() > c.size, "the seeds have questions to spare");
        let mut ids: Vec<&str> = c.order.iter().map(|q| q.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), c.order.len());
        assert_eq!(c.quiz(&[]), test_questions(&deck, &s, 7));
    }

    #[test]
    fn a_dropped_question_is_replaced_in_its_place_by_the_next_best() {
        let deck = Deck::seeds();
        let c = candidates(&deck, &settings(5), 7);
        let q = c.quiz(&[1, 3]);
        assert_eq!(q.len(), 5, "the quiz keeps its length");
        assert_eq!(q[0].id, c.order[0].id);
        assert_eq!(
            q[1].id, c.order[5].id,
            "the first spare takes the first drop"
        );
        assert_eq!(q[2].id, c.order[2].id);
        assert_eq!(q[3].id, c.order[6].id);
        assert_eq!(q[4].id, c.order[4].id);
        // Dropping a replacement brings the next spare; undoing brings it back.
        let q2 = c.quiz(&[1, 3, 5]);
        assert_eq!(q2[1].id, c.order[6].id);
        assert_eq!(q2[3].id, c.order[7].id);
        assert_eq!(c.quiz(&[3]), {
            let mut v = c.quiz(&[]);
            v[3] = c.order[5].clone();
            v
        });
        // Out of spares: the quiz gets shorter, never repeats a question.
        let all: Vec<usize> = (0..c.order.len()).filter(|i| *i != 2).collect();
        assert_eq!(c.quiz(&all), vec![c.order[2].clone()]);
    }

    #[test]
    fn a_code_with_drops_gives_every_device_the_reviewed_quiz() {
        let deck = Deck::seeds();
        let s = settings(5);
        let c = candidates(&deck, &s, 99);
        let drops = vec![0, 4];
        let teacher = c.quiz(&drops);
        let mut code = QuizCode::new(&deck, &s, 99);
        code.drops = drops.clone();
        let text = code.encode();
        // A student's device: only the code and the same deck.
        let back = QuizCode::decode(&text).unwrap();
        assert_eq!(back.drops, drops);
        let student = reviewed(
            &deck,
            &back.settings(&deck),
            u64::from(back.seed),
            &back.drops,
        );
        assert_eq!(student, teacher);
        assert_ne!(
            student,
            test_questions(&deck, &s, 99),
            "not the unreviewed quiz"
        );
        assert!(student
            .iter()
            .all(|q| q.id != c.order[0].id && q.id != c.order[4].id));
    }

    #[test]
    fn hidden_questions_are_replaced_in_a_test_made_here() {
        let deck = Deck::seeds();
        let s = settings(5);
        let plain = test_questions(&deck, &s, 3);
        let mut p = Progress::default();
        assert_eq!(test_without_hidden(&deck, &s, 3, &p), plain);
        p.hide(&plain[2], 1_000);
        let t = test_without_hidden(&deck, &s, 3, &p);
        assert_eq!(t.len(), 5);
        assert!(t.iter().all(|q| q.fact_id != plain[2].fact_id));
        assert_eq!(t[0], plain[0]);
        p.restore(&plain[2].id, 2_000);
        assert_eq!(test_without_hidden(&deck, &s, 3, &p), plain);
    }
}
