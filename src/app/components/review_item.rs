//! One question of a teacher's review list: its type, prompt, answer (and
//! other accepted forms), options, items or pairs, source sentence, and a
//! button to drop it.

use crate::app::components::print_view::keyed_answer;
use crate::generate::{Question, QuestionType};
use crate::study::type_label;
use yew::prelude::*;

/// A question in the review list.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewItem {
    /// Its place in the candidate order (what a drop names).
    pub position: usize,
    pub question: Question,
    /// The title of its source.
    pub source: String,
}

/// One question of the review list, numbered `n`.
pub fn review_item(n: usize, item: &ReviewItem, on_drop: &Callback<usize>) -> Html {
    let q = &item.question;
    let others: Vec<&str> = q
        .accept
        .iter()
        .filter(|f| **f != q.answer)
        .map(String::as_str)
        .collect();
    let drop = {
        let (cb, at) = (on_drop.clone(), item.position);
        Callback::from(move |_: MouseEvent| cb.emit(at))
    };
    let heading = format!("review-q-{n}");
    html! {
        <li id={format!("review-{n}")} tabindex="-1" aria-labelledby={heading.clone()} class="review-item">
            <p class="review-type">{ format!("Question {n} · {}", type_label(q.qtype)) }</p>
            <p class="review-prompt" id={heading}>{ &q.prompt }</p>
            <dl class="review-facts">
                <dt>{ "Answer" }</dt><dd><strong>{ keyed_answer(q) }</strong></dd>
                if !others.is_empty() {
                    <dt>{ "Also accepted" }</dt><dd>{ others.join(" · ") }</dd>
                }
                if !q.choices.is_empty() {
                    <dt>{ "Options" }</dt>
                    <dd><ol class="review-options" type="A">{ for q.choices.iter().map(|c| html! { <li>{ c }</li> }) }</ol></dd>
                }
                if !q.items.is_empty() {
                    <dt>{ if q.qtype == QuestionType::Match { "Terms" } else { "Items" } }</dt>
                    <dd>{ q.items.join(" · ") }</dd>
                }
                if !q.options.is_empty() {
                    <dt>{ "Pairs with" }</dt><dd>{ q.options.join(" · ") }</dd>
                }
                <dt>{ "Source" }</dt>
                <dd><q>{ crate::text::strip_markdown_links(&q.source.quote) }</q>{ format!(" — {}", item.source) }</dd>
            </dl>
            <button class="secondary" onclick={drop}>{ "Drop" }<span class="visually-hidden">{ format!(" question {n}") }</span></button>
        </li>
    }
}
