//! 監査ログ (audit log): every command, accepted or refused, appended with time,
//! actor, action and target; each entry chained to the previous one by SHA-256 so
//! that `verify` finds any changed, removed or reordered entry.

use super::{MemberId, Time};
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

impl Action {
    pub const ALL: [Action; 16] = [
        Action::Post,
        Action::Broadcast,
        Action::Read,
        Action::RemindUnread,
        Action::UploadFile,
        Action::ShareFile,
        Action::DownloadFile,
        Action::BookMeeting,
        Action::CancelMeeting,
        Action::SetQuiet,
        Action::ClearQuiet,
        Action::Suspend,
        Action::Reinstate,
        Action::ImportRoster,
        Action::ExportAudit,
        Action::SignIn,
    ];

    pub const fn key(self) -> &'static str {
        match self {
            Action::Post => "post",
            Action::Broadcast => "broadcast",
            Action::Read => "read",
            Action::RemindUnread => "remind-unread",
            Action::UploadFile => "upload-file",
            Action::ShareFile => "share-file",
            Action::DownloadFile => "download-file",
            Action::BookMeeting => "book-meeting",
            Action::CancelMeeting => "cancel-meeting",
            Action::SetQuiet => "set-quiet",
            Action::ClearQuiet => "clear-quiet",
            Action::Suspend => "suspend",
            Action::Reinstate => "reinstate",
            Action::ImportRoster => "import-roster",
            Action::ExportAudit => "export-audit",
            Action::SignIn => "sign-in",
        }
    }

    pub fn from_key(k: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.key() == k)
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
    /// What the command acted on, in words a person can search ("room:2 2階", "file:3 …").
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
mod tests {
    use super::*;

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
}
