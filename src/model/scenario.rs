//! The facility profile a user enters (`Scenario`), what each input field and
//! yes/no choice holds in it, and the time study's measured values taken into
//! it. The names of the fields, lines and service types are `field`'s.

use super::costs::Costs;
pub use super::field::{Field, Flag, Line, Service, Unit};
use super::measured::{self, Badge};
use super::num::{Kind, Num};

/// Which service types the facility runs (any combination).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Services {
    pub dayservice: bool,
    pub residential: bool,
    pub homevisit: bool,
}

impl Services {
    pub const fn has(&self, s: Service) -> bool {
        match s {
            Service::DayService => self.dayservice,
            Service::Residential => self.residential,
            Service::HomeVisit => self.homevisit,
        }
    }

    /// Whether a line counts towards the totals.
    pub const fn includes(&self, line: Line) -> bool {
        match line.service() {
            None => true,
            Some(s) => self.has(s),
        }
    }
}

/// 印刷費 (printing): sheets per month × price per sheet, colour and monochrome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Printing {
    pub color_sheets: Num,
    pub color_price: Num,
    pub mono_sheets: Num,
    pub mono_price: Num,
}

/// A time-saving line: people × minutes saved per person per day × days per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeLine {
    /// Users (連絡ノート) or participating staff (申し送り, 電話) per day.
    pub people: Num,
    /// Minutes saved per person per day.
    pub minutes: Num,
    /// Days per month.
    pub days: Num,
}

/// Everything a facility enters. Values are always within their field's limits
/// when they come from the form, a preset or `persist::decode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub services: Services,
    /// 時給 (hourly wage used to value staff time), 円/時.
    pub wage: Num,
    pub printing: Printing,
    /// 連絡ノート (contact notebook), 通所.
    pub notebook: TimeLine,
    /// 申し送り (handover), 入所.
    pub handover: TimeLine,
    /// 電話かけ直し (call-backs), 訪問.
    pub callback: TimeLine,
    /// Working hours of one full-time staff member per month (assumption, editable).
    pub hours_per_fte: Num,
    /// What the platform costs, and the assumptions of payback and ranges.
    pub costs: Costs,
    /// Inputs the facility measured (time study), with what they rest on.
    pub measured: measured::Measured,
}

/// What each field holds in a facility's figures.
impl Field {
    /// Whether this figure takes part in the results of `s`: a savings line's
    /// figures only while its service type is included, the subsidy's only while a
    /// subsidy is counted, the retention module's only while it is on. (The wage is
    /// used by every time line, the rest always.) Reports list only these, so a
    /// reader never takes an unused figure for part of the estimate.
    pub fn in_use(self, s: &Scenario) -> bool {
        use Field::*;
        match self {
            SubsidyRate | SubsidyCap1 | SubsidyCap2 | SubsidyCap3 | SubsidyCap4 => {
                s.costs.subsidy.enabled
            }
            RetentionRate | RetentionCost | RetentionReduction => s.costs.retention.enabled,
            f => Line::ALL
                .into_iter()
                .find(|l| l.fields().contains(&f))
                .is_none_or(|l| s.services.includes(l)),
        }
    }

    pub fn get(self, s: &Scenario) -> Num {
        let mut copy = *s;
        *self.slot(&mut copy)
    }

    pub fn set(self, s: &mut Scenario, v: Num) {
        *self.slot(s) = v;
    }

    fn slot(self, s: &mut Scenario) -> &mut Num {
        match self {
            Field::Wage => &mut s.wage,
            Field::PrintingColorSheets => &mut s.printing.color_sheets,
            Field::PrintingColorPrice => &mut s.printing.color_price,
            Field::PrintingMonoSheets => &mut s.printing.mono_sheets,
            Field::PrintingMonoPrice => &mut s.printing.mono_price,
            Field::NotebookUsers => &mut s.notebook.people,
            Field::NotebookMinutes => &mut s.notebook.minutes,
            Field::NotebookDays => &mut s.notebook.days,
            Field::HandoverStaff => &mut s.handover.people,
            Field::HandoverMinutes => &mut s.handover.minutes,
            Field::HandoverDays => &mut s.handover.days,
            Field::CallbackStaff => &mut s.callback.people,
            Field::CallbackMinutes => &mut s.callback.minutes,
            Field::CallbackDays => &mut s.callback.days,
            Field::HoursPerFte => &mut s.hours_per_fte,
            Field::LicensePrice => &mut s.costs.license.price,
            Field::LicenseUsers => &mut s.costs.license.users,
            Field::SetupApplyMinutes => &mut s.costs.setup.apply_minutes,
            Field::SetupRosterMinutes => &mut s.costs.setup.roster_minutes,
            Field::SetupPerUserMinutes => &mut s.costs.setup.per_user_minutes,
            Field::DevicesCount => &mut s.costs.devices_count,
            Field::DevicesPrice => &mut s.costs.devices_price,
            Field::OnetimeOther => &mut s.costs.other_onetime,
            Field::SubsidyRate => &mut s.costs.subsidy.rate,
            Field::SubsidyCap1 => &mut s.costs.subsidy.caps[0],
            Field::SubsidyCap2 => &mut s.costs.subsidy.caps[1],
            Field::SubsidyCap3 => &mut s.costs.subsidy.caps[2],
            Field::SubsidyCap4 => &mut s.costs.subsidy.caps[3],
            Field::Realization => &mut s.costs.realization,
            Field::RangeLow => &mut s.costs.range_low,
            Field::RangeHigh => &mut s.costs.range_high,
            Field::Sensitivity => &mut s.costs.sensitivity,
            Field::BreakevenDays => &mut s.costs.breakeven_days,
            Field::RetentionRate => &mut s.costs.retention.separation_rate,
            Field::RetentionCost => &mut s.costs.retention.replacement_cost,
            Field::RetentionReduction => &mut s.costs.retention.reduction,
        }
    }
}

/// What each choice holds in a facility's figures.
impl Flag {
    pub fn get(self, s: &Scenario) -> bool {
        let mut copy = *s;
        *self.slot(&mut copy)
    }

    pub fn set(self, s: &mut Scenario, on: bool) {
        *self.slot(s) = on;
    }

    fn slot(self, s: &mut Scenario) -> &mut bool {
        let c = &mut s.costs;
        match self {
            Flag::DayService => &mut s.services.dayservice,
            Flag::Residential => &mut s.services.residential,
            Flag::HomeVisit => &mut s.services.homevisit,
            Flag::NeedsLineTalk => &mut c.license.needs_line_talk,
            Flag::NeedsAuditDownload => &mut c.license.needs_audit_download,
            Flag::SubsidyEnabled => &mut c.subsidy.enabled,
            Flag::EligibleDevices => &mut c.subsidy.eligible_devices,
            Flag::EligibleOther => &mut c.subsidy.eligible_other,
            Flag::EligibleSetup => &mut c.subsidy.eligible_setup,
            Flag::EligibleLicenseYear => &mut c.subsidy.eligible_license_year,
            Flag::RetentionEnabled => &mut c.retention.enabled,
        }
    }
}

impl Scenario {
    /// The first field whose value is outside its limits, if any.
    pub fn invalid_field(&self) -> Option<Field> {
        Field::ALL.into_iter().find(|f| !f.accepts(f.get(self)))
    }

    pub fn line(&self, line: Line) -> Option<&TimeLine> {
        match line {
            Line::Printing => None,
            Line::Notebook => Some(&self.notebook),
            Line::Handover => Some(&self.handover),
            Line::Callback => Some(&self.callback),
        }
    }
}

/// Measured values (the time study's) taken into the figures, and figures
/// typed by hand.
impl Scenario {
    /// Takes a measured value into input `f` with its badge. The value and its
    /// interval are rounded to hundredths (whole numbers for counts of people)
    /// and kept within the field's limits; `false` (nothing changed) for an input
    /// no study measures or a value of zero or less.
    pub fn apply_measured(&mut self, f: Field, value: f64, ci: (f64, f64), n: usize) -> bool {
        if !measured::FIELDS.contains(&f) {
            return false;
        }
        let whole = f.unit().kind() == Kind::Count;
        let fit = |v: f64| {
            let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
            let h = if whole {
                (v.round() * 100.0) as u64
            } else {
                (v * 100.0).round() as u64
            };
            Num::from_hundredths(h).clamp(f.min_value(), f.max_value())
        };
        let v = fit(value);
        if value.is_nan() || value <= 0.0 || v.is_zero() {
            return false;
        }
        let (low, high) = (fit(ci.0.min(value)), fit(ci.1.max(value)));
        f.set(self, v);
        self.measured.set(
            f,
            Badge {
                n: u32::try_from(n).unwrap_or(u32::MAX),
                low: low.min(v),
                high: high.max(v),
            },
        );
        true
    }

    /// Sets an input by hand: a measured input becomes an assumption again.
    pub fn set_by_hand(&mut self, f: Field, v: Num) {
        if f.get(self) != v {
            self.measured.clear(f);
        }
        f.set(self, v);
    }

    /// Takes input `f` as it is in `from`: its value, its measured badge, and for
    /// the licence price the plan it came with. (An edit that cannot be used gives
    /// the figures back the input as it was before the edit began.)
    pub fn take_field(&mut self, f: Field, from: &Scenario) {
        f.set(self, f.get(from));
        match from.measured.get(f) {
            Some(b) => self.measured.set(f, b),
            None => self.measured.clear(f),
        }
        if f == Field::LicensePrice {
            self.costs.license.plan = from.costs.license.plan;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_field_taken_from_other_figures_brings_its_badge_and_plan_and_nothing_else() {
        use crate::model::measured::Badge;
        use crate::model::Plan;
        let start = crate::model::Preset::Brochure.scenario();
        let mut measured = start;
        let v = Field::HandoverMinutes.get(&start);
        let badge = Badge {
            n: 12,
            low: Num::ZERO,
            high: Num::whole(60),
        };
        measured.measured.set(Field::HandoverMinutes, badge);
        // Typed over on the way to a text that cannot be used: the value, the
        // badge and the plan come back; what else changed meanwhile stays.
        let mut now = measured;
        now.set_by_hand(Field::HandoverMinutes, Num::whole(3));
        now.set_by_hand(Field::LicensePrice, Num::whole(3));
        now.costs.license.plan = Plan::Custom;
        now.set_by_hand(Field::Wage, Num::whole(1_600));
        let mut back = now;
        back.take_field(Field::HandoverMinutes, &measured);
        assert_eq!(Field::HandoverMinutes.get(&back), v);
        assert_eq!(back.measured.get(Field::HandoverMinutes), Some(badge));
        assert_eq!(Field::LicensePrice.get(&back), Num::whole(3));
        back.take_field(Field::LicensePrice, &measured);
        assert_eq!(back.costs.license, start.costs.license);
        assert_eq!(Field::Wage.get(&back), Num::whole(1_600));
        // And a badge the edit's start did not have goes.
        let mut badged = start;
        badged.measured.set(Field::HandoverMinutes, badge);
        badged.take_field(Field::HandoverMinutes, &start);
        assert_eq!(badged.measured.get(Field::HandoverMinutes), None);
    }

    #[test]
    fn only_the_figures_of_what_is_counted_are_in_use() {
        let mut s = crate::model::Preset::Brochure.scenario();
        assert!(Field::ALL.into_iter().filter(|f| !f.in_use(&s)).all(
            |f| matches!(f.key(), k if k.starts_with("subsidy-") || k.starts_with("retention-"))
        ));
        s.services.homevisit = false;
        assert!(!Field::CallbackMinutes.in_use(&s));
        assert!(Field::Wage.in_use(&s) && Field::PrintingMonoSheets.in_use(&s));
        s.costs.subsidy.enabled = true;
        assert!(Field::SubsidyRate.in_use(&s));
        assert!(!Field::RetentionRate.in_use(&s));
        s.costs.retention.enabled = true;
        assert!(Field::RetentionCost.in_use(&s));
    }

    use super::*;
    use crate::model::presets::Preset;

    #[test]
    fn keys_are_unique_and_match_the_contract() {
        let mut keys: Vec<_> = Field::ALL.iter().map(|f| f.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Field::ALL.len());
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f.index(), i);
        }
        assert_eq!(Field::NotebookUsers.key(), "notebook-users");
        assert_eq!(Service::HomeVisit.key(), "homevisit");
    }

    #[test]
    fn every_field_is_read_and_written_in_its_own_slot() {
        let mut s = Preset::Brochure.scenario();
        for (i, f) in Field::ALL.into_iter().enumerate() {
            f.set(&mut s, Num::whole(i as u64 + 1));
        }
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f.get(&s), Num::whole(i as u64 + 1), "{f:?}");
        }
    }

    #[test]
    fn every_flag_has_its_own_slot_and_key() {
        let mut s = Preset::Brochure.scenario();
        for f in Flag::ALL {
            f.set(&mut s, false);
        }
        for (i, f) in Flag::ALL.into_iter().enumerate() {
            f.set(&mut s, true);
            for (j, g) in Flag::ALL.into_iter().enumerate() {
                assert_eq!(g.get(&s), j <= i, "{f:?} set, {g:?} read");
            }
        }
        let mut keys: Vec<_> = Flag::ALL.iter().map(|f| f.key()).collect();
        keys.extend(Field::ALL.iter().map(|f| f.key()));
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "flag and field keys never collide");
    }

    #[test]
    fn every_line_field_belongs_to_exactly_one_line() {
        let mut seen = Vec::new();
        for l in Line::ALL {
            seen.extend_from_slice(l.fields());
        }
        seen.sort_unstable();
        let before = seen.len();
        seen.dedup();
        assert_eq!(before, seen.len());
        assert_eq!(seen.len(), 4 + 3 + 3 + 3, "printing 4, each time line 3");
    }
}
