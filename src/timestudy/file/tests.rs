//! Tests of `file`.

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

/// The Shift_JIS bytes of the words these tests use (Python's
/// `'…'.encode('shift_jis')`): a strict decoder of that part of Shift_JIS.
const SJIS: [(&str, &[u8]); 9] = [
    ("業務", &[0x8b, 0xc6, 0x96, 0xb1]),
    ("開始", &[0x8a, 0x4a, 0x8e, 0x6e]),
    ("終了", &[0x8f, 0x49, 0x97, 0xb9]),
    (
        "職員コード",
        &[0x90, 0x45, 0x88, 0xf5, 0x83, 0x52, 0x81, 0x5b, 0x83, 0x68],
    ),
    ("職種", &[0x90, 0x45, 0x8e, 0xed]),
    (
        "申し送り",
        &[0x90, 0x5c, 0x82, 0xb5, 0x91, 0x97, 0x82, 0xe8],
    ),
    (
        "看護職員",
        &[0x8a, 0xc5, 0x8c, 0xec, 0x90, 0x45, 0x88, 0xf5],
    ),
    ("Ａ０１", &[0x82, 0x60, 0x82, 0x4f, 0x82, 0x50]),
    (
        "電話連絡",
        &[0x93, 0x64, 0x98, 0x62, 0x98, 0x41, 0x97, 0x8d],
    ),
];

fn to_sjis(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some((w, b)) = SJIS.iter().find(|(w, _)| rest.starts_with(w)) {
            out.extend_from_slice(b);
            rest = &rest[w.len()..];
        } else {
            assert!(c.is_ascii(), "{c} is not in the table");
            out.push(c as u8);
            rest = &rest[1..];
        }
    }
    out
}

/// A strict decoder of `bytes`, as the browser's `TextDecoder` with `fatal`:
/// UTF-8 (BOM dropped) and the Shift_JIS of `SJIS`; the encodings asked for
/// are noted in `asked`.
fn strict<'a>(
    bytes: &'a [u8],
    asked: &'a mut Vec<&'static str>,
) -> impl FnMut(&'static str) -> Option<String> + 'a {
    move |e| {
        asked.push(e);
        match e {
            "utf-8" => std::str::from_utf8(bytes)
                .ok()
                .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t).to_string()),
            "shift_jis" => {
                let (mut out, mut rest) = (String::new(), bytes);
                while let Some(&b) = rest.first() {
                    if let Some((w, s)) = SJIS.iter().find(|(_, s)| rest.starts_with(s)) {
                        out.push_str(w);
                        rest = &rest[s.len()..];
                    } else if b < 0x80 {
                        out.push(char::from(b));
                        rest = &rest[1..];
                    } else {
                        return None;
                    }
                }
                Some(out)
            }
            _ => None,
        }
    }
}

fn read_bytes(bytes: &[u8]) -> (Result<String, UnknownEncoding>, Vec<&'static str>) {
    let mut asked = Vec::new();
    let r = decode(strict(bytes, &mut asked));
    (r, asked)
}

#[test]
fn a_file_is_read_in_utf8_or_shift_jis_and_else_refused() {
    let text = "業務,開始,終了,職員コード,職種\r\n\
        申し送り,2026-12-02 08:30,2026-12-02 08:40,Ａ０１,看護職員\r\n";
    // UTF-8, with or without BOM (this app's export has one): read as UTF-8.
    for bytes in [
        text.as_bytes().to_vec(),
        format!("\u{feff}{text}").into_bytes(),
    ] {
        assert_eq!(read_bytes(&bytes), (Ok(text.to_string()), vec!["utf-8"]));
    }
    assert_eq!(
        read_bytes(export(&sample()).as_bytes()).0,
        Ok(export(&sample())[3..].to_string())
    );
    // Japanese Excel's 「CSV（コンマ区切り）」: not UTF-8, so Shift_JIS.
    let sjis = to_sjis(text);
    assert!(std::str::from_utf8(&sjis).is_err());
    assert_eq!(
        read_bytes(&sjis),
        (Ok(text.to_string()), vec!["utf-8", "shift_jis"])
    );
    let mut s = Study::new("t1");
    assert_eq!(
        import(&mut s, &read_bytes(&sjis).0.unwrap()).unwrap().added,
        1
    );
    let r = &s.records[0];
    assert_eq!(
        (r.task, r.staff.as_str(), r.role),
        (Task::Handover, "A01", Role::Nurse)
    );
    // Plain ASCII is both: UTF-8 it is.
    assert_eq!(read_bytes(b"task,start\n").1, vec!["utf-8"]);
    assert_eq!(read_bytes(b"").0, Ok(String::new()));
    // UTF-16 (with a BOM, or of ASCII, which both would read, with NULs) and
    // other bytes are neither.
    let utf16 = |bom: bool, t: &str| -> Vec<u8> {
        let units = bom.then_some(0xfeff).into_iter().chain(t.encode_utf16());
        units.flat_map(u16::to_le_bytes).collect()
    };
    for bytes in [
        utf16(true, text),
        utf16(false, text),
        utf16(false, "task,start,end,staff\r\n"),
        vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, b'J', b'F', b'I', b'F'],
        vec![0x82],
    ] {
        assert_eq!(read_bytes(&bytes).0, Err(UnknownEncoding), "{bytes:?}");
    }
}

#[test]
fn a_full_width_staff_code_is_the_same_person() {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Phone, at("2026-12-02 09:00"))
        .unwrap();
    s.stop("A01", at("2026-12-02 09:05")).unwrap();
    // Typed on a Japanese keyboard in Excel: full-width code, times and flag.
    let text = "業務,開始,終了,職員コード,職種,不通\n\
        電話連絡,２０２６／１２／０２　０９：１０,2026-12-02 ０９：１２,\u{3000}Ａ０１\u{3000},看護職員,１\n\
        申し送り,2026-12-02 10:00,2026-12-02 10:10,Ａ０１,ｎｕｒｓｅ,\n";
    assert_eq!(import(&mut s, text).unwrap().added, 2);
    assert!(
        s.records.iter().all(|r| r.staff == "A01"),
        "{:?}",
        s.records
    );
    let r = &s.records[1];
    assert_eq!(
        (r.start.text().as_str(), r.minutes(), r.role, r.failed),
        ("2026-12-02 09:10:00", 2.0, Role::Nurse, true)
    );
    assert_eq!(s.records[2].role, Role::Nurse);
    // The same rows in ASCII are the same records (their ids come from the content).
    let ascii = "業務,開始,終了,職員コード,職種,不通\n\
        電話連絡,2026-12-02 09:10,2026-12-02 09:12,A01,看護職員,1\n";
    let r = import(&mut s, ascii).unwrap();
    assert_eq!((r.added, r.duplicates), (0, 1));
    // And A01 timing again on the recorder is the person of the file.
    s.tap(
        "Ａ０１",
        Role::Nurse,
        Task::Handover,
        at("2026-12-02 11:00"),
    )
    .unwrap();
    s.tap("A01", Role::Nurse, Task::Handover, at("2026-12-02 11:05"))
        .unwrap();
    assert!(s.running.is_empty());
    assert_eq!(s.records.len(), 4);
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
