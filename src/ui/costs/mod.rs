//! The costs-and-payback screen: licence, one-time costs, subsidy, how much of the
//! saving counts, retention; net value, payback, break-even and two charts.

use crate::charts::{cumulative_chart, tornado_chart};
use crate::i18n::Lang;
use crate::model::costs::CONSERVATIVE_REALIZATION;
use crate::model::{Field, Flag, Num, Plan};
use crate::route::Screen;
use crate::ui::chart_box::ChartBox;
use crate::ui::field::{Check, NumberField};
use crate::ui::measured::measured_list;
use crate::ui::state::AppState;
use crate::ui::text::{tr, tr_with};
use leptos::prelude::*;

#[component]
pub fn CostsScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let costs = move || state.scenario.with(|s| s.costs);
    let econ = state.econ;
    view! {
        <div class="calc costs">
            <section class="inputs" aria-labelledby="costs-heading">
                <h2 id="costs-heading" class="visually-hidden">{tr_with(lang, Screen::Costs, Lang::screen_name)}</h2>
                <section class="card">
                    <h3>{tr(lang, Lang::license_heading)}</h3>
                    <div class="fields">
                        // The plan's name is long: its field takes the whole row.
                        <div class="field wide">
                            <label for="input-license-plan">{tr(lang, Lang::plan_label)}</label>
                            <select
                                id="input-license-plan"
                                data-testid="input-license-plan"
                                prop:value=move || costs().license.plan.key()
                                on:change=move |ev| {
                                    if let Some(p) = Plan::from_key(&event_target_value(&ev)) {
                                        state.set_plan(p);
                                    }
                                }
                            >
                                {Plan::ALL
                                    .into_iter()
                                    .map(|p| view! { <option value=p.key()>{tr_with(lang, p, Lang::plan_name)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <NumberField field=Field::LicensePrice />
                        <NumberField field=Field::LicenseUsers />
                    </div>
                    <p class="source">{tr(lang, Lang::license_source)}</p>
                    <fieldset class="checks">
                        <legend>{tr(lang, Lang::needs_heading)}</legend>
                        <Check flag=Flag::NeedsLineTalk />
                        <Check flag=Flag::NeedsAuditDownload />
                    </fieldset>
                    <div class="warnings" data-testid="warnings" aria-live="polite">
                        {move || econ.with(|e| e.warnings.iter().map(|w| view! { <p>{lang.get().warning(*w)}</p> }).collect_view())}
                    </div>
                </section>

                <section class="card">
                    <h3>{tr(lang, Lang::onetime_heading)}</h3>
                    <p class="sub">{tr(lang, Lang::setup_heading)}</p>
                    <div class="fields">
                        <NumberField field=Field::SetupApplyMinutes />
                        <NumberField field=Field::SetupRosterMinutes />
                        <NumberField field=Field::SetupPerUserMinutes />
                    </div>
                    <p class="formula" data-testid="result-setup">
                        {move || econ.with(|e| lang.get().setup_line(e.setup_minutes_hundredths, e.setup_yen))}
                    </p>
                    <div class="fields">
                        <NumberField field=Field::DevicesCount />
                        <NumberField field=Field::DevicesPrice />
                        <NumberField field=Field::OnetimeOther />
                    </div>
                </section>

                <section class="card">
                    <h3>{tr(lang, Lang::subsidy_heading)}</h3>
                    <Check flag=Flag::SubsidyEnabled />
                    <p class="source warn">{tr(lang, Lang::subsidy_note)}</p>
                    <div hidden=move || !costs().subsidy.enabled>
                        <div class="fields">
                            <NumberField field=Field::SubsidyRate />
                            <NumberField field=Field::SubsidyCap1 />
                            <NumberField field=Field::SubsidyCap2 />
                            <NumberField field=Field::SubsidyCap3 />
                            <NumberField field=Field::SubsidyCap4 />
                        </div>
                        <fieldset class="checks">
                            <legend>{tr(lang, Lang::eligible_heading)}</legend>
                            <Check flag=Flag::EligibleDevices />
                            <Check flag=Flag::EligibleOther />
                            <Check flag=Flag::EligibleSetup />
                            <Check flag=Flag::EligibleLicenseYear />
                        </fieldset>
                    </div>
                </section>

                <section class="card">
                    <h3>{tr(lang, Lang::value_heading)}</h3>
                    <div class="fields">
                        <NumberField field=Field::Realization />
                        <div class="field buttons">
                            <button type="button" data-testid="realization-conservative" on:click=move |_| state.set_value(Field::Realization, CONSERVATIVE_REALIZATION)>
                                {tr(lang, Lang::conservative)}
                            </button>
                            <button type="button" data-testid="realization-full" on:click=move |_| state.set_value(Field::Realization, Num::whole(100))>
                                {tr(lang, Lang::as_brochure)}
                            </button>
                        </div>
                    </div>
                    {measured_list("costs-measured", Lang::costs_measured_lead)}
                    <div class="fields">
                        <NumberField field=Field::RangeLow />
                        <NumberField field=Field::RangeHigh />
                        <NumberField field=Field::Sensitivity />
                        <NumberField field=Field::BreakevenDays />
                    </div>
                </section>

                <section class="card">
                    <h3>{tr(lang, Lang::retention_heading)}</h3>
                    <Check flag=Flag::RetentionEnabled />
                    <div hidden=move || !costs().retention.enabled>
                        <div class="fields">
                            <NumberField field=Field::RetentionRate />
                            <NumberField field=Field::RetentionCost />
                            <NumberField field=Field::RetentionReduction />
                        </div>
                        <p class="source">{tr(lang, Lang::retention_note)}</p>
                    </div>
                    <p class="source">{tr(lang, Lang::retention_claim)}</p>
                </section>
            </section>

            <PaybackPanel />
        </div>
    }
}

#[component]
fn PaybackPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let econ = state.econ;
    let e = move || econ.get();
    let cumulative = Callback::new(move |w: u32| {
        state
            .scenario
            .with(|s| econ.with(|e| cumulative_chart(e, s, &lang.get(), w)))
    });
    let tornado = Callback::new(move |w: u32| {
        let step = state
            .scenario
            .with(|s| s.costs.sensitivity.hundredths() / 100);
        state
            .tornado
            .with(|(base, bars)| tornado_chart(*base, bars, step, &lang.get(), w))
    });
    view! {
        <section class="results" class:stale=move || state.stale.get() aria-labelledby="net-heading">
            <h2 id="net-heading">{tr(lang, Lang::net_heading)}</h2>
            <p class="stale-banner" role="status" hidden=move || !state.stale.get()>{tr(lang, Lang::stale_banner)}</p>
            <div class="headline">
                <div class="big">
                    <span class="label">{tr(lang, Lang::net_monthly_label)}</span>
                    <span class="value" class:negative=move || e().net_monthly < 0 data-testid="result-net-monthly">
                        {move || lang.get().signed_yen(e().net_monthly)}
                    </span>
                    <span class="compact">{move || lang.get().signed_compact(e().net_monthly)}</span>
                </div>
                <p class="range" data-testid="result-net-range">{move || lang.get().range_line(e().net_range.low, e().net_range.high)}</p>
                <dl class="stats">
                    <div>
                        <dt>{tr(lang, Lang::net_yearly_label)}</dt>
                        <dd><span data-testid="result-net-yearly">{move || lang.get().signed_yen(e().net_yearly)}</span></dd>
                    </div>
                    <div>
                        <dt>{tr(lang, Lang::payback_label)}</dt>
                        <dd><span data-testid="result-payback-months">{move || lang.get().payback_figure(e().payback)}</span></dd>
                    </div>
                    <div>
                        <dt>{tr(lang, Lang::breakeven_label)}</dt>
                        <dd><span data-testid="result-breakeven-minutes">{move || lang.get().breakeven_figure(e().breakeven)}</span></dd>
                    </div>
                    <div>
                        <dt>{tr(lang, Lang::onetime_total_label)}</dt>
                        <dd>
                            <span data-testid="result-onetime-total">{move || lang.get().yen(e().onetime_total)}</span>
                            <small hidden=move || e().subsidy_yen == 0>
                                {tr(lang, Lang::subsidy_label)} " −" <span data-testid="result-subsidy">{move || lang.get().yen(e().subsidy_yen)}</span>
                                " → " <span data-testid="result-onetime-net">{move || lang.get().signed_yen(e().onetime_net)}</span>
                            </small>
                        </dd>
                    </div>
                    <div>
                        <dt>{tr(lang, Lang::running_label)}</dt>
                        <dd><span data-testid="result-running-monthly">{move || lang.get().yen(e().running_monthly)}</span></dd>
                    </div>
                </dl>
                <p class="split" data-testid="breakeven-sentence">
                    {move || state.scenario.with(|s| lang.get().breakeven_sentence(e().breakeven, s.costs.license.price, s.wage))}
                </p>
                <ul class="kinds">
                    <li data-testid="result-cash-monthly">{move || lang.get().cash_line(e().printing_monthly, e().license_monthly, e().cash_monthly)}</li>
                    <li data-testid="result-time-value">
                        {move || state.scenario.with(|s| lang.get().time_line(e().time_monthly, s.costs.realization, e().time_value_monthly))}
                    </li>
                    <li hidden=move || e().retention_monthly == 0>{move || lang.get().retention_line(e().retention_monthly)}</li>
                </ul>
                <p class="split">{tr(lang, Lang::net_formula)}</p>
                <p class="payback-sentence" data-testid="payback-sentence">{move || lang.get().payback_sentence(e().payback)}</p>
            </div>
            <figure class="chart">
                <figcaption>{tr(lang, Lang::cumulative_title)}</figcaption>
                <ChartBox testid="chart-cumulative" render=cumulative />
            </figure>
            <figure class="chart">
                <figcaption>{tr(lang, Lang::tornado_title)}</figcaption>
                <ChartBox testid="chart-tornado" render=tornado />
            </figure>
            <p class="disclaimer">{tr(lang, Lang::disclaimer)}</p>
        </section>
    }
}
