//! The calculator's reactive state: the last valid scenario, what is typed in each
//! field and its error, the language and the one-line notice.

use super::store::{self, Loaded, SaveError};
use crate::i18n::{format_num, Lang};
use crate::model::{compute, Field, InputError, Preset, Results, Scenario, Service};
use leptos::prelude::*;

/// A one-line message above the results.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    StorageFull,
    Recovered(String),
    RecoveredFuture,
    RecoveredNoBackup,
    /// A preset (or reset) replaced the figures; `undo` brings them back.
    Loaded {
        preset: Preset,
        undo: Scenario,
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
        }
    }
}

const N: usize = Field::ALL.len();

#[derive(Clone, Copy)]
pub struct Calc {
    pub lang: RwSignal<Lang>,
    /// The last valid value of every field: what results are computed from.
    pub scenario: RwSignal<Scenario>,
    /// What the user typed, per field (index = `Field::index`).
    pub texts: [RwSignal<String>; N],
    pub errors: [RwSignal<Option<InputError>>; N],
    pub results: Memo<Results>,
    /// True while any field holds invalid text: results are then the last valid ones.
    pub stale: Memo<bool>,
    pub notice: RwSignal<Option<Notice>>,
    autosave: RwSignal<bool>,
}

impl Calc {
    pub fn new() -> Calc {
        let (initial, notice, autosave) = match store::load() {
            Loaded::Fresh => (Preset::Brochure.scenario(), None, true),
            Loaded::Restored(s) => (s, None, true),
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
        };
        let scenario = RwSignal::new(initial);
        let texts = Field::ALL.map(|f| RwSignal::new(format_num(f.get(&initial))));
        let errors = Field::ALL.map(|_| RwSignal::new(None));
        let results = Memo::new(move |_| compute(&scenario.get()));
        let stale = Memo::new(move |_| errors.iter().any(|e| e.with(Option::is_some)));
        let calc = Calc {
            lang: RwSignal::new(store::load_lang().unwrap_or_default()),
            scenario,
            texts,
            errors,
            results,
            stale,
            notice: RwSignal::new(notice),
            autosave: RwSignal::new(autosave),
        };
        calc.persist_on_change();
        calc
    }

    /// Saves every change of the scenario; reports a full or missing storage once.
    fn persist_on_change(self) {
        Effect::new(move |prev: Option<Scenario>| {
            let s = self.scenario.get();
            let changed = prev.is_some_and(|p| p != s);
            if changed && self.autosave.get_untracked() {
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
            s
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
                    self.scenario.update(|s| f.set(s, v));
                }
            }
            Err(e) => self.errors[f.index()].set(Some(e)),
        }
    }

    pub fn set_service(self, s: Service, on: bool) {
        self.scenario.update(|sc| sc.services.set(s, on));
    }

    /// Replaces every figure (preset or reset), offering undo.
    pub fn apply_preset(self, p: Preset) {
        let before = self.scenario.get_untracked();
        self.replace(p.scenario());
        self.notice.set(Some(Notice::Loaded {
            preset: p,
            undo: before,
        }));
    }

    pub fn undo(self) {
        if let Some(Notice::Loaded { undo, .. }) = self.notice.get_untracked() {
            self.replace(undo);
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
