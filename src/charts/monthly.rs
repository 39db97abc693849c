//! 月間削減額 chart: one horizontal bar per savings line, coloured by service type,
//! and a stacked total bar; plotters → SVG string.

use super::{finish_svg, service_color, FONT};
use crate::i18n::Lang;
use crate::model::{Line, Results, Service};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const ROW_H: u32 = 50;
const TOP: u32 = 34;
const BOTTOM: u32 = 30;
/// The narrowest and widest drawing, in CSS pixels.
pub const MIN_WIDTH: u32 = 300;
pub const MAX_WIDTH: u32 = 900;

/// The monthly savings chart as an SVG document, drawn for `width` CSS pixels so
/// its text is real size (it still scales crisply through its viewBox).
/// Each row: the line's name above its bar, the figure at the bar's end.
pub fn monthly_chart(r: &Results, lang: Lang, width: u32) -> String {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let rows = Line::ALL.len() + 1;
    let h = TOP + BOTTOM + ROW_H * rows as u32;
    let mut svg = String::new();
    let drawn = draw(&mut svg, r, lang, (width, h), rows);
    if drawn.is_err() {
        svg.clear();
    }
    finish_svg(svg, lang.chart_title(), &describe(r, lang))
}

/// A text alternative: every bar's figure, for screen readers.
fn describe(r: &Results, lang: Lang) -> String {
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

const INK: RGBColor = RGBColor(30, 30, 30);
const MUTED: RGBColor = RGBColor(95, 95, 95);

type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn text_style(size: u32, bold: bool, color: &'static RGBColor, h: HPos) -> TextStyle<'static> {
    let font = (FONT, size).into_font();
    let font = if bold {
        font.style(FontStyle::Bold)
    } else {
        font
    };
    TextStyle::from(font)
        .color(color)
        .pos(Pos::new(h, VPos::Center))
}

fn draw(svg: &mut String, r: &Results, lang: Lang, size: (u32, u32), rows: usize) -> DrawResult {
    let root = SVGBackend::with_string(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let max = r
        .lines
        .iter()
        .map(|l| l.yen_month)
        .max()
        .unwrap_or(0)
        .max(r.total.yen_month)
        .max(1) as f64;
    // Head-room on the right for the figure at the end of the longest bar.
    let xmax = max * if size.0 < 480 { 1.35 } else { 1.2 };
    let mut chart = ChartBuilder::on(&root)
        .margin_top(TOP)
        .margin_right(14)
        .margin_left(4)
        .x_label_area_size(BOTTOM)
        .y_label_area_size(6)
        .build_cartesian_2d(0f64..xmax, 0f64..rows as f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(if size.0 < 480 { 3 } else { 5 })
        .x_label_formatter(&|v| lang.yen_compact(v.max(0.0) as u64))
        .x_label_style(text_style(13, false, &MUTED, HPos::Center))
        .light_line_style(RGBColor(238, 238, 238))
        .bold_line_style(RGBColor(218, 218, 218))
        .axis_style(RGBColor(150, 150, 150))
        .draw()?;

    let plot = chart.plotting_area();
    let name_style = text_style(14, false, &INK, HPos::Left);
    let value_style = text_style(15, true, &INK, HPos::Left);
    let muted_style = text_style(14, false, &MUTED, HPos::Left);
    // Row i from the top: the four lines, then the total. Name in the upper part
    // of the row, bar in the lower part.
    let y_of = |i: usize| (rows - 1 - i) as f64;
    let name_at = |y: f64| {
        let (px, py) = plot.map_coordinate(&(0.0, y + 0.78));
        (px + 2, py)
    };
    for (i, l) in r.lines.iter().enumerate() {
        let y = y_of(i);
        let name = format!(
            "{}（{}）",
            lang.line_short(l.line),
            lang.scope_name(l.line.service())
        );
        root.draw_text(&name, &name_style, name_at(y))?;
        if !l.included {
            let (px, py) = plot.map_coordinate(&(0.0, y + 0.32));
            root.draw_text(lang.excluded(), &muted_style, (px + 2, py))?;
            continue;
        }
        let x1 = l.yen_month as f64;
        plot.draw(&Rectangle::new(
            [(0.0, y + 0.1), (x1, y + 0.55)],
            service_color(l.line.service()).filled(),
        ))?;
        let (px, py) = plot.map_coordinate(&(x1, y + 0.32));
        root.draw_text(&lang.yen_compact(l.yen_month), &value_style, (px + 6, py))?;
    }

    // Total: the included lines stacked, in the same colours.
    let y = y_of(rows - 1);
    root.draw_text(
        lang.chart_total(),
        &text_style(14, true, &INK, HPos::Left),
        name_at(y),
    )?;
    let mut x0 = 0.0;
    for l in r.lines.iter().filter(|l| l.included && l.yen_month > 0) {
        let x1 = x0 + l.yen_month as f64;
        plot.draw(&Rectangle::new(
            [(x0, y + 0.05), (x1, y + 0.6)],
            service_color(l.line.service()).filled(),
        ))?;
        // A thin white gap between segments.
        plot.draw(&PathElement::new(
            vec![(x1, y + 0.05), (x1, y + 0.6)],
            WHITE.stroke_width(2),
        ))?;
        x0 = x1;
    }
    let (px, py) = plot.map_coordinate(&(r.total.yen_month as f64, y + 0.32));
    root.draw_text(
        &lang.yen_compact(r.total.yen_month),
        &value_style,
        (px + 6, py),
    )?;

    // Legend: one swatch per scope, on the top margin.
    let legend_style = text_style(13, false, &INK, HPos::Left);
    let mut lx = 6;
    for scope in [
        None,
        Some(Service::DayService),
        Some(Service::Residential),
        Some(Service::HomeVisit),
    ] {
        root.draw(&Rectangle::new(
            [(lx, 10), (lx + 13, 23)],
            service_color(scope).filled(),
        ))?;
        let text = lang.scope_name(scope);
        root.draw_text(text, &legend_style, (lx + 18, 17))?;
        let (w, _) = root.estimate_text_size(text, &legend_style)?;
        lx += 18 + w as i32 + 16;
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{compute, Preset, Scenario};

    fn chart(s: &Scenario, lang: Lang) -> String {
        monthly_chart(&compute(s), lang, 600)
    }

    #[test]
    fn brochure_chart_has_every_line_and_figure() {
        let svg = chart(&Preset::Brochure.scenario(), Lang::Ja);
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
    fn excluded_lines_are_labelled_not_drawn() {
        let svg = chart(&Preset::DayService.scenario(), Lang::Ja);
        assert_eq!(
            svg.matches("対象外").count(),
            2 + 2,
            "two rows + two in the description"
        );
    }

    #[test]
    fn bars_grow_with_the_figures() {
        let mut s = Preset::Brochure.scenario();
        let small = chart(&s, Lang::En);
        s.handover.people = crate::model::Num::whole(500);
        let big = chart(&s, Lang::En);
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
            let svg = monthly_chart(&r, Lang::Ja, w);
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
        let svg = chart(&s, Lang::Ja);
        assert!(svg.contains("0円"));
        assert!(!svg.contains("NaN"));
    }
}
