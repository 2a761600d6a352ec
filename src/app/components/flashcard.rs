//! A flashcard: the question on the front, the answer and its source
//! sentence on the back. Space flips; once flipped, 1–4 grade it
//! (Again, Hard, Good, Easy), which schedules the fact's next review.

use crate::generate::Question;
use crate::progress::Grade;
use crate::study::SourceCard;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FlashcardProps {
    pub number: usize,
    pub total: usize,
    pub question: Question,
    pub source: SourceCard,
    pub flipped: bool,
    pub on_flip: Callback<()>,
    pub on_grade: Callback<Grade>,
    /// "This question is wrong": hide the card for good and go on.
    #[prop_or_default]
    pub on_hide: Callback<()>,
}

#[component]
pub fn Flashcard(props: &FlashcardProps) -> Html {
    let flip_button = use_node_ref();
    crate::app::hooks::use_focus::use_focus(flip_button.clone(), props.number);
    let q = &props.question;
    let onkeydown = {
        let (flip, grade, flipped) = (props.on_flip.clone(), props.on_grade.clone(), props.flipped);
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let on_button = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|t| t.tag_name() == "BUTTON" || t.tag_name() == "A");
            match e.key().as_str() {
                " " if !on_button => {
                    e.prevent_default();
                    flip.emit(());
                }
                k @ ("1" | "2" | "3" | "4") if flipped => {
                    e.prevent_default();
                    let i = k.parse::<usize>().unwrap_or(1) - 1;
                    grade.emit(Grade::ALL[i]);
                }
                _ => {}
            }
        })
    };
    let hide = {
        let cb = props.on_hide.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let flip = {
        let cb = props.on_flip.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="flashcard" aria-labelledby="card-heading" {onkeydown}>
            <p class="progress" id="card-heading">{ format!("Card {} of {}", props.number, props.total) }</p>
            <div class={classes!("card", props.flipped.then_some("flipped"))} aria-live="polite">
                if props.flipped {
                    <p class="card-side">{ "Answer" }</p>
                    <p class="card-answer"><strong>{ &q.answer }</strong></p>
                    <blockquote>{ crate::text::strip_markdown_links(&q.source.quote) }</blockquote>
                    <p class="byline"><cite>{ &props.source.title }</cite>
                        if !props.source.byline.is_empty() { { format!(" — {}", props.source.byline) } }
                    </p>
                } else {
                    <p class="card-side">{ "Question" }</p>
                    <p class="prompt">{ &q.prompt }</p>
                }
            </div>
            <button ref={flip_button} class="secondary" onclick={flip} aria-keyshortcuts="Space">
                { if props.flipped { "Show question" } else { "Show answer" } }
                <kbd aria-hidden="true">{ "Space" }</kbd>
            </button>
            if props.flipped {
                <div class="grades" role="group" aria-label="How well did you know it?">
                    { for Grade::ALL.iter().enumerate().map(|(i, g)| {
                        let (cb, g) = (props.on_grade.clone(), *g);
                        html! {
                            <button class="option" onclick={Callback::from(move |_: MouseEvent| cb.emit(g))}
                                aria-keyshortcuts={(i + 1).to_string()}>
                                <kbd aria-hidden="true">{ i + 1 }</kbd><span>{ g.label() }</span>
                            </button>
                        }
                    }) }
                </div>
                <p class="quit"><button class="link" onclick={hide}>{ "This question is wrong" }</button></p>
            }
        </section>
    }
}
