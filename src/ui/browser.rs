//! Small browser helpers: the share-link query in the address, a picked file,
//! files offered for download, the user's calendar date.

use crate::model::{Field, Flag};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Something typed or ticked on the pre-rendered page before the program took it
/// over: the page kept it, and the program applies it rather than lose it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "browser"), allow(dead_code))]
pub enum Early {
    Text(Field, String),
    Check(Flag, bool),
}

/// What differs on the page from what it was pre-rendered with (read before the
/// program takes the page over).
#[cfg(feature = "browser")]
pub fn early_input() -> Vec<Early> {
    let find = |testid: &str| {
        document()
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    };
    let mut out = Vec::new();
    for f in Field::ALL {
        if let Some(input) = find(&format!("input-{}", f.key())) {
            if input.value() != input.default_value() {
                out.push(Early::Text(f, input.value()));
            }
        }
    }
    for f in Flag::ALL {
        if let Some(input) = find(&f.testid()) {
            if input.checked() != input.default_checked() {
                out.push(Early::Check(f, input.checked()));
            }
        }
    }
    out
}

/// The elements of the pre-rendered screen: everything in `<body>` before the
/// mark the build step leaves after it (`prerender::MARK`).
#[cfg(feature = "browser")]
pub fn prerendered() -> Vec<web_sys::Node> {
    let mut out = Vec::new();
    let mut node = document().body().and_then(|b| b.first_child());
    while let Some(n) = node {
        if n.node_type() == web_sys::Node::COMMENT_NODE
            && n.node_value().as_deref() == Some(crate::prerender::MARK_TEXT)
        {
            out.push(n);
            return out;
        }
        node = n.next_sibling();
        out.push(n);
    }
    // No mark: the page was not pre-rendered; nothing of it is the screen.
    Vec::new()
}

/// The field the person is in, by test id, with the selection in it.
#[cfg(feature = "browser")]
pub fn focused_field() -> Option<(String, Option<u32>, Option<u32>)> {
    let input = document()
        .active_element()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let id = input.get_attribute("data-testid")?;
    let (start, end) = (
        input.selection_start().ok().flatten(),
        input.selection_end().ok().flatten(),
    );
    Some((id, start, end))
}

/// Puts the person back in the field they were in, where they were in it.
#[cfg(feature = "browser")]
pub fn refocus((id, start, end): (String, Option<u32>, Option<u32>)) {
    let input = document()
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        let _ = input.set_selection_start(start);
        let _ = input.set_selection_end(end);
    }
}

/// The page is the program's now: controls stop looking as if they wait, and a
/// page hidden while the person's own figures were on their way is shown.
pub fn page_ready() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_2("loading", "restoring");
    }
}

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

/// Now on the device's own clock and calendar (local time), as the time study
/// records it.
pub fn local_now() -> crate::timestudy::WallTime {
    let d = js_sys::Date::new_0();
    let ms = d.get_time() - d.get_timezone_offset() * 60_000.0;
    crate::timestudy::WallTime((ms / 1000.0).floor() as i64)
}

/// A random name for this device, so the record ids of two devices never clash
/// when their files are merged (`d` and 8 hex digits).
pub fn device_name() -> String {
    format!("d{:08x}", (js_sys::Math::random() * 4_294_967_296.0) as u32)
}

/// Runs `f` once the browser is idle after `delay_ms` (at the end of the delay
/// where it cannot say which moment is idle: Safari before 18 has no
/// `requestIdleCallback`).
pub fn when_idle_after(delay_ms: i32, f: impl FnOnce() + 'static) {
    let idle = wasm_bindgen::closure::Closure::once_into_js(move || {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let w = window();
        if w.request_idle_callback(f.unchecked_ref()).is_err() {
            let _ = f
                .unchecked_ref::<js_sys::Function>()
                .call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(idle.unchecked_ref(), delay_ms);
}
