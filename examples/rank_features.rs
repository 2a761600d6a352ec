//! The ranker's training data: every question a blind review judged (in
//! `eval/reviews/*/`), with its verdict and its features, as CSV on stdout.
//! Usage: cargo run --release --example rank_features > /tmp/rank.csv
use factquiz::deck::Deck;
use factquiz::generate::{self, rank, Question};
use std::collections::HashMap;

fn main() {
    let decks: Vec<Deck> = ["seeds", "tests/fixtures/devtexts"]
        .iter()
        .map(|p| Deck::from_files(&factquiz::deck::text_files(&[p]).expect("readable files")))
        .collect();
    println!("round,file,id,label,{}", rank::FEATURE_NAMES.join(","));
    let mut rounds: Vec<_> = std::fs::read_dir("eval/reviews")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    rounds.sort();
    for r in rounds {
        for sample in ["seeds_top40", "devtexts_top40", "random40"] {
            let (Ok(qs), Ok(vs)) = (
                std::fs::read_to_string(r.join(format!("{sample}.json"))),
                std::fs::read_to_string(r.join(format!("verdicts_{sample}.json"))),
            ) else {
                continue;
            };
            let qs: Vec<Question> = match serde_json::from_str(&qs) {
                Ok(q) => q,
                Err(_) => continue,
            };
            let vs: Vec<serde_json::Value> = serde_json::from_str(&vs).unwrap_or_default();
            let verdict: HashMap<&str, bool> = vs
                .iter()
                .filter_map(|v| Some((v["id"].as_str()?, v["acceptable"].as_bool()?)))
                .collect();
            for d in &decks {
                let feats = generate::ranking_features(d, &qs);
                for (q, x) in qs.iter().zip(feats) {
                    let (Some(x), Some(ok)) = (x, verdict.get(q.id.as_str())) else {
                        continue;
                    };
                    // the question must come from this deck's text as it is
                    if !d
                        .facts
                        .iter()
                        .any(|f| f.id == q.fact_id && f.source == q.source.file)
                    {
                        continue;
                    }
                    let xs: Vec<String> = x.iter().map(|v| format!("{v:.4}")).collect();
                    println!(
                        "{},{},{},{},{}",
                        r.file_name().unwrap().to_string_lossy(),
                        q.source.file,
                        q.id,
                        u8::from(*ok),
                        xs.join(",")
                    );
                }
            }
        }
    }
}
