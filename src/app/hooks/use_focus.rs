//! Moves keyboard focus to an element when `key` changes, so each new
//! question (and each verdict's "Next" button) is ready for the keyboard.

use web_sys::HtmlElement;
use yew::prelude::*;

#[hook]
pub fn use_focus<K: PartialEq + 'static>(node: NodeRef, key: K) {
    use_effect_with(key, move |_| {
        if let Some(el) = node.cast::<HtmlElement>() {
            el.focus().ok();
        }
    });
}
