//! The 法人's figures on its screen — headline, evidence, the table per facility,
//! costs and payback, the adjustment for vendor claims, the chart stacked by line,
//! each facility's ratios against the median and the inputs for a second look —
//! and the pieces of them the board paper and the slides draw too (one drawing
//! of each table, whichever page shows it).

use super::blocks::{draw_one, list, Block};
use crate::charts::{group_bars, group_chart, GroupBar};
use crate::i18n::Lang;
use crate::model::grade::Optimism;
use crate::model::group::{Group, RollUp, SecondLook};
use crate::model::num::{format_num, parse_field, Kind};
use crate::model::{Field, InputError, Line, Num, Plan, Results, Unit};
use crate::ui::chart_box::ChartBox;
use crate::ui::erase::{effect, message};
use crate::ui::state::{AppState, SETTLE_MS};
use crate::ui::text::{tr, tr_with};
use leptos::prelude::*;

/// The table of every facility's monthly yen by line, totals, hours, FTE and
/// evidence, and the 法人's row.
pub(super) fn facility_table(testid: &'static str, l: Lang, names: &[String], r: &RollUp) -> Block {
    Block::Table(
        testid,
        l.group_table_caption(),
        facility_head(l),
        facility_rows(l, names, r),
    )
}

fn facility_head(l: Lang) -> Vec<&'static str> {
    let mut head = vec![l.group_facility_column()];
    head.extend(Line::ALL.map(|x| l.line_short(x)));
    head.extend([
        l.group_month_column(),
        l.group_year_column(),
        l.group_hours_column(),
        l.group_fte_column(),
        l.group_grade_column(),
    ]);
    head
}

fn facility_rows(l: Lang, names: &[String], r: &RollUp) -> Vec<Vec<String>> {
    let row = |name: String, res: &Results, percents: Option<[u64; 4]>| {
        let mut cells = vec![name];
        cells.extend(res.lines.iter().map(|x| l.yen(x.yen_month)));
        cells.extend([
            l.yen(res.total.yen_month),
            l.yen(res.total.yen_year),
            l.hours(res.total.hours_tenths),
            l.fte_value(res.total.fte_tenths),
            l.group_percents(percents),
        ]);
        cells
    };
    let mut rows: Vec<Vec<String>> = r
        .facilities
        .iter()
        .zip(names)
        .map(|(e, n)| row(n.clone(), &e.results, e.evidence.percents()))
        .collect();
    rows.push(row(
        l.group_total_row().into(),
        &r.results,
        r.evidence.percents(),
    ));
    rows
}

/// Each facility's ratios and the 法人's medians.
pub(super) fn compare_table(testid: &'static str, l: Lang, names: &[String], r: &RollUp) -> Block {
    Block::Table(
        testid,
        l.group_compare_caption(),
        compare_head(l),
        compare_rows(l, names, r),
    )
}

fn compare_head(l: Lang) -> Vec<&'static str> {
    vec![
        l.group_facility_column(),
        l.group_ratio_yen(),
        l.group_ratio_minutes(),
    ]
}

fn compare_rows(l: Lang, names: &[String], r: &RollUp) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = r
        .facilities
        .iter()
        .zip(names)
        .map(|(e, n)| {
            vec![
                n.clone(),
                l.group_ratio(e.ratios.yen_per_staff_month, false),
                l.group_ratio(e.ratios.minutes_per_staff_day, true),
            ]
        })
        .collect();
    rows.push(vec![
        l.group_median_row().into(),
        l.group_ratio(r.medians.yen_per_staff_month, false),
        l.group_ratio(r.medians.minutes_per_staff_day, true),
    ]);
    rows
}

/// The inputs for a second look, in words (or that there are none).
pub(super) fn look_lines(l: Lang, names: &[String], looks: &[SecondLook]) -> Vec<String> {
    if looks.is_empty() {
        return vec![l.group_looks_none().to_string()];
    }
    looks
        .iter()
        .map(|x| {
            let name = names.get(x.facility).map_or("", String::as_str);
            l.group_look(name, &l.field_name(x.field), x.value, x.median)
        })
        .collect()
}

/// The licence, one-time costs, net value, its worst and best case, payback and
/// the licence's warnings, in words.
pub(super) fn cost_lines(l: Lang, r: &RollUp) -> Vec<String> {
    let e = &r.economics;
    [
        l.group_license_line(e.license_monthly, e.users, e.price),
        l.group_onetime_line(e.onetime_total, e.subsidy_yen, e.onetime_net),
        l.group_net_line(e.net_monthly, e.net_yearly),
        l.group_bounds_line(e.net_bounds.worst, e.net_bounds.best),
        l.payback_sentence(e.payback),
    ]
    .into_iter()
    .chain(e.warnings.iter().map(|w| l.warning(*w)))
    .collect()
}

/// The adjustment's step in words, when the person set one.
pub(super) fn optimism_line(l: Lang, o: Option<Optimism>, r: &RollUp) -> Option<String> {
    let removed = r.optimism_step(o?).total;
    Some(l.group_optimism_step(removed, r.results.total.yen_month.saturating_sub(removed)))
}

/// The chart of the facilities stacked by line, drawn `width` pixels wide.
pub(super) fn chart(l: Lang, names: &[String], r: &RollUp, width: u32) -> String {
    let all: Vec<GroupBar> = r
        .facilities
        .iter()
        .zip(names)
        .map(|(e, n)| GroupBar {
            name: n.clone(),
            lines: e
                .results
                .lines
                .map(|x| if x.included { x.yen_month } else { 0 }),
        })
        .collect();
    group_chart(&group_bars(&all, |n| l.group_chart_rest(n)), &l, width)
}

/// How a number field of this screen reads its text.
type Parse = fn(&str) -> Result<Option<Num>, InputError>;

/// A number typed on this screen: the licence's accounts or the adjustment.
/// (Not generic: both fields share one compiled copy.) Empty is `None`; a text
/// that cannot be used is said next to the field, in the calculator's words, and
/// kept as typed; the figures then use the value from before the edit began, as
/// the calculator's fields do (`AppState::type_text`: an edit ends when the person
/// leaves the field or leaves a valid text as it is for `SETTLE_MS`).
fn number_input(
    testid: [&'static str; 2],
    label: Box<dyn Fn() -> String + Send + Sync>,
    text: RwSignal<String>,
    parse: Parse,
    set: Box<dyn Fn(Option<Num>) + Send + Sync>,
    current: Box<dyn Fn() -> Option<Num> + Send + Sync>,
    unit: Unit,
) -> AnyView {
    let [testid, error_testid] = testid;
    let lang = expect_context::<AppState>().lang;
    // The value before this edit began, the keystrokes so far, and whether an
    // edit is going on (it ends when the field is left, or still for a moment).
    let edit = StoredValue::new((None::<Num>, 0u64, false));
    // The value in use changed elsewhere (another tab, a file opened): the field
    // shows it, unless the person is typing in it. Only when the value itself
    // changes: text that cannot be used stays until then.
    let current: std::sync::Arc<dyn Fn() -> Option<Num> + Send + Sync> = current.into();
    let seen = StoredValue::new(untrack(&*current));
    let shown = current.clone();
    effect(move || {
        let now = shown();
        if seen.try_with_value(|s| *s != now) == Some(true) {
            seen.set_value(now);
            if !edit.with_value(|e| e.2) {
                text.set(now.map(format_num).unwrap_or_default());
            }
        }
    });
    let error = move || text.with(|t| parse(t).err());
    let bad = move || error().is_some();
    let input_id = format!("{testid}-input");
    view! {
        <div class="field">
            <label for=input_id.clone()>{label}</label>
            <input
                id=input_id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                data-testid=testid
                aria-invalid=move || if bad() { "true" } else { "false" }
                prop:value=move || text.get()
                on:input=move |ev| {
                    if !edit.with_value(|e| e.2) {
                        let before = untrack(&*current);
                        edit.update_value(|e| (e.0, e.2) = (before, true));
                    }
                    text.set(event_target_value(&ev));
                    edit.update_value(|e| e.1 += 1);
                    let typed = edit.with_value(|e| e.1);
                    match text.with_untracked(|t| parse(t)) {
                        Ok(v) => {
                            set(v);
                            set_timeout(
                                // The screen may be gone by then (another tab
                                // of the app's, the last facility taken out).
                                move || {
                                    if edit.try_with_value(|e| e.1) == Some(typed) {
                                        edit.try_update_value(|e| e.2 = false);
                                    }
                                },
                                std::time::Duration::from_millis(SETTLE_MS),
                            );
                        }
                        Err(_) => set(edit.with_value(|e| e.0)),
                    }
                }
                on:change=move |_| edit.update_value(|e| e.2 = false)
            />
            {message("error", error_testid, "alert", move || error().map(|e| lang.get().input_error(e, unit)))}
        </div>
    }
    .into_any()
}

/// The group's figures: headline, evidence, the table per facility, costs and
/// payback, the adjustment, the comparison and the second looks.
#[component]
pub(super) fn Figures(rollup: Memo<RollUp>, looks: Memo<Vec<SecondLook>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    // The names, drawn again only when one changes (not on every keystroke).
    let names = Memo::new(move |_| g.group.with(Group::names));
    let users = g.group.with_untracked(|gr| gr.license.users);
    let optimism = g.group.with_untracked(|gr| gr.optimism);
    let parse_users: Parse = |t| {
        if t.trim().is_empty() {
            return Ok(None);
        }
        parse_field(
            t,
            Kind::Count,
            Field::LicenseUsers.min_value(),
            Field::LicenseUsers.max_value(),
        )
        .map(Some)
    };
    let parse_optimism: Parse = |t| {
        if t.trim().is_empty() {
            return Ok(None);
        }
        Optimism::parse(t).map(|o| Some(o.percent()))
    };
    view! {
        <section class="card group-figures" aria-labelledby="group-total">
            <h3 id="group-total" data-testid="group-total">
                {move || rollup.with(|r| lang.get().group_total(r.results.total.yen_month, r.results.total.yen_year, r.facilities.len()))}
            </h3>
            <p data-testid="group-evidence">
                {move || rollup.with(|r| lang.get().group_evidence(r.results.total.yen_month, r.evidence.percents()))}
            </p>
            <p class="help">{tr(lang, Lang::group_evidence_help)}</p>
            {move || names.with(|n| rollup.with(|r| { let l = lang.get(); draw_one(l, facility_table("group-table", l, n, r)) }))}
            <h3>{tr(lang, Lang::group_costs_heading)}</h3>
            <License />
            {number_input(
                ["group-users", "group-users-error"],
                Box::new(move || {
                    let sum = g.group.with(|gr| gr.facilities_users());
                    lang.get().group_users_label(sum)
                }),
                RwSignal::new(users.map(format_num).unwrap_or_default()),
                parse_users,
                Box::new(move |v| g.group.update(|gr| gr.license.users = v)),
                Box::new(move || g.group.with(|gr| gr.license.users)),
                Field::LicenseUsers.unit(),
            )}
            <ul class="group-costs" data-testid="group-costs">
                {move || rollup.with(|r| list(cost_lines(lang.get(), r)))}
            </ul>
            {number_input(
                ["group-optimism", "group-optimism-error"],
                Box::new(move || lang.get().group_optimism_label().to_string()),
                RwSignal::new(optimism.map(|o| format_num(o.percent())).unwrap_or_default()),
                parse_optimism,
                Box::new(move |v| g.group.update(|gr| gr.optimism = v.and_then(|p| Optimism::new(p).ok()))),
                Box::new(move || g.group.with(|gr| gr.optimism.map(|o| o.percent()))),
                Unit::Percent,
            )}
            <p class="help">{tr(lang, Lang::group_optimism_help)}</p>
            <p data-testid="group-optimism-step">
                {move || { let o = g.group.with(|gr| gr.optimism); rollup.with(|r| optimism_line(lang.get(), o, r)) }}
            </p>
            <Compare rollup names looks />
        </section>
    }
}

/// The 法人's one contract: its plan and its price per account (a plan's list
/// price, or a quote typed), which replace each facility's own in every figure;
/// the facilities whose estimate had another are named. (Its plan's choice is
/// drawn as the costs screen's is, but not by one shared function: the two are
/// in different parts, and the chunk they would share cost the whole app 0.6 KB.)
#[component]
fn License() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    let price = RwSignal::new(g.group.with_untracked(|gr| format_num(gr.license.price)));
    // The plan last chosen from the list: its own price, typed or given back
    // (an edit that cannot be used), is that plan again.
    let chosen = StoredValue::new(g.group.with_untracked(|gr| gr.license.plan));
    let pick = move |plan: Plan| {
        chosen.set_value(plan);
        g.group.update(|gr| {
            gr.license.plan = plan;
            if let Some(p) = plan.list_price() {
                gr.license.price = p;
            }
        });
        if let Some(p) = plan.list_price() {
            price.set(format_num(p));
        }
    };
    let parse_price: Parse = |t| Field::LicensePrice.parse(t).map(Some);
    let others = move || {
        g.group.with(|gr| {
            let list = gr.other_prices();
            (!list.is_empty()).then(|| {
                let names = gr.names();
                let l = lang.get();
                l.group_other_prices(
                    &list.iter().map(|i| names[*i].as_str()).collect::<Vec<_>>(),
                    gr.license.price,
                )
            })
        })
    };
    view! {
        <div class="field">
            <label for="group-plan">{tr(lang, Lang::plan_label)}</label>
            <select
                id="group-plan"
                data-testid="group-plan"
                prop:value=move || g.group.with(|gr| gr.license.plan.key())
                on:change=move |ev| {
                    if let Some(p) = Plan::from_key(&event_target_value(&ev)) {
                        pick(p);
                    }
                }
            >
                {Plan::ALL
                    .into_iter()
                    .map(|p| view! { <option value=p.key()>{tr_with(lang, p, Lang::plan_name)}</option> })
                    .collect_view()}
            </select>
        </div>
        {number_input(
            ["group-price", "group-price-error"],
            Box::new(move || lang.get().field_label(Field::LicensePrice).to_string()),
            price,
            parse_price,
            Box::new(move |v| {
                if let Some(p) = v {
                    // The chosen plan's own price is that plan; any other, a quote
                    // (also a price given back when the text cannot be used).
                    let plan = chosen.get_value();
                    g.group.update(|gr| {
                        gr.license.price = p;
                        gr.license.plan = if plan.list_price() == Some(p) { plan } else { Plan::Custom };
                    });
                }
            }),
            Box::new(move || g.group.with(|gr| Some(gr.license.price))),
            Field::LicensePrice.unit(),
        )}
        {message("help", "group-other-prices", "status", others)}
    }
}

/// The facilities side by side (the chart stacked by line), each facility's ratios
/// against the group's median, and the inputs far from the other facilities'.
#[component]
fn Compare(
    rollup: Memo<RollUp>,
    names: Memo<Vec<String>>,
    looks: Memo<Vec<SecondLook>>,
) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let draw = Callback::new(move |w| names.with(|n| rollup.with(|r| chart(lang.get(), n, r, w))));
    view! {
        <h3>{tr(lang, Lang::group_chart_title)}</h3>
        <ChartBox testid="group-chart" render=draw />
        {move || names.with(|n| rollup.with(|r| { let l = lang.get(); draw_one(l, compare_table("group-compare", l, n, r)) }))}
        <h3>{tr(lang, Lang::group_looks_heading)}</h3>
        <ul data-testid="group-looks">
            {move || names.with(|n| looks.with(|x| list(look_lines(lang.get(), n, x))))}
        </ul>
    }
}
