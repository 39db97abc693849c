//! The program in parts: every screen but the calculator is code of its own,
//! split off at build time (`wasm_split`, .tools/wasm-parts.mjs) and fetched the
//! first time it is shown. This module owns which parts there are, their loading
//! state, what a screen shows while its part loads or after the fetch failed (a
//! message in the person's language with a retry), and fetching the printed
//! proposal's part once the page has settled. The split points, which name the
//! screens, are `ui::split`.

use super::state::AppState;
use super::text::tr;
use crate::i18n::Lang;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

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
}

/// Fetches a part (once; a failed fetch is tried again on the next call) and
/// gives the function that draws it: `ui::split::fetch`, handed over at the
/// start so that this registry, which screens place parts with, names no screen.
pub type Fetch = fn(Part) -> Pin<Box<dyn Future<Output = Result<Draw, LoadFailed>>>>;

/// A part's code could not be fetched (offline before it was cached, a flaky
/// network, a file missing on the host).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed;

impl From<SplitLoaderError> for LoadFailed {
    fn from(_: SplitLoaderError) -> LoadFailed {
        LoadFailed
    }
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
pub struct Parts {
    status: [RwSignal<Status>; Part::ALL.len()],
    fetch: Fetch,
}

impl Parts {
    pub fn new(fetch: Fetch) -> Parts {
        Parts {
            status: Part::ALL.map(|_| RwSignal::new(Status::NotAsked)),
            fetch,
        }
    }

    fn status(self, p: Part) -> RwSignal<Status> {
        self.status[p.index()]
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
            match (self.fetch)(p).await {
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
