//! Callbacks into the app's one state: an action sent whatever the event,
//! an action made with the time now, and a file offered for download (a
//! failure is told to the learner).

use super::files;
use super::hooks::use_clock::now;
use super::state::AppState;
use crate::download::Download;
use crate::study::Action;
use yew::prelude::*;

/// The handle every page dispatches through.
pub type Store = UseReducerHandle<AppState>;

/// A callback that dispatches `action`, whatever event triggers it.
pub fn send<T: 'static>(state: &Store, action: Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |_: T| state.dispatch(action.clone()))
}

/// A callback that dispatches the action `make` builds from the time now.
pub fn at_now<T: 'static>(state: &Store, make: impl Fn(T, i64) -> Action + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x: T| state.dispatch(make(x, now())))
}

/// A callback that dispatches the action it is given.
pub fn dispatcher(state: &Store) -> Callback<Action> {
    let state = state.clone();
    Callback::from(move |a: Action| state.dispatch(a))
}

/// Offers a file for download; a failure is told to the learner. Whether it went.
pub fn offer(state: &Store, file: &Download) -> bool {
    match files::download(file) {
        Ok(()) => true,
        Err(e) => {
            state.dispatch(Action::Notice(e));
            false
        }
    }
}

/// A callback that offers the file it is given (see [`offer`]).
pub fn downloader(state: &Store) -> Callback<Download> {
    let state = state.clone();
    Callback::from(move |file: Download| {
        offer(&state, &file);
    })
}
