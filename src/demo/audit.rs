//! 監査ログ (audit log): every command, accepted or refused, appended with time,
//! actor, action and target; each entry chained to the previous one by SHA-256 so
//! that `verify` finds any changed, removed or reordered entry. Times never run
//! backwards. The target is kept as stable text (`room:2 2階 申し送り`, hashed and
//! exported); `Target` writes it and reads it back, so the screen can say it in words.

use super::{FileId, MeetingId, MemberId, MessageId, RoomId, Time, UnitId};
use crate::csv;
use crate::sha256::{hex, sha256, Digest};
use serde::Serialize;

/// What a command did (stable keys: they are hashed and exported).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Post,
    Broadcast,
    Read,
    RemindUnread,
    UploadFile,
    ShareFile,
    DownloadFile,
    BookMeeting,
    CancelMeeting,
    SetQuiet,
    ClearQuiet,
    Suspend,
    Reinstate,
    ImportRoster,
    ExportAudit,
    SignIn,
}

crate::stable_keys! {
    Action {
        Post => "post",
        Broadcast => "broadcast",
        Read => "read",
        RemindUnread => "remind-unread",
        UploadFile => "upload-file",
        ShareFile => "share-file",
        DownloadFile => "download-file",
        BookMeeting => "book-meeting",
        CancelMeeting => "cancel-meeting",
        SetQuiet => "set-quiet",
        ClearQuiet => "clear-quiet",
        Suspend => "suspend",
        Reinstate => "reinstate",
        ImportRoster => "import-roster",
        ExportAudit => "export-audit",
        SignIn => "sign-in",
    }
}

/// What a command acted on. Its text (`text`) is what the log stores; `parse`
/// reads any text this or an earlier version wrote back to the same value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Sign-in, quiet hours off, log export: nothing but the actor.
    None,
    /// `room:2 2階 申し送り` (the name is missing for a room that does not exist).
    Room { id: RoomId, name: Option<String> },
    /// `scope:everyone`: a broadcast to the whole staff.
    Everyone,
    /// `scope:unit:1`: a broadcast to a unit.
    Unit(UnitId),
    /// `message:4`: a read or a reminder.
    Message(MessageId),
    /// `name:12月シフト表.pdf`: a file being uploaded.
    NewFile { name: String },
    /// `file:1 利用者名簿.xlsx`: a download.
    File { id: FileId, name: Option<String> },
    /// `file:1 利用者名簿.xlsx → room:7 ケアマネジャー…`: a file shared into a room.
    Share {
        file: FileId,
        file_name: Option<String>,
        room: RoomId,
        room_name: Option<String>,
    },
    /// `member:22 福田 恵`: a meeting guest, a suspension, a reinstatement.
    Member { id: MemberId, name: Option<String> },
    /// `meeting:0`: a cancellation.
    Meeting(MeetingId),
    /// `quiet:3780-32580`: notifications off from … until … (seconds).
    Quiet { from: Time, until: Time },
    /// `rows:2`: a roster import of this many rows.
    Rows(usize),
    /// Text this version cannot read (kept and shown as it is).
    Other(String),
}

/// What an accepted command created, written after its target (` message:9`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Created {
    Message(MessageId),
    File(FileId),
    Meeting(MeetingId),
}

/// `tag` + digits only (no sign, no spaces).
fn number<T: std::str::FromStr>(text: &str, tag: &str) -> Option<T> {
    let digits = text.strip_prefix(tag)?;
    // One way to write each number: no sign, no leading zero.
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
    {
        return None;
    }
    digits.parse().ok()
}

/// `tag` + digits, then optionally a space and a name.
fn id_and_name(text: &str, tag: &str) -> Option<(u32, Option<String>)> {
    match text.split_once(' ') {
        Some((id, name)) => Some((number(id, tag)?, Some(name.to_string()))),
        None => Some((number(text, tag)?, None)),
    }
}

fn named(tag: &str, id: u32, name: &Option<String>) -> String {
    match name {
        Some(n) => format!("{tag}{id} {n}"),
        None => format!("{tag}{id}"),
    }
}

impl Target {
    /// The stored text, with what the command created after it.
    pub fn text(&self, created: Option<Created>) -> String {
        let base = match self {
            Target::None => String::new(),
            Target::Room { id, name } => named("room:", *id, name),
            Target::Everyone => "scope:everyone".into(),
            Target::Unit(u) => format!("scope:unit:{u}"),
            Target::Message(m) => format!("message:{m}"),
            Target::NewFile { name } => format!("name:{name}"),
            Target::File { id, name } => named("file:", *id, name),
            Target::Share {
                file,
                file_name,
                room,
                room_name,
            } => format!(
                "{} → {}",
                named("file:", *file, file_name),
                named("room:", *room, room_name)
            ),
            Target::Member { id, name } => named("member:", *id, name),
            Target::Meeting(m) => format!("meeting:{m}"),
            Target::Quiet { from, until } => format!("quiet:{}-{}", from.0, until.0),
            Target::Rows(n) => format!("rows:{n}"),
            Target::Other(text) => text.clone(),
        };
        match created {
            None => base,
            Some(Created::Message(id)) => format!("{base} message:{id}"),
            Some(Created::File(id)) => format!("{base} file:{id}"),
            Some(Created::Meeting(id)) => format!("{base} meeting:{id}"),
        }
    }

    /// Reads the text of an entry of `action` back (`accepted`: the entry was not
    /// refused, so it ends with what it created). Text it cannot read is `Other`.
    pub fn parse(action: Action, text: &str, accepted: bool) -> (Target, Option<Created>) {
        let suffix = |tag: &str| {
            let (head, last) = text.rsplit_once(' ')?;
            Some((head, number::<u32>(last, tag)?))
        };
        let (base, created) =
            match (accepted, action) {
                (true, Action::Post | Action::Broadcast | Action::ShareFile) => suffix("message:")
                    .map_or((text, None), |(h, id)| (h, Some(Created::Message(id)))),
                (true, Action::UploadFile) => {
                    suffix("file:").map_or((text, None), |(h, id)| (h, Some(Created::File(id))))
                }
                (true, Action::BookMeeting) => suffix("meeting:")
                    .map_or((text, None), |(h, id)| (h, Some(Created::Meeting(id)))),
                _ => (text, None),
            };
        let room = |t: &str| id_and_name(t, "room:").map(|(id, name)| Target::Room { id, name });
        let target = match action {
            Action::Post => room(base),
            Action::Broadcast => match base {
                "scope:everyone" => Some(Target::Everyone),
                _ => number(base, "scope:unit:")
                    .map(Target::Unit)
                    .or_else(|| room(base)),
            },
            Action::Read | Action::RemindUnread => number(base, "message:").map(Target::Message),
            Action::UploadFile => base.strip_prefix("name:").map(|n| Target::NewFile {
                name: n.to_string(),
            }),
            // "file:… → room:…": split at the last arrow (room names have none).
            Action::ShareFile => base.rfind('→').and_then(|i| {
                let f = base[..i].strip_suffix(' ')?;
                let r = base[i + '→'.len_utf8()..].strip_prefix(' ')?;
                let (file, file_name) = id_and_name(f, "file:")?;
                let (room, room_name) = id_and_name(r, "room:")?;
                Some(Target::Share {
                    file,
                    file_name,
                    room,
                    room_name,
                })
            }),
            Action::DownloadFile => {
                id_and_name(base, "file:").map(|(id, name)| Target::File { id, name })
            }
            Action::BookMeeting | Action::Suspend | Action::Reinstate => {
                id_and_name(base, "member:").map(|(id, name)| Target::Member { id, name })
            }
            Action::CancelMeeting => number(base, "meeting:").map(Target::Meeting),
            Action::SetQuiet => base
                .strip_prefix("quiet:")
                .and_then(|q| q.split_once('-'))
                .and_then(|(f, u)| {
                    Some(Target::Quiet {
                        from: Time(number(f, "")?),
                        until: Time(number(u, "")?),
                    })
                }),
            Action::ImportRoster => number(base, "rows:").map(Target::Rows),
            Action::ClearQuiet | Action::ExportAudit | Action::SignIn => {
                base.is_empty().then_some(Target::None)
            }
        };
        match target {
            Some(t) => (t, created),
            None => (Target::Other(text.to_string()), None),
        }
    }
}

/// One line of the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// 1, 2, 3 … with no gaps.
    pub seq: u64,
    pub time: Time,
    pub actor: MemberId,
    pub action: Action,
    /// What the command acted on, as searchable text ("room:2 2階", "file:3 …"):
    /// `Target`'s text.
    pub target: String,
    /// `None` when accepted; the refusal's stable key otherwise.
    pub refused: Option<String>,
    /// Hash of the previous entry (zeros for the first).
    #[serde(with = "hex_digest")]
    pub prev: Digest,
    #[serde(with = "hex_digest")]
    pub hash: Digest,
}

impl Entry {
    /// What the entry acted on and what it created, read from its text.
    pub fn subject(&self) -> (Target, Option<Created>) {
        Target::parse(self.action, &self.target, self.refused.is_none())
    }

    fn content_hash(
        seq: u64,
        time: Time,
        actor: MemberId,
        action: Action,
        target: &str,
        refused: Option<&str>,
        prev: &Digest,
    ) -> Digest {
        let mut bytes = Vec::with_capacity(96 + target.len());
        bytes.extend_from_slice(prev);
        bytes.extend_from_slice(&seq.to_be_bytes());
        bytes.extend_from_slice(&time.0.to_be_bytes());
        bytes.extend_from_slice(&actor.to_be_bytes());
        for part in [action.key(), target, refused.unwrap_or("")] {
            bytes.extend_from_slice(&(part.len() as u64).to_be_bytes());
            bytes.extend_from_slice(part.as_bytes());
        }
        sha256(&bytes)
    }

    fn expected_hash(&self) -> Digest {
        Entry::content_hash(
            self.seq,
            self.time,
            self.actor,
            self.action,
            &self.target,
            self.refused.as_deref(),
            &self.prev,
        )
    }
}

/// What `verify` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tamper {
    /// The entry at this position was changed after it was written.
    Changed { index: usize },
    /// An entry before this position is missing, or entries were reordered.
    Broken { index: usize },
    /// Entries at the end are missing: the log no longer ends at the kept head.
    Truncated,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AuditLog {
    pub entries: Vec<Entry>,
    /// The newest hash, kept apart from the entries (an admin's copy): removing
    /// entries from the end is caught by comparing against it.
    #[serde(with = "hex_digest")]
    pub head: Digest,
}

/// Digests as 64 hex digits in saved snapshots.
mod hex_digest {
    use super::{hex, Digest};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(d: &Digest, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex(d))
    }
}

/// A search of the log: every given part must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub actor: Option<MemberId>,
    pub action: Option<Action>,
    /// Part of the target text.
    pub target: Option<String>,
    pub refused_only: bool,
}

impl AuditLog {
    /// Appends an entry at `time`, or at the previous entry's time if `time` is
    /// earlier: the log's times never run backwards.
    pub fn append(
        &mut self,
        time: Time,
        actor: MemberId,
        action: Action,
        target: String,
        refused: Option<String>,
    ) {
        let time = self.entries.last().map_or(time, |e| time.max(e.time));
        let seq = self.entries.len() as u64 + 1;
        let prev = self.entries.last().map_or([0; 32], |e| e.hash);
        let hash =
            Entry::content_hash(seq, time, actor, action, &target, refused.as_deref(), &prev);
        self.entries.push(Entry {
            seq,
            time,
            actor,
            action,
            target,
            refused,
            prev,
            hash,
        });
        self.head = hash;
    }

    /// Checks every entry's hash, every link and the kept head.
    pub fn verify(&self) -> Result<(), Tamper> {
        let mut prev = [0u8; 32];
        for (i, e) in self.entries.iter().enumerate() {
            if e.prev != prev || e.seq != i as u64 + 1 {
                return Err(Tamper::Broken { index: i });
            }
            if e.expected_hash() != e.hash {
                return Err(Tamper::Changed { index: i });
            }
            prev = e.hash;
        }
        if prev != self.head {
            return Err(Tamper::Truncated);
        }
        Ok(())
    }

    /// The entry numbered `seq` (entries are numbered 1, 2, 3 … with no gaps).
    pub fn entry(&self, seq: u64) -> Option<&Entry> {
        let i = usize::try_from(seq.checked_sub(1)?).ok()?;
        self.entries.get(i).filter(|e| e.seq == seq)
    }

    pub fn search<'a>(&'a self, q: &'a Query) -> impl DoubleEndedIterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| {
            q.actor.is_none_or(|a| e.actor == a)
                && q.action.is_none_or(|a| e.action == a)
                && q.target.as_deref().is_none_or(|t| e.target.contains(t))
                && (!q.refused_only || e.refused.is_some())
        })
    }

    /// The log as CSV (UTF-8 with BOM, for Excel); `name` gives a member's name.
    pub fn to_csv(&self, name: impl Fn(MemberId) -> String) -> String {
        let mut rows = vec![[
            "seq", "time", "actor_id", "actor", "action", "target", "result", "hash",
        ]
        .map(String::from)
        .to_vec()];
        for e in &self.entries {
            rows.push(vec![
                e.seq.to_string(),
                e.time.0.to_string(),
                e.actor.to_string(),
                name(e.actor),
                e.action.key().to_string(),
                e.target.clone(),
                e.refused.clone().unwrap_or_else(|| "ok".into()),
                hex(&e.hash),
            ]);
        }
        csv::write(&rows)
    }
}

#[cfg(test)]
mod tests;
