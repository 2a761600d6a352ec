//! Your texts: the learner's own decks, studied in place of the built-in one.

use crate::app::components::texts::Texts;
use crate::app::dispatch::{downloader, Store};
use crate::app::hooks::use_clock::now;
use crate::deck::Deck;
use crate::study::Action;
use std::rc::Rc;
use yew::prelude::*;

pub fn texts(state: &Store) -> Html {
    let on_use = {
        let s = state.clone();
        Callback::from(
            move |(deck, name, problem): (Rc<Deck>, String, Option<String>)| {
                s.dispatch(Action::UseDeck(deck, name));
                if let Some(p) = problem {
                    s.dispatch(Action::Notice(p));
                }
            },
        )
    };
    let on_settings = {
        let s = state.clone();
        Callback::from(move |x| s.dispatch(Action::Settings(x, now())))
    };
    html! {
        <Texts {on_use} on_download={downloader(state)}
            settings={Some(state.progress.settings.clone())} {on_settings} />
    }
}
