//! 感度分析 (sensitivity, the tornado chart): which inputs move the yearly net value
//! most when each is moved down and up by the same percentage, one at a time.

use super::compute::compute;
use super::economics::economics;
use super::num::Num;
use super::scenario::{Field, Line, Scenario};

/// One input's effect: yearly net value with the input moved down and up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    pub field: Field,
    /// Yearly net value with the input lowered by the percentage.
    pub down: i64,
    /// Yearly net value with the input raised by the percentage.
    pub up: i64,
}

impl Bar {
    pub fn spread(&self) -> u64 {
        self.down.abs_diff(self.up)
    }
}

/// At most this many bars are shown, the largest first.
pub const MAX_BARS: usize = 8;

/// Inputs that move the running yearly value (one-time costs do not).
fn candidates(s: &Scenario) -> Vec<Field> {
    let mut fields = vec![Field::Wage];
    for line in Line::ALL {
        if s.services.includes(line) {
            fields.extend_from_slice(line.fields());
        }
    }
    fields.extend([Field::LicensePrice, Field::LicenseUsers, Field::Realization]);
    if s.costs.retention.enabled {
        fields.extend([
            Field::RetentionRate,
            Field::RetentionCost,
            Field::RetentionReduction,
        ]);
    }
    fields
}

fn yearly(s: &Scenario) -> i64 {
    economics(s, &compute(s)).net_yearly
}

/// `v` moved by `pct` % (negative: down), kept within the field's limits.
fn moved(f: Field, v: Num, pct: i128) -> Num {
    let h = i128::from(v.hundredths());
    let scaled = (h * (100 + pct) + 50).div_euclid(100).max(0);
    let n = Num::from_hundredths(u64::try_from(scaled).unwrap_or(u64::MAX));
    n.clamp(f.min_value(), f.max_value())
}

/// The base yearly net value and the bars, largest effect first (zero effects left out).
pub fn tornado(s: &Scenario) -> (i64, Vec<Bar>) {
    let pct = i128::from(s.costs.sensitivity.hundredths() / 100);
    let base = yearly(s);
    let mut bars: Vec<Bar> = candidates(s)
        .into_iter()
        .map(|f| {
            let v = f.get(s);
            let at = |p: i128| {
                let mut t = *s;
                f.set(&mut t, moved(f, v, p));
                yearly(&t)
            };
            Bar {
                field: f,
                down: at(-pct),
                up: at(pct),
            }
        })
        .filter(|b| b.spread() > 0)
        .collect();
    bars.sort_unstable_by(|a, b| b.spread().cmp(&a.spread()).then(a.field.cmp(&b.field)));
    bars.truncate(MAX_BARS);
    (base, bars)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::Preset;
    use proptest::prelude::*;

    #[test]
    fn brochure_handover_and_wage_lead() {
        let s = Preset::Brochure.scenario();
        let (base, bars) = tornado(&s);
        assert_eq!(base, economics(&s, &compute(&s)).net_yearly);
        assert!(bars.len() <= MAX_BARS && !bars.is_empty());
        // Wage and realization move all staff time (510,000 円/月): the largest effects.
        assert!(matches!(bars[0].field, Field::Wage | Field::Realization));
        // Moving the wage ±20 % moves the yearly value by ±20 % of 510,000 × 12.
        let wage = bars.iter().find(|b| b.field == Field::Wage).unwrap();
        assert_eq!(wage.up - base, 510_000 * 12 / 5);
        assert_eq!(base - wage.down, 510_000 * 12 / 5);
        // Sorted by spread.
        assert!(bars.windows(2).all(|w| w[0].spread() >= w[1].spread()));
    }

    #[test]
    fn a_dearer_licence_lowers_the_value() {
        let mut s = Preset::HomeVisit.scenario();
        s.costs.license.price = Num::whole(3_000);
        let (_, bars) = tornado(&s);
        let price = bars
            .iter()
            .find(|b| b.field == Field::LicensePrice)
            .expect("licence matters here");
        // 10 users × 3,000 円 × 20 % × 12 months = 72,000 円 a year each way.
        assert_eq!(price.down - price.up, 2 * 72_000);
    }

    #[test]
    fn moves_stay_within_field_limits() {
        // Realization 100 % cannot go up; days 30 cannot exceed 31.
        assert_eq!(
            moved(Field::Realization, Num::whole(100), 20),
            Num::whole(100)
        );
        assert_eq!(
            moved(Field::HandoverDays, Num::whole(30), 20),
            Num::whole(31)
        );
        assert_eq!(
            moved(Field::HandoverDays, Num::whole(30), -20),
            Num::whole(24)
        );
        assert_eq!(moved(Field::Wage, Num::whole(1500), -90), Num::whole(150));
    }

    #[test]
    fn excluded_services_are_not_in_the_chart() {
        let s = Preset::DayService.scenario();
        let (_, bars) = tornado(&s);
        assert!(bars
            .iter()
            .all(|b| !Line::Handover.fields().contains(&b.field)));
        assert!(bars.iter().any(|b| b.field == Field::NotebookUsers));
    }

    proptest! {
        #[test]
        fn never_panics_and_bars_straddle_the_base(s in crate::model::strategies::any_scenario()) {
            let (base, bars) = tornado(&s);
            for b in bars {
                let (lo, hi) = (b.down.min(b.up), b.down.max(b.up));
                prop_assert!(lo <= base && base <= hi, "{:?} {} {:?}", b.field, base, (lo, hi));
            }
        }
    }
}
