//! What a member asks the demo workspace to do (`Command`), what it produced
//! (`Outcome`), and how it is done: who may (permissions are enforced here, not
//! by the UI), what it changes, and its entry in the audit log, accepted or
//! refused.

use super::audit::{self, Action, Target};
use super::*;
use std::collections::BTreeMap;

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

impl Workspace {
    pub(super) fn in_room(&self, member: MemberId, room: RoomId) -> Result<bool, DemoError> {
        Ok(self.room(room)?.members.contains(&member))
    }

    /// The acting member, if it exists and is not suspended.
    pub(super) fn active(&self, actor: MemberId) -> Result<&Member, DemoError> {
        let m = self.member(actor)?;
        if m.suspended {
            return Err(DemoError::Suspended);
        }
        Ok(m)
    }

    pub(super) fn admin(&self, actor: MemberId) -> Result<&Member, DemoError> {
        let m = self.active(actor)?;
        if m.role != Role::Admin {
            return Err(DemoError::AdminOnly);
        }
        Ok(m)
    }

    pub(super) fn staff(&self, actor: MemberId) -> Result<&Member, DemoError> {
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
    pub(super) fn describe(&self, cmd: &Command) -> Target {
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
    pub(super) fn sees_file(&self, member: MemberId, file: FileId) -> bool {
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

    pub(super) fn send(
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
}
