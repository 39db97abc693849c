//! The seeded workspace: a fictional care facility (every name is invented) with two
//! floors, a day service and a home-visit team; admins, 66 staff, a resident's family
//! and two outside professionals joined from LINE; and the brochure's scenes as
//! messages, in time order. Also the deterministic plan of who reads a broadcast
//! when (the time-lapse, `super::timelapse`, plays it).

use super::{
    Attachment, Command, MemberId, MessageId, Quiet, Role, Room, RoomKind, Scope, Time, Unit,
    UnitKind, Workspace,
};

/// Fictional surnames and given names for generated staff.
const SURNAMES: [&str; 22] = [
    "青木", "石川", "上田", "遠藤", "岡田", "加藤", "木村", "工藤", "小松", "斉藤", "佐野", "島田",
    "杉本", "関口", "千葉", "土屋", "中川", "西田", "野村", "橋本", "福田", "宮崎",
];
const GIVEN: [&str; 12] = [
    "彩",
    "健太",
    "さくら",
    "大輔",
    "美穂",
    "翔",
    "由紀",
    "拓也",
    "恵",
    "亮",
    "千尋",
    "誠",
];

/// Well-known ids of the seeded workspace.
pub mod ids {
    use super::super::{FileId, MemberId, RoomId, UnitId};
    pub const FLOOR1: UnitId = 0;
    pub const FLOOR2: UnitId = 1;
    pub const DAY: UnitId = 2;
    pub const HOME: UnitId = 3;
    pub const ROOM_ALL: RoomId = 0;
    pub const ROOM_FLOOR1: RoomId = 1;
    pub const ROOM_FLOOR2: RoomId = 2;
    pub const ROOM_FAMILY: RoomId = 5;
    pub const ROOM_HOSPITAL: RoomId = 6;
    pub const ROOM_CAREMANAGER: RoomId = 7;
    /// 施設長 (admin).
    pub const DIRECTOR: MemberId = 0;
    /// 事務長 (admin).
    pub const OFFICE_MANAGER: MemberId = 1;
    /// The first generated staff member (2階).
    pub const STAFF: MemberId = 2;
    /// A 1階 staff member who also works with the care manager (the leak story).
    pub const LEAKER: MemberId = STAFF + 20;
    pub const FAMILY: MemberId = 68;
    pub const HOSPITAL: MemberId = 69;
    pub const CARE_MANAGER: MemberId = 70;
    pub const SHIFT_FILE: FileId = 0;
    pub const ROSTER_FILE: FileId = 1;
}

/// Bundled illustrative photos (in `public/demo/`).
pub const PHOTO_RECREATION: &str = "demo/recreation.svg";
pub const PHOTO_GARDEN: &str = "demo/garden.svg";

fn photo(name: &str, src: &str) -> Attachment {
    Attachment::Photo {
        name: name.into(),
        src: src.into(),
        bytes: 2_048,
    }
}

/// A workspace with its rooms and members and the brochure's scenes, at times
/// before `Time::minutes(60)`.
pub fn workspace() -> Workspace {
    use ids::*;
    let mut ws = Workspace {
        name: "ひだまりの里（架空の施設）".into(),
        ..Workspace::default()
    };
    for (id, name, kind) in [
        (FLOOR1, "1階", UnitKind::Floor),
        (FLOOR2, "2階", UnitKind::Floor),
        (DAY, "デイサービス", UnitKind::DayService),
        (HOME, "訪問介護チーム", UnitKind::HomeVisit),
    ] {
        ws.units.push(Unit {
            id,
            name: name.into(),
            kind,
        });
    }
    let rooms = [
        ("全体連絡", RoomKind::All),
        ("1階 申し送り", RoomKind::Unit(FLOOR1)),
        ("2階 申し送り", RoomKind::Unit(FLOOR2)),
        ("デイサービス", RoomKind::Unit(DAY)),
        ("訪問介護チーム", RoomKind::Unit(HOME)),
        (
            "田中トメ様 ご家族",
            RoomKind::Family {
                resident: "田中トメ様".into(),
            },
        ),
        (
            "みどり総合病院 地域連携室",
            RoomKind::Partner {
                organisation: "みどり総合病院".into(),
            },
        ),
        (
            "ケアマネジャー（居宅介護支援）",
            RoomKind::Partner {
                organisation: "さくら居宅介護支援事業所".into(),
            },
        ),
    ];
    for (i, (name, kind)) in rooms.into_iter().enumerate() {
        ws.rooms.push(Room {
            id: i as u32,
            name: name.into(),
            kind,
            members: Vec::new(),
        });
    }
    ws.add_member("施設長 森本 由美".into(), Role::Admin, None);
    ws.add_member("事務長 高橋 健".into(), Role::Admin, None);
    // 66 staff: 2階 20, 1階 20, デイサービス 14, 訪問 12.
    let units = [(FLOOR2, 20), (FLOOR1, 20), (DAY, 14), (HOME, 12)];
    let mut n = 0usize;
    for (unit, count) in units {
        for _ in 0..count {
            let name = format!(
                "{} {}",
                SURNAMES[n % SURNAMES.len()],
                GIVEN[(n * 7 + n / SURNAMES.len()) % GIVEN.len()]
            );
            ws.add_member(name, Role::Staff, Some(unit));
            n += 1;
        }
    }
    // Short names (the room says which organisation): the who-am-I list shows them
    // whole on a phone, with 「（停止中）」 too.
    let family = ws.add_member("田中 花子（長女）".into(), Role::Family, None);
    let hospital = ws.add_member("佐々木（みどり病院）".into(), Role::Professional, None);
    let cm = ws.add_member("小川（ケアマネジャー）".into(), Role::Professional, None);
    debug_assert_eq!((family, hospital, cm), (FAMILY, HOSPITAL, CARE_MANAGER));
    // Who is in the external rooms: the outside member, the admins (joined by
    // add_member) and the staff who care for that person.
    ws.rooms[ROOM_FAMILY as usize]
        .members
        .extend([family, STAFF, STAFF + 1]);
    ws.rooms[ROOM_HOSPITAL as usize]
        .members
        .extend([hospital, STAFF + 2]);
    ws.rooms[ROOM_CAREMANAGER as usize]
        .members
        .extend([cm, LEAKER]);

    // The brochure's scenes, in the order they happen.
    let t = Time::minutes;
    let mut run = |actor: MemberId, at: u64, cmd: Command| ws.execute(actor, t(at), cmd);
    // A member on leave: quiet hours for the whole demo day.
    let _ = run(
        STAFF + 5,
        0,
        Command::SetQuiet {
            quiet: Quiet {
                from: Time(0),
                until: t(24 * 60),
            },
        },
    );
    let _ = run(STAFF, 1, Command::SignIn);
    let _ = run(
        STAFF,
        2,
        Command::Post {
            room: ROOM_FLOOR2,
            body: "本日のAさんのご様子です。熱が下がり、レクに参加できるようになりました。".into(),
            attachments: vec![photo("レクリエーション.jpg", PHOTO_RECREATION)],
        },
    );
    let _ = run(
        OFFICE_MANAGER,
        5,
        Command::UploadFile {
            name: "12月シフト表.pdf".into(),
            bytes: 56_525,
        },
    );
    let _ = run(
        OFFICE_MANAGER,
        6,
        Command::ShareFile {
            file: SHIFT_FILE,
            room: ROOM_ALL,
            note: "来月のシフト表をおくります。".into(),
        },
    );
    let _ = run(
        DIRECTOR,
        8,
        Command::Broadcast {
            scope: Scope::Everyone,
            body: "厚労省の介護職員向け感染対策マニュアルを送ります。".into(),
            attachments: vec![Attachment::Link {
                title: "介護職員のためのそうだったのか！感染対策（動画）".into(),
                url: "https://youtu.be/gSgft2xPMVc".into(),
            }],
        },
    );
    let _ = run(
        STAFF,
        12,
        Command::Post {
            room: ROOM_FAMILY,
            body: "今日はお庭を散歩されました。好きな演歌を一緒に聴いて、笑顔が見られました。"
                .into(),
            attachments: vec![photo("お散歩.jpg", PHOTO_GARDEN)],
        },
    );
    let _ = run(
        FAMILY,
        15,
        Command::Post {
            room: ROOM_FAMILY,
            body: "ありがとうございます。母は○○さんの歌が大好きです。".into(),
            attachments: vec![],
        },
    );
    let _ = run(
        HOSPITAL,
        20,
        Command::Post { room: ROOM_HOSPITAL, body: "明日退院予定の方のショートステイ受け入れは可能でしょうか。空床状況を教えてください。".into(), attachments: vec![] },
    );
    let _ = run(
        STAFF + 2,
        22,
        Command::Post {
            room: ROOM_HOSPITAL,
            body: "2階に1床空きがあります。必要書類をお送りします。".into(),
            attachments: vec![],
        },
    );
    // For the trace-a-leak walkthrough: a roster file downloaded and shared outside.
    let _ = run(
        OFFICE_MANAGER,
        30,
        Command::UploadFile {
            name: "利用者名簿.xlsx".into(),
            bytes: 18_432,
        },
    );
    let _ = run(
        OFFICE_MANAGER,
        31,
        Command::ShareFile {
            file: ROSTER_FILE,
            room: ROOM_FLOOR1,
            note: "最新の利用者名簿です（取扱注意）".into(),
        },
    );
    let _ = run(LEAKER, 40, Command::DownloadFile { file: ROSTER_FILE });
    let _ = run(
        LEAKER,
        41,
        Command::ShareFile {
            file: ROSTER_FILE,
            room: ROOM_CAREMANAGER,
            note: "参考までに".into(),
        },
    );
    ws
}

/// A small deterministic generator (xorshift64*), so time-lapses repeat exactly.
#[derive(Clone, Copy, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// When each recipient of a broadcast who has not read it yet will read it, from
/// `seed`, counted from `from` (the demo's present, or the sending if later: reads
/// are planned in the future only). Members on quiet hours are the first of the
/// `never` members who do not read at all; the rest of those are chosen by the
/// seed. Sorted by time.
pub fn plan_reads(
    ws: &Workspace,
    message: MessageId,
    seed: u64,
    never: usize,
    from: Time,
) -> Vec<(MemberId, Time)> {
    let Ok(m) = ws.message(message) else {
        return Vec::new();
    };
    let start = m.time.max(from);
    let mut rng = Rng::new(seed ^ u64::from(message));
    let mut pending: Vec<MemberId> = m
        .recipients
        .iter()
        .copied()
        .filter(|r| !m.reads.contains_key(r))
        .collect();
    // The ones who will not read: members on quiet hours first, then by the seed.
    let mut skip: Vec<MemberId> = pending
        .iter()
        .copied()
        .filter(|r| {
            ws.member(*r)
                .is_ok_and(|x| x.quiet.is_some_and(|q| q.until > start))
        })
        .take(never)
        .collect();
    while skip.len() < never.min(pending.len()) {
        let pick = pending[rng.below(pending.len() as u64) as usize];
        if !skip.contains(&pick) {
            skip.push(pick);
        }
    }
    pending.retain(|r| !skip.contains(r));
    let mut plan: Vec<(MemberId, Time)> = pending
        .into_iter()
        .map(|r| {
            // Most read within the hour, some at their next break (a long tail).
            let minutes = 1 + rng.below(20) + if rng.below(4) == 0 { rng.below(180) } else { 0 };
            (r, start.plus_minutes(minutes))
        })
        .collect();
    plan.sort_unstable_by_key(|(r, t)| (*t, *r));
    plan
}
