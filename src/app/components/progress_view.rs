//! Progress: what is learned and due, accuracy across sessions, whether the
//! browser keeps the storage, and the progress file (export to keep or move
//! it, import to add it to the progress here).

use crate::app::components::chart::Chart;
use crate::app::components::results::duration;
use crate::progress::Session;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressViewProps {
    pub due: usize,
    pub learned: usize,
    pub seen: usize,
    pub facts: usize,
    pub history: Vec<Session>,
    /// Whether the browser granted persistent storage; `None` until known.
    pub persisted: Option<bool>,
    /// When progress was last exported: "never", "3 days ago".
    pub exported: String,
    /// Ask the learner to export (storage may be cleared, no recent export).
    pub nudge: bool,
    pub on_export: Callback<()>,
    /// The text of a chosen file.
    pub on_import: Callback<web_sys::File>,
    /// Questions hidden for good: (question id, prompt), the last hidden first.
    #[prop_or_default]
    pub hidden: Vec<(String, String)>,
    /// Bring a hidden question back (by id).
    #[prop_or_default]
    pub on_restore: Callback<String>,
}

#[component]
pub fn ProgressView(props: &ProgressViewProps) -> Html {
    let export = {
        let cb = props.on_export.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let import = {
        let cb = props.on_import.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                if let Some(f) = input.files().and_then(|l| l.get(0)) {
                    cb.emit(f);
                }
                input.set_value("");
            }
        })
    };
    let sessions: Vec<(usize, usize)> = props.history.iter().map(|s| (s.right, s.total)).collect();
    html! {
        <section class="progress-page" aria-labelledby="progress-title">
            <h1 id="progress-title">{ "Progress" }</h1>
            <ul class="stats">
                <li><strong>{ props.learned }</strong>{ " learned" }</li>
                <li><strong>{ props.due }</strong>{ " due for review" }</li>
                <li><strong>{ props.seen }</strong>{ format!(" of {} facts seen", props.facts) }</li>
                <li><strong>{ props.history.len() }</strong>{ " sessions" }</li>
            </ul>
            <h2>{ "Accuracy" }</h2>
            <Chart {sessions} />
            if !props.history.is_empty() {
                <table class="tally">
                    <caption>{ "Recent sessions" }</caption>
                    <thead><tr><th scope="col">{ "Mode" }</th><th scope="col">{ "Right" }</th><th scope="col">{ "Time" }</th></tr></thead>
                    <tbody>
                        { for props.history.iter().rev().take(10).map(|s| html! {
                            <tr><th scope="row">{ s.mode.label() }</th><td>{ format!("{} / {}", s.right, s.total) }</td><td>{ duration(s.seconds) }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <h2 id="hidden-title">{ "Hidden questions" }</h2>
            if props.hidden.is_empty() {
                <p>{ "None. A question you find wrong can be hidden from its feedback (“This question is wrong”); it is then listed here." }</p>
            } else {
                <p>{ "Never asked again in any mode on this device, nor in a quiz you make here. Restore one to have it asked again." }</p>
                <ul class="hidden-list" aria-labelledby="hidden-title">
                    { for props.hidden.iter().map(|(id, prompt)| {
                        let (cb, id) = (props.on_restore.clone(), id.clone());
                        html! {
                            <li>
                                <span class="hidden-prompt">{ prompt }</span>
                                <button class="secondary" aria-label={format!("Restore: {prompt}")}
                                    onclick={Callback::from(move |_: MouseEvent| cb.emit(id.clone()))}>{ "Restore" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h2>{ "Keep your progress" }</h2>
            <p>{ "Progress is saved in this browser and shared by every FactQuiz tab open in it. Export it to a file to keep a copy or move it to another device; import that file to add it to the progress here." }</p>
            <ul class="keep">
                <li>{ match props.persisted {
                    Some(true) => "Persistent storage granted: this browser will not clear your progress to make room.",
                    Some(false) => "Persistent storage not granted: this browser may clear your progress when it needs room.",
                    None => "Checking whether this browser keeps your progress…",
                } }</li>
                <li>{ format!("Last exported: {}", props.exported) }</li>
            </ul>
            if props.nudge {
                <p class="notice"><strong>{ "Export your progress: this browser may clear it." }</strong></p>
            }
            <div class="actions">
                <button class="primary" onclick={export}>{ "Export progress" }</button>
                <label class="button secondary file-button">
                    { "Import progress" }
                    <input type="file" accept=".json,application/json" onchange={import} class="visually-hidden" />
                </label>
            </div>
        </section>
    }
}
