//! The app's one reactive state, by domain: the language, the screen shown, the
//! presentation and printing here; the estimate (`estimate`: the figures, what is
//! typed in each field and its error, the results derived from them, the facility
//! name, the notice above the screens), the saved estimates (`library`), the time
//! study (`study`) and the 法人 (`group`) each in their own module with their
//! storage (`stored`: one way to keep a document). Every screen reads and changes
//! this; nothing else carries state between screens.

mod estimate;
mod group;
mod library;
pub mod stored;
mod study;

pub use estimate::{Notice, SETTLE_MS};
pub use group::{GroupDrawn, GroupState};
pub use study::StudyState;

use super::browser;
use super::store::{self, Key};
use super::text::Said;
use crate::i18n::{format_num, Lang};
use crate::model::group_link;
use crate::model::library::Library;
use crate::model::sensitivity::{self, Bar};
use crate::model::{
    compute, economics, share, Economics, Field, InputError, Preset, Results, Scenario,
};
use crate::route::Screen;
use estimate::{stored_start, N};
use leptos::prelude::*;

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
    /// The time study (実測), read from storage when a screen first needs it.
    pub timestudy: StudyState,
    /// The 法人, read from storage when its screen first opens (`ui::group`).
    pub group: GroupState,
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
            timestudy: StudyState::new(),
            group: GroupState::new(),
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
        self.restore_library();
        self.lang.set(lang);
        self.facility.set(store::load_facility());
        if initial != self.scenario.get_untracked() {
            self.replace(initial);
        }
        self.notice.set(notice);
        self.autosave.set(autosave);
        self.persist();
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

    /// Saves every later change of the figures, the facility's name and the
    /// saved estimates, and follows another tab's change of any of them or of
    /// the language (one listener for all: each more costs the first screen's
    /// code).
    fn persist(self) {
        let figures = self.persist_figures();
        let library = self.persist_library();
        store::on_other_tab(move |key| match key {
            Key::Scenario | Key::Facility => figures(key),
            Key::Library => library(),
            Key::Lang => {
                if let Some(lang) = store::load_lang() {
                    self.lang.set(lang);
                }
            }
            // The study's and the 法人's own listeners follow them
            // (`StudyState::open`, `ui::group`); the demo follows no other tab.
            Key::TimeStudy | Key::Group | Key::Demo => {}
        });
    }

    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
        store::save_lang(lang);
    }
}
