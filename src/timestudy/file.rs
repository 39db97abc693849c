//! Time-study files: the records as CSV (to merge devices and for Excel), and
//! the import of a time study done elsewhere. This module owns the file format:
//! its column names and the names of the values, which never change.
//!
//! One record a row, under a header row; `export` writes every column, in this
//! order, with the Japanese names; `import` finds the columns by name, in any
//! order, each named in Japanese or by its English key:
//!
//! | column | key | value | when missing |
//! |---|---|---|---|
//! | 記録ID | id | letters, digits, `-`, `_` (at most 40) | `imp-` + 16 hex digits of the row's SHA-256 |
//! | 業務 | task | a name of `TASKS` (申し送り, 連絡ノート, … 巡回・移動, … 他の職員に対する指導・教育, … その他の間接業務(19), 休憩・待機, その他) | required |
//! | 開始 | start | `2026-12-02 08:30:00` (also `2026/12/2 8:30`) | required |
//! | 終了 | end | the same; after the start, at most 12 hours later | required |
//! | 勤務帯 (勤務) | shift | 昼, 夜 (also 日勤, 夜勤) | the study's shift times |
//! | 時期 (区分, フェーズ) | phase | 事前, 事後①, 事後② (also 事後1, 事後2) | the study's phase |
//! | 職員コード (職員) | staff | a short code, never a name | required |
//! | 職種 | role | 介護職員, 看護職員, 相談員, 介護支援専門員, 管理者, その他 | 介護職員 |
//! | 不通 | failed | `1` or empty (also 0, true/false, yes/no, 〇) | not failed |
//! | 記録方法 | method | タップ, 10分記録 (`tap`, `sheet`: the 10-minute sheet, `sheet`) | タップ |
//!
//! Every value may also be its English key (`handover`, `day`, `after1`, `nurse`).
//! An import is all or nothing: any bad row and nothing is added, every bad row
//! reported with its line. Records merge by id: a record already held is skipped
//! as a duplicate, one held with other content is a conflict (ours is kept).
//!
//! A file is read in UTF-8 (with or without BOM) or Shift_JIS (Japanese Excel's
//! 「CSV（コンマ区切り）」), see `decode`; its cells are read as typed values are,
//! full width folded (`Ａ０１` is the staff code `A01`, `２０２６／１２／２　８：３０` a time).

use super::record::{
    staff_code, Phase, Record, Role, Shift, Study, StudyError, Task, MAX_MINUTES, MAX_RECORDS,
};
use super::time::WallTime;
use crate::csv;
use crate::model::num::fold_width;
use crate::sha256::{hex, sha256};
use std::collections::HashMap;

/// The names of each value; the first name of a value is the one written.
/// Names never change: `その他の間接業務` is B 13–19 as one, as files of
/// version 4's time were written, so B 19 alone is `その他の間接業務(19)`.
const TASKS: [(Task, &str); 19] = [
    (Task::Handover, "申し送り"),
    (Task::Notebook, "連絡ノート"),
    (Task::Phone, "電話連絡"),
    (Task::Printing, "印刷・掲示"),
    (Task::Records, "その他の記録・文書作成・連絡調整等"),
    (Task::DirectCare, "直接介護"),
    (Task::Rounds, "巡回・移動"),
    (Task::Monitoring, "見守り機器の使用・確認"),
    (Task::Instruction, "他の職員に対する指導・教育"),
    (Task::Meals, "朝食・おやつの配膳・下膳等"),
    (Task::BathPrep, "入浴業務の準備等"),
    (Task::Linen, "リネン交換・ベッドメイク"),
    (Task::Cleaning, "居室清掃・片付け"),
    (Task::Infection, "消毒などの感染症対応"),
    (Task::MiscIndirect, "その他の間接業務(19)"),
    // Written before B 13–19 were offered one by one: any of them.
    (Task::OtherIndirect, "その他の間接業務"),
    // Written by versions before the guideline's B codes: any B work but the four.
    (Task::Indirect, "間接業務"),
    (Task::Break, "休憩・待機"),
    (Task::Other, "その他"),
];
const SHIFTS: [(Shift, &str); 4] = [
    (Shift::Day, "昼"),
    (Shift::Night, "夜"),
    (Shift::Day, "日勤"),
    (Shift::Night, "夜勤"),
];
const PHASES: [(Phase, &str); 7] = [
    (Phase::Before, "事前"),
    (Phase::After1, "事後①"),
    (Phase::After2, "事後②"),
    (Phase::After1, "事後1"),
    (Phase::After2, "事後2"),
    (Phase::After1, "事後１"),
    (Phase::After2, "事後２"),
];
const ROLES: [(Role, &str); 6] = [
    (Role::CareWorker, "介護職員"),
    (Role::Nurse, "看護職員"),
    (Role::Counselor, "相談員"),
    (Role::CareManager, "介護支援専門員"),
    (Role::Manager, "管理者"),
    (Role::Other, "その他"),
];
const FAILED: [(bool, &str); 9] = [
    (true, "1"),
    (false, ""),
    (false, "0"),
    (true, "true"),
    (false, "false"),
    (true, "yes"),
    (false, "no"),
    (true, "〇"),
    (true, "○"),
];

/// How a record was made (`Record::sheet`).
const METHODS: [(bool, &str); 3] = [(false, "タップ"), (true, "10分記録"), (true, "10分")];

const fn method_key(sheet: bool) -> &'static str {
    if sheet {
        "sheet"
    } else {
        "tap"
    }
}

/// The columns in the order written: the English key, then the Japanese names
/// (the first is the one written).
const COLUMNS: [(&str, &[&str]); 10] = [
    ("id", &["記録ID"]),
    ("task", &["業務"]),
    ("start", &["開始"]),
    ("end", &["終了"]),
    ("shift", &["勤務帯", "勤務"]),
    ("phase", &["時期", "区分", "フェーズ"]),
    ("staff", &["職員コード", "職員"]),
    ("role", &["職種"]),
    ("failed", &["不通"]),
    ("method", &["記録方法"]),
];
const ID: usize = 0;
const TASK: usize = 1;
const START: usize = 2;
const END: usize = 3;
const SHIFT: usize = 4;
const PHASE: usize = 5;
const STAFF: usize = 6;
const ROLE: usize = 7;
const FAILED_COL: usize = 8;
const METHOD: usize = 9;
const REQUIRED: [usize; 4] = [TASK, START, END, STAFF];

/// Longest record id read.
pub const MAX_ID: usize = 40;
/// Longest offending text a problem carries, in characters.
const MAX_SHOWN: usize = 40;

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Records added to the study.
    pub added: usize,
    /// Rows already in the study (or earlier in the file) with the same content.
    pub duplicates: usize,
    /// `(line, id)` of rows whose id the study holds with other content (ours kept).
    pub conflicts: Vec<(usize, String)>,
}

/// Why a file was not imported (nothing was added).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but blanks.
    Empty,
    /// A quoted cell is never closed (the line it opens on).
    Unreadable { line: usize },
    /// The first row names none of the columns.
    NoHeader,
    /// The header lacks these required columns (their English keys).
    MissingColumns(Vec<&'static str>),
    /// Two header cells name the same column (its English key).
    DuplicateColumn(&'static str),
    /// A header and no rows.
    NoRows,
    /// Rows with problems, in file order.
    Rows(Vec<RowError>),
    /// The study would hold more than `MAX_RECORDS`: `adding` new records, `room` for.
    TooMany { adding: usize, room: usize },
}

/// A problem with a row, on its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: Problem,
}

/// What is wrong with a row (offending texts trimmed and cut to 40 characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not as many cells as the header.
    Cells {
        found: usize,
        expected: usize,
    },
    UnknownTask(String),
    UnknownShift(String),
    UnknownPhase(String),
    UnknownRole(String),
    UnknownFailed(String),
    UnknownMethod(String),
    BadStart(String),
    BadEnd(String),
    EndNotAfterStart,
    /// Start and end the same whole minute: what a record under a minute becomes
    /// when Excel saves the file again (its date format drops the seconds).
    SameMinute,
    /// Longer than `record::MAX_MINUTES`.
    TooLong,
    NoStaff,
    /// Too long or holding a comma, quote or control character.
    BadStaff(String),
    /// Empty, longer than `MAX_ID`, or other than ASCII letters, digits, `-`, `_`.
    BadId(String),
    /// The id is on an earlier row with other content.
    IdTwice(String),
}

fn name<T: Copy + PartialEq>(table: &[(T, &'static str)], v: T) -> &'static str {
    table.iter().find(|e| e.0 == v).map_or("", |e| e.1)
}

/// The value a cell names (a name of the table or an English key, any ASCII case,
/// full width too).
fn value<T: Copy>(table: &[(T, &str)], key: fn(T) -> &'static str, text: &str) -> Option<T> {
    let t = fold_width(text).to_ascii_lowercase();
    let t = t.as_str();
    table
        .iter()
        .find(|e| e.1 == t || key(e.0) == t)
        .map(|e| e.0)
}

/// A cell without surrounding blanks (and the BOM Excel may leave on the first).
fn clean(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == csv::BOM)
}

fn cut(s: &str) -> String {
    s.chars().take(MAX_SHOWN).collect()
}

/// The encodings a file is read in, in this order (as the browser's
/// `TextDecoder` names them): UTF-8, with or without BOM (this app's export),
/// then Shift_JIS (Japanese Excel's 「CSV（コンマ区切り）」).
pub const ENCODINGS: [&str; 2] = ["utf-8", "shift_jis"];

/// A file in none of `ENCODINGS` (UTF-16, a spreadsheet's own format, an image …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownEncoding;

/// The text of a file: the first of `ENCODINGS` that `decode` reads, where
/// `decode(encoding)` is a strict decoder of the file's bytes (`None` on any
/// byte sequence the encoding does not have; a leading BOM dropped). A text with
/// a NUL is not taken: no CSV holds one, and UTF-16 of plain ASCII would
/// otherwise read as UTF-8.
pub fn decode(
    mut decode: impl FnMut(&'static str) -> Option<String>,
) -> Result<String, UnknownEncoding> {
    ENCODINGS
        .into_iter()
        .find_map(|e| decode(e).filter(|t| !t.contains('\0')))
        .ok_or(UnknownEncoding)
}

/// The records as CSV, one row each, under the Japanese header.
pub fn export(records: &[Record]) -> String {
    let mut rows: Vec<Vec<String>> = vec![COLUMNS.iter().map(|c| c.1[0].to_string()).collect()];
    rows.extend(records.iter().map(|r| {
        vec![
            r.id.clone(),
            name(&TASKS, r.task).into(),
            r.start.text(),
            r.end.text(),
            name(&SHIFTS, r.shift).into(),
            name(&PHASES, r.phase).into(),
            r.staff.clone(),
            name(&ROLES, r.role).into(),
            if r.failed { "1" } else { "" }.into(),
            name(&METHODS, r.sheet).into(),
        ]
    }));
    csv::write(&rows)
}

/// The value of a cell (none for a missing column: empty), or its problem pushed to `p`.
fn read<T>(
    p: &mut Vec<Problem>,
    text: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    bad: fn(String) -> Problem,
) -> Option<T> {
    let t = text.unwrap_or_default();
    let v = parse(t);
    if v.is_none() {
        p.push(bad(cut(t)));
    }
    v
}

/// The record of a row, or its problems (pushed to `p`).
fn read_row(
    study: &Study,
    col: &[Option<usize>; COLUMNS.len()],
    cells: &[String],
    p: &mut Vec<Problem>,
) -> Option<Record> {
    let cell = |c: usize| col[c].map(|i| clean(&cells[i]));
    // Optional columns: an empty cell takes the default too.
    let opt = |c: usize| cell(c).filter(|t| !t.is_empty());
    let task = read(
        p,
        cell(TASK),
        |t| value(&TASKS, Task::key, t),
        Problem::UnknownTask,
    );
    let start = read(p, cell(START), WallTime::parse, Problem::BadStart);
    let end = read(p, cell(END), WallTime::parse, Problem::BadEnd);
    let shift = match opt(SHIFT) {
        Some(t) => read(
            p,
            Some(t),
            |t| value(&SHIFTS, Shift::key, t),
            Problem::UnknownShift,
        ),
        None => start.map(|s| study.shift_at(s)),
    };
    let phase = match opt(PHASE) {
        Some(t) => read(
            p,
            Some(t),
            |t| value(&PHASES, Phase::key, t),
            Problem::UnknownPhase,
        ),
        None => Some(study.phase),
    };
    let role = match opt(ROLE) {
        Some(t) => read(
            p,
            Some(t),
            |t| value(&ROLES, Role::key, t),
            Problem::UnknownRole,
        ),
        None => Some(Role::CareWorker),
    };
    let failed = read(
        p,
        cell(FAILED_COL),
        |t| {
            let t = fold_width(t).to_ascii_lowercase();
            FAILED.iter().find(|e| e.1 == t).map(|e| e.0)
        },
        Problem::UnknownFailed,
    );
    let sheet = match opt(METHOD) {
        Some(t) => read(
            p,
            Some(t),
            |t| value(&METHODS, method_key, t),
            Problem::UnknownMethod,
        ),
        None => Some(false),
    };
    let staff = match staff_code(cell(STAFF).unwrap_or_default()) {
        Ok(s) => Some(s),
        Err(StudyError::NoStaff) => {
            p.push(Problem::NoStaff);
            None
        }
        Err(_) => {
            p.push(Problem::BadStaff(cut(cell(STAFF).unwrap_or_default())));
            None
        }
    };
    let id = cell(ID).map(|t| {
        let ok = !t.is_empty()
            && t.len() <= MAX_ID
            && t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !ok {
            p.push(Problem::BadId(cut(t)));
        }
        t.to_string()
    });
    if let (Some(s), Some(e)) = (start, end) {
        if e == s && s.0 % 60 == 0 {
            p.push(Problem::SameMinute);
        } else if e <= s {
            p.push(Problem::EndNotAfterStart);
        } else if e.0 - s.0 > MAX_MINUTES * 60 {
            p.push(Problem::TooLong);
        }
    }
    let (
        Some(task),
        Some(start),
        Some(end),
        Some(shift),
        Some(phase),
        Some(staff),
        Some(role),
        Some(failed),
        Some(sheet),
    ) = (task, start, end, shift, phase, staff, role, failed, sheet)
    else {
        return None;
    };
    if !p.is_empty() {
        return None;
    }
    let id = id.unwrap_or_else(|| {
        let content = [task.key(), &start.text(), &end.text(), &staff, phase.key()].join("\n");
        format!("imp-{}", &hex(&sha256(content.as_bytes()))[..16])
    });
    Some(Record {
        id,
        task,
        start,
        end,
        shift,
        phase,
        staff,
        role,
        // A failed call is an occurrence: never a sheet record.
        failed: failed && task == Task::Phone && !sheet,
        sheet,
    })
}

/// Merges a file (this app's export from another device, or a time study done
/// elsewhere) into the study, all or nothing; the study keeps its time order.
pub fn import(study: &mut Study, text: &str) -> Result<ImportReport, ImportError> {
    if clean(text).is_empty() {
        return Err(ImportError::Empty);
    }
    let rows = csv::parse(text)
        .map_err(|csv::CsvError::UnclosedQuote { line }| ImportError::Unreadable { line })?;
    let Some(((_, header), body)) = rows.split_first() else {
        return Err(ImportError::Empty);
    };
    let mut col = [None; COLUMNS.len()];
    for (i, h) in header.iter().enumerate() {
        let h = clean(h).to_ascii_lowercase();
        let found = COLUMNS.iter().position(|(key, names)| {
            *key == h || names.iter().any(|n| n.to_ascii_lowercase() == h)
        });
        if let Some(c) = found {
            if col[c].replace(i).is_some() {
                return Err(ImportError::DuplicateColumn(COLUMNS[c].0));
            }
        }
    }
    if col.iter().all(Option::is_none) {
        return Err(ImportError::NoHeader);
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|&&c| col[c].is_none())
        .map(|&c| COLUMNS[c].0)
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::MissingColumns(missing));
    }
    if body.is_empty() {
        return Err(ImportError::NoRows);
    }
    let width = header.len();
    let mut report = ImportReport::default();
    let mut errors = Vec::new();
    // The first row of each id, and where it is in `file`.
    let mut file: Vec<(usize, Record)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, cells) in body {
        let mut p = Vec::new();
        // Cells beyond the header's may be there when empty (Excel leaves some).
        if cells.len() < width || cells[width..].iter().any(|c| !clean(c).is_empty()) {
            p.push(Problem::Cells {
                found: cells.len(),
                expected: width,
            });
        } else if let Some(rec) = read_row(study, &col, cells, &mut p) {
            match seen.get(&rec.id) {
                Some(&i) if file[i].1 == rec => report.duplicates += 1,
                Some(_) => p.push(Problem::IdTwice(cut(&rec.id))),
                None => {
                    seen.insert(rec.id.clone(), file.len());
                    file.push((*line, rec));
                }
            }
        }
        errors.extend(p.into_iter().map(|problem| RowError {
            line: *line,
            problem,
        }));
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let held: HashMap<&str, &Record> = study.records.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut new = Vec::new();
    for (line, rec) in file {
        match held.get(rec.id.as_str()) {
            Some(&ours) if *ours == rec => report.duplicates += 1,
            Some(_) => report.conflicts.push((line, rec.id)),
            None => new.push(rec),
        }
    }
    let room = MAX_RECORDS.saturating_sub(study.records.len());
    if new.len() > room {
        return Err(ImportError::TooMany {
            adding: new.len(),
            room,
        });
    }
    // This device's own ids coming back: its next record gets a new number.
    let prefix = format!("{}-", study.device);
    for r in &new {
        if let Some(n) =
            r.id.strip_prefix(&prefix)
                .and_then(|n| n.parse::<u64>().ok())
        {
            study.next = study.next.max(n.saturating_add(1));
        }
    }
    // Merged in time order, so that each insert lands at the end (an insert into
    // the middle of 20,000 records would move them all).
    new.sort_unstable_by_key(|r| r.start);
    let mut ours = std::mem::take(&mut study.records).into_iter().peekable();
    study.records.reserve(ours.len() + new.len());
    for rec in new {
        study.records.extend(std::iter::from_fn(|| {
            ours.next_if(|o| o.start <= rec.start)
        }));
        if study.insert(rec).is_ok() {
            report.added += 1;
        }
    }
    study.records.extend(ours);
    Ok(report)
}

#[cfg(test)]
mod tests {
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
}
