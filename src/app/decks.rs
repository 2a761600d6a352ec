//! Saved decks in the browser's localStorage: a list (`factquiz.decks`) and
//! one deck file per deck (`factquiz.deck.<id>`). A full storage is reported,
//! never silent.

use crate::deckfile::{DeckEntry, DeckFile};

const LIST: &str = "factquiz.decks";

use crate::app::hooks::use_storage::storage;

/// The saved decks, newest first.
pub fn saved() -> Vec<DeckEntry> {
    storage()
        .and_then(|s| s.get_item(LIST).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn write_list(list: &[DeckEntry]) -> Result<(), String> {
    let s = storage().ok_or("This browser does not let FactQuiz keep decks.")?;
    s.set_item(LIST, &serde_json::to_string(list).unwrap_or_default())
        .map_err(|_| {
            "The list of decks could not be saved: this browser's storage is full.".to_string()
        })
}

/// Keeps a deck on this device (or replaces the one with its id).
pub fn save(entry: DeckEntry, file: &DeckFile) -> Result<(), String> {
    let s = storage().ok_or("This browser does not let FactQuiz keep decks.")?;
    s.set_item(&format!("factquiz.deck.{}", entry.id), &file.to_json())
        .map_err(|_| {
            "This deck is too big for this browser's storage, so it is not kept on this device: it works until you close the page. Download its deck file to keep it.".to_string()
        })?;
    let mut list = saved();
    list.retain(|e| e.id != entry.id);
    list.insert(0, entry);
    write_list(&list)
}

/// The deck file of a saved deck.
pub fn load(id: &str) -> Result<DeckFile, String> {
    let text = storage()
        .and_then(|s| s.get_item(&format!("factquiz.deck.{id}")).ok().flatten())
        .ok_or("This deck is no longer on this device.")?;
    DeckFile::from_json(&text)
}

pub fn rename(id: &str, name: &str) -> Result<(), String> {
    let mut file = load(id)?;
    file.name = name.to_string();
    let mut list = saved();
    let entry = list
        .iter_mut()
        .find(|e| e.id == id)
        .ok_or("No such deck.")?;
    entry.name = name.to_string();
    let entry = entry.clone();
    save(entry, &file)
}

pub fn delete(id: &str) -> Result<(), String> {
    if let Some(s) = storage() {
        s.remove_item(&format!("factquiz.deck.{id}")).ok();
    }
    let mut list = saved();
    list.retain(|e| e.id != id);
    write_list(&list)
}
