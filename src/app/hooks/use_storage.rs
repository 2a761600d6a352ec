//! Progress kept in the browser (localStorage), shared by every tab of the
//! app. Read at start; every save merges this tab's progress with what is
//! stored (`Progress::saved_over`), and a save by another tab (the `storage`
//! event) is taken in at once, so no tab overwrites another's work. An
//! unreadable stored value is moved under the backup key before anything
//! overwrites it; a failed write is reported, not lost silently. After the
//! first save the browser is asked to keep the storage (`persist()`).

use crate::progress::{self, Loaded, Progress};
use crate::study::Action;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The browser's localStorage, if it lets the page use it.
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Where a tab remembers, across a reload, which stored session in
/// progress is its own (sessionStorage is per tab).
const TAB_SESSION_KEY: &str = "factquiz.session";

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// Reads saved progress and goes on with this tab's own session in progress
/// (after a reload) or, in a new tab, the one saved last. Never fails: see
/// [`progress::load`].
pub fn load() -> Loaded {
    let mine = tab_storage()
        .and_then(|s| s.get_item(TAB_SESSION_KEY).ok().flatten())
        .and_then(|v| v.parse::<i64>().ok());
    let mut loaded = read();
    loaded.progress.resume(mine);
    loaded
}

fn read() -> Loaded {
    let Some(store) = storage() else {
        return Loaded {
            progress: Progress::default(),
            notice: Some("This browser does not let FactQuiz save progress (storage is blocked), so it will be lost when the page closes.".into()),
            backup: None,
        };
    };
    let raw = store.get_item(progress::STORAGE_KEY).ok().flatten();
    let loaded = progress::load(raw.as_deref());
    if let Some(b) = &loaded.backup {
        if store.set_item(progress::BACKUP_KEY, b).is_ok() {
            store.remove_item(progress::STORAGE_KEY).ok();
        }
    }
    loaded
}

const NOT_SAVED: &str = "Your progress could not be saved: this browser's storage is full or blocked. Export it from the Progress page to keep it.";

/// What a save found and did.
pub struct Saved {
    /// What was written: this tab's progress merged with the stored one.
    pub written: Progress,
    /// The stored value could not be read and was kept aside: why.
    pub notice: Option<String>,
}

/// Writes `mine` merged with what is stored. A stored value this version
/// cannot read is kept under the backup key first (and nothing is written
/// if that fails, so it is never lost).
pub fn save(mine: &Progress) -> Result<Saved, String> {
    let store = storage().ok_or(NOT_SAVED)?;
    let raw = store.get_item(progress::STORAGE_KEY).ok().flatten();
    let stored = progress::load(raw.as_deref());
    if let Some(b) = &stored.backup {
        store
            .set_item(progress::BACKUP_KEY, b)
            .map_err(|_| NOT_SAVED.to_string())?;
    }
    let written = mine.saved_over(&stored.progress);
    store
        .set_item(progress::STORAGE_KEY, &written.to_json())
        .map_err(|_| NOT_SAVED.to_string())?;
    if let Some(tab) = tab_storage() {
        match &mine.current {
            Some(c) => tab.set_item(TAB_SESSION_KEY, &c.started.to_string()).ok(),
            None => tab.remove_item(TAB_SESSION_KEY).ok(),
        };
    }
    Ok(Saved {
        written,
        notice: stored.notice,
    })
}

/// Saves `progress` whenever `revision` changes, and takes in what other
/// tabs save. `send` hears of a failed write, of progress found in storage
/// that this tab did not have yet, and of whether the browser keeps storage.
#[hook]
pub fn use_save(progress: &Progress, revision: u64, send: Callback<Action>) {
    let asked = use_mut_ref(|| false);
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            persisted(send.clone());
            let listener =
                Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                    if e.key().as_deref() != Some(progress::STORAGE_KEY) {
                        return;
                    }
                    // An unreadable value is dealt with (kept aside) by the next save.
                    let loaded = progress::load(e.new_value().as_deref());
                    if loaded.notice.is_none() && e.new_value().is_some() {
                        send.emit(Action::TakeIn(loaded.progress));
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                w.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref())
                    .ok();
            }
            move || {
                if let Some(w) = &window {
                    w.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    )
                    .ok();
                }
            }
        });
    }
    let progress = progress.clone();
    use_effect_with(revision, move |rev| {
        if *rev > 0 {
            match save(&progress) {
                Ok(saved) => {
                    if let Some(n) = saved.notice {
                        send.emit(Action::Notice(n));
                    }
                    if !saved.written.same_record(&progress) {
                        send.emit(Action::TakeIn(saved.written));
                    }
                    if !std::mem::replace(&mut *asked.borrow_mut(), true) {
                        persist(send);
                    }
                }
                Err(e) => send.emit(Action::Notice(e)),
            }
        }
    });
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing outside a secure context (and in old browsers).
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    has.then(|| navigator.storage())
}

/// Tells `send` what `promise` (of a boolean) resolves to; an API that is
/// missing or fails counts as not granted.
fn report(promise: Option<js_sys::Promise>, send: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let granted = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            None => false,
        };
        send.emit(Action::Persisted(granted));
    });
}

/// Whether the browser already keeps this site's storage.
fn persisted(send: Callback<Action>) {
    report(storage_manager().and_then(|m| m.persisted().ok()), send);
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`).
fn persist(send: Callback<Action>) {
    report(storage_manager().and_then(|m| m.persist().ok()), send);
}
