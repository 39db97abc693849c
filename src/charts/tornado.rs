//! 感度分析 (tornado) chart: for each input, the yearly net value with it moved down
//! and up by the sensitivity step, widest first, around the standard value.

use super::frame::{ticks, DrawResult, Frame};
use super::legend::{Legend, Mark};
use super::{finish_svg, text_style, Words, INK, MUTED};
use crate::model::sensitivity::Bar;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const ROW_H: u32 = 44;
const DOWN: RGBColor = RGBColor(0, 114, 178);
const UP: RGBColor = RGBColor(213, 94, 0);

/// The tornado chart for `bars` around `base` (yearly net value), `step` % each way.
pub fn tornado_chart(base: i64, bars: &[Bar], step: u64, lang: &dyn Words, width: u32) -> String {
    let width = width.clamp(super::MIN_WIDTH, super::MAX_WIDTH);
    // What the colours mean, and the base.
    let legend = Legend::new(vec![
        (Mark::Swatch(DOWN), lang.tornado_down(step)),
        (Mark::Swatch(UP), lang.tornado_up(step)),
        (Mark::None, lang.tornado_base(base)),
    ]);
    let top = legend.height();
    let h = top + 30 + ROW_H * bars.len().max(1) as u32;
    let mut svg = String::new();
    if draw(&mut svg, base, bars, lang, (width, h), top, &legend).is_err() {
        svg.clear();
    }
    let desc = bars
        .iter()
        .map(|b| {
            format!(
                "{}: {} {} {}",
                lang.field_name(b.field),
                lang.signed_yen(b.down.min(b.up)),
                lang.range_to(),
                lang.signed_yen(b.down.max(b.up))
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    finish_svg(svg, lang.tornado_title(), &desc)
}

fn draw(
    svg: &mut String,
    base: i64,
    bars: &[Bar],
    lang: &dyn Words,
    size: (u32, u32),
    top: u32,
    legend: &Legend,
) -> DrawResult {
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let lo = bars
        .iter()
        .map(|b| b.down.min(b.up))
        .min()
        .unwrap_or(base)
        .min(base) as f64;
    let hi = bars
        .iter()
        .map(|b| b.down.max(b.up))
        .max()
        .unwrap_or(base)
        .max(base) as f64;
    let span = (hi - lo).max(1.0);
    let rows = bars.len().max(1);
    let x = (lo - span * 0.08, hi + span * 0.08);
    let plot = Frame::new(size, (top, 16, 30, 16), x, (0.0, rows as f64));
    plot.x_grid(
        &root,
        &ticks(x.0, x.1, if size.0 < 480 { 3 } else { 5 }),
        &|v| lang.signed_compact(v.round() as i64),
    )?;
    let b0 = base as f64;
    if bars.is_empty() {
        let (px, py) = plot.at((b0, 0.5));
        root.draw_text(
            lang.tornado_empty(),
            &text_style(14, false, &MUTED, HPos::Center),
            (px, py),
        )?;
    }
    for (i, b) in bars.iter().enumerate() {
        let y = (rows - 1 - i) as f64;
        let name = lang.field_name(b.field);
        let (nx, ny) = plot.at((x.0, y + 0.8));
        root.draw_text(
            &name,
            &text_style(14, false, &INK, HPos::Left),
            (nx + 2, ny),
        )?;
        for (v, color) in [(b.down, DOWN), (b.up, UP)] {
            let v = v as f64;
            plot.rect(
                &root,
                (b0.min(v), y + 0.1),
                (b0.max(v), y + 0.55),
                color.filled(),
            )?;
        }
    }
    plot.path(&root, &[(b0, 0.0), (b0, rows as f64)], INK.stroke_width(2))?;
    legend.draw(&root, size.0)?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::sensitivity::tornado;
    use crate::model::Preset;

    #[test]
    fn draws_each_bar_with_its_name() {
        let s = Preset::Brochure.scenario();
        let (base, bars) = tornado(&s);
        let svg = tornado_chart(base, &bars, 20, &Lang::Ja, 600);
        assert!(svg.contains("時給"));
        assert!(svg.contains("参加職員数（申し送り）"));
        assert!(svg.contains("−20%") && svg.contains("+20%"));
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn empty_is_said_not_drawn_blank() {
        let svg = tornado_chart(0, &[], 20, &Lang::En, 400);
        assert!(svg.contains("No input changes"));
    }
}
