//! For each fact a teacher marked (an eval file), whether a shown question
//! asks it, and if not why: no extracted fact, or the gate's reasons.
//! Usage: cargo run --release --example why_not_asked -- DIR FACTS.json
use factquiz::check::{check, Verdict};
use factquiz::deck::Deck;
use factquiz::kind::Kind;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let files = factquiz::deck::text_files(&args[..1]).expect("readable files");
    let d = Deck::from_files(&files);
    let shown: std::collections::HashSet<String> = factquiz::generate::generate(&d, 1, None)
        .into_iter()
        .map(|q| q.fact_id)
        .collect();
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&args[1]).unwrap()).unwrap();
    let norm = factquiz::check::normalize;
    for c in &cases {
        let get = |k: &str| c[k].as_str().unwrap_or("").to_string();
        let (kind, answer, quote) = (
            Kind::parse(&get("kind")),
            get("answer"),
            norm(&get("quote")),
        );
        let matches: Vec<_> = d
            .facts
            .iter()
            .filter(|f| {
                f.source == get("source")
                    && (norm(&f.sentence).contains(&quote) || quote.contains(&norm(&f.sentence)))
                    && (check(&answer, &[], kind, &f.answer, &d.aliases).verdict == Verdict::Accept
                        || check(&f.answer, &[], kind, &answer, &d.aliases).verdict
                            == Verdict::Accept)
            })
            .collect();
        let status = if matches.iter().any(|f| shown.contains(&f.id)) {
            "ASKED".to_string()
        } else if matches.is_empty() {
            "not extracted".to_string()
        } else {
            matches
                .iter()
                .map(|f| factquiz::generate::why_not_asked(&d, &f.id).join(", "))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        println!("{} [{}] {:?}: {}", get("id"), get("kind"), answer, status);
    }
}
