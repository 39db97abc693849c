//! Words of the share-and-save screen and the printed proposal.

use super::Lang;
use crate::charts::ChartKind;
use crate::model::library::LibraryError;

impl Lang {
    pub const fn tools_heading(self) -> &'static str {
        self.pick("共有・保存", "Share and save")
    }

    pub const fn share_heading(self) -> &'static str {
        self.pick("共有リンクとQRコード", "Share link and QR code")
    }

    pub const fn share_lead(self) -> &'static str {
        self.pick(
            "いまの数値がすべて入ったリンクです。QRコードをスマートフォンで読むと、その場で同じ試算が開きます（数値はリンクの中だけにあり、どこにも送信されません）。",
            "A link holding all current figures. Scan the QR code with a phone to open the same estimate (the figures live in the link only; nothing is sent anywhere).",
        )
    }

    pub const fn copy_link(self) -> &'static str {
        self.pick("リンクをコピー", "Copy the link")
    }

    pub const fn link_copied(self) -> &'static str {
        self.pick("リンクをコピーしました。", "Link copied.")
    }

    pub const fn link_copy_failed(self) -> &'static str {
        self.pick(
            "コピーできませんでした。上のリンクを選択してコピーしてください。",
            "Could not copy: select the link above and copy it.",
        )
    }

    pub const fn qr_too_long(self) -> &'static str {
        self.pick(
            "リンクが長すぎてQRコードにできません。",
            "The link is too long for a QR code.",
        )
    }

    pub const fn csv_heading(self) -> &'static str {
        self.pick("CSVで書き出す（Excel対応）", "Export as CSV (for Excel)")
    }

    pub const fn facility_label(self) -> &'static str {
        self.pick(
            "事業所名（CSVと保存名に使います）",
            "Facility name (for the CSV and saved names)",
        )
    }

    pub const fn download_report(self) -> &'static str {
        self.pick(
            "入力値と結果をCSVでダウンロード",
            "Download inputs and results as CSV",
        )
    }

    /// The download link of a chart as an SVG file.
    pub const fn download_chart(self, chart: ChartKind) -> &'static str {
        match chart {
            ChartKind::Monthly => {
                self.pick("月間削減額のグラフ（SVG）", "Monthly savings chart (SVG)")
            }
            ChartKind::Cumulative => {
                self.pick("累計の効果と費用のグラフ（SVG）", "Cumulative chart (SVG)")
            }
        }
    }

    pub const fn library_heading(self) -> &'static str {
        self.pick(
            "保存した試算（比較・持ち運び）",
            "Saved estimates (compare, move between devices)",
        )
    }

    pub const fn save_as(self) -> &'static str {
        self.pick("いまの数値を保存", "Save the current figures")
    }

    pub const fn saved_name_label(self) -> &'static str {
        self.pick("保存名", "Name")
    }

    pub const fn open_saved(self) -> &'static str {
        self.pick("開く", "Open")
    }

    pub const fn duplicate(self) -> &'static str {
        self.pick("複製", "Duplicate")
    }

    pub const fn delete(self) -> &'static str {
        self.pick("削除", "Delete")
    }

    pub const fn compare_label(self) -> &'static str {
        self.pick("比較", "Compare")
    }

    pub const fn compare_heading(self) -> &'static str {
        self.pick("比較（3件まで）", "Comparison (up to 3)")
    }

    pub const fn export_library(self) -> &'static str {
        self.pick(
            "すべてをファイルに書き出す（JSON）",
            "Export all to a file (JSON)",
        )
    }

    pub const fn import_library(self) -> &'static str {
        self.pick("ファイルから読み込む", "Import from a file")
    }

    pub fn opened(self, name: &str) -> String {
        match self {
            Lang::Ja => {
                format!("「{name}」を開きました。「削減効果」「費用と回収」に反映しています。")
            }
            Lang::En => format!("Opened “{name}”; the Savings and Costs screens show it."),
        }
    }

    pub fn import_report(
        self,
        added: usize,
        renamed: usize,
        problems: &[(Option<usize>, String)],
    ) -> String {
        let mut s = match self {
            Lang::Ja => format!("{added}件を読み込みました。"),
            Lang::En => format!("Imported {added}."),
        };
        if renamed > 0 {
            s.push_str(&match self {
                Lang::Ja => format!("同じ名前があった{renamed}件は番号を付けました。"),
                Lang::En => format!(" {renamed} renamed to avoid a clash."),
            });
        }
        for (i, why) in problems {
            s.push_str(&match (self, i) {
                (Lang::Ja, Some(i)) => format!("　{}件目は読み込めませんでした（{why}）。", i + 1),
                (Lang::En, Some(i)) => format!(" Entry {} could not be read ({why}).", i + 1),
                (Lang::Ja, None) => format!(
                    "　このファイルは読み込めませんでした（{why}）。保存済みの試算はそのままです。"
                ),
                (Lang::En, None) => format!(
                    " This file could not be read ({why}); your saved estimates are unchanged."
                ),
            });
        }
        s
    }

    pub fn library_error(self, e: &LibraryError) -> &'static str {
        match e {
            LibraryError::EmptyName => self.pick("名前を入力してください。", "Enter a name."),
            LibraryError::NameTooLong => self.pick(
                "名前は40文字までです。",
                "Names have 40 characters at most.",
            ),
            LibraryError::DuplicateName => self.pick(
                "同じ名前の試算があります。別の名前にしてください。",
                "An estimate has this name already.",
            ),
            LibraryError::NotFound => self.pick("見つかりません。", "Not found."),
            LibraryError::Full => self.pick(
                "保存できるのは50件までです。不要なものを削除してください。",
                "Up to 50 can be saved; delete some first.",
            ),
        }
    }

    pub fn library_recovered(self, key: Option<&str>) -> String {
        match (self, key) {
            (Lang::Ja, Some(k)) => format!("保存した試算の一部を読み込めませんでした。元のデータはバックアップ（{k}）に残しています。"),
            (Lang::En, Some(k)) => format!("Some saved estimates could not be read; the original is kept as a backup ({k})."),
            (Lang::Ja, None) => "保存した試算の一部を読み込めませんでした。".into(),
            (Lang::En, None) => "Some saved estimates could not be read.".into(),
        }
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
}
