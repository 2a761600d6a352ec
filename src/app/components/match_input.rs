//! Match pairs: for each term a labelled list to choose its partner from
//! (keyboard works as in any form). "Check matches" submits
//! "term = partner; …", the answer format of match questions.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatchInputProps {
    /// The terms.
    pub items: Vec<String>,
    /// What they pair with, shuffled.
    pub options: Vec<String>,
    /// Focus the first list when this changes (a new question).
    pub focus_key: usize,
    pub disabled: bool,
    pub on_submit: Callback<String>,
}

#[component]
pub fn MatchInput(props: &MatchInputProps) -> Html {
    let picks = use_state(|| vec![String::new(); props.items.len()]);
    let missing = use_state(|| false);
    let first = use_node_ref();
    crate::app::hooks::use_focus::use_focus(first.clone(), props.focus_key);
    let submit = {
        let (picks, missing, items, cb) = (
            picks.clone(),
            missing.clone(),
            props.items.clone(),
            props.on_submit.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if picks.iter().any(|p| p.is_empty()) {
                missing.set(true);
                return;
            }
            missing.set(false);
            cb.emit(
                items
                    .iter()
                    .zip(picks.iter())
                    .map(|(t, p)| format!("{t} = {p}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        })
    };
    html! {
        <div class="match-input">
            { for props.items.iter().enumerate().map(|(i, term)| {
                let onchange = {
                    let picks = picks.clone();
                    Callback::from(move |e: Event| {
                        if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                            let mut v = (*picks).clone();
                            v[i] = sel.value();
                            picks.set(v);
                        }
                    })
                };
                let id = format!("match-{i}");
                html! {
                    <div class="match-row">
                        <label for={id.clone()}>{ term }</label>
                        <select id={id} {onchange} disabled={props.disabled}
                            ref={if i == 0 { first.clone() } else { NodeRef::default() }}>
                            <option value="" selected={picks[i].is_empty()}>{ "Choose…" }</option>
                            { for props.options.iter().map(|o| html! {
                                <option value={o.clone()} selected={picks[i] == *o}>{ o }</option>
                            }) }
                        </select>
                    </div>
                }
            }) }
            <p class="hint" aria-live="polite">{ if *missing { "Pair every term first." } else { "" } }</p>
            if !props.disabled {
                <button class="primary" onclick={submit}>{ "Check matches" }</button>
            }
        </div>
    }
}
