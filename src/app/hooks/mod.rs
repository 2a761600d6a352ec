//! Hooks for browser concerns.

pub mod use_after_paint;
pub mod use_focus;
