#![cfg(not(target_arch = "wasm32"))]
//! Every case of `shared/eval/dev_answer_cases.json` (the answer checking
//! policy's examples) gets the verdict the file gives.

use factquiz::aliases::Aliases;
use factquiz::check::{check, Verdict};
use factquiz::kind::Kind;
use std::path::PathBuf;

fn cases_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev_answer_cases.json")
}

fn load_cases() -> Vec<serde_json::Value> {
    let path = cases_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the answer cases at {} ({e}); the repository must be checked out next to the `shared/` folder",
            path.display()
        )
    });
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not a JSON list of cases: {e}", path.display()))
}

/// The alias group the corpus has for the Khorasan branch of the Islamic
/// State (the real table comes from the extractor).
fn corpus_aliases() -> Aliases {
    let mut al = Aliases::new();
    let group = [
        "ISIS-K",
        "ISKP",
        "IS-KP",
        "IS-K",
        "ISIL-K",
        "Islamic State Khorasan Province",
    ];
    for other in &group[1..] {
        al.add(group[0], other);
    }
    al
}

fn field<'a>(case: &'a serde_json::Value, key: &str) -> &'a str {
    case.get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("case without a string {key:?}: {case}"))
}

#[test]
fn dev_answer_cases_get_their_verdicts() {
    let cases = load_cases();
    assert!(!cases.is_empty(), "no cases in {}", cases_path().display());
    let aliases = corpus_aliases();
    let mut failures = Vec::new();
    for case in &cases {
        let (answer, typed, expected) = (
            field(case, "answer"),
            field(case, "typed"),
            field(case, "verdict"),
        );
        let kind = case
            .get("kind")
            .and_then(|v| v.as_str())
            .and_then(Kind::parse);
        let accept = factquiz::coverage::string_list(case, "accept");
        let expected = match expected {
            "accept" => Verdict::Accept,
            "reject" => Verdict::Reject,
            other => panic!("unknown verdict {other:?} in {case}"),
        };
        let got = check(answer, &accept, kind, typed, &aliases);
        if got.verdict != expected {
            failures.push(format!(
                "{typed:?} for {answer:?} ({}): expected {expected:?}, got {:?} ({}); why: {}",
                kind.map_or("no kind", |k| k.as_str()),
                got.verdict,
                got.reason,
                case.get("why").and_then(|v| v.as_str()).unwrap_or("")
            ));
        }
        if got.verdict == Verdict::Accept {
            assert!(
                got.matched.is_some(),
                "an accept names the form it matched: {got:?}"
            );
        }
        assert!(
            !got.reason.is_empty(),
            "every verdict has a reason: {got:?}"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn the_alias_case_needs_the_alias_table() {
    // ISKP and IS-KP differ only by a hyphen, so they meet without a table;
    // ISIS-K for IS-KP needs the corpus group.
    let kind = Some(Kind::Definition);
    assert_eq!(
        check("IS-KP", &[], kind, "ISIS-K", &corpus_aliases()).verdict,
        Verdict::Accept
    );
    assert_eq!(
        check("IS-KP", &[], kind, "ISIS-K", &Aliases::new()).verdict,
        Verdict::Reject
    );
    let c = check(
        "Islamic State Khorasan Province",
        &[],
        kind,
        "ISIL-K",
        &corpus_aliases(),
    );
    assert_eq!(c.verdict, Verdict::Accept, "{c:?}");
    assert_eq!(c.reason, "accepted form: ISIL-K");
    assert_eq!(
        check(
            "Islamic State Khorasan Province",
            &[],
            kind,
            "Islamic State",
            &corpus_aliases()
        )
        .verdict,
        Verdict::Reject
    );
}

#[test]
fn every_case_answer_accepts_itself_in_capitals() {
    let aliases = corpus_aliases();
    for case in load_cases() {
        let answer = field(&case, "answer");
        let kind = case
            .get("kind")
            .and_then(|v| v.as_str())
            .and_then(Kind::parse);
        let c = check(answer, &[], kind, &answer.to_uppercase(), &aliases);
        assert_eq!(
            c.verdict,
            Verdict::Accept,
            "{answer:?} in capitals: {}",
            c.reason
        );
    }
}

#[test]
fn empty_typed_answer_is_no_answer() {
    let c = check(
        "Turkmenistan",
        &[],
        Some(Kind::Place),
        "  ",
        &Aliases::new(),
    );
    assert_eq!(c.verdict, Verdict::Reject);
    assert_eq!(c.reason, "no answer");
}

#[test]
fn dev_answer_cases_pass_with_the_seed_alias_table() {
    // The app and `factquiz check` use the alias table the extractor builds.
    let deck = factquiz::deck::Deck::seeds();
    for case in load_cases() {
        let (answer, typed, expected) = (
            field(&case, "answer"),
            field(&case, "typed"),
            field(&case, "verdict"),
        );
        let kind = case
            .get("kind")
            .and_then(|v| v.as_str())
            .and_then(Kind::parse);
        let got = check(answer, &[], kind, typed, &deck.aliases);
        let want = if expected == "accept" {
            Verdict::Accept
        } else {
            Verdict::Reject
        };
        assert_eq!(
            got.verdict, want,
            "{typed:?} for {answer:?}: {}",
            got.reason
        );
    }
}
