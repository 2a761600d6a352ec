//! The end of a quiz: the score and every miss with its source.

use crate::app::hooks::use_focus::use_focus;
use crate::app::state::Summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub summary: Summary,
    pub on_again: Callback<()>,
    pub on_home: Callback<()>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let heading = use_node_ref();
    use_focus(heading.clone(), ());
    let s = &props.summary;
    let again = {
        let cb = props.on_again.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let home = {
        let cb = props.on_home.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" ref={heading} tabindex="-1">{ "Your score" }</h1>
            <p class="score" aria-label={format!("Score: {} out of {}", s.right, s.total)}>
                <strong>{ format!("{} / {}", s.right, s.total) }</strong>
            </p>
            if s.overridden > 0 {
                <p class="note">{ format!("Including {} you marked right yourself.", s.overridden) }</p>
            }
            if s.misses.is_empty() {
                <p>{ "No misses — every answer was right." }</p>
            } else {
                <h2>{ "To review" }</h2>
                <ol class="misses" aria-label="Missed questions">
                    { for s.misses.iter().map(|m| html! {
                        <li>
                            <p class="prompt">{ &m.prompt }</p>
                            <p>{ "Answer: " }<strong>{ &m.answer }</strong>
                                if !m.typed.trim().is_empty() { { format!(" — you answered “{}”", m.typed) } }</p>
                            <blockquote>{ crate::text::strip_markdown_links(&m.quote) }</blockquote>
                            <p class="byline"><cite>{ &m.source }</cite></p>
                        </li>
                    }) }
                </ol>
            }
            <div class="actions">
                <button class="primary" onclick={again}>{ "Study again" }</button>
                <button class="secondary" onclick={home}>{ "Back to the sources" }</button>
            </div>
        </section>
    }
}
