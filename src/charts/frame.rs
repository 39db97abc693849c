//! The plot frame every chart shares: where the plot sits in the drawing, the data
//! ranges it shows, the mapping from data to pixels, round-number ticks and the
//! house grid (quiet lines, muted labels). It draws with plotters' drawing area and
//! basic elements (rectangles, paths, polygons, text) only: plotters' ChartBuilder
//! and mesh, generic over coordinate types, cost 13 KB gzip of the app for the
//! same picture (measured, rustup toolchain).

use super::{text_style, MUTED};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// A whole drawing, in pixels.
pub(crate) type Area<'a> = DrawingArea<super::svg::Svg<'a>, Shift>;
pub(crate) type DrawResult = Result<(), DrawFailed>;

/// Plotters could not draw: the chart falls back to its text-only SVG. The cause is
/// dropped, not formatted: boxing plotters' errors as `dyn Error` linked their
/// `Debug` formatting (and the tables it needs), measured at 2.1 KB gzip of the app.
#[derive(Debug)]
pub(crate) struct DrawFailed;

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for DrawFailed {
    fn from(_: DrawingAreaErrorKind<E>) -> DrawFailed {
        DrawFailed
    }
}

const GRID: RGBColor = RGBColor(226, 226, 226);
const AXIS: RGBColor = RGBColor(150, 150, 150);

/// The plot's rectangle in pixels and the data ranges it shows (y grows upwards).
pub(crate) struct Frame {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    x: (f64, f64),
    y: (f64, f64),
}

impl Frame {
    /// A plot inside `size` with `margins` (top, right, bottom, left) in pixels,
    /// showing `x` and `y` (low, high) of the data.
    pub fn new(
        size: (u32, u32),
        margins: (u32, u32, u32, u32),
        x: (f64, f64),
        y: (f64, f64),
    ) -> Frame {
        let (top, right, bottom, left) = margins;
        Frame {
            left: f64::from(left),
            top: f64::from(top),
            right: f64::from(size.0.saturating_sub(right).max(left + 1)),
            bottom: f64::from(size.1.saturating_sub(bottom).max(top + 1)),
            x,
            y,
        }
    }

    /// The pixel of a data point.
    pub fn at(&self, (x, y): (f64, f64)) -> (i32, i32) {
        let along = |v: f64, (lo, hi): (f64, f64)| {
            if hi > lo {
                (v - lo) / (hi - lo)
            } else {
                0.0
            }
        };
        (
            (self.left + along(x, self.x) * (self.right - self.left)).round() as i32,
            (self.bottom - along(y, self.y) * (self.bottom - self.top)).round() as i32,
        )
    }

    pub fn rect(&self, root: &Area, a: (f64, f64), b: (f64, f64), style: ShapeStyle) -> DrawResult {
        root.draw(&Rectangle::new([self.at(a), self.at(b)], style))?;
        Ok(())
    }

    pub fn path(&self, root: &Area, points: &[(f64, f64)], style: ShapeStyle) -> DrawResult {
        let points: Vec<_> = points.iter().map(|p| self.at(*p)).collect();
        root.draw(&PathElement::new(points, style))?;
        Ok(())
    }

    pub fn polygon(&self, root: &Area, points: &[(f64, f64)], style: ShapeStyle) -> DrawResult {
        let points: Vec<_> = points.iter().map(|p| self.at(*p)).collect();
        root.draw(&Polygon::new(points, style))?;
        Ok(())
    }

    /// Vertical grid lines at `ticks` with their labels under the plot, and the
    /// axis line along the bottom.
    pub fn x_grid(&self, root: &Area, ticks: &[f64], label: &dyn Fn(f64) -> String) -> DrawResult {
        let style = text_style(13, false, &MUTED, HPos::Center);
        let (top, bottom) = (self.top as i32, self.bottom as i32);
        for &t in ticks {
            let (x, _) = self.at((t, self.y.0));
            root.draw(&PathElement::new(
                vec![(x, top), (x, bottom)],
                GRID.stroke_width(1),
            ))?;
            root.draw_text(&label(t), &style, (x, bottom + 15))?;
        }
        let (left, right) = (self.left as i32, self.right as i32);
        root.draw(&PathElement::new(
            vec![(left, bottom), (right, bottom)],
            AXIS.stroke_width(1),
        ))?;
        Ok(())
    }

    /// Horizontal grid lines at `ticks` with their labels left of the plot.
    pub fn y_grid(&self, root: &Area, ticks: &[f64], label: &dyn Fn(f64) -> String) -> DrawResult {
        let style = text_style(13, false, &MUTED, HPos::Right);
        let (left, right) = (self.left as i32, self.right as i32);
        for &t in ticks {
            let (_, y) = self.at((self.x.0, t));
            root.draw(&PathElement::new(
                vec![(left, y), (right, y)],
                GRID.stroke_width(1),
            ))?;
            root.draw_text(&label(t), &style, (left - 6, y))?;
        }
        Ok(())
    }
}

/// Round values between `lo` and `hi` (1, 2 or 5 × 10ⁿ apart), at most about
/// `count` + 1 of them; none for an empty or impossible range.
pub(crate) fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) || count == 0 {
        return Vec::new();
    }
    let raw = span / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    let (first, last) = ((lo / step).ceil() as i64, (hi / step).floor() as i64);
    (first..=last).map(|i| i as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(
            ticks(0.0, 600_000.0, 5),
            [0.0, 200_000.0, 400_000.0, 600_000.0]
        );
        assert_eq!(ticks(0.0, 36.0, 6), [0.0, 10.0, 20.0, 30.0]);
        assert_eq!(ticks(-12_000.0, 49_000.0, 4), [0.0, 20_000.0, 40_000.0]);
        assert!(ticks(5.0, 5.0, 4).is_empty());
        assert!(ticks(0.0, f64::NAN, 4).is_empty());
    }

    #[test]
    fn the_frame_maps_corners_to_corners() {
        let f = Frame::new((600, 300), (30, 10, 20, 40), (0.0, 100.0), (-5.0, 5.0));
        assert_eq!(f.at((0.0, -5.0)), (40, 280));
        assert_eq!(f.at((100.0, 5.0)), (590, 30));
        assert_eq!(f.at((50.0, 0.0)), (315, 155));
    }

    proptest! {
        #[test]
        fn ticks_lie_in_range_and_are_few(lo in -1e9f64..1e9, span in 1e-3f64..1e9, count in 1usize..12) {
            let t = ticks(lo, lo + span, count);
            prop_assert!(t.len() <= count + 2);
            prop_assert!(t.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(t.iter().all(|v| *v >= lo - span * 1e-9 && *v <= lo + span * (1.0 + 1e-9)));
        }
    }
}
