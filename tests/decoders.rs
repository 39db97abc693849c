//! Every decoder survives anything: arbitrary text, arbitrary bytes and small edits of
//! real files (the golden corpus) fed to the share-link query, the stored record, the
//! saved-estimates import, the roster CSV, the time-study CSV, the demo snapshot and
//! the number parser.
//! Never a panic; always a typed error or a value within the field limits.
//!
//! `make test` runs each property with proptest's default number of cases; `make
//! fuzz` runs the same properties with many more (PROPTEST_CASES) in release mode.

use kaigo_savings::demo::{roster, seed, snapshot};
use kaigo_savings::model::library::{self, Library};
use kaigo_savings::model::{persist, share, Field, Scenario};
use kaigo_savings::timestudy::{file, Study, MAX_RECORDS};
use proptest::prelude::*;
use std::path::Path;

/// A real file of the corpus, as text.
fn golden(path: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(path),
    )
    .unwrap()
}

/// Every figure within its field's limits.
fn within_limits(s: &Scenario) -> Result<(), TestCaseError> {
    prop_assert_eq!(s.invalid_field(), None);
    Ok(())
}

/// A saved-estimates library as an import leaves it: valid figures, usable names,
/// no more than the library holds.
fn sound_library(lib: &Library) -> Result<(), TestCaseError> {
    prop_assert!(lib.items.len() <= library::MAX_ITEMS);
    for item in &lib.items {
        within_limits(&item.scenario)?;
        prop_assert!(!item.name.trim().is_empty());
        // A renamed duplicate adds " (n)" to a name of at most MAX_NAME.
        prop_assert!(item.name.chars().count() <= library::MAX_NAME + 8);
    }
    Ok(())
}

/// Text made from `base` by a few edits: bytes replaced, inserted or removed (the
/// result read as UTF-8 with replacement, as a browser reads a file).
fn edited(base: String) -> impl Strategy<Value = String> {
    let len = base.len().max(1);
    proptest::collection::vec((0..len, any::<u8>(), 0..3u8), 1..6).prop_map(move |edits| {
        let mut bytes = base.clone().into_bytes();
        for (at, b, how) in edits {
            let at = at.min(bytes.len());
            match how {
                0 if at < bytes.len() => bytes[at] = b,
                1 => bytes.insert(at, b),
                _ if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.push(b),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Arbitrary text: any characters, or any bytes read as UTF-8.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,300}",
        proptest::collection::vec(any::<u8>(), 0..300)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        // Near the formats: their punctuation and keys, shuffled.
        "([vcs=&%{}\\[\\]\",:0-9a-f.\\-]|wage|items|name|\"v\":|\"s\":){0,60}",
    ]
}

fn check_share(q: &str) -> Result<(), TestCaseError> {
    if let Ok(s) = share::decode(q) {
        within_limits(&s)?;
    }
    Ok(())
}

fn check_record(raw: &str) -> Result<(), TestCaseError> {
    if let Ok(s) = persist::decode(raw) {
        within_limits(&s)?;
    }
    Ok(())
}

fn check_library(raw: &str) -> Result<(), TestCaseError> {
    let mut lib = Library::default();
    let report = lib.import_json(raw);
    prop_assert_eq!(report.added.len(), lib.items.len());
    sound_library(&lib)
}

fn check_roster(raw: &str) -> Result<(), TestCaseError> {
    let ws = seed::workspace();
    if let Ok(rows) = roster::validate(&ws, raw) {
        prop_assert!(rows.len() <= roster::MAX_ROWS);
        for r in rows {
            prop_assert!(!r.name.trim().is_empty());
            prop_assert!(r.name.chars().count() <= roster::MAX_NAME);
        }
    }
    Ok(())
}

fn check_time_study(raw: &str) -> Result<(), TestCaseError> {
    let mut study = Study::new("t");
    if file::import(&mut study, raw).is_ok() {
        prop_assert!(study.records.len() <= MAX_RECORDS);
        for r in &study.records {
            prop_assert!(r.end > r.start, "{:?}", r);
        }
    }
    Ok(())
}

fn check_snapshot(raw: &str) -> Result<(), TestCaseError> {
    if let Ok((ws, now)) = snapshot::decode(raw) {
        // What opens can be saved again and opens the same.
        let again = snapshot::encode(&ws, now);
        prop_assert!(snapshot::decode(&again).is_ok());
    }
    Ok(())
}

fn check_number(text: &str) -> Result<(), TestCaseError> {
    for f in Field::ALL {
        if let Ok(v) = f.parse(text) {
            prop_assert!(f.accepts(v), "{} took {:?} for {:?}", f.key(), v, text);
        }
    }
    Ok(())
}

proptest! {
    // PROPTEST_CASES sets the number of cases (see `make fuzz`); failures are
    // reported with their input, not kept in a file next to the sources.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn share_links_survive_anything(q in any_text()) { check_share(&q)?; }

    #[test]
    fn share_links_survive_edits(q in edited(golden("share/v2/edited-decimals-custom-plan-subsidy.txt"))) {
        check_share(&q)?;
    }

    #[test]
    fn stored_records_survive_anything(raw in any_text()) { check_record(&raw)?; }

    #[test]
    fn stored_records_survive_edits(raw in edited(golden("scenario/v2/edited-free-plan-retention.json"))) {
        check_record(&raw)?;
    }

    #[test]
    fn saved_estimates_files_survive_anything(raw in any_text()) { check_library(&raw)?; }

    #[test]
    fn saved_estimates_files_survive_edits(raw in edited(golden("library/v1/four-estimates.json"))) {
        check_library(&raw)?;
    }

    #[test]
    fn rosters_survive_anything(raw in any_text()) { check_roster(&raw)?; }

    #[test]
    fn rosters_survive_edits(raw in edited("氏名,所属,役割\r\n山口 新,2階,職員\r\n\"森, 一郎\",訪問介護チーム,職員\r\n".to_string())) {
        check_roster(&raw)?;
    }

    #[test]
    fn time_study_files_survive_anything(raw in prop_oneof![
        any_text(),
        // Past the header, to the rows.
        any_text().prop_map(|t| format!("task,start,end,staff\n{t}")),
    ]) {
        check_time_study(&raw)?;
    }

    #[test]
    fn demo_snapshots_survive_anything(raw in any_text()) { check_snapshot(&raw)?; }

    #[test]
    fn demo_snapshots_survive_edits(raw in edited(golden("snapshot/v1/after-actions.json"))) {
        check_snapshot(&raw)?;
    }

    #[test]
    fn numbers_survive_anything(text in prop_oneof![
        any_text(),
        "[-+ 0-9０-９.,，．e円%％]{0,20}",
    ]) {
        check_number(&text)?;
    }
}
