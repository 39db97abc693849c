//! The two input controls every form screen shares: a numeric field (label, unit,
//! help and its error beside it) and a yes/no choice, both bound to `AppState`.

use super::measured::badge;
use super::state::AppState;
use super::text::tr_with;
use crate::i18n::Lang;
use crate::model::{Field, Flag};
use leptos::prelude::*;

/// One numeric input with label, unit, help text and its error beside it.
#[component]
pub fn NumberField(field: Field) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let key = field.key();
    let text = state.texts[field.index()];
    let error = state.errors[field.index()];
    let input_id = format!("input-{key}");
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=input_id.clone()>{tr_with(lang, field, Lang::field_label)}</label>
            <div class="input-wrap">
                <input
                    id=input_id.clone()
                    data-testid=input_id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=format!("help-{key} error-{key}")
                    // The attribute, for the page as pre-rendered; the property, live.
                    value=text.get_untracked()
                    prop:value=move || text.get()
                    on:input=move |ev| state.type_text(field, event_target_value(&ev))
                    on:change=move |_| state.settle(field)
                />
                <span class="unit" aria-hidden="true">{tr_with(lang, field.unit(), Lang::unit)}</span>
            </div>
            <p class="help" id=format!("help-{key}")>{tr_with(lang, field, Lang::field_help)}</p>
            {badge(field, format!("measured-{key}"))}
            <p
                class="error"
                id=format!("error-{key}")
                data-testid=format!("error-{key}")
                aria-live="polite"
                hidden=move || error.with(Option::is_none)
            >
                {move || error.get().map(|e| lang.get().input_error(e, field.unit())).unwrap_or_default()}
            </p>
        </div>
    }
}

/// A yes/no choice with its label.
#[component]
pub fn Check(flag: Flag) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-testid=flag.testid()
                checked=state.scenario.with_untracked(|s| flag.get(s))
                prop:checked=move || state.scenario.with(|s| flag.get(s))
                on:change=move |ev| state.set_flag(flag, event_target_checked(&ev))
            />
            <span>{tr_with(state.lang, flag, Lang::flag_label)}</span>
        </label>
    }
}
