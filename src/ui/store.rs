//! Browser storage edge (localStorage through gloo-storage): every key the app
//! uses, in one place; probing first (storage may be missing or blocked), and
//! never throwing unreadable data away (it is copied to a backup key first).

use crate::i18n::Lang;
use crate::model::library::Library;
use crate::model::persist::{self, DecodeError};
use crate::model::Scenario;
use gloo_storage::{LocalStorage, Storage};

/// What the app keeps in localStorage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The calculator's figures (`persist`'s versioned record).
    Scenario,
    /// 日本語 or English.
    Lang,
    /// Saved estimates (the library's export file).
    Library,
    /// The chat demo's workspace snapshot.
    Demo,
    /// The time study's records and settings (`timestudy::saved`).
    TimeStudy,
    /// The facility's name typed on the share screen (plain text).
    Facility,
    /// The 法人: several facilities (`model::group_file`).
    Group,
}

impl Key {
    const ALL: [Key; 7] = [
        Key::Scenario,
        Key::Lang,
        Key::Library,
        Key::Demo,
        Key::TimeStudy,
        Key::Facility,
        Key::Group,
    ];

    fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name() == name)
    }

    const fn name(self) -> &'static str {
        match self {
            Key::Scenario => "kaigo-savings/scenario",
            Key::Lang => "kaigo-savings/lang",
            Key::Library => "kaigo-savings/library",
            Key::Demo => "kaigo-savings/demo",
            Key::TimeStudy => "kaigo-savings/timestudy",
            Key::Facility => "kaigo-savings/facility",
            Key::Group => "kaigo-savings/group",
        }
    }

    /// Where an unreadable copy is kept, as `<prefix><time>`.
    const fn backup_prefix(self) -> &'static str {
        match self {
            Key::Scenario => "kaigo-savings/scenario-backup/",
            Key::Lang => "kaigo-savings/lang-backup/",
            Key::Library => "kaigo-savings/library-backup/",
            Key::Demo => "kaigo-savings/demo-backup/",
            Key::TimeStudy => "kaigo-savings/timestudy-backup/",
            Key::Facility => "kaigo-savings/facility-backup/",
            Key::Group => "kaigo-savings/group-backup/",
        }
    }
}

/// Calls `f` with the key whenever another tab or window of the app changes one
/// of its keys (the browser's storage event: a tab never hears its own writes, and
/// writing the text already stored is no change). Lasts as long as the app.
pub fn on_other_tab(f: impl Fn(Key) + 'static) {
    // Untyped: the typed listener compiled 1 KB more of wasm for this one event.
    let handle = leptos::prelude::window_event_listener_untyped("storage", move |e| {
        let key = js_sys::Reflect::get(&e, &"key".into())
            .ok()
            .and_then(|k| k.as_string());
        if let Some(key) = key.as_deref().and_then(Key::from_name) {
            f(key);
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Why a save failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage cannot be used at all (disabled, private mode, sandbox).
    Unavailable,
    /// The quota is used up.
    Full,
}

/// Whether localStorage can be used; `LocalStorage::raw()` panics where it cannot.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The raw text under `key`: `Err` when storage cannot be used at all.
pub fn read(key: Key) -> Result<Option<String>, SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key.name())
        .map_err(|_| SaveError::Unavailable)
}

/// Writes raw text under `key`.
pub fn write(key: Key, text: &str) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key.name(), text)
        .map_err(|_| SaveError::Full)
}

/// Keeps text of `key` that could not be read under a backup key; that key, if
/// the copy fitted.
pub fn backup(key: Key, raw: &str) -> Option<String> {
    let name = format!("{}{}", key.backup_prefix(), js_sys::Date::now() as u64);
    if !available() {
        return None;
    }
    LocalStorage::raw().set_item(&name, raw).ok().map(|()| name)
}

/// What was found for the scenario when the app started.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    Restored(Box<Scenario>),
    /// localStorage cannot be used at all.
    Unavailable,
    /// Stored data could not be used; it was copied to `backup`.
    Recovered {
        backup: String,
        future: bool,
    },
    /// Stored data could not be used nor copied: autosave must stay off.
    RecoveredNoBackup,
}

/// The stored figures as they are now, if this version reads them (what another
/// tab wrote; nothing is backed up, the text stays for the tab that wrote it).
pub fn peek() -> Option<Scenario> {
    read(Key::Scenario)
        .ok()
        .flatten()
        .and_then(|raw| persist::decode(&raw).ok())
}

pub fn load() -> Loaded {
    let raw = match read(Key::Scenario) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Fresh,
        Err(_) => return Loaded::Unavailable,
    };
    match persist::decode(&raw) {
        Ok(s) => Loaded::Restored(Box::new(s)),
        Err(e) => match backup(Key::Scenario, &raw) {
            Some(backup) => Loaded::Recovered {
                backup,
                future: matches!(e, DecodeError::FutureVersion(_)),
            },
            None => Loaded::RecoveredNoBackup,
        },
    }
}

pub fn save(s: &Scenario) -> Result<(), SaveError> {
    write(Key::Scenario, &persist::encode(s))
}

/// The language is stored as a JSON string (`"ja"`), as it always was; read and
/// written as text (gloo's typed get/set compiled serde's string machinery for it).
pub fn load_lang() -> Option<Lang> {
    let raw = read(Key::Lang).ok()??;
    Lang::from_code(raw.strip_prefix('"')?.strip_suffix('"')?)
}

pub fn save_lang(lang: Lang) {
    // A failed save only means the language is not remembered.
    let _ = write(Key::Lang, &format!("\"{}\"", lang.code()));
}

/// The facility's name as stored (plain text, as typed; none when storage
/// cannot be read). Plain text rather than JSON: reading a JSON string brought
/// serde_json's reader into the first module, 4.5 KB gzip (measured).
pub fn load_facility() -> String {
    read(Key::Facility).ok().flatten().unwrap_or_default()
}

/// Stores the facility's name.
pub fn save_facility(name: &str) -> Result<(), SaveError> {
    write(Key::Facility, name)
}

/// The saved estimates, read with the import check. `Err` holds what could be
/// read and the backup key of the stored text when some of it could not.
pub fn load_library() -> Result<Library, (Library, Option<String>)> {
    let mut lib = Library::default();
    let Ok(Some(raw)) = read(Key::Library) else {
        return Ok(lib);
    };
    if lib.import_json(&raw).problems.is_empty() {
        Ok(lib)
    } else {
        let kept = backup(Key::Library, &raw);
        Err((lib, kept))
    }
}
