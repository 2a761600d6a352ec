//! Session policy: how many questions a session asks, when a missed question
//! comes back, what counts as right on a flashcard, and which questions each
//! mode asks.

use crate::deck::Deck;
use crate::generate::Question;
use crate::progress::{self, Grade, Mode, Progress};

/// Questions in a practice, flashcard or mistakes session.
pub const SESSION_LENGTH: usize = 10;

/// How many questions later a missed practice question is asked again.
pub const REQUEUE_GAP: usize = 3;

/// Questions of a "Quiz me on this" session started from a sentence in Read.
pub const FACTS_SESSION_LENGTH: usize = 6;

/// Question types of a test unless the learner picks others.
pub use crate::review::DEFAULT_TYPES as QUIZ_TYPES;

/// A flashcard counts as right unless graded Again.
pub fn card_is_right(grade: Grade) -> bool {
    grade != Grade::Again
}

/// Whether a question missed in a session of `mode` is asked again later in
/// it (practice only; a hidden question never is).
pub fn requeues_misses(mode: Mode) -> bool {
    mode == Mode::Practice
}

/// The end of a time limit of `minutes` started at `now`; none for 0.
pub fn time_limit_end(now: i64, minutes: u32) -> Option<i64> {
    (minutes > 0).then(|| now + i64::from(minutes) * 60_000)
}

/// The questions a session of `mode` asks at `now`. A test takes the
/// learner's settings and `test_seed` (other modes do not use it), and
/// questions hidden on this device are replaced by the next best.
pub fn session_questions(
    mode: Mode,
    deck: &Deck,
    progress: &Progress,
    test_seed: u64,
    now: i64,
) -> Vec<Question> {
    match mode {
        Mode::Test => {
            crate::review::test_without_hidden(deck, &progress.settings, test_seed, progress)
        }
        Mode::Practice => progress::practice(deck, progress, now, SESSION_LENGTH),
        Mode::Flashcards => progress::flashcards(deck, progress, now, SESSION_LENGTH),
        Mode::Mistakes => progress::mistakes(deck, progress),
    }
}

/// The questions of "Quiz me on this" for the facts of a sentence.
pub fn facts_questions(deck: &Deck, progress: &Progress, facts: &[String]) -> Vec<Question> {
    let mut qs = progress::about(deck, progress, facts);
    qs.truncate(FACTS_SESSION_LENGTH);
    qs
}
