//! One question: its prompt and the input its type needs (a labelled answer
//! box where Enter submits, options with keys 1–4 or T/F, an order to
//! arrange, pairs to match), then the feedback and a Next button (Enter goes
//! on). In a test there is no feedback: the parent moves on at once.

use crate::app::components::feedback::Feedback;
use crate::app::components::match_input::MatchInput;
use crate::app::components::options::Options;
use crate::app::components::order_input::OrderInput;
use crate::app::hooks::use_focus::use_focus;
use crate::generate::{Question, QuestionType};
use crate::quiz::Answered;
use crate::study::SourceCard;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub number: usize,
    pub total: usize,
    pub question: Question,
    pub answered: Option<Answered>,
    pub source: SourceCard,
    /// The sentence in Read (`#/read/2#14`).
    #[prop_or_default]
    pub place: AttrValue,
    /// The paragraph around the source sentence (see `Feedback`).
    #[prop_or_default]
    pub paragraph: Vec<(String, bool)>,
    /// Show the verdict after each answer (not in a test).
    #[prop_or(true)]
    pub feedback: bool,
    /// A test's time left ("4:59").
    #[prop_or_default]
    pub time_left: Option<String>,
    pub on_submit: Callback<String>,
    pub on_next: Callback<()>,
    pub on_override: Callback<()>,
    /// The learner hid this question.
    #[prop_or_default]
    pub hidden: bool,
    #[prop_or_default]
    pub on_hide: Callback<()>,
    #[prop_or_default]
    pub on_restore: Callback<()>,
}

#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let input = use_node_ref();
    let next = use_node_ref();
    let answered = props.answered.is_some() && props.feedback;
    use_focus(input.clone(), props.number);
    // Back to Next after an answer, and after hiding or its undo (the
    // button pressed is gone), so Enter goes on.
    use_focus(next.clone(), (answered, props.hidden));

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
        _ if !props.feedback => String::new(),
        Some(_) if props.hidden => crate::app::components::feedback::HIDDEN.to_string(),
        Some(a) if a.is_right() => format!("Right. The answer is {}.", q.answer),
        Some(_) => format!("Wrong. The answer is {}.", q.answer),
        None => String::new(),
    };
    html! {
        <section class="question" aria-labelledby="q-heading">
            <div class="q-top">
                <p class="progress" id="q-heading">{ format!("Question {} of {}", props.number, props.total) }</p>
                if let Some(t) = &props.time_left {
                    <p class="timer" aria-label={format!("Time left {t}")}>{ t }</p>
                }
            </div>
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
                QuestionType::Order => html! {
                    <OrderInput items={q.items.clone()} focus_key={props.number} disabled={answered} on_submit={props.on_submit.clone()} />
                },
                QuestionType::Match => html! {
                    <MatchInput items={q.items.clone()} options={q.options.clone()} focus_key={props.number} disabled={answered} on_submit={props.on_submit.clone()} />
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
            if let Some(a) = props.answered.as_ref().filter(|_| props.feedback) {
                <Feedback answered={a.clone()} answer={q.answer.clone()} accept={q.accept.clone()}
                    quote={q.source.quote.clone()} source={props.source.clone()} note={q.note.clone()}
                    place={props.place.clone()} paragraph={props.paragraph.clone()} on_override={props.on_override.clone()}
                    hidden={props.hidden} on_hide={props.on_hide.clone()} on_restore={props.on_restore.clone()} />
                <button ref={next} class="primary next" onclick={on_next}>{ if last { "See results" } else { "Next question" } }</button>
            }
        </section>
    }
}
