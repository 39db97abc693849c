//! The chart words of each language (`charts::Words`), delegating to the
//! screens' own words so a chart and the page beside it always agree.

use super::Lang;
use crate::charts::Words;
use crate::model::{Field, Line, Payback, Service};

impl Words for Lang {
    fn range_to(&self) -> &'static str {
        self.pick("〜", "to")
    }

    fn yen(&self, v: u64) -> String {
        Lang::yen(*self, v)
    }
    fn yen_compact(&self, v: u64) -> String {
        Lang::yen_compact(*self, v)
    }
    fn signed_yen(&self, v: i64) -> String {
        Lang::signed_yen(*self, v)
    }
    fn signed_compact(&self, v: i64) -> String {
        Lang::signed_compact(*self, v)
    }
    fn months_short(&self, m: u64) -> String {
        Lang::months_short(*self, m)
    }
    fn line_short(&self, l: Line) -> &'static str {
        Lang::line_short(*self, l)
    }
    fn scope_name(&self, s: Option<Service>) -> &'static str {
        Lang::scope_name(*self, s)
    }
    fn with_scope(&self, name: &str, s: Option<Service>) -> String {
        Lang::with_scope(*self, name, s)
    }
    fn field_name(&self, f: Field) -> String {
        Lang::field_name(*self, f)
    }
    fn excluded(&self) -> &'static str {
        Lang::excluded(*self)
    }
    fn per_month(&self) -> &'static str {
        Lang::per_month(*self)
    }
    fn net_monthly_label(&self) -> &'static str {
        Lang::net_monthly_label(*self)
    }
    fn chart_title(&self) -> &'static str {
        Lang::chart_title(*self)
    }
    fn chart_total(&self) -> &'static str {
        Lang::chart_total(*self)
    }
    fn range_band(&self) -> &'static str {
        Lang::range_band(*self)
    }
    fn compare_heading(&self) -> &'static str {
        Lang::compare_heading(*self)
    }
    fn group_chart_title(&self) -> &'static str {
        Lang::group_chart_title(*self)
    }
    fn cumulative_title(&self) -> &'static str {
        Lang::cumulative_title(*self)
    }
    fn cumulative_value(&self) -> &'static str {
        Lang::cumulative_value(*self)
    }
    fn cumulative_cost(&self) -> &'static str {
        Lang::cumulative_cost(*self)
    }
    fn payback_sentence(&self, p: Payback) -> String {
        Lang::payback_sentence(*self, p)
    }
    fn breakeven_marker(&self, month: u64) -> String {
        Lang::breakeven_marker(*self, month)
    }
    fn tornado_title(&self) -> &'static str {
        Lang::tornado_title(*self)
    }
    fn tornado_empty(&self) -> &'static str {
        Lang::tornado_empty(*self)
    }
    fn tornado_down(&self, step: u64) -> String {
        Lang::tornado_down(*self, step)
    }
    fn tornado_up(&self, step: u64) -> String {
        Lang::tornado_up(*self, step)
    }
    fn tornado_base(&self, base: i64) -> String {
        Lang::tornado_base(*self, base)
    }
}
