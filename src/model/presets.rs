//! Ready-made scenarios: the brochure's example (reproduced exactly) and one per
//! single service type, plus the default hours per full-time staff member.

use super::costs::Costs;
use super::num::Num;
use super::scenario::{Printing, Scenario, Services, TimeLine};

/// Working hours of one full-time staff member per month (assumption: 8 h × 20 days).
pub const DEFAULT_HOURS_PER_FTE: Num = Num::whole(160);

/// Accounts assumed when nothing else is known: the staff counted in the included
/// handover and call-back lines, or `FALLBACK_USERS` (an assumption) if none.
pub fn default_users(s: &Scenario) -> Num {
    let mut staff = 0;
    if s.services.residential {
        staff += s.handover.people.hundredths();
    }
    if s.services.homevisit {
        staff += s.callback.people.hundredths();
    }
    if staff == 0 {
        FALLBACK_USERS
    } else {
        Num::from_hundredths(staff)
    }
}

/// Accounts assumed for a day-service-only facility (assumption, editable).
pub const FALLBACK_USERS: Num = Num::whole(10);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// パンフレット例: all three service types, the brochure's four figures.
    Brochure,
    /// 通所のみ
    DayService,
    /// 入所のみ
    Residential,
    /// 訪問のみ
    HomeVisit,
}

// Stable key: the `<option value>` of the preset picker.
crate::stable_keys! {
    Preset {
        Brochure => "brochure",
        DayService => "dayservice",
        Residential => "residential",
        HomeVisit => "homevisit",
    }
}

impl Preset {
    pub fn scenario(self) -> Scenario {
        let services = match self {
            Preset::Brochure => Services {
                dayservice: true,
                residential: true,
                homevisit: true,
            },
            Preset::DayService => Services {
                dayservice: true,
                residential: false,
                homevisit: false,
            },
            Preset::Residential => Services {
                dayservice: false,
                residential: true,
                homevisit: false,
            },
            Preset::HomeVisit => Services {
                dayservice: false,
                residential: false,
                homevisit: true,
            },
        };
        let mut s = Scenario {
            services,
            // 時給1,500円 (brochure)
            wage: Num::whole(1500),
            // カラー印刷1枚30円 × 300枚/月 (brochure); monochrome is not in the brochure: 0 sheets.
            printing: Printing {
                color_sheets: Num::whole(300),
                color_price: Num::whole(30),
                mono_sheets: Num::ZERO,
                mono_price: Num::ZERO,
            },
            // 利用者30人/日 × ▲5分/日 × 26日/月
            notebook: TimeLine {
                people: Num::whole(30),
                minutes: Num::whole(5),
                days: Num::whole(26),
            },
            // 職員50人 × ▲10分/日 × 30日/月
            handover: TimeLine {
                people: Num::whole(50),
                minutes: Num::whole(10),
                days: Num::whole(30),
            },
            // 職員10人 × ▲5分/日 × 30日/月
            callback: TimeLine {
                people: Num::whole(10),
                minutes: Num::whole(5),
                days: Num::whole(30),
            },
            hours_per_fte: DEFAULT_HOURS_PER_FTE,
            costs: Costs::defaults(0),
            measured: Default::default(),
        };
        s.costs.license.users = default_users(&s);
        s
    }

    /// The preset a scenario equals, if any (shown as selected in the picker).
    pub fn matching(s: &Scenario) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.scenario() == *s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compute::compute;
    use crate::model::scenario::Line;

    #[test]
    fn presets_are_valid_and_distinct() {
        for p in Preset::ALL {
            assert_eq!(p.scenario().invalid_field(), None, "{p:?}");
            assert_eq!(Preset::from_key(p.key()), Some(p));
            assert_eq!(Preset::matching(&p.scenario()), Some(p));
        }
    }

    #[test]
    fn single_service_presets_show_their_brochure_line() {
        let r = compute(&Preset::DayService.scenario());
        assert_eq!(r.total.yen_month, 9_000 + 97_500);
        let r = compute(&Preset::Residential.scenario());
        assert_eq!(r.line(Line::Handover).yen_month, 375_000);
        assert_eq!(r.total.yen_month, 9_000 + 375_000);
        let r = compute(&Preset::HomeVisit.scenario());
        assert_eq!(r.total.yen_month, 9_000 + 37_500);
    }
}
