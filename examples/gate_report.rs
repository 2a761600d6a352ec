//! Why the question gate leaves sentences out, counted over a folder of texts:
//! `cargo run --release --example gate_report -- PATH [--show REASON]`.
use factquiz::deck::Deck;
use std::collections::BTreeMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().map_or("seeds", String::as_str);
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1));
    let files = factquiz::deck::text_files(&[path]).expect("readable files");
    let d = Deck::from_files(&files);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for f in &d.facts {
        if !seen.insert((f.source.clone(), f.start)) {
            continue;
        }
        let r = factquiz::generate::sentence_problem(&d, f).unwrap_or("fit");
        *counts.entry(r).or_default() += 1;
        if show.is_some_and(|s| s == r) {
            println!("{r}: {}", f.display);
        }
    }
    println!("sentences:");
    for (r, n) in counts {
        println!("{n:5} {r}");
    }
    for src in &d.sources {
        let n = factquiz::generate::askable_facts(&d, &src.file).len();
        println!("{n:5} facts Read offers to quiz on in {}", src.file);
    }
    println!("questions from fit sentences:");
    for (r, n, example) in factquiz::generate::question_rejections(&d) {
        println!(
            "{n:5} {r}   e.g. {}",
            example.chars().take(160).collect::<String>()
        );
    }
}
