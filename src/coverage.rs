//! Coverage against a list of facts a teacher marked as worth learning: the
//! share whose answer some extracted fact gives from the same sentence
//! ([`coverage`]), and the share some shown question asks about
//! ([`question_coverage`], PRODUCT.md's measure).

use crate::check::{check, normalize, Verdict};
use crate::deck::Deck;
use crate::kind::Kind;

pub struct Coverage {
    pub found: usize,
    pub total: usize,
    pub missed: Vec<String>,
}

/// The strings of a JSON array field (`"accept": ["…", …]`); empty when absent.
pub fn string_list(v: &serde_json::Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(|x| x.as_array())
        .map(|xs| {
            xs.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Each case is `{"id", "source", "quote", "answer", "accept", "kind"}`.
pub fn coverage(deck: &Deck, cases: &[serde_json::Value]) -> Coverage {
    covered_by(deck, cases, &deck.facts.iter().collect::<Vec<_>>())
}

/// The share of the listed facts that a question shown to a student (every
/// question the generator gives, of every default type) asks about: from
/// the same sentence, with an answer the checker takes for the teacher's.
pub fn question_coverage(deck: &Deck, cases: &[serde_json::Value]) -> Coverage {
    let asked = crate::generate::shown_facts(deck, 1);
    let facts: Vec<&crate::extract::Fact> = deck
        .facts
        .iter()
        .filter(|f| asked.contains(&f.id))
        .collect();
    covered_by(deck, cases, &facts)
}

fn covered_by(
    deck: &Deck,
    cases: &[serde_json::Value],
    facts: &[&crate::extract::Fact],
) -> Coverage {
    let mut found = 0;
    let mut missed = Vec::new();
    for c in cases {
        let get = |k: &str| c.get(k).and_then(|v| v.as_str()).unwrap_or("");
        let (file, quote, answer) = (get("source"), get("quote"), get("answer"));
        let accept = string_list(c, "accept");
        let kind = Kind::parse(get("kind"));
        let nq = normalize(quote);
        let hit = facts.iter().any(|f| {
            f.source == file
                && (normalize(&f.sentence).contains(&nq) || nq.contains(&normalize(&f.sentence)))
                && (check(answer, &accept, kind, &f.answer, &deck.aliases).verdict
                    == Verdict::Accept
                    || check(&f.answer, &[], kind, answer, &deck.aliases).verdict
                        == Verdict::Accept)
        });
        if hit {
            found += 1;
        } else {
            missed.push(format!(
                "{} [{}] {:?} in {:?}",
                get("id"),
                get("kind"),
                answer,
                quote
            ));
        }
    }
    Coverage {
        found,
        total: cases.len(),
        missed,
    }
}
