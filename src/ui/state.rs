//! The app's one reactive state: the figures (last valid scenario, what is typed
//! in each field and its error, the results derived from them), the language, the
//! screen shown, the presentation, the facility name, the saved estimates and the
//! one-line notice. Every screen reads and changes this; nothing else carries state
//! between screens.

use super::browser;
use super::erase::effect;
use super::store::{self, Loaded, SaveError};
use super::text::Said;
use crate::i18n::group::GroupNotice;
use crate::i18n::{format_num, Lang};
use crate::model::group::{Group, Removed};
use crate::model::group_link;
use crate::model::library::Library;
use crate::model::sensitivity::{self, Bar};
use crate::model::{
    compute, economics, share, Economics, Field, Flag, InputError, Num, Plan, Preset, Results,
    Scenario,
};
use crate::route::Screen;
use crate::timestudy::change::{self, Applied, Change, Refused};
use crate::timestudy::estimate::{self, Offer};
use crate::timestudy::{saved, Role, Study};
use leptos::prelude::*;

/// A one-line message above the screens.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    StorageFull,
    Recovered(String),
    RecoveredFuture,
    RecoveredNoBackup,
    /// Figures from a share link; `undo` brings back the ones before.
    Shared {
        undo: Box<Scenario>,
    },
    /// A saved estimate was opened; `undo` brings back the figures before.
    Opened {
        name: String,
        undo: Box<Scenario>,
    },
    /// A share link could not be opened (why); the figures are unchanged.
    ShareRefused(share::ShareError),
    /// The figures were changed in another tab; this one now shows them.
    OtherTab,
    /// `n` inputs took the time study's measured values; `undo` brings back the
    /// figures before.
    Measured {
        n: usize,
        undo: Box<Scenario>,
    },
    /// A preset (or reset) replaced the figures; `undo` brings them back.
    Loaded {
        preset: Preset,
        undo: Box<Scenario>,
    },
}

impl Notice {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Notice::StorageUnavailable => lang.storage_unavailable().into(),
            Notice::StorageFull => lang.storage_full().into(),
            Notice::Recovered(key) => lang.storage_recovered(key),
            Notice::RecoveredFuture => lang.storage_future().into(),
            Notice::RecoveredNoBackup => lang.storage_recovered_no_backup().into(),
            Notice::Loaded { preset, .. } => lang.notice_loaded(*preset),
            Notice::Shared { .. } => lang.shared_loaded().into(),
            Notice::Opened { name, .. } => lang.opened(name),
            Notice::ShareRefused(e) => lang.share_problem(e),
            Notice::OtherTab => lang.other_tab().into(),
            Notice::Measured { n, .. } => lang.ts_applied(*n),
        }
    }

    /// The figures an undo brings back, if this notice offers one.
    fn undo(&self) -> Option<&Scenario> {
        match self {
            Notice::Loaded { undo, .. }
            | Notice::Shared { undo }
            | Notice::Opened { undo, .. }
            | Notice::Measured { undo, .. } => Some(undo),
            _ => None,
        }
    }

    pub fn offers_undo(&self) -> bool {
        self.undo().is_some()
    }
}

const N: usize = Field::ALL.len();

thread_local! {
    /// The time study's bookkeeping of storage (plain data, not screen state):
    /// this tab's changes not yet stored, oldest first, and what storage held
    /// for the study when this tab last read or wrote it.
    static STUDY_SYNC: std::cell::RefCell<(Vec<Change>, Option<String>)> =
        const { std::cell::RefCell::new((Vec::new(), None)) };
}

/// How long the time study must be still before it is stored.
const STUDY_SAVE_AFTER_MS: u64 = 400;

#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// The screen shown (from the address' `#…`).
    pub screen: RwSignal<Screen>,
    /// Whether the presentation covers the page.
    pub presenting: RwSignal<bool>,
    /// Whether the page is printing (its printed document is drawn).
    pub printing: RwSignal<bool>,
    /// The last valid value of every field: what results are computed from.
    pub scenario: RwSignal<Scenario>,
    /// What the user typed, per field (index = `Field::index`).
    pub texts: [RwSignal<String>; N],
    pub errors: [RwSignal<Option<InputError>>; N],
    pub results: Memo<Results>,
    /// Costs, value and payback of the last valid scenario.
    pub econ: Memo<Economics>,
    /// Base yearly net value and sensitivity bars.
    pub tornado: Memo<(i64, Vec<Bar>)>,
    /// True while any field holds invalid text: results are then the last valid ones.
    pub stale: Memo<bool>,
    pub notice: RwSignal<Option<Notice>>,
    /// The facility's name, for the proposal, the CSV and saved names.
    pub facility: RwSignal<String>,
    /// Saved estimates (保存した試算).
    pub library: RwSignal<Library>,
    /// One-line messages of the share-and-save screen.
    pub share_notice: RwSignal<Option<Said>>,
    autosave: RwSignal<bool>,
    /// The time study (実測): its records, who is being timed, its settings.
    /// Read here; changed only through `change_study`, so every change is stored
    /// and applies again over another tab's.
    pub study: ReadSignal<Study>,
    study_w: WriteSignal<Study>,
    /// One-line messages of the time-study screen.
    pub study_notice: RwSignal<Option<Said>>,
    /// Who is timing on this device (staff code as typed, and role): kept while
    /// the app is open, so coming back to the screen needs no retyping.
    pub study_staff: RwSignal<(String, Role)>,
    /// Whether changes of the study are saved (not over a newer version's record).
    study_autosave: RwSignal<bool>,
    /// Whether the stored study has been read (`open_study`).
    study_opened: RwSignal<bool>,
    /// The 法人, read from storage when its screen first opens (`ui::group`).
    pub group: GroupState,
}

/// The 法人 and what its screen says about it.
#[derive(Clone, Copy)]
pub struct GroupState {
    pub group: RwSignal<Group>,
    pub notice: RwSignal<Option<GroupNotice>>,
    /// Whether the stored 法人 has been read.
    pub opened: RwSignal<bool>,
    /// Whether changes are saved (not over a newer version's, not after a failed backup).
    pub autosave: RwSignal<bool>,
    /// The facility taken out last, until put back or another is taken out.
    pub removed: RwSignal<Option<Removed>>,
    /// The facility the calculator is editing: every change to the estimate on
    /// screen goes into it (`ui::group`), until another estimate is opened, the
    /// opening is undone or another tab's estimate is followed.
    pub editing: RwSignal<Option<u64>>,
    /// A 法人 link's query the page was opened with, until the 法人's part reads
    /// it (its facilities are added to the 法人 then).
    pub link: RwSignal<Option<String>>,
    /// What the 法人's part draws on the pages of others, put here when the part
    /// comes in (editing, the board paper and the slides start only there).
    pub drawn: RwSignal<Option<GroupDrawn>>,
}

/// What the 法人's part draws where other code places it.
#[derive(Clone, Copy)]
pub struct GroupDrawn {
    /// Which facility is edited, above every other screen.
    pub bar: fn() -> AnyView,
    /// The A4 board paper, printed from the 法人's screen.
    pub paper: fn() -> AnyView,
    /// The presentation's 法人 slides: how many a 法人 has (none when empty), and
    /// the one at an index.
    pub slides: fn(&Group) -> usize,
    pub slide: fn(usize) -> AnyView,
}

/// The figures to start with, from storage, and what to say about them.
fn stored_start() -> (Scenario, Option<Notice>, bool) {
    match store::load() {
        Loaded::Fresh => (Preset::Brochure.scenario(), None, true),
        Loaded::Restored(s) => (*s, None, true),
        Loaded::Unavailable => (
            Preset::Brochure.scenario(),
            Some(Notice::StorageUnavailable),
            false,
        ),
        Loaded::Recovered { backup, future } => (
            Preset::Brochure.scenario(),
            Some(if future {
                Notice::RecoveredFuture
            } else {
                Notice::Recovered(backup)
            }),
            true,
        ),
        Loaded::RecoveredNoBackup => (
            Preset::Brochure.scenario(),
            Some(Notice::RecoveredNoBackup),
            false,
        ),
    }
}

impl AppState {
    /// The state the page is pre-rendered in (the brochure example, in Japanese, on
    /// the calculator): what the program starts from when it takes the page over,
    /// before `restore` brings the person's own figures. Touches no browser API.
    pub fn new() -> AppState {
        let initial = Preset::Brochure.scenario();
        let scenario = RwSignal::new(initial);
        let texts = Field::ALL.map(|f| RwSignal::new(format_num(f.get(&initial))));
        let errors = Field::ALL.map(|_| RwSignal::new(None));
        let results = Memo::new(move |_| compute(&scenario.get()));
        let econ = Memo::new(move |_| scenario.with(|s| results.with(|r| economics(s, r))));
        let tornado = Memo::new(move |_| scenario.with(sensitivity::tornado));
        let stale = Memo::new(move |_| errors.iter().any(|e| e.with(Option::is_some)));
        let (study, study_w) = signal(Study::new(""));
        AppState {
            lang: RwSignal::new(Lang::default()),
            screen: RwSignal::new(Screen::Savings),
            presenting: RwSignal::new(false),
            printing: RwSignal::new(false),
            scenario,
            texts,
            errors,
            results,
            econ,
            tornado,
            stale,
            notice: RwSignal::new(None),
            facility: RwSignal::new(String::new()),
            library: RwSignal::new(Library::default()),
            share_notice: RwSignal::new(None),
            autosave: RwSignal::new(false),
            study,
            study_w,
            study_notice: RwSignal::new(None),
            study_staff: RwSignal::new((String::new(), Role::CareWorker)),
            study_autosave: RwSignal::new(false),
            study_opened: RwSignal::new(false),
            group: GroupState {
                group: RwSignal::new(Group::default()),
                notice: RwSignal::new(None),
                opened: RwSignal::new(false),
                autosave: RwSignal::new(false),
                removed: RwSignal::new(None),
                editing: RwSignal::new(None),
                link: RwSignal::new(None),
                drawn: RwSignal::new(None),
            },
        }
    }

    /// In the browser, once the page is the program's: the stored language, figures
    /// and saved estimates, or the figures of a share link in the address (with undo
    /// back to the stored ones), and from then on every change is saved.
    pub fn restore(self) {
        let lang = store::load_lang().unwrap_or_default();
        let (stored, mut notice, autosave) = stored_start();
        let mut initial = stored;
        if let Some(query) = browser::take_share_query() {
            if group_link::is_group_link(&query) {
                // Read by the 法人's part when its screen opens: the link opens
                // it (`#group`, written by `group_link`'s panel).
                self.group.link.set(Some(query));
            } else {
                match share::decode(&query) {
                    Ok(s) => {
                        initial = s;
                        if s != stored {
                            notice = Some(Notice::Shared {
                                undo: Box::new(stored),
                            });
                        }
                        if autosave {
                            // Opened figures stay after a reload, like typed ones.
                            let _ = store::save(&s);
                        }
                    }
                    Err(e) => notice = Some(Notice::ShareRefused(e)),
                }
            }
        }
        match store::load_library() {
            Ok(lib) => self.library.set(lib),
            Err((lib, kept)) => {
                self.library.set(lib);
                self.share_notice.set(Some(Said::new(move |l| {
                    l.library_recovered(kept.as_deref())
                })));
            }
        }
        self.lang.set(lang);
        self.facility.set(store::load_facility());
        if initial != self.scenario.get_untracked() {
            self.replace(initial);
        }
        self.notice.set(notice);
        self.autosave.set(autosave);
        self.persist_on_change();
    }

    /// Prints what the page prints now: its document drawn first, then the
    /// browser's dialog. (Asked for at once, the dialog would show the page as it
    /// was: the drawing runs after the handler that asked for it.)
    pub fn print(self) {
        self.printing.set(true);
        set_timeout(
            || {
                let _ = window().print();
            },
            std::time::Duration::ZERO,
        );
    }

    /// The stored time study, or a new one for this device, read the first time a
    /// screen needs it (the time study, the printed proposal: both parts of their
    /// own, so the study's reader and writer are not in the first screen's code);
    /// from then on its changes are saved and another tab's are followed.
    /// Unreadable text is kept under a backup key first; a newer version's record
    /// is left as it is and nothing is saved over it.
    pub fn open_study(self) {
        if self.study_opened.get_untracked() {
            return;
        }
        self.study_opened.set(true);
        // Natively (the build step's rendering) there is no stored study.
        #[cfg(feature = "browser")]
        {
            self.restore_study();
            self.persist_study();
        }
    }

    fn restore_study(self) {
        let raw = store::read(store::Key::TimeStudy);
        let (study, notice, autosave) = match &raw {
            Ok(Some(raw)) => match saved::open(raw) {
                Ok(s) => (s, None, true),
                Err(saved::OpenError::FutureVersion(_)) => {
                    (Study::new(""), Some(Said::words(Lang::ts_future)), false)
                }
                Err(saved::OpenError::Corrupt) => {
                    let kept = store::backup(store::Key::TimeStudy, raw).is_some();
                    (
                        Study::new(""),
                        Some(Said::new(move |l| l.ts_recovered(kept))),
                        kept,
                    )
                }
            },
            Ok(None) => (Study::new(""), None, true),
            Err(_) => (Study::new(""), None, false),
        };
        let study = if study.device.is_empty() {
            Study {
                device: browser::device_name(),
                ..study
            }
        } else {
            study
        };
        STUDY_SYNC.with_borrow_mut(|s| s.1 = raw.ok().flatten());
        self.study_w.set(study);
        self.study_notice.set(notice);
        self.study_autosave.set(autosave);
    }

    /// Applies a person's change to the time study: shown at once, stored once
    /// the study has been still for `STUDY_SAVE_AFTER_MS` (or the page is hidden),
    /// and applied again over what another tab stored meanwhile. A refused change
    /// changes nothing (an import that adds no record neither).
    pub fn change_study(self, c: Change) -> Result<Applied, Refused> {
        let (changed, r) = self
            .study_w
            .try_maybe_update(|s| {
                let r = s.apply(&c);
                let changed = match &r {
                    Ok(Applied::Imported(report)) => report.added > 0,
                    Ok(_) => true,
                    Err(_) => false,
                };
                (changed, (changed, r))
            })
            .unwrap_or((
                false,
                Err(Refused::Study(crate::timestudy::StudyError::NotFound)),
            ));
        if changed {
            STUDY_SYNC.with_borrow_mut(|s| s.0.push(c));
            #[cfg(feature = "browser")]
            self.study_save_soon();
        }
        r
    }

    /// (Re)starts the wait after which the study is stored.
    #[cfg(feature = "browser")]
    fn study_save_soon(self) {
        use leptos::leptos_dom::helpers::TimeoutHandle;
        thread_local! {
            static TIMER: std::cell::Cell<Option<TimeoutHandle>> = const { std::cell::Cell::new(None) };
        }
        if let Some(t) = TIMER.take() {
            t.clear();
        }
        TIMER.set(
            set_timeout_with_handle(
                move || self.flush_study(),
                std::time::Duration::from_millis(STUDY_SAVE_AFTER_MS),
            )
            .ok(),
        );
    }

    /// Stores this tab's changes: over what this tab last read or wrote, or, when
    /// another tab has stored since, applied again over that.
    #[cfg(feature = "browser")]
    fn flush_study(self) {
        if STUDY_SYNC.with_borrow(|s| s.0.is_empty()) {
            return;
        }
        if !self.study_autosave.get_untracked() {
            STUDY_SYNC.with_borrow_mut(|s| s.0.clear());
            return;
        }
        let raw = store::read(store::Key::TimeStudy).ok().flatten();
        if STUDY_SYNC.with_borrow(|s| raw != s.1) && !self.follow_stored(raw) {
            return;
        }
        let text = self.study.with_untracked(saved::save);
        match store::write(store::Key::TimeStudy, &text) {
            Ok(()) => STUDY_SYNC.with_borrow_mut(|s| *s = (Vec::new(), Some(text))),
            Err(SaveError::Full) => self
                .study_notice
                .set(Some(Said::words(Lang::ts_storage_failed))),
            Err(SaveError::Unavailable) => {}
        }
    }

    /// Takes what another tab stored (`raw`), with this tab's unstored changes
    /// applied again over it. False when it is a newer version's record: nothing
    /// is saved over it from then on. Text that cannot be read is left for this
    /// tab's study to replace.
    #[cfg(feature = "browser")]
    fn follow_stored(self, raw: Option<String>) -> bool {
        match raw.as_deref().map(saved::open) {
            Some(Ok(theirs)) => {
                let (next, sheet_dropped) = STUDY_SYNC.with_borrow_mut(|s| {
                    s.1 = raw;
                    let (next, dropped) = change::rebase_reporting(theirs, &s.0);
                    let sheet = dropped.iter().any(|c| matches!(c, Change::Sheet(_)));
                    (next, sheet)
                });
                // A sheet this tab said it recorded is not there after all.
                if sheet_dropped {
                    self.study_notice
                        .set(Some(Said::words(Lang::ts_sheet_dropped)));
                }
                // Undo history aside (it starts afresh over another tab's study).
                let same = self.study.with_untracked(|now| {
                    now.records == next.records
                        && now.running == next.running
                        && (now.phase, now.day_from, now.night_from, now.next)
                            == (next.phase, next.day_from, next.night_from, next.next)
                });
                if !same {
                    self.study_w.set(next);
                }
                true
            }
            Some(Err(saved::OpenError::FutureVersion(_))) => {
                self.study_autosave.set(false);
                STUDY_SYNC.with_borrow_mut(|s| s.0.clear());
                self.study_notice.set(Some(Said::words(Lang::ts_future)));
                false
            }
            Some(Err(saved::OpenError::Corrupt)) | None => true,
        }
    }

    /// Stores the study when the page is hidden or left, and follows another tab's.
    #[cfg(feature = "browser")]
    fn persist_study(self) {
        for event in ["pagehide", "visibilitychange"] {
            // Lasts as long as the page.
            std::mem::forget(window_event_listener_untyped(event, move |_| {
                self.flush_study()
            }));
        }
        store::on_other_tab(move |key| {
            if key == store::Key::TimeStudy {
                let raw = store::read(store::Key::TimeStudy).ok().flatten();
                if STUDY_SYNC.with_borrow(|s| raw != s.1) {
                    self.follow_stored(raw);
                }
            }
        });
    }

    /// Saves every later change of the figures and of the saved estimates; reports
    /// a full or missing storage once, and clears that when a save works again.
    /// Another tab's change is followed (shown here, not written back: writing back
    /// could put older figures over newer ones the other tab has written since).
    fn persist_on_change(self) {
        use std::cell::{Cell, RefCell};
        use std::rc::Rc;
        // What storage holds, as far as this tab knows.
        let stored = Rc::new(Cell::new(self.scenario.get_untracked()));
        let stored_library = Rc::new(RefCell::new(
            self.library.with_untracked(Library::export_json),
        ));
        {
            let stored = stored.clone();
            effect(move || {
                let s = self.scenario.get();
                if s != stored.replace(s) && self.autosave.get_untracked() {
                    match store::save(&s) {
                        Ok(()) => {
                            if self.notice.get_untracked() == Some(Notice::StorageFull) {
                                self.notice.set(None);
                            }
                        }
                        Err(SaveError::Full) => self.notice.set(Some(Notice::StorageFull)),
                        Err(SaveError::Unavailable) => {
                            self.notice.set(Some(Notice::StorageUnavailable))
                        }
                    }
                }
            });
        }
        {
            let stored_library = stored_library.clone();
            effect(move || {
                let json = self.library.with(Library::export_json);
                if json != *stored_library.borrow()
                    && store::write(store::Key::Library, &json) == Err(SaveError::Full)
                {
                    self.share_notice.set(Some(Said::words(Lang::storage_full)));
                }
                *stored_library.borrow_mut() = json;
            });
        }
        // The facility's name is kept like the figures (the proposal and the CSV
        // carry it).
        let stored_name = Rc::new(RefCell::new(self.facility.get_untracked()));
        {
            let stored_name = stored_name.clone();
            effect(move || {
                let name = self.facility.get();
                if name != *stored_name.borrow() && self.autosave.get_untracked() {
                    if store::save_facility(&name) == Err(SaveError::Full) {
                        self.notice.set(Some(Notice::StorageFull));
                    }
                    *stored_name.borrow_mut() = name;
                }
            });
        }
        store::on_other_tab(move |key| match key {
            // The 法人's screen follows it (`ui::group`), once opened.
            store::Key::Group => {}
            store::Key::Scenario => {
                // Only a record this version reads; anything else stays for its tab.
                if let Some(s) = store::peek() {
                    stored.set(s);
                    if s != self.scenario.get_untracked() {
                        // Not this tab's facility's figures: they are not written into it.
                        self.group.editing.set(None);
                        self.replace(s);
                        self.notice.set(Some(Notice::OtherTab));
                    }
                }
            }
            store::Key::Library => {
                if let Ok(lib) = store::load_library() {
                    let json = lib.export_json();
                    if json != *stored_library.borrow() {
                        *stored_library.borrow_mut() = json;
                        self.library.set(lib);
                    }
                }
            }
            store::Key::Lang => {
                if let Some(lang) = store::load_lang() {
                    self.lang.set(lang);
                }
            }
            store::Key::Facility => {
                let name = store::load_facility();
                if self.facility.with_untracked(|now| *now != name) {
                    *stored_name.borrow_mut() = name.clone();
                    self.facility.set(name);
                }
            }
            // The study's own listener follows it (`open_study`).
            store::Key::TimeStudy | store::Key::Demo => {}
        });
    }

    /// The user typed in a field: keep the text, take the value if it is valid.
    pub fn type_text(self, f: Field, text: String) {
        let parsed = f.parse(&text);
        self.texts[f.index()].set(text);
        match parsed {
            Ok(v) => {
                self.errors[f.index()].set(None);
                if f.get(&self.scenario.get_untracked()) != v {
                    self.scenario.update(|s| {
                        // A typed value is an assumption again (a measured badge goes).
                        s.set_by_hand(f, v);
                        // A typed price that is not the plan's list price is a custom price.
                        if f == Field::LicensePrice && s.costs.license.plan.list_price() != Some(v)
                        {
                            s.costs.license.plan = Plan::Custom;
                        }
                    });
                }
            }
            Err(e) => self.errors[f.index()].set(Some(e)),
        }
    }

    /// Picks a licence plan; its list price fills the price field.
    pub fn set_plan(self, plan: Plan) {
        let price = plan.list_price();
        self.scenario.update(|s| {
            s.costs.license.plan = plan;
            if let Some(p) = price {
                s.costs.license.price = p;
            }
        });
        if let Some(p) = price {
            self.texts[Field::LicensePrice.index()].set(format_num(p));
            self.errors[Field::LicensePrice.index()].set(None);
        }
    }

    /// Sets a field's value as if typed (buttons such as "conservative 50 %").
    pub fn set_value(self, f: Field, v: Num) {
        self.type_text(f, format_num(v));
    }

    /// Changes a yes/no choice (service type, subsidy on, …).
    pub fn set_flag(self, f: Flag, on: bool) {
        self.scenario.update(|s| f.set(s, on));
    }

    /// Replaces every figure (preset or reset), offering undo.
    pub fn apply_preset(self, p: Preset) {
        let before = self.scenario.get_untracked();
        self.replace(p.scenario());
        self.notice.set(Some(Notice::Loaded {
            preset: p,
            undo: Box::new(before),
        }));
    }

    /// Opens a saved estimate in every screen, offering undo (a 法人's facility is
    /// opened so, then edited: `ui::group`).
    pub fn open_saved(self, name: String, s: Scenario) {
        self.group.editing.set(None);
        let before = self.scenario.get_untracked();
        self.replace(s);
        self.notice.set(Some(Notice::Opened {
            name,
            undo: Box::new(before),
        }));
    }

    pub fn undo(self) {
        let (before, opening) = self.notice.with_untracked(|n| {
            let n = n.as_ref();
            (
                n.and_then(Notice::undo).copied(),
                matches!(n, Some(Notice::Opened { .. })),
            )
        });
        if let Some(s) = before {
            // Undoing an opening: the figures back are not the facility's.
            if opening {
                self.group.editing.set(None);
            }
            self.replace(s);
            self.notice.set(None);
        }
    }

    fn replace(self, s: Scenario) {
        for f in Field::ALL {
            self.texts[f.index()].set(format_num(f.get(&s)));
            self.errors[f.index()].set(None);
        }
        self.scenario.set(s);
    }

    /// Takes measured values into the calculator (each input with its badge),
    /// offering undo; how many inputs changed.
    pub fn apply_measured(self, offers: &[Offer]) -> usize {
        let before = self.scenario.get_untracked();
        let mut after = before;
        let n = estimate::apply(&mut after, offers);
        if n > 0 {
            self.replace(after);
            self.notice.set(Some(Notice::Measured {
                n,
                undo: Box::new(before),
            }));
        }
        n
    }

    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
        store::save_lang(lang);
    }

    /// The preset the current figures equal, if every field is valid.
    pub fn matching_preset(self) -> Option<Preset> {
        if self.stale.get() {
            return None;
        }
        self.scenario.with(Preset::matching)
    }
}
