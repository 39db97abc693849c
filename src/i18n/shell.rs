//! Words of the page around the screens: title, header, presets, screen tabs,
//! and the one-line notices (storage, presets, share links).

use super::Lang;
use crate::model::presets::Preset;
use crate::route::Screen;

impl Lang {
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

    pub const fn screen_name(self, s: Screen) -> &'static str {
        match s {
            Screen::Savings => self.pick("削減効果", "Savings"),
            Screen::Costs => self.pick("費用と回収", "Costs & payback"),
            Screen::Measure => self.pick("実測", "Time study"),
            Screen::Features => self.pick("チャット機能", "Chat features"),
            Screen::Share => self.pick("共有・保存", "Share & save"),
            Screen::Method => self.pick("計算方法と出典", "Method & sources"),
            Screen::Group => self.pick("法人", "Group"),
        }
    }

    pub const fn demo_loading(self) -> &'static str {
        self.pick("デモを読み込んでいます…", "Loading the demo…")
    }

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
            "共有リンクが途中で切れているか、書き換えられているため、読み込めませんでした。これまでの数値のままです。",
            "The shared link is cut short or was changed, so it was not opened; your figures are unchanged.",
        )
    }

    pub const fn other_tab(self) -> &'static str {
        self.pick(
            "別のタブ（ウィンドウ）で数値が変更されたため、その最新の数値を表示しています。",
            "The figures were changed in another tab or window; these are the latest.",
        )
    }

    pub const fn share_newer(self) -> &'static str {
        self.pick(
            "この共有リンクは新しい版のアプリで作られたため、この版では開けません。アプリを更新（再読み込み）してから、もう一度開いてください。これまでの数値のままです。",
            "This shared link was made by a newer version of the app and cannot be opened here. Update the app (reload it), then open the link again; your figures are unchanged.",
        )
    }

    pub const fn present(self) -> &'static str {
        self.pick("プレゼン", "Present")
    }

    pub const fn dismiss(self) -> &'static str {
        self.pick("閉じる", "Dismiss")
    }

    /// A screen whose code is on its way (src/ui/parts.rs).
    pub const fn part_loading(self) -> &'static str {
        self.pick("この画面を読み込んでいます…", "Loading this screen…")
    }

    pub const fn part_failed(self) -> &'static str {
        self.pick(
            "この画面を読み込めませんでした。通信状態を確認して、もう一度お試しください。入力した数値はそのまま残っています。",
            "This screen could not be loaded. Check the connection and try again. Your figures are kept.",
        )
    }

    /// Printed before the proposal's part was in.
    pub const fn print_not_ready(self) -> &'static str {
        self.pick(
            "提案書を準備しています。数秒後にもう一度印刷してください（Ctrl+P で印刷すると、準備ができてから印刷画面が開きます）。",
            "The proposal is being prepared. Please print again in a few seconds (with Ctrl+P, the print dialog opens once it is ready).",
        )
    }

    pub const fn part_retry(self) -> &'static str {
        self.pick("もう一度読み込む", "Try again")
    }
}
