//! Words of the methodology screen: every formula in words, source statuses,
//! and the disclaimer.

use super::Lang;
use crate::model::sources::Status;

impl Lang {
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
}
