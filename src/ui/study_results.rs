//! The time study's results in words, as the time-study screen and the printed
//! proposal show them: the summary rows per task and phase, the tables by role
//! (scaled to 480 minutes), the chart of minutes per person per day and the
//! measured saving per task. What they are drawn from is `Results`, counted
//! once and kept with the study (`StudyState::results`).

use crate::charts::{study_chart, StudyRow, StudyWords};
use crate::i18n::timestudy::dec1;
use crate::i18n::Lang;
use crate::timestudy::evidence::Evidence;
use crate::timestudy::reading::{reading, Code, Group};
use crate::timestudy::workday::{b13_to_19, groups, RoleRow};
use crate::timestudy::{Phase, Task};
use crate::ui::table::text_table;
use leptos::prelude::*;

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
