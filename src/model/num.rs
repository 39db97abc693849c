//! Exact non-negative decimal numbers (two fractional digits) and the parser for
//! what Japanese users type: full-width digits, thousands separators, spaces, units.

use std::fmt;

/// A non-negative decimal with at most two fractional digits, stored exactly as
/// hundredths (`Num(150000)` is 1,500). Money and time are computed from these
/// with integer arithmetic only, so no NaN, ∞ or float drift can appear.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Num(u64);

/// How many hundredths make one unit.
pub const SCALE: u64 = 100;

/// Integer division rounded half away from zero (`div_round(5, 2) == 3`,
/// `div_round(-5, 2) == -3`), saturating instead of overflowing; 0 when `d` is 0.
/// The one rounding rule of every figure the app shows.
pub fn div_round(n: i128, d: i128) -> i128 {
    if d == 0 {
        return 0;
    }
    let (n, d) = if d < 0 {
        (n.saturating_neg(), -d)
    } else {
        (n, d)
    };
    if n >= 0 {
        n.saturating_add(d / 2) / d
    } else {
        -(n.saturating_neg().saturating_add(d / 2) / d)
    }
}

impl Num {
    pub const ZERO: Num = Num(0);

    /// A whole number (`Num::whole(1500)` is 1,500).
    pub const fn whole(n: u64) -> Num {
        Num(n.saturating_mul(SCALE))
    }

    /// From hundredths (`Num::from_hundredths(250)` is 2.5).
    pub const fn from_hundredths(h: u64) -> Num {
        Num(h)
    }

    pub const fn hundredths(self) -> u64 {
        self.0
    }

    pub const fn is_whole(self) -> bool {
        self.0.is_multiple_of(SCALE)
    }

    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }
}

impl fmt::Display for Num {
    /// Plain ASCII without separators, shortest form: `1500`, `2.5`, `0.05`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let int = self.0 / SCALE;
        let frac = self.0 % SCALE;
        if frac == 0 {
            write!(f, "{int}")
        } else if frac.is_multiple_of(10) {
            write!(f, "{int}.{}", frac / 10)
        } else {
            write!(f, "{int}.{frac:02}")
        }
    }
}

/// Whether a field holds a count (people, sheets, days) or a decimal amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Whole numbers only: a fraction is an error.
    Count,
    /// Up to two fractional digits.
    Decimal,
}

/// Why typed text is not an acceptable value. Messages live in `i18n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing typed.
    Empty,
    /// Not a number at all ("abc", "1e3", "1-2").
    NotNumber,
    /// A minus sign in front of a non-zero value.
    Negative,
    /// A fraction where a count (people, sheets, days) is meant.
    NotWhole,
    /// More than two digits after the decimal point.
    TooPrecise,
    /// Commas in the wrong places ("1,50").
    BadSeparator,
    /// Below the field's minimum.
    TooSmall { min: Num },
    /// Above the field's sane maximum.
    TooLarge { max: Num },
}

/// Unit words a user may type after the number; they are ignored.
const UNIT_SUFFIXES: &[&str] = &[
    "円/時", "円/枚", "枚/月", "人/日", "分/日", "日/月", "時間", "円", "分", "人", "日", "枚",
    "名", "%",
];

/// NFKC's width folding of one character, as a Japanese keyboard types it:
/// full-width ASCII (`Ａ`, `０`, `：`, `－`) as ASCII, the ideographic space
/// (U+3000) as a space; any other character as it is.
pub fn fold_width_char(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        other => other,
    }
}

/// Typed text width-folded (`fold_width_char`) and without surrounding spaces:
/// `　Ａ０１ ` is `A01`, `７：３０` is `7:30`. Every value typed on the time
/// study screen (staff codes, times, a file's cells) is read through it.
pub fn fold_width(text: &str) -> String {
    let folded: String = text.chars().map(fold_width_char).collect();
    folded.trim().to_string()
}

/// Normalises full-width and Japanese punctuation to ASCII and trims spaces
/// (including the ideographic space U+3000): `fold_width` and the Japanese
/// comma, full stop and dashes.
pub fn normalize(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '、' | '､' => ',',
            '｡' => '.',
            '−' | '‐' | '―' | '‒' | '–' | '—' => '-',
            other => fold_width_char(other),
        })
        .collect();
    mapped.trim().to_string()
}

/// Parses typed text as a decimal with at most two fractional digits.
/// Accepts `1500`, `1,500`, `１，５００`, ` 1500 `, `1500円`, `2.5`, `+3`.
pub fn parse_decimal(text: &str) -> Result<Num, InputError> {
    let mut s = normalize(text);
    for unit in UNIT_SUFFIXES {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest.trim_end().to_string();
            break;
        }
    }
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = match s.as_bytes()[0] {
        b'-' => (true, s[1..].trim_start()),
        b'+' => (false, s[1..].trim_start()),
        _ => (false, s.as_str()),
    };
    if body.is_empty() {
        return Err(InputError::NotNumber);
    }
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let int_ok = !int_part.is_empty() || frac_part.is_some_and(|f| !f.is_empty());
    if !int_ok
        || !int_part.chars().all(|c| c.is_ascii_digit() || c == ',')
        || frac_part.is_some_and(|f| f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(InputError::NotNumber);
    }
    if int_part.contains(',') {
        let mut groups = int_part.split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return Err(InputError::BadSeparator);
        }
    }
    let mut hundredths: u64 = 0;
    for c in int_part.chars().filter(char::is_ascii_digit) {
        let d = u64::from(c as u8 - b'0');
        hundredths = hundredths
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .ok_or(InputError::TooLarge { max: Num(u64::MAX) })?;
    }
    hundredths = hundredths
        .checked_mul(SCALE)
        .ok_or(InputError::TooLarge { max: Num(u64::MAX) })?;
    if let Some(frac) = frac_part {
        let digits = frac.trim_end_matches('0');
        if digits.len() > 2 {
            return Err(InputError::TooPrecise);
        }
        let mut f: u64 = 0;
        for (i, c) in digits.chars().enumerate() {
            let d = u64::from(c as u8 - b'0');
            f += d * if i == 0 { 10 } else { 1 };
        }
        hundredths += f;
    }
    if negative && hundredths != 0 {
        return Err(InputError::Negative);
    }
    Ok(Num(hundredths))
}

/// Parses and checks typed text for a field of the given kind and limits.
pub fn parse_field(text: &str, kind: Kind, min: Num, max: Num) -> Result<Num, InputError> {
    let v = parse_decimal(text).map_err(|e| match e {
        InputError::TooLarge { .. } => InputError::TooLarge { max },
        other => other,
    })?;
    if kind == Kind::Count && !v.is_whole() {
        return Err(InputError::NotWhole);
    }
    if v > max {
        return Err(InputError::TooLarge { max });
    }
    if v < min {
        return Err(InputError::TooSmall { min });
    }
    Ok(v)
}

/// `x` with one decimal (`7.5`, `12.0` → `12`, `−0.3`; 0 for NaN and ∞), without
/// float formatting code (the time-study screen, its words and its charts use it).
pub fn dec1(x: f64) -> String {
    let t = if x.is_finite() {
        (x * 10.0).round() as i64
    } else {
        0
    };
    let sign = if t < 0 { "−" } else { "" };
    let t = t.unsigned_abs();
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        f => format!("{sign}{}.{f}", t / 10),
    }
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A field value for display and for the input box: `1,500`, `2.5`.
pub fn format_num(v: Num) -> String {
    let int = v.hundredths() / 100;
    let frac = v.hundredths() % 100;
    let g = group_thousands(int);
    match frac {
        0 => g,
        f if f % 10 == 0 => format!("{g}.{}", f / 10),
        f => format!("{g}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(s: &str) -> Result<Num, InputError> {
        parse_decimal(s)
    }

    #[test]
    fn div_round_rounds_half_away_from_zero() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(div_round(-4, 3), -1);
        assert_eq!(div_round(5, -2), -3);
        assert_eq!(div_round(7, 0), 0);
        assert_eq!(div_round(i128::MAX, 1), i128::MAX);
        assert_eq!(div_round(i128::MIN + 1, 1), i128::MIN + 1);
    }

    proptest! {
        #[test]
        fn div_round_is_the_nearest_quotient(n in -1_000_000_000i128..1_000_000_000, d in 1i128..100_000) {
            let q = div_round(n, d);
            // |n − q·d| ≤ d/2, ties away from zero, symmetric in sign.
            prop_assert!((n - q * d).abs() * 2 <= d);
            prop_assert_eq!(div_round(-n, d), -q);
            prop_assert_eq!(div_round(n, -d), -q);
        }
    }

    #[test]
    fn accepts_what_japanese_users_type() {
        assert_eq!(p("1500"), Ok(Num::whole(1500)));
        assert_eq!(p("1,500"), Ok(Num::whole(1500)));
        assert_eq!(p("１５００"), Ok(Num::whole(1500)));
        assert_eq!(p("１，５００"), Ok(Num::whole(1500)));
        assert_eq!(p("  1500\u{3000}"), Ok(Num::whole(1500)));
        assert_eq!(p("1500円"), Ok(Num::whole(1500)));
        assert_eq!(p("1,234,567"), Ok(Num::whole(1_234_567)));
        assert_eq!(p("２．５"), Ok(Num::from_hundredths(250)));
        assert_eq!(p("0.05"), Ok(Num::from_hundredths(5)));
        assert_eq!(p(".5"), Ok(Num::from_hundredths(50)));
        assert_eq!(p("2.500"), Ok(Num::from_hundredths(250)));
        assert_eq!(p("+3"), Ok(Num::whole(3)));
        assert_eq!(p("-0"), Ok(Num::ZERO));
    }

    #[test]
    fn rejects_bad_text_with_a_reason() {
        assert_eq!(p(""), Err(InputError::Empty));
        assert_eq!(p("  "), Err(InputError::Empty));
        assert_eq!(p("円"), Err(InputError::Empty));
        assert_eq!(p("-5"), Err(InputError::Negative));
        assert_eq!(p("－５"), Err(InputError::Negative));
        assert_eq!(p("abc"), Err(InputError::NotNumber));
        assert_eq!(p("1e3"), Err(InputError::NotNumber));
        assert_eq!(p("1.2.3"), Err(InputError::NotNumber));
        assert_eq!(p("1 500"), Err(InputError::NotNumber));
        assert_eq!(p("5."), Err(InputError::NotNumber));
        assert_eq!(p("-"), Err(InputError::NotNumber));
        assert_eq!(p("NaN"), Err(InputError::NotNumber));
        assert_eq!(p("∞"), Err(InputError::NotNumber));
        assert_eq!(p("1,50"), Err(InputError::BadSeparator));
        assert_eq!(p(",500"), Err(InputError::BadSeparator));
        assert_eq!(p("1234,567"), Err(InputError::BadSeparator));
        assert_eq!(p("2.555"), Err(InputError::TooPrecise));
        assert!(matches!(
            p("99999999999999999999999"),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn width_folding_is_nfkcs_for_what_keyboards_type() {
        assert_eq!(fold_width("Ａ０１"), "A01");
        assert_eq!(fold_width("\u{3000}ａｂ－＿１\u{3000} "), "ab-_1");
        assert_eq!(fold_width("７：３０"), "7:30");
        assert_eq!(
            fold_width("２０２６／１２／０２\u{3000}０８：３０"),
            "2026/12/02 08:30"
        );
        assert_eq!(fold_width("！～"), "!~");
        // Only width: kana, kanji and other punctuation stay as they are.
        assert_eq!(fold_width("夜勤リーダー、ｱ"), "夜勤リーダー、ｱ");
        // Every full-width ASCII character is its ASCII one, as NFKC has it.
        for b in 0x21u32..=0x7e {
            let wide = char::from_u32(b + 0xfee0).unwrap();
            assert_eq!(fold_width_char(wide), char::from_u32(b).unwrap());
            // And the calculator reads it as it reads the ASCII one.
            assert_eq!(
                normalize(&wide.to_string()),
                normalize(&char::from_u32(b).unwrap().to_string())
            );
        }
    }

    #[test]
    fn field_rules() {
        let max = Num::whole(31);
        assert_eq!(
            parse_field("2.5", Kind::Count, Num::ZERO, max),
            Err(InputError::NotWhole)
        );
        assert_eq!(
            parse_field("2.0", Kind::Count, Num::ZERO, max),
            Ok(Num::whole(2))
        );
        assert_eq!(
            parse_field("32", Kind::Count, Num::ZERO, max),
            Err(InputError::TooLarge { max })
        );
        assert_eq!(
            parse_field("0", Kind::Decimal, Num::whole(1), max),
            Err(InputError::TooSmall { min: Num::whole(1) })
        );
        assert_eq!(
            parse_field("999999999999999999999", Kind::Count, Num::ZERO, max),
            Err(InputError::TooLarge { max })
        );
    }

    #[test]
    fn display_is_shortest_exact_form() {
        assert_eq!(Num::whole(1500).to_string(), "1500");
        assert_eq!(Num::from_hundredths(250).to_string(), "2.5");
        assert_eq!(Num::from_hundredths(5).to_string(), "0.05");
        assert_eq!(Num::from_hundredths(1234).to_string(), "12.34");
    }

    proptest! {
        #[test]
        fn display_round_trips(h in 0u64..1_000_000_000_000) {
            let n = Num::from_hundredths(h);
            prop_assert_eq!(parse_decimal(&n.to_string()), Ok(n));
        }

        #[test]
        fn separated_and_full_width_forms_agree(v in 0u64..10_000_000_000) {
            let plain = v.to_string();
            let grouped = group_thousands(v);
            let wide: String = grouped.chars().map(|c| match c {
                '0'..='9' => char::from_u32('０' as u32 + (c as u32 - '0' as u32)).unwrap(),
                ',' => '，',
                o => o,
            }).collect();
            prop_assert_eq!(parse_decimal(&plain), Ok(Num::whole(v)));
            prop_assert_eq!(parse_decimal(&grouped), Ok(Num::whole(v)));
            prop_assert_eq!(parse_decimal(&wide), Ok(Num::whole(v)));
        }

        #[test]
        fn parsed_values_respect_field_limits(s in "[-+0-9,.]{0,12}", max in 0u64..100_000) {
            let max = Num::whole(max);
            if let Ok(v) = parse_field(&s, Kind::Count, Num::ZERO, max) {
                prop_assert!(v <= max);
                prop_assert!(v.is_whole());
            }
        }
    }
}
