//! The words and number formats a chart needs, supplied by the caller (the i18n
//! layer implements this for each language), so that drawing depends on the
//! model only. Charts take `&dyn Words`: one drawing routine for every language.

use crate::model::{Field, Line, Payback, Service};

pub trait Words {
    /// Exact yen: `519,000円`.
    fn yen(&self, v: u64) -> String;
    /// Rounded for an axis or a bar: `51.9万円`.
    fn yen_compact(&self, v: u64) -> String;
    /// Exact, with a sign when negative.
    fn signed_yen(&self, v: i64) -> String;
    /// Rounded, with a sign when negative.
    fn signed_compact(&self, v: i64) -> String;
    /// An axis month: `12か月`.
    fn months_short(&self, m: u64) -> String;
    /// A line's short name (`申し送り`).
    fn line_short(&self, l: Line) -> &'static str;
    /// `通所` … or facility-wide for `None`.
    fn scope_name(&self, s: Option<Service>) -> &'static str;
    /// A name with its scope: `申し送り（入所）`, `Handover (Residential)`.
    fn with_scope(&self, name: &str, s: Option<Service>) -> String;
    /// An input's name, with its line where that is needed to tell it apart.
    fn field_name(&self, f: Field) -> String;
    /// A line whose service type is not selected.
    fn excluded(&self) -> &'static str;
    fn per_month(&self) -> &'static str;
    fn net_monthly_label(&self) -> &'static str;
    /// Monthly chart: its title and the total bar's label.
    fn chart_title(&self) -> &'static str;
    fn chart_total(&self) -> &'static str;
    /// The low–high whisker's legend.
    fn range_band(&self) -> &'static str;
    fn compare_heading(&self) -> &'static str;
    /// The 法人 chart's title.
    fn group_chart_title(&self) -> &'static str;
    fn cumulative_title(&self) -> &'static str;
    fn cumulative_value(&self) -> &'static str;
    fn cumulative_cost(&self) -> &'static str;
    fn payback_sentence(&self, p: Payback) -> String;
    fn breakeven_marker(&self, month: u64) -> String;
    fn tornado_title(&self) -> &'static str;
    fn tornado_empty(&self) -> &'static str;
    fn tornado_down(&self, step: u64) -> String;
    fn tornado_up(&self, step: u64) -> String;
    fn tornado_base(&self, base: i64) -> String;
    /// Between the two ends of a range in words: `〜`, or `to`.
    fn range_to(&self) -> &'static str;
}
