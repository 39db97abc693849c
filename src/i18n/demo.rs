//! Words of the chat-feature demo (overview, phone view, admin console, annex).
//!
//! A word table, longer than the 600 lines a module keeps to: every message of
//! the screen in both languages, side by side, so that a translator reads and
//! changes them in one place.

use super::Lang;
use crate::demo::audit::{Action, Created, Tamper, Target};
use crate::demo::roster::{self, Problem};
use crate::demo::{Attachment, DemoError, Role, Time, Unit, Workspace};

/// English count with its noun: `1 person`, `2 people`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first characters of a text, with an ellipsis when cut; words written with
/// spaces (English) are cut between words, not inside one.
fn excerpt(text: &str, chars: usize) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    if line.chars().count() <= chars && text.trim().lines().count() <= 1 {
        return line.to_string();
    }
    let cut: String = line.chars().take(chars).collect();
    let whole_words = match cut.rfind(' ') {
        Some(i) if line.chars().count() > chars && i > cut.len() / 2 => cut[..i].trim_end(),
        _ => cut.as_str(),
    };
    format!("{whole_words}…")
}

/// The brochure's features, in the order of the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    PhotoHandover,
    Broadcast,
    FileDistribution,
    Meeting,
    QuietHours,
    Families,
    Shutdown,
    AuditLog,
    Onboarding,
    CostSaving,
    Compliance,
}

crate::stable_keys! {
    Feature {
        PhotoHandover => "photo-handover",
        Broadcast => "broadcast",
        FileDistribution => "files",
        Meeting => "meeting",
        QuietHours => "quiet-hours",
        Families => "families",
        Shutdown => "shutdown",
        AuditLog => "audit",
        Onboarding => "onboarding",
        CostSaving => "cost",
        Compliance => "compliance",
    }
}

impl Feature {
    /// The demo section a card opens.
    pub const fn section(self) -> &'static str {
        match self {
            Feature::PhotoHandover
            | Feature::Broadcast
            | Feature::FileDistribution
            | Feature::Families => "demo-phone",
            Feature::Meeting => "demo-meeting",
            Feature::QuietHours => "demo-quiet",
            Feature::Shutdown | Feature::AuditLog => "demo-admin",
            Feature::Onboarding => "demo-roster",
            Feature::CostSaving => "savings",
            Feature::Compliance => "demo-compliance",
        }
    }
}

impl Lang {
    pub const fn demo_heading(self) -> &'static str {
        self.pick(
            "チャットでできること（デモ）",
            "What the chat platform does (demo)",
        )
    }

    pub const fn demo_lead(self) -> &'static str {
        self.pick(
            "パンフレットの機能を、架空の施設「ひだまりの里」でそのまま試せます。データはこのブラウザの中だけで動き、外部には送信されません。",
            "Try each brochure feature in a fictional facility. Everything runs inside this browser; nothing is sent anywhere.",
        )
    }

    pub const fn feature_title(self, f: Feature) -> &'static str {
        match f {
            Feature::PhotoHandover => self.pick(
                "写真や動画を使った申し送り",
                "Handovers with photos and video",
            ),
            Feature::Broadcast => self.pick(
                "フロア全員に一斉連絡・未読者の把握",
                "Broadcast to a floor, see who has not read",
            ),
            Feature::FileDistribution => self.pick(
                "方針浸透：ファイルや動画の配信",
                "Share policies as files and videos",
            ),
            Feature::Meeting => self.pick(
                "隙間時間にオンラインで1対1面談",
                "1:1 online meetings in spare time",
            ),
            Feature::QuietHours => self.pick(
                "通知設定で休暇中のストレス軽減",
                "Quiet hours for staff on leave",
            ),
            Feature::Families => self.pick(
                "ご家族・外部の専門家とLINEで連携",
                "Families and outside professionals via LINE",
            ),
            Feature::Shutdown => self.pick(
                "退職・紛失時のアカウント停止",
                "Shut an account when staff leave or lose a phone",
            ),
            Feature::AuditLog => self.pick(
                "ログで情報漏洩の経路を特定",
                "Trace a leak in the audit log",
            ),
            Feature::Onboarding => self.pick("利用開始までの3ステップ", "Three steps to start"),
            Feature::CostSaving => self.pick(
                "印刷費と報連相の時間を削減",
                "Less printing and less time on reporting",
            ),
            Feature::Compliance => self.pick(
                "厚労省ガイドラインの基準に沿った情報管理",
                "Information security along the MHLW guideline",
            ),
        }
    }

    pub const fn feature_solves(self, f: Feature) -> &'static str {
        match f {
            Feature::PhotoHandover => self.pick(
                "口頭や紙では伝わりにくい利用者の様子を、写真1枚で共有。",
                "A photo shows a resident's day better than words on paper.",
            ),
            Feature::Broadcast => self.pick(
                "「既読65人 未読2人」のように、誰が読んでいないかが分かり、声かけできます。",
                "See \"65 read, 2 unread\" and remind exactly the two who have not read.",
            ),
            Feature::FileDistribution => self.pick(
                "マニュアルやシフト表を配り、職員別の既読で浸透を確認。",
                "Send manuals and rotas; read status per person shows they arrived.",
            ),
            Feature::Meeting => self.pick(
                "シフトの合間に短い面談を予約し、その場でビデオ通話。",
                "Book a short talk between shifts and call at once.",
            ),
            Feature::QuietHours => self.pick(
                "休暇中・勤務外は通知を止め、メッセージは保留に。",
                "No notifications off duty; messages wait until you are back.",
            ),
            Feature::Families => self.pick(
                "ご家族は普段のLINEから参加。外部メンバーは自分のルームしか見られません。",
                "Families join from their own LINE; outside members see only their rooms.",
            ),
            Feature::Shutdown => self.pick(
                "管理者が停止した瞬間から、そのアカウントは何もできなくなります。",
                "From the moment an admin suspends it, the account can do nothing.",
            ),
            Feature::AuditLog => self.pick(
                "すべての操作が改ざん検知できるログに残り、誰がどこへ持ち出したかを追えます。",
                "Every action is in a tamper-evident log: see who took a file where.",
            ),
            Feature::Onboarding => self.pick(
                "申し込み5分・名簿記入30分・各自の設定10分。名簿の取り込みを試せます。",
                "Apply 5 min, roster 30 min, each person 10 min. Try the roster import.",
            ),
            Feature::CostSaving => self.pick(
                "印刷費と、連絡ノート・申し送り・電話の時間を削減（「削減効果」タブで試算）。",
                "Less printing and time (estimate it on the Savings screen).",
            ),
            Feature::Compliance => self.pick(
                "業務で個人のLINEは使えなくても、非公開型のビジネスチャットなら対応できます。LINEと同じような画面なので、年配の職員でも抵抗なく使えます。",
                "Where private LINE is not allowed at work, a closed business chat is; and its LINE-like screen suits older staff too.",
            ),
        }
    }

    pub const fn open_demo(self) -> &'static str {
        self.pick("デモを見る", "Open the demo")
    }

    pub const fn whoami(self) -> &'static str {
        self.pick("操作する人", "Acting as")
    }

    /// The who-am-I list's group for a role.
    pub const fn role_group(self, r: Role) -> &'static str {
        match r {
            Role::Admin => self.pick("管理者", "Admins"),
            Role::Staff => self.pick("職員", "Staff"),
            Role::Family => self.pick("ご家族（LINE）", "Family (LINE)"),
            Role::Professional => self.pick("外部の専門職（LINE）", "Outside professionals (LINE)"),
        }
    }

    /// A person in the who-am-I list, marked when suspended.
    pub fn whoami_option(self, name: &str, suspended: bool) -> String {
        match (self, suspended) {
            (_, false) => name.to_string(),
            (Lang::Ja, true) => format!("{name}（停止中）"),
            (Lang::En, true) => format!("{name} (suspended)"),
        }
    }

    pub const fn reset_question(self) -> &'static str {
        self.pick(
            "デモを最初の状態に戻しますか？送ったメッセージや操作の記録はすべて消えます。",
            "Reset the demo? Every message sent and everything done in it is thrown away.",
        )
    }

    pub const fn reset_confirm(self) -> &'static str {
        self.pick("最初に戻す", "Reset")
    }

    pub const fn reset_cancel(self) -> &'static str {
        self.pick("やめる", "Keep it")
    }

    pub const fn reset_done(self) -> &'static str {
        self.pick(
            "デモを最初の状態に戻しました。",
            "The demo is back at its start.",
        )
    }

    /// A time of the demo day (it starts at 08:00): `09:03`, the next day `翌日 09:03`.
    pub fn clock(self, t: Time) -> String {
        let minutes = t.0 / 60 + 8 * 60;
        let (day, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
        match (self, day) {
            (_, 0) => format!("{h:02}:{m:02}"),
            (Lang::Ja, 1) => format!("翌日 {h:02}:{m:02}"),
            (Lang::Ja, d) => format!("{d}日後 {h:02}:{m:02}"),
            (Lang::En, 1) => format!("{h:02}:{m:02} next day"),
            (Lang::En, d) => format!("{h:02}:{m:02}, {d} days later"),
        }
    }

    /// A unit's name: as the facility writes it, or its English name.
    pub fn unit_name(self, u: &Unit) -> String {
        match self {
            Lang::Ja => u.name.clone(),
            Lang::En => roster::english_name(u),
        }
    }

    pub const fn role_badge(self, r: Role) -> &'static str {
        match r {
            Role::Admin => self.pick("管理者", "Admin"),
            Role::Staff => self.pick("職員", "Staff"),
            Role::Family => self.pick("LINE・ご家族", "LINE · family"),
            Role::Professional => self.pick("LINE・外部", "LINE · partner"),
        }
    }

    pub const fn rooms_heading(self) -> &'static str {
        self.pick("トーク", "Rooms")
    }

    pub const fn compose_placeholder(self) -> &'static str {
        self.pick("メッセージを入力", "Type a message")
    }

    pub const fn send(self) -> &'static str {
        self.pick("送信", "Send")
    }

    pub const fn as_broadcast(self) -> &'static str {
        self.pick("一斉連絡（既読を確認）", "Broadcast (track reads)")
    }

    pub const fn file_name_label(self) -> &'static str {
        self.pick("配信するファイル名", "File to send")
    }

    pub const fn share_file(self) -> &'static str {
        self.pick(
            "ファイルを配信（既読を確認）",
            "Send the file (track reads)",
        )
    }

    pub const fn file_note(self) -> &'static str {
        self.pick("ご確認ください。", "Please read this.")
    }

    pub const fn attach_photo(self) -> &'static str {
        self.pick(
            "写真を添付（デモ用イラスト）",
            "Attach a photo (demo illustration)",
        )
    }

    pub const fn pick_photo(self) -> &'static str {
        self.pick(
            "端末の写真を選ぶ（小さくして保存）",
            "Pick a photo (kept small)",
        )
    }

    pub const fn photo_unusable(self) -> &'static str {
        self.pick(
            "画像ファイル（20MBまで）を選んでください。",
            "Choose an image file (up to 20 MB).",
        )
    }

    pub const fn no_photo(self) -> &'static str {
        self.pick("なし", "None")
    }

    pub fn read_status(self, read: usize, unread: usize) -> String {
        match self {
            Lang::Ja => format!("既読{read}人　未読{unread}人"),
            Lang::En => format!("{read} read · {unread} unread"),
        }
    }

    pub const fn unread_list(self) -> &'static str {
        self.pick("未読の人", "Not read yet")
    }

    pub const fn remind(self) -> &'static str {
        self.pick("未読の人にリマインド", "Remind those who have not read")
    }

    pub fn reminded(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("{n}人にリマインドを送りました。"),
            Lang::En => format!("Reminded {}.", count(n, "person", "people")),
        }
    }

    pub const fn timelapse(self) -> &'static str {
        self.pick(
            "既読が増えていく様子（タイムラプス）",
            "Watch reads arrive (time-lapse)",
        )
    }

    /// Where the time-lapse is: minutes after sending and the time of day then.
    pub fn minutes_after(self, m: u64, at: Time) -> String {
        match self {
            Lang::Ja => format!("送信から{m}分後（{}）", self.clock(at)),
            Lang::En => format!("{m} min after sending ({})", self.clock(at)),
        }
    }

    /// Shown while the time-lapse looks back before the present.
    pub fn timelapse_past(self, now: Time) -> String {
        match self {
            Lang::Ja => format!(
                "さかのぼって表示しています（現在は{}）。記録は変わりません。",
                self.clock(now)
            ),
            Lang::En => format!(
                "Looking back (it is now {}); nothing that happened is changed.",
                self.clock(now)
            ),
        }
    }

    pub const fn timelapse_now(self) -> &'static str {
        self.pick("現在に戻る", "Back to now")
    }

    /// The bundled illustrations a message can carry.
    pub const fn photo_option(self, i: usize) -> &'static str {
        match i {
            0 => self.pick("レクリエーションの様子", "Recreation"),
            _ => self.pick("お庭の散歩", "A walk in the garden"),
        }
    }

    pub const fn quiet_heading(self) -> &'static str {
        self.pick(
            "通知設定（休暇中・勤務外）",
            "Notifications (leave, off duty)",
        )
    }

    pub const fn quiet_toggle(self) -> &'static str {
        self.pick(
            "今から8時間、通知をオフにする",
            "Turn notifications off for 8 hours",
        )
    }

    pub fn notifications_line(self, shown: usize, held: usize) -> String {
        match self {
            Lang::Ja => format!("通知：届いた{shown}件、保留中{held}件（休暇明けに届きます）"),
            Lang::En => {
                format!("Notifications: {shown} delivered, {held} held until the quiet period ends")
            }
        }
    }

    pub const fn admin_heading(self) -> &'static str {
        self.pick("管理者コンソール", "Admin console")
    }

    pub const fn suspend(self) -> &'static str {
        self.pick("停止", "Suspend")
    }

    pub const fn reinstate(self) -> &'static str {
        self.pick("再開", "Reinstate")
    }

    pub const fn suspended_badge(self) -> &'static str {
        self.pick("停止中", "Suspended")
    }

    pub const fn audit_heading(self) -> &'static str {
        self.pick("監査ログ（改ざん検知つき）", "Audit log (tamper-evident)")
    }

    pub const fn verify(self) -> &'static str {
        self.pick("改ざんがないか検証", "Verify the log")
    }

    pub const fn tamper_demo(self) -> &'static str {
        self.pick(
            "1件書き換えてから検証（試し）",
            "Change one entry, then verify (trial)",
        )
    }

    pub fn verify_result(self, r: Result<(), Tamper>, entries: usize) -> String {
        match (self, r) {
            (Lang::Ja, Ok(())) => format!("{entries}件すべて改ざんなし"),
            (Lang::En, Ok(())) if entries == 1 => "The 1 entry is intact".into(),
            (Lang::En, Ok(())) => format!("All {entries} entries intact"),
            (Lang::Ja, Err(Tamper::Changed { index })) => {
                format!("{}件目が書き換えられています", index + 1)
            }
            (Lang::En, Err(Tamper::Changed { index })) => {
                format!("Entry {} was changed", index + 1)
            }
            (Lang::Ja, Err(Tamper::Broken { index })) => {
                format!("{}件目の前で削除または並べ替えがあります", index + 1)
            }
            (Lang::En, Err(Tamper::Broken { index })) => {
                format!("Entries before #{} were removed or reordered", index + 1)
            }
            (Lang::Ja, Err(Tamper::Truncated)) => "末尾のログが削除されています".into(),
            (Lang::En, Err(Tamper::Truncated)) => "Entries at the end were removed".into(),
        }
    }

    pub const fn download_csv(self) -> &'static str {
        self.pick("CSVで書き出す（Excel対応）", "Export CSV (opens in Excel)")
    }

    pub const fn trace_heading(self) -> &'static str {
        self.pick(
            "情報漏洩の追跡：「利用者名簿.xlsx」は誰がどこへ？",
            "Trace a leak: who took the roster file where?",
        )
    }

    pub const fn trace_button(self) -> &'static str {
        self.pick("ログから経路を調べる", "Trace it in the log")
    }

    pub const fn action_name(self, a: Action) -> &'static str {
        match a {
            Action::Post => self.pick("投稿", "Post"),
            Action::Broadcast => self.pick("一斉連絡", "Broadcast"),
            Action::Read => self.pick("既読", "Read"),
            Action::RemindUnread => self.pick("リマインド", "Remind"),
            Action::UploadFile => self.pick("ファイル登録", "Upload"),
            Action::ShareFile => self.pick("ファイル共有", "Share file"),
            Action::DownloadFile => self.pick("ダウンロード", "Download"),
            Action::BookMeeting => self.pick("面談予約", "Book meeting"),
            Action::CancelMeeting => self.pick("面談取消", "Cancel meeting"),
            Action::SetQuiet => self.pick("通知停止", "Notifications off"),
            Action::ClearQuiet => self.pick("通知再開", "Notifications on"),
            Action::Suspend => self.pick("アカウント停止", "Suspend"),
            Action::Reinstate => self.pick("アカウント再開", "Reinstate"),
            Action::ImportRoster => self.pick("名簿取り込み", "Roster import"),
            Action::ExportAudit => self.pick("ログ書き出し", "Log export"),
            Action::SignIn => self.pick("ログイン", "Sign in"),
        }
    }

    pub const fn refused(self) -> &'static str {
        self.pick("拒否", "Refused")
    }

    pub const fn all_actions(self) -> &'static str {
        self.pick("すべての操作", "Every action")
    }

    /// A logged refusal in words, from its stable key.
    pub fn refusal(self, key: &str) -> String {
        let why = match DemoError::from_key(key) {
            Some(DemoError::Roster(_)) => self
                .pick(
                    "名簿に問題があったため、1人も登録していません。",
                    "The roster had problems, so nobody was added.",
                )
                .to_string(),
            Some(e) => self.demo_error(&e),
            None => self
                .pick(
                    "（この版では読めない理由）",
                    "(a reason this version cannot read)",
                )
                .to_string(),
        };
        match self {
            Lang::Ja => format!("拒否：{why}"),
            Lang::En => format!("Refused: {why}"),
        }
    }

    /// What an audit entry acted on, in words; names as the log kept them, or from
    /// the workspace where the log has only a number.
    pub fn audit_target(self, t: &Target, created: Option<Created>, ws: &Workspace) -> String {
        let missing = || self.pick("（見つかりません）", "(not found)").to_string();
        let quoted = |name: &str| match self {
            Lang::Ja => format!("「{name}」"),
            Lang::En => format!("“{name}”"),
        };
        let room = |id: u32, name: &Option<String>| {
            name.clone()
                .or_else(|| ws.room(id).ok().map(|r| r.name.clone()))
                .unwrap_or_else(missing)
        };
        let member = |id: u32, name: &Option<String>| {
            name.clone()
                .or_else(|| ws.member(id).ok().map(|m| m.name.clone()))
                .unwrap_or_else(missing)
        };
        let file = |id: u32, name: &Option<String>| {
            name.clone()
                .or_else(|| ws.file(id).ok().map(|f| f.name.clone()))
                .map_or_else(missing, |n| quoted(&n))
        };
        let message = |id: u32| {
            let Ok(m) = ws.message(id) else {
                return missing();
            };
            let text = match (m.body.trim(), m.attachments.first()) {
                ("", Some(Attachment::Photo { .. } | Attachment::Removed { .. })) => {
                    self.pick("写真", "a photo").to_string()
                }
                ("", Some(Attachment::File(f))) => file(*f, &None),
                ("", _) => self.pick("（本文なし）", "(no text)").to_string(),
                (body, _) => quoted(&excerpt(body, 18)),
            };
            let room = ws
                .room(m.room)
                .map(|r| r.name.clone())
                .unwrap_or_else(|_| missing());
            match self {
                Lang::Ja => format!("{text}（{room}）"),
                Lang::En => format!("{text} ({room})"),
            }
        };
        let meeting = |id: u32| {
            ws.meetings.get(id as usize).map(|m| {
                let (start, end) = (m.start, m.start.plus_minutes(u64::from(m.minutes)));
                match self {
                    Lang::Ja => format!("{}〜{}", self.clock(start), self.clock(end)),
                    Lang::En => format!("{}–{}", self.clock(start), self.clock(end)),
                }
            })
        };
        match t {
            Target::None => String::new(),
            Target::Room { id, name } => room(*id, name),
            Target::Everyone => self.pick("職員全員", "All staff").to_string(),
            Target::Unit(u) => {
                let unit = ws
                    .units
                    .iter()
                    .find(|x| x.id == *u)
                    .map_or_else(missing, |x| self.unit_name(x));
                match self {
                    Lang::Ja => format!("{unit}の全員"),
                    Lang::En => format!("Everyone in {unit}"),
                }
            }
            Target::Message(id) => message(*id),
            Target::NewFile { name } => quoted(name),
            Target::File { id, name } => file(*id, name),
            Target::Share {
                file: f,
                file_name,
                room: r,
                room_name,
            } => format!("{} → {}", file(*f, file_name), room(*r, room_name)),
            Target::Member { id, name } => {
                let who = member(*id, name);
                match created.and_then(|c| match c {
                    Created::Meeting(m) => meeting(m),
                    _ => None,
                }) {
                    Some(when) => match self {
                        Lang::Ja => format!("{who}さん（{when}）"),
                        Lang::En => format!("{who} ({when})"),
                    },
                    None => who,
                }
            }
            Target::Meeting(id) => match ws.meetings.get(*id as usize) {
                Some(m) => {
                    let (host, guest) = (member(m.host, &None), member(m.guest, &None));
                    let when = meeting(*id).unwrap_or_default();
                    match self {
                        Lang::Ja => format!("{host}さんと{guest}さんの面談（{when}）"),
                        Lang::En => format!("{host} and {guest}'s meeting ({when})"),
                    }
                }
                None => missing(),
            },
            Target::Quiet { from, until } => match self {
                Lang::Ja => format!("{}〜{}", self.clock(*from), self.clock(*until)),
                Lang::En => format!("{}–{}", self.clock(*from), self.clock(*until)),
            },
            Target::Rows(n) => match self {
                Lang::Ja => format!("{n}人分"),
                Lang::En => count(*n, "row", "rows"),
            },
            Target::Other(text) => text.clone(),
        }
    }

    pub const fn roster_heading(self) -> &'static str {
        self.pick(
            "② 職員名簿の取り込み（CSV：氏名,所属,役割）",
            "② Import the staff roster (CSV: name, unit, role)",
        )
    }

    pub const fn roster_button(self) -> &'static str {
        self.pick("取り込む", "Import")
    }

    pub fn roster_done(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("{n}人を登録しました。各ユニットのトークに参加しています。"),
            Lang::En if n == 1 => "Added 1 person; they joined their unit's room.".into(),
            Lang::En => format!("Added {n} people; they joined their units' rooms."),
        }
    }

    /// The roster the import box starts with, in this language's words (both
    /// languages' words are accepted).
    pub const fn roster_example(self) -> &'static str {
        self.pick(
            "氏名,所属,役割\n山口 新,2階,職員\n森 一郎,訪問介護チーム,職員\n",
            "name,unit,role\nArata Yamaguchi,Floor 2,staff\nIchiro Mori,Home-visit team,staff\n",
        )
    }

    /// What the import accepts: the units of the workspace and the roles.
    pub fn roster_hint(self, units: &[Unit]) -> String {
        let names: Vec<String> = units.iter().map(|u| self.unit_name(u)).collect();
        match self {
            Lang::Ja => format!(
                "所属：{}　役割：管理者・職員（英語の見出し・所属・役割も使えます）",
                names.join("・")
            ),
            Lang::En => format!(
                "Units: {}. Roles: admin, staff. Japanese headers, units and roles work too.",
                names.join(", ")
            ),
        }
    }

    pub fn roster_problem(self, line: usize, p: &Problem, units: &[Unit]) -> String {
        let what = match p {
            Problem::NoHeader => self
                .pick(
                    "1行目に見出し（氏名,所属,役割）が必要です",
                    "The first line must be the header (name, unit, role)",
                )
                .to_string(),
            Problem::UnclosedQuote => self
                .pick("引用符（\"）が閉じていません", "A quote (\") is not closed")
                .to_string(),
            Problem::Columns(n) => match self {
                Lang::Ja => format!("項目が3つではありません（{n}個）"),
                Lang::En => format!("Needs 3 fields, found {n}"),
            },
            Problem::EmptyName => self.pick("氏名が空です", "The name is empty").to_string(),
            Problem::NameTooLong => self
                .pick(
                    "氏名が長すぎます（40文字まで）",
                    "The name is too long (40 characters at most)",
                )
                .to_string(),
            Problem::UnknownUnit(u) => {
                let names: Vec<String> = units.iter().map(|x| self.unit_name(x)).collect();
                match self {
                    Lang::Ja => format!("所属「{u}」がありません（{}）", names.join("・")),
                    Lang::En => format!("No unit called \"{u}\" ({})", names.join(", ")),
                }
            }
            Problem::UnknownRole(r) => match self {
                Lang::Ja => format!("役割「{r}」は使えません（管理者・職員）"),
                Lang::En => format!("Role \"{r}\" is not allowed (admin, staff)"),
            },
            Problem::Duplicate(n) => match self {
                Lang::Ja => format!("「{n}」はすでに登録されています"),
                Lang::En => format!("\"{n}\" is already a member"),
            },
            Problem::TooManyRows => self
                .pick(
                    "一度に取り込めるのは2,000行までです",
                    "At most 2,000 rows at a time",
                )
                .to_string(),
            Problem::NoRows => self
                .pick("職員の行がありません", "No member rows")
                .to_string(),
        };
        match (self, line) {
            (_, 0) => what,
            (Lang::Ja, l) => format!("{l}行目：{what}"),
            (Lang::En, l) => format!("Line {l}: {what}"),
        }
    }

    pub fn roster_failed(self, n: usize) -> String {
        match self {
            Lang::Ja => format!(
                "{n}件の問題があるため、1人も登録していません。直して取り込み直してください。"
            ),
            Lang::En => format!(
                "{}: nobody was added. Fix {} and import again.",
                count(n, "problem", "problems"),
                if n == 1 { "it" } else { "them" }
            ),
        }
    }

    pub const fn meeting_heading(self) -> &'static str {
        self.pick("1対1面談を予約（15分）", "Book a 1:1 meeting (15 min)")
    }

    pub const fn meeting_book(self) -> &'static str {
        self.pick("30分後に予約して通話", "Book in 30 min and call")
    }

    pub fn call_screen(self, name: &str) -> String {
        match self {
            Lang::Ja => format!("{name} さんとビデオ通話中（デモ：実際の通話はしません）"),
            Lang::En => format!("In a video call with {name} (demo: no real call)"),
        }
    }

    pub const fn end_call(self) -> &'static str {
        self.pick("通話を終了", "End call")
    }

    pub const fn demo_storage_unavailable(self) -> &'static str {
        self.pick(
            "このブラウザでは保存できないため、デモの操作は再読み込みで最初に戻ります。",
            "This browser cannot save, so the demo starts over on reload.",
        )
    }

    /// A newer version's demo, left as it is (never written over).
    pub const fn demo_newer(self) -> &'static str {
        self.pick(
            "保存されたデモは新しい版のアプリで作られたため、この版では開けません。アプリを更新（再読み込み）してください。最初の状態で開始しました。新しい版のデータはそのまま残し、ここでの操作は保存しません。",
            "The saved demo was made by a newer version of the app and cannot be opened here; update the app (reload it). It starts over; the newer version's data is left as it is, and nothing done here is saved.",
        )
    }

    /// The saved demo could not be read; `backup` is where it is kept.
    pub fn demo_recovered(self, backup: Option<&str>) -> String {
        match (self, backup) {
            (Lang::Ja, Some(k)) => format!("保存されたデモを読み込めなかったため、最初の状態で開始しました。元のデータはバックアップ（{k}）に残しています。"),
            (Lang::En, Some(k)) => format!("The saved demo could not be read, so it starts over; the original is kept as a backup ({k})."),
            // Nothing is written over what could not be kept aside (`Stored`).
            (Lang::Ja, None) => "保存されたデモを読み込めず、バックアップも作れませんでした。最初の状態で開始しました。元のデータを消さないよう、ここでの操作は保存しません。".into(),
            (Lang::En, None) => "The saved demo could not be read or backed up; it starts over. So as not to lose the original, nothing done here is saved.".into(),
        }
    }

    pub fn demo_photos_removed(self, names: &[String]) -> String {
        match self {
            Lang::Ja => format!(
                "保存容量を超えるため、古い写真{}枚（{}）を削除しました。",
                names.len(),
                names.join("、")
            ),
            Lang::En => format!(
                "To stay within storage, {} {} removed ({}).",
                count(names.len(), "older photo", "older photos"),
                if names.len() == 1 { "was" } else { "were" },
                names.join(", ")
            ),
        }
    }

    pub const fn removed_photo(self) -> &'static str {
        self.pick(
            "（保存容量のため削除された写真）",
            "(photo removed to save space)",
        )
    }

    pub const fn reset_demo(self) -> &'static str {
        self.pick("デモを最初に戻す", "Reset the demo")
    }

    pub const fn compliance_heading(self) -> &'static str {
        self.pick(
            "厚労省ガイドライン（医療情報システムの安全管理 第6.0版）とSNS利用の注意点への対応",
            "MHLW guideline 6.0 and the points for using an SNS: how the features answer them",
        )
    }

    /// The HISPRO points and the feature that answers each.
    pub const fn compliance_points(self) -> [(&'static str, Feature); 5] {
        [
            (
                self.pick(
                    "非公開型（クローズド）のSNSを使う",
                    "Use a closed (non-public) SNS",
                ),
                Feature::Families,
            ),
            (
                self.pick(
                    "退職した職員・携帯を紛失した職員のアカウントを閉鎖できる",
                    "Close the accounts of staff who leave or lose a phone",
                ),
                Feature::Shutdown,
            ),
            (
                self.pick(
                    "情報漏洩が起きたとき、ログから漏洩者・経路を特定できる",
                    "Trace who leaked what, and how, from the logs",
                ),
                Feature::AuditLog,
            ),
            (
                self.pick(
                    "患者・ご家族の同意を得て、その人のルームだけで共有する",
                    "Share with consent, only in that person's room",
                ),
                Feature::Families,
            ),
            (
                self.pick(
                    "端末紛失への対策（パスコード、遠隔での利用停止）",
                    "Measures for lost devices (passcode, remote shutdown)",
                ),
                Feature::Shutdown,
            ),
        ]
    }

    pub const fn compliance_note(self) -> &'static str {
        self.pick(
            "出典：厚生労働省「医療情報システムの安全管理に関するガイドライン」第6.0版（2023年5月）Q&A、HISPRO「医療情報連携において、SNSを利用する際に気を付けるべき事項」。対応の可否は製品の設定・運用によります。",
            "Sources: MHLW guideline on the security of medical information systems, v6.0 (May 2023) Q&A; HISPRO's points for using an SNS in care coordination. Whether you comply depends on your settings and practice.",
        )
    }

    pub fn demo_error(self, e: &DemoError) -> String {
        let s = match e {
            DemoError::UnknownMember => {
                self.pick("その人は見つかりません。", "There is no such member.")
            }
            DemoError::UnknownRoom => self.pick("そのトークは見つかりません。", "There is no such room."),
            DemoError::UnknownMessage => {
                self.pick("そのメッセージは見つかりません。", "There is no such message.")
            }
            DemoError::UnknownFile => self.pick("そのファイルは見つかりません。", "There is no such file."),
            DemoError::UnknownMeeting => {
                self.pick("その面談は見つかりません。", "There is no such meeting.")
            }
            DemoError::Suspended => self.pick(
                "このアカウントは停止されています。操作できません。",
                "This account is suspended and can do nothing.",
            ),
            DemoError::AdminOnly => {
                self.pick("管理者だけができる操作です。", "Only an admin can do this.")
            }
            DemoError::NotInRoom => self.pick(
                "このトークのメンバーではないため、見ることも送ることもできません。",
                "You are not in this room, so you can neither read nor post.",
            ),
            DemoError::ExternalNotAllowed => self.pick(
                "外部メンバー（LINE）はこの操作ができません。",
                "Outside (LINE) members cannot do this.",
            ),
            DemoError::EmptyMessage => self.pick("メッセージが空です。", "The message is empty."),
            DemoError::EmptyFileName => {
                self.pick("ファイル名を入力してください。", "The file needs a name.")
            }
            DemoError::MessageTooLong => self.pick(
                "メッセージが長すぎます（2,000文字まで）。",
                "The message is too long (2,000 characters at most).",
            ),
            DemoError::MeetingClash => self.pick(
                "その時間はすでに面談が入っています。",
                "There is already a meeting then.",
            ),
            DemoError::GuestExternal => self.pick(
                "面談の相手は職員だけです。外部メンバー（LINE）とは予約できません。",
                "Meetings are with staff; an outside (LINE) member cannot be booked.",
            ),
            DemoError::GuestSuspended => self.pick(
                "相手のアカウントが停止されているため、面談を予約できません。",
                "This colleague's account is suspended, so no meeting can be booked.",
            ),
            DemoError::InvalidMeeting => self.pick(
                "この面談は予約できません。",
                "This meeting cannot be booked.",
            ),
            DemoError::InvalidQuiet => self.pick(
                "終了時刻は開始より後にしてください。",
                "The end must come after the start.",
            ),
            DemoError::CannotSuspendSelf => self.pick(
                "自分のアカウントは停止できません。",
                "You cannot suspend your own account.",
            ),
            DemoError::AlreadySuspended => {
                self.pick("すでに停止されています。", "Already suspended.")
            }
            DemoError::NotSuspended => self.pick("停止されていません。", "Not suspended."),
            DemoError::NotBroadcast => self.pick(
                "既読の確認は一斉連絡だけです。",
                "Read tracking is for broadcasts only.",
            ),
            DemoError::ExternalBroadcast => self.pick(
                "ご家族・外部の方（LINE）は、既読を確認する一斉連絡を送れません。「一斉連絡」のチェックを外すと、普通のメッセージとして送れます。",
                "Family members and outside (LINE) members cannot send a broadcast with read tracking. Untick \"Broadcast\" to send it as an ordinary message.",
            ),
            DemoError::NotRecipient => self.pick(
                "このメッセージの宛先に入っていないため、既読にはなりません。",
                "This message was not sent to you, so it cannot be marked as read.",
            ),
            DemoError::NothingToRemind => self.pick(
                "全員が読んでいます。リマインドする人はいません。",
                "Everyone has read it: there is nobody to remind.",
            ),
            DemoError::FileNotShared => self.pick(
                "このファイルは、あなたが参加しているトークで共有されていません。",
                "This file was not shared in any of your rooms.",
            ),
            DemoError::NotInMeeting => self.pick(
                "この面談の参加者ではありません。",
                "You are not in this meeting.",
            ),
            DemoError::AlreadyCancelled => self.pick(
                "この面談はすでに取り消されています。",
                "This meeting is already cancelled.",
            ),
            DemoError::NotQuiet => self.pick(
                "通知は止まっていません。",
                "Notifications are not off.",
            ),
            DemoError::Roster(rows) => return self.roster_failed(rows.len()),
        };
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant once; the match (no wildcard) fails to compile when a variant
    /// is added without being listed in `DemoError`'s keys (`DemoError::ALL`).
    fn every_error() -> Vec<DemoError> {
        let all = DemoError::ALL.to_vec();
        for e in &all {
            match e {
                DemoError::UnknownMember
                | DemoError::UnknownRoom
                | DemoError::UnknownMessage
                | DemoError::UnknownFile
                | DemoError::UnknownMeeting
                | DemoError::Suspended
                | DemoError::AdminOnly
                | DemoError::NotInRoom
                | DemoError::ExternalNotAllowed
                | DemoError::EmptyMessage
                | DemoError::EmptyFileName
                | DemoError::MessageTooLong
                | DemoError::MeetingClash
                | DemoError::GuestExternal
                | DemoError::GuestSuspended
                | DemoError::InvalidMeeting
                | DemoError::InvalidQuiet
                | DemoError::CannotSuspendSelf
                | DemoError::AlreadySuspended
                | DemoError::NotSuspended
                | DemoError::NotBroadcast
                | DemoError::ExternalBroadcast
                | DemoError::NotRecipient
                | DemoError::NothingToRemind
                | DemoError::FileNotShared
                | DemoError::NotInMeeting
                | DemoError::AlreadyCancelled
                | DemoError::NotQuiet
                | DemoError::Roster(_) => {}
            }
        }
        all
    }

    #[test]
    fn excerpts_end_at_a_word_where_there_are_words() {
        assert_eq!(excerpt("Fire drill tomorrow at 10", 18), "Fire drill…");
        assert_eq!(
            excerpt("明日の防災訓練は10時からです。集合は中庭です。", 10),
            "明日の防災訓練は10…"
        );
        assert_eq!(excerpt("短い連絡", 18), "短い連絡");
        assert_eq!(excerpt("一行目\n二行目", 18), "一行目…");
    }

    #[test]
    fn every_refusal_has_its_own_words_in_both_languages() {
        for lang in [Lang::Ja, Lang::En] {
            let texts: Vec<String> = every_error().iter().map(|e| lang.demo_error(e)).collect();
            for (e, t) in every_error().iter().zip(&texts) {
                assert!(!t.is_empty(), "{e:?}");
                assert!(
                    t != e.key()
                        && (!e.key().contains('-') || !t.contains(e.key()))
                        && !t.contains("Demo")
                        && !t.contains('_'),
                    "a program's words: {t}"
                );
                let others = texts.iter().filter(|o| *o == t).count();
                assert_eq!(others, 1, "{e:?} shares its words: {t}");
            }
        }
        assert!(Lang::Ja
            .demo_error(&DemoError::GuestSuspended)
            .contains("停止"));
    }
}
