//! Modal surfaces (the presentation deck, confirmation dialogs): while one is open,
//! everything else on the page is inert — it cannot be focused, clicked or typed
//! into, so no key press changes a figure behind it — focus starts inside it, and
//! when it closes, focus goes back to what opened it.
//!
//! What it changed is marked in the page itself (`data-modal-inert`,
//! `data-modal-opener`), so nothing needs keeping in Rust between open and close.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

const INERT_MARK: &str = "data-modal-inert";
const OPENER_MARK: &str = "data-modal-opener";

/// Makes the element `selector` finds a modal surface for as long as the calling
/// component lives: call it in the component that draws the surface (it is set up
/// once the surface is on the page, before the next frame).
pub fn use_modal(selector: &'static str) {
    if let Some(opener) = document().active_element() {
        let _ = opener.set_attribute(OPENER_MARK, "");
    }
    request_animation_frame(move || {
        let Some(el) = document().query_selector(selector).ok().flatten() else {
            return;
        };
        // Every sibling of the surface and of each of its ancestors up to <body>.
        let mut node = el.clone();
        while let Some(parent) = node.parent_element() {
            let mut sibling = parent.first_element_child();
            while let Some(s) = sibling {
                if s != node && !s.has_attribute("inert") && s.tag_name() != "SCRIPT" {
                    let _ = s.set_attribute("inert", "");
                    let _ = s.set_attribute(INERT_MARK, "");
                }
                sibling = s.next_element_sibling();
            }
            if parent.tag_name() == "BODY" {
                break;
            }
            node = parent;
        }
        let first = el
            .query_selector(
                "[autofocus], button:not([disabled]), input, select, textarea, a[href], [tabindex]",
            )
            .ok()
            .flatten()
            .unwrap_or(el);
        focus(first);
    });
    on_cleanup(|| {
        let marked = |mark: &str| document().query_selector_all(&format!("[{mark}]")).ok();
        if let Some(list) = marked(INERT_MARK) {
            for i in 0..list.length() {
                if let Some(e) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = e.remove_attribute("inert");
                    let _ = e.remove_attribute(INERT_MARK);
                }
            }
        }
        if let Some(opener) = document()
            .query_selector(&format!("[{OPENER_MARK}]"))
            .ok()
            .flatten()
        {
            let _ = opener.remove_attribute(OPENER_MARK);
            focus(opener);
        }
    });
}

fn focus(e: web_sys::Element) {
    if let Ok(e) = e.dyn_into::<web_sys::HtmlElement>() {
        let _ = e.focus();
    }
}
