//! A facility's ratios per staff member, and the medians they are compared with.

use crate::model::num::div_round;
use crate::model::{Num, Results, Scenario};

/// A facility's figures per staff member (its licence users): `None` when it has no
/// staff (or no days), never NaN or ∞.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratios {
    /// 円 saved a month per staff member (hundredths of a yen).
    pub yen_per_staff_month: Option<Num>,
    /// Minutes freed a day per staff member: the month's hours ÷ staff ÷ the days a
    /// month of `Costs::breakeven_days`, so it reads beside the break-even minutes.
    pub minutes_per_staff_day: Option<Num>,
}

fn ratio(n: u128, d: u128) -> Option<Num> {
    if d == 0 {
        return None;
    }
    let q = div_round(i128::try_from(n).ok()?, i128::try_from(d).ok()?);
    Some(Num::from_hundredths(u64::try_from(q).unwrap_or(u64::MAX)))
}

impl Ratios {
    pub fn of(s: &Scenario, r: &Results) -> Ratios {
        let staff = u128::from(s.costs.license.users.hundredths());
        let days = u128::from(s.costs.breakeven_days.hundredths());
        Ratios {
            // yen ÷ (staff_h / 100), in hundredths.
            yen_per_staff_month: ratio(u128::from(r.total.yen_month) * 10_000, staff),
            // hours_tenths × 6 minutes ÷ (staff_h / 100) ÷ (days_h / 100), in hundredths.
            minutes_per_staff_day: ratio(
                u128::from(r.total.hours_tenths) * 6 * 1_000_000,
                staff * days,
            ),
        }
    }
}

/// Median of hundredths; an even count takes the mean of the middle two (half up).
pub(super) fn median(mut v: Vec<u64>) -> Option<Num> {
    v.sort_unstable();
    let n = v.len();
    let m = match n {
        0 => return None,
        _ if n % 2 == 1 => v[n / 2],
        _ => mid(v[n / 2 - 1], v[n / 2]),
    };
    Some(Num::from_hundredths(m))
}

pub(super) fn mid(a: u64, b: u64) -> u64 {
    u64::try_from(div_round(i128::from(a) + i128::from(b), 2)).unwrap_or(u64::MAX)
}
