//! The charts' plotters backend: draws plotters' shapes and text into an SVG
//! string, in the markup plotters' own SVG backend writes, with every number
//! written as an integer or a fixed two-decimal figure. Our own rather than
//! plotters-svg: that backend writes each opacity and font size with Rust's
//! general float formatting; replacing it took 9.8 KB gzip off the app (measured,
//! rustup toolchain, 326.5 → 316.7 KB). plotters still lays out and draws everything.
//! With the program in parts the calculator's chart puts this backend in the first
//! module, whose first visit is 195.3 of its 200 KB, so plotters-svg stays out
//! (its cost in the first module not re-measured yet; the 9.8 KB are the one-wasm
//! app's).
//! Text is never measured here: anchors are SVG's `text-anchor`, and the width
//! estimate is the charts' own (`text_width`), the same in the browser and tests.

use super::text_width;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};
use std::fmt::Write;

/// Never happens: writing to a `String` cannot fail.
#[derive(Debug)]
pub(crate) struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("svg")
    }
}

impl std::error::Error for Never {}

pub(crate) struct Svg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> Svg<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Svg<'a> {
        let _ = writeln!(
            out,
            "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">",
            w = size.0,
            h = size.1
        );
        Svg {
            out,
            size,
            closed: false,
        }
    }

    /// ` opacity="…" <name>="#RRGGBB"`; no opacity where it is SVG's default, 1
    /// (most shapes: the calculator's chart, in the pre-rendered page, is 0.1 KB
    /// gzip smaller without them).
    fn paint(&mut self, name: &str, c: BackendColor) {
        let alpha = (c.alpha.clamp(0.0, 1.0) * 100.0).round() as u32;
        if alpha < 100 {
            self.out.push_str(" opacity=\"");
            hundredths(self.out, alpha);
            self.out.push('"');
        }
        let (r, g, b) = c.rgb;
        let _ = write!(self.out, " {name}=\"#{r:02X}{g:02X}{b:02X}\"");
    }

    /// The paint of a rectangle or circle, filled or outlined (with the outline's
    /// width when given), and the end of its tag.
    fn fill_or_outline(&mut self, c: BackendColor, fill: bool, width: Option<u32>) {
        if fill {
            self.paint("fill", c);
            self.out.push_str(" stroke=\"none\"");
        } else {
            self.out.push_str(" fill=\"none\"");
            self.paint("stroke", c);
            if let Some(w) = width {
                let _ = write!(self.out, " stroke-width=\"{w}\"");
            }
        }
        self.out.push_str("/>\n");
    }

    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push('"');
    }
}

/// `n` / 100 with at most two decimals and no trailing zeros: 100 → `1`, 15 → `0.15`.
fn hundredths(out: &mut String, n: u32) {
    let _ = write!(out, "{}", n / 100);
    match n % 100 {
        0 => {}
        f if f % 10 == 0 => {
            let _ = write!(out, ".{}", f / 10);
        }
        f => {
            let _ = write!(out, ".{f:02}");
        }
    }
}

/// Text characters escaped for XML content and attributes.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

type Drawn = Result<(), DrawingErrorKind<Never>>;

impl DrawingBackend for Svg<'_> {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect((x, y), (x + 1, y + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> Drawn {
        self.draw_path([from, to], s)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        s: &S,
        fill: bool,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(
            self.out,
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\"",
            x1 - x0,
            y1 - y0
        );
        self.fill_or_outline(s.color(), fill, None);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polyline fill=\"none\"");
        self.paint("stroke", s.color());
        let _ = write!(self.out, " stroke-width=\"{}\"", s.stroke_width());
        self.points(path);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polygon");
        self.paint("fill", s.color());
        self.points(path);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        s: &S,
        fill: bool,
    ) -> Drawn {
        if s.color().alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(self.out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"");
        self.fill_or_outline(s.color(), fill, Some(s.stroke_width()));
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, s: &T, (x, y): BackendCoord) -> Drawn {
        let color = s.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match s.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let _ = write!(
            self.out,
            "<text x=\"{x}\" y=\"{y}\" dy=\"{dy}\" text-anchor=\"{anchor}\" font-family=\""
        );
        escape(self.out, s.family().as_str());
        // plotters' sizes are 1.24 × the CSS pixel size, as its SVG backend draws them.
        self.out.push_str("\" font-size=\"");
        hundredths(self.out, (s.size() * 100.0 / 1.24).round() as u32);
        self.out.push('"');
        self.paint("fill", color);
        match s.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.out.push_str(" font-weight=\"bold\""),
            other => {
                let _ = write!(self.out, " font-style=\"{}\"", other.as_str());
            }
        }
        let turn = match s.transform() {
            FontTransform::Rotate90 => 90,
            FontTransform::Rotate180 => 180,
            FontTransform::Rotate270 => 270,
            FontTransform::None => 0,
        };
        if turn != 0 {
            let _ = write!(self.out, " transform=\"rotate({turn}, {x}, {y})\"");
        }
        self.out.push('>');
        escape(self.out, text);
        self.out.push_str("</text>\n");
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Never>> {
        let px = (s.size() / 1.24).round() as u32;
        Ok((text_width(text, px).max(0) as u32, px))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hundredths_are_short_and_exact() {
        let cases = [
            (100, "1"),
            (15, "0.15"),
            (10, "0.1"),
            (0, "0"),
            (1048, "10.48"),
            (1210, "12.1"),
        ];
        for (n, want) in cases {
            let mut s = String::new();
            hundredths(&mut s, n);
            assert_eq!(s, want);
        }
    }

    #[test]
    fn opacity_is_written_only_below_one() {
        let mut out = String::new();
        {
            let mut svg = Svg::new(&mut out, (10, 10));
            let solid = BackendColor {
                alpha: 1.0,
                rgb: (255, 0, 16),
            };
            let faint = BackendColor {
                alpha: 0.15,
                rgb: (0, 0, 0),
            };
            svg.paint("fill", solid);
            svg.paint("stroke", faint);
        }
        assert!(
            out.contains(" fill=\"#FF0010\" opacity=\"0.15\" stroke=\"#000000\""),
            "{out}"
        );
        assert_eq!(out.matches("opacity").count(), 1, "{out}");
    }
}
