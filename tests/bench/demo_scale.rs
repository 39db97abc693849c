//! `make bench` (part): the demo backend at scale — a workspace of 1,000 members and
//! 20,000 messages. Prints figures; asserts nothing.

use kaigo_savings::demo::{seed, Command, Outcome, Role, Scope, Time, Workspace};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let t0 = Instant::now();
    let mut ws: Workspace = seed::workspace();
    let units: Vec<u32> = ws.units.iter().map(|u| u.id).collect();
    while ws.members.len() < 1_000 {
        let n = ws.members.len();
        ws.add_member(
            format!("職員 {n}"),
            Role::Staff,
            Some(units[n % units.len()]),
        );
    }
    let staff: Vec<u32> = ws
        .members
        .iter()
        .filter(|m| m.role == Role::Staff)
        .map(|m| m.id)
        .collect();
    let mut rng = seed::Rng::new(7);
    let mut ids = Vec::new();
    for i in 0..20_000u64 {
        let author = staff[rng.below(staff.len() as u64) as usize];
        let unit = ws.member(author).ok().and_then(|m| m.unit).unwrap_or(0);
        // One in ten is a facility-wide broadcast; the rest go to the author's unit.
        let scope = if i % 10 == 0 {
            Scope::Everyone
        } else {
            Scope::Unit(unit)
        };
        let cmd = Command::Broadcast {
            scope,
            body: format!("連絡 {i}"),
            attachments: vec![],
        };
        if let Ok(Outcome::Message(id)) = ws.execute(author, Time(i * 30), cmd) {
            ids.push(id);
        }
    }
    // Nine in ten recipients have read each message.
    for id in &ids {
        let m = &mut ws.messages[*id as usize];
        let time = m.time;
        let readers: Vec<u32> = m
            .recipients
            .iter()
            .copied()
            .filter(|r| r % 10 != 0)
            .collect();
        for r in readers {
            m.reads.insert(r, time);
        }
    }
    let build = t0.elapsed();
    let recipients: usize = ws.messages.iter().map(|m| m.recipients.len()).sum();
    println!("Demo backend at scale (native, release)");
    println!("  workspace: {} members, {} messages, {} recipient slots, {} audit entries; built in {:.0} ms",
        ws.members.len(), ws.messages.len(), recipients, ws.audit.entries.len(), build.as_secs_f64() * 1e3);

    let admin = seed::ids::DIRECTOR;
    let mut per_call = Vec::new();
    let t = Instant::now();
    let mut unread_total = 0usize;
    for id in &ids {
        let c = Instant::now();
        let s = ws
            .read_status(admin, *id)
            .expect("admin sees every broadcast room");
        per_call.push(c.elapsed().as_secs_f64() * 1e6);
        unread_total += s.unread.len();
    }
    println!("  read count + unread list, every message: {:.0} ms in all; median {:.1} µs, max {:.1} µs per message ({} unread in all)",
        t.elapsed().as_secs_f64() * 1e3, median(per_call.clone()), per_call.iter().cloned().fold(0.0, f64::max), unread_total);

    let t = Instant::now();
    let ok = ws.audit.verify().is_ok();
    println!(
        "  audit verify ({} entries): {:.1} ms, {}",
        ws.audit.entries.len(),
        t.elapsed().as_secs_f64() * 1e3,
        if ok { "intact" } else { "TAMPERED" }
    );

    let t = Instant::now();
    let snap = kaigo_savings::demo::snapshot::encode(&ws, Time(0));
    let encode_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let back = kaigo_savings::demo::snapshot::decode(&snap).is_ok();
    println!("  snapshot: {:.1} MB of JSON (cap {:.1} MB: {}), encode {:.0} ms, decode + verify {:.0} ms{}",
        snap.len() as f64 / 1e6,
        kaigo_savings::demo::snapshot::MAX_BYTES as f64 / 1e6,
        if snap.len() <= kaigo_savings::demo::snapshot::MAX_BYTES { "fits" } else { "over: this workspace could not be saved in the browser" },
        encode_ms, t.elapsed().as_secs_f64() * 1e3, if back { "" } else { " (DID NOT READ BACK)" });

    let t = Instant::now();
    let csv = ws.audit.to_csv(|id| {
        ws.members
            .get(id as usize)
            .map_or(String::new(), |m| m.name.clone())
    });
    println!(
        "  audit CSV export: {:.1} ms, {:.1} MB",
        t.elapsed().as_secs_f64() * 1e3,
        csv.len() as f64 / 1e6
    );
}
