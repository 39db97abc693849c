//! Words of the 法人 screen: several facilities in one estimate, their roll-up, the
//! comparison with the group's medians, and how much of the yen rests on each
//! kind of evidence.
//!
//! A word table, longer than the 600 lines a module keeps to: every message of
//! the screen in both languages, side by side, so that a translator reads and
//! changes them in one place.

use super::Lang;
use crate::model::grade::Grade;
use crate::model::group_file::MAX_FACILITIES;
use crate::model::num::{format_num, Num};
use crate::model::share::ShareError;

/// How a stored 法人 was found, said on its screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupNotice {
    /// The facility was taken out (undo offered).
    Removed(String),
    /// The stored 法人 could not be read; kept under this backup key (if it fitted).
    Recovered(Option<String>),
    /// A newer version's 法人 is stored: shown as new, never saved over.
    Newer,
    /// The browser's storage is full or cannot be used: changes are not kept.
    NotSaved,
    /// A 法人 file's facilities were added (all of them, to an empty 法人 with its
    /// licence and adjustment).
    FileAdded(usize),
    /// The file picked is not a 法人 document this version reads.
    FileUnreadable,
    /// The file was written by a newer version.
    FileNewer,
    /// A 法人 link's facilities were added (as a file's are).
    LinkAdded(usize),
    /// A 法人 link could not be opened, and why.
    LinkRefused(ShareError),
}

impl Lang {
    pub const fn group_heading(self) -> &'static str {
        self.pick(
            "法人でまとめる（複数の事業所）",
            "Several facilities in one estimate",
        )
    }

    pub const fn group_help(self) -> &'static str {
        self.pick(
            "事業所ごとの試算を並べて、法人全体の削減額・費用・回収を出します。利用料は法人で1つの契約として1回だけ数え、初期費用と補助金は事業所ごとに数えます（補助の条件は都道府県ごとに異なります）。事業所の数字は「計算画面で編集」で変えられます。変えた数字はそのまま法人に入り、どの事業所を編集中かは画面の上に出ます。",
            "Put each facility's estimate side by side to see the whole group's savings, costs and payback. The licence is one contract for the group, counted once; one-time costs and subsidies are counted per facility (subsidy rules differ by prefecture). To change a facility's figures, press 'Edit in the calculator': what you change goes straight into the group, and the top of the screen says which facility you are editing.",
        )
    }

    pub const fn group_add_current(self) -> &'static str {
        self.pick("いまの試算を事業所として追加", "Add the estimate on screen")
    }

    pub const fn group_add_saved_label(self) -> &'static str {
        self.pick("保存した試算から追加", "Add a saved estimate")
    }

    pub const fn group_add(self) -> &'static str {
        self.pick("追加", "Add")
    }

    pub const fn group_no_saved(self) -> &'static str {
        self.pick("保存した試算はまだありません", "No saved estimates yet")
    }

    pub const fn group_empty(self) -> &'static str {
        self.pick(
            "まだ事業所がありません。上のボタンで追加してください。",
            "No facility yet: add one with the buttons above.",
        )
    }

    /// The name a facility added from the screen gets when none was typed.
    pub fn group_default_name(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("事業所{n}"),
            Lang::En => format!("Facility {n}"),
        }
    }

    /// The number of a name the app gave in the other language
    /// (`group_default_name`), so the name follows a language switch: 「事業所3」
    /// seen in English is 3.
    pub fn group_default_number_elsewhere(self, name: &str) -> Option<usize> {
        let rest = match self {
            Lang::Ja => name.strip_prefix("Facility "),
            Lang::En => name.strip_prefix("事業所"),
        }?;
        rest.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| rest.parse().ok())
            .flatten()
            .filter(|n| *n > 0)
    }

    pub fn group_name_label(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("事業所名（{n}）"),
            Lang::En => format!("Name of facility {n}"),
        }
    }

    pub fn group_name_too_long(self, max: usize) -> String {
        match self {
            Lang::Ja => format!("事業所名は{max}文字までです（入力はそのまま残しています）"),
            Lang::En => format!("A facility name has at most {max} characters (your text is kept)"),
        }
    }

    pub const fn group_name_empty(self) -> &'static str {
        self.pick(
            "事業所名を入力してください（空のあいだは前の名前のままです）",
            "Enter the facility's name (while it is empty, the last one stays)",
        )
    }

    pub const fn group_up(self) -> &'static str {
        self.pick("上へ", "Up")
    }

    pub const fn group_down(self) -> &'static str {
        self.pick("下へ", "Down")
    }

    pub const fn group_open(self) -> &'static str {
        self.pick("計算画面で編集", "Edit in the calculator")
    }

    pub fn group_editing(self, name: &str) -> String {
        match self {
            Lang::Ja => format!("法人の事業所「{name}」を編集しています。計算と費用の画面で変えた数字は、そのまま法人に入ります。"),
            Lang::En => format!("Editing the group's facility “{name}”: what you change in the calculator and costs goes straight into the group."),
        }
    }

    pub const fn group_editing_back(self) -> &'static str {
        self.pick("法人の画面に戻る", "Back to the group")
    }

    pub const fn group_editing_end(self) -> &'static str {
        self.pick("編集を終える", "Stop editing")
    }

    pub const fn group_editing_mark(self) -> &'static str {
        self.pick("計算画面で編集中", "being edited in the calculator")
    }

    pub const fn group_replace(self) -> &'static str {
        self.pick(
            "いまの試算で置き換え",
            "Replace with the estimate on screen",
        )
    }

    pub const fn group_remove(self) -> &'static str {
        self.pick("外す", "Remove")
    }

    /// A row button's name for screen readers: `さくら：上へ`.
    pub fn group_action(self, name: &str, action: &str) -> String {
        format!("{name}{}{action}", self.colon())
    }

    pub fn group_notice(self, n: &GroupNotice) -> String {
        match (self, n) {
            (Lang::Ja, GroupNotice::Removed(name)) => format!("「{name}」を外しました。"),
            (Lang::En, GroupNotice::Removed(name)) => format!("Removed {name}."),
            (Lang::Ja, GroupNotice::Recovered(Some(k))) => format!(
                "保存していた法人の試算が読めなかったため、新しく始めました（元のデータは {k} に残しています）。"
            ),
            (Lang::En, GroupNotice::Recovered(Some(k))) => format!(
                "The stored group could not be read, so this is a new one (the old data is kept under {k})."
            ),
            (_, GroupNotice::Recovered(None)) => self
                .pick(
                    "保存していた法人の試算が読めず、控えも残せませんでした。変更は保存されません。",
                    "The stored group could not be read nor kept aside; changes are not saved.",
                )
                .into(),
            (_, GroupNotice::Newer) => self
                .pick(
                    "新しい版のアプリで保存された法人の試算があります。上書きしないよう、ここでの変更は保存しません。",
                    "A group saved by a newer version of the app is stored; so as not to overwrite it, changes here are not saved.",
                )
                .into(),
            (Lang::Ja, GroupNotice::FileAdded(0) | GroupNotice::LinkAdded(0)) => format!(
                "法人の事業所が上限（{MAX_FACILITIES}）に達しているため、追加できませんでした。"
            ),
            (Lang::En, GroupNotice::FileAdded(0) | GroupNotice::LinkAdded(0)) => format!(
                "The group already has the most facilities it can hold ({MAX_FACILITIES}): none were added."
            ),
            (Lang::Ja, GroupNotice::FileAdded(n)) => {
                format!("ファイルの{n}事業所を追加しました。")
            }
            (Lang::En, GroupNotice::FileAdded(n)) => format!(
                "Added {n} {} from the file.",
                if *n == 1 { "facility" } else { "facilities" }
            ),
            (_, GroupNotice::FileUnreadable) => self
                .pick(
                    "法人のファイルとして読めませんでした。いまの法人はそのままです。",
                    "This is not a group file that can be read; the group on screen is unchanged.",
                )
                .into(),
            (_, GroupNotice::FileNewer) => self
                .pick(
                    "新しい版のアプリで保存されたファイルです。アプリを更新してから開いてください。いまの法人はそのままです。",
                    "The file was saved by a newer version of the app: update the app, then open it. The group on screen is unchanged.",
                )
                .into(),
            (Lang::Ja, GroupNotice::LinkAdded(n)) => {
                format!("リンクの法人から{n}事業所を追加しました。")
            }
            (Lang::En, GroupNotice::LinkAdded(n)) => format!(
                "Added {n} {} from the group's link.",
                if *n == 1 { "facility" } else { "facilities" }
            ),
            (_, GroupNotice::LinkRefused(e)) => {
                let why = match e {
                    ShareError::FutureVersion(_) => self
                        .pick("新しい版のアプリで作られたリンクです。アプリを更新してから開いてください", "it was made by a newer version of the app: update the app, then open it")
                        .to_string(),
                    ShareError::Damaged => self
                        .pick("リンクが途中で切れているか、書き換えられています", "the link was cut short or changed")
                        .to_string(),
                    ShareError::Missing | ShareError::Malformed => self
                        .pick("法人のリンクの形式になっていません", "it is not in the form of a group's link")
                        .to_string(),
                    ShareError::Figures(d) => self.decode_problem(d),
                };
                match self {
                    Lang::Ja => format!("法人のリンクを開けませんでした（{why}）。いまの法人はそのままです。"),
                    Lang::En => format!("The group's link was not opened ({why}); the group on screen is unchanged."),
                }
            }
            (_, GroupNotice::NotSaved) => self
                .pick(
                    "ブラウザの保存領域が使えないか一杯のため、法人の試算を保存できませんでした。",
                    "The browser's storage is full or unavailable: the group could not be saved.",
                )
                .into(),
        }
    }

    pub const fn group_undo(self) -> &'static str {
        self.pick("元に戻す", "Undo")
    }

    /// `法人合計　月51.9万円・年622.8万円（3事業所）`.
    pub fn group_total(self, month: u64, year: u64, facilities: usize) -> String {
        let (month, year, n) = (
            self.yen_compact(month),
            self.yen_compact(year),
            self.group_facilities(facilities),
        );
        match self {
            Lang::Ja => format!("法人合計　月{month}・年{year}（{n}）"),
            Lang::En => format!("Group total: {month} a month, {year} a year ({n})"),
        }
    }

    pub const fn grade_name(self, g: Grade) -> &'static str {
        match g {
            Grade::Measured => self.pick("実測", "measured"),
            Grade::Sourced => self.pick("出典あり", "sourced"),
            Grade::Vendor => self.pick("事業者の声", "vendor's claim"),
            Grade::Assumed => self.pick("仮定", "assumed"),
        }
    }

    /// `月51.9万円のうち　実測 0%・出典あり 0%・事業者の声 100%・仮定 0%`.
    pub fn group_evidence(self, month: u64, percents: Option<[u64; 4]>) -> String {
        let Some(p) = percents else {
            return self
                .pick(
                    "削減額がないため、根拠の内訳はありません",
                    "No savings, so no evidence shares",
                )
                .into();
        };
        let parts: Vec<String> = Grade::ALL
            .iter()
            .zip(p)
            .map(|(g, v)| format!("{} {v}%", self.grade_name(*g)))
            .collect();
        match self {
            Lang::Ja => format!("月{}のうち　{}", self.yen_compact(month), parts.join("・")),
            Lang::En => format!(
                "Of {} a month: {}",
                self.yen_compact(month),
                parts.join(", ")
            ),
        }
    }

    pub const fn group_evidence_help(self) -> &'static str {
        self.pick(
            "実測＝この事業所のタイムスタディの値、出典あり＝公的な統計や公表価格、事業者の声＝パンフレットの例の値、仮定＝入力した値や出典のない既定値。1つの削減額は掛け合わせた入力（人数・分・日数・時給）に等分して、それぞれの根拠に数えます。",
            "Measured: this facility's time study. Sourced: a public statistic or published price. Vendor's claim: the brochure's example figure. Assumed: typed, or a default without a source. Each line's yen is split equally over the inputs multiplied (people, minutes, days, wage), each counted under its own kind.",
        )
    }

    pub const fn group_chart_title(self) -> &'static str {
        self.pick(
            "事業所ごとの月間削減額（項目別）",
            "Monthly savings per facility (by line)",
        )
    }

    /// The chart's one bar for the smaller facilities of a large 法人.
    pub fn group_chart_rest(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("ほか{n}事業所"),
            Lang::En => format!("{n} other facilities"),
        }
    }

    pub const fn group_print(self) -> &'static str {
        self.pick("役員会資料を印刷（A4）", "Print the board paper (A4)")
    }

    pub const fn group_link(self) -> &'static str {
        self.pick("法人のリンクとQRコード", "The group's link and QR code")
    }

    pub const fn group_link_help(self) -> &'static str {
        self.pick(
            "このリンクを開くと、法人のすべての事業所の数字が相手の法人の画面に追加されます（相手の法人が空なら、利用料と補正も）。数字はリンクの中だけにあり、どこにも送られません。",
            "Opening this link adds every facility of the group to the other person's group screen (with the licence and adjustment, if theirs is empty). The figures travel only inside the link; nothing is sent anywhere.",
        )
    }

    pub const fn group_link_too_long(self) -> &'static str {
        self.pick(
            "この法人のリンクは長いため、スマートフォンで読み取りやすいQRコードになりません。リンクをメールやチャットで送るか、「法人をファイルに保存」を使ってください。",
            "This group's link is too long for a QR code a phone reads easily: send the link by mail or chat, or use 'Save the group as a file'.",
        )
    }

    pub const fn group_present(self) -> &'static str {
        self.pick("法人として発表する", "Present the group")
    }

    pub const fn group_paper_title(self) -> &'static str {
        self.pick(
            "ビジネスチャット導入効果の試算（法人全体）",
            "Estimated effect of a business chat platform (the whole group)",
        )
    }

    /// `3事業所`, `3 facilities`.
    pub fn group_facilities(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("{n}事業所"),
            Lang::En if n == 1 => "1 facility".into(),
            Lang::En => format!("{n} facilities"),
        }
    }

    pub fn group_paper_meta(self, facilities: usize, date: &str) -> String {
        match self {
            Lang::Ja => format!("{}　作成日 {date}", self.group_facilities(facilities)),
            Lang::En => format!("{} · {date}", self.group_facilities(facilities)),
        }
    }

    pub const fn group_slide_total(self) -> &'static str {
        self.pick("法人全体の削減効果", "Savings across the group")
    }

    /// A facility's slide: its yen per staff member against the 法人's median.
    pub fn group_slide_ratio(self, own: Option<Num>, median: Option<Num>) -> String {
        let (own, median) = (
            self.group_ratio(own, false),
            self.group_ratio(median, false),
        );
        match self {
            Lang::Ja => format!("職員1人あたり 月{own}（法人の中央値 {median}）"),
            Lang::En => format!("{own} a month per staff member (group median {median})"),
        }
    }

    /// A facility's page: its ratio, and the 法人's median beside it.
    pub const fn group_paper_ratio_columns(self) -> [&'static str; 3] {
        [
            self.pick("指標", "Ratio"),
            self.pick("この事業所", "This facility"),
            self.pick("法人の中央値", "Group median"),
        ]
    }

    pub const fn group_table_caption(self) -> &'static str {
        self.pick("事業所ごとの削減額（月）", "Savings per facility (a month)")
    }

    pub const fn group_facility_column(self) -> &'static str {
        self.pick("事業所", "Facility")
    }

    pub const fn group_month_column(self) -> &'static str {
        self.pick("月計", "A month")
    }

    pub const fn group_year_column(self) -> &'static str {
        self.pick("年計", "A year")
    }

    pub const fn group_hours_column(self) -> &'static str {
        self.pick("時間（月）", "Hours a month")
    }

    pub const fn group_fte_column(self) -> &'static str {
        self.pick("常勤換算", "Full-time equivalents")
    }

    pub const fn group_grade_column(self) -> &'static str {
        self.pick(
            "根拠（実測・出典・事業者・仮定）",
            "Evidence (measured, sourced, vendor, assumed)",
        )
    }

    pub const fn group_total_row(self) -> &'static str {
        self.pick("法人計", "Group total")
    }

    /// `0・0・100・0%`.
    pub fn group_percents(self, p: Option<[u64; 4]>) -> String {
        match p {
            Some(p) => {
                let sep = self.pick("・", ", ");
                format!("{}%", p.map(|v| v.to_string()).join(sep))
            }
            None => "—".into(),
        }
    }

    pub const fn group_csv_header(self) -> [&'static str; 9] {
        match self {
            Lang::Ja => [
                "事業所",
                "業務",
                "月の削減額（円）",
                "年の削減額（円）",
                "時間（月）",
                "うち実測（円/月）",
                "うち出典あり（円/月）",
                "うち事業者の声（円/月）",
                "うち仮定（円/月）",
            ],
            Lang::En => [
                "Facility",
                "Line",
                "Saved a month (yen)",
                "Saved a year (yen)",
                "Hours a month",
                "Of which measured (yen a month)",
                "Of which sourced (yen a month)",
                "Of which vendor's claims (yen a month)",
                "Of which assumed (yen a month)",
            ],
        }
    }

    pub const fn group_csv(self) -> &'static str {
        self.pick(
            "表をCSVで保存（Excel用）",
            "Save the table as CSV (for Excel)",
        )
    }

    pub const fn group_save_file(self) -> &'static str {
        self.pick("法人をファイルに保存", "Save the group as a file")
    }

    pub const fn group_open_file(self) -> &'static str {
        self.pick("ファイルから事業所を追加", "Add facilities from a file")
    }

    pub const fn group_costs_heading(self) -> &'static str {
        self.pick("法人の費用と回収", "The group's costs and payback")
    }

    pub fn group_users_label(self, sum: Num) -> String {
        match self {
            Lang::Ja => format!(
                "利用者数（法人で1契約のアカウント数。空欄なら各事業所の合計 {}人）",
                format_num(sum)
            ),
            Lang::En => format!(
                "Accounts (one contract for the group; empty: the facilities' {} together)",
                format_num(sum)
            ),
        }
    }

    /// `利用料　月45,000円（100人 × 450円、法人で1回だけ）`.
    pub fn group_license_line(self, yen: u64, users: Num, price: Num) -> String {
        match self {
            Lang::Ja => format!(
                "利用料　月{}（{}人 × {}円、法人で1回だけ）",
                self.yen(yen),
                format_num(users),
                format_num(price)
            ),
            Lang::En => format!(
                "Licence: {} a month ({} accounts × ¥{}, counted once for the group)",
                self.yen(yen),
                format_num(users),
                format_num(price)
            ),
        }
    }

    /// The facilities whose own estimate had another licence plan or price.
    pub fn group_other_prices(self, names: &[&str], price: Num) -> String {
        match self {
            Lang::Ja => format!(
                "{} の試算は別のプランまたは単価でした。法人の数字では、法人の契約（1人あたり月{}円）で計算しています。",
                names.join("、"),
                format_num(price)
            ),
            Lang::En => format!(
                "The estimate of {} had another plan or price. The group's figures use the group's contract (¥{} per account a month).",
                names.join(", "),
                format_num(price)
            ),
        }
    }

    pub fn group_onetime_line(self, total: u64, subsidy: u64, net: i64) -> String {
        match self {
            Lang::Ja => format!(
                "初期費用（事業所ごとの合計）{}、補助 {}、補助後 {}",
                self.yen(total),
                self.yen(subsidy),
                self.signed_yen(net)
            ),
            Lang::En => format!(
                "One-time costs (the facilities' together): {}, subsidies {}, after subsidies {}",
                self.yen(total),
                self.yen(subsidy),
                self.signed_yen(net)
            ),
        }
    }

    pub fn group_net_line(self, month: i64, year: i64) -> String {
        match self {
            Lang::Ja => format!(
                "利用料を引いた効果　月{}・年{}",
                self.signed_yen(month),
                self.signed_yen(year)
            ),
            Lang::En => format!(
                "Net of the licence: {} a month, {} a year",
                self.signed_yen(month),
                self.signed_yen(year)
            ),
        }
    }

    pub fn group_bounds_line(self, worst: i64, best: i64) -> String {
        match self {
            Lang::Ja => format!(
                "幅：すべての事業所が低めなら月{}、高めなら月{}（最悪と最良の合計で、95%区間ではありません）",
                self.signed_yen(worst),
                self.signed_yen(best)
            ),
            Lang::En => format!(
                "Range: {} a month with every facility at its low end, {} at its high end (worst and best cases added up, not a 95% interval)",
                self.signed_yen(worst),
                self.signed_yen(best)
            ),
        }
    }

    pub const fn group_optimism_label(self) -> &'static str {
        self.pick(
            "事業者の声への補正（%、空欄なら補正なし）",
            "Adjustment for vendor claims (%, empty: none)",
        )
    }

    pub const fn group_optimism_help(self) -> &'static str {
        self.pick(
            "英国財務省グリーンブックの楽観バイアス補正にならい、根拠が事業者の声（パンフレットの例）だけの部分から、入力した割合を差し引きます。割合はご自身で決めてください（既定値はありません）。実測や自分の数字に置き換えた部分には効きません。",
            "After the optimism bias adjustment of HM Treasury's Green Book: the share you type is taken off the yen that rests only on the vendor's claims (the brochure's example figures). You choose the share; there is no default. It does not touch what is measured or your own figures.",
        )
    }

    pub fn group_optimism_step(self, removed: u64, after: u64) -> String {
        match self {
            Lang::Ja => format!(
                "補正：事業者の声の部分から月{}を差し引くと、削減額は月{}",
                self.yen(removed),
                self.yen(after)
            ),
            Lang::En => format!(
                "Adjusted: {} a month taken off the vendor's share leaves {} a month",
                self.yen(removed),
                self.yen(after)
            ),
        }
    }

    pub const fn group_compare_caption(self) -> &'static str {
        self.pick(
            "事業所の比較（職員1人あたり）",
            "Facilities compared (per staff member)",
        )
    }

    pub const fn group_ratio_yen(self) -> &'static str {
        self.pick("月の削減額", "Saved a month")
    }

    pub const fn group_ratio_minutes(self) -> &'static str {
        self.pick("1日の削減時間", "Minutes freed a day")
    }

    pub const fn group_median_row(self) -> &'static str {
        self.pick("法人の中央値", "The group's median")
    }

    /// A ratio in hundredths: `10,380円` / `12.5分`; `—` where there is none.
    pub fn group_ratio(self, v: Option<Num>, minutes: bool) -> String {
        match (v, minutes) {
            (None, _) => "—".into(),
            (Some(v), false) => self.yen(crate::i18n::div_round(v.hundredths(), 100)),
            (Some(v), true) => match self {
                Lang::Ja => format!(
                    "{}分",
                    crate::i18n::tenths_str(crate::i18n::div_round(v.hundredths(), 10))
                ),
                Lang::En => format!(
                    "{} min",
                    crate::i18n::tenths_str(crate::i18n::div_round(v.hundredths(), 10))
                ),
            },
        }
    }

    pub const fn group_looks_heading(self) -> &'static str {
        self.pick(
            "確かめたい入力（他の事業所の中央値の3倍以上か3分の1以下。値は変えていません）",
            "Inputs worth a second look (3 times the other facilities' median or more, or a third or less; nothing is changed)",
        )
    }

    pub const fn group_looks_none(self) -> &'static str {
        self.pick(
            "他の事業所から大きく離れた入力はありません。",
            "No input is far from the other facilities'.",
        )
    }

    /// `デイあおば：申し送りの時間 30（他の事業所の中央値 10）`.
    pub fn group_look(self, facility: &str, field: &str, value: Num, median: Num) -> String {
        match self {
            Lang::Ja => format!(
                "{facility}：{field} {}（他の事業所の中央値 {}）",
                format_num(value),
                format_num(median)
            ),
            Lang::En => format!(
                "{facility}: {field} {} (the other facilities' median {})",
                format_num(value),
                format_num(median)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn a_name_the_app_gave_is_known_in_the_other_language_only() {
        for n in [1, 7, 200] {
            assert_eq!(
                Lang::En.group_default_number_elsewhere(&Lang::Ja.group_default_name(n)),
                Some(n)
            );
            assert_eq!(
                Lang::Ja.group_default_number_elsewhere(&Lang::En.group_default_name(n)),
                Some(n)
            );
            assert_eq!(
                Lang::Ja.group_default_number_elsewhere(&Lang::Ja.group_default_name(n)),
                None
            );
        }
        for typed in [
            "事業所",
            "事業所A",
            "事業所1号館",
            "事業所+1",
            "事業所0",
            "本館",
            "Facility",
            "Facility 1a",
            " Facility 1",
        ] {
            assert_eq!(
                Lang::En.group_default_number_elsewhere(typed),
                None,
                "{typed}"
            );
            assert_eq!(
                Lang::Ja.group_default_number_elsewhere(typed),
                None,
                "{typed}"
            );
        }
    }
}
