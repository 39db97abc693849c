//! 既読のタイムラプス (the time-lapse of reads): how the reads of a broadcast
//! arrive over the hours after it was sent, as a *view* of the demo's one clock.
//! Looking at a moment later than the present lets time pass to it: the planned
//! reads until then happen, each as the member's own Read command at its time.
//! Looking back shows the reads as they were then and changes nothing: history is
//! never rewritten, and the clock never goes back.

use super::seed::plan_reads;
use super::{Command, DemoError, MemberId, MessageId, ReadStatus, Time, Workspace};

/// How far the time-lapse reaches, in minutes after sending.
pub const MAX_MINUTES: u64 = 240;
/// The plan's seed and how many recipients never read (the brochure's 未読2人).
const SEED: u64 = 7;
const NEVER: usize = 2;

/// A broadcast and when each recipient will read it (planned once, from the
/// present at that moment: repeatable, and only ever in the future).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeLapse {
    pub message: MessageId,
    /// When the broadcast was sent: minute 0 of the time-lapse.
    pub sent: Time,
    plan: Vec<(MemberId, Time)>,
}

impl TimeLapse {
    /// The time-lapse of a broadcast with the demo's present at `now`; `None` for
    /// a message that is not a broadcast.
    pub fn new(ws: &Workspace, message: MessageId, now: Time) -> Option<TimeLapse> {
        let m = ws.message(message).ok().filter(|m| m.broadcast)?;
        Some(TimeLapse {
            message,
            sent: m.time,
            plan: plan_reads(ws, message, SEED, NEVER, now.max(ws.clock())),
        })
    }

    /// The moment `minutes` after sending (at most `MAX_MINUTES`).
    pub fn at(&self, minutes: u64) -> Time {
        self.sent.plus_minutes(minutes.min(MAX_MINUTES))
    }

    /// Where the present is on the time-lapse: minutes since sending, within its
    /// reach.
    pub fn minutes_at(&self, now: Time) -> u64 {
        (now.0.saturating_sub(self.sent.0) / 60).min(MAX_MINUTES)
    }

    /// Moves the view to `minutes` after sending, with the demo's present at `now`;
    /// returns the present afterwards. A moment after the present: time passes to
    /// it, and the planned reads until then happen (a member who cannot read any
    /// more, e.g. suspended, does not). An earlier moment: nothing happens.
    pub fn show(&self, ws: &mut Workspace, now: Time, minutes: u64) -> Time {
        let at = self.at(minutes);
        if at <= now {
            return now;
        }
        for (member, when) in self.plan.iter().filter(|(_, when)| *when <= at) {
            let can_read = ws.member(*member).is_ok_and(|m| !m.suspended)
                && ws
                    .unread_in(*member, self.room(ws))
                    .is_ok_and(|u| u.contains(&self.message));
            if can_read {
                let _ = ws.execute(
                    *member,
                    *when,
                    Command::Read {
                        message: self.message,
                    },
                );
            }
        }
        at
    }

    /// The read status as of `minutes` after sending, for `viewer`; the present
    /// (`now`) when it comes earlier.
    pub fn status(
        &self,
        ws: &Workspace,
        viewer: MemberId,
        now: Time,
        minutes: u64,
    ) -> Result<ReadStatus, DemoError> {
        ws.read_status_at(viewer, self.message, self.at(minutes).min(now))
    }

    fn room(&self, ws: &Workspace) -> super::RoomId {
        ws.message(self.message).map_or(0, |m| m.room)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::seed::{self, ids::*};
    use crate::demo::{Outcome, Scope};

    fn broadcast(ws: &mut Workspace, at: Time) -> MessageId {
        match ws.execute(
            DIRECTOR,
            at,
            Command::Broadcast {
                scope: Scope::Everyone,
                body: "明日の防災訓練は10時からです".into(),
                attachments: vec![],
            },
        ) {
            Ok(Outcome::Message(id)) => id,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn moving_back_shows_the_reads_of_then_and_changes_nothing() {
        let mut ws = seed::workspace();
        let start = Time::minutes(60);
        let id = broadcast(&mut ws, start);
        let lapse = TimeLapse::new(&ws, id, start).unwrap();
        let read = |ws: &Workspace, now, m| lapse.status(ws, DIRECTOR, now, m).unwrap().read;
        let now = lapse.show(&mut ws, start, 15);
        assert_eq!(now, start.plus_minutes(15));
        let at_15 = read(&ws, now, 15);
        assert!(at_15 > 0 && at_15 < 65, "{at_15}");
        let now = lapse.show(&mut ws, now, 240);
        assert_eq!(read(&ws, now, 240), 65, "既読65人 未読2人");
        let log = ws.audit.entries.len();
        // Back to 15 minutes: the reads of then, the clock and the log as they were.
        let back = lapse.show(&mut ws, now, 15);
        assert_eq!(back, now, "the clock does not go back");
        assert_eq!(read(&ws, back, 15), at_15);
        assert_eq!(ws.audit.entries.len(), log, "looking back writes nothing");
        // Forward again: the same reads as before, nothing twice.
        assert_eq!(lapse.show(&mut ws, back, 240), back);
        assert_eq!(read(&ws, back, 240), 65);
        assert_eq!(ws.audit.entries.len(), log);
    }

    #[test]
    fn an_older_broadcast_gets_its_reads_after_the_present_only() {
        // The seeded broadcast was sent at 08:08; the demo starts at 09:00.
        let mut ws = seed::workspace();
        let (id, sent) = ws.latest_broadcast(ROOM_ALL).unwrap();
        let now = Time::minutes(60);
        let lapse = TimeLapse::new(&ws, id, now).unwrap();
        assert_eq!(lapse.minutes_at(now), (now.0 - sent.0) / 60);
        let before = ws.audit.entries.len();
        let later = lapse.show(&mut ws, now, 120);
        let new = &ws.audit.entries[before..];
        assert!(!new.is_empty());
        assert!(new.iter().all(|e| e.time > now && e.time <= later));
        // Before the present, as it was: nobody had read it yet.
        assert_eq!(lapse.status(&ws, DIRECTOR, later, 20).unwrap().read, 0);
    }
}
