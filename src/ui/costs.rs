//! The costs-and-payback screen: licence, one-time costs, subsidy, how much of the
//! saving counts, retention; net value, payback, break-even and two charts.

use super::calculator::NumberField;
use super::chart_box::ChartBox;
use super::state::Calc;
use crate::charts::{cumulative_chart, tornado_chart};
use crate::i18n::Lang;
use crate::model::costs::{Costs, CONSERVATIVE_REALIZATION};
use crate::model::{Field, Num, Plan};
use leptos::prelude::*;

/// A yes/no option of the costs.
#[component]
fn Check(
    testid: &'static str,
    label: fn(Lang) -> &'static str,
    get: fn(&Costs) -> bool,
    set: fn(&mut Costs, bool),
) -> impl IntoView {
    let calc = expect_context::<Calc>();
    let lang = calc.lang;
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-testid=testid
                prop:checked=move || calc.scenario.with(|s| get(&s.costs))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    calc.update_costs(|c| set(c, on));
                }
            />
            <span>{move || label(lang.get())}</span>
        </label>
    }
}

#[component]
pub fn CostsScreen() -> impl IntoView {
    let calc = expect_context::<Calc>();
    let lang = calc.lang;
    let costs = move || calc.scenario.with(|s| s.costs);
    let econ = calc.econ;
    view! {
        <div class="calc costs">
            <section class="inputs" aria-labelledby="costs-heading">
                <h2 id="costs-heading" class="visually-hidden">{move || lang.get().tab_name(1)}</h2>
                <section class="card">
                    <h3>{move || lang.get().license_heading()}</h3>
                    <div class="fields">
                        <div class="field">
                            <label for="input-license-plan">{move || lang.get().plan_label()}</label>
                            <select
                                id="input-license-plan"
                                data-testid="input-license-plan"
                                prop:value=move || costs().license.plan.key()
                                on:change=move |ev| {
                                    if let Some(p) = Plan::from_key(&event_target_value(&ev)) {
                                        calc.set_plan(p);
                                    }
                                }
                            >
                                {Plan::ALL
                                    .into_iter()
                                    .map(|p| view! { <option value=p.key()>{move || lang.get().plan_name(p)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <NumberField field=Field::LicensePrice />
                        <NumberField field=Field::LicenseUsers />
                    </div>
                    <p class="source">{move || lang.get().license_source()}</p>
                    <fieldset class="checks">
                        <legend>{move || lang.get().needs_heading()}</legend>
                        <Check testid="needs-line-talk" label=Lang::needs_line_talk get=|c| c.license.needs_line_talk set=|c, on| c.license.needs_line_talk = on />
                        <Check testid="needs-audit-download" label=Lang::needs_audit get=|c| c.license.needs_audit_download set=|c, on| c.license.needs_audit_download = on />
                    </fieldset>
                    <div class="warnings" data-testid="warnings" aria-live="polite">
                        {move || econ.with(|e| e.warnings.iter().map(|w| view! { <p>{lang.get().warning(*w)}</p> }).collect_view())}
                    </div>
                </section>

                <section class="card">
                    <h3>{move || lang.get().onetime_heading()}</h3>
                    <p class="sub">{move || lang.get().setup_heading()}</p>
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
                    <h3>{move || lang.get().subsidy_heading()}</h3>
                    <Check testid="input-subsidy-enabled" label=Lang::subsidy_enable get=|c| c.subsidy.enabled set=|c, on| c.subsidy.enabled = on />
                    <p class="source warn">{move || lang.get().subsidy_note()}</p>
                    <div hidden=move || !costs().subsidy.enabled>
                        <div class="fields">
                            <NumberField field=Field::SubsidyRate />
                            <NumberField field=Field::SubsidyCap1 />
                            <NumberField field=Field::SubsidyCap2 />
                            <NumberField field=Field::SubsidyCap3 />
                            <NumberField field=Field::SubsidyCap4 />
                        </div>
                        <fieldset class="checks">
                            <legend>{move || lang.get().eligible_heading()}</legend>
                            <Check testid="subsidy-eligible-devices" label=|l| l.eligible_name(0) get=|c| c.subsidy.eligible_devices set=|c, on| c.subsidy.eligible_devices = on />
                            <Check testid="subsidy-eligible-other" label=|l| l.eligible_name(1) get=|c| c.subsidy.eligible_other set=|c, on| c.subsidy.eligible_other = on />
                            <Check testid="subsidy-eligible-setup" label=|l| l.eligible_name(2) get=|c| c.subsidy.eligible_setup set=|c, on| c.subsidy.eligible_setup = on />
                            <Check testid="subsidy-eligible-license" label=|l| l.eligible_name(3) get=|c| c.subsidy.eligible_license_year set=|c, on| c.subsidy.eligible_license_year = on />
                        </fieldset>
                    </div>
                </section>

                <section class="card">
                    <h3>{move || lang.get().value_heading()}</h3>
                    <div class="fields">
                        <NumberField field=Field::Realization />
                        <div class="field buttons">
                            <button type="button" data-testid="realization-conservative" on:click=move |_| calc.set_value(Field::Realization, CONSERVATIVE_REALIZATION)>
                                {move || lang.get().conservative()}
                            </button>
                            <button type="button" data-testid="realization-full" on:click=move |_| calc.set_value(Field::Realization, Num::whole(100))>
                                {move || lang.get().as_brochure()}
                            </button>
                        </div>
                    </div>
                    <div class="fields">
                        <NumberField field=Field::RangeLow />
                        <NumberField field=Field::RangeHigh />
                        <NumberField field=Field::Sensitivity />
                        <NumberField field=Field::BreakevenDays />
                    </div>
                </section>

                <section class="card">
                    <h3>{move || lang.get().retention_heading()}</h3>
                    <Check testid="retention-enabled" label=Lang::retention_enable get=|c| c.retention.enabled set=|c, on| c.retention.enabled = on />
                    <div hidden=move || !costs().retention.enabled>
                        <div class="fields">
                            <NumberField field=Field::RetentionRate />
                            <NumberField field=Field::RetentionCost />
                            <NumberField field=Field::RetentionReduction />
                        </div>
                        <p class="source">{move || lang.get().retention_note()}</p>
                    </div>
                    <p class="source">{move || lang.get().retention_claim()}</p>
                </section>
            </section>

            <PaybackPanel />
        </div>
    }
}

#[component]
fn PaybackPanel() -> impl IntoView {
    let calc = expect_context::<Calc>();
    let lang = calc.lang;
    let econ = calc.econ;
    let e = move || econ.get();
    let cumulative = Callback::new(move |w: u32| {
        calc.scenario
            .with(|s| econ.with(|e| cumulative_chart(e, s, lang.get(), w)))
    });
    let tornado = Callback::new(move |w: u32| {
        let step = calc
            .scenario
            .with(|s| s.costs.sensitivity.hundredths() / 100);
        calc.tornado
            .with(|(base, bars)| tornado_chart(*base, bars, step, lang.get(), w))
    });
    view! {
        <section class="results" class:stale=move || calc.stale.get() aria-labelledby="net-heading">
            <h2 id="net-heading">{move || lang.get().net_heading()}</h2>
            <p class="stale-banner" role="status" hidden=move || !calc.stale.get()>{move || lang.get().stale_banner()}</p>
            <div class="headline">
                <div class="big">
                    <span class="label">{move || lang.get().net_monthly_label()}</span>
                    <span class="value" class:negative=move || e().net_monthly < 0 data-testid="result-net-monthly">
                        {move || lang.get().signed_yen(e().net_monthly)}
                    </span>
                    <span class="compact">{move || lang.get().signed_compact(e().net_monthly)}</span>
                </div>
                <p class="range" data-testid="result-net-range">{move || lang.get().range_line(e().net_range.low, e().net_range.high)}</p>
                <dl class="stats">
                    <div>
                        <dt>{move || lang.get().net_yearly_label()}</dt>
                        <dd><span data-testid="result-net-yearly">{move || lang.get().signed_yen(e().net_yearly)}</span></dd>
                    </div>
                    <div>
                        <dt>{move || lang.get().payback_label()}</dt>
                        <dd><span data-testid="result-payback-months">{move || lang.get().payback_figure(e().payback)}</span></dd>
                    </div>
                    <div>
                        <dt>{move || lang.get().breakeven_label()}</dt>
                        <dd><span data-testid="result-breakeven-minutes">{move || lang.get().breakeven_figure(e().breakeven)}</span></dd>
                    </div>
                    <div>
                        <dt>{move || lang.get().onetime_total_label()}</dt>
                        <dd>
                            <span data-testid="result-onetime-total">{move || lang.get().yen(e().onetime_total)}</span>
                            <small hidden=move || e().subsidy_yen == 0>
                                {move || lang.get().subsidy_label()} " −" <span data-testid="result-subsidy">{move || lang.get().yen(e().subsidy_yen)}</span>
                                " → " <span data-testid="result-onetime-net">{move || lang.get().signed_yen(e().onetime_net)}</span>
                            </small>
                        </dd>
                    </div>
                    <div>
                        <dt>{move || lang.get().running_label()}</dt>
                        <dd><span data-testid="result-running-monthly">{move || lang.get().yen(e().running_monthly)}</span></dd>
                    </div>
                </dl>
                <p class="split" data-testid="breakeven-sentence">
                    {move || calc.scenario.with(|s| lang.get().breakeven_sentence(e().breakeven, s.costs.license.price, s.wage))}
                </p>
                <ul class="kinds">
                    <li data-testid="result-cash-monthly">{move || lang.get().cash_line(e().printing_monthly, e().license_monthly, e().cash_monthly)}</li>
                    <li data-testid="result-time-value">
                        {move || calc.scenario.with(|s| lang.get().time_line(e().time_monthly, s.costs.realization, e().time_value_monthly))}
                    </li>
                    <li hidden=move || e().retention_monthly == 0>{move || lang.get().retention_line(e().retention_monthly)}</li>
                </ul>
                <p class="split">{move || lang.get().net_formula()}</p>
                <p class="payback-sentence" data-testid="payback-sentence">{move || lang.get().payback_sentence(e().payback)}</p>
            </div>
            <figure class="chart">
                <figcaption>{move || lang.get().cumulative_title()}</figcaption>
                <ChartBox testid="chart-cumulative" render=cumulative />
            </figure>
            <figure class="chart">
                <figcaption>{move || lang.get().tornado_title()}</figcaption>
                <ChartBox testid="chart-tornado" render=tornado />
            </figure>
            <p class="disclaimer">{move || lang.get().disclaimer()}</p>
        </section>
    }
}
