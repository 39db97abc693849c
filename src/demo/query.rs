//! What the demo workspace answers: the rooms and messages a member sees, unread
//! messages, read status (also as it was at a moment), deliveries held by quiet
//! hours, the roster, the audit log and a file's trail; each as its viewer may
//! see it.

use super::audit::{self, AuditLog, Target};
use super::*;

impl Workspace {
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

    pub(super) fn audit_csv(&self) -> String {
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
