//! The page shell: header (title, screen tabs, preset, presentation, reset,
//! language), the one-line notice, the screen shown, the presentation and the
//! printed proposal. The screen follows the address' `#…`. Every screen but the
//! calculator is a part of the program fetched when first shown (`parts`).

use super::browser::Early;
use super::calculator::Calculator;
use super::erase::effect;
use super::parts::{Lazy, Part, Parts};
use super::state::AppState;
use super::text::{tr, tr_with};
use crate::i18n::Lang;
use crate::model::Preset;
use crate::route::Screen;
use leptos::ev;
use leptos::prelude::*;

fn screen_in_address() -> Screen {
    Screen::from_hash(&window().location().hash().unwrap_or_default())
}

/// The app. Pre-rendered by the build step in the state `AppState::new` gives (the
/// brochure example); in the browser it starts from the person's own figures,
/// language and screen, and what they typed or ticked on the pre-rendered page
/// before the program arrived (`early`).
#[component]
pub fn App(#[prop(optional)] early: Vec<Early>) -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    let parts = Parts::new(super::split::fetch);
    provide_context(parts);
    let lang = state.lang;
    let screen = state.screen;
    // The demo keeps its workspace once opened: mounted on the first visit to its
    // screen, then only hidden.
    let demo_opened = RwSignal::new(false);
    let show = move |s: Screen| {
        screen.set(s);
        // Set once: setting it again would draw the demo anew (its workspace,
        // its listeners) on every visit.
        if s == Screen::Features && !demo_opened.get_untracked() {
            demo_opened.set(true);
        }
    };
    // In the browser: the person's own figures, language and screen, and what they
    // typed on the pre-rendered page, before anything is drawn.
    #[cfg(feature = "browser")]
    untrack(|| {
        state.restore();
        show(screen_in_address());
        for e in early {
            match e {
                Early::Text(f, text) => state.type_text(f, text),
                Early::Check(f, on) => state.set_flag(f, on),
            }
        }
    });
    #[cfg(feature = "browser")]
    parts.prefetch_when_idle();
    #[cfg(not(feature = "browser"))]
    let _ = (early, show);
    let hash = window_event_listener(ev::hashchange, move |_| show(screen_in_address()));
    on_cleanup(move || hash.remove());
    // Keep <html lang> and the document title in the chosen language.
    effect(move || {
        let l = lang.get();
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
        doc.set_title(l.app_title());
    });
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{tr(lang, Lang::app_title)}</h1>
                <p class="lead">{tr(lang, Lang::app_lead)}</p>
            </div>
            <Tabs />
            <Toolbar />
        </header>
        <NoticeBar />
        // Which 法人 facility the calculator is editing: drawn by the 法人's part,
        // once it is in (editing starts only there); its own screen marks the row.
        {move || match state.group.drawn.get() {
            Some(d) if screen.get() != Screen::Group => (d.bar)(),
            _ => ().into_any(),
        }}
        <main>
            // Only the chosen screen is mounted: nothing hidden recomputes as you type.
            {move || match screen.get() {
                Screen::Savings => view! { <Calculator /> }.into_any(),
                Screen::Costs => view! { <Lazy part=Part::Costs /> }.into_any(),
                Screen::Measure => view! { <Lazy part=Part::Study /> }.into_any(),
                Screen::Share => view! { <Lazy part=Part::Share /> }.into_any(),
                Screen::Method => view! { <Lazy part=Part::Method /> }.into_any(),
                Screen::Group => view! { <Lazy part=Part::Group /> }.into_any(),
                Screen::Features => ().into_any(),
            }}
            <div id="demo-root" data-testid="demo-root" hidden=move || screen.get() != Screen::Features>
                {move || demo_opened.get().then(|| view! { <Lazy part=Part::Demo /> })}
            </div>
        </main>
        <Present />
        <PrintRoot />
    }
}

#[component]
fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, screen) = (state.lang, state.screen);
    view! {
        <nav class="tabs" aria-label=tr(lang, Lang::app_title)>
            {Screen::ALL
                .into_iter()
                .map(|s| {
                    view! {
                        <a
                            href=s.hash()
                            data-testid=s.testid()
                            class:active=move || screen.get() == s
                            aria-current=move || (screen.get() == s).then_some("page")
                        >
                            {tr_with(lang, s, Lang::screen_name)}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn Toolbar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="toolbar">
            <label class="preset">
                <span>{tr(lang, Lang::preset_label)}</span>
                <select
                    data-testid="preset"
                    aria-label=tr(lang, Lang::preset_label)
                    prop:value=move || state.matching_preset().map_or("custom", Preset::key)
                    on:change=move |ev| {
                        if let Some(p) = Preset::from_key(&event_target_value(&ev)) {
                            state.apply_preset(p);
                        }
                    }
                >
                    <option value="custom" disabled=true>{tr(lang, Lang::preset_custom)}</option>
                    {Preset::ALL
                        .into_iter()
                        .map(|p| {
                            let selected = untrack(|| state.matching_preset()) == Some(p);
                            view! { <option value=p.key() selected=selected>{tr_with(lang, p, Lang::preset_name)}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <button type="button" class="present" data-testid="present-open" on:click=move |_| state.presenting.set(true)>
                {tr(lang, Lang::present)}
            </button>
            <button type="button" data-testid="reset" on:click=move |_| state.apply_preset(Preset::Brochure)>
                {tr(lang, Lang::reset)}
            </button>
            <button
                type="button"
                class="lang"
                data-testid="lang-toggle"
                title=tr(lang, Lang::switch_aria)
                lang=move || lang.get().other().code()
                on:click=move |_| state.set_lang(lang.get_untracked().other())
            >
                {tr(lang, Lang::switch_label)}
            </button>
        </div>
    }
}

#[component]
fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, notice) = (state.lang, state.notice);
    view! {
        <div class="notice" data-testid="notice" role="status" hidden=move || notice.with(Option::is_none)>
            <span data-testid="notice-text">{move || notice.with(|n| n.as_ref().map(|n| n.text(lang.get())).unwrap_or_default())}</span>
            <button
                type="button"
                data-testid="undo"
                hidden=move || !notice.with(|n| n.as_ref().is_some_and(|n| n.offers_undo()))
                on:click=move |_| state.undo()
            >
                {tr(lang, Lang::undo)}
            </button>
            <button type="button" class="dismiss" on:click=move |_| notice.set(None)>
                {tr(lang, Lang::dismiss)}
            </button>
        </div>
    }
}

/// The presentation, drawn while it is open. The first time, its part is fetched
/// in an overlay that can be closed (a failed fetch says so there, with a retry).
#[component]
fn Present() -> impl IntoView {
    let state = expect_context::<AppState>();
    let parts = expect_context::<Parts>();
    let (lang, presenting) = (state.lang, state.presenting);
    move || {
        presenting.get().then(|| match parts.ready(Part::Present) {
            Some(draw) => untrack(draw),
            None => view! {
                <div class="present-overlay present-wait" role="dialog" aria-modal="true" aria-label=tr(lang, Lang::present)>
                    <Lazy part=Part::Present />
                    <button type="button" data-testid="present-wait-close" on:click=move |_| presenting.set(false)>
                        {tr(lang, Lang::dismiss)}
                    </button>
                </div>
            }
            .into_any(),
        })
    }
}

/// The printed proposal (on the 法人's screen with facilities, the 法人's board
/// paper): a document of its own under `<body>`, shown only in print. It is drawn
/// while the share screen is open or the page is printing, so the page does not
/// redraw its charts on every keystroke. The proposal's part is fetched once the
/// page has settled after the start (`Parts::prefetch_when_idle`: a print from the
/// browser's menu cannot wait for it); Ctrl+P (⌘P) waits for it, then prints
/// (`AppState::print`: the document drawn before the dialog).
#[component]
fn PrintRoot() -> impl IntoView {
    let state = expect_context::<AppState>();
    let parts = expect_context::<Parts>();
    let printing = state.printing;
    let paper = move || {
        let on = state.screen.get_untracked() == Screen::Group
            && state
                .group
                .group
                .with_untracked(|g| !g.facilities().is_empty());
        on.then(|| state.group.drawn.get_untracked().map(|d| d.paper))
            .flatten()
    };
    let before = window_event_listener(ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(ev::afterprint, move |_| printing.set(false));
    // Ctrl+P (⌘P) is the app's: the proposal's part first (fetched if the early
    // fetch has not brought it yet), then the browser's print dialog; on the
    // 法人's screen, its board paper (its part is in).
    let keys = window_event_listener(ev::keydown, move |e| {
        if e.key().eq_ignore_ascii_case("p") && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            if paper().is_some() {
                state.print();
            } else {
                parts.then(Part::Print, move || state.print());
            }
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
        keys.remove();
    });
    let shown = move || printing.get() || state.screen.get() == Screen::Share;
    // Printed from the browser's menu before the part is in (in the first seconds
    // of a first visit): the page says so rather than printing nothing.
    let draw = move || match (paper(), parts.ready(Part::Print)) {
        (Some(draw), _) | (None, Some(draw)) => untrack(draw),
        (None, None) => {
            parts.fetch(Part::Print);
            view! { <p class="print-wait">{tr(state.lang, Lang::print_not_ready)}</p> }.into_any()
        }
    };
    view! { <div id="print-root">{move || shown().then(draw)}</div> }
}
