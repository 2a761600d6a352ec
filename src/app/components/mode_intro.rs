//! The start of a mode when no session of it is running: what it does, how
//! much there is, and a Start button (focused, so Enter starts).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModeIntroProps {
    pub title: AttrValue,
    pub text: AttrValue,
    /// "12 due · 30 learned", or why there is nothing to do.
    pub counts: AttrValue,
    pub start_label: AttrValue,
    /// No Start button (nothing to study).
    #[prop_or_default]
    pub disabled: bool,
    pub on_start: Callback<()>,
}

#[component]
pub fn ModeIntro(props: &ModeIntroProps) -> Html {
    let button = use_node_ref();
    crate::app::hooks::use_focus::use_focus(button.clone(), props.title.clone());
    let onclick = {
        let cb = props.on_start.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="intro" aria-labelledby="intro-title">
            <h1 id="intro-title">{ props.title.clone() }</h1>
            <p class="lead">{ props.text.clone() }</p>
            <p class="counts">{ props.counts.clone() }</p>
            if !props.disabled {
                <button ref={button} class="primary" {onclick}>{ props.start_label.clone() }</button>
            }
        </section>
    }
}
