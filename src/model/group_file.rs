//! 法人 as one versioned JSON document: what the browser keeps
//! (`kaigo-savings/group`) and, later, the file a person moves between devices.
//! Version 1: `{"v":1,"license":{"plan","price","users"?},"optimism"?,"items":
//! [{"name","v","s"}]}` (`users` and `optimism` only where the person typed them) — each facility in the saved-estimates file's own shape (its name, the
//! scenario record's version and its key → value map, read by `persist`'s one
//! migration chain), so every later version reads every facility as it reads a
//! saved estimate. A newer document is refused with its own error, so the caller
//! keeps the text and never saves over it.

use super::costs::Plan;
use super::grade::Optimism;
use super::group::{Facility, Group, GroupLicense};
use super::num::{parse_decimal, Num};
use super::persist::{self, to_map, VERSION};
use super::scenario::Field;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

pub const FILE_VERSION: u64 = 1;
/// Most facilities in one 法人.
pub const MAX_FACILITIES: usize = 200;
/// Longest facility name, in characters.
pub const MAX_NAME: usize = 40;

/// Why a stored 法人 could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupFileError {
    /// Not a 法人 document, or a part of it unreadable.
    Corrupt,
    /// Written by a newer version of the app.
    Newer(u64),
}

#[derive(Serialize)]
struct License {
    plan: &'static str,
    price: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    users: Option<String>,
}

#[derive(Serialize)]
struct Item<'a> {
    name: &'a str,
    v: u32,
    s: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct Doc<'a> {
    v: u64,
    license: License,
    #[serde(skip_serializing_if = "Option::is_none")]
    optimism: Option<String>,
    items: Vec<Item<'a>>,
}

/// The 法人 as text.
pub fn save(g: &Group) -> String {
    serde_json::to_string(&Doc {
        v: FILE_VERSION,
        license: License {
            plan: g.license.plan.key(),
            price: g.license.price.to_string(),
            users: g.license.users.map(|u| u.to_string()),
        },
        optimism: g.optimism.map(|o| o.percent().to_string()),
        items: g
            .facilities()
            .iter()
            .map(|f| Item {
                name: &f.name,
                v: VERSION,
                s: to_map(&f.scenario),
            })
            .collect(),
    })
    .unwrap_or_default()
}

/// A value of `field` as written (its own bounds).
fn num(v: &Value, field: Field) -> Option<Num> {
    let n = parse_decimal(v.as_str()?).ok()?;
    (field.min_value()..=field.max_value())
        .contains(&n)
        .then_some(n)
}

/// Reads a 法人 written by this version or an earlier one.
pub fn open(raw: &str) -> Result<Group, GroupFileError> {
    let doc: Value = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .map_err(|_| GroupFileError::Corrupt)?;
    let version = doc
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(GroupFileError::Corrupt)?;
    if version > FILE_VERSION {
        return Err(GroupFileError::Newer(version));
    }
    let read = || -> Option<Group> {
        let l = doc.get("license")?;
        let license = GroupLicense {
            plan: Plan::from_key(l.get("plan")?.as_str()?)?,
            price: num(l.get("price")?, Field::LicensePrice)?,
            users: match l.get("users") {
                None => None,
                Some(u) => Some(num(u, Field::LicenseUsers)?),
            },
        };
        let items = doc.get("items")?.as_array()?;
        if version == 0 || items.len() > MAX_FACILITIES {
            return None;
        }
        let mut g = Group::new(license);
        if let Some(o) = doc.get("optimism") {
            g.optimism = Some(Optimism::parse(o.as_str()?).ok()?);
        }
        for item in items {
            let name = item.get("name")?.as_str()?;
            if name.chars().count() > MAX_NAME {
                return None;
            }
            item.get("s")?;
            let scenario = persist::from_value(item).ok()?;
            g.add(Facility::new(name, scenario));
        }
        Some(g)
    };
    read().ok_or(GroupFileError::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::strategies::any_scenario;
    use crate::model::Preset;
    use proptest::prelude::*;

    fn group() -> Group {
        let mut g = Group::new(GroupLicense::default());
        g.add(Facility::new("特養さくら", Preset::Brochure.scenario()));
        g.add(Facility::new("デイ \"あおば\"", Preset::ALL[1].scenario()));
        g
    }

    #[test]
    fn a_group_reads_back_as_it_was() {
        let mut g = group();
        g.license.users = Some(Num::whole(120));
        g.optimism = Some(Optimism::parse("12.5").unwrap());
        let text = save(&g);
        assert!(text.starts_with(r#"{"v":1,"license":{"plan":"standard","price":"450","users":"120"},"optimism":"12.5","items":[{"name":"特養さくら","v":"#));
        let back = open(&text).unwrap();
        assert_eq!((back.license, back.optimism), (g.license, g.optimism));
        let names: Vec<_> = back
            .facilities()
            .iter()
            .map(|f| (f.name.as_str(), f.scenario))
            .collect();
        let want: Vec<_> = g
            .facilities()
            .iter()
            .map(|f| (f.name.as_str(), f.scenario))
            .collect();
        assert_eq!(names, want);
        // Users left to the facilities are not written.
        g.license.users = None;
        g.optimism = None;
        assert!(save(&g).contains(r#"{"plan":"standard","price":"450"},"items""#));
        assert_eq!(open(&save(&g)).unwrap().license.users, None);
    }

    #[test]
    fn a_newer_or_broken_document_is_refused() {
        let text = save(&group());
        assert_eq!(
            open(&text.replacen("\"v\":1", "\"v\":2", 1)).err(),
            Some(GroupFileError::Newer(2))
        );
        for broken in [
            "",
            "[]",
            "{\"v\":0,\"license\":{\"plan\":\"standard\",\"price\":\"450\"},\"items\":[]}",
            &text.replace("\"standard\"", "\"gold\""),
            &text.replace("\"450\"", "\"-1\""),
            &text.replace(
                "\"特養さくら\"",
                &format!("\"{}\"", "あ".repeat(MAX_NAME + 1)),
            ),
            &text.replace("\"s\":{", "\"t\":{"),
            &text.replace("\"license\"", "\"optimism\":\"101\",\"license\""),
        ] {
            assert_eq!(
                open(broken).err(),
                Some(GroupFileError::Corrupt),
                "{broken}"
            );
        }
    }

    proptest! {
        /// Any facilities, any licence: what is saved opens to the same 法人, and
        /// saves again to the same text.
        #[test]
        fn any_group_round_trips(
            scenarios in prop::collection::vec(any_scenario(), 0..6),
            names in prop::collection::vec("\\PC{0,40}", 6),
            users in prop::option::of(0u64..5_000),
        ) {
            let mut g = Group::new(GroupLicense { users: users.map(Num::whole), ..GroupLicense::default() });
            for (s, n) in scenarios.into_iter().zip(&names) {
                g.add(Facility::new(n.clone(), s));
            }
            let text = save(&g);
            let back = open(&text).unwrap();
            prop_assert_eq!(save(&back), text);
            prop_assert_eq!(back.facilities().len(), g.facilities().len());
        }
    }
}
