//! A chart container that follows its own width (a ResizeObserver) and asks for an
//! SVG drawn at that width, so chart text is real size on a phone, a laptop, a
//! projector or a resized pane. Hand-written rather than leptos-use's
//! `use_element_size`: that one added 25 KB gzip to the app (measured, rustup
//! toolchain, 380.7 → 355.3 KB without it); this is a few hundred bytes. With the
//! program in parts this code is in the first module (the calculator's chart),
//! whose first visit is 195.3 of its 200 KB, so the crate stays out (its cost in
//! the first module not re-measured yet; the 25 KB are the one-wasm app's).

use super::erase::effect;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// Calls `on_width` with the element's width now and whenever it changes (a
/// hidden element measures 0 and is not reported). Stops when the owner is dropped.
fn observe_width(el: &web_sys::Element, on_width: impl Fn(u32) + 'static) {
    let report = move |w: f64| {
        if w >= 1.0 {
            on_width(w.round() as u32);
        }
    };
    report(f64::from(el.client_width()));
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<ResizeObserverEntry>() {
            report(entry.content_rect().width());
        }
    });
    let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(el);
    // Kept (closure included) until the owner goes; then observing stops.
    let kept = StoredValue::new_local((observer, callback));
    on_cleanup(move || {
        let _ = kept.try_with_value(|(observer, _)| observer.disconnect());
    });
}

/// The width a chart is first drawn at, in CSS pixels (the results column of a
/// laptop screen).
const FIRST_WIDTH: u32 = 600;

#[component]
pub fn ChartBox(
    /// `data-testid` of the container.
    testid: &'static str,
    /// Draws the chart for a width in CSS pixels; re-run when what it reads changes.
    render: Callback<u32, String>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    // Drawn first at a usual width (also in the pre-rendered page), then at its own;
    // the height does not depend on the width, so nothing below it moves.
    let width = RwSignal::new(FIRST_WIDTH);
    effect(move || {
        if let Some(el) = node.get() {
            observe_width(&el, move |w| {
                if w != width.get_untracked() {
                    width.set(w);
                }
            });
        }
    });
    let svg = Memo::new(move |_| render.run(width.get()));
    view! { <div class="chart-svg" data-testid=testid node_ref=node inner_html=move || svg.get()></div> }
}
