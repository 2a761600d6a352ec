//! FactQuiz core: text -> facts -> questions -> checking.
pub mod aliases;
pub mod check;
pub mod deck;
pub mod extract;
pub mod generate;
pub mod kind;
pub mod quiz;
pub mod seeds;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
