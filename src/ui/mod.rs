//! Browser UI (Leptos, CSR): the page shell — header with presets, reset and the
//! language switch, the one-line notice — around the calculator screen.

mod calculator;
mod state;
mod store;

use crate::model::Preset;
use calculator::Calculator;
use leptos::prelude::*;
use state::{Calc, Notice};

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
    // Keep <html lang> and the document title in the chosen language.
    Effect::new(move |_| {
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
                <h1>{move || lang.get().app_title()}</h1>
                <p class="lead">{move || lang.get().app_lead()}</p>
            </div>
            <div class="toolbar">
                <label class="preset">
                    <span>{move || lang.get().preset_label()}</span>
                    <select
                        data-testid="preset"
                        prop:value=move || calc.matching_preset().map_or("custom", Preset::key)
                        on:change=move |ev| {
                            if let Some(p) = Preset::from_key(&event_target_value(&ev)) {
                                calc.apply_preset(p);
                            }
                        }
                    >
                        <option value="custom" disabled=true>{move || lang.get().preset_custom()}</option>
                        {Preset::ALL
                            .into_iter()
                            .map(|p| view! { <option value=p.key()>{move || lang.get().preset_name(p)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="reset" on:click=move |_| calc.apply_preset(Preset::Brochure)>
                    {move || lang.get().reset()}
                </button>
                <button
                    type="button"
                    class="lang"
                    data-testid="lang-toggle"
                    title=move || lang.get().switch_aria()
                    lang=move || lang.get().other().code()
                    on:click=move |_| calc.set_lang(lang.get_untracked().other())
                >
                    {move || lang.get().switch_label()}
                </button>
            </div>
        </header>
        <NoticeBar />
        <main>
            <Calculator />
        </main>
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
                hidden=move || !notice.with(|n| matches!(n, Some(Notice::Loaded { .. })))
                on:click=move |_| calc.undo()
            >
                {move || lang.get().undo()}
            </button>
            <button type="button" class="dismiss" on:click=move |_| notice.set(None)>
                {move || lang.get().dismiss()}
            </button>
        </div>
    }
}
