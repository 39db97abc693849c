//! What a time study shows, per task and phase, and what it measures for the
//! calculator. The unit of the "per person per day" figures is a participant-day:
//! one staff member on one work day on which they did the task at least once
//! (work days begin at the start of the day shift, so a night shift is one day).
//! Records from the 10-minute sheet (`sheet`) count in every minute and
//! participant figure, never as occurrences: the minutes per occurrence come from
//! tapped records alone, and a task with sheet records in a phase has no count of
//! occurrences per day (some of its occurrences were never counted).
//!
//! What of it goes into the calculator is `estimate`'s.

use super::record::{Phase, Shift, Study, Task};
use super::record::{MAX_MINUTES, MAX_RECORDS};
use super::stats::{difference, summary, Difference, Summary};
use super::time::{EARLIEST, LATEST};

/// One task in one phase.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskPhase {
    pub task: Task,
    pub phase: Phase,
    /// Minutes per occurrence, of the tapped records (none: only sheet records).
    pub occurrence: Option<Summary>,
    /// Minutes per participant per work day.
    pub person_day: Summary,
    /// Participants per work day, over every day the phase covers (0 on days
    /// nobody did the task).
    pub participants: Summary,
    /// Occurrences per work day, over every day the phase covers (none when the
    /// task has sheet records in the phase).
    pub per_day: Option<Summary>,
    pub total_minutes: f64,
    pub day_minutes: f64,
    pub night_minutes: f64,
    /// Failed phone calls.
    pub failed: usize,
    /// Records from the 10-minute sheet.
    pub sheet: usize,
}

/// A phase as a whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PhaseOverview {
    pub records: usize,
    /// Work days with at least one record.
    pub days: usize,
    /// Staff codes seen.
    pub staff: usize,
    pub minutes: f64,
    /// The first and last work day with a record (day numbers, `WallTime::day`).
    pub first_day: i64,
    pub last_day: i64,
    /// People with records on at least `ROUND_DAYS` work days: a full round.
    pub full_round: usize,
}

/// The guideline's round: 5 working days of records per person.
pub const ROUND_DAYS: usize = 5;

/// The whole study's evidence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Evidence {
    /// The phases with records, in order.
    pub phases: Vec<(Phase, PhaseOverview)>,
    pub tasks: Vec<TaskPhase>,
}

impl Evidence {
    pub fn get(&self, task: Task, phase: Phase) -> Option<&TaskPhase> {
        self.tasks
            .iter()
            .find(|t| t.task == task && t.phase == phase)
    }

    pub fn phase(&self, p: Phase) -> Option<&PhaseOverview> {
        self.phases.iter().find(|(q, _)| *q == p).map(|(_, o)| o)
    }

    /// Before against an after phase for one task.
    pub fn compare(&self, task: Task, after: Phase) -> Option<Comparison> {
        let (b, a) = (self.get(task, Phase::Before)?, self.get(task, after)?);
        Some(Comparison {
            task,
            after,
            occurrence: b
                .occurrence
                .as_ref()
                .zip(a.occurrence.as_ref())
                .map(|(b, a)| difference(b, a)),
            person_day: difference(&b.person_day, &a.person_day),
        })
    }

    /// The latest after phase with records (事後② over 事後①).
    pub fn latest_after(&self) -> Option<Phase> {
        [Phase::After2, Phase::After1]
            .into_iter()
            .find(|p| self.phase(*p).is_some_and(|o| o.records > 0))
    }
}

/// The measured change of one task (before minus after: positive is a saving).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    pub task: Task,
    pub after: Phase,
    /// None where a phase has no tapped record of the task.
    pub occurrence: Option<Difference>,
    pub person_day: Difference,
}

/// Every task and phase of the study that has records.
///
/// Each record becomes one `u64` key (phase, task, work day, staff number,
/// seconds, shift, failed: see `Key`), and one sort of the keys lines them up
/// as runs: of a phase, of its tasks, and within a task of one day and one
/// staff member (a participant-day). One pass over the runs counts everything;
/// no record is looked at twice and no map is built (ordered maps measured
/// 8.1 KB gzip more of the app, and the sort per phase and task was half the
/// time of a tap at 10,000 records). The tests check this against the maps.
pub fn evidence(study: &Study) -> Evidence {
    // Staff codes as numbers: their place in the sorted list of every code.
    let mut codes: Vec<&str> = study.records.iter().map(|r| r.staff.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let first_day = EARLIEST.day() - 1;
    let mut keys: Vec<u64> = study
        .records
        .iter()
        .map(|r| {
            let index = |i: Option<usize>| i.unwrap_or(0) as u64;
            Key {
                phase: index(Phase::ALL.iter().position(|p| *p == r.phase)),
                task: index(Task::ALL.iter().position(|t| *t == r.task)),
                day: (study.work_day(r.start) - first_day).clamp(0, FIELD_MASK as i64) as u64,
                staff: index(codes.binary_search(&r.staff.as_str()).ok()),
                secs: (r.end.0 - r.start.0).clamp(0, FIELD_MASK as i64) as u64,
                night: r.shift == Shift::Night,
                failed: r.failed,
                sheet: r.sheet,
            }
            .pack()
        })
        .collect();
    keys.sort_unstable();
    let mut ev = Evidence::default();
    for phase_keys in keys.chunk_by(|a, b| a >> PHASE_SHIFT == b >> PHASE_SHIFT) {
        let phase = Phase::ALL[(phase_keys[0] >> PHASE_SHIFT) as usize];
        let days = distinct(phase_keys.iter().map(|k| Key::day(*k)).collect());
        let staff = distinct(phase_keys.iter().map(|k| Key::staff(*k)).collect());
        // Each person's work days (staff, day), runs by person.
        let person_days = distinct(
            phase_keys
                .iter()
                .map(|k| Key::staff(*k) << 16 | Key::day(*k))
                .collect(),
        );
        let full_round = person_days
            .chunk_by(|a, b| a >> 16 == b >> 16)
            .filter(|d| d.len() >= ROUND_DAYS)
            .count();
        let day = |d: Option<&u64>| d.map_or(0, |d| *d as i64 + first_day);
        ev.phases.push((
            phase,
            PhaseOverview {
                records: phase_keys.len(),
                days: days.len(),
                staff: staff.len(),
                minutes: phase_keys.iter().map(|k| Key::minutes(*k)).sum(),
                first_day: day(days.first()),
                last_day: day(days.last()),
                full_round,
            },
        ));
        for of in phase_keys.chunk_by(|a, b| a >> TASK_SHIFT == b >> TASK_SHIFT) {
            let task = Task::ALL[((of[0] >> TASK_SHIFT) & TASK_MASK) as usize];
            let minutes: Vec<f64> = of.iter().map(|k| Key::minutes(*k)).collect();
            let tapped: Vec<f64> = of
                .iter()
                .filter(|k| *k & SHEET == 0)
                .map(|k| Key::minutes(*k))
                .collect();
            let sheet = of.len() - tapped.len();
            // Per work day of the phase (0 on days without the task): people and
            // occurrences.
            let mut participants = vec![0.0; days.len()];
            let mut count = vec![0.0; days.len()];
            let mut pd = Vec::new();
            for run in of.chunk_by(|a, b| a >> STAFF_SHIFT == b >> STAFF_SHIFT) {
                pd.push(run.iter().map(|k| Key::minutes(*k)).sum::<f64>());
                if let Ok(i) = days.binary_search(&Key::day(run[0])) {
                    participants[i] += 1.0;
                    count[i] += run.iter().filter(|k| *k & SHEET == 0).count() as f64;
                }
            }
            let night_minutes = of
                .iter()
                .filter(|k| *k & NIGHT != 0)
                .map(|k| Key::minutes(*k))
                .sum();
            let total_minutes: f64 = minutes.iter().sum();
            let (Some(pd), Some(participants)) = (summary(&pd), summary(&participants)) else {
                continue;
            };
            ev.tasks.push(TaskPhase {
                task,
                phase,
                occurrence: summary(&tapped),
                person_day: pd,
                participants,
                per_day: if sheet == 0 { summary(&count) } else { None },
                total_minutes,
                day_minutes: total_minutes - night_minutes,
                night_minutes,
                failed: of.iter().filter(|k| *k & FAILED != 0).count(),
                sheet,
            });
        }
    }
    ev
}

/// One record as `evidence` counts it, packed into a `u64` that sorts by phase,
/// task, work day, staff and seconds. Work days count from the day before
/// `EARLIEST` (16 bits: past `LATEST`), staff numbers are below `MAX_RECORDS`
/// and seconds below `MAX_MINUTES` × 60 (16 bits each).
struct Key {
    phase: u64,
    task: u64,
    day: u64,
    staff: u64,
    secs: u64,
    night: bool,
    failed: bool,
    sheet: bool,
}

const FIELD_MASK: u64 = (1 << 16) - 1;
// Every work day from the day before `EARLIEST` to `LATEST` fits its 16 bits, and
// so do staff numbers and seconds.
const _: () = assert!(LATEST.day() - EARLIEST.day() < FIELD_MASK as i64);
const _: () = assert!(MAX_RECORDS as u64 <= FIELD_MASK && MAX_MINUTES as u64 * 60 <= FIELD_MASK);
const FAILED: u64 = 1;
const NIGHT: u64 = 1 << 1;
const SHEET: u64 = 1 << 2;
const SECS_SHIFT: u32 = 3;
const STAFF_SHIFT: u32 = 19;
const DAY_SHIFT: u32 = 35;
const TASK_SHIFT: u32 = 51;
const TASK_MASK: u64 = 31;
const PHASE_SHIFT: u32 = 56;
// Every task fits its 5 bits, and every phase the bits above them.
const _: () = assert!(Task::ALL.len() as u64 <= TASK_MASK + 1);
const _: () = assert!(Phase::ALL.len() as u64 <= 1 << (64 - PHASE_SHIFT));

impl Key {
    fn pack(self) -> u64 {
        self.phase << PHASE_SHIFT
            | self.task << TASK_SHIFT
            | self.day << DAY_SHIFT
            | self.staff << STAFF_SHIFT
            | self.secs << SECS_SHIFT
            | if self.night { NIGHT } else { 0 }
            | if self.failed { FAILED } else { 0 }
            | if self.sheet { SHEET } else { 0 }
    }

    fn day(k: u64) -> u64 {
        k >> DAY_SHIFT & FIELD_MASK
    }

    fn staff(k: u64) -> u64 {
        k >> STAFF_SHIFT & FIELD_MASK
    }

    fn minutes(k: u64) -> f64 {
        (k >> SECS_SHIFT & FIELD_MASK) as f64 / 60.0
    }
}

/// The distinct values, sorted.
fn distinct(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v.dedup();
    v
}

/// The first way of counting, with ordered maps: the oracle of `evidence`.
#[cfg(test)]
mod by_maps {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Every task and phase of the study that has records.
    pub fn evidence(study: &Study) -> Evidence {
        let mut ev = Evidence::default();
        for phase in Phase::ALL {
            let recs: Vec<_> = study.records.iter().filter(|r| r.phase == phase).collect();
            if recs.is_empty() {
                continue;
            }
            let days: BTreeSet<i64> = recs.iter().map(|r| study.work_day(r.start)).collect();
            let staff: BTreeSet<&str> = recs.iter().map(|r| r.staff.as_str()).collect();
            let mut of_person: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
            for r in &recs {
                of_person
                    .entry(&r.staff)
                    .or_default()
                    .insert(study.work_day(r.start));
            }
            ev.phases.push((
                phase,
                PhaseOverview {
                    records: recs.len(),
                    days: days.len(),
                    staff: staff.len(),
                    first_day: *days.first().unwrap(),
                    last_day: *days.last().unwrap(),
                    full_round: of_person.values().filter(|d| d.len() >= ROUND_DAYS).count(),
                    minutes: recs.iter().map(|r| r.minutes()).sum(),
                },
            ));
            for task in Task::ALL {
                let of: Vec<_> = recs.iter().filter(|r| r.task == task).collect();
                if of.is_empty() {
                    continue;
                }
                let minutes: Vec<f64> = of.iter().map(|r| r.minutes()).collect();
                let tapped: Vec<f64> = of
                    .iter()
                    .filter(|r| !r.sheet)
                    .map(|r| r.minutes())
                    .collect();
                let sheet = of.iter().filter(|r| r.sheet).count();
                // Participant-days and daily counts.
                let mut person_day: BTreeMap<(i64, &str), f64> = BTreeMap::new();
                let mut count: BTreeMap<i64, usize> = days.iter().map(|d| (*d, 0)).collect();
                for r in &of {
                    let d = study.work_day(r.start);
                    *person_day.entry((d, r.staff.as_str())).or_default() += r.minutes();
                    *count.entry(d).or_default() += usize::from(!r.sheet);
                }
                let participants: Vec<f64> = days
                    .iter()
                    .map(|d| person_day.keys().filter(|(day, _)| day == d).count() as f64)
                    .collect();
                let shift_minutes = |s: Shift| -> f64 {
                    of.iter()
                        .filter(|r| r.shift == s)
                        .map(|r| r.minutes())
                        .sum()
                };
                let (Some(pd), Some(participants)) = (
                    summary(&person_day.values().copied().collect::<Vec<_>>()),
                    summary(&participants),
                ) else {
                    continue;
                };
                let per_day = summary(&count.values().map(|c| *c as f64).collect::<Vec<_>>());
                ev.tasks.push(TaskPhase {
                    task,
                    phase,
                    occurrence: summary(&tapped),
                    person_day: pd,
                    participants,
                    per_day: per_day.filter(|_| sheet == 0),
                    total_minutes: minutes.iter().sum(),
                    day_minutes: shift_minutes(Shift::Day),
                    night_minutes: shift_minutes(Shift::Night),
                    failed: of.iter().filter(|r| r.failed).count(),
                    sheet,
                });
            }
        }
        ev
    }
}

#[cfg(test)]
mod tests;
