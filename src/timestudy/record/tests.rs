//! Tests of `record`.

use super::*;

fn at(hm: &str) -> WallTime {
    WallTime::parse(&format!("2026-12-02 {hm}")).unwrap()
}

#[test]
fn one_tap_starts_another_switches_the_same_stops() {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Handover, at("08:30"))
        .unwrap();
    assert_eq!(s.running.len(), 1);
    s.tap("A01", Role::CareWorker, Task::Notebook, at("08:42"))
        .unwrap();
    assert_eq!(s.records.len(), 1);
    assert_eq!(s.records[0].task, Task::Handover);
    assert_eq!(s.records[0].minutes(), 12.0);
    assert_eq!(s.records[0].id, "t1-1");
    assert_eq!(s.running[0].task, Task::Notebook);
    s.tap("A01", Role::CareWorker, Task::Notebook, at("08:45:30"))
        .unwrap();
    assert!(s.running.is_empty());
    assert_eq!(s.records[1].minutes(), 3.5);
    assert_eq!(s.records[1].id, "t1-2");
}

#[test]
fn several_people_at_once_and_undo_of_each_kind_of_tap() {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Handover, at("08:30"))
        .unwrap();
    s.tap("N02", Role::Nurse, Task::Phone, at("08:31")).unwrap();
    s.tap("A01", Role::CareWorker, Task::Printing, at("08:40"))
        .unwrap();
    assert_eq!(s.running.len(), 2);
    assert_eq!(s.records.len(), 1);
    // Undo the switch: A01 is on the handover again, nothing recorded.
    assert!(matches!(s.undo(), Some(Tap::Stopped { .. })));
    assert!(s.records.is_empty());
    let a = s.running.iter().find(|r| r.staff == "A01").unwrap();
    assert_eq!((a.task, a.start), (Task::Handover, at("08:30")));
    // Stop N02 (typed in full width), then undo: the call is running again.
    assert_eq!(s.stop(" Ｎ０２", at("08:35")).unwrap(), Some("t1-2".into()));
    s.undo();
    assert!(s.records.is_empty());
    assert!(s.running.iter().any(|r| r.staff == "N02"));
    // Undo N02's start, then A01's: nothing left; undo on nothing is nothing.
    assert!(matches!(s.undo(), Some(Tap::Started(_))));
    assert!(matches!(s.undo(), Some(Tap::Started(_))));
    assert!(s.running.is_empty() && s.undo().is_none());
}

#[test]
fn forgotten_stops_are_corrected_or_refused() {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Handover, at("08:30"))
        .unwrap();
    // Stopped 13 hours later: refused, the run keeps going.
    let late = at("08:30").plus_seconds(13 * 3600);
    assert_eq!(s.stop("A01", late), Err(StudyError::TooLong));
    assert_eq!(s.running.len(), 1);
    let id = s.stop("A01", at("11:30")).unwrap().unwrap();
    let e = RecordEdit {
        task: Task::Handover,
        start: at("08:30"),
        end: at("08:45"),
        shift: Shift::Day,
        phase: Phase::Before,
        failed: true,
    };
    s.edit(&id, e.clone()).unwrap();
    assert_eq!(s.records[0].minutes(), 15.0);
    assert!(!s.records[0].failed, "only a phone call can fail");
    let bad = RecordEdit {
        end: at("08:00"),
        ..e
    };
    assert_eq!(s.edit(&id, bad), Err(StudyError::EndBeforeStart));
    assert_eq!(
        s.edit(
            "nope",
            RecordEdit {
                end: at("09:00"),
                ..s_edit()
            }
        ),
        Err(StudyError::NotFound)
    );
}

fn s_edit() -> RecordEdit {
    RecordEdit {
        task: Task::Phone,
        start: at("08:30"),
        end: at("08:35"),
        shift: Shift::Day,
        phase: Phase::Before,
        failed: false,
    }
}

#[test]
fn staff_codes_are_short_and_safe() {
    assert_eq!(staff_code("  A01 "), Ok("A01".into()));
    assert_eq!(staff_code(" "), Err(StudyError::NoStaff));
    assert_eq!(staff_code("12345678901234567"), Err(StudyError::BadStaff));
    assert_eq!(staff_code("a,b"), Err(StudyError::BadStaff));
    assert_eq!(staff_code("夜勤リーダー"), Ok("夜勤リーダー".into()));
    // What a Japanese keyboard types is the same code.
    assert_eq!(staff_code("Ａ０１"), Ok("A01".into()));
    assert_eq!(staff_code("\u{3000}Ａ０１\u{3000}"), Ok("A01".into()));
    assert_eq!(staff_code("\u{3000}"), Err(StudyError::NoStaff));
    assert_eq!(staff_code("ａ，ｂ"), Err(StudyError::BadStaff));
    let wide16 = "１２３４５６７８９０１２３４５６";
    assert_eq!(staff_code(wide16), Ok("1234567890123456".into()));
}

#[test]
fn shifts_and_work_days_follow_the_shift_times() {
    let mut s = Study::new("t1");
    assert_eq!(s.shift_at(at("06:59")), Shift::Night);
    assert_eq!(s.shift_at(at("07:00")), Shift::Day);
    assert_eq!(s.shift_at(at("18:59")), Shift::Day);
    assert_eq!(s.shift_at(at("19:00")), Shift::Night);
    // 02:00 on the 3rd belongs to the night shift of the 2nd.
    let small_hours = WallTime::parse("2026-12-03 02:00").unwrap();
    assert_eq!(s.work_day(small_hours), s.work_day(at("20:00")));
    assert_ne!(s.work_day(at("06:00")), s.work_day(at("07:00")));
    // A day shift that wraps midnight (e.g. 17:00 to 09:00 named "day").
    s.day_from = 17 * 60;
    s.night_from = 9 * 60;
    assert_eq!(s.shift_at(at("23:00")), Shift::Day);
    assert_eq!(s.shift_at(at("12:00")), Shift::Night);
}

#[test]
fn records_cross_midnight_and_keep_time_order() {
    let mut s = Study::new("t1");
    s.phase = Phase::After1;
    s.tap("Y1", Role::CareWorker, Task::Break, at("23:50"))
        .unwrap();
    let id = s
        .stop("Y1", WallTime::parse("2026-12-03 00:20").unwrap())
        .unwrap()
        .unwrap();
    let r = s.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        (r.minutes(), r.shift, r.phase),
        (30.0, Shift::Night, Phase::After1)
    );
    s.tap("Y2", Role::Nurse, Task::Phone, at("08:00")).unwrap();
    s.stop("Y2", at("08:05")).unwrap();
    assert!(s.records.windows(2).all(|w| w[0].start <= w[1].start));
}

/// A handover tapped at 08:00 on a tablet that then slept: 13 hours later
/// stop, re-tap and switch are all refused; the run is still ended with its
/// real end typed in, or discarded, and either can be undone.
fn stuck() -> Study {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Handover, at("08:00"))
        .unwrap();
    let late = at("21:00");
    assert_eq!(s.stop("A01", late), Err(StudyError::TooLong));
    assert_eq!(
        s.tap("A01", Role::CareWorker, Task::Handover, late)
            .cloned(),
        Err(StudyError::TooLong)
    );
    assert_eq!(
        s.tap("A01", Role::CareWorker, Task::Phone, late).cloned(),
        Err(StudyError::TooLong)
    );
    s
}

#[test]
fn a_run_left_going_is_ended_at_a_typed_time_and_undone() {
    let mut s = stuck();
    let id = s.stop_at("A01", at("17:00")).unwrap();
    assert!(s.running.is_empty());
    let r = s.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        (r.task, r.minutes(), r.staff.as_str()),
        (Task::Handover, 540.0, "A01")
    );
    // Undo: no record, the run going again from 08:00.
    assert!(matches!(s.undo(), Some(Tap::Stopped { then: None, .. })));
    assert!(s.records.is_empty());
    assert_eq!(s.running.len(), 1);
    assert_eq!(
        (s.running[0].task, s.running[0].start),
        (Task::Handover, at("08:00"))
    );
    // Then a tap starts anew once it is ended.
    s.stop_at(" A01 ", at("17:00")).unwrap();
    s.tap("A01", Role::CareWorker, Task::Phone, at("21:00"))
        .unwrap();
    assert_eq!(s.running[0].task, Task::Phone);
}

#[test]
fn a_typed_end_is_checked_like_any_record() {
    let mut s = stuck();
    // Still more than 12 hours after the start (20:01), before it, at it.
    assert_eq!(s.stop_at("A01", at("20:01")), Err(StudyError::TooLong));
    assert_eq!(
        s.stop_at("A01", at("07:59")),
        Err(StudyError::EndBeforeStart)
    );
    assert_eq!(
        s.stop_at("A01", at("08:00")),
        Err(StudyError::EndBeforeStart)
    );
    assert_eq!(
        s.stop_at(
            "A01",
            WallTime::parse("2100-01-01 00:00").unwrap_or(LATEST.plus_seconds(60))
        ),
        Err(StudyError::OutOfRange)
    );
    assert_eq!(s.stop_at("B02", at("17:00")), Err(StudyError::NotFound));
    // Nothing changed: no record, the run kept, nothing to undo but the start.
    assert!(s.records.is_empty());
    assert_eq!(s.running.len(), 1);
    assert_eq!(s.taps.len(), 1);
    // Exactly 12 hours is kept.
    assert_eq!(s.stop_at("A01", at("20:00")), Ok("t1-1".into()));
    assert_eq!(s.records[0].minutes(), 720.0);
}

#[test]
fn a_run_left_going_is_discarded_and_undone() {
    let mut s = stuck();
    let run = s.discard("A01").unwrap();
    assert_eq!((run.task, run.start), (Task::Handover, at("08:00")));
    assert!(s.running.is_empty() && s.records.is_empty());
    assert_eq!(s.discard("A01"), Err(StudyError::NotFound));
    // Undo: going again, as it was.
    assert_eq!(s.undo(), Some(Tap::Discarded(run.clone())));
    assert_eq!(s.running, vec![run]);
    assert!(s.records.is_empty());
    // Discarded again, the code is free: a new tap starts, and undoing the
    // start then the discard brings the old run back.
    s.discard("A01").unwrap();
    s.tap("A01", Role::CareWorker, Task::Notebook, at("21:00"))
        .unwrap();
    assert_eq!(s.running[0].task, Task::Notebook);
    s.undo();
    s.undo();
    assert_eq!(
        (s.running[0].task, s.running[0].start),
        (Task::Handover, at("08:00"))
    );
}

#[test]
fn a_typed_end_reads_as_a_person_writes_it() {
    let start = at("08:00");
    // A clock time is the same day, or the next when that is within 12 hours.
    assert_eq!(typed_end(start, "17:00"), Some(at("17:00")));
    assert_eq!(typed_end(start, "１７：００"), Some(at("17:00")));
    assert_eq!(typed_end(start, " 9:30 "), Some(at("09:30")));
    assert_eq!(typed_end(start, "07:00"), Some(at("07:00")));
    let night = at("20:00");
    assert_eq!(
        typed_end(night, "06:00"),
        WallTime::parse("2026-12-03 06:00")
    );
    assert_eq!(typed_end(night, "20:00"), Some(night));
    // A date and time is taken as written (the previous day's 17:00 too).
    assert_eq!(
        typed_end(start, "2026-12-01 17:00"),
        WallTime::parse("2026-12-01 17:00")
    );
    assert_eq!(
        typed_end(start, "２０２６／１２／０２　１７：３０"),
        Some(at("17:30"))
    );
    for bad in ["", "17", "25:00", "17:00 pm", "2026-13-02 17:00", "あ"] {
        assert_eq!(typed_end(start, bad), None, "{bad}");
    }
}

#[test]
fn a_run_keeps_the_phase_it_began_in() {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Handover, at("08:00"))
        .unwrap();
    s.phase = Phase::After1;
    // A switch records the handover as 事前 and times the notebook as 事後①.
    s.tap("A01", Role::CareWorker, Task::Notebook, at("08:10"))
        .unwrap();
    assert_eq!(s.records[0].phase, Phase::Before);
    assert_eq!(s.running[0].phase, Phase::After1);
    s.phase = Phase::Before;
    assert_eq!(s.stop("A01", at("08:20")).unwrap(), Some("t1-2".into()));
    assert_eq!(s.records[1].phase, Phase::After1);
    // Ended at a typed time, or brought back by undo: still its own phase.
    s.undo();
    assert_eq!(s.running[0].phase, Phase::After1);
    s.phase = Phase::After2;
    s.stop_at("A01", at("08:30")).unwrap();
    assert_eq!(s.records[1].phase, Phase::After1);
}
