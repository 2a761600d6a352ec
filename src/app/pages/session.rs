//! The page of a study mode: its session in progress (a question card, or a
//! flashcard), its results, or the screen that starts it.

use crate::app::components::flashcard::Flashcard;
use crate::app::components::mode_intro::ModeIntro;
use crate::app::components::question_card::QuestionCard;
use crate::app::components::results::Results;
use crate::app::components::test_setup::TestSetup;
use crate::app::dispatch::{at_now, send, Store};
use crate::app::hooks::use_clock::now;
use crate::progress::{Grade, Mode};
use crate::route::Route;
use crate::study::Action;
use yew::prelude::*;

/// "1:05" left until `ends`.
fn clock(ends: i64, now: i64) -> String {
    let s = ((ends - now).max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The screen of a mode: its session in progress, its results, or its start.
pub fn session(state: &Store, mode: Mode, time: i64) -> Html {
    let start = at_now(state, move |_: (), t| Action::Start(mode, t));
    if let Some(c) = state.session(mode) {
        let quiz = &c.quiz;
        let Some(q) = quiz.current().cloned() else {
            return Html::default();
        };
        let source = state.source_card(&q.source.file);
        if mode == Mode::Flashcards {
            return html! {
                <Flashcard key={format!("{}-{}", quiz.index, &q.id)} number={quiz.index + 1} total={quiz.questions.len()}
                    question={q.clone()} {source} flipped={state.flipped}
                    on_hide={at_now(state, |_: (), t| Action::Hide(t))}
                    on_flip={send(state, Action::Flip)}
                    on_grade={at_now(state, |g: Grade, t| Action::Grade(g, t))} />
            };
        }
        return html! {
            <>
                <QuestionCard
                    key={quiz.index}
                    number={quiz.index + 1}
                    total={quiz.questions.len()}
                    question={q.clone()}
                    answered={quiz.current_answer().cloned()}
                    {source}
                    place={AttrValue::from(state.place(&q).hash())}
                    paragraph={state.paragraph(&q)}
                    feedback={mode != Mode::Test}
                    time_left={c.ends.map(|e| clock(e, time))}
                    on_submit={at_now(state, |typed: String, t| Action::Submit(typed, t))}
                    on_next={at_now(state, |_: (), t| Action::Next(t))}
                    on_override={send(state, Action::Override)}
                    hidden={state.progress.is_hidden(&q)}
                    on_hide={at_now(state, |_: (), t| Action::Hide(t))}
                    on_restore={{
                        let id = q.id.clone();
                        at_now(state, move |_: (), t| Action::Restore(id.clone(), t))
                    }}
                />
                <p class="quit"><button class="link" onclick={send::<MouseEvent>(state, Action::Quit)}>{ format!("Stop this {}", if mode == Mode::Test { "test" } else { "session" }) }</button></p>
            </>
        };
    }
    if let Some(summary) = state.results(mode) {
        return html! { <Results {summary} on_again={start} /> };
    }
    let p = &state.progress;
    let counts = state.intro_counts(mode, now()).unwrap_or_default();
    match mode {
        Mode::Test => {
            let seed = match state.route {
                Route::Test { seed } => seed,
                _ => None,
            };
            html! {
                <TestSetup settings={p.settings.clone()} sources={state.source_cards()} {seed}
                    on_change={{
                        let s = state.clone();
                        Callback::from(move |x| s.dispatch(Action::Settings(x, now())))
                    }}
                    on_start={start} />
            }
        }
        Mode::Practice => html! {
            <ModeIntro title="Practice" start_label="Start practice" on_start={start} {counts}
                text="Spaced review: facts due for review come first, new ones are mixed in, and a missed question comes back a few questions later. Each answer schedules the fact's next review." />
        },
        Mode::Flashcards => html! {
            <ModeIntro title="Flashcards" start_label="Start flashcards" on_start={start} {counts}
                text="A question on the front, the answer and its source sentence on the back. Space flips the card; 1 Again, 2 Hard, 3 Good, 4 Easy grade it, which schedules its next review." />
        },
        Mode::Mistakes => html! {
            <ModeIntro title="Review mistakes" start_label="Review mistakes" on_start={start} {counts}
                disabled={p.open_mistakes().is_empty()}
                text="Every question you answered wrong and have not answered right since." />
        },
    }
}
