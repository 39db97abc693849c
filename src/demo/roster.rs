//! ② 職員名簿の取り込み (roster import): a CSV of name, unit and role becomes members —
//! all rows or none; every bad row is reported with its line and reason.

use super::{Role, UnitId, Workspace};
use crate::csv;

/// Most rows one import takes.
pub const MAX_ROWS: usize = 2_000;
/// Longest name, in characters.
pub const MAX_NAME: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    pub name: String,
    pub unit: UnitId,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The first row is not a header naming 氏名/name, 所属/unit, 役割/role.
    NoHeader,
    /// A quoted field is never closed.
    UnclosedQuote,
    /// The row does not have exactly three fields.
    Columns(usize),
    EmptyName,
    NameTooLong,
    /// No unit of this name in the workspace.
    UnknownUnit(String),
    /// Not 管理者/admin or 職員/staff.
    UnknownRole(String),
    /// The name is already a member, or appears twice in the file.
    Duplicate(String),
    TooManyRows,
    /// The file has a header but no member rows.
    NoRows,
}

/// A problem with a line of the file (1-based; 0 for the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub problem: Problem,
}

fn header_ok(cells: &[String]) -> bool {
    let norm: Vec<String> = cells
        .iter()
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    norm.len() == 3
        && ["氏名", "name", "名前"].contains(&norm[0].as_str())
        && ["所属", "unit", "ユニット"].contains(&norm[1].as_str())
        && ["役割", "role", "権限"].contains(&norm[2].as_str())
}

fn role(text: &str) -> Option<Role> {
    match text.trim().to_ascii_lowercase().as_str() {
        "管理者" | "admin" => Some(Role::Admin),
        "職員" | "スタッフ" | "staff" => Some(Role::Staff),
        _ => None,
    }
}

/// Checks every row against the workspace; the rows to create, or every problem.
pub fn validate(ws: &Workspace, text: &str) -> Result<Vec<RosterRow>, Vec<RowError>> {
    let rows = csv::parse(text).map_err(|csv::CsvError::UnclosedQuote { line }| {
        vec![RowError {
            line,
            problem: Problem::UnclosedQuote,
        }]
    })?;
    let Some(((_, header), body)) = rows.split_first() else {
        return Err(vec![RowError {
            line: 0,
            problem: Problem::NoHeader,
        }]);
    };
    if !header_ok(header) {
        return Err(vec![RowError {
            line: 1,
            problem: Problem::NoHeader,
        }]);
    }
    if body.is_empty() {
        return Err(vec![RowError {
            line: 0,
            problem: Problem::NoRows,
        }]);
    }
    if body.len() > MAX_ROWS {
        return Err(vec![RowError {
            line: 0,
            problem: Problem::TooManyRows,
        }]);
    }
    let mut errors = Vec::new();
    let mut out: Vec<RosterRow> = Vec::new();
    for (line, cells) in body {
        let line = *line;
        let mut bad = |problem| errors.push(RowError { line, problem });
        if cells.len() != 3 {
            bad(Problem::Columns(cells.len()));
            continue;
        }
        let name = cells[0].trim();
        let unit = ws
            .units
            .iter()
            .find(|u| u.name == cells[1].trim())
            .map(|u| u.id);
        let r = role(&cells[2]);
        if name.is_empty() {
            bad(Problem::EmptyName);
        } else if name.chars().count() > MAX_NAME {
            bad(Problem::NameTooLong);
        } else if ws.members.iter().any(|m| m.name == name) || out.iter().any(|o| o.name == name) {
            bad(Problem::Duplicate(name.to_string()));
        }
        if unit.is_none() {
            bad(Problem::UnknownUnit(cells[1].trim().to_string()));
        }
        if r.is_none() {
            bad(Problem::UnknownRole(cells[2].trim().to_string()));
        }
        if let (Some(unit), Some(role)) = (unit, r) {
            out.push(RosterRow {
                name: name.to_string(),
                unit,
                role,
            });
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
