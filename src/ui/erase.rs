//! Type-erased building blocks shared by every screen: one kind of effect and one
//! kind of keyed list for the whole app. Each distinct closure given to
//! `Effect::new`, and each distinct `<For>`, compiles to about 2.5 KB of wasm of
//! its own (measured with twiggy); going through these, each is compiled once.

use leptos::prelude::*;
use std::sync::Arc;

/// Runs `f` now and again whenever a signal it read changes (a side effect such
/// as saving or setting the page title).
pub fn effect(f: impl FnMut() + 'static) {
    run(Box::new(f));
}

fn run(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// A list keyed by id: when `ids` changes, rows are kept, moved or dropped by id,
/// and only new ids get a new `row`.
pub fn keyed(
    ids: impl Fn() -> Vec<u64> + Send + Sync + 'static,
    row: impl Fn(u64) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    keyed_list(Box::new(ids), Arc::new(row))
}

type Ids = Box<dyn Fn() -> Vec<u64> + Send + Sync>;
type Row = Arc<dyn Fn(u64) -> AnyView + Send + Sync>;

fn keyed_list(ids: Ids, row: Row) -> AnyView {
    view! { <For each=ids key=|id| *id children=move |id| row(id) /> }.into_any()
}

type Text = Arc<dyn Fn() -> Option<String> + Send + Sync>;

/// A one-line message (`role` "status" or "alert") that shows `text` when there is
/// one and is hidden otherwise. Every such line in the app is this one view type.
pub fn message(
    class: &'static str,
    testid: &'static str,
    role: &'static str,
    text: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> AnyView {
    message_line(class, testid, role, Arc::new(text))
}

fn message_line(
    class: &'static str,
    testid: &'static str,
    role: &'static str,
    text: Text,
) -> AnyView {
    let shown = text.clone();
    view! {
        <p class=class data-testid=testid role=role hidden=move || shown().is_none()>
            {move || text().unwrap_or_default()}
        </p>
    }
    .into_any()
}
