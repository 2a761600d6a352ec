//! Teach: the teacher's quiz under review (its draft is in the core's
//! state, so it outlasts a visit to the answer key), the questions it would
//! ask, its code, and every question exported for other tools. The page
//! keeps the review's candidates and the last export's note.

use crate::app::components::teach::{ReviewItem, Teach};
use crate::app::dispatch::{offer, Store};
use crate::app::hooks::use_clock::now;
use crate::download::Download;
use crate::export::Format;
use crate::progress::{Hidden, Progress, Settings};
use crate::share::QuizCode;
use crate::study::teach::Edit;
use crate::study::Action;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeachPageProps {
    pub state: Store,
}

/// A callback that applies the edit `make` builds to the quiz under review.
fn edit<T: 'static>(state: &Store, make: impl Fn(T) -> Edit + 'static) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x: T| state.dispatch(Action::Teach(make(x))))
}

#[component]
pub fn TeachPage(props: &TeachPageProps) -> Html {
    let state = &props.state;
    let (p, draft) = (&state.progress, &state.draft);
    // What the last export held and left out, shown by its buttons.
    let exported = use_state(|| None::<String>);
    // The quiz under review: its candidates and this device's hidden ones
    // (made again only when what it follows changes).
    let review = use_memo(
        (
            Rc::as_ptr(&state.deck) as usize,
            p.settings.clone(),
            draft.seed,
            p.hidden.clone(),
        ),
        {
            let deck = state.deck.clone();
            move |(_, settings, seed, hidden): &(usize, Settings, u16, BTreeMap<String, Hidden>)| {
                let c = crate::review::candidates(&deck, settings, u64::from(*seed));
                let only = Progress {
                    hidden: hidden.clone(),
                    ..Progress::default()
                };
                let hidden = crate::review::hidden_drops(&c, &only);
                (c, hidden)
            }
        },
    );
    let (c, hidden) = &*review;
    let mut all = draft.drops.clone();
    all.extend(hidden);
    let item = |i: usize| ReviewItem {
        position: i,
        question: c.order[i].clone(),
        source: state.source_card(&c.order[i].source.file).title,
    };
    let items: Vec<ReviewItem> = c.positions(&all).into_iter().map(item).collect();
    let dropped: Vec<ReviewItem> = draft.drops.iter().copied().map(item).collect();
    let code = draft.made.then(|| {
        QuizCode::new(&state.deck, &p.settings, draft.seed)
            .with_drops(&all)
            .encode()
    });
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default();
    let on_download = {
        let (s, note) = (state.clone(), exported.clone());
        Callback::from(move |f: Format| {
            let (file, report) = Download::questions(&s.deck, f);
            if offer(&s, &file) {
                // Say what went in and what a format had to leave out.
                note.set(Some(format!(
                    "{} downloaded: {}",
                    f.label(),
                    report.summary()
                )));
            }
        })
    };
    let on_change = {
        // Other settings make another quiz: the core drops the review.
        let s = state.clone();
        Callback::from(move |x| s.dispatch(Action::Settings(x, now())))
    };
    html! {
        <Teach settings={p.settings.clone()} sources={state.source_cards()} {code} title={draft.title.clone()}
            deck={state.own.clone().unwrap_or_default()} {base}
            on_title={edit(state, Edit::Title)} on_make={edit(state, |_: ()| Edit::Make)}
            export_note={(*exported).clone().map(AttrValue::from)}
            {items} {dropped} hidden={hidden.len()}
            on_drop={edit(state, Edit::Drop)} on_undo={edit(state, Edit::Undo)}
            {on_download} {on_change} />
    }
}
