//! Put events in order: a list with "Move up" / "Move down" buttons on each
//! row (keyboard), and drag and drop (mouse or touch). "Check order" submits
//! the order as the items' numbers in the original list, earliest first,
//! which is what the core's checker reads.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OrderInputProps {
    /// The events, shuffled.
    pub items: Vec<String>,
    /// Focus the first control when this changes (a new question).
    pub focus_key: usize,
    pub disabled: bool,
    pub on_submit: Callback<String>,
}

#[component]
pub fn OrderInput(props: &OrderInputProps) -> Html {
    // The current order, as indexes into `items`.
    let order = use_state(|| (0..props.items.len()).collect::<Vec<usize>>());
    let dragged = use_state(|| None::<usize>);
    // After a keyboard move, the moved item's button gets focus back (moving
    // its row in the page takes focus away).
    let refocus = use_mut_ref(|| None::<String>);
    {
        let refocus = refocus.clone();
        use_effect(move || {
            if let Some(id) = refocus.borrow_mut().take() {
                let doc = web_sys::window().and_then(|w| w.document());
                let el = doc.as_ref().and_then(|d| d.get_element_by_id(&id));
                let other = id
                    .replace("-up", "-x")
                    .replace("-down", "-up")
                    .replace("-x", "-down");
                let usable = |e: &web_sys::Element| !e.has_attribute("disabled");
                let target = el
                    .filter(usable)
                    .or_else(|| doc.and_then(|d| d.get_element_by_id(&other)));
                if let Some(e) = target
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    e.focus().ok();
                }
            }
        });
    }
    let first = use_node_ref();
    crate::app::hooks::use_focus::use_focus(first.clone(), props.focus_key);
    let n = order.len();
    let mover = |from: usize, to: usize, id: String| {
        let (order, refocus) = (order.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            let mut v = (*order).clone();
            if to < v.len() {
                let x = v.remove(from);
                v.insert(to, x);
                order.set(v);
                *refocus.borrow_mut() = Some(id.clone());
            }
        })
    };
    let submit = {
        let (order, cb) = (order.clone(), props.on_submit.clone());
        Callback::from(move |_: MouseEvent| {
            cb.emit(
                order
                    .iter()
                    .map(|i| (i + 1).to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
    };
    html! {
        <div class="order-input">
            <ol class="order-list" aria-label="Order of events, earliest first">
                { for order.iter().enumerate().map(|(pos, &item)| {
                    let text = &props.items[item];
                    let ondragstart = {
                        let dragged = dragged.clone();
                        Callback::from(move |_: DragEvent| dragged.set(Some(pos)))
                    };
                    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
                    let ondrop = {
                        let (dragged, order) = (dragged.clone(), order.clone());
                        Callback::from(move |e: DragEvent| {
                            e.prevent_default();
                            if let Some(from) = *dragged {
                                let mut v = (*order).clone();
                                let x = v.remove(from);
                                v.insert(pos.min(v.len()), x);
                                order.set(v);
                            }
                            dragged.set(None);
                        })
                    };
                    html! {
                        <li key={item} draggable={(!props.disabled).to_string()} {ondragstart} {ondragover} {ondrop}>
                            <span class="order-text">{ text }</span>
                            if !props.disabled {
                                <button class="secondary small" aria-label={format!("Move {text} up")} id={format!("order-{item}-up")}
                                    disabled={pos == 0} onclick={mover(pos, pos.wrapping_sub(1), format!("order-{item}-up"))}>{ "↑" }</button>
                                <button class="secondary small" aria-label={format!("Move {text} down")} id={format!("order-{item}-down")}
                                    ref={if pos == 0 { first.clone() } else { NodeRef::default() }}
                                    disabled={pos + 1 == n} onclick={mover(pos, pos + 1, format!("order-{item}-down"))}>{ "↓" }</button>
                            }
                        </li>
                    }
                }) }
            </ol>
            if !props.disabled {
                <button class="primary" onclick={submit}>{ "Check order" }</button>
            }
        </div>
    }
}
