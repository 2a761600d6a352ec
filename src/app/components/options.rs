//! Answer by option: four choices (keys 1–4) or True/False (keys T and F).
//! Each option is a button named by its text; the keys work anywhere in the
//! question, so a keyboard user never has to tab.

use crate::app::hooks::use_focus::use_focus;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OptionsProps {
    /// What each button says.
    pub labels: Vec<String>,
    /// The key for each option ("1".."4", or "t"/"f").
    pub keys: Vec<String>,
    /// What is submitted for each option (its number, or "true"/"false").
    pub values: Vec<String>,
    /// Focus the first option when this changes (a new question).
    pub focus_key: usize,
    pub disabled: bool,
    /// After answering: the value picked and the right value, to mark them.
    #[prop_or_default]
    pub picked: Option<String>,
    #[prop_or_default]
    pub correct: Option<String>,
    pub on_pick: Callback<String>,
}

#[component]
pub fn Options(props: &OptionsProps) -> Html {
    let first = use_node_ref();
    use_focus(first.clone(), props.focus_key);
    let onkeydown = {
        let (keys, values, cb, disabled) = (
            props.keys.clone(),
            props.values.clone(),
            props.on_pick.clone(),
            props.disabled,
        );
        Callback::from(move |e: KeyboardEvent| {
            if disabled || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let k = e.key().to_lowercase();
            if let Some(i) = keys.iter().position(|x| *x == k) {
                e.prevent_default();
                cb.emit(values[i].clone());
            }
        })
    };
    html! {
        <div class="options" role="group" aria-label="Options" {onkeydown}>
            { for props.labels.iter().enumerate().map(|(i, label)| {
                let value = props.values[i].clone();
                let cb = props.on_pick.clone();
                let onclick = Callback::from(move |_: MouseEvent| cb.emit(value.clone()));
                let node = if i == 0 { first.clone() } else { NodeRef::default() };
                let v = &props.values[i];
                let class = classes!(
                    "option",
                    (props.correct.as_deref() == Some(v.as_str())).then_some("correct"),
                    (props.picked.as_deref() == Some(v.as_str()) && props.correct.as_deref() != Some(v.as_str())).then_some("picked-wrong"),
                );
                html! {
                    <button {class} ref={node} {onclick} disabled={props.disabled}
                        aria-keyshortcuts={props.keys[i].to_uppercase()}>
                        <kbd aria-hidden="true">{ props.keys[i].to_uppercase() }</kbd>
                        <span>{ label }</span>
                    </button>
                }
            }) }
        </div>
    }
}
