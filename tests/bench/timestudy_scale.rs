//! `make bench` (part): a time study of 10,000 records — 20 staff, 25 work days
//! before and 25 after, every task — recorded through the floor recorder, then
//! summarised; the stored size and the CSV export. Native timings (the browser
//! figures come with the screen). Prints figures; asserts nothing.

use kaigo_savings::timestudy::estimate::{daily_counts, minutes_saved};
use kaigo_savings::timestudy::evidence::evidence;
use kaigo_savings::timestudy::record::{Phase, Role, Task};
use kaigo_savings::timestudy::{file, saved, Study, WallTime};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let t0 = Instant::now();
    let mut s = Study::new("bench1");
    let start = WallTime::parse("2026-10-01 07:30").expect("time");
    let mut n = 0u64;
    'days: for day in 0..50i64 {
        s.phase = if day < 25 {
            Phase::Before
        } else {
            Phase::After1
        };
        for staff in 0..20u64 {
            let code = format!("S{staff:02}");
            let mut at = start.plus_seconds(day * 86_400 + staff as i64 * 37);
            for k in 0..10u64 {
                let task = Task::ALL[((staff + k) % 8) as usize];
                s.tap(&code, Role::CareWorker, task, at).expect("tap");
                at = at.plus_seconds(120 + ((staff * 7 + k * 13 + day as u64) % 17) as i64 * 60);
                n += 1;
                if s.records.len() >= 10_000 {
                    break 'days;
                }
            }
            s.stop(&code, at).expect("stop");
        }
    }
    let record_ms = t0.elapsed().as_secs_f64() * 1e3;
    let times: Vec<f64> = (0..9)
        .map(|_| {
            let t = Instant::now();
            let ev = evidence(&s);
            let m = (minutes_saved(&ev, Phase::After1), daily_counts(&ev));
            std::hint::black_box((ev, m));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let stored = saved::save(&s);
    let t = Instant::now();
    let back = saved::open(&stored).expect("opens");
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let csv = file::export(&s.records);
    println!(
        "time study at scale: {} records ({n} taps), 20 staff, 50 work days",
        back.records.len()
    );
    println!("  recording every tap through the recorder: {record_ms:.0} ms in all");
    println!(
        "  summary (every task and phase, and the measured values): median {:.1} ms (native)",
        median(times)
    );
    println!("  stored in the browser: {:.0} KB of JSON (reopened in {open_ms:.0} ms); CSV export {:.0} KB", stored.len() as f64 / 1024.0, csv.len() as f64 / 1024.0);
}
