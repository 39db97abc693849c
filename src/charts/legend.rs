//! A chart's legend on its top margin: each entry a small mark and its words,
//! wrapping onto further lines when the drawing is narrow (a phone), so no entry
//! runs off the edge. Its band is as tall as the narrowest drawing needs, at any
//! width: a chart's height never depends on its width, so a chart drawn first at
//! one width and then at its own moves nothing around it.

use super::frame::{Area, DrawResult};
use super::{text_style, text_width, INK};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// How an entry is marked.
pub(crate) enum Mark {
    /// A filled square (a bar's colour).
    Swatch(RGBColor),
    /// A pale band (a range).
    Band(RGBColor),
    /// A thick line (a series).
    Line(RGBColor),
    /// A low–high whisker.
    Whisker,
    /// Words only.
    None,
}

const MARK_W: i32 = 18;
const GAP: i32 = 6;
const SPACE: i32 = 16;
const LINE_H: i32 = 22;
const LEFT: i32 = 8;
const SIZE: u32 = 13;

pub(crate) struct Legend(Vec<(Mark, String)>);

impl Legend {
    pub fn new(entries: Vec<(Mark, String)>) -> Legend {
        Legend(entries)
    }

    /// A legend led by the chart's visible title (words only), split before its
    /// last bracket (「（…）」 or ` (…)`: its unit) so a narrow drawing wraps it there.
    pub fn titled(title: &str, entries: impl IntoIterator<Item = (Mark, String)>) -> Legend {
        let cut = title.rfind(['（', '(']).filter(|i| *i > 0);
        let (head, rest) = title.split_at(cut.unwrap_or(title.len()));
        let mut all = vec![(Mark::None, head.trim_end().to_string())];
        if !rest.is_empty() {
            all.push((Mark::None, rest.to_string()));
        }
        all.extend(entries);
        Legend(all)
    }

    fn entry_width(mark: &Mark, text: &str) -> i32 {
        let mark = if matches!(mark, Mark::None) {
            0
        } else {
            MARK_W + GAP
        };
        mark + text_width(text, SIZE)
    }

    /// The left end and line (0, 1, …) of every entry within `width`.
    fn layout(&self, width: u32) -> Vec<(i32, i32)> {
        let right = width as i32 - LEFT;
        let (mut x, mut line) = (LEFT, 0);
        self.0
            .iter()
            .map(|(mark, text)| {
                let w = Legend::entry_width(mark, text);
                if x > LEFT && x + w > right {
                    x = LEFT;
                    line += 1;
                }
                let at = (x, line);
                x += w + SPACE;
                at
            })
            .collect()
    }

    /// Height of the legend band above the plot, in pixels (whatever the width).
    pub fn height(&self) -> u32 {
        let lines = self
            .layout(super::MIN_WIDTH)
            .last()
            .map_or(0, |(_, l)| l + 1);
        (lines * LINE_H).max(LINE_H) as u32 + 12
    }

    pub fn draw(&self, root: &Area, width: u32) -> DrawResult {
        let style = text_style(SIZE, false, &INK, HPos::Left);
        for ((mark, text), (x, line)) in self.0.iter().zip(self.layout(width)) {
            let y = 17 + line * LINE_H;
            let text_x = match mark {
                Mark::Swatch(c) => {
                    root.draw(&Rectangle::new([(x, y - 7), (x + 14, y + 7)], c.filled()))?;
                    x + MARK_W + GAP
                }
                Mark::Band(c) => {
                    root.draw(&Rectangle::new(
                        [(x, y - 6), (x + MARK_W, y + 6)],
                        c.mix(0.15).filled(),
                    ))?;
                    x + MARK_W + GAP
                }
                Mark::Line(c) => {
                    root.draw(&PathElement::new(
                        vec![(x, y), (x + MARK_W, y)],
                        c.stroke_width(3),
                    ))?;
                    x + MARK_W + GAP
                }
                Mark::Whisker => {
                    let ink = INK.stroke_width(2);
                    root.draw(&PathElement::new(vec![(x, y), (x + MARK_W, y)], ink))?;
                    for e in [x, x + MARK_W] {
                        root.draw(&PathElement::new(vec![(e, y - 5), (e, y + 5)], ink))?;
                    }
                    x + MARK_W + GAP
                }
                Mark::None => x,
            };
            root.draw_text(text, &style, (text_x, y))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn legend() -> Legend {
        Legend::new(vec![
            (Mark::Swatch(INK), "全体".into()),
            (Mark::Swatch(INK), "Day service".into()),
            (Mark::Swatch(INK), "Residential".into()),
            (Mark::Swatch(INK), "Home visits".into()),
            (Mark::Whisker, "Low–high".into()),
        ])
    }

    #[test]
    fn wraps_when_narrow_and_stays_on_one_line_when_wide() {
        assert!(legend().layout(900).iter().all(|(_, line)| *line == 0));
        let narrow = legend().layout(300);
        assert!(narrow.iter().any(|(_, line)| *line > 0));
        for ((mark, text), (x, _)) in legend().0.iter().zip(&narrow) {
            assert!(
                x + Legend::entry_width(mark, text) <= 300 - LEFT,
                "{text} fits"
            );
        }
        // Room for the narrowest drawing's lines, at every width.
        let lines = narrow.last().unwrap().1 + 1;
        assert_eq!(legend().height(), (lines * LINE_H) as u32 + 12);
    }

    #[test]
    fn a_short_legend_takes_one_line() {
        let one = Legend::new(vec![(Mark::Swatch(INK), "全体".into())]);
        assert_eq!(one.height(), 34);
    }
}
