//! Browser storage edge: the scenario and language in localStorage (gloo-storage),
//! probing first, recovering unreadable data into a backup key, never throwing it away.

use crate::i18n::Lang;
use crate::model::persist::{self, DecodeError};
use crate::model::Scenario;
use gloo_storage::{LocalStorage, Storage};

const KEY: &str = "kaigo-savings/scenario";
const LANG_KEY: &str = "kaigo-savings/lang";
const BACKUP_PREFIX: &str = "kaigo-savings/scenario-backup/";

/// What happened when the app started.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    Restored(Box<Scenario>),
    /// localStorage cannot be used at all (disabled, private mode, sandbox).
    Unavailable,
    /// Stored data could not be used; it was copied to `backup`.
    Recovered {
        backup: String,
        future: bool,
    },
    /// Stored data could not be used nor copied: autosave must stay off.
    RecoveredNoBackup,
}

/// Whether localStorage can be used; `LocalStorage::raw()` panics where it cannot.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The raw text under `key`: `Err` when storage cannot be used at all.
pub fn read(key: &str) -> Result<Option<String>, SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| SaveError::Unavailable)
}

/// Writes raw text under `key`.
pub fn write(key: &str, text: &str) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|_| SaveError::Full)
}

/// Keeps text that could not be read under `<prefix><time>`; the key, if it fitted.
pub fn backup(prefix: &str, raw: &str) -> Option<String> {
    let key = format!("{prefix}{}", js_sys::Date::now() as u64);
    write(&key, raw).ok().map(|()| key)
}

pub fn load() -> Loaded {
    let raw = match read(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Fresh,
        Err(_) => return Loaded::Unavailable,
    };
    match persist::decode(&raw) {
        Ok(s) => Loaded::Restored(Box::new(s)),
        Err(e) => match backup(BACKUP_PREFIX, &raw) {
            Some(backup) => Loaded::Recovered {
                backup,
                future: matches!(e, DecodeError::FutureVersion(_)),
            },
            None => Loaded::RecoveredNoBackup,
        },
    }
}

/// Why a save failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    Unavailable,
    Full,
}

pub fn save(s: &Scenario) -> Result<(), SaveError> {
    write(KEY, &persist::encode(s))
}

pub fn load_lang() -> Option<Lang> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|c| Lang::from_code(&c))
}

pub fn save_lang(lang: Lang) {
    if available() {
        // A failed save only means the language is not remembered.
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}
