//! The 10-minute sheet (`timestudy::sheet`), folded under the recorder: who,
//! which day and hours, then a row per 10-minute slot with the minutes of each
//! task and the slot's total. What cannot be read is said next to it and kept as
//! typed; a recorded sheet can be taken back from its notice.

use super::recorder::who_fields;
use crate::i18n::Lang;
use crate::timestudy::change::{Applied, Change, Refused};
use crate::timestudy::record::staff_code;
use crate::timestudy::sheet::{
    cell_minutes, span_slots, SheetError, Slot, SpanError, SLOT_MINUTES,
};
use crate::timestudy::{clock_minutes, Sheet, Task, WallTime};
use crate::ui::browser::local_now;
use crate::ui::erase::message;
use crate::ui::state::AppState;
use crate::ui::text::{tr, tr_with};
use leptos::prelude::*;
use std::sync::Arc;

/// The typed minutes of one slot, a cell per task.
type Row = [RwSignal<String>; Task::OFFERED.len()];

/// What the sheet's last action did: recorded (undoable), taken back, refused.
#[derive(Clone)]
enum Outcome {
    Added(Arc<Sheet>, usize),
    TakenBack(usize),
    Refused(SheetError, WallTime),
}

#[component]
pub fn SheetForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let who = state.timestudy.staff;
    let date = RwSignal::new(local_now().date_text());
    let from = RwSignal::new("09:00".to_string());
    let to = RwSignal::new("12:00".to_string());
    let outcome = RwSignal::new(None::<Outcome>);
    // The first slot's clock time and the number of slots, or why the hours
    // cannot be a sheet (plain functions of the fields, not memos: each memo type
    // costs the study's part wasm).
    let span = move || -> Result<(u32, usize), Option<SpanError>> {
        let (Some(f), Some(t)) = (
            from.with(|s| clock_minutes(s)),
            to.with(|s| clock_minutes(s)),
        ) else {
            return Err(None);
        };
        Ok((f, span_slots(f, t).map_err(Some)?))
    };
    let start = move || {
        let (f, _) = span().ok()?;
        WallTime::parse(&format!("{} {:02}:{:02}", date.get(), f / 60, f % 60))
    };
    // The slots shown (none while the hours cannot be read).
    let shown = move || span().map_or(0, |(_, n)| n);
    // A row per slot, never fewer than were shown: what was typed in a row stays
    // while the hours are retyped (`12:00` passes through `1` and `12`).
    let rows = RwSignal::new(Vec::<Row>::new());
    let fit = move || {
        let n = shown();
        if rows.with_untracked(Vec::len) < n {
            rows.update(|r| r.resize_with(n, new_row));
        }
    };
    fit();
    let record = move |_| {
        let Some(start) = untrack(start) else {
            return;
        };
        let mut slots = Vec::new();
        for row in rows.get_untracked().into_iter().take(untrack(shown)) {
            let mut minutes: Slot = [0; Task::OFFERED.len()];
            for (m, cell) in minutes.iter_mut().zip(row) {
                match cell.with_untracked(|t| cell_minutes(t)) {
                    Some(v) => *m = v,
                    // The cell says so already; nothing is recorded.
                    None => return,
                }
            }
            slots.push(minutes);
        }
        let (staff, role) = who.get_untracked();
        let sheet = Arc::new(Sheet {
            staff,
            role,
            phase: state.timestudy.study.with_untracked(|s| s.phase),
            start,
            slots,
        });
        // A sheet is filled in afterwards (a night sheet typed the next morning
        // keeps the day it began: a date left on today is caught here).
        if let Err(e) = sheet.ended_by(local_now()) {
            outcome.set(Some(Outcome::Refused(e, start)));
            return;
        }
        outcome.set(Some(
            match state.timestudy.change(Change::Sheet(sheet.clone())) {
                Ok(Applied::Sheet(n)) => {
                    // An empty grid for the next sheet (drawn again with each
                    // input's value set from its cell; the cells follow the
                    // inputs, not the other way).
                    rows.update(|r| r.iter_mut().for_each(|row| *row = new_row()));
                    Outcome::Added(sheet, n)
                }
                Err(Refused::Sheet(e)) => Outcome::Refused(e, start),
                _ => return,
            },
        ));
    };
    let take_back = move |_| {
        if let Some(Outcome::Added(sheet, _)) = outcome.get_untracked() {
            if let Ok(Applied::Unsheeted(n)) = state.timestudy.change(Change::Unsheet(sheet)) {
                outcome.set(Some(Outcome::TakenBack(n)));
            }
        }
    };
    let notice = move || {
        let l = lang.get();
        match outcome.get()? {
            // The code as kept (「Ｎ０２」 typed is N02).
            Outcome::Added(sheet, n) => Some(l.ts_sheet_added(
                &staff_code(&sheet.staff).unwrap_or_else(|_| sheet.staff.clone()),
                n,
                sheet.start,
                sheet.end(),
            )),
            Outcome::TakenBack(n) => Some(l.ts_sheet_taken_back(n)),
            Outcome::Refused(..) => None,
        }
    };
    let refused = move || match outcome.get()? {
        Outcome::Refused(e, start) => Some(lang.get().ts_sheet_error(&e, start)),
        _ => None,
    };
    // A cell that cannot be read, else the first slot over 10 minutes.
    let cells_error = move || {
        let totals: Vec<Option<u32>> =
            rows.with(|r| r.iter().take(shown()).map(slot_total).collect());
        if totals.iter().any(Option::is_none) {
            return Some(lang.get().ts_sheet_cell_bad().to_string());
        }
        let over = totals
            .iter()
            .position(|t| t.is_some_and(|t| t > SLOT_MINUTES))?;
        Some(
            lang.get()
                .ts_sheet_error(&SheetError::SlotOver(over), start()?),
        )
    };
    let span_error = move || match span() {
        Err(e) => Some(lang.get().ts_sheet_span(e).to_string()),
        Ok(_) => start()
            .is_none()
            .then(|| lang.get().ts_sheet_date_bad().to_string()),
    };
    let clock_field =
        move |value: RwSignal<String>, testid: &'static str, label: fn(Lang) -> &'static str| {
            view! {
                <label class="field">
                    <span>{tr(lang, label)}</span>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        data-testid=testid
                        aria-invalid=move || if span().is_err() { "true" } else { "false" }
                        value=value.get_untracked()
                        on:input=move |ev| {
                            value.set(event_target_value(&ev));
                            clear_refused(outcome);
                            fit();
                        }
                    />
                </label>
            }
        };
    view! {
        <details class="card study-sheet" data-testid="timestudy-sheet">
            <summary>{tr(lang, Lang::ts_sheet_heading)}</summary>
            <p class="help">{tr(lang, Lang::ts_sheet_help)}</p>
            <div class="study-settings">
                {who_fields("timestudy-sheet-staff", "timestudy-sheet-role", Arc::new(move || clear_refused(outcome)))}
                <label class="field">
                    <span>{tr(lang, Lang::ts_sheet_date)}</span>
                    <input
                        type="date"
                        data-testid="timestudy-sheet-date"
                        value=date.get_untracked()
                        on:input=move |ev| {
                            date.set(event_target_value(&ev));
                            clear_refused(outcome);
                        }
                    />
                </label>
                {clock_field(from, "timestudy-sheet-from", Lang::ts_sheet_from)}
                {clock_field(to, "timestudy-sheet-to", Lang::ts_sheet_to)}
            </div>
            {message("error", "timestudy-sheet-span-error", "alert", span_error)}
            <div class="sheet-scroll">
                <table class="sheet-grid" data-testid="timestudy-sheet-grid">
                    <thead>
                        <tr>
                            <th scope="col">{tr(lang, Lang::ts_sheet_time)}</th>
                            {Task::OFFERED.map(|t| view! { <th scope="col">{tr_with(lang, t, Lang::ts_task)}</th> }).into_iter().collect_view()}
                            <th scope="col">{tr(lang, Lang::ts_sheet_total)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            // Drawn again in a new language (the cells' names).
                            lang.track();
                            let first = start();
                            rows.get()
                                .into_iter()
                                .take(shown())
                                .enumerate()
                                .map(|(i, row)| slot_row(i, row, first, lang, outcome))
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {message("error", "timestudy-sheet-cells-error", "alert", cells_error)}
            {message("error", "timestudy-sheet-error", "alert", refused)}
            <button type="button" class="primary" data-testid="timestudy-sheet-save" on:click=record
                disabled=move || start().is_none()>
                {tr(lang, Lang::ts_sheet_save)}
            </button>
            {message("demo-notice", "timestudy-sheet-result", "status", notice)}
            <button
                type="button"
                data-testid="timestudy-sheet-take-back"
                hidden=move || !matches!(outcome.get(), Some(Outcome::Added(..)))
                on:click=take_back
            >
                {tr(lang, Lang::ts_sheet_take_back)}
            </button>
        </details>
    }
}

/// One slot: its time, a cell per task, its total (marked when over 10 minutes,
/// or when a cell cannot be read).
/// Forgets why the last sheet was refused, once something is retyped; a sheet
/// just recorded keeps its notice and its take-back (fixing a field after a
/// sheet went in must not lose the way to take it back).
fn clear_refused(outcome: RwSignal<Option<Outcome>>) {
    if outcome.with_untracked(|o| matches!(o, Some(Outcome::Refused(..)))) {
        outcome.set(None);
    }
}

/// An empty row of cells.
fn new_row() -> Row {
    std::array::from_fn(|_| RwSignal::new(String::new()))
}

/// A slot's minutes in all (none while a cell cannot be read).
fn slot_total(row: &Row) -> Option<u32> {
    row.iter()
        .map(|c| c.with(|t| cell_minutes(t)).map(u32::from))
        .sum()
}

fn slot_row(
    i: usize,
    row: Row,
    first: Option<WallTime>,
    lang: RwSignal<Lang>,
    outcome: RwSignal<Option<Outcome>>,
) -> AnyView {
    let l = lang.get_untracked();
    let (from, to) = first.map_or_else(Default::default, |s| {
        let from = s.plus_seconds(i as i64 * i64::from(SLOT_MINUTES) * 60);
        (
            from.clock_text(),
            from.plus_seconds(i64::from(SLOT_MINUTES) * 60).clock_text(),
        )
    });
    let total = move || slot_total(&row);
    let bad = move || total().is_none_or(|t| t > SLOT_MINUTES);
    let cells: Vec<AnyView> = Task::OFFERED
        .into_iter()
        .zip(row)
        .map(|(task, cell)| {
            let name = l.ts_sheet_cell_name(&from, &to, task);
            let unreadable = move || cell.with(|t| cell_minutes(t).is_none());
            view! {
                <td>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="2"
                        data-testid=format!("timestudy-sheet-{i}-{}", task.key())
                        aria-label=name
                        aria-invalid=move || if unreadable() { "true" } else { "false" }
                        prop:value=cell.get_untracked()
                        on:input=move |ev| {
                            cell.set(event_target_value(&ev));
                            clear_refused(outcome);
                        }
                    />
                </td>
            }
            .into_any()
        })
        .collect();
    view! {
        <tr class:over=bad>
            <th scope="row">{from}</th>
            {cells}
            <td class="total" data-testid=format!("timestudy-sheet-{i}-total")>
                {move || total().map_or_else(|| "?".to_string(), |t| t.to_string())}
            </td>
        </tr>
    }
    .into_any()
}
