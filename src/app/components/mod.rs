//! One small component per file, each with its `*Props` and `on*` callbacks.

pub mod built_deck;
pub mod chart;
pub mod class_view;
pub mod feedback;
pub mod flashcard;
pub mod home;
pub mod match_input;
pub mod mode_intro;
pub mod nav;
pub mod options;
pub mod order_input;
pub mod print_view;
pub mod progress_view;
pub mod qr;
pub mod question_card;
pub mod read_view;
pub mod results;
pub mod review_item;
pub mod saved_decks;
pub mod shared_intro;
pub mod teach;
pub mod test_setup;
pub mod texts;
