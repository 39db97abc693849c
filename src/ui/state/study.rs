//! The time study's state (実測): the study itself, who is timing on this
//! device, what its screen says of its stored copy, its results as last counted
//! (one count for the screen and the printed proposal), and its storage. Read the
//! first time a screen needs it (the time study, the printed proposal: parts of
//! their own, so the study's reader and writer are not in the first screen's
//! code); every change is stored once the study has been still, and applied
//! again over what another tab stored meanwhile.

use super::stored::{on_hide, Found, Stored, Unreadable};
use crate::i18n::Lang;
use crate::timestudy::change::{self, Applied, Change, Refused};
use crate::timestudy::evidence::{evidence, Evidence};
use crate::timestudy::{saved, Role, Study, StudyError};
use crate::ui::browser;
use crate::ui::erase::effect;
use crate::ui::store::{Key, SaveError};
use crate::ui::text::Said;
use leptos::prelude::*;

/// How long the time study must be still before it is stored.
const SAVE_AFTER_MS: u64 = 400;

/// How long the study must be still before its results are counted again.
const COUNT_AFTER_MS: u64 = 250;

thread_local! {
    /// This tab's changes not yet stored, oldest first (plain data, not screen
    /// state): applied again over another tab's study when it stored meanwhile.
    static UNSTORED: std::cell::RefCell<Vec<Change>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Changes of the study since the results were asked for, and whether one is
    /// waiting to be counted (`Results`).
    static WAITING: std::cell::Cell<(u64, bool)> = const { std::cell::Cell::new((0, false)) };
}

#[derive(Clone, Copy)]
pub struct StudyState {
    /// Its records, who is being timed, its settings. Read here; changed only
    /// through `change`, so every change is stored and applies again over
    /// another tab's.
    pub study: ReadSignal<Study>,
    write: WriteSignal<Study>,
    /// What the screen says about the stored copy.
    pub notice: RwSignal<Option<Said>>,
    /// Who is timing on this device (staff code as typed, and role): kept while
    /// the app is open, so coming back to the screen needs no retyping.
    pub staff: RwSignal<(String, Role)>,
    /// Whether the stored study has been read (`open`).
    opened: RwSignal<bool>,
    stored: Stored,
    /// The results, once a screen or the print has asked for them (`results`).
    results: StoredValue<Counting>,
}

/// The results once asked for; before that, the owner they are made under (the
/// app's: they outlive the screen that asked).
enum Counting {
    NotAsked(Option<Owner>),
    Made(Results),
}

/// The study's results as last counted: what the time-study screen and the
/// printed proposal show. Counted once the study has been still for
/// `COUNT_AFTER_MS` after a change (`StudyState::count_now` at once): a tap
/// answers at once and the summary follows, since at 10,000 records a count is
/// tens of milliseconds on a slow tablet. (What is counted with them, such as
/// the tables by role, tracks `evidence`.)
#[derive(Clone, Copy)]
pub struct Results {
    /// Per task and phase: occurrences, minutes, intervals, comparisons.
    pub evidence: Memo<Evidence>,
    /// Moved on to count them again.
    counted: RwSignal<u64>,
}

impl StudyState {
    /// An empty study, not yet read from storage.
    pub fn new() -> StudyState {
        let (study, write) = signal(Study::new(""));
        StudyState {
            study,
            write,
            notice: RwSignal::new(None),
            staff: RwSignal::new((String::new(), Role::CareWorker)),
            opened: RwSignal::new(false),
            stored: Stored::new(Key::TimeStudy),
            results: StoredValue::new(Counting::NotAsked(Owner::current())),
        }
    }

    /// The study's results, counted the first time a screen or the print asks
    /// (so their counting is code of those parts, not of the first screen's),
    /// then kept with the study: one count serves every screen.
    pub fn results(self) -> Results {
        let owner = match self.results.with_value(|c| match c {
            Counting::Made(r) => Ok(*r),
            Counting::NotAsked(owner) => Err(owner.clone()),
        }) {
            Ok(r) => return r,
            Err(owner) => owner,
        };
        let make = move || {
            let counted = RwSignal::new(0u64);
            let study = self.study;
            let r = Results {
                evidence: Memo::new(move |_| {
                    counted.track();
                    study.with_untracked(evidence)
                }),
                counted,
            };
            r.count_when_still(study);
            r
        };
        let r = match owner {
            Some(owner) => owner.with(make),
            None => make(),
        };
        self.results.set_value(Counting::Made(r));
        r
    }

    /// Counts the results again now, if a change is waiting to be counted (the
    /// printed proposal, drawn before the print dialog).
    pub fn count_now(self) {
        self.results().count_waiting();
    }

    /// The stored time study, or a new one for this device, read the first time
    /// a screen needs it; from then on its changes are stored and another tab's
    /// are followed. Unreadable text is kept under a backup key first; a newer
    /// version's record is left as it is and nothing is stored over it.
    pub fn open(self) {
        if self.opened.get_untracked() {
            return;
        }
        self.opened.set(true);
        // Natively (the build step's rendering) there is no stored study.
        #[cfg(feature = "browser")]
        {
            self.restore();
            on_hide(move || self.flush());
            self.stored.on_other_tab(move |raw| {
                self.follow(raw);
            });
        }
    }

    fn restore(self) {
        let mut study = Study::new("");
        let notice = match self.stored.open(&mut |raw| read(raw).map(|s| study = s)) {
            Found::Newer => Some(Said::words(Lang::ts_future)),
            Found::Recovered(backup) => {
                let kept = backup.is_some();
                Some(Said::new(move |l| l.ts_recovered(kept)))
            }
            Found::Read | Found::Nothing | Found::Unavailable => None,
        };
        let study = if study.device.is_empty() {
            Study {
                device: browser::device_name(),
                ..study
            }
        } else {
            study
        };
        self.write.set(study);
        self.notice.set(notice);
    }

    /// Applies a person's change to the time study: shown at once, stored once
    /// the study has been still for `SAVE_AFTER_MS` (or the page is hidden), and
    /// applied again over what another tab stored meanwhile. A refused change
    /// changes nothing (an import that adds no record neither).
    pub fn change(self, c: Change) -> Result<Applied, Refused> {
        let (changed, r) = self
            .write
            .try_maybe_update(|s| {
                let r = s.apply(&c);
                let changed = match &r {
                    Ok(Applied::Imported(report)) => report.added > 0,
                    Ok(_) => true,
                    Err(_) => false,
                };
                (changed, (changed, r))
            })
            .unwrap_or((false, Err(Refused::Study(StudyError::NotFound))));
        if changed {
            UNSTORED.with_borrow_mut(|u| u.push(c));
            #[cfg(feature = "browser")]
            self.stored
                .when_still(std::time::Duration::from_millis(SAVE_AFTER_MS), move || {
                    self.flush()
                });
        }
        r
    }

    /// Stores this tab's changes: over what this tab last read or wrote, or, when
    /// another tab has stored since, applied again over that.
    fn flush(self) {
        if UNSTORED.with_borrow(Vec::is_empty) {
            return;
        }
        if !self.stored.writes() {
            UNSTORED.with_borrow_mut(Vec::clear);
            return;
        }
        if let Some(raw) = self.stored.changed_elsewhere() {
            if !self.follow(raw) {
                return;
            }
        }
        let text = self.study.with_untracked(saved::save);
        match self.stored.write(text) {
            Ok(()) => UNSTORED.with_borrow_mut(Vec::clear),
            Err(SaveError::Full) => self.notice.set(Some(Said::words(Lang::ts_storage_failed))),
            Err(SaveError::Unavailable) => {}
        }
    }

    /// Takes what another tab stored (`raw`), with this tab's unstored changes
    /// applied again over it. False when it is a newer version's record: nothing
    /// is stored over it from then on. Text that cannot be read is left for this
    /// tab's study to replace.
    fn follow(self, raw: Option<String>) -> bool {
        match raw.as_deref().map(read) {
            Some(Ok(theirs)) => {
                let (next, sheet_dropped) = UNSTORED.with_borrow(|mine| {
                    let (next, dropped) = change::rebase_reporting(theirs, mine);
                    (next, dropped.iter().any(|c| matches!(c, Change::Sheet(_))))
                });
                // A sheet this tab said it recorded is not there after all.
                if sheet_dropped {
                    self.notice.set(Some(Said::words(Lang::ts_sheet_dropped)));
                }
                // Undo history aside (it starts afresh over another tab's study).
                let same = self.study.with_untracked(|now| {
                    now.records == next.records
                        && now.running == next.running
                        && (now.phase, now.day_from, now.night_from, now.next)
                            == (next.phase, next.day_from, next.night_from, next.next)
                });
                if !same {
                    self.write.set(next);
                }
                true
            }
            Some(Err(Unreadable::Newer)) => {
                self.stored.stop_writing();
                UNSTORED.with_borrow_mut(Vec::clear);
                self.notice.set(Some(Said::words(Lang::ts_future)));
                false
            }
            // Text that cannot be read, or none (removed): this tab's study is
            // written over it.
            Some(Err(Unreadable::Corrupt)) | None => true,
        }
    }
}

impl Default for StudyState {
    fn default() -> Self {
        StudyState::new()
    }
}

/// A stored study, as this version reads it.
fn read(raw: &str) -> Result<Study, Unreadable> {
    saved::open(raw).map_err(|e| match e {
        saved::OpenError::FutureVersion(_) => Unreadable::Newer,
        saved::OpenError::Corrupt => Unreadable::Corrupt,
    })
}

impl Results {
    /// Counts again once the study has been still for `COUNT_AFTER_MS` after a
    /// change (the first reading is the study as it is).
    fn count_when_still(self, study: ReadSignal<Study>) {
        let first = std::cell::Cell::new(true);
        effect(move || {
            study.track();
            if first.replace(false) {
                return;
            }
            let now = WAITING.get().0 + 1;
            WAITING.set((now, true));
            set_timeout(
                move || {
                    if WAITING.get().0 == now {
                        self.count_waiting();
                    }
                },
                std::time::Duration::from_millis(COUNT_AFTER_MS),
            );
        });
    }

    /// Counts again if a change is waiting to be counted.
    fn count_waiting(self) {
        let (n, waiting) = WAITING.get();
        if waiting {
            WAITING.set((n, false));
            self.counted.update(|c| *c += 1);
        }
    }
}
