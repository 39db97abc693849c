//! The study's files: every record as CSV (to merge another device's records,
//! or for Excel), the summary as CSV, and the import of a CSV from another
//! device or a study done elsewhere (all or nothing, every bad row named), in
//! UTF-8 or Shift_JIS (read by the browser's own `TextDecoder`).

use crate::i18n::Lang;
use crate::report;
use crate::timestudy::change::{Applied, Change, Refused};
use crate::timestudy::evidence::Evidence;
use crate::timestudy::file;
use crate::ui::browser::{download, picked_file, today, when_settled};
use crate::ui::erase::message;
use crate::ui::state::AppState;
use crate::ui::text::{shown, tr, Said};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The file's bytes (`buffer`, an `ArrayBuffer`) in `encoding`, read strictly:
/// `None` where a byte sequence is not of the encoding (a BOM is dropped).
fn strict_text(buffer: &wasm_bindgen::JsValue, encoding: &str) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    web_sys::TextDecoder::new_with_label_and_options(encoding, &options)
        .ok()?
        .decode_with_buffer_source(buffer.unchecked_ref())
        .ok()
}

#[component]
pub fn Files(ev: Memo<Evidence>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    // What the last import did.
    let result = RwSignal::new(None::<Said>);
    let export = move |_| {
        let text = study.with_untracked(|s| file::export(&s.records));
        download(
            &format!("timestudy-records-{}.csv", today()),
            "text/csv",
            &text,
        );
    };
    let export_summary = move |_| {
        let text = ev.with_untracked(|e| report::study_csv(e, lang.get_untracked()));
        download(
            &format!("timestudy-summary-{}.csv", today()),
            "text/csv",
            &text,
        );
    };
    let import = move |e: leptos::ev::Event| {
        let Some(f) = picked_file(&e) else { return };
        when_settled(f.array_buffer(), move |r| {
            let buffer = r.unwrap_or_default();
            let Ok(text) = file::decode(|encoding| strict_text(&buffer, encoding)) else {
                result.set(Some(Said::words(Lang::ts_unknown_encoding)));
                return;
            };
            // An import is all or nothing: the study changes (and is redrawn and
            // stored) only when records were added.
            let said = match state.timestudy.change(Change::Import(text.into())) {
                Ok(Applied::Imported(report)) => Said::new(move |l| l.ts_import_report(&report)),
                Err(Refused::Import(e)) => Said::new(move |l| l.ts_import_error(&e)),
                _ => return,
            };
            result.set(Some(said));
        });
    };
    view! {
        <section class="card" aria-labelledby="timestudy-files-heading">
            <h3 id="timestudy-files-heading">{tr(lang, Lang::ts_files_heading)}</h3>
            <div class="composer-row">
                <button type="button" data-testid="timestudy-export" disabled=move || study.with(|s| s.records.is_empty()) on:click=export>
                    {tr(lang, Lang::ts_export_records)}
                </button>
                <button type="button" data-testid="timestudy-export-summary" disabled=move || ev.with(|e| e.tasks.is_empty()) on:click=export_summary>
                    {tr(lang, Lang::ts_export_summary)}
                </button>
            </div>
            <p class="help" data-testid="timestudy-export-note">{tr(lang, Lang::ts_export_note)}</p>
            <label class="field">
                <span>{tr(lang, Lang::ts_import)}</span>
                <input type="file" accept=".csv,text/csv" data-testid="timestudy-import" on:change=import />
            </label>
            <p class="help">{tr(lang, Lang::ts_import_help)}</p>
            {message("demo-notice", "timestudy-import-result", "status", shown(lang, result))}
        </section>
    }
}
