//! The study model (`crate::study`) as Yew's reducer. All study logic is in
//! the core; this newtype only calls `State::reduce` and adds the browser's
//! performance marks (reading the built-in deck, making a practice session)
//! that the bench reads.

use crate::deck::Deck;
use crate::progress::{Mode, Progress};
use crate::route::Route;
use crate::study::{Action, State};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// The app's one state: the core's [`State`], reduced by the core.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState(pub State);

impl AppState {
    /// The state at start, with the built-in deck read under a performance mark.
    pub fn new(seed: u64, route: Route, progress: Progress, notice: Option<String>) -> AppState {
        let deck = super::perf::timed("factquiz:deck", Deck::built_in);
        AppState(State::with_deck(
            Rc::new(deck),
            seed,
            route,
            progress,
            notice,
        ))
    }
}

impl Deref for AppState {
    type Target = State;

    fn deref(&self) -> &State {
        &self.0
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = Rc::unwrap_or_clone(self).0;
        let next = if matches!(action, Action::Start(Mode::Practice, _)) {
            super::perf::timed("factquiz:quiz", || state.reduce(action))
        } else {
            state.reduce(action)
        };
        Rc::new(AppState(next))
    }
}
