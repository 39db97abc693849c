//! Small browser helpers: the share-link query in the address, a picked file,
//! files offered for download, the user's calendar date.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The query of the address (`?v=…`, a share link) if there is one; it is taken
/// out of the address at once, so a reload does not open the link again.
pub fn take_share_query() -> Option<String> {
    let location = window().location();
    let query = location.search().ok().filter(|q| q.len() > 1)?;
    let clean = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
    Some(query)
}

/// The address of the app itself (no query, no screen): what a share link starts with.
pub fn app_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The file picked in an `<input type=file>`; the input is cleared so the same
/// file can be picked again.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// Text as a `data:` address, for a download link.
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    )
}

/// Offers `text` as a file named `name`, as a download link would.
pub fn download(name: &str, mime: &str, text: &str) {
    let Ok(a) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return;
    };
    a.set_href(&data_url(mime, text));
    a.set_download(name);
    a.click();
}

/// Today in the user's own calendar (not UTC): `2026-11-25`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Calls `done` with what `promise` settles to (clipboard writes, file reads).
pub fn when_settled(
    promise: js_sys::Promise,
    done: impl FnOnce(Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>) + 'static,
) {
    settle(promise, Box::new(done));
}

type Settled = Box<dyn FnOnce(Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>)>;

fn settle(promise: js_sys::Promise, done: Settled) {
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await);
    });
}
