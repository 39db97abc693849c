//! The golden corpus (tests/golden, see its README): links, files and stored
//! records written once by every released version, never edited. Each must still
//! open, through the migration chain, to the figures written beside it.
//!
//! The expectations are computed exactly as the program that wrote the corpus
//! computed them (tests/golden/generate-5b7d80b.rs.txt), on what the current app
//! decodes. The time study's (`study_expect`) were written by hand for the files
//! written by hand, and from the studies that were saved for versions 4 and 5
//! (tests/golden/generate-timestudy-v4.rs.txt, generate-timestudy-v5.rs.txt); the 法人's (`group_expect`) from
//! the 法人 that was saved for its version 1 (tests/golden/generate-group-v1.rs.txt),
//! also for the 法人 link made from it (tests/golden/generate-group-link-v1.rs.txt).

use kaigo_savings::demo::seed::ids::*;
use kaigo_savings::demo::{snapshot, Time, Workspace};
use kaigo_savings::model::economics::Warning;
use kaigo_savings::model::library::Library;
use kaigo_savings::model::scenario::{Line, Scenario};
use kaigo_savings::model::{compute, economics, persist, share, Payback};
use kaigo_savings::sha256::hex;
use kaigo_savings::timestudy::{file, saved, Phase, Study, Task};
use serde_json::{json, Map, Value};
use std::fs;
use std::path::{Path, PathBuf};

// ── Expectations (always computed from a decoded value) ──────────────────────

fn figures(s: &Scenario) -> Value {
    let m: Map<String, Value> = persist::to_map(s)
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    Value::Object(m)
}

fn warning_key(w: &Warning) -> String {
    match w {
        Warning::FreePlanTooManyUsers => "free-plan-too-many-users".into(),
        Warning::LineTalkNeedsPaid => "line-talk-needs-paid".into(),
        Warning::AuditNeedsPaid => "audit-needs-paid".into(),
        Warning::SubsidyCapped(cap) => format!("subsidy-capped:{cap}"),
    }
}

fn scenario_expect(s: &Scenario) -> Value {
    let r = compute(s);
    let e = economics(s, &r);
    let mut lines = Map::new();
    for l in Line::ALL {
        let x = r.line(l);
        lines.insert(
            l.key().to_string(),
            json!({
                "included": x.included,
                "yen_month": x.yen_month,
                "yen_year": x.yen_year,
                "hours_tenths": x.hours_tenths,
            }),
        );
    }
    let payback = match e.payback {
        Payback::Immediate => json!({"kind": "immediate"}),
        Payback::Never => json!({"kind": "never"}),
        Payback::Months { tenths, month } => {
            json!({"kind": "months", "tenths": tenths, "month": month})
        }
    };
    let breakeven = match e.breakeven {
        Some(b) => json!({"month_tenths": b.month_tenths, "day_hundredths": b.day_hundredths}),
        None => Value::Null,
    };
    json!({
        "figures": figures(s),
        "monthly_yen": r.total.yen_month,
        "annual_yen": r.total.yen_year,
        "hours_tenths_month": r.total.hours_tenths,
        "fte_tenths": r.total.fte_tenths,
        "lines": Value::Object(lines),
        "economics": {
            "license_monthly": e.license_monthly,
            "running_monthly": e.running_monthly,
            "setup_yen": e.setup_yen,
            "devices_yen": e.devices_yen,
            "other_yen": e.other_yen,
            "onetime_total": e.onetime_total,
            "subsidy_yen": e.subsidy_yen,
            "onetime_net": e.onetime_net,
            "time_value_monthly": e.time_value_monthly,
            "retention_monthly": e.retention_monthly,
            "cash_monthly": e.cash_monthly,
            "net_monthly": e.net_monthly,
            "net_yearly": e.net_yearly,
            "net_range": {"low": e.net_range.low, "standard": e.net_range.standard, "high": e.net_range.high},
            "payback": payback,
            "breakeven": breakeven,
            "warnings": e.warnings.iter().map(warning_key).collect::<Vec<_>>(),
        },
    })
}

fn library_expect(lib: &Library) -> Value {
    let items: Vec<Value> = lib
        .items
        .iter()
        .map(|it| {
            let r = compute(&it.scenario);
            let e = economics(&it.scenario, &r);
            json!({
                "name": it.name,
                "figures": figures(&it.scenario),
                "monthly_yen": r.total.yen_month,
                "annual_yen": r.total.yen_year,
                "net_monthly": e.net_monthly,
            })
        })
        .collect();
    json!({ "items": items })
}

/// A 法人 as its screen shows it: the licence, the adjustment, each facility's
/// name, figures and month, and the group's month, licence, net and evidence.
fn group_expect(g: &kaigo_savings::model::group::Group) -> Value {
    let r = g.rollup(g.optimism);
    let facilities: Vec<Value> = g
        .facilities()
        .iter()
        .zip(&r.facilities)
        .map(|(f, e)| {
            json!({
                "name": f.name,
                "figures": figures(&f.scenario),
                "monthly_yen": e.results.total.yen_month,
            })
        })
        .collect();
    json!({
        "license": {
            "plan": g.license.plan.key(),
            "price": g.license.price.to_string(),
            "users": g.license.users.map(|u| u.to_string()),
        },
        "optimism": g.optimism.map(|o| o.percent().to_string()),
        "facilities": facilities,
        "monthly_yen": r.results.total.yen_month,
        "license_monthly": r.economics.license_monthly,
        "net_monthly": r.economics.net_monthly,
        "evidence_percents": r.evidence.percents(),
        "optimism_yen": r.optimism.map(|s| s.total),
    })
}

/// Messages in `room` meant for `member` that the member has not read (what the
/// released UI reads when the member opens the room).
fn unread_in(ws: &Workspace, member: u32, room: u32) -> usize {
    ws.messages
        .iter()
        .filter(|m| {
            m.room == room && m.recipients.contains(&member) && !m.reads.contains_key(&member)
        })
        .count()
}

fn snapshot_expect(ws: &Workspace, now: Time) -> Value {
    let rooms: Vec<Value> = ws
        .rooms
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.name,
                "members": r.members.len(),
                "messages": ws.messages.iter().filter(|m| m.room == r.id).count(),
            })
        })
        .collect();
    let mut unread = Map::new();
    for who in [DIRECTOR, STAFF, FAMILY] {
        let mut by_room = Map::new();
        for r in &ws.rooms {
            if r.members.contains(&who) {
                by_room.insert(r.id.to_string(), json!(unread_in(ws, who, r.id)));
            }
        }
        unread.insert(who.to_string(), Value::Object(by_room));
    }
    let broadcasts: Vec<Value> = ws
        .messages
        .iter()
        .filter(|m| m.broadcast)
        .map(|m| {
            let st = ws.read_status(DIRECTOR, m.id);
            json!({
                "id": m.id,
                "room": m.room,
                "recipients": m.recipients.len(),
                "reads": m.reads.len(),
                "reminders": m.reminders,
                "director_read_status": match st {
                    Ok(s) => json!({"read": s.read, "unread": s.unread}),
                    Err(e) => json!({"refused": e.key()}),
                },
            })
        })
        .collect();
    let (shown, held) = ws.notifications(STAFF + 5, now).expect("member exists");
    let audit = &ws.audit;
    json!({
        "now": now.0,
        "workspace_name": ws.name,
        "units": ws.units.len(),
        "members": ws.members.len(),
        "suspended": ws.members.iter().filter(|m| m.suspended).map(|m| m.id).collect::<Vec<_>>(),
        "rooms": rooms,
        "messages": ws.messages.len(),
        "files": ws.files.iter().map(|f| f.name.clone()).collect::<Vec<_>>(),
        "meetings": ws.meetings.len(),
        "broadcasts": broadcasts,
        "unread_by_member_room": Value::Object(unread),
        "notifications_quiet_member": {"member": STAFF + 5, "shown": shown.len(), "held": held.len()},
        "audit": {
            "entries": audit.entries.len(),
            "refused": audit.entries.iter().filter(|e| e.refused.is_some()).count(),
            "last_seq": audit.entries.last().map_or(0, |e| e.seq),
            "head": hex(&audit.head),
            "verify_ok": audit.verify().is_ok(),
        },
    })
}

/// A time study field by field: its settings, counts and every record and run
/// (times as the records file writes them).
fn study_expect(s: &Study) -> Value {
    let mut by_task = Map::new();
    for t in Task::ALL {
        let n = s.records.iter().filter(|r| r.task == t).count();
        if n > 0 {
            by_task.insert(t.key().to_string(), json!(n));
        }
    }
    let mut by_phase = Map::new();
    for p in Phase::ALL {
        let n = s.records.iter().filter(|r| r.phase == p).count();
        by_phase.insert(p.key().to_string(), json!(n));
    }
    let records: Vec<Value> = s
        .records
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "task": r.task.key(),
                "start": r.start.text(),
                "end": r.end.text(),
                "shift": r.shift.key(),
                "phase": r.phase.key(),
                "staff": r.staff,
                "role": r.role.key(),
                "failed": r.failed,
                "sheet": r.sheet,
            })
        })
        .collect();
    let running: Vec<Value> = s
        .running
        .iter()
        .map(|r| {
            json!({
                "staff": r.staff,
                "role": r.role.key(),
                "task": r.task.key(),
                "start": r.start.text(),
                "phase": r.phase.key(),
            })
        })
        .collect();
    json!({
        "device": s.device,
        "next": s.next,
        "phase": s.phase.key(),
        "day_from": s.day_from,
        "night_from": s.night_from,
        "counts": {
            "records": s.records.len(),
            "tapped": s.records.iter().filter(|r| !r.sheet).count(),
            "sheet": s.records.iter().filter(|r| r.sheet).count(),
            "failed": s.records.iter().filter(|r| r.failed).count(),
            "by_phase": Value::Object(by_phase),
            "by_task": Value::Object(by_task),
            "running": s.running.len(),
        },
        "records": records,
        "running": running,
    })
}

/// The study a records file is imported into (the README of tests/golden).
fn import_target() -> Study {
    Study::new("import")
}

/// The Shift_JIS (Windows-31J, as Japanese Excel writes it and the browser's
/// `TextDecoder("shift_jis")` reads it) of every character of the corpus's
/// Shift_JIS files that is not ASCII, from Python's `cp932` codec
/// (`'…'.encode('cp932')`): the characters, then their two bytes each.
const SJIS_CHARS: &str = "①しそのりコタットドノプ・ー不了事介他休作使分刷前動務勤印員器回夜始守巡帯待後憩成接掲整文方昼時書期業機法理用申直相看確示移種等管終絡者職見記話認調談護送通連録開間電";
const SJIS_BYTES: &[u8] = &[
    0x87, 0x40, 0x82, 0xb5, 0x82, 0xbb, 0x82, 0xcc, 0x82, 0xe8, 0x83, 0x52, 0x83, 0x5e, 0x83, 0x62,
    0x83, 0x67, 0x83, 0x68, 0x83, 0x6d, 0x83, 0x76, 0x81, 0x45, 0x81, 0x5b, 0x95, 0x73, 0x97, 0xb9,
    0x8e, 0x96, 0x89, 0xee, 0x91, 0xbc, 0x8b, 0x78, 0x8d, 0xec, 0x8e, 0x67, 0x95, 0xaa, 0x8d, 0xfc,
    0x91, 0x4f, 0x93, 0xae, 0x96, 0xb1, 0x8b, 0xce, 0x88, 0xf3, 0x88, 0xf5, 0x8a, 0xed, 0x89, 0xf1,
    0x96, 0xe9, 0x8e, 0x6e, 0x8e, 0xe7, 0x8f, 0x84, 0x91, 0xd1, 0x91, 0xd2, 0x8c, 0xe3, 0x8c, 0x65,
    0x90, 0xac, 0x90, 0xda, 0x8c, 0x66, 0x90, 0xae, 0x95, 0xb6, 0x95, 0xfb, 0x92, 0x8b, 0x8e, 0x9e,
    0x8f, 0x91, 0x8a, 0xfa, 0x8b, 0xc6, 0x8b, 0x40, 0x96, 0x40, 0x97, 0x9d, 0x97, 0x70, 0x90, 0x5c,
    0x92, 0xbc, 0x91, 0x8a, 0x8a, 0xc5, 0x8a, 0x6d, 0x8e, 0xa6, 0x88, 0xda, 0x8e, 0xed, 0x93, 0x99,
    0x8a, 0xc7, 0x8f, 0x49, 0x97, 0x8d, 0x8e, 0xd2, 0x90, 0x45, 0x8c, 0xa9, 0x8b, 0x4c, 0x98, 0x62,
    0x94, 0x46, 0x92, 0xb2, 0x92, 0x6b, 0x8c, 0xec, 0x91, 0x97, 0x92, 0xca, 0x98, 0x41, 0x98, 0x5e,
    0x8a, 0x4a, 0x8a, 0xd4, 0x93, 0x64,
];

/// A strict decoder of `bytes` in `encoding`, as the browser's `TextDecoder`
/// with `fatal: true` (a leading BOM dropped): UTF-8, and Shift_JIS for the
/// characters of `SJIS_CHARS` (any other byte sequence is refused).
fn strict(bytes: &[u8], encoding: &str) -> Option<String> {
    match encoding {
        "utf-8" => std::str::from_utf8(bytes)
            .ok()
            .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t).to_string()),
        "shift_jis" => {
            assert_eq!(SJIS_CHARS.chars().count() * 2, SJIS_BYTES.len());
            let (mut out, mut rest) = (String::new(), bytes);
            while let Some(&b) = rest.first() {
                if b < 0x80 {
                    out.push(char::from(b));
                    rest = &rest[1..];
                } else {
                    let pair = rest.get(..2)?;
                    let at = SJIS_BYTES.chunks(2).position(|c| c == pair)?;
                    out.push(SJIS_CHARS.chars().nth(at)?);
                    rest = &rest[2..];
                }
            }
            Some(out)
        }
        _ => None,
    }
}

// ── Opening every file of the corpus ───────────────────────────────────────────

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// The corpus files of `shape` (every version folder), without the expectations.
fn files(shape: &str) -> Vec<(PathBuf, Value)> {
    let mut out = Vec::new();
    let mut versions: Vec<_> = fs::read_dir(corpus().join(shape))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    versions.sort();
    for dir in versions {
        let mut names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.to_string_lossy().ends_with(".expect.json"))
            .collect();
        names.sort();
        for p in names {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            let expect = dir.join(format!("{stem}.expect.json"));
            let expect: Value = serde_json::from_str(&fs::read_to_string(&expect).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", expect.display()));
            out.push((p, expect));
        }
    }
    assert!(!out.is_empty(), "no corpus for {shape}");
    out
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap()
}

#[test]
fn every_stored_record_ever_written_opens_with_its_figures() {
    for (p, expect) in files("scenario") {
        let s = persist::decode(&read(p.as_path()))
            .unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        assert_eq!(scenario_expect(&s), expect, "{}", p.display());
    }
}

#[test]
fn every_share_link_ever_made_opens_with_its_figures() {
    for (p, expect) in files("share") {
        let s = share::decode(read(&p).trim()).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        assert_eq!(scenario_expect(&s), expect, "{}", p.display());
    }
}

#[test]
fn every_saved_estimates_file_ever_exported_imports_whole() {
    for (p, expect) in files("library") {
        let mut lib = Library::default();
        let report = lib.import_json(&read(&p));
        assert!(
            report.problems.is_empty(),
            "{}: {:?}",
            p.display(),
            report.problems
        );
        assert_eq!(library_expect(&lib), expect, "{}", p.display());
    }
}

#[test]
fn every_group_ever_saved_opens_as_it_was() {
    use kaigo_savings::model::group_file;
    for (p, expect) in files("group") {
        let text = read(&p);
        let g = group_file::open(&text).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        assert_eq!(group_expect(&g), expect, "{}", p.display());
        // Saved again, it is the same document (the current version is 1).
        assert_eq!(group_file::save(&g), text.trim_end(), "{}", p.display());
    }
}

#[test]
fn every_group_link_ever_made_opens_as_it_was() {
    use kaigo_savings::model::group_link;
    for (p, expect) in files("group-link") {
        let text = read(&p);
        let g = group_link::decode(text.trim_end())
            .unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        assert_eq!(group_expect(&g), expect, "{}", p.display());
        // Made again, the same link.
        assert_eq!(group_link::encode(&g), text.trim_end(), "{}", p.display());
    }
}

#[test]
fn every_demo_snapshot_ever_saved_opens_as_it_was() {
    let mut versions = std::collections::BTreeSet::new();
    for (p, expect) in files("snapshot") {
        let (ws, session) =
            snapshot::open(&read(&p)).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        let mut got = snapshot_expect(&ws, session.now);
        // Version 2 also keeps who is acting, and where (generate-v2-snapshot.rs.txt).
        let version = p.parent().and_then(Path::file_name).unwrap_or_default();
        if version != "v1" {
            got["session"] = json!({"me": session.me, "room": session.room});
        }
        versions.insert(version.to_string_lossy().into_owned());
        assert_eq!(got, expect, "{}", p.display());
    }
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        ["v1", "v2"],
        "every snapshot version so far is in the corpus"
    );
}

#[test]
fn every_stored_time_study_ever_saved_opens_as_it_was() {
    let mut versions = std::collections::BTreeSet::new();
    for (p, expect) in files("timestudy") {
        let raw = read(&p);
        let s = saved::open(&raw).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        assert_eq!(study_expect(&s), expect, "{}", p.display());
        assert!(
            s.taps.is_empty(),
            "{}: no undo kept across a reload",
            p.display()
        );
        // The folder is the version the file says it is.
        let version = p.parent().and_then(Path::file_name).unwrap_or_default();
        let version = version.to_string_lossy().into_owned();
        let stored: Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(format!("v{}", stored["v"]), version, "{}", p.display());
        // Saved again it is the current version (the current version writes its
        // own files byte for byte), and opens as the same study.
        let again = saved::save(&s);
        if version == format!("v{}", saved::VERSION) {
            assert_eq!(again, raw, "{}", p.display());
        }
        assert!(
            again.ends_with(&format!(",\"v\":{}}}", saved::VERSION)),
            "{again}"
        );
        assert_eq!(saved::open(&again).as_ref(), Ok(&s), "{}", p.display());
        versions.insert(version);
    }
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        ["v1", "v2", "v3", "v4", "v5"],
        "every stored time-study version so far is in the corpus"
    );
}

#[test]
fn every_time_study_records_file_ever_exported_imports_whole() {
    let mut versions = std::collections::BTreeSet::new();
    for (p, expect) in files("timestudy-csv") {
        let bytes = fs::read(&p).unwrap();
        // Read as the browser reads a picked file: the first encoding that takes it.
        let mut encoding = "";
        let text = file::decode(|e| {
            encoding = e;
            strict(&bytes, e)
        })
        .unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        let mut s = import_target();
        let report =
            file::import(&mut s, &text).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()));
        let conflicts: Vec<Value> = report
            .conflicts
            .iter()
            .map(|(line, id)| json!([line, id]))
            .collect();
        let got = json!({
            "encoding": encoding,
            "report": {
                "added": report.added,
                "duplicates": report.duplicates,
                "conflicts": conflicts,
            },
            "study": study_expect(&s),
        });
        assert_eq!(got, expect, "{}", p.display());
        // What was imported exports, and imports again, as the same records.
        let again = file::export(&s.records);
        let mut t = import_target();
        file::import(&mut t, &again).unwrap();
        assert_eq!(t, s, "{}", p.display());
        // The newest folder's UTF-8 files are what the current export writes, byte for byte.
        let version = p.parent().and_then(Path::file_name).unwrap_or_default();
        let version = version.to_string_lossy().into_owned();
        if version == "v4" && encoding == "utf-8" {
            assert_eq!(again.as_bytes(), &bytes[..], "{}", p.display());
        }
        versions.insert(version);
    }
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        ["v1", "v2", "v3", "v4"],
        "every records-file layout so far is in the corpus"
    );
}
