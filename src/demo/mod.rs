//! The embedded demo backend: a fictional care facility's chat workspace that runs
//! inside the page. Commands change it and answer through one small API (`execute`),
//! queries read it; permissions are enforced here, not by the UI; every command,
//! accepted or refused, goes to the tamper-evident audit log. Pure Rust, no web
//! APIs; the clock is passed in by the caller and only moves forward: a command
//! given an earlier time than the workspace has already seen happens at the
//! latest time seen, so the log's times never run backwards.

pub mod audit;
mod command;
mod error;
mod model;
mod query;
pub mod roster;
pub mod seed;
pub mod snapshot;
pub mod timelapse;

pub use command::{Command, Outcome};
pub use error::DemoError;
pub use model::*;

use audit::AuditLog;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Workspace {
    pub name: String,
    pub units: Vec<Unit>,
    pub members: Vec<Member>,
    pub rooms: Vec<Room>,
    pub messages: Vec<Message>,
    pub files: Vec<FileDoc>,
    pub meetings: Vec<Meeting>,
    pub audit: AuditLog,
    /// The latest time of the log (what a saved workspace reads back from its
    /// entries, so it is not saved): no command happens before it.
    #[serde(skip)]
    clock: Time,
}

impl Workspace {
    /// The latest moment of the workspace's history: every command runs at this
    /// time or later.
    pub const fn clock(&self) -> Time {
        self.clock
    }

    pub fn member(&self, id: MemberId) -> Result<&Member, DemoError> {
        self.members
            .get(id as usize)
            .ok_or(DemoError::UnknownMember)
    }

    pub fn room(&self, id: RoomId) -> Result<&Room, DemoError> {
        self.rooms.get(id as usize).ok_or(DemoError::UnknownRoom)
    }

    pub fn message(&self, id: MessageId) -> Result<&Message, DemoError> {
        self.messages
            .get(id as usize)
            .ok_or(DemoError::UnknownMessage)
    }
}

#[cfg(test)]
mod tests;
