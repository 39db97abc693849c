//! The demo backend's rules, as a presenter would show them.

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

#[test]
fn roster_import_is_all_or_nothing_and_reports_every_bad_row() {
    let mut w = ws();
    let before = w.members.len();
    let bad = "氏名,所属,役割\r\n山口 新,2階,職員\r\n,1階,職員\r\n森 一郎,3階,職員\r\n林 二郎,デイサービス,社長\r\n山口 新,訪問介護チーム,職員\r\n足りない,2階\r\n";
    match w.execute(DIRECTOR, T, Command::ImportRoster { csv: bad.into() }) {
        Err(DemoError::Roster(errors)) => {
            let got: Vec<_> = errors.iter().map(|e| (e.line, e.problem.clone())).collect();
            use roster::Problem::*;
            assert_eq!(
                got,
                vec![
                    (3, EmptyName),
                    (4, UnknownUnit("3階".into())),
                    (5, UnknownRole("社長".into())),
                    (6, Duplicate("山口 新".into())),
                    (7, Columns(2)),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(w.members.len(), before, "nothing half-imported");
    let good = "\u{feff}name,unit,role\n山口 新,2階,staff\n\"森, 一郎\",訪問介護チーム,管理者\n";
    let Ok(Outcome::Imported(new)) =
        w.execute(DIRECTOR, T, Command::ImportRoster { csv: good.into() })
    else {
        panic!()
    };
    assert_eq!(new.len(), 2);
    let yamaguchi = w.member(new[0]).unwrap();
    assert_eq!(
        (yamaguchi.role, yamaguchi.unit),
        (Role::Staff, Some(FLOOR2))
    );
    assert!(
        w.room(ROOM_FLOOR2).unwrap().members.contains(&new[0]),
        "joins the unit's room"
    );
    assert!(w.room(ROOM_ALL).unwrap().members.contains(&new[1]));
    assert_eq!(w.member(new[1]).unwrap().name, "森, 一郎");
    assert!(matches!(
        w.execute(
            DIRECTOR,
            T,
            Command::ImportRoster {
                csv: "a,b\n".into()
            }
        ),
        Err(DemoError::Roster(_))
    ));
}

#[test]
fn trace_a_leak_finds_who_downloaded_and_where_it_went() {
    let w = ws();
    let trail = w.trace_file(DIRECTOR, ROSTER_FILE).unwrap();
    let steps: Vec<_> = trail.iter().map(|e| (e.actor, e.action)).collect();
    use audit::Action::*;
    assert_eq!(
        steps,
        vec![
            (OFFICE_MANAGER, UploadFile),
            (OFFICE_MANAGER, ShareFile),
            (LEAKER, DownloadFile),
            (LEAKER, ShareFile)
        ]
    );
    assert!(
        trail[3].target.contains("ケアマネジャー"),
        "shared into the external room"
    );
    assert_eq!(
        w.trace_file(STAFF, ROSTER_FILE).err(),
        Some(DemoError::AdminOnly)
    );
}

#[test]
fn downloads_only_from_rooms_you_are_in() {
    let mut w = ws();
    // The roster was shared to 1階 only: a 2階 member cannot download it.
    assert_eq!(
        w.execute(STAFF, T, Command::DownloadFile { file: ROSTER_FILE }),
        Err(DemoError::FileNotShared)
    );
    assert!(w
        .execute(STAFF, T, Command::DownloadFile { file: SHIFT_FILE })
        .is_ok());
    assert_eq!(
        w.execute(FAMILY, T, Command::DownloadFile { file: SHIFT_FILE }),
        Err(DemoError::FileNotShared)
    );
    // Nor share one you cannot see, even into a room of yours.
    assert_eq!(
        w.execute(
            STAFF,
            T,
            Command::ShareFile {
                file: ROSTER_FILE,
                room: ROOM_FLOOR2,
                note: "x".into()
            }
        ),
        Err(DemoError::FileNotShared)
    );
}

#[test]
fn one_to_one_meetings() {
    let mut w = ws();
    let book = |w: &mut Workspace, host, guest, at: u64, minutes| {
        w.execute(
            host,
            T,
            Command::BookMeeting {
                guest,
                start: T.plus_minutes(at),
                minutes,
            },
        )
    };
    assert_eq!(
        book(&mut w, DIRECTOR, STAFF, 30, 15),
        Ok(Outcome::Meeting(0))
    );
    assert_eq!(
        book(&mut w, OFFICE_MANAGER, STAFF, 40, 15),
        Err(DemoError::MeetingClash)
    );
    assert_eq!(
        book(&mut w, OFFICE_MANAGER, STAFF, 45, 15),
        Ok(Outcome::Meeting(1)),
        "back to back is fine"
    );
    assert_eq!(
        book(&mut w, DIRECTOR, FAMILY, 90, 15),
        Err(DemoError::GuestExternal)
    );
    assert_eq!(
        book(&mut w, DIRECTOR, DIRECTOR, 90, 15),
        Err(DemoError::InvalidMeeting)
    );
    w.execute(DIRECTOR, T, Command::Suspend { member: STAFF + 2 })
        .unwrap();
    assert_eq!(
        book(&mut w, OFFICE_MANAGER, STAFF + 2, 90, 15),
        Err(DemoError::GuestSuspended),
        "a suspended colleague is not an outside member"
    );
    assert_eq!(
        w.execute(
            DIRECTOR,
            T,
            Command::BookMeeting {
                guest: STAFF + 1,
                start: Time(0),
                minutes: 10
            }
        ),
        Err(DemoError::InvalidMeeting)
    );
    assert_eq!(
        w.execute(STAFF + 3, T, Command::CancelMeeting { meeting: 0 }),
        Err(DemoError::NotInMeeting)
    );
    w.execute(STAFF, T, Command::CancelMeeting { meeting: 0 })
        .unwrap();
    assert_eq!(
        w.execute(STAFF, T, Command::CancelMeeting { meeting: 0 }),
        Err(DemoError::AlreadyCancelled),
        "cancelling twice is not done twice"
    );
    assert_eq!(
        book(&mut w, OFFICE_MANAGER, STAFF, 35, 5),
        Ok(Outcome::Meeting(2))
    );
}

#[test]
fn text_is_kept_exactly_as_typed() {
    let mut w = ws();
    let xss = "<img src=x onerror=alert(1)>".to_string();
    let Ok(Outcome::Message(id)) = w.execute(
        STAFF,
        T,
        Command::Post {
            room: ROOM_FLOOR2,
            body: xss.clone(),
            attachments: vec![],
        },
    ) else {
        panic!()
    };
    assert_eq!(w.message(id).unwrap().body, xss);
    assert_eq!(
        w.execute(
            STAFF,
            T,
            Command::Post {
                room: ROOM_FLOOR2,
                body: "  ".into(),
                attachments: vec![]
            }
        ),
        Err(DemoError::EmptyMessage)
    );
    assert_eq!(
        w.execute(
            STAFF,
            T,
            Command::UploadFile {
                name: " ".into(),
                bytes: 10
            }
        ),
        Err(DemoError::EmptyFileName),
        "a file without a name is not an empty message"
    );
    let long = "あ".repeat(MAX_BODY + 1);
    assert_eq!(
        w.execute(
            STAFF,
            T,
            Command::Post {
                room: ROOM_FLOOR2,
                body: long,
                attachments: vec![]
            }
        ),
        Err(DemoError::MessageTooLong)
    );
}

#[test]
fn audit_csv_is_for_admins_and_reads_back() {
    let mut w = ws();
    let Ok(Outcome::Csv(text)) = w.execute(DIRECTOR, T, Command::ExportAudit) else {
        panic!()
    };
    assert!(text.starts_with(csv::BOM));
    let rows = csv::parse(&text).unwrap();
    assert_eq!(
        rows.len(),
        w.audit.entries.len(),
        "header + every entry before the export itself"
    );
    assert!(rows.iter().any(|(_, r)| r[3] == "施設長 森本 由美"));
}

fn any_attachment() -> impl Strategy<Value = Attachment> {
    prop_oneof![
        ("\\PC{0,12}", "\\PC{0,30}", any::<u32>())
            .prop_map(|(name, src, bytes)| Attachment::Photo { name, src, bytes }),
        ("\\PC{0,12}", "\\PC{0,20}").prop_map(|(title, url)| Attachment::Link { title, url }),
        (0u32..6).prop_map(Attachment::File),
    ]
}

fn any_command() -> impl Strategy<Value = (MemberId, Command)> {
    let member = 0u32..75;
    let room = 0u32..10;
    let attachments = || proptest::collection::vec(any_attachment(), 0..3);
    let cmd = prop_oneof![
        (room.clone(), "\\PC{0,20}", attachments()).prop_map(|(room, body, attachments)| {
            Command::Post {
                room,
                body,
                attachments,
            }
        }),
        (0u32..6, "\\PC{0,10}", attachments()).prop_map(|(u, body, attachments)| {
            Command::Broadcast {
                scope: if u == 5 {
                    Scope::Everyone
                } else {
                    Scope::Unit(u)
                },
                body,
                attachments,
            }
        }),
        (0u64..600, 0u64..600).prop_map(|(from, until)| Command::SetQuiet {
            quiet: Quiet {
                from: Time::minutes(from),
                until: Time::minutes(until),
            }
        }),
        Just(Command::ClearQuiet),
        (0u32..30).prop_map(|message| Command::Read { message }),
        (0u32..30).prop_map(|message| Command::RemindUnread { message }),
        (0u32..4).prop_map(|file| Command::DownloadFile { file }),
        (0u32..4, room).prop_map(|(file, room)| Command::ShareFile {
            file,
            room,
            note: "x".into()
        }),
        (0u32..75, 0u64..500, 0u32..200).prop_map(|(guest, at, minutes)| Command::BookMeeting {
            guest,
            start: Time::minutes(at),
            minutes
        }),
        (0u32..75).prop_map(|member| Command::Suspend { member }),
        (0u32..75).prop_map(|member| Command::Reinstate { member }),
        "\\PC{0,40}".prop_map(|csv| Command::ImportRoster { csv }),
        Just(Command::SignIn),
        Just(Command::ExportAudit),
    ];
    (member, cmd)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_command_sequence_keeps_the_rules(cmds in proptest::collection::vec(any_command(), 1..40)) {
        let mut w = ws();
        let start = w.audit.entries.len();
        for (i, (actor, cmd)) in cmds.iter().cloned().enumerate() {
            let suspended = w.member(actor).is_ok_and(|m| m.suspended);
            let r = w.execute(actor, Time::minutes(100 + i as u64), cmd);
            if suspended {
                prop_assert_eq!(r, Err(DemoError::Suspended));
            }
        }
        prop_assert_eq!(w.audit.entries.len(), start + cmds.len(), "every command is logged");
        prop_assert_eq!(w.audit.verify(), Ok(()));
        // Whatever happened, the saved demo reads back as it was.
        let now = Time::minutes(100 + cmds.len() as u64);
        prop_assert_eq!(snapshot::decode(&snapshot::encode(&w, now)), Ok((w.clone(), now)));
        // External members never get into staff rooms.
        for r in &w.rooms {
            if !r.kind.external() {
                prop_assert!(r.members.iter().all(|m| !w.members[*m as usize].role.external()));
            }
        }
    }
}

#[test]
fn queries_for_the_phone_view_and_the_console() {
    let mut w = ws();
    let msg = match w.execute(
        DIRECTOR,
        T,
        Command::Broadcast {
            scope: Scope::Everyone,
            body: "夕方の申し送りは写真で".into(),
            attachments: vec![],
        },
    ) {
        Ok(Outcome::Message(id)) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(w.latest_broadcast(ROOM_ALL), Some((msg, T)));
    // Opening the room: the broadcast is among what the staff member has not read,
    // and nothing is left once each is read.
    let unread = w.unread_in(STAFF, ROOM_ALL).unwrap();
    assert!(unread.contains(&msg));
    for m in unread {
        w.execute(STAFF, T.plus_minutes(1), Command::Read { message: m })
            .unwrap();
    }
    assert_eq!(
        w.unread_in(STAFF, ROOM_ALL).unwrap(),
        Vec::<MessageId>::new()
    );
    assert_eq!(
        w.unread_in(FAMILY, ROOM_ALL),
        Err(DemoError::NotInRoom),
        "a family member is not in the staff room"
    );
    // The roster is for admins; the staff list is for anyone booking a meeting.
    assert_eq!(w.roster(DIRECTOR).unwrap().len(), w.members.len());
    assert_eq!(w.roster(STAFF), Err(DemoError::AdminOnly));
    assert!(w
        .members_with_role(Role::Staff)
        .all(|m| m.role == Role::Staff));
    assert_eq!(w.file(ROSTER_FILE).unwrap().id, ROSTER_FILE);
    assert_eq!(w.file(9_999), Err(DemoError::UnknownFile));
}

/// One step of a presenter's session: a command by a member at a time of the
/// caller's choosing (often earlier than the workspace's clock: a caller's clock
/// is not trusted), or the time-lapse of a room's newest broadcast moved.
#[derive(Clone, Debug)]
enum Step {
    Run(MemberId, Command, u64),
    Slide(RoomId, u64),
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (any_command(), 0u64..900).prop_map(|((actor, cmd), at)| Step::Run(actor, cmd, at)),
        1 => (0u32..8, 0u64..300).prop_map(|(room, minutes)| Step::Slide(room, minutes)),
        // Broadcasts often, so that there is something to slide over.
        1 => (0u32..8, 0u64..900).prop_map(|(room, at)| Step::Run(
            DIRECTOR,
            Command::Broadcast { scope: Scope::Room(room), body: "連絡".into(), attachments: vec![] },
            at
        )),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn the_log_never_runs_backwards(steps in proptest::collection::vec(any_step(), 1..40)) {
        let mut w = ws();
        let mut now = Time::minutes(60);
        let mut lapses: BTreeMap<MessageId, TimeLapse> = BTreeMap::new();
        for step in steps {
            match step {
                Step::Run(actor, cmd, at) => {
                    let _ = w.execute(actor, Time::minutes(at), cmd);
                    now = now.max(Time::minutes(at)).max(w.clock());
                }
                Step::Slide(room, minutes) => {
                    let Some((id, _)) = w.latest_broadcast(room) else { continue };
                    let lapse = lapses
                        .entry(id)
                        .or_insert_with(|| TimeLapse::new(&w, id, now).unwrap())
                        .clone();
                    let before = w.audit.entries.len();
                    let after = lapse.show(&mut w, now, minutes);
                    prop_assert!(after >= now, "the clock only moves forward");
                    if lapse.at(minutes) <= now {
                        prop_assert_eq!(w.audit.entries.len(), before, "looking back writes nothing");
                    }
                    now = after;
                }
            }
            prop_assert!(w.clock() <= now.max(w.clock()));
        }
        let times: Vec<Time> = w.audit.entries.iter().map(|e| e.time).collect();
        prop_assert!(times.windows(2).all(|p| p[0] <= p[1]), "{:?}", times);
        prop_assert_eq!(w.audit.verify(), Ok(()));
        // A message is never read before it was sent.
        for m in &w.messages {
            prop_assert!(m.reads.values().all(|t| *t >= m.time));
        }
    }
}

#[test]
fn the_seeded_log_is_in_time_order() {
    let w = ws();
    let times: Vec<Time> = w.audit.entries.iter().map(|e| e.time).collect();
    assert!(times.windows(2).all(|p| p[0] <= p[1]), "{times:?}");
    assert_eq!(w.clock(), *times.last().unwrap());
}
