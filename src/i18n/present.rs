//! Words of the presentation mode.

use super::Lang;

impl Lang {
    pub const fn present_title(self) -> &'static str {
        self.pick(
            "ビジネスチャットで、介護の現場の時間を生み出す",
            "Freeing care staff's time with a business chat",
        )
    }

    pub const fn present_subtitle(self) -> &'static str {
        self.pick(
            "印刷・連絡ノート・申し送り・電話の削減効果（試算）",
            "Savings in printing, notebooks, handovers and calls (estimate)",
        )
    }

    pub const fn present_edit_hint(self) -> &'static str {
        self.pick(
            "数値をタップして、貴事業所の値に書き換えられます。",
            "Tap a figure to change it to your facility's value.",
        )
    }

    pub const fn present_total(self) -> &'static str {
        self.pick("合計の削減効果", "Total savings")
    }

    pub const fn present_steps_heading(self) -> &'static str {
        self.pick("利用開始までの3ステップ", "Three steps to start")
    }

    pub const fn present_steps(self) -> [&'static str; 3] {
        [
            self.pick(
                "①「LINE WORKS 初期設定代行」に申し込む（所要時間 5分）",
                "① Apply for the set-up service (5 min)",
            ),
            self.pick(
                "② 受付メールのエクセル申請フォームに職員名等を記入し、メールで送付（30分）",
                "② Fill in the staff roster form and mail it (30 min)",
            ),
            self.pick(
                "③ 職員にマニュアルを配布し、職員が各自で初期設定（1人10分）",
                "③ Staff set up their own app from the manual (10 min each)",
            ),
        ]
    }

    pub const fn present_start(self) -> &'static str {
        self.pick("利用開始！", "Ready to go!")
    }

    pub const fn present_demo(self) -> &'static str {
        self.pick("ライブデモを開く", "Open the live demo")
    }

    /// `削減時間 340時間/月 ≈ 2.1人分`: the hours freed a month, as full-time
    /// equivalents (the presentation's total and the 法人's slides).
    pub fn hours_freed_sentence(self, hours_tenths: u64, fte_tenths: u64) -> String {
        format!(
            "{} {}{} ≈ {}",
            self.hours_freed(),
            self.hours(hours_tenths),
            self.per_month_suffix(),
            self.fte_value(fte_tenths)
        )
    }

    pub fn present_progress(self, at: usize, of: usize) -> String {
        match self {
            Lang::Ja => format!("{at} / {of}"),
            Lang::En => format!("{at} of {of}"),
        }
    }

    pub const fn prev_slide(self) -> &'static str {
        self.pick("前へ", "Previous")
    }

    pub const fn next_slide(self) -> &'static str {
        self.pick("次へ", "Next")
    }

    pub const fn close_present(self) -> &'static str {
        self.pick("プレゼンを終了（Esc）", "End the presentation (Esc)")
    }
}
