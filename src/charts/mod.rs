//! Charts drawn with plotters into SVG strings: the same functions run in the
//! browser (inline SVG) and in native tests.

mod compare;
mod cumulative;
mod frame;
mod group;
mod legend;
mod monthly;
mod study;
mod svg;
mod tornado;
mod words;

pub use compare::compare_chart;
pub use cumulative::{cumulative_chart, MONTHS};
pub use group::{bars as group_bars, group_chart, Bar as GroupBar, MAX_BARS as GROUP_MAX_BARS};
pub use monthly::monthly_chart;
pub use study::{duration_chart, study_chart, DurationWords, StudyRow, StudyWords};
pub use tornado::tornado_chart;
pub use words::Words;

/// The charts a person can download as a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// 月間削減額 (monthly savings per line).
    Monthly,
    /// 累計効果と費用 (cumulative value against costs).
    Cumulative,
}

use crate::model::Service;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The narrowest and widest drawing, in CSS pixels.
pub const MIN_WIDTH: u32 = 300;
pub const MAX_WIDTH: u32 = 900;

pub(crate) const INK: RGBColor = RGBColor(30, 30, 30);
pub(crate) const MUTED: RGBColor = RGBColor(95, 95, 95);

/// Chart text: size in px, bold or not, colour, horizontal anchor (vertically centred).
pub(crate) fn text_style(
    size: u32,
    bold: bool,
    color: &'static RGBColor,
    h: HPos,
) -> TextStyle<'static> {
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

/// About how wide `text` is at `size` px, for laying out legends: a full-width
/// character (kana, kanji, full-width forms) is one em, anything else about 0.6 em.
/// Computed, not measured: plotters measures text in the browser through the page,
/// which forces a layout on every redraw (15 % of the time of an input on a slow
/// tablet, profiled); this gives the same layout in the browser and in tests.
pub(crate) fn text_width(text: &str, size: u32) -> i32 {
    let tenths: u32 = text.chars().map(|c| if is_wide(c) { 10 } else { 6 }).sum();
    (tenths * size).div_ceil(10) as i32
}

/// Whether a character takes a full em (East Asian wide or full-width).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F
        | 0x20000..=0x3FFFD)
}

/// Font family for chart text; Japanese glyphs come from the system's CJK font.
pub(crate) const FONT: &str = "sans-serif";

/// Colour of a service type (Okabe–Ito palette, readable for colour-blind viewers);
/// `None` is the facility-wide printing line.
pub fn service_color(s: Option<Service>) -> RGBColor {
    match s {
        None => RGBColor(120, 120, 120),
        Some(Service::DayService) => RGBColor(230, 159, 0),
        Some(Service::Residential) => RGBColor(0, 158, 115),
        Some(Service::HomeVisit) => RGBColor(0, 114, 178),
    }
}

/// Escapes text for XML content and attributes.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Makes a plotters SVG accessible (role, title, description) and scalable; an
/// empty drawing (plotters failed) becomes a text-only SVG so nothing breaks.
pub(crate) fn finish_svg(svg: String, title: &str, desc: &str) -> String {
    let a11y = format!(
        "<title>{}</title><desc>{}</desc>",
        xml_escape(title),
        xml_escape(desc)
    );
    match svg.find("<svg").and_then(|start| svg[start..].find('>').map(|e| start + e)) {
        Some(end) => {
            let mut out = String::with_capacity(svg.len() + a11y.len() + 32);
            out.push_str(&svg[..end]);
            out.push_str(" role=\"img\" preserveAspectRatio=\"xMidYMid meet\">");
            out.push_str(&a11y);
            out.push_str(&svg[end + 1..]);
            out
        }
        None => format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 60\" role=\"img\">{a11y}<text x=\"10\" y=\"35\" font-size=\"14\">{}</text></svg>",
            xml_escape(desc)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_widths_count_full_width_characters_as_one_em() {
        assert_eq!(text_width("通所", 13), 26);
        assert_eq!(text_width("ab", 10), 12);
        assert_eq!(text_width("低位〜高位", 13), 65);
        assert_eq!(text_width("", 13), 0);
        assert_eq!(text_width("全体（1,500円）", 10), 5 * 10 + 5 * 6);
    }

    #[test]
    fn finish_inserts_accessibility_once() {
        let out = finish_svg(
            "<svg width=\"1\" viewBox=\"0 0 1 1\"><rect/></svg>".into(),
            "T<",
            "D&",
        );
        assert!(out.starts_with("<svg width=\"1\" viewBox=\"0 0 1 1\" role=\"img\""));
        assert!(out.contains("<title>T&lt;</title><desc>D&amp;</desc><rect/>"));
        let fallback = finish_svg(String::new(), "T", "<b>");
        assert!(fallback.contains("&lt;b&gt;") && fallback.contains("role=\"img\""));
    }
}
