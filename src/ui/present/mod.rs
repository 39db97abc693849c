//! Presentation mode: full screen, one step at a time — title, the four savings
//! with their formula and a big number (figures editable in place, the same figures
//! as the calculator's), the total and hours freed, costs and payback, the
//! features, the three steps to start. Opened on the 法人's screen, the 法人's
//! slides (drawn by its part) take the place of the estimate's. Arrow keys,
//! space, PageUp/PageDown (clickers), swipe, Esc.

use crate::i18n::demo::Feature;
use crate::i18n::Lang;
use crate::model::{Field, Line};
use crate::route::Screen;
use crate::ui::state::AppState;
use crate::ui::text::{items, tr, tr_with};
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
    /// The 法人's slide at an index (`GroupDrawn::slide`).
    Group(usize),
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
fn editable(line: Line) -> impl Iterator<Item = Field> + Clone {
    let wage = (line != Line::Printing).then_some(Field::Wage);
    line.fields().iter().copied().chain(wage)
}

/// The deck, drawn while the presentation is open (it starts at the first slide).
#[component]
pub fn Deck() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // Opened on the 法人's screen, the 法人 is presented: its total, the
    // facilities side by side and a slide per facility (drawn by its part), in
    // place of the estimate on screen's lines, total and payback.
    let group = (state.screen.get_untracked() == Screen::Group)
        .then(|| state.group.drawn.get_untracked())
        .flatten();
    // A line of a service type that is switched off has no slide (nothing to say).
    // (A plain function of the results, not a memo: nine comparisons.)
    let group_slides = move || {
        group
            .map(|d| state.group.group.with(|gr| (d.slides)(gr)))
            .filter(|n| *n > 0)
    };
    let slides = move || match group_slides() {
        Some(n) => [Slide::Title]
            .into_iter()
            .chain((0..n).map(Slide::Group))
            .chain([Slide::Features, Slide::Steps])
            .collect(),
        None => state.results.with(|r| {
            SLIDES
                .into_iter()
                .filter(|s| !matches!(s, Slide::Line(l) if !r.line(*l).included))
                .collect::<Vec<_>>()
        }),
    };
    let count = move || slides().len();
    let at = RwSignal::new(0usize);
    let current = move || {
        let l = slides();
        l[at.get().min(l.len() - 1)]
    };
    // Fewer slides than the one shown (a facility taken out in another tab): the
    // last one, so the count never reads past its end.
    crate::ui::erase::effect(move || {
        let n = count();
        if at.get_untracked() >= n {
            at.set(n - 1);
        }
    });
    let go = move |d: i32| {
        let last = count() as i32 - 1;
        at.update(|i| *i = (*i as i32 + d).clamp(0, last) as usize)
    };
    let close = move || state.presenting.set(false);
    crate::ui::modal::use_modal("[data-testid=present]");
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        // Typing a figure must not turn the page, nor Space on a focused button
        // (the button does what it says).
        let target = ev.target();
        let tag = target
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|e| e.tag_name())
            .unwrap_or_default();
        let typing = tag == "INPUT" || (tag == "BUTTON" && ev.key() == " ");
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
    view! {
        <div
            class="present-overlay"
            data-testid="present"
            role="dialog"
            aria-modal="true"
            aria-label=tr(lang, Lang::present)
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
            on:pointercancel=move |_| start_x.set(None)
        >
            <div class="present-slide" data-testid="present-slide">
                {move || match current() {
                    Slide::Title => view! {
                        <h1>{tr(lang, Lang::present_title)}</h1>
                        <p class="sub">{tr(lang, Lang::present_subtitle)}</p>
                        // The 法人's slides show figures only: nothing to tap and change.
                        {move || group_slides().is_none().then(|| view! { <p class="hint">{tr(lang, Lang::present_edit_hint)}</p> })}
                    }.into_any(),
                    Slide::Line(line) => view! { <LineSlide line /> }.into_any(),
                    Slide::Total => view! { <TotalSlide /> }.into_any(),
                    Slide::Group(i) => group.map_or_else(|| ().into_any(), |d| (d.slide)(i)),
                    Slide::Payback => view! { <PaybackSlide /> }.into_any(),
                    Slide::Features => view! {
                        <h2>{tr(lang, Lang::demo_heading)}</h2>
                        <ul class="features">
                            {Feature::ALL.into_iter().filter(|f| *f != Feature::CostSaving).map(|f| view! { <li>{tr_with(lang, f, Lang::feature_title)}</li> }).collect_view()}
                        </ul>
                        <button type="button" class="primary" data-testid="present-demo" on:click=move |_| {
                            close();
                            let _ = window().location().set_hash(Screen::Features.hash());
                        }>{tr(lang, Lang::present_demo)}</button>
                    }.into_any(),
                    Slide::Steps => view! {
                        <h2>{tr(lang, Lang::present_steps_heading)}</h2>
                        <ul class="steps">{items(lang, Lang::present_steps)}</ul>
                        <p class="big">{tr(lang, Lang::present_start)}</p>
                    }.into_any(),
                }}
            </div>
            <nav class="present-nav">
                <button type="button" data-testid="present-prev" on:click=move |_| go(-1) disabled=move || at.get() == 0>{tr(lang, Lang::prev_slide)}</button>
                <div class="progress" data-testid="present-progress" role="progressbar" aria-label=tr(lang, Lang::present) aria-valuemin="1"
                    aria-valuemax=move || count().to_string() aria-valuenow=move || (at.get() + 1).to_string()>
                    // A drawn bar (an attribute), not a style attribute: the page's security policy allows none.
                    <svg class="bar" aria-hidden="true"><rect height="100%" width=move || format!("{}%", (at.get() + 1) * 100 / count())></rect></svg>
                    <span class="label">{move || lang.get().present_progress(at.get() + 1, count())}</span>
                </div>
                <button type="button" data-testid="present-next" on:click=move |_| go(1) disabled=move || { at.get() + 1 >= count() }>{tr(lang, Lang::next_slide)}</button>
                <button type="button" data-testid="present-close" on:click=move |_| close()>{tr(lang, Lang::close_present)}</button>
            </nav>
        </div>
    }
}

#[component]
fn TotalSlide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let total = move || state.results.with(|r| r.total);
    view! {
        <h2>{tr(lang, Lang::present_total)}</h2>
        <p class="big" data-testid="present-total">{move || lang.get().yen(total().yen_month)}<small>{tr(lang, Lang::per_month_suffix)}</small></p>
        <p class="mid">{move || { let (l, t) = (lang.get(), total()); format!("{} {}{}", l.per_year(), l.yen(t.yen_year), l.bracket(&l.yen_compact(t.yen_year))) }}</p>
        <p class="mid">{move || { let t = total(); lang.get().hours_freed_sentence(t.hours_tenths, t.fte_tenths) }}</p>
    }
}

#[component]
fn PaybackSlide() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (lang, econ) = (state.lang, state.econ);
    view! {
        <h2>{tr(lang, Lang::net_heading)}</h2>
        <p class="big" data-testid="present-net">{move || econ.with(|e| lang.get().signed_yen(e.net_monthly))}<small>{tr(lang, Lang::per_month_suffix)}</small></p>
        <p class="mid">{move || econ.with(|e| lang.get().payback_sentence(e.payback))}</p>
        <p class="small">{move || state.scenario.with(|s| econ.with(|e| lang.get().breakeven_sentence(e.breakeven, s.costs.license.price, s.wage)))}</p>
    }
}

/// One savings line: its big number and formula, its figures editable in place
/// (they are the calculator's own fields: what is typed here shows there).
#[component]
fn LineSlide(line: Line) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let result = move || state.results.with(|r| *r.line(line));
    let error = move || {
        editable(line).find_map(|f| {
            state.errors[f.index()]
                .get()
                .map(|e| lang.get().input_error(e, f.unit()))
        })
    };
    view! {
        <p class="scope">{move || lang.get().scope_name(line.service())}</p>
        <h2>{tr_with(lang, line, Lang::line_title)}</h2>
        <p class="big" data-testid=format!("present-{}", line.key())>
            {move || { let l = lang.get(); let r = result(); if r.included { l.yen_compact(r.yen_month) } else { l.excluded().to_string() } }}
            <small>{tr(lang, Lang::per_month_suffix)}</small>
        </p>
        <p class="mid">{move || state.scenario.with(|s| lang.get().filled_formula(line, s, result().yen_month))}</p>
        <div class="edits">
            {editable(line).map(|f| {
                let text = state.texts[f.index()];
                view! {
                    <label class="edit">
                        <span>{move || lang.get().field_name(f)}</span>
                        <input
                            type="text"
                            inputmode="decimal"
                            data-testid=format!("present-input-{}", f.key())
                            prop:value=move || text.get()
                            on:input=move |ev| state.type_text(f, event_target_value(&ev))
                            on:change=move |_| state.settle(f)
                        />
                        <small>{tr_with(lang, f.unit(), Lang::unit)}</small>
                        {crate::ui::measured::badge(f, format!("present-measured-{}", f.key()))}
                    </label>
                }
            }).collect_view()}
        </div>
        {crate::ui::erase::message("error", "present-error", "alert", error)}
        // What the figure above rests on while a field is wrong (as the calculator says).
        <p class="small" data-testid="present-stale" hidden=move || error().is_none()>{tr(lang, Lang::stale_banner)}</p>
    }
}
