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
/// A column's Japanese name, as the file's Japanese header writes it (its first
/// name), from its English key.
pub fn japanese_name(key: &str) -> Option<&'static str> {
    COLUMNS.iter().find(|c| c.0 == key).map(|c| c.1[0])
}

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
mod tests;
