//! Every decoder survives anything: arbitrary text, arbitrary bytes and small edits of
//! real files (the golden corpus) fed to the share-link query, the stored record, the
//! saved-estimates import, the roster CSV, the time-study records CSV, the stored time
//! study, the demo snapshot and the number parser.
//! Never a panic; always a typed error or a value within the field limits. What a
//! stored-state decoder opens saves and opens again as the same value.
//!
//! `make test` runs each property with proptest's default number of cases; `make
//! fuzz` runs the same properties with many more (PROPTEST_CASES) in release mode.

use kaigo_savings::csv;
use kaigo_savings::demo::{roster, seed, snapshot};
use kaigo_savings::model::library::{self, Library};
use kaigo_savings::model::{persist, share, Field, Scenario};
use kaigo_savings::timestudy::record::MAX_MINUTES;
use kaigo_savings::timestudy::{file, saved, Role, Study, Task, WallTime, MAX_RECORDS};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::path::Path;

#[path = "decoders/near.rs"]
mod near;
use near::{near_records_file, near_stored_study};

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

/// One of `good`, or now and then one of `bad`.
fn mostly<T: Clone + std::fmt::Debug + 'static>(good: &[T], bad: &[T]) -> impl Strategy<Value = T> {
    prop_oneof![
        19 => prop::sample::select(good.to_vec()),
        1 => prop::sample::select(bad.to_vec()),
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

/// A 法人 that opens: every facility within the limits, names within theirs, the
/// typed accounts and adjustment within theirs; saved again, it opens the same.
fn check_group(raw: &str) -> Result<(), TestCaseError> {
    use kaigo_savings::model::group_file::{self, MAX_FACILITIES, MAX_NAME};
    if let Ok(g) = group_file::open(raw) {
        prop_assert!(g.facilities().len() <= MAX_FACILITIES);
        for f in g.facilities() {
            within_limits(&f.scenario)?;
            prop_assert!(f.name.chars().count() <= MAX_NAME);
        }
        if let Some(u) = g.license.users {
            prop_assert!(u <= kaigo_savings::model::Field::LicenseUsers.max_value());
        }
        let again = group_file::save(&g);
        let back = group_file::open(&again).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(group_file::save(&back), again);
    }
    Ok(())
}

/// A 法人 link that opens: every facility within the limits, names within theirs;
/// made again, it opens the same.
fn check_group_link(q: &str) -> Result<(), TestCaseError> {
    use kaigo_savings::model::group_file::{MAX_FACILITIES, MAX_NAME};
    use kaigo_savings::model::group_link;
    if let Ok(g) = group_link::decode(q) {
        prop_assert!(!g.facilities().is_empty() && g.facilities().len() <= MAX_FACILITIES);
        for f in g.facilities() {
            within_limits(&f.scenario)?;
            prop_assert!(f.name.chars().count() <= MAX_NAME);
        }
        let again = group_link::encode(&g);
        let back = group_link::decode(&again).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(group_link::encode(&back), again);
    }
    Ok(())
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

/// A time study as a decoder leaves it: no more records than a study holds, in
/// time order, each ending after it starts and within the longest occurrence;
/// shift times within the day.
fn sound_study(s: &Study) -> Result<(), TestCaseError> {
    prop_assert!(s.records.len() <= MAX_RECORDS);
    prop_assert!(s.records.windows(2).all(|w| w[0].start <= w[1].start));
    for r in &s.records {
        prop_assert!(r.end > r.start, "{:?}", r);
        prop_assert!(r.end.0 - r.start.0 <= MAX_MINUTES * 60, "{:?}", r);
    }
    prop_assert!(s.day_from < 1440 && s.night_from < 1440);
    prop_assert!(s.taps.is_empty());
    Ok(())
}

fn check_time_study(raw: &str) -> Result<(), TestCaseError> {
    let mut study = Study::new("t");
    if let Ok(report) = file::import(&mut study, raw) {
        sound_study(&study)?;
        prop_assert_eq!(report.added, study.records.len());
        // What imports exports, and imports again, as the same study …
        let mut again = Study::new("t");
        let back = file::import(&mut again, &file::export(&study.records));
        prop_assert!(back.is_ok(), "{:?}", back);
        prop_assert_eq!(&again, &study);
        // … and is saved and opened as it is.
        prop_assert_eq!(saved::open(&saved::save(&study)), Ok(study));
    }
    Ok(())
}

fn check_stored_study(raw: &str) -> Result<(), TestCaseError> {
    if let Ok(s) = saved::open(raw) {
        sound_study(&s)?;
        // What opens can be saved again and opens the same.
        prop_assert_eq!(saved::open(&saved::save(&s)), Ok(s));
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
    fn groups_survive_anything(raw in any_text()) { check_group(&raw)?; }

    #[test]
    fn groups_survive_edits(raw in edited(golden("group/v1/four-facilities.json"))) {
        check_group(&raw)?;
    }

    #[test]
    fn group_links_survive_anything(q in any_text()) { check_group_link(&q)?; }

    #[test]
    fn group_links_survive_edits(q in edited(golden("group-link/v1/four-facilities.txt"))) {
        check_group_link(&q)?;
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
    fn time_study_files_survive_edits(raw in prop_oneof![
        edited(golden("timestudy-csv/v4/codes-13-to-19.csv")),
        edited(golden("timestudy-csv/v3/guideline-codes.csv")),
        edited(golden("timestudy-csv/v1/no-method-column.csv")),
    ]) {
        check_time_study(&raw)?;
    }

    #[test]
    fn time_study_files_near_the_format_survive(raw in near_records_file()) {
        check_time_study(&raw)?;
    }

    #[test]
    fn stored_time_studies_survive_anything(raw in prop_oneof![
        any_text(),
        // Past the version, to the settings, runs and records.
        any_text().prop_map(|t| format!("{{\"v\":5,{t}")),
    ]) {
        check_stored_study(&raw)?;
    }

    #[test]
    fn stored_time_studies_survive_edits(raw in prop_oneof![
        edited(golden("timestudy/v5/codes-13-to-19.json")),
        edited(golden("timestudy/v4/guideline-codes.json")),
        edited(golden("timestudy/v3/sheet-and-taps.json")),
        edited(golden("timestudy/v1/floor-day.json")),
    ]) {
        check_stored_study(&raw)?;
    }

    #[test]
    fn stored_time_studies_near_the_format_survive(raw in near_stored_study()) {
        check_stored_study(&raw)?;
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
