//! Small browser helpers shared by the app and its on-demand bundles: the page's
//! language, the `kaigo-*` events they talk through, a picked file.

use crate::i18n::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The language the app set on `<html lang>`.
pub fn page_lang() -> Lang {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_default()
}

/// Tells the app or the bundles something happened (`kaigo-*` events on window).
pub fn announce(event: &str) {
    if let Ok(ev) = web_sys::Event::new(event) {
        let _ = window().dispatch_event(&ev);
    }
}

/// The file picked in an `<input type=file>`; the input is cleared so the same
/// file can be picked again.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}
