//! Words of the costs-and-payback screen: plans, set-up, subsidy, realization,
//! retention, net value, payback, break-even, and its two charts.

use super::{format_num, tenths_str, Lang};
use crate::model::costs::Plan;
use crate::model::economics::{Breakeven, Payback, Warning};
use crate::model::num::Num;
use crate::model::{Flag, Service};

impl Lang {
    pub const fn cumulative_title(self) -> &'static str {
        self.pick(
            "累計の効果と費用（36か月）",
            "Cumulative value and costs (36 months)",
        )
    }

    pub const fn cumulative_value(self) -> &'static str {
        self.pick("累計効果", "Cumulative value")
    }

    pub const fn cumulative_cost(self) -> &'static str {
        self.pick("累計費用", "Cumulative costs")
    }

    pub const fn range_band(self) -> &'static str {
        self.pick("低位〜高位", "Low–high")
    }

    pub fn breakeven_marker(self, month: u64) -> String {
        match self {
            Lang::Ja => format!("{month}か月目に回収"),
            Lang::En => format!("Paid back in month {month}"),
        }
    }

    /// The payback state in words: never a negative or infinite number.
    pub fn payback_sentence(self, p: Payback) -> String {
        match p {
            Payback::Never => self
                .pick(
                    "回収できません（月々の純効果が0円以下）",
                    "No payback (net monthly value is zero or less)",
                )
                .into(),
            Payback::Immediate => self
                .pick(
                    "初期費用なし：初月から効果が上回ります",
                    "No one-time cost to earn back: ahead from the first month",
                )
                .into(),
            // Under a tenth of a month: "about under 0.1 months" says nothing.
            Payback::Months { tenths: 0, .. } => self
                .pick(
                    "1か月目のうちに回収（0.1か月未満）",
                    "Paid back within the first month (under 0.1 months)",
                )
                .into(),
            Payback::Months { tenths, month } => match self {
                Lang::Ja => format!("約{}で回収（{month}か月目）", self.months(tenths)),
                Lang::En => format!("Paid back in about {} (month {month})", self.months(tenths)),
            },
        }
    }

    /// The payback figure as shown in its result box.
    pub fn payback_figure(self, p: Payback) -> String {
        match p {
            Payback::Never => self.pick("回収できません", "No payback").into(),
            Payback::Immediate => self.pick("即時（初期費用なし）", "Immediate").into(),
            Payback::Months { tenths, .. } => self.months(tenths),
        }
    }

    pub const fn tornado_title(self) -> &'static str {
        self.pick(
            "感度分析：年間の純効果を大きく動かす入力",
            "Sensitivity: inputs that move the yearly net value most",
        )
    }

    pub const fn tornado_empty(self) -> &'static str {
        self.pick(
            "年間の純効果を動かす入力はありません",
            "No input changes the yearly net value",
        )
    }

    pub fn tornado_down(self, step: u64) -> String {
        match self {
            Lang::Ja => format!("入力を−{step}%"),
            Lang::En => format!("input −{step}%"),
        }
    }

    pub fn tornado_up(self, step: u64) -> String {
        match self {
            Lang::Ja => format!("入力を+{step}%"),
            Lang::En => format!("input +{step}%"),
        }
    }

    pub fn tornado_base(self, base: i64) -> String {
        match self {
            Lang::Ja => format!("｜標準 {}/年", self.signed_compact(base)),
            Lang::En => format!("| standard {}/yr", self.signed_compact(base)),
        }
    }

    pub const fn plan_label(self) -> &'static str {
        self.pick("プラン", "Plan")
    }

    pub const fn plan_name(self, p: Plan) -> &'static str {
        match p {
            Plan::Free => self.pick(
                "フリープラン（0円・100人まで）",
                "Free plan (¥0, up to 100 users)",
            ),
            Plan::Standard => self.pick(
                "スタンダードプラン（450円/人・月）",
                "Standard plan (¥450/user/month)",
            ),
            Plan::Custom => self.pick("見積額・その他のプラン", "Quote or another plan"),
        }
    }

    pub const fn license_heading(self) -> &'static str {
        self.pick("ライセンス費用（毎月）", "Licence (monthly)")
    }

    pub const fn license_source(self) -> &'static str {
        self.pick(
            "料金の出典：LINE WORKS ヘルプセンター（スタンダードプラン、年額契約の月額。2026年11月の本アプリ作成時点の記載）。最新の料金は公式サイトで確認してください。",
            "Price source: LINE WORKS help centre (Standard plan, monthly price on an annual contract, as recorded in November 2026). Check the official site for current prices.",
        )
    }

    pub const fn needs_heading(self) -> &'static str {
        self.pick("使う予定の機能", "Features you will rely on")
    }

    pub fn warning(self, w: Warning) -> String {
        match w {
            Warning::FreePlanTooManyUsers => self
                .pick("フリープランは100人までです。利用人数が上限を超えています。", "The free plan allows up to 100 users; you entered more.")
                .into(),
            Warning::LineTalkNeedsPaid => self
                .pick("LINE ユーザー（ご家族など）との制限のないトークはスタンダードプラン以上の機能です。", "Unrestricted talk with LINE users (families) needs the Standard plan or higher.")
                .into(),
            Warning::AuditNeedsPaid => self
                .pick("監査ログのダウンロードはスタンダードプラン以上の機能です。", "Audit-log download needs the Standard plan or higher.")
                .into(),
            Warning::SubsidyCapped(cap) => match self {
                Lang::Ja => format!("補助額が上限（{}）に達しています。", self.yen(cap)),
                Lang::En => format!("The subsidy reaches its cap ({}).", self.yen(cap)),
            },
        }
    }

    pub const fn onetime_heading(self) -> &'static str {
        self.pick("初期費用（一回のみ）", "One-time costs")
    }

    pub const fn setup_heading(self) -> &'static str {
        self.pick(
            "利用開始までの3ステップ（職員の時間を時給で換算）",
            "The three steps to start (staff time at the wage)",
        )
    }

    pub fn setup_line(self, minutes_hundredths: u64, yen: u64) -> String {
        let hours_tenths = (minutes_hundredths * 10 / 60 + 50) / 100;
        match self {
            Lang::Ja => format!(
                "導入作業 合計 約{} → {}",
                self.hours(hours_tenths),
                self.yen(yen)
            ),
            Lang::En => format!(
                "Set-up work about {} → {}",
                self.hours(hours_tenths),
                self.yen(yen)
            ),
        }
    }

    pub const fn onetime_total_label(self) -> &'static str {
        self.pick("初期費用の合計", "One-time total")
    }

    pub const fn subsidy_heading(self) -> &'static str {
        self.pick(
            "補助金（介護テクノロジー導入支援事業）",
            "Subsidy (care technology adoption programme)",
        )
    }

    pub const fn subsidy_note(self) -> &'static str {
        self.pick(
            "都道府県により異なります。実施の有無・補助率・上限・対象経費は必ずお住まいの都道府県の要綱で確認してください。初期値は鳥取県 令和6年度の例です。",
            "Prefecture-dependent: whether it runs, its rate, caps and eligible costs differ. Check your prefecture's rules. Defaults: Tottori, FY2024.",
        )
    }

    /// The label of a yes/no choice (service types: their name).
    pub const fn flag_label(self, f: Flag) -> &'static str {
        match f {
            Flag::DayService => self.service_name(Service::DayService),
            Flag::Residential => self.service_name(Service::Residential),
            Flag::HomeVisit => self.service_name(Service::HomeVisit),
            Flag::NeedsLineTalk => self.pick(
                "ご家族など LINE ユーザーとのトーク",
                "Talking with families on LINE",
            ),
            Flag::NeedsAuditDownload => self.pick(
                "監査ログのダウンロード（情報漏洩の追跡）",
                "Audit-log download (tracing a leak)",
            ),
            Flag::SubsidyEnabled => self.pick("補助金を計算に含める", "Include a subsidy"),
            Flag::EligibleDevices => self.pick("端末", "Devices"),
            Flag::EligibleOther => self.pick("その他の初期費用", "Other one-time costs"),
            Flag::EligibleSetup => self.pick("導入作業（職員の時間）", "Set-up work (staff time)"),
            Flag::EligibleLicenseYear => self.pick(
                "初年度のライセンス費用（対象か未確認）",
                "First year's licence (eligibility unverified)",
            ),
            Flag::RetentionEnabled => self.pick(
                "定着効果を純効果に含める（例示）",
                "Add retention to the net value (illustrative)",
            ),
        }
    }

    pub const fn eligible_heading(self) -> &'static str {
        self.pick("補助の対象にする費用", "Costs the subsidy covers")
    }

    pub const fn subsidy_label(self) -> &'static str {
        self.pick("補助金", "Subsidy")
    }

    pub const fn onetime_net_label(self) -> &'static str {
        self.pick("補助後の初期費用", "One-time after subsidy")
    }

    pub const fn value_heading(self) -> &'static str {
        self.pick("効果の見込み方", "How much of the saving you count")
    }

    pub const fn conservative(self) -> &'static str {
        self.pick("控えめに（50%）", "Conservative (50%)")
    }

    pub const fn as_brochure(self) -> &'static str {
        self.pick("パンフレットどおり（100%）", "As in the brochure (100%)")
    }

    /// Whether the retention module counts, as a report's row label.
    pub const fn retention_label(self) -> &'static str {
        self.pick("定着効果（例示）", "Retention (illustrative)")
    }

    /// A module counted or not, as a report says it.
    pub const fn on_off(self, on: bool) -> &'static str {
        if on {
            self.pick("計算に含める", "Counted")
        } else {
            self.pick("含めない", "Not counted")
        }
    }

    pub const fn retention_heading(self) -> &'static str {
        self.pick(
            "定着効果（例示・初期設定はオフ）",
            "Retention (illustrative, off by default)",
        )
    }

    pub const fn retention_note(self) -> &'static str {
        self.pick(
            "利用人数 × 離職率 × 離職者の減少 × 1人あたり補充費用 ÷ 12か月。例示であり、効果を保証するものではありません。",
            "Users × separation rate × fewer leavers × replacement cost ÷ 12 months. Illustrative, not a promise.",
        )
    }

    pub const fn retention_claim(self) -> &'static str {
        self.pick(
            "パンフレットの事例：職場の風土改善で離職率が7%→0.7%に改善した施設も（事業者の声。初期値には使っていません）",
            "Brochure case: one facility's turnover fell from 7% to 0.7% (vendor-reported; not used as a default)",
        )
    }

    pub const fn net_heading(self) -> &'static str {
        self.pick("費用を差し引いた効果", "Value after costs")
    }

    pub const fn net_monthly_label(self) -> &'static str {
        self.pick("純効果（月）", "Net value a month")
    }

    pub const fn net_yearly_label(self) -> &'static str {
        self.pick("純効果（年）", "Net value a year")
    }

    pub fn range_line(self, low: i64, high: i64) -> String {
        match self {
            Lang::Ja => format!(
                "幅：低位 {} 〜 高位 {}（月）",
                self.signed_yen(low),
                self.signed_yen(high)
            ),
            Lang::En => format!(
                "Range: low {} to high {} a month",
                self.signed_yen(low),
                self.signed_yen(high)
            ),
        }
    }

    pub const fn running_label(self) -> &'static str {
        self.pick("月額費用", "Running cost a month")
    }

    pub const fn payback_label(self) -> &'static str {
        self.pick("回収期間", "Payback")
    }

    pub const fn breakeven_label(self) -> &'static str {
        self.pick("損益分岐（1人あたり）", "Break-even per user")
    }

    /// `18分/月`: minutes per user per month the platform must save.
    pub fn breakeven_figure(self, b: Option<Breakeven>) -> String {
        match b {
            None => self
                .pick("計算できません（時給0円）", "Cannot compute (wage is ¥0)")
                .into(),
            Some(b) => match self {
                Lang::Ja => format!("{}分/月", tenths_str(b.month_tenths)),
                Lang::En => format!("{} min/month", tenths_str(b.month_tenths)),
            },
        }
    }

    pub fn breakeven_sentence(self, b: Option<Breakeven>, price: Num, wage: Num) -> String {
        let Some(b) = b else { return String::new() };
        let day = tenths_str((b.day_hundredths + 5) / 10);
        let m = tenths_str(b.month_tenths);
        match self {
            Lang::Ja => format!(
                "職員1人あたり月{m}分（1日あたり約{day}分）の時間が減れば、ライセンス費用をまかなえます（{}円 ÷ 時給{}円 × 60）。",
                format_num(price),
                format_num(wage)
            ),
            Lang::En => format!(
                "Saving {m} minutes per user a month (about {day} a day) pays for the licence (¥{} ÷ ¥{}/h × 60).",
                format_num(price),
                format_num(wage)
            ),
        }
    }

    pub fn cash_line(self, printing: u64, license: u64, cash: i64) -> String {
        match self {
            Lang::Ja => format!(
                "現金の収支：印刷費の削減 {} − ライセンス {} = {}/月",
                self.yen(printing),
                self.yen(license),
                self.signed_yen(cash)
            ),
            Lang::En => format!(
                "Cash: printing saved {} − licence {} = {} a month",
                self.yen(printing),
                self.yen(license),
                self.signed_yen(cash)
            ),
        }
    }

    pub fn time_line(self, time: u64, realization: Num, value: u64) -> String {
        match self {
            Lang::Ja => format!(
                "時間の価値：職員の時間 {} × 実現率 {}% = {}/月（人件費が減るのではなく、ケアなどに回せる時間です）",
                self.yen(time),
                format_num(realization),
                self.yen(value)
            ),
            Lang::En => format!(
                "Time: staff time {} × realization {}% = {} a month (capacity freed for care, not payroll cut)",
                self.yen(time),
                format_num(realization),
                self.yen(value)
            ),
        }
    }

    pub fn retention_line(self, v: u64) -> String {
        match self {
            Lang::Ja => format!("定着効果（例示）：{}/月", self.yen(v)),
            Lang::En => format!("Retention (illustrative): {} a month", self.yen(v)),
        }
    }

    pub const fn net_formula(self) -> &'static str {
        self.pick(
            "純効果 ＝ 印刷費の削減（現金）＋ 職員の時間 × 実現率 ＋ 定着効果（オンの場合）− ライセンス費用",
            "Net value = printing saved (cash) + staff time × realization + retention (if on) − licence",
        )
    }
}
