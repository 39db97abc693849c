//! The time-study screen (実測): why and how to time the work (the guideline's
//! method, with its source), the recorder, the summary per task and phase, the
//! measured saving before against after, taking it into the calculator, files
//! in and out, and the records. The study is `StudyState::study`; its results
//! are `StudyState::results`, shared with the printed proposal and put into
//! words by `ui::study_results`.

mod files;
mod forecast;
mod recorder;
mod records;
mod sheet;

use crate::charts::{duration_chart, DurationWords};
use crate::i18n::Lang;
use crate::timestudy::estimate::{daily_counts, minutes_saved, Offer};
use crate::timestudy::evidence::Evidence;
use crate::timestudy::workday::by_role;
use crate::timestudy::{Phase, Study, Task};
use crate::ui::chart_box::ChartBox;
use crate::ui::erase::message;
use crate::ui::state::AppState;
use crate::ui::study_results::{role_tables, saving_lines, study_chart_svg, summary_rows};
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
    // The evidence of the study as last counted (`StudyState::results`): a tap
    // answers at once; the summary, comparison, charts and forecast follow.
    let ev = state.timestudy.results().evidence;
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
