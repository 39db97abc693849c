//! A time study's records and the recorder that makes them: one tap starts a
//! task for a person, a tap on another task switches to it (the first is
//! recorded), a tap on the running task stops it; several people can be timed at
//! once; the last tap can be undone; any record can be corrected; a run left
//! going too long to stop is ended at a typed time or discarded. Every record
//! has an id unique across devices (`<device>-<n>`), so files from several
//! tablets merge without doubles.

use super::time::{clock_minutes, WallTime, EARLIEST, LATEST};

/// What was timed: the brochure's four tasks and the MHLW guideline's codes
/// (`Task::code`): our four are parts of B 11, and `Records` is the rest of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Task {
    /// 申し送り.
    Handover,
    /// 連絡ノート: one occurrence is one user's notebook entry.
    Notebook,
    /// 電話連絡: calls and call-backs, failed calls included.
    Phone,
    /// 印刷・掲示.
    Printing,
    /// B 11 記録・文書作成・連絡調整等, other than the four above.
    Records,
    /// A 直接介護.
    DirectCare,
    /// B 10 巡回・移動.
    Rounds,
    /// B 12 見守り機器の使用・確認.
    Monitoring,
    /// B 13 他の職員に対する指導・教育.
    Instruction,
    /// B 14 朝食・おやつの配膳・下膳等.
    Meals,
    /// B 15 入浴業務の準備等.
    BathPrep,
    /// B 16 リネン交換・ベッドメイク.
    Linen,
    /// B 17 居室清掃・片付け.
    Cleaning,
    /// B 18 消毒などの感染症対応.
    Infection,
    /// B 19 その他の間接業務.
    MiscIndirect,
    /// B 13–19 as one, as recorded before those codes were offered one by one
    /// (stored study version 4): still read, counted in 13–19, never offered.
    OtherIndirect,
    /// 間接業務 as recorded before the guideline's B codes were offered (any B
    /// work but the four): still read, counted in B, never offered for new records.
    Indirect,
    /// C 休憩・待機・仮眠.
    Break,
    /// D その他・未記入.
    Other,
}

// Stable key (files, test ids): never changes.
crate::stable_keys! {
    /// Every task a record may have, in the order results list them.
    Task {
        Handover => "handover",
        Notebook => "notebook",
        Phone => "phone",
        Printing => "printing",
        Records => "records",
        DirectCare => "direct-care",
        Rounds => "rounds",
        Monitoring => "monitoring",
        Instruction => "instruction",
        Meals => "meals",
        BathPrep => "bath-prep",
        Linen => "linen",
        Cleaning => "cleaning",
        Infection => "infection",
        MiscIndirect => "misc-indirect",
        OtherIndirect => "other-indirect",
        Indirect => "indirect",
        Break => "break",
        Other => "other",
    }
}

impl Task {
    /// The tasks offered for new records: every one but the old ones, in the
    /// same order.
    pub const OFFERED: [Task; 17] = {
        let mut out = [Task::Handover; 17];
        let (mut i, mut n) = (0, 0);
        while i < Task::ALL.len() {
            if !Task::ALL[i].is_old() {
                out[n] = Task::ALL[i];
                n += 1;
            }
            i += 1;
        }
        assert!(n == out.len());
        out
    };

    /// Only read from older studies and files, never offered: `Indirect` and
    /// `OtherIndirect`.
    pub const fn is_old(self) -> bool {
        matches!(self, Task::Indirect | Task::OtherIndirect)
    }

    /// One of the tasks a chat platform changes (the rest are the guideline's codes).
    pub const fn is_chat_task(self) -> bool {
        matches!(
            self,
            Task::Handover | Task::Notebook | Task::Phone | Task::Printing
        )
    }
}

/// 事前 / 事後① / 事後②.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    #[default]
    Before,
    After1,
    After2,
}

crate::stable_keys! {
    Phase {
        Before => "before",
        After1 => "after1",
        After2 => "after2",
    }
}

/// 日勤 (昼) / 夜勤 (夜).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shift {
    Day,
    Night,
}

crate::stable_keys! {
    Shift {
        Day => "day",
        Night => "night",
    }
}

/// The staff member's job (職種); no names are ever needed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// 介護職員.
    #[default]
    CareWorker,
    /// 看護職員.
    Nurse,
    /// 生活相談員・支援相談員.
    Counselor,
    /// 介護支援専門員.
    CareManager,
    /// 管理者.
    Manager,
    /// その他 (事務など).
    Other,
}

crate::stable_keys! {
    Role {
        CareWorker => "care-worker",
        Nurse => "nurse",
        Counselor => "counselor",
        CareManager => "care-manager",
        Manager => "manager",
        Other => "other",
    }
}

/// One timed occurrence of a task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// `<device>-<n>`: unique across devices.
    pub id: String,
    pub task: Task,
    pub start: WallTime,
    /// After `start`, at most `MAX_MINUTES` later (may be the next day).
    pub end: WallTime,
    pub shift: Shift,
    pub phase: Phase,
    /// Anonymous staff code (e.g. `A01`).
    pub staff: String,
    pub role: Role,
    /// A phone call that did not reach the person (a call-back will be needed).
    pub failed: bool,
    /// Entered on the 10-minute sheet (`sheet`): minutes within a slot, counted in
    /// a day's minutes but never as an occurrence.
    pub sheet: bool,
}

impl Record {
    /// Minutes the task took.
    pub fn minutes(&self) -> f64 {
        (self.end.0 - self.start.0) as f64 / 60.0
    }
}

/// Longest single occurrence (a forgotten stop beyond this is refused, not kept).
pub const MAX_MINUTES: i64 = 12 * 60;
/// Longest staff code and device id.
pub const MAX_CODE: usize = 16;
/// Most records a study holds (about 1 MB stored).
pub const MAX_RECORDS: usize = 20_000;

/// Why a tap, an edit or a record was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StudyError {
    /// No staff code (it may be any short code, never a name).
    NoStaff,
    /// The staff code is longer than `MAX_CODE` or holds a comma, quote or line break.
    BadStaff,
    /// The end is not after the start.
    EndBeforeStart,
    /// Longer than `MAX_MINUTES`.
    TooLong,
    /// Outside the years 2000–2099.
    OutOfRange,
    /// The study already holds `MAX_RECORDS`.
    Full,
    /// No record with that id.
    NotFound,
}

/// A task being timed for one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Running {
    pub staff: String,
    pub role: Role,
    pub task: Task,
    pub start: WallTime,
    /// The phase the run began in: a run keeps it, also when the study's phase
    /// is changed while it goes on (one occurrence is never split in two, and
    /// never moved into a phase it did not begin in).
    pub phase: Phase,
}

/// What a tap did (and what undo takes back).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tap {
    Started(Running),
    /// The running task was recorded and, when `then` is set, another began.
    Stopped {
        record: String,
        was: Running,
        then: Option<Running>,
    },
    /// The running task was dropped without a record (a run left going for longer
    /// than `MAX_MINUTES`, 記録せずに破棄).
    Discarded(Running),
}

/// A correction of a record (a forgotten stop, a wrong task or phase).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordEdit {
    pub task: Task,
    pub start: WallTime,
    pub end: WallTime,
    pub shift: Shift,
    pub phase: Phase,
    pub failed: bool,
}

/// A whole study on one device: its records, who is being timed now, the phase new
/// records go to and where the day shift begins and ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Study {
    pub records: Vec<Record>,
    pub running: Vec<Running>,
    pub phase: Phase,
    /// The day shift runs from `day_from` to `night_from` (minutes after midnight);
    /// the rest is night. A work day begins at `day_from`, so a night shift is one day.
    pub day_from: u32,
    pub night_from: u32,
    /// This device's id prefix (random, made once by the caller).
    pub device: String,
    /// The number of this device's next record.
    pub next: u64,
    /// Taps that can be undone, newest last.
    pub taps: Vec<Tap>,
}

/// How many taps undo remembers.
const UNDO_DEPTH: usize = 50;

/// A staff code as kept: width-folded and trimmed (`Ａ０１` is `A01`, the same
/// person), short, and safe in any file.
pub fn staff_code(text: &str) -> Result<String, StudyError> {
    let code = crate::model::num::fold_width(text);
    if code.is_empty() {
        Err(StudyError::NoStaff)
    } else if code.chars().count() > MAX_CODE
        || code.contains([',', '"', '\n', '\r'])
        || code.chars().any(char::is_control)
    {
        Err(StudyError::BadStaff)
    } else {
        Ok(code)
    }
}

/// The end of a run as a person types it (full-width digits too): a date and time
/// (`2026-12-02 17:00`), or a clock time alone (`17:00`), which is the first such
/// time after `start` when that is within `MAX_MINUTES` and else the same day as
/// the start (so `07:00` typed for a run begun at 08:00 is refused as before the
/// start, not read as 23 hours later). `None` when it cannot be read.
pub fn typed_end(start: WallTime, text: &str) -> Option<WallTime> {
    let text: String = crate::model::num::normalize(text)
        .chars()
        .map(|c| if c == '：' { ':' } else { c })
        .collect();
    if let Some(t) = WallTime::parse(&text) {
        return Some(t);
    }
    let minute = i64::from(clock_minutes(&text)?);
    let same_day = WallTime(start.day() * 86_400 + minute * 60);
    let next_day = same_day.plus_seconds(86_400);
    Some(
        if same_day <= start && next_day.0 - start.0 <= MAX_MINUTES * 60 {
            next_day
        } else {
            same_day
        },
    )
}

impl Study {
    /// An empty study on the device `device` (07:00 to 19:00 counts as the day
    /// shift: an assumption the facility changes to its own shift times).
    pub fn new(device: &str) -> Study {
        Study {
            records: Vec::new(),
            running: Vec::new(),
            phase: Phase::Before,
            day_from: 7 * 60,
            night_from: 19 * 60,
            device: device.to_string(),
            next: 1,
            taps: Vec::new(),
        }
    }

    /// The shift a moment falls in by the study's shift times.
    pub fn shift_at(&self, t: WallTime) -> Shift {
        let m = t.minute_of_day();
        let (from, to) = (self.day_from, self.night_from);
        let day = if from <= to {
            (from..to).contains(&m)
        } else {
            m >= from || m < to
        };
        if day {
            Shift::Day
        } else {
            Shift::Night
        }
    }

    /// The work day of a moment: days begin at the start of the day shift, so the
    /// small hours belong to the night shift that began the evening before.
    pub fn work_day(&self, t: WallTime) -> i64 {
        t.plus_seconds(-i64::from(self.day_from) * 60).day()
    }

    fn check(start: WallTime, end: WallTime) -> Result<(), StudyError> {
        if !(EARLIEST..=LATEST).contains(&start) || !(EARLIEST..=LATEST).contains(&end) {
            Err(StudyError::OutOfRange)
        } else if end <= start {
            Err(StudyError::EndBeforeStart)
        } else if end.0 - start.0 > MAX_MINUTES * 60 {
            Err(StudyError::TooLong)
        } else {
            Ok(())
        }
    }

    /// Records a finished run, in the phase it began in.
    fn record(&mut self, run: &Running, end: WallTime) -> Result<String, StudyError> {
        Study::check(run.start, end)?;
        if self.records.len() >= MAX_RECORDS {
            return Err(StudyError::Full);
        }
        let id = format!("{}-{}", self.device, self.next);
        self.next += 1;
        let rec = Record {
            id: id.clone(),
            task: run.task,
            start: run.start,
            end,
            shift: self.shift_at(run.start),
            phase: run.phase,
            staff: run.staff.clone(),
            role: run.role,
            failed: false,
            sheet: false,
        };
        let at = self.records.partition_point(|r| r.start <= rec.start);
        self.records.insert(at, rec);
        Ok(id)
    }

    /// A tap on `task` for `staff` at `now`: starts it, switches to it from another
    /// running task (which is recorded), or stops it when it is the one running.
    pub fn tap(
        &mut self,
        staff: &str,
        role: Role,
        task: Task,
        now: WallTime,
    ) -> Result<&Tap, StudyError> {
        let staff = staff_code(staff)?;
        if !(EARLIEST..=LATEST).contains(&now) {
            return Err(StudyError::OutOfRange);
        }
        let tap = match self.running.iter().position(|r| r.staff == staff) {
            None => {
                let run = Running {
                    staff,
                    role,
                    task,
                    start: now,
                    phase: self.phase,
                };
                self.running.push(run.clone());
                Tap::Started(run)
            }
            Some(i) => {
                let was = self.running[i].clone();
                // A tap within the same second as the start records nothing: it is
                // taken as a change of mind (the run is replaced or dropped).
                let record = if now > was.start {
                    self.record(&was, now)?
                } else {
                    String::new()
                };
                let then = (task != was.task).then_some(Running {
                    staff,
                    role,
                    task,
                    start: now,
                    phase: self.phase,
                });
                match &then {
                    Some(next) => self.running[i] = next.clone(),
                    None => {
                        self.running.remove(i);
                    }
                }
                Tap::Stopped { record, was, then }
            }
        };
        Ok(self.push_tap(tap))
    }

    /// Remembers a tap for undo (the oldest beyond `UNDO_DEPTH` is forgotten).
    fn push_tap(&mut self, tap: Tap) -> &Tap {
        self.taps.push(tap);
        if self.taps.len() > UNDO_DEPTH {
            self.taps.remove(0);
        }
        self.taps.last().expect("just pushed")
    }

    /// Where `staff` (as typed) is in the running list.
    fn running_index(&self, staff: &str) -> Result<usize, StudyError> {
        let staff = staff_code(staff)?;
        self.running
            .iter()
            .position(|r| r.staff == staff)
            .ok_or(StudyError::NotFound)
    }

    /// Ends what `staff` is timing at a typed `end` (the real end of a run left
    /// going, e.g. on a tablet that slept overnight): checked like any record
    /// (after the start, at most `MAX_MINUTES`, 2000–2099). Undo reopens the run.
    pub fn stop_at(&mut self, staff: &str, end: WallTime) -> Result<String, StudyError> {
        let i = self.running_index(staff)?;
        let was = self.running[i].clone();
        let record = self.record(&was, end)?;
        self.running.remove(i);
        self.push_tap(Tap::Stopped {
            record: record.clone(),
            was,
            then: None,
        });
        Ok(record)
    }

    /// Drops what `staff` is timing without a record (記録せずに破棄). Undo brings
    /// the run back.
    pub fn discard(&mut self, staff: &str) -> Result<Running, StudyError> {
        let i = self.running_index(staff)?;
        let run = self.running.remove(i);
        self.push_tap(Tap::Discarded(run.clone()));
        Ok(run)
    }

    /// Stops whatever `staff` is timing (the 終了 button).
    pub fn stop(&mut self, staff: &str, now: WallTime) -> Result<Option<String>, StudyError> {
        // The code as kept, as everywhere (「Ａ０１」 is A01).
        let code = staff_code(staff)?;
        let Some(run) = self.running.iter().find(|r| r.staff == code).cloned() else {
            return Ok(None);
        };
        match self.tap(&run.staff, run.role, run.task, now)? {
            Tap::Stopped { record, .. } if !record.is_empty() => Ok(Some(record.clone())),
            _ => Ok(None),
        }
    }

    /// Takes back the last tap: a start is forgotten, a stop is reopened (its
    /// record removed, the run going again), a switch goes back to the first task,
    /// a discarded run is going again.
    pub fn undo(&mut self) -> Option<Tap> {
        let tap = self.taps.pop()?;
        match &tap {
            Tap::Started(run) => self.running.retain(|r| r.staff != run.staff),
            Tap::Stopped { record, was, then } => {
                if !record.is_empty() {
                    self.records.retain(|r| r.id != *record);
                }
                match then {
                    Some(next) => {
                        if let Some(r) = self.running.iter_mut().find(|r| r.staff == next.staff) {
                            *r = was.clone();
                        }
                    }
                    None => self.running.push(was.clone()),
                }
            }
            Tap::Discarded(run) => self.running.push(run.clone()),
        }
        Some(tap)
    }

    /// Corrects a record; the study keeps its time order.
    pub fn edit(&mut self, id: &str, e: RecordEdit) -> Result<(), StudyError> {
        Study::check(e.start, e.end)?;
        let i = self
            .records
            .iter()
            .position(|r| r.id == id)
            .ok_or(StudyError::NotFound)?;
        let mut rec = self.records.remove(i);
        rec.task = e.task;
        rec.start = e.start;
        rec.end = e.end;
        rec.shift = e.shift;
        rec.phase = e.phase;
        rec.failed = e.failed && e.task == Task::Phone;
        let at = self.records.partition_point(|r| r.start <= rec.start);
        self.records.insert(at, rec);
        // A corrected record is no longer what an earlier tap made.
        self.taps.clear();
        Ok(())
    }

    /// Marks a phone record as a failed call (or not).
    pub fn set_failed(&mut self, id: &str, failed: bool) -> Result<(), StudyError> {
        let r = self
            .records
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(StudyError::NotFound)?;
        r.failed = failed && r.task == Task::Phone;
        Ok(())
    }

    pub fn delete(&mut self, id: &str) -> Result<Record, StudyError> {
        let i = self
            .records
            .iter()
            .position(|r| r.id == id)
            .ok_or(StudyError::NotFound)?;
        self.taps.clear();
        Ok(self.records.remove(i))
    }

    /// Adds a checked record from elsewhere (a file), keeping time order.
    pub(crate) fn insert(&mut self, rec: Record) -> Result<(), StudyError> {
        Study::check(rec.start, rec.end)?;
        if self.records.len() >= MAX_RECORDS {
            return Err(StudyError::Full);
        }
        let at = self.records.partition_point(|r| r.start <= rec.start);
        self.records.insert(at, rec);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
