//! The demo's side panels: quiet hours (notifications held outside work), 1:1
//! meetings, and the roster import with its per-row problems.

use super::Demo;
use crate::demo::seed::ids;
use crate::demo::{Command, DemoError, Outcome, Quiet, Role};
use crate::i18n::Lang;
use crate::ui::text::{tr, Said};
use leptos::prelude::*;

#[component]
pub fn QuietPanel() -> impl IntoView {
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
            <h3>{tr(lang, Lang::quiet_heading)}</h3>
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
                        if demo.run(cmd).is_err() {
                            // Refused: the box shows what is so, not what was clicked.
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                input.set_checked(quiet());
                            }
                        }
                    }
                />
                <span>{tr(lang, Lang::quiet_toggle)}</span>
            </label>
            <p data-testid="demo-notifications">{move || { let (s, h) = counts(); lang.get().notifications_line(s, h) }}</p>
        </section>
    }
}

#[component]
pub fn MeetingPanel() -> impl IntoView {
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
            <h3>{tr(lang, Lang::meeting_heading)}</h3>
            <div class="composer-row">
                <select data-testid="demo-meeting-guest" aria-label=tr(lang, Lang::meeting_heading) prop:value=move || guest.get().to_string() on:change=move |ev| {
                    if let Ok(id) = event_target_value(&ev).parse() { guest.set(id) }
                }>
                    {staff.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
                <button type="button" data-testid="demo-meeting-book" on:click=move |_| {
                    let start = demo.now.get_untracked().plus_minutes(30);
                    if demo.run(Command::BookMeeting { guest: guest.get_untracked(), start, minutes: 15 }).is_ok() {
                        call.set(Some(demo.name(guest.get_untracked())));
                    }
                }>{tr(lang, Lang::meeting_book)}</button>
            </div>
            <div class="call" data-testid="demo-call" hidden=move || call.with(Option::is_none)>
                <p>{move || call.get().map(|n| lang.get().call_screen(&n)).unwrap_or_default()}</p>
                <button type="button" on:click=move |_| call.set(None)>{tr(lang, Lang::end_call)}</button>
            </div>
        </section>
    }
}

#[component]
pub fn RosterPanel() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    // The example in the screen's language until the person types their own.
    let typed = RwSignal::new(None::<String>);
    let text = move || {
        typed
            .get()
            .unwrap_or_else(|| lang.get().roster_example().to_string())
    };
    // The rows the last import could not take.
    let problems = RwSignal::new(Vec::<Said>::new());
    let hint = move || demo.ws.with(|w| lang.get().roster_hint(&w.units));
    view! {
        <section class="card" id="demo-roster" data-testid="demo-roster">
            <h3>{tr(lang, Lang::roster_heading)}</h3>
            <p class="source" id="demo-roster-hint" data-testid="demo-roster-hint">{hint}</p>
            <textarea data-testid="demo-roster-input" rows="4" aria-label=tr(lang, Lang::roster_heading) aria-describedby="demo-roster-hint" prop:value=text on:input=move |ev| typed.set(Some(event_target_value(&ev)))></textarea>
            <button type="button" data-testid="demo-roster-import" on:click=move |_| {
                match demo.run(Command::ImportRoster { csv: text() }) {
                    Ok(Outcome::Imported(ids)) => {
                        problems.set(Vec::new());
                        let n = ids.len();
                        demo.info.set(Some(Said::new(move |l| l.roster_done(n))));
                    }
                    Err(DemoError::Roster(rows)) => {
                        let units = demo.ws.with_untracked(|w| w.units.clone());
                        problems.set(rows.into_iter().map(|r| {
                            let units = units.clone();
                            Said::new(move |l| l.roster_problem(r.line, &r.problem, &units))
                        }).collect());
                    }
                    _ => problems.set(Vec::new()),
                }
            }>{tr(lang, Lang::roster_button)}</button>
            <ul class="problems" data-testid="demo-roster-errors">{move || {
                let l = lang.get();
                problems.with(|p| p.iter().map(|p| view! { <li>{p.text(l)}</li> }).collect_view())
            }}</ul>
        </section>
    }
}
