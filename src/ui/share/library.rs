//! 保存した試算 (saved estimates): save the figures on screen under a name, open,
//! rename, duplicate, delete, compare up to three side by side with a chart, and
//! move them between devices as one JSON file.

use crate::charts::compare_chart;
use crate::i18n::Lang;
use crate::model::library::{ImportReport, Library, LibraryError};
use crate::model::{compute, economics};
use crate::ui::browser::{data_url, picked_file, when_settled};
use crate::ui::erase::{keyed, message};
use crate::ui::state::AppState;
use crate::ui::text::{tr, Said};
use leptos::prelude::*;

/// Most estimates compared at once.
const MAX_COMPARED: usize = 3;

/// What a change to the saved estimates could not do, in words when shown.
fn library_error(e: LibraryError) -> Said {
    Said::new(move |l| l.library_error(&e).into())
}

#[component]
pub fn LibraryCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let AppState {
        lang,
        library,
        share_notice: notice,
        ..
    } = state;
    let name = RwSignal::new(String::new());
    let compare = RwSignal::new(Vec::<u64>::new());
    let undo_delete = move |_| {
        let mut r = Ok(0);
        library.update(|l| r = l.undo_delete());
        notice.set(r.err().map(library_error));
    };
    let save = move |_| {
        let n = match name.get_untracked() {
            n if n.trim().is_empty() => state.facility.get_untracked(),
            n => n,
        };
        let s = state.scenario.get_untracked();
        let mut result = Ok(0);
        library.update(|l| result = l.save(&n, s));
        match result {
            Ok(_) => {
                name.set(String::new());
                notice.set(None);
            }
            Err(e) => notice.set(Some(library_error(e))),
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else { return };
        let promise = file.text();
        when_settled(promise, move |r| {
            let text = r.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let mut r = ImportReport::default();
            library.update(|l| r = l.import_json(&text));
            notice.set(Some(Said::new(move |l| {
                l.import_report(r.added.len(), r.renamed.len(), &r.problems)
            })));
        });
    };
    // The compared estimates with their results, in the order they were ticked.
    let compared = move || {
        compare.with(|ids| {
            library.with(|l| {
                ids.iter()
                    .filter_map(|id| l.get(*id))
                    .map(|s| {
                        let r = compute(&s.scenario);
                        let e = economics(&s.scenario, &r);
                        (s.name.clone(), r, e)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="card">
            <h3>{tr(lang, Lang::library_heading)}</h3>
            <div class="composer-row">
                <input type="text" data-testid="library-name" aria-label=tr(lang, Lang::saved_name_label) placeholder=tr(lang, Lang::saved_name_label)
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <button type="button" class="primary" data-testid="library-save" on:click=save>{tr(lang, Lang::save_as)}</button>
            </div>
            <table class="library" data-testid="library-list">
                <tbody>
                    {keyed(
                        move || library.with(|l| l.items.iter().map(|s| s.id).collect()),
                        move |id| view! { <SavedRow id compare /> }.into_any(),
                    )}
                </tbody>
            </table>
            <p class="notice" role="status" data-testid="library-deleted" hidden=move || library.with(|l| l.deleted.is_none())>
                {move || library.with(|l| l.deleted.as_ref().map(|d| lang.get().deleted_saved(&d.1.name)).unwrap_or_default())}
                " "
                <button type="button" data-testid="library-undo-delete" on:click=undo_delete>{tr(lang, Lang::undo)}</button>
            </p>
            {message("hint", "library-compare-limit", "status", move || {
                (compare.with(Vec::len) >= MAX_COMPARED).then(|| lang.get().compare_limit(MAX_COMPARED))
            })}
            <table class="compare" data-testid="library-compare" hidden=move || compare.with(Vec::is_empty)>
                <caption>{tr(lang, Lang::compare_heading)}</caption>
                <tbody>
                    {move || {
                        let l = lang.get();
                        compared().into_iter().map(|(name, r, e)| view! {
                            <tr>
                                <th scope="row"><bdi>{name}</bdi></th>
                                <td>{l.per_month()} " " {l.yen(r.total.yen_month)}</td>
                                <td>{l.per_year()} " " {l.yen(r.total.yen_year)}</td>
                                <td>{l.net_monthly_label()} " " {l.signed_yen(e.net_monthly)}</td>
                                <td>{l.payback_label()} " " {l.payback_figure(e.payback)}</td>
                            </tr>
                        }).collect_view()
                    }}
                </tbody>
            </table>
            <div class="chart" data-testid="library-compare-chart" hidden=move || compare.with(Vec::is_empty) inner_html=move || {
                let items: Vec<(String, u64, i64)> = compared().into_iter().map(|(n, r, e)| (n, r.total.yen_month, e.net_monthly)).collect();
                compare_chart(&items, &lang.get(), 640)
            }></div>
            <div class="composer-row">
                <a class="button" data-testid="library-export" download="kaigo-savings-estimates.json"
                    href=move || data_url("application/json", &library.with(Library::export_json))>{tr(lang, Lang::export_library)}</a>
                <label class="check">
                    <span>{tr(lang, Lang::import_library)}</span>
                    <input type="file" accept="application/json,.json" data-testid="library-import" on:change=on_import />
                </label>
            </div>
        </section>
    }
}

/// One saved estimate: its name (editable), open, duplicate, delete, compare.
/// Test ids carry its current position in the list.
#[component]
fn SavedRow(id: u64, compare: RwSignal<Vec<u64>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let AppState {
        lang,
        library,
        share_notice: notice,
        ..
    } = state;
    let index = move || library.with(|l| l.position(id)).unwrap_or(0);
    let testid = move |what: &'static str| move || format!("library-{what}-{}", index());
    let name = move || library.with(|l| l.get(id).map(|s| s.name.clone()).unwrap_or_default());
    // A message is about the last action: a success clears an earlier error.
    let report = move |r: Result<(), LibraryError>| {
        notice.set(r.err().map(library_error));
    };
    let open = move |_| {
        if let Some(saved) = library.with_untracked(|l| l.get(id).cloned()) {
            notice.set(None);
            state.open_saved(saved.name, saved.scenario);
        }
    };
    view! {
        <tr>
            <td>
                <input type="text" data-testid=testid("rename") aria-label=tr(lang, Lang::saved_name_label) prop:value=name on:change=move |ev| {
                    let new = event_target_value(&ev);
                    let (i, mut r) = (untrack(index), Ok(()));
                    library.update(|l| r = l.rename(i, &new));
                    report(r);
                } />
            </td>
            <td><button type="button" data-testid=testid("open") on:click=open>{tr(lang, Lang::open_saved)}</button></td>
            <td><button type="button" data-testid=testid("duplicate") on:click=move |_| {
                let (i, mut r) = (untrack(index), Ok(0));
                library.update(|l| r = l.duplicate(i));
                report(r.map(|_| ()));
            }>{tr(lang, Lang::duplicate)}</button></td>
            <td><button type="button" data-testid=testid("delete") on:click=move |_| {
                let i = untrack(index);
                library.update(|l| { let _ = l.delete(i); });
                compare.update(|c| c.retain(|x| *x != id));
                notice.set(None);
            }>{tr(lang, Lang::delete)}</button></td>
            <td><label class="check">
                <input type="checkbox" data-testid=testid("compare") prop:checked=move || compare.with(|c| c.contains(&id))
                    // Three at most: the others wait, and the hint under the list says why.
                    disabled=move || compare.with(|c| c.len() >= MAX_COMPARED && !c.contains(&id))
                    on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    compare.update(|c| {
                        c.retain(|x| *x != id);
                        if on && c.len() < MAX_COMPARED {
                            c.push(id);
                        }
                    });
                } />
                <span>{tr(lang, Lang::compare_label)}</span>
            </label></td>
        </tr>
    }
}
