//! A teacher's shared quiz before and while a student takes it: whether the
//! deck open here can make its questions (and if not, where the student
//! finds the deck), and whether the quiz of a code is under way or done.

use super::State;
use crate::deck::Deck;
use crate::deckfile::DeckEntry;
use crate::progress::Mode;
use crate::share::{fingerprint, QuizCode};

/// What the intro of the shared quiz `code` says: its length and time limit,
/// or why it cannot start here. `saved` are the decks kept on this device;
/// `deck_name` is the name of the deck the teacher made it from, if the link
/// says.
pub fn about(
    code: &str,
    deck: &Deck,
    saved: &[DeckEntry],
    deck_name: &str,
) -> Result<String, String> {
    match QuizCode::decode(code) {
        Err(e) => Err(e.to_string()),
        Ok(c) if c.deck != fingerprint(deck) => Err(
            match saved.iter().find(|e| e.fingerprint == c.deck) {
                Some(e) => format!("This quiz is made from your deck “{}”: open it under Your texts (Study), then open this quiz again.", e.name),
                None if !deck_name.is_empty() => format!("This quiz is made from the deck “{deck_name}”, which is not on this device. Ask your teacher for its deck file ({deck_name}.factquiz.json), open it under Your texts, then open this quiz again."),
                None => "This quiz was made from other texts than the ones open here, so its questions cannot be made. Ask your teacher for the deck file, open it under Your texts, then open this quiz again.".to_string(),
            },
        ),
        Ok(c) => {
            let n = c.questions(deck).len();
            Ok(format!(
                "{n} questions · {}",
                if c.minutes == 0 {
                    "no time limit".to_string()
                } else {
                    format!("{} minutes", c.minutes)
                }
            ))
        }
    }
}

impl State {
    /// Whether the shared quiz of `code` is being taken or was just finished
    /// here (its test screen shows it).
    pub fn shared_in_play(&self, code: &str) -> bool {
        let active = self
            .session(Mode::Test)
            .is_some_and(|c| c.shared.as_ref().is_some_and(|sh| sh.code == code));
        let done = self
            .finished
            .as_ref()
            .is_some_and(|f| f.2.as_ref().is_some_and(|sh| sh.code == code));
        active || done
    }
}
