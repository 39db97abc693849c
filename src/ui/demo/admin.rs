//! The admin console: members with account shutdown and reinstatement, the
//! tamper-evident audit log (filter, verify, a tampered copy, CSV through the
//! backend's export command), and tracing a leaked file. Every part goes through
//! the backend's admin-only queries and commands. Entries read as words in the
//! screen's language; the CSV keeps the log's stable keys.

use super::Demo;
use crate::demo::audit::{Action, Query};
use crate::demo::seed::ids;
use crate::demo::{Command, MemberId, Outcome, Role};
use crate::i18n::Lang;
use crate::ui::browser::download;
use crate::ui::erase::{keyed, message};
use crate::ui::text::{shown, tr, tr_with, Said};
use leptos::prelude::*;

/// Newest audit entries shown.
const SHOWN_ENTRIES: usize = 30;

#[component]
pub fn AdminPanel() -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let action = RwSignal::new(String::new());
    let refused_only = RwSignal::new(false);
    // What the last check of the log found, or why it was refused.
    let verdict = RwSignal::new(None::<Said>);
    // The roster file's trail, line by line, as the one who asked may see it.
    let trace = RwSignal::new(Vec::<Said>::new());
    let refusal = move || demo.ws.with(|w| w.audit_log(demo.me.get()).err());
    let members = move || {
        demo.ws.with(|w| {
            w.roster(demo.me.get())
                .map(|ms| ms.iter().map(|m| u64::from(m.id)).collect())
                .unwrap_or_default()
        })
    };
    let entries = move || {
        let q = Query {
            action: Action::from_key(&action.get()),
            refused_only: refused_only.get(),
            ..Query::default()
        };
        demo.ws.with(|w| {
            w.audit_log(demo.me.get())
                .map(|log| {
                    log.search(&q)
                        .rev()
                        .take(SHOWN_ENTRIES)
                        .map(|e| e.seq)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let export = move |_| {
        if let Ok(Outcome::Csv(text)) = demo.run(Command::ExportAudit) {
            download("audit-log.csv", "text/csv", &text);
        }
    };
    let verify = move |tampered: bool| {
        let me = demo.me.get_untracked();
        let result = demo.ws.with_untracked(|w| {
            w.audit_log(me).map(|log| {
                let mut copy = log.clone();
                if tampered {
                    // On a copy: the real log stays intact.
                    let i = copy.entries.len() / 2;
                    if let Some(e) = copy.entries.get_mut(i) {
                        e.target.push_str(" (書き換え)");
                    }
                }
                (copy.verify(), copy.entries.len())
            })
        });
        verdict.set(Some(Said::new(move |l| match &result {
            Ok((r, n)) => l.verify_result(*r, *n),
            Err(e) => l.demo_error(e),
        })));
    };
    view! {
        <section class="card admin" id="demo-admin" data-testid="demo-admin">
            <h3>{tr(lang, Lang::admin_heading)}</h3>
            {move || refusal().map(|e| view! { <p class="demo-refused" data-testid="demo-admin-refused">{lang.get().demo_error(&e)}</p> })}
            <div hidden=move || refusal().is_some()>
                <div class="members" data-testid="demo-members">
                    <table>
                        <tbody>
                            {keyed(members, |id| view! { <MemberRow id=id as MemberId /> }.into_any())}
                        </tbody>
                    </table>
                </div>
                <h4>{tr(lang, Lang::audit_heading)}</h4>
                <div class="composer-row">
                    <button type="button" data-testid="demo-audit-verify" on:click=move |_| verify(false)>{tr(lang, Lang::verify)}</button>
                    <button type="button" data-testid="demo-audit-tamper" on:click=move |_| verify(true)>{tr(lang, Lang::tamper_demo)}</button>
                    <button type="button" data-testid="demo-audit-csv" on:click=export>{tr(lang, Lang::download_csv)}</button>
                </div>
                {message("verdict", "demo-audit-result", "status", shown(lang, verdict))}
                <div class="composer-row">
                    <select data-testid="demo-audit-action" aria-label=tr(lang, Lang::audit_heading) prop:value=move || action.get() on:change=move |ev| action.set(event_target_value(&ev))>
                        <option value="">{tr(lang, Lang::all_actions)}</option>
                        {Action::ALL.into_iter().map(|a| view! { <option value=a.key()>{tr_with(lang, a, Lang::action_name)}</option> }).collect_view()}
                    </select>
                    <label class="check">
                        <input type="checkbox" data-testid="demo-audit-refused" prop:checked=move || refused_only.get() on:change=move |ev| refused_only.set(event_target_checked(&ev)) />
                        <span>{tr(lang, Lang::refused)}</span>
                    </label>
                </div>
                <table class="audit" data-testid="demo-audit" tabindex="0" aria-label=tr(lang, Lang::audit_heading)>
                    <tbody>
                        {keyed(entries, |seq| view! { <AuditRow seq /> }.into_any())}
                    </tbody>
                </table>
                <h4>{tr(lang, Lang::trace_heading)}</h4>
                <button type="button" data-testid="demo-trace" on:click=move |_| {
                    let me = demo.me.get_untracked();
                    let lines = demo.ws.with_untracked(|w| match w.trace_file(me, ids::ROSTER_FILE) {
                        Ok(es) => es.iter().map(|e| {
                            let who = w.member(e.actor).map(|m| m.name.clone()).unwrap_or_default();
                            let (target, created) = e.subject();
                            // The target's words for each language, as the workspace names it now.
                            let ja = Lang::Ja.audit_target(&target, created, w);
                            let en = Lang::En.audit_target(&target, created, w);
                            let (time, action) = (e.time, e.action);
                            Said::new(move |l| {
                                let target = match l { Lang::Ja => &ja, Lang::En => &en };
                                format!("{}　{}｜{}｜{}", l.clock(time), who, l.action_name(action), target)
                            })
                        }).collect(),
                        Err(e) => vec![Said::new(move |l| l.demo_error(&e))],
                    });
                    trace.set(lines);
                }>{tr(lang, Lang::trace_button)}</button>
                <ol data-testid="demo-trace-result">{move || {
                    let l = lang.get();
                    trace.with(|t| t.iter().map(|t| view! { <li>{t.text(l)}</li> }).collect_view())
                }}</ol>
            </div>
        </section>
    }
}

/// A member: name, role, whether suspended, and the button that changes it.
#[component]
fn MemberRow(id: MemberId) -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let (name, role) = demo.ws.with_untracked(|w| {
        w.member(id)
            .map(|m| (m.name.clone(), m.role))
            .unwrap_or((String::new(), Role::Staff))
    });
    let suspended = move || demo.ws.with(|w| w.member(id).is_ok_and(|m| m.suspended));
    view! {
        <tr>
            <td class="name">{name}</td>
            <td><span class="badge">{tr_with(lang, role, Lang::role_badge)}</span></td>
            <td>{move || suspended().then(|| view! { <span class="badge off">{tr(lang, Lang::suspended_badge)}</span> })}</td>
            <td>
                {move || if suspended() {
                    view! { <button type="button" data-testid=format!("demo-reinstate-{id}") on:click=move |_| { let _ = demo.run(Command::Reinstate { member: id }); }>{tr(lang, Lang::reinstate)}</button> }.into_any()
                } else {
                    view! { <button type="button" data-testid=format!("demo-suspend-{id}") on:click=move |_| { let _ = demo.run(Command::Suspend { member: id }); }>{tr(lang, Lang::suspend)}</button> }.into_any()
                }}
            </td>
        </tr>
    }
}

/// An audit entry: number, time, who, what, on what, and whether it was refused,
/// in words (the target and the refusal's key are read back from the log's text).
#[component]
fn AuditRow(seq: u64) -> impl IntoView {
    let demo = expect_context::<Demo>();
    let lang = demo.lang;
    let me = demo.me.get_untracked();
    let Some(e) = demo
        .ws
        .with_untracked(|w| w.audit_log(me).ok()?.entry(seq).cloned())
    else {
        return ().into_any();
    };
    let who = demo.ws.with_untracked(|w| {
        w.member(e.actor)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    });
    let (target, created) = e.subject();
    let what = move || {
        let l = lang.get();
        demo.ws
            .with_untracked(|w| l.audit_target(&target, created, w))
    };
    let (time, action) = (e.time, e.action);
    let refused = e.refused;
    let was_refused = refused.is_some();
    view! {
        <tr class:refused=was_refused>
            <td>{seq}</td>
            <td class="time">{move || lang.get().clock(time)}</td>
            <td class="name">{who}</td>
            <td>{tr_with(lang, action, Lang::action_name)}</td>
            <td class="target">{what}</td>
            <td class="result">{refused.map(|r| move || lang.get().refusal(&r))}</td>
        </tr>
    }
    .into_any()
}
