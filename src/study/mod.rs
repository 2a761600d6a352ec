//! The study model, with no browser in it: the app's one [`State`], the
//! [`Action`]s a learner takes and the pure reducer [`State::reduce`] (every
//! action that needs the time carries it), the session policy, and the view
//! models the screens draw. The web app wraps it in a thin `Reducible`
//! (`app/state.rs`); `tests/study.rs` drives it natively.
//!
//! One concern a file: `state.rs` (what the app holds), `action.rs` (the
//! verbs), `reduce.rs` (how a verb changes the state), `policy.rs` (session
//! length, requeue gap, what counts as right, which questions each mode
//! asks), `sources.rs` (the deck and its sources as the screens name them),
//! `read.rs` (Read's paragraphs and a question's place in them), `results.rs`
//! (a finished session's summary and a shared quiz's result code),
//! `shared.rs` (a shared quiz before it starts: can it be made here?),
//! `teach.rs` (the teacher's quiz under review), `intro.rs` (a session to
//! resume, the counts on each mode's intro).

pub mod action;
pub mod intro;
pub mod policy;
pub mod read;
pub mod reduce;
pub mod results;
pub mod shared;
pub mod sources;
pub mod state;
pub mod teach;

pub use action::Action;
pub use policy::{QUIZ_TYPES, REQUEUE_GAP, SESSION_LENGTH};
pub use read::{ReadBlock, ReadSentence};
pub use results::{Line, Summary};
pub use sources::{type_label, SourceCard};
pub use state::{State, BUILT_IN_DECK};
