//! The address as a [`Route`]: read at start, followed on every change (a
//! link, the back button), and written when the app moves somewhere itself.

use crate::route::Route;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// Where the address points now.
pub fn current_route() -> Route {
    Route::parse(&location().and_then(|l| l.hash().ok()).unwrap_or_default())
}

/// Calls `on_change` whenever the address changes, and puts `route` into
/// the address (a new history entry) when the app moved there itself.
#[hook]
pub fn use_route(route: Route, on_change: Callback<Route>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(move || on_change.emit(current_route()));
        let window = web_sys::window();
        if let Some(w) = &window {
            w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
                .ok();
        }
        move || {
            if let Some(w) = &window {
                w.remove_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                )
                .ok();
            }
        }
    });
    use_effect_with(route, move |r| {
        if *r != Route::NotFound && current_route() != *r {
            if let Some(l) = location() {
                l.set_hash(&r.hash()).ok();
            }
        }
    });
}
