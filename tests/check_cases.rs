//! Every case of ../shared/eval/dev_answer_cases.json, checked with the alias
//! table the extractor builds from the seeds (as the app and `factquiz check` do).
#![cfg(not(target_arch = "wasm32"))]

use factquiz::check::{check, Verdict};
use factquiz::deck::Deck;
use factquiz::kind::Kind;

#[test]
fn dev_answer_cases_pass() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev_answer_cases.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 20);
    let deck = Deck::seeds();
    let mut failures = Vec::new();
    for c in &cases {
        let s = |k: &str| c[k].as_str().unwrap_or("").to_string();
        let want = if s("verdict") == "accept" { Verdict::Accept } else { Verdict::Reject };
        let got = check(&s("answer"), &[], Kind::parse(&s("kind")), &s("typed"), &deck.aliases);
        if got.verdict != want {
            failures.push(format!("{:?} typed {:?}: want {:?}, got {:?} ({}) — {}", s("answer"), s("typed"), want, got.verdict, got.reason, s("why")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
