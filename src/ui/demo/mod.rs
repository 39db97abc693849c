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
use crate::demo::snapshot;
use crate::demo::timelapse::TimeLapse;
use crate::demo::{Command, DemoError, MemberId, Outcome, RoomId, Time, Workspace};
use crate::i18n::Lang;
use crate::ui::erase::effect;
use crate::ui::state::AppState;
use crate::ui::store::{self, Key, SaveError};
use crate::ui::text::tr;
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
    error: RwSignal<Option<String>>,
    info: RwSignal<Option<String>>,
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
        match &result {
            Ok(_) => self.error.set(None),
            Err(e) => self
                .error
                .set(Some(self.lang.get_untracked().demo_error(e))),
        }
        self.info.set(None);
        result
    }

    fn name(self, id: MemberId) -> String {
        self.ws
            .with(|w| w.member(id).map(|m| m.name.clone()).unwrap_or_default())
    }
}

fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

/// The demo's clock when it starts (09:00 on the demo day).
const START: Time = Time::minutes(60);

/// The saved demo, or the seeded one with a one-line notice of why.
fn load_saved(lang: Lang) -> (Workspace, Time, Option<String>) {
    match store::read(Key::Demo) {
        Err(_) => (
            seed::workspace(),
            START,
            Some(lang.demo_storage_unavailable().into()),
        ),
        Ok(None) => (seed::workspace(), START, None),
        Ok(Some(raw)) => match snapshot::decode(&raw) {
            Ok((ws, now)) => (ws, now, None),
            Err(e) => {
                let kept = store::backup(Key::Demo, &raw);
                let newer = matches!(e, snapshot::SnapshotError::FutureVersion(_));
                (
                    seed::workspace(),
                    START,
                    Some(lang.demo_recovered(kept.as_deref(), newer)),
                )
            }
        },
    }
}

#[component]
pub fn DemoScreen() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let (ws, now, notice) = load_saved(lang.get_untracked());
    let demo = Demo {
        lang,
        ws: RwSignal::new(ws),
        now: RwSignal::new(now),
        me: RwSignal::new(ids::DIRECTOR),
        room: RwSignal::new(ids::ROOM_ALL),
        lapse: RwSignal::new(None),
        looking_back: RwSignal::new(None),
        error: RwSignal::new(None),
        info: RwSignal::new(None),
    };
    provide_context(demo);
    let notice = RwSignal::new(notice);
    // Save every change; keep the snapshot under its cap by removing the oldest
    // picked photos, and say so.
    effect(move || {
        let now = demo.now.get();
        let mut ws = demo.ws.get();
        let (text, removed) = snapshot::fit(&mut ws, now, snapshot::MAX_BYTES);
        if !removed.is_empty() {
            notice.set(Some(lang.get_untracked().demo_photos_removed(&removed)));
            demo.ws.set(ws);
        }
        match store::write(Key::Demo, &text) {
            Ok(()) | Err(SaveError::Unavailable) => {}
            Err(SaveError::Full) => notice.set(Some(lang.get_untracked().storage_full().into())),
        }
    });
    let people = [
        ids::DIRECTOR,
        ids::STAFF,
        ids::LEAKER,
        ids::FAMILY,
        ids::HOSPITAL,
    ];
    view! {
        <section class="demo" aria-labelledby="demo-heading">
            <header class="demo-head card">
                <div>
                    <h2 id="demo-heading">{tr(lang, Lang::demo_heading)}</h2>
                    <p class="source">{tr(lang, Lang::demo_lead)}</p>
                </div>
                <label class="field">
                    <span>{tr(lang, Lang::whoami)}</span>
                    <select
                        data-testid="demo-whoami"
                        prop:value=move || demo.me.get().to_string()
                        on:change=move |ev| {
                            if let Ok(id) = event_target_value(&ev).parse::<MemberId>() {
                                demo.me.set(id);
                                demo.error.set(None);
                                demo.looking_back.set(None);
                                let first = demo.ws.with(|w| w.visible_rooms(id).ok().and_then(|r| r.first().map(|r| r.id)));
                                if let Some(r) = first {
                                    demo.room.set(r);
                                }
                            }
                        }
                    >
                        {people
                            .into_iter()
                            .map(|id| {
                                let label = move || {
                                    demo.ws.with(|w| w.member(id).map(|m| format!("{}（{}）", m.name, lang.get().role_badge(m.role))).unwrap_or_default())
                                };
                                view! { <option value=id.to_string()>{label}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button type="button" data-testid="demo-reset" on:click=move |_| {
                    demo.ws.set(seed::workspace());
                    demo.now.set(START);
                    demo.lapse.set(None);
                    demo.looking_back.set(None);
                    demo.error.set(None);
                    demo.info.set(None);
                    notice.set(None);
                }>{tr(lang, Lang::reset_demo)}</button>
            </header>
            <p class="demo-notice" data-testid="demo-notice" role="status" hidden=move || notice.with(Option::is_none)>
                {move || notice.get().unwrap_or_default()}
            </p>
            <p class="demo-error" data-testid="demo-error" role="alert" hidden=move || demo.error.with(Option::is_none)>
                {move || demo.error.get().unwrap_or_default()}
            </p>
            <p class="demo-info" data-testid="demo-info" role="status" hidden=move || demo.info.with(Option::is_none)>
                {move || demo.info.get().unwrap_or_default()}
            </p>
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
