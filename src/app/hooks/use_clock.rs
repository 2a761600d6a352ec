//! The time, ticking once a second while `active` (a test's time limit).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Milliseconds since 1970, now.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

#[hook]
pub fn use_clock(active: bool) -> i64 {
    let time = use_state(now);
    {
        let time = time.clone();
        use_effect_with(active, move |active| {
            let window = web_sys::window();
            let tick = Closure::<dyn Fn()>::new(move || time.set(now()));
            let id = match (&window, *active) {
                (Some(w), true) => w
                    .set_interval_with_callback_and_timeout_and_arguments_0(
                        tick.as_ref().unchecked_ref(),
                        1000,
                    )
                    .ok(),
                _ => None,
            };
            move || {
                if let (Some(w), Some(id)) = (window, id) {
                    w.clear_interval_with_handle(id);
                }
                drop(tick);
            }
        });
    }
    *time
}
