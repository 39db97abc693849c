//! Tests of `audit`.

use super::*;
use proptest::prelude::*;

#[test]
fn entries_are_found_by_number() {
    let l = log(5);
    for seq in 1..=5 {
        assert_eq!(l.entry(seq).map(|e| e.seq), Some(seq));
    }
    assert!(l.entry(0).is_none() && l.entry(6).is_none() && l.entry(u64::MAX).is_none());
}

#[test]
fn times_never_run_backwards() {
    let mut l = AuditLog::default();
    for t in [5, 9, 3, 9, 0, 12] {
        l.append(Time(t), 0, Action::SignIn, String::new(), None);
    }
    let times: Vec<u64> = l.entries.iter().map(|e| e.time.0).collect();
    assert_eq!(times, vec![5, 9, 9, 9, 9, 12]);
    assert_eq!(l.verify(), Ok(()));
}

/// Every target shape the workspace writes, with names that look like the
/// text around them.
fn any_target() -> impl Strategy<Value = (Action, Target, Option<Created>, bool)> {
    let name = || proptest::option::of("(\\PC| message:1| file:2| → | room:3 |-){0,6}");
    let room_name = || proptest::option::of("[^→]{0,8}");
    let id = || 0u32..100;
    prop_oneof![
        (id(), room_name(), id(), any::<bool>()).prop_map(|(id, name, m, ok)| (
            Action::Post,
            Target::Room { id, name },
            ok.then_some(Created::Message(m)),
            ok
        )),
        (id(), any::<bool>()).prop_map(|(u, ok)| (
            Action::Broadcast,
            Target::Unit(u),
            ok.then_some(Created::Message(u)),
            ok
        )),
        Just((Action::Broadcast, Target::Everyone, None, false)),
        (id(), any::<bool>()).prop_map(|(m, ok)| (Action::Read, Target::Message(m), None, ok)),
        ("\\PC{0,12}", id(), any::<bool>()).prop_map(|(name, f, ok)| (
            Action::UploadFile,
            Target::NewFile { name },
            ok.then_some(Created::File(f)),
            ok
        )),
        (id(), name(), id(), room_name(), any::<bool>()).prop_map(
            |(file, file_name, room, room_name, ok)| (
                Action::ShareFile,
                Target::Share {
                    file,
                    file_name,
                    room,
                    room_name
                },
                ok.then_some(Created::Message(file)),
                ok
            )
        ),
        (id(), name(), any::<bool>()).prop_map(|(id, name, ok)| (
            Action::DownloadFile,
            Target::File { id, name },
            None,
            ok
        )),
        (id(), name(), id(), any::<bool>()).prop_map(|(id, name, m, ok)| (
            Action::BookMeeting,
            Target::Member { id, name },
            ok.then_some(Created::Meeting(m)),
            ok
        )),
        (id(), name(), any::<bool>()).prop_map(|(id, name, ok)| (
            Action::Suspend,
            Target::Member { id, name },
            None,
            ok
        )),
        (id(), any::<bool>()).prop_map(|(m, ok)| (
            Action::CancelMeeting,
            Target::Meeting(m),
            None,
            ok
        )),
        (any::<u64>(), any::<u64>(), any::<bool>()).prop_map(|(f, u, ok)| (
            Action::SetQuiet,
            Target::Quiet {
                from: Time(f),
                until: Time(u)
            },
            None,
            ok
        )),
        (0usize..3000, any::<bool>()).prop_map(|(n, ok)| (
            Action::ImportRoster,
            Target::Rows(n),
            None,
            ok
        )),
        any::<bool>().prop_map(|ok| (Action::SignIn, Target::None, None, ok)),
    ]
}

proptest! {
    #[test]
    fn every_target_reads_back_from_its_text((action, target, created, accepted) in any_target()) {
        let text = target.text(created);
        prop_assert_eq!(Target::parse(action, &text, accepted), (target, created));
    }

    #[test]
    fn any_text_reads_as_something(action in 0usize..16, text in "\\PC{0,30}", accepted in any::<bool>()) {
        let action = Action::ALL[action];
        let (target, created) = Target::parse(action, &text, accepted);
        if let Target::Other(t) = &target {
            prop_assert_eq!(t, &text);
            prop_assert_eq!(created, None);
        } else {
            prop_assert_eq!(target.text(created), text);
        }
    }
}

#[test]
fn reads_what_the_released_version_wrote() {
    use Target as T;
    let some = |s: &str| Some(s.to_string());
    let cases = [
        (
            Action::Post,
            "room:2 2階 申し送り message:0",
            true,
            T::Room {
                id: 2,
                name: some("2階 申し送り"),
            },
            Some(Created::Message(0)),
        ),
        (
            Action::SetQuiet,
            "quiet:0-86400",
            true,
            T::Quiet {
                from: Time(0),
                until: Time(86_400),
            },
            None,
        ),
        (
            Action::Broadcast,
            "scope:unit:0 message:10",
            true,
            T::Unit(0),
            Some(Created::Message(10)),
        ),
        (
            Action::Broadcast,
            "scope:everyone",
            false,
            T::Everyone,
            None,
        ),
        (
            Action::ShareFile,
            "file:1 利用者名簿.xlsx → room:7 ケアマネジャー（居宅介護支援） message:8",
            true,
            T::Share {
                file: 1,
                file_name: some("利用者名簿.xlsx"),
                room: 7,
                room_name: some("ケアマネジャー（居宅介護支援）"),
            },
            Some(Created::Message(8)),
        ),
        (
            Action::UploadFile,
            "name:12月シフト表.pdf file:0",
            true,
            T::NewFile {
                name: "12月シフト表.pdf".into(),
            },
            Some(Created::File(0)),
        ),
        (
            Action::BookMeeting,
            "member:5 遠藤 亮 meeting:0",
            true,
            T::Member {
                id: 5,
                name: some("遠藤 亮"),
            },
            Some(Created::Meeting(0)),
        ),
        (
            Action::Suspend,
            "member:22 福田 恵",
            true,
            T::Member {
                id: 22,
                name: some("福田 恵"),
            },
            None,
        ),
        (Action::ImportRoster, "rows:2", true, T::Rows(2), None),
        (Action::SignIn, "", true, T::None, None),
        (Action::Read, "message:2", true, T::Message(2), None),
        (
            Action::Read,
            "message:02",
            true,
            T::Other("message:02".into()),
            None,
        ),
    ];
    for (action, text, ok, target, created) in cases {
        assert_eq!(Target::parse(action, text, ok), (target, created), "{text}");
    }
}

fn log(n: u64) -> AuditLog {
    let mut l = AuditLog::default();
    for i in 0..n {
        let refused = (i % 3 == 2).then(|| "suspended".to_string());
        l.append(
            Time(i * 60),
            (i % 4) as u32,
            Action::ALL[i as usize % 16],
            format!("room:{i} 2階, \"A\""),
            refused,
        );
    }
    l
}

#[test]
fn an_untouched_log_verifies() {
    assert_eq!(log(0).verify(), Ok(()));
    assert_eq!(log(50).verify(), Ok(()));
}

#[test]
fn catches_an_edit_anywhere() {
    for i in [0, 7, 49] {
        let mut l = log(50);
        l.entries[i].target.push('x');
        assert_eq!(l.verify(), Err(Tamper::Changed { index: i }));
        let mut l = log(50);
        l.entries[i].refused = None;
        l.entries[i].actor ^= 1;
        assert!(l.verify().is_err());
        // Even re-hashing the edited entry breaks the next link.
        let mut l = log(50);
        l.entries[i].time = Time(999_999);
        let e = &mut l.entries[i];
        e.hash = e.expected_hash();
        let want = if i == 49 {
            Tamper::Truncated
        } else {
            Tamper::Broken { index: i + 1 }
        };
        assert_eq!(l.verify(), Err(want));
    }
}

#[test]
fn catches_removal_and_reordering() {
    let mut l = log(50);
    l.entries.remove(10);
    assert_eq!(l.verify(), Err(Tamper::Broken { index: 10 }));
    let mut l = log(50);
    l.entries.swap(20, 21);
    assert_eq!(l.verify(), Err(Tamper::Broken { index: 20 }));
    let mut l = log(50);
    l.entries.pop();
    assert_eq!(l.verify(), Err(Tamper::Truncated));
    let mut l = log(50);
    l.entries.remove(0);
    assert_eq!(l.verify(), Err(Tamper::Broken { index: 0 }));
}

#[test]
fn searches_by_member_action_target_and_refusal() {
    let l = log(48);
    let q = Query {
        actor: Some(1),
        ..Query::default()
    };
    assert_eq!(l.search(&q).count(), 12);
    let q = Query {
        action: Some(Action::DownloadFile),
        ..Query::default()
    };
    assert!(l.search(&q).all(|e| e.action == Action::DownloadFile));
    let q = Query {
        target: Some("room:17 ".into()),
        ..Query::default()
    };
    assert_eq!(l.search(&q).count(), 1);
    let q = Query {
        refused_only: true,
        ..Query::default()
    };
    assert_eq!(l.search(&q).count(), 16);
}

#[test]
fn exports_csv_that_reads_back() {
    let l = log(5);
    let text = l.to_csv(|id| format!("職員{id}, 仮"));
    let rows = csv::parse(&text).unwrap();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[1].1[3], "職員0, 仮");
    assert_eq!(rows[1].1[5], "room:0 2階, \"A\"");
    assert_eq!(rows[3].1[6], "suspended");
    assert_eq!(rows[5].1[7], hex(&l.entries[4].hash));
}
