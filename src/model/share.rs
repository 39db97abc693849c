//! Share links: a whole scenario in a URL query, compact (only what differs from the
//! brochure example), versioned, and checked on the way in (a digest catches a
//! truncated or edited link). A link from an earlier version opens with its figures
//! through the stored record's migration chain (`persist::from_map`); only a link
//! from a newer version is refused. Opening a bad link gives a typed error, never a
//! crash.

use super::persist::{self, from_map, to_map, DecodeError, VERSION};
use super::presets::Preset;
use super::scenario::Scenario;
use crate::sha256::{hex, sha256};
use std::collections::BTreeMap;

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// No scenario in the link at all.
    Missing,
    /// Made by a newer version of the app.
    FutureVersion(u32),
    /// The check digest does not match: the link was cut short or edited.
    Damaged,
    /// Not a query of key=value pairs (a repeated key, a bad %-escape, a version
    /// that is not a number).
    Malformed,
    /// Its figures cannot be used (the digest matched, so the app that made it
    /// wrote them so).
    Figures(DecodeError),
}

/// Characters %-encoded in a query value: all but letters, digits and `-._~`.
const ENCODED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub(super) fn encode_component(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, ENCODED).to_string()
}

/// A query component: `+` is a space, %-escapes are bytes of UTF-8 text.
pub(super) fn decode_component(s: &str) -> Option<String> {
    let s = s.replace('+', " ");
    percent_encoding::percent_decode_str(&s)
        .decode_utf8()
        .ok()
        .map(Into::into)
}

/// The digest over the version and the sorted pairs.
fn check(v: u32, pairs: &BTreeMap<String, String>) -> String {
    let mut text = format!("v={v}");
    for (k, val) in pairs {
        text.push('&');
        text.push_str(k);
        text.push('=');
        text.push_str(val);
    }
    hex(&sha256(text.as_bytes()))[..8].to_string()
}

/// A scenario's figures that differ from the brochure example (what a link carries).
pub(super) fn differences(s: &Scenario) -> BTreeMap<String, String> {
    let base = to_map(&Preset::Brochure.scenario());
    to_map(s)
        .into_iter()
        .filter(|(k, v)| base.get(k) != Some(v))
        .collect()
}

/// The query (without `?`): `v=2&wage=1800&…&c=<digest>`, listing only values that
/// differ from the brochure example.
pub fn encode(s: &Scenario) -> String {
    let diff = differences(s);
    let version = persist::version_of(s);
    let mut out = format!("v={version}");
    for (k, v) in &diff {
        out.push('&');
        out.push_str(&encode_component(k));
        out.push('=');
        out.push_str(&encode_component(v));
    }
    out.push_str("&c=");
    out.push_str(&check(version, &diff));
    out
}

/// Reads a query (with or without `?`). Parameters that are no figure of any
/// version — what a mail program, a chat app or a host may append, such as
/// `utm_source` or `fbclid` — are left out (the digest covers only the figures), so
/// the link still opens.
pub fn decode(query: &str) -> Result<Scenario, ShareError> {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.is_empty() {
        return Err(ShareError::Missing);
    }
    let mut pairs = BTreeMap::new();
    let (mut v, mut c) = (None, None);
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, val) = part.split_once('=').ok_or(ShareError::Malformed)?;
        let k = decode_component(k).ok_or(ShareError::Malformed)?;
        let val = decode_component(val).ok_or(ShareError::Malformed)?;
        match k.as_str() {
            "v" => v = Some(val),
            "c" => c = Some(val),
            _ if persist::key_since(&k).is_none() => {}
            _ => {
                if pairs.insert(k, val).is_some() {
                    return Err(ShareError::Malformed);
                }
            }
        }
    }
    let v = v.ok_or(ShareError::Missing)?;
    let v: u32 = v.parse().map_err(|_| ShareError::Malformed)?;
    if v > VERSION {
        return Err(ShareError::FutureVersion(v));
    }
    if v == 0 {
        return Err(ShareError::Malformed);
    }
    if c.as_deref() != Some(check(v, &pairs).as_str()) {
        return Err(ShareError::Damaged);
    }
    scenario_of(v, pairs)
}

/// A scenario from a link's figures written by record version `v` (checked).
pub(super) fn scenario_of(v: u32, pairs: BTreeMap<String, String>) -> Result<Scenario, ShareError> {
    // Start from the brochure example as the link's version wrote it (what the link
    // left out), then apply the link; keys of later versions are then filled in by
    // the migration chain exactly as for a stored record of that version. (The
    // brochure's figures are the same in every version so far; the golden corpus
    // under tests/golden would catch a change.)
    let mut full = BTreeMap::new();
    for (k, val) in to_map(&Preset::Brochure.scenario()) {
        if persist::key_since(&k).is_some_and(|since| since <= v) {
            full.insert(k, val);
        }
    }
    for (k, val) in pairs {
        full.insert(k, val);
    }
    from_map(v, full).map_err(ShareError::Figures)
}

/// Light modules around a QR code (the standard's quiet zone).
const QUIET_ZONE: i32 = 4;

/// A QR code of `url` as an SVG document (black on white, with its quiet zone, each
/// row's dark runs as one path), so a manager can open the figures on a phone;
/// `None` if the URL is too long for a QR code. Encoded with Nayuki's qrcodegen:
/// the `qrcode` crate did the same for 8.4 KB gzip more of the app (measured).
pub fn qr_svg(url: &str) -> Option<String> {
    use std::fmt::Write;
    let code =
        qrcodegen::QrCode::encode_binary(url.as_bytes(), qrcodegen::QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let _ = write!(
                path,
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    let side = n + 2 * QUIET_ZONE;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::num::Num;
    use proptest::prelude::*;

    #[test]
    fn the_brochure_example_is_a_short_link() {
        let q = encode(&Preset::Brochure.scenario());
        assert!(q.starts_with("v=2&c=") && q.len() < 20, "{q}");
        assert_eq!(decode(&q), Ok(Preset::Brochure.scenario()));
    }

    #[test]
    fn carries_exactly_what_differs() {
        let mut s = Preset::Residential.scenario();
        s.wage = Num::whole(1_230);
        s.handover.minutes = Num::from_hundredths(1_250);
        s.costs.subsidy.enabled = true;
        let q = encode(&s);
        assert!(
            q.contains("wage=1230")
                && q.contains("handover-minutes=12.5")
                && q.contains("subsidy-enabled=1")
        );
        assert!(!q.contains("notebook-users"), "{q}");
        assert_eq!(decode(&format!("?{q}")), Ok(s));
    }

    #[test]
    fn rejects_damaged_edited_old_and_odd_links() {
        let mut s = Preset::Brochure.scenario();
        s.wage = Num::whole(1_800);
        let q = encode(&s);
        assert_eq!(decode(""), Err(ShareError::Missing));
        assert_eq!(decode("?"), Err(ShareError::Missing));
        assert_eq!(
            decode(&q.replace("wage=1800", "wage=9800")),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            decode(&q[..q.len() - 3]),
            Err(ShareError::Damaged),
            "truncated"
        );
        let cut = q.split("&c=").next().unwrap();
        assert_eq!(decode(cut), Err(ShareError::Damaged), "digest missing");
        assert_eq!(
            decode(&q.replace("v=2", "v=9")),
            Err(ShareError::FutureVersion(9))
        );
        assert_eq!(decode("v=x&c=1"), Err(ShareError::Malformed));
        assert_eq!(decode("v=2&wage&c=1"), Err(ShareError::Malformed));
        // A broken %-escape is read as it is, so the digest does not match.
        assert_eq!(decode("v=2&wage=%ZZ&c=1"), Err(ShareError::Damaged));
        assert_eq!(
            decode("v=2&wage=%FF&c=1"),
            Err(ShareError::Malformed),
            "not UTF-8"
        );
        assert_eq!(decode("v=2&wage=1&wage=2&c=1"), Err(ShareError::Malformed));
        // A well-formed link with a value out of range or an unknown key: its digest
        // matches (someone made it on purpose), the values are still refused.
        use crate::model::persist::RecordKey;
        use crate::model::Field;
        for (bad, why) in [
            (("wage", "999999"), DecodeError::OutOfRange(Field::Wage)),
            (
                ("wage", "-5"),
                DecodeError::Unreadable(RecordKey::Field(Field::Wage)),
            ),
            (
                ("subsidy-enabled", "yes"),
                DecodeError::Unreadable(RecordKey::Flag(crate::model::Flag::SubsidyEnabled)),
            ),
            (
                ("license-plan", "gold"),
                DecodeError::Unreadable(RecordKey::Plan),
            ),
        ] {
            let mut pairs = BTreeMap::new();
            pairs.insert(bad.0.to_string(), bad.1.to_string());
            let q = format!(
                "v=2&{}={}&c={}",
                bad.0,
                encode_component(bad.1),
                check(2, &pairs)
            );
            assert_eq!(decode(&q), Err(ShareError::Figures(why)), "{q}");
        }
    }

    #[test]
    fn parameters_a_host_appends_are_left_out() {
        let mut s = Preset::Residential.scenario();
        s.wage = Num::whole(1_230);
        let q = encode(&s);
        for tail in [
            "&fbclid=IwAR0x",
            "&utm_source=line&utm_medium=chat",
            "&nonsense=1&openExternalBrowser=1",
        ] {
            assert_eq!(decode(&format!("{q}{tail}")), Ok(s), "{tail}");
            assert_eq!(decode(&format!("utm_campaign=x&{q}")), Ok(s));
        }
        // A figure's key is never left out: an edited figure is still caught.
        assert_eq!(
            decode(&format!("{q}&wage=1300")),
            Err(ShareError::Malformed)
        );
        assert_eq!(
            decode(&format!("{q}&realization=50")),
            Err(ShareError::Damaged)
        );
    }

    #[test]
    fn an_older_link_opens_through_the_migration_chain() {
        let mut pairs = BTreeMap::new();
        pairs.insert("wage".to_string(), "1300".to_string());
        pairs.insert("handover-staff".to_string(), "37".to_string());
        let q = format!("v=1&wage=1300&handover-staff=37&c={}", check(1, &pairs));
        let s = decode(&q).expect("a v1 link opens");
        assert_eq!(s.wage, Num::whole(1_300));
        assert_eq!(s.handover.people, Num::whole(37));
        // Accounts did not exist in v1: they come from the link's own staff lines,
        // as for a stored v1 record.
        assert_eq!(
            s.costs.license.users,
            crate::model::presets::default_users(&s)
        );
        assert_ne!(
            s.costs.license.users,
            Preset::Brochure.scenario().costs.license.users
        );
        // A key that v1 did not have is not a v1 link's.
        let mut pairs = BTreeMap::new();
        pairs.insert("subsidy-enabled".to_string(), "1".to_string());
        let q = format!("v=1&subsidy-enabled=1&c={}", check(1, &pairs));
        assert!(decode(&q).is_err());
    }

    /// Draws the SVG's path (runs "M x yhWv1h-Wz") at 6 px a module and reads the
    /// QR code in it as a phone would.
    fn read_qr(svg: &str) -> String {
        let side: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let d = svg.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
        let mut dark = vec![false; side * side];
        for run in d.split('M').skip(1) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let w: usize = rest.split('v').next().unwrap().parse().unwrap();
            for i in x..x + w {
                dark[y * side + i] = true;
            }
        }
        const PX: usize = 6;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side * PX, side * PX, |x, y| {
            if dark[(y / PX) * side + x / PX] {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn qr_of_a_typical_link_and_a_refusal_for_an_impossible_one() {
        let mut s = Preset::Brochure.scenario();
        s.wage = Num::whole(1_230);
        let url = format!("https://example.invalid/kaigo/?{}", encode(&s));
        let svg = qr_svg(&url).expect("a link fits in a QR code");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        // Every dark module is drawn once, inside the quiet zone.
        let code =
            qrcodegen::QrCode::encode_binary(url.as_bytes(), qrcodegen::QrCodeEcc::Medium).unwrap();
        let n = code.size();
        let dark = (0..n)
            .flat_map(|y| (0..n).map(move |x| (x, y)))
            .filter(|(x, y)| code.get_module(*x, *y))
            .count() as i32;
        let d = svg.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
        let drawn: i32 = d
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|w| w.split('v').next().unwrap().parse::<i32>().unwrap())
            .sum();
        assert_eq!(drawn, dark);
        assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", n + 8, n + 8)));
        assert_eq!(read_qr(&svg), url, "a phone reads the link back");
        assert!(qr_svg(&"x".repeat(5_000)).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]
        #[test]
        fn the_qr_of_any_scenario_reads_back(s in crate::model::strategies::any_scenario()) {
            let url = format!("https://example.invalid/kaigo/?{}#savings", encode(&s));
            if let Some(svg) = qr_svg(&url) {
                prop_assert_eq!(read_qr(&svg), url);
            }
        }
    }

    proptest! {
        #[test]
        fn any_valid_scenario_round_trips(s in crate::model::strategies::any_scenario()) {
            let q = encode(&s);
            prop_assert!(q.is_ascii() && !q.contains(' ') && !q.contains('#'));
            prop_assert_eq!(decode(&q), Ok(s));
        }

        #[test]
        fn any_single_edit_is_caught(s in crate::model::strategies::any_scenario(), pos in any::<prop::sample::Index>(), c in "[0-9a-z=&.]") {
            let q = encode(&s);
            let i = pos.index(q.len());
            let mut edited = q.clone();
            edited.replace_range(i..=i, &c);
            if edited != q {
                prop_assert!(decode(&edited) != Ok(s));
            }
        }
    }
}
