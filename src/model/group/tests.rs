//! Tests of `group`.

use super::*;
use crate::model::grade::Grade;
use crate::model::num::div_round;
use crate::model::strategies::any_scenario;
use proptest::prelude::*;

fn group_of(scenarios: &[Scenario]) -> Group {
    let mut g = Group::new(GroupLicense::of(&scenarios[0]));
    for (i, s) in scenarios.iter().enumerate() {
        g.add(Facility::new(format!("施設{i}"), *s));
    }
    g
}

fn three() -> Group {
    group_of(&[
        Preset::Brochure.scenario(),
        Preset::Residential.scenario(),
        Preset::HomeVisit.scenario(),
    ])
}

#[test]
fn three_facilities_add_up_and_pay_one_licence() {
    let g = three();
    let r = g.rollup(None);
    // 519,000 + (9,000 + 375,000) + (9,000 + 37,500)
    assert_eq!(r.results.total.yen_month, 949_500);
    assert_eq!(r.results.total.yen_year, 949_500 * 12);
    assert_eq!(r.results.line(Line::Printing).yen_month, 27_000);
    // Hours 340 + 250 + 25; FTE 2.1 + 1.6 + 0.2 (each its own rounding).
    assert_eq!(r.results.total.hours_tenths, 6_150);
    assert_eq!(r.results.total.fte_tenths, 21 + 16 + 2);
    // Users 60 + 50 + 10 = 120 at 450円, once.
    let e = &r.economics;
    assert_eq!((e.users, e.license_monthly), (Num::whole(120), 54_000));
    assert_eq!(e.net_monthly, 949_500 - 54_000);
    assert_eq!(e.net_yearly, e.net_monthly * 12);
    assert_eq!(r.evidence.percents(), Some([0, 0, 100, 0]));
    // Bounds: the lines' 50 % / 150 %, summed; printing has no range.
    let h = r.bounds[Line::Handover as usize];
    assert_eq!((h.worst, h.best), (375_000, 1_125_000));
    assert_eq!(e.net_bounds.worst, 27_000 + (949_500 - 27_000) / 2 - 54_000);
    // A typed number of accounts replaces the sum, on the free plan with its limit.
    let mut g = g;
    g.license = GroupLicense {
        plan: Plan::Free,
        price: Num::ZERO,
        users: Some(Num::whole(101)),
    };
    let e = g.rollup(None).economics;
    assert_eq!((e.users, e.license_monthly), (Num::whole(101), 0));
    assert_eq!(e.warnings, vec![Warning::FreePlanTooManyUsers]);
    assert!(matches!(e.payback, Payback::Months { month: 1, .. }));
}

#[test]
fn ratios_and_medians() {
    let g = three();
    let r = g.rollup(None);
    let yen: Vec<_> = r
        .facilities
        .iter()
        .map(|e| e.ratios.yen_per_staff_month)
        .collect();
    // 519,000 ÷ 60 = 8,650; 384,000 ÷ 50 = 7,680; 46,500 ÷ 10 = 4,650.
    assert_eq!(
        yen,
        [865_000, 768_000, 465_000].map(|h| Some(Num::from_hundredths(h)))
    );
    assert_eq!(r.medians.yen_per_staff_month, Some(Num::whole(7_680)));
    // 340 h × 60 ÷ 60 staff ÷ 26 days = 13.08 min; 250 h: 11.54; 25 h: 5.77.
    let min = r.facilities[0].ratios.minutes_per_staff_day;
    assert_eq!(min, Some(Num::from_hundredths(1_308)));
    // Even count: the mean of the middle two; no staff: no ratio, left out.
    let mut g = g;
    let mut none = Preset::DayService.scenario();
    none.costs.license.users = Num::ZERO;
    g.add(Facility::new("0人", none));
    let r = g.rollup(None);
    assert_eq!(r.facilities[3].ratios, Ratios::default());
    assert_eq!(r.medians.yen_per_staff_month, Some(Num::whole(7_680)));
    g.add(Facility::new("5", Preset::DayService.scenario())); // 106,500 ÷ 10
    let r = g.rollup(None);
    assert_eq!(
        r.medians.yen_per_staff_month,
        Some(Num::whole((7_680 + 8_650) / 2))
    );
    assert_eq!(median(vec![1, 2]), Some(Num::from_hundredths(2)), "half up");
    assert_eq!(Group::default().rollup(None).medians, Ratios::default());
}

#[test]
fn an_input_far_from_the_others_is_flagged_not_changed() {
    let mut g = three();
    let mut odd = Preset::Residential.scenario();
    odd.handover.minutes = Num::whole(30); // others: 10, 10
    g.add(Facility::new("特養", odd));
    let before = g.clone();
    let looks = g.second_looks();
    assert_eq!(
        looks,
        vec![SecondLook {
            facility: 3,
            field: Field::HandoverMinutes,
            value: Num::whole(30),
            median: Num::whole(10),
        }]
    );
    assert_eq!(g, before);
    // 29 min is under 3×; one other is too few to compare with.
    g.facility_mut(3).unwrap().scenario.handover.minutes = Num::whole(29);
    assert!(g.second_looks().is_empty());
    let two = group_of(&[Preset::Residential.scenario(), odd]);
    assert!(two.second_looks().is_empty());
    // A third of the median (or zero) is flagged too.
    g.facility_mut(3).unwrap().scenario.handover.minutes = Num::from_hundredths(333);
    assert_eq!(g.second_looks()[0].field, Field::HandoverMinutes);
}

#[test]
fn a_file_adds_its_facilities_and_an_empty_group_takes_its_licence() {
    let mut file = Group::new(GroupLicense {
        users: Some(Num::whole(90)),
        ..GroupLicense::default()
    });
    for name in ["A", "B", "C"] {
        file.add(Facility::new(name, Preset::Brochure.scenario()));
    }
    let mut g = Group::default();
    assert_eq!(g.add_all(file.clone(), 200), 3);
    assert_eq!(g.license.users, Some(Num::whole(90)));
    // A 法人 with facilities keeps its own licence; ids stay unique; the limit holds.
    g.license.users = None;
    assert_eq!(g.add_all(file, 4), 1);
    assert_eq!(g.license.users, None);
    let names: Vec<_> = g.facilities().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C", "A"]);
    let mut ids: Vec<_> = g.facilities().iter().map(|f| f.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 4);
    // Another tab's 法人 in place of this one: its facilities, never old ids.
    let before: Vec<_> = g.facilities().iter().map(|f| f.id).collect();
    let mut theirs = Group::default();
    theirs.add(Facility::new("Z", Preset::Brochure.scenario()));
    g.replace_with(theirs);
    assert_eq!(g.facilities().len(), 1);
    assert!(!before.contains(&g.facilities()[0].id));
}

#[test]
fn the_first_facility_brought_in_brings_its_licence_and_the_others_are_named() {
    use crate::model::Plan;
    let mut quoted = Preset::Brochure.scenario();
    quoted.costs.license.plan = Plan::Custom;
    quoted.costs.license.price = Num::whole(300);
    let mut free = Preset::HomeVisit.scenario();
    free.costs.license.plan = Plan::Free;
    free.costs.license.price = Num::ZERO;
    let mut g = Group::new(GroupLicense::default());
    g.license.users = Some(Num::whole(80));
    g.bring(Facility::new("本館", quoted));
    // The first brings the contract its estimate was made with; typed accounts stay.
    assert_eq!(g.license.plan, Plan::Custom);
    assert_eq!(g.license.price, Num::whole(300));
    assert_eq!(g.license.users, Some(Num::whole(80)));
    g.bring(Facility::new("訪問", free));
    g.bring(Facility::new("別館", quoted));
    assert_eq!(
        (g.license.plan, g.license.price),
        (Plan::Custom, Num::whole(300))
    );
    // Every facility's figures use the 法人's price: 80 accounts × 300.
    let r = g.rollup(None);
    assert_eq!(r.economics.license_monthly, 24_000);
    // The one whose own estimate had another plan is named.
    assert_eq!(g.other_prices(), vec![1]);
    g.license.price = Num::whole(450);
    g.license.plan = Plan::Standard;
    assert_eq!(g.other_prices(), vec![0, 1, 2]);
    // Taken out and brought in again to an empty 法人: its contract again.
    let mut g = Group::new(GroupLicense::default());
    g.bring(Facility::new("訪問", free));
    assert_eq!((g.license.plan, g.license.price), (Plan::Free, Num::ZERO));
}

#[test]
fn edits_and_undo() {
    let mut g = three();
    let names = |g: &Group| {
        g.facilities()
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
    };
    g.rename(1, "特養さくら").unwrap();
    assert_eq!(g.rename(3, "x"), Err(NoSuchFacility(3)));
    g.move_to(0, 2).unwrap();
    assert_eq!(names(&g), ["特養さくら", "施設2", "施設0"]);
    assert_eq!(g.move_to(0, 3), Err(NoSuchFacility(3)));
    let removed = g.remove(1).unwrap();
    assert_eq!(names(&g), ["特養さくら", "施設0"]);
    assert_eq!(g.restore(removed), 1);
    assert_eq!(names(&g), ["特養さくら", "施設2", "施設0"]);
    assert_eq!(g.remove(5), Err(NoSuchFacility(5)));
    let last = g.remove(2).unwrap();
    g.remove(0).unwrap();
    assert_eq!(g.restore(last), 1, "at the end of a shorter group");
}

#[test]
fn a_measured_facility_shifts_the_groups_evidence() {
    let mut g = three();
    let s = &mut g.facility_mut(1).unwrap().scenario;
    assert!(s.apply_measured(Field::HandoverMinutes, 10.0, (6.0, 14.0), 40));
    let r = g.rollup(Optimism::new(Num::whole(20)).ok());
    assert_eq!(r.evidence.totals()[Grade::Measured.index()], 93_750);
    let step = r.optimism.unwrap();
    assert_eq!(step.total, (949_500 - 93_750) / 5);
    assert_eq!(g.rollup(None).optimism, None);
}

fn any_group() -> impl Strategy<Value = (Vec<Scenario>, Option<u64>)> {
    (
        proptest::collection::vec(any_scenario(), 1..6),
        proptest::option::of(0u64..=100_000),
    )
}

proptest! {
    /// What the screen computes from `figures()` is what the group gives, and a
    /// name or the adjustment typed leaves `figures()` as it was.
    #[test]
    fn figures_compute_as_the_group_and_ignore_names_and_adjustment(
        (ss, typed) in any_group(),
        name in "\\PC{0,12}",
        pct in 0u64..=100,
    ) {
        let mut g = group_of(&ss);
        g.license.users = typed.map(Num::whole);
        let f = g.figures();
        prop_assert_eq!(f.rollup(None), g.rollup(None));
        prop_assert_eq!(f.second_looks(), g.second_looks());
        let o = Optimism::new(Num::whole(pct)).unwrap();
        prop_assert_eq!(Some(g.rollup(None).optimism_step(o)), g.rollup(Some(o)).optimism);
        g.rename(0, name).unwrap();
        g.optimism = Optimism::new(Num::whole(pct)).ok();
        prop_assert_eq!(g.figures(), f.clone());
        // A figure changed is seen.
        let mut s = ss[0];
        s.wage = if s.wage == Num::whole(1) { Num::whole(2) } else { Num::whole(1) };
        g.facility_mut(0).unwrap().scenario = s;
        prop_assert_ne!(g.figures(), f);
    }

    #[test]
    fn group_totals_are_the_sums_of_the_facilities((ss, typed) in any_group()) {
        let mut g = group_of(&ss);
        g.license.users = typed.map(Num::whole);
        let r = g.rollup(None);
        let own: Vec<Results> = ss.iter().map(compute).collect();
        for (i, line) in r.results.lines.iter().enumerate() {
            prop_assert_eq!(line.yen_month, own.iter().map(|o| o.lines[i].yen_month).sum::<u64>());
            prop_assert_eq!(line.yen_year, own.iter().map(|o| o.lines[i].yen_year).sum::<u64>());
            prop_assert_eq!(line.hours_tenths, own.iter().map(|o| o.lines[i].hours_tenths).sum::<u64>());
            let rg: Vec<_> = ss.iter().zip(&own).map(|(s, o)| ranges(s, o)[i]).collect();
            prop_assert_eq!(r.bounds[i].worst, rg.iter().map(|x| x.0).sum::<u64>());
            prop_assert_eq!(r.bounds[i].best, rg.iter().map(|x| x.1).sum::<u64>());
            prop_assert!(r.bounds[i].worst <= line.yen_month && line.yen_month <= r.bounds[i].best);
        }
        let t = &r.results.total;
        prop_assert_eq!(t.yen_month, own.iter().map(|o| o.total.yen_month).sum::<u64>());
        prop_assert_eq!(t.yen_month, r.results.lines.iter().map(|l| l.yen_month).sum::<u64>());
        prop_assert_eq!(t.yen_year, t.yen_month * 12);
        prop_assert_eq!(t.hours_tenths, own.iter().map(|o| o.total.hours_tenths).sum::<u64>());
        prop_assert_eq!(t.fte_tenths, own.iter().map(|o| o.total.fte_tenths).sum::<u64>());
        prop_assert_eq!(r.evidence.totals().iter().sum::<u64>(), t.yen_month);

        // The licence, once: price × the group's users, never per facility.
        let users = typed.map_or_else(
            || ss.iter().map(|s| s.costs.license.users.hundredths()).sum::<u64>(),
            |u| u * 100,
        );
        let price = g.license.price.hundredths();
        let e = &r.economics;
        prop_assert_eq!(e.users.hundredths(), users);
        prop_assert_eq!(e.license_monthly as i128, div_round(i128::from(price) * i128::from(users), 10_000));
        let value: i128 = r.facilities.iter()
            .map(|f| i128::from(f.economics.net_monthly) + i128::from(f.economics.running_monthly)).sum();
        prop_assert_eq!(i128::from(e.net_monthly), value - i128::from(e.license_monthly));
        prop_assert_eq!(e.onetime_net, r.facilities.iter().map(|f| f.economics.onetime_net).sum::<i64>());
        prop_assert_eq!(e.payback, payback(e.onetime_net, e.net_monthly));
        prop_assert!(e.net_bounds.worst <= e.net_monthly && e.net_monthly <= e.net_bounds.best);
        for (f, s) in r.facilities.iter().zip(&ss) {
            let staffed = !s.costs.license.users.is_zero();
            prop_assert_eq!(f.ratios.yen_per_staff_month.is_some(), staffed);
            prop_assert_eq!(f.ratios.minutes_per_staff_day.is_some(), staffed);
        }
    }

    #[test]
    fn a_group_of_one_is_that_facility(s in any_scenario()) {
        let g = group_of(&[s]);
        let r = g.rollup(None);
        let own = economics(&s, &compute(&s));
        let e = &r.economics;
        prop_assert_eq!(r.results, compute(&s));
        prop_assert_eq!(e.license_monthly, own.license_monthly);
        prop_assert_eq!(e.net_monthly, own.net_monthly);
        prop_assert_eq!(e.net_yearly, own.net_yearly);
        prop_assert_eq!(e.onetime_net, own.onetime_net);
        prop_assert_eq!(e.payback, own.payback);
        prop_assert_eq!((e.net_bounds.worst, e.net_bounds.best), (own.net_range.low, own.net_range.high));
        prop_assert_eq!(&r.facilities[0].economics, &own);
    }

    #[test]
    fn second_looks_are_the_others_medians_and_change_nothing(
        (ss, _) in any_group(), small in proptest::collection::vec(0u64..4, 6)
    ) {
        // Few distinct minutes, so that facilities share values.
        let mut ss = ss;
        for (s, m) in ss.iter_mut().zip(small) {
            s.handover.minutes = Num::whole(m);
        }
        let g = group_of(&ss);
        let before = g.clone();
        let looks = g.second_looks();
        prop_assert_eq!(&g, &before);
        // Oracle: the median of the others' positive values, found the long way.
        let mut expect = Vec::new();
        for (i, s) in ss.iter().enumerate() {
            for f in Field::ALL.into_iter().filter(|f| compared(*f) && f.in_use(s)) {
                let others: Vec<u64> = ss.iter().enumerate()
                    .filter(|(j, o)| *j != i && f.in_use(o))
                    .map(|(_, o)| f.get(o).hundredths())
                    .filter(|v| *v > 0)
                    .collect();
                if others.len() < 2 {
                    continue;
                }
                let m = median(others).unwrap();
                let v = f.get(s);
                let (v3, m3) = (u128::from(v.hundredths()), u128::from(m.hundredths()));
                if v3 >= 3 * m3 || 3 * v3 <= m3 {
                    expect.push(SecondLook { facility: i, field: f, value: v, median: m });
                }
            }
        }
        prop_assert_eq!(looks, expect);
    }
}
