//! Wall-clock times of a time study: seconds since 1970-01-01 00:00 on the
//! device's own calendar (local time, no zone stored), as a paper time-study
//! sheet writes them. Written as `2026-12-02 08:30:00` in files.

use crate::model::num::fold_width;

/// Seconds since 1970-01-01 00:00 local time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WallTime(pub i64);

/// Earliest and latest time a study may hold (years 2000 to 2099).
pub const EARLIEST: WallTime = WallTime(946_684_800);
pub const LATEST: WallTime = WallTime(4_102_444_799);

const DAY: i64 = 86_400;

impl WallTime {
    /// The calendar day (days since 1970-01-01).
    pub const fn day(self) -> i64 {
        self.0.div_euclid(DAY)
    }

    /// Minutes since midnight (0–1439).
    pub const fn minute_of_day(self) -> u32 {
        (self.0.rem_euclid(DAY) / 60) as u32
    }

    pub const fn plus_seconds(self, s: i64) -> WallTime {
        WallTime(self.0.saturating_add(s))
    }

    /// `(year, month, day)` of the calendar day (proleptic Gregorian).
    pub fn date(self) -> (i64, u32, u32) {
        civil_from_days(self.day())
    }

    /// `2026-12-02 08:30:00`.
    pub fn text(self) -> String {
        let (y, m, d) = self.date();
        let s = self.0.rem_euclid(DAY);
        format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    }

    /// `2026-12-02`.
    pub fn date_text(self) -> String {
        let (y, m, d) = self.date();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `08:30`.
    pub fn clock_text(self) -> String {
        let m = self.minute_of_day();
        format!("{:02}:{:02}", m / 60, m % 60)
    }

    /// Reads `2026-12-02 08:30`, `2026-12-02 08:30:15`, `2026/12/02 8:30` or the ISO
    /// form with `T`, typed in full width too (`２０２６－１２－０２　０８：３０`);
    /// only real dates and times between 2000 and 2099.
    pub fn parse(text: &str) -> Option<WallTime> {
        let t = fold_width(text);
        let (date, clock) = t.split_once([' ', 'T'])?;
        let mut d = date.split(['-', '/']);
        let (y, m, day) = (d.next()?, d.next()?, d.next()?);
        if d.next().is_some() {
            return None;
        }
        let (y, m, day): (i64, u32, u32) = (number(y)?, number(m)?, number(day)?);
        let mut c = clock.trim().split(':');
        let (h, min) = (c.next()?, c.next()?);
        let sec = c.next().unwrap_or("0");
        if c.next().is_some() {
            return None;
        }
        let (h, min, sec): (i64, i64, i64) = (number(h)?, number(min)?, number(sec)?);
        if !(1..=12).contains(&m)
            || day == 0
            || day > days_in_month(y, m)
            || h > 23
            || min > 59
            || sec > 59
        {
            return None;
        }
        let at = WallTime(days_from_civil(y, m, day) * DAY + h * 3600 + min * 60 + sec);
        (EARLIEST..=LATEST).contains(&at).then_some(at)
    }
}

/// A clock time of day (`07:00`, `7:00`, `19:30`, in full width too: `７：３０`)
/// as minutes since midnight: the shift boundaries of a study.
pub fn clock_minutes(text: &str) -> Option<u32> {
    let t = fold_width(text);
    let (h, m) = t.split_once(':')?;
    if h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (number(h)?, number(m)?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Minutes since midnight as `07:00`.
pub fn clock_of(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
}

fn number<T: std::str::FromStr>(s: &str) -> Option<T> {
    (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let (m, d) = (i64::from(m), i64::from(d));
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of days since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_and_writes_the_sheet_forms() {
        let t = WallTime::parse("2026-12-02 08:30").unwrap();
        assert_eq!(t.text(), "2026-12-02 08:30:00");
        assert_eq!(t.clock_text(), "08:30");
        assert_eq!(t.minute_of_day(), 510);
        assert_eq!(WallTime::parse("2026/12/2 8:30:00"), Some(t));
        assert_eq!(WallTime::parse("2026-12-02T08:30:00"), Some(t));
        assert_eq!(
            WallTime::parse("2024-02-29 00:00").unwrap().date(),
            (2024, 2, 29)
        );
        for bad in [
            "",
            "2026-12-02",
            "2026-13-01 00:00",
            "2025-02-29 00:00",
            "2026-12-02 24:00",
            "2026-12-02 08:60",
            "1999-12-31 23:59",
            "2100-01-01 00:00",
            "2026-12-02 -1:00",
            "2026-12-02 08:30:00:00",
            "２０２６年12月2日 08:30",
            "2026-12-02 ８時30分",
        ] {
            assert_eq!(WallTime::parse(bad), None, "{bad}");
        }
        assert_eq!(WallTime(0).text(), "1970-01-01 00:00:00");
    }

    #[test]
    fn times_typed_in_full_width_read_as_in_ascii() {
        let t = WallTime::parse("2026-12-02 07:30").unwrap();
        for typed in [
            "２０２６－１２－０２　０７：３０",
            "２０２６／１２／２　７：３０",
            "\u{3000}2026-12-02 ０７：３０\u{3000}",
            "2026-12-02\u{3000}07:30",
            "２０２６－１２－０２Ｔ０７：３０：００",
        ] {
            assert_eq!(WallTime::parse(typed), Some(t), "{typed}");
        }
    }

    #[test]
    fn shift_boundaries_read_as_clock_times() {
        assert_eq!(clock_minutes("07:00"), Some(420));
        assert_eq!(clock_minutes(" 7:05 "), Some(425));
        assert_eq!(clock_minutes("23:59"), Some(1439));
        for bad in [
            "", "7", "24:00", "07:60", "07:0a", "-1:00", "07:00:00", "７時", "07:005", "007:00",
        ] {
            assert_eq!(clock_minutes(bad), None, "{bad}");
        }
        for m in 0..1440 {
            assert_eq!(clock_minutes(&clock_of(m)), Some(m));
        }
        // As a Japanese keyboard types them.
        assert_eq!(clock_minutes("７：３０"), Some(450));
        assert_eq!(clock_minutes("０７：３０"), Some(450));
        assert_eq!(clock_minutes("０７:00"), Some(420));
        assert_eq!(clock_minutes("\u{3000}１９：００\u{3000}"), Some(1140));
        assert_eq!(clock_minutes("２４：００"), None);
    }

    proptest! {
        #[test]
        fn every_time_reads_back_from_its_text(s in EARLIEST.0..=LATEST.0) {
            let t = WallTime(s);
            prop_assert_eq!(WallTime::parse(&t.text()), Some(t));
        }
    }
}
