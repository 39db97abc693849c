//! Tables of text: column heads, a caption (may be empty) and a note under it
//! (may be empty). One view for every such table (screen and print): each table
//! drawn its own way cost the study's part kilobytes.

use leptos::prelude::*;

/// A table of `rows` drawn once.
pub fn text_table(
    testid: &'static str,
    caption: &'static str,
    head: &[&'static str],
    rows: Vec<Vec<String>>,
    note: &'static str,
) -> AnyView {
    let body = rows.into_iter().map(row).collect_view().into_any();
    frame(testid, caption, head, body, note)
}

fn row(cells: Vec<String>) -> AnyView {
    view! { <tr>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }.into_any()
}

fn frame(
    testid: &'static str,
    caption: &'static str,
    head: &[&'static str],
    body: AnyView,
    note: &'static str,
) -> AnyView {
    let head = head.to_vec();
    // A table wider than a phone scrolls: by keyboard too (focusable), named by
    // its caption where it has one.
    let (role, name, tab) = if caption.is_empty() {
        (None, None, None)
    } else {
        (Some("region"), Some(caption), Some("0"))
    };
    view! {
        <div class="table-scroll" tabindex=tab role=role aria-label=name>
            <table class="study-table" data-testid=testid>
                <caption>{caption}</caption>
                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>{body}</tbody>
            </table>
            <p class="help">{note}</p>
        </div>
    }
    .into_any()
}
