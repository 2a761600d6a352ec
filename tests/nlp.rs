//! The language layer on held-out text: four GUM documents of the official test split
//! (tests/fixtures/nlp, never trained on). Floors are the measured figures rounded down a little.
#![cfg(not(target_arch = "wasm32"))]

use factquiz::nlp::{self, conllu, Upos};

fn sample() -> Vec<Vec<conllu::GoldToken>> {
    conllu::read(include_str!("fixtures/nlp/gum_test_sample.conllu"))
}

#[test]
fn upos_and_lemma_accuracy_on_held_out_gum() {
    let s = conllu::score(&sample());
    assert!(s.tokens > 2500, "{} tokens", s.tokens);
    eprintln!("UPOS {:.4} lemma {:.4}", s.upos(), s.lemma());
    assert!(s.upos() >= UPOS_FLOOR, "UPOS {:.4}", s.upos());
    assert!(s.lemma() >= LEMMA_FLOOR, "lemma {:.4}", s.lemma());
}

const UPOS_FLOOR: f64 = 0.945;
const LEMMA_FLOOR: f64 = 0.95;

#[test]
fn analyze_gives_offsets_tags_and_lemmas() {
    let text = "Dr. Smith's three-time winners were running in the U.S. on 5 May.";
    let a = nlp::analyze(text);
    for t in &a.tokens {
        assert_eq!(&text[t.start..t.end], t.text);
    }
    let get = |w: &str| a.tokens.iter().find(|t| t.text == w).unwrap();
    assert_eq!(get("Smith").upos, Upos::Propn);
    assert_eq!(get("'s").upos, Upos::Part);
    assert_eq!(get("winners").lemma, "winner");
    assert_eq!(get("were").lemma, "be");
    assert_eq!(get("running").upos, Upos::Verb);
    assert_eq!(get("running").lemma, "run");
}
