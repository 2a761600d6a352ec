//! Native throughput figures for extraction and generation (printed by
//! `factquiz bench`; budgets in PRODUCT.md, not asserted in tests).

use crate::deck::Deck;
use std::fmt::Write;
use std::time::Instant;

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed().as_secs_f64())
}

/// Text of about `bytes` bytes, made by repeating the given files.
fn corpus_of(files: &[(String, String)], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 30_000);
    while s.len() < bytes {
        for (_, t) in files {
            s.push_str(t);
            s.push_str("\n\n");
        }
    }
    s
}

pub fn run(files: &[(String, String)], seed: u64) -> String {
    let mut out = String::new();
    let (deck, t_extract) = time(|| Deck::from_files(files));
    // a practice session, as the page starts one: first (the deck's pools
    // made) and again (pools kept)
    let fresh = crate::progress::Progress::default();
    let (_, t_practice) = time(|| crate::progress::practice(&deck, &fresh, 0, 10));
    let (_, t_practice_again) = time(|| crate::progress::practice(&deck, &fresh, 0, 10));
    let (qs, t_gen) = time(|| deck.questions(seed, None));
    let (_, t_quiz) = time(|| deck.questions(seed, Some(20)));
    let total: usize = files.iter().map(|f| f.1.len()).sum();
    let _ = writeln!(
        out,
        "sources: {} files, {} bytes; {} facts; {} questions",
        files.len(),
        total,
        deck.facts.len(),
        qs.len()
    );
    let _ = writeln!(out, "extract (seeds): {:.1} ms", t_extract * 1e3);
    let _ = writeln!(
        out,
        "practice session of 10 (seeds): {:.1} ms first, {:.1} ms again",
        t_practice * 1e3,
        t_practice_again * 1e3
    );
    let _ = writeln!(
        out,
        "generate all (seeds): {:.1} ms ({:.0} questions/s)",
        t_gen * 1e3,
        qs.len() as f64 / t_gen.max(1e-9)
    );
    let _ = writeln!(
        out,
        "20-question quiz (seeds, extraction done): {:.1} ms",
        t_quiz * 1e3
    );
    let mut per = Vec::new();
    for size in [100_000usize, 1_000_000] {
        let text = corpus_of(files, size);
        let (d, t) = time(|| Deck::from_files(&[("bench.txt", text.as_bytes())]));
        let (q, tg) = time(|| d.questions(seed, Some(20)));
        let mb = text.len() as f64 / 1e6;
        per.push(t + tg);
        let _ = writeln!(
            out,
            "extract + generate {:>4} KB: {:.0} ms ({:.2} MB/s; {} facts, {} questions)",
            text.len() / 1000,
            (t + tg) * 1e3,
            mb / (t + tg).max(1e-9),
            d.facts.len(),
            q.len()
        );
    }
    // the answer checker: every fact's answer against a right form, a wrong
    // one and a longer phrase
    let facts: Vec<(String, Option<crate::kind::Kind>)> = deck
        .facts
        .iter()
        .map(|f| (f.answer.clone(), Some(f.kind)))
        .collect();
    if !facts.is_empty() {
        let (n, t) = time(|| {
            let mut n = 0usize;
            while n < 3000 {
                for (k, (answer, kind)) in facts.iter().enumerate() {
                    let other = &facts[(k + 1) % facts.len()].0;
                    for typed in [
                        answer.to_uppercase(),
                        other.clone(),
                        format!("I think it was {answer} in the end"),
                    ] {
                        let c = crate::check::check(answer, &[], *kind, &typed, &deck.aliases);
                        std::hint::black_box(c);
                        n += 1;
                    }
                }
            }
            n
        });
        let _ = writeln!(
            out,
            "answer checks (seeds): {:.0} checks/s ({} checks, {:.1} ms)",
            n as f64 / t.max(1e-9),
            n,
            t * 1e3
        );
    }
    if per.len() == 2 {
        let _ = writeln!(
            out,
            "1 MB time / 100 KB time: {:.1}x (linear is about 10x)",
            per[1] / per[0].max(1e-9)
        );
    }
    out
}
