//! The methodology screen: every formula in words, every default with its source,
//! date and status, and the disclaimer.

use crate::i18n::Lang;
use crate::model::sources::{Status, SOURCES};
use crate::ui::measured::measured_list;
use crate::ui::state::AppState;
use crate::ui::text::{items, tr};
use leptos::prelude::*;

#[component]
pub fn MethodScreen() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let status_class = |s: Status| match s {
        Status::Cited => "status cited",
        Status::Unverified => "status unverified",
        Status::Assumption => "status assumption",
    };
    view! {
        <section class="method card" data-testid="methodology" aria-labelledby="method-heading">
            <h2 id="method-heading">{tr(lang, Lang::method_heading)}</h2>
            <p class="disclaimer strong">{tr(lang, Lang::method_disclaimer)}</p>
            {measured_list("method-measured", Lang::method_measured_lead)}
            <h3>{tr(lang, Lang::formulas_heading)}</h3>
            <ol class="formulas">
                {items(lang, Lang::method_formulas)}
            </ol>
            <h3>{tr(lang, Lang::sources_heading)}</h3>
            <ul class="sources">
                {SOURCES
                    .iter()
                    .map(|src| {
                        let pick = move |(ja, en): (&'static str, &'static str)| move || lang.get().pick(ja, en);
                        view! {
                            <li data-testid=format!("source-{}", src.id)>
                                <span class=status_class(src.status)>{move || lang.get().status_name(src.status)}</span>
                                <strong>{pick(src.what)}</strong>
                                <span class="origin">{pick(src.origin)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
