//! 法人 (a group of facilities) in one estimate: each facility a whole estimate, the
//! roll-up of its savings, hours and ranges, the licence counted once, payback for
//! the group, each facility's ratios against the group's medians, and inputs far
//! from the other facilities' for a second look. Every figure of one facility comes
//! from `compute`, `ranges`, `economics` and `grade`; every group figure is a sum of
//! those (payback: `economics::payback` of sums), never a formula of its own.

use super::compute::{compute, ranges, LineResult, Results, Totals};
use super::costs::{License, Plan, STANDARD_PRICE};
use super::economics::{economics, payback, Economics, Payback, Warning};
use super::grade::{Evidence, Optimism, Step};
use super::num::{div_round, Num};
use super::presets::Preset;
use super::scenario::{Field, Line, Scenario};

/// 事業所: one facility of the group, a whole estimate (its costs are in `scenario`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facility {
    /// Identity while the app runs (a list key that survives renames and moves),
    /// given by `Group::add`; not written to files.
    pub id: u64,
    /// As typed; shown through `facility::facility_name`.
    pub name: String,
    pub scenario: Scenario,
}

impl Facility {
    pub fn new(name: impl Into<String>, scenario: Scenario) -> Facility {
        Facility {
            id: 0,
            name: name.into(),
            scenario,
        }
    }
}

/// The one licence contract of the group. Its plan and price replace each
/// facility's; its users are the facilities' staff unless typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupLicense {
    pub plan: Plan,
    /// 円 per user per month.
    pub price: Num,
    /// Typed number of accounts (within `Field::LicenseUsers`'s limits); `None`:
    /// the sum of the facilities' licence users.
    pub users: Option<Num>,
}

impl GroupLicense {
    /// The plan and price of one facility's estimate, users summed.
    pub fn of(s: &Scenario) -> GroupLicense {
        GroupLicense {
            plan: s.costs.license.plan,
            price: s.costs.license.price,
            users: None,
        }
    }
}

impl Default for GroupLicense {
    fn default() -> GroupLicense {
        GroupLicense {
            plan: Plan::Standard,
            price: STANDARD_PRICE,
            users: None,
        }
    }
}

/// 法人: facilities in the order the person keeps them, and the licence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    facilities: Vec<Facility>,
    pub license: GroupLicense,
    /// The adjustment for vendor claims the person set (`None`: off).
    pub optimism: Option<Optimism>,
    /// The last id `add` gave.
    last_id: u64,
}

/// No facility at this position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoSuchFacility(pub usize);

/// A removed facility and where it was, to put it back (undo).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub index: usize,
    pub facility: Facility,
}

/// The ends of a sum of ranges: every facility at its own low (worst) or high
/// (best) end at once. Not a 95 % range: the facilities' ends are not independent
/// draws, and no interval is claimed for their sum.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bounds<T> {
    pub worst: T,
    pub best: T,
}

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
fn median(mut v: Vec<u64>) -> Option<Num> {
    v.sort_unstable();
    let n = v.len();
    let m = match n {
        0 => return None,
        _ if n % 2 == 1 => v[n / 2],
        _ => mid(v[n / 2 - 1], v[n / 2]),
    };
    Some(Num::from_hundredths(m))
}

fn mid(a: u64, b: u64) -> u64 {
    u64::try_from(div_round(i128::from(a) + i128::from(b), 2)).unwrap_or(u64::MAX)
}

/// One facility's whole estimate, computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub results: Results,
    /// Each line's (low, high) monthly yen (`compute::ranges`).
    pub ranges: [(u64, u64); 4],
    /// In a group: at the group's plan and price, its own users (its share of the
    /// licence); its free-plan warnings are about its own users, the group's are in
    /// `GroupEconomics`.
    pub economics: Economics,
    pub evidence: Evidence,
    /// The optimism adjustment when the person set one.
    pub optimism: Option<Step>,
    pub ratios: Ratios,
}

impl Estimate {
    pub fn of(s: &Scenario, optimism: Option<Optimism>) -> Estimate {
        let results = compute(s);
        let evidence = Evidence::of(s, &results);
        Estimate {
            ranges: ranges(s, &results),
            economics: economics(s, &results),
            optimism: optimism.map(|o| evidence.optimism(o)),
            ratios: Ratios::of(s, &results),
            evidence,
            results,
        }
    }
}

/// The group's costs and value: one licence, the facilities' one-time costs and
/// subsidies summed, payback by `economics::payback`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupEconomics {
    /// Accounts of the one licence.
    pub users: Num,
    pub license_monthly: u64,
    pub onetime_total: u64,
    pub subsidy_yen: u64,
    pub onetime_net: i64,
    /// The facilities' value a month before the licence (printing + time ×
    /// realization + retention), summed.
    pub value_monthly: i64,
    /// `value_monthly` − the licence.
    pub net_monthly: i64,
    pub net_yearly: i64,
    /// Net a month with every facility at its low / high end.
    pub net_bounds: Bounds<i64>,
    pub payback: Payback,
    /// The licence's warnings (free-plan limits), for the group's users. Subsidy
    /// warnings stay with each facility.
    pub warnings: Vec<Warning>,
}

/// The 法人's figures: each facility's and their sums.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RollUp {
    /// In the order of the group's facilities, at the group's plan and price.
    pub facilities: Vec<Estimate>,
    /// Lines and totals: sums of the facilities' (a line is included when any
    /// facility includes it; FTE is the sum of each facility's own FTE).
    pub results: Results,
    /// Each line's sum of lows and of highs (order of `Line::ALL`).
    pub bounds: [Bounds<u64>; 4],
    pub evidence: Evidence,
    pub optimism: Option<Step>,
    pub economics: GroupEconomics,
    /// The facilities' medians of each ratio (facilities without one left out).
    pub medians: Ratios,
}

impl RollUp {
    /// The adjustment's step for these facilities (`rollup(Some(o)).optimism`
    /// without computing them again).
    pub fn optimism_step(&self, o: Optimism) -> Step {
        step(&self.facilities, o)
    }
}

/// The adjustment's step for a group: each facility's, rounded as its own, added up.
fn step(facilities: &[Estimate], o: Optimism) -> Step {
    facilities.iter().map(|e| e.evidence.optimism(o)).sum()
}

/// An input far from the other facilities' (≥ 3× or ≤ ⅓ of their median), for a
/// second look; nothing is changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecondLook {
    pub facility: usize,
    pub field: Field,
    pub value: Num,
    /// Median of the other facilities' positive values of that input.
    pub median: Num,
}

/// Whether facilities are compared on this input. Not on counts and amounts that
/// grow with a facility's size (a 訪問 of 10 staff is not a typo beside a 特養 of 50;
/// its ratios per staff member are compared instead), nor on the licence price (the
/// group's, not a facility's).
pub const fn compared(f: Field) -> bool {
    use Field::*;
    !matches!(
        f,
        NotebookUsers
            | HandoverStaff
            | CallbackStaff
            | LicenseUsers
            | PrintingColorSheets
            | PrintingMonoSheets
            | DevicesCount
            | OnetimeOther
            | LicensePrice
    )
}

fn to_i64(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

impl Group {
    pub fn new(license: GroupLicense) -> Group {
        Group {
            facilities: Vec::new(),
            license,
            optimism: None,
            last_id: 0,
        }
    }

    pub fn facilities(&self) -> &[Facility] {
        &self.facilities
    }

    /// The facilities' names, in order (what the tables, chart and pages name
    /// each facility's figures by).
    pub fn names(&self) -> Vec<String> {
        self.facilities.iter().map(|f| f.name.clone()).collect()
    }

    /// The facility the calculator edits.
    pub fn facility_mut(&mut self, i: usize) -> Option<&mut Facility> {
        self.facilities.get_mut(i)
    }

    /// Adds a facility at the end, with an id of its own; its position.
    pub fn add(&mut self, f: Facility) -> usize {
        self.last_id += 1;
        self.facilities.push(Facility {
            id: self.last_id,
            ..f
        });
        self.facilities.len() - 1
    }

    /// Adds another 法人's facilities (a file opened), up to `max` facilities in all;
    /// an empty 法人 also takes its licence and adjustment. How many were added.
    pub fn add_all(&mut self, other: Group, max: usize) -> usize {
        if self.facilities.is_empty() {
            self.license = other.license;
            self.optimism = other.optimism;
        }
        let room = max.saturating_sub(self.facilities.len());
        let n = other.facilities.len().min(room);
        for f in other.facilities.into_iter().take(n) {
            self.add(f);
        }
        n
    }

    /// Takes another 法人's facilities, licence and adjustment in place of its own
    /// (another tab's stored 法人): its facilities get new ids, so nothing drawn for
    /// an old one is taken for a new one.
    pub fn replace_with(&mut self, other: Group) {
        self.facilities.clear();
        self.license = other.license;
        self.optimism = other.optimism;
        for f in other.facilities {
            self.add(f);
        }
    }

    /// The group as its figures see it: no names, no adjustment (`rollup(None)` and
    /// `second_looks` read neither), so a name or the adjustment typed changes
    /// nothing a screen computes from this.
    pub fn figures(&self) -> Group {
        Group {
            facilities: self
                .facilities
                .iter()
                .map(|f| Facility {
                    id: f.id,
                    name: String::new(),
                    scenario: f.scenario,
                })
                .collect(),
            license: self.license,
            optimism: None,
            last_id: 0,
        }
    }

    /// The position of the facility with this id.
    pub fn position(&self, id: u64) -> Option<usize> {
        self.facilities.iter().position(|f| f.id == id)
    }

    pub fn rename(&mut self, i: usize, name: impl Into<String>) -> Result<(), NoSuchFacility> {
        let f = self.facilities.get_mut(i).ok_or(NoSuchFacility(i))?;
        f.name = name.into();
        Ok(())
    }

    /// Moves the facility at `from` to position `to`, the others keeping their order.
    pub fn move_to(&mut self, from: usize, to: usize) -> Result<(), NoSuchFacility> {
        let n = self.facilities.len();
        if from >= n || to >= n {
            return Err(NoSuchFacility(from.max(to)));
        }
        let f = self.facilities.remove(from);
        self.facilities.insert(to, f);
        Ok(())
    }

    pub fn remove(&mut self, i: usize) -> Result<Removed, NoSuchFacility> {
        if i >= self.facilities.len() {
            return Err(NoSuchFacility(i));
        }
        Ok(Removed {
            index: i,
            facility: self.facilities.remove(i),
        })
    }

    /// Undoes a removal: back at its position (or at the end if the group is now
    /// shorter); the position it took.
    pub fn restore(&mut self, r: Removed) -> usize {
        let i = r.index.min(self.facilities.len());
        self.facilities.insert(i, r.facility);
        i
    }

    /// Accounts of the one licence: typed, or the facilities' licence users summed.
    pub fn users(&self) -> Num {
        self.license
            .users
            .unwrap_or_else(|| self.facilities_users())
    }

    /// The facilities' licence users summed (the licence's accounts unless typed).
    pub fn facilities_users(&self) -> Num {
        Num::from_hundredths(self.facilities.iter().fold(0u64, |a, f| {
            a.saturating_add(f.scenario.costs.license.users.hundredths())
        }))
    }

    /// A facility's scenario under the group's contract: the group's plan and price,
    /// its own users (its share of the licence, its set-up and its subsidy).
    pub fn in_group(&self, s: &Scenario) -> Scenario {
        let mut s = *s;
        s.costs.license.plan = self.license.plan;
        s.costs.license.price = self.license.price;
        s
    }

    /// The licence's cost and warnings by `economics`'s own rules, asked of a
    /// scenario that carries only the group's licence (subsidy off).
    fn license(&self, users: Num) -> Economics {
        let mut c = Preset::Brochure.scenario();
        let any =
            |f: fn(&License) -> bool| self.facilities.iter().any(|x| f(&x.scenario.costs.license));
        c.costs.license = License {
            plan: self.license.plan,
            price: self.license.price,
            users,
            needs_line_talk: any(|l| l.needs_line_talk),
            needs_audit_download: any(|l| l.needs_audit_download),
        };
        c.costs.subsidy.enabled = false;
        economics(&c, &compute(&c))
    }

    /// Every facility's estimate and the group's sums.
    pub fn rollup(&self, optimism: Option<Optimism>) -> RollUp {
        let facilities: Vec<Estimate> = self
            .facilities
            .iter()
            .map(|f| Estimate::of(&self.in_group(&f.scenario), optimism))
            .collect();
        let mut lines = Line::ALL.map(|line| LineResult {
            line,
            included: false,
            hours_tenths: 0,
            yen_month: 0,
            yen_year: 0,
        });
        let mut total = Totals::default();
        let mut bounds = [Bounds::<u64>::default(); 4];
        let (mut value, mut worst, mut best) = (0i128, 0i128, 0i128);
        let (mut onetime, mut subsidy, mut onetime_net) = (0u64, 0u64, 0i128);
        for e in &facilities {
            for ((g, l), (b, r)) in lines
                .iter_mut()
                .zip(&e.results.lines)
                .zip(bounds.iter_mut().zip(e.ranges))
            {
                g.included |= l.included;
                g.hours_tenths = g.hours_tenths.saturating_add(l.hours_tenths);
                g.yen_month = g.yen_month.saturating_add(l.yen_month);
                g.yen_year = g.yen_year.saturating_add(l.yen_year);
                b.worst = b.worst.saturating_add(r.0);
                b.best = b.best.saturating_add(r.1);
            }
            let t = &e.results.total;
            total.yen_month = total.yen_month.saturating_add(t.yen_month);
            total.yen_year = total.yen_year.saturating_add(t.yen_year);
            total.hours_tenths = total.hours_tenths.saturating_add(t.hours_tenths);
            total.fte_tenths = total.fte_tenths.saturating_add(t.fte_tenths);
            let x = &e.economics;
            let own = i128::from(x.running_monthly);
            value += i128::from(x.net_monthly) + own;
            worst += i128::from(x.net_range.low) + own;
            best += i128::from(x.net_range.high) + own;
            onetime = onetime.saturating_add(x.onetime_total);
            subsidy = subsidy.saturating_add(x.subsidy_yen);
            onetime_net += i128::from(x.onetime_net);
        }
        let users = self.users();
        let lic = self.license(users);
        let license = i128::from(lic.license_monthly);
        let net = to_i64(value - license);
        let onetime_net = to_i64(onetime_net);
        let economics = GroupEconomics {
            users,
            license_monthly: lic.license_monthly,
            onetime_total: onetime,
            subsidy_yen: subsidy,
            onetime_net,
            value_monthly: to_i64(value),
            net_monthly: net,
            net_yearly: to_i64(i128::from(net).saturating_mul(12)),
            net_bounds: Bounds {
                worst: to_i64(worst - license),
                best: to_i64(best - license),
            },
            payback: payback(onetime_net, net),
            warnings: lic.warnings,
        };
        let medians = Ratios {
            yen_per_staff_month: median(
                facilities
                    .iter()
                    .filter_map(|e| e.ratios.yen_per_staff_month.map(Num::hundredths))
                    .collect(),
            ),
            minutes_per_staff_day: median(
                facilities
                    .iter()
                    .filter_map(|e| e.ratios.minutes_per_staff_day.map(Num::hundredths))
                    .collect(),
            ),
        };
        RollUp {
            results: Results { lines, total },
            bounds,
            evidence: facilities.iter().map(|e| e.evidence).sum(),
            optimism: optimism.map(|o| step(&facilities, o)),
            economics,
            medians,
            facilities,
        }
    }

    /// Inputs in use whose value is ≥ 3× or ≤ ⅓ of the median of the other
    /// facilities' positive values of that input, where at least two others have
    /// one; by facility, then field. Only `compared` inputs.
    pub fn second_looks(&self) -> Vec<SecondLook> {
        let mut out = Vec::new();
        for f in Field::ALL.into_iter().filter(|f| compared(*f)) {
            let vals: Vec<Option<u64>> = self
                .facilities
                .iter()
                .map(|x| {
                    let s = &x.scenario;
                    Some(f.get(s).hundredths()).filter(|v| f.in_use(s) && *v > 0)
                })
                .collect();
            let mut sorted: Vec<u64> = vals.iter().flatten().copied().collect();
            sorted.sort_unstable();
            for (i, x) in self.facilities.iter().enumerate() {
                if !f.in_use(&x.scenario) {
                    continue;
                }
                let v = f.get(&x.scenario).hundredths();
                // The others' values: `sorted` without this facility's own.
                let skip = vals[i].map(|v| sorted.partition_point(|y| *y < v));
                let n = sorted.len() - usize::from(skip.is_some());
                let at = |j: usize| sorted[j + usize::from(skip.is_some_and(|k| j >= k))];
                if n < 2 {
                    continue;
                }
                let m = if n % 2 == 1 {
                    at(n / 2)
                } else {
                    mid(at(n / 2 - 1), at(n / 2))
                };
                let (v3, m3) = (u128::from(v), u128::from(m));
                if v3 >= 3 * m3 || 3 * v3 <= m3 {
                    out.push(SecondLook {
                        facility: i,
                        field: f,
                        value: Num::from_hundredths(v),
                        median: Num::from_hundredths(m),
                    });
                }
            }
        }
        out.sort_by_key(|l| (l.facility, l.field));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::grade::Grade;
    use crate::model::strategies::any_scenario;
    use proptest::prelude::*;

    fn group_of(scenarios: &[Scenario]) -> Group {
        let mut g = Group::new(GroupLicense::of(&scenarios[0]));
        for (i, s) in scenarios.iter().enumerate() {
            g.add(Facility::new(format!("施設{i}"), *s));
        }
        g
    }

    fn three() -> Group {
        group_of(&[
            Preset::Brochure.scenario(),
            Preset::Residential.scenario(),
            Preset::HomeVisit.scenario(),
        ])
    }

    #[test]
    fn three_facilities_add_up_and_pay_one_licence() {
        let g = three();
        let r = g.rollup(None);
        // 519,000 + (9,000 + 375,000) + (9,000 + 37,500)
        assert_eq!(r.results.total.yen_month, 949_500);
        assert_eq!(r.results.total.yen_year, 949_500 * 12);
        assert_eq!(r.results.line(Line::Printing).yen_month, 27_000);
        // Hours 340 + 250 + 25; FTE 2.1 + 1.6 + 0.2 (each its own rounding).
        assert_eq!(r.results.total.hours_tenths, 6_150);
        assert_eq!(r.results.total.fte_tenths, 21 + 16 + 2);
        // Users 60 + 50 + 10 = 120 at 450円, once.
        let e = &r.economics;
        assert_eq!((e.users, e.license_monthly), (Num::whole(120), 54_000));
        assert_eq!(e.net_monthly, 949_500 - 54_000);
        assert_eq!(e.net_yearly, e.net_monthly * 12);
        assert_eq!(r.evidence.percents(), Some([0, 0, 100, 0]));
        // Bounds: the lines' 50 % / 150 %, summed; printing has no range.
        let h = r.bounds[Line::Handover as usize];
        assert_eq!((h.worst, h.best), (375_000, 1_125_000));
        assert_eq!(e.net_bounds.worst, 27_000 + (949_500 - 27_000) / 2 - 54_000);
        // A typed number of accounts replaces the sum, on the free plan with its limit.
        let mut g = g;
        g.license = GroupLicense {
            plan: Plan::Free,
            price: Num::ZERO,
            users: Some(Num::whole(101)),
        };
        let e = g.rollup(None).economics;
        assert_eq!((e.users, e.license_monthly), (Num::whole(101), 0));
        assert_eq!(e.warnings, vec![Warning::FreePlanTooManyUsers]);
        assert!(matches!(e.payback, Payback::Months { month: 1, .. }));
    }

    #[test]
    fn ratios_and_medians() {
        let g = three();
        let r = g.rollup(None);
        let yen: Vec<_> = r
            .facilities
            .iter()
            .map(|e| e.ratios.yen_per_staff_month)
            .collect();
        // 519,000 ÷ 60 = 8,650; 384,000 ÷ 50 = 7,680; 46,500 ÷ 10 = 4,650.
        assert_eq!(
            yen,
            [865_000, 768_000, 465_000].map(|h| Some(Num::from_hundredths(h)))
        );
        assert_eq!(r.medians.yen_per_staff_month, Some(Num::whole(7_680)));
        // 340 h × 60 ÷ 60 staff ÷ 26 days = 13.08 min; 250 h: 11.54; 25 h: 5.77.
        let min = r.facilities[0].ratios.minutes_per_staff_day;
        assert_eq!(min, Some(Num::from_hundredths(1_308)));
        // Even count: the mean of the middle two; no staff: no ratio, left out.
        let mut g = g;
        let mut none = Preset::DayService.scenario();
        none.costs.license.users = Num::ZERO;
        g.add(Facility::new("0人", none));
        let r = g.rollup(None);
        assert_eq!(r.facilities[3].ratios, Ratios::default());
        assert_eq!(r.medians.yen_per_staff_month, Some(Num::whole(7_680)));
        g.add(Facility::new("5", Preset::DayService.scenario())); // 106,500 ÷ 10
        let r = g.rollup(None);
        assert_eq!(
            r.medians.yen_per_staff_month,
            Some(Num::whole((7_680 + 8_650) / 2))
        );
        assert_eq!(median(vec![1, 2]), Some(Num::from_hundredths(2)), "half up");
        assert_eq!(Group::default().rollup(None).medians, Ratios::default());
    }

    #[test]
    fn an_input_far_from_the_others_is_flagged_not_changed() {
        let mut g = three();
        let mut odd = Preset::Residential.scenario();
        odd.handover.minutes = Num::whole(30); // others: 10, 10
        g.add(Facility::new("特養", odd));
        let before = g.clone();
        let looks = g.second_looks();
        assert_eq!(
            looks,
            vec![SecondLook {
                facility: 3,
                field: Field::HandoverMinutes,
                value: Num::whole(30),
                median: Num::whole(10),
            }]
        );
        assert_eq!(g, before);
        // 29 min is under 3×; one other is too few to compare with.
        g.facility_mut(3).unwrap().scenario.handover.minutes = Num::whole(29);
        assert!(g.second_looks().is_empty());
        let two = group_of(&[Preset::Residential.scenario(), odd]);
        assert!(two.second_looks().is_empty());
        // A third of the median (or zero) is flagged too.
        g.facility_mut(3).unwrap().scenario.handover.minutes = Num::from_hundredths(333);
        assert_eq!(g.second_looks()[0].field, Field::HandoverMinutes);
    }

    #[test]
    fn a_file_adds_its_facilities_and_an_empty_group_takes_its_licence() {
        let mut file = Group::new(GroupLicense {
            users: Some(Num::whole(90)),
            ..GroupLicense::default()
        });
        for name in ["A", "B", "C"] {
            file.add(Facility::new(name, Preset::Brochure.scenario()));
        }
        let mut g = Group::default();
        assert_eq!(g.add_all(file.clone(), 200), 3);
        assert_eq!(g.license.users, Some(Num::whole(90)));
        // A 法人 with facilities keeps its own licence; ids stay unique; the limit holds.
        g.license.users = None;
        assert_eq!(g.add_all(file, 4), 1);
        assert_eq!(g.license.users, None);
        let names: Vec<_> = g.facilities().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C", "A"]);
        let mut ids: Vec<_> = g.facilities().iter().map(|f| f.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 4);
        // Another tab's 法人 in place of this one: its facilities, never old ids.
        let before: Vec<_> = g.facilities().iter().map(|f| f.id).collect();
        let mut theirs = Group::default();
        theirs.add(Facility::new("Z", Preset::Brochure.scenario()));
        g.replace_with(theirs);
        assert_eq!(g.facilities().len(), 1);
        assert!(!before.contains(&g.facilities()[0].id));
    }

    #[test]
    fn edits_and_undo() {
        let mut g = three();
        let names = |g: &Group| {
            g.facilities()
                .iter()
                .map(|f| f.name.clone())
                .collect::<Vec<_>>()
        };
        g.rename(1, "特養さくら").unwrap();
        assert_eq!(g.rename(3, "x"), Err(NoSuchFacility(3)));
        g.move_to(0, 2).unwrap();
        assert_eq!(names(&g), ["特養さくら", "施設2", "施設0"]);
        assert_eq!(g.move_to(0, 3), Err(NoSuchFacility(3)));
        let removed = g.remove(1).unwrap();
        assert_eq!(names(&g), ["特養さくら", "施設0"]);
        assert_eq!(g.restore(removed), 1);
        assert_eq!(names(&g), ["特養さくら", "施設2", "施設0"]);
        assert_eq!(g.remove(5), Err(NoSuchFacility(5)));
        let last = g.remove(2).unwrap();
        g.remove(0).unwrap();
        assert_eq!(g.restore(last), 1, "at the end of a shorter group");
    }

    #[test]
    fn a_measured_facility_shifts_the_groups_evidence() {
        let mut g = three();
        let s = &mut g.facility_mut(1).unwrap().scenario;
        assert!(s.apply_measured(Field::HandoverMinutes, 10.0, (6.0, 14.0), 40));
        let r = g.rollup(Optimism::new(Num::whole(20)).ok());
        assert_eq!(r.evidence.totals()[Grade::Measured.index()], 93_750);
        let step = r.optimism.unwrap();
        assert_eq!(step.total, (949_500 - 93_750) / 5);
        assert_eq!(g.rollup(None).optimism, None);
    }

    fn any_group() -> impl Strategy<Value = (Vec<Scenario>, Option<u64>)> {
        (
            proptest::collection::vec(any_scenario(), 1..6),
            proptest::option::of(0u64..=100_000),
        )
    }

    proptest! {
        /// What the screen computes from `figures()` is what the group gives, and a
        /// name or the adjustment typed leaves `figures()` as it was.
        #[test]
        fn figures_compute_as_the_group_and_ignore_names_and_adjustment(
            (ss, typed) in any_group(),
            name in "\\PC{0,12}",
            pct in 0u64..=100,
        ) {
            let mut g = group_of(&ss);
            g.license.users = typed.map(Num::whole);
            let f = g.figures();
            prop_assert_eq!(f.rollup(None), g.rollup(None));
            prop_assert_eq!(f.second_looks(), g.second_looks());
            let o = Optimism::new(Num::whole(pct)).unwrap();
            prop_assert_eq!(Some(g.rollup(None).optimism_step(o)), g.rollup(Some(o)).optimism);
            g.rename(0, name).unwrap();
            g.optimism = Optimism::new(Num::whole(pct)).ok();
            prop_assert_eq!(g.figures(), f.clone());
            // A figure changed is seen.
            let mut s = ss[0];
            s.wage = if s.wage == Num::whole(1) { Num::whole(2) } else { Num::whole(1) };
            g.facility_mut(0).unwrap().scenario = s;
            prop_assert_ne!(g.figures(), f);
        }

        #[test]
        fn group_totals_are_the_sums_of_the_facilities((ss, typed) in any_group()) {
            let mut g = group_of(&ss);
            g.license.users = typed.map(Num::whole);
            let r = g.rollup(None);
            let own: Vec<Results> = ss.iter().map(compute).collect();
            for (i, line) in r.results.lines.iter().enumerate() {
                prop_assert_eq!(line.yen_month, own.iter().map(|o| o.lines[i].yen_month).sum::<u64>());
                prop_assert_eq!(line.yen_year, own.iter().map(|o| o.lines[i].yen_year).sum::<u64>());
                prop_assert_eq!(line.hours_tenths, own.iter().map(|o| o.lines[i].hours_tenths).sum::<u64>());
                let rg: Vec<_> = ss.iter().zip(&own).map(|(s, o)| ranges(s, o)[i]).collect();
                prop_assert_eq!(r.bounds[i].worst, rg.iter().map(|x| x.0).sum::<u64>());
                prop_assert_eq!(r.bounds[i].best, rg.iter().map(|x| x.1).sum::<u64>());
                prop_assert!(r.bounds[i].worst <= line.yen_month && line.yen_month <= r.bounds[i].best);
            }
            let t = &r.results.total;
            prop_assert_eq!(t.yen_month, own.iter().map(|o| o.total.yen_month).sum::<u64>());
            prop_assert_eq!(t.yen_month, r.results.lines.iter().map(|l| l.yen_month).sum::<u64>());
            prop_assert_eq!(t.yen_year, t.yen_month * 12);
            prop_assert_eq!(t.hours_tenths, own.iter().map(|o| o.total.hours_tenths).sum::<u64>());
            prop_assert_eq!(t.fte_tenths, own.iter().map(|o| o.total.fte_tenths).sum::<u64>());
            prop_assert_eq!(r.evidence.totals().iter().sum::<u64>(), t.yen_month);

            // The licence, once: price × the group's users, never per facility.
            let users = typed.map_or_else(
                || ss.iter().map(|s| s.costs.license.users.hundredths()).sum::<u64>(),
                |u| u * 100,
            );
            let price = g.license.price.hundredths();
            let e = &r.economics;
            prop_assert_eq!(e.users.hundredths(), users);
            prop_assert_eq!(e.license_monthly as i128, div_round(i128::from(price) * i128::from(users), 10_000));
            let value: i128 = r.facilities.iter()
                .map(|f| i128::from(f.economics.net_monthly) + i128::from(f.economics.running_monthly)).sum();
            prop_assert_eq!(i128::from(e.net_monthly), value - i128::from(e.license_monthly));
            prop_assert_eq!(e.onetime_net, r.facilities.iter().map(|f| f.economics.onetime_net).sum::<i64>());
            prop_assert_eq!(e.payback, payback(e.onetime_net, e.net_monthly));
            prop_assert!(e.net_bounds.worst <= e.net_monthly && e.net_monthly <= e.net_bounds.best);
            for (f, s) in r.facilities.iter().zip(&ss) {
                let staffed = !s.costs.license.users.is_zero();
                prop_assert_eq!(f.ratios.yen_per_staff_month.is_some(), staffed);
                prop_assert_eq!(f.ratios.minutes_per_staff_day.is_some(), staffed);
            }
        }

        #[test]
        fn a_group_of_one_is_that_facility(s in any_scenario()) {
            let g = group_of(&[s]);
            let r = g.rollup(None);
            let own = economics(&s, &compute(&s));
            let e = &r.economics;
            prop_assert_eq!(r.results, compute(&s));
            prop_assert_eq!(e.license_monthly, own.license_monthly);
            prop_assert_eq!(e.net_monthly, own.net_monthly);
            prop_assert_eq!(e.net_yearly, own.net_yearly);
            prop_assert_eq!(e.onetime_net, own.onetime_net);
            prop_assert_eq!(e.payback, own.payback);
            prop_assert_eq!((e.net_bounds.worst, e.net_bounds.best), (own.net_range.low, own.net_range.high));
            prop_assert_eq!(&r.facilities[0].economics, &own);
        }

        #[test]
        fn second_looks_are_the_others_medians_and_change_nothing(
            (ss, _) in any_group(), small in proptest::collection::vec(0u64..4, 6)
        ) {
            // Few distinct minutes, so that facilities share values.
            let mut ss = ss;
            for (s, m) in ss.iter_mut().zip(small) {
                s.handover.minutes = Num::whole(m);
            }
            let g = group_of(&ss);
            let before = g.clone();
            let looks = g.second_looks();
            prop_assert_eq!(&g, &before);
            // Oracle: the median of the others' positive values, found the long way.
            let mut expect = Vec::new();
            for (i, s) in ss.iter().enumerate() {
                for f in Field::ALL.into_iter().filter(|f| compared(*f) && f.in_use(s)) {
                    let others: Vec<u64> = ss.iter().enumerate()
                        .filter(|(j, o)| *j != i && f.in_use(o))
                        .map(|(_, o)| f.get(o).hundredths())
                        .filter(|v| *v > 0)
                        .collect();
                    if others.len() < 2 {
                        continue;
                    }
                    let m = median(others).unwrap();
                    let v = f.get(s);
                    let (v3, m3) = (u128::from(v.hundredths()), u128::from(m.hundredths()));
                    if v3 >= 3 * m3 || 3 * v3 <= m3 {
                        expect.push(SecondLook { facility: i, field: f, value: v, median: m });
                    }
                }
            }
            prop_assert_eq!(looks, expect);
        }
    }
}
