//! The recorder, made for a shared tablet on the floor: the phase and shift
//! times of the study, who is timing (an anonymous code and a role), one big
//! button per task (a tap starts it, a tap on another switches, a tap on the
//! same stops), undo of the last tap, and who is being timed now, with a way
//! out for a run left going too long to stop (ended at a typed time, or discarded).

use crate::i18n::Lang;
use crate::timestudy::change::{Change, Refused};
use crate::timestudy::record::{staff_code, typed_end, MAX_MINUTES};
use crate::timestudy::{clock_minutes, clock_of, Phase, Role, Running, StudyError, Task, WallTime};
use crate::ui::browser::local_now;
use crate::ui::erase::{keyed_rows, message, DrawRow};
use crate::ui::state::AppState;
use crate::ui::text::{tr, tr_with, words, Said};
use leptos::prelude::*;
use std::sync::Arc;

/// How often the minutes of running tasks move on.
const TICK_SECONDS: u64 = 15;

#[component]
pub fn Recorder() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    let who = state.timestudy.staff;
    let error = RwSignal::new(None::<StudyError>);
    let now = RwSignal::new(local_now());
    if let Ok(tick) = set_interval_with_handle(
        move || now.set(local_now()),
        std::time::Duration::from_secs(TICK_SECONDS),
    ) {
        on_cleanup(move || tick.clear());
    }
    let tap = move |task: Task| {
        let t = local_now();
        now.set(t);
        let (staff, role) = who.get_untracked();
        let r = state.timestudy.change(Change::Tap {
            staff,
            role,
            task,
            at: t,
        });
        error.set(study_error(r.err()));
    };
    // The task the person in the staff field is timing now (the code as kept:
    // 「Ａ０１」 typed is A01).
    let timing = move || {
        let code = who.with(|w| staff_code(&w.0)).ok()?;
        study.with(|s| s.running.iter().find(|r| r.staff == code).map(|r| r.task))
    };
    let task_button = move |t: Task| {
        view! {
            <button
                type="button"
                class="task"
                data-testid=format!("timestudy-task-{}", t.key())
                aria-pressed=move || if timing() == Some(t) { "true" } else { "false" }
                on:click=move |_| tap(t)
            >
                {tr_with(lang, t, Lang::ts_task)}
            </button>
        }
    };
    let (b13, first): (Vec<Task>, Vec<Task>) = Task::OFFERED
        .into_iter()
        .partition(|t| t.code().in_13_to_19());
    view! {
        <section class="card study-recorder" aria-labelledby="timestudy-recorder-heading">
            <h3 id="timestudy-recorder-heading">{tr(lang, Lang::ts_recorder_heading)}</h3>
            <div class="study-settings">
                {who_fields("timestudy-staff", "timestudy-role", Arc::new(move || error.set(None)))}
            </div>
            {message("error", "timestudy-error", "alert", move || error.get().map(|e| refused(lang.get(), &e)))}
            <div class="task-grid">{first.into_iter().map(task_button).collect_view()}</div>
            // B 13–19, the guideline's other indirect work one by one, folded
            // into one line so their seven buttons do not push who is running
            // further down a phone (a run of one of them is in that list, with
            // its stop button). Opening the fold by itself while one runs cost
            // the whole app 1.7 KB.
            <details
                class="task-more"
                data-testid="timestudy-tasks-b13"
            >
                <summary>{tr(lang, Lang::ts_b13_summary)}</summary>
                <div class="task-grid">{b13.into_iter().map(task_button).collect_view()}</div>
            </details>
            <button
                type="button"
                data-testid="timestudy-undo"
                disabled=move || study.with(|s| s.taps.is_empty())
                on:click=move |_| {
                    let _ = state.timestudy.change(Change::Undo);
                }
            >
                {tr(lang, Lang::ts_undo)}
            </button>
            <h4>{tr(lang, Lang::ts_running_heading)}</h4>
            <p class="help" hidden=move || study.with(|s| !s.running.is_empty())>{tr(lang, Lang::ts_nobody)}</p>
            <ul class="study-running" data-testid="timestudy-running">
                {keyed_rows(move || {
                    study.with(|s| {
                        s.running
                            .iter()
                            .map(|r| {
                                let key = format!("{}\u{1f}{}\u{1f}{}\u{1f}{}", r.staff, r.task.key(), r.start.0, r.phase.key());
                                let run = r.clone();
                                let draw: DrawRow = Arc::new(move || running_row(run.clone(), now, error));
                                (key, draw)
                            })
                            .collect()
                    })
                })}
            </ul>
            <details class="study-more" data-testid="timestudy-settings">
                <summary>{move || study.with(|s| lang.get().ts_settings_line(s.phase, &clock_of(s.day_from), &clock_of(s.night_from)))}</summary>
                <div class="study-settings">
                    {phase_select(
                        "timestudy-phase",
                        Lang::ts_phase_label,
                        Arc::new(move || study.with(|s| s.phase)),
                        Arc::new(move |p| {
                            let _ = state.timestudy.change(Change::Phase(p));
                        }),
                    )}
                    <ShiftTime night=false />
                    <ShiftTime night=true />
                </div>
                <p class="help" data-testid="timestudy-phase-rule" hidden=move || study.with(|s| s.running.is_empty())>
                    {tr(lang, Lang::ts_phase_rule)}
                </p>
                <p class="help">{tr(lang, Lang::ts_shift_help)}</p>
            </details>
        </section>
    }
}

/// Who is timing on this device: an anonymous code (never a name) and a job,
/// `StudyState::staff`, shared by the recorder and the 10-minute sheet;
/// `edited` is told when the code is retyped.
pub fn who_fields(
    staff_testid: &'static str,
    role_testid: &'static str,
    edited: Arc<dyn Fn() + Send + Sync>,
) -> AnyView {
    let state = expect_context::<AppState>();
    let (lang, who) = (state.lang, state.timestudy.staff);
    view! {
        <label class="field">
            <span>{tr(lang, Lang::ts_staff_label)}</span>
            <input
                type="text"
                data-testid=staff_testid
                autocomplete="off"
                placeholder="A01"
                prop:value=move || who.with(|w| w.0.clone())
                on:input=move |ev| {
                    who.update(|w| w.0 = event_target_value(&ev));
                    edited();
                }
            />
        </label>
        <label class="field">
            <span>{tr(lang, Lang::ts_role_label)}</span>
            <select
                data-testid=role_testid
                prop:value=move || who.with(|w| w.1.key())
                on:change=move |ev| {
                    if let Some(r) = Role::from_key(&event_target_value(&ev)) {
                        who.update(|w| w.1 = r);
                    }
                }
            >
                {Role::ALL
                    .into_iter()
                    .map(|r| view! { <option value=r.key()>{tr_with(lang, r, Lang::ts_role)}</option> })
                    .collect_view()}
            </select>
        </label>
    }
    .into_any()
}

/// A choice of phase, labelled by `label`: `value` is shown, `set` is told of a
/// new choice. One view for the recorder's phase and a record's correction.
pub fn phase_select(
    testid: &'static str,
    label: fn(Lang) -> &'static str,
    value: Arc<dyn Fn() -> Phase + Send + Sync>,
    set: Arc<dyn Fn(Phase) + Send + Sync>,
) -> AnyView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <label class="field">
            <span>{tr(lang, label)}</span>
            <select
                data-testid=testid
                prop:value=move || value().key()
                on:change=move |ev| {
                    if let Some(p) = Phase::from_key(&event_target_value(&ev)) {
                        set(p);
                    }
                }
            >
                {Phase::ALL
                    .into_iter()
                    .map(|p| view! { <option value=p.key()>{tr_with(lang, p, Lang::ts_phase)}</option> })
                    .collect_view()}
            </select>
        </label>
    }
    .into_any()
}

/// The study's reason, where a change was refused (a tap, a stop).
fn study_error(r: Option<Refused>) -> Option<StudyError> {
    match r {
        Some(Refused::Study(e)) => Some(e),
        _ => None,
    }
}

/// Why a tap or a stop was refused. Only a run gone on longer than
/// `MAX_MINUTES` is too long here: it says where its way out is.
fn refused(lang: Lang, e: &StudyError) -> String {
    match e {
        StudyError::TooLong => lang.ts_run_too_long().into(),
        e => lang.study_error(e).into(),
    }
}

/// Someone being timed: what, since when and for how long (a tap on it makes
/// the task buttons theirs, without retyping the code), and their stop button.
/// A run whose stop was refused, or that has gone on longer than `MAX_MINUTES`,
/// also has its way out: an end time to type, or discarding it (both undoable).
fn running_row(
    run: Running,
    now: RwSignal<WallTime>,
    error: RwSignal<Option<StudyError>>,
) -> AnyView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    let Running {
        staff: who,
        role,
        task,
        start,
        phase,
    } = run;
    let picked = {
        let who = who.clone();
        move || {
            state
                .timestudy
                .staff
                .with(|w| staff_code(&w.0).is_ok_and(|c| c == who))
        }
    };
    let pick = {
        let who = who.clone();
        move |_| {
            state.timestudy.staff.set((who.clone(), role));
            error.set(None);
        }
    };
    let pick_id = format!("timestudy-pick-{who}");
    // Its words follow a change of language; what is typed in it stays.
    let stop_name = {
        let who = who.clone();
        words(lang, Said::new(move |l| l.ts_stop_name(&who, task)))
    };
    let text = {
        let who = who.clone();
        move || {
            lang.get().ts_running(
                &who,
                task,
                &start.clock_text(),
                (now.get().0 - start.0).max(0) / 60,
                study.with(|s| s.phase != phase).then_some(phase),
            )
        }
    };
    // The stop was refused (whatever the reason, this row needs its way out).
    let stop_refused = RwSignal::new(false);
    // A memo: the way out is drawn once when it is needed, not at every tick.
    let stuck = Memo::new(move |_| stop_refused.get() || now.get().0 - start.0 > MAX_MINUTES * 60);
    let stop = who.clone();
    let stop_id = format!("timestudy-stop-{who}");
    view! {
        <li>
            <button
                type="button"
                class="running-who"
                data-testid=pick_id
                aria-pressed=move || if picked() { "true" } else { "false" }
                on:click=pick
            >
                {text}
            </button>
            <button
                type="button"
                data-testid=stop_id
                aria-label=stop_name
                on:click=move |_| {
                    let t = local_now();
                    now.set(t);
                    let r = study_error(
                        state.timestudy.change(Change::Stop { staff: stop.clone(), at: t }).err(),
                    );
                    stop_refused.set(r.is_some());
                    error.set(r);
                }
            >
                {tr(lang, Lang::ts_stop_one)}
            </button>
            {move || stuck.get().then(|| way_out(who.clone(), task, start, error))}
        </li>
    }
    .into_any()
}

/// The way out of a run left going: its real end typed in (`17:00`, or a date and
/// time when it ended on another day) and ended there, or discarded without a
/// record. What cannot be read or is refused is said next to the field.
fn way_out(
    who: String,
    task: Task,
    start: WallTime,
    error: RwSignal<Option<StudyError>>,
) -> AnyView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let typed = RwSignal::new(String::new());
    // Why the end time typed in was not taken.
    let bad = RwSignal::new(None::<Said>);
    let start_text = format!("{} {}", start.date_text(), start.clock_text());
    let input_id = format!("timestudy-end-at-{who}");
    let error_id = format!("timestudy-end-at-error-{who}");
    // Element ids (for aria-describedby) may hold no spaces: the code as hex.
    let hex: String = who.bytes().map(|b| format!("{b:02x}")).collect();
    let (help_el, error_el) = (format!("end-at-help-{hex}"), format!("end-at-error-{hex}"));
    let end_at = {
        let who = who.clone();
        move || {
            let Some(end) = typed_end(start, &typed.get_untracked()) else {
                bad.set(Some(Said::words(Lang::ts_end_at_bad)));
                return;
            };
            match state.timestudy.change(Change::StopAt {
                staff: who.clone(),
                end,
            }) {
                Err(Refused::Study(e)) => {
                    let start = start_text.clone();
                    bad.set(Some(Said::new(move |l| l.ts_end_at_refused(&e, &start))));
                }
                _ => error.set(None),
            }
        }
    };
    let discard = {
        let who = who.clone();
        move |_| {
            let _ = state
                .timestudy
                .change(Change::Discard { staff: who.clone() });
            error.set(None);
        }
    };
    let save_id = format!("timestudy-end-at-save-{who}");
    let discard_id = format!("timestudy-discard-{who}");
    let name = move |text: fn(Lang, &str, Task) -> String| {
        let who = who.clone();
        words(lang, Said::new(move |l| text(l, &who, task)))
    };
    let start_date = start.date_text();
    view! {
        <form
            class="study-edit"
            on:submit=move |ev| {
                ev.prevent_default();
                end_at();
            }
        >
            <p class="help" id=help_el.clone()>{words(lang, Said::new(move |l| l.ts_stuck_help(&start_date)))}</p>
            <label class="field" class:invalid=move || bad.with(Option::is_some)>
                <span>{tr(lang, Lang::ts_end_at_label)}</span>
                <input
                    type="text"
                    autocomplete="off"
                    placeholder="17:00"
                    data-testid=input_id
                    aria-label=name(Lang::ts_end_at_name)
                    aria-describedby=format!("{help_el} {error_el}")
                    aria-invalid=move || if bad.with(Option::is_some) { "true" } else { "false" }
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        typed.set(event_target_value(&ev));
                        bad.set(None);
                    }
                />
            </label>
            <p class="error" id=error_el data-testid=error_id role="alert" hidden=move || bad.with(Option::is_none)>
                {words(lang, Said::new(move |l| bad.with(|b| b.as_ref().map(|b| b.text(l)).unwrap_or_default())))}
            </p>
            <button
                type="submit"
                data-testid=save_id
                aria-label=name(Lang::ts_end_at_save_name)
            >
                {tr(lang, Lang::ts_end_at_save)}
            </button>
            <button
                type="button"
                data-testid=discard_id
                aria-label=name(Lang::ts_discard_name)
                on:click=discard
            >
                {tr(lang, Lang::ts_discard)}
            </button>
        </form>
    }
    .into_any()
}

/// The clock time a shift starts at (昼 from 07:00, 夜 from 19:00 by default):
/// the facility's own boundary; a time that cannot be read is said next to it
/// and changes nothing.
#[component]
fn ShiftTime(night: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    let current = move || study.with(|s| if night { s.night_from } else { s.day_from });
    let text = RwSignal::new(clock_of(current()));
    let bad = RwSignal::new(false);
    let testid = if night {
        "timestudy-night-from"
    } else {
        "timestudy-day-from"
    };
    view! {
        <label class="field" class:invalid=move || bad.get()>
            <span>{tr(lang, if night { Lang::ts_night_from } else { Lang::ts_day_from })}</span>
            <input
                type="text"
                inputmode="numeric"
                autocomplete="off"
                data-testid=testid
                aria-invalid=move || if bad.get() { "true" } else { "false" }
                prop:value=move || text.get()
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    let m = clock_minutes(&t);
                    bad.set(m.is_none());
                    text.set(t);
                    if let Some(m) = m.filter(|m| *m != current()) {
                        let _ = state.timestudy.change(if night { Change::NightFrom(m) } else { Change::DayFrom(m) });
                    }
                }
            />
            {message("error", if night { "timestudy-night-from-error" } else { "timestudy-day-from-error" }, "alert", move || bad.get().then(|| lang.get().ts_bad_clock().to_string()))}
        </label>
    }
}
