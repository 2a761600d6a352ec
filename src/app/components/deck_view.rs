//! The deck: the sources with their title, author, outlet and date, and Start.

use crate::app::state::SourceCard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeckViewProps {
    /// The deck's name.
    pub title: AttrValue,
    /// "August–September 2021": when the sources were published.
    pub period: Option<String>,
    pub sources: Vec<SourceCard>,
    /// Why no quiz can be made, if so.
    pub problem: Option<String>,
    pub on_start: Callback<()>,
}

#[component]
pub fn DeckView(props: &DeckViewProps) -> Html {
    let on_click = {
        let cb = props.on_start.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="deck" aria-labelledby="deck-title">
            <h1 id="deck-title">{ props.title.clone() }</h1>
            <p class="lead">
                { format!("{} sources", props.sources.len()) }
                if let Some(p) = &props.period { { format!(", {p}") } }
                { ". Answer ten questions drawn from them; each answer is checked against the sentence it comes from." }
            </p>
            <ul class="sources" aria-label="Sources">
                { for props.sources.iter().map(|s| html! {
                    <li class="source" key={s.file.clone()}>
                        <h2 class="source-title">{ &s.title }</h2>
                        if !s.byline.is_empty() {
                            <p class="byline">{ &s.byline }</p>
                        }
                    </li>
                }) }
            </ul>
            if let Some(p) = &props.problem {
                <p class="notice" role="alert">{ p }</p>
            } else {
                <button class="primary" onclick={on_click} autofocus=true>{ "Start quiz" }</button>
            }
        </section>
    }
}
