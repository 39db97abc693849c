//! Savings per line and per service type from a `Scenario`: exact integer yen,
//! rounded once per line (half up); every total is the sum of the lines shown.

use super::num::{div_round, SCALE};
use super::scenario::{Line, Scenario, Service, TimeLine};

/// Savings of one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineResult {
    pub line: Line,
    /// False when the line's service type is not selected: it then counts as zero.
    pub included: bool,
    /// Staff hours freed per month, in tenths of an hour (0 for printing).
    pub hours_tenths: u64,
    pub yen_month: u64,
    pub yen_year: u64,
}

/// A sum of lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub yen_month: u64,
    pub yen_year: u64,
    /// Hours per month, tenths.
    pub hours_tenths: u64,
    /// Full-time equivalents of those hours, tenths (hours ÷ hours per FTE).
    pub fte_tenths: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Results {
    pub lines: [LineResult; 4],
    pub total: Totals,
}

fn to_u64(v: i128) -> u64 {
    u64::try_from(v.max(0)).unwrap_or(u64::MAX)
}

const S: i128 = SCALE as i128;

/// Yen and hours (tenths) a month of a time line at the scenario's wage.
fn time_line(s: &Scenario, t: &TimeLine) -> (i128, i128) {
    // people × minutes × days, each in hundredths → minutes × S³.
    let minutes = i128::from(t.people.hundredths())
        .saturating_mul(i128::from(t.minutes.hundredths()))
        .saturating_mul(i128::from(t.days.hundredths()));
    let yen = div_round(
        minutes.saturating_mul(i128::from(s.wage.hundredths())),
        60 * S * S * S * S,
    );
    let hours_tenths = div_round(minutes.saturating_mul(10), 60 * S * S * S);
    (yen, hours_tenths)
}

/// Which end of a line's low–high range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Low,
    Standard,
    High,
}

/// A line's monthly yen at one end of its range. A line with a measured input
/// takes that input's interval (its other inputs as entered); any other time line
/// is scaled by the range's multiplier (低位 / 高位 %); printing is cash, no range.
pub fn line_at(s: &Scenario, r: &LineResult, end: End) -> u64 {
    let Some(t) = s.line(r.line).filter(|_| r.included) else {
        return r.yen_month;
    };
    if s.measured.line(r.line) {
        let mut t = *t;
        for (f, slot) in [
            (r.line.fields()[0], &mut t.people),
            (r.line.fields()[1], &mut t.minutes),
        ] {
            if let Some(b) = s.measured.get(f) {
                match end {
                    End::Low => *slot = b.low,
                    End::High => *slot = b.high,
                    End::Standard => {}
                }
            }
        }
        return to_u64(time_line(s, &t).0);
    }
    let pct = match end {
        End::Low => s.costs.range_low,
        End::Standard => return r.yen_month,
        End::High => s.costs.range_high,
    };
    to_u64(div_round(
        i128::from(r.yen_month).saturating_mul(i128::from(pct.hundredths())),
        100 * S,
    ))
}

/// Every line's (low, high) monthly yen, in the order of `Results::lines`.
pub fn ranges(s: &Scenario, r: &Results) -> [(u64, u64); 4] {
    r.lines
        .map(|l| (line_at(s, &l, End::Low), line_at(s, &l, End::High)))
}

fn line_result(s: &Scenario, line: Line) -> LineResult {
    let included = s.services.includes(line);
    let (yen, hours_tenths) = if !included {
        (0, 0)
    } else if let Some(t) = s.line(line) {
        time_line(s, t)
    } else {
        let p = &s.printing;
        let cost = i128::from(p.color_sheets.hundredths())
            .saturating_mul(i128::from(p.color_price.hundredths()))
            .saturating_add(
                i128::from(p.mono_sheets.hundredths())
                    .saturating_mul(i128::from(p.mono_price.hundredths())),
            );
        (div_round(cost, S * S), 0)
    };
    let yen_month = to_u64(yen);
    LineResult {
        line,
        included,
        hours_tenths: to_u64(hours_tenths),
        yen_month,
        yen_year: yen_month.saturating_mul(12),
    }
}

fn sum<'a>(lines: impl Iterator<Item = &'a LineResult>, hours_per_fte: u64) -> Totals {
    let mut t = Totals::default();
    for l in lines {
        t.yen_month = t.yen_month.saturating_add(l.yen_month);
        t.yen_year = t.yen_year.saturating_add(l.yen_year);
        t.hours_tenths = t.hours_tenths.saturating_add(l.hours_tenths);
    }
    // hours / (hpf/100) in tenths = hours_tenths × 100 / hpf_hundredths.
    t.fte_tenths = to_u64(div_round(
        i128::from(t.hours_tenths) * 100,
        i128::from(hours_per_fte),
    ));
    t
}

/// Computes every line and the totals.
pub fn compute(s: &Scenario) -> Results {
    let lines = Line::ALL.map(|l| line_result(s, l));
    let total = sum(lines.iter(), s.hours_per_fte.hundredths());
    Results { lines, total }
}

impl Results {
    pub fn line(&self, line: Line) -> &LineResult {
        &self.lines[Line::ALL.iter().position(|l| *l == line).unwrap_or(0)]
    }

    /// Totals of one service type's lines; `None` is the facility-wide lines (printing).
    pub fn by_service(&self, service: Option<Service>, s: &Scenario) -> Totals {
        sum(
            self.lines.iter().filter(|l| l.line.service() == service),
            s.hours_per_fte.hundredths(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::num::Num;
    use crate::model::presets::Preset;
    use crate::model::scenario::Field;
    use proptest::prelude::*;

    #[test]
    fn brochure_figures_exactly() {
        let r = compute(&Preset::Brochure.scenario());
        assert_eq!(r.line(Line::Printing).yen_month, 9_000);
        assert_eq!(r.line(Line::Notebook).yen_month, 97_500);
        assert_eq!(r.line(Line::Handover).yen_month, 375_000);
        assert_eq!(r.line(Line::Callback).yen_month, 37_500);
        assert_eq!(r.total.yen_month, 519_000);
        assert_eq!(r.total.yen_year, 6_228_000);
        // 65 h + 250 h + 25 h = 340 h; ÷ 160 h = 2.125 → 2.1 FTE.
        assert_eq!(r.line(Line::Notebook).hours_tenths, 650);
        assert_eq!(r.line(Line::Handover).hours_tenths, 2500);
        assert_eq!(r.line(Line::Callback).hours_tenths, 250);
        assert_eq!(r.total.hours_tenths, 3400);
        assert_eq!(r.total.fte_tenths, 21);
    }

    #[test]
    fn deselected_service_counts_as_zero() {
        let mut s = Preset::Brochure.scenario();
        s.services.residential = false;
        let r = compute(&s);
        assert!(!r.line(Line::Handover).included);
        assert_eq!(r.line(Line::Handover).yen_month, 0);
        assert_eq!(r.total.yen_month, 519_000 - 375_000);
    }

    #[test]
    fn rounds_once_per_line_half_up() {
        let mut s = Preset::Brochure.scenario();
        // 1 × 1 min × 1 day × 1,000 円/時 = 16.666… → 17 円
        s.callback = crate::model::scenario::TimeLine {
            people: Num::whole(1),
            minutes: Num::whole(1),
            days: Num::whole(1),
        };
        s.wage = Num::whole(1000);
        assert_eq!(compute(&s).line(Line::Callback).yen_month, 17);
        // 0.5 円/枚 × 3 枚 = 1.5 → 2 円
        s.printing.color_sheets = Num::ZERO;
        s.printing.mono_sheets = Num::whole(3);
        s.printing.mono_price = Num::from_hundredths(50);
        assert_eq!(compute(&s).line(Line::Printing).yen_month, 2);
    }

    #[test]
    fn by_service_splits_the_total() {
        let s = Preset::Brochure.scenario();
        let r = compute(&s);
        let parts: u64 = [
            None,
            Some(Service::DayService),
            Some(Service::Residential),
            Some(Service::HomeVisit),
        ]
        .into_iter()
        .map(|sv| r.by_service(sv, &s).yen_month)
        .sum();
        assert_eq!(parts, r.total.yen_month);
        assert_eq!(
            r.by_service(Some(Service::Residential), &s).hours_tenths,
            2500
        );
    }

    fn any_value(f: Field) -> impl Strategy<Value = Num> {
        let u = f.unit();
        let (lo, hi) = (u.min().hundredths(), u.max().hundredths());
        (lo..=hi).prop_map(move |h| {
            let n = Num::from_hundredths(h);
            if f.accepts(n) {
                n
            } else {
                Num::whole(h / 100).max(u.min())
            }
        })
    }

    fn any_scenario() -> impl Strategy<Value = Scenario> {
        let fields: Vec<_> = Field::ALL.iter().map(|f| any_value(*f)).collect();
        (fields, any::<[bool; 3]>()).prop_map(|(vals, on)| {
            let mut s = Preset::Brochure.scenario();
            for (f, v) in Field::ALL.iter().zip(vals) {
                f.set(&mut s, v);
            }
            s.services.dayservice = on[0];
            s.services.residential = on[1];
            s.services.homevisit = on[2];
            s
        })
    }

    proptest! {
        #[test]
        fn total_is_the_sum_of_the_lines(s in any_scenario()) {
            let r = compute(&s);
            let m: u64 = r.lines.iter().map(|l| l.yen_month).sum();
            let y: u64 = r.lines.iter().map(|l| l.yen_year).sum();
            let h: u64 = r.lines.iter().map(|l| l.hours_tenths).sum();
            prop_assert_eq!(r.total.yen_month, m);
            prop_assert_eq!(r.total.yen_year, y);
            prop_assert_eq!(r.total.yen_year, m * 12);
            prop_assert_eq!(r.total.hours_tenths, h);
        }

        #[test]
        fn linear_in_each_factor(s in any_scenario(), k in 1u64..=5) {
            // Scaling one factor of a time line by k scales its unrounded value by k,
            // so the rounded value moves by at most k/2 + 1/2 yen from k × rounded.
            let base = compute(&s);
            for line in [Line::Notebook, Line::Handover, Line::Callback] {
                for f in line.fields() {
                    let mut t = s;
                    let v = f.get(&s).hundredths();
                    f.set(&mut t, Num::from_hundredths(v * k));
                    let scaled = compute(&t).line(line).yen_month as i128;
                    let expect = base.line(line).yen_month as i128 * k as i128;
                    prop_assert!((scaled - expect).abs() <= k as i128, "{:?} {} vs {}", f, scaled, expect);
                }
            }
            let mut t = s;
            t.wage = Num::from_hundredths(s.wage.hundredths() * k);
            let p = compute(&t);
            for line in [Line::Notebook, Line::Handover, Line::Callback] {
                let d = p.line(line).yen_month as i128 - base.line(line).yen_month as i128 * k as i128;
                prop_assert!(d.abs() <= k as i128);
            }
        }

        #[test]
        fn never_panics_and_never_overflows_for_any_numbers(
            vals in proptest::collection::vec(any::<u64>(), 15), on in any::<[bool; 3]>()
        ) {
            let mut s = Preset::Brochure.scenario();
            for (f, v) in Field::ALL.iter().zip(vals) {
                f.set(&mut s, Num::from_hundredths(v));
            }
            s.services.dayservice = on[0];
            s.services.residential = on[1];
            s.services.homevisit = on[2];
            let r = compute(&s);
            // Saturating arithmetic: the sum never wraps below a line.
            for l in r.lines {
                prop_assert!(r.total.yen_month >= l.yen_month);
            }
        }

        #[test]
        fn non_negative_and_monotone_in_people(s in any_scenario()) {
            let r = compute(&s);
            let mut more = s;
            more.handover.people = Num::whole(s.handover.people.hundredths() / 100 + 1).min(Field::HandoverStaff.unit().max());
            prop_assert!(compute(&more).total.yen_month >= r.total.yen_month);
        }
    }
}
