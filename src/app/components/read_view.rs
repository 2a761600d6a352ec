//! Read: the sources as clean text with their facts marked. Each sentence
//! that states a fact is a link to its own place (`#/read/2#14`); the
//! chosen sentence offers "Quiz me on this" and shows where sources differ.

use crate::study::{ReadBlock, ReadSentence, SourceCard};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadViewProps {
    pub sources: Vec<SourceCard>,
    /// The source on screen (1-based), if any.
    pub source: Option<usize>,
    pub blocks: Vec<ReadBlock>,
    /// The chosen sentence (1-based).
    pub sentence: Option<usize>,
    pub on_quiz: Callback<Vec<String>>,
}

fn marked(s: &ReadSentence) -> Html {
    let mut parts = Vec::new();
    let mut at = 0;
    for &(a, b) in &s.marks {
        if !s.text.is_char_boundary(a) || !s.text.is_char_boundary(b) || a < at {
            continue;
        }
        parts.push(html! { { &s.text[at..a] } });
        parts.push(html! { <mark>{ &s.text[a..b] }</mark> });
        at = b;
    }
    parts.push(html! { { &s.text[at..] } });
    parts.into_iter().collect()
}

#[component]
pub fn ReadView(props: &ReadViewProps) -> Html {
    let chosen = use_node_ref();
    {
        let chosen = chosen.clone();
        use_effect_with((props.source, props.sentence), move |_| {
            if let Some(el) = chosen.cast::<web_sys::HtmlElement>() {
                el.scroll_into_view();
                el.focus().ok();
            }
        });
    }
    let list = html! {
        <ul class="sources" aria-label="Sources">
            { for props.sources.iter().map(|s| html! {
                <li class="source" key={s.file.clone()}>
                    <h2 class="source-title"><a href={format!("#/read/{}", s.number)}
                        aria-current={(props.source == Some(s.number)).then_some("page")}>{ &s.title }</a></h2>
                    if !s.byline.is_empty() { <p class="byline">{ &s.byline }</p> }
                </li>
            }) }
        </ul>
    };
    let Some(card) = props.source.and_then(|n| props.sources.get(n - 1)) else {
        return html! {
            <section class="read" aria-labelledby="read-title">
                <h1 id="read-title">{ "Read" }</h1>
                <p class="lead">{ "The sources as clean text. Marked words are the facts each text states; choose a linked sentence to quiz yourself on it." }</p>
                { list }
            </section>
        };
    };
    html! {
        <article class="read" aria-labelledby="read-title">
            <p><a href="#/read">{ "All sources" }</a></p>
            <h1 id="read-title">{ &card.title }</h1>
            if !card.byline.is_empty() { <p class="byline">{ &card.byline }</p> }
            { for props.blocks.iter().map(|b| {
                let selected = b.sentences.iter().find(|s| Some(s.number) == props.sentence && !s.facts.is_empty());
                let sentences = b.sentences.iter().map(|s| {
                    if s.facts.is_empty() {
                        html! { <span>{ marked(s) }{ " " }</span> }
                    } else {
                        let here = Some(s.number) == props.sentence;
                        html! {
                            <>
                                <a class="fact-sentence" href={format!("#/read/{}#{}", card.number, s.number)}
                                    ref={if here { chosen.clone() } else { NodeRef::default() }}
                                    aria-current={here.then_some("location")}>{ marked(s) }</a>
                                { " " }
                            </>
                        }
                    }
                }).collect::<Html>();
                html! {
                    <>
                        if b.heading {
                            <h2>{ sentences }</h2>
                        } else {
                            <p>
                                if let Some(sp) = &b.speaker { <strong>{ format!("{sp}: ") }</strong> }
                                { sentences }
                            </p>
                        }
                        { for b.sentences.iter().flat_map(|s| s.differs.iter()).map(|d| html! {
                            <p class="note differs">{ d }</p>
                        }) }
                        if let Some(s) = selected {
                            <aside class="fact-panel" aria-label="This sentence">
                                <p>{ format!("{} fact{} in this sentence.", s.facts.len(), if s.facts.len() == 1 { "" } else { "s" }) }</p>
                                <button class="primary" onclick={{
                                    let (cb, facts) = (props.on_quiz.clone(), s.facts.clone());
                                    Callback::from(move |_: MouseEvent| cb.emit(facts.clone()))
                                }}>{ "Quiz me on this" }</button>
                            </aside>
                        }
                    </>
                }
            }) }
            <h2>{ "Other sources" }</h2>
            { list }
        </article>
    }
}
