//! Files, the roster import, a leak traced, meetings, text kept as typed and
//! the audit CSV.

use super::*;

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
