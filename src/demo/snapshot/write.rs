//! Writes a snapshot's JSON, field by field, in exactly the shape serde's derived
//! `Serialize` wrote it in every earlier version (structs as objects in field
//! order, unit variants as strings, other variants as `{"Variant": …}`, digests as
//! hex, `None` as `null`): what `read` reads. Written out rather than derived:
//! the derived `Serialize` of these types with serde_json's serializer cost
//! 1.2 KB gzip of the app more than this writer (measured, rustup toolchain).
//! A property test checks that the text is byte for byte what the derive writes.

use super::Session;
use crate::demo::audit::Entry;
use crate::demo::{
    Attachment, FileDoc, Meeting, Member, Message, Role, Room, RoomKind, Unit, UnitKind, Workspace,
};
use crate::sha256::{hex, Digest};
use std::fmt::Write;

/// JSON text being written: every value is followed by a comma, and closing a
/// list or object drops the comma before it (so no value needs to know whether
/// it is the first).
struct Json(String);

impl Json {
    fn key(&mut self, k: &str) {
        self.0.push('"');
        self.0.push_str(k);
        self.0.push_str("\":");
    }

    fn close(&mut self, bracket: char) {
        if self.0.ends_with(',') {
            self.0.pop();
        }
        self.0.push(bracket);
        self.0.push(',');
    }

    fn num(&mut self, k: &str, n: u64) {
        self.key(k);
        let _ = write!(self.0, "{n},");
    }

    fn bool(&mut self, k: &str, b: bool) {
        self.key(k);
        self.0.push_str(if b { "true," } else { "false," });
    }

    fn text(&mut self, k: &str, s: &str) {
        self.key(k);
        self.string(s);
    }

    /// A string value, escaped as serde_json escapes it.
    fn string(&mut self, s: &str) {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                '\u{8}' => self.0.push_str("\\b"),
                '\u{c}' => self.0.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.0, "\\u{:04x}", c as u32);
                }
                c => self.0.push(c),
            }
        }
        self.0.push_str("\",");
    }

    fn null(&mut self, k: &str) {
        self.key(k);
        self.0.push_str("null,");
    }

    fn digest(&mut self, k: &str, d: &Digest) {
        self.text(k, &hex(d));
    }

    fn ids(&mut self, k: &str, ids: &[u32]) {
        self.key(k);
        self.0.push('[');
        for id in ids {
            let _ = write!(self.0, "{id},");
        }
        self.close(']');
    }

    /// `"k":[…]` with each item written by `item`.
    fn list<T>(&mut self, k: &str, items: &[T], item: fn(&mut Json, &T)) {
        self.key(k);
        self.0.push('[');
        for t in items {
            item(self, t);
        }
        self.close(']');
    }

    /// `{"Variant":` — the caller writes the data and closes it.
    fn variant(&mut self, name: &str) {
        self.0.push('{');
        self.key(name);
    }
}

/// The snapshot text of a workspace and its session (version `v`).
pub fn snapshot(ws: &Workspace, session: Session, v: u32) -> String {
    let mut j = Json(String::with_capacity(16_384));
    j.0.push('{');
    j.num("v", u64::from(v));
    j.num("now", session.now.0);
    j.num("me", u64::from(session.me));
    j.num("room", u64::from(session.room));
    j.key("ws");
    workspace(&mut j, ws);
    j.close('}');
    j.0.pop();
    j.0
}

fn workspace(j: &mut Json, ws: &Workspace) {
    j.0.push('{');
    j.text("name", &ws.name);
    j.list("units", &ws.units, unit);
    j.list("members", &ws.members, member);
    j.list("rooms", &ws.rooms, room);
    j.list("messages", &ws.messages, message);
    j.list("files", &ws.files, file);
    j.list("meetings", &ws.meetings, meeting);
    j.key("audit");
    j.0.push('{');
    j.list("entries", &ws.audit.entries, entry);
    j.digest("head", &ws.audit.head);
    j.close('}');
    j.close('}');
}

fn unit(j: &mut Json, u: &Unit) {
    j.0.push('{');
    j.num("id", u64::from(u.id));
    j.text("name", &u.name);
    let kind = match u.kind {
        UnitKind::Floor => "Floor",
        UnitKind::DayService => "DayService",
        UnitKind::HomeVisit => "HomeVisit",
    };
    j.text("kind", kind);
    j.close('}');
}

fn member(j: &mut Json, m: &Member) {
    j.0.push('{');
    j.num("id", u64::from(m.id));
    j.text("name", &m.name);
    let role = match m.role {
        Role::Admin => "Admin",
        Role::Staff => "Staff",
        Role::Family => "Family",
        Role::Professional => "Professional",
    };
    j.text("role", role);
    match m.unit {
        Some(u) => j.num("unit", u64::from(u)),
        None => j.null("unit"),
    }
    j.bool("suspended", m.suspended);
    j.num("sessions", u64::from(m.sessions));
    match m.quiet {
        Some(q) => {
            j.key("quiet");
            j.0.push('{');
            j.num("from", q.from.0);
            j.num("until", q.until.0);
            j.close('}');
        }
        None => j.null("quiet"),
    }
    j.close('}');
}

fn room(j: &mut Json, r: &Room) {
    j.0.push('{');
    j.num("id", u64::from(r.id));
    j.text("name", &r.name);
    match &r.kind {
        RoomKind::All => j.text("kind", "All"),
        RoomKind::Unit(u) => {
            j.key("kind");
            j.variant("Unit");
            let _ = write!(j.0, "{u},");
            j.close('}');
        }
        RoomKind::Family { resident } => {
            j.key("kind");
            j.variant("Family");
            j.0.push('{');
            j.text("resident", resident);
            j.close('}');
            j.close('}');
        }
        RoomKind::Partner { organisation } => {
            j.key("kind");
            j.variant("Partner");
            j.0.push('{');
            j.text("organisation", organisation);
            j.close('}');
            j.close('}');
        }
    }
    j.ids("members", &r.members);
    j.close('}');
}

fn attachment(j: &mut Json, a: &Attachment) {
    match a {
        Attachment::Photo { name, src, bytes } => {
            j.variant("Photo");
            j.0.push('{');
            j.text("name", name);
            j.text("src", src);
            j.num("bytes", u64::from(*bytes));
        }
        Attachment::Link { title, url } => {
            j.variant("Link");
            j.0.push('{');
            j.text("title", title);
            j.text("url", url);
        }
        Attachment::File(f) => {
            j.variant("File");
            let _ = write!(j.0, "{f},");
        }
        Attachment::Removed { name } => {
            j.variant("Removed");
            j.0.push('{');
            j.text("name", name);
        }
    }
    if !matches!(a, Attachment::File(_)) {
        j.close('}');
    }
    j.close('}');
}

fn message(j: &mut Json, m: &Message) {
    j.0.push('{');
    j.num("id", u64::from(m.id));
    j.num("room", u64::from(m.room));
    j.num("author", u64::from(m.author));
    j.num("time", m.time.0);
    j.text("body", &m.body);
    j.list("attachments", &m.attachments, attachment);
    j.bool("broadcast", m.broadcast);
    j.ids("recipients", &m.recipients);
    j.key("reads");
    j.0.push('{');
    for (who, when) in &m.reads {
        let _ = write!(j.0, "\"{who}\":{},", when.0);
    }
    j.close('}');
    j.num("reminders", u64::from(m.reminders));
    j.close('}');
}

fn file(j: &mut Json, f: &FileDoc) {
    j.0.push('{');
    j.num("id", u64::from(f.id));
    j.text("name", &f.name);
    j.num("bytes", f.bytes);
    j.num("owner", u64::from(f.owner));
    j.num("time", f.time.0);
    j.close('}');
}

fn meeting(j: &mut Json, m: &Meeting) {
    j.0.push('{');
    j.num("id", u64::from(m.id));
    j.num("host", u64::from(m.host));
    j.num("guest", u64::from(m.guest));
    j.num("start", m.start.0);
    j.num("minutes", u64::from(m.minutes));
    j.bool("cancelled", m.cancelled);
    j.close('}');
}

fn entry(j: &mut Json, e: &Entry) {
    j.0.push('{');
    j.num("seq", e.seq);
    j.num("time", e.time.0);
    j.num("actor", u64::from(e.actor));
    j.text("action", e.action.key());
    j.text("target", &e.target);
    match &e.refused {
        Some(r) => j.text("refused", r),
        None => j.null("refused"),
    }
    j.digest("prev", &e.prev);
    j.digest("hash", &e.hash);
    j.close('}');
}
