//! What every printed page draws the same way, whichever document it is in (the
//! proposal of one facility, a facility's page of the 法人's board paper): the
//! headline figures, the savings lines with their formulas filled in, and every
//! input in use.

use crate::i18n::{format_num, Lang};
use crate::model::{Line, Results, Scenario};
use crate::report;
use leptos::prelude::*;

/// `月あたり 519,000円（51.9万円）　年あたり … 　削減時間 … 　人員換算 …`.
pub fn headline(l: Lang, r: &Results) -> String {
    let (t, g) = (r.total, l.gap());
    format!(
        "{} {}{}{g}{} {}{g}{} {}{g}{} {}",
        l.per_month(),
        l.yen(t.yen_month),
        l.bracket(&l.yen_compact(t.yen_month)),
        l.per_year(),
        l.yen(t.yen_year),
        l.hours_freed(),
        l.hours(t.hours_tenths),
        l.fte(),
        l.fte_value(t.fte_tenths)
    )
}

/// Each savings line: its name, its formula with the figures, its yen a month (an
/// excluded line says so, with neither formula nor figure).
pub fn lines_table(l: Lang, s: &Scenario, r: &Results) -> AnyView {
    let rows = Line::ALL
        .into_iter()
        .map(|line| {
            let lr = *r.line(line);
            let (formula, yen) = if lr.included {
                (l.filled_formula(line, s, lr.yen_month), l.yen(lr.yen_month))
            } else {
                (l.excluded().to_string(), "―".to_string())
            };
            view! { <tr><th scope="row">{l.line_title(line)}</th><td>{formula}</td><td class="num">{yen}</td></tr> }
        })
        .collect_view();
    view! { <table><tbody>{rows}</tbody></table> }.into_any()
}

/// What is counted first (service types, plan, subsidy, retention), then only the
/// figures in use: a figure of an excluded service or of a module that is off is
/// no part of the estimate.
pub fn inputs_table(l: Lang, s: &Scenario) -> AnyView {
    let rows = report::input_rows(s, l, format_num)
        .into_iter()
        .map(|[k, v, unit]| view! { <tr><th scope="row">{k}</th><td class="num">{v}</td><td>{unit}</td></tr> })
        .collect_view();
    view! { <table class="inputs"><tbody>{rows}</tbody></table> }.into_any()
}
