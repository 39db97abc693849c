//! Browser UI (Leptos, CSR): the page shell — header with presets, reset and the
//! language switch, the one-line notice — around the calculator screen.

mod browser;
mod calculator;
mod chart_box;
mod costs;
pub mod demo;
mod method;
mod present;
mod state;
pub(crate) mod store;
mod text;
pub mod tools;

use crate::i18n::Lang;
use crate::model::Preset;
use browser::announce;
use calculator::Calculator;
use costs::CostsScreen;
use leptos::prelude::*;
use method::MethodScreen;
use state::{Calc, Notice};
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(inline_js = "
export function load_bundle(name, root) {
  const base = document.baseURI;
  import(new URL('./' + name + '.js', base).href)
    .then((m) => m.default({ module_or_path: new URL('./' + name + '_bg.wasm', base).href }))
    .catch((e) => {
      const el = document.getElementById(root);
      if (el) el.dataset.error = String(e);
    });
}")]
extern "C" {
    /// Loads and starts an on-demand bundle (`<name>.js`), which mounts on `#<root>`:
    /// kaigo-demo (the chat-feature demo) and kaigo-tools (share, export, saved scenarios).
    fn load_bundle(name: &str, root: &str);
}
use text::{tr, tr_with};

/// Mounts the app on `<body>`; called once from `main`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let calc = Calc::new();
    provide_context(calc);
    let lang = calc.lang;
    let tab = RwSignal::new(Tab::from_location());
    // Asked to present: the tools bundle (which holds the presentation) is needed.
    let present = RwSignal::new(false);
    // On-demand bundles: loaded the first time their screen opens. A share link
    // (`?v=…`) loads the tools bundle at once: it decodes the link.
    let shared = window().location().search().is_ok_and(|q| q.len() > 1);
    Effect::new(move |loaded: Option<(bool, bool)>| {
        let (demo, tools) = loaded.unwrap_or((false, false));
        let t = tab.get();
        if t == Tab::Features && !demo {
            load_bundle("kaigo-demo", "demo-root");
        }
        if (t == Tab::Share || shared) && !tools {
            load_bundle("kaigo-tools", "tools-root");
        }
        if t == Tab::Share {
            // The tools screen re-reads the saved figures when it is shown.
            if let Ok(ev) = web_sys::Event::new("kaigo-share-open") {
                let _ = window().dispatch_event(&ev);
            }
        }
        (
            demo || t == Tab::Features,
            tools || t == Tab::Share || shared,
        )
    });
    // The tools bundle changed the saved figures (a share link, a saved scenario);
    // figures edited while presenting come back quietly.
    let changed = window_event_listener_untyped("kaigo-scenario", move |_| calc.reload_shared());
    let edited =
        window_event_listener_untyped("kaigo-scenario-edited", move |_| calc.reload_quietly());
    let broken = window_event_listener_untyped("kaigo-share-broken", move |_| {
        calc.notice.set(Some(Notice::ShareBroken));
    });
    on_cleanup(move || {
        changed.remove();
        edited.remove();
        broken.remove();
    });
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        tab.set(Tab::from_location())
    });
    on_cleanup(move || hash.remove());
    // Keep <html lang> and the document title in the chosen language.
    Effect::new(move |_| {
        let l = lang.get();
        let doc = document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
        doc.set_title(l.app_title());
        // The on-demand bundles follow the language through this event.
        announce("kaigo-lang");
    });
    view! {
        <header class="app-header">
            <div class="brand">
                <h1>{tr(lang, Lang::app_title)}</h1>
                <p class="lead">{tr(lang, Lang::app_lead)}</p>
            </div>
            <Tabs tab />
            <div class="toolbar">
                <label class="preset">
                    <span>{tr(lang, Lang::preset_label)}</span>
                    <select
                        data-testid="preset"
                        aria-label=tr(lang, Lang::preset_label)
                        prop:value=move || calc.matching_preset().map_or("custom", Preset::key)
                        on:change=move |ev| {
                            if let Some(p) = Preset::from_key(&event_target_value(&ev)) {
                                calc.apply_preset(p);
                            }
                        }
                    >
                        <option value="custom" disabled=true>{tr(lang, Lang::preset_custom)}</option>
                        {Preset::ALL
                            .into_iter()
                            .map(|p| view! { <option value=p.key()>{tr_with(lang, p, Lang::preset_name)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <button type="button" class="present" data-testid="present-open" on:click=move |_| {
                    // The presentation lives in the tools bundle: load it, then ask (the
                    // mark on <html> reaches it if it is still loading).
                    if let Some(root) = document().document_element() {
                        let _ = root.set_attribute("data-present-request", "1");
                    }
                    present.set(true);
                    load_bundle("kaigo-tools", "tools-root");
                    announce("kaigo-present");
                }>
                    {tr(lang, Lang::present)}
                </button>
                <button type="button" data-testid="reset" on:click=move |_| calc.apply_preset(Preset::Brochure)>
                    {tr(lang, Lang::reset)}
                </button>
                <button
                    type="button"
                    class="lang"
                    data-testid="lang-toggle"
                    title=tr(lang, Lang::switch_aria)
                    lang=move || lang.get().other().code()
                    on:click=move |_| calc.set_lang(lang.get_untracked().other())
                >
                    {tr(lang, Lang::switch_label)}
                </button>
            </div>
        </header>
        <NoticeBar />
        <main>
            // Only the chosen screen is mounted: its charts measure their width on mount.
            {move || match tab.get() {
                Tab::Costs => view! { <CostsScreen /> }.into_any(),
                Tab::Method => view! { <MethodScreen /> }.into_any(),
                Tab::Savings => view! { <Calculator /> }.into_any(),
                Tab::Features | Tab::Share => ().into_any(),
            }}
            // The chat-feature demo is a bundle of its own, loaded the first time this
            // screen opens; its container stays so the demo keeps its state.
            <div id="demo-root" data-testid="demo-root" hidden=move || tab.get() != Tab::Features>
                {tr(lang, Lang::demo_loading)}
            </div>
            <div id="tools-root" data-testid="tools-root" hidden=move || tab.get() != Tab::Share>
                {tr(lang, Lang::demo_loading)}
            </div>
        </main>
    }
}

/// The app's screens, addressed by the URL hash so reload and back keep them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Savings,
    Costs,
    Features,
    Share,
    Method,
}

impl Tab {
    const ALL: [Tab; 5] = [
        Tab::Savings,
        Tab::Costs,
        Tab::Features,
        Tab::Share,
        Tab::Method,
    ];

    const fn hash(self) -> &'static str {
        match self {
            Tab::Savings => "#savings",
            Tab::Costs => "#costs",
            Tab::Features => "#features",
            Tab::Share => "#share",
            Tab::Method => "#method",
        }
    }

    const fn testid(self) -> &'static str {
        match self {
            Tab::Savings => "tab-savings",
            Tab::Costs => "tab-costs",
            Tab::Features => "tab-features",
            Tab::Share => "tab-share",
            Tab::Method => "tab-method",
        }
    }

    fn from_location() -> Tab {
        let hash = window().location().hash().unwrap_or_default();
        Tab::ALL
            .into_iter()
            .find(|t| t.hash() == hash)
            .unwrap_or(Tab::Savings)
    }
}

#[component]
fn Tabs(tab: RwSignal<Tab>) -> impl IntoView {
    let lang = expect_context::<Calc>().lang;
    view! {
        <nav class="tabs" aria-label=tr(lang, Lang::app_title)>
            {Tab::ALL
                .into_iter()
                .enumerate()
                .map(|(i, t)| {
                    view! {
                        <a
                            href=t.hash()
                            data-testid=t.testid()
                            class:active=move || tab.get() == t
                            aria-current=move || (tab.get() == t).then_some("page")
                        >
                            {tr_with(lang, i, Lang::tab_name)}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn NoticeBar() -> impl IntoView {
    let calc = expect_context::<Calc>();
    let lang = calc.lang;
    let notice = calc.notice;
    view! {
        <div class="notice" data-testid="notice" role="status" hidden=move || notice.with(Option::is_none)>
            <span data-testid="notice-text">{move || notice.with(|n| n.as_ref().map(|n| n.text(lang.get())).unwrap_or_default())}</span>
            <button
                type="button"
                data-testid="undo"
                hidden=move || !notice.with(|n| matches!(n, Some(Notice::Loaded { .. } | Notice::Shared { .. })))
                on:click=move |_| calc.undo()
            >
                {tr(lang, Lang::undo)}
            </button>
            <button type="button" class="dismiss" on:click=move |_| notice.set(None)>
                {tr(lang, Lang::dismiss)}
            </button>
        </div>
    }
}
