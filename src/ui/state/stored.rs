//! One way to keep a document in the browser's storage (one of `store`'s keys),
//! for the documents kept as the person works (the time study, the 法人): what
//! is found when it is first read (unreadable text copied to a backup key first;
//! a newer version's left as it is and never written over from this tab), what
//! storage holds as far as this tab knows (so another tab's change is told from
//! this tab's own, and the same text is never written twice), and writing once
//! the document has been still for a moment or when the page is hidden. Each
//! generic function hands over to one compiled once for every document, and
//! `open` is not generic at all: each such copy cost the parts' code.

use crate::ui::store::{self, Key, SaveError};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;

/// Why stored text could not be opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer version of the app: left as it is.
    Newer,
    /// Not a document this version reads: copied to a backup key, then replaced.
    Corrupt,
}

/// What was found under a document's key when it was first read.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// Nothing yet.
    Nothing,
    /// The document, as `read` kept it.
    Read,
    /// Storage cannot be used: nothing is written.
    Unavailable,
    /// A newer version's document: never written over from this tab.
    Newer,
    /// Unreadable text, kept under this backup key; none when it could not be
    /// copied, and then nothing is written over it.
    Recovered(Option<String>),
}

/// A document's place in storage, as this tab knows it.
#[derive(Clone, Copy)]
pub struct Stored {
    key: Key,
    known: StoredValue<Known>,
}

/// What a tab knows of a stored document.
#[derive(Default)]
struct Known {
    /// The text storage held when this tab last read or wrote it.
    last: Option<String>,
    /// Whether this tab writes the document.
    writes: bool,
    /// A write waiting for the document to be still.
    wait: Option<TimeoutHandle>,
}

impl Stored {
    /// Nothing read yet, nothing written until `open`.
    pub fn new(key: Key) -> Stored {
        Stored {
            key,
            known: StoredValue::new(Known::default()),
        }
    }

    /// `f` of what this tab knows of the document (which lasts as long as the
    /// page: made at the start, under the program's root).
    fn known_with<R: Default>(self, f: impl FnOnce(&mut Known) -> R) -> R {
        self.known.try_update_value(f).unwrap_or_default()
    }

    /// Reads the document with `read` (which keeps what it read); from then on
    /// this tab writes it unless it is a newer version's, storage cannot be
    /// used, or unreadable text could not be kept aside.
    pub fn open(self, read: &mut dyn FnMut(&str) -> Result<(), Unreadable>) -> Found {
        let (found, last) = match store::read(self.key) {
            Err(_) => (Found::Unavailable, None),
            Ok(None) => (Found::Nothing, None),
            Ok(Some(raw)) => match read(&raw) {
                Ok(()) => (Found::Read, Some(raw)),
                Err(Unreadable::Newer) => (Found::Newer, Some(raw)),
                Err(Unreadable::Corrupt) => (Found::Recovered(store::backup(self.key, &raw)), None),
            },
        };
        let writes = match &found {
            Found::Nothing | Found::Read => true,
            Found::Recovered(kept) => kept.is_some(),
            Found::Unavailable | Found::Newer => false,
        };
        self.known_with(|k| {
            k.last = last;
            k.writes = writes;
        });
        found
    }

    /// Whether this tab writes the document.
    pub fn writes(self) -> bool {
        self.known_with(|k| k.writes)
    }

    /// From now on nothing is written (a newer version's document was seen).
    pub fn stop_writing(self) {
        self.known_with(|k| k.writes = false);
    }

    /// The text under the key now, when it is not what this tab last read or
    /// wrote (another tab wrote it since, removed it or left text that cannot
    /// be read); from then on it is what this tab knows storage holds, so that
    /// a write of this tab's document is never skipped as if it were stored.
    pub fn changed_elsewhere(self) -> Option<Option<String>> {
        let now = store::read(self.key).ok().flatten();
        self.known_with(|k| {
            (k.last != now).then(|| {
                k.last.clone_from(&now);
                now
            })
        })
    }

    /// Writes `text`, unless this tab does not write the document or storage
    /// holds that text already.
    pub fn write(self, text: String) -> Result<(), SaveError> {
        if self.known_with(|k| !k.writes || k.last.as_ref() == Some(&text)) {
            return Ok(());
        }
        store::write(self.key, &text)?;
        self.known_with(|k| k.last = Some(text));
        Ok(())
    }

    /// Calls `write` once no other call has come for `after`: each call starts
    /// the wait again.
    pub fn when_still(self, after: Duration, write: impl FnOnce() + 'static) {
        self.wait_erased(after, Box::new(write));
    }

    fn wait_erased(self, after: Duration, write: Box<dyn FnOnce()>) {
        if let Some(t) = self.known_with(|k| k.wait.take()) {
            t.clear();
        }
        let wait = set_timeout_with_handle(write, after).ok();
        self.known_with(|k| k.wait = wait);
    }

    /// Calls `f` with the text another tab stored, whenever it is not what this
    /// tab knows. Lasts as long as the page.
    pub fn on_other_tab(self, f: impl Fn(Option<String>) + 'static) {
        self.follow_erased(Box::new(f));
    }

    fn follow_erased(self, f: Box<dyn Fn(Option<String>)>) {
        store::on_other_tab(move |key| {
            if key == self.key {
                if let Some(now) = self.changed_elsewhere() {
                    f(now);
                }
            }
        });
    }
}

/// Calls `f` whenever the page is hidden or left (a write that cannot wait).
/// Lasts as long as the page.
pub fn on_hide(f: impl Fn() + 'static) {
    hide_erased(Rc::new(f));
}

fn hide_erased(f: Rc<dyn Fn()>) {
    for event in ["pagehide", "visibilitychange"] {
        let f = f.clone();
        std::mem::forget(window_event_listener_untyped(event, move |_| f()));
    }
}
