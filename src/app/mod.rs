//! The web app: a thin Yew shell over the core. State is the core's study
//! model (`crate::study`), held as one Yew reducer (`state.rs`); each screen
//! is a small component (`components/`); hooks hold the browser concerns
//! (`hooks/`).

pub mod components;
pub mod decks;
pub mod files;
pub mod hooks;
pub mod perf;
pub mod state;
pub mod worker;

use crate::download::Download;
use crate::progress::{Grade, Mode, Progress};
use crate::route::Route;
use crate::study::Action;
use components::class_view::ClassView;
use components::flashcard::Flashcard;
use components::home::Home;
use components::mode_intro::ModeIntro;
use components::nav::Nav;
use components::print_view::PrintView;
use components::progress_view::ProgressView;
use components::question_card::QuestionCard;
use components::read_view::ReadView;
use components::results::Results;
use components::shared_intro::SharedIntro;
use components::teach::Teach;
use components::test_setup::TestSetup;
use components::texts::Texts;
use hooks::use_clock::{now, use_clock};
use state::AppState;
use yew::prelude::*;

/// The quiz builder's own state: the title, the seed of the quiz under
/// review, the teacher's drops (positions in the candidate order) and
/// whether the code was asked for.
#[derive(Clone, Debug, PartialEq)]
struct TeachPage {
    title: String,
    seed: u16,
    drops: Vec<usize>,
    made: bool,
}

/// A callback that dispatches `action`, whatever event triggers it.
fn send<T: 'static>(state: &UseReducerHandle<AppState>, action: Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |_: T| state.dispatch(action.clone()))
}

/// A callback that dispatches the action `make` builds from the time now.
fn at_now<T: 'static>(
    state: &UseReducerHandle<AppState>,
    make: impl Fn(T, i64) -> Action + 'static,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x: T| state.dispatch(make(x, now())))
}

/// Offers a file for download; a failure is told to the learner. Whether it went.
fn offer(state: &UseReducerHandle<AppState>, file: &Download) -> bool {
    match files::download(file) {
        Ok(()) => true,
        Err(e) => {
            state.dispatch(Action::Notice(e));
            false
        }
    }
}

/// A callback that offers the file it is given (see [`offer`]).
fn downloader(state: &UseReducerHandle<AppState>) -> Callback<Download> {
    let state = state.clone();
    Callback::from(move |file: Download| {
        offer(&state, &file);
    })
}

/// "1:05" left until `ends`.
fn clock(ends: i64, now: i64) -> String {
    let s = ((ends - now).max(0) + 999) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The screen of a mode: its session in progress, its results, or its start.
fn mode_screen(state: &UseReducerHandle<AppState>, mode: Mode, time: i64) -> Html {
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
    let due = p.due(now());
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
            <ModeIntro title="Practice" start_label="Start practice" on_start={start}
                text="Spaced review: facts due for review come first, new ones are mixed in, and a missed question comes back a few questions later. Each answer schedules the fact's next review."
                counts={format!("{due} due for review · {} learned · {} new", p.learned(), state.deck.facts.len().saturating_sub(p.reviews.len()))} />
        },
        Mode::Flashcards => html! {
            <ModeIntro title="Flashcards" start_label="Start flashcards" on_start={start}
                text="A question on the front, the answer and its source sentence on the back. Space flips the card; 1 Again, 2 Hard, 3 Good, 4 Easy grade it, which schedules its next review."
                counts={format!("{due} due for review · {} learned", p.learned())} />
        },
        Mode::Mistakes => html! {
            <ModeIntro title="Review mistakes" start_label="Review mistakes" on_start={start}
                disabled={p.open_mistakes().is_empty()}
                text="Every question you answered wrong and have not answered right since."
                counts={match p.open_mistakes().len() {
                    0 => "No mistakes to review.".to_string(),
                    1 => "1 question to review.".to_string(),
                    n => format!("{n} questions to review."),
                }} />
        },
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let loaded = hooks::use_storage::load();
        AppState::new(
            now() as u64,
            hooks::use_route::current_route(),
            loaded.progress,
            loaded.notice,
        )
    });
    {
        let s = state.clone();
        hooks::use_route::use_route(
            state.route.clone(),
            Callback::from(move |r| s.dispatch(Action::Navigate(r))),
        );
    }
    {
        let s = state.clone();
        hooks::use_storage::use_save(
            &state.progress,
            state.revision,
            Callback::from(move |a: Action| s.dispatch(a)),
        );
    }
    let timed = state.progress.current.as_ref().and_then(|c| c.ends);
    let time = use_clock(timed.is_some());
    {
        let s = state.clone();
        use_effect_with((timed, time), move |(ends, time)| {
            if ends.is_some_and(|e| e <= *time) {
                s.dispatch(Action::TimeUp(*time));
            }
        });
    }
    let p = &state.progress;
    // The quiz builder's page state (the page's own, not saved).
    let teach = use_state(|| TeachPage {
        title: String::new(),
        seed: (now() % 65_536) as u16,
        drops: Vec::new(),
        made: false,
    });
    // The quiz under review: its candidates and this device's hidden ones
    // (made only on Teach, and again only when what it follows changes).
    let review = use_memo(
        (
            state.route == Route::Teach,
            std::rc::Rc::as_ptr(&state.deck) as usize,
            p.settings.clone(),
            teach.seed,
            p.hidden.clone(),
        ),
        {
            let deck = state.deck.clone();
            move |(on, _, settings, seed, hidden): &(
                bool,
                usize,
                crate::progress::Settings,
                u16,
                std::collections::BTreeMap<String, crate::progress::Hidden>,
            )| {
                on.then(|| {
                    let c = crate::review::candidates(&deck, settings, u64::from(*seed));
                    let only = Progress {
                        hidden: hidden.clone(),
                        ..Progress::default()
                    };
                    let hidden = crate::review::hidden_drops(&c, &only);
                    (c, hidden)
                })
            }
        },
    );
    // What the last export held and left out, shown by its buttons.
    let exported = use_state(|| None::<String>);
    let body = match state.route.clone() {
        Route::Home => {
            let resume = p.current.as_ref().map(|c| {
                (
                    format!(
                        "Resume {} (question {} of {})",
                        c.mode.label().to_lowercase(),
                        c.quiz.index + 1,
                        c.quiz.questions.len()
                    ),
                    Route::from(c.mode).hash(),
                )
            });
            html! {
                <Home title={state.deck_name()} own={state.own.is_some()} on_built_in={send::<()>(&state, Action::UseBuiltIn)} period={state.period()} sources={state.source_cards()}
                    problem={state.problem()} due={p.due(now())} learned={p.learned()} facts={state.deck.facts.len()}
                    {resume} on_start={at_now(&state, |_: (), t| Action::Start(Mode::Practice, t))}
                    on_code={{
                        let s = state.clone();
                        Callback::from(move |typed: String| {
                            let code = crate::share::QuizCode::tidy(&typed);
                            s.dispatch(Action::Navigate(Route::Quiz { code, title: String::new(), deck: String::new() }))
                        })
                    }} />
            }
        }
        Route::Practice => mode_screen(&state, Mode::Practice, time),
        Route::Test { .. } => mode_screen(&state, Mode::Test, time),
        Route::Flashcards => mode_screen(&state, Mode::Flashcards, time),
        Route::Mistakes => mode_screen(&state, Mode::Mistakes, time),
        Route::Read { source, sentence } => html! {
            <ReadView sources={state.source_cards()} {source} {sentence}
                blocks={source.map(|n| state.read(n)).unwrap_or_default()}
                on_quiz={at_now(&state, |facts: Vec<String>, t| Action::StartFacts(facts, t))} />
        },
        Route::Progress => {
            let export = {
                let s = state.clone();
                Callback::from(move |_: ()| {
                    if offer(&s, &Download::progress(&s.progress)) {
                        s.dispatch(Action::Exported(now()));
                    }
                })
            };
            let import = {
                let s = state.clone();
                Callback::from(move |f: web_sys::File| {
                    let s = s.clone();
                    files::read_text(f, move |text| {
                        match text.and_then(|t| Progress::import(&t)) {
                            Ok(p) => s.dispatch(Action::Import(p)),
                            Err(e) => {
                                s.dispatch(Action::Notice(format!("Nothing was imported. {e}")))
                            }
                        }
                    });
                })
            };
            html! {
                <ProgressView due={p.due(now())} learned={p.learned()} seen={p.reviews.len()}
                    facts={state.deck.facts.len()} history={p.history.clone()}
                    persisted={state.persisted} exported={p.exported_ago(now())}
                    nudge={p.export_due(state.persisted, now())}
                    hidden={p.hidden_list().into_iter().map(|(id, h)| (id.clone(), h.prompt.clone())).collect::<Vec<_>>()}
                    on_restore={at_now(&state, |id: String, t| Action::Restore(id, t))}
                    on_export={export} on_import={import} />
            }
        }
        Route::Teach => {
            let base = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or("").to_string())
                .unwrap_or_default();
            let page = (*teach).clone();
            let (items, dropped, hidden) = match review.as_ref() {
                Some((c, hidden)) => {
                    let mut all = page.drops.clone();
                    all.extend(hidden);
                    let item = |i: usize| components::teach::ReviewItem {
                        position: i,
                        question: c.order[i].clone(),
                        source: state.source_card(&c.order[i].source.file).title,
                    };
                    (
                        c.positions(&all).into_iter().map(item).collect::<Vec<_>>(),
                        page.drops.iter().copied().map(item).collect::<Vec<_>>(),
                        hidden.clone(),
                    )
                }
                None => (Vec::new(), Vec::new(), Vec::new()),
            };
            let code = page.made.then(|| {
                let mut all = page.drops.clone();
                all.extend(&hidden);
                crate::share::QuizCode::new(&state.deck, &p.settings, page.seed)
                    .with_drops(&all)
                    .encode()
            });
            let on_title = {
                let t = teach.clone();
                Callback::from(move |v: String| {
                    t.set(TeachPage {
                        title: v,
                        ..(*t).clone()
                    })
                })
            };
            let on_make = {
                let t = teach.clone();
                Callback::from(move |_: ()| {
                    t.set(TeachPage {
                        made: true,
                        ..(*t).clone()
                    })
                })
            };
            let on_drop = {
                let t = teach.clone();
                Callback::from(move |i: usize| {
                    let mut drops = t.drops.clone();
                    if !drops.contains(&i) {
                        drops.push(i);
                    }
                    t.set(TeachPage {
                        drops,
                        ..(*t).clone()
                    })
                })
            };
            let on_undo = {
                let t = teach.clone();
                Callback::from(move |i: usize| {
                    let drops = t.drops.iter().copied().filter(|d| *d != i).collect();
                    t.set(TeachPage {
                        drops,
                        ..(*t).clone()
                    })
                })
            };
            html! {
                <Teach settings={p.settings.clone()} sources={state.source_cards()} {code} title={page.title.clone()}
                    deck={state.own.clone().unwrap_or_default()}
                    base={base} {on_title} {on_make}
                    export_note={(*exported).clone().map(AttrValue::from)}
                    {items} {dropped} hidden={hidden.len()} {on_drop} {on_undo}
                    on_download={{
                        let (s, note) = (state.clone(), exported.clone());
                        Callback::from(move |f: crate::export::Format| {
                            let (file, report) = Download::questions(&s.deck, f);
                            if offer(&s, &file) {
                                // Say what went in and what a format had to leave out.
                                note.set(Some(format!("{} downloaded: {}", f.label(), report.summary())));
                            }
                        })
                    }}
                    on_change={{
                        let (s, t) = (state.clone(), teach.clone());
                        Callback::from(move |x| {
                            // Other settings make another quiz: nothing of
                            // the review carries over.
                            t.set(TeachPage { drops: Vec::new(), made: false, ..(*t).clone() });
                            s.dispatch(Action::Settings(x, now()));
                        })
                    }} />
            }
        }
        Route::Quiz { code, title, deck } => {
            if state.shared_in_play(&code) {
                mode_screen(&state, Mode::Test, time)
            } else {
                let about = crate::study::shared::about(&code, &state.deck, &decks::saved(), &deck);
                let on_start = {
                    let (s, code, title) = (state.clone(), code.clone(), title.clone());
                    Callback::from(move |name: String| {
                        let shared = crate::progress::Shared {
                            code: code.clone(),
                            title: title.clone(),
                            name,
                        };
                        s.dispatch(Action::StartShared(shared, now()));
                    })
                };
                html! { <SharedIntro title={title} {about} {on_start} /> }
            }
        }
        Route::Print { code, title, key } => match crate::share::QuizCode::decode(&code) {
            Ok(c) => {
                let questions = c.questions(&state.deck);
                let sources = state
                    .deck
                    .sources
                    .iter()
                    .map(|x| (x.file.clone(), x.title.clone()))
                    .collect::<Vec<_>>();
                html! { <PrintView {title} code={code.clone()} {questions} answers={key} {sources} /> }
            }
            Err(e) => html! { <p class="notice" role="alert">{ e.to_string() }</p> },
        },
        Route::Texts => html! {
            <Texts on_use={{
                let s = state.clone();
                Callback::from(move |(deck, name, problem): (std::rc::Rc<crate::deck::Deck>, String, Option<String>)| {
                    s.dispatch(Action::UseDeck(deck, name));
                    if let Some(p) = problem {
                        s.dispatch(Action::Notice(p));
                    }
                })
            }}
            on_download={downloader(&state)}
            settings={Some(p.settings.clone())}
            on_settings={{
                let s = state.clone();
                Callback::from(move |x| s.dispatch(Action::Settings(x, now())))
            }} />
        },
        Route::Class => html! { <ClassView on_csv={downloader(&state)} /> },
        Route::NotFound => html! {
            <section aria-labelledby="nf-title">
                <h1 id="nf-title">{ "Page not found" }</h1>
                <p>{ "This address is not a place in FactQuiz." }</p>
                <p><a class="button primary" href="#/">{ "Go home" }</a></p>
            </section>
        },
    };
    html! {
        <>
            <header class="top">
                <a class="brand" href="#/">{ "FactQuiz" }</a>
                <Nav route={state.route.clone()} mistakes={p.open_mistakes().len()} />
            </header>
            <main id="main">
                if let Some(n) = &state.notice {
                    <div class="notice" role="alert">
                        <p>{ n }</p>
                        <button class="secondary" onclick={send::<MouseEvent>(&state, Action::Dismiss)}>{ "Dismiss" }</button>
                    </div>
                }
                { body }
            </main>
        </>
    }
}

/// Shows a readable error screen if anything panics, instead of a blank page.
fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::warn_1(&format!("FactQuiz stopped: {msg}").into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_text_content(None);
            show_error(&body, &msg);
        }
    }));
}

/// Puts the error screen into `parent`: what happened in plain words, the
/// technical message as text (never as HTML), and a Reload link.
pub fn show_error(parent: &web_sys::Element, message: &str) {
    let Some(doc) = parent.owner_document() else {
        return;
    };
    let add = |to: &web_sys::Element, tag: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        to.append_child(&el).ok()?;
        Some(el)
    };
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_attribute("role", "alert").ok();
    div.set_class_name("crash");
    add(&div, "h1", "Something went wrong");
    add(&div, "p", "FactQuiz hit an error it could not recover from. Your saved progress is safe. Reload the page to carry on.");
    add(&div, "pre", message);
    if let Some(a) = add(&div, "a", "Reload") {
        a.set_attribute("href", "").ok();
        a.set_class_name("button");
    }
    parent.append_child(&div).ok();
}

/// Entry point of the `web` binary. In the deck worker (no window) there is
/// no page to draw: the worker only calls `worker::build_deck`.
pub fn run() {
    if web_sys::window().is_none() {
        return;
    }
    install_panic_screen();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
