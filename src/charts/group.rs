//! 法人 chart: each facility's monthly savings as one bar stacked by line (the
//! line's colour, drawn as the monthly chart's total bar), largest first, so the site that gains
//! most and what it gains from read at a glance. A 法人 of many facilities shows
//! its `MAX_BARS − 1` largest and one bar for the rest together (the table beside
//! it lists every facility): 200 bars would be a chart no one can read.

use super::frame::DrawResult;
use super::legend::{Legend, Mark};
use super::monthly::{stack, yen_frame};
use super::{finish_svg, service_color, text_style, Words, INK, MAX_WIDTH, MIN_WIDTH};
use crate::model::Line;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// The most bars drawn; beyond it the smallest facilities are one bar.
pub const MAX_BARS: usize = 12;
const ROW_H: u32 = 46;
const BOTTOM: u32 = 30;

/// A bar: its name and its monthly yen per line (order of `Line::ALL`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub name: String,
    pub lines: [u64; 4],
}

impl Bar {
    pub fn total(&self) -> u64 {
        self.lines.iter().fold(0u64, |a, v| a.saturating_add(*v))
    }
}

/// The bars drawn for `facilities` (in the group's order): largest total first
/// (ties keep the group's order); past `MAX_BARS`, the largest `MAX_BARS − 1` and
/// one bar of the rest, named by `rest(how many)`. Every yen is in exactly one bar.
pub fn bars(facilities: &[Bar], rest: impl Fn(usize) -> String) -> Vec<Bar> {
    let shown = if facilities.len() <= MAX_BARS {
        facilities.len()
    } else {
        MAX_BARS - 1
    };
    // The largest, one at a time (at most 12 passes): no sort of its own, which
    // cost the 法人's part 1.5 KB gzip (a stable sort for this one type; measured).
    let mut left: Vec<&Bar> = facilities.iter().collect();
    let mut out = Vec::with_capacity(shown + 1);
    for _ in 0..shown {
        let mut best = 0;
        for (i, b) in left.iter().enumerate() {
            if b.total() > left[best].total() {
                best = i;
            }
        }
        out.push(left.remove(best).clone());
    }
    if !left.is_empty() {
        let mut lines = [0u64; 4];
        for b in &left {
            for (sum, v) in lines.iter_mut().zip(b.lines) {
                *sum = sum.saturating_add(v);
            }
        }
        out.push(Bar {
            name: rest(left.len()),
            lines,
        });
    }
    out
}

/// The chart of `bars` (as `bars` gives them) as an SVG document drawn for
/// `width` CSS pixels.
pub fn group_chart(bars: &[Bar], lang: &dyn Words, width: u32) -> String {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let legend = Legend::new(
        Line::ALL
            .into_iter()
            .map(|l| {
                (
                    Mark::Swatch(service_color(l.service())),
                    lang.line_short(l).into(),
                )
            })
            .collect(),
    );
    let top = legend.height();
    let h = top + BOTTOM + ROW_H * bars.len().max(1) as u32;
    let mut svg = String::new();
    if draw(&mut svg, bars, lang, (width, h), top, &legend).is_err() {
        svg.clear();
    }
    finish_svg(svg, lang.group_chart_title(), &describe(bars, lang))
}

/// A text alternative: each bar's total and its lines.
fn describe(bars: &[Bar], lang: &dyn Words) -> String {
    bars.iter()
        .map(|b| {
            let lines: Vec<String> = Line::ALL
                .into_iter()
                .zip(b.lines)
                .filter(|(_, v)| *v > 0)
                .map(|(l, v)| format!("{} {}", lang.line_short(l), lang.yen(v)))
                .collect();
            format!("{}: {} ({})", b.name, lang.yen(b.total()), lines.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn draw(
    svg: &mut String,
    bars: &[Bar],
    lang: &dyn Words,
    size: (u32, u32),
    top: u32,
    legend: &Legend,
) -> DrawResult {
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let max = bars.iter().map(|b| b.total() as f64).fold(1.0, f64::max);
    let rows = bars.len().max(1);
    let plot = yen_frame(&root, lang, size, top, max, rows)?;
    let name_style = text_style(14, false, &INK, HPos::Left);
    let value_style = text_style(14, true, &INK, HPos::Left);
    for (i, b) in bars.iter().enumerate() {
        let y = (rows - 1 - i) as f64;
        let (nx, ny) = plot.at((0.0, y + 0.78));
        root.draw_text(&b.name, &name_style, (nx + 2, ny))?;
        let x0 = stack(
            &plot,
            &root,
            (y + 0.08, y + 0.56),
            Line::ALL.into_iter().zip(b.lines),
        )?;
        let (px, py) = plot.at((x0, y + 0.32));
        root.draw_text(&lang.yen_compact(b.total()), &value_style, (px + 6, py))?;
    }
    legend.draw(&root, size.0)?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use proptest::prelude::*;

    fn bar(name: &str, lines: [u64; 4]) -> Bar {
        Bar {
            name: name.into(),
            lines,
        }
    }

    #[test]
    fn largest_first_and_each_line_drawn() {
        let all = [
            bar("訪問", [5_000, 0, 0, 41_500]),
            bar("本館", [11_000, 180_000, 300_000, 28_000]),
        ];
        let shown = bars(&all, |n| format!("ほか{n}"));
        assert_eq!(shown[0].name, "本館");
        assert_eq!(shown[1].name, "訪問");
        let svg = group_chart(&shown, &Lang::Ja, 640);
        for s in [
            "本館",
            "訪問",
            "51.9万円",
            "4.7万円",
            "印刷",
            "申し送り",
            "<title>",
        ] {
            assert!(svg.contains(s), "{s}");
        }
        assert!(!svg.contains("NaN"));
        assert!(group_chart(&[], &Lang::En, 300).contains("<svg"));
    }

    #[test]
    fn a_large_group_shows_the_largest_and_the_rest_together() {
        let all: Vec<Bar> = (0..200u64)
            .map(|i| bar(&format!("F{i}"), [i, i * 2, 0, 1]))
            .collect();
        let shown = bars(&all, |n| format!("others {n}"));
        assert_eq!(shown.len(), MAX_BARS);
        assert_eq!(shown[0].name, "F199");
        assert_eq!(
            shown[MAX_BARS - 1].name,
            format!("others {}", 200 - (MAX_BARS - 1))
        );
        let svg = group_chart(&shown, &Lang::En, 900);
        assert!(svg.contains("others 189") && !svg.contains("F0<"));
    }

    proptest! {
        /// Every yen of every line is in exactly one bar, and there are never
        /// more than `MAX_BARS`.
        #[test]
        fn bars_keep_every_yen(lines in prop::collection::vec(prop::array::uniform4(0u64..4), 0..40)) {
            let all: Vec<Bar> = lines.iter().enumerate().map(|(i, l)| bar(&i.to_string(), *l)).collect();
            let shown = bars(&all, |n| format!("rest {n}"));
            prop_assert!(shown.len() <= MAX_BARS);
            prop_assert_eq!(shown.len(), all.len().min(MAX_BARS));
            for k in 0..4 {
                let a: u64 = all.iter().map(|b| b.lines[k]).sum();
                let s: u64 = shown.iter().map(|b| b.lines[k]).sum();
                prop_assert_eq!(a, s);
            }
            let named = shown.iter().filter(|b| !b.name.starts_with("rest")).count();
            // Largest first; equal totals keep the group's order.
            let order = |b: &Bar| b.name.parse::<usize>().unwrap_or(usize::MAX);
            let ranked = |w: &[Bar]| {
                w[0].total() > w[1].total()
                    || (w[0].total() == w[1].total() && order(&w[0]) < order(&w[1]))
            };
            prop_assert!(shown.windows(2).take(named.saturating_sub(1)).all(ranked));
        }
    }
}
