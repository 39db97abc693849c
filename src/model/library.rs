//! 保存した試算 (saved scenarios): named scenarios kept side by side — save, rename,
//! duplicate, delete — and moved between a laptop and a tablet as one JSON file whose
//! import checks every entry, reports what it could not read and never overwrites or
//! loses what is already saved.

use super::persist::{self, to_map, DecodeError, VERSION};
use super::scenario::Scenario;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Most scenarios kept.
pub const MAX_ITEMS: usize = 50;
/// Longest name, in characters.
pub const MAX_NAME: usize = 40;
/// Version of the export file.
pub const FILE_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// Identity while the app runs (a list key that survives renames and moves);
    /// not written to files.
    pub id: u64,
    pub name: String,
    pub scenario: Scenario,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    pub items: Vec<Saved>,
    next_id: u64,
    /// The estimate deleted last and where it was, until undone or another is
    /// deleted (not written to files).
    pub deleted: Option<Box<(usize, Saved)>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    EmptyName,
    NameTooLong,
    /// Another saved scenario has this name.
    DuplicateName,
    NotFound,
    /// `MAX_ITEMS` are saved already.
    Full,
}

/// Why (part of) a file of saved estimates could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// The file is not a saved-estimates file (not JSON, no version, no list).
    NotAFile,
    /// The file was written by a newer version of the app.
    NewerFile(u32),
    /// An entry has no name or no figures.
    NotAnEstimate,
    /// An entry's figures cannot be used.
    Figures(DecodeError),
    /// An entry's name cannot be used (empty or too long).
    Name(LibraryError),
    /// The library already holds `MAX_ITEMS`.
    Full,
}

/// What an import did: entries added (with their final names), entries renamed to
/// avoid a clash, and entries it could not read (position in the file, reason).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: Vec<String>,
    pub renamed: Vec<(String, String)>,
    /// `None` for a problem with the whole file.
    pub problems: Vec<(Option<usize>, ImportProblem)>,
}

#[derive(Serialize)]
struct File {
    v: u32,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Item {
    name: String,
    /// Version of the scenario record (see `persist`).
    v: u32,
    s: BTreeMap<String, String>,
}

fn clean(name: &str) -> Result<String, LibraryError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(LibraryError::EmptyName);
    }
    if name.chars().count() > MAX_NAME {
        return Err(LibraryError::NameTooLong);
    }
    Ok(name.to_string())
}

impl Library {
    fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Where the saved estimate `id` is in the list.
    pub fn position(&self, id: u64) -> Option<usize> {
        self.items.iter().position(|s| s.id == id)
    }

    pub fn get(&self, id: u64) -> Option<&Saved> {
        self.items.iter().find(|s| s.id == id)
    }

    fn taken(&self, name: &str, except: Option<usize>) -> bool {
        self.items
            .iter()
            .enumerate()
            .any(|(i, s)| Some(i) != except && s.name == name)
    }

    /// `base`, or `base (2)`, `base (3)` … whichever is free.
    pub fn unique_name(&self, base: &str) -> String {
        if !self.taken(base, None) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|n| !self.taken(n, None))
            .unwrap_or_default()
    }

    pub fn save(&mut self, name: &str, scenario: Scenario) -> Result<usize, LibraryError> {
        let name = clean(name)?;
        if self.taken(&name, None) {
            return Err(LibraryError::DuplicateName);
        }
        if self.items.len() >= MAX_ITEMS {
            return Err(LibraryError::Full);
        }
        let id = self.new_id();
        self.items.push(Saved { id, name, scenario });
        Ok(self.items.len() - 1)
    }

    pub fn rename(&mut self, i: usize, name: &str) -> Result<(), LibraryError> {
        let name = clean(name)?;
        if i >= self.items.len() {
            return Err(LibraryError::NotFound);
        }
        if self.taken(&name, Some(i)) {
            return Err(LibraryError::DuplicateName);
        }
        self.items[i].name = name;
        Ok(())
    }

    /// A copy right after the original, named `<name> (2)` or the next free number.
    pub fn duplicate(&mut self, i: usize) -> Result<usize, LibraryError> {
        let original = self.items.get(i).ok_or(LibraryError::NotFound)?.clone();
        if self.items.len() >= MAX_ITEMS {
            return Err(LibraryError::Full);
        }
        let name = self.unique_name(&original.name);
        let id = self.new_id();
        self.items.insert(
            i + 1,
            Saved {
                id,
                name,
                scenario: original.scenario,
            },
        );
        Ok(i + 1)
    }

    /// Deletes the estimate at `i`; `undo_delete` brings it back.
    pub fn delete(&mut self, i: usize) -> Result<Saved, LibraryError> {
        if i >= self.items.len() {
            return Err(LibraryError::NotFound);
        }
        let gone = self.items.remove(i);
        self.deleted = Some(Box::new((i, gone.clone())));
        Ok(gone)
    }

    /// Puts back the estimate deleted last (see `restore`).
    pub fn undo_delete(&mut self) -> Result<usize, LibraryError> {
        let (i, saved) = *self.deleted.take().ok_or(LibraryError::NotFound)?;
        self.restore(i, saved)
    }

    /// Puts back an estimate just deleted (undo), at `i` or the end: under its own
    /// name, or the next free `name (n)` if that was taken meanwhile.
    pub fn restore(&mut self, i: usize, saved: Saved) -> Result<usize, LibraryError> {
        if self.items.len() >= MAX_ITEMS {
            return Err(LibraryError::Full);
        }
        let name = self.unique_name(&saved.name);
        let at = i.min(self.items.len());
        self.items.insert(at, Saved { name, ..saved });
        Ok(at)
    }

    /// Every saved scenario as one JSON file.
    pub fn export_json(&self) -> String {
        let items = self
            .items
            .iter()
            .map(|s| Item {
                name: s.name.clone(),
                v: VERSION,
                s: to_map(&s.scenario),
            })
            .collect();
        serde_json::to_string(&File {
            v: FILE_VERSION,
            items,
        })
        .unwrap_or_default()
    }

    /// Adds the readable entries of an export file; a name already in use gets a
    /// number; nothing saved is changed or removed.
    pub fn import_json(&mut self, text: &str) -> ImportReport {
        let mut report = ImportReport::default();
        let file: Value = match serde_json::from_str(text.trim_start_matches('\u{feff}')) {
            Ok(v) => v,
            Err(_) => {
                report.problems.push((None, ImportProblem::NotAFile));
                return report;
            }
        };
        let version = file.get("v").and_then(Value::as_u64);
        let items = file.get("items").and_then(Value::as_array);
        let (Some(version), Some(items)) = (version, items) else {
            report.problems.push((None, ImportProblem::NotAFile));
            return report;
        };
        if version == 0 {
            report.problems.push((None, ImportProblem::NotAFile));
            return report;
        }
        if version > u64::from(FILE_VERSION) {
            let v = u32::try_from(version).unwrap_or(u32::MAX);
            report.problems.push((None, ImportProblem::NewerFile(v)));
            return report;
        }
        for (i, item) in items.iter().enumerate() {
            match self.import_one(item) {
                Ok((name, final_name)) => {
                    if final_name != name {
                        report.renamed.push((name, final_name.clone()));
                    }
                    report.added.push(final_name);
                }
                Err(p) => report.problems.push((Some(i), p)),
            }
        }
        report
    }

    /// Adds one entry of a file: its name as read, and as saved.
    fn import_one(&mut self, item: &Value) -> Result<(String, String), ImportProblem> {
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .ok_or(ImportProblem::NotAnEstimate)?;
        if item.get("s").is_none() {
            return Err(ImportProblem::NotAnEstimate);
        }
        let scenario = persist::from_value(item).map_err(|e| match e {
            DecodeError::NotRecord => ImportProblem::NotAnEstimate,
            e => ImportProblem::Figures(e),
        })?;
        let name = clean(name).map_err(ImportProblem::Name)?;
        if self.items.len() >= MAX_ITEMS {
            return Err(ImportProblem::Full);
        }
        let final_name = self.unique_name(&name);
        let id = self.new_id();
        self.items.push(Saved {
            id,
            name: final_name.clone(),
            scenario,
        });
        Ok((name, final_name))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_deleted_estimate_comes_back_where_it_was() {
        let mut lib = Library::default();
        for n in ["A", "B", "C"] {
            lib.save(n, crate::model::Preset::Brochure.scenario())
                .unwrap();
        }
        lib.delete(1).unwrap();
        assert_eq!(lib.undo_delete(), Ok(1));
        assert_eq!(lib.undo_delete(), Err(LibraryError::NotFound), "once");
        let names: Vec<_> = lib.items.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C"]);
        // Its name taken meanwhile: it comes back numbered, nothing is replaced.
        let gone = lib.delete(1).unwrap();
        lib.save("B", crate::model::Preset::HomeVisit.scenario())
            .unwrap();
        assert_eq!(lib.restore(9, gone), Ok(3));
        assert_eq!(lib.items[3].name, "B (2)");
        assert_eq!(lib.items.len(), 4);
    }

    use super::*;
    use crate::model::num::Num;
    use crate::model::presets::Preset;
    use proptest::prelude::*;

    fn lib() -> Library {
        let mut l = Library::default();
        l.save("本館（パンフレット例）", Preset::Brochure.scenario())
            .unwrap();
        let mut s = Preset::DayService.scenario();
        s.wage = Num::whole(1_230);
        l.save("デイ 控えめ", s).unwrap();
        l
    }

    #[test]
    fn save_rename_duplicate_delete() {
        let mut l = lib();
        assert_eq!(
            l.save(" 本館（パンフレット例） ", Preset::Brochure.scenario()),
            Err(LibraryError::DuplicateName)
        );
        assert_eq!(
            l.save("   ", Preset::Brochure.scenario()),
            Err(LibraryError::EmptyName)
        );
        assert_eq!(
            l.save(&"あ".repeat(41), Preset::Brochure.scenario()),
            Err(LibraryError::NameTooLong)
        );
        assert_eq!(l.duplicate(0), Ok(1));
        assert_eq!(l.items[1].name, "本館（パンフレット例） (2)");
        assert_eq!(l.duplicate(0), Ok(1));
        assert_eq!(l.items[1].name, "本館（パンフレット例） (3)");
        assert_eq!(l.rename(1, "デイ 控えめ"), Err(LibraryError::DuplicateName));
        assert_eq!(l.rename(1, "別館"), Ok(()));
        assert_eq!(l.rename(1, "別館"), Ok(()), "its own name is fine");
        assert_eq!(l.delete(1).unwrap().name, "別館");
        assert_eq!(l.delete(9), Err(LibraryError::NotFound));
        assert_eq!(l.items.len(), 3);
    }

    #[test]
    fn a_full_library_says_so() {
        let mut l = Library::default();
        for i in 0..MAX_ITEMS {
            l.save(&format!("案{i}"), Preset::Brochure.scenario())
                .unwrap();
        }
        assert_eq!(
            l.save("もう1つ", Preset::Brochure.scenario()),
            Err(LibraryError::Full)
        );
        assert_eq!(l.duplicate(0), Err(LibraryError::Full));
    }

    #[test]
    fn export_import_moves_everything_and_renames_clashes() {
        let from = lib();
        let file = from.export_json();
        let mut to = Library::default();
        to.save("デイ 控えめ", Preset::HomeVisit.scenario())
            .unwrap();
        let report = to.import_json(&file);
        assert_eq!(report.problems, vec![]);
        assert_eq!(
            report.added,
            vec![
                "本館（パンフレット例）".to_string(),
                "デイ 控えめ (2)".to_string()
            ]
        );
        assert_eq!(
            report.renamed,
            vec![("デイ 控えめ".to_string(), "デイ 控えめ (2)".to_string())]
        );
        assert_eq!(
            to.items[0].scenario,
            Preset::HomeVisit.scenario(),
            "what was saved is untouched"
        );
        assert_eq!(to.items[2].scenario, from.items[1].scenario);
    }

    #[test]
    fn import_reports_each_bad_entry_and_keeps_the_good_ones() {
        let file = lib().export_json();
        let mut v: serde_json::Value = serde_json::from_str(&file).unwrap();
        let items = v["items"].as_array_mut().unwrap();
        let mut bad_value = items[0].clone();
        bad_value["s"]["wage"] = "999999".into();
        let mut no_name = items[0].clone();
        no_name["name"] = "  ".into();
        let mut future = items[0].clone();
        future["v"] = 9.into();
        items.push(bad_value);
        items.push(serde_json::json!({"what": "else"}));
        items.push(no_name);
        items.push(future);
        let mut l = Library::default();
        let report = l.import_json(&v.to_string());
        assert_eq!(report.added.len(), 2);
        use crate::model::Field;
        assert_eq!(
            report.problems,
            vec![
                (
                    Some(2),
                    ImportProblem::Figures(DecodeError::OutOfRange(Field::Wage))
                ),
                (Some(3), ImportProblem::NotAnEstimate),
                (Some(4), ImportProblem::Name(LibraryError::EmptyName)),
                (
                    Some(5),
                    ImportProblem::Figures(DecodeError::FutureVersion(9))
                ),
            ]
        );
        // Not a file at all: nothing changes.
        let before = l.clone();
        let report = l.import_json("名前,所属\n");
        assert_eq!(report.problems, vec![(None, ImportProblem::NotAFile)]);
        assert_eq!(l, before);
        assert_eq!(
            l.import_json(r#"{"v":7,"items":[]}"#).problems,
            vec![(None, ImportProblem::NewerFile(7))]
        );
        assert_eq!(
            l.import_json(r#"{"v":1}"#).problems,
            vec![(None, ImportProblem::NotAFile)]
        );
    }

    proptest! {
        #[test]
        fn import_never_panics_nor_loses_saved_items(text in "\\PC{0,200}") {
            let mut l = lib();
            let before = l.items.clone();
            let _ = l.import_json(&text);
            prop_assert_eq!(&l.items[..before.len()], &before[..]);
        }
    }
}
