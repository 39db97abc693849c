//! The calculator's inputs as names: the service types, the savings lines, the
//! input fields with their units and sane limits, and the yes/no choices, each
//! with its stable key. What each one holds in a facility's figures is the
//! scenario's (`scenario`: `Field::get`, `Flag::set`, …), so this module needs no
//! scenario and the scenario's parts (its measured badges) can name fields
//! without importing the scenario back.

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

/// One description per field: its stable key (`input-<key>`, `error-<key>`,
/// stored records, links, CSV), its unit (its kind, whole or decimal), the limits
/// a value must keep (the unit's, unless the field needs others) and the
/// stored-record version that brought it. Every question about a field but its
/// value in a facility's figures (`scenario`) and its words (`i18n`) reads its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub field: Field,
    pub key: &'static str,
    pub unit: Unit,
    pub min: Num,
    pub max: Num,
    /// The stored-record version that introduced it (costs came in v2).
    pub since: u32,
}

impl Spec {
    const fn new(field: Field, key: &'static str, unit: Unit, since: u32) -> Spec {
        Spec {
            field,
            key,
            unit,
            min: unit.min(),
            max: unit.max(),
            since,
        }
    }

    /// Limits of the field's own, where its unit's do not fit.
    const fn limits(self, min: Num, max: Num) -> Spec {
        Spec { min, max, ..self }
    }
}

/// Every field's description, in the order of `Field` (checked when compiled).
/// A key never changes once released.
const SPECS: [Spec; 36] = [
    Spec::new(Field::Wage, "wage", Unit::YenPerHour, 1),
    Spec::new(
        Field::PrintingColorSheets,
        "printing-color-sheets",
        Unit::SheetsPerMonth,
        1,
    ),
    Spec::new(
        Field::PrintingColorPrice,
        "printing-color-price",
        Unit::YenPerSheet,
        1,
    ),
    Spec::new(
        Field::PrintingMonoSheets,
        "printing-mono-sheets",
        Unit::SheetsPerMonth,
        1,
    ),
    Spec::new(
        Field::PrintingMonoPrice,
        "printing-mono-price",
        Unit::YenPerSheet,
        1,
    ),
    Spec::new(
        Field::NotebookUsers,
        "notebook-users",
        Unit::PeoplePerDay,
        1,
    ),
    Spec::new(
        Field::NotebookMinutes,
        "notebook-minutes",
        Unit::MinutesPerDay,
        1,
    ),
    Spec::new(Field::NotebookDays, "notebook-days", Unit::DaysPerMonth, 1),
    Spec::new(
        Field::HandoverStaff,
        "handover-staff",
        Unit::PeoplePerDay,
        1,
    ),
    Spec::new(
        Field::HandoverMinutes,
        "handover-minutes",
        Unit::MinutesPerDay,
        1,
    ),
    Spec::new(Field::HandoverDays, "handover-days", Unit::DaysPerMonth, 1),
    Spec::new(
        Field::CallbackStaff,
        "callback-staff",
        Unit::PeoplePerDay,
        1,
    ),
    Spec::new(
        Field::CallbackMinutes,
        "callback-minutes",
        Unit::MinutesPerDay,
        1,
    ),
    Spec::new(Field::CallbackDays, "callback-days", Unit::DaysPerMonth, 1),
    Spec::new(Field::HoursPerFte, "hours-per-fte", Unit::HoursPerMonth, 1),
    Spec::new(
        Field::LicensePrice,
        "license-price",
        Unit::YenPerUserMonth,
        2,
    ),
    Spec::new(Field::LicenseUsers, "license-users", Unit::People, 2),
    Spec::new(
        Field::SetupApplyMinutes,
        "setup-apply-minutes",
        Unit::Minutes,
        2,
    ),
    Spec::new(
        Field::SetupRosterMinutes,
        "setup-roster-minutes",
        Unit::Minutes,
        2,
    ),
    Spec::new(
        Field::SetupPerUserMinutes,
        "setup-per-user-minutes",
        Unit::Minutes,
        2,
    ),
    Spec::new(Field::DevicesCount, "devices-count", Unit::Devices, 2),
    Spec::new(Field::DevicesPrice, "devices-price", Unit::Yen, 2),
    Spec::new(Field::OnetimeOther, "onetime-other", Unit::Yen, 2),
    Spec::new(Field::SubsidyRate, "subsidy-rate", Unit::Percent, 2),
    Spec::new(Field::SubsidyCap1, "subsidy-cap-1", Unit::Yen, 2),
    Spec::new(Field::SubsidyCap2, "subsidy-cap-2", Unit::Yen, 2),
    Spec::new(Field::SubsidyCap3, "subsidy-cap-3", Unit::Yen, 2),
    Spec::new(Field::SubsidyCap4, "subsidy-cap-4", Unit::Yen, 2),
    Spec::new(Field::Realization, "realization", Unit::Percent, 2),
    Spec::new(Field::RangeLow, "range-low", Unit::Percent, 2),
    Spec::new(Field::RangeHigh, "range-high", Unit::Percent, 2)
        .limits(Num::whole(100), Num::whole(500)),
    Spec::new(Field::Sensitivity, "sensitivity", Unit::Percent, 2)
        .limits(Num::whole(1), Num::whole(90)),
    Spec::new(
        Field::BreakevenDays,
        "breakeven-days",
        Unit::DaysPerMonth,
        2,
    )
    .limits(Num::whole(1), Unit::DaysPerMonth.max()),
    Spec::new(Field::RetentionRate, "retention-rate", Unit::Percent, 2),
    Spec::new(Field::RetentionCost, "retention-cost", Unit::Yen, 2),
    Spec::new(
        Field::RetentionReduction,
        "retention-reduction",
        Unit::Percent,
        2,
    ),
];

// Each row sits at its field's position, so `Field::spec` is an index.
const _: () = {
    let mut i = 0;
    while i < SPECS.len() {
        assert!(SPECS[i].field as usize == i);
        i += 1;
    }
};

impl Field {
    /// Every field, in the order of the form.
    pub const ALL: [Field; SPECS.len()] = {
        let mut all = [Field::Wage; SPECS.len()];
        let mut i = 0;
        while i < SPECS.len() {
            all[i] = SPECS[i].field;
            i += 1;
        }
        all
    };

    /// Its description.
    pub const fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }

    /// Position in `Field::ALL`.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Its stable key: never changes once released.
    pub const fn key(self) -> &'static str {
        self.spec().key
    }

    /// The field `key` names (exactly as `key` writes it).
    pub fn from_key(key: &str) -> Option<Field> {
        SPECS.iter().find(|s| s.key == key).map(|s| s.field)
    }

    /// The stored-record version that introduced this field.
    pub const fn since(self) -> u32 {
        self.spec().since
    }

    pub const fn unit(self) -> Unit {
        self.spec().unit
    }

    /// Smallest accepted value.
    pub const fn min_value(self) -> Num {
        self.spec().min
    }

    /// Largest accepted value.
    pub const fn max_value(self) -> Num {
        self.spec().max
    }

    /// Parses typed text against this field's kind and limits.
    pub fn parse(self, text: &str) -> Result<Num, InputError> {
        parse_field(text, self.unit().kind(), self.min_value(), self.max_value())
    }

    /// Whether a value lies within this field's kind and limits.
    pub fn accepts(self, v: Num) -> bool {
        v >= self.min_value()
            && v <= self.max_value()
            && (self.unit().kind() == Kind::Decimal || v.is_whole())
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
}
