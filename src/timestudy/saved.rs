//! The study as the browser keeps it (`kaigo-savings/timestudy`): a versioned JSON
//! object with the settings, who is being timed and every record as a short list
//! of its fields by stable key. Version 5: `{"v":5,"device","next","phase",
//! "day","night","running":[[staff,role,task,start,phase]],"records":[[id,task,
//! start,end,shift,phase,staff,role,failed,sheet]]}` (times in seconds; `sheet`
//! 1 for a record from the 10-minute sheet, else 0). Version 4 is the same
//! with B 13–19 as one task (`other-indirect`), before they were offered one by
//! one (`instruction`, `meals`, `bath-prep`, `linen`, `cleaning`, `infection`,
//! `misc-indirect`; an older app refuses version 5). Version 3 is the same
//! without the guideline's B codes as tasks (`records`, `rounds`, `monitoring`,
//! `other-indirect`; an older app refuses version 4, so it never meets a task it
//! does not know). Version 2 is the same
//! without `sheet` (every record tapped); version 1 also without a run's phase
//! (a run then takes the study's phase, as version 1 recorded it). A newer
//! version is refused with its own error so the caller keeps the text (and an
//! older app, which refuses a newer version the same way, never saves over it).

#[cfg(test)]
use super::record::Tap;
use super::record::{Phase, Record, Role, Running, Shift, Study, Task};
use super::WallTime;
use serde::Serialize;
use serde_json::Value;

pub const VERSION: u64 = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    Corrupt,
    FutureVersion(u64),
}

/// The study as stored, written by serde's derive: the fields in the order the
/// stored text has them (sorted, as `json!` wrote them), each record and run a
/// list. (A hand-written writer saved 4.6 KB gzip of the one-wasm app against
/// building a `Value`; this derive costs the study's own part 0.2 KB gzip, 0.6 KB
/// with the chunks it shares, measured on the rustup toolchain.) A test checks it
/// writes what `json!` writes.
pub fn save(s: &Study) -> String {
    type StoredRecord<'a> = (
        &'a str,
        &'static str,
        i64,
        i64,
        &'static str,
        &'static str,
        &'a str,
        &'static str,
        bool,
        u8,
    );
    #[derive(Serialize)]
    struct Stored<'a> {
        day: u32,
        device: &'a str,
        next: u64,
        night: u32,
        phase: &'static str,
        records: Vec<StoredRecord<'a>>,
        running: Vec<(&'a str, &'static str, &'static str, i64, &'static str)>,
        v: u64,
    }
    serde_json::to_string(&Stored {
        day: s.day_from,
        device: &s.device,
        next: s.next,
        night: s.night_from,
        phase: s.phase.key(),
        records: s
            .records
            .iter()
            .map(|r| {
                (
                    r.id.as_str(),
                    r.task.key(),
                    r.start.0,
                    r.end.0,
                    r.shift.key(),
                    r.phase.key(),
                    r.staff.as_str(),
                    r.role.key(),
                    r.failed,
                    u8::from(r.sheet),
                )
            })
            .collect(),
        running: s
            .running
            .iter()
            .map(|r| {
                (
                    r.staff.as_str(),
                    r.role.key(),
                    r.task.key(),
                    r.start.0,
                    r.phase.key(),
                )
            })
            .collect(),
        v: VERSION,
    })
    .unwrap_or_default()
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn minutes(v: &Value) -> Option<u32> {
    v.as_u64().filter(|m| *m < 1440).map(|m| m as u32)
}

/// A record as version `version` stored it (before version 3, every record was
/// tapped).
fn record(v: &Value, version: u64) -> Option<Record> {
    let f = v
        .as_array()
        .filter(|f| f.len() == if version < 3 { 9 } else { 10 })?;
    Some(Record {
        id: text(&f[0])?,
        task: Task::from_key(f[1].as_str()?)?,
        start: WallTime(f[2].as_i64()?),
        end: WallTime(f[3].as_i64()?),
        shift: Shift::from_key(f[4].as_str()?)?,
        phase: Phase::from_key(f[5].as_str()?)?,
        staff: text(&f[6])?,
        role: Role::from_key(f[7].as_str()?)?,
        failed: f[8].as_bool()?,
        sheet: match f.get(9).map(Value::as_u64) {
            None => false,
            Some(Some(0)) => false,
            Some(Some(1)) => true,
            Some(_) => return None,
        },
    })
}

/// A run as version `version` stored it (version 1 had no phase of its own: the
/// study's `phase` is what it would have been recorded in).
fn running(v: &Value, version: u64, phase: Phase) -> Option<Running> {
    let f = v
        .as_array()
        .filter(|f| f.len() == if version == 1 { 4 } else { 5 })?;
    Some(Running {
        staff: text(&f[0])?,
        role: Role::from_key(f[1].as_str()?)?,
        task: Task::from_key(f[2].as_str()?)?,
        start: WallTime(f[3].as_i64()?),
        phase: match f.get(4) {
            Some(p) => Phase::from_key(p.as_str()?)?,
            None => phase,
        },
    })
}

pub fn open(raw: &str) -> Result<Study, OpenError> {
    let v: Value = serde_json::from_str(raw).map_err(|_| OpenError::Corrupt)?;
    let version = v
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(OpenError::Corrupt)?;
    if version > VERSION {
        return Err(OpenError::FutureVersion(version));
    }
    let read = || -> Option<Study> {
        let mut s = Study::new(v.get("device")?.as_str()?);
        s.next = v.get("next")?.as_u64()?;
        s.phase = Phase::from_key(v.get("phase")?.as_str()?)?;
        s.day_from = minutes(v.get("day")?)?;
        s.night_from = minutes(v.get("night")?)?;
        for r in v.get("running")?.as_array()? {
            s.running.push(running(r, version, s.phase)?);
        }
        for r in v.get("records")?.as_array()? {
            s.insert(record(r, version)?).ok()?;
        }
        Some(s)
    };
    read().ok_or(OpenError::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// The study as `json!` writes it: the oracle of `save`.
    fn by_json(s: &Study) -> String {
        let running: Vec<Value> = s
            .running
            .iter()
            .map(|r| {
                json!([
                    r.staff,
                    r.role.key(),
                    r.task.key(),
                    r.start.0,
                    r.phase.key()
                ])
            })
            .collect();
        let records: Vec<Value> = s
            .records
            .iter()
            .map(|r| {
                json!([
                    r.id,
                    r.task.key(),
                    r.start.0,
                    r.end.0,
                    r.shift.key(),
                    r.phase.key(),
                    r.staff,
                    r.role.key(),
                    r.failed,
                    u8::from(r.sheet)
                ])
            })
            .collect();
        json!({
            "v": VERSION,
            "device": s.device,
            "next": s.next,
            "phase": s.phase.key(),
            "day": s.day_from,
            "night": s.night_from,
            "running": running,
            "records": records,
        })
        .to_string()
    }

    #[test]
    fn a_study_reads_back_as_it_was() {
        let mut s = Study::new("dev1");
        let t = WallTime::parse("2026-12-02 08:30").unwrap();
        s.tap("A01", Role::Nurse, Task::Phone, t).unwrap();
        s.tap("A01", Role::Nurse, Task::Handover, t.plus_seconds(90))
            .unwrap();
        s.phase = Phase::After2;
        s.day_from = 8 * 60;
        s.set_failed("dev1-1", true).unwrap();
        s.add_sheet(&crate::timestudy::Sheet {
            staff: "B02".into(),
            role: Role::CareWorker,
            phase: Phase::Before,
            start: WallTime::parse("2026-12-02 09:00").unwrap(),
            slots: vec![[2, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
        })
        .unwrap();
        assert_eq!(s.records.iter().filter(|r| r.sheet).count(), 2);
        // Version 4's tasks: a sheet's B 12, a tap's B 10.
        assert!(s.records.iter().any(|r| r.task == Task::Monitoring));
        s.tap("C03", Role::Other, Task::Rounds, t).unwrap();
        // Version 5's: B 13 to 19 one by one, runs of B 16 and B 18 kept as running.
        s.tap("C03", Role::Other, Task::Linen, t.plus_seconds(60))
            .unwrap();
        s.tap("N04", Role::Nurse, Task::Infection, t.plus_seconds(90))
            .unwrap();
        let back = open(&save(&s)).unwrap();
        assert!(back.records.iter().any(|r| r.task == Task::Rounds));
        let running: Vec<Task> = back.running.iter().map(|r| r.task).collect();
        assert!(
            running.ends_with(&[Task::Linen, Task::Infection]),
            "{running:?}"
        );
        // Undo history is not kept across a reload.
        assert_eq!(back, Study { taps: vec![], ..s });
        assert_eq!(open("{\"v\":6}"), Err(OpenError::FutureVersion(6)));
        assert_eq!(open("{\"v\":1}"), Err(OpenError::Corrupt));
        assert_eq!(open("nope"), Err(OpenError::Corrupt));
    }

    #[test]
    fn a_version_1_study_opens_its_runs_in_its_phase() {
        let v1 = r#"{"day":420,"device":"d1","next":2,"night":1140,"phase":"after1","records":[["d1-1","phone",1796200200,1796200290,"day","before","A01","nurse",true]],"running":[["A01","nurse","handover",1796200290]],"v":1}"#;
        let s = open(v1).unwrap();
        assert_eq!(s.running[0].phase, Phase::After1);
        assert_eq!(s.records[0].phase, Phase::Before);
        assert!(s.records[0].failed);
        // A version 1 run with a phase, or a version 2 run without one, is not
        // what either version wrote.
        assert_eq!(
            open(&v1.replace("1796200290]]", "1796200290,\"before\"]]")),
            Err(OpenError::Corrupt)
        );
        assert_eq!(
            open(&v1.replace("\"v\":1", "\"v\":2")),
            Err(OpenError::Corrupt)
        );
    }

    #[test]
    fn a_version_2_study_opens_with_every_record_tapped() {
        let v2 = r#"{"day":420,"device":"d1","next":2,"night":1140,"phase":"after1","records":[["d1-1","phone",1796200200,1796200290,"day","before","A01","nurse",true]],"running":[],"v":2}"#;
        let s = open(v2).unwrap();
        assert!(s.records[0].failed && !s.records[0].sheet);
        // Version 3 marks each record; a version 2 record has no mark, a version 3
        // record must have one (0 or 1).
        let v3 = v2.replace("\"v\":2", "\"v\":3");
        assert_eq!(open(&v3), Err(OpenError::Corrupt));
        assert!(open(&v3.replace("true]]", "true,1]]")).unwrap().records[0].sheet);
        assert!(!open(&v3.replace("true]]", "true,0]]")).unwrap().records[0].sheet);
        assert_eq!(
            open(&v3.replace("true]]", "true,2]]")),
            Err(OpenError::Corrupt)
        );
        assert_eq!(
            open(&v2.replace("true]]", "true,1]]")),
            Err(OpenError::Corrupt)
        );
    }

    proptest! {
        #[test]
        fn writes_what_json_writes(
            device in "\\PC{0,12}",
            taps in proptest::collection::vec((0..Task::ALL.len(), "[A-Za-z0-9\"\\\\\u{202e}\u{7f}-]{1,6}", 1..5000i64, proptest::bool::ANY), 0..12),
            sheet in proptest::option::of(proptest::collection::vec([0..4u8, 0..4u8, 0..3u8, 0..1u8, 0..2u8, 0..1u8, 0..2u8, 0..1u8, 0..1u8, 0..2u8, 0..1u8, 0..1u8, 0..1u8, 0..1u8, 0..1u8, 0..1u8, 0..1u8], 1..4)),
        ) {
            let mut s = Study::new(&device);
            let mut t = WallTime::parse("2026-12-02 08:30").unwrap();
            for (task, who, secs, failed) in taps {
                t = t.plus_seconds(secs);
                if let Ok(Tap::Stopped { record, .. }) = s.tap(&who, Role::Nurse, Task::ALL[task], t).cloned() {
                    let _ = s.set_failed(&record, failed);
                }
            }
            if let Some(slots) = sheet {
                let start = t.plus_seconds(86_400 - t.0.rem_euclid(600));
                let _ = s.add_sheet(&crate::timestudy::Sheet { staff: "S".into(), role: Role::Other, phase: Phase::After2, start, slots });
            }
            s.phase = Phase::After1;
            prop_assert_eq!(save(&s), by_json(&s));
            prop_assert_eq!(open(&save(&s)).map(|o| o.records), Ok(s.records.clone()));
        }
    }
}
