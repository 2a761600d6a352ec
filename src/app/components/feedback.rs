//! The verdict after an answer: right or wrong, the expected answer, and the
//! exact source sentence with its source.

use crate::quiz::Answered;
use crate::study::SourceCard;
use yew::prelude::*;

/// What a hidden question says, on screen and to a screen reader.
pub const HIDDEN: &str =
    "Hidden: this question will not be asked again. You can restore it on Progress.";

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub answered: Answered,
    pub answer: String,
    pub accept: Vec<String>,
    pub quote: String,
    pub source: SourceCard,
    #[prop_or_default]
    pub note: Option<String>,
    /// The paragraph around the sentence: (sentence, is the source sentence).
    #[prop_or_default]
    pub paragraph: Vec<(String, bool)>,
    /// The sentence in Read.
    #[prop_or_default]
    pub place: AttrValue,
    pub on_override: Callback<()>,
    /// The learner hid this question ("This question is wrong").
    #[prop_or_default]
    pub hidden: bool,
    #[prop_or_default]
    pub on_hide: Callback<()>,
    /// Undo the hide.
    #[prop_or_default]
    pub on_restore: Callback<()>,
}

#[component]
pub fn Feedback(props: &FeedbackProps) -> Html {
    let a = &props.answered;
    let right = a.is_right();
    let (class, verdict) = match (right, a.overridden) {
        (true, true) => ("verdict right", "Marked right by you"),
        (true, false) => ("verdict right", "Right"),
        _ => ("verdict wrong", "Wrong"),
    };
    let on_override = {
        let cb = props.on_override.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_hide = {
        let cb = props.on_hide.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_restore = {
        let cb = props.on_restore.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let others: Vec<&String> = props
        .accept
        .iter()
        .filter(|f| **f != props.answer)
        .take(4)
        .collect();
    html! {
        <div class="feedback">
            <p class={class}>
                <strong>{ verdict }</strong>
                if !right {
                    { format!(" — you answered “{}”.", a.typed) }
                }
            </p>
            <p class="expected">{ "Answer: " }<strong>{ &props.answer }</strong>
                if !others.is_empty() {
                    <span class="also">{ format!(" (also accepted: {})", others.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }</span>
                }
            </p>
            if let Some(n) = &props.note {
                <p class="note">{ n }</p>
            }
            <figure class="citation">
                if props.paragraph.is_empty() {
                    <blockquote>{ crate::text::strip_markdown_links(&props.quote) }</blockquote>
                } else {
                    <blockquote>
                        { for props.paragraph.iter().map(|(t, it)| if *it {
                            html! { <><mark>{ t }</mark>{ " " }</> }
                        } else {
                            html! { <span class="context">{ format!("{t} ") }</span> }
                        }) }
                    </blockquote>
                }
                <figcaption>
                    <cite>{ &props.source.title }</cite>
                    if !props.source.byline.is_empty() {
                        { format!(" — {}", props.source.byline) }
                    }
                    if !props.place.is_empty() {
                        { " · " }<a href={props.place.clone()}>{ "Read it in context" }</a>
                    }
                </figcaption>
            </figure>
            <div class="actions feedback-actions">
                if !right {
                    <button class="secondary" onclick={on_override}>{ "I was right" }</button>
                }
                if !props.hidden {
                    <button class="secondary" onclick={on_hide} aria-describedby="hide-help">{ "This question is wrong" }</button>
                    <span id="hide-help" class="visually-hidden">{ "Hides it for good: it is not asked again. Hidden questions are listed on Progress." }</span>
                } else {
                    <button class="secondary" onclick={on_restore}>{ "Undo hide" }</button>
                }
            </div>
            // (announced by the question's live region)
            if props.hidden {
                <p class="hidden-note">{ HIDDEN }</p>
            }
        </div>
    }
}
