//! 比較 chart: the monthly savings and the net value after costs of up to three
//! saved estimates, side by side.

use super::frame::{ticks, DrawResult, Frame};
use super::legend::{Legend, Mark};
use super::{finish_svg, text_style, Words, INK};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const SAVINGS: RGBColor = RGBColor(11, 122, 83);
const NET: RGBColor = RGBColor(0, 114, 178);

/// `items`: name, monthly savings, net monthly value (may be negative).
pub fn compare_chart(items: &[(String, u64, i64)], lang: &dyn Words, width: u32) -> String {
    let width = width.clamp(super::MIN_WIDTH, super::MAX_WIDTH);
    let legend = Legend::new(vec![
        (Mark::Swatch(SAVINGS), lang.per_month().into()),
        (Mark::Swatch(NET), lang.net_monthly_label().into()),
    ]);
    let top = legend.height();
    let h = top + 36 + 70 * items.len().max(1) as u32;
    let mut svg = String::new();
    if draw(&mut svg, items, lang, (width, h), top, &legend).is_err() {
        svg.clear();
    }
    let desc = items
        .iter()
        .map(|(n, s, net)| {
            format!(
                "{n}: {} {}, {} {}",
                lang.per_month(),
                lang.yen(*s),
                lang.net_monthly_label(),
                lang.signed_yen(*net)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    finish_svg(svg, lang.compare_heading(), &desc)
}

fn draw(
    svg: &mut String,
    items: &[(String, u64, i64)],
    lang: &dyn Words,
    size: (u32, u32),
    top: u32,
    legend: &Legend,
) -> DrawResult {
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let lo = items.iter().map(|i| i.2).min().unwrap_or(0).min(0) as f64;
    let hi = items
        .iter()
        .map(|i| (i.1 as f64).max(i.2 as f64))
        .fold(1.0, f64::max);
    let pad = (hi - lo) * 0.25;
    let rows = items.len().max(1);
    let x = (lo - if lo < 0.0 { pad * 0.3 } else { 0.0 }, hi + pad);
    let plot = Frame::new(size, (top, 16, 30, 8), x, (0.0, rows as f64));
    plot.x_grid(&root, &ticks(x.0, x.1, 4), &|v| {
        lang.signed_compact(v.round() as i64)
    })?;
    let value = text_style(14, true, &INK, HPos::Left);
    for (i, (name, savings, net)) in items.iter().enumerate() {
        let y = (rows - 1 - i) as f64;
        let (nx, ny) = plot.at((lo.min(0.0), y + 0.86));
        root.draw_text(name, &text_style(14, false, &INK, HPos::Left), (nx + 2, ny))?;
        for (v, top, color) in [(*savings as f64, 0.72, SAVINGS), (*net as f64, 0.38, NET)] {
            plot.rect(
                &root,
                (0f64.min(v), y + top - 0.26),
                (0f64.max(v), y + top),
                color.filled(),
            )?;
            let (px, py) = plot.at((v.max(0.0), y + top - 0.13));
            root.draw_text(&lang.signed_compact(v as i64), &value, (px + 6, py))?;
        }
    }
    legend.draw(&root, size.0)?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn draws_each_estimate_and_a_loss() {
        let items = vec![
            ("本館".to_string(), 519_000, 492_000),
            ("訪問のみ".to_string(), 46_500, -12_000),
        ];
        let svg = compare_chart(&items, &Lang::Ja, 600);
        for s in ["本館", "訪問のみ", "51.9万円", "49.2万円", "−1.2万円"] {
            assert!(svg.contains(s), "{s}");
        }
        assert!(!svg.contains("NaN"));
        let empty = compare_chart(&[], &Lang::En, 300);
        assert!(empty.contains("<svg"));
    }
}
