//! The guideline's paper sheet on screen (10分記録): for staff who cannot tap
//! while they work, a span of their day in 10-minute slots, each slot given the
//! minutes (1–10 in all) spent on each task. A sheet becomes records marked as
//! sheet records (`Record::sheet`): they count in the minutes of a day (per
//! person-day, by role, scaled to 480 minutes) like tapped ones, but never as
//! occurrences (minutes within a slot are not one handover or one call), so the
//! minutes per occurrence and the occurrences per day come from taps alone.
//!
//! A sheet may not overlap a record of the same person (tapped or from another
//! sheet): the same minutes would count twice.

use super::record::{staff_code, Phase, Record, Role, Study, StudyError, Task, MAX_RECORDS};
use super::time::{WallTime, EARLIEST, LATEST};

/// The length of a slot.
pub const SLOT_MINUTES: u32 = 10;
/// The most slots on one sheet: 12 hours, the longest a record may span.
pub const MAX_SLOTS: usize = 72;

/// One filled-in sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// As typed (folded like every staff code).
    pub staff: String,
    pub role: Role,
    pub phase: Phase,
    /// The start of the first slot (on a 10-minute mark).
    pub start: WallTime,
    /// Per slot, the minutes of each task.
    pub slots: Vec<Slot>,
}

/// One slot's minutes of each task, in `Task::OFFERED` order.
pub type Slot = [u8; Task::OFFERED.len()];

/// Why a sheet was refused (nothing of it is added).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    Staff(StudyError),
    /// The first slot does not begin on a 10-minute mark (09:00, 09:10 …).
    NotOnMark,
    /// No slots, or more than `MAX_SLOTS`.
    SlotCount,
    /// Outside the years 2000–2099.
    OutOfRange,
    /// The slot (0-based) holds more than `SLOT_MINUTES` minutes.
    SlotOver(usize),
    /// No minutes at all.
    Empty,
    /// The sheet covers a record of the same person: the first such record.
    Overlaps(Record),
    /// The same person is being timed (this task) since before the sheet ends.
    Running(Task),
    /// The study cannot hold that many more records.
    Full,
    /// The hours have not all passed yet (`Sheet::ended_by`): a sheet is filled
    /// in afterwards, and a night sheet typed the next morning is on the day it
    /// began.
    NotEnded,
}

/// Why a span of the day cannot be a sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanError {
    /// A start or end off the 10-minute marks.
    NotOnMark,
    /// Longer than `MAX_SLOTS` slots (an end equal to the start is a whole day).
    TooLong,
}

/// The slots from the clock time `from` to `to` (minutes after midnight; an end
/// at or before the start is on the next day: a night shift's sheet).
pub fn span_slots(from: u32, to: u32) -> Result<usize, SpanError> {
    if !from.is_multiple_of(SLOT_MINUTES) || !to.is_multiple_of(SLOT_MINUTES) {
        return Err(SpanError::NotOnMark);
    }
    let minutes = (to + 24 * 60 - from - 1) % (24 * 60) + 1;
    let n = (minutes / SLOT_MINUTES) as usize;
    if n > MAX_SLOTS {
        Err(SpanError::TooLong)
    } else {
        Ok(n)
    }
}

/// The minutes typed in one cell of the sheet, as a person writes them: empty is
/// 0, full-width digits too (`５`); `None` for anything but a whole number 0–10.
pub fn cell_minutes(text: &str) -> Option<u8> {
    let t = crate::model::num::fold_width(text);
    if t.is_empty() {
        return Some(0);
    }
    (t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse::<u8>().ok())
        .flatten()
        .filter(|m| u32::from(*m) <= SLOT_MINUTES)
}

impl Sheet {
    /// The moment the last slot ends.
    pub fn end(&self) -> WallTime {
        self.start
            .plus_seconds(self.slots.len() as i64 * i64::from(SLOT_MINUTES) * 60)
    }

    /// Minutes entered in slot `i` (0 past the end).
    pub fn slot_total(&self, i: usize) -> u32 {
        self.slots
            .get(i)
            .map_or(0, |s| s.iter().map(|m| u32::from(*m)).sum())
    }

    /// Whether the sheet's hours have all passed at `now`.
    pub fn ended_by(&self, now: WallTime) -> Result<(), SheetError> {
        if self.end() > now {
            Err(SheetError::NotEnded)
        } else {
            Ok(())
        }
    }

    /// Checks the sheet against itself (not against the study).
    pub fn check(&self) -> Result<String, SheetError> {
        let staff = staff_code(&self.staff).map_err(SheetError::Staff)?;
        if self.start.0.rem_euclid(i64::from(SLOT_MINUTES) * 60) != 0 {
            return Err(SheetError::NotOnMark);
        }
        if self.slots.is_empty() || self.slots.len() > MAX_SLOTS {
            return Err(SheetError::SlotCount);
        }
        if !(EARLIEST..=LATEST).contains(&self.start) || !(EARLIEST..=LATEST).contains(&self.end())
        {
            return Err(SheetError::OutOfRange);
        }
        if let Some(i) = (0..self.slots.len()).find(|i| self.slot_total(*i) > SLOT_MINUTES) {
            return Err(SheetError::SlotOver(i));
        }
        if (0..self.slots.len()).all(|i| self.slot_total(i) == 0) {
            return Err(SheetError::Empty);
        }
        Ok(staff)
    }
}

impl Study {
    /// The records a sheet stands for (without ids): in each slot, one per task
    /// with minutes, placed one after another from the slot's start in the order
    /// of `Task::OFFERED` (the sheet says how long, not when within the ten minutes).
    fn sheet_records(&self, sheet: &Sheet, staff: &str) -> Vec<Record> {
        let mut new = Vec::new();
        for (i, minutes) in sheet.slots.iter().enumerate() {
            let mut at = sheet
                .start
                .plus_seconds(i as i64 * i64::from(SLOT_MINUTES) * 60);
            for (task, m) in Task::OFFERED.into_iter().zip(minutes) {
                if *m == 0 {
                    continue;
                }
                let end = at.plus_seconds(i64::from(*m) * 60);
                new.push(Record {
                    id: String::new(),
                    task,
                    start: at,
                    end,
                    shift: self.shift_at(at),
                    phase: sheet.phase,
                    staff: staff.to_string(),
                    role: sheet.role,
                    failed: false,
                    sheet: true,
                });
                at = end;
            }
        }
        new
    }

    /// Adds a sheet's minutes as records (`sheet_records`). All or nothing;
    /// returns the new records' ids.
    pub fn add_sheet(&mut self, sheet: &Sheet) -> Result<Vec<String>, SheetError> {
        let staff = sheet.check()?;
        let (from, to) = (sheet.start, sheet.end());
        if let Some(r) = self
            .records
            .iter()
            .find(|r| r.staff == staff && r.start < to && from < r.end)
        {
            return Err(SheetError::Overlaps(r.clone()));
        }
        // Nor the run being timed for the same person, if it began before the
        // sheet ends (its record would cover the sheet's minutes once stopped).
        if let Some(run) = self
            .running
            .iter()
            .find(|r| r.staff == staff && r.start < to)
        {
            return Err(SheetError::Running(run.task));
        }
        let new = self.sheet_records(sheet, &staff);
        if self.records.len() + new.len() > MAX_RECORDS {
            return Err(SheetError::Full);
        }
        let mut ids = Vec::with_capacity(new.len());
        for mut rec in new {
            rec.id = format!("{}-{}", self.device, self.next);
            self.next += 1;
            ids.push(rec.id.clone());
            let at = self.records.partition_point(|r| r.start <= rec.start);
            self.records.insert(at, rec);
        }
        Ok(ids)
    }

    /// Takes a sheet back (its undo): the sheet records it added, found by what
    /// they hold, whatever ids another tab's changes gave them; a record corrected
    /// since, or another sheet, stays. Returns the records removed.
    pub fn remove_sheet(&mut self, sheet: &Sheet) -> Vec<Record> {
        let Ok(staff) = sheet.check() else {
            return Vec::new();
        };
        let mut expected = self.sheet_records(sheet, &staff);
        let mut removed = Vec::new();
        self.records.retain(|r| {
            let same = |e: &Record| {
                r.sheet
                    && (e.task, e.start, e.end, e.phase, e.role)
                        == (r.task, r.start, r.end, r.phase, r.role)
                    && e.staff == r.staff
            };
            match expected.iter().position(same) {
                Some(i) => {
                    expected.swap_remove(i);
                    removed.push(r.clone());
                    false
                }
                None => true,
            }
        });
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestudy::{RecordEdit, Shift};

    fn at(text: &str) -> WallTime {
        WallTime::parse(text).unwrap()
    }

    fn sheet(start: &str, slots: Vec<Slot>) -> Sheet {
        Sheet {
            staff: "Ａ０１ ".into(),
            role: Role::Nurse,
            phase: Phase::After1,
            start: at(start),
            slots,
        }
    }

    /// Minutes of handover, notebook, phone, printing, records, direct care,
    /// rounds, monitoring, B 13 to 19 one by one, break, other.
    const MIX: Slot = [3, 0, 2, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const BREAK: Slot = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0];
    const EMPTY: Slot = [0; Task::OFFERED.len()];

    #[test]
    fn each_task_of_a_slot_is_one_record_in_order_from_the_slot_start() {
        let mut s = Study::new("d");
        let ids = s
            .add_sheet(&sheet("2026-12-07 18:50", vec![MIX, EMPTY, BREAK]))
            .unwrap();
        assert_eq!(ids, ["d-1", "d-2", "d-3", "d-4"]);
        let got: Vec<_> = s
            .records
            .iter()
            .map(|r| (r.task, r.start.clock_text(), r.end.clock_text(), r.shift))
            .collect();
        assert_eq!(
            got,
            [
                (Task::Handover, "18:50".into(), "18:53".into(), Shift::Day),
                (Task::Phone, "18:53".into(), "18:55".into(), Shift::Day),
                (Task::DirectCare, "18:55".into(), "19:00".into(), Shift::Day),
                (Task::Break, "19:10".into(), "19:20".into(), Shift::Night),
            ]
        );
        assert!(s.records.iter().all(|r| r.sheet
            && r.staff == "A01"
            && r.role == Role::Nurse
            && r.phase == Phase::After1
            && !r.failed));
        let minutes: f64 = s.records.iter().map(Record::minutes).sum();
        assert_eq!(minutes, 20.0);
    }

    #[test]
    fn spans_and_cells_read_as_a_person_writes_them() {
        let hm = |h: u32, m: u32| h * 60 + m;
        assert_eq!(span_slots(hm(9, 0), hm(12, 0)), Ok(18));
        assert_eq!(span_slots(hm(9, 0), hm(9, 10)), Ok(1));
        // A night shift: the end is on the next day.
        assert_eq!(span_slots(hm(22, 0), hm(6, 0)), Ok(48));
        assert_eq!(span_slots(hm(7, 0), hm(19, 0)), Ok(72));
        assert_eq!(span_slots(hm(7, 0), hm(19, 10)), Err(SpanError::TooLong));
        assert_eq!(span_slots(hm(9, 0), hm(9, 0)), Err(SpanError::TooLong));
        assert_eq!(span_slots(hm(9, 5), hm(10, 0)), Err(SpanError::NotOnMark));
        assert_eq!(span_slots(hm(9, 0), hm(10, 15)), Err(SpanError::NotOnMark));
        for (text, want) in [
            ("", Some(0)),
            (" ", Some(0)),
            ("3", Some(3)),
            ("１０", Some(10)),
            (" 7 ", Some(7)),
            ("07", Some(7)),
            ("11", None),
            ("-1", None),
            ("2.5", None),
            ("a", None),
            ("100", None),
        ] {
            assert_eq!(cell_minutes(text), want, "{text:?}");
        }
    }

    #[test]
    fn a_bad_sheet_adds_nothing_and_says_why() {
        let mut s = Study::new("d");
        let cases = [
            (sheet("2026-12-07 09:05", vec![MIX]), SheetError::NotOnMark),
            (sheet("2026-12-07 09:00", vec![]), SheetError::SlotCount),
            (
                sheet("2026-12-07 09:00", vec![MIX; MAX_SLOTS + 1]),
                SheetError::SlotCount,
            ),
            (
                sheet(
                    "2026-12-07 09:00",
                    vec![MIX, [6, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
                ),
                SheetError::SlotOver(1),
            ),
            (sheet("2026-12-07 09:00", vec![EMPTY; 3]), SheetError::Empty),
            (
                Sheet {
                    staff: " ".into(),
                    ..sheet("2026-12-07 09:00", vec![MIX])
                },
                SheetError::Staff(StudyError::NoStaff),
            ),
        ];
        for (sh, want) in cases {
            assert_eq!(s.add_sheet(&sh), Err(want));
        }
        assert!(s.records.is_empty() && s.next == 1);
        // Twelve hours is the most, and fits.
        assert_eq!(
            s.add_sheet(&sheet("2026-12-07 07:00", vec![MIX; MAX_SLOTS]))
                .map(|v| v.len()),
            Ok(216)
        );
    }

    #[test]
    fn a_sheet_never_covers_a_record_of_the_same_person() {
        let mut s = Study::new("d");
        s.tap("A01", Role::Nurse, Task::Phone, at("2026-12-07 09:25"))
            .unwrap();
        s.tap("A01", Role::Nurse, Task::Phone, at("2026-12-07 09:31"))
            .unwrap();
        let tapped = s.records[0].clone();
        // 09:00–09:30 overlaps the call from 09:25.
        assert_eq!(
            s.add_sheet(&sheet("2026-12-07 09:00", vec![MIX; 3])),
            Err(SheetError::Overlaps(tapped))
        );
        // Up to 09:20 it does not; another person may have the same hours.
        assert!(s
            .add_sheet(&sheet("2026-12-07 09:00", vec![MIX; 2]))
            .is_ok());
        assert!(s
            .add_sheet(&Sheet {
                staff: "B02".into(),
                ..sheet("2026-12-07 09:00", vec![MIX; 6])
            })
            .is_ok());
        // Nor a run being timed for the person since before the sheet ends.
        s.tap("A01", Role::Nurse, Task::Handover, at("2026-12-07 09:50"))
            .unwrap();
        assert_eq!(
            s.add_sheet(&sheet("2026-12-07 09:40", vec![MIX; 2])),
            Err(SheetError::Running(Task::Handover))
        );
        assert!(s.add_sheet(&sheet("2026-12-07 09:40", vec![MIX])).is_ok());
        s.tap("A01", Role::Nurse, Task::Handover, at("2026-12-07 09:55"))
            .unwrap();
        // Nor a sheet of its own.
        assert!(matches!(
            s.add_sheet(&sheet("2026-12-07 09:10", vec![MIX])),
            Err(SheetError::Overlaps(_))
        ));
    }

    #[test]
    fn a_sheet_is_for_hours_that_have_passed() {
        let sh = sheet("2026-12-07 22:00", vec![MIX; 48]);
        assert_eq!(sh.end(), at("2026-12-08 06:00"));
        assert_eq!(
            sh.ended_by(at("2026-12-08 05:59")),
            Err(SheetError::NotEnded)
        );
        assert_eq!(sh.ended_by(at("2026-12-08 06:00")), Ok(()));
    }

    #[test]
    fn a_sheet_is_taken_back_whole() {
        let mut s = Study::new("d");
        s.tap("A01", Role::Nurse, Task::Phone, at("2026-12-07 08:00"))
            .unwrap();
        s.tap("A01", Role::Nurse, Task::Phone, at("2026-12-07 08:05"))
            .unwrap();
        let before = s.records.clone();
        let sh = sheet("2026-12-07 09:00", vec![MIX; 2]);
        s.add_sheet(&sh).unwrap();
        // Another sheet of the same person, just after: it stays.
        let next = sheet("2026-12-07 09:20", vec![MIX]);
        s.add_sheet(&next).unwrap();
        // A record of the sheet corrected since stays (it is the person's now).
        let phone = s
            .records
            .iter()
            .find(|r| r.sheet && r.task == Task::Phone)
            .unwrap()
            .clone();
        let e = RecordEdit {
            task: Task::Notebook,
            start: phone.start,
            end: phone.end,
            shift: phone.shift,
            phase: phone.phase,
            failed: false,
        };
        s.edit(&phone.id, e).unwrap();
        let id = phone.id;
        assert_eq!(s.remove_sheet(&sh).len(), 5);
        assert_eq!(s.records.len(), before.len() + 1 + 3);
        assert_eq!(s.remove_sheet(&next).len(), 3);
        assert_eq!(s.remove_sheet(&next).len(), 0, "once");
        s.delete(&id).unwrap();
        assert_eq!(s.records, before);
    }
}
