//! The class view: result codes pasted in (one per line), each student's
//! score, the share right per question, and the table as CSV. All offline.

use crate::share::Class;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClassViewProps {
    pub on_csv: Callback<crate::download::Download>,
}

#[component]
pub fn ClassView(props: &ClassViewProps) -> Html {
    let text = use_state(String::new);
    let input = use_node_ref();
    let read = {
        let (text, input) = (text.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(t) = input.cast::<HtmlTextAreaElement>() {
                text.set(t.value());
            }
        })
    };
    let (class, problems) = Class::from_lines(&text);
    let csv = {
        let (cb, csv) = (
            props.on_csv.clone(),
            class.as_ref().map(crate::download::Download::class_csv),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = &csv {
                cb.emit(c.clone());
            }
        })
    };
    html! {
        <section class="class" aria-labelledby="class-title">
            <h1 id="class-title">{ "Class results" }</h1>
            <form onsubmit={read}>
                <label class="field" for="result-codes">{ "Result codes, one per line" }</label>
                <textarea id="result-codes" ref={input} rows="6" spellcheck="false" />
                <div class="actions"><button type="submit" class="primary">{ "Show results" }</button></div>
            </form>
            if !problems.is_empty() {
                <div class="notice" role="alert">
                    <ul aria-label="Codes not read">
                        { for problems.iter().map(|(line, why)| html! { <li>{ format!("Line {line}: {why}") }</li> }) }
                    </ul>
                </div>
            }
            if let Some(c) = &class {
                <table class="tally class-table">
                    <caption>{ match c.students.len() { 1 => "1 student".to_string(), n => format!("{n} students") } }</caption>
                    <thead><tr><th scope="col">{ "Name" }</th><th scope="col">{ "Score" }</th></tr></thead>
                    <tbody>
                        { for c.students.iter().map(|s| html! {
                            <tr><th scope="row">{ &s.name }</th><td>{ format!("{} / {}", s.score(), s.right.len()) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <table class="tally">
                    <caption>{ "Right per question" }</caption>
                    <thead><tr><th scope="col">{ "Question" }</th><th scope="col">{ "Right" }</th></tr></thead>
                    <tbody>
                        { for (0..c.right_per_question.len()).map(|k| html! {
                            <tr><th scope="row">{ format!("Question {}", k + 1) }</th><td>{ format!("{}%", c.percent(k)) }</td></tr>
                        }) }
                    </tbody>
                </table>
                <div class="actions"><button class="primary" onclick={csv}>{ "Download CSV" }</button></div>
            }
        </section>
    }
}
