//! The share-and-save screen: the share link with its QR code, the CSV report,
//! the charts as files, printing the proposal, and the saved estimates
//! (`library`). Everything shows exactly the figures on screen (`AppState`).
//! Its part also draws the 法人's link and QR code (`group_link`).

mod group_link;
mod library;
mod print;

pub use group_link::GroupLinkPanel;
pub use print::PrintView;

use crate::charts::{cumulative_chart, monthly_chart, ChartKind};
use crate::i18n::Lang;
use crate::model::share;
use crate::report;
use crate::ui::browser::{app_address, data_url, today, when_settled};
use crate::ui::erase::message;
use crate::ui::state::AppState;
use crate::ui::text::{shown, tr, tr_with, Said};
use leptos::prelude::*;
use library::LibraryCard;

/// Width of the charts offered as files, in CSS pixels.
const FILE_CHART_WIDTH: u32 = 760;

#[component]
pub fn ShareScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let AppState {
        lang,
        scenario,
        facility,
        share_notice: notice,
        ..
    } = state;
    let url = move || format!("{}?{}#savings", app_address(), scenario.with(share::encode));
    // Drawn once per change of the figures, not once per use.
    let qr = Memo::new(move |_| share::qr_svg(&url()));
    let copy = move |_| {
        let promise = window().navigator().clipboard().write_text(&untrack(url));
        when_settled(promise, move |r| {
            notice.set(Some(Said::words(if r.is_ok() {
                Lang::link_copied
            } else {
                Lang::link_copy_failed
            })));
        });
    };
    let csv_href = move || {
        let text = scenario.with(|s| report::csv_report(s, lang.get(), &facility.get(), &today()));
        data_url("text/csv", &text)
    };
    let chart_href = move |kind: ChartKind| {
        let l = lang.get();
        let svg = scenario.with(|s| match kind {
            ChartKind::Monthly => {
                let r = state.results.get();
                monthly_chart(&r, &l, FILE_CHART_WIDTH, crate::model::ranges(s, &r))
            }
            ChartKind::Cumulative => cumulative_chart(&state.econ.get(), s, &l, FILE_CHART_WIDTH),
        });
        data_url("image/svg+xml", &svg)
    };
    view! {
        <section class="tools" data-testid="tools-root" aria-labelledby="tools-heading">
            <h2 id="tools-heading" class="visually-hidden">{tr(lang, Lang::tools_heading)}</h2>
            {message("demo-notice", "tools-notice", "status", shown(lang, notice))}
            <div class="tools-grid">
                <section class="card">
                    <h3>{tr(lang, Lang::share_heading)}</h3>
                    <p class="source">{tr(lang, Lang::share_lead)}</p>
                    <input type="text" readonly data-testid="share-url" aria-label=tr(lang, Lang::share_heading) prop:value=url />
                    <button type="button" data-testid="share-copy" on:click=copy>{tr(lang, Lang::copy_link)}</button>
                    {move || match qr.get() {
                        Some(svg) => view! { <div class="qr" data-testid="share-qr" role="img" aria-label=tr(lang, Lang::share_heading) inner_html=svg></div> }.into_any(),
                        None => view! { <p class="demo-refused">{tr(lang, Lang::qr_too_long)}</p> }.into_any(),
                    }}
                </section>
                <section class="card">
                    <h3>{tr(lang, Lang::csv_heading)}</h3>
                    <label class="field">
                        <span>{tr(lang, Lang::facility_label)}</span>
                        <input type="text" data-testid="share-facility" prop:value=move || facility.get() on:input=move |ev| facility.set(event_target_value(&ev)) />
                    </label>
                    {message("error", "share-facility-error", "alert", move || {
                        let n = facility.with(|f| f.trim().chars().count());
                        (n > crate::model::facility::MAX_FACILITY).then(|| lang.get().facility_too_long(n))
                    })}
                    <div class="composer-row">
                        <a class="button" data-testid="share-csv" download="kaigo-savings.csv" href=csv_href>{tr(lang, Lang::download_report)}</a>
                        <button type="button" data-testid="share-print" on:click=move |_| state.print()>{tr(lang, Lang::print_button)}</button>
                    </div>
                    <div class="composer-row">
                        <a class="button" data-testid="share-chart-monthly" download="monthly-savings.svg" href=move || chart_href(ChartKind::Monthly)>
                            {tr_with(lang, ChartKind::Monthly, Lang::download_chart)}
                        </a>
                        <a class="button" data-testid="share-chart-cumulative" download="cumulative.svg" href=move || chart_href(ChartKind::Cumulative)>
                            {tr_with(lang, ChartKind::Cumulative, Lang::download_chart)}
                        </a>
                    </div>
                </section>
            </div>
            <LibraryCard />
        </section>
    }
}
