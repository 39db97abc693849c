//! The A4 proposal (print or PDF): facility, date, results with their formulas,
//! charts, costs and payback, every input, the methodology and the disclaimer —
//! the figures on screen, in the chosen language.

use crate::charts::{cumulative_chart, monthly_chart};
use crate::i18n::Lang;
use crate::model::sources::SOURCES;
use crate::timestudy::workday::by_role;
use crate::timestudy::Phase;
use crate::ui::browser::today;
use crate::ui::printed::{headline, inputs_table, lines_table};
use crate::ui::state::AppState;
use crate::ui::study_results::{role_tables, saving_lines, study_chart_svg, summary_rows};
use crate::ui::table::text_table;
use crate::ui::text::tr;
use leptos::prelude::*;

/// Width the printed charts are drawn at, in CSS pixels (scaled to the page).
const PRINT_CHART_WIDTH: u32 = 680;

#[component]
pub fn PrintView() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.timestudy.open();
    // The study's results as the screen counted them, with any change still
    // waiting counted now (the print cannot wait for the study to be still).
    state.timestudy.count_now();
    let study = state.timestudy.results();
    let AppState {
        lang,
        scenario,
        facility,
        results,
        econ,
        ..
    } = state;
    view! {
        <article class="print" data-testid="print-view">
            <h1>{tr(lang, Lang::print_title)}</h1>
            <p class="meta" data-testid="print-meta">{move || lang.get().print_meta(&facility.get(), &today())}</p>
            <section>
                <h2>{tr(lang, Lang::results_heading)}</h2>
                <p class="headline">{move || results.with(|r| headline(lang.get(), r))}</p>
                {move || scenario.with(|s| results.with(|r| lines_table(lang.get(), s, r)))}
                <div class="chart" inner_html=move || { let l = lang.get(); scenario.with(|s| results.with(|r| monthly_chart(r, &l, PRINT_CHART_WIDTH, crate::model::ranges(s, r)))) }></div>
                <p class="disclaimer">{tr(lang, Lang::method_disclaimer)}</p>
            </section>
            <section class="page-break">
                <h2>{tr(lang, Lang::net_heading)}</h2>
                <table>
                    <tbody>
                        {move || { let l = lang.get(); let e = econ.get(); [
                            (l.running_label(), l.yen(e.running_monthly)),
                            (l.onetime_total_label(), l.yen(e.onetime_total)),
                            (l.subsidy_label(), l.yen(e.subsidy_yen)),
                            (l.net_monthly_label(), l.signed_yen(e.net_monthly)),
                            (l.net_yearly_label(), l.signed_yen(e.net_yearly)),
                            (l.payback_label(), l.payback_figure(e.payback)),
                            (l.breakeven_label(), l.breakeven_figure(e.breakeven)),
                        ].into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td class="num">{v}</td></tr> }).collect_view() }}
                    </tbody>
                </table>
                <p>{tr(lang, Lang::net_formula)}</p>
                <div class="chart" inner_html=move || { let l = lang.get(); scenario.with(|s| econ.with(|e| cumulative_chart(e, s, &l, PRINT_CHART_WIDTH))) }></div>
            </section>
            <section class="page-break">
                <h2>{tr(lang, Lang::inputs_heading)}</h2>
                {move || scenario.with(|s| inputs_table(lang.get(), s))}
            </section>
            // The facility's own time study, when it has one: the summary per task
            // and phase and the measured saving, with the method.
            {move || {
                let l = lang.get();
                let any = state.timestudy.study.with(|st| !st.records.is_empty());
                study.evidence.with(|ev| any.then(|| {
                    let after = ev.latest_after().unwrap_or(Phase::After1);
                    view! {
                        <section class="page-break" data-testid="print-timestudy">
                            <h2>{l.ts_print_heading()}</h2>
                            <p>{ev.phases.iter().map(|(p, o)| format!("{}{}{}", l.ts_phase(*p), l.colon(), l.ts_phase_overview(o))).collect::<Vec<_>>().join(l.gap())}</p>
                            {text_table("print-timestudy-summary", "", &l.ts_columns(), summary_rows(ev, l), "")}
                            {role_tables(["print-timestudy-roles", "print-timestudy-roles-b13"], &state.timestudy.study.with_untracked(by_role), l)}
                            <div class="chart" inner_html=study_chart_svg(ev, l, PRINT_CHART_WIDTH)></div>
                            <ul>{saving_lines(ev, after, l).into_iter().map(|(_, t)| view! { <li>{t}</li> }).collect_view()}</ul>
                            <p class="disclaimer">{l.ts_method()}</p>
                            <p class="disclaimer">{l.ts_guideline()}</p>
                            <p class="disclaimer" data-testid="print-timestudy-addon">{state.scenario.with(|s| l.ts_addon(s.services))}</p>
                        </section>
                    }
                }))
            }}
            <section>
                <h2>{tr(lang, Lang::method_heading)}</h2>
                <ol>{move || lang.get().method_formulas().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ol>
                <ul>{move || { let l = lang.get(); SOURCES.iter().map(|src| view! {
                    <li><strong>{l.status_name(src.status)}</strong>" "{l.pick(src.what.0, src.what.1)}" — "{l.pick(src.origin.0, src.origin.1)}</li>
                }).collect_view() }}</ul>
                <p class="disclaimer">{tr(lang, Lang::method_disclaimer)}</p>
            </section>
        </article>
    }
}
