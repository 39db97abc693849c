//! `make bench` (part): a 法人 of 200 facilities (issue 21's scale) — the roll-up
//! of every facility (results, ranges, economics, evidence, ratios), the inputs
//! for a second look, the stored document written and read. Native timings (the
//! browser figures, with the screen drawn, come from bench.mjs). Prints figures;
//! asserts nothing.

use kaigo_savings::model::grade::Optimism;
use kaigo_savings::model::group::{Facility, Group};
use kaigo_savings::model::group_file;
use kaigo_savings::model::num::Num;
use kaigo_savings::model::Preset;
use std::time::Instant;

const FACILITIES: usize = 200;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() {
    let mut g = Group::default();
    for i in 0..FACILITIES {
        let mut s = Preset::ALL[i % Preset::ALL.len()].scenario();
        s.handover.minutes = Num::whole(5 + (i as u64 % 20));
        g.add(Facility::new(format!("事業所{}", i + 1), s));
    }
    let o = Optimism::parse("15").ok();
    println!("法人 of {FACILITIES} facilities (native, release)");
    let rollup = time(21, || {
        std::hint::black_box(g.rollup(o));
    });
    println!("  roll-up of every facility (results, ranges, economics, evidence, ratios): median {rollup:.2} ms");
    let looks = time(21, || {
        std::hint::black_box(g.second_looks());
    });
    println!("  inputs for a second look: median {looks:.2} ms");
    let r = g.rollup(None);
    let step = time(21, || {
        std::hint::black_box(r.optimism_step(o.unwrap()));
    });
    let copy = g.figures();
    let figures = time(21, || {
        std::hint::black_box(g.figures() == copy);
    });
    println!("  a keystroke in the adjustment (its step over every facility; the figures copied and compared): median {step:.2} ms, {figures:.2} ms");
    let text = group_file::save(&g);
    let save = time(21, || {
        std::hint::black_box(group_file::save(&g));
    });
    let open = time(21, || {
        std::hint::black_box(group_file::open(&text).ok());
    });
    println!(
        "  stored document: {} KB, written in {save:.2} ms, read in {open:.2} ms",
        text.len() / 1024
    );
}
