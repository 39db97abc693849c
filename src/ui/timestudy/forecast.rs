//! Forecast against actual: a saved estimate (made before the change) against
//! the same estimate with the study's measured values, line by line.

use crate::i18n::Lang;
use crate::timestudy::evidence::Evidence;
use crate::timestudy::forecast::variances;
use crate::timestudy::Phase;
use crate::ui::state::AppState;
use crate::ui::text::tr;
use leptos::prelude::*;

#[component]
pub fn Forecast(ev: Memo<Evidence>, after: RwSignal<Option<Phase>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, library) = (state.lang, state.library);
    // The estimate chosen (its library id); none chosen is the first saved.
    let chosen = RwSignal::new(None::<u64>);
    let picked = move || {
        library.with(|l| {
            chosen
                .get()
                .and_then(|id| l.get(id))
                .or_else(|| l.items.first())
                .map(|s| (s.id, s.scenario))
        })
    };
    let rows = move || {
        let l = lang.get();
        let (_, forecast) = picked()?;
        let after = super::after_phase(after, ev);
        let v = ev.with(|e| variances(&forecast, e, after));
        Some(
            v.into_iter()
                .map(|v| {
                    view! {
                        <tr data-testid=format!("timestudy-variance-{}", v.line.key())>
                            <th scope="row">{l.line_title(v.line)}</th>
                            <td>{l.ts_yen_hours(v.forecast.yen_month, v.forecast.hours_tenths)}</td>
                            <td>{l.ts_yen_hours(v.actual.yen_month, v.actual.hours_tenths)}</td>
                            <td>{l.ts_variance(v.measured, v.yen(), v.hours_tenths())}</td>
                        </tr>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="card" aria-labelledby="timestudy-forecast-heading">
            <h3 id="timestudy-forecast-heading">{tr(lang, Lang::ts_forecast_heading)}</h3>
            <p class="help">{tr(lang, Lang::ts_forecast_lead)}</p>
            <p class="help" data-testid="timestudy-forecast-empty" hidden=move || library.with(|l| !l.items.is_empty())>
                {tr(lang, Lang::ts_forecast_empty)}
            </p>
            <div hidden=move || library.with(|l| l.items.is_empty())>
                <label class="field">
                    <span>{tr(lang, Lang::ts_forecast_label)}</span>
                    <select
                        data-testid="timestudy-forecast"
                        prop:value=move || picked().map(|(id, _)| id.to_string()).unwrap_or_default()
                        on:change=move |e| chosen.set(event_target_value(&e).parse().ok())
                    >
                        {move || library.with(|l| l.items.iter().map(|s| view! { <option value=s.id.to_string()>{s.name.clone()}</option> }).collect_view())}
                    </select>
                </label>
                <div class="table-scroll">
                    <table class="study-table" data-testid="timestudy-variance">
                        <thead>
                            <tr>{move || lang.get().ts_forecast_columns().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </section>
    }
}
