//! Test settings: how many questions, from which sources, of which types,
//! and an optional time limit. Every change is kept for next time.

use crate::generate::QuestionType;
use crate::progress::Settings;
use crate::study::{type_label, SourceCard};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TestSetupProps {
    pub settings: Settings,
    pub sources: Vec<SourceCard>,
    /// A seed from the address: the questions are fixed.
    #[prop_or_default]
    pub seed: Option<u64>,
    /// Inside another page (the quiz builder): no heading of its own.
    #[prop_or_default]
    pub embedded: bool,
    #[prop_or(AttrValue::Static("Start test"))]
    pub start_label: AttrValue,
    pub on_change: Callback<Settings>,
    pub on_start: Callback<()>,
}

/// Changes a copy of the settings in answer to a form event.
type Edit = Box<dyn Fn(&mut Settings, &Event)>;

#[component]
pub fn TestSetup(props: &TestSetupProps) -> Html {
    let start = use_node_ref();
    let focus = if props.embedded {
        NodeRef::default()
    } else {
        start.clone()
    };
    crate::app::hooks::use_focus::use_focus(focus, ());
    let s = &props.settings;
    let all_files: Vec<String> = props.sources.iter().map(|x| x.file.clone()).collect();
    let chosen_files: Vec<String> = if s.sources.is_empty() {
        all_files.clone()
    } else {
        s.sources.clone()
    };
    let change = |f: Edit| {
        let (settings, cb) = (s.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let mut next = settings.clone();
            f(&mut next, &e);
            cb.emit(next);
        })
    };
    let checked = |e: &Event| {
        e.target_dyn_into::<HtmlInputElement>()
            .is_some_and(|i| i.checked())
    };
    let onsubmit = {
        let cb = props.on_start.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(());
        })
    };
    let types_ok = !s.types.is_empty();
    html! {
        <section class="test-setup" aria-label={if props.embedded { "Quiz settings" } else { "Test" }}>
            if !props.embedded {
                <h1 id="test-title">{ "Test" }</h1>
                <p class="lead">{ "Answer every question first; the verdicts come at the end." }
                    if let Some(seed) = props.seed { { format!(" This test's questions are fixed (number {seed}).") } }
                </p>
            }
            <form {onsubmit}>
                <fieldset>
                    <legend>{ "Number of questions" }</legend>
                    { for [(Some(10), "10"), (Some(20), "20"), (None, "All")].into_iter().map(|(n, label)| html! {
                        <label class="choice">
                            <input type="radio" name="count" checked={s.count == n}
                                onchange={change(Box::new(move |x: &mut Settings, _| x.count = n))} />
                            { label }
                        </label>
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ "Sources" }</legend>
                    { for props.sources.iter().map(|src| {
                        let (file, all) = (src.file.clone(), all_files.clone());
                        let chosen = chosen_files.clone();
                        html! {
                            <label class="choice">
                                <input type="checkbox" checked={chosen.contains(&src.file)}
                                    onchange={change(Box::new(move |x: &mut Settings, e| {
                                        let mut v: Vec<String> = chosen.iter().filter(|f| **f != file).cloned().collect();
                                        if checked(e) { v.push(file.clone()); }
                                        // Keep the deck's order; all or none chosen means all.
                                        v = all.iter().filter(|f| v.contains(f)).cloned().collect();
                                        x.sources = if v.len() == all.len() { Vec::new() } else { v };
                                    }))} />
                                { &src.title }
                            </label>
                        }
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ "Question types" }</legend>
                    { for QuestionType::ALL.into_iter().map(|t| html! {
                        <label class="choice">
                            <input type="checkbox" checked={s.types.contains(&t)}
                                onchange={change(Box::new(move |x: &mut Settings, e| {
                                    x.types.retain(|y| *y != t);
                                    if checked(e) { x.types.push(t); }
                                    x.types.sort_by_key(|y| QuestionType::ALL.iter().position(|z| z == y));
                                }))} />
                            { type_label(t) }
                        </label>
                    }) }
                </fieldset>
                <label for="time-limit" class="field">{ "Time limit" }</label>
                <select id="time-limit" onchange={change(Box::new(|x: &mut Settings, e| {
                    if let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() {
                        x.minutes = sel.value().parse().unwrap_or(0);
                    }
                }))}>
                    { for [0u32, 5, 10, 20, 30].into_iter().map(|m| html! {
                        <option value={m.to_string()} selected={s.minutes == m}>
                            { if m == 0 { "No time limit".to_string() } else { format!("{m} minutes") } }
                        </option>
                    }) }
                </select>
                if !types_ok {
                    <p class="notice" role="alert">{ "Choose at least one question type." }</p>
                }
                <div class="actions">
                    <button ref={start} type="submit" class="primary" disabled={!types_ok}>{ props.start_label.clone() }</button>
                </div>
            </form>
        </section>
    }
}
