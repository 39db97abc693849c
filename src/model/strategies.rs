//! Property-test strategies shared by the model's tests: any scenario whose every
//! value lies within its field's limits.

use super::costs::Plan;
use super::num::Num;
use super::presets::Preset;
use super::scenario::{Field, Scenario};
use proptest::prelude::*;

/// Any valid scenario: every field within its limits, any choices, any plan.
pub fn any_scenario() -> impl Strategy<Value = Scenario> {
    let vals = proptest::collection::vec(any::<u64>(), Field::ALL.len());
    (vals, any::<[bool; 12]>(), 0usize..3).prop_map(|(vals, b, plan)| {
        let mut s = Preset::Brochure.scenario();
        for (f, v) in Field::ALL.iter().zip(vals) {
            // Any value within the field's limits.
            let span = f.max_value().hundredths() - f.min_value().hundredths() + 1;
            let mut n = Num::from_hundredths(f.min_value().hundredths() + v % span);
            if !f.accepts(n) {
                n = Num::whole(n.hundredths() / 100);
            }
            f.set(&mut s, n);
        }
        s.services.dayservice = b[0];
        s.services.residential = b[1];
        s.services.homevisit = b[2];
        s.costs.subsidy.enabled = b[3];
        s.costs.subsidy.eligible_devices = b[4];
        s.costs.subsidy.eligible_other = b[5];
        s.costs.subsidy.eligible_setup = b[6];
        s.costs.subsidy.eligible_license_year = b[7];
        s.costs.retention.enabled = b[8];
        s.costs.license.needs_line_talk = b[9];
        s.costs.license.needs_audit_download = b[10];
        s.costs.license.plan = Plan::ALL[plan];
        s
    })
}
