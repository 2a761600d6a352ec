//! A shared quiz before it starts: its title and size, the student's name,
//! and Start. A code that cannot be read, or that was made from other
//! texts, says so instead.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedIntroProps {
    pub title: AttrValue,
    /// "10 questions · no time limit", or why the quiz cannot be taken.
    pub about: Result<String, String>,
    pub on_start: Callback<String>,
}

#[component]
pub fn SharedIntro(props: &SharedIntroProps) -> Html {
    let name = use_node_ref();
    crate::app::hooks::use_focus::use_focus(name.clone(), props.title.clone());
    let onsubmit = {
        let (name, cb) = (name.clone(), props.on_start.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(i) = name.cast::<HtmlInputElement>() {
                cb.emit(i.value().trim().to_string());
            }
        })
    };
    let title = if props.title.is_empty() {
        "Shared quiz".into()
    } else {
        props.title.clone()
    };
    html! {
        <section class="intro" aria-labelledby="shared-title">
            <h1 id="shared-title">{ title }</h1>
            { match &props.about {
                Ok(about) => html! {
                    <>
                        <p class="lead">{ about }{ ". Answer every question; your score and a result code to hand in come at the end." }</p>
                        <form {onsubmit}>
                            <label class="field" for="student-name">{ "Your name" }</label>
                            <div class="row">
                                <input id="student-name" ref={name} type="text" autocomplete="name" required=true maxlength="60" />
                                <button type="submit" class="primary">{ "Start quiz" }</button>
                            </div>
                        </form>
                    </>
                },
                Err(why) => html! {
                    <>
                        <p class="notice" role="alert">{ why }</p>
                        <p><a class="button" href="#/">{ "Go home" }</a></p>
                    </>
                },
            } }
        </section>
    }
}
