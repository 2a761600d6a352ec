//! A deck as a file: its texts (as they were opened) and its test settings,
//! versioned. The same format is kept on the device for saved decks and
//! shared as `<name>.factquiz.json` with another device.

use crate::progress::Settings;
use serde::{Deserialize, Serialize};

/// Version of the deck file format.
pub const DECK_VERSION: u32 = 1;

/// What a deck file says it is (its first field).
const KIND: &str = "factquiz-deck";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextFile {
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeckFile {
    pub kind: String,
    pub version: u32,
    pub name: String,
    pub files: Vec<TextFile>,
    #[serde(default)]
    pub settings: Option<Settings>,
}

/// A saved deck in the list: what it is without its texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeckEntry {
    pub id: String,
    pub name: String,
    pub titles: Vec<String>,
    pub facts: usize,
    /// `share::fingerprint` of the built deck: finds the deck a quiz code needs.
    pub fingerprint: u32,
}

#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    version: u32,
}

impl DeckFile {
    pub fn new(name: &str, files: Vec<TextFile>) -> DeckFile {
        DeckFile {
            kind: KIND.into(),
            version: DECK_VERSION,
            name: name.into(),
            files,
            settings: None,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a deck file; the message says what is wrong with one that cannot be read.
    pub fn from_json(text: &str) -> Result<DeckFile, String> {
        let probe: Probe = serde_json::from_str(text)
            .map_err(|_| "This is not a FactQuiz deck file (it is not JSON).".to_string())?;
        if probe.kind != KIND {
            return Err("This is not a FactQuiz deck file.".into());
        }
        if probe.version > DECK_VERSION {
            return Err(format!(
                "This deck file is from a newer version of FactQuiz (format {}).",
                probe.version
            ));
        }
        let d: DeckFile =
            serde_json::from_str(text).map_err(|e| format!("This deck file is damaged ({e})."))?;
        if d.files.is_empty() {
            return Err("This deck file holds no texts.".into());
        }
        Ok(d)
    }

    /// The file name to save it under: `<name>.factquiz.json`, with the
    /// characters file systems dislike replaced.
    pub fn file_name(&self) -> String {
        let safe: String = self
            .name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || " -_.".contains(c) {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let safe = safe.trim();
        format!(
            "{}.factquiz.json",
            if safe.is_empty() { "deck" } else { safe }
        )
    }
}

/// A new id for a saved deck, from the time and its texts.
pub fn new_id(now: i64, files: &[TextFile]) -> String {
    let mut h: u64 = now as u64 ^ 0xcbf2_9ce4_8422_2325;
    for f in files {
        for b in f.name.bytes().chain(f.text.bytes().take(4096)) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:x}", h & 0xffff_ffff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deck_file_round_trips_and_bad_ones_say_why() {
        let mut d = DeckFile::new(
            "Week 3: bridges/rivers",
            vec![TextFile {
                name: "a.txt".into(),
                text: "Paris is the capital of France.".into(),
            }],
        );
        d.settings = Some(Settings::default());
        assert_eq!(DeckFile::from_json(&d.to_json()), Ok(d.clone()));
        assert_eq!(d.file_name(), "Week 3- bridges-rivers.factquiz.json");
        assert!(DeckFile::from_json("hello")
            .unwrap_err()
            .contains("not JSON"));
        assert!(DeckFile::from_json(r#"{"version":1}"#)
            .unwrap_err()
            .contains("not a FactQuiz deck"));
        let newer = d.to_json().replace("\"version\":1", "\"version\":7");
        assert!(DeckFile::from_json(&newer)
            .unwrap_err()
            .contains("newer version"));
        let empty = DeckFile::new("x", vec![]).to_json();
        assert!(DeckFile::from_json(&empty)
            .unwrap_err()
            .contains("no texts"));
        assert_ne!(new_id(1, &d.files), new_id(2, &d.files));
    }
}
