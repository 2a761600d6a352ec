//! The verbs of the study model: everything a learner (or the browser on
//! their behalf) does that changes the [`State`](super::State). Every action
//! that needs the time carries it, in ms since 1970.

use super::teach::Edit;
use crate::deck::Deck;
use crate::progress::{Grade, Mode, Progress, Settings, Shared};
use crate::route::Route;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (a link, the back button, a reload).
    Navigate(Route),
    /// Start a session of this mode at this time (ms since 1970).
    Start(Mode, i64),
    /// Start a teacher's shared quiz (its code, title and the student's name).
    StartShared(Shared, i64),
    /// Read: "Quiz me on this" for the facts of a sentence.
    StartFacts(Vec<String>, i64),
    /// Check an answer to the current question.
    Submit(String, i64),
    /// "I was right": overrule a reject, recorded as such.
    Override,
    /// "This question is wrong": hide the current question for good (at
    /// this time); a flashcard is skipped at once.
    Hide(i64),
    /// Bring a hidden question (by id) back, at this time.
    Restore(String, i64),
    /// Go on to the next question (or the results).
    Next(i64),
    /// Flashcards: show the other side.
    Flip,
    /// Flashcards: grade the card and go on.
    Grade(Grade, i64),
    /// Test: the time limit is reached.
    TimeUp(i64),
    /// Leave the session in progress without finishing it.
    Quit,
    /// Test settings changed, at this time.
    Settings(Settings, i64),
    /// Progress imported from a file: merged into this tab's.
    Import(Progress),
    /// Progress another tab saved (or found in storage when saving): merged
    /// into this tab's, which is saved again only if the other lacks something.
    TakeIn(Progress),
    /// Progress was exported to a file at this time.
    Exported(i64),
    /// Whether the browser keeps this site's storage (persistence granted).
    Persisted(bool),
    /// Tell the learner something (a failed save, a bad import file).
    Notice(String),
    /// Close the notice.
    Dismiss,
    /// Study this deck (own texts), under this name.
    UseDeck(Rc<Deck>, String),
    /// Back to the deck that ships with the app.
    UseBuiltIn,
    /// Teach: the teacher changed the quiz under review.
    Teach(Edit),
}
