//! The calculator screen: service toggles, inputs per savings line with their
//! filled-in formula, the headline and the monthly chart. Formats; computes nothing.

use crate::charts::monthly_chart;
use crate::i18n::Lang;
use crate::model::{Field, Flag, Line, Results, Service};
use crate::ui::chart_box::ChartBox;
use crate::ui::field::NumberField;
use crate::ui::state::AppState;
use crate::ui::text::{items, tr, tr_with};
use leptos::prelude::*;

#[component]
pub fn Calculator() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="calc">
            <section class="inputs" aria-labelledby="inputs-heading">
                <h2 id="inputs-heading" class="visually-hidden">{tr(lang, Lang::inputs_heading)}</h2>
                <div class="basics">
                    <ServiceToggles />
                    <div class="basics-fields">
                        <NumberField field=Field::Wage />
                    </div>
                </div>
                {Line::ALL.into_iter().map(|line| view! { <LineCard line /> }).collect_view()}
            </section>
            <ResultsPanel />
        </div>
    }
}

#[component]
fn ServiceToggles() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <fieldset class="services">
            <legend>{tr(lang, Lang::services_legend)}</legend>
            {Service::ALL
                .into_iter()
                .map(|s| {
                    let flag = Flag::service(s);
                    let on = move || state.scenario.with(|sc| flag.get(sc));
                    view! {
                        <label class="toggle" class:on=on>
                            <input
                                type="checkbox"
                                data-testid=flag.testid()
                                checked=untrack(on)
                                prop:checked=on
                                on:change=move |ev| state.set_flag(flag, event_target_checked(&ev))
                            />
                            <span class="toggle-name">{tr_with(lang, s, Lang::service_name)}</span>
                            <span class="toggle-hint">{tr_with(lang, s, Lang::service_hint)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A savings line: its inputs, its formula in words and filled in, its figure.
#[component]
fn LineCard(line: Line) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let included = move || state.scenario.with(|s| s.services.includes(line));
    let result = move || state.results.with(|r| *r.line(line));
    let scope_class = format!("scope scope-{}", line.service().map_or("all", Service::key));
    view! {
        <section class="line-card" class:excluded=move || !included() aria-labelledby=format!("title-{}", line.key())>
            <header class="line-head">
                <span class=scope_class>{move || lang.get().scope_name(line.service())}</span>
                <h3 id=format!("title-{}", line.key())>{tr_with(lang, line, Lang::line_title)}</h3>
                <span class="line-figure">
                    <span class="compact">
                        {move || if included() { lang.get().yen_compact(result().yen_month) } else { lang.get().excluded().to_string() }}
                    </span>
                    <span class="exact" data-testid=format!("result-{}-monthly", line.key())>
                        {move || lang.get().yen(result().yen_month)}
                    </span>
                    <span class="per">{tr(lang, Lang::per_month_suffix)}</span>
                </span>
            </header>
            <p class="excluded-hint" hidden=included>{tr(lang, Lang::excluded_hint)}</p>
            <div class="line-body" hidden=move || !included()>
                <p class="line-help">{tr_with(lang, line, Lang::line_help)}</p>
                <div class="fields">
                    {line.fields().iter().map(|f| view! { <NumberField field=*f /> }).collect_view()}
                </div>
                <p class="formula-words">{tr_with(lang, line, Lang::formula_words)}</p>
                <p class="formula" data-testid=format!("formula-{}", line.key())>
                    {move || state.scenario.with(|s| lang.get().filled_formula(line, s, result().yen_month))}
                </p>
            </div>
        </section>
    }
}

#[component]
fn ResultsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let total = move || state.results.with(|r| r.total);
    let cash = move || state.results.with(|r| r.line(Line::Printing).yen_month);
    let chart = Callback::new(move |w: u32| {
        state.results.with(|r: &Results| {
            let ranges = state.scenario.with(|s| crate::model::ranges(s, r));
            monthly_chart(r, &lang.get(), w, ranges)
        })
    });
    view! {
        <section class="results" class:stale=move || state.stale.get() aria-labelledby="results-heading" aria-live="polite">
            <h2 id="results-heading">{tr(lang, Lang::results_heading)}</h2>
            <p class="stale-banner" data-testid="stale-banner" role="status" hidden=move || !state.stale.get()>
                {tr(lang, Lang::stale_banner)}
            </p>
            <div class="headline">
                <div class="big">
                    <span class="label">{tr(lang, Lang::per_month)}</span>
                    <span class="value" data-testid="result-total-monthly">{move || lang.get().yen(total().yen_month)}</span>
                    <span class="compact">{move || lang.get().yen_compact(total().yen_month)}</span>
                </div>
                <dl class="stats">
                    <div>
                        <dt>{tr(lang, Lang::per_year)}</dt>
                        <dd>
                            <span data-testid="result-total-yearly">{move || lang.get().yen(total().yen_year)}</span>
                            <small>{move || lang.get().yen_compact(total().yen_year)}</small>
                        </dd>
                    </div>
                    <div>
                        <dt>{tr(lang, Lang::hours_freed)}</dt>
                        <dd>
                            <span data-testid="result-total-hours">{move || lang.get().hours(total().hours_tenths)}</span>
                            <small>{tr(lang, Lang::per_month_suffix)}</small>
                        </dd>
                    </div>
                    <div>
                        <dt>{tr(lang, Lang::fte)}</dt>
                        <dd>
                            <span data-testid="result-total-fte">{move || lang.get().fte_value(total().fte_tenths)}</span>
                            <small>{move || lang.get().fte_note(state.scenario.with(|s| s.hours_per_fte))}</small>
                        </dd>
                    </div>
                </dl>
                <p class="split">{move || lang.get().headline_split(cash(), total().yen_month.saturating_sub(cash()))}</p>
            </div>
            <figure class="chart">
                <figcaption>{tr(lang, Lang::chart_title)}</figcaption>
                <ChartBox testid="chart-monthly" render=chart />
            </figure>
            <details class="assumptions">
                <summary>{move || lang.get().field_label(Field::HoursPerFte)}</summary>
                <NumberField field=Field::HoursPerFte />
            </details>
            <aside class="claims">
                <h3>{tr(lang, Lang::claims_heading)}</h3>
                <ul>{items(lang, Lang::claims)}</ul>
            </aside>
            <p class="disclaimer">{tr(lang, Lang::disclaimer)}</p>
            // On phones the inputs push the results below the fold: keep the total in view.
            <div class="mobile-total" aria-hidden="true">
                <span>{tr(lang, Lang::per_month)}</span>
                <strong>{move || lang.get().yen(total().yen_month)}</strong>
                <span>{move || lang.get().yen_compact(total().yen_month)}</span>
            </div>
        </section>
    }
}
