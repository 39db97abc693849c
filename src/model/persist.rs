//! The versioned, stored form of a scenario (localStorage now, share links later):
//! encoding, and decoding that tells an unreadable, future or out-of-range record apart.

use super::costs::Costs;
use super::num::Num;
use super::presets::default_users;
use super::scenario::{Field, Printing, Scenario, Services, TimeLine};
use serde::{Deserialize, Serialize};

/// Current schema version of the stored scenario.
/// v1: savings inputs only. v2: adds `costs` (licence, set-up, subsidy, ranges …).
pub const VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct Envelope<S> {
    v: u32,
    scenario: S,
}

/// The v1 shape: a scenario before costs existed.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioV1 {
    services: Services,
    wage: Num,
    printing: Printing,
    notebook: TimeLine,
    handover: TimeLine,
    callback: TimeLine,
    hours_per_fte: Num,
}

impl From<ScenarioV1> for Scenario {
    /// v1 → v2: the savings inputs as they were, default costs.
    fn from(o: ScenarioV1) -> Scenario {
        let mut s = Scenario {
            services: o.services,
            wage: o.wage,
            printing: o.printing,
            notebook: o.notebook,
            handover: o.handover,
            callback: o.callback,
            hours_per_fte: o.hours_per_fte,
            costs: Costs::defaults(0),
        };
        s.costs.license.users = default_users(&s);
        s
    }
}

/// Why stored data could not be used. The caller keeps the raw text as a backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not the shape of any known version.
    Corrupt(String),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// Readable, but a value is outside its field's limits.
    OutOfRange(Field),
}

pub fn encode(s: &Scenario) -> String {
    serde_json::to_string(&Envelope {
        v: VERSION,
        scenario: *s,
    })
    .unwrap_or_default()
}

pub fn decode(raw: &str) -> Result<Scenario, DecodeError> {
    let value: serde_json::Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    let v = value
        .get("v")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| DecodeError::Corrupt("no version".into()))?;
    let v = u32::try_from(v).unwrap_or(u32::MAX);
    if v > VERSION {
        return Err(DecodeError::FutureVersion(v));
    }
    let corrupt = |e: serde_json::Error| DecodeError::Corrupt(e.to_string());
    let scenario: Scenario = match v {
        1 => serde_json::from_value::<Envelope<ScenarioV1>>(value)
            .map_err(corrupt)?
            .scenario
            .into(),
        VERSION => {
            serde_json::from_value::<Envelope<Scenario>>(value)
                .map_err(corrupt)?
                .scenario
        }
        _ => return Err(DecodeError::Corrupt(format!("unknown version {v}"))),
    };
    match scenario.invalid_field() {
        Some(f) => Err(DecodeError::OutOfRange(f)),
        None => Ok(scenario),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::num::Num;
    use crate::model::presets::Preset;
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
        assert!(encode(&s).contains("\"minutes\":\"2.5\""));
    }

    #[test]
    fn tells_bad_records_apart() {
        assert!(matches!(decode("not json"), Err(DecodeError::Corrupt(_))));
        assert!(matches!(decode("{}"), Err(DecodeError::Corrupt(_))));
        assert!(matches!(
            decode(r#"{"v":1,"scenario":{}}"#),
            Err(DecodeError::Corrupt(_))
        ));
        let future = encode(&Preset::Brochure.scenario()).replace("\"v\":2", "\"v\":7");
        assert_eq!(decode(&future), Err(DecodeError::FutureVersion(7)));
        let bad =
            encode(&Preset::Brochure.scenario()).replace("\"wage\":\"1500\"", "\"wage\":\"-3\"");
        assert!(matches!(decode(&bad), Err(DecodeError::Corrupt(_))));
        let big = encode(&Preset::Brochure.scenario())
            .replace("\"wage\":\"1500\"", "\"wage\":\"999999\"");
        assert_eq!(decode(&big), Err(DecodeError::OutOfRange(Field::Wage)));
        let frac =
            encode(&Preset::Brochure.scenario()).replace("\"days\":\"26\"", "\"days\":\"2.5\"");
        assert_eq!(
            decode(&frac),
            Err(DecodeError::OutOfRange(Field::NotebookDays))
        );
    }

    #[test]
    fn migrates_a_v1_record_keeping_every_savings_input() {
        let v1 = r#"{"v":1,"scenario":{"services":{"dayservice":true,"residential":true,"homevisit":false},"wage":"1230","printing":{"color_sheets":"120","color_price":"25","mono_sheets":"900","mono_price":"0.8"},"notebook":{"people":"42","minutes":"3.5","days":"22"},"handover":{"people":"37","minutes":"12.5","days":"30"},"callback":{"people":"8","minutes":"4","days":"25"},"hours_per_fte":"150"}}"#;
        let s = decode(v1).expect("v1 migrates");
        assert_eq!(s.wage, Num::whole(1230));
        assert_eq!(s.notebook.minutes, Num::from_hundredths(350));
        assert_eq!(s.printing.mono_price, Num::from_hundredths(80));
        assert_eq!(s.hours_per_fte, Num::whole(150));
        assert!(!s.services.homevisit);
        // Costs get defaults; accounts from the included staff lines (37, not + 8).
        assert_eq!(s.costs.license.users, Num::whole(37));
        assert_eq!(s.costs.realization, Num::whole(100));
        assert_eq!(decode(&encode(&s)), Ok(s));
    }

    proptest! {
        #[test]
        fn any_valid_scenario_round_trips(s in crate::model::costs::tests::any_scenario()) {
            prop_assert_eq!(decode(&encode(&s)), Ok(s));
        }

        #[test]
        fn decode_never_panics(raw in "\\PC{0,200}") {
            let _ = decode(&raw);
        }
    }
}
