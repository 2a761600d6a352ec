//! A shared quiz on paper: the worksheet (title, name line, numbered
//! questions with their options or an answer line) or the answer key (every
//! answer with its source). Print CSS lays it out for A4 or Letter.

use crate::generate::{Question, QuestionType};
use crate::study::type_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintViewProps {
    pub title: AttrValue,
    pub code: AttrValue,
    pub questions: Vec<Question>,
    /// Answer key rather than worksheet.
    pub answers: bool,
    /// Source titles, by file.
    pub sources: Vec<(String, String)>,
}

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

fn ask(q: &Question) -> Html {
    match q.qtype {
        QuestionType::Choice => html! {
            <ol class="choices" type="A">
                { for q.choices.iter().map(|c| html! { <li>{ c }</li> }) }
            </ol>
        },
        QuestionType::TrueFalse => html! { <p class="tf">{ "True  /  False" }</p> },
        QuestionType::Order => html! {
            <ul class="to-order">
                { for q.items.iter().map(|i| html! { <li><span class="box">{ "" }</span>{ i }</li> }) }
            </ul>
        },
        QuestionType::Match => html! {
            <div class="to-match">
                <ol>{ for q.items.iter().map(|i| html! { <li>{ format!("{i} = ") }<span class="line-short" /></li> }) }</ol>
                <p>{ format!("Choose from: {}", q.options.join(" · ")) }</p>
            </div>
        },
        _ => html! { <p class="answer-line" aria-hidden="true" /> },
    }
}

/// The answer as the key gives it: a choice with its letter.
pub(crate) fn keyed_answer(q: &Question) -> String {
    match q.qtype {
        QuestionType::Choice => match q.choices.iter().position(|c| *c == q.answer) {
            Some(i) => format!("{} — {}", LETTERS[i.min(5)], q.answer),
            None => q.answer.clone(),
        },
        QuestionType::TrueFalse if q.answer == "true" => "True".into(),
        QuestionType::TrueFalse => "False".into(),
        _ => q.answer.clone(),
    }
}

#[component]
pub fn PrintView(props: &PrintViewProps) -> Html {
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            w.print().ok();
        }
    });
    let title = if props.title.is_empty() {
        "Quiz".into()
    } else {
        props.title.clone()
    };
    let source = |file: &str| {
        props
            .sources
            .iter()
            .find(|s| s.0 == file)
            .map_or(file.to_string(), |s| s.1.clone())
    };
    html! {
        <article class={classes!("sheet", props.answers.then_some("key"))}>
            <div class="no-print actions">
                <button class="primary" onclick={print}>{ "Print" }</button>
                <a class="button" href="#/teach">{ "Back to the quiz builder" }</a>
            </div>
            <h1>{ if props.answers { format!("{title}: answer key") } else { title.to_string() } }</h1>
            <p class="sheet-meta">{ format!("Quiz code {} · {} questions", props.code, props.questions.len()) }</p>
            if !props.answers {
                <p class="name-line">{ "Name: " }<span class="line" /></p>
                <ol class="sheet-questions">
                    { for props.questions.iter().map(|q| html! {
                        <li>
                            <p class="sheet-prompt">{ &q.prompt }</p>
                            <p class="sheet-type">{ type_label(q.qtype) }</p>
                            { ask(q) }
                        </li>
                    }) }
                </ol>
            } else {
                <ol class="sheet-questions">
                    { for props.questions.iter().map(|q| html! {
                        <li>
                            <p class="sheet-answer"><strong>{ keyed_answer(q) }</strong></p>
                            <p class="sheet-source">{ format!("{} — “{}”", source(&q.source.file), crate::text::strip_markdown_links(&q.source.quote)) }</p>
                        </li>
                    }) }
                </ol>
            }
        </article>
    }
}
