//! FactQuiz core: text -> facts -> questions -> checking.
pub mod aliases;
#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
pub mod check;
pub mod coverage;
pub mod deck;
pub mod deckfile;
pub mod download;
pub mod export;
pub mod extract;
pub mod generate;
pub mod kind;
pub mod nlp;
pub mod order;
pub mod packed;
pub mod progress;
pub mod quiz;
pub mod review;
pub mod route;
pub mod seeds;
pub mod share;
pub mod study;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
