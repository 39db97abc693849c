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
