//! The phone-like chat view: rooms the acting member may see, messages with their
//! read status (opening a room reads it), the composer with photos and files, and
//! the time-lapse of reads after a broadcast (a view of the demo's clock).

use super::photo::{downscale, Picked};
use super::Demo;
use crate::demo::seed;
use crate::demo::timelapse::{TimeLapse, MAX_MINUTES};
use crate::demo::{Attachment, Command, MessageId, Outcome, Role, RoomId, Scope};
use crate::i18n::Lang;
use crate::ui::browser::picked_file;
use crate::ui::erase::{effect, keyed};
use crate::ui::text::{tr, tr_with, Said};
use leptos::prelude::*;

#[component]
pub fn Phone() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    // Rooms and messages as lists of ids (keyed lists: only what changed is redrawn),
    // or why the acting member may not see them.
    let rooms = move || {
        demo.ws.with(|w| {
            w.visible_rooms(demo.me.get())
                .map(|rs| rs.iter().map(|r| u64::from(r.id)).collect::<Vec<_>>())
        })
    };
    let messages = move || {
        demo.ws.with(|w| {
            w.room_messages(demo.me.get(), demo.room.get())
                .map(|ms| ms.iter().map(|m| u64::from(m.id)).collect::<Vec<_>>())
        })
    };
    let draft = RwSignal::new(String::new());
    let broadcast = RwSignal::new(false);
    let photo = RwSignal::new(String::new());
    let picked = RwSignal::new(None::<Picked>);
    let send = move || {
        let room = demo.room.get_untracked();
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
        // What the person asked for, as it is: the backend says if it cannot be done.
        let cmd = if broadcast.get_untracked() {
            Command::Broadcast {
                scope: Scope::Room(room),
                body,
                attachments,
            }
        } else {
            Command::Post {
                room,
                body,
                attachments,
            }
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
            Err(()) => demo.error.set(Some(Said::words(Lang::photo_unusable))),
        });
    };
    // Opening a room reads it, as on a phone: each unread message the member was
    // meant to read gets that member's Read command (and its audit entry).
    effect(move || {
        let (me, room) = (demo.me.get(), demo.room.get());
        let unread = demo
            .ws
            .with_untracked(|w| w.unread_in(me, room))
            .unwrap_or_default();
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
        <section class="phone card" id="demo-phone" data-testid="demo-phone" aria-label=tr(lang, Lang::rooms_heading)>
            {move || rooms().err().map(|e| view! { <p class="demo-refused" data-testid="demo-phone-refused">{lang.get().demo_error(&e)}</p> })}
            <nav class="room-list" aria-label=tr(lang, Lang::rooms_heading) hidden=move || rooms().is_err()>
                {keyed(move || rooms().unwrap_or_default(), |id| view! { <RoomButton id=id as RoomId /> }.into_any())}
            </nav>
            <ol class="messages" data-testid="demo-messages">
                {move || messages().err().map(|e| view! { <li class="demo-refused">{lang.get().demo_error(&e)}</li> })}
                {keyed(move || messages().unwrap_or_default(), |id| view! { <MessageView id=id as MessageId /> }.into_any())}
            </ol>
            <TimeLapse />
            <div class="composer">
                <textarea
                    data-testid="demo-compose"
                    rows="2"
                    aria-label=tr(lang, Lang::compose_placeholder)
                    placeholder=tr(lang, Lang::compose_placeholder)
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
                <div class="composer-row">
                    <label class="check">
                        <input type="checkbox" data-testid="demo-broadcast" prop:checked=move || broadcast.get() on:change=move |ev| broadcast.set(event_target_checked(&ev)) />
                        <span>{tr(lang, Lang::as_broadcast)}</span>
                    </label>
                    <label class="check">
                        <span>{tr(lang, Lang::attach_photo)}</span>
                        <select data-testid="demo-photo" prop:value=move || photo.get() on:change=move |ev| photo.set(event_target_value(&ev))>
                            <option value="">{tr(lang, Lang::no_photo)}</option>
                            <option value=seed::PHOTO_RECREATION>{tr_with(lang, 0, Lang::photo_option)}</option>
                            <option value=seed::PHOTO_GARDEN>{tr_with(lang, 1, Lang::photo_option)}</option>
                        </select>
                    </label>
                    <label class="check">
                        <span>{tr(lang, Lang::pick_photo)}</span>
                        <input type="file" accept="image/*" data-testid="demo-photo-file" on:change=on_pick />
                    </label>
                    <span class="picked" data-testid="demo-photo-picked" hidden=move || picked.with(Option::is_none)>
                        {move || picked.get().map(|p| format!("🖼 {}", p.name)).unwrap_or_default()}
                    </span>
                    <button type="button" class="primary" data-testid="demo-send" on:click=move |_| send()>{tr(lang, Lang::send)}</button>
                </div>
                <div class="composer-row">
                    <input
                        type="text"
                        data-testid="demo-file-name"
                        aria-label=tr(lang, Lang::file_name_label)
                        prop:value=move || file_name.get()
                        on:input=move |ev| file_name.set(event_target_value(&ev))
                    />
                    <button type="button" data-testid="demo-share-file" on:click=move |_| share_file()>{tr(lang, Lang::share_file)}</button>
                </div>
            </div>
        </section>
    }
}

/// A room in the strip, with a LINE badge when it holds external members.
#[component]
fn RoomButton(id: RoomId) -> impl IntoView {
    let demo = expect_context::<Demo>();
    let (name, external) = demo.ws.with_untracked(|w| {
        w.room(id)
            .map(|r| (r.name.clone(), r.kind.external()))
            .unwrap_or_default()
    });
    view! {
        <button
            type="button"
            data-testid=format!("demo-room-{id}")
            class:active=move || demo.room.get() == id
            aria-pressed=move || (demo.room.get() == id).to_string()
            on:click=move |_| {
                demo.room.set(id);
                demo.looking_back.set(None);
            }
        >
            {name}
            {external.then(|| view! { <span class="badge line">"LINE"</span> })}
        </button>
    }
}

/// One message: author, text, attachments, and for broadcasts its read status.
#[component]
fn MessageView(id: MessageId) -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let Some(m) = demo.ws.with_untracked(|w| w.message(id).ok().cloned()) else {
        return ().into_any();
    };
    let (author, role) = demo.ws.with_untracked(|w| {
        w.member(m.author)
            .map(|a| (a.name.clone(), a.role))
            .unwrap_or((String::new(), Role::Staff))
    });
    let mine = move || demo.me.get() == m.author;
    // As of the time-lapse's moment when it looks back at this broadcast.
    let status = move || {
        let back = demo.looking_back.get().filter(|_| {
            demo.lapse
                .with(|l| l.as_ref().is_some_and(|l| l.message == id))
        });
        demo.ws.with(|w| match back {
            Some(at) => w.read_status_at(demo.me.get(), id, at).ok(),
            None => w.read_status(demo.me.get(), id).ok(),
        })
    };
    let attachments = m
        .attachments
        .iter()
        .map(|a| match a {
            Attachment::Photo { name, src, .. } => view! { <img class="photo" src=src.clone() alt=name.clone() loading="lazy" /> }.into_any(),
            Attachment::Link { title, url } => view! { <a class="link" href=url.clone() target="_blank" rel="noopener noreferrer">{"▶ "}{title.clone()}</a> }.into_any(),
            Attachment::Removed { name } => {
                let name = name.clone();
                view! { <span class="file">{move || format!("🖼 {name} {}", lang.get().removed_photo())}</span> }.into_any()
            }
            Attachment::File(f) => {
                let name = demo.ws.with_untracked(|w| w.file(*f).map(|d| {
                    // Tenths of a KB, rounded: 245,760 bytes → 240.0KB.
                    let tenths = (d.bytes * 10 + 512) / 1024;
                    format!("📄 {} ({}.{}KB)", d.name, tenths / 10, tenths % 10)
                }).unwrap_or_default());
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
                                let n = list.len();
                                demo.info.set(Some(Said::new(move |l| l.reminded(n))));
                            }
                        }>{lang.get().remind()}</button>
                    </div>
                }
            })}
        </li>
    }
    .into_any()
}

/// The newest broadcast of the room, its reads arriving minute by minute: a view
/// of the demo's clock. Moving it past the present lets time pass (reads happen);
/// moving it back shows the reads as they were then, and changes nothing.
#[component]
fn TimeLapse() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    // The room's newest broadcast, if the acting member may see its read status.
    let target = move || {
        demo.ws.with(|w| {
            let me = demo.me.get();
            w.latest_broadcast(demo.room.get())
                .filter(|(id, _)| w.read_status(me, *id).is_ok())
        })
    };
    // Where the view is: the moment looked back at, or the present; minutes since
    // sending (the slider stops at its reach, the words do not).
    let view_at = move || demo.looking_back.get().unwrap_or_else(|| demo.now.get());
    let since = move || target().map_or(0, |(_, sent)| view_at().0.saturating_sub(sent.0) / 60);
    let label = move || lang.get().minutes_after(since(), view_at());
    let on_slide = move |m: u64| {
        let Some((id, _)) = target() else { return };
        let now = demo.now.get_untracked();
        if demo
            .lapse
            .with_untracked(|l| l.as_ref().is_none_or(|l| l.message != id))
        {
            let lapse = demo.ws.with_untracked(|w| TimeLapse::new(w, id, now));
            demo.lapse.set(lapse);
        }
        let Some(lapse) = demo.lapse.get_untracked() else {
            return;
        };
        let mut later = now;
        demo.ws.update(|w| later = lapse.show(w, now, m));
        demo.now.set(later);
        let moment = lapse.at(m);
        demo.looking_back.set((moment < later).then_some(moment));
        demo.error.set(None);
    };
    view! {
        <div class="timelapse" data-testid="demo-timelapse" hidden=move || target().is_none()>
            <label>
                <span>{tr(lang, Lang::timelapse)}</span>
                <input
                    type="range"
                    min="0"
                    max=MAX_MINUTES.to_string()
                    step="1"
                    data-testid="demo-timelapse-slider"
                    prop:value=move || since().min(MAX_MINUTES).to_string()
                    aria-valuetext=label
                    on:input=move |ev| on_slide(event_target_value(&ev).parse().unwrap_or(0))
                />
            </label>
            <span data-testid="demo-timelapse-time">{label}</span>
            <span class="timelapse-past" data-testid="demo-timelapse-past" hidden=move || demo.looking_back.with(Option::is_none)>
                {move || lang.get().timelapse_past(demo.now.get())}
                <button type="button" data-testid="demo-timelapse-now" on:click=move |_| demo.looking_back.set(None)>{tr(lang, Lang::timelapse_now)}</button>
            </span>
        </div>
    }
}
