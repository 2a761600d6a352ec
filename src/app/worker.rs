//! Own texts are made into a deck in a Web Worker, so the page stays
//! responsive. The worker (`web/deck-worker.js`) loads the text builder, a
//! second wasm module (`src/bin/builder.rs`: reading and extraction are not
//! in the page's module), and calls its `build_deck`; the page drives it with
//! [`build_in_worker`] and puts the deck back together from its pieces as
//! they arrive. [`warm_up`] loads the builder when Your texts opens, so the
//! service worker keeps it for offline use.

use crate::deck::{Deck, DeckBuilder};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;

/// On the page: builds a deck from `files` (name, bytes) in a worker.
/// `on_progress(stage, fraction)` while it works, then `on_done` once.
pub fn build_in_worker(
    files: Vec<(String, Vec<u8>)>,
    on_progress: yew::Callback<(String, f64)>,
    on_done: yew::Callback<Result<Deck, String>>,
) {
    let fail = |m: &str| on_done.emit(Err(m.to_string()));
    let Some(worker) = start_worker() else {
        return fail("This browser could not start a worker to read the files.");
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
        ("kind", JsValue::from("build")),
        ("names", names.into()),
        ("files", arrays.into()),
    ] {
        js_sys::Reflect::set(&msg, &k.into(), &v).ok();
    }
    if worker.post_message_with_transfer(&msg, &transfer).is_err() {
        on_done.emit(Err("The files could not be handed to the worker.".into()));
    }
}

/// The deck worker (a module worker: it imports the text builder).
fn start_worker() -> Option<web_sys::Worker> {
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    web_sys::Worker::new_with_options("./deck-worker.js", &opts).ok()
}

/// Loads the text builder in a worker without building anything, so it is
/// ready (and kept by the service worker for offline use) before the first
/// deck. `on_done` hears whether it could be loaded.
pub fn warm_up(on_done: yew::Callback<Result<(), String>>) {
    let Some(worker) = start_worker() else {
        return on_done.emit(Err(
            "This browser could not start a worker to read the files.".into(),
        ));
    };
    let w = worker.clone();
    let handler: Rc<RefCell<Option<OnMessage>>> = Rc::default();
    let keep = handler.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let get =
                |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
            w.terminate();
            on_done.emit(match get("kind").as_string().as_deref() {
                Some("ready") => Ok(()),
                _ => Err(get("message")
                    .as_string()
                    .unwrap_or_else(|| "The worker stopped.".into())),
            });
            keep.borrow_mut().take();
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    *handler.borrow_mut() = Some(on_message);
    let msg = js_sys::Object::new();
    js_sys::Reflect::set(&msg, &"kind".into(), &"load".into()).ok();
    worker.post_message(&msg).ok();
}
