//! A deck just built from the learner's texts: its sources, the files that
//! could not be read, and "Study this deck" (or why there is nothing to study).

use crate::deck::Deck;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BuiltDeckProps {
    pub deck: Rc<Deck>,
    pub on_use: Callback<MouseEvent>,
}

#[component]
pub fn BuiltDeck(props: &BuiltDeckProps) -> Html {
    let deck = &props.deck;
    html! {
        <section class="built" aria-labelledby="built-title">
            <h2 id="built-title">{ "Your deck is ready" }</h2>
            <p>{ format!("{} fact{} from {} source{}.", deck.facts.len(), if deck.facts.len() == 1 { "" } else { "s" }, deck.sources.len(), if deck.sources.len() == 1 { "" } else { "s" }) }</p>
            if !deck.problems.is_empty() {
                <div class="notice" role="alert">
                    <ul aria-label="Files not read">
                        { for deck.problems.iter().map(|p| html! { <li>{ format!("{}: {}.", p.file, p.message) }</li> }) }
                    </ul>
                </div>
            }
            <ul class="sources" aria-label="Sources">
                { for deck.sources.iter().map(|s| html! {
                    <li class="source"><h3 class="source-title">{ &s.title }</h3>
                        if !s.byline().is_empty() { <p class="byline">{ s.byline() }</p> }</li>
                }) }
            </ul>
            if deck.facts.is_empty() {
                <p class="notice" role="alert">{ "No facts were found in these texts, so no quiz can be made from them." }</p>
            } else {
                <button class="primary" onclick={props.on_use.clone()}>{ "Study this deck" }</button>
            }
        </section>
    }
}
