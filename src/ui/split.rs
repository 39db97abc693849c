//! The split points: one per part of the program (`ui::parts`), each drawing
//! its screen. `wasm_split` moves everything only a point reaches into its own
//! wasm file, fetched the first time the part is asked for.
//!
//! A split point returns a plain function that draws the screen: once its part is
//! in, the screen is drawn at once, every later time too (no waiting on a
//! revisit, and the printed proposal can be drawn inside `beforeprint`). Natively
//! (the build step's rendering, tests) a split point is an ordinary call.

use super::parts::{Draw, LoadFailed, Part};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::future::Future;
use std::pin::Pin;

/// Fetches `p` (once; a failed fetch is tried again on the next call) and gives
/// the function that draws it (`parts::Fetch`).
pub fn fetch(p: Part) -> Pin<Box<dyn Future<Output = Result<Draw, LoadFailed>>>> {
    Box::pin(async move {
        match p {
            Part::Costs => costs().await,
            Part::Method => method().await,
            Part::Share => share().await,
            Part::Print => print().await,
            Part::Present => present().await,
            Part::Demo => demo().await,
            Part::Study => study().await,
            Part::Group => group().await,
            Part::GroupLink => group_link().await,
        }
    })
}

// The split points. Each module moves everything only it reaches into its own
// wasm file; what two modules share goes into a chunk both fetch, and every chunk
// costs bytes of its own (its types, imports and gzip's lost context). So screens
// that share most of their code are one module: costs, method and the
// presentation (the figures' economics, charts and sources), share and print (the
// proposal, the CSV) and the 法人's link (the QR code's drawing). Opening one screen of a module brings the others.
#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn costs() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::costs::CostsScreen /> }.into_any())
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn method() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::method::MethodScreen /> }.into_any())
}

#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn share() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::share::ShareScreen /> }.into_any())
}

#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn print() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::share::PrintView /> }.into_any())
}

#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn group_link() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::share::GroupLinkPanel /> }.into_any())
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn present() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::present::Deck /> }.into_any())
}

#[wasm_split(demo, wasm_split_path = ::leptos::wasm_split, fallible)]
fn demo() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::demo::DemoScreen /> }.into_any())
}

#[wasm_split(study, wasm_split_path = ::leptos::wasm_split, fallible)]
fn study() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::timestudy::StudyScreen /> }.into_any())
}

#[wasm_split(group, wasm_split_path = ::leptos::wasm_split, fallible)]
fn group() -> Result<Draw, LoadFailed> {
    Ok(|| view! { <super::group::GroupScreen /> }.into_any())
}
