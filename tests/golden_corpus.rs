//! The golden corpus (tests/golden, see its README): links, files and stored
//! records written once by every released version, never edited. Each must still
//! open, through the migration chain, to the figures written beside it.
//!
//! The expectations are computed exactly as the program that wrote the corpus
//! computed them (tests/golden/generate-5b7d80b.rs.txt), on what the current app
//! decodes.

use kaigo_savings::demo::seed::ids::*;
use kaigo_savings::demo::{snapshot, Time, Workspace};
use kaigo_savings::model::economics::Warning;
use kaigo_savings::model::library::Library;
use kaigo_savings::model::scenario::{Line, Scenario};
use kaigo_savings::model::{compute, economics, persist, share, Payback};
use kaigo_savings::sha256::hex;
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
