//! Tests of `file`; the encodings a file may come in are `encoding`'s.

mod encoding;

use super::super::time::{EARLIEST, LATEST};
use super::*;
use proptest::prelude::*;

fn at(t: &str) -> WallTime {
    WallTime::parse(t).unwrap()
}

fn rec(id: &str, task: Task, start: &str, minutes: i64, staff: &str) -> Record {
    let start = at(start);
    Record {
        id: id.into(),
        task,
        start,
        end: start.plus_seconds(minutes * 60),
        shift: Shift::Day,
        phase: Phase::Before,
        staff: staff.into(),
        role: Role::CareWorker,
        failed: false,
        sheet: false,
    }
}

fn sample() -> Vec<Record> {
    let mut phone = rec("t1-2", Task::Phone, "2026-12-02 09:00", 3, "N02");
    phone.failed = true;
    phone.role = Role::Nurse;
    let mut night = rec("t1-3", Task::Break, "2026-12-02 23:50", 30, "Y1");
    night.shift = Shift::Night;
    night.phase = Phase::After2;
    night.sheet = true;
    vec![
        rec("t1-1", Task::Handover, "2026-12-02 08:30", 12, "A01"),
        phone,
        night,
    ]
}

fn rows(e: ImportError) -> Vec<(usize, Problem)> {
    match e {
        ImportError::Rows(r) => r.into_iter().map(|r| (r.line, r.problem)).collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn export_then_import_gives_the_same_records() {
    let text = export(&sample());
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}記録ID,業務,開始,終了,勤務帯,時期,職員コード,職種,不通,記録方法"
    );
    assert_eq!(
        lines[1],
        "t1-1,申し送り,2026-12-02 08:30:00,2026-12-02 08:42:00,昼,事前,A01,介護職員,,タップ"
    );
    assert_eq!(
        lines[2],
        "t1-2,電話連絡,2026-12-02 09:00:00,2026-12-02 09:03:00,昼,事前,N02,看護職員,1,タップ"
    );
    assert_eq!(
        lines[3],
        "t1-3,休憩・待機,2026-12-02 23:50:00,2026-12-03 00:20:00,夜,事後②,Y1,介護職員,,10分記録"
    );
    let mut s = Study::new("t2");
    let r = import(&mut s, &text).unwrap();
    assert_eq!(
        r,
        ImportReport {
            added: 3,
            ..ImportReport::default()
        }
    );
    assert_eq!(s.records, sample());
}

#[test]
fn the_method_column_reads_either_name_and_defaults_to_tapped() {
    let head = "業務,開始,終了,職員コード,記録方法\n";
    let row =
        |m: &str, who: &str| format!("申し送り,2026-12-02 08:30,2026-12-02 08:40,{who},{m}\n");
    let text = [
        row("10分記録", "A"),
        row("sheet", "B"),
        row("１０分", "C"),
        row("タップ", "D"),
        row("", "E"),
    ]
    .concat();
    let mut s = Study::new("t");
    assert_eq!(import(&mut s, &format!("{head}{text}")).unwrap().added, 5);
    let sheet: Vec<bool> = ["A", "B", "C", "D", "E"]
        .iter()
        .map(|w| s.records.iter().find(|r| r.staff == *w).unwrap().sheet)
        .collect();
    assert_eq!(sheet, [true, true, true, false, false]);
    let bad = import(&mut s, &format!("{head}{}", row("paper", "F"))).unwrap_err();
    assert_eq!(rows(bad), [(2, Problem::UnknownMethod("paper".into()))]);
}

#[test]
fn the_same_file_twice_adds_nothing() {
    let mut s = Study::new("t2");
    let text = export(&sample());
    import(&mut s, &text).unwrap();
    let r = import(&mut s, &text).unwrap();
    assert_eq!((r.added, r.duplicates, r.conflicts.len()), (0, 3, 0));
    // Without ids too: the id comes from the row's content.
    let sheet = "業務,開始,終了,職員コード\n申し送り,2026-12-02 08:30,2026-12-02 08:45,B1\n";
    assert_eq!(import(&mut s, sheet).unwrap().added, 1);
    let again = import(&mut s, &format!("{sheet}{sheet}")).unwrap_err();
    // A second header line is a row: its task and times are not values.
    assert!(rows(again).iter().all(|(line, _)| *line == 3));
    let r = import(&mut s, sheet).unwrap();
    assert_eq!((r.added, r.duplicates), (0, 1));
    assert_eq!(s.records.len(), 4);
    let id = &s.records.iter().find(|r| r.staff == "B1").unwrap().id;
    assert!(id.starts_with("imp-") && id.len() == 20, "{id}");
}

#[test]
fn another_devices_file_merges_in_time_order() {
    let mut ours = Study::new("t1");
    for r in sample() {
        ours.insert(r).unwrap();
    }
    let theirs = vec![
        rec("t9-1", Task::Notebook, "2026-12-02 08:00", 5, "C3"),
        rec("t9-2", Task::Printing, "2026-12-02 08:30", 5, "C3"),
        rec("t9-3", Task::Indirect, "2026-12-03 10:00", 5, "C3"),
    ];
    let r = import(&mut ours, &export(&theirs)).unwrap();
    assert_eq!((r.added, r.duplicates), (3, 0));
    let ids: Vec<&str> = ours.records.iter().map(|r| r.id.as_str()).collect();
    // Equal starts: ours first, as `Study::insert` places them.
    assert_eq!(ids, ["t9-1", "t1-1", "t9-2", "t1-2", "t1-3", "t9-3"]);
}

#[test]
fn a_conflicting_id_is_reported_and_ours_kept() {
    let mut s = Study::new("t1");
    import(&mut s, &export(&sample())).unwrap();
    let mut changed = sample();
    changed[0].task = Task::Other;
    changed.push(rec("t5-1", Task::DirectCare, "2026-12-04 10:00", 20, "D4"));
    let r = import(&mut s, &export(&changed)).unwrap();
    assert_eq!(r.conflicts, vec![(2, "t1-1".to_string())]);
    assert_eq!((r.added, r.duplicates), (1, 2));
    assert_eq!(s.records[0].task, Task::Handover);
    assert_eq!(s.records.len(), 4);
}

#[test]
fn one_broken_row_imports_nothing_and_names_its_line_and_problems() {
    let mut s = Study::new("t1");
    let text = "task,start,end,staff,shift,phase,role,failed,id\n\
        handover,2026-12-02 08:30,2026-12-02 08:40,A1,day,before,nurse,,a-1\n\
        lunch,2026-12-02 8:61,2026-12-02 08:40,,dusk,later,boss,maybe,a 2\n\
        phone,2026-12-02 09:00,2026-12-02 08:59,A1,,,,,a-3\n\
        phone,2026-12-02 09:00,2026-12-02 21:01,A1,,,,,a-4\n\
        phone,2026-12-02 09:00\n\
        phone,2026-12-02 09:00,2026-12-02 09:05,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,,,a-6\n\
        phone,2026-12-02 09:00,2026-12-02 09:05,A1,,,,,a-1\n\
        handover,2026-12-02 08:30,2026-12-02 08:40,A1,day,before,nurse,,a-1\n\
        phone,2026/12/2 9:10,2026/12/2 9:10,A1,,,,,a-9\n\
        phone,2026-12-02 09:10:30,2026-12-02 09:10:30,A1,,,,,a-10\n";
    use Problem::*;
    assert_eq!(
        rows(import(&mut s, text).unwrap_err()),
        vec![
            (3, UnknownTask("lunch".into())),
            (3, BadStart("2026-12-02 8:61".into())),
            (3, UnknownShift("dusk".into())),
            (3, UnknownPhase("later".into())),
            (3, UnknownRole("boss".into())),
            (3, UnknownFailed("maybe".into())),
            (3, NoStaff),
            (3, BadId("a 2".into())),
            (4, EndNotAfterStart),
            (5, TooLong),
            (
                6,
                Cells {
                    found: 2,
                    expected: 9
                }
            ),
            (7, BadStaff("=HYPERLINK(\"http://x\",\"y\")".into())),
            (8, IdTwice("a-1".into())),
            // A call under a minute after Excel saved the file again.
            (10, SameMinute),
            (11, EndNotAfterStart),
        ]
    );
    assert!(s.records.is_empty());
    // An offending text is cut to 40 characters.
    let long = "x".repeat(100);
    let text = format!("task,start,end,staff\n{long},2026-12-02 08:30,2026-12-02 08:40,A1\n");
    assert_eq!(
        rows(import(&mut s, &text).unwrap_err()),
        vec![(2, UnknownTask("x".repeat(40)))]
    );
    let bad_ids = format!("id,task,start,end,staff\n,phone,2026-12-02 08:30,2026-12-02 08:40,A1\n{},phone,2026-12-02 08:30,2026-12-02 08:40,A1\n", "a".repeat(41));
    assert_eq!(
        rows(import(&mut s, &bad_ids).unwrap_err()),
        vec![(2, BadId(String::new())), (3, BadId("a".repeat(40)))]
    );
}

#[test]
fn whole_file_errors() {
    let mut s = Study::new("t1");
    for (text, e) in [
        ("", ImportError::Empty),
        (" \u{feff}\r\n\n ", ImportError::Empty),
        ("task,start\n\"open", ImportError::Unreadable { line: 2 }),
        ("a,b,c\n1,2,3\n", ImportError::NoHeader),
        (
            "申し送り,2026-12-02 08:30,2026-12-02 08:40,A1\n",
            ImportError::NoHeader,
        ),
        (
            "業務,開始,職員\nx,y,z\n",
            ImportError::MissingColumns(vec!["end"]),
        ),
        (
            "業務,task,start,end,staff\n",
            ImportError::DuplicateColumn("task"),
        ),
        (
            "\u{feff}業務,開始,終了,職員コード\r\n\r\n",
            ImportError::NoRows,
        ),
    ] {
        assert_eq!(import(&mut s, text), Err(e), "{text:?}");
    }
    let base = at("2026-01-01 00:00");
    for i in 0..(MAX_RECORDS - 1) as i64 {
        let mut r = rec(&format!("x-{i}"), Task::Other, "2026-01-01 00:00", 1, "A");
        r.start = base.plus_seconds(i * 60);
        r.end = r.start.plus_seconds(60);
        s.records.push(r);
    }
    let two = export(&sample()[..2]);
    assert_eq!(
        import(&mut s, &two),
        Err(ImportError::TooMany { adding: 2, room: 1 })
    );
    assert_eq!(s.records.len(), MAX_RECORDS - 1);
    assert_eq!(import(&mut s, &export(&sample()[..1])).unwrap().added, 1);
}

#[test]
fn english_header_and_values_in_any_order_and_case() {
    let mut s = Study::new("t1");
    let text = "Staff,Failed,Role,Phase,Shift,End,Start,Task,ID\n\
        A1,yes,Nurse,after1,Night,2026-12-02T08:40:00,2026/12/2 8:30,Phone,x_1\n\
        A2,0,care-manager,事後2,日勤,2026-12-02 10:00,2026-12-02 09:00,direct-care,x_2,,\n";
    assert_eq!(import(&mut s, text).unwrap().added, 2);
    let r = &s.records[0];
    assert_eq!(
        (r.id.as_str(), r.task, r.staff.as_str()),
        ("x_1", Task::Phone, "A1")
    );
    assert_eq!(
        (r.shift, r.phase, r.role, r.failed),
        (Shift::Night, Phase::After1, Role::Nurse, true)
    );
    assert_eq!(r.minutes(), 10.0);
    let r = &s.records[1];
    assert_eq!(
        (r.shift, r.phase, r.role, r.failed),
        (Shift::Day, Phase::After2, Role::CareManager, false)
    );
}

#[test]
fn missing_columns_take_the_studys_defaults() {
    let mut s = Study::new("t1");
    s.phase = Phase::After1;
    s.day_from = 8 * 60;
    let text = "\u{feff}業務,開始,終了,職員コード,勤務,不通\r\n\
        電話連絡,2026-12-02 07:30,2026-12-02 07:35,A1,,〇\r\n\
        連絡ノート,2026-12-02 08:00,2026-12-02 08:10, A1 ,,1\r\n";
    assert_eq!(import(&mut s, text).unwrap().added, 2);
    let got: Vec<_> = s
        .records
        .iter()
        .map(|r| (r.shift, r.phase, r.role, r.failed, r.staff.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Shift::Night, Phase::After1, Role::CareWorker, true, "A1"),
            // Only a phone call can fail.
            (Shift::Day, Phase::After1, Role::CareWorker, false, "A1"),
        ]
    );
    assert_ne!(s.records[0].id, s.records[1].id);
}

#[test]
fn a_record_across_midnight() {
    let mut s = Study::new("t1");
    let text = "task,start,end,staff\nbreak,2026-12-31 23:50,2027-01-01 00:20,Y1\n";
    import(&mut s, text).unwrap();
    let r = &s.records[0];
    assert_eq!((r.minutes(), r.shift), (30.0, Shift::Night));
    assert_eq!(
        import(&mut Study::new("t2"), &export(&s.records))
            .unwrap()
            .added,
        1
    );
}

#[test]
fn hostile_cells_are_refused_or_round_trip_safely() {
    let recs = [
        rec("-a1", Task::Phone, "2026-12-02 09:00", 3, "@SUM(A1)"),
        rec("a2", Task::Phone, "2026-12-02 10:00", 3, "=1+1"),
    ];
    let text = export(&recs);
    assert!(
        text.contains("\r\n'-a1,") && text.contains(",'@SUM(A1),") && text.contains(",'=1+1,"),
        "{text}"
    );
    let mut s = Study::new("t1");
    import(&mut s, &text).unwrap();
    assert_eq!(s.records, recs);
    let bad = "task,start,end,staff\nphone,2026-12-02 09:00,2026-12-02 09:05,\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"x\"\")\"\n";
    assert!(matches!(
        &rows(import(&mut s, bad).unwrap_err())[..],
        [(2, Problem::BadStaff(_))]
    ));
}

#[test]
fn this_devices_own_ids_coming_back_move_its_counter() {
    let mut s = Study::new("t1");
    import(&mut s, &export(&sample())).unwrap();
    assert_eq!(s.next, 4);
    s.tap("A01", Role::CareWorker, Task::Phone, at("2026-12-05 09:00"))
        .unwrap();
    let id = s.stop("A01", at("2026-12-05 09:01")).unwrap().unwrap();
    assert_eq!(id, "t1-4");
}

#[test]
fn every_value_has_one_stable_name() {
    assert_eq!(
        Task::ALL.map(|t| name(&TASKS, t)).join(","),
        "申し送り,連絡ノート,電話連絡,印刷・掲示,その他の記録・文書作成・連絡調整等,直接介護,巡回・移動,見守り機器の使用・確認,\
         他の職員に対する指導・教育,朝食・おやつの配膳・下膳等,入浴業務の準備等,リネン交換・ベッドメイク,\
         居室清掃・片付け,消毒などの感染症対応,その他の間接業務(19),その他の間接業務,間接業務,休憩・待機,その他"
    );
    assert_eq!(Shift::ALL.map(|v| name(&SHIFTS, v)).join(","), "昼,夜");
    assert_eq!(
        Phase::ALL.map(|v| name(&PHASES, v)).join(","),
        "事前,事後①,事後②"
    );
    assert_eq!(
        Role::ALL.map(|v| name(&ROLES, v)).join(","),
        "介護職員,看護職員,相談員,介護支援専門員,管理者,その他"
    );
    for t in Task::ALL {
        assert_eq!(value(&TASKS, Task::key, name(&TASKS, t)), Some(t));
        assert_eq!(value(&TASKS, Task::key, t.key()), Some(t));
    }
    for r in Role::ALL {
        assert_eq!(value(&ROLES, Role::key, name(&ROLES, r)), Some(r));
    }
}

fn any_record() -> impl Strategy<Value = Record> {
    (
        0..Task::ALL.len(),
        EARLIEST.0..LATEST.0 - MAX_MINUTES * 60,
        1..=MAX_MINUTES * 60,
        (0..2usize, 0..3usize, 0..6usize, any::<bool>(), any::<bool>()),
        "[A-Za-z0-9]{1,8}(-[0-9]{1,4})?",
        // As kept: width-folded (`staff_code`).
        "[^,\"\\s\\p{C}\u{ff01}-\u{ff5e}]([^,\"\\p{C}\u{3000}\u{ff01}-\u{ff5e}]{0,14}[^,\"\\s\\p{C}\u{ff01}-\u{ff5e}])?",
    )
        .prop_map(|(t, start, len, (sh, ph, ro, failed, sheet), id, staff)| {
            let task = Task::ALL[t];
            Record {
                id,
                task,
                start: WallTime(start),
                end: WallTime(start + len),
                shift: Shift::ALL[sh],
                phase: Phase::ALL[ph],
                staff,
                role: Role::ALL[ro],
                failed: failed && task == Task::Phone && !sheet,
                sheet,
            }
        })
}

proptest! {
    #[test]
    fn export_then_import_round_trips_any_valid_records(recs in proptest::collection::vec(any_record(), 1..20)) {
        // Ids unique, as a study's are.
        let recs: Vec<Record> = recs.into_iter().enumerate().map(|(i, r)| Record { id: format!("{}{i}", r.id), ..r }).collect();
        let mut s = Study::new("zz");
        let r = import(&mut s, &export(&recs)).unwrap();
        prop_assert_eq!(r.added, recs.len());
        let mut want = recs.clone();
        want.sort_by_key(|r| r.start);
        prop_assert_eq!(&s.records, &want);
        let again = import(&mut s, &export(&recs)).unwrap();
        prop_assert_eq!((again.added, again.duplicates), (0, recs.len()));
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,200}|(task|start|end|staff|phone|,|\n|\"|2026-12-02 08:3[0-9]|=|A1){0,40}") {
        let mut s = Study::new("t1");
        let _ = import(&mut s, &text);
        let _ = import(&mut s, &format!("task,start,end,staff\n{text}"));
        prop_assert!(s.records.windows(2).all(|w| w[0].start <= w[1].start));
        prop_assert!(s.records.iter().all(|r| r.end > r.start));
    }
}
