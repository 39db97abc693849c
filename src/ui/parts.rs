//! The program in parts: every screen but the calculator is code of its own,
//! split off at build time (`wasm_split`, .tools/wasm-parts.mjs) and fetched the
//! first time it is shown. This module owns which parts there are, the split
//! point of each, their loading state, what a screen shows while its part loads
//! or after the fetch failed (a message in the person's language with a retry),
//! and fetching the printed proposal's part once the page has settled.
//!
//! A split point returns a plain function that draws the screen: once its part is
//! in, the screen is drawn at once, every later time too (no waiting on a
//! revisit, and the printed proposal can be drawn inside `beforeprint`). Natively
//! (the build step's rendering, tests) a split point is an ordinary call.

use super::state::AppState;
use super::text::tr;
use crate::i18n::Lang;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// How long after the start the printed proposal's part is fetched.
#[cfg(feature = "browser")]
const PRINT_PREFETCH_MS: i32 = 8_000;

/// Draws a screen whose code is in a part.
pub type Draw = fn() -> AnyView;

/// A part of the program: a screen, or the printed proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Costs,
    Method,
    Share,
    Print,
    Present,
    Demo,
    Study,
    Group,
    /// The 法人's link and QR code (in the share screen's module).
    GroupLink,
}

// `data-testid` suffix and the part's name in messages.
crate::stable_keys! {
    Part {
        Costs => "costs",
        Method => "method",
        Share => "share",
        Print => "print",
        Present => "present",
        Demo => "demo",
        Study => "study",
        Group => "group",
        GroupLink => "group-link",
    }
}

impl Part {
    fn index(self) -> usize {
        self as usize
    }

    /// Fetches the part (once; a failed fetch is tried again on the next call)
    /// and gives the function that draws it.
    async fn fetch(self) -> Result<Draw, LoadFailed> {
        match self {
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
    }
}

/// A part's code could not be fetched (offline before it was cached, a flaky
/// network, a file missing on the host).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed;

impl From<SplitLoaderError> for LoadFailed {
    fn from(_: SplitLoaderError) -> LoadFailed {
        LoadFailed
    }
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

/// Where a part stands.
#[derive(Clone, Copy)]
enum Status {
    NotAsked,
    Fetching,
    Failed,
    Ready(Draw),
}

/// Every part's state: one per program (a context of the app).
#[derive(Clone, Copy)]
pub struct Parts([RwSignal<Status>; Part::ALL.len()]);

impl Parts {
    pub fn new() -> Parts {
        Parts(Part::ALL.map(|_| RwSignal::new(Status::NotAsked)))
    }

    fn status(self, p: Part) -> RwSignal<Status> {
        self.0[p.index()]
    }

    /// The drawing function, if the part is in.
    pub fn ready(self, p: Part) -> Option<Draw> {
        match self.status(p).get() {
            Status::Ready(draw) => Some(draw),
            _ => None,
        }
    }

    /// Starts fetching `p` unless it is in or on its way.
    pub fn fetch(self, p: Part) {
        if !matches!(self.status(p).get_untracked(), Status::Fetching) {
            self.then(p, || ());
        }
    }

    /// Runs `f` once `p` is in: at once if it is, else after fetching it (not
    /// after a failed fetch, which the part's screen reports). Callers while a
    /// fetch is on its way wait for that same fetch (the loader runs one at a time).
    pub fn then(self, p: Part, f: impl FnOnce() + 'static) {
        let status = self.status(p);
        match status.get_untracked() {
            Status::Ready(_) => return f(),
            Status::Fetching => {}
            Status::NotAsked | Status::Failed => status.set(Status::Fetching),
        }
        leptos::task::spawn_local(async move {
            match p.fetch().await {
                Ok(draw) => {
                    if !matches!(status.get_untracked(), Status::Ready(_)) {
                        status.set(Status::Ready(draw));
                    }
                    f();
                }
                Err(LoadFailed) => status.set(Status::Failed),
            }
        });
    }

    /// The printed proposal, fetched once the browser is idle some seconds after
    /// the start, so that a print from the browser's menu (which cannot wait)
    /// finds it. Not at once: its modules' instantiation is a long task, and on a
    /// phone (CPU slowed 4×) it blocked the first interactions for up to 435 ms
    /// (Lighthouse's total blocking time 105–512 ms against 42–81 ms without the
    /// split); `PRINT_PREFETCH_MS` after the start it falls after the page has
    /// settled. Other screens are fetched when opened (and every file by the
    /// service worker, for offline use, without running them).
    pub fn prefetch_when_idle(self) {
        #[cfg(feature = "browser")]
        super::browser::when_idle_after(PRINT_PREFETCH_MS, move || self.fetch(Part::Print));
    }
}

/// A part drawn where it is placed: fetched on first show; while it is on its
/// way a line says so; after a failed fetch, a message and a retry.
#[component]
pub fn Lazy(part: Part) -> impl IntoView {
    let parts = expect_context::<Parts>();
    let lang = expect_context::<AppState>().lang;
    parts.fetch(part);
    let status = parts.status(part);
    move || {
        match status.get() {
        Status::Ready(draw) => untrack(draw),
        Status::Failed => view! {
            <div class="part-failed" role="alert" data-testid=format!("part-failed-{}", part.key())>
                <p>{tr(lang, Lang::part_failed)}</p>
                <button
                    type="button"
                    data-testid=format!("part-retry-{}", part.key())
                    on:click=move |_| parts.fetch(part)
                >
                    {tr(lang, Lang::part_retry)}
                </button>
            </div>
        }
        .into_any(),
        Status::NotAsked | Status::Fetching => view! {
            <p class="part-loading" role="status" data-testid=format!("part-loading-{}", part.key())>
                {tr(lang, Lang::part_loading)}
            </p>
        }
        .into_any(),
    }
    }
}
