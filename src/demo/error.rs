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

crate::stable_keys! {
    /// Every refusal (the roster's with no rows), in the order listed.
    DemoError by_ref {
        UnknownMember => "unknown-member",
        UnknownRoom => "unknown-room",
        UnknownMessage => "unknown-message",
        UnknownFile => "unknown-file",
        UnknownMeeting => "unknown-meeting",
        Suspended => "suspended",
        AdminOnly => "admin-only",
        NotInRoom => "not-in-room",
        ExternalNotAllowed => "external-not-allowed",
        EmptyMessage => "empty-message",
        EmptyFileName => "empty-file-name",
        MessageTooLong => "message-too-long",
        MeetingClash => "meeting-clash",
        GuestExternal => "guest-external",
        GuestSuspended => "guest-suspended",
        InvalidMeeting => "invalid-meeting",
        InvalidQuiet => "invalid-quiet",
        CannotSuspendSelf => "cannot-suspend-self",
        AlreadySuspended => "already-suspended",
        NotSuspended => "not-suspended",
        NotBroadcast => "not-broadcast",
        ExternalBroadcast => "external-broadcast",
        NotRecipient => "not-recipient",
        NothingToRemind => "nothing-to-remind",
        FileNotShared => "file-not-shared",
        NotInMeeting => "not-in-meeting",
        AlreadyCancelled => "already-cancelled",
        NotQuiet => "not-quiet",
        Roster(Vec::new()) => "roster-errors",
    }
}
