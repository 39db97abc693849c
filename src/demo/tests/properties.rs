//! Properties over any sequence of commands and of time-lapse steps, and the
//! queries the phone view and the console ask.

use super::*;

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
