//! The demo backend's rules, as a presenter would show them: who may do
//! what, reading, quiet hours (here); files, rosters, meetings and the audit
//! (`files`); any sequence of commands and the time-lapse (`properties`).

mod files;
mod properties;

use super::seed::{self, ids::*};
use super::timelapse::TimeLapse;
use super::*;
use crate::csv;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn ws() -> Workspace {
    seed::workspace()
}

const T: Time = Time(3_600);

#[test]
fn the_seeded_facility() {
    let w = ws();
    assert_eq!(w.members.len(), 71);
    assert!(w.members.iter().filter(|m| m.role.external()).count() == 3);
    assert_eq!(w.audit.verify(), Ok(()));
    // The brochure's broadcast: 67 recipients (everyone on the staff side but the author).
    let b = w
        .messages
        .iter()
        .find(|m| m.broadcast && m.room == ROOM_ALL && m.author == DIRECTOR)
        .unwrap();
    assert_eq!(b.recipients.len(), 67);
}

#[test]
fn external_members_see_only_their_rooms() {
    let w = ws();
    let rooms: Vec<_> = w
        .visible_rooms(FAMILY)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(rooms, vec![ROOM_FAMILY]);
    assert_eq!(
        w.room_messages(FAMILY, ROOM_FLOOR2),
        Err(DemoError::NotInRoom)
    );
    assert_eq!(
        w.room_messages(HOSPITAL, ROOM_ALL),
        Err(DemoError::NotInRoom)
    );
    assert!(w.room_messages(FAMILY, ROOM_FAMILY).unwrap().len() >= 2);
}

#[test]
fn permissions_are_enforced_by_the_backend() {
    let mut w = ws();
    let post = |room| Command::Post {
        room,
        body: "こんにちは".into(),
        attachments: vec![],
    };
    assert_eq!(
        w.execute(FAMILY, T, post(ROOM_FLOOR2)),
        Err(DemoError::NotInRoom)
    );
    assert_eq!(
        w.execute(
            FAMILY,
            T,
            Command::Broadcast {
                scope: Scope::Everyone,
                body: "x".into(),
                attachments: vec![]
            }
        ),
        Err(DemoError::ExternalBroadcast)
    );
    assert_eq!(
        w.execute(STAFF, T, Command::Suspend { member: STAFF + 1 }),
        Err(DemoError::AdminOnly)
    );
    assert_eq!(
        w.execute(STAFF, T, Command::ExportAudit),
        Err(DemoError::AdminOnly)
    );
    assert_eq!(w.audit_log(STAFF).err(), Some(DemoError::AdminOnly));
    assert_eq!(
        w.execute(
            STAFF,
            T,
            Command::ImportRoster {
                csv: "氏名,所属,役割\n新人,2階,職員".into()
            }
        ),
        Err(DemoError::AdminOnly)
    );
    assert_eq!(
        w.execute(DIRECTOR, T, Command::Suspend { member: DIRECTOR }),
        Err(DemoError::CannotSuspendSelf)
    );
    // Every refusal is in the log, with its reason.
    let refused: Vec<_> = w
        .audit
        .entries
        .iter()
        .filter(|e| e.refused.is_some() && e.time == T)
        .collect();
    assert_eq!(refused.len(), 6);
    assert!(refused
        .iter()
        .any(|e| e.refused.as_deref() == Some("external-broadcast")));
}

#[test]
fn a_suspended_account_can_do_nothing_until_reinstated() {
    let mut w = ws();
    let m = STAFF + 4;
    w.execute(m, T, Command::SignIn).unwrap();
    w.execute(m, T, Command::SignIn).unwrap();
    assert_eq!(w.member(m).unwrap().sessions, 2);
    w.execute(DIRECTOR, T, Command::Suspend { member: m })
        .unwrap();
    assert_eq!(w.member(m).unwrap().sessions, 0, "sessions end");
    let cmds = [
        Command::SignIn,
        Command::Post {
            room: ROOM_FLOOR2,
            body: "x".into(),
            attachments: vec![],
        },
        Command::Read { message: 0 },
        Command::DownloadFile { file: SHIFT_FILE },
        Command::SetQuiet {
            quiet: Quiet {
                from: T,
                until: T.plus_minutes(5),
            },
        },
    ];
    for c in cmds {
        assert_eq!(w.execute(m, T, c), Err(DemoError::Suspended));
    }
    assert_eq!(w.visible_rooms(m).err(), Some(DemoError::Suspended));
    assert_eq!(
        w.execute(DIRECTOR, T, Command::Suspend { member: m }),
        Err(DemoError::AlreadySuspended)
    );
    w.execute(
        DIRECTOR,
        T.plus_minutes(1),
        Command::Reinstate { member: m },
    )
    .unwrap();
    assert!(w.execute(m, T.plus_minutes(2), Command::SignIn).is_ok());
    let trail: Vec<_> = w
        .audit
        .search(&audit::Query {
            target: Some(format!("member:{m} ")),
            ..Default::default()
        })
        .map(|e| e.action)
        .collect();
    assert_eq!(
        trail,
        vec![
            audit::Action::Suspend,
            audit::Action::Suspend,
            audit::Action::Reinstate
        ]
    );
    assert_eq!(w.audit.verify(), Ok(()));
}

#[test]
fn read_counts_unread_list_and_reminder() {
    let mut w = ws();
    let msg = match w.execute(
        DIRECTOR,
        T,
        Command::Broadcast {
            scope: Scope::Everyone,
            body: "明日の防災訓練は10時からです".into(),
            attachments: vec![],
        },
    ) {
        Ok(Outcome::Message(id)) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        w.read_status(DIRECTOR, msg).unwrap(),
        ReadStatus {
            read: 0,
            unread: w.message(msg).unwrap().recipients.clone()
        }
    );
    let plan = seed::plan_reads(&w, msg, 42, 2, T);
    assert_eq!(plan.len(), 65);
    assert_eq!(plan, seed::plan_reads(&w, msg, 42, 2, T), "deterministic");
    assert!(plan.iter().all(|(_, t)| *t > T), "reads come after sending");
    // Time-lapse: as time passes, reads only grow.
    let lapse = TimeLapse::new(&w, msg, T).unwrap();
    let mut last = 0;
    let mut now = T;
    for minutes in [5, 15, 30, 60, 120, 240] {
        now = lapse.show(&mut w, now, minutes);
        let s = w.read_status(DIRECTOR, msg).unwrap();
        assert!(s.read >= last && s.read + s.unread.len() == 67);
        last = s.read;
    }
    let s = w.read_status(DIRECTOR, msg).unwrap();
    assert_eq!((s.read, s.unread.len()), (65, 2), "既読65人 未読2人");
    // The member on leave is among the unread.
    assert!(s.unread.contains(&(STAFF + 5)));
    assert_eq!(
        w.execute(
            DIRECTOR,
            T.plus_minutes(301),
            Command::RemindUnread { message: msg }
        ),
        Ok(Outcome::Reminded(s.unread))
    );
    // Reading twice counts once, and keeps the first time; a non-broadcast has no
    // read tracking.
    let first = w.message(msg).unwrap().reads[&STAFF];
    w.execute(STAFF, T.plus_minutes(302), Command::Read { message: msg })
        .unwrap();
    assert_eq!(w.read_status(DIRECTOR, msg).unwrap().read, 65);
    assert_eq!(w.message(msg).unwrap().reads[&STAFF], first);
    assert_eq!(w.read_status(STAFF, 0), Err(DemoError::NotBroadcast));
    assert_eq!(
        w.read_status(FAMILY, msg),
        Err(DemoError::ExternalNotAllowed)
    );
}

#[test]
fn quiet_hours_hold_notifications_until_they_end() {
    let mut w = ws();
    let m = STAFF + 6;
    let quiet = Quiet {
        from: T,
        until: T.plus_minutes(8 * 60),
    };
    w.execute(m, T, Command::SetQuiet { quiet }).unwrap();
    let msg = match w.execute(
        STAFF,
        T.plus_minutes(10),
        Command::Post {
            room: ROOM_FLOOR2,
            body: "申し送りです".into(),
            attachments: vec![],
        },
    ) {
        Ok(Outcome::Message(id)) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        w.delivery(m, msg),
        Ok(Delivery::Held { until: quiet.until })
    );
    let (shown, held) = w.notifications(m, T.plus_minutes(11)).unwrap();
    assert!(held.contains(&msg) && !shown.contains(&msg));
    let (shown, held) = w.notifications(m, quiet.until).unwrap();
    assert!(shown.contains(&msg) && held.is_empty());
    // Others get it at once; an invalid period is refused.
    assert_eq!(w.delivery(STAFF + 7, msg), Ok(Delivery::Delivered));
    assert_eq!(
        w.execute(
            m,
            T,
            Command::SetQuiet {
                quiet: Quiet { from: T, until: T }
            }
        ),
        Err(DemoError::InvalidQuiet)
    );
    w.execute(m, T, Command::ClearQuiet).unwrap();
    assert_eq!(w.delivery(m, msg), Ok(Delivery::Delivered));
    assert_eq!(
        w.execute(m, T, Command::ClearQuiet),
        Err(DemoError::NotQuiet)
    );
}

#[test]
fn nothing_is_quietly_done_as_something_less() {
    let mut w = ws();
    let broadcast = |room| Command::Broadcast {
        scope: Scope::Room(room),
        body: "ご確認ください".into(),
        attachments: vec![],
    };
    // A family member asking for read tracking is refused, not posted plainly.
    let before = w.messages.len();
    assert_eq!(
        w.execute(FAMILY, T, broadcast(ROOM_FAMILY)),
        Err(DemoError::ExternalBroadcast)
    );
    assert_eq!(
        w.execute(HOSPITAL, T, broadcast(ROOM_HOSPITAL)),
        Err(DemoError::ExternalBroadcast)
    );
    assert_eq!(w.messages.len(), before, "nothing was posted instead");
    // Staff get what they asked for in any room of theirs, read tracking included.
    let Ok(Outcome::Message(id)) = w.execute(STAFF, T, broadcast(ROOM_FAMILY)) else {
        panic!()
    };
    let m = w.message(id).unwrap();
    assert!(m.broadcast && m.room == ROOM_FAMILY);
    assert_eq!(
        w.read_status(STAFF, id).unwrap().unread.len(),
        m.recipients.len()
    );
    let Ok(Outcome::Message(id)) = w.execute(STAFF, T, broadcast(ROOM_FLOOR2)) else {
        panic!()
    };
    assert_eq!(w.message(id).unwrap().room, ROOM_FLOOR2);
    assert_eq!(
        w.execute(STAFF, T, broadcast(ROOM_FLOOR1)),
        Err(DemoError::NotInRoom)
    );
    // Reading a message not sent to you is refused, not silently ignored.
    assert_eq!(
        w.execute(STAFF, T, Command::Read { message: id }),
        Err(DemoError::NotRecipient),
        "the author"
    );
    // Reminding when everyone has read is refused, not "reminded 0 people".
    let family_msg = w
        .messages
        .iter()
        .rev()
        .find(|m| m.room == ROOM_FAMILY && m.broadcast)
        .unwrap()
        .id;
    for r in w.message(family_msg).unwrap().recipients.clone() {
        w.execute(
            r,
            T,
            Command::Read {
                message: family_msg,
            },
        )
        .unwrap();
    }
    assert_eq!(
        w.execute(
            STAFF,
            T,
            Command::RemindUnread {
                message: family_msg
            }
        ),
        Err(DemoError::NothingToRemind)
    );
    // Outside members cannot distribute files with read tracking either.
    assert_eq!(
        w.execute(
            FAMILY,
            T,
            Command::ShareFile {
                file: SHIFT_FILE,
                room: ROOM_FAMILY,
                note: "x".into()
            }
        ),
        Err(DemoError::ExternalNotAllowed)
    );
}
