//! Prints every sentence's salience as JSON lines {file, quote, salience}:
//! `cargo run --release --example salience -- PATH`.
use factquiz::deck::Deck;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let p = std::path::Path::new(&path);
    let mut paths: Vec<std::path::PathBuf> = if p.is_dir() {
        std::fs::read_dir(p)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    } else {
        vec![p.to_path_buf()]
    };
    paths.sort();
    let files: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|f| {
            (
                f.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(f).unwrap(),
            )
        })
        .collect();
    let d = Deck::from_files(&files);
    for (file, quote, s) in factquiz::generate::sentence_salience(&d) {
        println!(
            "{}",
            serde_json::json!({"file": file, "quote": quote, "salience": s})
        );
    }
}
