//! Runs a callback once, in a task of its own after the first paint, so
//! work the next screen needs (the first quiz) is done while the reader
//! looks at this one instead of after their click.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_after_paint(callback: Callback<()>) {
    use_effect_with((), move |_| {
        let run = Closure::once_into_js(move || callback.emit(()));
        if let Some(w) = web_sys::window() {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0)
                .ok();
        }
    });
}
