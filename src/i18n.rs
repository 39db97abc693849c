//! Every word the user sees, Japanese first and English second, side by side so a
//! translation can never be missing; plus number formatting (円, 万円, 時間, 人分).

use crate::model::costs::{Breakeven, Payback, Plan, Warning};
use crate::model::num::{InputError, Num};
use crate::model::presets::Preset;
use crate::model::scenario::{Field, Line, Scenario, Service, Unit};
use crate::model::sources::Status;

pub mod demo;
pub mod present;
pub mod tools;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    /// The text in this language: Japanese first, English second.
    pub const fn pick(self, ja: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    pub const fn code(self) -> &'static str {
        self.pick("ja", "en")
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub const fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    // ── Page ──────────────────────────────────────────────────────────────

    pub const fn app_title(self) -> &'static str {
        self.pick(
            "介護事業所 ビジネスチャット導入効果シミュレーター",
            "Business chat savings calculator for care providers",
        )
    }

    pub const fn app_lead(self) -> &'static str {
        self.pick(
            "LINE WORKS などのビジネスチャットで、印刷費と、連絡ノート・申し送り・電話かけ直しの時間がどれだけ減るかを、あなたの事業所の数値で試算します。",
            "Estimate what a business chat platform such as LINE WORKS saves your facility in printing and in time spent on contact notebooks, handovers and call-backs — with your own figures.",
        )
    }

    /// The language switch shows the language it switches to.
    pub const fn switch_label(self) -> &'static str {
        self.pick("English", "日本語")
    }

    pub const fn switch_aria(self) -> &'static str {
        self.pick(
            "表示言語を英語に切り替える",
            "Switch the display language to Japanese",
        )
    }

    pub const fn preset_label(self) -> &'static str {
        self.pick("例を読み込む", "Load an example")
    }

    pub const fn preset_custom(self) -> &'static str {
        self.pick("入力中の数値", "Your own figures")
    }

    pub const fn preset_name(self, p: Preset) -> &'static str {
        match p {
            Preset::Brochure => self.pick(
                "パンフレット例（通所・入所・訪問）",
                "Brochure example (all three services)",
            ),
            Preset::DayService => self.pick(
                "通所のみ（パンフレットの数値）",
                "Day service only (brochure figures)",
            ),
            Preset::Residential => self.pick(
                "入所のみ（パンフレットの数値）",
                "Residential only (brochure figures)",
            ),
            Preset::HomeVisit => self.pick(
                "訪問のみ（パンフレットの数値）",
                "Home visits only (brochure figures)",
            ),
        }
    }

    pub const fn reset(self) -> &'static str {
        self.pick("初期値に戻す", "Reset")
    }

    pub const fn undo(self) -> &'static str {
        self.pick("元に戻す", "Undo")
    }

    pub fn notice_loaded(self, p: Preset) -> String {
        match self {
            Lang::Ja => format!("「{}」を読み込みました。", self.preset_name(p)),
            Lang::En => format!("Loaded “{}”.", self.preset_name(p)),
        }
    }

    pub const fn inputs_heading(self) -> &'static str {
        self.pick("事業所の数値", "Your facility")
    }

    pub const fn services_legend(self) -> &'static str {
        self.pick("サービス種別（複数選択可）", "Service types (choose any)")
    }

    pub const fn service_name(self, s: Service) -> &'static str {
        match s {
            Service::DayService => self.pick("通所", "Day service"),
            Service::Residential => self.pick("入所", "Residential"),
            Service::HomeVisit => self.pick("訪問", "Home visits"),
        }
    }

    pub const fn service_hint(self, s: Service) -> &'static str {
        match s {
            Service::DayService => self.pick("デイサービス等", "e.g. day care"),
            Service::Residential => self.pick("特養・老健等", "e.g. nursing homes"),
            Service::HomeVisit => self.pick("訪問介護・看護等", "e.g. home help"),
        }
    }

    pub const fn facility_wide(self) -> &'static str {
        self.pick("全体", "All")
    }

    /// The scope badge of a line: its service type, or facility-wide.
    pub const fn scope_name(self, s: Option<Service>) -> &'static str {
        match s {
            Some(s) => self.service_name(s),
            None => self.facility_wide(),
        }
    }

    /// A name with its scope in brackets: `連絡ノート（通所）` / `Notebook (Day service)`.
    pub fn with_scope(self, name: &str, s: Option<Service>) -> String {
        match self {
            Lang::Ja => format!("{name}（{}）", self.scope_name(s)),
            Lang::En => format!("{name} ({})", self.scope_name(s)),
        }
    }

    pub const fn excluded(self) -> &'static str {
        self.pick("対象外", "Not included")
    }

    pub const fn excluded_hint(self) -> &'static str {
        self.pick(
            "サービス種別で選ぶと計算に含めます",
            "Select its service type to include it",
        )
    }

    // ── Lines and fields ──────────────────────────────────────────────────

    pub const fn line_title(self, l: Line) -> &'static str {
        match l {
            Line::Printing => self.pick("印刷費の削減", "Printing costs"),
            Line::Notebook => {
                self.pick("連絡ノート記入時間の削減", "Contact-notebook writing time")
            }
            Line::Handover => self.pick("申し送り時間の削減", "Shift-handover time"),
            Line::Callback => self.pick("電話連絡（かけ直し等）時間の削減", "Phone call-back time"),
        }
    }

    /// Short name for charts.
    pub const fn line_short(self, l: Line) -> &'static str {
        match l {
            Line::Printing => self.pick("印刷費", "Printing"),
            Line::Notebook => self.pick("連絡ノート", "Notebook"),
            Line::Handover => self.pick("申し送り", "Handover"),
            Line::Callback => self.pick("電話かけ直し", "Call-backs"),
        }
    }

    pub const fn line_help(self, l: Line) -> &'static str {
        match l {
            Line::Printing => self.pick(
                "職員配布書類・掲示書類・申し送り書類・会議録などをチャットで共有し、印刷をなくします。",
                "Share staff handouts, notices, handover sheets and minutes in chat instead of printing them.",
            ),
            Line::Notebook => self.pick(
                "ご家族との連絡ノートの記入をチャット（LINE連携）に切り替えて減る時間。",
                "Time saved by moving the family contact notebook to chat (connected with LINE).",
            ),
            Line::Handover => self.pick(
                "写真や動画を使った申し送りで、口頭・紙の申し送りが短くなる時間。",
                "Time saved when handovers use photos and video in chat instead of meetings and paper.",
            ),
            Line::Callback => self.pick(
                "電話が繋がりにくい相手にもメッセージで連絡でき、かけ直しが減る時間。",
                "Time saved on calling back people who are hard to reach by phone.",
            ),
        }
    }

    pub const fn formula_words(self, l: Line) -> &'static str {
        match l {
            Line::Printing => self.pick(
                "計算式：カラー枚数 × カラー単価 ＋ モノクロ枚数 × モノクロ単価",
                "Formula: colour sheets × colour price + mono sheets × mono price",
            ),
            Line::Notebook => self.pick(
                "計算式：利用者数 × 1人あたり削減時間 × 営業日数 × 時給 ÷ 60",
                "Formula: users × minutes saved per user × days × hourly wage ÷ 60",
            ),
            Line::Handover => self.pick(
                "計算式：参加職員数 × 1人あたり削減時間 × 日数 × 時給 ÷ 60",
                "Formula: staff taking part × minutes saved each × days × hourly wage ÷ 60",
            ),
            Line::Callback => self.pick(
                "計算式：職員数 × 1人あたり削減時間 × 日数 × 時給 ÷ 60",
                "Formula: staff × minutes saved each × days × hourly wage ÷ 60",
            ),
        }
    }

    pub const fn field_label(self, f: Field) -> &'static str {
        match f {
            Field::Wage => self.pick("時給", "Hourly wage"),
            Field::PrintingColorSheets => self.pick("カラー印刷", "Colour prints"),
            Field::PrintingColorPrice => self.pick("カラー単価", "Colour price"),
            Field::PrintingMonoSheets => self.pick("モノクロ印刷", "Mono prints"),
            Field::PrintingMonoPrice => self.pick("モノクロ単価", "Mono price"),
            Field::NotebookUsers => self.pick("利用者数", "Users"),
            Field::HandoverStaff => self.pick("参加職員数", "Staff taking part"),
            Field::CallbackStaff => self.pick("職員数", "Staff"),
            Field::NotebookMinutes | Field::HandoverMinutes | Field::CallbackMinutes => {
                self.pick("削減時間", "Minutes saved")
            }
            Field::NotebookDays => self.pick("営業日数", "Operating days"),
            Field::HandoverDays | Field::CallbackDays => self.pick("日数", "Days"),
            Field::HoursPerFte => self.pick("常勤1人の労働時間", "Hours of one full-timer"),
            Field::LicensePrice => self.pick("1人あたり月額", "Price per user"),
            Field::LicenseUsers => self.pick("利用人数", "Users"),
            Field::SetupApplyMinutes => self.pick("① 申し込み", "① Apply"),
            Field::SetupRosterMinutes => {
                self.pick("② 職員名簿の記入・送付", "② Fill in the staff roster")
            }
            Field::SetupPerUserMinutes => {
                self.pick("③ 職員ごとの初期設定", "③ Each staff member's set-up")
            }
            Field::DevicesCount => self.pick("共用端末の台数", "Shared devices"),
            Field::DevicesPrice => self.pick("1台の価格", "Price per device"),
            Field::OnetimeOther => self.pick("その他の初期費用", "Other one-time costs"),
            Field::SubsidyRate => self.pick("補助率", "Subsidy rate"),
            Field::SubsidyCap1 => self.pick("上限（職員1〜10人）", "Cap (1–10 staff)"),
            Field::SubsidyCap2 => self.pick("上限（11〜20人）", "Cap (11–20 staff)"),
            Field::SubsidyCap3 => self.pick("上限（21〜30人）", "Cap (21–30 staff)"),
            Field::SubsidyCap4 => self.pick("上限（31人以上）", "Cap (31+ staff)"),
            Field::Realization => self.pick("時間の実現率", "Realization of freed time"),
            Field::RangeLow => self.pick("低位（標準に対する割合）", "Low case (of standard)"),
            Field::RangeHigh => self.pick("高位（標準に対する割合）", "High case (of standard)"),
            Field::Sensitivity => self.pick("感度分析の変動幅", "Sensitivity step"),
            Field::BreakevenDays => self.pick("月の稼働日数", "Working days a month"),
            Field::RetentionRate => self.pick("離職率（年）", "Separation rate (a year)"),
            Field::RetentionCost => {
                self.pick("1人あたり採用・補充費用", "Cost to replace one leaver")
            }
            Field::RetentionReduction => {
                self.pick("離職者の減少（見込み）", "Fewer leavers (your estimate)")
            }
        }
    }

    /// A field's name that stands on its own (charts, methodology): line fields
    /// carry their line, `削減時間（申し送り）`.
    pub fn field_name(self, f: Field) -> String {
        match Line::ALL.into_iter().find(|l| l.fields().contains(&f)) {
            Some(l) if l != Line::Printing => match self {
                Lang::Ja => format!("{}（{}）", self.field_label(f), self.line_short(l)),
                Lang::En => format!("{} ({})", self.field_label(f), self.line_short(l)),
            },
            _ => self.field_label(f).to_string(),
        }
    }

    pub const fn field_help(self, f: Field) -> &'static str {
        match f {
            Field::Wage => self.pick(
                "職員の時間を金額に換算する単価（パンフレット例：1,500円）",
                "Values staff time in yen (brochure: ¥1,500)",
            ),
            Field::PrintingColorSheets | Field::PrintingMonoSheets => self.pick(
                "チャットに置き換える月間枚数",
                "Sheets a month moved to chat",
            ),
            Field::PrintingColorPrice | Field::PrintingMonoPrice => self.pick(
                "用紙・トナー・カウンター料金込みの1枚単価",
                "Per sheet incl. paper, toner, counter fee",
            ),
            Field::NotebookUsers => self.pick("1日あたりの利用者数", "Day-service users per day"),
            Field::HandoverStaff => self.pick(
                "毎日申し送りに参加する職員数（パンフレットは全職員が毎日参加と仮定）",
                "Staff in handovers each day (the brochure assumes everyone, every day)",
            ),
            Field::CallbackStaff => self.pick("電話連絡をする職員数", "Staff who make phone calls"),
            Field::NotebookMinutes => self.pick(
                "利用者1人あたり1日に減る記入時間",
                "Writing time saved per user per day",
            ),
            Field::HandoverMinutes => self.pick(
                "職員1人あたり1日に減る時間",
                "Time saved per person per day",
            ),
            Field::CallbackMinutes => self.pick(
                "かけ直し等で1人1日に減る時間",
                "Call-back time saved per person per day",
            ),
            Field::NotebookDays => self.pick("月間の営業日数", "Operating days a month"),
            Field::HandoverDays | Field::CallbackDays => self.pick("月間の日数", "Days a month"),
            Field::HoursPerFte => self.pick(
                "常勤換算に使う仮定（8時間×20日＝160時間）",
                "Assumption for the FTE figure (8 h × 20 days = 160 h)",
            ),
            Field::LicensePrice => self.pick(
                "プランを選ぶと入ります。見積額に変更できます",
                "Set by the plan; type a quote to override",
            ),
            Field::LicenseUsers => self.pick(
                "アカウントを持つ職員数（初期値は入力例の職員数）",
                "Staff with an account (default: staff in your lines)",
            ),
            Field::SetupApplyMinutes => self.pick("パンフレット：5分", "Brochure: 5 min"),
            Field::SetupRosterMinutes => self.pick("パンフレット：30分", "Brochure: 30 min"),
            Field::SetupPerUserMinutes => self.pick(
                "1人あたり。パンフレット：10分",
                "Per person. Brochure: 10 min",
            ),
            Field::DevicesCount => self.pick(
                "詰所などに置くタブレット・スマホ",
                "Tablets or phones shared at a station",
            ),
            Field::DevicesPrice => self.pick("見積額を入力", "From your quote"),
            Field::OnetimeOther => {
                self.pick("研修・設定代行など", "Training, set-up service, etc.")
            }
            Field::SubsidyRate => self.pick(
                "初期値3/4（都道府県により異なる）",
                "Default 3/4 (varies by prefecture)",
            ),
            Field::SubsidyCap1 | Field::SubsidyCap2 | Field::SubsidyCap3 | Field::SubsidyCap4 => {
                self.pick(
                    "初期値は鳥取県 令和6年度の例",
                    "Default: Tottori, FY2024 example",
                )
            }
            Field::Realization => self.pick(
                "削減した時間のうち実際に価値になる割合（100%＝パンフレットどおり）",
                "Share of the freed time that becomes real value (100% = the brochure)",
            ),
            Field::RangeLow => self.pick(
                "時間削減の少ない場合（仮定）",
                "When time savings are smaller (assumption)",
            ),
            Field::RangeHigh => self.pick(
                "時間削減の多い場合（仮定）",
                "When time savings are larger (assumption)",
            ),
            Field::Sensitivity => self.pick(
                "各入力を上下に動かす幅",
                "How far each input is moved up and down",
            ),
            Field::BreakevenDays => self.pick(
                "損益分岐を1日あたりに換算する日数（パンフレットの26日）",
                "Days used for the per-day figure (brochure: 26)",
            ),
            Field::RetentionRate => self.pick(
                "介護労働実態調査 令和6年度：12.8%",
                "Care work survey FY2024: 12.8%",
            ),
            Field::RetentionCost => self.pick(
                "紹介手数料の平均 55.1万円（2023年度）",
                "Average agency fee ¥551,000 (FY2023)",
            ),
            Field::RetentionReduction => self.pick(
                "離職者が何%減ると見込むか（例示の仮定）",
                "How many % fewer leavers you expect (illustrative)",
            ),
        }
    }

    pub const fn unit(self, u: Unit) -> &'static str {
        match u {
            Unit::YenPerHour => self.pick("円/時", "¥/h"),
            Unit::SheetsPerMonth => self.pick("枚/月", "sheets/mo"),
            Unit::YenPerSheet => self.pick("円/枚", "¥/sheet"),
            Unit::PeoplePerDay => self.pick("人/日", "people/day"),
            Unit::MinutesPerDay => self.pick("分/日", "min/day"),
            Unit::DaysPerMonth => self.pick("日/月", "days/mo"),
            Unit::HoursPerMonth => self.pick("時間/月", "h/mo"),
            Unit::YenPerUserMonth => self.pick("円/人・月", "¥/user/mo"),
            Unit::People => self.pick("人", "people"),
            Unit::Minutes => self.pick("分", "min"),
            Unit::Devices => self.pick("台", "devices"),
            Unit::Yen => self.pick("円", "¥"),
            Unit::Percent => "%",
        }
    }

    /// The value with its unit, as in a filled-in formula: `30人`, `5分`, `¥30`.
    pub fn quantity(self, v: Num, u: Unit) -> String {
        let n = format_num(v);
        match (self, u) {
            (Lang::Ja, Unit::YenPerHour) => format!("{n}円/時"),
            (Lang::Ja, Unit::SheetsPerMonth) => format!("{n}枚"),
            (Lang::Ja, Unit::YenPerSheet) => format!("{n}円"),
            (Lang::Ja, Unit::PeoplePerDay) => format!("{n}人"),
            (Lang::Ja, Unit::MinutesPerDay) => format!("{n}分"),
            (Lang::Ja, Unit::DaysPerMonth) => format!("{n}日"),
            (Lang::Ja, Unit::HoursPerMonth) => format!("{n}時間"),
            (Lang::Ja, Unit::YenPerUserMonth) => format!("{n}円/人"),
            (Lang::Ja, Unit::People) => format!("{n}人"),
            (Lang::Ja, Unit::Minutes) => format!("{n}分"),
            (Lang::Ja, Unit::Devices) => format!("{n}台"),
            (Lang::Ja, Unit::Yen) => format!("{n}円"),
            (_, Unit::Percent) => format!("{n}%"),
            (Lang::En, Unit::YenPerUserMonth) => format!("¥{n}/user"),
            (Lang::En, Unit::People) => format!("{n} people"),
            (Lang::En, Unit::Minutes) => format!("{n} min"),
            (Lang::En, Unit::Devices) => format!("{n} devices"),
            (Lang::En, Unit::Yen) => format!("¥{n}"),
            (Lang::En, Unit::YenPerHour) => format!("¥{n}/h"),
            (Lang::En, Unit::SheetsPerMonth) => format!("{n} sheets"),
            (Lang::En, Unit::YenPerSheet) => format!("¥{n}"),
            (Lang::En, Unit::PeoplePerDay) => format!("{n} people"),
            (Lang::En, Unit::MinutesPerDay) => format!("{n} min"),
            (Lang::En, Unit::DaysPerMonth) => format!("{n} days"),
            (Lang::En, Unit::HoursPerMonth) => format!("{n} h"),
        }
    }

    /// A line's formula with the user's numbers: `30人 × 5分 × 26日 × 1,500円/時 ÷ 60 = 97,500円`.
    pub fn filled_formula(self, line: Line, s: &Scenario, yen: u64) -> String {
        let q = |f: Field| self.quantity(f.get(s), f.unit());
        let lhs = match line {
            Line::Printing => {
                let color = format!(
                    "{} × {}",
                    q(Field::PrintingColorSheets),
                    q(Field::PrintingColorPrice)
                );
                let mono = format!(
                    "{} × {}",
                    q(Field::PrintingMonoSheets),
                    q(Field::PrintingMonoPrice)
                );
                match (
                    s.printing.mono_sheets.is_zero(),
                    s.printing.color_sheets.is_zero(),
                ) {
                    (true, _) => color,
                    (false, true) => mono,
                    (false, false) => format!("{color} + {mono}"),
                }
            }
            _ => {
                let mut parts: Vec<String> = line.fields().iter().map(|f| q(*f)).collect();
                parts.push(q(Field::Wage));
                format!("{} ÷ 60", parts.join(" × "))
            }
        };
        format!("{lhs} = {}", self.yen(yen))
    }

    pub fn input_error(self, e: InputError, u: Unit) -> String {
        match e {
            InputError::Empty => self.pick("値を入力してください。", "Enter a value.").into(),
            InputError::NotNumber => self
                .pick(
                    "数字で入力してください（例：1,500）。",
                    "Enter a number (e.g. 1,500).",
                )
                .into(),
            InputError::Negative => self
                .pick(
                    "0以上の数を入力してください。",
                    "Enter zero or more; negatives are not allowed.",
                )
                .into(),
            InputError::NotWhole => self
                .pick(
                    "整数で入力してください（人数・枚数・日数に小数は使えません）。",
                    "Enter a whole number (no fractions for people, sheets or days).",
                )
                .into(),
            InputError::TooPrecise => self
                .pick(
                    "小数は第2位までで入力してください。",
                    "Use at most two decimal places.",
                )
                .into(),
            InputError::BadSeparator => self
                .pick(
                    "桁区切りのカンマの位置が正しくありません（例：1,500）。",
                    "The thousands separators are misplaced (e.g. 1,500).",
                )
                .into(),
            InputError::TooLarge { max } => match self {
                Lang::Ja => format!(
                    "上限は {} です。それ以下で入力してください。",
                    self.quantity_grouped(max, u)
                ),
                Lang::En => format!("The maximum is {}.", self.quantity_grouped(max, u)),
            },
            InputError::TooSmall { min } => match self {
                Lang::Ja => format!("{} 以上で入力してください。", self.quantity_grouped(min, u)),
                Lang::En => format!("The minimum is {}.", self.quantity_grouped(min, u)),
            },
        }
    }

    fn quantity_grouped(self, v: Num, u: Unit) -> String {
        format!("{} {}", format_num(v), self.unit(u))
    }

    // ── Results ───────────────────────────────────────────────────────────

    pub const fn results_heading(self) -> &'static str {
        self.pick("削減効果（試算）", "Estimated savings")
    }

    pub const fn per_month(self) -> &'static str {
        self.pick("月間", "Per month")
    }

    pub const fn per_year(self) -> &'static str {
        self.pick("年間", "Per year")
    }

    pub const fn hours_freed(self) -> &'static str {
        self.pick("削減時間", "Staff time freed")
    }

    pub const fn fte(self) -> &'static str {
        self.pick("常勤換算", "Full-time equivalent")
    }

    pub fn fte_note(self, hours_per_fte: Num) -> String {
        match self {
            Lang::Ja => format!("常勤1人＝月{}時間として換算", format_num(hours_per_fte)),
            Lang::En => format!("one full-timer = {} h a month", format_num(hours_per_fte)),
        }
    }

    /// The headline says what the figure is: cash saved plus staff time valued at the wage.
    pub fn headline_split(self, cash: u64, time: u64) -> String {
        match self {
            Lang::Ja => format!(
                "内訳：印刷費（現金支出の削減）{} ＋ 職員の時間（時給換算）{}",
                self.yen(cash),
                self.yen(time)
            ),
            Lang::En => format!(
                "Of which printing (cash) {} + staff time (valued at the wage) {}",
                self.yen(cash),
                self.yen(time)
            ),
        }
    }

    pub const fn stale_banner(self) -> &'static str {
        self.pick(
            "入力に誤りがあります。結果は、最後に正しく入力された値で計算したものです。",
            "Some input is invalid. Results below use the last valid values.",
        )
    }

    pub const fn chart_title(self) -> &'static str {
        self.pick(
            "月間削減額（項目別・サービス種別ごとに色分け）",
            "Monthly savings by line, coloured by service type",
        )
    }

    pub const fn chart_total(self) -> &'static str {
        self.pick("合計", "Total")
    }

    pub const fn per_month_suffix(self) -> &'static str {
        self.pick("/月", "/mo")
    }

    pub const fn hours_suffix_line(self) -> &'static str {
        self.pick("時間/月", "h/mo")
    }

    pub const fn disclaimer(self) -> &'static str {
        self.pick(
            "表示は入力値にもとづく試算で、効果を保証するものではありません。数値例はLINE WORKS「介護事業所向け ご案内資料」によります。",
            "Figures are estimates from your inputs, not a guarantee. The example figures come from the LINE WORKS brochure for care providers.",
        )
    }

    pub const fn claims_heading(self) -> &'static str {
        self.pick(
            "パンフレットに掲載された事例（試算には含みません）",
            "Cases cited in the brochure (not part of the estimate)",
        )
    }

    pub const fn claims(self) -> [&'static str; 3] {
        [
            self.pick("職場の風土改善で離職率が7%→0.7%に改善した施設も（事業者の声）", "One facility's turnover fell from 7% to 0.7% as workplace culture improved (vendor-reported)"),
            self.pick("職員向けの張り紙がゼロになった施設も（事業者の声）", "One facility removed all staff notice posters (vendor-reported)"),
            self.pick("他事業所との連携強化で経常利益 前年比＋700万円（2019年度、健育会 ひまわり在宅サポートグループ）", "+¥7M ordinary profit year on year through faster coordination with hospitals (FY2019, Ken'ikukai Himawari group)"),
        ]
    }

    // ── Costs, payback, ranges ────────────────────────────────────────────

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

    pub fn months_short(self, m: u64) -> String {
        match self {
            Lang::Ja => format!("{m}か月"),
            Lang::En => format!("{m} mo"),
        }
    }

    /// Months from tenths: `3.2か月` / `3.2 months`; below a tenth, `0.1か月未満`.
    pub fn months(self, tenths: u64) -> String {
        if tenths == 0 {
            return self.pick("0.1か月未満", "under 0.1 months").into();
        }
        match self {
            Lang::Ja => format!("{}か月", tenths_str(tenths)),
            Lang::En => format!("{} months", tenths_str(tenths)),
        }
    }

    pub fn breakeven_marker(self, month: u64) -> String {
        match self {
            Lang::Ja => format!("{month}か月で回収"),
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

    /// Signed exact yen: `−12,000円` / `−¥12,000` (a true minus sign).
    pub fn signed_yen(self, v: i64) -> String {
        let abs = self.yen(v.unsigned_abs());
        if v < 0 {
            format!("−{abs}")
        } else {
            abs
        }
    }

    pub fn signed_compact(self, v: i64) -> String {
        let abs = self.yen_compact(v.unsigned_abs());
        if v < 0 {
            format!("−{abs}")
        } else {
            abs
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

    // ── Screens ───────────────────────────────────────────────────────────

    pub const fn tab_name(self, i: usize) -> &'static str {
        match i {
            0 => self.pick("削減効果", "Savings"),
            1 => self.pick("費用と回収", "Costs & payback"),
            2 => self.pick("チャット機能", "Chat features"),
            3 => self.pick("共有・保存", "Share & save"),
            _ => self.pick("計算方法と出典", "Method & sources"),
        }
    }

    pub const fn demo_loading(self) -> &'static str {
        self.pick("デモを読み込んでいます…", "Loading the demo…")
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

    pub const fn needs_line_talk(self) -> &'static str {
        self.pick(
            "ご家族など LINE ユーザーとのトーク",
            "Talking with families on LINE",
        )
    }

    pub const fn needs_audit(self) -> &'static str {
        self.pick(
            "監査ログのダウンロード（情報漏洩の追跡）",
            "Audit-log download (tracing a leak)",
        )
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

    pub const fn subsidy_enable(self) -> &'static str {
        self.pick("補助金を計算に含める", "Include a subsidy")
    }

    pub const fn subsidy_note(self) -> &'static str {
        self.pick(
            "都道府県により異なります。実施の有無・補助率・上限・対象経費は必ずお住まいの都道府県の要綱で確認してください。初期値は鳥取県 令和6年度の例です。",
            "Prefecture-dependent: whether it runs, its rate, caps and eligible costs differ. Check your prefecture's rules. Defaults: Tottori, FY2024.",
        )
    }

    pub const fn eligible_heading(self) -> &'static str {
        self.pick("補助の対象にする費用", "Costs the subsidy covers")
    }

    pub const fn eligible_name(self, i: usize) -> &'static str {
        match i {
            0 => self.pick("端末", "Devices"),
            1 => self.pick("その他の初期費用", "Other one-time costs"),
            2 => self.pick("導入作業（職員の時間）", "Set-up work (staff time)"),
            _ => self.pick(
                "初年度のライセンス費用（対象か未確認）",
                "First year's licence (eligibility unverified)",
            ),
        }
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

    pub const fn retention_heading(self) -> &'static str {
        self.pick(
            "定着効果（例示・初期設定はオフ）",
            "Retention (illustrative, off by default)",
        )
    }

    pub const fn retention_enable(self) -> &'static str {
        self.pick(
            "定着効果を純効果に含める（例示）",
            "Add retention to the net value (illustrative)",
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

    // ── Methodology ───────────────────────────────────────────────────────

    pub const fn method_heading(self) -> &'static str {
        self.pick("計算方法と出典", "Method and sources")
    }

    pub const fn formulas_heading(self) -> &'static str {
        self.pick("計算式", "Formulas")
    }

    pub const fn sources_heading(self) -> &'static str {
        self.pick(
            "初期値と出典（すべて変更できます）",
            "Defaults and their sources (all editable)",
        )
    }

    /// Every formula of the app in words.
    pub const fn method_formulas(self) -> [&'static str; 9] {
        [
            self.pick(
                "印刷費 ＝ カラー枚数 × カラー単価 ＋ モノクロ枚数 × モノクロ単価（現金の削減）",
                "Printing = colour sheets × colour price + mono sheets × mono price (cash saved)",
            ),
            self.pick(
                "時間の削減（連絡ノート・申し送り・電話）：人数 × 1人1日あたりの削減分 × 月の日数 ÷ 60 ＝ 時間/月。× 時給 ＝ 円/月。年間 ＝ 月間 × 12",
                "Time lines (notebook, handover, calls): people × minutes saved per person per day × days a month ÷ 60 = hours a month; × wage = yen a month; a year = 12 months",
            ),
            self.pick(
                "金額は各項目ごとに1円単位で一度だけ四捨五入し、合計は表示された項目の和です。常勤換算 ＝ 削減時間 ÷ 常勤1人の月間労働時間",
                "Each line is rounded once to whole yen (half up); totals are sums of the lines shown. Full-time equivalent = hours freed ÷ hours of one full-timer",
            ),
            self.net_formula(),
            self.pick(
                "ライセンス費用 ＝ 1人あたり月額 × 利用人数。初期費用 ＝ 導入3ステップの時間 × 時給 ＋ 端末 ＋ その他",
                "Licence = price per user × users. One-time = the three set-up steps' time × wage + devices + other",
            ),
            self.pick(
                "補助金 ＝ min（対象にした費用 × 補助率, 職員数の区分による上限）。回収期間 ＝ 補助後の初期費用 ÷ 月々の純効果。純効果が0円以下なら「回収できません」",
                "Subsidy = min(eligible costs × rate, cap for the staff band). Payback = one-time after subsidy ÷ net monthly value; none when that value is zero or less",
            ),
            self.pick(
                "損益分岐 ＝ 1人あたり月額 ÷ 時給 × 60（分/月）。1日あたり ＝ これ ÷ 月の稼働日数",
                "Break-even = price per user ÷ wage × 60 (minutes a month); per day = that ÷ working days",
            ),
            self.pick(
                "幅：時間の削減に低位・高位の割合を掛けて純効果を再計算。感度分析：各入力を1つずつ±変動幅だけ動かし（入力の上限・下限の範囲内）、年間の純効果の変化が大きい順に表示",
                "Range: time savings × the low and high multipliers. Sensitivity: each input moved ± the step, one at a time, within its limits; largest change in yearly net value first",
            ),
            self.pick(
                "定着効果（例示）：利用人数 × 離職率 × 離職者の減少 × 1人あたり補充費用 ÷ 12",
                "Retention (illustrative): users × separation rate × fewer leavers × replacement cost ÷ 12",
            ),
        ]
    }

    pub const fn status_name(self, s: Status) -> &'static str {
        match s {
            Status::Cited => self.pick("出典あり", "Cited"),
            Status::Unverified => self.pick("未確認", "Unverified"),
            Status::Assumption => self.pick("仮定", "Assumption"),
        }
    }

    pub const fn method_disclaimer(self) -> &'static str {
        self.pick(
            "本アプリの数値はすべて入力値にもとづく試算（見込み）です。実際の効果・費用・補助の可否を保証するものではありません。",
            "Every figure here is an estimate from your inputs; it does not guarantee any saving, cost or subsidy.",
        )
    }

    // ── CSV export ────────────────────────────────────────────────────────

    pub const fn csv_header(self) -> [&'static str; 3] {
        [
            self.pick("項目", "Item"),
            self.pick("値", "Value"),
            self.pick("単位", "Unit"),
        ]
    }

    pub const fn csv_facility(self) -> &'static str {
        self.pick("事業所名", "Facility")
    }

    pub const fn csv_date(self) -> &'static str {
        self.pick("作成日", "Date")
    }

    pub const fn csv_included(self, on: bool) -> &'static str {
        if on {
            self.pick("対象", "Included")
        } else {
            self.excluded()
        }
    }

    pub const fn csv_yen(self) -> &'static str {
        self.pick("円", "yen")
    }

    pub const fn csv_yen_per_month(self) -> &'static str {
        self.pick("円/月", "yen/month")
    }

    pub const fn csv_yen_per_year(self) -> &'static str {
        self.pick("円/年", "yen/year")
    }

    pub const fn csv_note(self) -> &'static str {
        self.pick("注記", "Note")
    }

    // ── Storage notices ───────────────────────────────────────────────────

    pub const fn storage_unavailable(self) -> &'static str {
        self.pick(
            "このブラウザでは保存できません（プライベートモード等）。入力は再読み込みで失われます。",
            "This browser does not allow saving (private mode?). Your inputs will be lost on reload.",
        )
    }

    pub const fn storage_full(self) -> &'static str {
        self.pick(
            "ブラウザの保存領域がいっぱいのため保存できませんでした。入力は画面上に残っています。",
            "Browser storage is full, so the inputs could not be saved. They are still on screen.",
        )
    }

    pub fn storage_recovered(self, backup_key: &str) -> String {
        match self {
            Lang::Ja => format!("保存データを読み込めなかったため、パンフレット例で開始しました。元のデータはバックアップ（{backup_key}）に残しています。"),
            Lang::En => format!("Saved data could not be read, so the brochure example was loaded. The original is kept as a backup ({backup_key})."),
        }
    }

    pub const fn storage_recovered_no_backup(self) -> &'static str {
        self.pick(
            "保存データを読み込めず、バックアップも作れませんでした。元のデータを守るため、自動保存を止めています。",
            "Saved data could not be read or backed up. Autosave is paused so the original is not overwritten.",
        )
    }

    pub const fn storage_future(self) -> &'static str {
        self.pick(
            "新しい版のアプリで保存されたデータです。読み込めないため、バックアップに残してパンフレット例で開始しました。",
            "The saved data comes from a newer version of the app; it was kept as a backup and the brochure example loaded.",
        )
    }

    pub const fn shared_loaded(self) -> &'static str {
        self.pick(
            "共有された数値を読み込みました。",
            "Loaded the shared figures.",
        )
    }

    pub const fn share_broken(self) -> &'static str {
        self.pick(
            "共有リンクが途中で切れているか、書き換えられているか、別の版のものなので、読み込めませんでした。これまでの数値のままです。",
            "The shared link is cut short, was changed, or comes from another version, so it was not opened; your figures are unchanged.",
        )
    }

    pub const fn present(self) -> &'static str {
        self.pick("プレゼン", "Present")
    }

    pub const fn print_button(self) -> &'static str {
        self.pick(
            "提案書を印刷・PDFにする（A4）",
            "Print or save the proposal as PDF (A4)",
        )
    }

    pub const fn print_title(self) -> &'static str {
        self.pick(
            "ビジネスチャット導入効果の試算（ご提案）",
            "Estimated effect of a business chat platform (proposal)",
        )
    }

    pub fn print_meta(self, facility: &str, date: &str) -> String {
        let facility = if facility.trim().is_empty() {
            self.pick("（事業所名未入力）", "(no facility name)")
        } else {
            facility
        };
        match self {
            Lang::Ja => format!("{facility}　作成日 {date}"),
            Lang::En => format!("{facility} · {date}"),
        }
    }

    pub const fn dismiss(self) -> &'static str {
        self.pick("閉じる", "Dismiss")
    }

    // ── Numbers ───────────────────────────────────────────────────────────

    /// Exact yen: `519,000円` / `¥519,000`.
    pub fn yen(self, v: u64) -> String {
        match self {
            Lang::Ja => format!("{}円", group_thousands(v)),
            Lang::En => format!("¥{}", group_thousands(v)),
        }
    }

    /// Compact yen as in the brochure: `9千円`, `9.8万円`, `622.8万円`, `1.2億円`;
    /// English `¥9k`, `¥97.5k`, `¥6.2M`. Rounded half up to one decimal.
    pub fn yen_compact(self, v: u64) -> String {
        let units: [(u64, &str); 3] = match self {
            Lang::Ja => [(1_000, "千円"), (10_000, "万円"), (100_000_000, "億円")],
            Lang::En => [(1_000, "k"), (1_000_000, "M"), (1_000_000_000, "B")],
        };
        let Some(mut i) = units.iter().rposition(|(size, _)| v >= *size) else {
            return self.yen(v);
        };
        let mut tenths = div_round(v, units[i].0 / 10);
        // Rounding up may reach the next unit: 9,960 円 is 1万円, not 10千円.
        if i + 1 < units.len() && tenths.saturating_mul(units[i].0 / 10) >= units[i + 1].0 {
            i += 1;
            tenths = div_round(v, units[i].0 / 10);
        }
        let body = tenths_str(tenths);
        match self {
            Lang::Ja => format!("{body}{}", units[i].1),
            Lang::En => format!("¥{body}{}", units[i].1),
        }
    }

    /// Hours from tenths: `340時間` / `12.5時間`; `340 h`.
    pub fn hours(self, tenths: u64) -> String {
        match self {
            Lang::Ja => format!("{}時間", tenths_str(tenths)),
            Lang::En => format!("{} h", tenths_str(tenths)),
        }
    }

    /// Full-time equivalents from tenths, always one decimal: `2.1人分` / `2.1 FTE`.
    pub fn fte_value(self, tenths: u64) -> String {
        let s = format!("{}.{}", group_thousands(tenths / 10), tenths % 10);
        match self {
            Lang::Ja => format!("{s}人分"),
            Lang::En => format!("{s} FTE"),
        }
    }
}

fn div_round(n: u64, d: u64) -> u64 {
    if d == 0 {
        return 0;
    }
    n / d + u64::from((n % d) * 2 >= d)
}

/// `123` tenths → `12.3`; `120` → `12`; with thousands separators.
fn tenths_str(t: u64) -> String {
    if t.is_multiple_of(10) {
        group_thousands(t / 10)
    } else {
        format!("{}.{}", group_thousands(t / 10), t % 10)
    }
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A field value for display and for the input box: `1,500`, `2.5`.
pub fn format_num(v: Num) -> String {
    let int = v.hundredths() / 100;
    let frac = v.hundredths() % 100;
    let g = group_thousands(int);
    match frac {
        0 => g,
        f if f % 10 == 0 => format!("{g}.{}", f / 10),
        f => format!("{g}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::num::parse_decimal;
    use proptest::prelude::*;

    #[test]
    fn brochure_compact_figures() {
        let ja = Lang::Ja;
        assert_eq!(ja.yen_compact(9_000), "9千円");
        assert_eq!(ja.yen_compact(97_500), "9.8万円");
        assert_eq!(ja.yen_compact(375_000), "37.5万円");
        assert_eq!(ja.yen_compact(37_500), "3.8万円");
        assert_eq!(ja.yen_compact(519_000), "51.9万円");
        assert_eq!(ja.yen_compact(6_228_000), "622.8万円");
        assert_eq!(ja.yen_compact(100_000), "10万円");
        assert_eq!(ja.yen_compact(950), "950円");
        assert_eq!(ja.yen_compact(0), "0円");
        // Rounding carries into the next unit instead of showing "10千円".
        assert_eq!(ja.yen_compact(9_960), "1万円");
        assert_eq!(ja.yen_compact(99_999_999), "1億円");
        assert_eq!(ja.yen_compact(123_456_789), "1.2億円");
        assert_eq!(Lang::En.yen_compact(97_500), "¥97.5k");
        assert_eq!(Lang::En.yen_compact(6_228_000), "¥6.2M");
        assert_eq!(Lang::En.yen_compact(999_999), "¥1M");
    }

    #[test]
    fn exact_and_units() {
        assert_eq!(Lang::Ja.yen(519_000), "519,000円");
        assert_eq!(Lang::En.yen(6_228_000), "¥6,228,000");
        assert_eq!(Lang::Ja.hours(3400), "340時間");
        assert_eq!(Lang::Ja.hours(125), "12.5時間");
        assert_eq!(Lang::Ja.fte_value(21), "2.1人分");
        assert_eq!(Lang::En.fte_value(5), "0.5 FTE");
        assert_eq!(format_num(Num::whole(1500)), "1,500");
        assert_eq!(format_num(Num::from_hundredths(250)), "2.5");
        assert_eq!(
            Lang::Ja.quantity(Num::whole(1500), Unit::YenPerHour),
            "1,500円/時"
        );
    }

    #[test]
    fn payback_never_shows_zero_negative_or_infinite_months() {
        let m = |tenths, month| Payback::Months { tenths, month };
        assert_eq!(Lang::Ja.payback_figure(m(0, 1)), "0.1か月未満");
        assert_eq!(Lang::Ja.payback_figure(m(32, 4)), "3.2か月");
        assert_eq!(Lang::Ja.payback_figure(Payback::Never), "回収できません");
        assert_eq!(Lang::En.payback_figure(Payback::Never), "No payback");
        assert_eq!(Lang::Ja.signed_yen(-18_000), "−18,000円");
        assert_eq!(Lang::En.signed_compact(-97_500), "−¥97.5k");
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let errs = [
            InputError::Empty,
            InputError::NotNumber,
            InputError::Negative,
            InputError::NotWhole,
            InputError::TooPrecise,
            InputError::BadSeparator,
            InputError::TooLarge {
                max: Num::whole(31),
            },
            InputError::TooSmall { min: Num::whole(1) },
        ];
        for e in errs {
            for l in [Lang::Ja, Lang::En] {
                assert!(!l.input_error(e, Unit::DaysPerMonth).is_empty());
            }
        }
        assert!(Lang::Ja
            .input_error(errs[6], Unit::DaysPerMonth)
            .contains("31 日/月"));
    }

    proptest! {
        #[test]
        fn compact_is_close_to_exact(v in 0u64..10_000_000_000_000) {
            for lang in [Lang::Ja, Lang::En] {
                let s = lang.yen_compact(v);
                prop_assert!(!s.contains("NaN") && !s.contains('-') && !s.contains("inf"));
                // Parse back: number × unit must be within 5 % (one decimal, half up).
                let (num, mult) = match lang {
                    Lang::Ja => {
                        let units = [("億円", 100_000_000u64), ("万円", 10_000), ("千円", 1_000), ("円", 1)];
                        let (u, m) = units.iter().find(|(u, _)| s.ends_with(u)).copied().unwrap();
                        (s.trim_end_matches(u).to_string(), m)
                    }
                    Lang::En => {
                        let t = s.trim_start_matches('¥');
                        let units = [("B", 1_000_000_000u64), ("M", 1_000_000), ("k", 1_000)];
                        match units.iter().find(|(u, _)| t.ends_with(u)) {
                            Some((u, m)) => (t.trim_end_matches(u).to_string(), *m),
                            None => (t.to_string(), 1),
                        }
                    }
                };
                let n = parse_decimal(&num).unwrap().hundredths() as u128 * mult as u128 / 100;
                let v = v as u128;
                prop_assert!(n * 100 >= v * 94 && n * 100 <= v * 106 + 100, "{} -> {}", v, s);
            }
        }

        #[test]
        fn grouping_round_trips(v in any::<u64>()) {
            prop_assert_eq!(group_thousands(v).replace(',', "").parse::<u64>().unwrap(), v);
        }
    }
}
