//! The study's files: every record as CSV (to merge another device's records,
//! or for Excel), the summary as CSV, and the import of a CSV from another
//! device or a study done elsewhere (all or nothing, every bad row named).

use crate::i18n::Lang;
use crate::report;
use crate::timestudy::evidence::Evidence;
use crate::timestudy::file;
use crate::ui::browser::{download, picked_file, today, when_settled};
use crate::ui::erase::message;
use crate::ui::state::AppState;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn Files(ev: Memo<Evidence>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.study);
    let result = RwSignal::new(None::<String>);
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
        when_settled(f.text(), move |r| {
            let text = r.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let l = lang.get_untracked();
            // An import is all or nothing: the study changes (and is redrawn and
            // stored) only when records were added.
            let r = study.try_maybe_update(|s| {
                let r = file::import(s, &text);
                (matches!(&r, Ok(report) if report.added > 0), r)
            });
            let said = match r {
                Some(Ok(report)) => l.ts_import_report(&report),
                Some(Err(e)) => l.ts_import_error(&e),
                None => return,
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
            <label class="field">
                <span>{tr(lang, Lang::ts_import)}</span>
                <input type="file" accept=".csv,text/csv" data-testid="timestudy-import" on:change=import />
            </label>
            <p class="help">{tr(lang, Lang::ts_import_help)}</p>
            {message("demo-notice", "timestudy-import-result", "status", move || result.get())}
        </section>
    }
}
