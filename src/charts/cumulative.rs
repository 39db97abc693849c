//! 累計効果と費用 chart: cumulative value (with its low–high band) against cumulative
//! costs over 36 months, the break-even month marked, or "no payback" said.

use super::frame::{ticks, DrawResult, Frame};
use super::legend::{Legend, Mark};
use super::{finish_svg, text_style, Words, INK};
use crate::model::economics::Payback;
use crate::model::{Economics, End, Scenario};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// Months on the horizontal axis.
pub const MONTHS: u64 = 36;
/// Height of the plot and its axis labels, under the legend.
const PLOT_H: u32 = 266;

const VALUE: RGBColor = RGBColor(11, 122, 83);
const BAND: RGBColor = RGBColor(11, 122, 83);
const COST: RGBColor = RGBColor(180, 60, 40);

/// The cumulative chart, drawn for `width` CSS pixels.
pub fn cumulative_chart(e: &Economics, s: &Scenario, lang: &dyn Words, width: u32) -> String {
    let width = width.clamp(super::MIN_WIDTH, super::MAX_WIDTH);
    let mut svg = String::new();
    if draw(&mut svg, e, s, lang, width).is_err() {
        svg.clear();
    }
    finish_svg(
        svg,
        lang.cumulative_title(),
        &lang.payback_sentence(e.payback),
    )
}

fn draw(svg: &mut String, e: &Economics, s: &Scenario, lang: &dyn Words, width: u32) -> DrawResult {
    let legend = Legend::new(vec![
        (Mark::Line(VALUE), lang.cumulative_value().into()),
        (Mark::Band(BAND), lang.range_band().into()),
        (Mark::Line(COST), lang.cumulative_cost().into()),
    ]);
    let top = legend.height();
    let size = (width, top + PLOT_H);
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let at = |m: u64, end: End| e.cumulative(s, m, end);
    let points: Vec<(u64, i64, i64, i64, i64)> = (0..=MONTHS)
        .map(|m| {
            let (v, cost) = at(m, End::Standard);
            (m, v, at(m, End::Low).0, at(m, End::High).0, cost)
        })
        .collect();
    let lo = points
        .iter()
        .flat_map(|p| [p.1, p.2, p.3, p.4])
        .min()
        .unwrap_or(0)
        .min(0) as f64;
    let hi = points
        .iter()
        .flat_map(|p| [p.1, p.2, p.3, p.4])
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let pad = (hi - lo) * 0.06;
    let plot = Frame::new(
        size,
        (top, 16, 30, 68),
        (0.0, MONTHS as f64),
        (lo - pad, hi + pad),
    );
    // Half-years along the bottom.
    let months: Vec<f64> = (0..=MONTHS).step_by(6).map(|m| m as f64).collect();
    plot.x_grid(&root, &months, &|m| {
        lang.months_short(m.round().max(0.0) as u64)
    })?;
    plot.y_grid(&root, &ticks(lo - pad, hi + pad, 5), &|v| {
        lang.signed_compact(v.round() as i64)
    })?;

    // Low–high band of the value.
    let mut band: Vec<(f64, f64)> = points.iter().map(|p| (p.0 as f64, p.2 as f64)).collect();
    band.extend(points.iter().rev().map(|p| (p.0 as f64, p.3 as f64)));
    plot.polygon(&root, &band, BAND.mix(0.15).filled())?;
    let line = |pick: fn(&(u64, i64, i64, i64, i64)) -> i64| -> Vec<(f64, f64)> {
        points
            .iter()
            .map(|p| (p.0 as f64, pick(p) as f64))
            .collect()
    };
    plot.path(&root, &line(|p| p.4), COST.stroke_width(3))?;
    plot.path(&root, &line(|p| p.1), VALUE.stroke_width(3))?;
    if lo < 0.0 {
        plot.path(
            &root,
            &[(0.0, 0.0), (MONTHS as f64, 0.0)],
            RGBColor(120, 120, 120).stroke_width(1),
        )?;
    }
    // Break-even marker, or the no-payback statement.
    match e.payback {
        Payback::Months { month, .. } if month <= MONTHS => {
            let x = month as f64;
            plot.path(&root, &[(x, lo - pad), (x, hi + pad)], INK.stroke_width(1))?;
            let (px, py) = plot.at((x, hi));
            let (anchor, dx) = if month > MONTHS * 2 / 3 {
                (HPos::Right, -6)
            } else {
                (HPos::Left, 6)
            };
            root.draw_text(
                &lang.breakeven_marker(month),
                &text_style(14, true, &INK, anchor),
                (px + dx, py + 4),
            )?;
        }
        _ => {
            let (px, py) = plot.at((MONTHS as f64 / 2.0, hi));
            root.draw_text(
                &lang.payback_sentence(e.payback),
                &text_style(14, true, &INK, HPos::Center),
                (px, py + 4),
            )?;
        }
    }
    legend.draw(&root, width)?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{compute, economics, Preset};

    fn svg(s: &Scenario) -> String {
        cumulative_chart(&economics(s, &compute(s)), s, &Lang::Ja, 600)
    }

    #[test]
    fn marks_the_break_even_month() {
        let mut s = Preset::HomeVisit.scenario();
        s.costs.other_onetime = crate::model::Num::whole(200_000);
        let e = economics(&s, &compute(&s));
        let Payback::Months { month, .. } = e.payback else {
            panic!("{:?}", e.payback)
        };
        let out = svg(&s);
        assert!(out.contains(&format!("{month}か月目に回収")), "{out}");
        assert!(out.contains("累計効果") && out.contains("累計費用"));
        assert!(!out.contains("NaN"));
    }

    #[test]
    fn says_no_payback_instead_of_a_month() {
        let mut s = Preset::HomeVisit.scenario();
        s.costs.license.price = crate::model::Num::whole(9_000);
        let out = svg(&s);
        assert!(out.contains("回収できません"));
        assert!(!out.contains("か月目に回収"));
    }
}
