//! Files in and out of the browser: a download (`crate::download`), and the text
//! or bytes of files the learner picked. Nothing leaves the device.

use crate::download::Download;
use wasm_bindgen::JsCast;

/// Offers a file for download under its name.
pub fn download(file: &Download) -> Result<(), String> {
    download_part(
        &file.name,
        file.mime,
        &js_sys::Uint8Array::from(&file.bytes[..]).into(),
    )
}

fn download_part(name: &str, mime: &str, part: &wasm_bindgen::JsValue) -> Result<(), String> {
    let fail = |_| format!("Could not make the file {name}.");
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document.")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "No link.".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

/// Reads a picked file as text (UTF-8) and hands it to `done`, or why not.
pub fn read_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| format!("The file {name} could not be read."));
        done(text);
    });
}

/// Reads the chosen files (bytes), refusing ones over the limit up front.
pub fn read_files(
    list: web_sys::FileList,
    done: impl FnOnce(Result<Vec<(String, Vec<u8>)>, String>) + 'static,
) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    for f in &files {
        if f.size() > crate::text::MAX_BYTES as f64 {
            return done(Err(format!(
                "{} is {} MB; the limit is {} MB per file.",
                f.name(),
                (f.size() / 1e6).round(),
                crate::text::MAX_BYTES / 1_000_000
            )));
        }
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::new();
        for f in files {
            match wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
                Ok(buf) => out.push((f.name(), js_sys::Uint8Array::new(&buf).to_vec())),
                Err(_) => return done(Err(format!("{} could not be read.", f.name()))),
            }
        }
        done(Ok(out));
    });
}
