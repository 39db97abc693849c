//! What the savings are worth after what the platform costs: licence per month,
//! one-time set-up, devices, subsidy, realization, payback, break-even, ranges, the
//! illustrative retention module, and warnings. Exact integer yen, signed.

use super::compute::{line_at, End, Results};
use super::costs::{Plan, FREE_PLAN_MAX_USERS};
use super::num::{div_round, Num};
use super::scenario::{Line, Scenario};

/// When the one-time costs are earned back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payback {
    /// Nothing to earn back (no one-time cost left after subsidy) and value is positive.
    Immediate,
    /// Months, in tenths; `month` is the first whole month at or after break-even.
    Months { tenths: u64, month: u64 },
    /// Net monthly value is zero or negative: it never pays back.
    Never,
}

/// How many minutes per user the platform must save to cover its licence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Breakeven {
    /// Minutes per user per month, tenths.
    pub month_tenths: u64,
    /// Minutes per user per day (÷ `breakeven_days`), hundredths.
    pub day_hundredths: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Free plan with more users than it allows.
    FreePlanTooManyUsers,
    /// Free plan, but the facility relies on talking with families on LINE.
    LineTalkNeedsPaid,
    /// Free plan, but the facility must download the audit log.
    AuditNeedsPaid,
    /// The subsidy hit its cap (the cap in 円).
    SubsidyCapped(u64),
}

/// Low / standard / high of a figure, ordered low ≤ standard ≤ high.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    pub low: i64,
    pub standard: i64,
    pub high: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Economics {
    pub license_monthly: u64,
    /// Running costs a month (the licence).
    pub running_monthly: u64,
    pub setup_yen: u64,
    pub setup_minutes_hundredths: u64,
    pub devices_yen: u64,
    pub other_yen: u64,
    /// One-time costs before subsidy.
    pub onetime_total: u64,
    pub subsidy_yen: u64,
    /// One-time costs after subsidy (negative when the subsidy also covers licence).
    pub onetime_net: i64,
    /// Printing saved (cash), a month.
    pub printing_monthly: u64,
    /// Staff time freed, valued at the wage, before realization.
    pub time_monthly: u64,
    /// Staff time × realization.
    pub time_value_monthly: u64,
    /// Of `time_monthly`, the lines with a measured input, at the low end, as
    /// entered and at the high end of their measured intervals.
    pub measured_monthly: [u64; 3],
    pub retention_monthly: u64,
    /// Cash a month: printing saved − running costs.
    pub cash_monthly: i64,
    /// printing + time × realization + retention − running costs.
    pub net_monthly: i64,
    pub net_yearly: i64,
    /// The net monthly value at the low / standard / high time multipliers.
    pub net_range: Range,
    pub payback: Payback,
    /// `None` when the wage is 0 (time has no value to compare with).
    pub breakeven: Option<Breakeven>,
    pub warnings: Vec<Warning>,
}

fn h(n: Num) -> i128 {
    i128::from(n.hundredths())
}

fn to_u64(v: i128) -> u64 {
    u64::try_from(v.max(0)).unwrap_or(u64::MAX)
}

fn to_i64(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

/// 円 of a product of two fields (each in hundredths).
fn yen_of(a: Num, b: Num) -> i128 {
    div_round(h(a).saturating_mul(h(b)), 10_000)
}

/// Net monthly value at a time multiplier (% of the standard time savings).
/// The net value a month at one end of the range: lines without a measured input
/// scaled by the range's multiplier, measured lines at their intervals' ends.
fn net_at(e: &Economics, s: &Scenario, end: End) -> i128 {
    let (multiplier, i) = match end {
        End::Low => (s.costs.range_low, 0),
        End::Standard => (Num::whole(100), 1),
        End::High => (s.costs.range_high, 2),
    };
    let measured = e.measured_monthly;
    let assumed = i128::from(e.time_monthly) - i128::from(measured[1]);
    let time = div_round(
        assumed
            .saturating_mul(h(multiplier))
            .saturating_add(i128::from(measured[i]).saturating_mul(100 * 100))
            .saturating_mul(h(s.costs.realization)),
        100 * 100 * 100 * 100,
    );
    i128::from(e.printing_monthly) + time + i128::from(e.retention_monthly)
        - i128::from(e.running_monthly)
}

/// Costs, value, payback and warnings of a scenario with its computed savings.
pub fn economics(s: &Scenario, r: &Results) -> Economics {
    let c = &s.costs;
    let users = c.license.users;
    let license_monthly = to_u64(yen_of(c.license.price, users));
    let setup_minutes = h(c.setup.apply_minutes)
        + h(c.setup.roster_minutes)
        + div_round(h(c.setup.per_user_minutes).saturating_mul(h(users)), 100);
    let setup_yen = to_u64(div_round(
        setup_minutes.saturating_mul(h(s.wage)),
        60 * 100 * 100,
    ));
    let devices_yen = to_u64(yen_of(c.devices_count, c.devices_price));
    let other_yen = to_u64(div_round(h(c.other_onetime), 100));
    let onetime_total = setup_yen
        .saturating_add(devices_yen)
        .saturating_add(other_yen);

    let mut warnings = Vec::new();
    let sub = &c.subsidy;
    let subsidy_yen = if sub.enabled {
        let eligible = [
            (sub.eligible_devices, devices_yen),
            (sub.eligible_other, other_yen),
            (sub.eligible_setup, setup_yen),
            (
                sub.eligible_license_year,
                license_monthly.saturating_mul(12),
            ),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .fold(0u64, |a, (_, v)| a.saturating_add(*v));
        let by_rate = to_u64(div_round(
            i128::from(eligible).saturating_mul(h(sub.rate)),
            100 * 100,
        ));
        let cap = to_u64(div_round(h(sub.cap_for(users.hundredths() / 100)), 100));
        if by_rate > cap {
            warnings.push(Warning::SubsidyCapped(cap));
        }
        by_rate.min(cap)
    } else {
        0
    };
    let onetime_net = to_i64(i128::from(onetime_total) - i128::from(subsidy_yen));

    let printing_monthly = r.line(Line::Printing).yen_month;
    let time_monthly = r
        .lines
        .iter()
        .filter(|l| l.line != Line::Printing)
        .fold(0u64, |a, l| a.saturating_add(l.yen_month));
    let mut measured_monthly = [0u64; 3];
    for l in r.lines.iter().filter(|l| s.measured.line(l.line)) {
        for (slot, end) in measured_monthly
            .iter_mut()
            .zip([End::Low, End::Standard, End::High])
        {
            *slot = slot.saturating_add(line_at(s, l, end));
        }
    }
    let time_value_monthly = to_u64(div_round(
        i128::from(time_monthly).saturating_mul(h(c.realization)),
        100 * 100,
    ));
    let ret = &c.retention;
    let retention_monthly = if ret.enabled {
        // staff × rate % × reduction % × cost ÷ 12 months
        to_u64(div_round(
            h(users)
                .saturating_mul(h(ret.separation_rate))
                .saturating_mul(h(ret.reduction))
                .saturating_mul(h(ret.replacement_cost)),
            100i128.pow(4) * 100 * 100 * 12,
        ))
    } else {
        0
    };

    if c.license.plan == Plan::Free {
        if users > Num::whole(FREE_PLAN_MAX_USERS) {
            warnings.push(Warning::FreePlanTooManyUsers);
        }
        if c.license.needs_line_talk {
            warnings.push(Warning::LineTalkNeedsPaid);
        }
        if c.license.needs_audit_download {
            warnings.push(Warning::AuditNeedsPaid);
        }
    }

    let mut e = Economics {
        license_monthly,
        running_monthly: license_monthly,
        setup_yen,
        setup_minutes_hundredths: to_u64(setup_minutes),
        devices_yen,
        other_yen,
        onetime_total,
        subsidy_yen,
        onetime_net,
        printing_monthly,
        time_monthly,
        time_value_monthly,
        measured_monthly,
        retention_monthly,
        cash_monthly: to_i64(i128::from(printing_monthly) - i128::from(license_monthly)),
        net_monthly: 0,
        net_yearly: 0,
        net_range: Range::default(),
        payback: Payback::Never,
        breakeven: None,
        warnings,
    };
    let standard = net_at(&e, s, End::Standard);
    e.net_monthly = to_i64(standard);
    e.net_yearly = to_i64(standard.saturating_mul(12));
    e.net_range = Range {
        low: to_i64(net_at(&e, s, End::Low)),
        standard: e.net_monthly,
        high: to_i64(net_at(&e, s, End::High)),
    };
    e.payback = payback(e.onetime_net, e.net_monthly);
    e.breakeven = (!s.wage.is_zero()).then(|| {
        // price 円 ÷ wage 円/時 × 60 = minutes per user per month
        let month_hundredths = div_round(h(c.license.price).saturating_mul(60 * 100), h(s.wage));
        Breakeven {
            month_tenths: to_u64(div_round(month_hundredths, 10)),
            day_hundredths: to_u64(div_round(
                month_hundredths.saturating_mul(100),
                h(c.breakeven_days),
            )),
        }
    });
    e
}

/// Payback of a one-time amount by a monthly net value.
pub fn payback(onetime_net: i64, net_monthly: i64) -> Payback {
    if net_monthly <= 0 {
        Payback::Never
    } else if onetime_net <= 0 {
        Payback::Immediate
    } else {
        let (o, n) = (i128::from(onetime_net), i128::from(net_monthly));
        Payback::Months {
            tenths: to_u64(div_round(o * 10, n)),
            month: to_u64((o + n - 1) / n),
        }
    }
}

impl Economics {
    /// Cumulative value and cost after `m` months (value at one end of the range).
    pub fn cumulative(&self, s: &Scenario, m: u64, end: End) -> (i64, i64) {
        let monthly_value = net_at(self, s, end) + i128::from(self.running_monthly);
        let value = monthly_value.saturating_mul(i128::from(m));
        let cost = i128::from(self.onetime_net)
            + i128::from(self.running_monthly).saturating_mul(i128::from(m));
        (to_i64(value), to_i64(cost))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compute::compute;
    use crate::model::costs::CONSERVATIVE_REALIZATION;
    use crate::model::presets::Preset;
    use crate::model::strategies::any_scenario;
    use proptest::prelude::*;

    fn econ(s: &Scenario) -> Economics {
        economics(s, &compute(s))
    }

    #[test]
    fn brochure_with_standard_plan() {
        let s = Preset::Brochure.scenario();
        let e = econ(&s);
        let users = s.costs.license.users.hundredths() / 100;
        assert_eq!(e.license_monthly, 450 * users);
        // 5 + 30 + 10 × users minutes at 1,500 円/時
        let minutes = 35 + 10 * users;
        assert_eq!(e.setup_yen, (minutes * 1500 + 30) / 60);
        assert_eq!(e.net_monthly, 519_000 - (450 * users) as i64);
        assert_eq!(e.net_yearly, e.net_monthly * 12);
        assert_eq!(e.cash_monthly, 9_000 - (450 * users) as i64);
        assert!(matches!(e.payback, Payback::Months { month: 1, .. }));
        // 450 ÷ 1,500 × 60 = 18 分/月; ÷ 26 日 = 0.69 分/日
        assert_eq!(
            e.breakeven,
            Some(Breakeven {
                month_tenths: 180,
                day_hundredths: 69
            })
        );
    }

    #[test]
    fn realization_scales_only_staff_time() {
        let mut s = Preset::Brochure.scenario();
        s.costs.realization = CONSERVATIVE_REALIZATION;
        s.costs.license.plan = Plan::Free;
        s.costs.license.price = Num::ZERO;
        let e = econ(&s);
        assert_eq!(e.net_monthly, 9_000 + 510_000 / 2);
    }

    #[test]
    fn payback_boundaries() {
        assert_eq!(payback(100, 0), Payback::Never);
        assert_eq!(payback(100, -5), Payback::Never);
        assert_eq!(payback(0, -5), Payback::Never);
        assert_eq!(payback(0, 1), Payback::Immediate);
        assert_eq!(payback(-50, 1), Payback::Immediate);
        assert_eq!(
            payback(100, 100),
            Payback::Months {
                tenths: 10,
                month: 1
            }
        );
        assert_eq!(
            payback(101, 100),
            Payback::Months {
                tenths: 10,
                month: 2
            }
        );
        assert_eq!(
            payback(250, 100),
            Payback::Months {
                tenths: 25,
                month: 3
            }
        );
        assert_eq!(
            payback(1, 3),
            Payback::Months {
                tenths: 3,
                month: 1
            }
        );
    }

    #[test]
    fn no_payback_when_costs_exceed_value() {
        let mut s = Preset::HomeVisit.scenario();
        s.costs.license.price = Num::whole(5_000);
        s.costs.license.users = Num::whole(100);
        s.costs.other_onetime = Num::whole(300_000);
        let e = econ(&s);
        assert!(e.net_monthly < 0);
        assert_eq!(e.payback, Payback::Never);
    }

    #[test]
    fn subsidy_caps_per_band() {
        let mut s = Preset::Brochure.scenario();
        s.costs.subsidy.enabled = true;
        s.costs.devices_count = Num::whole(40);
        s.costs.devices_price = Num::whole(100_000); // 4,000,000 円 eligible → 3,000,000 at 3/4
        for (staff, cap) in [
            (1, 1_000_000),
            (10, 1_000_000),
            (11, 1_600_000),
            (20, 1_600_000),
            (21, 2_000_000),
            (30, 2_000_000),
            (31, 2_600_000),
            (500, 2_600_000),
        ] {
            s.costs.license.users = Num::whole(staff);
            let e = econ(&s);
            assert_eq!(e.subsidy_yen, cap, "{staff} staff");
            assert!(e.warnings.contains(&Warning::SubsidyCapped(cap)));
        }
        // Under the cap: exactly 3/4 of what is eligible.
        s.costs.devices_count = Num::whole(2);
        let e = econ(&s);
        assert_eq!(e.subsidy_yen, 150_000);
        assert_eq!(e.onetime_net, e.onetime_total as i64 - 150_000);
        // Off by default, and only marked costs count.
        s.costs.subsidy.eligible_devices = false;
        assert_eq!(econ(&s).subsidy_yen, 0);
        s.costs.subsidy.enabled = false;
        s.costs.subsidy.eligible_devices = true;
        assert_eq!(econ(&s).subsidy_yen, 0);
    }

    #[test]
    fn free_plan_warnings() {
        let mut s = Preset::Brochure.scenario();
        s.costs.license.plan = Plan::Free;
        s.costs.license.price = Num::ZERO;
        assert!(econ(&s).warnings.is_empty());
        s.costs.license.users = Num::whole(101);
        s.costs.license.needs_line_talk = true;
        s.costs.license.needs_audit_download = true;
        let w = econ(&s).warnings;
        assert!(w.contains(&Warning::FreePlanTooManyUsers));
        assert!(w.contains(&Warning::LineTalkNeedsPaid));
        assert!(w.contains(&Warning::AuditNeedsPaid));
        s.costs.license.plan = Plan::Standard;
        assert!(econ(&s).warnings.is_empty());
    }

    #[test]
    fn retention_is_off_by_default_and_illustrative_when_on() {
        let mut s = Preset::Brochure.scenario();
        assert_eq!(econ(&s).retention_monthly, 0);
        s.costs.retention.enabled = true;
        s.costs.license.users = Num::whole(100);
        // 100 staff × 12.8 % × 10 % × 551,000 円 ÷ 12 = 58,773.3 → 58,773
        assert_eq!(econ(&s).retention_monthly, 58_773);
    }

    #[test]
    fn no_breakeven_without_a_wage() {
        let mut s = Preset::Brochure.scenario();
        s.wage = Num::ZERO;
        assert_eq!(econ(&s).breakeven, None);
    }

    proptest! {
        #[test]
        fn ranges_are_ordered_and_parts_add_up(s in any_scenario()) {
            let e = econ(&s);
            prop_assert!(e.net_range.low <= e.net_range.standard);
            prop_assert!(e.net_range.standard <= e.net_range.high);
            prop_assert_eq!(
                e.net_monthly as i128,
                e.printing_monthly as i128 + e.time_value_monthly as i128 + e.retention_monthly as i128 - e.running_monthly as i128
            );
            prop_assert_eq!(e.onetime_total, e.setup_yen + e.devices_yen + e.other_yen);
            prop_assert_eq!(e.onetime_net as i128, e.onetime_total as i128 - e.subsidy_yen as i128);
            prop_assert!(e.subsidy_yen == 0 || s.costs.subsidy.enabled);
            match e.payback {
                Payback::Never => prop_assert!(e.net_monthly <= 0),
                Payback::Immediate => prop_assert!(e.onetime_net <= 0 && e.net_monthly > 0),
                Payback::Months { month, .. } => {
                    prop_assert!(e.net_monthly > 0 && month >= 1);
                    // At the break-even month, value has caught up with cost.
                    let (v, c) = e.cumulative(&s, month, End::Standard);
                    prop_assert!(v >= c);
                    let (v, c) = e.cumulative(&s, month - 1, End::Standard);
                    prop_assert!(v < c);
                }
            }
        }

        #[test]
        fn breakeven_minutes_cover_the_licence(s in any_scenario()) {
            let e = econ(&s);
            if let Some(b) = e.breakeven {
                // minutes × wage ÷ 60 ≈ price (within rounding of a tenth of a minute)
                let value = b.month_tenths as u128 * s.wage.hundredths() as u128 / 600;
                let price = s.costs.license.price.hundredths() as u128;
                let tol = s.wage.hundredths() as u128 / 600 + 1;
                prop_assert!(value + tol >= price && value <= price + tol, "{} vs {}", value, price);
            }
        }
    }
}
