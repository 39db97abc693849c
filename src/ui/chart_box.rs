//! A chart container that measures its own width and asks for an SVG drawn at that
//! width, so chart text is real size on a phone, a laptop or a projector.

use leptos::prelude::*;

#[component]
pub fn ChartBox(
    /// `data-testid` of the container.
    testid: &'static str,
    /// Draws the chart for a width in CSS pixels; re-run when what it reads changes.
    render: Callback<u32, String>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(600u32);
    let measure = move || {
        if let Some(el) = node.get_untracked() {
            let w = u32::try_from(el.client_width()).unwrap_or(0);
            if w > 0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        node.track();
        measure();
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let svg = Memo::new(move |_| render.run(width.get()));
    view! { <div class="chart-svg" data-testid=testid node_ref=node inner_html=move || svg.get()></div> }
}
