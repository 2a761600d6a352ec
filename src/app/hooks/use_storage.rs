//! Progress kept in the browser (localStorage): read once at start, written
//! whenever it changes. An unreadable stored value is moved under the backup
//! key before anything overwrites it; a failed write is reported, not lost
//! silently.

use crate::progress::{self, Loaded, Progress};
use yew::prelude::*;

/// The browser's localStorage, if it lets the page use it.
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Reads saved progress. Never fails: see [`progress::load`].
pub fn load() -> Loaded {
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

/// Saves `progress` whenever `revision` changes; `on_error` hears of a failed write.
#[hook]
pub fn use_save(progress: &Progress, revision: u64, on_error: Callback<String>) {
    let progress = progress.clone();
    use_effect_with(revision, move |rev| {
        if *rev > 0 {
            let ok = storage().is_some_and(|s| {
                s.set_item(progress::STORAGE_KEY, &progress.to_json())
                    .is_ok()
            });
            if !ok {
                on_error.emit("Your progress could not be saved: this browser's storage is full or blocked. Export it from the Progress page to keep it.".into());
            }
        }
    });
}
