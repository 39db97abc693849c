//! The chat-feature demo (its own wasm bundle, loaded on demand): the feature
//! overview, a phone-like chat view, quiet hours, the admin console with the audit
//! log, the roster import, 1:1 meetings and the compliance annex — all driven by
//! the embedded backend in `crate::demo`. Formats; the backend decides.

use super::browser::{page_lang, picked_file};
use super::store::{self, SaveError};
use crate::demo::audit::{Action, Query};
use crate::demo::seed::{self, ids};
use crate::demo::snapshot;
use crate::demo::{
    Attachment, Command, DemoError, MemberId, Message, MessageId, Outcome, Quiet, Role, RoomId,
    RoomKind, Scope, Time, Workspace,
};
use crate::i18n::demo::Feature;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Mounts the demo on `#demo-root` (called by the demo bundle's `main`).
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = document().get_element_by_id("demo-root") else {
        return;
    };
    root.set_inner_html("");
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    leptos::mount::mount_to(root, DemoApp).forget();
}

#[derive(Clone, Copy)]
struct Demo {
    lang: RwSignal<Lang>,
    ws: RwSignal<Workspace>,
    now: RwSignal<Time>,
    me: RwSignal<MemberId>,
    room: RwSignal<RoomId>,
    error: RwSignal<Option<String>>,
    info: RwSignal<Option<String>>,
}

impl Demo {
    /// Runs a command as the chosen member; shows a refusal in one line.
    fn run(self, cmd: Command) -> Result<Outcome, DemoError> {
        let (me, now) = (self.me.get_untracked(), self.now.get_untracked());
        let mut result = Err(DemoError::UnknownMember);
        self.ws.update(|w| result = w.execute(me, now, cmd));
        self.now.update(|t| *t = t.plus_minutes(1));
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

/// Longest side of a picked photo once downscaled, in pixels.
const PHOTO_MAX_SIDE: u32 = 480;
/// Largest original photo accepted, in bytes.
const PHOTO_MAX_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// A photo the user picked, downscaled to a small JPEG data URL.
#[derive(Clone, Debug, PartialEq)]
struct Picked {
    name: String,
    data_url: String,
}

/// Reads the picked file, draws it at most `PHOTO_MAX_SIDE` on a canvas and hands
/// the JPEG to `done`; `Err` with a reason for files that are not usable images.
fn downscale(file: web_sys::File, done: impl FnOnce(Result<Picked, ()>) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    if !file.type_().starts_with("image/") || file.size() > PHOTO_MAX_BYTES {
        done(Err(()));
        return;
    }
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&file) else {
        return done(Err(()));
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return done(Err(()));
    };
    let name = file.name();
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |r: Result<Picked, ()>| {
            if let Some(f) = done.borrow_mut().take() {
                f(r);
            }
        }
    };
    let on_error = {
        let finish = finish.clone();
        let url = url.clone();
        Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            finish(Err(()));
        })
    };
    let image = img.clone();
    let load_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&load_url);
        let (w, h) = (image.natural_width().max(1), image.natural_height().max(1));
        let scale = (f64::from(PHOTO_MAX_SIDE) / f64::from(w.max(h))).min(1.0);
        let (cw, ch) = (
            ((f64::from(w) * scale).round() as u32).max(1),
            ((f64::from(h) * scale).round() as u32).max(1),
        );
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let result = canvas
            .and_then(|c| {
                c.set_width(cw);
                c.set_height(ch);
                let ctx = c
                    .get_context("2d")
                    .ok()??
                    .dyn_into::<web_sys::CanvasRenderingContext2d>()
                    .ok()?;
                ctx.draw_image_with_html_image_element_and_dw_and_dh(
                    &image,
                    0.0,
                    0.0,
                    f64::from(cw),
                    f64::from(ch),
                )
                .ok()?;
                c.to_data_url_with_type_and_encoder_options(
                    "image/jpeg",
                    &wasm_bindgen::JsValue::from_f64(0.7),
                )
                .ok()
            })
            .map(|data_url| Picked { name, data_url })
            .ok_or(());
        finish(result);
    });
    img.set_onload(Some(on_load.unchecked_ref()));
    img.set_onerror(Some(on_error.unchecked_ref()));
    img.set_src(&url);
}

fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

const DEMO_KEY: &str = "kaigo-savings/demo";
const DEMO_BACKUP_PREFIX: &str = "kaigo-savings/demo-backup/";
/// The demo's clock when it starts (09:00 on the demo day).
const START: Time = Time::minutes(60);

/// The saved demo, or the seeded one with a one-line notice of why.
fn load_saved(lang: Lang) -> (Workspace, Time, Option<String>) {
    match store::read(DEMO_KEY) {
        Err(_) => (
            seed::workspace(),
            START,
            Some(lang.demo_storage_unavailable().into()),
        ),
        Ok(None) => (seed::workspace(), START, None),
        Ok(Some(raw)) => match snapshot::decode(&raw) {
            Ok((ws, now)) => (ws, now, None),
            Err(_) => {
                let kept = store::backup(DEMO_BACKUP_PREFIX, &raw);
                (
                    seed::workspace(),
                    START,
                    Some(lang.demo_recovered(kept.as_deref())),
                )
            }
        },
    }
}

#[component]
fn DemoApp() -> impl IntoView {
    let lang = RwSignal::new(page_lang());
    let (ws, now, notice) = load_saved(lang.get_untracked());
    let demo = Demo {
        lang,
        ws: RwSignal::new(ws),
        now: RwSignal::new(now),
        me: RwSignal::new(ids::DIRECTOR),
        room: RwSignal::new(ids::ROOM_ALL),
        error: RwSignal::new(None),
        info: RwSignal::new(None),
    };
    provide_context(demo);
    let notice = RwSignal::new(notice);
    // Save every change; keep the snapshot under its cap by removing the oldest
    // picked photos, and say so.
    Effect::new(move |_| {
        let now = demo.now.get();
        let mut ws = demo.ws.get();
        let (text, removed) = snapshot::fit(&mut ws, now, snapshot::MAX_BYTES);
        if !removed.is_empty() {
            notice.set(Some(lang.get_untracked().demo_photos_removed(&removed)));
            demo.ws.set(ws);
        }
        match store::write(DEMO_KEY, &text) {
            Ok(()) | Err(SaveError::Unavailable) => {}
            Err(SaveError::Full) => notice.set(Some(lang.get_untracked().storage_full().into())),
        }
    });
    // The main app announces language switches with a `kaigo-lang` event.
    let handle = window_event_listener_untyped("kaigo-lang", move |_| lang.set(page_lang()));
    on_cleanup(move || handle.remove());
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
                    <h2 id="demo-heading">{move || lang.get().demo_heading()}</h2>
                    <p class="source">{move || lang.get().demo_lead()}</p>
                </div>
                <label class="field">
                    <span>{move || lang.get().whoami()}</span>
                    <select
                        data-testid="demo-whoami"
                        prop:value=move || demo.me.get().to_string()
                        on:change=move |ev| {
                            if let Ok(id) = event_target_value(&ev).parse::<MemberId>() {
                                demo.me.set(id);
                                demo.error.set(None);
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
                    demo.error.set(None);
                    demo.info.set(None);
                    notice.set(None);
                }>{move || lang.get().reset_demo()}</button>
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

#[component]
fn Overview() -> impl IntoView {
    let lang = expect_context::<Demo>().lang;
    view! {
        <ul class="feature-cards" data-testid="demo-overview">
            {Feature::ALL
                .into_iter()
                .map(|f| {
                    view! {
                        <li class="card" data-testid=format!("demo-card-{}", f.key())>
                            <h3>{move || lang.get().feature_title(f)}</h3>
                            <p>{move || lang.get().feature_solves(f)}</p>
                            <button type="button" on:click=move |_| {
                                if f == Feature::CostSaving {
                                    let _ = window().location().set_hash("savings");
                                } else {
                                    scroll_to(f.section());
                                }
                            }>{move || lang.get().open_demo()}</button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The phone-like chat view: rooms, messages, read status, composer, time-lapse.
#[component]
fn Phone() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let rooms = move || {
        demo.ws.with(|w| {
            w.visible_rooms(demo.me.get()).map(|rs| {
                rs.iter()
                    .map(|r| (r.id, r.name.clone(), r.kind.external()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let messages = move || {
        demo.ws.with(|w| {
            w.room_messages(demo.me.get(), demo.room.get())
                .map(|ms| ms.into_iter().cloned().collect::<Vec<Message>>())
        })
    };
    let draft = RwSignal::new(String::new());
    let broadcast = RwSignal::new(false);
    let photo = RwSignal::new(String::new());
    let picked = RwSignal::new(None::<Picked>);
    let send = move || {
        let room = demo.room.get_untracked();
        let kind = demo
            .ws
            .with_untracked(|w| w.room(room).map(|r| r.kind.clone()));
        let mut attachments = match photo.get_untracked().as_str() {
            "" => vec![],
            src => vec![Attachment::Photo {
                name: src.rsplit('/').next().unwrap_or(src).into(),
                src: src.into(),
                bytes: 2_048,
            }],
        };
        if let Some(p) = picked.get_untracked() {
            let bytes = u32::try_from(p.data_url.len()).unwrap_or(u32::MAX);
            attachments.push(Attachment::Photo {
                name: p.name,
                src: p.data_url,
                bytes,
            });
        }
        let body = draft.get_untracked();
        let cmd = match (broadcast.get_untracked(), kind) {
            (true, Ok(RoomKind::All)) => Command::Broadcast {
                scope: Scope::Everyone,
                body,
                attachments,
            },
            (true, Ok(RoomKind::Unit(u))) => Command::Broadcast {
                scope: Scope::Unit(u),
                body,
                attachments,
            },
            _ => Command::Post {
                room,
                body,
                attachments,
            },
        };
        if demo.run(cmd).is_ok() {
            draft.set(String::new());
            photo.set(String::new());
            picked.set(None);
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else { return };
        downscale(file, move |r| match r {
            Ok(p) => {
                picked.set(Some(p));
                demo.error.set(None);
            }
            Err(()) => demo
                .error
                .set(Some(lang.get_untracked().photo_unusable().into())),
        });
    };
    // Opening a room reads it, as on a phone: each unread message the member was
    // meant to read gets that member's Read command (and its audit entry).
    Effect::new(move |_| {
        let (me, room) = (demo.me.get(), demo.room.get());
        let unread: Vec<MessageId> = demo.ws.with_untracked(|w| {
            w.messages
                .iter()
                .filter(|m| {
                    m.room == room && m.recipients.contains(&me) && !m.reads.contains_key(&me)
                })
                .map(|m| m.id)
                .collect()
        });
        if !unread.is_empty()
            && demo
                .ws
                .with_untracked(|w| w.member(me).is_ok_and(|m| !m.suspended))
        {
            let now = demo.now.get_untracked();
            demo.ws.update(|w| {
                for message in unread {
                    let _ = w.execute(me, now, Command::Read { message });
                }
            });
        }
    });
    // 方針浸透: a document sent to the room with per-member read status.
    let file_name = RwSignal::new("感染対策マニュアル.pdf".to_string());
    let share_file = move || {
        let name = file_name.get_untracked();
        if let Ok(Outcome::File(file)) = demo.run(Command::UploadFile {
            name,
            bytes: 245_760,
        }) {
            let note = match draft.get_untracked() {
                d if d.trim().is_empty() => lang.get_untracked().file_note().to_string(),
                d => d,
            };
            if demo
                .run(Command::ShareFile {
                    file,
                    room: demo.room.get_untracked(),
                    note,
                })
                .is_ok()
            {
                draft.set(String::new());
            }
        }
    };
    view! {
        <section class="phone card" id="demo-phone" data-testid="demo-phone" aria-label=move || lang.get().rooms_heading()>
            {move || match rooms() {
                Err(e) => view! { <p class="demo-refused" data-testid="demo-phone-refused">{lang.get().demo_error(&e)}</p> }.into_any(),
                Ok(list) => view! {
                    <nav class="room-list">
                        {list
                            .into_iter()
                            .map(|(id, name, external)| {
                                view! {
                                    <button
                                        type="button"
                                        data-testid=format!("demo-room-{id}")
                                        class:active=move || demo.room.get() == id
                                        on:click=move |_| demo.room.set(id)
                                    >
                                        {name}
                                        {external.then(|| view! { <span class="badge line">"LINE"</span> })}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </nav>
                }
                .into_any(),
            }}
            <ol class="messages" data-testid="demo-messages">
                {move || match messages() {
                    Err(e) => view! { <li class="demo-refused">{lang.get().demo_error(&e)}</li> }.into_any(),
                    Ok(ms) => ms.into_iter().map(|m| view! { <MessageView m /> }).collect_view().into_any(),
                }}
            </ol>
            <TimeLapse />
            <div class="composer">
                <textarea
                    data-testid="demo-compose"
                    rows="2"
                    aria-label=move || lang.get().compose_placeholder()
                    placeholder=move || lang.get().compose_placeholder()
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
                <div class="composer-row">
                    <label class="check">
                        <input type="checkbox" data-testid="demo-broadcast" prop:checked=move || broadcast.get() on:change=move |ev| broadcast.set(event_target_checked(&ev)) />
                        <span>{move || lang.get().as_broadcast()}</span>
                    </label>
                    <label class="check">
                        <span>{move || lang.get().attach_photo()}</span>
                        <select data-testid="demo-photo" prop:value=move || photo.get() on:change=move |ev| photo.set(event_target_value(&ev))>
                            <option value="">{move || lang.get().no_photo()}</option>
                            <option value=seed::PHOTO_RECREATION>"🖼 1"</option>
                            <option value=seed::PHOTO_GARDEN>"🖼 2"</option>
                        </select>
                    </label>
                    <label class="check">
                        <span>{move || lang.get().pick_photo()}</span>
                        <input type="file" accept="image/*" data-testid="demo-photo-file" on:change=on_pick />
                    </label>
                    <span class="picked" data-testid="demo-photo-picked" hidden=move || picked.with(Option::is_none)>
                        {move || picked.get().map(|p| format!("🖼 {}", p.name)).unwrap_or_default()}
                    </span>
                    <button type="button" class="primary" data-testid="demo-send" on:click=move |_| send()>{move || lang.get().send()}</button>
                </div>
                <div class="composer-row">
                    <input
                        type="text"
                        data-testid="demo-file-name"
                        aria-label=move || lang.get().file_name_label()
                        prop:value=move || file_name.get()
                        on:input=move |ev| file_name.set(event_target_value(&ev))
                    />
                    <button type="button" data-testid="demo-share-file" on:click=move |_| share_file()>{move || lang.get().share_file()}</button>
                </div>
            </div>
        </section>
    }
}

#[component]
fn MessageView(m: Message) -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let (author, role) = demo.ws.with_untracked(|w| {
        w.member(m.author)
            .map(|a| (a.name.clone(), a.role))
            .unwrap_or((String::new(), Role::Staff))
    });
    let mine = move || demo.me.get() == m.author;
    let id = m.id;
    let status = move || demo.ws.with(|w| w.read_status(demo.me.get(), id).ok());
    let attachments = m
        .attachments
        .iter()
        .map(|a| match a {
            Attachment::Photo { name, src, .. } => view! { <img class="photo" src=src.clone() alt=name.clone() loading="lazy" /> }.into_any(),
            Attachment::Link { title, url } => view! { <a class="link" href=url.clone() target="_blank" rel="noopener noreferrer">{"▶ "}{title.clone()}</a> }.into_any(),
            Attachment::Removed { name } => view! { <span class="file">{format!("🖼 {name} {}", lang.get_untracked().removed_photo())}</span> }.into_any(),
            Attachment::File(f) => {
                let name = demo.ws.with_untracked(|w| w.files.get(*f as usize).map(|d| format!("📄 {} ({:.1}KB)", d.name, d.bytes as f64 / 1024.0)).unwrap_or_default());
                view! { <span class="file">{name}</span> }.into_any()
            }
        })
        .collect_view();
    view! {
        <li class="message" class:mine=mine data-testid=format!("demo-message-{id}")>
            <span class="author">
                {author}
                {role.external().then(|| view! { <span class="badge line">"LINE"</span> })}
            </span>
            <p class="body">{m.body.clone()}</p>
            {attachments}
            {move || status().map(|s| {
                let unread: Vec<String> = s.unread.iter().map(|u| demo.name(*u)).collect();
                view! {
                    <div class="read-status">
                        <strong data-testid=format!("demo-read-status-{id}")>{lang.get().read_status(s.read, s.unread.len())}</strong>
                        <details>
                            <summary>{lang.get().unread_list()}</summary>
                            <ul data-testid=format!("demo-unread-{id}")>{unread.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        </details>
                        <button type="button" data-testid=format!("demo-remind-{id}") on:click=move |_| {
                            if let Ok(Outcome::Reminded(list)) = demo.run(Command::RemindUnread { message: id }) {
                                demo.info.set(Some(lang.get_untracked().reminded(list.len())));
                            }
                        }>{lang.get().remind()}</button>
                    </div>
                }
            })}
        </li>
    }
}

/// A broadcast and when each recipient will read it.
type ReadPlan = (MessageId, Vec<(MemberId, Time)>);

/// The newest broadcast of the room, its reads arriving minute by minute.
#[component]
fn TimeLapse() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let target = move || {
        demo.ws.with(|w| {
            w.messages
                .iter()
                .rev()
                .find(|m| m.broadcast && m.room == demo.room.get())
                .map(|m| (m.id, m.time))
        })
    };
    let minutes = RwSignal::new(0u64);
    let plan: RwSignal<Option<ReadPlan>> = RwSignal::new(None);
    let on_slide = move |m: u64| {
        minutes.set(m);
        let Some((id, sent)) = target() else { return };
        if plan.with_untracked(|p| p.as_ref().is_none_or(|(pid, _)| *pid != id)) {
            plan.set(Some((
                id,
                demo.ws.with_untracked(|w| seed::plan_reads(w, id, 7, 2)),
            )));
        }
        plan.with_untracked(|p| {
            if let Some((_, steps)) = p {
                demo.ws.update(|w| {
                    seed::advance(w, steps, id, sent.plus_minutes(m));
                });
            }
        });
    };
    view! {
        <div class="timelapse" data-testid="demo-timelapse" hidden=move || target().is_none()>
            <label>
                <span>{move || lang.get().timelapse()}</span>
                <input
                    type="range"
                    min="0"
                    max="240"
                    step="5"
                    data-testid="demo-timelapse-slider"
                    prop:value=move || minutes.get().to_string()
                    on:input=move |ev| on_slide(event_target_value(&ev).parse().unwrap_or(0))
                />
            </label>
            <span data-testid="demo-timelapse-time">{move || lang.get().minutes_after(minutes.get())}</span>
        </div>
    }
}

#[component]
fn QuietPanel() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let quiet = move || {
        demo.ws.with(|w| {
            w.member(demo.me.get())
                .ok()
                .and_then(|m| m.quiet)
                .is_some_and(|q| q.until > demo.now.get())
        })
    };
    let counts = move || {
        demo.ws.with(|w| {
            w.notifications(demo.me.get(), demo.now.get())
                .map(|(s, h)| (s.len(), h.len()))
                .unwrap_or((0, 0))
        })
    };
    view! {
        <section class="card" id="demo-quiet" data-testid="demo-quiet">
            <h3>{move || lang.get().quiet_heading()}</h3>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="demo-quiet-toggle"
                    prop:checked=quiet
                    on:change=move |ev| {
                        let now = demo.now.get_untracked();
                        let cmd = if event_target_checked(&ev) {
                            Command::SetQuiet { quiet: Quiet { from: now, until: now.plus_minutes(8 * 60) } }
                        } else {
                            Command::ClearQuiet
                        };
                        let _ = demo.run(cmd);
                    }
                />
                <span>{move || lang.get().quiet_toggle()}</span>
            </label>
            <p data-testid="demo-notifications">{move || { let (s, h) = counts(); lang.get().notifications_line(s, h) }}</p>
        </section>
    }
}

#[component]
fn MeetingPanel() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let guest = RwSignal::new(ids::STAFF + 1);
    let call = RwSignal::new(None::<String>);
    let staff = demo.ws.with_untracked(|w| {
        w.members
            .iter()
            .filter(|m| m.role == Role::Staff)
            .take(12)
            .map(|m| (m.id, m.name.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="card" id="demo-meeting" data-testid="demo-meeting">
            <h3>{move || lang.get().meeting_heading()}</h3>
            <div class="composer-row">
                <select data-testid="demo-meeting-guest" aria-label=move || lang.get().meeting_heading() prop:value=move || guest.get().to_string() on:change=move |ev| {
                    if let Ok(id) = event_target_value(&ev).parse() { guest.set(id) }
                }>
                    {staff.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
                <button type="button" data-testid="demo-meeting-book" on:click=move |_| {
                    let start = demo.now.get_untracked().plus_minutes(30);
                    if demo.run(Command::BookMeeting { guest: guest.get_untracked(), start, minutes: 15 }).is_ok() {
                        call.set(Some(demo.name(guest.get_untracked())));
                    }
                }>{move || lang.get().meeting_book()}</button>
            </div>
            <div class="call" data-testid="demo-call" hidden=move || call.with(Option::is_none)>
                <p>{move || call.get().map(|n| lang.get().call_screen(&n)).unwrap_or_default()}</p>
                <button type="button" on:click=move |_| call.set(None)>{move || lang.get().end_call()}</button>
            </div>
        </section>
    }
}

#[component]
fn RosterPanel() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let text = RwSignal::new(
        "氏名,所属,役割\n山口 新,2階,職員\n森 一郎,訪問介護チーム,職員\n".to_string(),
    );
    let problems = RwSignal::new(Vec::<String>::new());
    view! {
        <section class="card" id="demo-roster" data-testid="demo-roster">
            <h3>{move || lang.get().roster_heading()}</h3>
            <textarea data-testid="demo-roster-input" rows="4" aria-label=move || lang.get().roster_heading() prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <button type="button" data-testid="demo-roster-import" on:click=move |_| {
                match demo.run(Command::ImportRoster { csv: text.get_untracked() }) {
                    Ok(Outcome::Imported(ids)) => {
                        problems.set(Vec::new());
                        demo.info.set(Some(lang.get_untracked().roster_done(ids.len())));
                    }
                    Err(DemoError::Roster(rows)) => {
                        let l = lang.get_untracked();
                        problems.set(rows.iter().map(|r| l.roster_problem(r.line, &r.problem)).collect());
                    }
                    _ => problems.set(Vec::new()),
                }
            }>{move || lang.get().roster_button()}</button>
            <ul class="problems" data-testid="demo-roster-errors">{move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        </section>
    }
}

#[component]
fn AdminPanel() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let action = RwSignal::new(String::new());
    let refused_only = RwSignal::new(false);
    let verdict = RwSignal::new(None::<String>);
    let trace = RwSignal::new(Vec::<String>::new());
    let allowed = move || demo.ws.with(|w| w.audit_log(demo.me.get()).err());
    let entries = move || {
        let q = Query {
            action: Action::from_key(&action.get()),
            refused_only: refused_only.get(),
            ..Query::default()
        };
        demo.ws.with(|w| {
            w.audit
                .search(&q)
                .rev()
                .take(30)
                .map(|e| {
                    let who = w
                        .member(e.actor)
                        .map(|m| m.name.clone())
                        .unwrap_or_default();
                    (
                        e.seq,
                        e.time.0 / 60,
                        who,
                        e.action,
                        e.target.clone(),
                        e.refused.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let csv_href = move || {
        let text = demo.ws.with(|w| {
            w.audit
                .to_csv(|id| w.member(id).map(|m| m.name.clone()).unwrap_or_default())
        });
        format!(
            "data:text/csv;charset=utf-8,{}",
            js_sys::encode_uri_component(&text)
        )
    };
    let members = move || {
        demo.ws.with(|w| {
            w.members
                .iter()
                .map(|m| (m.id, m.name.clone(), m.role, m.suspended))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card admin" id="demo-admin" data-testid="demo-admin">
            <h3>{move || lang.get().admin_heading()}</h3>
            {move || allowed().map(|e| view! { <p class="demo-refused" data-testid="demo-admin-refused">{lang.get().demo_error(&e)}</p> })}
            <div hidden=move || allowed().is_some()>
                <div class="members" data-testid="demo-members">
                    <table>
                        <tbody>
                            {move || members().into_iter().map(|(id, name, role, suspended)| view! {
                                <tr>
                                    <td>{name}</td>
                                    <td><span class="badge">{lang.get().role_badge(role)}</span></td>
                                    <td>{suspended.then(|| view! { <span class="badge off">{lang.get().suspended_badge()}</span> })}</td>
                                    <td>
                                        {if suspended {
                                            view! { <button type="button" data-testid=format!("demo-reinstate-{id}") on:click=move |_| { let _ = demo.run(Command::Reinstate { member: id }); }>{lang.get().reinstate()}</button> }.into_any()
                                        } else {
                                            view! { <button type="button" data-testid=format!("demo-suspend-{id}") on:click=move |_| { let _ = demo.run(Command::Suspend { member: id }); }>{lang.get().suspend()}</button> }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h4>{move || lang.get().audit_heading()}</h4>
                <div class="composer-row">
                    <button type="button" data-testid="demo-audit-verify" on:click=move |_| {
                        verdict.set(Some(demo.ws.with_untracked(|w| lang.get_untracked().verify_result(w.audit.verify(), w.audit.entries.len()))));
                    }>{move || lang.get().verify()}</button>
                    <button type="button" data-testid="demo-audit-tamper" on:click=move |_| {
                        // On a copy: the real log stays intact.
                        let (result, n) = demo.ws.with_untracked(|w| {
                            let mut copy = w.audit.clone();
                            let i = copy.entries.len() / 2;
                            if let Some(e) = copy.entries.get_mut(i) {
                                e.target.push_str(" (書き換え)");
                            }
                            (copy.verify(), copy.entries.len())
                        });
                        verdict.set(Some(lang.get_untracked().verify_result(result, n)));
                    }>{move || lang.get().tamper_demo()}</button>
                    <a class="button" data-testid="demo-audit-csv" download="audit-log.csv" href=csv_href>{move || lang.get().download_csv()}</a>
                </div>
                <p class="verdict" data-testid="demo-audit-result" hidden=move || verdict.with(Option::is_none)>{move || verdict.get().unwrap_or_default()}</p>
                <div class="composer-row">
                    <select data-testid="demo-audit-action" aria-label=move || lang.get().audit_heading() prop:value=move || action.get() on:change=move |ev| action.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {Action::ALL.into_iter().map(|a| view! { <option value=a.key()>{move || lang.get().action_name(a)}</option> }).collect_view()}
                    </select>
                    <label class="check">
                        <input type="checkbox" data-testid="demo-audit-refused" prop:checked=move || refused_only.get() on:change=move |ev| refused_only.set(event_target_checked(&ev)) />
                        <span>{move || lang.get().refused()}</span>
                    </label>
                </div>
                <table class="audit" data-testid="demo-audit" tabindex="0" aria-label=move || lang.get().audit_heading()>
                    <tbody>
                        {move || entries().into_iter().map(|(seq, minute, who, act, target, refused)| {
                            let was_refused = refused.is_some();
                            view! {
                            <tr class:refused=was_refused>
                                <td>{seq}</td>
                                <td>{format!("{:02}:{:02}", 8 + minute / 60, minute % 60)}</td>
                                <td>{who}</td>
                                <td>{lang.get().action_name(act)}</td>
                                <td class="target">{target}</td>
                                <td>{refused.map(|r| format!("{} ({r})", lang.get().refused()))}</td>
                            </tr>
                        }}).collect_view()}
                    </tbody>
                </table>
                <h4>{move || lang.get().trace_heading()}</h4>
                <button type="button" data-testid="demo-trace" on:click=move |_| {
                    let me = demo.me.get_untracked();
                    let l = lang.get_untracked();
                    let lines = demo.ws.with_untracked(|w| match w.trace_file(me, ids::ROSTER_FILE) {
                        Ok(es) => es.iter().map(|e| {
                            let who = w.member(e.actor).map(|m| m.name.clone()).unwrap_or_default();
                            format!("{}｜{}｜{}", who, l.action_name(e.action), e.target)
                        }).collect(),
                        Err(e) => vec![l.demo_error(&e)],
                    });
                    trace.set(lines);
                }>{move || lang.get().trace_button()}</button>
                <ol data-testid="demo-trace-result">{move || trace.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol>
            </div>
        </section>
    }
}

#[component]
fn Compliance() -> impl IntoView {
    let lang = expect_context::<Demo>().lang;
    view! {
        <section class="card" id="demo-compliance" data-testid="demo-compliance">
            <h3>{move || lang.get().compliance_heading()}</h3>
            <ul>
                {move || lang.get().compliance_points().into_iter().map(|(point, f)| view! {
                    <li>
                        <span>{point}</span>" → "
                        <button type="button" class="linkish" on:click=move |_| scroll_to(f.section())>{lang.get().feature_title(f)}</button>
                    </li>
                }).collect_view()}
            </ul>
            <p class="source">{move || lang.get().compliance_note()}</p>
        </section>
    }
}
