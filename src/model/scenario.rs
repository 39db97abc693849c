//! The facility profile a user enters (`Scenario`), the savings lines and service
//! types, and the table of input fields with their units and sane limits.

use super::costs::Costs;
use super::num::{parse_field, InputError, Kind, Num};

/// A care service type (サービス種別).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Service {
    /// 通所 (day service).
    DayService,
    /// 入所 (residential care).
    Residential,
    /// 訪問 (home visits).
    HomeVisit,
}

// Stable key used in test ids (`service-<key>`) and presets.
crate::stable_keys! {
    Service {
        DayService => "dayservice",
        Residential => "residential",
        HomeVisit => "homevisit",
    }
}

impl Service {
    /// Whether 生産性向上推進体制加算 (2024) can apply to this kind of service: it is
    /// for 施設・居住・短期入所・多機能 services, not 通所 or 訪問
    /// [dxmind.org/archives/2332]. Whether a facility earns it depends on its own
    /// measures (a chat tool alone never does).
    pub const fn productivity_addon(self) -> bool {
        matches!(self, Service::Residential)
    }
}

/// One line of savings in the brochure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Line {
    /// 印刷費 (printing): facility-wide.
    Printing,
    /// 連絡ノート (contact notebook): 通所.
    Notebook,
    /// 申し送り (shift handover): 入所.
    Handover,
    /// 電話かけ直し (call-backs): 訪問.
    Callback,
}

// Stable key used in test ids (`result-<key>-monthly`).
crate::stable_keys! {
    Line {
        Printing => "printing",
        Notebook => "notebook",
        Handover => "handover",
        Callback => "callback",
    }
}

impl Line {
    /// The service type a line belongs to; `None` for facility-wide printing.
    pub const fn service(self) -> Option<Service> {
        match self {
            Line::Printing => None,
            Line::Notebook => Some(Service::DayService),
            Line::Handover => Some(Service::Residential),
            Line::Callback => Some(Service::HomeVisit),
        }
    }

    /// The input fields of this line, in the order of its formula.
    pub const fn fields(self) -> &'static [Field] {
        match self {
            Line::Printing => &[
                Field::PrintingColorSheets,
                Field::PrintingColorPrice,
                Field::PrintingMonoSheets,
                Field::PrintingMonoPrice,
            ],
            Line::Notebook => &[
                Field::NotebookUsers,
                Field::NotebookMinutes,
                Field::NotebookDays,
            ],
            Line::Handover => &[
                Field::HandoverStaff,
                Field::HandoverMinutes,
                Field::HandoverDays,
            ],
            Line::Callback => &[
                Field::CallbackStaff,
                Field::CallbackMinutes,
                Field::CallbackDays,
            ],
        }
    }
}

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
    pub measured: super::measured::Measured,
}

/// Every numeric input of the form. The key is the contract with the screen:
/// `input-<key>` and `error-<key>` test ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Wage,
    PrintingColorSheets,
    PrintingColorPrice,
    PrintingMonoSheets,
    PrintingMonoPrice,
    NotebookUsers,
    NotebookMinutes,
    NotebookDays,
    HandoverStaff,
    HandoverMinutes,
    HandoverDays,
    CallbackStaff,
    CallbackMinutes,
    CallbackDays,
    HoursPerFte,
    LicensePrice,
    LicenseUsers,
    SetupApplyMinutes,
    SetupRosterMinutes,
    SetupPerUserMinutes,
    DevicesCount,
    DevicesPrice,
    OnetimeOther,
    SubsidyRate,
    SubsidyCap1,
    SubsidyCap2,
    SubsidyCap3,
    SubsidyCap4,
    Realization,
    RangeLow,
    RangeHigh,
    Sensitivity,
    BreakevenDays,
    RetentionRate,
    RetentionCost,
    RetentionReduction,
}

/// What a field measures; decides its unit, kind and limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// 円/時
    YenPerHour,
    /// 枚/月
    SheetsPerMonth,
    /// 円/枚
    YenPerSheet,
    /// 人/日 (users or staff per day)
    PeoplePerDay,
    /// 分/日 (minutes saved per person per day)
    MinutesPerDay,
    /// 日/月
    DaysPerMonth,
    /// 時間/月 per full-time staff member
    HoursPerMonth,
    /// 円/人・月 (licence price per user per month)
    YenPerUserMonth,
    /// 人 (accounts, staff)
    People,
    /// 分 (one-time set-up minutes)
    Minutes,
    /// 台 (devices)
    Devices,
    /// 円 (an amount of money)
    Yen,
    /// % (a rate or a multiplier)
    Percent,
}

impl Unit {
    pub const fn kind(self) -> Kind {
        match self {
            Unit::SheetsPerMonth
            | Unit::PeoplePerDay
            | Unit::DaysPerMonth
            | Unit::People
            | Unit::Devices => Kind::Count,
            Unit::YenPerHour
            | Unit::YenPerSheet
            | Unit::MinutesPerDay
            | Unit::HoursPerMonth
            | Unit::YenPerUserMonth
            | Unit::Minutes
            | Unit::Yen
            | Unit::Percent => Kind::Decimal,
        }
    }

    pub const fn min(self) -> Num {
        match self {
            Unit::HoursPerMonth => Num::whole(1),
            _ => Num::ZERO,
        }
    }

    /// Sane maxima: beyond these a value is almost surely a typo.
    pub const fn max(self) -> Num {
        match self {
            Unit::YenPerHour => Num::whole(20_000),
            Unit::SheetsPerMonth => Num::whole(1_000_000),
            Unit::YenPerSheet => Num::whole(1_000),
            Unit::PeoplePerDay => Num::whole(10_000),
            Unit::MinutesPerDay => Num::whole(480),
            Unit::DaysPerMonth => Num::whole(31),
            Unit::HoursPerMonth => Num::whole(744),
            Unit::YenPerUserMonth => Num::whole(100_000),
            Unit::People => Num::whole(100_000),
            Unit::Minutes => Num::whole(100_000),
            Unit::Devices => Num::whole(10_000),
            Unit::Yen => Num::whole(10_000_000_000),
            Unit::Percent => Num::whole(100),
        }
    }
}

crate::stable_keys! {
    Field {
        Wage => "wage",
        PrintingColorSheets => "printing-color-sheets",
        PrintingColorPrice => "printing-color-price",
        PrintingMonoSheets => "printing-mono-sheets",
        PrintingMonoPrice => "printing-mono-price",
        NotebookUsers => "notebook-users",
        NotebookMinutes => "notebook-minutes",
        NotebookDays => "notebook-days",
        HandoverStaff => "handover-staff",
        HandoverMinutes => "handover-minutes",
        HandoverDays => "handover-days",
        CallbackStaff => "callback-staff",
        CallbackMinutes => "callback-minutes",
        CallbackDays => "callback-days",
        HoursPerFte => "hours-per-fte",
        LicensePrice => "license-price",
        LicenseUsers => "license-users",
        SetupApplyMinutes => "setup-apply-minutes",
        SetupRosterMinutes => "setup-roster-minutes",
        SetupPerUserMinutes => "setup-per-user-minutes",
        DevicesCount => "devices-count",
        DevicesPrice => "devices-price",
        OnetimeOther => "onetime-other",
        SubsidyRate => "subsidy-rate",
        SubsidyCap1 => "subsidy-cap-1",
        SubsidyCap2 => "subsidy-cap-2",
        SubsidyCap3 => "subsidy-cap-3",
        SubsidyCap4 => "subsidy-cap-4",
        Realization => "realization",
        RangeLow => "range-low",
        RangeHigh => "range-high",
        Sensitivity => "sensitivity",
        BreakevenDays => "breakeven-days",
        RetentionRate => "retention-rate",
        RetentionCost => "retention-cost",
        RetentionReduction => "retention-reduction",
    }
}

impl Field {
    /// Position in `Field::ALL`.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The stored-record version that introduced this field (costs came in v2).
    pub const fn since(self) -> u32 {
        if self.index() <= Field::HoursPerFte.index() {
            1
        } else {
            2
        }
    }

    pub const fn unit(self) -> Unit {
        match self {
            Field::Wage => Unit::YenPerHour,
            Field::PrintingColorSheets | Field::PrintingMonoSheets => Unit::SheetsPerMonth,
            Field::PrintingColorPrice | Field::PrintingMonoPrice => Unit::YenPerSheet,
            Field::NotebookUsers | Field::HandoverStaff | Field::CallbackStaff => {
                Unit::PeoplePerDay
            }
            Field::NotebookMinutes | Field::HandoverMinutes | Field::CallbackMinutes => {
                Unit::MinutesPerDay
            }
            Field::NotebookDays | Field::HandoverDays | Field::CallbackDays => Unit::DaysPerMonth,
            Field::HoursPerFte => Unit::HoursPerMonth,
            Field::LicensePrice => Unit::YenPerUserMonth,
            Field::LicenseUsers => Unit::People,
            Field::SetupApplyMinutes | Field::SetupRosterMinutes | Field::SetupPerUserMinutes => {
                Unit::Minutes
            }
            Field::DevicesCount => Unit::Devices,
            Field::DevicesPrice
            | Field::OnetimeOther
            | Field::SubsidyCap1
            | Field::SubsidyCap2
            | Field::SubsidyCap3
            | Field::SubsidyCap4
            | Field::RetentionCost => Unit::Yen,
            Field::SubsidyRate
            | Field::Realization
            | Field::RangeLow
            | Field::RangeHigh
            | Field::Sensitivity
            | Field::RetentionRate
            | Field::RetentionReduction => Unit::Percent,
            Field::BreakevenDays => Unit::DaysPerMonth,
        }
    }

    /// Smallest accepted value: the unit's, unless this field needs more.
    pub const fn min_value(self) -> Num {
        match self {
            Field::RangeHigh => Num::whole(100),
            Field::Sensitivity | Field::BreakevenDays => Num::whole(1),
            _ => self.unit().min(),
        }
    }

    /// Largest accepted value: the unit's, unless this field needs another.
    pub const fn max_value(self) -> Num {
        match self {
            Field::RangeHigh => Num::whole(500),
            Field::Sensitivity => Num::whole(90),
            _ => self.unit().max(),
        }
    }

    /// Parses typed text against this field's kind and limits.
    pub fn parse(self, text: &str) -> Result<Num, InputError> {
        parse_field(text, self.unit().kind(), self.min_value(), self.max_value())
    }

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

    /// Whether a value lies within this field's kind and limits.
    pub fn accepts(self, v: Num) -> bool {
        v >= self.min_value()
            && v <= self.max_value()
            && (self.unit().kind() == Kind::Decimal || v.is_whole())
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

/// Every yes/no choice of a scenario. The key is the contract with the screen
/// (`data-testid`) and with stored records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    DayService,
    Residential,
    HomeVisit,
    NeedsLineTalk,
    NeedsAuditDownload,
    SubsidyEnabled,
    EligibleDevices,
    EligibleOther,
    EligibleSetup,
    EligibleLicenseYear,
    RetentionEnabled,
}

crate::stable_keys! {
    Flag {
        DayService => "service-dayservice",
        Residential => "service-residential",
        HomeVisit => "service-homevisit",
        NeedsLineTalk => "needs-line-talk",
        NeedsAuditDownload => "needs-audit-download",
        SubsidyEnabled => "subsidy-enabled",
        EligibleDevices => "subsidy-eligible-devices",
        EligibleOther => "subsidy-eligible-other",
        EligibleSetup => "subsidy-eligible-setup",
        EligibleLicenseYear => "subsidy-eligible-license",
        RetentionEnabled => "retention-enabled",
    }
}

impl Flag {
    /// The choice that switches a service type on or off.
    pub const fn service(s: Service) -> Flag {
        match s {
            Service::DayService => Flag::DayService,
            Service::Residential => Flag::Residential,
            Service::HomeVisit => Flag::HomeVisit,
        }
    }

    /// `data-testid` of its checkbox: `service-<type>` for service types (the
    /// calculator's contract), `input-<key>` for the rest, like numeric inputs.
    pub fn testid(self) -> String {
        match self {
            Flag::DayService | Flag::Residential | Flag::HomeVisit => self.key().to_string(),
            _ => format!("input-{}", self.key()),
        }
    }

    /// The stored-record version that introduced this choice.
    pub const fn since(self) -> u32 {
        match self {
            Flag::DayService | Flag::Residential | Flag::HomeVisit => 1,
            _ => 2,
        }
    }

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

#[cfg(test)]
mod tests {
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
