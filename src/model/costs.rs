//! What a facility enters about the platform's costs: licence plans and prices,
//! the brochure's set-up steps, devices, the prefecture subsidy, realization, the
//! range and sensitivity assumptions and the illustrative retention module, with
//! their defaults. Computing with them is `economics`'s job.

use super::num::Num;

/// LINE WORKS plans as the user picks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// フリープラン: 0 円, up to `FREE_PLAN_MAX_USERS` users.
    Free,
    /// スタンダードプラン: `STANDARD_PRICE` per user per month (annual contract).
    Standard,
    /// A price the user types (another plan, a reseller's quote).
    Custom,
}

crate::stable_keys! {
    Plan {
        Free => "free",
        Standard => "standard",
        Custom => "custom",
    }
}

impl Plan {
    /// The plan's list price; `None` for a custom price.
    pub const fn list_price(self) -> Option<Num> {
        match self {
            Plan::Free => Some(Num::ZERO),
            Plan::Standard => Some(STANDARD_PRICE),
            Plan::Custom => None,
        }
    }
}

/// Standard plan, 円/user/month on an annual contract (source: `sources::LICENSE_PRICE`).
pub const STANDARD_PRICE: Num = Num::whole(450);
/// Free plan user limit (source: `sources::FREE_PLAN`, unverified).
pub const FREE_PLAN_MAX_USERS: u64 = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct License {
    pub plan: Plan,
    /// 円 per user per month.
    pub price: Num,
    /// Accounts (staff using the app).
    pub users: Num,
    /// The facility talks with families on LINE (needs a paid plan for unrestricted use).
    pub needs_line_talk: bool,
    /// The facility must download the audit log (paid plan).
    pub needs_audit_download: bool,
}

/// The brochure's three steps to start, in minutes (valued at the wage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setup {
    /// ① 申し込み (5 分)
    pub apply_minutes: Num,
    /// ② エクセル申請フォームに職員名等を記入 (30 分)
    pub roster_minutes: Num,
    /// ③ 職員が各自で初期設定 (10 分/人)
    pub per_user_minutes: Num,
}

/// 介護テクノロジー導入支援事業 (prefecture-run): rate × eligible costs, capped by staff band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subsidy {
    pub enabled: bool,
    /// % of eligible costs.
    pub rate: Num,
    /// Caps in 円 for staff 1–10, 11–20, 21–30, 31+.
    pub caps: [Num; 4],
    pub eligible_devices: bool,
    pub eligible_other: bool,
    pub eligible_setup: bool,
    /// The first year's licence (⚠ whether a licence alone is eligible is unverified).
    pub eligible_license_year: bool,
}

/// Staff bands of the subsidy caps: upper bound of each band but the last.
pub const SUBSIDY_BANDS: [u64; 3] = [10, 20, 30];

impl Subsidy {
    /// The cap for a number of staff (band by `SUBSIDY_BANDS`).
    pub fn cap_for(&self, staff: u64) -> Num {
        let band = SUBSIDY_BANDS
            .iter()
            .position(|max| staff <= *max)
            .unwrap_or(3);
        self.caps[band]
    }
}

/// Illustrative, off by default: value of fewer staff leaving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    pub enabled: bool,
    /// 離職率 % a year.
    pub separation_rate: Num,
    /// 円 to replace one leaver (e.g. a placement-agency fee).
    pub replacement_cost: Num,
    /// % of leavers the user expects to keep (relative reduction).
    pub reduction: Num,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Costs {
    pub license: License,
    pub setup: Setup,
    pub devices_count: Num,
    /// 円 per device.
    pub devices_price: Num,
    /// Other one-time costs, 円.
    pub other_onetime: Num,
    pub subsidy: Subsidy,
    /// % of the freed staff time that turns into value (printing is cash: always 100 %).
    pub realization: Num,
    /// Low and high multipliers (%) of the time-saving lines.
    pub range_low: Num,
    pub range_high: Num,
    /// ± % each input is moved in the sensitivity chart.
    pub sensitivity: Num,
    /// Days a month used to express break-even minutes per day.
    pub breakeven_days: Num,
    pub retention: Retention,
}

/// Realization of the one-click conservative case.
pub const CONSERVATIVE_REALIZATION: Num = Num::whole(50);

impl Costs {
    /// Defaults, each from `sources` or marked as an assumption in the methodology.
    pub const fn defaults(users: u64) -> Costs {
        Costs {
            license: License {
                plan: Plan::Standard,
                price: STANDARD_PRICE,
                users: Num::whole(users),
                needs_line_talk: false,
                needs_audit_download: false,
            },
            setup: Setup {
                apply_minutes: Num::whole(5),
                roster_minutes: Num::whole(30),
                per_user_minutes: Num::whole(10),
            },
            devices_count: Num::ZERO,
            devices_price: Num::ZERO,
            other_onetime: Num::ZERO,
            subsidy: Subsidy {
                enabled: false,
                rate: Num::whole(75),
                caps: [
                    Num::whole(1_000_000),
                    Num::whole(1_600_000),
                    Num::whole(2_000_000),
                    Num::whole(2_600_000),
                ],
                eligible_devices: true,
                eligible_other: true,
                eligible_setup: false,
                eligible_license_year: false,
            },
            realization: Num::whole(100),
            range_low: Num::whole(50),
            range_high: Num::whole(150),
            sensitivity: Num::whole(20),
            breakeven_days: Num::whole(26),
            retention: Retention {
                enabled: false,
                separation_rate: Num::from_hundredths(1280),
                replacement_cost: Num::whole(551_000),
                reduction: Num::whole(10),
            },
        }
    }
}
