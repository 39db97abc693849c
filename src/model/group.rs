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
use super::num::Num;
use super::presets::Preset;
use super::scenario::{Field, Line, Scenario};

mod ratios;
pub use ratios::Ratios;
use ratios::{median, mid};

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
    /// Its price per account a month (the 法人's plan's, or the quote typed).
    pub price: Num,
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

    /// Adds a facility the person brings in (an estimate, a share link, a new
    /// one): the first of an empty 法人 brings its licence plan and price, the
    /// contract its estimate was made with (typed accounts stay). The person sets
    /// the 法人's own on its screen.
    pub fn bring(&mut self, f: Facility) -> usize {
        if self.facilities.is_empty() {
            self.license = GroupLicense {
                users: self.license.users,
                ..GroupLicense::of(&f.scenario)
            };
        }
        self.add(f)
    }

    /// Facilities whose own estimate has another licence plan or price than the
    /// 法人's contract (which replaces it in every figure), by position.
    pub fn other_prices(&self) -> Vec<usize> {
        self.facilities
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                let own = &f.scenario.costs.license;
                (own.plan, own.price) != (self.license.plan, self.license.price)
            })
            .map(|(i, _)| i)
            .collect()
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
            price: self.license.price,
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
mod tests;
