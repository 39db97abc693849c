//! The records of the study, newest first: each can be corrected (a forgotten
//! stop, a wrong start), a phone call marked as one that did not get through,
//! or deleted (with undo). Only the newest `SHOWN` are listed; every record is
//! in the CSV.

use super::recorder::phase_select;
use crate::i18n::Lang;
use crate::timestudy::change::{Applied, Change, Refused};
use crate::timestudy::{Record, RecordEdit, Task, WallTime};
use crate::ui::erase::{keyed_rows, message, DrawRow};
use crate::ui::state::AppState;
use crate::ui::text::{shown, tr, tr_with, words, Said};
use leptos::prelude::*;
use std::sync::Arc;

/// How many of the newest records are listed.
const SHOWN: usize = 50;

/// `12/02 08:30〜08:40 申し送り・事前・昼 A01 10分`; a record that ends on the
/// next day says so (`23:30〜翌00:10`), one from the 10-minute sheet too
/// (`…10分（10分記録）`).
pub fn record_text(r: &Record, lang: Lang) -> String {
    let (_, m, d) = r.start.date();
    let next_day = r.end.date() != r.start.date();
    let (dash, sep) = match lang {
        Lang::Ja => ("〜", "・"),
        Lang::En => ("–", ", "),
    };
    let end = match (lang, next_day) {
        (Lang::Ja, true) => format!("翌{}", r.end.clock_text()),
        (Lang::En, true) => format!("{} next day", r.end.clock_text()),
        (_, false) => r.end.clock_text(),
    };
    format!(
        "{m:02}/{d:02} {}{dash}{end} {}{sep}{}{sep}{} {} {}{}{}",
        r.start.clock_text(),
        lang.ts_task(r.task),
        lang.ts_phase(r.phase),
        lang.ts_shift(r.shift),
        Lang::isolate(&r.staff),
        crate::i18n::timestudy::dec1(r.minutes()),
        lang.ts_min(),
        if r.sheet { lang.ts_sheet_mark() } else { "" },
    )
}

#[component]
pub fn Records() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    let editing = RwSignal::new(None::<String>);
    let deleted = RwSignal::new(None::<Record>);
    let row = move |r: Record| {
        let id = r.id.clone();
        let show_form = {
            let id = id.clone();
            move || editing.with(|e| e.as_deref() == Some(id.as_str()))
        };
        // Its words follow a change of language (a correction being typed in it
        // stays); each control is named with its record, for screen readers.
        let record = Arc::new(r.clone());
        let said = move |text: fn(Lang, &str) -> String| {
            let r = record.clone();
            words(lang, Said::new(move |l| text(l, &record_text(&r, l))))
        };
        let text = said(|_, t| t.to_string());
        let failed_name = said(|l, t| format!("{t}{}{}", l.colon(), l.ts_failed()));
        let edit_name = said(|l, t| l.ts_record_action(t, false));
        let delete_name = said(|l, t| l.ts_record_action(t, true));
        // A call that did not get through is an occurrence: tapped records only.
        let failed = (r.task == Task::Phone && !r.sheet).then(|| {
            let id = id.clone();
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="timestudy-record-failed"
                        aria-label=failed_name
                        prop:checked=r.failed
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let _ = state.timestudy.change(Change::SetFailed { id: id.clone(), failed: on });
                        }
                    />
                    {tr(lang, Lang::ts_failed)}
                </label>
            }
        });
        let delete = {
            let id = id.clone();
            move |_| {
                if let Ok(Applied::Deleted(gone)) =
                    state.timestudy.change(Change::Delete { id: id.clone() })
                {
                    deleted.set(Some(gone));
                }
            }
        };
        let edit_id = id.clone();
        view! {
            <li data-testid="timestudy-record" data-id=id>
                <span class="record-text">{text}</span>
                {failed}
                <button
                    type="button"
                    data-testid="timestudy-record-edit"
                    aria-label=edit_name
                    on:click=move |_| editing.set(Some(edit_id.clone()))
                >
                    {tr(lang, Lang::ts_edit)}
                </button>
                <button
                    type="button"
                    data-testid="timestudy-record-delete"
                    aria-label=delete_name
                    on:click=delete
                >
                    {tr(lang, Lang::ts_delete)}
                </button>
                {move || show_form().then(|| view! { <EditForm record=r.clone() editing /> })}
            </li>
        }
        .into_any()
    };
    let rows = move || {
        study.with(|s| {
            s.records
                .iter()
                .rev()
                .take(SHOWN)
                .map(|r| {
                    let key = format!(
                        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
                        r.id,
                        r.start.0,
                        r.end.0,
                        r.failed,
                        r.task.key(),
                        r.phase.key()
                    );
                    let r = r.clone();
                    let draw: DrawRow = Arc::new(move || row(r.clone()));
                    (key, draw)
                })
                .collect()
        })
    };
    view! {
        <section class="card study-records-card" aria-labelledby="timestudy-records-heading">
            <h3 id="timestudy-records-heading">{move || study.with(|s| lang.get().ts_records_heading(s.records.len()))}</h3>
            <p class="demo-notice" role="status" data-testid="timestudy-deleted" hidden=move || deleted.with(Option::is_none)>
                {move || deleted.with(|d| d.as_ref().map(|r| lang.get().ts_deleted(&record_text(r, lang.get()))))}
                <button
                    type="button"
                    data-testid="timestudy-deleted-undo"
                    on:click=move |_| {
                        if let Some(r) = deleted.get_untracked() {
                            let _ = state.timestudy.change(Change::Restore(r));
                        }
                        deleted.set(None);
                    }
                >
                    {tr(lang, Lang::undo)}
                </button>
            </p>
            <ol class="study-records" data-testid="timestudy-records">{keyed_rows(rows)}</ol>
            <p class="help" hidden=move || study.with(|s| s.records.len() <= SHOWN)>
                {move || study.with(|s| lang.get().ts_more_records(s.records.len().saturating_sub(SHOWN)))}
            </p>
        </section>
    }
}

/// The correction of one record: its task, its phase, its start and end as date
/// and time. What cannot be read or is refused is said next to the fields and
/// nothing changes.
#[component]
fn EditForm(record: Record, editing: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    let start = RwSignal::new(short(record.start));
    let end = RwSignal::new(short(record.end));
    let record_task = record.task;
    let task = RwSignal::new(record_task);
    let phase = RwSignal::new(record.phase);
    // Why the correction was not taken.
    let error = RwSignal::new(None::<Said>);
    let save = move |_| {
        let (Some(s), Some(e)) = (
            WallTime::parse(&start.get_untracked()),
            WallTime::parse(&end.get_untracked()),
        ) else {
            error.set(Some(Said::words(Lang::ts_bad_time)));
            return;
        };
        let edit = RecordEdit {
            task: task.get_untracked(),
            start: s,
            end: e,
            shift: study.with_untracked(|st| st.shift_at(s)),
            phase: phase.get_untracked(),
            failed: record.failed,
        };
        match state.timestudy.change(Change::Edit {
            id: record.id.clone(),
            edit,
        }) {
            Err(Refused::Study(e)) => error.set(Some(Said::new(move |l| l.study_error(&e).into()))),
            _ => editing.set(None),
        }
    };
    let field =
        move |label: fn(Lang) -> &'static str, testid: &'static str, value: RwSignal<String>| {
            view! {
                <label class="field">
                    <span>{tr(lang, label)}</span>
                    <input
                        type="text"
                        data-testid=testid
                        autocomplete="off"
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </label>
            }
        };
    view! {
        <div class="study-edit">
            <label class="field">
                <span>{tr(lang, Lang::ts_task_label)}</span>
                <select
                    data-testid="timestudy-edit-task"
                    prop:value=move || task.get().key()
                    on:change=move |ev| {
                        if let Some(t) = Task::from_key(&event_target_value(&ev)) {
                            task.set(t);
                        }
                    }
                >
                    // The old tasks (uncoded indirect work, B 13–19 as one) only
                    // for a record that has one.
                    {Task::ALL
                        .into_iter()
                        .filter(move |t| !t.is_old() || *t == record_task)
                        .map(|t| view! { <option value=t.key()>{tr_with(lang, t, Lang::ts_task)}</option> })
                        .collect_view()}
                </select>
            </label>
            {phase_select(
                "timestudy-edit-phase",
                Lang::ts_record_phase_label,
                Arc::new(move || phase.get()),
                Arc::new(move |p| phase.set(p)),
            )}
            {field(Lang::ts_start_label, "timestudy-edit-start", start)}
            {field(Lang::ts_end_label, "timestudy-edit-end", end)}
            {message("error", "timestudy-edit-error", "alert", shown(lang, error))}
            <button type="button" data-testid="timestudy-edit-save" on:click=save>{tr(lang, Lang::ts_save)}</button>
            <button type="button" data-testid="timestudy-edit-cancel" on:click=move |_| editing.set(None)>{tr(lang, Lang::ts_cancel)}</button>
        </div>
    }
}

/// `2026-12-02 08:30` (seconds only when there are some).
fn short(t: WallTime) -> String {
    let mut s = t.text();
    if s.ends_with(":00") {
        s.truncate(s.len() - 3);
    }
    s
}
