//! Words of the time-study screen (実測), its badges and its print section.
//!
//! A word table, longer than the 600 lines a module keeps to: every message of
//! the screen in both languages, side by side, so that a translator reads and
//! changes them in one place.

use super::Lang;
use crate::model::measured::Badge;
use crate::model::{Field, Service, Services, Unit};
use crate::timestudy::evidence::{PhaseOverview, ROUND_DAYS};
use crate::timestudy::file::{ImportError, ImportReport, Problem};
use crate::timestudy::reading::{Code, Group, Reading};
use crate::timestudy::record::{Phase, Role, Shift, StudyError, Task};
use crate::timestudy::sheet::{SheetError, SpanError, SLOT_MINUTES};
use crate::timestudy::stats::Summary;
use crate::timestudy::workday::Who;
use crate::timestudy::WallTime;

/// One decimal without float formatting code (shared with the charts).
pub use crate::model::num::dec1;

impl Lang {
    pub const fn ts_heading(self) -> &'static str {
        self.pick(
            "業務時間の実測（タイムスタディ）",
            "Measure the work (time study)",
        )
    }

    pub const fn ts_about_heading(self) -> &'static str {
        self.pick("この計測について", "About this measurement")
    }

    pub const fn ts_lead(self) -> &'static str {
        self.pick(
            "パンフレットの「1人5分」などは想定です。導入前（事前）と導入後（事後①・②）に、実際にかかった時間を職員ごとに計ると、この施設の数値で試算できます。名前は要りません（職員コードで記録）。記録はこの端末の中だけにあり、書き出すまで外に出ません。",
            "The brochure's minutes (\"5 minutes per user\") are assumptions. Time the real work before the change (before) and after it (after ①, ②), per staff member, and the estimate uses this facility's own figures. No names are needed (staff codes only); the records stay on this device until you export them.",
        )
    }

    pub const fn ts_guideline(self) -> &'static str {
        self.pick(
            "厚生労働省「介護サービス事業における生産性向上に資するガイドライン」は、業務時間を計るタイムスタディ（事前・事後、日中・夜間、直接介護／間接業務／休憩・待機／その他）を勧めています。",
            "MHLW's productivity guideline for care providers recommends a time study (before and after, day and night, direct care / indirect work / breaks / other).",
        )
    }

    /// 生産性向上推進体制加算: which services it is for, what (I) asks of a time
    /// study, and which of the estimate's services it can apply to; cited, and
    /// never saying that a chat tool makes anyone eligible.
    pub fn ts_addon(self, services: Services) -> String {
        let names = |addon: bool| {
            Service::ALL
                .into_iter()
                .filter(|s| services.has(*s) && s.productivity_addon() == addon)
                .map(|s| self.service_name(s))
                .collect::<Vec<_>>()
                .join(self.pick("・", " and "))
        };
        let (can, cannot) = (names(true), names(false));
        let here = match (self, can.is_empty(), cannot.is_empty()) {
            (_, true, true) => String::new(),
            (Lang::Ja, false, true) => format!("この試算の{can}は対象となりうるサービスです。"),
            (Lang::Ja, true, false) => format!("この試算の{cannot}は対象外です。"),
            (Lang::Ja, false, false) => {
                format!("この試算では、{can}は対象となりうるサービス、{cannot}は対象外です。")
            }
            (Lang::En, false, true) => {
                format!("In this estimate, {can} is a service it can apply to. ")
            }
            (Lang::En, true, false) => format!("In this estimate, {cannot}: not covered. "),
            (Lang::En, false, false) => format!(
                "In this estimate, {can} is a service it can apply to; {cannot}: not covered. "
            ),
        };
        match self {
            Lang::Ja => format!(
                "生産性向上推進体制加算（2024年度〜。(I) 月100単位、(II) 月10単位、利用者1人あたり）の対象は施設・居住系・短期入所・多機能系のサービスで、通所・訪問サービスは対象外です。(I) の要件には5日間のタイムスタディが含まれます。{here}（出典：dxmind.org/archives/2332、dxmcnavi.com/?p=2727。第三者の解説。要件は厚生労働省の通知で確認を。）チャットツールを導入しても、それだけで加算の対象にはなりません。"
            ),
            Lang::En => format!(
                "The productivity add-on (生産性向上推進体制加算, from FY2024: (I) 100 units, (II) 10 units per user per month) is for residential, group-living, short-stay and multi-function services; day services and home visits are not covered. (I) requires a 5-day time study. {here}(Sources: dxmind.org/archives/2332, dxmcnavi.com/?p=2727, third-party summaries; MHLW's notices are the authority.) A chat tool alone never makes a facility eligible."
            ),
        }
    }

    pub const fn ts_task(self, t: Task) -> &'static str {
        match t {
            Task::Handover => self.pick("申し送り", "Handover"),
            Task::Notebook => self.pick("連絡ノート（1人分）", "Contact notebook (1 user)"),
            Task::Phone => self.pick("電話連絡（不通も）", "Phone call (incl. failed)"),
            Task::Printing => self.pick("印刷・掲示", "Printing & notices"),
            Task::Records => self.pick("その他の記録・連絡調整", "Other records & liaison"),
            Task::DirectCare => self.pick("直接介護", "Direct care"),
            Task::Rounds => self.pick("巡回・移動", "Rounds & moving about"),
            Task::Monitoring => self.pick("見守り機器の使用・確認", "Monitoring devices"),
            Task::Instruction => self.pick("他の職員に対する指導・教育", "Instructing other staff"),
            Task::Meals => self.pick("朝食・おやつの配膳・下膳等", "Serving breakfast, snacks"),
            Task::BathPrep => self.pick("入浴業務の準備等", "Preparing baths"),
            Task::Linen => self.pick("リネン交換・ベッドメイク", "Linen, making beds"),
            Task::Cleaning => self.pick("居室清掃・片付け", "Cleaning, tidying rooms"),
            Task::Infection => self.pick("消毒などの感染症対応", "Disinfection, infection control"),
            Task::MiscIndirect => self.pick("その他の間接業務", "Other indirect work"),
            Task::OtherIndirect => self.pick(
                "間接業務 13〜19（一括、以前の版の記録）",
                "Indirect work 13–19 as one (older records)",
            ),
            Task::Indirect => self.pick("間接業務（コードなし）", "Indirect work, no code"),
            Task::Break => self.pick("休憩・待機", "Break / standby"),
            Task::Other => self.pick("その他", "Other"),
        }
    }

    pub const fn ts_phase(self, p: Phase) -> &'static str {
        match p {
            Phase::Before => self.pick("事前（導入前）", "Before"),
            Phase::After1 => self.pick("事後①", "After ①"),
            Phase::After2 => self.pick("事後②", "After ②"),
        }
    }

    pub const fn ts_shift(self, s: Shift) -> &'static str {
        match s {
            Shift::Day => self.pick("昼", "Day"),
            Shift::Night => self.pick("夜", "Night"),
        }
    }

    pub const fn ts_role(self, r: Role) -> &'static str {
        match r {
            Role::CareWorker => self.pick("介護職員", "Care worker"),
            Role::Nurse => self.pick("看護職員", "Nurse"),
            Role::Counselor => self.pick("相談員", "Counselor"),
            Role::CareManager => self.pick("介護支援専門員", "Care manager"),
            Role::Manager => self.pick("管理者", "Manager"),
            Role::Other => self.pick("その他", "Other"),
        }
    }

    pub const fn ts_phase_label(self) -> &'static str {
        self.pick("記録する時期", "Phase being recorded")
    }

    pub const fn ts_staff_label(self) -> &'static str {
        self.pick("職員コード（名前は不要）", "Staff code (no names)")
    }

    pub const fn ts_role_label(self) -> &'static str {
        self.pick("職種", "Job")
    }

    pub const fn ts_day_from(self) -> &'static str {
        self.pick("日勤の開始", "Day shift starts")
    }

    pub const fn ts_night_from(self) -> &'static str {
        self.pick("夜勤の開始", "Night shift starts")
    }

    pub const fn ts_shift_help(self) -> &'static str {
        self.pick(
            "新しい記録の昼・夜は開始時刻で決まります（想定：7:00〜19:00が昼。施設の勤務時間に変えてください）。1日は日勤の開始から数えます。",
            "A new record's day or night shift comes from its start time (assumed: 07:00–19:00 is day; change it to your shift times). A work day starts with the day shift.",
        )
    }

    pub const fn ts_recorder_heading(self) -> &'static str {
        self.pick(
            "計る（押すと開始、別の業務を押すと切り替え）",
            "Time it (tap to start, tap another task to switch)",
        )
    }

    pub const fn ts_stop(self) -> &'static str {
        self.pick("この職員の記録を終了", "Stop this person's task")
    }

    pub const fn ts_undo(self) -> &'static str {
        self.pick("直前の操作を取り消す", "Undo the last tap")
    }

    pub const fn ts_running_heading(self) -> &'static str {
        self.pick("計測中", "Being timed now")
    }

    pub const fn ts_nobody(self) -> &'static str {
        self.pick("計測中の職員はいません。", "Nobody is being timed.")
    }

    /// `A01 申し送り 08:30から 3分`; `other_phase` when the run began in a phase
    /// other than the one being recorded now (it is recorded in its own).
    pub fn ts_running(
        self,
        staff: &str,
        task: Task,
        from: &str,
        minutes: i64,
        other_phase: Option<Phase>,
    ) -> String {
        let staff = Lang::isolate(staff);
        let task = self.ts_task(task);
        match (self, other_phase) {
            (Lang::Ja, None) => format!("{staff}：{task}（{from}から {minutes}分）"),
            (Lang::Ja, Some(p)) => format!(
                "{staff}：{task}（{from}から {minutes}分・始めた時期の「{}」として記録）",
                self.ts_phase(p)
            ),
            (Lang::En, None) => format!("{staff}: {task} (since {from}, {minutes} min)"),
            (Lang::En, Some(p)) => format!(
                "{staff}: {task} (since {from}, {minutes} min, recorded as {})",
                self.ts_phase(p)
            ),
        }
    }

    /// The folded settings, as their one line: `設定：事前（導入前）を記録中・昼 07:00〜・夜 19:00〜`.
    pub fn ts_settings_line(self, phase: Phase, day_from: &str, night_from: &str) -> String {
        match self {
            Lang::Ja => format!(
                "設定：{}を記録中・昼 {day_from}〜・夜 {night_from}〜",
                self.ts_phase(phase)
            ),
            Lang::En => format!(
                "Settings: {}, day from {day_from}, night from {night_from}",
                self.ts_phase(phase)
            ),
        }
    }

    /// The stop button of a run, for screen readers.
    pub fn ts_stop_name(self, staff: &str, task: Task) -> String {
        let staff = Lang::isolate(staff);
        match self {
            Lang::Ja => format!("{staff} の {} を終了", self.ts_task(task)),
            Lang::En => format!("Stop {} for {staff}", self.ts_task(task)),
        }
    }

    /// A record's buttons, for screen readers: `12/02 08:30 申し送り A01 の記録を修正`.
    pub fn ts_record_action(self, record: &str, delete: bool) -> String {
        match (self, delete) {
            (Lang::Ja, false) => format!("{record} を修正"),
            (Lang::Ja, true) => format!("{record} を削除"),
            (Lang::En, false) => format!("Correct {record}"),
            (Lang::En, true) => format!("Delete {record}"),
        }
    }

    /// Under the phase choice while anyone is being timed: the rule.
    pub const fn ts_phase_rule(self) -> &'static str {
        self.pick(
            "計測中の作業は、時期を切り替えても始めたときの時期のまま記録されます（1回の作業を2つの時期に分けません）。",
            "A task being timed stays in the phase it began in (one occurrence is never split between phases).",
        )
    }

    pub const fn ts_record_phase_label(self) -> &'static str {
        self.pick("時期", "Phase")
    }

    pub const fn ts_task_label(self) -> &'static str {
        self.pick("作業", "Task")
    }

    pub const fn ts_stop_one(self) -> &'static str {
        self.pick("終了", "Stop")
    }

    pub fn ts_records_heading(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("記録（{n}件、新しい順）"),
            Lang::En if n == 1 => "Records (1, newest first)".into(),
            Lang::En => format!("Records ({n}, newest first)"),
        }
    }

    pub fn ts_more_records(self, n: usize) -> String {
        match self {
            Lang::Ja => format!("ほか{n}件はCSVに含まれます。"),
            Lang::En => format!("{n} more are in the CSV."),
        }
    }

    pub const fn ts_edit(self) -> &'static str {
        self.pick("修正", "Edit")
    }

    pub const fn ts_delete(self) -> &'static str {
        self.pick("削除", "Delete")
    }

    pub const fn ts_save(self) -> &'static str {
        self.pick("修正を保存", "Save")
    }

    pub const fn ts_cancel(self) -> &'static str {
        self.pick("やめる", "Cancel")
    }

    pub const fn ts_start_label(self) -> &'static str {
        self.pick(
            "開始（例 2026-12-02 08:30）",
            "Start (e.g. 2026-12-02 08:30)",
        )
    }

    pub const fn ts_end_label(self) -> &'static str {
        self.pick("終了", "End")
    }

    pub const fn ts_failed(self) -> &'static str {
        self.pick("つながらなかった電話", "Call did not get through")
    }

    pub const fn ts_bad_time(self) -> &'static str {
        self.pick(
            "日時は「2026-12-02 08:30」の形で入力してください。",
            "Enter the date and time as 2026-12-02 08:30.",
        )
    }

    pub const fn ts_forecast_heading(self) -> &'static str {
        self.pick(
            "導入前の試算と実測の比較（見込みと実績）",
            "Forecast against actual (an estimate made before, and what was measured)",
        )
    }

    pub const fn ts_forecast_lead(self) -> &'static str {
        self.pick(
            "保存した試算（導入前に作ったもの）と、その試算の削減時間（分）だけを上の比較の実測値に置き換えた場合との差です。人数・件数は試算のままです（一部の職員だけを測った場合に、その人数で施設全体を計算しないため）。実測のない項目も試算のままです。",
            "A saved estimate (made before the change) against the same estimate with only its minutes saved replaced by those measured above. People and entries per day stay as estimated (a study of a few staff must not stand for the whole facility). Lines without a measurement stay as estimated too.",
        )
    }

    pub const fn ts_forecast_label(self) -> &'static str {
        self.pick("比べる試算", "Estimate to compare")
    }

    pub const fn ts_forecast_empty(self) -> &'static str {
        self.pick(
            "保存した試算がありません。「共有・保存」の画面で、導入前の試算を保存してください。",
            "No saved estimate yet. Save the estimate made before the change on the Share & save screen.",
        )
    }

    pub fn ts_forecast_columns(self) -> [&'static str; 4] {
        match self {
            Lang::Ja => [
                "項目",
                "試算（月）",
                "実測にもとづく（月）",
                "差（実測−試算）",
            ],
            Lang::En => [
                "Line",
                "Estimate (month)",
                "From the measurement (month)",
                "Difference (actual − estimate)",
            ],
        }
    }

    /// `375,000円・250時間`.
    pub fn ts_yen_hours(self, yen: u64, tenths: u64) -> String {
        format!("{}・{}", self.yen(yen), self.hours(tenths))
    }

    /// `−367,500円・−245時間`, or that the line was not measured.
    pub fn ts_variance(self, measured: bool, yen: i64, tenths: i64) -> String {
        if !measured {
            return self
                .pick("実測なし（試算のまま）", "not measured (as estimated)")
                .into();
        }
        let sign = if tenths < 0 { "−" } else { "" };
        format!(
            "{}・{sign}{}",
            self.signed_yen(yen),
            self.hours(tenths.unsigned_abs())
        )
    }

    pub const fn ts_chart_title(self) -> &'static str {
        self.pick(
            "業務ごとの時間（分、1人1日あたりの平均・線は95%区間）",
            "Time per task (min per person-day, 95% CI)",
        )
    }

    /// `申し送り：1回の所要時間の分布（件数）`.
    pub fn ts_durations_title(self, t: Task) -> String {
        match self {
            Lang::Ja => format!("{}：1回の所要時間の分布（件数）", self.ts_task(t)),
            Lang::En => format!("{}: durations (records)", self.ts_task(t)),
        }
    }

    pub const fn ts_durations_label(self) -> &'static str {
        self.pick("所要時間の分布を見る業務", "Task whose durations are shown")
    }

    pub const fn ts_records_axis(self) -> &'static str {
        self.pick("件", "records")
    }

    pub const fn ts_print_heading(self) -> &'static str {
        self.pick("業務時間の実測結果", "Measured work time (time study)")
    }

    pub const fn ts_bad_clock(self) -> &'static str {
        self.pick(
            "時刻は「07:00」の形で入力してください（変更は保存されていません）。",
            "Enter the time as 07:00 (nothing was changed).",
        )
    }

    /// `記録を削除しました（申し送り 08:30〜08:40 A01）`.
    pub fn ts_deleted(self, what: &str) -> String {
        match self {
            Lang::Ja => format!("記録を削除しました（{what}）。"),
            Lang::En => format!("Record deleted ({what})."),
        }
    }

    pub const fn ts_sheet_heading(self) -> &'static str {
        self.pick(
            "10分ごとの記録（用紙方式）",
            "10-minute sheet (the paper method)",
        )
    }

    pub const fn ts_sheet_help(self) -> &'static str {
        self.pick(
            "働きながらタップできない職員のための、ガイドラインの記入用紙と同じ方式です。時間帯を決め、10分ごとに各業務に使った分数（1枠の合計10分まで）を入れてください。この記録は1日の時間（1人1日あたり・480分換算・職種別）に入り、1回あたりの時間や1日の回数には入りません。時期は上の設定の時期になります。",
            "For staff who cannot tap while they work, like the guideline's paper sheet: choose the hours, then for every 10 minutes enter the minutes spent on each task (10 at most per slot). These records count in the minutes of a day (per person per day, scaled to 480 minutes, by role), not in the minutes per occurrence or the occurrences per day. They go into the phase set above.",
        )
    }

    pub const fn ts_sheet_date(self) -> &'static str {
        self.pick("日付", "Date")
    }

    pub const fn ts_sheet_from(self) -> &'static str {
        self.pick("開始時刻", "From")
    }

    pub const fn ts_sheet_to(self) -> &'static str {
        self.pick("終了時刻", "To")
    }

    pub const fn ts_sheet_time(self) -> &'static str {
        self.pick("時刻", "Time")
    }

    pub const fn ts_sheet_total(self) -> &'static str {
        self.pick("計（分）", "Total (min)")
    }

    pub const fn ts_sheet_save(self) -> &'static str {
        self.pick("この用紙を記録する", "Record this sheet")
    }

    pub const fn ts_sheet_take_back(self) -> &'static str {
        self.pick("この用紙の記録を取り消す", "Take this sheet back")
    }

    /// Where a span of the day cannot be a sheet (or a time cannot be read).
    pub const fn ts_sheet_span(self, e: Option<SpanError>) -> &'static str {
        match e {
            None => self.ts_bad_clock(),
            Some(SpanError::NotOnMark) => self.pick(
                "開始と終了は10分単位（09:00、09:10 …）にしてください。",
                "Start and end on a 10-minute mark (09:00, 09:10 …).",
            ),
            Some(SpanError::TooLong) => self.pick(
                "1枚の用紙は12時間までです。長い勤務は2枚に分けてください。",
                "One sheet covers 12 hours at most: split a longer shift into two sheets.",
            ),
        }
    }

    pub const fn ts_sheet_date_bad(self) -> &'static str {
        self.pick(
            "日付を選んでください（2000年〜2099年）。",
            "Choose a date (2000 to 2099).",
        )
    }

    /// The name of one cell for screen readers: `09:00〜09:10 申し送り（分）`.
    pub fn ts_sheet_cell_name(self, from: &str, to: &str, task: Task) -> String {
        match self {
            Lang::Ja => format!("{from}〜{to} {}（分）", self.ts_task(task)),
            Lang::En => format!("{from}–{to} {} (min)", self.ts_task(task)),
        }
    }

    pub const fn ts_sheet_cell_bad(self) -> &'static str {
        self.pick(
            "分数は 0〜10 の整数で入れてください（空欄は0）。",
            "Enter whole minutes from 0 to 10 (empty is 0).",
        )
    }

    /// `A01 の10分記録 12件を追加しました（2026-12-02 09:00〜12:00）`; hours that
    /// end the next day say so (`22:00〜翌06:00`).
    pub fn ts_sheet_added(
        self,
        staff: &str,
        records: usize,
        from: WallTime,
        to: WallTime,
    ) -> String {
        let staff = Lang::isolate(staff);
        let (date, start) = (from.date_text(), from.clock_text());
        let next_day = to.date() != from.date();
        let end = match (self, next_day) {
            (Lang::Ja, true) => format!("翌{}", to.clock_text()),
            (Lang::En, true) => format!("{} next day", to.clock_text()),
            (_, false) => to.clock_text(),
        };
        match self {
            Lang::Ja => {
                format!("{staff} の10分記録 {records}件を追加しました（{date} {start}〜{end}）。")
            }
            Lang::En => {
                format!("Added {records} sheet records for {staff} ({date} {start}–{end}).")
            }
        }
    }

    pub const fn ts_sheet_dropped(self) -> &'static str {
        self.pick(
            "別のタブで同じ職員の同じ時間帯が記録されたため、この画面で記録した10分記録の用紙は取り込めませんでした。記録の一覧を確かめてください。",
            "A sheet recorded here could not be kept: another tab recorded the same person in the same hours. Check the records.",
        )
    }

    pub fn ts_sheet_taken_back(self, records: usize) -> String {
        match self {
            Lang::Ja => format!("用紙の記録 {records}件を取り消しました。"),
            Lang::En => format!("Took back {records} sheet records."),
        }
    }

    /// A record's mark when it came from the sheet.
    pub const fn ts_sheet_mark(self) -> &'static str {
        self.pick("（10分記録）", " (sheet)")
    }

    /// Why a sheet was refused; `start` is the sheet's first slot.
    pub fn ts_sheet_error(self, e: &SheetError, start: WallTime) -> String {
        let slot = |i: usize| {
            let from = start.plus_seconds(i as i64 * i64::from(SLOT_MINUTES) * 60);
            let to = from.plus_seconds(i64::from(SLOT_MINUTES) * 60);
            (from.clock_text(), to.clock_text())
        };
        match e {
            SheetError::Staff(e) => self.study_error(e).into(),
            SheetError::NotOnMark | SheetError::SlotCount => {
                self.ts_sheet_span(Some(SpanError::NotOnMark)).into()
            }
            SheetError::OutOfRange => self.study_error(&StudyError::OutOfRange).into(),
            SheetError::Full => self.study_error(&StudyError::Full).into(),
            SheetError::SlotOver(i) => {
                let (from, to) = slot(*i);
                match self {
                    Lang::Ja => format!("{from}〜{to} の合計が10分を超えています。"),
                    Lang::En => format!("The minutes of {from}–{to} add up to more than 10."),
                }
            }
            SheetError::Running(task) => match self {
                Lang::Ja => format!(
                    "この職員は今「{}」を計測中です。終了してから、重ならない時間帯の用紙を記録してください。",
                    self.ts_task(*task)
                ),
                Lang::En => format!(
                    "This person is being timed now ({}). Stop it first, then record a sheet for hours that do not overlap.",
                    self.ts_task(*task)
                ),
            },
            SheetError::NotEnded => self
                .pick(
                    "この時間帯はまだ終わっていません。用紙は終わった時間帯を記録します（夜勤の用紙は始まった日の日付で）。",
                    "These hours have not passed yet. A sheet records hours that are over (a night sheet on the day it began).",
                )
                .into(),
            SheetError::Empty => self
                .pick(
                    "分数が1つも入っていません。",
                    "No minutes have been entered.",
                )
                .into(),
            SheetError::Overlaps(r) => {
                let (when, task) = (
                    format!("{} {}", r.start.date_text(), r.start.clock_text()),
                    self.ts_task(r.task),
                );
                let staff = Lang::isolate(&r.staff);
                match self {
                    Lang::Ja => format!(
                        "{staff} には {when}〜 の「{task}」の記録があり、時間帯が重なります。同じ時間を二重に数えないよう、重ならない時間帯にしてください。"
                    ),
                    Lang::En => format!(
                        "{staff} already has a record in these hours ({task} from {when}). Choose hours that do not overlap, so no minute counts twice."
                    ),
                }
            }
        }
    }

    pub const fn study_error(self, e: &StudyError) -> &'static str {
        match e {
            StudyError::NoStaff => self.pick(
                "職員コードを入力してください（例 A01。名前は不要です）。",
                "Enter a staff code (e.g. A01; no names needed).",
            ),
            StudyError::BadStaff => self.pick(
                "職員コードは16文字までで、カンマ・引用符・改行は使えません。",
                "Staff codes have 16 characters at most, without commas, quotes or line breaks.",
            ),
            StudyError::EndBeforeStart => self.pick(
                "終了は開始より後にしてください。",
                "The end must be after the start.",
            ),
            StudyError::TooLong => self.pick(
                "12時間を超える記録は残せません。開始と終了の日時を確かめてください。",
                "A record cannot be longer than 12 hours. Check its start and end.",
            ),
            StudyError::OutOfRange => self.pick(
                "2000年〜2099年の日時にしてください。",
                "Use a date between 2000 and 2099.",
            ),
            StudyError::Full => self.pick(
                "記録が上限（20,000件）に達しました。CSVに書き出してから、別の調査として始めてください。",
                "The study is full (20,000 records). Export it to CSV and start a new one.",
            ),
            StudyError::NotFound => self.pick(
                "その記録は見つかりません（別の画面で削除されました）。",
                "That record is no longer there.",
            ),
        }
    }

    pub const fn ts_evidence_heading(self) -> &'static str {
        self.pick("集計（業務ごと・時期ごと）", "Summary (per task and phase)")
    }

    pub const fn ts_roles_heading(self) -> &'static str {
        self.pick(
            "職種別・1人1日あたり（480分換算、かっこ内は実測）",
            "By role, per person per day (scaled to 480 min; in brackets: as recorded)",
        )
    }

    pub const fn ts_b13_summary(self) -> &'static str {
        self.pick(
            "B 13〜19 その他の間接業務（指導・配膳・入浴・リネン・清掃・感染症など）",
            "B 13–19 Other indirect work (instructing, meals, baths, linen, cleaning, infection control, other)",
        )
    }

    pub const fn ts_b13_heading(self) -> &'static str {
        self.pick(
            "B 13〜19 の内訳・職種別・1人1日あたり（480分換算、かっこ内は実測）",
            "B 13–19 one by one, by role, per person per day (scaled to 480 min; in brackets: as recorded)",
        )
    }

    pub const fn ts_roles_columns(self) -> [&'static str; 12] {
        match self {
            Lang::Ja => [
                "職種",
                "時期",
                "人数",
                "人日（1人あたり日数）",
                "A 直接介護",
                "B 間接業務（計）",
                "うち 10 巡回・移動",
                "うち 11 記録・文書作成・連絡調整等",
                "うち 12 見守り機器の使用・確認",
                "うち 13〜19 その他の間接業務（計）",
                "C 20 休憩・待機・仮眠",
                "D 21 その他・未記入",
            ],
            Lang::En => [
                "Role",
                "Phase",
                "People",
                "Person-days (days per person)",
                "A Direct care",
                "B Indirect work, total",
                "of which 10 Rounds, moving about",
                "of which 11 Records, documents, liaison",
                "of which 12 Monitoring devices",
                "of which 13–19 Other indirect work, total",
                "C 20 Breaks, standby, naps",
                "D 21 Other, not recorded",
            ],
        }
    }

    pub const fn ts_who(self, who: Who) -> &'static str {
        match who {
            Who::Everyone => self.pick("全体", "Everyone"),
            Who::Role(r) => self.ts_role(r),
            Who::OtherRoles => self.pick(
                "その他の職種（3人未満の職種の合計）",
                "Other roles (roles of under 3 people, together)",
            ),
        }
    }

    /// `12人日（1人 4日）`.
    pub fn ts_person_days(self, person_days: usize, per_person: f64) -> String {
        match self {
            Lang::Ja => format!("{person_days}人日（1人 {}日）", dec1(per_person)),
            Lang::En => format!("{person_days} ({} per person)", dec1(per_person)),
        }
    }

    /// A group's minutes per person-day: `288分（60分）`.
    pub fn ts_scaled(self, scaled: f64, recorded: f64) -> String {
        match self {
            Lang::Ja => format!("{}分（{}分）", dec1(scaled), dec1(recorded)),
            Lang::En => format!("{} min ({} min)", dec1(scaled), dec1(recorded)),
        }
    }

    pub const fn ts_roles_help(self) -> &'static str {
        self.pick(
            "厚生労働省の効果測定と同じく、1人1日ごとに記録時間の合計を480分（8時間）に換算して平均します。申し送り・連絡ノート・電話・印刷は B 11 記録・文書作成・連絡調整等の一部です。A はケアの行為ごとに分けず1つとして記録します。B 13〜19 は1つずつ記録し、この表では合計を、記録があれば内訳を次の表に示します。コードの番号と名前は厚生労働省「介護ロボット等による生産性向上の取組に関する効果測定事業 報告書」によります（wic-net.com/material/document/9020/229）。コードが選べなかった版で記録した「間接業務（コードなし）」は B の計にだけ含みます。ガイドラインは1回5日間の記録を勧めています。個人が特定されないよう、3人未満の職種は「その他の職種」にまとめ、それでも3人未満なら、表に出す職種のうち最も人数の少ないものも加えます（全体からの引き算で分からないように）。それが全体と同じなら「全体」だけを示します。職員ごとの結果は出しません。",
            "As in MHLW's effect studies, each person-day is scaled to 480 minutes (8 hours) before averaging. Handover, notebook, phone and printing are part of B 11 records, documents and liaison. A is recorded as one, not by care act. B 13–19 are recorded one by one: this table gives their total, the next one each where there are any. The codes' numbers and names are those of MHLW's report on its effect-measurement study of care robots and productivity (wic-net.com/material/document/9020/229). Indirect work recorded by versions without the codes counts only in the B total. The guideline asks for 5-day rounds. So that no one is singled out, roles of under 3 people are shown together as other roles; while those are still under 3, the smallest role shown joins them (so no one can be found by subtracting from Everyone), and where that is everyone, only Everyone is shown. Nothing is shown per staff member.",
        )
    }

    pub const fn ts_export_note(self) -> &'static str {
        self.pick(
            "記録のCSVには職員コードごとの全記録が入ります（端末間でまとめるためのもの）。共有・報告には職員コードの入らない集計のCSVを使ってください。",
            "The records CSV holds every record with its staff code (for merging devices). To share or report, use the summary CSV: it holds no staff codes.",
        )
    }

    pub const fn ts_no_records(self) -> &'static str {
        self.pick(
            "まだ記録がありません。上のボタンで計るか、CSVを取り込んでください。",
            "No records yet. Time some work above, or import a CSV.",
        )
    }

    pub fn ts_columns(self) -> [&'static str; 9] {
        match self {
            Lang::Ja => [
                "業務",
                "時期",
                "回数",
                "1回あたり 平均（中央値、標準偏差 SD）",
                "1回あたり 95%区間",
                "1日あたりの合計（平均）",
                "1人1日あたり",
                "1日の参加人数",
                "昼／夜（分）",
            ],
            Lang::En => [
                "Task",
                "Phase",
                "n",
                "Per occurrence: mean (median, SD)",
                "Per occurrence: 95% interval",
                "Minutes per day (mean)",
                "Per person per day",
                "People per day",
                "Day / night (min)",
            ],
        }
    }

    /// The occurrences of a task (its tapped records), and its records from the
    /// 10-minute sheet, which are minutes, not occurrences.
    pub fn ts_occurrences(self, tapped: usize, sheet: usize) -> String {
        match (self, sheet) {
            (_, 0) => tapped.to_string(),
            (Lang::Ja, _) => format!("{tapped}（ほか10分記録 {sheet}件）"),
            (Lang::En, _) => format!("{tapped} (and {sheet} sheet records)"),
        }
    }

    /// `7.5分（7分、SD 1.2）`: mean (median, standard deviation).
    pub fn ts_mean_median(self, s: &Summary) -> String {
        match self {
            Lang::Ja => format!(
                "{}分（{}分、SD {}）",
                dec1(s.mean),
                dec1(s.median),
                dec1(s.sd)
            ),
            Lang::En => format!(
                "{} min ({} min, SD {})",
                dec1(s.mean),
                dec1(s.median),
                dec1(s.sd)
            ),
        }
    }

    /// `6.1〜8.9分`, or "too few" below five values.
    pub fn ts_interval(self, ci: Option<(f64, f64)>, unit: &str) -> String {
        match (self, ci) {
            (_, None) => self
                .pick(
                    "少なすぎて推定できません（5件未満）",
                    "too few to estimate (under 5)",
                )
                .into(),
            (Lang::Ja, Some((lo, hi))) => format!("{}〜{}{unit}", dec1(lo), dec1(hi)),
            (Lang::En, Some((lo, hi))) => format!("{}–{}{unit}", dec1(lo), dec1(hi)),
        }
    }

    pub const fn ts_min(self) -> &'static str {
        self.pick("分", " min")
    }

    pub const fn ts_people(self) -> &'static str {
        self.pick("人", "")
    }

    /// `記録12件・5日（2026-12-01〜2026-12-05）・職員6人（うち5日分そろった人 4人）`.
    pub fn ts_phase_overview(self, o: &PhaseOverview) -> String {
        let date = |d: i64| WallTime(d * 86_400).date_text();
        let span = |to: &str| {
            let first = date(o.first_day);
            if o.first_day == o.last_day {
                first
            } else {
                format!("{first}{to}{}", date(o.last_day))
            }
        };
        let (records, days, staff, full) = (o.records, o.days, o.staff, o.full_round);
        match self {
            Lang::Ja => format!(
                "記録{records}件・{days}日（{}）・職員{staff}人（うち{ROUND_DAYS}日分そろった人 {full}人）",
                span("〜")
            ),
            Lang::En => format!(
                "{records} records on {days} days ({}), {staff} staff ({full} with a full {ROUND_DAYS}-day round)",
                span(" to ")
            ),
        }
    }

    pub const fn ts_compare_heading(self) -> &'static str {
        self.pick("導入前後の差（実測）", "Before against after (measured)")
    }

    pub const fn ts_after_label(self) -> &'static str {
        self.pick("比べる事後", "Compare with")
    }

    pub const fn ts_need_both(self) -> &'static str {
        self.pick(
            "事前と事後の両方に記録があると、差を計算します。",
            "With records before and after, the difference is computed here.",
        )
    }

    /// `1人1日あたり 10分減（95%区間 6.2〜13.8分）`.
    pub fn ts_saving(self, per_occurrence: bool, diff: f64, ci: Option<(f64, f64)>) -> String {
        let what = match (self, per_occurrence) {
            (Lang::Ja, true) => "1回あたり",
            (Lang::Ja, false) => "1人1日あたり",
            (Lang::En, true) => "Per occurrence",
            (Lang::En, false) => "Per person per day",
        };
        let change = match (self, diff >= 0.0) {
            (Lang::Ja, true) => format!("{}分減", dec1(diff)),
            (Lang::Ja, false) => format!("{}分増", dec1(-diff)),
            (Lang::En, true) => format!("{} min less", dec1(diff)),
            (Lang::En, false) => format!("{} min more", dec1(-diff)),
        };
        // The interval of what is said: of the decrease, or of the increase (a
        // difference before − after of −6 (−7 to −5) is 6 more, 5 to 7).
        let ci = match diff >= 0.0 {
            true => ci,
            false => ci.map(|(lo, hi)| (-hi, -lo)),
        };
        let ci = self.ts_interval(ci, self.ts_min());
        match self {
            Lang::Ja => format!("{what} {change}（95%区間 {ci}）"),
            Lang::En => format!("{what}: {change} (95% interval {ci})"),
        }
    }

    /// What a difference means for the kind of work (after the figures).
    pub const fn ts_reading(self, r: Reading) -> &'static str {
        match r {
            Reading::TimeFreed => self.pick(
                "間接業務が減り、その分の時間が空きました",
                "less indirect work: time freed",
            ),
            Reading::MoreIndirect => self.pick(
                "間接業務が増えています（削減ではありません）",
                "more indirect work: not a saving",
            ),
            Reading::MoreCare => self.pick(
                "利用者に向き合う時間が増えました",
                "more time with residents",
            ),
            Reading::LessCare => self.pick(
                "直接介護が減っています。削減ではありません（ケアが足りているか確かめてください）",
                "less direct care: not a saving (check that care is not cut short)",
            ),
            Reading::Neutral => self.pick(
                "休憩・待機やその他の時間の変化です（それだけでは良し悪しを判断しません）",
                "a change in breaks or other time, neither good nor bad in itself",
            ),
            Reading::Unclear => self.pick(
                "はっきりした差とは言えません（95%区間が0をまたいでいます）",
                "no clear difference (the 95% interval includes zero)",
            ),
            Reading::TooFew => self.pick(
                "記録が少なく、まだ判断できません",
                "too few records to tell yet",
            ),
        }
    }

    pub const fn ts_apply_heading(self) -> &'static str {
        self.pick(
            "計算に使う（実測の値に置き換え）",
            "Use in the calculator (measured values)",
        )
    }

    pub const fn ts_apply(self) -> &'static str {
        self.pick("計算に使う", "Use it")
    }

    pub const fn ts_apply_all(self) -> &'static str {
        self.pick(
            "実測した削減時間をすべて計算に使う",
            "Use every measured time saving",
        )
    }

    pub const fn ts_counts_stay(self) -> &'static str {
        self.pick(
            "人数・件数（参加職員数・利用者数など）は事業所の数字のままです。実測は一部の職員で行うことが多く、記録した人数は事業所全体の人数ではないためです。",
            "Counts (staff taking part, users) stay the facility's own: a study usually times some of the staff, and the number it recorded is not the whole facility's.",
        )
    }

    pub const fn ts_whole_unit(self) -> &'static str {
        self.pick(
            "この実測では、対象の職員・利用者を全員、毎日記録しました（一部の人だけではありません）。記録した1日あたりの人数・件数を計算に使えるようにする",
            "This study timed every member of staff and every user concerned, every day (not a sample): offer its counts per day for the calculator",
        )
    }

    pub const fn ts_no_counts(self) -> &'static str {
        self.pick(
            "計算に使える人数・件数の実測値はありません（事前に5日以上の記録があり、日によって人数が違い、95%区間が0を含まないとき示せます。毎日同じ人数なら試算の画面で入力してください）。",
            "No measured count to use (it takes 5 or more days before the change, with counts that differ by day and a 95% interval above 0; if the count is the same every day, type it in the calculator).",
        )
    }

    pub const fn ts_nothing_to_apply(self) -> &'static str {
        self.pick(
            "計算に使える実測値はまだありません（事前・事後それぞれ5件以上で、95%区間が0を含まない削減が出たとき）。",
            "No measured value to use yet (it takes 5 or more values before and after, and a saving whose 95% interval lies above 0).",
        )
    }

    pub fn ts_applied(self, n: usize) -> String {
        match self {
            Lang::Ja => {
                format!("{n}項目を実測の値にしました。試算の画面に「実測」と表示されます。")
            }
            Lang::En if n == 1 => {
                "1 input now uses the measured value; it is marked “measured” in the estimate."
                    .into()
            }
            Lang::En => format!(
                "{n} inputs now use measured values; they are marked “measured” in the estimate."
            ),
        }
    }

    /// A measured value: `申し送り 削減時間：7.5分/日（95%区間 6〜9、n=42）`.
    pub fn ts_measured_value(
        self,
        field_label: &str,
        value: f64,
        ci: Option<(f64, f64)>,
        n: usize,
        unit: &str,
    ) -> String {
        let ci = self.ts_interval(ci, unit);
        match self {
            Lang::Ja => format!(
                "{field_label}：{}{unit}（95%区間 {ci}、n={n}）",
                dec1(value)
            ),
            Lang::En => format!(
                "{field_label}: {}{unit} (95% interval {ci}, n = {n})",
                dec1(value)
            ),
        }
    }

    /// The badge of a measured input `f`, its interval in the input's unit:
    /// `実測 n=42・95%区間 6〜9分`.
    pub fn measured_badge(self, f: Field, b: Badge) -> String {
        let unit = self.unit(f.unit());
        match self {
            Lang::Ja => format!("実測 n={}・95%区間 {}〜{}{unit}", b.n, b.low, b.high),
            Lang::En => format!(
                "measured, n = {}, 95% interval {}–{} {unit}",
                b.n, b.low, b.high
            ),
        }
    }

    /// One measured input in a list: its name, value and unit, and its badge.
    pub fn measured_item(self, f: Field, value: &str, b: Badge) -> String {
        let unit = self.unit(f.unit());
        match self {
            Lang::Ja => format!(
                "{}：{value}{unit}（{}）",
                self.field_name(f),
                self.measured_badge(f, b)
            ),
            Lang::En => format!(
                "{}: {value} {unit} ({})",
                self.field_name(f),
                self.measured_badge(f, b)
            ),
        }
    }

    /// The methodology's list of measured inputs.
    pub const fn method_measured_lead(self) -> &'static str {
        self.pick(
            "この試算では、次の値が想定値ではなく、この施設のタイムスタディ（「実測」の画面）の実測値です。幅（低〜高）も倍率ではなく実測の95%信頼区間（削減時間は導入前後の差の Welch の t 区間、人数・件数は1日あたりの平均の t 区間）から計算しています。",
            "In this estimate the following values are not assumptions but this facility's time study (the Measure screen). Their low–high range comes from the measured 95% confidence interval (for minutes saved, Welch's t interval of the before–after difference; for people and entries, the t interval of the daily mean), not from the multipliers.",
        )
    }

    /// The costs screen's note beside the range multipliers.
    pub const fn costs_measured_lead(self) -> &'static str {
        self.pick(
            "実測値を使っている項目の行（申し送りなど）は、幅を下の倍率ではなく実測の95%区間で計算します（その行の他の入力値は入力のままです）：",
            "A line with a measured input takes its range from the measured 95% interval, not from the multipliers below (its other inputs stay as entered):",
        )
    }

    pub const fn measured_tag(self) -> &'static str {
        self.pick("実測", "measured")
    }

    pub const fn assumed_tag(self) -> &'static str {
        self.pick("想定", "assumed")
    }

    pub const fn ts_files_heading(self) -> &'static str {
        self.pick(
            "ファイル（端末をまたいで集める・Excel）",
            "Files (combine devices, Excel)",
        )
    }

    pub const fn ts_export_records(self) -> &'static str {
        self.pick("記録をCSVで書き出す", "Export the records (CSV)")
    }

    pub const fn ts_export_summary(self) -> &'static str {
        self.pick("集計をCSVで書き出す", "Export the summary (CSV)")
    }

    pub const fn ts_import(self) -> &'static str {
        self.pick(
            "CSVを取り込む（別の端末の記録、他で行った調査）",
            "Import a CSV (another device's records, a study done elsewhere)",
        )
    }

    pub const fn ts_import_help(self) -> &'static str {
        self.pick(
            "列：記録ID（なくても可）,業務,開始,終了,勤務帯,時期,職員コード,職種,不通。英語の列名（id,task,start,end,shift,phase,staff,role,failed）も使えます。同じファイルを2回取り込んでも増えません。1行でも誤りがあれば何も取り込みません。業務名「その他の間接業務」は以前の版の B 13〜19（一括）として読みます。B 19 だけなら「その他の間接業務(19)」と書いてください。",
            "Columns: 記録ID (optional), 業務, 開始, 終了, 勤務帯, 時期, 職員コード, 職種, 不通 — or in English: id, task, start, end, shift, phase, staff, role, failed. Importing the same file twice adds nothing. If any row is wrong, nothing is imported. The task name その他の間接業務 is read as older versions wrote it, B 13–19 as one; for B 19 alone write その他の間接業務(19).",
        )
    }

    pub const fn ts_method(self) -> &'static str {
        self.pick(
            "計算方法：1回あたり・1人1日あたりの平均と、その95%信頼区間（平均 ± t(0.975, n−1)×標準偏差÷√n、スチューデントのt分布）。事前と事後の差はウェルチの方法（分散が異なる2群）で区間を出します。1人1日＝その業務を1回以上した職員の1勤務日。5件未満は推定しません。",
            "Method: means per occurrence and per person per day with their 95% confidence intervals (mean ± t(0.975, n−1) × SD ÷ √n, Student's t). The before/after difference uses Welch's interval (unequal variances). A person-day is one staff member's work day with the task at least once. Under 5 values, nothing is estimated.",
        )
    }

    pub const fn ts_storage_failed(self) -> &'static str {
        self.pick(
            "この端末に記録を保存できません（保存領域がいっぱいか、使えません）。CSVに書き出してください。",
            "The records cannot be saved on this device (storage full or unavailable). Export them to CSV.",
        )
    }

    pub fn ts_recovered(self, kept: bool) -> String {
        self.pick(
            if kept {
                "保存されていた実測の記録を読めませんでした。元のデータは別の名前で残してあります。"
            } else {
                "保存されていた実測の記録を読めませんでした。"
            },
            if kept {
                "The saved time study could not be read; its data was kept under another name."
            } else {
                "The saved time study could not be read."
            },
        )
        .into()
    }

    pub const fn ts_future(self) -> &'static str {
        self.pick(
            "実測の記録は新しい版のアプリで保存されています。アプリを更新してください（記録はそのまま残してあります）。",
            "The time study was saved by a newer version of the app. Update the app (the records are kept).",
        )
    }

    /// The unit suffix of a measured input (`分/日`, `人/日`).
    pub fn ts_unit(self, f: Field) -> &'static str {
        match f.unit() {
            Unit::MinutesPerDay => self.pick("分", " min"),
            _ => self.pick("人", " people"),
        }
    }
}

impl Lang {
    pub const fn ts_csv_header(self) -> [&'static str; 25] {
        match self {
            Lang::Ja => [
                "業務",
                "ガイドラインのコード",
                "時期",
                "回数（タップ）",
                "1回あたり 平均（分）",
                "1回あたり 中央値（分）",
                "1回あたり 標準偏差（分）",
                "1回あたり 95%区間 下限（分）",
                "1回あたり 95%区間 上限（分）",
                "人日の数",
                "1人1日あたり 平均（分）",
                "1人1日あたり 95%区間 下限（分）",
                "1人1日あたり 95%区間 上限（分）",
                "1日の参加人数",
                "昼の合計（分）",
                "夜の合計（分）",
                "不通の電話（件）",
                "10分記録（件、回数に含めない）",
                "事前より減った時間 1回あたり（分、負は増加）",
                "差 1回あたり 95%区間 下限（分）",
                "差 1回あたり 95%区間 上限（分）",
                "事前より減った時間 1人1日あたり（分、負は増加）",
                "差 1人1日あたり 95%区間 下限（分）",
                "差 1人1日あたり 95%区間 上限（分）",
                "差の意味",
            ],
            Lang::En => [
                "Task",
                "Guideline code",
                "Phase",
                "Occurrences (tapped)",
                "Per occurrence mean (min)",
                "Per occurrence median (min)",
                "Per occurrence SD (min)",
                "Per occurrence 95% low (min)",
                "Per occurrence 95% high (min)",
                "Person-days",
                "Per person per day mean (min)",
                "Per person per day 95% low (min)",
                "Per person per day 95% high (min)",
                "People per day",
                "Day total (min)",
                "Night total (min)",
                "Failed calls",
                "Sheet records (not occurrences)",
                "Less than before per occurrence (min, negative = more)",
                "Difference per occurrence 95% low (min)",
                "Difference per occurrence 95% high (min)",
                "Less than before per person per day (min, negative = more)",
                "Difference per person per day 95% low (min)",
                "Difference per person per day 95% high (min)",
                "What the difference means",
            ],
        }
    }

    pub const fn ts_csv_method_heading(self) -> &'static str {
        self.pick("計算方法", "Method")
    }

    /// The guideline's code: `B 10 巡回・移動`.
    pub const fn ts_code(self, c: Code) -> &'static str {
        match c {
            Code::A => self.ts_group(Group::A),
            Code::B10 => self.pick("B 10 巡回・移動", "B 10 Rounds, moving about"),
            Code::B11 => self.pick(
                "B 11 記録・文書作成・連絡調整等",
                "B 11 Records, documents, liaison",
            ),
            Code::B12 => self.pick("B 12 見守り機器の使用・確認", "B 12 Monitoring devices"),
            Code::B13 => self.pick(
                "B 13 他の職員に対する指導・教育",
                "B 13 Instructing other staff",
            ),
            Code::B14 => self.pick(
                "B 14 朝食・おやつの配膳・下膳等",
                "B 14 Serving breakfast, snacks",
            ),
            Code::B15 => self.pick("B 15 入浴業務の準備等", "B 15 Preparing baths"),
            Code::B16 => self.pick("B 16 リネン交換・ベッドメイク", "B 16 Linen, making beds"),
            Code::B17 => self.pick("B 17 居室清掃・片付け", "B 17 Cleaning, tidying rooms"),
            Code::B18 => self.pick(
                "B 18 消毒などの感染症対応",
                "B 18 Disinfection, infection control",
            ),
            Code::B19 => self.pick("B 19 その他の間接業務", "B 19 Other indirect work"),
            Code::B13To19 => self.pick(
                "B 13〜19（一括、以前の版の記録）",
                "B 13–19 as one (older records)",
            ),
            Code::BUncoded => self.pick("B 間接業務（コードなし）", "B Indirect work, no code"),
            Code::C => self.pick("C 20 休憩・待機・仮眠", "C 20 Breaks, standby, naps"),
            Code::D => self.pick("D 21 その他・未記入", "D 21 Other, not recorded"),
        }
    }

    /// The guideline's code group: `A 直接介護`.
    pub const fn ts_group(self, g: Group) -> &'static str {
        match g {
            Group::A => self.pick("A 直接介護", "A Direct care"),
            Group::B => self.pick("B 間接業務", "B Indirect work"),
            Group::C => self.pick("C 休憩・待機・仮眠", "C Breaks, standby, naps"),
            Group::D => self.pick("D その他・未記入", "D Other, not recorded"),
        }
    }

    pub fn ts_import_report(self, r: &ImportReport) -> String {
        let conflicts: Vec<String> = r
            .conflicts
            .iter()
            .map(|(line, id)| format!("{line}（{}）", Lang::isolate(id)))
            .collect();
        match self {
            Lang::Ja if r.conflicts.is_empty() => format!("{}件を追加しました（取り込み済み{}件）。", r.added, r.duplicates),
            Lang::Ja => format!(
                "{}件を追加しました（取り込み済み{}件）。同じ記録IDで内容が違う{}件は、この端末の記録を残しました：{}行目",
                r.added, r.duplicates, r.conflicts.len(), conflicts.join("、")
            ),
            Lang::En if r.conflicts.is_empty() => format!("Added {} (already here: {}).", r.added, r.duplicates),
            Lang::En => format!(
                "Added {} (already here: {}). {} with a known id but different content kept this device's record: line {}",
                r.added, r.duplicates, r.conflicts.len(), conflicts.join(", ")
            ),
        }
    }

    pub fn ts_import_error(self, e: &ImportError) -> String {
        match e {
            ImportError::Empty => self.pick("ファイルが空です。", "The file is empty.").into(),
            ImportError::Unreadable { line } => match self {
                Lang::Ja => format!("CSVとして読めません（{line}行目の引用符が閉じていません）。"),
                Lang::En => {
                    format!("Not a readable CSV (a quote opened on line {line} is never closed).")
                }
            },
            ImportError::NoHeader => self
                .pick(
                    "1行目に列名（業務,開始,終了,職員コード …）がありません。",
                    "The first row names no columns (task, start, end, staff …).",
                )
                .into(),
            ImportError::MissingColumns(cols) => match self {
                Lang::Ja => format!(
                    "必要な列がありません：{}",
                    cols.iter()
                        .map(|k| crate::timestudy::file::japanese_name(k).unwrap_or(k))
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                Lang::En => format!("Columns missing: {}", cols.join(", ")),
            },
            ImportError::DuplicateColumn(c) => match self {
                Lang::Ja => format!("同じ列が2回あります：{c}"),
                Lang::En => format!("A column appears twice: {c}"),
            },
            ImportError::NoRows => self
                .pick(
                    "列名の行だけで、記録がありません。",
                    "Only a header, no records.",
                )
                .into(),
            ImportError::TooMany { adding, room } => match self {
                Lang::Ja => format!(
                    "{adding}件は入りきりません（あと{room}件まで）。何も取り込んでいません。"
                ),
                Lang::En => {
                    format!("{adding} records do not fit (room for {room}). Nothing was imported.")
                }
            },
            ImportError::Rows(rows) => {
                let list: Vec<String> = rows
                    .iter()
                    .take(20)
                    .map(|r| match self {
                        Lang::Ja => format!("{}行目：{}", r.line, self.ts_problem(&r.problem)),
                        Lang::En => format!("line {}: {}", r.line, self.ts_problem(&r.problem)),
                    })
                    .collect();
                let more = rows.len().saturating_sub(20);
                let tail = match (self, more) {
                    (_, 0) => String::new(),
                    (Lang::Ja, n) => format!(" ほか{n}件"),
                    (Lang::En, n) => format!(" and {n} more"),
                };
                match self {
                    Lang::Ja => format!(
                        "誤りのある行があるため、何も取り込んでいません。{}{tail}",
                        list.join(" ／ ")
                    ),
                    Lang::En => format!(
                        "Some rows are wrong, so nothing was imported. {}{tail}",
                        list.join(" / ")
                    ),
                }
            }
        }
    }

    pub fn ts_problem(self, p: &Problem) -> String {
        let q = |t: &str| Lang::isolate(t);
        match (self, p) {
            (Lang::Ja, Problem::Cells { found, expected }) => {
                format!("列の数が{found}個です（{expected}個のはず）")
            }
            (Lang::En, Problem::Cells { found, expected }) => {
                format!("{found} cells, expected {expected}")
            }
            (Lang::Ja, Problem::UnknownTask(t)) => format!("業務「{}」が分かりません", q(t)),
            (Lang::En, Problem::UnknownTask(t)) => format!("unknown task “{}”", q(t)),
            (Lang::Ja, Problem::UnknownShift(t)) => {
                format!("勤務帯「{}」は 昼 か 夜 にしてください", q(t))
            }
            (Lang::En, Problem::UnknownShift(t)) => {
                format!("shift “{}” should be day or night", q(t))
            }
            (Lang::Ja, Problem::UnknownPhase(t)) => format!(
                "時期「{}」は 事前・事後①・事後② のどれかにしてください",
                q(t)
            ),
            (Lang::En, Problem::UnknownPhase(t)) => {
                format!("phase “{}” should be before, after1 or after2", q(t))
            }
            (Lang::Ja, Problem::UnknownRole(t)) => format!("職種「{}」が分かりません", q(t)),
            (Lang::En, Problem::UnknownRole(t)) => format!("unknown job “{}”", q(t)),
            (Lang::Ja, Problem::UnknownFailed(t)) => {
                format!("不通「{}」は 1 か空欄にしてください", q(t))
            }
            (Lang::En, Problem::UnknownFailed(t)) => {
                format!("failed “{}” should be 1 or empty", q(t))
            }
            (Lang::Ja, Problem::UnknownMethod(t)) => format!(
                "記録方法「{}」は タップ・10分記録 のどちらか（空欄はタップ）にしてください",
                q(t)
            ),
            (Lang::En, Problem::UnknownMethod(t)) => {
                format!("method “{}” should be tap or sheet (empty: tap)", q(t))
            }
            (Lang::Ja, Problem::BadStart(t)) => format!("開始「{}」が日時として読めません", q(t)),
            (Lang::En, Problem::BadStart(t)) => format!("start “{}” is not a date and time", q(t)),
            (Lang::Ja, Problem::BadEnd(t)) => format!("終了「{}」が日時として読めません", q(t)),
            (Lang::En, Problem::BadEnd(t)) => format!("end “{}” is not a date and time", q(t)),
            (_, Problem::EndNotAfterStart) => self
                .pick(
                    "終了が開始より後ではありません",
                    "the end is not after the start",
                )
                .into(),
            (_, Problem::SameMinute) => self
                .pick(
                    "開始と終了が同じ時刻（分まで）です。Excelで保存し直すと秒が消え、1分未満の記録がこうなります。アプリが書き出したままのファイルを読み込んでください",
                    "the start and the end are the same minute. Saving the file again in Excel drops the seconds, and a record under a minute becomes this: import the file as the app wrote it",
                )
                .into(),
            (_, Problem::TooLong) => self
                .pick("12時間を超えています", "longer than 12 hours")
                .into(),
            (_, Problem::NoStaff) => self.pick("職員コードがありません", "no staff code").into(),
            (Lang::Ja, Problem::BadStaff(t)) => format!(
                "職員コード「{}」は使えません（16文字まで、カンマ・引用符なし）",
                q(t)
            ),
            (Lang::En, Problem::BadStaff(t)) => format!(
                "staff code “{}” cannot be used (16 characters, no commas or quotes)",
                q(t)
            ),
            (Lang::Ja, Problem::BadId(t)) => {
                format!("記録ID「{}」は使えません（英数字と - _、40文字まで）", q(t))
            }
            (Lang::En, Problem::BadId(t)) => format!(
                "record id “{}” cannot be used (letters, digits, - and _, 40 at most)",
                q(t)
            ),
            (Lang::Ja, Problem::IdTwice(t)) => {
                format!("記録ID「{}」がファイル内で2回、違う内容で出てきます", q(t))
            }
            (Lang::En, Problem::IdTwice(t)) => {
                format!("record id “{}” appears twice with different content", q(t))
            }
        }
    }

    /// A tap or stop refused because the run has gone on for more than 12 hours.
    pub const fn ts_run_too_long(self) -> &'static str {
        self.pick(
            "12時間を超えて計測中のため、このままでは終了できません。「計測中」の欄で、実際に終わった時刻を入れて終了するか、記録せずに破棄してください。",
            "This has been timed for more than 12 hours, so it cannot be stopped as it is. Under “Being timed now”, enter the time it really ended, or discard it without a record.",
        )
    }

    /// Beside a run left going: what to do; `date` is its start's date (`2026-12-02`).
    pub fn ts_stuck_help(self, date: &str) -> String {
        match self {
            Lang::Ja => format!("12時間を超えて計測中です（終了の押し忘れ）。実際に終わった時刻を入れて「この時刻で終了」を押すか、「記録せずに破棄」を押してください。時刻は 17:00 の形、別の日なら {date} 17:00 の形です。"),
            Lang::En => format!("Timed for more than 12 hours (a forgotten stop). Enter the time it really ended and press “End at this time”, or press “Discard, no record”. Write the time as 17:00, or as {date} 17:00 for another day."),
        }
    }

    pub const fn ts_end_at_label(self) -> &'static str {
        self.pick("終了時刻", "End time")
    }

    pub const fn ts_end_at_save(self) -> &'static str {
        self.pick("この時刻で終了", "End at this time")
    }

    pub const fn ts_discard(self) -> &'static str {
        self.pick("記録せずに破棄", "Discard, no record")
    }

    /// The end-time field named with its person and task (`A01 の 申し送り の終了時刻`).
    pub fn ts_end_at_name(self, staff: &str, task: Task) -> String {
        let staff = Lang::isolate(staff);
        match self {
            Lang::Ja => format!("{staff} の {} の終了時刻", self.ts_task(task)),
            Lang::En => format!("End time ({staff}, {})", self.ts_task(task)),
        }
    }

    /// `A01 の 申し送り をこの時刻で終了`.
    pub fn ts_end_at_save_name(self, staff: &str, task: Task) -> String {
        let staff = Lang::isolate(staff);
        match self {
            Lang::Ja => format!("{staff} の {} をこの時刻で終了", self.ts_task(task)),
            Lang::En => format!("End at this time ({staff}, {})", self.ts_task(task)),
        }
    }

    /// `A01 の 申し送り を記録せずに破棄`.
    pub fn ts_discard_name(self, staff: &str, task: Task) -> String {
        let staff = Lang::isolate(staff);
        match self {
            Lang::Ja => format!("{staff} の {} を記録せずに破棄", self.ts_task(task)),
            Lang::En => format!("Discard, no record ({staff}, {})", self.ts_task(task)),
        }
    }

    pub const fn ts_end_at_bad(self) -> &'static str {
        self.pick(
            "時刻は 17:00 の形（別の日なら 2026-12-02 17:00 の形）で入力してください。",
            "Enter the time as 17:00 (or as 2026-12-02 17:00 for another day).",
        )
    }

    /// A typed end refused; `start` is the run's start (`2026-12-02 08:00`).
    pub fn ts_end_at_refused(self, e: &StudyError, start: &str) -> String {
        match (self, e) {
            (Lang::Ja, StudyError::TooLong) => format!(
                "開始（{start}）から12時間を超えています。実際に終わった時刻を入れてください。"
            ),
            (Lang::En, StudyError::TooLong) => format!(
                "That is more than 12 hours after the start ({start}). Enter the time it really ended."
            ),
            (Lang::Ja, StudyError::EndBeforeStart) => {
                format!("終了は開始（{start}）より後にしてください。")
            }
            (Lang::En, StudyError::EndBeforeStart) => {
                format!("The end must be after the start ({start}).")
            }
            _ => self.study_error(e).into(),
        }
    }

    /// A file to import in none of `file::ENCODINGS` (`file::UnknownEncoding`).
    pub const fn ts_unknown_encoding(self) -> &'static str {
        self.pick(
            "文字コードを読み取れません。UTF-8 か Shift_JIS（Excel の「CSV（コンマ区切り）」）で保存してください。何も取り込んでいません。",
            "The file's character encoding cannot be read. Save it as UTF-8 or Shift_JIS (Excel's “CSV (Comma delimited)”). Nothing was imported.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_without_float_formatting() {
        assert_eq!(dec1(7.46), "7.5");
        assert_eq!(dec1(12.0), "12");
        assert_eq!(dec1(-0.25), "−0.3");
        assert_eq!(dec1(0.04), "0");
        assert_eq!(dec1(f64::NAN), "0");
        assert_eq!(dec1(f64::INFINITY), "0");
    }

    #[test]
    fn missing_columns_are_named_as_the_japanese_header_names_them() {
        let e = crate::timestudy::file::ImportError::MissingColumns(vec!["start", "end", "staff"]);
        assert_eq!(
            Lang::Ja.ts_import_error(&e),
            "必要な列がありません：開始、終了、職員コード"
        );
        assert_eq!(
            Lang::En.ts_import_error(&e),
            "Columns missing: start, end, staff"
        );
    }

    #[test]
    fn a_difference_and_its_interval_say_the_same_way_round() {
        // Before − after: a decrease of 2 (1 to 3), an increase of 6 (5 to 7), an
        // increase whose interval reaches a small decrease.
        assert_eq!(
            Lang::Ja.ts_saving(true, 2.0, Some((1.0, 3.0))),
            "1回あたり 2分減（95%区間 1〜3分）"
        );
        assert_eq!(
            Lang::Ja.ts_saving(true, -6.0, Some((-7.03, -4.97))),
            "1回あたり 6分増（95%区間 5〜7分）"
        );
        assert_eq!(
            Lang::Ja.ts_saving(false, -4.44, Some((-14.18, 5.29))),
            "1人1日あたり 4.4分増（95%区間 −5.3〜14.2分）"
        );
        assert_eq!(
            Lang::En.ts_saving(true, -6.0, Some((-7.03, -4.97))),
            "Per occurrence: 6 min more (95% interval 5–7 min)"
        );
        assert_eq!(
            Lang::Ja.ts_saving(false, -9.77, Some((-19.55, 0.009))),
            "1人1日あたり 9.8分増（95%区間 0〜19.6分）"
        );
        assert!(Lang::Ja.ts_saving(true, -1.0, None).contains("少なすぎて"));
    }

    #[test]
    fn the_addon_sentence_follows_the_estimates_services_and_never_promises() {
        let of = |dayservice, residential, homevisit| Services {
            dayservice,
            residential,
            homevisit,
        };
        let ja = Lang::Ja.ts_addon(of(true, true, true));
        assert!(ja.contains("この試算では、入所は対象となりうるサービス、通所・訪問は対象外です。"));
        assert!(ja.contains("5日間のタイムスタディ"));
        assert!(ja.contains("dxmind.org/archives/2332"));
        assert!(Lang::Ja
            .ts_addon(of(true, false, true))
            .contains("この試算の通所・訪問は対象外です。"));
        assert!(Lang::Ja
            .ts_addon(of(false, true, false))
            .contains("この試算の入所は対象となりうるサービスです。"));
        assert!(!Lang::Ja
            .ts_addon(of(false, false, false))
            .contains("この試算"));
        let en = Lang::En.ts_addon(of(true, false, false));
        assert!(en.contains("In this estimate, Day service: not covered."));
        for text in [ja, en] {
            assert!(
                text.contains("それだけで加算の対象にはなりません")
                    || text.contains("A chat tool alone never makes a facility eligible")
            );
        }
    }
}
