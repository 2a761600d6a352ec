//! Home: the deck with its sources, how much is due and learned, the
//! session in progress and the way into each mode.

use crate::study::SourceCard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    /// The deck's name.
    pub title: AttrValue,
    /// "August–September 2021": when the sources were published.
    pub period: Option<String>,
    pub sources: Vec<SourceCard>,
    /// Why no quiz can be made, if so.
    pub problem: Option<String>,
    /// Facts due for review now, learned, and in the deck.
    pub due: usize,
    pub learned: usize,
    pub facts: usize,
    /// The session in progress: what it is and where it is.
    #[prop_or_default]
    pub resume: Option<(String, String)>,
    pub on_start: Callback<()>,
    /// The deck is the learner's own texts (not the one that ships).
    #[prop_or_default]
    pub own: bool,
    #[prop_or_default]
    pub on_built_in: Callback<()>,
    /// A quiz code typed in: open that quiz.
    #[prop_or_default]
    pub on_code: Callback<String>,
}

#[component]
pub fn Home(props: &HomeProps) -> Html {
    let on_click = {
        let cb = props.on_start.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="deck" aria-labelledby="deck-title">
            <h1 id="deck-title">{ props.title.clone() }</h1>
            if props.own {
                <p class="note">{ "Your own texts, for this visit (decks are not saved yet). " }
                    <button class="link" onclick={{
                        let cb = props.on_built_in.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(()))
                    }}>{ "Back to the built-in deck" }</button>
                </p>
            }
            <p class="lead">
                { format!("{} sources", props.sources.len()) }
                if let Some(p) = &props.period { { format!(", {p}") } }
                { format!(". {} facts to learn; every answer is checked against the sentence it comes from.", props.facts) }
            </p>
            <p class="counts" aria-label="Your progress">
                <span><strong>{ props.due }</strong>{ " due for review" }</span>
                <span><strong>{ props.learned }</strong>{ " learned" }</span>
            </p>
            if let Some(p) = &props.problem {
                <p class="notice" role="alert">{ p }</p>
            } else {
                <div class="actions">
                    if let Some((label, href)) = &props.resume {
                        <a class="button primary" href={href.clone()}>{ label }</a>
                    }
                    <button class={if props.resume.is_some() { "secondary" } else { "primary" }} onclick={on_click} autofocus=true>{ "Start practice" }</button>
                </div>
            }
            <form class="code-form" onsubmit={{
                let cb = props.on_code.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let input = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("quiz-code"))
                        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(el).ok());
                    if let Some(i) = input {
                        cb.emit(i.value());
                    }
                })
            }}>
                <label class="field" for="quiz-code">{ "Quiz code from your teacher" }</label>
                <div class="row">
                    <input id="quiz-code" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters" />
                    <button type="submit" class="secondary">{ "Open quiz" }</button>
                </div>
            </form>
            <h2>{ "Ways to study" }</h2>
            <ul class="mode-list">
                <li><a href="#/practice">{ "Practice" }</a>{ ": spaced review. Due facts first, new ones mixed in, a miss comes back soon." }</li>
                <li><a href="#/test">{ "Test" }</a>{ ": 10, 20 or all questions, your choice of sources and types, optional time limit; the verdicts at the end." }</li>
                <li><a href="#/flashcards">{ "Flashcards" }</a>{ ": flip with Space, grade yourself with 1–4." }</li>
                <li><a href="#/read">{ "Read" }</a>{ ": the sources with their facts marked." }</li>
                <li><a href="#/mistakes">{ "Review mistakes" }</a>{ ": what you missed and have not yet got right." }</li>
                <li><a href="#/texts">{ "Your own texts" }</a>{ ": paste an article or open files, and study them the same way." }</li>
                <li><a href="#/teach">{ "Teach" }</a>{ ": make a quiz for a class, with a code, a QR code, a worksheet and an answer key; then collect the result codes." }</li>
            </ul>
            <h2>{ "Sources" }</h2>
            <ul class="sources" aria-label="Sources">
                { for props.sources.iter().map(|s| html! {
                    <li class="source" key={s.file.clone()}>
                        <h3 class="source-title"><a href={format!("#/read/{}", s.number)}>{ &s.title }</a></h3>
                        if !s.byline.is_empty() {
                            <p class="byline">{ &s.byline }</p>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
