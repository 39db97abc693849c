//! The saved demo: a versioned snapshot of the workspace, its clock and who the
//! screen acts as, kept under a size cap by removing the oldest picked photos (and
//! saying which), and read back with the audit chain checked.
//!
//! Versions: 1 held the workspace and the clock (`{"v":1,"now":…,"ws":…}`); 2 adds
//! who is acting and the open room (`"me"`, `"room"`). A version-1 snapshot opens
//! as the director in the all-staff room, as version 1 always started.

mod read;

use super::audit::Tamper;
use super::seed::ids;
use super::{Attachment, MemberId, RoomId, Time, Workspace};
use serde::Serialize;
use serde_json::Value;

/// Current snapshot version.
pub const VERSION: u32 = 2;

/// What the demo keeps besides the workspace: its clock (the present) and who the
/// screen acts as, in which room.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Session {
    pub now: Time,
    /// 操作する人 (who-am-I).
    pub me: MemberId,
    pub room: RoomId,
}

impl Session {
    /// The start of the demo at `now`: the director, in the all-staff room.
    pub const fn start(now: Time) -> Session {
        Session {
            now,
            me: ids::DIRECTOR,
            room: ids::ROOM_ALL,
        }
    }
}
/// Largest snapshot kept, in bytes of JSON (localStorage holds about 5 MB per site,
/// shared with the calculator).
pub const MAX_BYTES: usize = 1_500_000;

/// Why a snapshot could not be used (the caller keeps the text as a backup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    Corrupt(String),
    FutureVersion(u32),
    /// Readable, but its audit log was changed: it is not trusted.
    Tampered(Tamper),
}

/// The snapshot of a workspace and the session on it, written by serde's derive as
/// every version wrote it. (A hand-written writer of the same bytes saved 1.2 KB
/// gzip while the app was one wasm; in the demo's own part the derive costs 1.0 KB
/// gzip, measured on the rustup toolchain: 82.0 -> 83.0 KB; the first module
/// +0.4 KB. Within the 5 KB a well-kept crate may cost in the part that uses it.)
pub fn save(ws: &Workspace, session: Session) -> String {
    #[derive(Serialize)]
    struct Ref<'a> {
        v: u32,
        now: Time,
        me: MemberId,
        room: RoomId,
        ws: &'a Workspace,
    }
    serde_json::to_string(&Ref {
        v: VERSION,
        now: session.now,
        me: session.me,
        room: session.room,
        ws,
    })
    .unwrap_or_default()
}

/// A workspace and its session from a snapshot of any version up to this one.
pub fn open(raw: &str) -> Result<(Workspace, Session), SnapshotError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| SnapshotError::Corrupt(e.to_string()))?;
    let v = value
        .get("v")
        .and_then(Value::as_u64)
        .ok_or_else(|| SnapshotError::Corrupt("no version".into()))?;
    if v > u64::from(VERSION) {
        return Err(SnapshotError::FutureVersion(
            u32::try_from(v).unwrap_or(u32::MAX),
        ));
    }
    let (ws, session) = read::snapshot(&value, v).map_err(SnapshotError::Corrupt)?;
    ws.audit.verify().map_err(SnapshotError::Tampered)?;
    Ok((ws, session))
}

/// The snapshot of a workspace at `now`, acted on by the director (the start).
pub fn encode(ws: &Workspace, now: Time) -> String {
    save(ws, Session::start(now))
}

/// The workspace and clock of a snapshot of any version up to this one.
pub fn decode(raw: &str) -> Result<(Workspace, Time), SnapshotError> {
    open(raw).map(|(ws, s)| (ws, s.now))
}

/// Saves within `cap` bytes: removes picked photos (data URLs), oldest first,
/// until the snapshot fits. Returns the text and the names of removed photos.
pub fn fit(ws: &mut Workspace, session: Session, cap: usize) -> (String, Vec<String>) {
    let mut removed = Vec::new();
    loop {
        let text = save(ws, session);
        if text.len() <= cap {
            return (text, removed);
        }
        let oldest = ws
            .messages
            .iter_mut()
            .flat_map(|m| m.attachments.iter_mut())
            .find(|a| matches!(a, Attachment::Photo { src, .. } if src.starts_with("data:")));
        match oldest {
            Some(a) => {
                let Attachment::Photo { name, .. } = a else {
                    unreachable!()
                };
                let name = std::mem::take(name);
                removed.push(name.clone());
                *a = Attachment::Removed { name };
            }
            // Nothing left to remove: the caller is told it is too large.
            None => return (text, removed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::seed::{self, ids::*};
    use crate::demo::{Command, Outcome};

    #[test]
    fn any_text_reads_back_as_written() {
        let mut ws = seed::workspace();
        let odd = "\u{0}\u{1}\u{1f}\u{7f}\"\\/\n\r\t\u{8}\u{c} é 日本 \u{2028}\u{202e}😀";
        ws.name = odd.into();
        ws.members[0].name = odd.into();
        ws.rooms[0].name = format!("{odd},");
        let session = Session {
            now: Time(u64::MAX),
            me: u32::MAX,
            room: 0,
        };
        assert_eq!(open(&save(&ws, session)), Ok((ws, session)));
    }

    #[test]
    fn round_trips_the_seeded_workspace() {
        let ws = seed::workspace();
        let text = encode(&ws, Time(4_000));
        assert_eq!(decode(&text), Ok((ws, Time(4_000))));
        assert!(text.len() < 200_000, "{} bytes", text.len());
    }

    #[test]
    fn refuses_corrupt_future_and_tampered_snapshots() {
        assert!(matches!(decode("{"), Err(SnapshotError::Corrupt(_))));
        assert!(matches!(
            decode(r#"{"v":1}"#),
            Err(SnapshotError::Corrupt(_))
        ));
        let text = encode(&seed::workspace(), Time(0));
        assert_eq!(
            decode(&text.replacen("\"v\":2", "\"v\":3", 1)),
            Err(SnapshotError::FutureVersion(3))
        );
        let tampered = text.replacen("来月のシフト表", "改ざん", 1);
        assert_eq!(
            decode(&tampered).map(|_| ()),
            Ok(()),
            "message text is not in the log"
        );
        let tampered = text.replacen("12月シフト表.pdf", "別のファイル.pdf", 2);
        assert!(
            matches!(decode(&tampered), Err(SnapshotError::Tampered(_))),
            "the log's targets are hashed"
        );
    }

    #[test]
    fn drops_the_oldest_picked_photos_to_fit_and_says_which() {
        let mut ws = seed::workspace();
        for i in 0..5 {
            let photo = Attachment::Photo {
                name: format!("写真{i}.jpg"),
                src: format!("data:image/jpeg;base64,{}", "A".repeat(40_000)),
                bytes: 30_000,
            };
            let r = ws.execute(
                STAFF,
                Time::minutes(100 + i),
                Command::Post {
                    room: ROOM_FLOOR2,
                    body: String::new(),
                    attachments: vec![photo],
                },
            );
            assert!(matches!(r, Ok(Outcome::Message(_))));
        }
        let full = encode(&ws, Time(0)).len();
        let (text, removed) = fit(&mut ws, Session::start(Time(0)), full - 50_000);
        assert_eq!(
            removed,
            vec!["写真0.jpg".to_string(), "写真1.jpg".to_string()]
        );
        assert!(text.len() <= full - 50_000);
        // Bundled illustrations are never removed; the rest still decodes.
        assert!(text.contains(seed::PHOTO_RECREATION));
        assert!(decode(&text).is_ok());
    }

    #[test]
    fn keeps_who_is_acting_and_where() {
        let ws = seed::workspace();
        let session = Session {
            now: Time(7_200),
            me: FAMILY,
            room: ROOM_FAMILY,
        };
        let text = save(&ws, session);
        assert!(text.starts_with("{\"v\":2,"));
        assert_eq!(open(&text), Ok((ws.clone(), session)));
        // Version 2 without them is damaged, not guessed at.
        let cut = text.replacen(&format!("\"me\":{FAMILY},"), "", 1);
        assert!(matches!(open(&cut), Err(SnapshotError::Corrupt(_))));
    }

    #[test]
    fn a_version_1_snapshot_opens_as_the_director_in_the_all_staff_room() {
        let ws = seed::workspace();
        let v1 = encode(&ws, Time(3_600))
            .replacen("{\"v\":2,", "{\"v\":1,", 1)
            .replacen(",\"me\":0,\"room\":0", "", 1);
        assert!(
            v1.starts_with("{\"v\":1,\"now\":3600,\"ws\":{"),
            "{}",
            &v1[..40]
        );
        assert_eq!(open(&v1), Ok((ws, Session::start(Time(3_600)))));
    }

    #[test]
    fn the_clock_reads_back_from_the_log() {
        let mut ws = seed::workspace();
        ws.execute(STAFF, Time::minutes(300), Command::SignIn)
            .unwrap();
        let (back, _) = decode(&encode(&ws, Time(0))).unwrap();
        assert_eq!(back.clock(), Time::minutes(300));
        // A command given an earlier time still comes after it.
        let mut back = back;
        back.execute(STAFF, Time::minutes(5), Command::SignIn)
            .unwrap();
        assert_eq!(back.audit.entries.last().unwrap().time, Time::minutes(300));
    }
}
