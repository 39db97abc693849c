//! Reads a saved snapshot from its JSON (parsed by serde_json into a `Value`) into
//! the workspace, field by field: the same shape that serde's derived `Serialize`
//! writes (structs as objects, unit variants as strings, other variants as
//! `{"Variant": …}`, digests as hex). Written out rather than derived: serde's
//! derived `Deserialize` for these fifteen types measured 19 KB gzip of the app
//! (rustup toolchain); this reader is a fraction of that. A property test checks
//! that everything the writer writes reads back equal.

use super::Session;
use crate::demo::audit::{Action, AuditLog, Entry};
use crate::demo::{
    Attachment, FileDoc, Meeting, Member, Message, Quiet, Role, Room, RoomKind, Time, Unit,
    UnitKind, Workspace,
};
use crate::sha256::Digest;
use serde_json::{Map, Value};

/// Why a snapshot could not be read: the path of the value at fault.
pub type ReadError = String;
type Read<T> = Result<T, ReadError>;

/// An object's fields, read by name.
struct Obj<'a>(&'a Map<String, Value>, &'static str);

impl<'a> Obj<'a> {
    fn of(v: &'a Value, what: &'static str) -> Read<Obj<'a>> {
        v.as_object()
            .map(|m| Obj(m, what))
            .ok_or_else(|| format!("{what}: not an object"))
    }

    fn get(&self, field: &str) -> Read<&'a Value> {
        self.0
            .get(field)
            .ok_or_else(|| format!("{}.{field}: missing", self.1))
    }

    fn u64(&self, field: &str) -> Read<u64> {
        self.get(field)?
            .as_u64()
            .ok_or_else(|| format!("{}.{field}: not a whole number", self.1))
    }

    fn u32(&self, field: &str) -> Read<u32> {
        u32::try_from(self.u64(field)?).map_err(|_| format!("{}.{field}: too large", self.1))
    }

    fn time(&self, field: &str) -> Read<Time> {
        self.u64(field).map(Time)
    }

    fn bool(&self, field: &str) -> Read<bool> {
        self.get(field)?
            .as_bool()
            .ok_or_else(|| format!("{}.{field}: not true or false", self.1))
    }

    fn string(&self, field: &str) -> Read<String> {
        text(self.get(field)?, self.1, field)
    }

    /// An optional field: missing or `null` is `None`.
    fn opt<T>(&self, field: &str, read: impl Fn(&'a Value) -> Read<T>) -> Read<Option<T>> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v).map(Some),
        }
    }

    fn list<T>(&self, field: &str, read: impl Fn(&'a Value) -> Read<T>) -> Read<Vec<T>> {
        let items = self
            .get(field)?
            .as_array()
            .ok_or_else(|| format!("{}.{field}: not a list", self.1))?;
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            out.push(read(v)?);
        }
        Ok(out)
    }

    fn digest(&self, field: &str) -> Read<Digest> {
        let hex = self.string(field)?;
        let bytes = hex.as_bytes();
        let mut out = [0u8; 32];
        if bytes.len() != 64 {
            return Err(format!("{}.{field}: not 64 hex digits", self.1));
        }
        for (o, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
            *o = std::str::from_utf8(pair)
                .ok()
                .and_then(|s| u8::from_str_radix(s, 16).ok())
                .ok_or_else(|| format!("{}.{field}: not hex", self.1))?;
        }
        Ok(out)
    }
}

fn text(v: &Value, what: &str, field: &str) -> Read<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{what}.{field}: not text"))
}

fn whole_u32(v: &Value, what: &str) -> Read<u32> {
    v.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| format!("{what}: not a whole number"))
}

/// A unit variant written as its name.
fn variant<T: Copy>(v: &Value, what: &str, names: &[(&str, T)]) -> Read<T> {
    let name = v.as_str().unwrap_or_default();
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or_else(|| format!("{what}: unknown \"{name}\""))
}

/// A variant with data, written as `{"Name": data}`: its name and data.
fn tagged<'a>(v: &'a Value, what: &str) -> Read<(&'a str, &'a Value)> {
    match v {
        Value::Object(m) if m.len() == 1 => m
            .iter()
            .next()
            .map(|(k, d)| (k.as_str(), d))
            .ok_or_else(|| format!("{what}: empty")),
        _ => Err(format!("{what}: not a variant")),
    }
}

fn role(v: &Value) -> Read<Role> {
    variant(
        v,
        "role",
        &[
            ("Admin", Role::Admin),
            ("Staff", Role::Staff),
            ("Family", Role::Family),
            ("Professional", Role::Professional),
        ],
    )
}

fn unit(v: &Value) -> Read<Unit> {
    let o = Obj::of(v, "unit")?;
    Ok(Unit {
        id: o.u32("id")?,
        name: o.string("name")?,
        kind: variant(
            o.get("kind")?,
            "unit.kind",
            &[
                ("Floor", UnitKind::Floor),
                ("DayService", UnitKind::DayService),
                ("HomeVisit", UnitKind::HomeVisit),
            ],
        )?,
    })
}

fn member(v: &Value) -> Read<Member> {
    let o = Obj::of(v, "member")?;
    Ok(Member {
        id: o.u32("id")?,
        name: o.string("name")?,
        role: role(o.get("role")?)?,
        unit: o.opt("unit", |u| whole_u32(u, "member.unit"))?,
        suspended: o.bool("suspended")?,
        sessions: o.u32("sessions")?,
        quiet: o.opt("quiet", |q| {
            let q = Obj::of(q, "quiet")?;
            Ok(Quiet {
                from: q.time("from")?,
                until: q.time("until")?,
            })
        })?,
    })
}

fn room(v: &Value) -> Read<Room> {
    let o = Obj::of(v, "room")?;
    let kind = o.get("kind")?;
    let kind = match kind.as_str() {
        Some("All") => RoomKind::All,
        Some(other) => return Err(format!("room.kind: unknown \"{other}\"")),
        None => match tagged(kind, "room.kind")? {
            ("Unit", d) => RoomKind::Unit(whole_u32(d, "room.kind.Unit")?),
            ("Family", d) => RoomKind::Family {
                resident: Obj::of(d, "room.kind.Family")?.string("resident")?,
            },
            ("Partner", d) => RoomKind::Partner {
                organisation: Obj::of(d, "room.kind.Partner")?.string("organisation")?,
            },
            (other, _) => return Err(format!("room.kind: unknown {other}")),
        },
    };
    Ok(Room {
        id: o.u32("id")?,
        name: o.string("name")?,
        kind,
        members: o.list("members", |m| whole_u32(m, "room.members"))?,
    })
}

fn attachment(v: &Value) -> Read<Attachment> {
    let (name, d) = tagged(v, "attachment")?;
    if name == "File" {
        return whole_u32(d, "attachment.File").map(Attachment::File);
    }
    let o = Obj::of(d, "attachment")?;
    match name {
        "Photo" => Ok(Attachment::Photo {
            name: o.string("name")?,
            src: o.string("src")?,
            bytes: o.u32("bytes")?,
        }),
        "Link" => Ok(Attachment::Link {
            title: o.string("title")?,
            url: o.string("url")?,
        }),
        "Removed" => Ok(Attachment::Removed {
            name: o.string("name")?,
        }),
        other => Err(format!("attachment: unknown {other}")),
    }
}

fn message(v: &Value) -> Read<Message> {
    let o = Obj::of(v, "message")?;
    let reads = Obj::of(o.get("reads")?, "message.reads")?;
    Ok(Message {
        id: o.u32("id")?,
        room: o.u32("room")?,
        author: o.u32("author")?,
        time: o.time("time")?,
        body: o.string("body")?,
        attachments: o.list("attachments", attachment)?,
        broadcast: o.bool("broadcast")?,
        recipients: o.list("recipients", |m| whole_u32(m, "message.recipients"))?,
        reads: {
            let mut out = std::collections::BTreeMap::new();
            for (k, t) in reads.0 {
                let who = k.parse().map_err(|_| format!("message.reads: {k}"))?;
                let when = t.as_u64().ok_or("message.reads: not a time")?;
                out.insert(who, Time(when));
            }
            out
        },
        reminders: o.u32("reminders")?,
    })
}

fn file(v: &Value) -> Read<FileDoc> {
    let o = Obj::of(v, "file")?;
    Ok(FileDoc {
        id: o.u32("id")?,
        name: o.string("name")?,
        bytes: o.u64("bytes")?,
        owner: o.u32("owner")?,
        time: o.time("time")?,
    })
}

fn meeting(v: &Value) -> Read<Meeting> {
    let o = Obj::of(v, "meeting")?;
    Ok(Meeting {
        id: o.u32("id")?,
        host: o.u32("host")?,
        guest: o.u32("guest")?,
        start: o.time("start")?,
        minutes: o.u32("minutes")?,
        cancelled: o.bool("cancelled")?,
    })
}

fn entry(v: &Value) -> Read<Entry> {
    let o = Obj::of(v, "entry")?;
    let action = o.string("action")?;
    Ok(Entry {
        seq: o.u64("seq")?,
        time: o.time("time")?,
        actor: o.u32("actor")?,
        action: Action::from_key(&action).ok_or_else(|| format!("entry.action: {action}"))?,
        target: o.string("target")?,
        refused: o.opt("refused", |r| text(r, "entry", "refused"))?,
        prev: o.digest("prev")?,
        hash: o.digest("hash")?,
    })
}

fn workspace(v: &Value) -> Read<Workspace> {
    let o = Obj::of(v, "ws")?;
    let audit = Obj::of(o.get("audit")?, "audit")?;
    let entries = audit.list("entries", entry)?;
    Ok(Workspace {
        // Not saved: the latest time of the log.
        clock: entries.iter().map(|e| e.time).max().unwrap_or_default(),
        name: o.string("name")?,
        units: o.list("units", unit)?,
        members: o.list("members", member)?,
        rooms: o.list("rooms", room)?,
        messages: o.list("messages", message)?,
        files: o.list("files", file)?,
        meetings: o.list("meetings", meeting)?,
        audit: AuditLog {
            entries,
            head: audit.digest("head")?,
        },
    })
}

/// The workspace and session of a snapshot of `version` (1 or 2).
pub fn snapshot(v: &Value, version: u64) -> Read<(Workspace, Session)> {
    let o = Obj::of(v, "snapshot")?;
    let now = o.time("now")?;
    let session = if version < 2 {
        // Version 1 always opened as the director in the all-staff room.
        Session::start(now)
    } else {
        Session {
            now,
            me: o.u32("me")?,
            room: o.u32("room")?,
        }
    };
    Ok((workspace(o.get("ws")?)?, session))
}
