//! Tests of `evidence`.

use super::*;
use crate::timestudy::record::{Record, Role};
use crate::timestudy::WallTime;

fn rec(id: u32, task: Task, phase: Phase, staff: &str, start: &str, minutes: f64) -> Record {
    let start = WallTime::parse(start).unwrap();
    Record {
        id: format!("t-{id}"),
        task,
        start,
        end: start.plus_seconds((minutes * 60.0) as i64),
        shift: Shift::Day,
        phase,
        staff: staff.into(),
        role: Role::CareWorker,
        failed: false,
        sheet: false,
    }
}

/// Five days before and five after: handovers by two people a day.
fn study() -> Study {
    let mut s = Study::new("t");
    let mut id = 0;
    for (phase, month, minutes) in [
        (Phase::Before, 11, [20.0, 22.0, 18.0, 24.0, 16.0]),
        (Phase::After1, 12, [8.0, 9.0, 10.0, 11.0, 12.0]),
    ] {
        for (d, m) in minutes.iter().enumerate() {
            for who in ["A", "B"] {
                id += 1;
                let day = format!("2026-{month:02}-{:02} 08:30", d + 1);
                s.insert(rec(id, Task::Handover, phase, who, &day, *m))
                    .unwrap();
            }
        }
    }
    s
}

proptest::proptest! {
    /// Counting with packed, sorted keys gives what the ordered maps gave.
    #[test]
    fn packed_keys_count_as_the_maps_did(recs in proptest::collection::vec(
        (0..Task::ALL.len(), 0..3usize, 0..7usize, 0..12i64, 0..86_400i64, 1..20_000i64, proptest::bool::ANY, proptest::bool::weighted(0.2)),
        0..80,
    )) {
        let mut s = Study::new("p");
        s.day_from = 8 * 60;
        for (i, (task, phase, who, day, at, secs, failed, sheet)) in recs.into_iter().enumerate() {
            let start = WallTime::parse("2026-11-01 00:00").unwrap().plus_seconds(day * 86_400 + at);
            let _ = s.insert(Record {
                id: format!("p-{i}"),
                task: Task::ALL[task],
                start,
                end: start.plus_seconds(secs),
                shift: s.shift_at(start),
                phase: Phase::ALL[phase],
                staff: format!("S{who}"),
                role: Role::CareWorker,
                failed,
                sheet,
            });
        }
        let (a, b) = (evidence(&s), by_maps::evidence(&s));
        // The same counts; minutes equal up to the order they were added in.
        proptest::prop_assert_eq!(a.phases.len(), b.phases.len());
        proptest::prop_assert_eq!(a.tasks.len(), b.tasks.len());
        let close = |f: f64, g: f64| (f - g).abs() <= 1e-9 * f.abs().max(1.0);
        for ((p, o), (q, r)) in a.phases.iter().zip(&b.phases) {
            proptest::prop_assert_eq!((p, o.records, o.days, o.staff), (q, r.records, r.days, r.staff));
            proptest::prop_assert!(close(o.minutes, r.minutes));
        }
        let sums = |s: &Summary| [s.mean, s.median, s.sd, s.min, s.max, s.ci.map_or(-1.0, |c| c.0), s.ci.map_or(-1.0, |c| c.1)];
        for (x, y) in a.tasks.iter().zip(&b.tasks) {
            proptest::prop_assert_eq!((x.task, x.phase, x.failed, x.sheet), (y.task, y.phase, y.failed, y.sheet));
            proptest::prop_assert_eq!(x.occurrence.is_some(), y.occurrence.is_some());
            proptest::prop_assert_eq!(x.per_day.is_some(), y.per_day.is_some());
            for (f, g) in [(x.total_minutes, y.total_minutes), (x.day_minutes, y.day_minutes), (x.night_minutes, y.night_minutes)] {
                proptest::prop_assert!(close(f, g), "{:?} against {:?}", x, y);
            }
            let pairs = [(x.occurrence.as_ref(), y.occurrence.as_ref()), (Some(&x.person_day), Some(&y.person_day)),
                (Some(&x.participants), Some(&y.participants)), (x.per_day.as_ref(), y.per_day.as_ref())];
            for (u, v) in pairs.into_iter().filter_map(|(u, v)| u.zip(v)) {
                proptest::prop_assert_eq!(u.n, v.n);
                for (f, g) in sums(u).into_iter().zip(sums(v)) {
                    proptest::prop_assert!(close(f, g), "{:?} against {:?}", x, y);
                }
            }
        }
    }
}

/// The first and last moments a record may have: their work days fit the key
/// (the first belongs to the day before 2000-01-01), counted as the maps do.
#[test]
fn a_round_is_five_work_days_per_person() {
    // A and B: five days each in each phase; C joins the before phase on
    // four days only (the 2nd to the 5th).
    let mut s = study();
    for d in 2..=5 {
        s.insert(rec(
            100 + d,
            Task::Phone,
            Phase::Before,
            "C",
            &format!("2026-11-{d:02} 10:00"),
            3.0,
        ))
        .unwrap();
    }
    let ev = evidence(&s);
    let before = ev.phase(Phase::Before).unwrap();
    let day = |t: &str| WallTime::parse(t).unwrap().day();
    assert_eq!(
        (
            before.staff,
            before.full_round,
            before.first_day,
            before.last_day
        ),
        (3, 2, day("2026-11-01 00:00"), day("2026-11-05 00:00"))
    );
    assert_eq!(ev.phase(Phase::After1).unwrap().full_round, 2);
    assert_eq!(ev, by_maps::evidence(&s));
}

#[test]
fn the_first_and_last_days_a_study_may_have() {
    let mut s = Study::new("e");
    s.day_from = 23 * 60 + 59;
    for (i, (at, task)) in [
        ("2000-01-01 00:00", Task::Handover),
        ("2000-01-01 23:59", Task::Handover),
        ("2099-12-31 23:00", Task::Phone),
    ]
    .into_iter()
    .enumerate()
    {
        s.insert(rec(i as u32, task, Phase::Before, "Z", at, 10.0))
            .unwrap();
    }
    let (a, b) = (evidence(&s), by_maps::evidence(&s));
    assert_eq!(a.phase(Phase::Before).unwrap().days, 3);
    assert_eq!(
        (a.phases.len(), a.phases[0].1.days, a.phases[0].1.staff),
        (b.phases.len(), b.phases[0].1.days, b.phases[0].1.staff)
    );
    let h = a.get(Task::Handover, Phase::Before).unwrap();
    assert_eq!(
        (h.occurrence.unwrap().n, h.person_day.n, h.total_minutes),
        (2, 2, 20.0)
    );
    assert_eq!(h.per_day.unwrap().n, 3);
    assert_eq!(
        a.get(Task::Phone, Phase::Before)
            .unwrap()
            .occurrence
            .unwrap()
            .n,
        1
    );
}

#[test]
fn participant_days_days_and_shifts() {
    let ev = evidence(&study());
    let b = ev.get(Task::Handover, Phase::Before).unwrap();
    assert_eq!(
        (b.occurrence.unwrap().n, b.person_day.n, b.participants.mean),
        (10, 10, 2.0)
    );
    assert_eq!(b.person_day.mean, 20.0);
    assert_eq!(b.total_minutes, 200.0);
    assert_eq!((b.day_minutes, b.night_minutes), (200.0, 0.0));
    assert_eq!(ev.phase(Phase::Before).unwrap().days, 5);
    assert_eq!(ev.latest_after(), Some(Phase::After1));
}

#[test]
fn the_measured_saving_with_its_interval() {
    let ev = evidence(&study());
    let c = ev.compare(Task::Handover, Phase::After1).unwrap();
    assert_eq!(c.person_day.diff, 10.0);
    let (lo, hi) = c.person_day.ci.unwrap();
    assert!(lo > 6.0 && lo < 10.0 && hi > 10.0 && hi < 14.0, "{lo} {hi}");
}

#[test]
fn two_records_of_one_person_on_one_day_are_one_participant_day() {
    let mut s = Study::new("t");
    s.insert(rec(
        1,
        Task::Phone,
        Phase::Before,
        "A",
        "2026-11-02 09:00",
        3.0,
    ))
    .unwrap();
    s.insert(rec(
        2,
        Task::Phone,
        Phase::Before,
        "A",
        "2026-11-02 15:00",
        4.0,
    ))
    .unwrap();
    // The small hours belong to the night shift of the day before.
    s.insert(rec(
        3,
        Task::Phone,
        Phase::Before,
        "A",
        "2026-11-03 02:00",
        5.0,
    ))
    .unwrap();
    s.insert(rec(
        4,
        Task::Break,
        Phase::Before,
        "B",
        "2026-11-03 09:00",
        30.0,
    ))
    .unwrap();
    let ev = evidence(&s);
    let p = ev.get(Task::Phone, Phase::Before).unwrap();
    assert_eq!(
        (p.occurrence.unwrap().n, p.person_day.n, p.person_day.mean),
        (3, 1, 12.0)
    );
    // Two work days; on the second nobody phoned.
    assert_eq!(p.participants.n, 2);
    assert_eq!(p.participants.mean, 0.5);
    assert_eq!(p.per_day.unwrap().mean, 1.5);
    assert!(p.person_day.ci.is_none(), "too few");
}

/// Sheet records are minutes of a day, never occurrences.
#[test]
fn sheet_minutes_count_in_days_but_not_as_occurrences() {
    let mut s = study();
    let at = WallTime::parse("2026-11-02 09:00").unwrap();
    // C keeps the paper sheet on the second day: 6 + 4 minutes of handover.
    s.add_sheet(&crate::timestudy::Sheet {
        staff: "C".into(),
        role: Role::CareWorker,
        phase: Phase::Before,
        start: at,
        slots: vec![
            [6, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        ],
    })
    .unwrap();
    let ev = evidence(&s);
    let h = ev.get(Task::Handover, Phase::Before).unwrap();
    // Minutes per occurrence as before: the ten tapped handovers.
    let o = h.occurrence.unwrap();
    assert_eq!((o.n, o.mean), (10, 20.0));
    assert_eq!(h.sheet, 2);
    // C's day counts: 11 participant-days, 210 minutes, 2.2 people a day.
    assert_eq!((h.person_day.n, h.total_minutes), (11, 210.0));
    assert!((h.participants.mean - 2.2).abs() < 1e-12);
    // Some handovers were not counted as occurrences: no count per day.
    assert_eq!(h.per_day, None);
    // Direct care only from the sheet: minutes, no occurrence.
    let d = ev.get(Task::DirectCare, Phase::Before).unwrap();
    assert_eq!(
        (d.occurrence, d.per_day, d.person_day.mean, d.sheet),
        (None, None, 4.0, 1)
    );
    // The same through the maps.
    assert_eq!(
        by_maps::evidence(&s).get(Task::DirectCare, Phase::Before),
        Some(d)
    );
}
