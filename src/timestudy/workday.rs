//! The time study as MHLW reports one: per person-day (one staff member on one
//! work day), the minutes of each code (A 直接介護; B 間接業務 with its codes 10
//! to 19; C 休憩・待機; D その他), as recorded and scaled to 480 minutes (the day's recorded minutes
//! stretched or shrunk to an 8-hour day, so days recorded in part compare), by
//! role and for the whole study, with the days covered per person (the guideline
//! asks for rounds of 5 days).
//!
//! No one is singled out: in each phase a role with fewer than `MIN_PEOPLE`
//! people is folded into "other roles", and where those together are still
//! fewer, the smallest role shown goes in with them (the whole less the roles
//! shown would otherwise be those few people's); "other roles" that are the
//! whole study are not shown apart from it.

use super::reading::Code;
use super::record::{Phase, Role, Study};

/// The fewest people a row of results may stand for.
pub const MIN_PEOPLE: usize = 3;
/// The day every person-day is scaled to.
pub const DAY_MINUTES: f64 = 480.0;

/// Whom a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Who {
    Everyone,
    Role(Role),
    /// Roles with fewer than `MIN_PEOPLE` people each, together.
    OtherRoles,
}

/// One row: a group of people in one phase.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleRow {
    pub who: Who,
    pub phase: Phase,
    pub people: usize,
    pub person_days: usize,
    /// Mean minutes per person-day of each code (in `Code::ALL` order), as
    /// recorded.
    pub minutes: [f64; CODES],
    /// The same with each person-day scaled to `DAY_MINUTES` first.
    pub scaled: [f64; CODES],
}

const CODES: usize = Code::ALL.len();

/// The minutes of each code group (A, B, C, D) of a row's minutes per code.
pub fn groups(by_code: &[f64; CODES]) -> [f64; 4] {
    let mut out = [0.0; 4];
    for (code, m) in Code::ALL.into_iter().zip(by_code) {
        out[code.group() as usize] += m;
    }
    out
}

/// The minutes of B 13–19 together (one by one and as one), of a row's
/// minutes per code: the guideline's other indirect work as one subtotal.
pub fn b13_to_19(by_code: &[f64; CODES]) -> f64 {
    Code::ALL
        .into_iter()
        .zip(by_code)
        .filter(|(c, _)| c.in_13_to_19())
        .map(|(_, m)| m)
        .sum()
}

impl RoleRow {
    /// Work days recorded per person, on average.
    pub fn days_per_person(&self) -> f64 {
        self.person_days as f64 / self.people.max(1) as f64
    }
}

/// One row from the person-days of some people (`days`: their minutes per code).
fn row(who: Who, phase: Phase, people: usize, days: &[[f64; CODES]]) -> RoleRow {
    let n = days.len().max(1) as f64;
    let mut minutes = [0.0; CODES];
    let mut scaled = [0.0; CODES];
    for day in days {
        let total: f64 = day.iter().sum();
        for g in 0..CODES {
            minutes[g] += day[g] / n;
            if total > 0.0 {
                scaled[g] += day[g] * DAY_MINUTES / total / n;
            }
        }
    }
    RoleRow {
        who,
        phase,
        people,
        person_days: days.len(),
        minutes,
        scaled,
    }
}

/// Per phase with records: the whole study, each role with at least
/// `MIN_PEOPLE` people, then the other roles together where they are that many.
/// A person's role is the one on their first record of the phase. (Sorted lists
/// rather than ordered maps: the maps cost the study's part several KB of wasm.)
pub fn by_role(study: &Study) -> Vec<RoleRow> {
    // Staff codes as numbers: their place in the sorted list of codes.
    let mut codes: Vec<&str> = study.records.iter().map(|r| r.staff.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let index = |code: &str| codes.binary_search(&code).unwrap_or_default();
    let mut out = Vec::new();
    for phase in Phase::ALL {
        // Records are in time order: the first seen gives the role. Each record
        // of the phase becomes one u64 key (staff, work day, its place), sorted
        // with the same sort as `evidence`'s keys, so a person's day is a run.
        let mut role_of: Vec<Option<Role>> = vec![None; codes.len()];
        let mut keys: Vec<u64> = Vec::new();
        for (i, r) in study
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.phase == phase)
        {
            let who = index(&r.staff);
            role_of[who].get_or_insert(r.role);
            // Work days of 2000–2099 are below 2^16 days after 1970; at most
            // `MAX_RECORDS` records and staff codes, below 2^20.
            let day = study.work_day(r.start).clamp(0, 0xF_FFFF) as u64;
            keys.push((who as u64) << 40 | day << 20 | i as u64);
        }
        if keys.is_empty() {
            continue;
        }
        keys.sort_unstable();
        // Person-days: the records of one person on one work day, added up.
        let mut days: Vec<(usize, [f64; CODES])> = Vec::new();
        let mut last = u64::MAX;
        for k in keys {
            let r = &study.records[(k & 0xF_FFFF) as usize];
            if k >> 20 != last {
                last = k >> 20;
                days.push(((k >> 40) as usize, [0.0; CODES]));
            }
            if let Some(day) = days.last_mut() {
                day.1[r.task.code() as usize] += r.minutes();
            }
        }
        let of = |keep: &dyn Fn(Role) -> bool| -> (usize, Vec<[f64; CODES]>) {
            let kept = |who: usize| role_of[who].is_some_and(keep);
            let people = (0..codes.len()).filter(|w| kept(*w)).count();
            let minutes = days.iter().filter(|d| kept(d.0)).map(|d| d.1).collect();
            (people, minutes)
        };
        let count = |role: Role| role_of.iter().filter(|r| **r == Some(role)).count();
        let (all, days_all) = of(&|_| true);
        out.push(row(Who::Everyone, phase, all, &days_all));
        // Roles shown on their own. Where the people of the others are a few (1
        // or 2), the whole less the roles shown would be theirs: the smallest
        // role shown then goes in with them.
        let mut shown: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| count(*r) >= MIN_PEOPLE)
            .collect();
        let few = all - shown.iter().map(|r| count(*r)).sum::<usize>();
        if (1..MIN_PEOPLE).contains(&few) {
            if let Some(i) = (0..shown.len()).min_by_key(|i| count(shown[*i])) {
                shown.remove(i);
            }
        }
        for role in &shown {
            let (people, d) = of(&|r| r == *role);
            out.push(row(Who::Role(*role), phase, people, &d));
        }
        // The others together: not when they are the whole (the first row).
        let (others, d) = of(&|r| !shown.contains(&r));
        if others >= MIN_PEOPLE && others < all {
            out.push(row(Who::OtherRoles, phase, others, &d));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestudy::record::{Record, Shift, Task};
    use crate::timestudy::WallTime;
    use proptest::prelude::*;

    fn rec(staff: &str, role: Role, task: Task, day: u32, minutes: i64, phase: Phase) -> Record {
        let start = WallTime::parse(&format!("2026-12-{day:02} 09:00")).unwrap();
        Record {
            id: format!("{staff}-{day}-{}", task.key()),
            task,
            start,
            end: start.plus_seconds(minutes * 60),
            shift: Shift::Day,
            phase,
            staff: staff.into(),
            role,
            failed: false,
            sheet: false,
        }
    }

    fn study(records: Vec<Record>) -> Study {
        let mut s = Study::new("t");
        for r in records {
            s.insert(r).unwrap();
        }
        s
    }

    #[test]
    fn a_day_is_scaled_to_480_minutes_by_hand() {
        // One person-day: A 60, B 30 (a handover of 20 and uncoded indirect work
        // of 10), C 10: 100 minutes recorded, so ×4.8: A 288, B 144, C 48, D 0.
        let b = Phase::Before;
        let s = study(vec![
            rec("C1", Role::CareWorker, Task::DirectCare, 2, 60, b),
            rec("C1", Role::CareWorker, Task::Handover, 3, 1, b),
            rec("C2", Role::CareWorker, Task::Handover, 2, 20, b),
            rec("C2", Role::CareWorker, Task::Indirect, 2, 10, b),
            rec("C3", Role::CareWorker, Task::Break, 2, 10, b),
        ]);
        let rows = by_role(&s);
        let all = &rows[0];
        assert_eq!(
            (all.who, all.people, all.person_days),
            (Who::Everyone, 3, 4)
        );
        // Person-days: C1/2 A60; C1/3 B1; C2/2 B30; C3/2 C10. Raw means: A 15,
        // B 7.75, C 2.5; scaled: every day is all of one group, so 480 / 4 each
        // for A and C and 2 × 480 / 4 for B.
        assert_eq!(groups(&all.minutes), [15.0, 7.75, 2.5, 0.0]);
        assert_eq!(groups(&all.scaled), [120.0, 240.0, 120.0, 0.0]);
        // By code: handover is B 11 (21 of 4 days), the old uncoded B 10 of 4;
        // C2's day of 20 + 10 minutes is 320 + 160 scaled, C1's 1 minute 480.
        assert_eq!(
            all.minutes,
            [15.0, 0.0, 5.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.5, 2.5, 0.0]
        );
        assert_eq!(
            all.scaled,
            [120.0, 0.0, 200.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0, 120.0, 0.0]
        );
        assert!((all.days_per_person() - 4.0 / 3.0).abs() < 1e-12);
        let one = study(vec![
            rec("C1", Role::CareWorker, Task::DirectCare, 2, 60, b),
            rec("C1", Role::CareWorker, Task::Handover, 2, 20, b),
            rec("C1", Role::CareWorker, Task::Indirect, 2, 10, b),
            rec("C1", Role::CareWorker, Task::Break, 2, 10, b),
        ]);
        let r = &by_role(&one)[0];
        assert_eq!(groups(&r.scaled), [288.0, 144.0, 48.0, 0.0]);
        assert_eq!(groups(&r.minutes), [60.0, 30.0, 10.0, 0.0]);
        assert_eq!(
            r.minutes,
            [60.0, 0.0, 20.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 10.0, 0.0]
        );
    }

    #[test]
    fn a_sheet_and_taps_make_one_day() {
        // C1 taps 60 minutes of direct care from 09:00 and keeps the paper sheet
        // from 13:00: 20 of handover, then B 14 meals 6 and B 17 cleaning 4 in two
        // slots with 10 minutes of break. One person-day of 100 minutes, as by
        // hand above.
        let b = Phase::Before;
        let mut s = study(vec![rec(
            "C1",
            Role::CareWorker,
            Task::DirectCare,
            2,
            60,
            b,
        )]);
        let at = |task: Task| Task::OFFERED.iter().position(|t| *t == task).unwrap();
        let slot = |task: Task, m: u8| {
            let mut v = [0u8; Task::OFFERED.len()];
            v[at(task)] = m;
            v
        };
        s.add_sheet(&crate::timestudy::Sheet {
            staff: "C1".into(),
            role: Role::CareWorker,
            phase: b,
            start: WallTime::parse("2026-12-02 13:00").unwrap(),
            slots: vec![
                slot(Task::Handover, 10),
                slot(Task::Handover, 10),
                {
                    let mut v = slot(Task::Meals, 6);
                    v[at(Task::Break)] = 4;
                    v
                },
                {
                    let mut v = slot(Task::Cleaning, 4);
                    v[at(Task::Break)] = 6;
                    v
                },
            ],
        })
        .unwrap();
        let r = &by_role(&s)[0];
        assert_eq!((r.people, r.person_days), (1, 1));
        assert_eq!(groups(&r.minutes), [60.0, 30.0, 10.0, 0.0]);
        assert_eq!(groups(&r.scaled), [288.0, 144.0, 48.0, 0.0]);
        // The sheet's meals are B 14 and its cleaning B 17 (10 of B 13–19
        // together), its handover B 11.
        assert_eq!(
            r.minutes,
            [60.0, 0.0, 20.0, 0.0, 0.0, 6.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 10.0, 0.0]
        );
        assert_eq!(b13_to_19(&r.minutes), 10.0);
        assert_eq!(b13_to_19(&r.scaled), 48.0);
    }

    #[test]
    fn small_roles_are_folded_and_never_shown_alone() {
        let b = Phase::Before;
        let a = Phase::After1;
        let mut records = Vec::new();
        for who in ["C1", "C2", "C3"] {
            records.push(rec(who, Role::CareWorker, Task::Handover, 2, 10, b));
            records.push(rec(who, Role::CareWorker, Task::Handover, 2, 8, a));
        }
        // Before: one nurse and one counselor (two people: shown only in the whole).
        records.push(rec("N1", Role::Nurse, Task::Phone, 2, 5, b));
        records.push(rec("S1", Role::Counselor, Task::Phone, 2, 5, b));
        // After: a third small-role person joins: "other roles" has three.
        records.push(rec("N1", Role::Nurse, Task::Phone, 2, 5, a));
        records.push(rec("S1", Role::Counselor, Task::Phone, 2, 5, a));
        records.push(rec("M1", Role::Manager, Task::Phone, 2, 5, a));
        let rows = by_role(&study(records));
        let who: Vec<(Phase, Who, usize)> =
            rows.iter().map(|r| (r.phase, r.who, r.people)).collect();
        // Before: the whole less the care workers would be the nurse and the
        // counselor, so the care workers are not shown apart (and "other roles"
        // would be the whole).
        assert_eq!(
            who,
            [
                (b, Who::Everyone, 5),
                (a, Who::Everyone, 6),
                (a, Who::Role(Role::CareWorker), 3),
                (a, Who::OtherRoles, 3),
            ]
        );
    }

    proptest! {
        /// Every row stands for at least `MIN_PEOPLE` people (but the whole),
        /// its scaled minutes add up to 480, and its raw minutes to the mean
        /// recorded minutes of its person-days.
        #[test]
        fn rows_add_up_and_single_no_one_out(
            recs in prop::collection::vec((0..7usize, 0..6usize, 0..Task::ALL.len(), 1..5u32, 1..90i64, 0..3usize), 1..60),
        ) {
            let records = recs
                .into_iter()
                .enumerate()
                .map(|(i, (who, role, task, day, min, phase))| Record {
                    id: format!("r{i}"),
                    ..rec(&format!("S{who}"), Role::ALL[role], Task::ALL[task], day, min, Phase::ALL[phase])
                })
                .collect();
            let s = study(records);
            let rows = by_role(&s);
            // No one is told by subtraction: where any row but the whole is
            // shown, the whole less those rows is no one, or at least
            // `MIN_PEOPLE` people.
            for phase in Phase::ALL {
                let of_phase = rows.iter().filter(|r| r.phase == phase);
                let whole: usize = of_phase.clone().filter(|r| r.who == Who::Everyone).map(|r| r.people).sum();
                let parts: usize = of_phase.filter(|r| r.who != Who::Everyone).map(|r| r.people).sum();
                let rest = whole - parts;
                prop_assert!(parts == 0 || rest == 0 || rest >= MIN_PEOPLE, "{rows:?}");
            }
            for r in rows {
                if r.who != Who::Everyone {
                    prop_assert!(r.people >= MIN_PEOPLE);
                }
                prop_assert!((r.scaled.iter().sum::<f64>() - DAY_MINUTES).abs() < 1e-6);
                let recorded: f64 = s.records.iter().filter(|x| x.phase == r.phase).map(Record::minutes).sum();
                if r.who == Who::Everyone {
                    prop_assert!((r.minutes.iter().sum::<f64>() * r.person_days as f64 - recorded).abs() < 1e-6);
                }
            }
        }
    }
}
