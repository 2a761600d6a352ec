//! One small component per file, each with its `*Props` and `on*` callbacks.

pub mod deck_view;
pub mod feedback;
pub mod options;
pub mod question_card;
pub mod results;
