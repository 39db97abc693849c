//! The 法人's state: its facilities, what its screen says, which facility the
//! calculator edits, and its storage (read and written by its own part,
//! `ui::group`, when its screen first opens).

use super::stored::Stored;
use crate::i18n::group::GroupNotice;
use crate::model::group::{Group, Removed};
use crate::ui::store::Key;
use leptos::prelude::*;

/// The 法人 and what its screen says about it.
#[derive(Clone, Copy)]
pub struct GroupState {
    pub group: RwSignal<Group>,
    pub notice: RwSignal<Option<GroupNotice>>,
    /// Whether the stored 法人 has been read.
    pub opened: RwSignal<bool>,
    /// Its storage: written once it has been still (`ui::group`), not over a
    /// newer version's, not after a failed backup.
    pub(crate) stored: Stored,
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

impl GroupState {
    /// An empty 法人, not yet read from storage.
    pub fn new() -> GroupState {
        GroupState {
            group: RwSignal::new(Group::default()),
            notice: RwSignal::new(None),
            opened: RwSignal::new(false),
            stored: Stored::new(Key::Group),
            removed: RwSignal::new(None),
            editing: RwSignal::new(None),
            link: RwSignal::new(None),
            drawn: RwSignal::new(None),
        }
    }
}

impl Default for GroupState {
    fn default() -> Self {
        GroupState::new()
    }
}
