//! The chat-feature demo screen: the feature overview, a phone-like chat view,
//! quiet hours, 1:1 meetings, the roster import, the admin console with the audit
//! log, and the compliance annex — all driven by the embedded backend in
//! `crate::demo` through its commands and queries. Formats; the backend decides.

mod admin;
mod overview;
mod panels;
mod phone;
mod photo;

use crate::demo::seed::{self, ids};
use crate::demo::snapshot::{self, Session};
use crate::demo::timelapse::TimeLapse;
use crate::demo::{Command, DemoError, MemberId, Outcome, Role, RoomId, Time, Workspace};
use crate::i18n::Lang;
use crate::ui::erase::{effect, message};
use crate::ui::state::stored::{Found, Stored, Unreadable};
use crate::ui::state::AppState;
use crate::ui::store::{Key, SaveError};
use crate::ui::text::{shown, tr, tr_with, Said};
use admin::AdminPanel;
use leptos::prelude::*;
use overview::{Compliance, Overview};
use panels::{MeetingPanel, QuietPanel, RosterPanel};
use phone::Phone;

/// The demo's state, shared by its panels.
#[derive(Clone, Copy)]
struct Demo {
    lang: RwSignal<Lang>,
    ws: RwSignal<Workspace>,
    /// The demo's one clock (the present): it only moves forward.
    now: RwSignal<Time>,
    me: RwSignal<MemberId>,
    room: RwSignal<RoomId>,
    /// The time-lapse of the open room's newest broadcast, once it was moved.
    lapse: RwSignal<Option<TimeLapse>>,
    /// Where the time-lapse looks, when before the present: the read status of
    /// its broadcast is shown as of then.
    looking_back: RwSignal<Option<Time>>,
    /// Why the last action was refused.
    error: RwSignal<Option<Said>>,
    /// What the last command did.
    info: RwSignal<Option<Said>>,
}

/// Why a command was refused, in words when shown.
fn refusal(e: DemoError) -> Said {
    Said::new(move |l| l.demo_error(&e))
}

impl Demo {
    /// Runs a command as the chosen member at the present (which then moves on a
    /// minute); shows a refusal in one line. Acting brings the time-lapse back to
    /// the present.
    fn run(self, cmd: Command) -> Result<Outcome, DemoError> {
        let (me, now) = (self.me.get_untracked(), self.now.get_untracked());
        let mut result = Err(DemoError::UnknownMember);
        self.ws.update(|w| result = w.execute(me, now, cmd));
        self.now.update(|t| {
            *t = t
                .plus_minutes(1)
                .max(self.ws.with_untracked(Workspace::clock))
        });
        self.looking_back.set(None);
        self.error.set(result.as_ref().err().cloned().map(refusal));
        self.info.set(None);
        result
    }

    fn name(self, id: MemberId) -> String {
        self.ws
            .with(|w| w.member(id).map(|m| m.name.clone()).unwrap_or_default())
    }

    /// Acts as `me` from now on, in their first room unless `room` is one of theirs.
    fn act_as(self, me: MemberId, room: RoomId) {
        let rooms = self.ws.with_untracked(|w| {
            w.visible_rooms(me)
                .map(|rs| rs.iter().map(|r| r.id).collect::<Vec<_>>())
                .unwrap_or_default()
        });
        self.me.set(me);
        if !rooms.contains(&room) {
            if let Some(first) = rooms.first() {
                self.room.set(*first);
            }
        } else {
            self.room.set(room);
        }
    }
}

fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

/// Moves the keyboard focus to the element with this test id, once the change
/// being made is on the page (an element still hidden cannot take the focus).
fn focus(testid: &'static str) {
    use wasm_bindgen::JsCast;
    set_timeout(
        move || {
            if let Some(el) = document()
                .query_selector(&format!("[data-testid=\"{testid}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The demo's clock when it starts (09:00 on the demo day).
const START: Time = Time::minutes(60);

/// A stored demo, as this version reads it.
fn read(raw: &str) -> Result<(Workspace, Session), Unreadable> {
    snapshot::open(raw).map_err(|e| match e {
        snapshot::SnapshotError::FutureVersion(_) => Unreadable::Newer,
        _ => Unreadable::Corrupt,
    })
}

/// The stored demo (with who was acting, and where), or the seeded one with a
/// one-line notice of why (`Stored`: unreadable text kept under a backup key; a
/// newer version's left as it is, and this demo then not stored).
fn load_saved(stored: Stored) -> (Workspace, Session, Option<Said>) {
    let mut saved = None;
    let notice = match stored.open(&mut |raw| read(raw).map(|s| saved = Some(s))) {
        Found::Read | Found::Nothing => None,
        Found::Unavailable => Some(Said::words(Lang::demo_storage_unavailable)),
        Found::Newer => Some(Said::words(Lang::demo_newer)),
        Found::Recovered(backup) => Some(Said::new(move |l| l.demo_recovered(backup.as_deref()))),
    };
    let (ws, session) = saved.unwrap_or_else(|| (seed::workspace(), Session::start(START)));
    // The present is never before the workspace's history.
    let session = Session {
        now: session.now.max(ws.clock()),
        ..session
    };
    (ws, session, notice)
}

/// Who the who-am-I list offers: the admins, two staff members (one of them in
/// the leak story) and the three outside members, one per external room.
const PEOPLE: [MemberId; 7] = [
    ids::DIRECTOR,
    ids::OFFICE_MANAGER,
    ids::STAFF,
    ids::LEAKER,
    ids::FAMILY,
    ids::HOSPITAL,
    ids::CARE_MANAGER,
];

#[component]
pub fn DemoScreen() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let stored = Stored::new(Key::Demo);
    let (ws, session, notice) = load_saved(stored);
    let demo = Demo {
        lang,
        ws: RwSignal::new(ws),
        now: RwSignal::new(session.now),
        me: RwSignal::new(ids::DIRECTOR),
        room: RwSignal::new(ids::ROOM_ALL),
        lapse: RwSignal::new(None),
        looking_back: RwSignal::new(None),
        error: RwSignal::new(None),
        info: RwSignal::new(None),
    };
    // Who was acting before the reload, if they still exist.
    let me = if demo.ws.with_untracked(|w| w.member(session.me).is_ok()) {
        session.me
    } else {
        ids::DIRECTOR
    };
    demo.act_as(me, session.room);
    provide_context(demo);
    let notice = RwSignal::new(notice);
    // Stores the demo with who is acting and where, keeping the snapshot under its
    // cap by removing the oldest picked photos (and saying so).
    let flush = move || {
        if !stored.writes() {
            return;
        }
        let session = Session {
            now: demo.now.get_untracked(),
            me: demo.me.get_untracked(),
            room: demo.room.get_untracked(),
        };
        let mut ws = demo.ws.get_untracked();
        let (text, removed) = snapshot::fit(&mut ws, session, snapshot::MAX_BYTES);
        if !removed.is_empty() {
            notice.set(Some(Said::new(move |l| l.demo_photos_removed(&removed))));
            demo.ws.set(ws);
        }
        match stored.write(text) {
            Ok(()) | Err(SaveError::Unavailable) => {}
            Err(SaveError::Full) => notice.set(Some(Said::words(Lang::storage_full))),
        }
    };
    // Every change is stored at once: a demo's change is one click, its snapshot
    // small, and a write that waited would be lost when another tab's came first
    // (the demo keeps no list of changes to apply again over another tab's, as the
    // time study does). What another tab stored, once followed, is not written
    // back (`following`).
    let following = StoredValue::new(false);
    let first = std::cell::Cell::new(true);
    effect(move || {
        demo.ws.track();
        demo.now.track();
        demo.me.track();
        demo.room.track();
        let followed = following.try_update_value(|f| std::mem::replace(f, false));
        if !first.replace(false) && followed != Some(true) {
            flush();
        }
    });
    // Another tab's demo is followed (its workspace and clock); who is acting
    // here, and where, stay this tab's own unless they are gone. A newer version's
    // is left alone.
    stored.on_other_tab(move |raw| match raw.as_deref().map(read) {
        Some(Ok((ws, session))) => {
            let changed = demo.ws.with_untracked(|w| *w != ws);
            let later = session.now > demo.now.get_untracked();
            if !(changed || later) {
                return;
            }
            following.set_value(true);
            if changed {
                demo.ws.set(ws);
                demo.lapse.set(None);
                demo.looking_back.set(None);
            }
            if later {
                demo.now.set(session.now);
            }
            let (me, room) = (demo.me.get_untracked(), demo.room.get_untracked());
            let still = demo.ws.with_untracked(|w| {
                w.visible_rooms(me)
                    .is_ok_and(|rs| rs.iter().any(|r| r.id == room))
            });
            if !still {
                let me = if demo.ws.with_untracked(|w| w.member(me).is_ok()) {
                    me
                } else {
                    ids::DIRECTOR
                };
                demo.act_as(me, room);
            }
        }
        Some(Err(Unreadable::Newer)) => {
            stored.stop_writing();
            notice.set(Some(Said::words(Lang::demo_newer)));
        }
        // Removed, or text that cannot be read: this tab's demo is stored over it
        // at its next change.
        Some(Err(Unreadable::Corrupt)) | None => {}
    });
    // The who-am-I list, grouped by role; a suspended account is marked.
    let groups = [Role::Admin, Role::Staff, Role::Family, Role::Professional];
    let person = move |id: MemberId| {
        let label = move || {
            demo.ws.with(|w| {
                w.member(id)
                    .map(|m| lang.get().whoami_option(&m.name, m.suspended))
                    .unwrap_or_default()
            })
        };
        view! { <option value=id.to_string()>{label}</option> }
    };
    // Reset asks first, in the page: the question, then 最初に戻す or やめる.
    let confirming = RwSignal::new(false);
    let close_confirm = move || {
        confirming.set(false);
        focus("demo-reset");
    };
    let reset = move || {
        demo.ws.set(seed::workspace());
        demo.now.set(START);
        demo.lapse.set(None);
        demo.looking_back.set(None);
        demo.act_as(ids::DIRECTOR, ids::ROOM_ALL);
        demo.error.set(None);
        notice.set(None);
        demo.info.set(Some(Said::words(Lang::reset_done)));
        close_confirm();
    };
    view! {
        <section class="demo" aria-labelledby="demo-heading">
            <header class="demo-head card">
                <div>
                    <h2 id="demo-heading">{tr(lang, Lang::demo_heading)}</h2>
                    <p class="source">{tr(lang, Lang::demo_lead)}</p>
                </div>
                <div class="demo-controls">
                    <label class="field">
                        <span>{tr(lang, Lang::whoami)}</span>
                        <select
                            data-testid="demo-whoami"
                            prop:value=move || demo.me.get().to_string()
                            on:change=move |ev| {
                                if let Ok(id) = event_target_value(&ev).parse::<MemberId>() {
                                    demo.act_as(id, demo.room.get_untracked());
                                    demo.error.set(None);
                                    demo.looking_back.set(None);
                                }
                            }
                        >
                            {groups
                                .into_iter()
                                .map(|role| {
                                    let ids: Vec<MemberId> = PEOPLE
                                        .into_iter()
                                        .filter(|id| demo.ws.with_untracked(|w| w.member(*id).is_ok_and(|m| m.role == role)))
                                        .collect();
                                    view! {
                                        <optgroup label=tr_with(lang, role, Lang::role_group)>
                                            {ids.into_iter().map(person).collect_view()}
                                        </optgroup>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <button
                        type="button"
                        data-testid="demo-reset"
                        aria-expanded=move || confirming.get().to_string()
                        aria-controls="demo-reset-confirm"
                        on:click=move |_| {
                            confirming.set(true);
                            focus("demo-reset-cancel");
                        }
                    >{tr(lang, Lang::reset_demo)}</button>
                </div>
                <div
                    class="demo-confirm"
                    id="demo-reset-confirm"
                    data-testid="demo-reset-question"
                    role="group"
                    aria-labelledby="demo-reset-text"
                    hidden=move || !confirming.get()
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            close_confirm();
                        }
                    }
                >
                    <p id="demo-reset-text">{tr(lang, Lang::reset_question)}</p>
                    <button type="button" class="danger" data-testid="demo-reset-confirm" on:click=move |_| reset()>{tr(lang, Lang::reset_confirm)}</button>
                    <button type="button" data-testid="demo-reset-cancel" on:click=move |_| close_confirm()>{tr(lang, Lang::reset_cancel)}</button>
                </div>
            </header>
            {message("demo-notice", "demo-notice", "status", shown(lang, notice))}
            {message("demo-error", "demo-error", "alert", shown(lang, demo.error))}
            {message("demo-info", "demo-info", "status", shown(lang, demo.info))}
            <Overview />
            <div class="demo-grid">
                <Phone />
                <div class="demo-side">
                    <QuietPanel />
                    <MeetingPanel />
                    <RosterPanel />
                </div>
            </div>
            <AdminPanel />
            <Compliance />
        </section>
    }
}
