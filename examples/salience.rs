//! Prints every sentence's salience as JSON lines {file, quote, salience}:
//! `cargo run --release --example salience -- PATH`.
use factquiz::deck::Deck;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let files = factquiz::deck::text_files(&[path]).expect("readable files");
    let d = Deck::from_files(&files);
    for (file, quote, s) in factquiz::generate::sentence_salience(&d) {
        println!(
            "{}",
            serde_json::json!({"file": file, "quote": quote, "salience": s})
        );
    }
}
