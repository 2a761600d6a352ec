//! What the start screens say about the learner's place: the session to
//! resume (Home) and the counts on each mode's intro.

use super::State;
use crate::progress::Mode;
use crate::route::Route;

impl State {
    /// Home's "Resume practice (question 3 of 10)" and where it goes, while
    /// a session is under way.
    pub fn resume(&self) -> Option<(String, Route)> {
        let c = self.progress.current.as_ref()?;
        Some((
            format!(
                "Resume {} (question {} of {})",
                c.mode.label().to_lowercase(),
                c.quiz.index + 1,
                c.quiz.questions.len()
            ),
            Route::from(c.mode),
        ))
    }

    /// The counts a mode's intro shows at `now` ("3 due for review · 5
    /// learned · 40 new"); none for a test, whose setup shows its settings.
    pub fn intro_counts(&self, mode: Mode, now: i64) -> Option<String> {
        let p = &self.progress;
        let due = p.due(now);
        match mode {
            Mode::Test => None,
            Mode::Practice => Some(format!(
                "{due} due for review · {} learned · {} new",
                p.learned(),
                self.deck.facts.len().saturating_sub(p.reviews.len())
            )),
            Mode::Flashcards => Some(format!("{due} due for review · {} learned", p.learned())),
            Mode::Mistakes => Some(match p.open_mistakes().len() {
                0 => "No mistakes to review.".to_string(),
                1 => "1 question to review.".to_string(),
                n => format!("{n} questions to review."),
            }),
        }
    }
}
