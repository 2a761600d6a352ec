//! The study model (`crate::study`) as Yew's reducer. All study logic is in
//! the core; this newtype only calls `State::reduce` and adds the browser's
//! performance marks (reading the built-in deck, making a practice session)
//! that the bench reads, and counts the actions so that pages holding the
//! handle compare cheaply.

use crate::deck::Deck;
use crate::progress::{Mode, Progress};
use crate::route::Route;
use crate::study::{Action, State};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// The app's one state: the core's [`State`], reduced by the core, and how
/// many actions made it.
#[derive(Clone, Debug)]
pub struct AppState {
    state: State,
    actions: u64,
}

/// One reducer's states are equal when the same number of actions made
/// them, so pages compare their handles without comparing whole decks.
impl PartialEq for AppState {
    fn eq(&self, other: &AppState) -> bool {
        self.actions == other.actions
    }
}

impl AppState {
    /// The state at start, with the built-in deck read under a performance mark.
    pub fn new(seed: u64, route: Route, progress: Progress, notice: Option<String>) -> AppState {
        let deck = super::perf::timed("factquiz:deck", Deck::built_in);
        AppState {
            state: State::with_deck(Rc::new(deck), seed, route, progress, notice),
            actions: 0,
        }
    }
}

impl Deref for AppState {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let AppState { state, actions } = Rc::unwrap_or_clone(self);
        let next = if matches!(action, Action::Start(Mode::Practice, _)) {
            super::perf::timed("factquiz:quiz", || state.reduce(action))
        } else {
            state.reduce(action)
        };
        Rc::new(AppState {
            state: next,
            actions: actions + 1,
        })
    }
}
