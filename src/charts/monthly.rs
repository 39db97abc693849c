//! 月間削減額 chart: one horizontal bar per savings line, coloured by service type,
//! and a stacked total bar; plotters → SVG string.

use super::frame::{ticks, Area, DrawResult, Frame};
use super::legend::{Legend, Mark};
use super::{finish_svg, service_color, text_style, Words, INK, MAX_WIDTH, MIN_WIDTH, MUTED};
use crate::model::{Line, Results, Service};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const ROW_H: u32 = 50;
const BOTTOM: u32 = 30;

/// The monthly savings chart as an SVG document, drawn for `width` CSS pixels so
/// its text is real size (it still scales crisply through its viewBox).
/// Each row: the line's name above its bar, the figure at the bar's end.
/// `ranges` (each line's low and high yen, `model::ranges`) draws each time-saving
/// line's low–high whisker, and the total's.
pub fn monthly_chart(r: &Results, lang: &dyn Words, width: u32, ranges: [(u64, u64); 4]) -> String {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let rows = Line::ALL.len() + 1;
    // One swatch per scope; what the whiskers mean, when there is a range.
    let mut entries: Vec<(Mark, String)> = [
        None,
        Some(Service::DayService),
        Some(Service::Residential),
        Some(Service::HomeVisit),
    ]
    .into_iter()
    .map(|scope| {
        (
            Mark::Swatch(service_color(scope)),
            lang.scope_name(scope).into(),
        )
    })
    .collect();
    if r.lines
        .iter()
        .zip(ranges)
        .any(|(l, (lo, hi))| l.included && lo < hi)
    {
        entries.push((Mark::Whisker, lang.range_band().into()));
    }
    let legend = Legend::new(entries);
    let top = legend.height();
    let h = top + BOTTOM + ROW_H * rows as u32;
    let mut svg = String::new();
    let drawn = draw(&mut svg, r, lang, (width, h), (top, rows), ranges, &legend);
    if drawn.is_err() {
        svg.clear();
    }
    finish_svg(svg, lang.chart_title(), &describe(r, lang))
}

/// A text alternative: every bar's figure, for screen readers.
fn describe(r: &Results, lang: &dyn Words) -> String {
    let mut parts: Vec<String> = r
        .lines
        .iter()
        .map(|l| {
            let v = if l.included {
                lang.yen(l.yen_month)
            } else {
                lang.excluded().to_string()
            };
            format!("{}: {}", lang.line_short(l.line), v)
        })
        .collect();
    parts.push(format!(
        "{}: {}",
        lang.chart_total(),
        lang.yen(r.total.yen_month)
    ));
    parts.join(", ")
}

fn draw(
    svg: &mut String,
    r: &Results,
    lang: &dyn Words,
    size: (u32, u32),
    (top, rows): (u32, usize),
    ranges: [(u64, u64); 4],
    legend: &Legend,
) -> DrawResult {
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let included = |i: usize| r.lines[i].included;
    let total_low: u64 = (0..4).filter(|i| included(*i)).map(|i| ranges[i].0).sum();
    let total_high: u64 = (0..4).filter(|i| included(*i)).map(|i| ranges[i].1).sum();
    let max = (0..4)
        .filter(|i| included(*i))
        .map(|i| ranges[i].1.max(r.lines[i].yen_month) as f64)
        .fold(total_high as f64, f64::max)
        .max(r.total.yen_month as f64)
        .max(1.0);
    let plot = yen_frame(&root, lang, size, top, max, rows)?;
    let name_style = text_style(14, false, &INK, HPos::Left);
    let value_style = text_style(15, true, &INK, HPos::Left);
    let muted_style = text_style(14, false, &MUTED, HPos::Left);
    // Row i from the top: the four lines, then the total. Name in the upper part
    // of the row, bar in the lower part.
    let y_of = |i: usize| (rows - 1 - i) as f64;
    let name_at = |y: f64| {
        let (px, py) = plot.at((0.0, y + 0.78));
        (px + 2, py)
    };
    for (i, l) in r.lines.iter().enumerate() {
        let y = y_of(i);
        let name = lang.with_scope(lang.line_short(l.line), l.line.service());
        root.draw_text(&name, &name_style, name_at(y))?;
        if !l.included {
            let (px, py) = plot.at((0.0, y + 0.32));
            root.draw_text(lang.excluded(), &muted_style, (px + 2, py))?;
            continue;
        }
        let x1 = l.yen_month as f64;
        plot.rect(
            &root,
            (0.0, y + 0.1),
            (x1, y + 0.55),
            service_color(l.line.service()).filled(),
        )?;
        let (lo, hi) = ranges[i];
        let end = whisker(&plot, &root, y + 0.32, lo as f64, hi as f64)?.max(x1);
        let (px, py) = plot.at((end, y + 0.32));
        root.draw_text(&lang.yen_compact(l.yen_month), &value_style, (px + 6, py))?;
    }

    // Total: the included lines stacked, in the same colours.
    let y = y_of(rows - 1);
    root.draw_text(
        lang.chart_total(),
        &text_style(14, true, &INK, HPos::Left),
        name_at(y),
    )?;
    let lines = r
        .lines
        .iter()
        .filter(|l| l.included)
        .map(|l| (l.line, l.yen_month));
    stack(&plot, &root, (y + 0.05, y + 0.6), lines)?;
    let end = whisker(&plot, &root, y + 0.32, total_low as f64, total_high as f64)?
        .max(r.total.yen_month as f64);
    let (px, py) = plot.at((end, y + 0.32));
    root.draw_text(
        &lang.yen_compact(r.total.yen_month),
        &value_style,
        (px + 6, py),
    )?;

    legend.draw(&root, size.0)?;
    root.present()?;
    Ok(())
}

/// The plot of horizontal bars of yen up to `max`, `rows` of them under the
/// legend, with head-room on the right for the figure at a bar's end, and its
/// grid of round amounts.
pub(super) fn yen_frame(
    root: &Area,
    lang: &dyn Words,
    size: (u32, u32),
    top: u32,
    max: f64,
    rows: usize,
) -> Result<Frame, super::frame::DrawFailed> {
    let xmax = max * if size.0 < 480 { 1.35 } else { 1.2 };
    let plot = Frame::new(size, (top, 14, BOTTOM, 10), (0.0, xmax), (0.0, rows as f64));
    plot.x_grid(
        root,
        &ticks(0.0, xmax, if size.0 < 480 { 3 } else { 5 }),
        &|v| lang.yen_compact(v.max(0.0) as u64),
    )?;
    Ok(plot)
}

/// Lines' yen stacked from 0 between heights `y` (each in its line's colour, a
/// thin white gap between them); returns the stack's right end.
pub(super) fn stack(
    plot: &Frame,
    root: &Area,
    (y0, y1): (f64, f64),
    lines: impl Iterator<Item = (Line, u64)>,
) -> Result<f64, super::frame::DrawFailed> {
    let mut x0 = 0.0;
    for (line, v) in lines.filter(|(_, v)| *v > 0) {
        let x1 = x0 + v as f64;
        plot.rect(
            root,
            (x0, y0),
            (x1, y1),
            service_color(line.service()).filled(),
        )?;
        plot.path(root, &[(x1, y0), (x1, y1)], WHITE.stroke_width(2))?;
        x0 = x1;
    }
    Ok(x0)
}

/// A low–high whisker at height `y`; returns its right end.
fn whisker(
    plot: &Frame,
    root: &Area,
    y: f64,
    lo: f64,
    hi: f64,
) -> Result<f64, super::frame::DrawFailed> {
    if hi <= lo {
        return Ok(hi);
    }
    let style = INK.stroke_width(2);
    plot.path(root, &[(lo, y), (hi, y)], style)?;
    for x in [lo, hi] {
        plot.path(root, &[(x, y - 0.14), (x, y + 0.14)], style)?;
    }
    Ok(hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{compute, ranges, Preset, Scenario};

    fn chart(s: &Scenario, lang: &Lang) -> String {
        let r = compute(s);
        monthly_chart(&r, lang, 600, ranges(s, &r))
    }

    /// Each line at `pct` % of its figure (printing as it is), as the default
    /// multipliers do.
    fn flat(r: &crate::model::Results, pct: u64) -> [(u64, u64); 4] {
        r.lines.map(|l| {
            if l.line == Line::Printing {
                (l.yen_month, l.yen_month)
            } else {
                (l.yen_month * (200 - pct) / 100, l.yen_month * pct / 100)
            }
        })
    }

    #[test]
    fn brochure_chart_has_every_line_and_figure() {
        let svg = chart(&Preset::Brochure.scenario(), &Lang::Ja);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("viewBox"));
        for label in [
            "印刷費（全体）",
            "連絡ノート（通所）",
            "申し送り（入所）",
            "電話かけ直し（訪問）",
            "合計",
        ] {
            assert!(svg.contains(label), "missing {label}");
        }
        for figure in ["9千円", "9.8万円", "37.5万円", "3.8万円", "51.9万円"] {
            assert!(svg.contains(figure), "missing {figure}");
        }
        assert!(svg.contains("<title"));
        assert!(svg.contains("role=\"img\""));
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn whiskers_show_the_low_high_range_of_time_lines_and_total() {
        let r = compute(&Preset::Brochure.scenario());
        let none = monthly_chart(&r, &Lang::Ja, 600, flat(&r, 100));
        let wide = monthly_chart(&r, &Lang::Ja, 600, flat(&r, 150));
        // Each whisker is a line and two caps: 3 time lines + the total = 12 paths more.
        let paths = |svg: &str| {
            svg.lines()
                .filter(|l| l.contains("<polyline") && l.contains("#1E1E1E"))
                .count()
        };
        assert_eq!(paths(&none), 0);
        // 4 whiskers of 3 strokes each, and the legend's whisker of 3.
        assert_eq!(paths(&wide), 12 + 3, "{wide}");
        assert!(wide.contains("低位〜高位") && !none.contains("低位〜高位"));
    }

    #[test]
    fn excluded_lines_are_labelled_not_drawn() {
        let svg = chart(&Preset::DayService.scenario(), &Lang::Ja);
        assert_eq!(
            svg.matches("対象外").count(),
            2 + 2,
            "two rows + two in the description"
        );
    }

    #[test]
    fn bars_grow_with_the_figures() {
        let mut s = Preset::Brochure.scenario();
        let small = chart(&s, &Lang::En);
        s.handover.people = crate::model::Num::whole(500);
        let big = chart(&s, &Lang::En);
        assert_ne!(small, big);
        assert!(
            big.contains("¥3.8M"),
            "500 staff × 10 min × 30 days × ¥1,500 ÷ 60 = ¥3,750,000"
        );
    }

    #[test]
    fn any_width_is_drawn_within_limits() {
        let r = compute(&Preset::Brochure.scenario());
        for w in [0, 1, 300, 375, 600, 10_000, u32::MAX] {
            let svg = monthly_chart(&r, &Lang::Ja, w, flat(&r, 100));
            let clamped = w.clamp(MIN_WIDTH, MAX_WIDTH);
            assert!(svg.contains(&format!("viewBox=\"0 0 {clamped} ")), "{w}");
            assert!(svg.contains("37.5万円"));
        }
    }

    #[test]
    fn all_zero_does_not_break() {
        let mut s = Preset::Brochure.scenario();
        s.wage = crate::model::Num::ZERO;
        s.printing.color_sheets = crate::model::Num::ZERO;
        let svg = chart(&s, &Lang::Ja);
        assert!(svg.contains("0円"));
        assert!(!svg.contains("NaN"));
    }
}
