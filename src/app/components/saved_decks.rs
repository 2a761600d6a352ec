//! The decks kept on this device (Your texts): each with its sources and
//! facts, to study, download as a deck file, delete or rename; and a deck
//! file from another device to open.

use crate::app::decks;
use crate::deckfile::DeckEntry;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SavedDecksProps {
    /// A deck is being built: no other file can be opened.
    pub busy: bool,
    /// The test settings, carried in a downloaded deck file.
    pub settings: Option<crate::progress::Settings>,
    /// Offer a deck file for download.
    pub on_download: Callback<crate::download::Download>,
    /// Study the saved deck: (id, name).
    pub on_open: Callback<(String, String)>,
    /// A deck file was picked.
    pub on_open_file: Callback<Event>,
    /// Something went wrong (a deck no longer there, a full storage).
    pub on_error: Callback<String>,
}

/// The saved decks, newest first, and a callback that reads them again.
#[hook]
pub fn use_saved_decks() -> (Vec<DeckEntry>, Callback<()>) {
    let list = use_state(decks::saved);
    let refresh = {
        let list = list.clone();
        Callback::from(move |_: ()| list.set(decks::saved()))
    };
    ((*list).clone(), refresh)
}

#[component]
pub fn SavedDecks(props: &SavedDecksProps) -> Html {
    let (saved, refresh) = use_saved_decks();
    html! {
        <section aria-labelledby="saved-title">
            <h2 id="saved-title">{ "Decks on this device" }</h2>
            if saved.is_empty() {
                <p>{ "None yet: a deck you study is kept here." }</p>
            }
            <ul class="sources" aria-label="Saved decks">
                { for saved.iter().map(|e| {
                    let (id, name) = (e.id.clone(), e.name.clone());
                    let open = {
                        let (cb, id, name) = (props.on_open.clone(), id.clone(), name.clone());
                        Callback::from(move |_: MouseEvent| cb.emit((id.clone(), name.clone())))
                    };
                    let download = {
                        let (cb, id, fail, settings) = (props.on_download.clone(), id.clone(), props.on_error.clone(), props.settings.clone());
                        Callback::from(move |_: MouseEvent| match decks::load(&id) {
                            Ok(mut f) => {
                                f.settings = settings.clone();
                                cb.emit(crate::download::Download::deck_file(&f))
                            }
                            Err(e) => fail.emit(e),
                        })
                    };
                    let delete = {
                        let (id, refresh, fail) = (id.clone(), refresh.clone(), props.on_error.clone());
                        Callback::from(move |_: MouseEvent| {
                            if let Err(e) = decks::delete(&id) { fail.emit(e); }
                            refresh.emit(());
                        })
                    };
                    let rename = {
                        let (id, refresh, fail) = (id.clone(), refresh.clone(), props.on_error.clone());
                        Callback::from(move |e: SubmitEvent| {
                            e.prevent_default();
                            let input = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlFormElement>(t).ok())
                                .and_then(|f| f.query_selector("input").ok().flatten())
                                .and_then(|i| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(i).ok());
                            if let Some(i) = input {
                                let new_name = i.value().trim().to_string();
                                if !new_name.is_empty() {
                                    if let Err(e) = decks::rename(&id, &new_name) { fail.emit(e); }
                                    refresh.emit(());
                                }
                            }
                        })
                    };
                    let field = format!("rename-{}", e.id);
                    html! {
                        <li class="source" key={e.id.clone()}>
                            <h3 class="source-title">{ &e.name }</h3>
                            <p class="byline">{ format!("{} source{} · {} facts · {}", e.titles.len(), if e.titles.len() == 1 { "" } else { "s" }, e.facts, e.titles.join("; ")) }</p>
                            <div class="actions">
                                <button class="primary" onclick={open} aria-label={format!("Study {name}")}>{ "Study" }</button>
                                <button class="secondary" onclick={download} aria-label={format!("Download the deck file of {name}")}>{ "Deck file" }</button>
                                <button class="secondary" onclick={delete} aria-label={format!("Delete {name}")}>{ "Delete" }</button>
                            </div>
                            <form class="row rename" onsubmit={rename}>
                                <label for={field.clone()} class="visually-hidden">{ format!("New name for {name}") }</label>
                                <input id={field} type="text" value={e.name.clone()} />
                                <button type="submit" class="secondary" aria-label={format!("Rename {name}")}>{ "Rename" }</button>
                            </form>
                        </li>
                    }
                }) }
            </ul>
            <p>
                <label class="button secondary file-button">{ "Open a deck file" }
                    <input type="file" accept=".json,application/json" class="visually-hidden" onchange={props.on_open_file.clone()} disabled={props.busy} />
                </label>
                { " — a .factquiz.json file from another device." }
            </p>
        </section>
    }
}
