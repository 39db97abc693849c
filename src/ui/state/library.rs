//! The saved estimates' state (保存した試算): read at the start with the import
//! check (what cannot be read is kept under a backup key and said on the share
//! screen), saved on every change, another tab's followed.

use super::AppState;
use crate::i18n::Lang;
use crate::model::library::Library;
use crate::ui::erase::effect;
use crate::ui::store::{self, Key, SaveError};
use crate::ui::text::Said;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

impl AppState {
    /// The stored estimates, as far as they can be read.
    pub(super) fn restore_library(self) {
        match store::load_library() {
            Ok(lib) => self.library.set(lib),
            Err((lib, kept)) => {
                self.library.set(lib);
                self.share_notice.set(Some(Said::new(move |l| {
                    l.library_recovered(kept.as_deref())
                })));
            }
        }
    }

    /// Saves every later change of the saved estimates (a full storage is said
    /// on the share screen); returns how another tab's change is followed.
    pub(super) fn persist_library(self) -> Box<dyn Fn()> {
        // What storage holds, as far as this tab knows.
        let stored = Rc::new(RefCell::new(
            self.library.with_untracked(Library::export_json),
        ));
        {
            let stored = stored.clone();
            effect(move || {
                let json = self.library.with(Library::export_json);
                if json != *stored.borrow()
                    && store::write(Key::Library, &json) == Err(SaveError::Full)
                {
                    self.share_notice.set(Some(Said::words(Lang::storage_full)));
                }
                *stored.borrow_mut() = json;
            });
        }
        Box::new(move || {
            if let Ok(lib) = store::load_library() {
                let json = lib.export_json();
                if json != *stored.borrow() {
                    *stored.borrow_mut() = json;
                    self.library.set(lib);
                }
            }
        })
    }
}
