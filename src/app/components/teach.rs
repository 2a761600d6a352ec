//! The teacher's quiz builder: the test settings, a title, and then the quiz
//! code, its link and QR code, and the worksheet and answer key to print.
//! Below, the quiz in full for review: each question with its answer,
//! accepted forms, options and source sentence, and a button to drop it
//! (the next best question takes its place); dropped ones can be brought
//! back. The code follows the review.

use crate::app::components::qr::Qr;
use crate::app::components::review_item::review_item;
pub use crate::app::components::review_item::ReviewItem;
use crate::app::components::test_setup::TestSetup;
use crate::export::Format;
use crate::progress::Settings;
use crate::study::SourceCard;
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
    /// The quiz as students will get it, in order.
    #[prop_or_default]
    pub items: Vec<ReviewItem>,
    /// The questions the teacher dropped, in the order dropped.
    #[prop_or_default]
    pub dropped: Vec<ReviewItem>,
    /// Questions hidden on this device, left out of the quiz.
    #[prop_or_default]
    pub hidden: usize,
    /// Drop the question at this position of the candidate order.
    #[prop_or_default]
    pub on_drop: Callback<usize>,
    /// Bring a dropped question back.
    #[prop_or_default]
    pub on_undo: Callback<usize>,
}

/// Where keyboard focus goes once the list is drawn again.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Focus {
    /// The question now in this place (1-based) after a drop.
    Place(usize),
    /// The question at this candidate position, after an undo.
    Position(usize),
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
    // After a drop or an undo the button pressed is gone: focus goes to the
    // question that took its place (or came back), and a status says so.
    let focus = use_state(|| None::<Focus>);
    let said = use_state(String::new);
    // A download's report is shown where the teacher is looking: the page
    // scrolls just enough to bring it on screen.
    let export_status = use_node_ref();
    {
        let export_status = export_status.clone();
        use_effect_with(props.export_note.clone(), move |note| {
            if note.is_some() {
                if let Some(el) = export_status.cast::<web_sys::Element>() {
                    el.scroll_into_view_with_bool(false);
                }
            }
        });
    }
    {
        let focus = focus.clone();
        let places: Vec<usize> = props.items.iter().map(|i| i.position).collect();
        use_effect_with((*focus, places), move |(f, places)| {
            let place = match f {
                Some(Focus::Place(n)) => Some((*n).min(places.len())),
                Some(Focus::Position(p)) => places.iter().position(|x| x == p).map(|k| k + 1),
                None => None,
            };
            if f.is_some() {
                let id = match place {
                    Some(n) if n > 0 => format!("review-{n}"),
                    _ => "review-title".to_string(),
                };
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    el.focus().ok();
                }
                focus.set(None);
            }
        });
    }
    let on_drop = {
        let (cb, focus, said) = (props.on_drop.clone(), focus.clone(), said.clone());
        let items = props.items.clone();
        Callback::from(move |at: usize| {
            let n = items
                .iter()
                .position(|i| i.position == at)
                .map_or(1, |k| k + 1);
            said.set(format!("Question {n} dropped."));
            focus.set(Some(Focus::Place(n)));
            cb.emit(at);
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
            <section class="review" aria-labelledby="review-title">
                <h2 id="review-title" tabindex="-1">{ match props.items.len() {
                    1 => "Review the quiz: 1 question".to_string(),
                    n => format!("Review the quiz: {n} questions"),
                } }</h2>
                <p>{ "Every question as students get it, with its answer and source. Drop a question and the next best question of the deck takes its place; when the deck has none left, the quiz gets shorter. The quiz code, the worksheet, the answer key and the class results follow this list." }</p>
                if props.hidden > 0 {
                    <p class="note">{ match props.hidden {
                        1 => "1 question hidden on this device is left out (restore it on Progress).".to_string(),
                        n => format!("{n} questions hidden on this device are left out (restore them on Progress)."),
                    } }</p>
                }
                <p class="visually-hidden" role="status" aria-live="polite">{ (*said).clone() }</p>
                <ol class="review-list" aria-label="Questions of the quiz">
                    { for props.items.iter().enumerate().map(|(k, item)| review_item(k + 1, item, &on_drop)) }
                </ol>
                if !props.dropped.is_empty() {
                    <h3 id="dropped-title">{ format!("Dropped ({})", props.dropped.len()) }</h3>
                    <ul class="review-dropped" aria-labelledby="dropped-title">
                        { for props.dropped.iter().map(|item| {
                            let (cb, at, focus, said) = (props.on_undo.clone(), item.position, focus.clone(), said.clone());
                            let undo = Callback::from(move |_: MouseEvent| {
                                said.set("Drop undone.".into());
                                focus.set(Some(Focus::Position(at)));
                                cb.emit(at);
                            });
                            html! {
                                <li>
                                    <span class="review-prompt">{ &item.question.prompt }</span>
                                    <button class="secondary" onclick={undo} aria-label={format!("Undo drop: {}", item.question.prompt)}>{ "Undo drop" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="export-title">
                <h2 id="export-title">{ "All questions for other tools" }</h2>
                <p>{ "Every question of this deck, with its answer and source, as the command line exports them. Kahoot takes only choice and true/false questions of up to 120 characters; the others are left out, and the app says how many." }</p>
                <div class="actions">
                    { for EXPORTS.into_iter().map(|f| {
                        let cb = props.on_download.clone();
                        html! { <button class="secondary" onclick={Callback::from(move |_: MouseEvent| cb.emit(f))}>{ format!("Download {}", f.label()) }</button> }
                    }) }
                </div>
                <p ref={export_status} id="export-status" class="export-status" role="status" aria-live="polite">{ props.export_note.clone().unwrap_or_default() }</p>
            </section>
        </div>
    }
}
