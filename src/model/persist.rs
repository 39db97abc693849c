//! The versioned, stored form of a scenario (localStorage now, share links later):
//! one flat map from the screen's stable keys to text values, each read back with
//! its field's own parser. Decoding tells an unreadable, future or out-of-range
//! record apart, and fills keys an older version did not have with defaults.

use super::costs::Plan;
use super::presets::{default_users, Preset};
use super::scenario::{Field, Flag, Scenario};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Current version of the stored record.
/// v1: savings inputs and service types. v2: adds costs (licence, set-up, subsidy, ranges …).
/// v3: adds measured inputs (`measured-<field>` = `n;low;high`, only for inputs the
/// facility measured). A scenario with nothing measured is still written as v2, so
/// that versions before measuring open it.
pub const VERSION: u32 = 3;

/// The key prefix of a measured input's badge (since v3).
pub const MEASURED_PREFIX: &str = "measured-";

/// The lowest version that holds everything in `s`.
pub fn version_of(s: &Scenario) -> u32 {
    if s.measured.any() {
        3
    } else {
        2
    }
}

/// The input a badge key belongs to.
fn measured_field(key: &str) -> Option<Field> {
    let f = Field::from_key(key.strip_prefix(MEASURED_PREFIX)?)?;
    super::measured::FIELDS.contains(&f).then_some(f)
}

/// The licence plan's key in a record (since v2).
pub const PLAN_KEY: &str = "license-plan";

#[derive(Serialize)]
struct Record {
    v: u64,
    /// key → value: fields as decimals ("1500", "2.5"), flags as "1"/"0", plan by key.
    s: BTreeMap<String, String>,
}

/// A key of a record: a figure, a yes/no choice or the licence plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKey {
    Field(Field),
    Flag(Flag),
    Plan,
    /// The badge of a measured input.
    Measured(Field),
}

/// Why stored figures could not be used. The caller keeps the raw text as a backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not a record at all (not JSON, no version, no figures).
    NotRecord,
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// A key its version had is missing.
    Missing(RecordKey),
    /// A value that cannot be read (not a number, not yes/no, an unknown plan).
    Unreadable(RecordKey),
    /// A key this app does not know.
    UnknownKey(String),
    /// Readable, but outside its field's limits.
    OutOfRange(Field),
}

/// The record version that introduced `key`, or `None` for a key no version had.
pub fn key_since(key: &str) -> Option<u32> {
    if key == PLAN_KEY {
        return Some(2);
    }
    if measured_field(key).is_some() {
        return Some(3);
    }
    Field::from_key(key)
        .map(Field::since)
        .or_else(|| Flag::from_key(key).map(Flag::since))
}

/// The scenario as key → value text.
pub fn to_map(s: &Scenario) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    for f in Field::ALL {
        m.insert(f.key().to_string(), f.get(s).to_string());
    }
    for f in Flag::ALL {
        m.insert(
            f.key().to_string(),
            if f.get(s) { "1" } else { "0" }.to_string(),
        );
    }
    m.insert(PLAN_KEY.to_string(), s.costs.license.plan.key().to_string());
    for (f, b) in s.measured.iter() {
        m.insert(
            format!("{MEASURED_PREFIX}{}", f.key()),
            super::measured::badge_text(b),
        );
    }
    m
}

pub fn encode(s: &Scenario) -> String {
    serde_json::to_string(&Record {
        v: u64::from(version_of(s)),
        s: to_map(s),
    })
    .unwrap_or_default()
}

/// The migration chain of every shape that holds a scenario (stored record, share
/// link, saved-estimates file): reads a key → value map written by version `v`
/// (≤ `VERSION`) as the current version. Keys that version had must be there and
/// valid; keys of later versions take their defaults, step by step (v1 → v2: the
/// costs, with the accounts counted from the v1 staff lines); keys no version or a
/// later version than `v` had are errors.
pub fn from_map(v: u32, mut m: BTreeMap<String, String>) -> Result<Scenario, DecodeError> {
    use DecodeError::{Missing, Unreadable};
    if let Some(k) = m
        .keys()
        .find(|k| key_since(k).is_none_or(|since| since > v))
    {
        return Err(DecodeError::UnknownKey(k.clone()));
    }
    let mut s = Preset::Brochure.scenario();
    for f in Field::ALL {
        let key = RecordKey::Field(f);
        match m.remove(f.key()) {
            Some(text) => {
                let n = crate::model::num::parse_decimal(&text).map_err(|_| Unreadable(key))?;
                if !f.accepts(n) {
                    return Err(DecodeError::OutOfRange(f));
                }
                f.set(&mut s, n);
            }
            None if f.since() <= v => return Err(Missing(key)),
            None => {}
        }
    }
    for f in Flag::ALL {
        let key = RecordKey::Flag(f);
        match m.remove(f.key()).as_deref() {
            Some("1") => f.set(&mut s, true),
            Some("0") => f.set(&mut s, false),
            Some(_) => return Err(Unreadable(key)),
            None if f.since() <= v => return Err(Missing(key)),
            None => {}
        }
    }
    match m.remove(PLAN_KEY) {
        Some(k) => {
            s.costs.license.plan = Plan::from_key(&k).ok_or(Unreadable(RecordKey::Plan))?;
        }
        None if v >= 2 => return Err(Missing(RecordKey::Plan)),
        // Before costs existed: accounts from the record's own staff lines.
        None => s.costs.license.users = default_users(&s),
    }
    // Badges are optional: only measured inputs have one.
    for f in super::measured::FIELDS {
        if let Some(text) = m.remove(&format!("{MEASURED_PREFIX}{}", f.key())) {
            let b = super::measured::parse_badge(f, f.get(&s), &text)
                .ok_or(Unreadable(RecordKey::Measured(f)))?;
            s.measured.set(f, b);
        }
    }
    if let Some(k) = m.into_keys().next() {
        return Err(DecodeError::UnknownKey(k));
    }
    Ok(s)
}

/// Reads a record already parsed as JSON: `{"v": version, "s": {key: text}}`
/// (a saved-estimates file holds one per estimate).
pub fn from_value(value: &Value) -> Result<Scenario, DecodeError> {
    let v = value
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::NotRecord)?;
    let v = u32::try_from(v).unwrap_or(u32::MAX);
    if v > VERSION {
        return Err(DecodeError::FutureVersion(v));
    }
    let figures = value
        .get("s")
        .and_then(Value::as_object)
        .filter(|_| v > 0)
        .ok_or(DecodeError::NotRecord)?;
    let mut m = BTreeMap::new();
    for (k, text) in figures {
        // A value that is not text can only be told apart by its key.
        let Some(text) = text.as_str() else {
            return Err(match Field::from_key(k) {
                Some(f) => DecodeError::Unreadable(RecordKey::Field(f)),
                None => DecodeError::UnknownKey(k.clone()),
            });
        };
        m.insert(k.clone(), text.to_string());
    }
    from_map(v, m)
}

pub fn decode(raw: &str) -> Result<Scenario, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| DecodeError::NotRecord)?;
    from_value(&value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::num::Num;
    use proptest::prelude::*;

    #[test]
    fn round_trip() {
        for p in Preset::ALL {
            let s = p.scenario();
            assert_eq!(decode(&encode(&s)), Ok(s));
        }
        let mut s = Preset::Brochure.scenario();
        s.handover.minutes = Num::from_hundredths(250);
        assert_eq!(decode(&encode(&s)), Ok(s));
        assert!(encode(&s).contains("\"handover-minutes\":\"2.5\""));
    }

    fn edit(key: &str, value: Option<&str>) -> String {
        let mut m = to_map(&Preset::Brochure.scenario());
        match value {
            Some(v) => m.insert(key.into(), v.into()),
            None => m.remove(key),
        };
        serde_json::to_string(&Record { v: 2, s: m }).unwrap()
    }

    #[test]
    fn tells_bad_records_apart() {
        use DecodeError::*;
        assert_eq!(decode("not json"), Err(NotRecord));
        assert_eq!(decode("{}"), Err(NotRecord));
        assert_eq!(decode("[2]"), Err(NotRecord));
        assert_eq!(
            decode(r#"{"v":2,"s":{}}"#),
            Err(Missing(RecordKey::Field(Field::Wage)))
        );
        assert_eq!(decode(r#"{"v":0,"s":{}}"#), Err(NotRecord));
        let future = encode(&Preset::Brochure.scenario()).replace("\"v\":2", "\"v\":7");
        assert_eq!(decode(&future), Err(DecodeError::FutureVersion(7)));
        let wage = RecordKey::Field(Field::Wage);
        assert_eq!(decode(&edit("wage", Some("-3"))), Err(Unreadable(wage)));
        assert_eq!(decode(&edit("wage", Some("abc"))), Err(Unreadable(wage)));

        assert_eq!(
            decode(&edit("wage", Some("999999"))),
            Err(DecodeError::OutOfRange(Field::Wage))
        );
        assert_eq!(
            decode(&edit("notebook-days", Some("2.5"))),
            Err(DecodeError::OutOfRange(Field::NotebookDays))
        );
        assert_eq!(decode(&edit("wage", None)), Err(Missing(wage)));
        assert_eq!(
            decode(&edit("subsidy-enabled", Some("yes"))),
            Err(Unreadable(RecordKey::Flag(Flag::SubsidyEnabled)))
        );
        assert_eq!(
            decode(&edit("license-plan", Some("gold"))),
            Err(Unreadable(RecordKey::Plan))
        );
        assert_eq!(
            decode(&edit("surprise", Some("1"))),
            Err(UnknownKey("surprise".into()))
        );
        assert_eq!(
            decode(&encode(&Preset::Brochure.scenario()).replace("\"1500\"", "1500")),
            Err(Unreadable(wage)),
            "a number where text is kept"
        );
    }

    #[test]
    fn migrates_a_v1_record_keeping_every_savings_input() {
        let mut m = BTreeMap::new();
        for (k, v) in [
            ("service-dayservice", "1"),
            ("service-residential", "1"),
            ("service-homevisit", "0"),
            ("wage", "1230"),
            ("printing-color-sheets", "120"),
            ("printing-color-price", "25"),
            ("printing-mono-sheets", "900"),
            ("printing-mono-price", "0.8"),
            ("notebook-users", "42"),
            ("notebook-minutes", "3.5"),
            ("notebook-days", "22"),
            ("handover-staff", "37"),
            ("handover-minutes", "12.5"),
            ("handover-days", "30"),
            ("callback-staff", "8"),
            ("callback-minutes", "4"),
            ("callback-days", "25"),
            ("hours-per-fte", "150"),
        ] {
            m.insert(k.to_string(), v.to_string());
        }
        let v1 = serde_json::to_string(&Record { v: 1, s: m.clone() }).unwrap();
        let s = decode(&v1).expect("v1 migrates");
        assert_eq!(s.wage, Num::whole(1230));
        assert_eq!(s.notebook.minutes, Num::from_hundredths(350));
        assert_eq!(s.printing.mono_price, Num::from_hundredths(80));
        assert_eq!(s.hours_per_fte, Num::whole(150));
        assert!(!s.services.homevisit);
        // Costs get defaults; accounts from the included staff lines (37, not + 8).
        assert_eq!(s.costs.license.users, Num::whole(37));
        assert_eq!(s.costs.license.plan, Plan::Standard);
        assert_eq!(decode(&encode(&s)), Ok(s));
        // A v1 record must still have every v1 key.
        m.remove("wage");
        let broken = serde_json::to_string(&Record { v: 1, s: m }).unwrap();
        assert_eq!(
            decode(&broken),
            Err(DecodeError::Missing(RecordKey::Field(Field::Wage)))
        );
    }

    proptest! {
        #[test]
        fn any_valid_scenario_round_trips(s in crate::model::strategies::any_scenario()) {
            prop_assert_eq!(decode(&encode(&s)), Ok(s));
        }
    }
}
