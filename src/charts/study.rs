//! 実測 chart: minutes per person per day for each task of a time study, the
//! phases side by side (事前, 事後①, 事後②), each bar with its 95 % interval as a
//! whisker. The caller gives the rows and the words (already in its language).

use super::frame::{ticks, DrawResult, Frame};
use super::legend::{Legend, Mark};
use super::{finish_svg, text_style, INK, MUTED};
use crate::model::num::dec1;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// A bar: the mean and its 95 % interval (none when too few values).
pub type Bar = (f64, Option<(f64, f64)>);

/// One task: its bar in each phase that has records.
#[derive(Clone, Debug, PartialEq)]
pub struct StudyRow {
    pub label: String,
    pub phases: [Option<Bar>; 3],
}

/// The chart's words: title, the three phase names, the unit after a figure
/// (`分`), and what an empty chart says.
#[derive(Clone, Debug, PartialEq)]
pub struct StudyWords {
    pub title: String,
    pub phases: [String; 3],
    pub unit: String,
    pub empty: String,
}

const BAR_H: u32 = 16;
const LABEL_H: u32 = 20;
/// Okabe–Ito blue, orange and green: told apart in colour blindness.
const PHASE: [RGBColor; 3] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
];

/// The chart as SVG, `width` CSS pixels wide.
pub fn study_chart(rows: &[StudyRow], words: &StudyWords, width: u32) -> String {
    let width = width.clamp(super::MIN_WIDTH, super::MAX_WIDTH);
    let used: Vec<usize> = (0..3)
        .filter(|p| rows.iter().any(|r| r.phases[*p].is_some()))
        .collect();
    // The title is drawn too (not only read out): it says what and in which unit.
    let legend = Legend::titled(
        &words.title,
        used.iter()
            .map(|p| (Mark::Swatch(PHASE[*p]), words.phases[*p].clone())),
    );
    let top = legend.height();
    let row_h = LABEL_H + BAR_H * used.len().max(1) as u32 + 8;
    let h = top + 30 + row_h * rows.len().max(1) as u32;
    let mut svg = String::new();
    if draw(
        &mut svg,
        rows,
        words,
        &used,
        (width, h),
        top,
        row_h,
        &legend,
    )
    .is_err()
    {
        svg.clear();
    }
    let desc = rows
        .iter()
        .map(|r| {
            let figures: Vec<String> = used
                .iter()
                .filter_map(|p| {
                    r.phases[*p]
                        .map(|(m, _)| format!("{} {}{}", words.phases[*p], dec1(m), words.unit))
                })
                .collect();
            format!("{}: {}", r.label, figures.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    finish_svg(svg, &words.title, &desc)
}

#[allow(clippy::too_many_arguments)]
fn draw(
    svg: &mut String,
    rows: &[StudyRow],
    words: &StudyWords,
    used: &[usize],
    size: (u32, u32),
    top: u32,
    row_h: u32,
    legend: &Legend,
) -> DrawResult {
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let hi = rows
        .iter()
        .flat_map(|r| r.phases.iter().flatten())
        .map(|(m, ci)| ci.map_or(*m, |c| c.1.max(*m)))
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let x = (0.0, hi * 1.08);
    // One unit of y is one pixel row inside the plot, counted from its top.
    let plot_h = f64::from(row_h) * rows.len().max(1) as f64;
    let plot = Frame::new(size, (top, 16, 30, 16), x, (0.0, plot_h));
    let unit = &words.unit;
    plot.x_grid(
        &root,
        &ticks(x.0, x.1, if size.0 < 480 { 3 } else { 5 }),
        &|v| format!("{}{unit}", dec1(v)),
    )?;
    if rows.is_empty() {
        let (px, py) = plot.at((x.1 / 2.0, plot_h / 2.0));
        root.draw_text(
            &words.empty,
            &text_style(14, false, &MUTED, HPos::Center),
            (px, py),
        )?;
    }
    let y_at = |i: usize, k: f64| plot_h - (i as f64 * f64::from(row_h) + k);
    for (i, r) in rows.iter().enumerate() {
        let (nx, ny) = plot.at((0.0, y_at(i, 4.0)));
        root.draw_text(
            &r.label,
            &text_style(14, false, &INK, HPos::Left),
            (nx + 2, ny),
        )?;
        for (slot, p) in used.iter().enumerate() {
            let Some((mean, ci)) = r.phases[*p] else {
                continue;
            };
            let y0 = f64::from(LABEL_H) + f64::from(BAR_H) * slot as f64;
            let (a, b) = (y_at(i, y0 + 2.0), y_at(i, y0 + f64::from(BAR_H) - 2.0));
            plot.rect(&root, (0.0, b), (mean.max(0.0), a), PHASE[*p].filled())?;
            if let Some((lo, hi)) = ci {
                let mid = (a + b) / 2.0;
                plot.path(&root, &[(lo.max(0.0), mid), (hi, mid)], INK.stroke_width(2))?;
                for end in [lo.max(0.0), hi] {
                    plot.path(&root, &[(end, a), (end, b)], INK.stroke_width(2))?;
                }
            }
        }
    }
    legend.draw(&root, size.0)?;
    root.present()?;
    Ok(())
}

/// The words of the durations chart: title (with the task), phase names, unit,
/// the y axis (records) and what an empty chart says.
#[derive(Clone, Debug, PartialEq)]
pub struct DurationWords {
    pub title: String,
    pub phases: [String; 3],
    pub unit: String,
    pub records: String,
    pub empty: String,
}

/// Bin widths in minutes a histogram picks from: about ten bins.
const BIN_MINUTES: [f64; 9] = [0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0];

/// Records per bin of duration: `(bin width, counts[bin][phase])`.
pub fn duration_bins(minutes: &[[Vec<f64>; 1]; 3]) -> (f64, Vec<[usize; 3]>) {
    let max = minutes
        .iter()
        .flat_map(|p| p[0].iter())
        .copied()
        .filter(|m| m.is_finite())
        .fold(0.0_f64, f64::max);
    let width = BIN_MINUTES
        .into_iter()
        .find(|w| max / w <= 12.0)
        .unwrap_or(120.0);
    let bins = ((max / width).floor() as usize + 1).min(13);
    let mut counts = vec![[0usize; 3]; bins];
    for (p, list) in minutes.iter().enumerate() {
        for m in list[0].iter().filter(|m| m.is_finite() && **m >= 0.0) {
            let b = ((m / width).floor() as usize).min(bins - 1);
            counts[b][p] += 1;
        }
    }
    (width, counts)
}

/// How long one task's records took: a histogram, the phases side by side in
/// each bin. `minutes[phase]` are the durations of that phase's records.
pub fn duration_chart(minutes: &[[Vec<f64>; 1]; 3], words: &DurationWords, width: u32) -> String {
    let width = width.clamp(super::MIN_WIDTH, super::MAX_WIDTH);
    let used: Vec<usize> = (0..3).filter(|p| !minutes[*p][0].is_empty()).collect();
    let legend = Legend::titled(
        &words.title,
        used.iter()
            .map(|p| (Mark::Swatch(PHASE[*p]), words.phases[*p].clone())),
    );
    let top = legend.height();
    let size = (width, top + 200);
    let (bin, counts) = duration_bins(minutes);
    let mut svg = String::new();
    if draw_durations(&mut svg, &counts, bin, words, &used, size, top, &legend).is_err() {
        svg.clear();
    }
    let desc = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.iter().any(|n| *n > 0))
        .map(|(i, c)| {
            let per: Vec<String> = used
                .iter()
                .map(|p| format!("{} {}", words.phases[*p], c[*p]))
                .collect();
            format!(
                "{}–{}{}: {}",
                dec1(i as f64 * bin),
                dec1((i + 1) as f64 * bin),
                words.unit,
                per.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    finish_svg(svg, &words.title, &desc)
}

#[allow(clippy::too_many_arguments)]
fn draw_durations(
    svg: &mut String,
    counts: &[[usize; 3]],
    bin: f64,
    words: &DurationWords,
    used: &[usize],
    size: (u32, u32),
    top: u32,
    legend: &Legend,
) -> DrawResult {
    let root = super::svg::Svg::new(svg, size).into_drawing_area();
    root.fill(&WHITE)?;
    let most = counts.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
    let x = (0.0, counts.len() as f64 * bin);
    let y = (0.0, most * 1.1);
    let plot = Frame::new(size, (top, 16, 30, 48), x, y);
    let unit = &words.unit;
    plot.x_grid(
        &root,
        &ticks(x.0, x.1, if size.0 < 480 { 4 } else { 8 }),
        &|v| format!("{}{unit}", dec1(v)),
    )?;
    let whole: Vec<f64> = ticks(0.0, y.1, 4)
        .into_iter()
        .filter(|t| t.fract() == 0.0)
        .collect();
    plot.y_grid(&root, &whole, &|v| format!("{}", v as u64))?;
    if used.is_empty() {
        let (px, py) = plot.at((x.1 / 2.0, y.1 / 2.0));
        root.draw_text(
            &words.empty,
            &text_style(14, false, &MUTED, HPos::Center),
            (px, py),
        )?;
    }
    let slot = bin * 0.9 / used.len().max(1) as f64;
    for (i, c) in counts.iter().enumerate() {
        for (k, p) in used.iter().enumerate() {
            if c[*p] == 0 {
                continue;
            }
            let x0 = i as f64 * bin + bin * 0.05 + slot * k as f64;
            plot.rect(
                &root,
                (x0, 0.0),
                (x0 + slot, c[*p] as f64),
                PHASE[*p].filled(),
            )?;
        }
    }
    let (lx, ly) = plot.at((0.0, y.1));
    root.draw_text(
        &words.records,
        &text_style(13, false, &MUTED, HPos::Left),
        (lx - 44, ly - 8),
    )?;
    legend.draw(&root, size.0)?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> StudyWords {
        StudyWords {
            title: "業務ごとの時間（1人1日あたり）".into(),
            phases: ["事前".into(), "事後①".into(), "事後②".into()],
            unit: "分".into(),
            empty: "まだ記録がありません".into(),
        }
    }

    #[test]
    fn draws_each_phase_with_its_figure_and_interval() {
        let rows = [StudyRow {
            label: "申し送り".into(),
            phases: [Some((11.7, Some((10.8, 12.5)))), Some((4.8, None)), None],
        }];
        let svg = study_chart(&rows, &words(), 600);
        assert!(svg.contains("申し送り: 事前 11.7分, 事後① 4.8分"), "{svg}");
        // The title and its unit are drawn, not only read out.
        assert!(svg.contains(">業務ごとの時間</text>"), "{svg}");
        assert!(svg.contains(">（1人1日あたり）</text>"), "{svg}");
        assert!(svg.contains("事前") && svg.contains("事後①") && !svg.contains("事後②"));
        // The white ground, two bars and two legend swatches; one whisker of three lines.
        assert_eq!(svg.matches("<rect").count(), 5, "{svg}");
        assert!(svg.matches("<polyline").count() >= 3);
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn empty_is_said_not_drawn_blank() {
        let svg = study_chart(&[], &words(), 400);
        assert!(svg.contains("まだ記録がありません"));
    }

    #[test]
    fn dec1_writes_one_decimal() {
        assert_eq!(
            (dec1(12.0), dec1(4.75), dec1(-0.3)),
            ("12".into(), "4.8".into(), "−0.3".into())
        );
    }

    #[test]
    fn durations_fall_in_about_ten_bins_per_phase() {
        let m = [[vec![1.0, 2.5, 9.9]], [vec![0.2, 0.4]], [vec![]]];
        let (w, c) = duration_bins(&m);
        // Longest 9.9 min: bins of 1 min, 0–1 … 9–10.
        assert_eq!((w, c.len()), (1.0, 10));
        assert_eq!(
            (c[0], c[1], c[2], c[9]),
            ([0, 2, 0], [1, 0, 0], [1, 0, 0], [1, 0, 0])
        );
        let words = DurationWords {
            title: "申し送りの所要時間".into(),
            phases: ["事前".into(), "事後①".into(), "事後②".into()],
            unit: "分".into(),
            records: "件".into(),
            empty: "記録がありません".into(),
        };
        let svg = duration_chart(&m, &words, 600);
        assert!(
            svg.contains("0–1分: 事前 0, 事後① 2; 1–2分: 事前 1, 事後① 0"),
            "{svg}"
        );
        assert!(!svg.contains("事後②") && !svg.contains("NaN"));
        // Long records: wider bins, never more than 13.
        let (w, c) = duration_bins(&[[vec![700.0]], [vec![]], [vec![]]]);
        assert_eq!((w, c.len(), c[5][0]), (60.0, 12, 0));
        assert_eq!(c[11][0], 1);
        assert!(duration_chart(&[[vec![]], [vec![]], [vec![]]], &words, 400)
            .contains("記録がありません"));
    }
}
