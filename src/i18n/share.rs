//! Words of the share-and-save screen and the printed proposal.

use super::Lang;
use crate::charts::ChartKind;
use crate::model::library::{ImportProblem, LibraryError};
use crate::model::persist::{DecodeError, RecordKey};
use crate::model::share::ShareError;

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

    pub fn deleted_saved(self, name: &str) -> String {
        let name = Lang::isolate(name);
        match self {
            Lang::Ja => format!("「{name}」を削除しました。"),
            Lang::En => format!("Deleted “{name}”."),
        }
    }

    pub fn compare_limit(self, max: usize) -> String {
        match self {
            Lang::Ja => format!(
                "比較できるのは{max}件までです。ほかを比べるには、チェックを1つ外してください。"
            ),
            Lang::En => format!("Up to {max} can be compared; untick one to compare another."),
        }
    }

    /// The facility name is longer than a proposal carries.
    pub fn facility_too_long(self, chars: usize) -> String {
        let max = crate::model::facility::MAX_FACILITY;
        match self {
            Lang::Ja => format!("事業所名は{max}文字までです（いま{chars}文字）。提案書とCSVでは{max}文字で切ります。"),
            Lang::En => format!("A facility name has at most {max} characters (this one has {chars}); the proposal and CSV cut it there."),
        }
    }

    pub fn opened(self, name: &str) -> String {
        let name = Lang::isolate(name);
        match self {
            Lang::Ja => {
                format!("「{name}」を開きました。「削減効果」「費用と回収」に反映しています。")
            }
            Lang::En => format!("Opened “{name}”; the Savings and Costs screens show it."),
        }
    }

    /// What an import did, in one line per kind of problem: many entries with the
    /// same problem are named together (the first few numbers, then how many more).
    pub fn import_report(
        self,
        added: usize,
        renamed: usize,
        problems: &[(Option<usize>, ImportProblem)],
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
        // Problems grouped by their description, in the order first met.
        let mut groups: Vec<(String, Vec<usize>, bool)> = Vec::new();
        for (at, p) in problems {
            let why = self.import_problem(p);
            match groups.iter_mut().find(|(w, _, _)| *w == why) {
                Some((_, entries, _)) => entries.extend(*at),
                None => groups.push((why, at.iter().copied().collect(), at.is_none())),
            }
        }
        const SHOWN: usize = 5;
        for (why, entries, whole_file) in groups {
            if whole_file {
                s.push_str(&match self {
                    Lang::Ja => format!("　このファイルは読み込めませんでした（{why}）。保存済みの試算はそのままです。"),
                    Lang::En => format!(" This file could not be read ({why}); your saved estimates are unchanged."),
                });
                continue;
            }
            let mut list: Vec<String> = entries
                .iter()
                .take(SHOWN)
                .map(|i| (i + 1).to_string())
                .collect();
            let more = entries.len().saturating_sub(SHOWN);
            s.push_str(&match self {
                Lang::Ja => {
                    let more = if more > 0 {
                        format!("ほか{more}件")
                    } else {
                        String::new()
                    };
                    format!(
                        "　{}件目{more}は読み込めませんでした（{why}）。",
                        list.join("・")
                    )
                }
                Lang::En => {
                    if more > 0 {
                        list.push(format!("{more} more"));
                    }
                    let word = if entries.len() == 1 {
                        "Entry"
                    } else {
                        "Entries"
                    };
                    format!(" {word} {} could not be read ({why}).", list.join(", "))
                }
            });
        }
        s
    }

    /// One problem of an import, in the reader's words.
    pub fn import_problem(self, p: &ImportProblem) -> String {
        match p {
            ImportProblem::NotAFile => self
                .pick(
                    "保存した試算のファイルではありません",
                    "not a file of saved estimates",
                )
                .into(),
            ImportProblem::NewerFile(_) => self
                .pick(
                    "新しい版のアプリで作られたファイルです。アプリを更新してください",
                    "made by a newer version of the app: please update the app",
                )
                .into(),
            ImportProblem::NotAnEstimate => self
                .pick("名前か数値がありません", "it has no name or no figures")
                .into(),
            ImportProblem::Figures(e) => self.decode_problem(e),
            ImportProblem::Name(e) => self.library_error(e).into(),
            ImportProblem::Full => self.library_error(&LibraryError::Full).into(),
        }
    }

    /// Why saved or shared figures cannot be used, in the reader's words.
    pub fn decode_problem(self, e: &DecodeError) -> String {
        match e {
            DecodeError::NotRecord => self
                .pick("試算の形式ではありません", "not an estimate")
                .into(),
            DecodeError::FutureVersion(_) => self
                .pick(
                    "新しい版のアプリで作られています。アプリを更新してください",
                    "made by a newer version of the app: please update the app",
                )
                .into(),
            DecodeError::Missing(k) => match self {
                Lang::Ja => format!("「{}」がありません", self.record_key_name(*k)),
                Lang::En => format!("“{}” is missing", self.record_key_name(*k)),
            },
            DecodeError::Unreadable(k) => match self {
                Lang::Ja => format!("「{}」の値を読めません", self.record_key_name(*k)),
                Lang::En => format!("“{}” cannot be read", self.record_key_name(*k)),
            },
            DecodeError::UnknownKey(_) => self
                .pick(
                    "このアプリにない項目があります（新しい版で作られたものかもしれません）",
                    "it holds an item this app does not know (perhaps from a newer version)",
                )
                .into(),
            DecodeError::OutOfRange(f) => match self {
                Lang::Ja => format!("「{}」が入力できる範囲を超えています", self.field_name(*f)),
                Lang::En => format!("“{}” is outside what can be entered", self.field_name(*f)),
            },
        }
    }

    /// Why a share link was not opened, in the reader's words; the figures on
    /// screen stay as they were.
    pub fn share_problem(self, e: &ShareError) -> String {
        let why = match e {
            ShareError::FutureVersion(_) => return self.share_newer().into(),
            ShareError::Damaged => return self.share_broken().into(),
            ShareError::Missing => self
                .pick(
                    "このリンクには試算の数値が含まれていません",
                    "this link holds no figures",
                )
                .to_string(),
            ShareError::Malformed => self
                .pick(
                    "このリンクは共有リンクの形式になっていません",
                    "this link is not in the form of a shared link",
                )
                .to_string(),
            ShareError::Figures(e) => self.decode_problem(e),
        };
        match self {
            Lang::Ja => {
                format!("共有リンクを開けませんでした（{why}）。これまでの数値のままです。")
            }
            Lang::En => {
                format!("The shared link was not opened ({why}); your figures are unchanged.")
            }
        }
    }

    /// The name of a stored figure or choice.
    pub fn record_key_name(self, k: RecordKey) -> String {
        match k {
            RecordKey::Field(f) => self.field_name(f),
            RecordKey::Flag(f) => self.flag_label(f).into(),
            RecordKey::Plan => self.plan_label().into(),
            RecordKey::Measured(f) => match self {
                Lang::Ja => format!("{}（実測の根拠）", self.field_name(f)),
                Lang::En => format!("{} (what the measurement rests on)", self.field_name(f)),
            },
        }
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
        let facility = crate::model::facility::facility_name(facility);
        let facility = if facility.is_empty() {
            self.pick("（事業所名未入力）", "(no facility name)")
                .to_string()
        } else {
            Lang::isolate(&facility)
        };
        match self {
            Lang::Ja => format!("{facility}　作成日 {date}"),
            Lang::En => format!("{facility} · {date}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, Flag};

    /// Every problem an import or a link can have, in both languages: words for a
    /// person (never a program's name for it), different for different problems.
    #[test]
    fn every_import_problem_reads_as_words() {
        let decode = [
            DecodeError::NotRecord,
            DecodeError::FutureVersion(9),
            DecodeError::Missing(RecordKey::Field(Field::Wage)),
            DecodeError::Unreadable(RecordKey::Flag(Flag::SubsidyEnabled)),
            DecodeError::Unreadable(RecordKey::Plan),
            DecodeError::UnknownKey("nonsense".into()),
            DecodeError::OutOfRange(Field::HandoverDays),
        ];
        let mut problems: Vec<ImportProblem> = vec![
            ImportProblem::NotAFile,
            ImportProblem::NewerFile(3),
            ImportProblem::NotAnEstimate,
            ImportProblem::Name(LibraryError::EmptyName),
            ImportProblem::Name(LibraryError::NameTooLong),
            ImportProblem::Full,
        ];
        problems.extend(decode.iter().cloned().map(ImportProblem::Figures));
        for l in [Lang::Ja, Lang::En] {
            let texts: Vec<String> = problems.iter().map(|p| l.import_problem(p)).collect();
            for t in &texts {
                assert!(!t.is_empty());
                for code in [
                    "::",
                    "Field(",
                    "Flag(",
                    "RecordKey",
                    "DecodeError",
                    "Some(",
                    "None",
                    "NotRecord",
                    "\"",
                ] {
                    assert!(!t.contains(code), "{t}");
                }
            }
            let mut unique = texts.clone();
            unique.sort();
            unique.dedup();
            // Two name errors and the full library reuse the library's own words.
            assert!(unique.len() >= texts.len() - 1, "{texts:?}");
        }
        assert_eq!(
            Lang::Ja.decode_problem(&DecodeError::OutOfRange(Field::HandoverDays)),
            "「日数（申し送り）」が入力できる範囲を超えています"
        );
    }

    #[test]
    fn every_share_link_problem_has_its_own_words() {
        let all = [
            ShareError::Missing,
            ShareError::FutureVersion(3),
            ShareError::Damaged,
            ShareError::Malformed,
            ShareError::Figures(DecodeError::OutOfRange(Field::Wage)),
            ShareError::Figures(DecodeError::Unreadable(RecordKey::Plan)),
        ];
        for e in &all {
            // No wildcard: a new variant must be listed above.
            match e {
                ShareError::Missing
                | ShareError::FutureVersion(_)
                | ShareError::Damaged
                | ShareError::Malformed
                | ShareError::Figures(_) => {}
            }
        }
        for l in [Lang::Ja, Lang::En] {
            let texts: Vec<String> = all.iter().map(|e| l.share_problem(e)).collect();
            for t in &texts {
                for code in ["::", "Figures", "Field(", "RecordKey", "Some("] {
                    assert!(!t.contains(code), "{t}");
                }
                assert_eq!(texts.iter().filter(|o| *o == t).count(), 1, "{t}");
            }
        }
        assert!(Lang::Ja
            .share_problem(&ShareError::FutureVersion(3))
            .contains("更新"));
        assert!(Lang::Ja
            .share_problem(&ShareError::Figures(DecodeError::OutOfRange(Field::Wage)))
            .contains("時給"));
    }

    #[test]
    fn many_problems_of_one_kind_make_one_short_line() {
        let problems: Vec<_> = (0..3000)
            .map(|i| (Some(i), ImportProblem::Full))
            .chain([(Some(3000), ImportProblem::NotAnEstimate)])
            .collect();
        let ja = Lang::Ja.import_report(2, 0, &problems);
        assert!(ja.len() < 400, "{ja}");
        assert!(
            ja.contains("1・2・3・4・5件目ほか2995件は読み込めませんでした"),
            "{ja}"
        );
        assert!(
            ja.contains("3001件目は読み込めませんでした（名前か数値がありません）"),
            "{ja}"
        );
        let en = Lang::En.import_report(2, 0, &problems);
        assert!(
            en.contains("Entries 1, 2, 3, 4, 5, 2995 more could not be read"),
            "{en}"
        );
        assert!(en.contains("Entry 3001 could not be read"), "{en}");
    }
}
