//! 根拠の種類 (evidence grades): what each input's current value rests on, how much
//! of each line's monthly yen rests on each kind of evidence, and the optional
//! optimism adjustment of the yen that rests on vendor claims.
//!
//! Attribution rule: a line's yen is split over the inputs it is made of, then
//! each input's part goes to that input's grade. A product (people × minutes ×
//! days × wage) is split equally between its factors: every factor is equally
//! necessary, a product is only as good as each of them, and an equal split is the
//! only one that does not depend on units (minutes or hours, yen or 万円) — a
//! log-share split would. A sum (colour + monochrome printing) is split by the
//! value of each term, then each term equally between its two factors. Parts are
//! whole yen by largest remainder, ties going to the weaker grade, so the parts
//! add up to the line exactly and never overstate the evidence.

use super::compute::Results;
use super::num::{div_round, parse_field, InputError, Kind, Num};
use super::presets::Preset;
use super::scenario::{Field, Line, Scenario};

/// The kind of evidence behind an input's value, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grade {
    /// 実測: this facility's time study (a measured badge with n and its interval).
    Measured,
    /// 出典あり: a cited public statistic, published rule or price list.
    Sourced,
    /// 事業者の声: the brochure's (the vendor's) example figure.
    Vendor,
    /// 仮定: typed by the person, or a default with no source.
    Assumed,
}

// Stable key for test ids (`evidence-<key>`).
crate::stable_keys! {
    Grade {
        Measured => "measured",
        Sourced => "sourced",
        Vendor => "vendor",
        Assumed => "assumed",
    }
}

impl Grade {
    /// Position in `Grade::ALL`.
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// The grade of a field's default value. `sources.rs` tells cited from assumed,
/// not a public statistic from the vendor's own figure; this table does.
pub const fn default_grade(f: Field) -> Grade {
    use Field::*;
    match f {
        // The brochure's examples (seed/brochure-line-works-for-care.md, 費用削減 and
        // 利用開始までの3ステップ; DOMAIN.md "The four savings"): 時給1,500円, カラー30円×
        // 300枚, 30人×5分×26日, 50人×10分×30日, 10人×5分×30日, 5分・30分・10分/人; the
        // break-even days are its 26 days (sources.rs "brochure").
        Wage | PrintingColorSheets | PrintingColorPrice | NotebookUsers | NotebookMinutes
        | NotebookDays | HandoverStaff | HandoverMinutes | HandoverDays | CallbackStaff
        | CallbackMinutes | CallbackDays | SetupApplyMinutes | SetupRosterMinutes
        | SetupPerUserMinutes | BreakevenDays => Grade::Vendor,
        // A published price list, not a claim of effect: Standard 450 円/user/month
        // (DOMAIN.md "Facts", help.worksmobile.com; sources.rs "license-price").
        LicensePrice => Grade::Sourced,
        // 介護テクノロジー導入支援事業: 3/4 (Chiba R7), caps by staff (Tottori R6)
        // (DOMAIN.md "Facts"; sources.rs "subsidy").
        SubsidyRate | SubsidyCap1 | SubsidyCap2 | SubsidyCap3 | SubsidyCap4 => Grade::Sourced,
        // 介護労働実態調査 R6 separation rate 12.8 %; MHLW placement fee 55.1万円
        // (DOMAIN.md "Facts"; sources.rs "separation-rate", "replacement-cost").
        RetentionRate | RetentionCost => Grade::Sourced,
        // The app's own assumptions, without a source (sources.rs "assumptions";
        // DOMAIN.md: ≈160 h/月 a full-timer, "state the assumption").
        HoursPerFte | Realization | RangeLow | RangeHigh | Sensitivity | RetentionReduction => {
            Grade::Assumed
        }
        // The facility's own figures, 0 or counted from its lines: no source.
        PrintingMonoSheets | PrintingMonoPrice | LicenseUsers | DevicesCount | DevicesPrice
        | OnetimeOther => Grade::Assumed,
    }
}

/// The scenarios whose values count as defaults (every preset's).
fn defaults() -> [Scenario; 4] {
    Preset::ALL.map(Preset::scenario)
}

fn grade_in(s: &Scenario, f: Field, defaults: &[Scenario; 4]) -> Grade {
    if s.measured.get(f).is_some() {
        Grade::Measured
    } else if defaults.iter().any(|d| f.get(d) == f.get(s)) {
        default_grade(f)
    } else {
        Grade::Assumed
    }
}

/// The grade of the current value of `f`: measured if it carries a badge; else the
/// default's grade while it equals a preset's value; else typed (`Assumed`). A
/// scenario records no "typed" mark, so a value typed equal to the brochure's is
/// taken for the brochure's: it errs towards the vendor's claim, never towards
/// stronger evidence.
pub fn grade(s: &Scenario, f: Field) -> Grade {
    grade_in(s, f, &defaults())
}

/// `total` split in proportion to `weights`, whole parts by largest remainder
/// (ties to the later, weaker grade); all to `Assumed` if every weight is 0.
fn apportion(total: u64, weights: [u128; 4]) -> [u64; 4] {
    let sum: u128 = weights.iter().sum();
    if sum == 0 {
        return [0, 0, 0, total];
    }
    let exact = weights.map(|w| u128::from(total) * w);
    let mut parts = exact.map(|e| u64::try_from(e / sum).unwrap_or(u64::MAX));
    let mut left = total - parts.iter().sum::<u64>();
    let mut order = [0, 1, 2, 3];
    order.sort_by_key(|&i| (std::cmp::Reverse(exact[i] % sum), std::cmp::Reverse(i)));
    for i in order {
        if left == 0 {
            break;
        }
        parts[i] += 1;
        left -= 1;
    }
    parts
}

/// Monthly yen of each line (order of `Line::ALL`) by grade (order of `Grade::ALL`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    pub lines: [[u64; 4]; 4],
}

impl Evidence {
    /// How much of each line's monthly yen in `r` (`compute(s)`) rests on each grade.
    pub fn of(s: &Scenario, r: &Results) -> Evidence {
        let d = defaults();
        let g = |f: Field| grade_in(s, f, &d).index();
        let lines = r.lines.map(|l| {
            let mut w = [0u128; 4];
            if s.line(l.line).is_some() {
                for f in l.line.fields().iter().chain([&Field::Wage]) {
                    w[g(*f)] += 1;
                }
            } else {
                for pair in l.line.fields().chunks(2) {
                    let term = u128::from(pair[0].get(s).hundredths())
                        * u128::from(pair[1].get(s).hundredths());
                    w[g(pair[0])] += term;
                    w[g(pair[1])] += term;
                }
            }
            apportion(l.yen_month, w)
        });
        Evidence { lines }
    }

    /// The parts of one line.
    pub fn line(&self, line: Line) -> [u64; 4] {
        self.lines[line as usize]
    }

    /// Monthly yen of all lines by grade.
    pub fn totals(&self) -> [u64; 4] {
        let mut t = [0u64; 4];
        for l in &self.lines {
            for (a, b) in t.iter_mut().zip(l) {
                *a = a.saturating_add(*b);
            }
        }
        t
    }

    /// Whole percentages of the total by grade, adding up to exactly 100 (largest
    /// remainder); `None` when there is no yen to share.
    pub fn percents(&self) -> Option<[u64; 4]> {
        let t = self.totals();
        (t.iter().any(|v| *v > 0)).then(|| apportion(100, t.map(u128::from)))
    }

    /// The optimism adjustment: `o` % of the yen resting on vendor claims, per line.
    pub fn optimism(&self, o: Optimism) -> Step {
        let removed = self.lines.map(|l| {
            let v = i128::from(l[Grade::Vendor.index()]);
            u64::try_from(div_round(v * i128::from(o.0.hundredths()), 100 * 100)).unwrap_or(0)
        });
        Step {
            removed,
            total: removed.iter().fold(0u64, |a, b| a.saturating_add(*b)),
        }
    }
}

impl std::iter::Sum for Evidence {
    /// A group's evidence: the sum of its facilities'.
    fn sum<I: Iterator<Item = Evidence>>(iter: I) -> Evidence {
        iter.fold(Evidence::default(), |mut a, e| {
            for (x, y) in a.lines.iter_mut().flatten().zip(e.lines.iter().flatten()) {
                *x = x.saturating_add(*y);
            }
            a
        })
    }
}

/// 楽観バイアス補正 (HM Treasury Green Book, optimism bias): the percentage of the
/// yen resting on vendor claims that the person takes off. Set by the person, off
/// unless set: there is deliberately no default percentage. It acts only on
/// `Grade::Vendor`, so it shrinks to nothing as a line's inputs are measured or
/// replaced by the facility's own figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Optimism(Num);

/// Largest optimism adjustment, %.
pub const MAX_OPTIMISM: Num = Num::whole(100);

impl Optimism {
    pub fn new(percent: Num) -> Result<Optimism, InputError> {
        if percent > MAX_OPTIMISM {
            Err(InputError::TooLarge { max: MAX_OPTIMISM })
        } else {
            Ok(Optimism(percent))
        }
    }

    /// From what the person typed (0–100 %, two decimals).
    pub fn parse(text: &str) -> Result<Optimism, InputError> {
        parse_field(text, Kind::Decimal, Num::ZERO, MAX_OPTIMISM).map(Optimism)
    }

    pub const fn percent(self) -> Num {
        self.0
    }
}

/// The optimism adjustment as its own step: monthly yen removed, per line (order
/// of `Line::ALL`, each rounded once, half up) and in all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Step {
    pub removed: [u64; 4],
    pub total: u64,
}

impl std::iter::Sum for Step {
    /// A group's step: the sum of its facilities' (each rounded per line).
    fn sum<I: Iterator<Item = Step>>(iter: I) -> Step {
        iter.fold(Step::default(), |mut a, s| {
            for (x, y) in a.removed.iter_mut().zip(s.removed) {
                *x = x.saturating_add(y);
            }
            a.total = a.total.saturating_add(s.total);
            a
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compute::compute;
    use crate::model::sources::{source_of, Status};
    use crate::model::strategies::any_scenario;
    use proptest::prelude::*;

    fn evidence(s: &Scenario) -> Evidence {
        Evidence::of(s, &compute(s))
    }

    #[test]
    fn the_brochure_rests_entirely_on_the_vendor() {
        let s = Preset::Brochure.scenario();
        let e = evidence(&s);
        assert_eq!(e.totals(), [0, 0, 519_000, 0]);
        assert_eq!(e.percents(), Some([0, 0, 100, 0]));
        assert_eq!(e.line(Line::Handover), [0, 0, 375_000, 0]);
        assert_eq!(grade(&s, Field::Realization), Grade::Assumed);
        assert_eq!(grade(&s, Field::LicensePrice), Grade::Sourced);
    }

    #[test]
    fn a_badge_moves_its_factor_to_measured_and_typing_to_assumed() {
        let mut s = Preset::Brochure.scenario();
        // 10 min (6–14), n = 40: one factor of four of 375,000円.
        assert!(s.apply_measured(Field::HandoverMinutes, 10.0, (6.0, 14.0), 40));
        assert_eq!(grade(&s, Field::HandoverMinutes), Grade::Measured);
        assert_eq!(evidence(&s).line(Line::Handover), [93_750, 0, 281_250, 0]);
        assert!(s.apply_measured(Field::HandoverStaff, 50.0, (45.0, 55.0), 40));
        assert_eq!(evidence(&s).line(Line::Handover), [187_500, 0, 187_500, 0]);
        // Typed over: 12 min → 450,000円, the minutes' quarter now an assumption.
        s.set_by_hand(Field::HandoverMinutes, Num::whole(12));
        assert_eq!(grade(&s, Field::HandoverMinutes), Grade::Assumed);
        assert_eq!(
            evidence(&s).line(Line::Handover),
            [112_500, 0, 225_000, 112_500]
        );
        // Wage and days typed too: nothing left for the vendor in that line.
        s.set_by_hand(Field::Wage, Num::whole(1_200));
        s.set_by_hand(Field::HandoverDays, Num::whole(29));
        let h = evidence(&s).line(Line::Handover);
        assert_eq!((h[0], h[2]), (h[3] / 3, 0));
    }

    #[test]
    fn printing_is_split_by_term_then_by_factor() {
        let mut s = Preset::Brochure.scenario();
        // colour 300 × 30 = 9,000 (vendor); mono 1,000 × 3 = 3,000 (typed).
        s.printing.mono_sheets = Num::whole(1_000);
        s.printing.mono_price = Num::whole(3);
        assert_eq!(evidence(&s).line(Line::Printing), [0, 0, 9_000, 3_000]);
        s.printing.color_price = Num::whole(20); // 6,000: half typed, half vendor
        assert_eq!(evidence(&s).line(Line::Printing), [0, 0, 3_000, 6_000]);
    }

    #[test]
    fn ties_go_to_the_weaker_grade_and_zero_has_no_shares() {
        assert_eq!(apportion(1, [1, 1, 1, 1]), [0, 0, 0, 1]);
        assert_eq!(apportion(2, [1, 0, 0, 1]), [1, 0, 0, 1]);
        assert_eq!(apportion(3, [1, 0, 1, 1]), [1, 0, 1, 1]);
        assert_eq!(apportion(5, [0; 4]), [0, 0, 0, 5]);
        assert_eq!(Evidence::default().percents(), None);
    }

    #[test]
    fn the_optimism_adjustment_acts_only_on_vendor_yen() {
        let mut s = Preset::Brochure.scenario();
        let o = Optimism::parse("40").unwrap();
        let step = evidence(&s).optimism(o);
        assert_eq!(step.total, 519_000 * 4 / 10);
        assert_eq!(step.removed[Line::Handover as usize], 150_000);
        assert!(s.apply_measured(Field::HandoverMinutes, 10.0, (6.0, 14.0), 40));
        assert_eq!(
            evidence(&s).optimism(o).removed[Line::Handover as usize],
            112_500
        );
        assert_eq!(
            Optimism::new(Num::ZERO).map(|o| evidence(&s).optimism(o).total),
            Ok(0)
        );
        assert_eq!(
            Optimism::new(Num::whole(101)),
            Err(InputError::TooLarge { max: MAX_OPTIMISM })
        );
        assert!(Optimism::parse("-5").is_err() && Optimism::parse("").is_err());
    }

    #[test]
    fn default_grades_agree_with_the_sources_table() {
        for f in Field::ALL {
            let expect = match source_of(f) {
                None => Grade::Assumed,
                Some(src) if src.status == Status::Assumption => Grade::Assumed,
                Some(src) if src.id == "brochure" => Grade::Vendor,
                Some(_) => Grade::Sourced,
            };
            assert_eq!(default_grade(f), expect, "{f:?}");
        }
    }

    proptest! {
        #[test]
        fn parts_add_up_to_every_line_exactly(s in any_scenario(), pct in 0u64..=10_000) {
            let r = compute(&s);
            let e = Evidence::of(&s, &r);
            for (l, parts) in r.lines.iter().zip(e.lines) {
                prop_assert_eq!(parts.iter().sum::<u64>(), l.yen_month);
            }
            prop_assert_eq!(e.totals().iter().sum::<u64>(), r.total.yen_month);
            if let Some(p) = e.percents() {
                prop_assert_eq!(p.iter().sum::<u64>(), 100);
            } else {
                prop_assert_eq!(r.total.yen_month, 0);
            }
            let step = e.optimism(Optimism::new(Num::from_hundredths(pct)).unwrap());
            prop_assert!(step.total <= e.totals()[Grade::Vendor.index()]);
        }

        #[test]
        fn a_badge_and_a_hand_edit_move_the_share(
            s in any_scenario(), i in 0usize..6, v in 1u64..=400, other in 1u64..=400
        ) {
            let f = crate::model::measured::FIELDS[i];
            let line = *Line::ALL.iter().find(|l| l.fields().contains(&f)).unwrap();
            let mut s = s;
            prop_assume!(s.apply_measured(f, v as f64, (v as f64 * 0.8, v as f64 * 1.2), 9));
            prop_assert_eq!(grade(&s, f), Grade::Measured);
            let yen = compute(&s).line(line).yen_month;
            let parts = evidence(&s).line(line);
            // One factor of four is measured (no other badge in the strategy).
            prop_assert!(parts[0].abs_diff(yen / 4) <= 1, "{:?} of {}", parts, yen);
            let typed = Num::whole(other);
            prop_assume!(defaults().iter().all(|d| f.get(d) != typed) && f.get(&s) != typed);
            s.set_by_hand(f, typed);
            prop_assert_eq!(grade(&s, f), Grade::Assumed);
            let parts = evidence(&s).line(line);
            prop_assert_eq!(parts[0], 0);
            let yen = compute(&s).line(line).yen_month;
            prop_assert!(parts[3] * 4 + 3 >= yen, "{:?} of {}", parts, yen);
        }
    }
}
