//! The embedded demo backend: a fictional care facility's chat workspace that runs
//! inside the page. Commands change it and answer through one small API (`execute`),
//! queries read it; permissions are enforced here, not by the UI; every command,
//! accepted or refused, goes to the tamper-evident audit log. Pure Rust, no web
//! APIs; the clock is passed in by the caller and only moves forward: a command
//! given an earlier time than the workspace has already seen happens at the
//! latest time seen, so the log's times never run backwards.

pub mod audit;
pub mod roster;
pub mod seed;
pub mod snapshot;
pub mod timelapse;

use audit::{Action, AuditLog, Target};
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

/// Everything a member can ask the workspace to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Post {
        room: RoomId,
        body: String,
        attachments: Vec<Attachment>,
    },
    Broadcast {
        scope: Scope,
        body: String,
        attachments: Vec<Attachment>,
    },
    Read {
        message: MessageId,
    },
    RemindUnread {
        message: MessageId,
    },
    UploadFile {
        name: String,
        bytes: u64,
    },
    ShareFile {
        file: FileId,
        room: RoomId,
        note: String,
    },
    DownloadFile {
        file: FileId,
    },
    BookMeeting {
        guest: MemberId,
        start: Time,
        minutes: u32,
    },
    CancelMeeting {
        meeting: MeetingId,
    },
    SetQuiet {
        quiet: Quiet,
    },
    ClearQuiet,
    Suspend {
        member: MemberId,
    },
    Reinstate {
        member: MemberId,
    },
    ImportRoster {
        csv: String,
    },
    ExportAudit,
    SignIn,
}

impl Command {
    pub const fn action(&self) -> Action {
        match self {
            Command::Post { .. } => Action::Post,
            Command::Broadcast { .. } => Action::Broadcast,
            Command::Read { .. } => Action::Read,
            Command::RemindUnread { .. } => Action::RemindUnread,
            Command::UploadFile { .. } => Action::UploadFile,
            Command::ShareFile { .. } => Action::ShareFile,
            Command::DownloadFile { .. } => Action::DownloadFile,
            Command::BookMeeting { .. } => Action::BookMeeting,
            Command::CancelMeeting { .. } => Action::CancelMeeting,
            Command::SetQuiet { .. } => Action::SetQuiet,
            Command::ClearQuiet => Action::ClearQuiet,
            Command::Suspend { .. } => Action::Suspend,
            Command::Reinstate { .. } => Action::Reinstate,
            Command::ImportRoster { .. } => Action::ImportRoster,
            Command::ExportAudit => Action::ExportAudit,
            Command::SignIn => Action::SignIn,
        }
    }
}

/// What an accepted command produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Message(MessageId),
    File(FileId),
    Meeting(MeetingId),
    /// Members the reminder went to.
    Reminded(Vec<MemberId>),
    /// Members created by a roster import.
    Imported(Vec<MemberId>),
    /// The audit log as CSV.
    Csv(String),
}

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

    fn in_room(&self, member: MemberId, room: RoomId) -> Result<bool, DemoError> {
        Ok(self.room(room)?.members.contains(&member))
    }

    /// The acting member, if it exists and is not suspended.
    fn active(&self, actor: MemberId) -> Result<&Member, DemoError> {
        let m = self.member(actor)?;
        if m.suspended {
            return Err(DemoError::Suspended);
        }
        Ok(m)
    }

    fn admin(&self, actor: MemberId) -> Result<&Member, DemoError> {
        let m = self.active(actor)?;
        if m.role != Role::Admin {
            return Err(DemoError::AdminOnly);
        }
        Ok(m)
    }

    fn staff(&self, actor: MemberId) -> Result<&Member, DemoError> {
        let m = self.active(actor)?;
        if m.role.external() {
            return Err(DemoError::ExternalNotAllowed);
        }
        Ok(m)
    }

    /// Runs a command by `actor` at `now` (or at the workspace's clock, if `now` is
    /// earlier: history is never written backwards); appends it to the audit log
    /// either way.
    pub fn execute(
        &mut self,
        actor: MemberId,
        now: Time,
        cmd: Command,
    ) -> Result<Outcome, DemoError> {
        let now = now.max(self.clock);
        self.clock = now;
        let action = cmd.action();
        let target = self.describe(&cmd);
        let result = self.apply(actor, now, cmd);
        let refused = result.as_ref().err().map(|e| e.key().to_string());
        let created = match &result {
            Ok(Outcome::Message(id)) => Some(audit::Created::Message(*id)),
            Ok(Outcome::File(id)) => Some(audit::Created::File(*id)),
            Ok(Outcome::Meeting(id)) => Some(audit::Created::Meeting(*id)),
            _ => None,
        };
        self.audit
            .append(now, actor, action, target.text(created), refused);
        result
    }

    /// What a command acts on, with the names of its room, member or file as they
    /// are now (the log keeps them as they were).
    fn describe(&self, cmd: &Command) -> Target {
        let room = |id: RoomId| Target::Room {
            id,
            name: self.room(id).ok().map(|r| r.name.clone()),
        };
        let member = |id: MemberId| Target::Member {
            id,
            name: self.member(id).ok().map(|m| m.name.clone()),
        };
        let file = |id: FileId| (id, self.file(id).ok().map(|f| f.name.clone()));
        match cmd {
            Command::Post { room: r, .. }
            | Command::Broadcast {
                scope: Scope::Room(r),
                ..
            } => room(*r),
            Command::Broadcast {
                scope: Scope::Everyone,
                ..
            } => Target::Everyone,
            Command::Broadcast {
                scope: Scope::Unit(u),
                ..
            } => Target::Unit(*u),
            Command::Read { message } | Command::RemindUnread { message } => {
                Target::Message(*message)
            }
            Command::UploadFile { name, .. } => Target::NewFile { name: name.clone() },
            Command::ShareFile {
                file: f, room: r, ..
            } => {
                let (file, file_name) = file(*f);
                let room_name = self.room(*r).ok().map(|x| x.name.clone());
                Target::Share {
                    file,
                    file_name,
                    room: *r,
                    room_name,
                }
            }
            Command::DownloadFile { file: f } => {
                let (id, name) = file(*f);
                Target::File { id, name }
            }
            Command::BookMeeting { guest, .. } => member(*guest),
            Command::CancelMeeting { meeting } => Target::Meeting(*meeting),
            Command::SetQuiet { quiet } => Target::Quiet {
                from: quiet.from,
                until: quiet.until,
            },
            Command::ClearQuiet | Command::ExportAudit | Command::SignIn => Target::None,
            Command::Suspend { member: m } | Command::Reinstate { member: m } => member(*m),
            Command::ImportRoster { csv } => Target::Rows(csv.lines().count().saturating_sub(1)),
        }
    }

    /// Whether a member may see a file: it is theirs, or it was shared in a room
    /// of theirs.
    fn sees_file(&self, member: MemberId, file: FileId) -> bool {
        self.files
            .get(file as usize)
            .is_some_and(|f| f.owner == member)
            || self.messages.iter().any(|m| {
                m.attachments.contains(&Attachment::File(file))
                    && self
                        .rooms
                        .get(m.room as usize)
                        .is_some_and(|r| r.members.contains(&member))
            })
    }

    fn apply(&mut self, actor: MemberId, now: Time, cmd: Command) -> Result<Outcome, DemoError> {
        match cmd {
            Command::Post {
                room,
                body,
                attachments,
            } => {
                self.active(actor)?;
                if !self.in_room(actor, room)? {
                    return Err(DemoError::NotInRoom);
                }
                Ok(Outcome::Message(self.send(
                    actor,
                    now,
                    room,
                    body,
                    attachments,
                    false,
                )?))
            }
            Command::Broadcast {
                scope,
                body,
                attachments,
            } => {
                if self.active(actor)?.role.external() {
                    return Err(DemoError::ExternalBroadcast);
                }
                let room = match scope {
                    Scope::Everyone => self.rooms.iter().find(|r| r.kind == RoomKind::All),
                    Scope::Unit(u) => self.rooms.iter().find(|r| r.kind == RoomKind::Unit(u)),
                    Scope::Room(r) => self.rooms.get(r as usize),
                }
                .map(|r| r.id)
                .ok_or(DemoError::UnknownRoom)?;
                if !self.in_room(actor, room)? && self.member(actor)?.role != Role::Admin {
                    return Err(DemoError::NotInRoom);
                }
                Ok(Outcome::Message(self.send(
                    actor,
                    now,
                    room,
                    body,
                    attachments,
                    true,
                )?))
            }
            Command::Read { message } => {
                self.active(actor)?;
                let m = self.message(message)?;
                if !self.in_room(actor, m.room)? {
                    return Err(DemoError::NotInRoom);
                }
                if !m.recipients.contains(&actor) {
                    return Err(DemoError::NotRecipient);
                }
                // Reading again keeps the first time.
                self.messages[message as usize]
                    .reads
                    .entry(actor)
                    .or_insert(now);
                Ok(Outcome::Done)
            }
            Command::RemindUnread { message } => {
                self.staff(actor)?;
                let status = self.read_status(actor, message)?;
                if status.unread.is_empty() {
                    return Err(DemoError::NothingToRemind);
                }
                self.messages[message as usize].reminders += 1;
                Ok(Outcome::Reminded(status.unread))
            }
            Command::UploadFile { name, bytes } => {
                self.staff(actor)?;
                if name.trim().is_empty() {
                    return Err(DemoError::EmptyFileName);
                }
                let id = self.files.len() as FileId;
                self.files.push(FileDoc {
                    id,
                    name,
                    bytes,
                    owner: actor,
                    time: now,
                });
                Ok(Outcome::File(id))
            }
            Command::ShareFile { file, room, note } => {
                // Sent with read tracking, as staff distribute a document.
                self.staff(actor)?;
                self.file(file)?;
                if !self.sees_file(actor, file) {
                    return Err(DemoError::FileNotShared);
                }
                if !self.in_room(actor, room)? {
                    return Err(DemoError::NotInRoom);
                }
                let id = self.send(actor, now, room, note, vec![Attachment::File(file)], true)?;
                Ok(Outcome::Message(id))
            }
            Command::DownloadFile { file } => {
                self.active(actor)?;
                self.file(file)?;
                // Only from a room the member can see that holds the file.
                if !self.sees_file(actor, file) {
                    return Err(DemoError::FileNotShared);
                }
                Ok(Outcome::Done)
            }
            Command::BookMeeting {
                guest,
                start,
                minutes,
            } => {
                self.staff(actor)?;
                let g = self.member(guest)?;
                if g.role.external() {
                    return Err(DemoError::GuestExternal);
                }
                if g.suspended {
                    return Err(DemoError::GuestSuspended);
                }
                if guest == actor || minutes == 0 || minutes > 120 || start < now {
                    return Err(DemoError::InvalidMeeting);
                }
                let end = start.plus_minutes(u64::from(minutes));
                let clash = self.meetings.iter().any(|m| {
                    !m.cancelled
                        && (m.guest == guest
                            || m.host == guest
                            || m.guest == actor
                            || m.host == actor)
                        && m.start < end
                        && start < m.start.plus_minutes(u64::from(m.minutes))
                });
                if clash {
                    return Err(DemoError::MeetingClash);
                }
                let id = self.meetings.len() as MeetingId;
                self.meetings.push(Meeting {
                    id,
                    host: actor,
                    guest,
                    start,
                    minutes,
                    cancelled: false,
                });
                Ok(Outcome::Meeting(id))
            }
            Command::CancelMeeting { meeting } => {
                self.active(actor)?;
                let m = self
                    .meetings
                    .get_mut(meeting as usize)
                    .ok_or(DemoError::UnknownMeeting)?;
                if m.host != actor && m.guest != actor {
                    return Err(DemoError::NotInMeeting);
                }
                if m.cancelled {
                    return Err(DemoError::AlreadyCancelled);
                }
                m.cancelled = true;
                Ok(Outcome::Done)
            }
            Command::SetQuiet { quiet } => {
                self.active(actor)?;
                if quiet.until <= quiet.from {
                    return Err(DemoError::InvalidQuiet);
                }
                self.members[actor as usize].quiet = Some(quiet);
                Ok(Outcome::Done)
            }
            Command::ClearQuiet => {
                self.active(actor)?;
                if self.members[actor as usize].quiet.is_none() {
                    return Err(DemoError::NotQuiet);
                }
                self.members[actor as usize].quiet = None;
                Ok(Outcome::Done)
            }
            Command::Suspend { member } => {
                self.admin(actor)?;
                if member == actor {
                    return Err(DemoError::CannotSuspendSelf);
                }
                let m = self
                    .members
                    .get_mut(member as usize)
                    .ok_or(DemoError::UnknownMember)?;
                if m.suspended {
                    return Err(DemoError::AlreadySuspended);
                }
                m.suspended = true;
                m.sessions = 0;
                Ok(Outcome::Done)
            }
            Command::Reinstate { member } => {
                self.admin(actor)?;
                let m = self
                    .members
                    .get_mut(member as usize)
                    .ok_or(DemoError::UnknownMember)?;
                if !m.suspended {
                    return Err(DemoError::NotSuspended);
                }
                m.suspended = false;
                Ok(Outcome::Done)
            }
            Command::ImportRoster { csv } => {
                self.admin(actor)?;
                let rows = roster::validate(self, &csv).map_err(DemoError::Roster)?;
                let ids = rows
                    .into_iter()
                    .map(|r| self.add_member(r.name, r.role, Some(r.unit)))
                    .collect();
                Ok(Outcome::Imported(ids))
            }
            Command::ExportAudit => {
                self.admin(actor)?;
                Ok(Outcome::Csv(self.audit_csv()))
            }
            Command::SignIn => {
                self.active(actor)?;
                self.members[actor as usize].sessions += 1;
                Ok(Outcome::Done)
            }
        }
    }

    fn send(
        &mut self,
        author: MemberId,
        now: Time,
        room: RoomId,
        body: String,
        attachments: Vec<Attachment>,
        broadcast: bool,
    ) -> Result<MessageId, DemoError> {
        if body.trim().is_empty() && attachments.is_empty() {
            return Err(DemoError::EmptyMessage);
        }
        if body.chars().count() > MAX_BODY {
            return Err(DemoError::MessageTooLong);
        }
        let recipients = self.rooms[room as usize]
            .members
            .iter()
            .copied()
            .filter(|m| *m != author)
            .collect();
        let id = self.messages.len() as MessageId;
        self.messages.push(Message {
            id,
            room,
            author,
            time: now,
            body,
            attachments,
            broadcast,
            recipients,
            reads: BTreeMap::new(),
            reminders: 0,
        });
        Ok(id)
    }

    /// Adds a member to the workspace and to the rooms its unit and role belong in.
    pub fn add_member(&mut self, name: String, role: Role, unit: Option<UnitId>) -> MemberId {
        let id = self.members.len() as MemberId;
        self.members.push(Member {
            id,
            name,
            role,
            unit,
            suspended: false,
            sessions: 0,
            quiet: None,
        });
        for r in &mut self.rooms {
            let joins = match &r.kind {
                RoomKind::All => !role.external(),
                RoomKind::Unit(u) => !role.external() && (unit == Some(*u) || role == Role::Admin),
                RoomKind::Family { .. } | RoomKind::Partner { .. } => role == Role::Admin,
            };
            if joins {
                r.members.push(id);
            }
        }
        id
    }

    // ── Queries ──────────────────────────────────────────────────────────────

    /// The rooms a member may see: external members only their own rooms.
    pub fn visible_rooms(&self, viewer: MemberId) -> Result<Vec<&Room>, DemoError> {
        self.active(viewer)?;
        Ok(self
            .rooms
            .iter()
            .filter(|r| r.members.contains(&viewer))
            .collect())
    }

    /// A room's messages, for a member of it.
    pub fn room_messages(
        &self,
        viewer: MemberId,
        room: RoomId,
    ) -> Result<Vec<&Message>, DemoError> {
        self.active(viewer)?;
        if !self.in_room(viewer, room)? {
            return Err(DemoError::NotInRoom);
        }
        Ok(self.messages.iter().filter(|m| m.room == room).collect())
    }

    /// Messages of `room` addressed to `viewer` that the viewer has not read yet
    /// (what opening the room on a phone marks as read).
    pub fn unread_in(&self, viewer: MemberId, room: RoomId) -> Result<Vec<MessageId>, DemoError> {
        Ok(self
            .room_messages(viewer, room)?
            .into_iter()
            .filter(|m| m.recipients.contains(&viewer) && !m.reads.contains_key(&viewer))
            .map(|m| m.id)
            .collect())
    }

    /// The newest broadcast of a room and when it was sent.
    pub fn latest_broadcast(&self, room: RoomId) -> Option<(MessageId, Time)> {
        self.messages
            .iter()
            .rev()
            .find(|m| m.broadcast && m.room == room)
            .map(|m| (m.id, m.time))
    }

    pub fn file(&self, id: FileId) -> Result<&FileDoc, DemoError> {
        self.files.get(id as usize).ok_or(DemoError::UnknownFile)
    }

    /// Members with a role, in roster order (e.g. the staff one may meet).
    pub fn members_with_role(&self, role: Role) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(move |m| m.role == role)
    }

    /// Every member with their status, for admins.
    pub fn roster(&self, viewer: MemberId) -> Result<&[Member], DemoError> {
        self.admin(viewer)?;
        Ok(&self.members)
    }

    /// Read count and who has not read a broadcast; staff of the room only.
    pub fn read_status(
        &self,
        viewer: MemberId,
        message: MessageId,
    ) -> Result<ReadStatus, DemoError> {
        self.read_status_at(viewer, message, Time(u64::MAX))
    }

    /// The read status as it was at `at`: reads from then on do not count yet
    /// (the time-lapse looking back).
    pub fn read_status_at(
        &self,
        viewer: MemberId,
        message: MessageId,
        at: Time,
    ) -> Result<ReadStatus, DemoError> {
        self.staff(viewer)?;
        let m = self.message(message)?;
        if !self.in_room(viewer, m.room)? {
            return Err(DemoError::NotInRoom);
        }
        if !m.broadcast {
            return Err(DemoError::NotBroadcast);
        }
        let read_by = |r: &MemberId| m.reads.get(r).is_some_and(|t| *t <= at);
        Ok(ReadStatus {
            read: m.recipients.iter().filter(|r| read_by(r)).count(),
            unread: m
                .recipients
                .iter()
                .copied()
                .filter(|r| !read_by(r))
                .collect(),
        })
    }

    /// How a message reaches a recipient: at once, or held by quiet hours.
    pub fn delivery(&self, member: MemberId, message: MessageId) -> Result<Delivery, DemoError> {
        let m = self.member(member)?;
        let msg = self.message(message)?;
        Ok(match m.quiet {
            Some(q) if msg.time >= q.from && msg.time < q.until => {
                Delivery::Held { until: q.until }
            }
            _ => Delivery::Delivered,
        })
    }

    /// Notifications a member's phone shows at `now`: delivered ones; held ones are
    /// hidden until their quiet period ends.
    pub fn notifications(
        &self,
        member: MemberId,
        now: Time,
    ) -> Result<(Vec<MessageId>, Vec<MessageId>), DemoError> {
        let m = self.member(member)?;
        let (mut shown, mut held) = (Vec::new(), Vec::new());
        for msg in self
            .messages
            .iter()
            .filter(|x| x.recipients.contains(&m.id) && x.time <= now)
        {
            match self.delivery(member, msg.id)? {
                Delivery::Held { until } if now < until => held.push(msg.id),
                _ => shown.push(msg.id),
            }
        }
        Ok((shown, held))
    }

    /// The audit log, for admins.
    pub fn audit_log(&self, viewer: MemberId) -> Result<&AuditLog, DemoError> {
        self.admin(viewer)?;
        Ok(&self.audit)
    }

    fn audit_csv(&self) -> String {
        self.audit.to_csv(|id| {
            self.member(id)
                .map_or_else(|_| format!("#{id}"), |m| m.name.clone())
        })
    }

    /// Trace a leak: who downloaded a file and where it was shared, oldest first.
    pub fn trace_file(
        &self,
        viewer: MemberId,
        file: FileId,
    ) -> Result<Vec<&audit::Entry>, DemoError> {
        self.admin(viewer)?;
        Ok(self
            .audit
            .entries
            .iter()
            .filter(|e| {
                e.refused.is_none()
                    && match e.subject() {
                        (Target::File { id, .. } | Target::Share { file: id, .. }, _) => id == file,
                        (Target::NewFile { .. }, Some(audit::Created::File(id))) => id == file,
                        _ => false,
                    }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests;
