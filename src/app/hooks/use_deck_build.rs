//! Building a deck from the learner's texts in the deck worker, as a hook:
//! where the build is (its [`Stage`]), `start` to build from files (bytes),
//! and `keep_and_study` to keep a built deck on this device and study it.

use crate::app::decks;
use crate::app::worker::build_in_worker;
use crate::deck::Deck;
use crate::deckfile::{DeckEntry, DeckFile, TextFile};
use std::rc::Rc;
use yew::prelude::*;

/// Where the build is.
#[derive(Clone, PartialEq)]
pub enum Stage {
    Idle,
    Reading,
    Building(String, f64),
    /// The deck, its name, its texts, and its saved id if it is a saved one.
    Built(Rc<Deck>, String, Vec<TextFile>, Option<String>),
    Failed(String),
}

/// Builds from files (name, bytes); for a saved deck, its (id, name).
pub type Start = Rc<dyn Fn(Vec<(String, Vec<u8>)>, Option<(String, String)>)>;

/// Keeps a deck (its name, texts and saved id, if any) and studies it.
pub type KeepAndStudy = Rc<dyn Fn(Rc<Deck>, String, Vec<TextFile>, Option<String>)>;

/// The build's stage and what starts and ends it.
pub struct DeckBuild {
    pub stage: UseStateHandle<Stage>,
    pub start: Start,
    pub keep_and_study: KeepAndStudy,
}

/// A deck build; `on_use` studies a deck under its name (with a notice if it
/// could not be kept).
#[hook]
pub fn use_deck_build(on_use: Callback<(Rc<Deck>, String, Option<String>)>) -> DeckBuild {
    let stage = use_state(|| Stage::Idle);
    // Keeps the deck on the device and studies it.
    let keep_and_study = {
        let on_use = on_use.clone();
        Rc::new(
            move |deck: Rc<Deck>, name: String, files: Vec<TextFile>, id: Option<String>| {
                let now = js_sys::Date::now() as i64;
                let entry = DeckEntry {
                    id: id.unwrap_or_else(|| crate::deckfile::new_id(now, &files)),
                    name: name.clone(),
                    titles: deck.sources.iter().map(|s| s.title.clone()).collect(),
                    facts: deck.facts.len(),
                    fingerprint: crate::share::fingerprint(&deck),
                };
                let kept = decks::save(entry, &DeckFile::new(&name, files));
                on_use.emit((deck, name, kept.err()));
            },
        )
    };
    let start = {
        let (stage, keep_and_study) = (stage.clone(), keep_and_study.clone());
        Rc::new(
            move |files: Vec<(String, Vec<u8>)>, saved: Option<(String, String)>| {
                if files
                    .iter()
                    .all(|(_, b)| b.iter().all(|c| c.is_ascii_whitespace()))
                {
                    stage.set(Stage::Failed(
                        "Paste some text or open a file first: there is nothing to read yet."
                            .into(),
                    ));
                    return;
                }
                let texts: Vec<TextFile> = files
                    .iter()
                    .map(|(n, b)| TextFile {
                        name: n.clone(),
                        text: String::from_utf8_lossy(b).into_owned(),
                    })
                    .collect();
                stage.set(Stage::Building("Starting".into(), 0.0));
                let (s1, s2, keep_and_study) =
                    (stage.clone(), stage.clone(), keep_and_study.clone());
                build_in_worker(
                    files,
                    Callback::from(move |(what, done): (String, f64)| {
                        s1.set(Stage::Building(what, done))
                    }),
                    Callback::from(move |r: Result<Deck, String>| match r {
                        Ok(d) => {
                            // Only the texts that were read go into the deck file.
                            let texts: Vec<TextFile> = texts
                                .iter()
                                .filter(|t| !d.problems.iter().any(|p| p.file == t.name))
                                .cloned()
                                .collect();
                            match &saved {
                                // A saved deck opens at once.
                                Some((id, name)) if !d.facts.is_empty() => keep_and_study(
                                    Rc::new(d),
                                    name.clone(),
                                    texts,
                                    Some(id.clone()),
                                ),
                                _ => {
                                    // Named by its one source's title, or by how many there are.
                                    let name = match d.sources.as_slice() {
                                        [one] => one.title.clone(),
                                        many => format!("Your {} texts", many.len()),
                                    };
                                    s2.set(Stage::Built(Rc::new(d), name, texts, None))
                                }
                            }
                        }
                        Err(e) => s2.set(Stage::Failed(e)),
                    }),
                );
            },
        )
    };
    DeckBuild {
        stage,
        start,
        keep_and_study,
    }
}
