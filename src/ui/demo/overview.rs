//! The feature cards (each opens its part of the demo) and the compliance annex
//! (MHLW guideline points mapped to the features).

use super::{scroll_to, Demo};
use crate::i18n::demo::Feature;
use crate::i18n::Lang;
use crate::route::Screen;
use crate::ui::text::{tr, tr_with};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let lang = expect_context::<Demo>().lang;
    view! {
        <ul class="feature-cards" data-testid="demo-overview">
            {Feature::ALL
                .into_iter()
                .map(|f| {
                    view! {
                        <li class="card" data-testid=format!("demo-card-{}", f.key())>
                            <h3>{tr_with(lang, f, Lang::feature_title)}</h3>
                            <p>{tr_with(lang, f, Lang::feature_solves)}</p>
                            <button type="button" on:click=move |_| {
                                if f == Feature::CostSaving {
                                    let _ = window().location().set_hash(Screen::Savings.hash());
                                } else {
                                    scroll_to(f.section());
                                }
                            }>{tr(lang, Lang::open_demo)}</button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// MHLW guideline 6.0 and HISPRO points, each linked to the feature that answers it.
#[component]
pub fn Compliance() -> impl IntoView {
    let lang = expect_context::<Demo>().lang;
    view! {
        <section class="card" id="demo-compliance" data-testid="demo-compliance">
            <h3>{tr(lang, Lang::compliance_heading)}</h3>
            <ul>
                {move || lang.get().compliance_points().into_iter().map(|(point, f)| view! {
                    <li>
                        <span>{point}</span>" → "
                        <button type="button" class="linkish" on:click=move |_| scroll_to(f.section())>{tr_with(lang, f, Lang::feature_title)}</button>
                    </li>
                }).collect_view()}
            </ul>
            <p class="source">{tr(lang, Lang::compliance_note)}</p>
        </section>
    }
}
