//! ② 職員名簿の取り込み (roster import): a CSV of name, unit and role becomes members —
//! all rows or none; every bad row is reported with its line and reason. Headers,
//! units and roles may be written in Japanese or English (either, whatever the
//! screen's language), in full- or half-width characters, in any case.

use super::{Role, Unit, UnitId, UnitKind, Workspace};
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

/// A cell as it is compared: full-width letters, digits and spaces as half-width,
/// ASCII letters in lower case, `-` and `_` as spaces, runs of spaces as one,
/// trimmed. (Japanese has no case; ASCII-only folding keeps the Unicode case
/// tables out of the app.)
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{3000}' | '-' | '_' => ' ',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        };
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn header_ok(cells: &[String]) -> bool {
    let norm: Vec<String> = cells.iter().map(|c| normalize(c)).collect();
    norm.len() == 3
        && ["氏名", "名前", "name", "full name"].contains(&norm[0].as_str())
        && ["所属", "ユニット", "unit", "team"].contains(&norm[1].as_str())
        && ["役割", "権限", "role"].contains(&norm[2].as_str())
}

fn role(text: &str) -> Option<Role> {
    match normalize(text).as_str() {
        "管理者" | "admin" | "administrator" => Some(Role::Admin),
        "職員" | "スタッフ" | "staff" => Some(Role::Staff),
        _ => None,
    }
}

/// A floor unit's number: `2階` → 2.
fn floor_number(u: &Unit) -> Option<u32> {
    let n = normalize(&u.name);
    n.strip_suffix('階')?.parse().ok()
}

/// A unit's name in English (`Floor 2`, `Day service`, `Home-visit team`); the
/// facility's own name for a unit of no known kind.
pub fn english_name(u: &Unit) -> String {
    match (u.kind, floor_number(u)) {
        (UnitKind::Floor, Some(n)) => format!("Floor {n}"),
        (UnitKind::DayService, _) => "Day service".into(),
        (UnitKind::HomeVisit, _) => "Home-visit team".into(),
        (UnitKind::Floor, None) => u.name.clone(),
    }
}

/// Every name a roster may give a unit, normalized: the facility's own, the English
/// one and common short forms (`2F`, `day care`, `home visit`).
fn unit_names(u: &Unit) -> Vec<String> {
    let mut names = vec![normalize(&u.name), normalize(&english_name(u))];
    match (u.kind, floor_number(u)) {
        (UnitKind::Floor, Some(n)) => {
            names.extend([format!("{n}f"), format!("level {n}"), format!("floor{n}")]);
        }
        (UnitKind::DayService, _) => {
            names.extend(["dayservice", "day care", "daycare", "通所", "デイ"].map(String::from));
        }
        (UnitKind::HomeVisit, _) => {
            names.extend(
                [
                    "home visit",
                    "home visits",
                    "home care",
                    "home care team",
                    "訪問",
                    "訪問介護",
                ]
                .map(String::from),
            );
        }
        (UnitKind::Floor, None) => {}
    }
    names
}

/// The unit a roster cell names, in either language.
pub fn find_unit<'a>(ws: &'a Workspace, text: &str) -> Option<&'a Unit> {
    let want = normalize(text);
    ws.units.iter().find(|u| unit_names(u).contains(&want))
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
        let unit = find_unit(ws, &cells[1]).map(|u| u.id);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::seed::{self, ids::*};

    #[test]
    fn takes_english_or_japanese_words_in_any_width_and_case() {
        let ws = seed::workspace();
        let text = "Name,Unit,Role\n\
            Arata Yamaguchi,Floor 2,Staff\n\
            Ichiro Mori,home-visit team,ADMIN\n\
            Emi Sato,Day Service,スタッフ\n\
            佐藤 二郎,２階,ｓｔａｆｆ\n\
            Ken Ono,1F,職員\n\
            Aya Ito,デイサービス,administrator\n";
        let rows = validate(&ws, text).unwrap();
        let got: Vec<_> = rows.iter().map(|r| (r.unit, r.role)).collect();
        assert_eq!(
            got,
            vec![
                (FLOOR2, Role::Staff),
                (HOME, Role::Admin),
                (DAY, Role::Staff),
                (FLOOR2, Role::Staff),
                (FLOOR1, Role::Staff),
                (DAY, Role::Admin),
            ]
        );
        // Japanese headers work the same, and an English one in full width too.
        assert!(validate(&ws, "氏名,所属,役割\n森 一郎,Floor 1,staff\n").is_ok());
        assert!(validate(&ws, "ｎａｍｅ,ｕｎｉｔ,ｒｏｌｅ\n森 一郎,1階,職員\n").is_ok());
    }

    #[test]
    fn every_unit_has_an_english_name_the_import_takes() {
        let ws = seed::workspace();
        let names: Vec<String> = ws.units.iter().map(english_name).collect();
        assert_eq!(
            names,
            ["Floor 1", "Floor 2", "Day service", "Home-visit team"]
        );
        for u in &ws.units {
            assert_eq!(find_unit(&ws, &english_name(u)).map(|x| x.id), Some(u.id));
            assert_eq!(find_unit(&ws, &u.name).map(|x| x.id), Some(u.id));
        }
        assert_eq!(find_unit(&ws, "Floor 3"), None);
        assert_eq!(find_unit(&ws, "3階"), None);
    }
}
