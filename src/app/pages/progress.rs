//! Progress: what is learned and due, past sessions, hidden questions, and
//! progress exported to a file or imported from one.

use crate::app::components::progress_view::ProgressView;
use crate::app::dispatch::{at_now, offer, Store};
use crate::app::files;
use crate::app::hooks::use_clock::now;
use crate::download::Download;
use crate::progress::Progress;
use crate::study::Action;
use yew::prelude::*;

pub fn progress(state: &Store) -> Html {
    let p = &state.progress;
    let export = {
        let s = state.clone();
        Callback::from(move |_: ()| {
            if offer(&s, &Download::progress(&s.progress)) {
                s.dispatch(Action::Exported(now()));
            }
        })
    };
    let import = {
        let s = state.clone();
        Callback::from(move |f: web_sys::File| {
            let s = s.clone();
            files::read_text(f, move |text| {
                match text.and_then(|t| Progress::import(&t)) {
                    Ok(p) => s.dispatch(Action::Import(p)),
                    Err(e) => s.dispatch(Action::Notice(format!("Nothing was imported. {e}"))),
                }
            });
        })
    };
    html! {
        <ProgressView due={p.due(now())} learned={p.learned()} seen={p.reviews.len()}
            facts={state.deck.facts.len()} history={p.history.clone()}
            persisted={state.persisted} exported={p.exported_ago(now())}
            nudge={p.export_due(state.persisted, now())}
            hidden={p.hidden_list().into_iter().map(|(id, h)| (id.clone(), h.prompt.clone())).collect::<Vec<_>>()}
            on_restore={at_now(state, |id: String, t| Action::Restore(id, t))}
            on_export={export} on_import={import} />
    }
}
