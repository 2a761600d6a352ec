//! One question: its prompt, a labelled answer box (Enter submits) or its
//! options (keys 1–4, T/F), then the feedback and a Next button (Enter goes on).

use crate::app::components::feedback::Feedback;
use crate::app::components::options::Options;
use crate::app::hooks::use_focus::use_focus;
use crate::app::state::SourceCard;
use crate::generate::{Question, QuestionType};
use crate::quiz::Answered;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub number: usize,
    pub total: usize,
    pub question: Question,
    pub answered: Option<Answered>,
    pub source: SourceCard,
    pub on_submit: Callback<String>,
    pub on_next: Callback<()>,
    pub on_override: Callback<()>,
}

#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let input = use_node_ref();
    let next = use_node_ref();
    let answered = props.answered.is_some();
    use_focus(input.clone(), props.number);
    use_focus(next.clone(), answered);

    let onsubmit = {
        let input = input.clone();
        let cb = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                cb.emit(el.value());
            }
        })
    };
    let on_next = {
        let cb = props.on_next.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let q = &props.question;
    let last = props.number == props.total;
    let status = match &props.answered {
        Some(a) if a.is_right() => format!("Right. The answer is {}.", q.answer),
        Some(_) => format!("Wrong. The answer is {}.", q.answer),
        None => String::new(),
    };
    html! {
        <section class="question" aria-labelledby="q-heading">
            <p class="progress" id="q-heading">{ format!("Question {} of {}", props.number, props.total) }</p>
            <progress max={props.total.to_string()} value={(props.number - 1).to_string()} aria-hidden="true"></progress>
            <p class="prompt">{ &q.prompt }</p>
            { match q.qtype {
                QuestionType::Choice => html! {
                    <Options labels={q.choices.clone()}
                        keys={(1..=q.choices.len()).map(|i| i.to_string()).collect::<Vec<_>>()}
                        values={q.choices.clone()}
                        picked={props.answered.as_ref().map(|a| a.typed.clone())}
                        correct={answered.then(|| q.answer.clone())}
                        focus_key={props.number} disabled={answered} on_pick={props.on_submit.clone()} />
                },
                QuestionType::TrueFalse => html! {
                    <Options labels={vec!["True".to_string(), "False".to_string()]}
                        keys={vec!["t".to_string(), "f".to_string()]}
                        values={vec!["true".to_string(), "false".to_string()]}
                        picked={props.answered.as_ref().map(|a| a.typed.clone())}
                        correct={answered.then(|| q.answer.clone())}
                        focus_key={props.number} disabled={answered} on_pick={props.on_submit.clone()} />
                },
                _ => html! {
                    <form {onsubmit} class="answer-form">
                        <label for="answer">{ "Your answer" }</label>
                        <div class="row">
                            <input id="answer" ref={input} type="text" autocomplete="off" spellcheck="false"
                                readonly={answered} aria-describedby="q-heading" />
                            if !answered {
                                <button type="submit" class="primary">{ "Check" }</button>
                            }
                        </div>
                    </form>
                },
            } }
            <div class="live" aria-live="polite" role="status">{ status }</div>
            if let Some(a) = &props.answered {
                <Feedback answered={a.clone()} answer={q.answer.clone()} accept={q.accept.clone()}
                    quote={q.source.quote.clone()} source={props.source.clone()} note={q.note.clone()}
                    on_override={props.on_override.clone()} />
                <button ref={next} class="primary next" onclick={on_next}>{ if last { "See results" } else { "Next question" } }</button>
            }
        </section>
    }
}
