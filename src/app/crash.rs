//! The error screen: if anything panics, a readable page instead of a blank
//! one.

/// Shows a readable error screen if anything panics, instead of a blank page.
pub fn install_panic_screen() {
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
