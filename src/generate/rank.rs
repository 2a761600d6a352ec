//! The ranker: how likely a strict teacher is to sign a question, learned
//! from the blind reviews kept in `eval/reviews/` (`scripts/train/ranker.py`
//! fits a logistic regression on the features below and writes
//! `rank_weights.rs`). Every feature is a property of any question on any
//! text (its type, what is blanked, how central and how crowded its
//! sentence is), never a word of a particular text.

use super::fitness::{self, words};
use super::stats::TextStats;
use super::{Question, QuestionType, BLANK};
use crate::extract::Fact;
use crate::kind::Kind;
use crate::text::Lower;

include!("rank_weights.rs");

/// The names of the features, in order (the training script's header).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "type_cloze",
    "type_choice",
    "type_true_false",
    "type_numeric",
    "kind_number",
    "kind_date",
    "kind_person",
    "kind_place_org",
    "salience",
    "position",
    "other_numbers",
    "prompt_words",
    "answer_words",
    "wh_question",
    "lead_article",
    "lead_according",
    "name_mentions",
    "false_statement",
    "year_answer",
    "small_count",
    "quotes",
    "commas",
    "bounded",
    "pronoun_inside",
    "proper_density",
];

/// The features of one question on fact `f` (its sentence's salience and
/// the statistics of its text given).
pub fn features(q: &Question, f: &Fact, st: &TextStats, salience: f32) -> [f32; FEATURES] {
    let mut x = [0.0f32; FEATURES];
    let set = |x: &mut [f32; FEATURES], name: &str, v: f32| {
        if let Some(i) = FEATURE_NAMES.iter().position(|n| *n == name) {
            x[i] = v;
        }
    };
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    set(&mut x, "bias", 1.0);
    set(&mut x, "type_cloze", flag(q.qtype == QuestionType::Cloze));
    set(&mut x, "type_choice", flag(q.qtype == QuestionType::Choice));
    set(
        &mut x,
        "type_true_false",
        flag(q.qtype == QuestionType::TrueFalse),
    );
    set(
        &mut x,
        "type_numeric",
        flag(q.qtype == QuestionType::Numeric),
    );
    set(&mut x, "kind_number", flag(f.kind == Kind::Number));
    set(&mut x, "kind_date", flag(f.kind == Kind::Date));
    set(&mut x, "kind_person", flag(f.kind == Kind::Person));
    set(
        &mut x,
        "kind_place_org",
        flag(matches!(f.kind, Kind::Place | Kind::Organization)),
    );
    set(&mut x, "salience", salience);
    set(&mut x, "position", st.position_of(f.start));
    let numbers = fitness::figures_besides_answer(f) as f32;
    set(&mut x, "other_numbers", numbers.min(4.0) / 4.0);
    set(
        &mut x,
        "prompt_words",
        (words(&q.prompt).len() as f32).min(60.0) / 60.0,
    );
    let aw = words(&f.answer).len() as f32;
    set(&mut x, "answer_words", aw.min(6.0) / 6.0);
    set(
        &mut x,
        "wh_question",
        flag(
            q.prompt.ends_with('?')
                && !q.prompt.contains(BLANK)
                && q.qtype != QuestionType::TrueFalse,
        ),
    );
    set(
        &mut x,
        "lead_article",
        flag(q.prompt.contains("From the article")),
    );
    set(
        &mut x,
        "lead_according",
        flag(q.prompt.contains("According to")),
    );
    let named = matches!(f.kind, Kind::Person | Kind::Place | Kind::Organization);
    let mentions = if named {
        (st.name_count(crate::extract::strip_article(&f.answer)) as f32).ln_1p() / 3.0
    } else {
        0.0
    };
    set(&mut x, "name_mentions", mentions.min(1.0));
    set(
        &mut x,
        "false_statement",
        flag(q.qtype == QuestionType::TrueFalse && q.answer == "false"),
    );
    let year = f.answer.len() == 4 && f.answer.chars().all(|c| c.is_ascii_digit());
    set(&mut x, "year_answer", flag(year));
    let small = crate::extract::number_word(&f.answer.lower())
        .or_else(|| f.answer.parse::<u64>().ok())
        .is_some_and(|n| n <= 10);
    set(&mut x, "small_count", flag(f.kind == Kind::Number && small));
    set(&mut x, "quotes", flag(f.display.contains(['“', '"'])));
    set(
        &mut x,
        "commas",
        (f.display.matches(',').count() as f32).min(5.0) / 5.0,
    );
    set(&mut x, "bounded", flag(fitness::is_bounded(f)));
    let ws = words(&f.display);
    set(
        &mut x,
        "pronoun_inside",
        flag(ws.iter().skip(1).any(|w| {
            matches!(
                *w,
                "he" | "she" | "his" | "her" | "him" | "it" | "its" | "they" | "their"
            )
        })),
    );
    let proper = ws
        .iter()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count() as f32;
    set(&mut x, "proper_density", proper / ws.len().max(1) as f32);
    x
}

/// The probability that a teacher signs a question with features `x`.
pub fn keep_probability(x: &[f32; FEATURES]) -> f32 {
    let z: f32 = x.iter().zip(WEIGHTS.iter()).map(|(a, w)| a * w).sum();
    1.0 / (1.0 + (-z).exp())
}
