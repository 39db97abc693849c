//! The versioned, stored form of a scenario (localStorage now, share links later):
//! encoding, and decoding that tells an unreadable, future or out-of-range record apart.

use super::scenario::{Field, Scenario};
use serde::{Deserialize, Serialize};

/// Current schema version of the stored scenario.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    v: u32,
    scenario: Scenario,
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
    // Only version 1 exists so far; older versions get a migration arm here.
    let env: Envelope =
        serde_json::from_value(value).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    match env.scenario.invalid_field() {
        Some(f) => Err(DecodeError::OutOfRange(f)),
        None => Ok(env.scenario),
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
        let future = encode(&Preset::Brochure.scenario()).replace("\"v\":1", "\"v\":7");
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

    proptest! {
        #[test]
        fn decode_never_panics(raw in "\\PC{0,200}") {
            let _ = decode(&raw);
        }
    }
}
