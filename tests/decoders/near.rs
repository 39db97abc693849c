//! Text near the formats of the time study's stored study and records file:
//! mostly what the format holds, now and then one value it refuses, so that
//! many open and the rest are refused at one place.

use super::*;

/// A stored time study near the format: any version, settings, runs and records
/// whose fields are mostly what the format holds (now and then a value it
/// refuses, a list one field short or long, a value of another kind, a key
/// missing), so that many open and the rest are refused at one place.
pub fn near_stored_study() -> impl Strategy<Value = String> {
    let tasks: Vec<Value> = Task::ALL.iter().map(|t| json!(t.key())).collect();
    let phases = [json!("before"), json!("after1"), json!("after2")];
    let roles: Vec<Value> = Role::ALL.iter().map(|r| json!(r.key())).collect();
    // Around December 2026, now and then at or past the years a study may hold.
    let edges = vec![
        946_684_799i64,
        946_684_800,
        4_102_444_799,
        4_102_444_800,
        -1,
        i64::MAX,
    ];
    let time = move || {
        prop_oneof![
            19 => 1_796_200_000i64..1_796_400_000,
            1 => prop::sample::select(edges.clone()),
        ]
    };
    let longest = MAX_MINUTES * 60;
    let length =
        prop_oneof![19 => 1..=longest, 1 => prop::sample::select(vec![-60, 0, longest + 1])];
    let record = (
        "[a-z0-9]{1,4}-[0-9]{1,3}|\\PC{0,4}",
        mostly(&tasks, &[json!("lunch"), json!(1)]),
        (time(), length),
        mostly(&[json!("day"), json!("night")], &[json!("dusk")]),
        mostly(&phases, &[json!("later")]),
        "\\PC{0,5}",
        mostly(&roles, &[json!("boss")]),
        mostly(&[json!(false), json!(true)], &[json!(0)]),
        mostly(&[json!(0), json!(1)], &[json!(2), json!(true)]),
    )
        .prop_map(
            |(id, task, (start, len), shift, phase, staff, role, failed, sheet)| {
                let end = json!(start.saturating_add(len));
                let start = json!(start);
                vec![
                    id.into(),
                    task,
                    start,
                    end,
                    shift,
                    phase,
                    staff.into(),
                    role,
                    failed,
                    sheet,
                ]
            },
        );
    let run = (
        "\\PC{0,5}",
        mostly(&roles, &[json!("boss")]),
        mostly(&tasks, &[json!("lunch")]),
        time(),
        mostly(&phases, &[json!(null)]),
    )
        .prop_map(|(staff, role, task, start, phase)| {
            vec![staff.into(), role, task, json!(start), phase]
        });
    let minutes = || mostly(&[0u64, 420, 480, 1140, 1230, 1439], &[1440, u64::MAX]);
    let settings = (
        mostly(&[1u64, 2, 3, 4], &[0, 5]),
        "\\PC{0,6}",
        mostly(&[1u64, 2, 15, 20_001], &[u64::MAX]),
        mostly(&phases, &[json!("later")]),
        minutes(),
        minutes(),
    );
    // (what: records, running or a key; which; how)
    let mangles = proptest::collection::vec((0u8..3, any::<prop::sample::Index>(), 0u8..3), 0..2);
    (
        settings,
        proptest::collection::vec(run, 0..3),
        proptest::collection::vec(record, 0..6),
        mangles,
    )
        .prop_map(
            |((v, device, next, phase, day, night), mut runs, mut records, mangles)| {
                // Each version's lists: version 1 runs have no phase, records before 3 no sheet.
                for r in &mut runs {
                    r.truncate(if v == 1 { 4 } else { 5 });
                }
                for r in &mut records {
                    r.truncate(if v < 3 { 9 } else { 10 });
                }
                let mut doc = json!({
                    "v": v,
                    "device": device,
                    "next": next,
                    "phase": phase,
                    "day": day,
                    "night": night,
                    "running": runs,
                    "records": records,
                });
                let top = doc.as_object_mut().expect("an object");
                const KEYS: [&str; 8] = [
                    "day", "device", "next", "night", "phase", "records", "running", "v",
                ];
                for (what, at, how) in mangles {
                    if what == 2 {
                        top.remove(KEYS[at.index(KEYS.len())]);
                        continue;
                    }
                    let list = &mut top[if what == 0 { "records" } else { "running" }];
                    let Some(items) = list.as_array_mut().filter(|l| !l.is_empty()) else {
                        continue;
                    };
                    let i = at.index(items.len());
                    let item = items[i].as_array_mut().expect("a list");
                    match how {
                        0 => {
                            item.pop();
                        }
                        1 => item.push(json!(0)),
                        _ => {
                            let j = at.index(item.len());
                            item[j] = Value::Null;
                        }
                    }
                }
                doc.to_string()
            },
        )
}

/// A records file near the format: the header in Japanese or English, optional
/// columns left out, cells mostly as people and Excel write them (either name of
/// a value, full width, blanks around, other time forms) and now and then one
/// the import refuses.
pub fn near_records_file() -> impl Strategy<Value = String> {
    // The columns in `file::export` order: (Japanese, English, optional).
    const COLUMNS: [(&str, &str, bool); 10] = [
        ("記録ID", "id", true),
        ("業務", "task", false),
        ("開始", "start", false),
        ("終了", "end", false),
        ("勤務帯", "shift", true),
        ("時期", "phase", true),
        ("職員コード", "staff", false),
        ("職種", "role", true),
        ("不通", "failed", true),
        ("記録方法", "method", true),
    ];
    let full_width = |t: &str| -> String {
        t.chars()
            .map(|c| match c {
                '!'..='~' => char::from_u32(c as u32 + 0xfee0).unwrap_or(c),
                ' ' => '\u{3000}',
                c => c,
            })
            .collect()
    };
    let time_text = move |t: WallTime, form: u8| -> String {
        let text = t.text();
        match form {
            0 => text,
            1 => {
                // Excel's form: 2026/12/2 8:30.
                let (y, m, d) = t.date();
                let minute = t.minute_of_day();
                format!("{y}/{m}/{d} {}:{:02}", minute / 60, minute % 60)
            }
            2 => full_width(&text),
            _ => text.replace(' ', "T"),
        }
    };
    let row = (
        "[a-z0-9_-]{1,6}",
        mostly(
            &[
                "申し送り",
                "連絡ノート",
                "電話連絡",
                "印刷・掲示",
                "直接介護",
                "間接業務",
                "巡回・移動",
                "見守り機器の使用・確認",
                "その他の間接業務",
                "その他の記録・文書作成・連絡調整等",
                "休憩・待機",
                "その他",
                "phone",
                "Direct-Care",
                " 申し送り ",
            ],
            &["lunch", ""],
        ),
        (
            0i64..3 * 1440,
            mostly(&[1i64, 3, 10, 45, 720], &[0, 721]),
            0u8..4,
            0u8..4,
        ),
        mostly(&["昼", "夜", "日勤", "夜勤", "night", ""], &["dusk"]),
        mostly(
            &["事前", "事後①", "事後②", "事後1", "事後２", "after2", ""],
            &["later"],
        ),
        (
            mostly(
                &["A01", "b-2", "Ｃ０３", " N1 ", "=1+1", "'x", "山田"],
                &["", "a,b", "\"q\""],
            ),
            any::<bool>(),
        ),
        mostly(
            &[
                "介護職員",
                "看護職員",
                "相談員",
                "介護支援専門員",
                "管理者",
                "その他",
                "nurse",
                "",
            ],
            &["boss"],
        ),
        mostly(&["", "1", "0", "〇", "yes", "ｔｒｕｅ"], &["maybe"]),
        mostly(&["タップ", "10分記録", "１０分", "sheet", ""], &["paper"]),
    )
        .prop_map(
            move |(
                id,
                task,
                (minute, len, start_form, end_form),
                shift,
                phase,
                (staff, wide),
                role,
                failed,
                method,
            )| {
                let start = WallTime(1_796_169_600 + minute * 60);
                let end = start.plus_seconds(len * 60);
                let staff = if wide {
                    full_width(staff)
                } else {
                    staff.to_string()
                };
                [
                    id,
                    task.to_string(),
                    time_text(start, start_form),
                    time_text(end, end_form),
                    shift.into(),
                    phase.into(),
                    staff,
                    role.into(),
                    failed.into(),
                    method.into(),
                ]
            },
        );
    (
        proptest::collection::vec(any::<bool>(), COLUMNS.len()),
        any::<bool>(),
        proptest::collection::vec(row, 1..6),
        prop_oneof![Just("\r\n"), Just("\n")],
    )
        .prop_map(|(keep, english, rows, end)| {
            let shown: Vec<usize> = (0..COLUMNS.len())
                .filter(|&c| !COLUMNS[c].2 || keep[c])
                .collect();
            let mut table = vec![shown
                .iter()
                .map(|&c| if english { COLUMNS[c].1 } else { COLUMNS[c].0 }.to_string())
                .collect::<Vec<_>>()];
            table.extend(
                rows.into_iter()
                    .map(|r| shown.iter().map(|&c| r[c].clone()).collect()),
            );
            table
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| csv::field(c))
                        .collect::<Vec<_>>()
                        .join(",")
                        + end
                })
                .collect()
        })
}
