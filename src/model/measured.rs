//! Inputs measured by the facility's own time study (実測) instead of assumed:
//! which inputs, how many values each rests on and its 95 % interval. The value
//! itself is the scenario's; a hand edit of the input makes it an assumption
//! again. A measured line's low–high range comes from these intervals, not from
//! the default multipliers. Taking a measured value into the figures is the
//! scenario's (`Scenario::apply_measured`).

use super::field::{Field, Line};
use super::num::Num;

/// What a measured input rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Badge {
    /// Values behind it (occurrences or participant-days, or days).
    pub n: u32,
    /// The 95 % interval, in the field's unit (`low ≤ value ≤ high`).
    pub low: Num,
    pub high: Num,
}

/// The inputs a time study can measure.
pub const FIELDS: [Field; 6] = [
    Field::NotebookUsers,
    Field::NotebookMinutes,
    Field::HandoverStaff,
    Field::HandoverMinutes,
    Field::CallbackStaff,
    Field::CallbackMinutes,
];

/// The badges of a scenario's measured inputs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measured([Option<Badge>; 6]);

impl Measured {
    fn slot(f: Field) -> Option<usize> {
        FIELDS.iter().position(|m| *m == f)
    }

    pub fn get(&self, f: Field) -> Option<Badge> {
        Measured::slot(f).and_then(|i| self.0[i])
    }

    pub fn any(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }

    /// Whether any input of `line` is measured.
    pub fn line(&self, line: Line) -> bool {
        line.fields().iter().any(|f| self.get(*f).is_some())
    }

    /// Badges input `f` (nothing for an input no study measures).
    pub fn set(&mut self, f: Field, b: Badge) {
        if let Some(i) = Measured::slot(f) {
            self.0[i] = Some(b);
        }
    }

    pub fn clear(&mut self, f: Field) {
        if let Some(i) = Measured::slot(f) {
            self.0[i] = None;
        }
    }

    /// Every measured input with its badge.
    pub fn iter(&self) -> impl Iterator<Item = (Field, Badge)> + '_ {
        FIELDS
            .iter()
            .zip(self.0.iter())
            .filter_map(|(f, b)| b.map(|b| (*f, b)))
    }
}

/// The text of a badge in a stored record: `n;low;high` (`42;6.5;9`).
pub fn badge_text(b: Badge) -> String {
    format!("{};{};{}", b.n, b.low, b.high)
}

/// A badge from its stored text, checked against its field's limits and value.
pub fn parse_badge(f: Field, value: Num, text: &str) -> Option<Badge> {
    let mut parts = text.split(';');
    let n: u32 = parts.next()?.parse().ok()?;
    let low = super::num::parse_decimal(parts.next()?).ok()?;
    let high = super::num::parse_decimal(parts.next()?).ok()?;
    let ok = parts.next().is_none()
        && Measured::slot(f).is_some()
        && n > 0
        && f.accepts(low)
        && f.accepts(high)
        && low <= value
        && value <= high;
    ok.then_some(Badge { n, low, high })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Preset;

    #[test]
    fn applying_rounds_bounds_and_badges() {
        let mut s = Preset::Brochure.scenario();
        assert!(s.apply_measured(Field::HandoverMinutes, 7.456, (5.91, 9.0), 42));
        assert_eq!(s.handover.minutes, Num::from_hundredths(746));
        let b = s.measured.get(Field::HandoverMinutes).unwrap();
        assert_eq!(
            (b.n, b.low, b.high),
            (42, Num::from_hundredths(591), Num::whole(9))
        );
        // Participants are whole people.
        assert!(s.apply_measured(Field::HandoverStaff, 11.6, (10.2, 13.1), 10));
        assert_eq!(s.handover.people, Num::whole(12));
        let b = s.measured.get(Field::HandoverStaff).unwrap();
        assert_eq!((b.low, b.high), (Num::whole(10), Num::whole(13)));
        // An interval reaching below zero is cut at zero; nothing for no saving.
        assert!(s.apply_measured(Field::CallbackMinutes, 2.0, (-1.0, 5.0), 8));
        assert_eq!(
            s.measured.get(Field::CallbackMinutes).unwrap().low,
            Num::ZERO
        );
        assert!(!s.apply_measured(Field::NotebookMinutes, -3.0, (-5.0, -1.0), 8));
        assert!(!s.apply_measured(Field::Wage, 1200.0, (1100.0, 1300.0), 8));
        assert!(!s.apply_measured(Field::NotebookMinutes, f64::NAN, (0.0, 1.0), 8));
        // A hand edit makes it an assumption again; the same value keeps the badge.
        s.set_by_hand(Field::HandoverStaff, Num::whole(12));
        assert!(s.measured.get(Field::HandoverStaff).is_some());
        s.set_by_hand(Field::HandoverStaff, Num::whole(20));
        assert!(s.measured.get(Field::HandoverStaff).is_none());
        assert!(s.measured.line(Line::Handover) && !s.measured.line(Line::Notebook));
    }

    #[test]
    fn a_measured_line_takes_its_range_from_the_interval() {
        use crate::model::{compute, economics, ranges, End};
        let plain = Preset::Brochure.scenario();
        let mut s = plain;
        // Handover: 50 staff × 10 min × 30 days × 1,500円 ÷ 60 = 375,000円; measured
        // 10 min (6–14): low 50 × 6 × 30 × 25 = 225,000円, high 525,000円.
        assert!(s.apply_measured(Field::HandoverMinutes, 10.0, (6.0, 14.0), 40));
        let r = compute(&s);
        assert_eq!(r, compute(&plain), "the value itself is unchanged");
        let rg = ranges(&s, &r);
        assert_eq!(rg[2], (225_000, 525_000));
        // Other lines keep the default multipliers (50 %–150 %): notebook 97,500円.
        assert_eq!(rg[1], (48_750, 146_250));
        assert_eq!(rg[0], (9_000, 9_000), "printing is cash, no range");
        let (e, base) = (economics(&s, &r), economics(&plain, &compute(&plain)));
        assert_eq!(e.net_monthly, base.net_monthly);
        // Realization 100 % in the brochure: the range moves by the handover's own ends.
        let assumed_low = base.net_range.low;
        let handover_default_low = 187_500; // 375,000 × 50 %
        assert_eq!(
            e.net_range.low,
            assumed_low - handover_default_low + 225_000
        );
        assert_eq!(
            e.cumulative(&s, 1, End::Low).0 - e.cumulative(&s, 0, End::Low).0,
            e.net_range.low + e.running_monthly as i64
        );
        assert!(
            e.net_range.low <= e.net_range.standard && e.net_range.standard <= e.net_range.high
        );
    }

    #[test]
    fn stored_and_shared_badges_come_back() {
        use crate::model::{persist, share};
        let plain = Preset::Brochure.scenario();
        // Nothing measured: still written as version 2, for versions before measuring.
        assert!(persist::encode(&plain).starts_with("{\"v\":2,"));
        assert!(share::encode(&plain).starts_with("v=2&"));
        let mut s = plain;
        s.apply_measured(Field::CallbackMinutes, 4.25, (3.1, 5.4), 17);
        s.apply_measured(Field::HandoverStaff, 12.0, (11.0, 13.0), 9);
        let stored = persist::encode(&s);
        assert!(
            stored.starts_with("{\"v\":3,")
                && stored.contains("\"measured-callback-minutes\":\"17;3.1;5.4\""),
            "{stored}"
        );
        assert_eq!(persist::decode(&stored), Ok(s));
        let link = share::encode(&s);
        assert!(link.starts_with("v=3&"), "{link}");
        assert_eq!(share::decode(&link), Ok(s));
        // A version-2 record cannot carry a badge; a badge outside its value is refused.
        let v2 = stored.replacen("{\"v\":3,", "{\"v\":2,", 1);
        assert!(persist::decode(&v2).is_err());
        let off = stored.replace("17;3.1;5.4", "17;4.5;5.4");
        assert!(persist::decode(&off).is_err());
    }

    #[test]
    fn stored_badges_read_back_and_are_checked() {
        let b = Badge {
            n: 42,
            low: Num::from_hundredths(650),
            high: Num::whole(9),
        };
        assert_eq!(badge_text(b), "42;6.5;9");
        let v = Num::whole(7);
        assert_eq!(parse_badge(Field::HandoverMinutes, v, "42;6.5;9"), Some(b));
        for bad in [
            "",
            "42;6.5",
            "42;6.5;9;1",
            "0;6.5;9",
            "x;1;2",
            "42;8;9",
            "42;6;6.9",
            "42;-1;9",
        ] {
            assert_eq!(parse_badge(Field::HandoverMinutes, v, bad), None, "{bad}");
        }
        assert_eq!(parse_badge(Field::Wage, v, "42;6.5;9"), None);
    }
}
