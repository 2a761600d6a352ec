//! Your own texts: paste an article or open `.txt`, `.md` and `.html` files
//! (file picker or drag and drop). The deck is built in a Web Worker with a
//! progress bar, so the page stays responsive; then it can be studied in
//! every mode. Empty, binary, unreadable or oversized input gets a message.
//! The build itself is the `use_deck_build` hook; the deck built is shown by
//! `BuiltDeck`, the decks kept on this device by `SavedDecks`.

use crate::app::components::built_deck::BuiltDeck;
use crate::app::components::saved_decks::SavedDecks;
use crate::app::decks;
use crate::app::hooks::use_deck_build::{use_deck_build, DeckBuild, Stage};
use crate::deck::Deck;
use crate::deckfile::DeckFile;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextsProps {
    /// Study this deck, under this name (and a notice, if it could not be kept).
    pub on_use: Callback<(Rc<Deck>, String, Option<String>)>,
    /// Offer a deck file for download.
    pub on_download: Callback<crate::download::Download>,
    /// The test settings, carried in a downloaded deck file.
    #[prop_or_default]
    pub settings: Option<crate::progress::Settings>,
    /// A deck file brought test settings: use them.
    #[prop_or_default]
    pub on_settings: Callback<crate::progress::Settings>,
}

#[component]
pub fn Texts(props: &TextsProps) -> Html {
    // The text builder is loaded when this screen opens (in the deck worker),
    // so the service worker keeps it; why it could not be, if it could not.
    // Only a failure redraws the screen: a redraw would put the saved decks'
    // rename fields back to their names while someone types in one.
    let builder = use_state(|| None::<String>);
    {
        let builder = builder.clone();
        use_effect_with((), move |_| {
            crate::app::worker::warm_up(Callback::from(move |r: Result<(), String>| {
                if let Err(e) = r {
                    builder.set(Some(e));
                }
            }));
        });
    }
    let paste = use_node_ref();
    let title = use_node_ref();
    let DeckBuild {
        stage,
        start,
        keep_and_study,
    } = use_deck_build(props.on_use.clone());
    let from_files = {
        let (start, stage) = (start.clone(), stage.clone());
        Rc::new(move |list: web_sys::FileList| {
            stage.set(Stage::Reading);
            let (start, stage) = (start.clone(), stage.clone());
            crate::app::files::read_files(list, move |r| match r {
                Ok(files) => start(files, None),
                Err(e) => stage.set(Stage::Failed(e)),
            });
        })
    };
    let on_pick = {
        let from_files = from_files.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                if let Some(l) = i.files() {
                    from_files(l);
                }
                i.set_value("");
            }
        })
    };
    let on_drop = {
        let from_files = from_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(l) = e.data_transfer().and_then(|d| d.files()) {
                from_files(l);
            }
        })
    };
    let on_paste = {
        let (start, paste, title) = (start.clone(), paste.clone(), title.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = paste
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            let t = title
                .cast::<HtmlInputElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            let t = t.trim();
            let body = if t.is_empty() {
                text
            } else {
                format!("{t}\n\n{text}")
            };
            let name = if t.is_empty() {
                "Pasted text.txt".to_string()
            } else {
                format!("{t}.txt")
            };
            start(vec![(name, body.into_bytes())], None);
        })
    };
    let busy = matches!(*stage, Stage::Reading | Stage::Building(..));
    let open_saved = {
        let (start, stage) = (start.clone(), stage.clone());
        Callback::from(move |(id, name): (String, String)| match decks::load(&id) {
            Ok(f) => start(
                f.files
                    .into_iter()
                    .map(|t| (t.name, t.text.into_bytes()))
                    .collect(),
                Some((id, name)),
            ),
            Err(e) => stage.set(Stage::Failed(e)),
        })
    };
    let open_deck_file = {
        let (start, stage, on_settings) = (start.clone(), stage.clone(), props.on_settings.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let (start, stage, on_settings) = (start.clone(), stage.clone(), on_settings.clone());
            crate::app::files::read_text(file, move |r| {
                match r.and_then(|t| DeckFile::from_json(&t)) {
                    Ok(f) => {
                        // A deck file brings the test settings it was shared with.
                        if let Some(s) = f.settings.clone() {
                            on_settings.emit(s);
                        }
                        start(
                            f.files
                                .into_iter()
                                .map(|t| (t.name, t.text.into_bytes()))
                                .collect(),
                            None,
                        )
                    }
                    Err(e) => stage.set(Stage::Failed(format!("Nothing was opened. {e}"))),
                }
            });
        })
    };
    let status = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading => html! { <p>{ "Opening the files…" }</p> },
        Stage::Building(what, done) => html! {
            <>
                <label for="build-progress" class="field">{ format!("{what}…") }</label>
                <progress id="build-progress" max="100" value={((done * 100.0) as u32).to_string()}>{ format!("{}%", (done * 100.0) as u32) }</progress>
            </>
        },
        Stage::Failed(e) => html! { <p class="notice" role="alert">{ e }</p> },
        Stage::Built(deck, name, texts, id) => {
            let on_use = {
                let (keep_and_study, deck, name, texts, id) = (
                    keep_and_study.clone(),
                    deck.clone(),
                    name.clone(),
                    texts.clone(),
                    id.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    keep_and_study(deck.clone(), name.clone(), texts.clone(), id.clone())
                })
            };
            html! { <BuiltDeck deck={deck.clone()} {on_use} /> }
        }
    };
    html! {
        <section class="texts" aria-labelledby="texts-title">
            <h1 id="texts-title">{ "Your own texts" }</h1>
            <p class="lead">{ format!("Turn any article into a quiz. Everything stays on this device. Files can be .txt, .md or .html, up to {} MB each.", crate::text::MAX_BYTES / 1_000_000) }</p>
            if let Some(e) = &*builder {
                <p class="notice" role="alert">{ e }</p>
            }
            <form onsubmit={on_paste}>
                <label class="field" for="paste-title">{ "Title (optional)" }</label>
                <input id="paste-title" ref={title} class="text" type="text" />
                <label class="field" for="paste-text">{ "Paste an article" }</label>
                <textarea id="paste-text" ref={paste} rows="8" />
                <button type="submit" class="primary" disabled={busy}>{ "Make a deck from this text" }</button>
            </form>
            <div class="drop" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
                <p>{ "Or drop files here, or " }
                    <label class="button secondary file-button">{ "Open files" }
                        <input type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                            class="visually-hidden" onchange={on_pick} disabled={busy} />
                    </label>
                </p>
            </div>
            <div role="status" aria-live="polite" class="build-status">{ status }</div>
            <SavedDecks {busy} settings={props.settings.clone()} on_download={props.on_download.clone()}
                on_open={open_saved} on_open_file={open_deck_file}
                on_error={{
                    let stage = stage.clone();
                    Callback::from(move |e: String| stage.set(Stage::Failed(e)))
                }} />
        </section>
    }
}
