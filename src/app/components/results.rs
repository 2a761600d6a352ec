//! The end of a session: the score and time, right answers by source and by
//! type, every answer with its verdict and source, and accuracy across past
//! sessions.

use crate::app::components::chart::Chart;
use crate::app::components::qr::Qr;
use crate::app::hooks::use_focus::use_focus;
use crate::progress::Tally;
use crate::study::Summary;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub summary: Summary,
    pub on_again: Callback<()>,
}

fn table(caption: &str, rows: &[Tally]) -> Html {
    html! {
        <table class="tally">
            <caption>{ caption }</caption>
            <thead><tr><th scope="col">{ "" }</th><th scope="col">{ "Right" }</th></tr></thead>
            <tbody>
                { for rows.iter().map(|t| html! {
                    <tr><th scope="row">{ &t.label }</th><td>{ format!("{} / {}", t.right, t.total) }</td></tr>
                }) }
            </tbody>
        </table>
    }
}

/// "3 min 05 s"
pub fn duration(seconds: u64) -> String {
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min {:02} s", seconds / 60, seconds % 60)
    }
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
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" ref={heading} tabindex="-1">{ match &s.result {
                Some((sh, _)) if !sh.title.is_empty() => format!("{}: your score", sh.title),
                Some(_) => "Shared quiz: your score".to_string(),
                None => format!("{}: your score", s.mode.label()),
            } }</h1>
            <p class="score" aria-label={format!("Score: {} out of {}", s.right, s.total)}>
                <strong>{ format!("{} / {}", s.right, s.total) }</strong>
                <span class="time">{ format!(" in {}", duration(s.seconds)) }</span>
            </p>
            if let Some((shared, code)) = &s.result {
                <section class="hand-in" aria-labelledby="hand-in-title">
                    <h2 id="hand-in-title">{ format!("Result code for {}", shared.name) }</h2>
                    <p>{ "Show this QR code to your teacher, or send them the code." }</p>
                    <p class="code" aria-label={format!("Result code {code}")}>{ code }</p>
                    <Qr text={code.clone()} label="QR code of your result code" />
                </section>
            }
            if s.overridden > 0 {
                <p class="note">{ format!("Including {} you marked right yourself.", s.overridden) }</p>
            }
            <div class="actions">
                <button class="primary" onclick={again}>{ "Study again" }</button>
                <a class="button secondary" href="#/">{ "Home" }</a>
            </div>
            <div class="tallies">
                { table("By source", &s.by_source) }
                { table("By question type", &s.by_type) }
            </div>
            <h2>{ "Your answers" }</h2>
            <ol class="answers" aria-label="Your answers">
                { for s.lines.iter().map(|m| html! {
                    <li class={if m.right { "right" } else { "wrong" }}>
                        <p class="prompt">{ &m.prompt }</p>
                        <p><strong class="verdict-word">{ if m.right { "Right" } else { "Wrong" } }</strong>
                            { " — answer: " }<strong>{ &m.answer }</strong>
                            if !m.right && !m.typed.trim().is_empty() { { format!("; you answered “{}”", m.typed) } }
                            if !m.right && m.typed.trim().is_empty() { { "; not answered" } }
                        </p>
                        if !m.right {
                            <blockquote>{ crate::text::strip_markdown_links(&m.quote) }</blockquote>
                            <p class="byline"><cite>{ &m.source }</cite>{ " · " }<a href={m.place.clone()}>{ "Read it in context" }</a></p>
                        }
                    </li>
                }) }
            </ol>
            <h2>{ "Past sessions" }</h2>
            <Chart sessions={s.history.clone()} />
        </section>
    }
}
