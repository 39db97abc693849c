//! Words of the savings calculator: service types, the four lines with their
//! fields, units, filled-in formulas and input errors, and the results headline.

use super::{format_num, Lang};
use crate::model::num::{InputError, Num};
use crate::model::scenario::{Field, Line, Scenario, Service, Unit};

impl Lang {
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
        format!("{name}{}", self.bracket(self.scope_name(s)))
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
            Some(l) if l != Line::Printing => {
                format!(
                    "{}{}",
                    self.field_label(f),
                    self.bracket(self.line_short(l))
                )
            }
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
            "入力に誤りがあります。誤りのある欄は、入力し直す前の値で計算しています。",
            "Some input is invalid. Results below use each such field's value from before you began changing it.",
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
}
