//! The share-and-save screen (its own wasm bundle, loaded on demand): the share
//! link and its QR code, the CSV report, and saved estimates to open, rename,
//! duplicate, delete, compare, export and import. It also opens share links
//! (`?v=…`) for the app. Talks to the app through localStorage and events.

use super::browser::{announce, page_lang, picked_file};
use super::present::Present;
use super::store::{self, Loaded};
use crate::charts::{compare_chart, cumulative_chart, monthly_chart};
use crate::i18n::Lang;
use crate::model::library::Library;
use crate::model::{compute, economics, export, share, Preset, Scenario};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const LIBRARY_KEY: &str = "kaigo-savings/library";
const LIBRARY_BACKUP_PREFIX: &str = "kaigo-savings/library-backup/";

/// Opens a share link in the address: its figures become the saved scenario and
/// the app is told; a bad link is reported. The query then leaves the address.
fn open_share_link() {
    let location = window().location();
    let query = location.search().unwrap_or_default();
    if query.len() <= 1 {
        return;
    }
    match share::decode(&query) {
        Ok(s) if store::save(&s).is_ok() => announce("kaigo-scenario"),
        _ => announce("kaigo-share-broken"),
    }
    let clean = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
}

/// Mounts the screen on `#tools-root` (called by the tools bundle's `main`).
pub fn start() {
    console_error_panic_hook::set_once();
    open_share_link();
    let Some(root) = document().get_element_by_id("tools-root") else {
        return;
    };
    root.set_inner_html("");
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let state = Shared {
        lang: RwSignal::new(page_lang()),
        scenario: RwSignal::new(saved_scenario()),
        facility: RwSignal::new(String::new()),
    };
    leptos::mount::mount_to(root, move || view! { <Tools state /> }).forget();
    // The printed proposal: a document of its own under <body>, shown only in print.
    if let Some(print_root) = document()
        .create_element("div")
        .ok()
        .and_then(|d| d.dyn_into::<web_sys::HtmlElement>().ok())
    {
        print_root.set_id("print-root");
        if let Some(body) = document().body() {
            let _ = body.append_child(&print_root);
            leptos::mount::mount_to(print_root, move || view! { <PrintView state /> }).forget();
        }
    }
    // The presentation: an overlay of its own, opened by the app's プレゼン button.
    let open = RwSignal::new(false);
    // Whether the app asked to present (the mark it leaves while this bundle loads).
    let take_request = || {
        document().document_element().is_some_and(|e| {
            let asked = e.has_attribute("data-present-request");
            let _ = e.remove_attribute("data-present-request");
            asked
        })
    };
    let show = move || {
        state.scenario.set(saved_scenario());
        open.set(true);
    };
    if take_request() {
        show();
    }
    // Later clicks: the bundle is here and hears the event (for the page's lifetime).
    let listener = window_event_listener_untyped("kaigo-present", move |_| {
        take_request();
        show();
    });
    std::mem::forget(listener);
    if let Some(present_root) = document()
        .create_element("div")
        .ok()
        .and_then(|d| d.dyn_into::<web_sys::HtmlElement>().ok())
    {
        present_root.set_id("present-root");
        if let Some(body) = document().body() {
            let _ = body.append_child(&present_root);
            let (lang, scenario) = (state.lang, state.scenario);
            leptos::mount::mount_to(
                present_root,
                move || view! { <Present lang scenario open /> },
            )
            .forget();
        }
    }
}

/// What the screen and the printed proposal share.
#[derive(Clone, Copy)]
struct Shared {
    lang: RwSignal<Lang>,
    scenario: RwSignal<Scenario>,
    facility: RwSignal<String>,
}

fn today() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect()
}

fn saved_scenario() -> Scenario {
    match store::load() {
        Loaded::Restored(s) => *s,
        _ => Preset::Brochure.scenario(),
    }
}

fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    )
}

#[component]
fn Tools(state: Shared) -> impl IntoView {
    let Shared {
        lang,
        scenario,
        facility,
    } = state;
    let notice = RwSignal::new(None::<String>);
    // The saved estimates: read with the import check; what cannot be read is kept.
    let library = RwSignal::new({
        let mut lib = Library::default();
        if let Ok(Some(raw)) = store::read(LIBRARY_KEY) {
            let report = lib.import_json(&raw);
            if !report.problems.is_empty() {
                let key = store::backup(LIBRARY_BACKUP_PREFIX, &raw);
                notice.set(Some(lang.get_untracked().library_recovered(key.as_deref())));
            }
        }
        lib
    });
    Effect::new(move |_| {
        let text = library.with(Library::export_json);
        if store::write(LIBRARY_KEY, &text).is_err() {
            notice.set(Some(lang.get_untracked().storage_full().into()));
        }
    });
    let listeners = [
        window_event_listener_untyped("kaigo-lang", move |_| lang.set(page_lang())),
        window_event_listener_untyped("kaigo-share-open", move |_| scenario.set(saved_scenario())),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));

    let url = move || {
        let location = window().location();
        format!(
            "{}{}?{}#savings",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            scenario.with(share::encode)
        )
    };
    let qr = move || share::qr_svg(&url());
    let copy = move |_| {
        let promise = window().navigator().clipboard().write_text(&url());
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            let l = lang.get_untracked();
            notice.set(Some(
                if ok {
                    l.link_copied()
                } else {
                    l.link_copy_failed()
                }
                .into(),
            ));
        });
    };
    let csv_href = move || {
        let text = scenario.with(|s| export::csv_report(s, lang.get(), &facility.get(), &today()));
        data_url("text/csv", &text)
    };

    let name = RwSignal::new(String::new());
    let compare = RwSignal::new(Vec::<usize>::new());
    let save = move |_| {
        let n = match name.get_untracked() {
            n if n.trim().is_empty() => facility.get_untracked(),
            n => n,
        };
        let s = scenario.get_untracked();
        let mut result = Ok(0);
        library.update(|l| result = l.save(&n, s));
        match result {
            Ok(_) => {
                name.set(String::new());
                notice.set(None);
            }
            Err(e) => notice.set(Some(lang.get_untracked().library_error(&e).into())),
        }
    };
    let open = move |i: usize| {
        let Some(saved) = library.with_untracked(|l| l.items.get(i).cloned()) else {
            return;
        };
        if store::save(&saved.scenario).is_ok() {
            scenario.set(saved.scenario);
            announce("kaigo-scenario");
            notice.set(Some(lang.get_untracked().opened(&saved.name)));
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else { return };
        let promise = file.text();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let mut report = Default::default();
            library.update(|l| report = l.import_json(&text));
            let r: crate::model::library::ImportReport = report;
            notice.set(Some(lang.get_untracked().import_report(
                r.added.len(),
                r.renamed.len(),
                &r.problems,
            )));
        });
    };

    view! {
        <section class="tools" aria-labelledby="tools-heading">
            <h2 id="tools-heading" class="visually-hidden">{move || lang.get().tools_heading()}</h2>
            <p class="demo-notice" data-testid="tools-notice" role="status" hidden=move || notice.with(Option::is_none)>
                {move || notice.get().unwrap_or_default()}
            </p>
            <div class="tools-grid">
                <section class="card">
                    <h3>{move || lang.get().share_heading()}</h3>
                    <p class="source">{move || lang.get().share_lead()}</p>
                    <input type="text" readonly data-testid="share-url" aria-label=move || lang.get().share_heading() prop:value=url />
                    <button type="button" data-testid="share-copy" on:click=copy>{move || lang.get().copy_link()}</button>
                    {move || match qr() {
                        Some(svg) => view! { <div class="qr" data-testid="share-qr" role="img" aria-label=lang.get().share_heading() inner_html=svg></div> }.into_any(),
                        None => view! { <p class="demo-refused">{lang.get().qr_too_long()}</p> }.into_any(),
                    }}
                </section>
                <section class="card">
                    <h3>{move || lang.get().csv_heading()}</h3>
                    <label class="field">
                        <span>{move || lang.get().facility_label()}</span>
                        <input type="text" data-testid="share-facility" prop:value=move || facility.get() on:input=move |ev| facility.set(event_target_value(&ev)) />
                    </label>
                    <div class="composer-row">
                        <a class="button" data-testid="share-csv" download="kaigo-savings.csv" href=csv_href>{move || lang.get().download_report()}</a>
                        <button type="button" data-testid="share-print" on:click=move |_| { let _ = window().print(); }>{move || lang.get().print_button()}</button>
                    </div>
                    <div class="composer-row">
                        <a class="button" data-testid="share-chart-monthly" download="monthly-savings.svg" href=move || {
                            let l = lang.get();
                            data_url("image/svg+xml", &scenario.with(|s| monthly_chart(&compute(s), l, 760, (s.costs.range_low, s.costs.range_high))))
                        }>{move || lang.get().download_chart(0)}</a>
                        <a class="button" data-testid="share-chart-cumulative" download="cumulative.svg" href=move || {
                            let l = lang.get();
                            data_url("image/svg+xml", &scenario.with(|s| cumulative_chart(&economics(s, &compute(s)), s, l, 760)))
                        }>{move || lang.get().download_chart(1)}</a>
                    </div>
                </section>
            </div>
            <section class="card">
                <h3>{move || lang.get().library_heading()}</h3>
                <div class="composer-row">
                    <input type="text" data-testid="library-name" aria-label=move || lang.get().saved_name_label() placeholder=move || lang.get().saved_name_label()
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    <button type="button" class="primary" data-testid="library-save" on:click=save>{move || lang.get().save_as()}</button>
                </div>
                <table class="library" data-testid="library-list">
                    <tbody>
                        {move || library.with(|l| l.items.iter().map(|s| s.name.clone()).collect::<Vec<_>>()).into_iter().enumerate().map(|(i, n)| view! {
                            <tr>
                                <td>
                                    <input type="text" data-testid=format!("library-rename-{i}") aria-label=lang.get().saved_name_label() prop:value=n on:change=move |ev| {
                                        let new = event_target_value(&ev);
                                        let mut r = Ok(());
                                        library.update(|l| r = l.rename(i, &new));
                                        if let Err(e) = r { notice.set(Some(lang.get_untracked().library_error(&e).into())) }
                                    } />
                                </td>
                                <td><button type="button" data-testid=format!("library-open-{i}") on:click=move |_| open(i)>{lang.get().open_saved()}</button></td>
                                <td><button type="button" data-testid=format!("library-duplicate-{i}") on:click=move |_| {
                                    let mut r = Ok(0);
                                    library.update(|l| r = l.duplicate(i));
                                    if let Err(e) = r { notice.set(Some(lang.get_untracked().library_error(&e).into())) }
                                }>{lang.get().duplicate()}</button></td>
                                <td><button type="button" data-testid=format!("library-delete-{i}") on:click=move |_| {
                                    library.update(|l| { let _ = l.delete(i); });
                                    compare.set(Vec::new());
                                }>{lang.get().delete()}</button></td>
                                <td><label class="check">
                                    <input type="checkbox" data-testid=format!("library-compare-{i}") prop:checked=move || compare.with(|c| c.contains(&i)) on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        compare.update(|c| { c.retain(|x| *x != i); if on && c.len() < 3 { c.push(i) } });
                                    } />
                                    <span>{lang.get().compare_label()}</span>
                                </label></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <table class="compare" data-testid="library-compare" hidden=move || compare.with(Vec::is_empty)>
                    <caption>{move || lang.get().compare_heading()}</caption>
                    <tbody>
                        {move || {
                            let l = lang.get();
                            let rows = compare.get().into_iter().filter_map(|i| library.with(|lib| lib.items.get(i).cloned())).map(|s| {
                                let r = compute(&s.scenario);
                                let e = economics(&s.scenario, &r);
                                view! {
                                    <tr>
                                        <th scope="row">{s.name}</th>
                                        <td>{l.per_month()} " " {l.yen(r.total.yen_month)}</td>
                                        <td>{l.per_year()} " " {l.yen(r.total.yen_year)}</td>
                                        <td>{l.net_monthly_label()} " " {l.signed_yen(e.net_monthly)}</td>
                                        <td>{l.payback_label()} " " {l.payback_figure(e.payback)}</td>
                                    </tr>
                                }
                            }).collect_view();
                            rows
                        }}
                    </tbody>
                </table>
                <div class="chart" data-testid="library-compare-chart" hidden=move || compare.with(Vec::is_empty) inner_html=move || {
                    let items: Vec<(String, u64, i64)> = compare.get().into_iter().filter_map(|i| library.with(|lib| lib.items.get(i).cloned())).map(|s| {
                        let r = compute(&s.scenario);
                        (s.name, r.total.yen_month, economics(&s.scenario, &r).net_monthly)
                    }).collect();
                    compare_chart(&items, lang.get(), 640)
                }></div>
                <div class="composer-row">
                    <a class="button" data-testid="library-export" download="kaigo-savings-estimates.json"
                        href=move || data_url("application/json", &library.with(Library::export_json))>{move || lang.get().export_library()}</a>
                    <label class="check">
                        <span>{move || lang.get().import_library()}</span>
                        <input type="file" accept="application/json,.json" data-testid="library-import" on:change=on_import />
                    </label>
                </div>
            </section>
        </section>
    }
}

/// The A4 proposal: facility, date, results with their formulas, charts, costs and
/// payback, every input, the methodology and the disclaimer.
#[component]
fn PrintView(state: Shared) -> impl IntoView {
    use crate::charts::{cumulative_chart, monthly_chart};
    use crate::model::sources::SOURCES;
    use crate::model::{Field, Line};
    let Shared {
        lang,
        scenario,
        facility,
    } = state;
    // Computed once per change, read by several parts of the proposal.
    let results_memo = Memo::new(move |_| scenario.with(compute));
    let econ_memo = Memo::new(move |_| scenario.with(|s| results_memo.with(|r| economics(s, r))));
    let results = move || results_memo.get();
    let econ = move || econ_memo.get();
    view! {
        <article class="print" data-testid="print-view">
            <h1>{move || lang.get().print_title()}</h1>
            <p class="meta" data-testid="print-meta">{move || lang.get().print_meta(&facility.get(), &today())}</p>
            <section>
                <h2>{move || lang.get().results_heading()}</h2>
                <p class="headline">
                    {move || { let l = lang.get(); let t = results().total; format!("{} {}（{}）　{} {}　{} {}　{} {}",
                        l.per_month(), l.yen(t.yen_month), l.yen_compact(t.yen_month), l.per_year(), l.yen(t.yen_year),
                        l.hours_freed(), l.hours(t.hours_tenths), l.fte(), l.fte_value(t.fte_tenths)) }}
                </p>
                <table>
                    <tbody>
                        {move || { let l = lang.get(); let r = results(); scenario.with(|s| Line::ALL.into_iter().map(|line| {
                            let lr = *r.line(line);
                            let formula = if lr.included { l.filled_formula(line, s, lr.yen_month) } else { l.excluded().to_string() };
                            view! { <tr><th scope="row">{l.line_title(line)}</th><td>{formula}</td><td class="num">{l.yen(lr.yen_month)}</td></tr> }
                        }).collect_view()) }}
                    </tbody>
                </table>
                <div class="chart" inner_html=move || { let l = lang.get(); scenario.with(|s| monthly_chart(&results(), l, 680, (s.costs.range_low, s.costs.range_high))) }></div>
            </section>
            <section class="page-break">
                <h2>{move || lang.get().net_heading()}</h2>
                <table>
                    <tbody>
                        {move || { let l = lang.get(); let e = econ(); [
                            (l.running_label(), l.yen(e.running_monthly)),
                            (l.onetime_total_label(), l.yen(e.onetime_total)),
                            (l.subsidy_label(), l.yen(e.subsidy_yen)),
                            (l.net_monthly_label(), l.signed_yen(e.net_monthly)),
                            (l.net_yearly_label(), l.signed_yen(e.net_yearly)),
                            (l.payback_label(), l.payback_figure(e.payback)),
                            (l.breakeven_label(), l.breakeven_figure(e.breakeven)),
                        ].into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td class="num">{v}</td></tr> }).collect_view() }}
                    </tbody>
                </table>
                <p>{move || lang.get().net_formula()}</p>
                <div class="chart" inner_html=move || { let l = lang.get(); scenario.with(|s| cumulative_chart(&econ(), s, l, 680)) }></div>
            </section>
            <section class="page-break">
                <h2>{move || lang.get().inputs_heading()}</h2>
                <table class="inputs">
                    <tbody>
                        {move || { let l = lang.get(); scenario.with(|s| Field::ALL.into_iter().map(|f| view! {
                            <tr><th scope="row">{l.field_name(f)}</th><td class="num">{crate::i18n::format_num(f.get(s))}</td><td>{l.unit(f.unit())}</td></tr>
                        }).collect_view()) }}
                    </tbody>
                </table>
            </section>
            <section>
                <h2>{move || lang.get().method_heading()}</h2>
                <ol>{move || lang.get().method_formulas().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ol>
                <ul>{move || { let l = lang.get(); SOURCES.iter().map(|src| view! {
                    <li><strong>{l.status_name(src.status)}</strong>" "{l.pick(src.what.0, src.what.1)}" — "{l.pick(src.origin.0, src.origin.1)}</li>
                }).collect_view() }}</ul>
                <p class="disclaimer">{move || lang.get().method_disclaimer()}</p>
            </section>
        </article>
    }
}
