//! Study → estimate: what a time study offers the calculator, and the one way a
//! measured value goes into a scenario (the screen's buttons, "use every
//! measured saving" and forecast against actual all go through `apply`).
//!
//! A study measures **minutes per occurrence**: the minutes saved (before minus
//! after, Welch's interval) replace the estimate's assumptions. How many people
//! or notebook entries a day the facility has is the facility's own figure: a
//! study that times a sample of the staff counts the sample (5 people in place
//! of 50 turned ¥519,000 a month into ¥41,290). So a daily count is offered only
//! when the person confirms that the study timed the whole unit, each count on
//! its own button, never by "use all". No value is offered whose interval has
//! no width (the same count every day is not a 95 % interval).

use super::evidence::{Evidence, TaskPhase};
use super::record::{Phase, Task};
use super::stats::Summary;
use crate::model::{Field, Scenario};

/// What a measured value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Minutes saved per person (or per user's notebook) per day: before − after.
    MinutesSaved,
    /// People (or notebook entries) per day in the before phase: the facility's
    /// figure only where the study timed everyone.
    DailyCount,
}

/// One calculator input the study measures, with its 95 % interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Offer {
    pub field: Field,
    pub basis: Basis,
    /// In the field's unit (minutes per person per day, people per day).
    pub value: f64,
    /// The 95 % interval (`low < high`).
    pub ci: (f64, f64),
    /// Values behind it: occurrences or participant-days (before + after), or days.
    pub n: usize,
}

/// Which calculator input each task measures, and how. 連絡ノート: one entry is
/// one user's notebook for the day, so minutes per occurrence and entries per
/// day; 申し送り and 電話: minutes per participant-day and participants per day.
struct Row {
    task: Task,
    per_occurrence: bool,
    minutes: Field,
    count: Field,
    /// The count per day (none: the study cannot count it).
    daily: fn(&TaskPhase) -> Option<&Summary>,
}

const TABLE: [Row; 3] = [
    Row {
        task: Task::Notebook,
        per_occurrence: true,
        minutes: Field::NotebookMinutes,
        count: Field::NotebookUsers,
        // Entries per day are occurrences: counted by taps alone (none where the
        // 10-minute sheet recorded some of them).
        daily: |t| t.per_day.as_ref(),
    },
    Row {
        task: Task::Handover,
        per_occurrence: false,
        minutes: Field::HandoverMinutes,
        count: Field::HandoverStaff,
        daily: |t| Some(&t.participants),
    },
    Row {
        task: Task::Phone,
        per_occurrence: false,
        minutes: Field::CallbackMinutes,
        count: Field::CallbackStaff,
        daily: |t| Some(&t.participants),
    },
];

/// An interval that is one, and above zero: both ends finite and apart, the
/// lower one more than 0. A field takes no value below 0, so an interval that
/// reaches 0 would be cut there, and its badge would show a saving (or a count)
/// the study did not tell apart from none.
fn real_interval(ci: Option<(f64, f64)>) -> Option<(f64, f64)> {
    ci.filter(|(lo, hi)| lo.is_finite() && hi.is_finite() && hi > lo && *lo > 0.0)
}

/// The minutes saved the study shows, before against `after`: each task's
/// saving with an interval above zero; a saving that is not positive, or whose
/// interval reaches 0 (「はっきりした差とは言えません」), is not offered (the
/// study does not show one; the person may still type the figure).
pub fn minutes_saved(ev: &Evidence, after: Phase) -> Vec<Offer> {
    TABLE
        .iter()
        .filter_map(|row| {
            let c = ev.compare(row.task, after)?;
            let (b, a) = (ev.get(row.task, Phase::Before)?, ev.get(row.task, after)?);
            let (d, n) = if row.per_occurrence {
                // Minutes per occurrence: tapped records only.
                let n = b.occurrence.as_ref()?.n + a.occurrence.as_ref()?.n;
                (c.occurrence?, n)
            } else {
                (c.person_day, b.person_day.n + a.person_day.n)
            };
            (d.diff > 0.0).then_some(())?;
            Some(Offer {
                field: row.minutes,
                basis: Basis::MinutesSaved,
                value: d.diff,
                ci: real_interval(d.ci)?,
                n,
            })
        })
        .collect()
}

/// The before phase's daily counts (people taking part, notebook entries), for
/// a study the person confirms timed the whole unit; with an interval that has
/// a width.
pub fn daily_counts(ev: &Evidence) -> Vec<Offer> {
    TABLE
        .iter()
        .filter_map(|row| {
            let s = (row.daily)(ev.get(row.task, Phase::Before)?)?;
            (s.mean > 0.0).then_some(())?;
            Some(Offer {
                field: row.count,
                basis: Basis::DailyCount,
                value: s.mean,
                ci: real_interval(s.ci)?,
                n: s.n,
            })
        })
        .collect()
}

/// Takes offered values into `s`, each input with its badge; how many inputs
/// changed.
pub fn apply(s: &mut Scenario, offers: &[Offer]) -> usize {
    offers
        .iter()
        .filter(|o| s.apply_measured(o.field, o.value, o.ci, o.n))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, Preset};
    use crate::timestudy::evidence::evidence;
    use crate::timestudy::record::{Record, Role, Shift, Study};
    use crate::timestudy::WallTime;

    /// `people` staff hand over every day for `days` days before and after: 12
    /// then 6 minutes a person, ±1 by day.
    fn sample(people: usize, days: usize) -> Study {
        let mut s = Study::new("t");
        let mut id = 0;
        for (phase, month, base) in [(Phase::Before, 11, 12), (Phase::After1, 12, 6)] {
            for d in 0..days {
                for p in 0..people {
                    id += 1;
                    let start =
                        WallTime::parse(&format!("2026-{month:02}-{:02} 08:30", d + 1)).unwrap();
                    let minutes = base + (d % 3) as i64 - 1;
                    s.insert(Record {
                        id: format!("t-{id}"),
                        task: Task::Handover,
                        start,
                        end: start.plus_seconds(minutes * 60),
                        shift: Shift::Day,
                        phase,
                        staff: format!("S{p}"),
                        role: Role::CareWorker,
                        failed: false,
                        sheet: false,
                    })
                    .unwrap();
                }
            }
        }
        s
    }

    /// The case: five staff timed for six days. Using every measured
    /// saving changes the minutes and keeps the facility's 50 people.
    #[test]
    fn a_sample_of_the_staff_changes_the_minutes_never_the_counts() {
        let ev = evidence(&sample(5, 6));
        let offers = minutes_saved(&ev, Phase::After1);
        assert_eq!(
            offers.iter().map(|o| o.field).collect::<Vec<_>>(),
            [Field::HandoverMinutes]
        );
        assert!(offers.iter().all(|o| o.basis == Basis::MinutesSaved));
        // 30 participant-days before and 30 after.
        assert_eq!((offers[0].value, offers[0].n), (6.0, 60));
        let mut s = Preset::Brochure.scenario();
        assert_eq!(apply(&mut s, &offers), 1);
        assert_eq!(Field::HandoverStaff.get(&s).to_string(), "50");
        assert_eq!(Field::NotebookUsers.get(&s).to_string(), "30");
        assert_eq!(Field::CallbackStaff.get(&s).to_string(), "10");
        assert_eq!(Field::HandoverMinutes.get(&s).to_string(), "6");
        // 50 × 6 × 30 × 1,500 ÷ 60 = 225,000円 for the handover line.
        assert_eq!(
            compute(&s).line(crate::model::Line::Handover).yen_month,
            225_000
        );
    }

    /// The same five people every day: no spread, so no 95 % interval, and the
    /// count is not offered even for a study that timed everyone.
    #[test]
    fn a_count_without_spread_is_not_offered_as_an_interval() {
        let ev = evidence(&sample(5, 6));
        let h = ev.get(Task::Handover, Phase::Before).unwrap();
        assert_eq!(h.participants.ci, Some((5.0, 5.0)));
        assert!(daily_counts(&ev).is_empty());
    }

    #[test]
    fn a_count_that_varies_by_day_is_offered_with_its_interval() {
        let mut study = sample(4, 6);
        // A fifth person on three of the six days.
        for (i, d) in [1, 3, 5].into_iter().enumerate() {
            let start = WallTime::parse(&format!("2026-11-{d:02} 09:00")).unwrap();
            study
                .insert(Record {
                    id: format!("x-{i}"),
                    task: Task::Handover,
                    start,
                    end: start.plus_seconds(600),
                    shift: Shift::Day,
                    phase: Phase::Before,
                    staff: "S9".into(),
                    role: Role::Nurse,
                    failed: false,
                    sheet: false,
                })
                .unwrap();
        }
        let counts = daily_counts(&evidence(&study));
        assert_eq!(counts.len(), 1);
        let c = counts[0];
        assert_eq!(
            (c.field, c.basis, c.value, c.n),
            (Field::HandoverStaff, Basis::DailyCount, 4.5, 6)
        );
        assert!(c.ci.0 < 4.5 && c.ci.1 > 4.5);
    }

    #[test]
    fn no_saving_and_too_few_values_are_not_offered() {
        // Two days: too few participant-days for an interval.
        assert!(minutes_saved(&evidence(&sample(2, 2)), Phase::After1).is_empty());
        // After slower than before.
        let mut s = sample(3, 5);
        for r in &mut s.records {
            if r.phase == Phase::After1 {
                r.end = r.start.plus_seconds(40 * 60);
            }
        }
        assert!(minutes_saved(&evidence(&s), Phase::After1).is_empty());
    }

    /// A saving the study cannot tell from none: its interval reaches below 0.
    /// Offered, its badge would read 0 to the upper end (a field takes no value
    /// below 0): a measured saving the study does not show.
    #[test]
    fn a_saving_whose_interval_reaches_zero_is_not_offered() {
        let mut s = sample(3, 5);
        // After: 11, 12 or 13 minutes by day, against 11, 12 or 13 before, with
        // one person a minute quicker on one day: a mean saving just above 0.
        for r in &mut s.records {
            if r.phase == Phase::After1 {
                let before = r.minutes() as i64 + 6;
                r.end = r.start.plus_seconds(before * 60);
            }
        }
        if let Some(r) = s.records.iter_mut().find(|r| r.phase == Phase::After1) {
            r.end = r.start.plus_seconds((r.minutes() as i64 - 1) * 60);
        }
        let ev = evidence(&s);
        let c = ev.compare(Task::Handover, Phase::After1).unwrap();
        let (lo, hi) = c.person_day.ci.unwrap();
        assert!(
            c.person_day.diff > 0.0 && lo < 0.0 && hi > 0.0,
            "{:?}",
            c.person_day
        );
        assert!(minutes_saved(&ev, Phase::After1).is_empty());
    }
}
