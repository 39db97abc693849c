//! The demo workspace's data: its ids, clock, members, units, rooms, messages,
//! files and meetings, as plain values (the workspace itself is `Workspace`).

use serde::Serialize;
use std::collections::BTreeMap;

pub type MemberId = u32;
pub type UnitId = u32;
pub type RoomId = u32;
pub type MessageId = u32;
pub type FileId = u32;
pub type MeetingId = u32;

/// Seconds since the demo's start (the caller's clock).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Time(pub u64);

impl Time {
    pub const fn minutes(m: u64) -> Time {
        Time(m * 60)
    }
    pub const fn plus_minutes(self, m: u64) -> Time {
        Time(self.0 + m * 60)
    }
}

/// A member's role. Family and Professional are external (joined from LINE).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Role {
    Admin,
    Staff,
    /// A resident's family member, connected from LINE.
    Family,
    /// An outside professional (care manager, hospital), connected from LINE.
    Professional,
}

impl Role {
    pub const fn external(self) -> bool {
        matches!(self, Role::Family | Role::Professional)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum UnitKind {
    /// A floor of the residential home (入所).
    Floor,
    /// 通所 (day service).
    DayService,
    /// 訪問 (home-visit team).
    HomeVisit,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub kind: UnitKind,
}

/// 休暇・勤務外: no notifications between `from` and `until`; messages are held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Quiet {
    pub from: Time,
    pub until: Time,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Member {
    pub id: MemberId,
    pub name: String,
    pub role: Role,
    pub unit: Option<UnitId>,
    pub suspended: bool,
    /// Signed-in sessions (phones, PCs); suspension ends them all.
    pub sessions: u32,
    pub quiet: Option<Quiet>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum RoomKind {
    /// Everyone on the staff side.
    All,
    /// A unit's staff room (a floor, the day service, the home-visit team).
    Unit(UnitId),
    /// A resident's family room (external: the family joins from LINE).
    Family { resident: String },
    /// A room with an outside professional or hospital (external).
    Partner { organisation: String },
}

impl RoomKind {
    pub const fn external(&self) -> bool {
        matches!(self, RoomKind::Family { .. } | RoomKind::Partner { .. })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Room {
    pub id: RoomId,
    pub name: String,
    pub kind: RoomKind,
    pub members: Vec<MemberId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Attachment {
    /// A photo: an illustrative image bundled with the app, or one the user picked
    /// (downscaled by the UI and kept as a small data URL).
    Photo {
        name: String,
        src: String,
        bytes: u32,
    },
    /// A video or manual link (not fetched by the demo).
    Link { title: String, url: String },
    /// A file uploaded to the workspace.
    File(FileId),
    /// A photo removed to keep the saved demo within its size cap (the user was told).
    Removed { name: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: MessageId,
    pub room: RoomId,
    pub author: MemberId,
    pub time: Time,
    pub body: String,
    pub attachments: Vec<Attachment>,
    /// Sent as a broadcast (一斉連絡) with read tracking.
    pub broadcast: bool,
    /// Who was meant to read it: the room's members at send time, author excluded.
    pub recipients: Vec<MemberId>,
    /// When each recipient read it.
    pub reads: BTreeMap<MemberId, Time>,
    pub reminders: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileDoc {
    pub id: FileId,
    pub name: String,
    pub bytes: u64,
    pub owner: MemberId,
    pub time: Time,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Meeting {
    pub id: MeetingId,
    pub host: MemberId,
    pub guest: MemberId,
    pub start: Time,
    pub minutes: u32,
    pub cancelled: bool,
}

/// Where to broadcast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Everyone,
    Unit(UnitId),
    /// The room the sender is in (any room of theirs, external ones included).
    Room(RoomId),
}

/// Longest message body, in characters.
pub const MAX_BODY: usize = 2_000;

/// Read status of a broadcast (the brochure's 既読65人 未読2人).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadStatus {
    pub read: usize,
    pub unread: Vec<MemberId>,
}

/// A notification as a member's phone would show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    Delivered,
    /// Held by quiet hours until this time.
    Held {
        until: Time,
    },
}
