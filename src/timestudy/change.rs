//! A change to a study as a value: what a person did (a tap, a stop, a
//! correction, an import, a setting). The screen applies a change at once, and
//! the same change can be applied again on top of what another tab of the same
//! browser stored meanwhile (`rebase`): two tabs recording at once lose no
//! record, give no two records one id, and leave no one "running" who was
//! stopped in the other tab.

use super::file::{self, ImportError, ImportReport};
use super::record::{Phase, Record, RecordEdit, Role, Running, Study, StudyError, Task};
use super::sheet::{Sheet, SheetError};
use super::WallTime;
use std::sync::Arc;

/// One thing a person did to the study.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A tap on a task button (`Study::tap`).
    Tap {
        staff: String,
        role: Role,
        task: Task,
        at: WallTime,
    },
    /// The stop button of a running person (`Study::stop`).
    Stop {
        staff: String,
        at: WallTime,
    },
    /// A run left going, ended at a typed time (`Study::stop_at`).
    StopAt {
        staff: String,
        end: WallTime,
    },
    /// A run left going, dropped without a record (`Study::discard`).
    Discard {
        staff: String,
    },
    /// Undo of the last tap.
    Undo,
    Edit {
        id: String,
        edit: RecordEdit,
    },
    SetFailed {
        id: String,
        failed: bool,
    },
    Delete {
        id: String,
    },
    /// A deleted record brought back.
    Restore(Record),
    /// A CSV file's text (all or nothing; rows already in the study are skipped).
    Import(Arc<str>),
    /// A filled-in 10-minute sheet (all or nothing).
    Sheet(Arc<Sheet>),
    /// A sheet taken back (`Study::remove_sheet`).
    Unsheet(Arc<Sheet>),
    /// The phase new runs are recorded in.
    Phase(Phase),
    /// Where the day shift begins (minutes after midnight).
    DayFrom(u32),
    /// Where the night shift begins.
    NightFrom(u32),
}

/// What an applied change did, where the screen has something to say about it.
#[derive(Clone, Debug, PartialEq)]
pub enum Applied {
    Done,
    /// A record was made (a stop, or a tap that ended a run): its id.
    Recorded(String),
    Deleted(Record),
    Discarded(Running),
    Imported(ImportReport),
    /// A sheet's records were added: how many.
    Sheet(usize),
    /// A sheet was taken back: how many records.
    Unsheeted(usize),
}

/// Why a change was refused (the study is then as it was).
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    Study(StudyError),
    Import(ImportError),
    Sheet(SheetError),
}

impl From<StudyError> for Refused {
    fn from(e: StudyError) -> Self {
        Refused::Study(e)
    }
}

impl Study {
    /// Applies `change`; a refused change leaves the study as it was.
    pub fn apply(&mut self, change: &Change) -> Result<Applied, Refused> {
        Ok(match change {
            Change::Tap {
                staff,
                role,
                task,
                at,
            } => match self.tap(staff, *role, *task, *at)? {
                super::Tap::Stopped { record, .. } if !record.is_empty() => {
                    Applied::Recorded(record.clone())
                }
                _ => Applied::Done,
            },
            Change::Stop { staff, at } => match self.stop(staff, *at)? {
                Some(id) => Applied::Recorded(id),
                None => Applied::Done,
            },
            Change::StopAt { staff, end } => Applied::Recorded(self.stop_at(staff, *end)?),
            Change::Discard { staff } => Applied::Discarded(self.discard(staff)?),
            Change::Undo => {
                self.undo();
                Applied::Done
            }
            Change::Edit { id, edit } => {
                self.edit(id, edit.clone())?;
                Applied::Done
            }
            Change::SetFailed { id, failed } => {
                self.set_failed(id, *failed)?;
                Applied::Done
            }
            Change::Delete { id } => Applied::Deleted(self.delete(id)?),
            Change::Restore(record) => {
                // Brought back once: a record of that id already there stays as is.
                if !self.records.iter().any(|r| r.id == record.id) {
                    self.insert(record.clone())?;
                }
                Applied::Done
            }
            Change::Import(text) => {
                Applied::Imported(file::import(self, text).map_err(Refused::Import)?)
            }
            Change::Sheet(sheet) => {
                Applied::Sheet(self.add_sheet(sheet).map_err(Refused::Sheet)?.len())
            }
            Change::Unsheet(sheet) => Applied::Unsheeted(self.remove_sheet(sheet).len()),
            Change::Phase(p) => {
                self.phase = *p;
                Applied::Done
            }
            Change::DayFrom(m) => {
                self.day_from = *m;
                Applied::Done
            }
            Change::NightFrom(m) => {
                self.night_from = *m;
                Applied::Done
            }
        })
    }
}

/// This tab's changes not yet stored (`pending`, oldest first) applied again on
/// top of the study another tab stored meanwhile (`theirs`): what both tabs did
/// is kept, new records take ids after the other tab's (no two records share
/// one), and a tap on a person the other tab is timing acts on that run as a
/// tap in one tab would. A change that no longer applies (a record the other
/// tab deleted) is dropped. Undo starts afresh: it reaches back to this tab's
/// taps replayed here, never to a state the other tab has moved on from.
pub fn rebase(theirs: Study, pending: &[Change]) -> Study {
    rebase_reporting(theirs, pending).0
}

/// `rebase`, and the changes that no longer applied (the screen says so where a
/// person was told it was done, e.g. a sheet another tab's records now overlap).
pub fn rebase_reporting(theirs: Study, pending: &[Change]) -> (Study, Vec<&Change>) {
    let mut s = Study {
        taps: Vec::new(),
        ..theirs
    };
    let dropped = pending.iter().filter(|c| s.apply(c).is_err()).collect();
    (s, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn at(hm: &str) -> WallTime {
        WallTime::parse(&format!("2026-12-02 {hm}")).unwrap()
    }

    fn tap(staff: &str, task: Task, hm: &str) -> Change {
        Change::Tap {
            staff: staff.into(),
            role: Role::CareWorker,
            task,
            at: at(hm),
        }
    }

    /// Applies changes one by one, as the screen does, keeping those that applied.
    fn run(s: &mut Study, changes: &[Change]) -> Vec<Change> {
        changes
            .iter()
            .filter(|c| s.apply(c).is_ok())
            .cloned()
            .collect()
    }

    #[test]
    fn two_tabs_that_both_recorded_keep_both_records_under_distinct_ids() {
        let mut base = Study::new("dev");
        base.apply(&tap("A01", Task::Handover, "08:00")).unwrap();
        // Tab 1 stops A01 and stores it; tab 2, not yet told, times B02.
        let mut one = base.clone();
        run(&mut one, &[tap("A01", Task::Handover, "08:10")]);
        let mut two = base.clone();
        let pending = run(
            &mut two,
            &[
                tap("B02", Task::Phone, "08:11"),
                tap("B02", Task::Phone, "08:15"),
            ],
        );
        // Before the rebase, both tabs made a record called dev-1.
        assert_eq!(one.records[0].id, two.records[0].id);
        let merged = rebase(one.clone(), &pending);
        let ids: Vec<&str> = merged.records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["dev-1", "dev-2"]);
        assert_eq!(merged.records[0].staff, "A01");
        assert_eq!(merged.records[1].staff, "B02");
        // A01, stopped in tab 1, is not left running by tab 2's older copy.
        assert!(merged.running.is_empty());
        assert_eq!(merged.next, 3);
    }

    #[test]
    fn a_change_the_other_tab_made_moot_is_dropped_and_undo_starts_afresh() {
        let mut base = Study::new("dev");
        run(
            &mut base,
            &[
                tap("A01", Task::Handover, "08:00"),
                tap("A01", Task::Handover, "08:10"),
            ],
        );
        let mut one = base.clone();
        one.apply(&Change::Delete { id: "dev-1".into() }).unwrap();
        let mut two = base.clone();
        let pending = run(
            &mut two,
            &[Change::SetFailed {
                id: "dev-1".into(),
                failed: true,
            }],
        );
        let merged = rebase(one, &pending);
        assert!(merged.records.is_empty());
        assert!(merged.taps.is_empty());
    }

    #[test]
    fn settings_and_an_import_apply_again() {
        let mut source = Study::new("tab");
        run(
            &mut source,
            &[
                tap("C03", Task::Printing, "09:00"),
                tap("C03", Task::Printing, "09:05"),
            ],
        );
        let csv: Arc<str> = file::export(&source.records).into();
        let mut two = Study::new("dev");
        let pending = run(
            &mut two,
            &[
                Change::Phase(Phase::After1),
                Change::DayFrom(8 * 60),
                Change::Import(csv.clone()),
            ],
        );
        let merged = rebase(Study::new("dev"), &pending);
        assert_eq!(merged.phase, Phase::After1);
        assert_eq!(merged.day_from, 8 * 60);
        assert_eq!(merged.records, source.records);
        // The same file again adds nothing, and is not refused.
        let again = rebase(merged.clone(), &[Change::Import(csv)]);
        assert_eq!(again.records, merged.records);
    }

    #[test]
    fn a_sheet_the_other_tab_overlapped_is_reported_as_dropped() {
        let sheet = |staff: &str| {
            Arc::new(Sheet {
                staff: staff.into(),
                role: Role::CareWorker,
                phase: Phase::Before,
                start: at("09:00"),
                slots: vec![[5, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
            })
        };
        let mut theirs = Study::new("dev");
        theirs.apply(&Change::Sheet(sheet("A01"))).unwrap();
        let ours = [Change::Sheet(sheet("Ａ０１")), Change::Sheet(sheet("B02"))];
        let (merged, dropped) = rebase_reporting(theirs, &ours);
        assert_eq!(dropped, [&ours[0]]);
        assert_eq!(merged.records.len(), 4);
    }

    fn a_change() -> impl Strategy<Value = Change> {
        let staff = prop::sample::select(vec!["A01", "B02", "C03"]);
        prop_oneof![
            4 => (staff.clone(), 0..Task::ALL.len(), 0..600i64).prop_map(|(s, t, m)| Change::Tap {
                staff: s.into(),
                role: Role::Nurse,
                task: Task::ALL[t],
                at: at("07:00").plus_seconds(m * 60),
            }),
            1 => (staff.clone(), 0..600i64).prop_map(|(s, m)| Change::Stop {
                staff: s.into(),
                at: at("07:00").plus_seconds(m * 60),
            }),
            1 => staff.prop_map(|s| Change::Discard { staff: s.into() }),
            1 => Just(Change::Undo),
            1 => (0..3usize).prop_map(|p| Change::Phase(Phase::ALL[p])),
            1 => a_sheet().prop_map(|s| Change::Sheet(Arc::new(s))),
            1 => a_sheet().prop_map(|s| Change::Unsheet(Arc::new(s))),
        ]
    }

    /// A sheet of one of two people, somewhere in the same hours as the taps.
    fn a_sheet() -> impl Strategy<Value = Sheet> {
        (
            prop::sample::select(vec!["A01", "D04"]),
            0..60i64,
            prop::collection::vec(
                [
                    0..6u8,
                    0..2u8,
                    0..4u8,
                    0..1u8,
                    0..1u8,
                    0..5u8,
                    0..2u8,
                    0..1u8,
                    0..2u8,
                    0..1u8,
                    0..1u8,
                    0..1u8,
                    0..1u8,
                    0..1u8,
                    0..1u8,
                    0..1u8,
                    0..1u8,
                ],
                1..4,
            ),
        )
            .prop_map(|(staff, slot, slots)| Sheet {
                staff: staff.into(),
                role: Role::CareWorker,
                phase: Phase::Before,
                start: at("07:00").plus_seconds(slot * 600),
                slots,
            })
    }

    proptest! {
        /// Whatever the two tabs did (no deletes here), the result keeps every
        /// record of the stored study, adds at most one per tap of this tab,
        /// with ids unique and each person running at most once.
        #[test]
        fn a_rebase_loses_nothing_and_doubles_nothing(
            before in prop::collection::vec(a_change(), 0..12),
            theirs in prop::collection::vec(a_change(), 0..12),
            ours in prop::collection::vec(a_change(), 0..12),
        ) {
            let mut base = Study::new("dev");
            run(&mut base, &before);
            let mut one = base.clone();
            run(&mut one, &theirs);
            let mut two = base.clone();
            let pending = run(&mut two, &ours);
            let merged = rebase(one.clone(), &pending);
            let ids: HashSet<&str> = merged.records.iter().map(|r| r.id.as_str()).collect();
            prop_assert_eq!(ids.len(), merged.records.len());
            let staff: HashSet<&str> = merged.running.iter().map(|r| r.staff.as_str()).collect();
            prop_assert_eq!(staff.len(), merged.running.len());
            // Undo reaches only this tab's replayed taps: the stored records stay
            // (but for the sheets this tab took back).
            let taken_back = |r: &Record| pending.iter().any(|c| matches!(c, Change::Unsheet(sh)
                if r.sheet && r.start >= sh.start && r.start < sh.end()));
            for r in one.records.iter().filter(|r| !taken_back(r)) {
                prop_assert!(merged.records.contains(r), "lost {:?}", r);
            }
            let made = pending
                .iter()
                .map(|c| match c {
                    Change::Tap { .. } | Change::Stop { .. } => 1,
                    Change::Sheet(sh) => sh.slots.iter().flatten().filter(|m| **m > 0).count(),
                    _ => 0,
                })
                .sum::<usize>();
            prop_assert!(merged.records.len() <= one.records.len() + made);
            prop_assert!(merged.next as usize > merged.records.len());
        }
    }
}
