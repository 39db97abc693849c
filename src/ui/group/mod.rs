//! The 法人 screen (issue 21): several facilities in one estimate — added from the
//! estimate on screen or from the saved estimates, renamed, edited in the
//! calculator (each change going straight into the 法人) or replaced with the
//! estimate on screen, reordered, taken out with undo; saved as a file and added
//! from one, the table as CSV, presented, printed as a board paper, and handed
//! over as a link (read here when the page was opened with one). This
//! module owns the 法人's reading and storing and the facilities' list; its
//! figures are `figures` (the roll-up, evidence, costs, chart, comparison and
//! second looks), its slides `slides`, its board paper `paper`, both made of
//! `blocks`. The 法人 is `AppState::group`, read from storage the first time this
//! screen opens; every figure comes from `model::group`.

use crate::i18n::group::GroupNotice;
use crate::i18n::Lang;
use crate::model::group::{Facility, Group, RollUp};
use crate::model::group_file::{self, GroupFileError, MAX_FACILITIES, MAX_NAME};
use crate::model::group_link;
use crate::model::scenario::{Service, Services};
use crate::model::Scenario;
use crate::report::group_csv;
use crate::route::Screen;
use crate::ui::browser::{download, picked_file, when_settled};
use crate::ui::erase::{effect, keyed, message};
use crate::ui::parts::{Lazy, Part};
#[cfg(feature = "browser")]
use crate::ui::state::stored::on_hide;
use crate::ui::state::stored::{Found, Unreadable};
use crate::ui::state::{AppState, GroupDrawn, GroupState};
use crate::ui::text::tr;
use leptos::prelude::*;

mod blocks;
mod figures;
mod paper;
mod slides;
use figures::Figures;

/// How long the 法人 must be still before it is stored: a keystroke never waits
/// for every facility to be written (230 KB for 200 facilities).
#[cfg(feature = "browser")]
const SAVE_AFTER_MS: u64 = 400;

#[cfg(feature = "browser")]
thread_local! {
    /// Whether the 法人 has changed since it was last stored.
    static DIRTY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Stores the 法人 if it changed (not over a newer version's document, not when
/// unreadable text could not be kept aside).
#[cfg(feature = "browser")]
fn flush(g: GroupState) {
    if DIRTY.replace(false) && g.stored.writes() {
        let text = g.group.with_untracked(group_file::save);
        if g.stored.write(text).is_err() {
            g.notice.set(Some(GroupNotice::NotSaved));
        }
    }
}

/// Reads the stored 法人 the first time the screen opens; from then on every
/// change is stored once the 法人 has been still for `SAVE_AFTER_MS`, or when the
/// page is hidden or left, another tab's stored 法人 is followed, and the
/// calculator can edit a facility.
fn open(state: AppState) {
    let g = state.group;
    if !g.opened.get_untracked() {
        g.opened.set(true);
        // Another tab's change, when this version reads it (else it stays for
        // that tab, as the estimate's does).
        g.stored
            .on_other_tab(move |raw| match raw.as_deref().map(read) {
                Some(Ok(theirs)) => {
                    g.group.update(|gr| gr.replace_with(theirs));
                    g.removed.set(None);
                }
                // A newer version's: never written over from here.
                Some(Err(Unreadable::Newer)) => {
                    g.stored.stop_writing();
                    g.notice.set(Some(GroupNotice::Newer));
                }
                Some(Err(Unreadable::Corrupt)) | None => {}
            });
        #[cfg(feature = "browser")]
        on_hide(move || flush(g));
        let mut stored = None;
        match g
            .stored
            .open(&mut |raw| read(raw).map(|gr| stored = Some(gr)))
        {
            Found::Read => {
                if let Some(gr) = stored {
                    g.group.set(gr);
                }
            }
            Found::Nothing => {}
            Found::Unavailable => g.notice.set(Some(GroupNotice::NotSaved)),
            Found::Newer => g.notice.set(Some(GroupNotice::Newer)),
            Found::Recovered(kept) => g.notice.set(Some(GroupNotice::Recovered(kept))),
        }
        match root() {
            Some(root) => root.with(|| for_the_page(state)),
            None => for_the_page(state),
        }
        // A 法人 link the page was opened with: its facilities added, as a file's.
        if let Some(query) = g.link.get_untracked() {
            g.link.set(None);
            let notice = match group_link::decode(&query) {
                Ok(other) => {
                    let mut n = 0;
                    g.group.update(|gr| n = gr.add_all(other, MAX_FACILITIES));
                    // Stored as any change is (the save's effect has not yet run
                    // once, and its first run stores nothing).
                    #[cfg(feature = "browser")]
                    save_soon(g);
                    GroupNotice::LinkAdded(n)
                }
                Err(e) => GroupNotice::LinkRefused(e),
            };
            // Not over a notice that changes are not stored (they stay unsaved).
            if !keeps_notice(g) {
                g.notice.set(Some(notice));
            }
        }
    }
}

/// What lasts as long as the page once the 法人 is read (owned by the program's
/// root, not by this screen: the 法人 changes on the calculator too): the
/// calculator's changes written into the facility it edits, every change stored
/// once the 法人 is still, and the bar that says which facility is edited.
fn for_the_page(state: AppState) {
    let g = state.group;
    g.drawn.set(Some(GroupDrawn {
        bar: || view! { <EditingBar /> }.into_any(),
        paper: || view! { <paper::BoardPaper /> }.into_any(),
        slides: slides::count,
        slide: slides::slide,
    }));
    // Same figures, no change: opening a facility, or a field typed back.
    effect(move || {
        let s = state.scenario.get();
        if let Some(id) = g.editing.get() {
            g.group.maybe_update(|gr| {
                let f = gr.position(id).and_then(|i| gr.facility_mut(i));
                f.filter(|f| f.scenario != s)
                    .map(|f| f.scenario = s)
                    .is_some()
            });
        }
    });
    let mut first = true;
    effect(move || {
        g.group.track();
        if !std::mem::take(&mut first) {
            #[cfg(feature = "browser")]
            save_soon(g);
        }
    });
}

/// A stored 法人, as this version reads it.
fn read(raw: &str) -> Result<Group, Unreadable> {
    group_file::open(raw).map_err(|e| match e {
        GroupFileError::Newer(_) => Unreadable::Newer,
        GroupFileError::Corrupt => Unreadable::Corrupt,
    })
}

/// The program's root: what is made under it lasts as long as the page.
fn root() -> Option<Owner> {
    let mut owner = Owner::current()?;
    while let Some(up) = owner.parent() {
        owner = up;
    }
    Some(owner)
}

/// Marks the 法人 changed and (re)starts the wait after which it is stored.
#[cfg(feature = "browser")]
fn save_soon(g: GroupState) {
    DIRTY.set(true);
    g.stored
        .when_still(std::time::Duration::from_millis(SAVE_AFTER_MS), move || {
            flush(g)
        });
}

/// An action done: a notice about an earlier one goes, one that changes are not
/// stored stays.
fn done(g: GroupState) {
    if !keeps_notice(g) {
        g.notice.set(None);
    }
}

/// Whether the notice on screen says changes are not stored: it stays.
fn keeps_notice(g: GroupState) -> bool {
    g.notice.with_untracked(|n| {
        matches!(
            n,
            Some(GroupNotice::Newer | GroupNotice::NotSaved | GroupNotice::Recovered(None))
        )
    })
}

/// `通所・入所`: a facility's services.
fn services_text(lang: Lang, services: Services) -> String {
    let names: Vec<&str> = Service::ALL
        .into_iter()
        .filter(|v| services.has(*v))
        .map(|v| lang.service_name(v))
        .collect();
    names.join(lang.pick("・", ", "))
}

/// `通所・入所　51.9万円/月`: a facility's services and its saving a month.
fn summary(lang: Lang, services: Services, yen_month: u64) -> String {
    format!(
        "{}{}{}{}",
        services_text(lang, services),
        lang.gap(),
        lang.yen_compact(yen_month),
        lang.per_month_suffix()
    )
}

/// Names the app gave (「事業所1」) in the language shown: renamed in one change
/// of the 法人, however many there are, when the screen is drawn and at every
/// switch of language.
fn follow_language(g: GroupState, lang: RwSignal<Lang>) {
    effect(move || {
        let l = lang.get();
        let given = |n: &str| l.group_default_number_elsewhere(n);
        if g.group
            .with_untracked(|gr| gr.facilities().iter().any(|f| given(&f.name).is_some()))
        {
            g.group.update(|gr| {
                for i in 0..gr.facilities().len() {
                    if let Some(k) = given(&gr.facilities()[i].name) {
                        let _ = gr.rename(i, l.group_default_name(k));
                    }
                }
            });
        }
    });
}

#[component]
pub fn GroupScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let g = state.group;
    open(state);
    let lang = state.lang;
    follow_language(g, lang);
    // From the figures alone (no names, no adjustment): a name or the adjustment
    // typed costs a copy and a comparison of the facilities' inputs, not every
    // facility computed again, and nothing is drawn again but what shows it.
    let figures = Memo::new(move |_| g.group.with(Group::figures));
    let rollup = Memo::new(move |_| figures.with(|f| f.rollup(None)));
    let looks = Memo::new(move |_| figures.with(Group::second_looks));
    // A memo: the figures are drawn once, not again on every change (which
    // would reset a field being typed in).
    // Each facility's id and services, in order: what the rows follow, so a
    // keystroke in a name or the adjustment runs one memo, not one per row.
    let rows = Memo::new(move |_| {
        g.group.with(|gr| {
            gr.facilities()
                .iter()
                .map(|f| (f.id, f.scenario.services))
                .collect::<Vec<_>>()
        })
    });
    let has = Memo::new(move |_| rollup.with(|r| !r.facilities.is_empty()));
    let has = move || has.get();
    view! {
        <div class="group-screen">
            <section class="card" aria-labelledby="group-heading">
                <h2 id="group-heading">{tr(lang, Lang::group_heading)}</h2>
                <p class="help">{tr(lang, Lang::group_help)}</p>
                <AddFacility />
                {message("demo-notice", "group-notice", "status", move || g.notice.get().map(|n| lang.get().group_notice(&n)))}
                <button
                    type="button"
                    data-testid="group-undo"
                    // Not past the most a 法人 holds (a fuller one would not open again).
                    hidden=move || g.removed.with(Option::is_none) || rollup.with(|r| r.facilities.len() >= MAX_FACILITIES)
                    on:click=move |_| {
                        if let Some(r) = g.removed.get_untracked() {
                            g.group.update(|gr| {
                                gr.restore(r);
                            });
                            g.removed.set(None);
                            done(g);
                        }
                    }
                >
                    {tr(lang, Lang::group_undo)}
                </button>
                <p class="help" hidden=has>{tr(lang, Lang::group_empty)}</p>
                <ol class="group-facilities" data-testid="group-facilities">
                    {keyed(
                        move || rows.with(|r| r.iter().map(|x| x.0).collect()),
                        move |id| view! { <FacilityRow id rows rollup /> }.into_any(),
                    )}
                </ol>
                <Files rollup />
            </section>
            {move || has().then(|| view! { <Figures rollup looks /> })}
        </div>
    }
}

/// Above the calculator and every other screen while a facility is edited: which
/// one, the way back to the 法人, and an end to it (the figures on screen stay).
#[component]
fn EditingBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    let name = Memo::new(move |_| {
        let id = g.editing.get()?;
        g.group
            .with(|gr| gr.position(id).map(|i| gr.facilities()[i].name.clone()))
    });
    view! {
        <div class="notice group-editing" data-testid="group-editing" role="status" hidden=move || name.with(Option::is_none)>
            <span>{move || name.get().map(|n| lang.get().group_editing(&n))}</span>
            <a href=Screen::Group.hash() data-testid="group-editing-back">{tr(lang, Lang::group_editing_back)}</a>
            <button type="button" data-testid="group-editing-end" on:click=move |_| g.editing.set(None)>
                {tr(lang, Lang::group_editing_end)}
            </button>
        </div>
    }
}

/// The 法人 out and in: the table as CSV for Excel, the whole 法人 as a file (the
/// stored document), the board paper printed, the 法人 presented, and a file's
/// facilities added. Files are made when asked
/// for, not on every change.
#[component]
fn Files(rollup: Memo<RollUp>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    let has = move || g.group.with(|gr| !gr.facilities().is_empty());
    let link_shown = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else { return };
        when_settled(file.text(), move |r| {
            let text = r.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let notice = match group_file::open(&text) {
                Ok(other) => {
                    let mut n = 0;
                    g.group.update(|gr| n = gr.add_all(other, MAX_FACILITIES));
                    GroupNotice::FileAdded(n)
                }
                Err(GroupFileError::Newer(_)) => GroupNotice::FileNewer,
                Err(GroupFileError::Corrupt) => GroupNotice::FileUnreadable,
            };
            g.notice.set(Some(notice));
        });
    };
    view! {
        <div class="group-add">
            <button type="button" data-testid="group-csv" hidden=move || !has()
                on:click=move |_| {
                    let text = g.group.with_untracked(|gr| rollup.with_untracked(|r| group_csv(gr, r, lang.get_untracked())));
                    download("kaigo-savings-group.csv", "text/csv", &text);
                }>
                {tr(lang, Lang::group_csv)}
            </button>
            <button type="button" data-testid="group-save-file" hidden=move || !has()
                on:click=move |_| download("kaigo-savings-group.json", "application/json", &g.group.with_untracked(group_file::save))>
                {tr(lang, Lang::group_save_file)}
            </button>
            <button type="button" data-testid="group-print" hidden=move || !has()
                on:click=move |_| state.print()>
                {tr(lang, Lang::group_print)}
            </button>
            <button type="button" data-testid="group-present" hidden=move || !has()
                on:click=move |_| state.presenting.set(true)>
                {tr(lang, Lang::group_present)}
            </button>
            <button type="button" data-testid="group-link-open" hidden=move || !has()
                aria-expanded=move || if link_shown.get() { "true" } else { "false" }
                on:click=move |_| link_shown.update(|v| *v = !*v)>
                {tr(lang, Lang::group_link)}
            </button>
            <label class="check">
                <span>{tr(lang, Lang::group_open_file)}</span>
                <input type="file" accept="application/json,.json" data-testid="group-open-file" on:change=on_file />
            </label>
        </div>
        // Drawn by the share screen's part, which has the QR code's drawing.
        {move || (link_shown.get() && has()).then(|| view! { <Lazy part=Part::GroupLink /> })}
    }
}

/// Adding a facility: the estimate on screen, or a saved one.
#[component]
fn AddFacility() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang, library) = (state.group, state.lang, state.library);
    let picked = RwSignal::new(String::new());
    let full = move || g.group.with(|gr| gr.facilities().len() >= MAX_FACILITIES);
    let add = move |name: String, s: Scenario| {
        g.group.update(|gr| {
            let name = if name.trim().is_empty() {
                lang.get_untracked()
                    .group_default_name(gr.facilities().len() + 1)
            } else {
                name.chars().take(MAX_NAME).collect()
            };
            gr.bring(Facility::new(name, s));
        });
        done(g);
    };
    view! {
        <div class="group-add">
            <button
                type="button"
                class="primary"
                data-testid="group-add-current"
                disabled=full
                on:click=move |_| add(state.facility.get_untracked(), state.scenario.get_untracked())
            >
                {tr(lang, Lang::group_add_current)}
            </button>
            <label class="field">
                <span>{tr(lang, Lang::group_add_saved_label)}</span>
                <select data-testid="group-add-saved-select" on:change=move |ev| picked.set(event_target_value(&ev))>
                    <option value="">{move || if library.with(|l| l.items.is_empty()) { lang.get().group_no_saved() } else { "—" }}</option>
                    {move || library.with(|l| {
                        l.items
                            .iter()
                            .map(|s| view! { <option value=s.id.to_string()>{s.name.clone()}</option> })
                            .collect_view()
                    })}
                </select>
            </label>
            <button
                type="button"
                data-testid="group-add-saved"
                disabled=move || full() || picked.with(String::is_empty)
                on:click=move |_| {
                    let id = picked.get_untracked().parse().unwrap_or(0);
                    if let Some(s) = library.with_untracked(|l| l.get(id).cloned()) {
                        add(s.name, s.scenario);
                    }
                }
            >
                {tr(lang, Lang::group_add)}
            </button>
        </div>
    }
}

/// One facility: its name (renamed as typed), services and saving, and its actions.
#[component]
fn FacilityRow(id: u64, rows: Memo<Vec<(u64, Services)>>, rollup: Memo<RollUp>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    // Memos: with 200 facilities, a keystroke elsewhere must not draw every row
    // again (only what changed for this row is).
    // Where it is and its services, drawn again only when they change.
    let place =
        Memo::new(move |_| rows.with(|r| r.iter().position(|x| x.0 == id).map(|i| (i, r[i].1))));
    let at = move || place.with(|p| p.map(|p| p.0));
    let facility = move || {
        g.group
            .with_untracked(|gr| gr.position(id).map(|i| gr.facilities()[i].clone()))
    };
    let name = RwSignal::new(facility().map(|f| f.name).unwrap_or_default());
    // A name the app gave (「事業所1」) follows the language (the 法人's own is
    // renamed once for all rows: `follow_language`); a typed one stays. (`shown`
    // is what the field shows: set only here, never while typing.)
    let shown = RwSignal::new(name.get_untracked());
    effect(move || {
        let l = lang.get();
        if let Some(k) = name.with_untracked(|n| l.group_default_number_elsewhere(n)) {
            let given = l.group_default_name(k);
            name.set(given.clone());
            shown.set(given);
        }
    });
    // Too long, or empty (a facility always has a name to be named by).
    let too_long = move || name.with(|n| n.chars().count() > MAX_NAME || n.trim().is_empty());
    let input_id = format!("group-name-{id}");
    let label = move |action: fn(Lang) -> &'static str| {
        move || {
            let l = lang.get();
            l.group_action(&name.get(), action(l))
        }
    };
    let shift = move |by: isize| {
        if let Some(i) = at() {
            let to = i.saturating_add_signed(by);
            g.group.update(|gr| {
                let _ = gr.move_to(i, to);
            });
        }
    };
    view! {
        <li class="group-facility" data-testid="group-facility">
            <div class="field">
                <label for=input_id.clone()>{move || lang.get().group_name_label(at().map_or(0, |i| i + 1))}</label>
                <input
                    id=input_id
                    type="text"
                    data-testid="group-name"
                    aria-invalid=move || if too_long() { "true" } else { "false" }
                    prop:value=move || shown.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        if let (false, Some(i)) = (too_long(), at()) {
                            g.group.update(|gr| {
                                let _ = gr.rename(i, name.get_untracked());
                            });
                        }
                    }
                />
                {message("error", "group-name-error", "alert", move || too_long().then(|| {
                    let l = lang.get();
                    if name.with(|n| n.trim().is_empty()) { l.group_name_empty().to_string() } else { l.group_name_too_long(MAX_NAME) }
                }))}
            </div>
            <p class="group-summary" data-testid="group-summary">
                {move || {
                    let (i, services) = place.get()?;
                    rollup.with(|r| r.facilities.get(i).map(|e| summary(lang.get(), services, e.results.total.yen_month)))
                }}
                {move || (g.editing.get() == Some(id)).then(|| view! {
                    <span class="badge" data-testid="group-editing-mark">{tr(lang, Lang::group_editing_mark)}</span>
                })}
            </p>
            <div class="group-actions">
                <button type="button" data-testid="group-open" aria-label=label(Lang::group_open)
                    on:click=move |_| {
                        if let Some(f) = facility() {
                            state.open_saved(f.name, f.scenario);
                            g.editing.set(Some(id));
                            let _ = window().location().set_hash(Screen::Savings.hash());
                            // To the top, where the bar says which facility is edited.
                            window().scroll_to_with_x_and_y(0.0, 0.0);
                        }
                    }>
                    {tr(lang, Lang::group_open)}
                </button>
                <button type="button" data-testid="group-replace" aria-label=label(Lang::group_replace)
                    on:click=move |_| {
                        let s = state.scenario.get_untracked();
                        if let Some(i) = at() {
                            g.group.update(|gr| {
                                if let Some(f) = gr.facility_mut(i) {
                                    f.scenario = s;
                                }
                            });
                        }
                    }>
                    {tr(lang, Lang::group_replace)}
                </button>
                <button type="button" data-testid="group-up" aria-label=label(Lang::group_up)
                    disabled=move || at() == Some(0) on:click=move |_| shift(-1)>
                    {tr(lang, Lang::group_up)}
                </button>
                <button type="button" data-testid="group-down" aria-label=label(Lang::group_down)
                    disabled=move || at().is_none_or(|i| rollup.with(|r| i + 1 >= r.facilities.len())) on:click=move |_| shift(1)>
                    {tr(lang, Lang::group_down)}
                </button>
                <button type="button" data-testid="group-remove" aria-label=label(Lang::group_remove)
                    on:click=move |_| {
                        let Some(i) = at() else { return };
                        let mut removed = None;
                        g.group.update(|gr| removed = gr.remove(i).ok());
                        if let Some(r) = removed {
                            // Not edited again if put back: the calculator's changes meanwhile were not its.
                            if g.editing.get_untracked() == Some(id) {
                                g.editing.set(None);
                            }
                            g.notice.set(Some(GroupNotice::Removed(r.facility.name.clone())));
                            g.removed.set(Some(r));
                        }
                    }>
                    {tr(lang, Lang::group_remove)}
                </button>
            </div>
        </li>
    }
}
