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

/// How a row of `keyed_rows` is drawn.
pub type DrawRow = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// A keyed list of rows that are drawn once from their content: `rows` gives each
/// row's key (its content as text, so an edited row is a new row) and how to draw
/// it. Keys become the `u64` ids of `keyed`, the same id for the same key for as
/// long as the list shows it. Not generic: every such list is compiled once.
pub fn keyed_rows(rows: impl Fn() -> Vec<(String, DrawRow)> + Send + Sync + 'static) -> AnyView {
    keyed_rows_erased(Box::new(rows))
}

type Rows = Box<dyn Fn() -> Vec<(String, DrawRow)> + Send + Sync>;

fn keyed_rows_erased(rows: Rows) -> AnyView {
    use std::collections::HashMap;
    use std::sync::Mutex;
    // The last id given, key → id, and id → how to draw it, of the rows shown now.
    type Seen = (u64, HashMap<String, u64>, HashMap<u64, DrawRow>);
    let seen: Arc<Mutex<Seen>> = Arc::new(Mutex::new((0, HashMap::new(), HashMap::new())));
    let drawn = seen.clone();
    keyed(
        move || {
            let rows = rows();
            let mut guard = seen.lock().unwrap_or_else(|e| e.into_inner());
            let (next, ids, draw) = &mut *guard;
            let mut kept = HashMap::with_capacity(rows.len());
            draw.clear();
            let list = rows
                .into_iter()
                .map(|(key, row)| {
                    let id = *ids.get(&key).unwrap_or_else(|| {
                        *next += 1;
                        next
                    });
                    draw.insert(id, row);
                    kept.insert(key, id);
                    id
                })
                .collect();
            *ids = kept;
            list
        },
        move |id| {
            let row = drawn
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .2
                .get(&id)
                .cloned();
            row.map_or_else(|| ().into_any(), |draw| draw())
        },
    )
}
