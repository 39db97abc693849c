//! The time-study screen (実測): why and how to time the work (the guideline's
//! method, with its source), the recorder, the summary per task and phase, the
//! measured saving before against after, taking it into the calculator, files
//! in and out, and the records. The study is `StudyState::study`; the evidence
//! is computed from it here, once the study has been still for
//! `COUNT_AFTER_MS` (a tap answers at once; the summary follows).

mod files;
mod forecast;
mod recorder;
mod records;
mod sheet;

use crate::charts::{duration_chart, study_chart, DurationWords, StudyRow, StudyWords};
use crate::i18n::timestudy::dec1;
use crate::i18n::Lang;
use crate::timestudy::estimate::{daily_counts, minutes_saved, Offer};
use crate::timestudy::evidence::{evidence, Evidence};
use crate::timestudy::reading::{reading, Code, Group};
use crate::timestudy::workday::{b13_to_19, by_role, groups, RoleRow};
use crate::timestudy::{Phase, Study, Task};
use crate::ui::chart_box::ChartBox;
use crate::ui::erase::effect;
use crate::ui::erase::message;
use crate::ui::state::AppState;
use crate::ui::table::text_table;
use crate::ui::text::{shown, tr, tr_with};
use files::Files;
use forecast::Forecast;
use leptos::prelude::*;
use recorder::Recorder;
use records::Records;
use sheet::SheetForm;

#[component]
pub fn StudyScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.timestudy.open();
    let lang = state.lang;
    // The evidence of the study as last counted. A tap answers at once (the
    // button, who is running, the records); the summary, comparison, charts and
    // forecast follow once the study has been still for `COUNT_AFTER_MS`: at
    // 10,000 records a count is tens of milliseconds on a slow tablet, which
    // would otherwise delay every tap.
    let counted = RwSignal::new(0u64);
    let ev = Memo::new(move |_| {
        counted.track();
        state.timestudy.study.with_untracked(evidence)
    });
    count_when_still(state.timestudy.study, counted);
    // The after phase compared (none chosen: the latest with records).
    let chosen = RwSignal::new(None::<Phase>);
    view! {
        <section class="study" data-testid="timestudy-root" aria-labelledby="timestudy-heading">
            // On the floor the buttons and who is running come first: the heading,
            // then the recorder; why and how (the guideline, the add-on) follow it.
            <div class="card">
                <h2 id="timestudy-heading">{tr(lang, Lang::ts_heading)}</h2>
            </div>
            {message("demo-notice", "timestudy-notice", "status", shown(lang, state.timestudy.notice))}
            <Recorder />
            <SheetForm />
            <section class="card" aria-labelledby="timestudy-about-heading">
                <h3 id="timestudy-about-heading">{tr(lang, Lang::ts_about_heading)}</h3>
                <p>{tr(lang, Lang::ts_lead)}</p>
                <p class="source" data-testid="timestudy-guideline">{tr(lang, Lang::ts_guideline)}</p>
                <p class="source" data-testid="timestudy-addon">{move || state.scenario.with(|s| lang.get().ts_addon(s.services))}</p>
            </section>
            <Summary ev />
            <Compare ev chosen />
            <Forecast ev after=chosen />
            // Files before the records: merging another device's file should not
            // need a scroll past fifty records.
            <Files ev />
            <Records />
        </section>
    }
}

/// The summary table's rows: one per task and phase with records, as the
/// screen and the printed proposal show them.
pub fn summary_rows(ev: &Evidence, lang: Lang) -> Vec<Vec<String>> {
    let min = lang.ts_min();
    ev.tasks
        .iter()
        .map(|t| {
            [
                lang.ts_task(t.task).into(),
                lang.ts_phase(t.phase).into(),
                // Occurrences are tapped records; sheet records are minutes only.
                lang.ts_occurrences(t.occurrence.as_ref().map_or(0, |o| o.n), t.sheet),
                t.occurrence
                    .as_ref()
                    .map_or_else(|| "—".into(), |o| lang.ts_mean_median(o)),
                t.occurrence
                    .as_ref()
                    .map_or_else(|| "—".into(), |o| lang.ts_interval(o.ci, min)),
                // Over every day the phase covers (a day without the task counts 0).
                format!(
                    "{}{min}",
                    dec1(t.total_minutes / t.participants.n.max(1) as f64)
                ),
                format!("{}{min}", dec1(t.person_day.mean)),
                format!("{}{}", dec1(t.participants.mean), lang.ts_people()),
                format!("{} / {}", dec1(t.day_minutes), dec1(t.night_minutes)),
            ]
            .into()
        })
        .collect()
}

/// The rows of the table by role (`workday::by_role`): who, phase, people,
/// person-days, then each code group scaled to 480 minutes (as recorded).
fn role_rows(rows: &[RoleRow], lang: Lang) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            let mut row = who_cells(r, lang);
            row.push(lang.ts_person_days(r.person_days, r.days_per_person()));
            // A, B in all, B's codes 10, 11, 12, 13–19 together, C, D (the old
            // uncoded B counts only in B's total).
            let (scaled, minutes) = (groups(&r.scaled), groups(&r.minutes));
            let group = |g: Group| lang.ts_scaled(scaled[g as usize], minutes[g as usize]);
            let code = |c: Code| code_cell(r, c, lang);
            row.extend([group(Group::A), group(Group::B)]);
            row.extend([Code::B10, Code::B11, Code::B12].map(code));
            row.push(lang.ts_scaled(b13_to_19(&r.scaled), b13_to_19(&r.minutes)));
            row.extend([group(Group::C), group(Group::D)]);
            row
        })
        .collect()
}

/// One code's minutes per person-day of a row: scaled to 480 (as recorded).
fn code_cell(r: &RoleRow, c: Code, lang: Lang) -> String {
    lang.ts_scaled(r.scaled[c as usize], r.minutes[c as usize])
}

fn who_cells(r: &RoleRow, lang: Lang) -> Vec<String> {
    vec![
        lang.ts_who(r.who).to_string(),
        lang.ts_phase(r.phase).to_string(),
        format!("{}{}", r.people, lang.ts_people()),
    ]
}

/// The study by role as MHLW reports it (`workday::by_role`), on screen and in
/// print (`testids`: the two tables'): the table of code groups, and where the
/// study has any of B 13–19, a second table of those one by one (the first gives
/// them as one total; the older records of 13–19 as one get a column only where
/// there are some).
pub fn role_tables(testids: [&'static str; 2], rows: &[RoleRow], lang: Lang) -> AnyView {
    let main = text_table(
        testids[0],
        lang.ts_roles_heading(),
        &lang.ts_roles_columns(),
        role_rows(rows, lang),
        lang.ts_roles_help(),
    );
    let held = |c: Code| rows.iter().any(|r| r.minutes[c as usize] > 0.0);
    if !Code::ALL.into_iter().any(|c| c.in_13_to_19() && held(c)) {
        return main;
    }
    let codes: Vec<Code> = Code::ALL
        .into_iter()
        .filter(|c| c.in_13_to_19() && (*c != Code::B13To19 || held(*c)))
        .collect();
    let mut head = lang.ts_roles_columns()[..3].to_vec();
    head.extend(codes.iter().map(|c| lang.ts_code(*c)));
    let cells = rows
        .iter()
        .map(|r| {
            let mut row = who_cells(r, lang);
            row.extend(codes.iter().map(|c| code_cell(r, *c, lang)));
            row
        })
        .collect();
    let b13 = text_table(testids[1], lang.ts_b13_heading(), &head, cells, "");
    view! { {main} {b13} }.into_any()
}

/// The chart of minutes per person per day, each task's phases side by side.
pub fn study_chart_svg(ev: &Evidence, lang: Lang, width: u32) -> String {
    let rows: Vec<StudyRow> = Task::ALL
        .into_iter()
        .filter(|t| ev.tasks.iter().any(|x| x.task == *t))
        .map(|t| StudyRow {
            label: lang.ts_task(t).into(),
            phases: Phase::ALL.map(|p| ev.get(t, p).map(|x| (x.person_day.mean, x.person_day.ci))),
        })
        .collect();
    let words = StudyWords {
        title: lang.ts_chart_title().into(),
        phases: Phase::ALL.map(|p| lang.ts_phase(p).to_string()),
        unit: lang.ts_min().into(),
        empty: lang.ts_no_records().into(),
    };
    study_chart(&rows, &words, width)
}

/// The histogram of one task's durations, the phases side by side: tapped
/// records only (a sheet's minutes within a slot are not one occurrence).
pub fn duration_chart_svg(study: &Study, task: Task, lang: Lang, width: u32) -> String {
    let minutes = Phase::ALL.map(|p| {
        [study
            .records
            .iter()
            .filter(|r| r.task == task && r.phase == p && !r.sheet)
            .map(|r| r.minutes())
            .collect::<Vec<f64>>()]
    });
    let words = DurationWords {
        title: lang.ts_durations_title(task),
        phases: Phase::ALL.map(|p| lang.ts_phase(p).to_string()),
        unit: lang.ts_min().into(),
        records: lang.ts_records_axis().into(),
        empty: lang.ts_no_records().into(),
    };
    duration_chart(&minutes, &words, width)
}

#[component]
fn Summary(ev: Memo<Evidence>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <section class="card" aria-labelledby="timestudy-summary-heading">
            <h3 id="timestudy-summary-heading">{tr(lang, Lang::ts_evidence_heading)}</h3>
            <ul class="study-phases" data-testid="timestudy-phases">
                {move || {
                    let l = lang.get();
                    ev.with(|e| {
                        e.phases
                            .iter()
                            .map(|(p, o)| {
                                view! { <li>{format!("{}{}{}", l.ts_phase(*p), l.colon(), l.ts_phase_overview(o))}</li> }
                            })
                            .collect_view()
                    })
                }}
            </ul>
            <p class="help" hidden=move || ev.with(|e| !e.tasks.is_empty())>{tr(lang, Lang::ts_no_records)}</p>
            {move || {
                let l = lang.get();
                ev.with(|e| (!e.tasks.is_empty()).then(|| text_table("timestudy-summary", "", &l.ts_columns(), summary_rows(e, l), "")))
            }}
            <ChartBox testid="timestudy-chart" render=Callback::new(move |w| ev.with(|e| study_chart_svg(e, lang.get(), w))) />
            <Durations ev />
            // By role, scaled to 480 minutes: counted with the evidence.
            {move || {
                let l = lang.get();
                ev.track();
                let rows = state.timestudy.study.with_untracked(by_role);
                (!rows.is_empty()).then(|| {
                    role_tables(["timestudy-roles", "timestudy-roles-b13"], &rows, l)
                })
            }}
            <p class="source">{tr(lang, Lang::ts_method)}</p>
        </section>
    }
}

/// The durations of one task (chosen; the first with records unless chosen).
#[component]
fn Durations(ev: Memo<Evidence>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, study) = (state.lang, state.timestudy.study);
    let chosen = RwSignal::new(None::<Task>);
    let tasks = move || -> Vec<Task> {
        ev.with(|e| {
            Task::ALL
                .into_iter()
                // Tasks with occurrences (tapped records) to show.
                .filter(|t| {
                    e.tasks
                        .iter()
                        .any(|x| x.task == *t && x.occurrence.is_some())
                })
                .collect()
        })
    };
    let task = move || {
        let list = tasks();
        chosen
            .get()
            .filter(|t| list.contains(t))
            .or_else(|| list.first().copied())
    };
    view! {
        <div hidden=move || task().is_none()>
            <label class="field">
                <span>{tr(lang, Lang::ts_durations_label)}</span>
                <select
                    data-testid="timestudy-durations-task"
                    prop:value=move || task().map_or("", Task::key)
                    on:change=move |e| chosen.set(Task::from_key(&event_target_value(&e)))
                >
                    {move || tasks().into_iter().map(|t| view! { <option value=t.key()>{tr_with(lang, t, Lang::ts_task)}</option> }).collect_view()}
                </select>
            </label>
            <ChartBox
                testid="timestudy-durations"
                render=Callback::new(move |w| match task() {
                    // Redrawn with the counted evidence, not at every tap.
                    Some(t) => {
                        ev.track();
                        study.with_untracked(|s| duration_chart_svg(s, t, lang.get(), w))
                    }
                    None => String::new(),
                })
            />
        </div>
    }
}

/// How long the study must be still before its evidence is counted again.
const COUNT_AFTER_MS: u64 = 250;

/// Moves `counted` on once `study` has been still for `COUNT_AFTER_MS` after a
/// change (the first reading is the study as it is).
fn count_when_still(study: ReadSignal<Study>, counted: RwSignal<u64>) {
    use std::cell::Cell;
    use std::rc::Rc;
    let changes = Rc::new(Cell::new(0u64));
    let first = Cell::new(true);
    effect(move || {
        study.track();
        if first.replace(false) {
            return;
        }
        let now = changes.get() + 1;
        changes.set(now);
        let changes = changes.clone();
        set_timeout(
            move || {
                if changes.get() == now {
                    counted.update(|c| *c += 1);
                }
            },
            std::time::Duration::from_millis(COUNT_AFTER_MS),
        );
    });
}

/// `申し送り：1回あたり 2分減（…）／1人1日あたり 10分減（…）。間接業務が減り…`,
/// per task compared: the figures, then what they mean for that kind of work
/// (read from the difference per person per day).
pub fn saving_lines(ev: &Evidence, after: Phase, lang: Lang) -> Vec<(Task, String)> {
    Task::ALL
        .into_iter()
        .filter_map(|t| {
            let c = ev.compare(t, after)?;
            let meaning = lang.ts_reading(reading(t, c.person_day.diff, c.person_day.ci));
            let (slash, stop) = match lang {
                Lang::Ja => ("／", "。"),
                Lang::En => ("; ", ". "),
            };
            let colon = lang.colon();
            // Per occurrence only where both phases have tapped records.
            let occurrence = c
                .occurrence
                .map(|d| format!("{}{slash}", lang.ts_saving(true, d.diff, d.ci)))
                .unwrap_or_default();
            Some((
                t,
                format!(
                    "{}{colon}{occurrence}{}{stop}{meaning}",
                    lang.ts_task(t),
                    lang.ts_saving(false, c.person_day.diff, c.person_day.ci)
                ),
            ))
        })
        .collect()
}

/// Before against an after phase, and the measured values it gives the
/// calculator (each in one click, or all at once).
/// The after phase compared: the one chosen, or the latest with records.
pub fn after_phase(chosen: RwSignal<Option<Phase>>, ev: Memo<Evidence>) -> Phase {
    chosen
        .get()
        .or_else(|| ev.with(Evidence::latest_after))
        .unwrap_or(Phase::After1)
}

#[component]
fn Compare(ev: Memo<Evidence>, chosen: RwSignal<Option<Phase>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let after = move || after_phase(chosen, ev);
    let offered = move || ev.with(|e| minutes_saved(e, after()));
    // Counts are the facility's: offered only once the person says the study
    // timed everyone (see `timestudy::estimate`).
    let whole_unit = RwSignal::new(false);
    let apply = move |offers: Vec<Offer>| {
        state.apply_measured(&offers);
    };
    let offer_list = move |list: Vec<Offer>, none: &'static str| {
        let l = lang.get();
        if list.is_empty() {
            return view! { <li class="help">{none}</li> }.into_any();
        }
        list.into_iter()
            .map(|m| {
                let text = l.ts_measured_value(&l.field_name(m.field), m.value, Some(m.ci), m.n, l.ts_unit(m.field));
                view! {
                    <li>
                        <span>{text}</span>
                        <button type="button" data-testid=format!("timestudy-apply-{}", m.field.key()) on:click=move |_| apply(vec![m])>
                            {l.ts_apply()}
                        </button>
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="card" aria-labelledby="timestudy-compare-heading">
            <h3 id="timestudy-compare-heading">{tr(lang, Lang::ts_compare_heading)}</h3>
            <label class="field">
                <span>{tr(lang, Lang::ts_after_label)}</span>
                <select
                    data-testid="timestudy-after"
                    prop:value=move || after().key()
                    on:change=move |ev| chosen.set(Phase::from_key(&event_target_value(&ev)))
                >
                    {[Phase::After1, Phase::After2]
                        .into_iter()
                        .map(|p| view! { <option value=p.key()>{tr_with(lang, p, Lang::ts_phase)}</option> })
                        .collect_view()}
                </select>
            </label>
            <ul class="study-diffs" data-testid="timestudy-diffs">
                {move || {
                    let l = lang.get();
                    let lines = ev.with(|e| saving_lines(e, after(), l));
                    if lines.is_empty() {
                        view! { <li class="help">{l.ts_need_both()}</li> }.into_any()
                    } else {
                        lines
                            .into_iter()
                            .map(|(t, text)| view! { <li data-testid=format!("timestudy-diff-{}", t.key())>{text}</li> })
                            .collect_view()
                            .into_any()
                    }
                }}
            </ul>
            <h4>{tr(lang, Lang::ts_apply_heading)}</h4>
            <ul class="study-apply">
                {move || {
                    let list = offered();
                    if list.is_empty() {
                        let l = lang.get();
                        return view! { <li class="help" data-testid="timestudy-apply-none">{l.ts_nothing_to_apply()}</li> }.into_any();
                    }
                    offer_list(list, "")
                }}
            </ul>
            <button type="button" data-testid="timestudy-apply-all" disabled=move || offered().is_empty() on:click=move |_| apply(offered())>
                {tr(lang, Lang::ts_apply_all)}
            </button>
            <p class="help">{tr(lang, Lang::ts_counts_stay)}</p>
            <label class="check">
                <input type="checkbox" data-testid="timestudy-whole-unit" prop:checked=whole_unit on:change=move |ev| whole_unit.set(event_target_checked(&ev)) />
                <span>{tr(lang, Lang::ts_whole_unit)}</span>
            </label>
            <Show when=move || whole_unit.get()>
                <ul class="study-apply" data-testid="timestudy-counts">
                    {move || offer_list(ev.with(daily_counts), lang.get().ts_no_counts())}
                </ul>
            </Show>
        </section>
    }
}
