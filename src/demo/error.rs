//! Why a command or query of the demo was refused (`DemoError`), with its stable
//! key. Messages for people live in `i18n`.

use super::*;

/// Why a command or query was refused. Messages for people live in `i18n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DemoError {
    UnknownMember,
    UnknownRoom,
    UnknownMessage,
    UnknownFile,
    UnknownMeeting,
    /// The acting account is suspended.
    Suspended,
    /// Only admins may do this.
    AdminOnly,
    /// The actor is not a member of the room.
    NotInRoom,
    /// External members (LINE) cannot do this.
    ExternalNotAllowed,
    EmptyMessage,
    /// A file needs a name.
    EmptyFileName,
    MessageTooLong,
    /// The guest already has a meeting then, or the slot is invalid.
    MeetingClash,
    /// Meetings are with staff: the guest is an outside (LINE) member.
    GuestExternal,
    /// The guest's account is suspended.
    GuestSuspended,
    InvalidMeeting,
    InvalidQuiet,
    CannotSuspendSelf,
    AlreadySuspended,
    NotSuspended,
    /// Read tracking exists for broadcasts only.
    NotBroadcast,
    /// Outside (LINE) members cannot send a broadcast with read tracking.
    ExternalBroadcast,
    /// Only a message's recipients can read it (the author, or someone who joined
    /// after it was sent, is not one).
    NotRecipient,
    /// Everyone has read the broadcast: there is nobody to remind.
    NothingToRemind,
    /// The file was not shared in any room of the member's (and is not theirs).
    FileNotShared,
    /// Only the host and the guest can cancel a meeting.
    NotInMeeting,
    AlreadyCancelled,
    /// Notifications are not off: nothing to turn back on.
    NotQuiet,
    /// A roster import with errors: nothing was imported.
    Roster(Vec<roster::RowError>),
}

impl DemoError {
    /// A stable key, written to the audit log.
    pub const fn key(&self) -> &'static str {
        match self {
            DemoError::UnknownMember => "unknown-member",
            DemoError::UnknownRoom => "unknown-room",
            DemoError::UnknownMessage => "unknown-message",
            DemoError::UnknownFile => "unknown-file",
            DemoError::UnknownMeeting => "unknown-meeting",
            DemoError::Suspended => "suspended",
            DemoError::AdminOnly => "admin-only",
            DemoError::NotInRoom => "not-in-room",
            DemoError::ExternalNotAllowed => "external-not-allowed",
            DemoError::EmptyMessage => "empty-message",
            DemoError::EmptyFileName => "empty-file-name",
            DemoError::MessageTooLong => "message-too-long",
            DemoError::MeetingClash => "meeting-clash",
            DemoError::GuestExternal => "guest-external",
            DemoError::GuestSuspended => "guest-suspended",
            DemoError::InvalidMeeting => "invalid-meeting",
            DemoError::InvalidQuiet => "invalid-quiet",
            DemoError::CannotSuspendSelf => "cannot-suspend-self",
            DemoError::AlreadySuspended => "already-suspended",
            DemoError::NotSuspended => "not-suspended",
            DemoError::NotBroadcast => "not-broadcast",
            DemoError::ExternalBroadcast => "external-broadcast",
            DemoError::NotRecipient => "not-recipient",
            DemoError::NothingToRemind => "nothing-to-remind",
            DemoError::FileNotShared => "file-not-shared",
            DemoError::NotInMeeting => "not-in-meeting",
            DemoError::AlreadyCancelled => "already-cancelled",
            DemoError::NotQuiet => "not-quiet",
            DemoError::Roster(_) => "roster-errors",
        }
    }

    /// Every refusal once (a roster refusal without its rows), in order of
    /// declaration: for turning a logged key back into words.
    pub fn all() -> [DemoError; 29] {
        use DemoError::*;
        [
            UnknownMember,
            UnknownRoom,
            UnknownMessage,
            UnknownFile,
            UnknownMeeting,
            Suspended,
            AdminOnly,
            NotInRoom,
            ExternalNotAllowed,
            EmptyMessage,
            EmptyFileName,
            MessageTooLong,
            MeetingClash,
            GuestExternal,
            GuestSuspended,
            InvalidMeeting,
            InvalidQuiet,
            CannotSuspendSelf,
            AlreadySuspended,
            NotSuspended,
            NotBroadcast,
            ExternalBroadcast,
            NotRecipient,
            NothingToRemind,
            FileNotShared,
            NotInMeeting,
            AlreadyCancelled,
            NotQuiet,
            Roster(Vec::new()),
        ]
    }

    /// The refusal a logged key stands for (`None` for a key this version does
    /// not know).
    pub fn from_key(key: &str) -> Option<DemoError> {
        DemoError::all().into_iter().find(|e| e.key() == key)
    }
}
