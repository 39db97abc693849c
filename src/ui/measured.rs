//! The time study's measured values as the estimate shows them: the badge of one
//! measured input (実測 n・95%区間) beside it wherever it is typed (calculator,
//! presentation), and the list of every measured input where the inputs are not
//! on the screen (the methodology, the costs screen's ranges). Hidden while the
//! input, or every input, is an assumption.

use super::state::AppState;
use crate::i18n::Lang;
use crate::model::{measured, Field};
use leptos::prelude::*;

/// The badge of `field`, for the inputs a time study can measure (none for the
/// others: they never carry one).
pub fn badge(field: Field, testid: String) -> Option<AnyView> {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let of = move || state.scenario.with(|s| s.measured.get(field));
    measured::FIELDS.contains(&field).then(|| {
        view! {
            <span class="measured" data-testid=testid hidden=move || of().is_none()>
                {move || of().map(|b| lang.get().measured_badge(field, b)).unwrap_or_default()}
            </span>
        }
        .into_any()
    })
}

/// The list under a lead sentence; `testid` names it, and each item is
/// `{testid}-{field key}`.
pub fn measured_list(testid: &'static str, lead: fn(Lang) -> &'static str) -> AnyView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let none = move || state.scenario.with(|s| !s.measured.any());
    let rows = move || {
        let l = lang.get();
        state.scenario.with(|s| {
            s.measured
                .iter()
                .map(|(f, b)| {
                    view! {
                        <li data-testid=format!("{testid}-{}", f.key())>
                            {l.measured_item(f, &f.get(s).to_string(), b)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="measured-list" data-testid=testid hidden=none>
            <p>{move || lead(lang.get())}</p>
            <ul>{rows}</ul>
        </div>
    }
    .into_any()
}
