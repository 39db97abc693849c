//! The 法人's A4 board paper (print or PDF, from the 法人's screen): a first part
//! for the 法人 — its total, how much rests on each kind of evidence, the chart
//! stacked by line, the table per facility, costs and payback with the worst and
//! best case, the adjustment when set, the comparison and the inputs for a
//! second look — then a page per facility: its figures with their formulas, its
//! ratios against the 法人's median, its second looks and every input. Drawn
//! only while the browser prints, from the figures on screen.

use super::blocks::{draw, Block};
use super::figures::{chart, compare_table, cost_lines, facility_table, look_lines, optimism_line};
use super::summary;
use crate::i18n::Lang;
use crate::model::group::{Estimate, Group, RollUp, SecondLook};
use crate::model::Scenario;
use crate::ui::browser::today;
use crate::ui::printed::headline;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Width the printed chart is drawn at, in CSS pixels (scaled to the page).
const CHART_WIDTH: u32 = 680;

#[component]
pub(super) fn BoardPaper() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    view! {
        <article class="print group-paper" data-testid="group-paper">
            {move || g.group.with(|gr| { let l = lang.get(); draw(l, paper(l, gr, &today())) })}
        </article>
    }
}

/// The paper's blocks: the 法人's part, then a page per facility.
fn paper(l: Lang, gr: &Group, date: &str) -> Vec<Block> {
    let figures = gr.figures();
    let (r, looks) = (&figures.rollup(None), figures.second_looks());
    let names = gr.names();
    let total = r.results.total;
    let mut out = vec![
        Block::Title("", l.group_paper_title().into()),
        Block::Text("meta", "", l.group_paper_meta(r.facilities.len(), date)),
        Block::Text(
            "headline",
            "group-paper-total",
            l.group_total(total.yen_month, total.yen_year, r.facilities.len()),
        ),
        Block::Text("headline", "", headline(l, &r.results)),
        Block::Text(
            "",
            "",
            l.group_evidence(total.yen_month, r.evidence.percents()),
        ),
        Block::Text("disclaimer", "", l.group_evidence_help().into()),
        Block::Chart(chart(l, &names, r, CHART_WIDTH)),
        facility_table("group-paper-table", l, &names, r),
        Block::Heading(l.group_costs_heading().into()),
        Block::List(cost_lines(l, r)),
    ];
    out.extend(optimism_line(l, gr.optimism, r).map(|t| Block::Text("", "", t)));
    out.extend([
        compare_table("group-paper-compare", l, &names, r),
        Block::Heading(l.group_looks_heading().into()),
        Block::List(look_lines(l, &names, &looks)),
        Block::Text("disclaimer", "", l.method_disclaimer().into()),
    ]);
    for (i, (f, e)) in gr.facilities().iter().zip(&r.facilities).enumerate() {
        let own: Vec<SecondLook> = looks.iter().filter(|x| x.facility == i).copied().collect();
        out.push(Block::Page(
            "group-paper-facility",
            facility_page(l, &f.name, &gr.in_group(&f.scenario), e, r, &names, &own),
        ));
    }
    out
}

/// A facility's page.
fn facility_page(
    l: Lang,
    name: &str,
    s: &Scenario,
    e: &Estimate,
    r: &RollUp,
    names: &[String],
    looks: &[SecondLook],
) -> Vec<Block> {
    let ratio = |label: &str, own, median, minutes| {
        vec![
            label.to_string(),
            l.group_ratio(own, minutes),
            l.group_ratio(median, minutes),
        ]
    };
    let mut out = vec![
        Block::Heading(name.to_string()),
        Block::Text(
            "meta",
            "",
            summary(l, s.services, e.results.total.yen_month),
        ),
        Block::Text("headline", "", headline(l, &e.results)),
        Block::Text(
            "",
            "",
            l.group_evidence(e.results.total.yen_month, e.evidence.percents()),
        ),
        Block::Table(
            "group-paper-ratios",
            l.group_compare_caption(),
            l.group_paper_ratio_columns().to_vec(),
            vec![
                ratio(
                    l.group_ratio_yen(),
                    e.ratios.yen_per_staff_month,
                    r.medians.yen_per_staff_month,
                    false,
                ),
                ratio(
                    l.group_ratio_minutes(),
                    e.ratios.minutes_per_staff_day,
                    r.medians.minutes_per_staff_day,
                    true,
                ),
            ],
        ),
    ];
    if !looks.is_empty() {
        out.push(Block::List(look_lines(l, names, looks)));
    }
    out.push(Block::Formulas(Box::new((*s, e.results))));
    out.push(Block::Inputs(Box::new(*s)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::group::Facility;
    use crate::model::Preset;

    fn group() -> Group {
        let mut g = Group::default();
        g.add(Facility::new("本館", Preset::Brochure.scenario()));
        g.add(Facility::new("別館", Preset::Residential.scenario()));
        let mut odd = Preset::Brochure.scenario();
        odd.handover.minutes = crate::model::Num::from_hundredths(30_000);
        g.add(Facility::new("特養", odd));
        g.add(Facility::new("訪問センター", Preset::HomeVisit.scenario()));
        g
    }

    /// Every text of the blocks, in order (a page's own blocks after its mark).
    fn texts(blocks: &[Block]) -> Vec<String> {
        let mut out = Vec::new();
        for b in blocks {
            match b {
                Block::Title(_, t)
                | Block::Heading(t)
                | Block::Text(_, _, t)
                | Block::Big(_, t, _) => out.push(t.clone()),
                Block::List(items) => out.extend(items.iter().cloned()),
                Block::Table(_, _, _, rows) => out.extend(rows.iter().map(|r| r.join("|"))),
                Block::Page(_, inner) => {
                    out.push("<page>".into());
                    out.extend(texts(inner));
                }
                Block::Chart(_) | Block::Formulas(_) | Block::Inputs(_) => {
                    out.push("<drawn>".into())
                }
            }
        }
        out
    }

    #[test]
    fn the_whole_first_then_a_page_per_facility_with_its_own_figures() {
        let g = group();
        let r = g.rollup(None);
        for l in [Lang::Ja, Lang::En] {
            let blocks = paper(l, &g, "2026-12-07");
            let t = texts(&blocks);
            assert_eq!(t[0], l.group_paper_title());
            assert!(t.contains(&l.group_total(
                r.results.total.yen_month,
                r.results.total.yen_year,
                4
            )));
            // The 法人's lines include the flagged handover minutes of 特養.
            assert!(
                t.iter().any(|x| x.contains("特養")
                    && x.contains(&l.field_name(crate::model::Field::HandoverMinutes))),
                "{t:?}"
            );
            let pages: Vec<&Block> = blocks
                .iter()
                .filter(|b| matches!(b, Block::Page(..)))
                .collect();
            assert_eq!(pages.len(), 4);
            for ((page, f), e) in pages.iter().zip(g.facilities()).zip(&r.facilities) {
                let Block::Page(_, inner) = page else {
                    unreachable!()
                };
                assert_eq!(inner[0], Block::Heading(f.name.clone()));
                assert!(inner.contains(&Block::Formulas(Box::new((f.scenario, e.results)))));
                assert!(inner.contains(&Block::Inputs(Box::new(f.scenario))));
                assert!(texts(inner).contains(&headline(l, &e.results)));
            }
            // A page lists its own second looks only: 特養's handover minutes on
            // its page; none on 訪問センター's (no handover in use).
            let looks_on = |i: usize| {
                let Block::Page(_, inner) = pages[i] else {
                    unreachable!()
                };
                texts(inner)
                    .into_iter()
                    .filter(|x| x.contains(&l.field_name(crate::model::Field::HandoverMinutes)))
                    .collect::<Vec<_>>()
            };
            assert!(looks_on(2).iter().all(|x| x.contains("特養")) && !looks_on(2).is_empty());
            assert!(looks_on(3).is_empty());
            assert!(t.iter().all(|x| !x.contains("NaN") && !x.contains("Some(")));
        }
    }

    #[test]
    fn the_adjustment_is_on_the_paper_only_when_set() {
        let mut g = group();
        let r = g.rollup(None);
        let before = paper(Lang::Ja, &g, "d").len();
        let o = crate::model::grade::Optimism::parse("20").unwrap();
        g.optimism = Some(o);
        let t = texts(&paper(Lang::Ja, &g, "d"));
        assert_eq!(paper(Lang::Ja, &g, "d").len(), before + 1);
        assert!(t.contains(&optimism_line(Lang::Ja, Some(o), &r).unwrap()));
    }
}
