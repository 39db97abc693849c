//! The estimate's state (the calculator's figures): the one-line notice above
//! the screens and what it offers to undo, the figures read at the start, every
//! change a person makes to them, and their storage (the figures and the
//! facility's name, saved on every change; another tab's followed).

use super::AppState;
use crate::i18n::{format_num, Lang};
use crate::model::{share, Field, Flag, Num, Plan, Preset, Scenario};
use crate::timestudy::estimate::{self, Offer};
use crate::ui::erase::effect;
use crate::ui::store::{self, Key, Loaded, SaveError};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// The field being edited and the figures before its edit began (plain data,
    /// not screen state): while its text cannot be used, the figures take the
    /// field back from these.
    static EDIT: Cell<Option<(Field, Scenario)>> = const { Cell::new(None) };
    /// Keystrokes so far, in any field (an edit is still while this stays).
    static TYPED: Cell<u64> = const { Cell::new(0) };
}

/// How long a valid text must stay as typed before a later edit of its field
/// begins from it (a person types the digits of one figure faster than this).
pub const SETTLE_MS: u64 = 1_500;

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

pub(super) const N: usize = Field::ALL.len();

/// The figures to start with, from storage, and what to say about them.
pub(super) fn stored_start() -> (Scenario, Option<Notice>, bool) {
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
    /// Saves every later change of the figures and of the facility's name;
    /// reports a full or missing storage once, and clears that when a save works
    /// again. Returns how another tab's change of either is followed (shown here,
    /// not written back: writing back could put older figures over newer ones the
    /// other tab has written since).
    pub(super) fn persist_figures(self) -> Box<dyn Fn(Key)> {
        // What storage holds, as far as this tab knows.
        let stored = Rc::new(Cell::new(self.scenario.get_untracked()));
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
        Box::new(move |key| match key {
            Key::Scenario => {
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
            Key::Facility => {
                let name = store::load_facility();
                if self.facility.with_untracked(|now| *now != name) {
                    *stored_name.borrow_mut() = name.clone();
                    self.facility.set(name);
                }
            }
            _ => {}
        })
    }

    /// The user typed in a field: keep the text, take the value if it is valid.
    /// While it is not, the figures use the field as it was before this edit
    /// began (`EDIT`): typing 「32」 days passes through 「3」, which is valid
    /// but was never meant. An edit ends when the person leaves the field or
    /// leaves a valid text as it is for `SETTLE_MS`.
    pub fn type_text(self, f: Field, text: String) {
        let parsed = f.parse(&text);
        self.texts[f.index()].set(text);
        let typed = TYPED.get() + 1;
        TYPED.set(typed);
        if parsed.is_ok() {
            set_timeout(
                move || {
                    if TYPED.get() == typed {
                        self.settle(f);
                    }
                },
                std::time::Duration::from_millis(SETTLE_MS),
            );
        }
        let start = match EDIT.get() {
            Some((e, start)) if e == f => start,
            _ => {
                let start = self.scenario.get_untracked();
                EDIT.set(Some((f, start)));
                start
            }
        };
        match parsed {
            Ok(v) => {
                self.errors[f.index()].set(None);
                if f.get(&self.scenario.get_untracked()) != v {
                    self.scenario.update(|s| {
                        // A typed value is an assumption again (a measured badge goes).
                        s.set_by_hand(f, v);
                        // A typed price that is not the list price of the plan
                        // before this edit is a custom price (typing 「450」
                        // passes through 「4」); that plan's own is that plan.
                        if f == Field::LicensePrice {
                            let plan = start.costs.license.plan;
                            s.costs.license.plan = if plan.list_price() == Some(v) {
                                plan
                            } else {
                                Plan::Custom
                            };
                        }
                    });
                }
            }
            Err(e) => {
                self.errors[f.index()].set(Some(e));
                let mut back = self.scenario.get_untracked();
                back.take_field(f, &start);
                if back != self.scenario.get_untracked() {
                    self.scenario.set(back);
                }
            }
        }
    }

    /// The person left field `f` (its text committed): a later edit of it begins
    /// from its value now.
    pub fn settle(self, f: Field) {
        if EDIT.get().is_some_and(|(e, _)| e == f) {
            EDIT.set(None);
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
        // A later edit of the price begins from the plan's.
        self.settle(Field::LicensePrice);
    }

    /// Sets a field's value as if typed (buttons such as "conservative 50 %").
    pub fn set_value(self, f: Field, v: Num) {
        self.type_text(f, format_num(v));
        self.settle(f);
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

    pub(super) fn replace(self, s: Scenario) {
        EDIT.set(None);
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

    /// The preset the current figures equal, if every field is valid.
    pub fn matching_preset(self) -> Option<Preset> {
        if self.stale.get() {
            return None;
        }
        self.scenario.with(Preset::matching)
    }
}
