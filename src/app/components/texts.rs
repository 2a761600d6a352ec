//! Your own texts: paste an article or open `.txt`, `.md` and `.html` files
//! (file picker or drag and drop). The deck is built in a Web Worker with a
//! progress bar, so the page stays responsive; then it can be studied in
//! every mode. Empty, binary, unreadable or oversized input gets a message.

use crate::app::worker::build_in_worker;
use crate::deck::Deck;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextsProps {
    /// Study this deck, under this name.
    pub on_use: Callback<(Rc<Deck>, String)>,
}

/// Where the build is.
#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Building(String, f64),
    Built(Rc<Deck>, String),
    Failed(String),
}

/// Reads the chosen files (bytes), refusing ones over the limit up front.
fn read_files(
    list: web_sys::FileList,
    done: impl FnOnce(Result<Vec<(String, Vec<u8>)>, String>) + 'static,
) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    for f in &files {
        if f.size() > crate::text::MAX_BYTES as f64 {
            return done(Err(format!(
                "{} is {} MB; the limit is {} MB per file.",
                f.name(),
                (f.size() / 1e6).round(),
                crate::text::MAX_BYTES / 1_000_000
            )));
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::new();
        for f in files {
            match wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
                Ok(buf) => out.push((f.name(), js_sys::Uint8Array::new(&buf).to_vec())),
                Err(_) => return done(Err(format!("{} could not be read.", f.name()))),
            }
        }
        done(Ok(out));
    });
}

#[component]
pub fn Texts(props: &TextsProps) -> Html {
    let stage = use_state(|| Stage::Idle);
    let paste = use_node_ref();
    let title = use_node_ref();
    let start = {
        let stage = stage.clone();
        Rc::new(move |files: Vec<(String, Vec<u8>)>| {
            if files
                .iter()
                .all(|(_, b)| b.iter().all(|c| c.is_ascii_whitespace()))
            {
                stage.set(Stage::Failed(
                    "Paste some text or open a file first: there is nothing to read yet.".into(),
                ));
                return;
            }
            stage.set(Stage::Building("Starting".into(), 0.0));
            let (s1, s2) = (stage.clone(), stage.clone());
            build_in_worker(
                files,
                Callback::from(move |(what, done): (String, f64)| {
                    s1.set(Stage::Building(what, done))
                }),
                Callback::from(move |r: Result<Deck, String>| {
                    s2.set(match r {
                        Ok(d) => {
                            // Named by its one source's title, or by how many there are.
                            let name = match d.sources.as_slice() {
                                [one] => one.title.clone(),
                                many => format!("Your {} texts", many.len()),
                            };
                            Stage::Built(Rc::new(d), name)
                        }
                        Err(e) => Stage::Failed(e),
                    })
                }),
            );
        })
    };
    let from_files = {
        let (start, stage) = (start.clone(), stage.clone());
        Rc::new(move |list: web_sys::FileList| {
            stage.set(Stage::Reading);
            let (start, stage) = (start.clone(), stage.clone());
            read_files(list, move |r| match r {
                Ok(files) => start(files),
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
            start(vec![(name, body.into_bytes())]);
        })
    };
    let busy = matches!(*stage, Stage::Reading | Stage::Building(..));
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
        Stage::Built(deck, name) => {
            let on_use = {
                let (cb, deck, name) = (props.on_use.clone(), deck.clone(), name.clone());
                Callback::from(move |_: MouseEvent| cb.emit((deck.clone(), name.clone())))
            };
            html! {
                <section class="built" aria-labelledby="built-title">
                    <h2 id="built-title">{ "Your deck is ready" }</h2>
                    <p>{ format!("{} fact{} from {} source{}.", deck.facts.len(), if deck.facts.len() == 1 { "" } else { "s" }, deck.sources.len(), if deck.sources.len() == 1 { "" } else { "s" }) }</p>
                    if !deck.problems.is_empty() {
                        <div class="notice" role="alert">
                            <ul aria-label="Files not read">
                                { for deck.problems.iter().map(|p| html! { <li>{ format!("{}: {}.", p.file, p.message) }</li> }) }
                            </ul>
                        </div>
                    }
                    <ul class="sources" aria-label="Sources">
                        { for deck.sources.iter().map(|s| html! {
                            <li class="source"><h3 class="source-title">{ &s.title }</h3>
                                if !s.byline().is_empty() { <p class="byline">{ s.byline() }</p> }</li>
                        }) }
                    </ul>
                    if deck.facts.is_empty() {
                        <p class="notice" role="alert">{ "No facts were found in these texts, so no quiz can be made from them." }</p>
                    } else {
                        <button class="primary" onclick={on_use}>{ "Study this deck" }</button>
                    }
                </section>
            }
        }
    };
    html! {
        <section class="texts" aria-labelledby="texts-title">
            <h1 id="texts-title">{ "Your own texts" }</h1>
            <p class="lead">{ format!("Turn any article into a quiz. Everything stays on this device. Files can be .txt, .md or .html, up to {} MB each.", crate::text::MAX_BYTES / 1_000_000) }</p>
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
        </section>
    }
}
