//! Hooks for browser concerns, one per concern.

pub mod use_clock;
pub mod use_deck_build;
pub mod use_focus;
pub mod use_route;
pub mod use_storage;
