//! The 法人's slides and board paper as plain values: each page is a list of
//! blocks (a heading, a line of words, a big figure, a list, a table, a chart)
//! made by plain functions of the figures (`paper`, `slides`) and drawn by one
//! function here. One drawing of every kind of block serves every page (each
//! page drawn by its own view code cost the 法人's part 1.1 KB gzip more,
//! measured: 51.3 against 50.2 KB), and what a page says is tested without a
//! browser.

use crate::i18n::Lang;
use crate::model::{Results, Scenario};
use crate::ui::printed::{inputs_table, lines_table};
use crate::ui::table::text_table;
use leptos::prelude::*;

/// A piece of a page.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Block {
    /// A heading: the page's own (`h1`) or a part's (`h2`), with its test id.
    Title(&'static str, String),
    Heading(String),
    /// Words, with the class that sizes them and a test id (both may be empty).
    Text(&'static str, &'static str, String),
    /// A slide's big figure and its unit.
    Big(&'static str, String, &'static str),
    List(Vec<String>),
    /// `text_table`'s: test id, caption, column heads, rows.
    Table(
        &'static str,
        &'static str,
        Vec<&'static str>,
        Vec<Vec<String>>,
    ),
    /// An SVG drawing.
    Chart(String),
    /// An estimate's savings lines with their formulas (`printed::lines_table`).
    Formulas(Box<(Scenario, Results)>),
    /// Every input in use (`printed::inputs_table`).
    Inputs(Box<Scenario>),
    /// A printed page of its own, with its test id.
    Page(&'static str, Vec<Block>),
}

/// A test id, none when empty.
fn id(testid: &'static str) -> Option<&'static str> {
    (!testid.is_empty()).then_some(testid)
}

/// Draws the blocks in order, in `l`'s words where a block is drawn by shared code.
pub(super) fn draw(l: Lang, blocks: Vec<Block>) -> AnyView {
    blocks
        .into_iter()
        .map(|b| draw_one(l, b))
        .collect_view()
        .into_any()
}

/// Draws a block.
pub(super) fn draw_one(l: Lang, b: Block) -> AnyView {
    match b {
        Block::Title(testid, t) => view! { <h1 data-testid=id(testid)>{t}</h1> }.into_any(),
        Block::Heading(t) => view! { <h2>{t}</h2> }.into_any(),
        Block::Text(class, testid, t) => {
            view! { <p class=id(class) data-testid=id(testid)>{t}</p> }.into_any()
        }
        Block::Big(testid, t, unit) => {
            view! { <p class="big" data-testid=id(testid)>{t}<small>{unit}</small></p> }.into_any()
        }
        Block::List(items) => view! { <ul>{list(items)}</ul> }.into_any(),
        Block::Table(testid, caption, head, rows) => text_table(testid, caption, &head, rows, ""),
        Block::Formulas(x) => lines_table(l, &x.0, &x.1),
        Block::Inputs(s) => inputs_table(l, &s),
        Block::Chart(svg) => view! { <div class="chart" inner_html=svg></div> }.into_any(),
        Block::Page(testid, blocks) => {
            view! { <section class="page-break" data-testid=id(testid)>{draw(l, blocks)}</section> }
                .into_any()
        }
    }
}

/// Words in a list.
pub(super) fn list(lines: Vec<String>) -> AnyView {
    lines
        .into_iter()
        .map(|t| view! { <li>{t}</li> })
        .collect_view()
        .into_any()
}
