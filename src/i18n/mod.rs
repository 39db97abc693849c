//! Every word the user sees, Japanese first and English second, side by side so a
//! translation can never be missing — one file per screen, each adding its words
//! to `Lang` — plus the number formatting every screen shares (円, 万円, 時間, 人分).

use crate::model::num::{self};
pub use crate::model::num::{format_num, group_thousands};

mod calculator;
mod charts;
mod costs;
pub mod demo;
pub mod group;
mod method;
pub mod present;
mod report;
mod share;
mod shell;
pub mod timestudy;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    /// The text in this language: Japanese first, English second.
    pub const fn pick(self, ja: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    /// `text` in brackets after what it explains: 「（text）」, or ` (text)`.
    pub fn bracket(self, text: &str) -> String {
        match self {
            Lang::Ja => format!("（{text}）"),
            Lang::En => format!(" ({text})"),
        }
    }

    /// Between items of a line: an ideographic space, or `; `.
    pub const fn gap(self) -> &'static str {
        self.pick("　", "; ")
    }

    /// Between a label and its value: 「：」, or `: `.
    pub const fn colon(self) -> &'static str {
        self.pick("：", ": ")
    }

    pub const fn code(self) -> &'static str {
        self.pick("ja", "en")
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub const fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    pub fn months_short(self, m: u64) -> String {
        match self {
            Lang::Ja => format!("{m}か月"),
            Lang::En => format!("{m} mo"),
        }
    }

    /// Months from tenths: `3.2か月` / `3.2 months`; below a tenth, `0.1か月未満`.
    pub fn months(self, tenths: u64) -> String {
        if tenths == 0 {
            return self.pick("0.1か月未満", "under 0.1 months").into();
        }
        match self {
            Lang::Ja => format!("{}か月", tenths_str(tenths)),
            Lang::En => format!("{} months", tenths_str(tenths)),
        }
    }

    /// Text the user typed, set apart inside a sentence (Unicode first-strong
    /// isolate … pop directional isolate): right-to-left or control characters in
    /// it cannot reorder the words around it.
    pub fn isolate(text: &str) -> String {
        format!("\u{2068}{text}\u{2069}")
    }

    /// Signed exact yen: `−12,000円` / `−¥12,000` (a true minus sign).
    pub fn signed_yen(self, v: i64) -> String {
        let abs = self.yen(v.unsigned_abs());
        if v < 0 {
            format!("−{abs}")
        } else {
            abs
        }
    }

    pub fn signed_compact(self, v: i64) -> String {
        let abs = self.yen_compact(v.unsigned_abs());
        if v < 0 {
            format!("−{abs}")
        } else {
            abs
        }
    }

    /// Exact yen: `519,000円` / `¥519,000`.
    pub fn yen(self, v: u64) -> String {
        match self {
            Lang::Ja => format!("{}円", group_thousands(v)),
            Lang::En => format!("¥{}", group_thousands(v)),
        }
    }

    /// Compact yen as in the brochure: `9千円`, `9.8万円`, `622.8万円`, `1.2億円`;
    /// English `¥9k`, `¥97.5k`, `¥6.2M`. Rounded half up to one decimal.
    pub fn yen_compact(self, v: u64) -> String {
        let units: [(u64, &str); 3] = match self {
            Lang::Ja => [(1_000, "千円"), (10_000, "万円"), (100_000_000, "億円")],
            Lang::En => [(1_000, "k"), (1_000_000, "M"), (1_000_000_000, "B")],
        };
        let Some(mut i) = units.iter().rposition(|(size, _)| v >= *size) else {
            return self.yen(v);
        };
        let mut tenths = div_round(v, units[i].0 / 10);
        // Rounding up may reach the next unit: 9,960 円 is 1万円, not 10千円.
        if i + 1 < units.len() && tenths.saturating_mul(units[i].0 / 10) >= units[i + 1].0 {
            i += 1;
            tenths = div_round(v, units[i].0 / 10);
        }
        let body = tenths_str(tenths);
        match self {
            Lang::Ja => format!("{body}{}", units[i].1),
            Lang::En => format!("¥{body}{}", units[i].1),
        }
    }

    /// Hours from tenths: `340時間` / `12.5時間`; `340 h`.
    pub fn hours(self, tenths: u64) -> String {
        match self {
            Lang::Ja => format!("{}時間", tenths_str(tenths)),
            Lang::En => format!("{} h", tenths_str(tenths)),
        }
    }

    /// Full-time equivalents from tenths, always one decimal: `2.1人分` / `2.1 FTE`.
    pub fn fte_value(self, tenths: u64) -> String {
        let s = format!("{}.{}", group_thousands(tenths / 10), tenths % 10);
        match self {
            Lang::Ja => format!("{s}人分"),
            Lang::En => format!("{s} FTE"),
        }
    }
}

pub(crate) fn div_round(n: u64, d: u64) -> u64 {
    u64::try_from(num::div_round(i128::from(n), i128::from(d))).unwrap_or(u64::MAX)
}

/// `123` tenths → `12.3`; `120` → `12`; with thousands separators.
pub(crate) fn tenths_str(t: u64) -> String {
    if t.is_multiple_of(10) {
        group_thousands(t / 10)
    } else {
        format!("{}.{}", group_thousands(t / 10), t % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::economics::Payback;
    use crate::model::num::parse_decimal;
    use crate::model::{InputError, Num, Unit};
    use proptest::prelude::*;

    #[test]
    fn brochure_compact_figures() {
        let ja = Lang::Ja;
        assert_eq!(ja.yen_compact(9_000), "9千円");
        assert_eq!(ja.yen_compact(97_500), "9.8万円");
        assert_eq!(ja.yen_compact(375_000), "37.5万円");
        assert_eq!(ja.yen_compact(37_500), "3.8万円");
        assert_eq!(ja.yen_compact(519_000), "51.9万円");
        assert_eq!(ja.yen_compact(6_228_000), "622.8万円");
        assert_eq!(ja.yen_compact(100_000), "10万円");
        assert_eq!(ja.yen_compact(950), "950円");
        assert_eq!(ja.yen_compact(0), "0円");
        // Rounding carries into the next unit instead of showing "10千円".
        assert_eq!(ja.yen_compact(9_960), "1万円");
        assert_eq!(ja.yen_compact(99_999_999), "1億円");
        assert_eq!(ja.yen_compact(123_456_789), "1.2億円");
        assert_eq!(Lang::En.yen_compact(97_500), "¥97.5k");
        assert_eq!(Lang::En.yen_compact(6_228_000), "¥6.2M");
        assert_eq!(Lang::En.yen_compact(999_999), "¥1M");
    }

    #[test]
    fn exact_and_units() {
        assert_eq!(Lang::Ja.yen(519_000), "519,000円");
        assert_eq!(Lang::En.yen(6_228_000), "¥6,228,000");
        assert_eq!(Lang::Ja.hours(3400), "340時間");
        assert_eq!(Lang::Ja.hours(125), "12.5時間");
        assert_eq!(Lang::Ja.fte_value(21), "2.1人分");
        assert_eq!(Lang::En.fte_value(5), "0.5 FTE");
        assert_eq!(format_num(Num::whole(1500)), "1,500");
        assert_eq!(format_num(Num::from_hundredths(250)), "2.5");
        assert_eq!(
            Lang::Ja.quantity(Num::whole(1500), Unit::YenPerHour),
            "1,500円/時"
        );
    }

    #[test]
    fn payback_never_shows_zero_negative_or_infinite_months() {
        let m = |tenths, month| Payback::Months { tenths, month };
        assert_eq!(Lang::Ja.payback_figure(m(0, 1)), "0.1か月未満");
        assert_eq!(Lang::Ja.payback_figure(m(32, 4)), "3.2か月");
        assert_eq!(Lang::Ja.payback_figure(Payback::Never), "回収できません");
        assert_eq!(Lang::En.payback_figure(Payback::Never), "No payback");
        assert_eq!(Lang::Ja.signed_yen(-18_000), "−18,000円");
        assert_eq!(Lang::En.signed_compact(-97_500), "−¥97.5k");
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let errs = [
            InputError::Empty,
            InputError::NotNumber,
            InputError::Negative,
            InputError::NotWhole,
            InputError::TooPrecise,
            InputError::BadSeparator,
            InputError::TooLarge {
                max: Num::whole(31),
            },
            InputError::TooSmall { min: Num::whole(1) },
        ];
        for e in errs {
            for l in [Lang::Ja, Lang::En] {
                assert!(!l.input_error(e, Unit::DaysPerMonth).is_empty());
            }
        }
        assert!(Lang::Ja
            .input_error(errs[6], Unit::DaysPerMonth)
            .contains("31 日/月"));
    }

    proptest! {
        #[test]
        fn compact_is_close_to_exact(v in 0u64..10_000_000_000_000) {
            for lang in [Lang::Ja, Lang::En] {
                let s = lang.yen_compact(v);
                prop_assert!(!s.contains("NaN") && !s.contains('-') && !s.contains("inf"));
                // Parse back: number × unit must be within 5 % (one decimal, half up).
                let (num, mult) = match lang {
                    Lang::Ja => {
                        let units = [("億円", 100_000_000u64), ("万円", 10_000), ("千円", 1_000), ("円", 1)];
                        let (u, m) = units.iter().find(|(u, _)| s.ends_with(u)).copied().unwrap();
                        (s.trim_end_matches(u).to_string(), m)
                    }
                    Lang::En => {
                        let t = s.trim_start_matches('¥');
                        let units = [("B", 1_000_000_000u64), ("M", 1_000_000), ("k", 1_000)];
                        match units.iter().find(|(u, _)| t.ends_with(u)) {
                            Some((u, m)) => (t.trim_end_matches(u).to_string(), *m),
                            None => (t.to_string(), 1),
                        }
                    }
                };
                let n = parse_decimal(&num).unwrap().hundredths() as u128 * mult as u128 / 100;
                let v = v as u128;
                prop_assert!(n * 100 >= v * 94 && n * 100 <= v * 106 + 100, "{} -> {}", v, s);
            }
        }

        #[test]
        fn grouping_round_trips(v in any::<u64>()) {
            prop_assert_eq!(group_thousands(v).replace(',', "").parse::<u64>().unwrap(), v);
        }
    }
}
