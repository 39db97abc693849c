//! The inputs of the estimate that carry the time study's measured values, as a
//! list with their badges (実測 n・95%区間): shown where an input is not itself on
//! the screen, so that a measured figure says so everywhere (the methodology, the
//! costs screen's ranges). Hidden while nothing is measured.

use super::state::AppState;
use crate::i18n::Lang;
use leptos::prelude::*;

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
