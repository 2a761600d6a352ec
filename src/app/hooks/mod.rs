//! Hooks for browser concerns.

pub mod use_focus;
