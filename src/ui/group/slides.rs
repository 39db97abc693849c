//! The 法人's slides in the presentation (opened from the 法人's screen): the
//! 法人's total with its net value, payback and evidence; the facilities side by
//! side (the chart stacked by line); then a slide per facility — its saving by
//! line, hours, evidence, its yen per staff member against the 法人's median and
//! its inputs for a second look. The presentation's own code turns the pages;
//! these draw them.

use super::blocks::{draw, Block};
use super::figures::{chart, look_lines};
use super::services_text;
use crate::i18n::Lang;
use crate::model::group::{Group, RollUp, SecondLook};
use crate::model::scenario::Services;
use crate::model::Line;
use crate::ui::chart_box::ChartBox;
use crate::ui::state::AppState;
use crate::ui::text::tr;
use leptos::prelude::*;

/// How many slides the 法人 has now: none when empty, else its total, the
/// comparison and one per facility.
pub(super) fn count(gr: &Group) -> usize {
    match gr.facilities().len() {
        0 => 0,
        n => n + 2,
    }
}

/// The figures a slide is made from: the roll-up, the second looks, and each
/// facility's name and services.
#[derive(PartialEq)]
struct Figures {
    rollup: RollUp,
    looks: Vec<SecondLook>,
    names: Vec<String>,
    services: Vec<Services>,
}

impl Figures {
    fn of(gr: &Group) -> Figures {
        let f = gr.figures();
        Figures {
            rollup: f.rollup(None),
            looks: f.second_looks(),
            names: gr.names(),
            services: gr
                .facilities()
                .iter()
                .map(|x| x.scenario.services)
                .collect(),
        }
    }
}

/// The slide at `i` (of `count()`), following the 法人 (another tab's change)
/// and the language.
pub(super) fn slide(i: usize) -> AnyView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    let figures = Memo::new(move |_| g.group.with(Figures::of));
    if i == 1 {
        let render =
            Callback::new(move |w| figures.with(|f| chart(lang.get(), &f.names, &f.rollup, w)));
        return view! {
            <h2>{tr(lang, Lang::group_chart_title)}</h2>
            <div class="slide-chart"><ChartBox testid="present-group-chart" render=render /></div>
        }
        .into_any();
    }
    (move || {
        let l = lang.get();
        figures.with(|f| {
            draw(
                l,
                if i == 0 {
                    total(l, &f.rollup)
                } else {
                    facility(l, f, i - 2)
                },
            )
        })
    })
    .into_any()
}

/// The 法人's total.
fn total(l: Lang, r: &RollUp) -> Vec<Block> {
    let (t, e) = (r.results.total, &r.economics);
    vec![
        Block::Text("scope", "", l.group_facilities(r.facilities.len())),
        Block::Heading(l.group_slide_total().into()),
        Block::Big(
            "present-group-total",
            l.yen_compact(t.yen_month),
            l.per_month_suffix(),
        ),
        Block::Text(
            "mid",
            "",
            hours(l, t.yen_year, t.hours_tenths, t.fte_tenths),
        ),
        Block::Text(
            "mid",
            "present-group-net",
            l.group_net_line(e.net_monthly, e.net_yearly),
        ),
        Block::Text("small", "", l.payback_sentence(e.payback)),
        Block::Text(
            "small",
            "present-group-evidence",
            l.group_evidence(t.yen_month, r.evidence.percents()),
        ),
    ]
}

/// `年 622.8万円　削減時間 … /月 ≈ 0.8人分`.
fn hours(l: Lang, yen_year: u64, hours_tenths: u64, fte_tenths: u64) -> String {
    format!(
        "{} {}{}{}",
        l.per_year(),
        l.yen_compact(yen_year),
        l.gap(),
        l.hours_freed_sentence(hours_tenths, fte_tenths)
    )
}

/// A facility's slide (nothing if it has gone meanwhile).
fn facility(l: Lang, f: &Figures, at: usize) -> Vec<Block> {
    let (Some(e), Some(name), Some(services)) = (
        f.rollup.facilities.get(at),
        f.names.get(at),
        f.services.get(at),
    ) else {
        return Vec::new();
    };
    let t = e.results.total;
    let lines: Vec<String> = Line::ALL
        .into_iter()
        .zip(e.results.lines)
        .filter(|(_, x)| x.included)
        // In whole yen: lines rounded to 0.1万 would not add up to the total above
        // (9千 + 9.8万 + 37.5万 + 3.8万 is 52.0万; the total, 519,000円, is 51.9万).
        .map(|(line, x)| format!("{} {}", l.line_short(line), l.yen(x.yen_month)))
        .collect();
    let own: Vec<SecondLook> = f
        .looks
        .iter()
        .filter(|x| x.facility == at)
        .copied()
        .collect();
    let mut out = vec![
        Block::Text("scope", "", services_text(l, *services)),
        Block::Heading(name.clone()),
        Block::Big(
            "present-group-facility",
            l.yen_compact(t.yen_month),
            l.per_month_suffix(),
        ),
        Block::Text("mid", "", lines.join(l.pick("・", ", "))),
        Block::Text(
            "small",
            "",
            hours(l, t.yen_year, t.hours_tenths, t.fte_tenths),
        ),
        Block::Text(
            "small",
            "",
            l.group_evidence(t.yen_month, e.evidence.percents()),
        ),
        Block::Text(
            "small",
            "",
            l.group_slide_ratio(
                e.ratios.yen_per_staff_month,
                f.rollup.medians.yen_per_staff_month,
            ),
        ),
    ];
    if !own.is_empty() {
        out.push(Block::List(look_lines(l, &f.names, &own)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::group::Facility;
    use crate::model::Preset;

    #[test]
    fn the_total_and_each_facility_say_their_own_figures() {
        let mut g = Group::default();
        g.add(Facility::new("本館", Preset::Brochure.scenario()));
        g.add(Facility::new("訪問", Preset::HomeVisit.scenario()));
        let f = Figures::of(&g);
        let l = Lang::Ja;
        let t = total(l, &f.rollup);
        let month = f.rollup.results.total.yen_month;
        assert_eq!(
            month,
            f.rollup
                .facilities
                .iter()
                .map(|e| e.results.total.yen_month)
                .sum::<u64>()
        );
        assert!(t.contains(&Block::Big(
            "present-group-total",
            l.yen_compact(month),
            l.per_month_suffix()
        )));
        assert!(t.contains(&Block::Text("scope", "", "2事業所".into())));
        let first = facility(l, &f, 0);
        assert!(first.contains(&Block::Heading("本館".into())));
        assert!(first.contains(&Block::Big(
            "present-group-facility",
            "51.9万円".into(),
            l.per_month_suffix()
        )));
        // Its lines in whole yen, which add up to its total.
        assert!(
            first.contains(&Block::Text(
                "mid",
                "",
                "印刷費 9,000円・連絡ノート 97,500円・申し送り 375,000円・電話かけ直し 37,500円"
                    .into()
            )),
            "{first:?}"
        );
        let home = facility(Lang::En, &f, 1);
        let visit = Lang::En.service_name(crate::model::Service::HomeVisit);
        assert!(
            home.contains(&Block::Text("scope", "", visit.into())),
            "{home:?}"
        );
        assert!(home.contains(&Block::Heading("訪問".into())));
        // Gone meanwhile (another tab took it out): an empty slide, not a panic.
        assert!(facility(l, &f, 2).is_empty());
    }
}
