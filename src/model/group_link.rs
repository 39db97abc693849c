//! 法人 links: a whole 法人 in a URL query, as compact as a share link (each
//! facility only its figures that differ from the brochure example), versioned
//! and checked on the way in (a digest catches a cut or edited link), so a
//! salesperson can hand a 法人 to its head office as a link or a QR code.
//!
//! Version 1: `g=1&v=<record version>` · the licence where it is not the default
//! (`plan`, `price`), `users` and `opt` where the person typed them · each
//! facility `i` (0, 1, …) as `i=<name>` and `i.<key>=<value>` for its figures ·
//! `c=<digest>`. Each facility's figures are read as a share link's are (the
//! brochure example of their record version, then the link's, through
//! `persist`'s one migration chain), so every later version reads them. Pairs
//! that are no part of a 法人 link (what a chat app appends) are left out; a
//! link from a newer version is refused with its own error.

use super::costs::Plan;
use super::grade::Optimism;
use super::group::{Facility, Group, GroupLicense};
use super::group_file::{MAX_FACILITIES, MAX_NAME};
use super::num::{parse_decimal, Num};
use super::persist::{self, DecodeError, VERSION};
use super::scenario::Field;
use super::share::{decode_component, differences, encode_component, scenario_of, ShareError};
use crate::sha256::{hex, sha256};
use std::collections::BTreeMap;

/// The version of the 法人 link this app writes.
pub const LINK_VERSION: u32 = 1;

/// Whether a query is a 法人 link (rather than one estimate's).
pub fn is_group_link(query: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').any(|p| p == "g" || p.starts_with("g="))
}

/// A facility's index as a link writes it (`0`, `12`; no sign, no leading zero).
fn index(k: &str) -> Option<usize> {
    let i: usize = k.parse().ok()?;
    (i.to_string() == k).then_some(i)
}

/// Whether a pair is part of a 法人 link (else it is left out, digest included).
fn ours(k: &str) -> bool {
    match k.split_once('.') {
        None => matches!(k, "plan" | "price" | "users" | "opt") || index(k).is_some(),
        Some((i, key)) => index(i).is_some() && persist::key_since(key).is_some(),
    }
}

/// The query (without `?`) of a whole 法人.
pub fn encode(g: &Group) -> String {
    let mut pairs = BTreeMap::new();
    let default = GroupLicense::default();
    if g.license.plan != default.plan {
        pairs.insert("plan".to_string(), g.license.plan.key().to_string());
    }
    if g.license.price != default.price {
        pairs.insert("price".to_string(), g.license.price.to_string());
    }
    if let Some(u) = g.license.users {
        pairs.insert("users".to_string(), u.to_string());
    }
    if let Some(o) = g.optimism {
        pairs.insert("opt".to_string(), o.percent().to_string());
    }
    for (i, f) in g.facilities().iter().enumerate() {
        pairs.insert(i.to_string(), f.name.clone());
        for (k, v) in differences(&f.scenario) {
            pairs.insert(format!("{i}.{k}"), v);
        }
    }
    // The oldest record version that holds every facility's figures, as a share
    // link's (an app that reads it is not told the link is newer than it is).
    let v = g
        .facilities()
        .iter()
        .map(|f| persist::version_of(&f.scenario))
        .max()
        .unwrap_or(VERSION);
    let mut out = canonical(LINK_VERSION, v, &pairs);
    let check = digest(&out);
    out.push_str("&c=");
    out.push_str(&check);
    out
}

/// The link without its digest, each key and value %-encoded as `encode` writes
/// them: what the digest is over. Over the encoded text, not the decoded pairs: a
/// name holding `&1=…` cannot then pass for a pair of its own.
fn canonical(g: u32, v: u32, pairs: &BTreeMap<String, String>) -> String {
    let mut out = format!("g={g}&v={v}");
    for (k, val) in pairs {
        out.push('&');
        out.push_str(&encode_component(k));
        out.push('=');
        out.push_str(&encode_component(val));
    }
    out
}

/// The first 8 hex digits of the text's SHA-256.
fn digest(text: &str) -> String {
    hex(&sha256(text.as_bytes()))[..8].to_string()
}

/// A number of the link within `field`'s limits.
fn number(text: &str, field: Field) -> Result<Num, ShareError> {
    let n = parse_decimal(text).map_err(|_| ShareError::Malformed)?;
    if (field.min_value()..=field.max_value()).contains(&n) {
        Ok(n)
    } else {
        Err(ShareError::Figures(DecodeError::OutOfRange(field)))
    }
}

/// Reads a 法人 link (with or without `?`).
pub fn decode(query: &str) -> Result<Group, ShareError> {
    use ShareError::{Damaged, FutureVersion, Malformed, Missing};
    let query = query.strip_prefix('?').unwrap_or(query);
    let (mut g, mut v, mut c) = (None, None, None);
    let mut pairs = BTreeMap::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, val) = part.split_once('=').ok_or(Malformed)?;
        let k = decode_component(k).ok_or(Malformed)?;
        let val = decode_component(val).ok_or(Malformed)?;
        let slot = match k.as_str() {
            "g" => &mut g,
            "v" => &mut v,
            "c" => &mut c,
            _ if ours(&k) => {
                if pairs.insert(k, val).is_some() {
                    return Err(Malformed);
                }
                continue;
            }
            _ => continue,
        };
        if slot.replace(val).is_some() {
            return Err(Malformed);
        }
    }
    let version = |x: Option<String>| -> Result<u32, ShareError> {
        let n: u32 = x.ok_or(Missing)?.parse().map_err(|_| Malformed)?;
        if n == 0 {
            return Err(Malformed);
        }
        Ok(n)
    };
    let (g, v) = (version(g)?, version(v)?);
    if g > LINK_VERSION {
        return Err(FutureVersion(g));
    }
    if v > VERSION {
        return Err(FutureVersion(v));
    }
    if c.as_deref() != Some(digest(&canonical(g, v, &pairs)).as_str()) {
        return Err(Damaged);
    }
    let mut license = GroupLicense::default();
    let mut optimism = None;
    // By facility, in vectors: maps keyed by the index (a second map type's code,
    // its removal included) cost the 法人's part 3.9 KB gzip (measured).
    let mut names: Vec<Option<String>> = Vec::new();
    let mut figures: Vec<BTreeMap<String, String>> = Vec::new();
    for (k, val) in pairs {
        let (i, key) = match (k.as_str(), k.split_once('.')) {
            ("plan", _) => {
                license.plan = Plan::from_key(&val).ok_or(Malformed)?;
                continue;
            }
            ("price", _) => {
                license.price = number(&val, Field::LicensePrice)?;
                continue;
            }
            ("users", _) => {
                license.users = Some(number(&val, Field::LicenseUsers)?);
                continue;
            }
            ("opt", _) => {
                optimism = Some(Optimism::parse(&val).map_err(|_| Malformed)?);
                continue;
            }
            (_, Some((i, key))) => (i, Some(key)),
            (i, None) => (i, None),
        };
        let i = index(i).filter(|i| *i < MAX_FACILITIES).ok_or(Malformed)?;
        if names.len() <= i {
            names.resize(i + 1, None);
            figures.resize(i + 1, BTreeMap::new());
        }
        match key {
            Some(key) => {
                figures[i].insert(key.to_string(), val);
            }
            None => names[i] = Some(val),
        }
    }
    // Facilities 0 … n − 1, each named.
    if names.is_empty() {
        return Err(Missing);
    }
    let mut group = Group::new(license);
    group.optimism = optimism;
    for (name, figures) in names.into_iter().zip(figures) {
        // Named as the screen names it: not empty, not too long.
        let name = name.ok_or(Malformed)?;
        if name.trim().is_empty() || name.chars().count() > MAX_NAME {
            return Err(Malformed);
        }
        group.add(Facility::new(name, scenario_of(v, figures)?));
    }
    Ok(group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::strategies::any_scenario;
    use crate::model::Preset;
    use proptest::prelude::*;

    fn facilities(g: &Group) -> Vec<(String, crate::model::Scenario)> {
        g.facilities()
            .iter()
            .map(|f| (f.name.clone(), f.scenario))
            .collect()
    }

    fn group() -> Group {
        let mut g = Group::default();
        g.add(Facility::new("特養さくら", Preset::Brochure.scenario()));
        let mut s = Preset::Residential.scenario();
        s.wage = Num::whole(1_800);
        g.add(Facility::new("デイ & \"あおば\" = 100%+", s));
        g
    }

    #[test]
    fn a_group_reads_back_as_it_was() {
        let mut g = group();
        let q = encode(&g);
        assert!(q.starts_with("g=1&v=2&0=%E7%89%B9"), "{q}");
        // The brochure's facility carries its name only.
        assert!(!q.contains("&0."), "{q}");
        assert!(q.contains("&1.wage=1800&"), "{q}");
        let back = decode(&q).unwrap();
        assert_eq!(facilities(&back), facilities(&g));
        assert_eq!((back.license, back.optimism), (g.license, g.optimism));
        g.license = GroupLicense {
            plan: Plan::Custom,
            price: Num::whole(600),
            users: Some(Num::whole(120)),
        };
        g.optimism = Some(Optimism::parse("12.5").unwrap());
        let back = decode(&format!("?{}", encode(&g))).unwrap();
        assert_eq!((back.license, back.optimism), (g.license, g.optimism));
        assert!(is_group_link(&encode(&g)));
        assert!(!is_group_link(&crate::model::share::encode(
            &Preset::Brochure.scenario()
        )));
    }

    #[test]
    fn a_name_cannot_pass_for_pairs_of_its_own() {
        let mut g = Group::default();
        g.add(Facility::new(
            "A&1=B&0.wage=5000",
            Preset::Brochure.scenario(),
        ));
        let q = encode(&g);
        assert_eq!(facilities(&decode(&q).unwrap()), facilities(&g));
        // The name's & and = written bare: the same decoded text, another link.
        let bare = q.replace("A%261%3DB%260.wage%3D5000", "A&1=B&0.wage=5000");
        assert_ne!(bare, q);
        assert_eq!(decode(&bare).err(), Some(ShareError::Damaged));
    }

    #[test]
    fn the_version_is_the_oldest_that_holds_the_figures() {
        // Facilities without measured inputs: version 2, as their share links.
        let q = encode(&group());
        let v = crate::model::share::encode(&Preset::Brochure.scenario());
        assert_eq!(q.split('&').nth(1), v.split('&').next());
    }

    #[test]
    fn what_a_chat_app_appends_is_left_out() {
        let q = encode(&group());
        let back = decode(&format!("{q}&utm_source=line&fbclid=x&0.unknown=1")).unwrap();
        assert_eq!(facilities(&back), facilities(&group()));
    }

    #[test]
    fn a_cut_edited_newer_or_broken_link_is_refused() {
        let q = encode(&group());
        // Cut before its digest, or inside a figure.
        assert_eq!(
            decode(&q[..q.rfind('&').unwrap()]).err(),
            Some(ShareError::Damaged)
        );
        let wage = q.find("1.wage=18").unwrap() + 9;
        assert_eq!(decode(&q[..wage]).err(), Some(ShareError::Damaged));
        assert_eq!(
            decode(&q.replace("1.wage=1800", "1.wage=1900")).err(),
            Some(ShareError::Damaged)
        );
        assert_eq!(
            decode(&q.replacen("g=1", "g=2", 1)).err(),
            Some(ShareError::FutureVersion(2))
        );
        assert_eq!(
            decode(&q.replacen("&v=2&", &format!("&v={}&", VERSION + 1), 1)).err(),
            Some(ShareError::FutureVersion(VERSION + 1))
        );
        assert_eq!(decode("").err(), Some(ShareError::Missing));
        assert_eq!(
            decode(&format!("{q}&g=1")).err(),
            Some(ShareError::Malformed)
        );
        assert_eq!(
            decode(&q.replacen("g=1", "g=x", 1)).err(),
            Some(ShareError::Malformed)
        );
        assert_eq!(decode("g=1&v=1&%FF=1").err(), Some(ShareError::Malformed));
    }

    /// A link whose digest matches but whose content is not a 法人's (what only an
    /// edit that also recomputed the digest could give).
    fn signed(pairs: &[(&str, &str)]) -> String {
        let map: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let q = canonical(1, VERSION, &map);
        format!("{q}&c={}", digest(&q))
    }

    #[test]
    fn a_signed_link_that_is_no_group_is_refused() {
        let long = "あ".repeat(MAX_NAME + 1);
        for (pairs, want) in [
            (vec![], ShareError::Missing),
            (vec![("1", "a")], ShareError::Malformed),
            (vec![("0", "a"), ("1.wage", "1000")], ShareError::Malformed),
            (vec![("0", long.as_str())], ShareError::Malformed),
            (vec![("0", " ")], ShareError::Malformed),
            (vec![("0", "a"), ("plan", "gold")], ShareError::Malformed),
            (vec![("0", "a"), ("opt", "101")], ShareError::Malformed),
            (
                vec![("0", "a"), ("price", "999999999")],
                ShareError::Figures(DecodeError::OutOfRange(Field::LicensePrice)),
            ),
            (
                vec![("0", "a"), ("0.wage", "abc")],
                ShareError::Figures(DecodeError::Unreadable(persist::RecordKey::Field(
                    Field::Wage,
                ))),
            ),
        ] {
            assert_eq!(decode(&signed(&pairs)).err(), Some(want), "{pairs:?}");
        }
        let many: Vec<(String, String)> = (0..=MAX_FACILITIES)
            .map(|i| (i.to_string(), "x".to_string()))
            .collect();
        let many: Vec<(&str, &str)> = many.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(decode(&signed(&many)).err(), Some(ShareError::Malformed));
    }

    proptest! {
        #[test]
        fn any_group_round_trips(
            items in prop::collection::vec(("[a-zあ-ん]\\PC{0,39}", any_scenario()), 1..6),
            users in prop::option::of(1u64..5_000),
            plan in prop::sample::select(Plan::ALL.to_vec()),
            price in 1u64..3_000,
            opt in prop::option::of(0u64..=1_000),
        ) {
            let mut g = Group::default();
            for (name, s) in &items {
                g.add(Facility::new(name.clone(), *s));
            }
            g.license = GroupLicense { plan, price: Num::whole(price), users: users.map(Num::whole) };
            g.optimism = opt.and_then(|o| Optimism::parse(&format!("{}", o as f64 / 10.0)).ok());
            let back = decode(&encode(&g)).unwrap();
            prop_assert_eq!(facilities(&back), facilities(&g));
            prop_assert_eq!((back.license, back.optimism), (g.license, g.optimism));
        }

        /// Links whose digest matches whatever they hold (past the digest, the
        /// decoder itself): read within every limit, or refused.
        #[test]
        fn any_signed_pairs_are_read_or_refused(pairs in prop::collection::vec((
            prop::sample::select(vec!["0", "1", "2", "199", "200", "01", "0.wage", "1.handover-minutes",
                "0.license-plan", "0.bogus", "plan", "price", "users", "opt"]),
            prop::sample::select(vec!["", " ", "a", "0", "1.5", "-1", "120", "99999999", "custom", "abc", "12.5", "101"]),
        ), 0..8)) {
            let pairs: Vec<(&str, &str)> = pairs;
            if let Ok(g) = decode(&signed(&pairs)) {
                prop_assert!(!g.facilities().is_empty() && g.facilities().len() <= MAX_FACILITIES);
                for f in g.facilities() {
                    prop_assert!(!f.name.trim().is_empty());
                }
                prop_assert_eq!(facilities(&decode(&encode(&g)).unwrap()), facilities(&g));
            }
        }

        #[test]
        fn any_text_is_read_or_refused(q in "\\PC{0,200}") {
            let _ = decode(&q);
        }
    }
}
