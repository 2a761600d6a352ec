//! The teacher's quiz builder: the test settings, a title, and then the quiz
//! code, its link and QR code, and the worksheet and answer key to print.

use crate::app::components::qr::Qr;
use crate::app::components::test_setup::TestSetup;
use crate::app::state::SourceCard;
use crate::export::Format;
use crate::progress::Settings;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeachProps {
    pub settings: Settings,
    pub sources: Vec<SourceCard>,
    /// The code made from the settings, once asked for.
    pub code: Option<String>,
    pub title: AttrValue,
    /// The deck's name when it is the learner's own (goes into the link).
    #[prop_or_default]
    pub deck: AttrValue,
    /// The page's address without its hash, for the link.
    pub base: AttrValue,
    pub on_change: Callback<Settings>,
    pub on_title: Callback<String>,
    pub on_make: Callback<()>,
    /// Download every question of the deck in this format.
    pub on_download: Callback<crate::export::Format>,
    /// What the last download held and what it left out.
    #[prop_or_default]
    pub export_note: Option<AttrValue>,
}

/// The formats offered, in this order.
const EXPORTS: [Format; 6] = [
    Format::Csv,
    Format::Anki,
    Format::Gift,
    Format::MoodleXml,
    Format::Quizlet,
    Format::Kahoot,
];

#[component]
pub fn Teach(props: &TeachProps) -> Html {
    let on_title = {
        let cb = props.on_title.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                cb.emit(i.value());
            }
        })
    };
    let made = props.code.as_ref().map(|code| {
        let quiz = crate::route::Route::Quiz {
            code: code.clone(),
            title: props.title.to_string(),
            deck: props.deck.to_string(),
        };
        let print = |key| crate::route::Route::Print {
            code: code.clone(),
            title: props.title.to_string(),
            key,
        };
        let link = format!("{}{}", props.base, quiz.hash());
        html! {
            <section class="made" aria-labelledby="code-title">
                <h2 id="code-title">{ "Quiz code" }</h2>
                <p class="code" aria-label={format!("Quiz code {code}")}>{ code }</p>
                <p>{ "Students open the link, scan the QR code, or type the code on FactQuiz's Home page. Every student gets the same questions, in the same order, with the options in the same order as the answer key." }</p>
                <p class="link"><a href={quiz.hash()}>{ link.clone() }</a></p>
                <Qr text={link} label="QR code of the quiz link" />
                if !props.deck.is_empty() {
                    <p class="note">{ format!("This quiz is made from your own texts: give students the deck file of “{}” (Your texts, Deck file) to import first.", props.deck) }</p>
                }
                <div class="actions">
                    <a class="button" href={print(false).hash()}>{ "Worksheet to print" }</a>
                    <a class="button" href={print(true).hash()}>{ "Answer key to print" }</a>
                    <a class="button" href="#/class">{ "Class results" }</a>
                </div>
            </section>
        }
    });
    html! {
        <div class="teach">
            <h1>{ "Make a quiz for a class" }</h1>
            <p class="lead">{ "No accounts and no server: the quiz code holds the settings, so every phone makes the same quiz offline." }</p>
            <label class="field" for="quiz-title">{ "Title" }</label>
            <input id="quiz-title" class="text" type="text" value={props.title.clone()} oninput={on_title} />
            <TestSetup settings={props.settings.clone()} sources={props.sources.clone()} embedded=true
                on_change={props.on_change.clone()} on_start={props.on_make.clone()} start_label="Make quiz code" />
            { made.unwrap_or_default() }
            <section aria-labelledby="export-title">
                <h2 id="export-title">{ "All questions for other tools" }</h2>
                <p>{ "Every question of this deck, with its answer and source, as the command line exports them. Kahoot takes only choice and true/false questions of up to 120 characters; the others are left out, and the app says how many." }</p>
                <div class="actions">
                    { for EXPORTS.into_iter().map(|f| {
                        let cb = props.on_download.clone();
                        html! { <button class="secondary" onclick={Callback::from(move |_: MouseEvent| cb.emit(f))}>{ format!("Download {}", f.label()) }</button> }
                    }) }
                </div>
                <p id="export-status" class="export-status" role="status" aria-live="polite">{ props.export_note.clone().unwrap_or_default() }</p>
            </section>
        </div>
    }
}
