//! Own texts are made into a deck in a Web Worker, so the page stays
//! responsive. The worker (`web/deck-worker.js`) loads this same module and
//! calls [`build_deck`]; the page drives it with [`build_in_worker`] and
//! puts the deck back together from its pieces as they arrive.

use crate::deck::{Deck, DeckBuilder, Problem};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;

/// Pieces of the deck hold at most this many sentences or facts.
const CHUNK: usize = 2000;

/// In the worker: reads the files, finds the facts, and returns the deck as
/// JSON pieces. `progress(stage, fraction)` hears how far it is.
#[wasm_bindgen]
pub fn build_deck(
    names: Vec<String>,
    files: Vec<js_sys::Uint8Array>,
    progress: &js_sys::Function,
) -> Vec<String> {
    let say = |stage: &str, done: f64| {
        progress
            .call2(&JsValue::NULL, &stage.into(), &done.into())
            .ok();
    };
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let n = names.len().max(1);
    for (i, (name, bytes)) in names.iter().zip(files.iter()).enumerate() {
        say(&format!("Reading {name}"), 0.3 * i as f64 / n as f64);
        match crate::text::read_source(name, &bytes.to_vec()) {
            Ok(s) => sources.push(s),
            Err(e) => problems.push(Problem {
                file: name.clone(),
                message: e.to_string(),
            }),
        }
    }
    say("Finding the facts", 0.3);
    let (facts, aliases) = crate::extract::extract(&sources);
    say("Sending the deck to the page", 0.8);
    Deck {
        sources,
        facts,
        aliases,
        problems,
    }
    .parts(CHUNK)
}

/// The address of the page's JS glue and wasm (from Trunk's preload links).
fn module_urls() -> Option<(String, String)> {
    let doc = web_sys::window()?.document()?;
    let href = |sel: &str| {
        doc.query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlLinkElement>().ok())
            .map(|l| l.href())
    };
    Some((
        href("link[rel=modulepreload]")?,
        href("link[rel=preload][as=fetch]")?,
    ))
}

/// On the page: builds a deck from `files` (name, bytes) in a worker.
/// `on_progress(stage, fraction)` while it works, then `on_done` once.
pub fn build_in_worker(
    files: Vec<(String, Vec<u8>)>,
    on_progress: yew::Callback<(String, f64)>,
    on_done: yew::Callback<Result<Deck, String>>,
) {
    let fail = |m: &str| on_done.emit(Err(m.to_string()));
    let Some((glue, wasm)) = module_urls() else {
        return fail("The page could not find its own module to start the worker.");
    };
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let worker = match web_sys::Worker::new_with_options("./deck-worker.js", &opts) {
        Ok(w) => w,
        Err(_) => return fail("This browser could not start a worker to read the files."),
    };
    let builder = Rc::new(RefCell::new(Some(DeckBuilder::new())));
    // The message handler keeps itself alive until the deck is in.
    let handler: Rc<RefCell<Option<OnMessage>>> = Rc::default();
    let keep = handler.clone();
    let w = worker.clone();
    let done_cb = on_done.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let get =
                |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
            let done = get("done").as_f64().unwrap_or(0.0);
            let finish = |result: Result<Deck, String>| {
                w.terminate();
                done_cb.emit(result);
                keep.borrow_mut().take();
            };
            match get("kind").as_string().as_deref() {
                Some("progress") => {
                    on_progress.emit((get("stage").as_string().unwrap_or_default(), done))
                }
                Some("part") => {
                    let part = get("part").as_string().unwrap_or_default();
                    let added = builder.borrow_mut().as_mut().map(|b| b.add(&part));
                    match added {
                        Some(Err(e)) => finish(Err(e)),
                        _ => on_progress.emit(("Loading the deck".into(), 0.8 + 0.2 * done)),
                    }
                }
                Some("done") => match builder.borrow_mut().take() {
                    Some(b) => finish(Ok(b.finish())),
                    None => finish(Err("The deck came back twice.".into())),
                },
                _ => finish(Err(get("message")
                    .as_string()
                    .unwrap_or_else(|| "The worker stopped.".into()))),
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    *handler.borrow_mut() = Some(on_message);

    let names = js_sys::Array::new();
    let arrays = js_sys::Array::new();
    let transfer = js_sys::Array::new();
    for (name, bytes) in &files {
        names.push(&name.into());
        let a = js_sys::Uint8Array::from(bytes.as_slice());
        transfer.push(&a.buffer());
        arrays.push(&a);
    }
    let msg = js_sys::Object::new();
    for (k, v) in [
        ("glue", JsValue::from(glue)),
        ("wasm", JsValue::from(wasm)),
        ("names", names.into()),
        ("files", arrays.into()),
    ] {
        js_sys::Reflect::set(&msg, &k.into(), &v).ok();
    }
    if worker.post_message_with_transfer(&msg, &transfer).is_err() {
        on_done.emit(Err("The files could not be handed to the worker.".into()));
    }
}
