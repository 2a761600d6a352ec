//! The text builder: a second wasm module, loaded by the deck worker
//! (`web/deck-worker.js`) only when someone builds a deck from their own
//! texts, so that reading files (decoding, HTML stripping, sentences) and
//! extraction are not in the page's module (`web`). Natively it does nothing.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use factquiz::deck::{Deck, Problem};
    use wasm_bindgen::prelude::*;

    /// Pieces of the deck hold at most this many sentences or facts.
    const CHUNK: usize = 2000;

    /// Reads the files, finds the facts, and returns the deck as JSON pieces
    /// ([`Deck::parts`]). `progress(stage, fraction)` hears how far it is.
    #[wasm_bindgen]
    pub fn build_deck(
        names: Vec<String>,
        files: Vec<js_sys::Uint8Array>,
        progress: &js_sys::Function,
    ) -> Vec<String> {
        let say = |stage: &str, done: f64| {
            progress
                .call2(&JsValue::NULL, &stage.into(), &done.into())
                .ok();
        };
        let mut sources = Vec::new();
        let mut problems = Vec::new();
        let n = names.len().max(1);
        for (i, (name, bytes)) in names.iter().zip(files.iter()).enumerate() {
            say(&format!("Reading {name}"), 0.3 * i as f64 / n as f64);
            match factquiz::text::read_source(name, &bytes.to_vec()) {
                Ok(s) => sources.push(s),
                Err(e) => problems.push(Problem {
                    file: name.clone(),
                    message: e.to_string(),
                }),
            }
        }
        say("Finding the facts", 0.3);
        let (facts, aliases) = factquiz::extract::extract(&sources);
        say("Checking the sentences", 0.7);
        let deck = Deck {
            sources,
            facts,
            aliases,
            problems,
            lang: None,
            shown: None,
        }
        .prepared();
        say("Sending the deck to the page", 0.8);
        deck.parts(CHUNK)
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The text builder runs in the browser's deck worker; for the command line, use the factquiz binary.");
}
