//! Presentation mode (in the share-and-save bundle): full screen, one step at a time —
//! title, the four savings with their formula and a big number (figures editable in
//! place), the total and hours freed, costs and payback, the features, the three
//! steps to start. Arrow keys, space, PageUp/PageDown (clickers), swipe, Esc.

use super::browser::announce;
use super::store;
use crate::i18n::demo::Feature;
use crate::i18n::{format_num, Lang};
use crate::model::{compute, economics, Field, Line, Scenario};
use leptos::prelude::*;

/// The slides, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    Title,
    Line(Line),
    Total,
    Payback,
    Features,
    Steps,
}

const SLIDES: [Slide; 9] = [
    Slide::Title,
    Slide::Line(Line::Printing),
    Slide::Line(Line::Notebook),
    Slide::Line(Line::Handover),
    Slide::Line(Line::Callback),
    Slide::Total,
    Slide::Payback,
    Slide::Features,
    Slide::Steps,
];

/// The fields editable on a line's slide: its own and, for time lines, the wage.
fn editable(line: Line) -> Vec<Field> {
    let mut f = line.fields().to_vec();
    if line != Line::Printing {
        f.push(Field::Wage);
    }
    f
}

#[component]
pub fn Present(
    lang: RwSignal<Lang>,
    scenario: RwSignal<Scenario>,
    open: RwSignal<bool>,
) -> impl IntoView {
    let at = RwSignal::new(0usize);
    let go = move |d: i32| {
        at.update(|i| *i = (*i as i32 + d).clamp(0, SLIDES.len() as i32 - 1) as usize)
    };
    let close = move || {
        open.set(false);
        at.set(0);
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !open.get_untracked() {
            return;
        }
        // Typing a figure must not turn the page.
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .is_some();
        match ev.key().as_str() {
            "Escape" => close(),
            "ArrowRight" | "ArrowDown" | "PageDown" | " " if !typing => {
                ev.prevent_default();
                go(1)
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" if !typing => {
                ev.prevent_default();
                go(-1)
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    // Swipe on tablets: a horizontal move of 50 px or more turns the page.
    let start_x = RwSignal::new(None::<i32>);
    let results = move || scenario.with(compute);
    view! {
        <div
            class="present-overlay"
            data-testid="present"
            role="dialog"
            aria-modal="true"
            aria-label=move || lang.get().present()
            hidden=move || !open.get()
            on:pointerdown=move |ev| start_x.set(Some(ev.client_x()))
            on:pointerup=move |ev| {
                if let Some(x0) = start_x.get_untracked() {
                    let dx = ev.client_x() - x0;
                    if dx.abs() >= 50 {
                        go(if dx < 0 { 1 } else { -1 });
                    }
                }
                start_x.set(None);
            }
        >
            <div class="present-slide" data-testid="present-slide">
                {move || match SLIDES[at.get()] {
                    Slide::Title => view! {
                        <h1>{lang.get().present_title()}</h1>
                        <p class="sub">{lang.get().present_subtitle()}</p>
                        <p class="hint">{lang.get().present_edit_hint()}</p>
                    }.into_any(),
                    Slide::Line(line) => view! { <LineSlide line lang scenario /> }.into_any(),
                    Slide::Total => {
                        let l = lang.get();
                        let t = results().total;
                        view! {
                            <h2>{l.present_total()}</h2>
                            <p class="big" data-testid="present-total">{l.yen(t.yen_month)}<small>{l.per_month_suffix()}</small></p>
                            <p class="mid">{format!("{} {}（{}）", l.per_year(), l.yen(t.yen_year), l.yen_compact(t.yen_year))}</p>
                            <p class="mid">{format!("{} {}{} ≈ {}", l.hours_freed(), l.hours(t.hours_tenths), l.per_month_suffix(), l.fte_value(t.fte_tenths))}</p>
                        }.into_any()
                    }
                    Slide::Payback => {
                        let l = lang.get();
                        let e = scenario.with(|s| economics(s, &compute(s)));
                        let sentence = scenario.with(|s| l.breakeven_sentence(e.breakeven, s.costs.license.price, s.wage));
                        view! {
                            <h2>{l.net_heading()}</h2>
                            <p class="big" data-testid="present-net">{l.signed_yen(e.net_monthly)}<small>{l.per_month_suffix()}</small></p>
                            <p class="mid">{l.payback_sentence(e.payback)}</p>
                            <p class="small">{sentence}</p>
                        }.into_any()
                    }
                    Slide::Features => {
                        let l = lang.get();
                        view! {
                            <h2>{l.demo_heading()}</h2>
                            <ul class="features">{Feature::ALL.into_iter().filter(|f| *f != Feature::CostSaving).map(|f| view! { <li>{l.feature_title(f)}</li> }).collect_view()}</ul>
                            <button type="button" class="primary" data-testid="present-demo" on:click=move |_| {
                                close();
                                let _ = window().location().set_hash("features");
                            }>{l.present_demo()}</button>
                        }.into_any()
                    }
                    Slide::Steps => {
                        let l = lang.get();
                        view! {
                            <h2>{l.present_steps_heading()}</h2>
                            <ol class="steps">{l.present_steps().into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                            <p class="big">{l.present_start()}</p>
                        }.into_any()
                    }
                }}
            </div>
            <nav class="present-nav">
                <button type="button" data-testid="present-prev" on:click=move |_| go(-1) disabled=move || at.get() == 0>{move || lang.get().prev_slide()}</button>
                <div class="progress" data-testid="present-progress" role="progressbar" aria-label=move || lang.get().present() aria-valuemin="1"
                    aria-valuemax=SLIDES.len().to_string() aria-valuenow=move || (at.get() + 1).to_string()>
                    <span class="bar" style=move || format!("width:{}%", (at.get() + 1) * 100 / SLIDES.len())></span>
                    <span class="label">{move || lang.get().present_progress(at.get() + 1, SLIDES.len())}</span>
                </div>
                <button type="button" data-testid="present-next" on:click=move |_| go(1) disabled=move || at.get() + 1 == SLIDES.len()>{move || lang.get().next_slide()}</button>
                <button type="button" data-testid="present-close" on:click=move |_| close()>{move || lang.get().close_present()}</button>
            </nav>
        </div>
    }
}

/// One savings line: its big number and formula, its figures editable in place.
#[component]
fn LineSlide(line: Line, lang: RwSignal<Lang>, scenario: RwSignal<Scenario>) -> impl IntoView {
    let result = move || scenario.with(|s| *compute(s).line(line));
    let error = RwSignal::new(None::<String>);
    let fields = editable(line)
        .into_iter()
        .map(|f| {
            let initial = scenario.with_untracked(|s| format_num(f.get(s)));
            view! {
                <label class="edit">
                    <span>{move || lang.get().field_name(f)}</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        data-testid=format!("present-input-{}", f.key())
                        value=initial
                        on:input=move |ev| match f.parse(&event_target_value(&ev)) {
                            Ok(v) => {
                                error.set(None);
                                scenario.update(|s| f.set(s, v));
                                // Save it so the calculator follows (quietly).
                                if store::save(&scenario.get_untracked()).is_ok() {
                                    announce("kaigo-scenario-edited");
                                }
                            }
                            Err(e) => error.set(Some(lang.get_untracked().input_error(e, f.unit()))),
                        }
                    />
                    <small>{move || lang.get().unit(f.unit())}</small>
                </label>
            }
        })
        .collect_view();
    view! {
        <p class="scope">{move || lang.get().scope_name(line.service())}</p>
        <h2>{move || lang.get().line_title(line)}</h2>
        <p class="big" data-testid=format!("present-{}", line.key())>
            {move || { let l = lang.get(); let r = result(); if r.included { l.yen_compact(r.yen_month) } else { l.excluded().to_string() } }}
            <small>{move || lang.get().per_month_suffix()}</small>
        </p>
        <p class="mid">{move || { let l = lang.get(); scenario.with(|s| l.filled_formula(line, s, result().yen_month)) }}</p>
        <div class="edits">{fields}</div>
        <p class="error" role="alert" hidden=move || error.with(Option::is_none)>{move || error.get().unwrap_or_default()}</p>
    }
}
