//! The app's screens and their addresses (`#savings`, `#costs` …), so a reload,
//! the back button and a bookmark keep the screen. Pure: tested natively.

/// A screen of the app, shown as a tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// 削減効果: the calculator.
    Savings,
    /// 費用と回収: costs and payback.
    Costs,
    /// 実測: the time study (業務時間の実測).
    Measure,
    /// チャット機能: the chat-feature demo.
    Features,
    /// 共有・保存: share, export, print and saved estimates.
    Share,
    /// 計算方法と出典: methodology and sources.
    Method,
    /// 法人: several facilities in one estimate.
    Group,
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Savings,
        Screen::Costs,
        Screen::Group,
        Screen::Measure,
        Screen::Features,
        Screen::Share,
        Screen::Method,
    ];

    /// The address fragment (`#savings`): the contract with links and bookmarks.
    pub const fn hash(self) -> &'static str {
        match self {
            Screen::Savings => "#savings",
            Screen::Costs => "#costs",
            Screen::Measure => "#measure",
            Screen::Features => "#features",
            Screen::Share => "#share",
            Screen::Method => "#method",
            Screen::Group => "#group",
        }
    }

    /// `data-testid` of the screen's tab.
    pub const fn testid(self) -> &'static str {
        match self {
            Screen::Savings => "tab-savings",
            Screen::Costs => "tab-costs",
            Screen::Measure => "tab-measure",
            Screen::Features => "tab-features",
            Screen::Share => "tab-share",
            Screen::Method => "tab-method",
            Screen::Group => "tab-group",
        }
    }

    /// The screen an address fragment names; the calculator for anything else.
    pub fn from_hash(hash: &str) -> Screen {
        Screen::ALL
            .into_iter()
            .find(|s| s.hash() == hash)
            .unwrap_or(Screen::Savings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_screen_is_found_by_its_own_address() {
        for s in Screen::ALL {
            assert_eq!(Screen::from_hash(s.hash()), s);
        }
    }

    proptest! {
        #[test]
        fn anything_else_opens_the_calculator(h in "\\PC*") {
            let s = Screen::from_hash(&h);
            prop_assert!(s == Screen::Savings || s.hash() == h);
        }
    }
}
