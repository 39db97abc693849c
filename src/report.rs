//! Labelled reports: the proposal's data as CSV for Japanese Excel (UTF-8 with
//! BOM) — the facility, every input with its unit, every result and the
//! disclaimer, in the reader's language. Numbers are plain (`519000`, `2.5`) so
//! Excel reads them as numbers. Outside `model`: it joins the model and the words.

use crate::csv;
use crate::i18n::Lang;
use crate::model::facility::facility_name;
use crate::model::{compute, economics, Field, Num, Scenario, Service};

/// The inputs as a report lists them, label / value / unit: first what is counted
/// (service types, plan, subsidy, retention), then only the figures in use (see
/// `Field::in_use`), each written by `number`. The CSV and the printed proposal
/// both list these rows.
pub fn input_rows(s: &Scenario, lang: Lang, number: fn(Num) -> String) -> Vec<[String; 3]> {
    let choice = |label: &str, value: &str| [label.to_string(), value.to_string(), String::new()];
    let mut rows: Vec<[String; 3]> = Service::ALL
        .into_iter()
        .map(|sv| choice(lang.service_name(sv), lang.csv_included(s.services.has(sv))))
        .collect();
    rows.push(choice(
        lang.plan_label(),
        lang.plan_name(s.costs.license.plan),
    ));
    rows.push(choice(
        lang.subsidy_label(),
        lang.on_off(s.costs.subsidy.enabled),
    ));
    rows.push(choice(
        lang.retention_label(),
        lang.on_off(s.costs.retention.enabled),
    ));
    for f in Field::ALL.into_iter().filter(|f| f.in_use(s)) {
        // A measured input says so beside its unit; the value stays a number.
        let unit = match s.measured.get(f) {
            Some(b) => format!(
                "{}{}",
                lang.unit(f.unit()),
                lang.bracket(&lang.measured_badge(f, b))
            ),
            None => lang.unit(f.unit()).to_string(),
        };
        rows.push([lang.field_name(f), number(f.get(s)), unit]);
    }
    rows
}

/// A figure with one decimal as Excel reads a number (`7.5`, `-1.2`).
fn plain1(x: f64) -> String {
    let t = if x.is_finite() {
        (x * 10.0).round() as i64
    } else {
        0
    };
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.unsigned_abs() / 10, t.unsigned_abs() % 10)
}

/// The time study's summary as CSV: one table Excel can filter (one header row,
/// every column named apart): a row per task and phase, with the guideline's
/// code group, and for an after phase its difference from before and what that
/// means; then, after a blank row, the method on its own. Minutes with one
/// decimal; an interval that cannot be estimated is empty. (Written only, for
/// people: no later version reads it back.)
pub fn study_csv(ev: &crate::timestudy::evidence::Evidence, lang: Lang) -> String {
    use crate::timestudy::reading::reading;
    use crate::timestudy::record::Phase;
    let ci = |c: Option<(f64, f64)>| match c {
        Some((lo, hi)) => [plain1(lo), plain1(hi)],
        None => [String::new(), String::new()],
    };
    let mut rows = vec![lang.ts_csv_header().map(String::from).to_vec()];
    for t in &ev.tasks {
        // Minutes per occurrence: tapped records only (empty where there are none).
        let occ = |f: fn(&crate::timestudy::stats::Summary) -> f64| {
            t.occurrence
                .as_ref()
                .map(|o| plain1(f(o)))
                .unwrap_or_default()
        };
        let [lo, hi] = ci(t.occurrence.as_ref().and_then(|o| o.ci));
        let [plo, phi] = ci(t.person_day.ci);
        let mut row = vec![
            lang.ts_task(t.task).into(),
            lang.ts_code(t.task.code()).into(),
            lang.ts_phase(t.phase).into(),
            t.occurrence.as_ref().map_or(0, |o| o.n).to_string(),
            occ(|o| o.mean),
            occ(|o| o.median),
            occ(|o| o.sd),
            lo,
            hi,
            t.person_day.n.to_string(),
            plain1(t.person_day.mean),
            plo,
            phi,
            plain1(t.participants.mean),
            plain1(t.day_minutes),
            plain1(t.night_minutes),
            t.failed.to_string(),
            t.sheet.to_string(),
        ];
        match ev
            .compare(t.task, t.phase)
            .filter(|_| t.phase != Phase::Before)
        {
            Some(c) => {
                let [lo, hi] = ci(c.occurrence.and_then(|d| d.ci));
                let [plo, phi] = ci(c.person_day.ci);
                let meaning = lang.ts_reading(reading(t.task, c.person_day.diff, c.person_day.ci));
                row.extend([
                    c.occurrence.map(|d| plain1(d.diff)).unwrap_or_default(),
                    lo,
                    hi,
                    plain1(c.person_day.diff),
                    plo,
                    phi,
                    meaning.into(),
                ]);
            }
            None => row.extend(std::iter::repeat_n(String::new(), 7)),
        }
        rows.push(row);
    }
    rows.push(Vec::new());
    rows.push(vec![lang.ts_csv_method_heading().into()]);
    rows.push(vec![lang.ts_method().into()]);
    csv::write(&rows)
}

/// The report for `facility`, dated `date` (as the user's calendar shows it).
pub fn csv_report(s: &Scenario, lang: Lang, facility: &str, date: &str) -> String {
    let r = compute(s);
    let e = economics(s, &r);
    let row = |a: &str, b: String, c: &str| vec![a.to_string(), b, c.to_string()];
    let mut rows = vec![lang.csv_header().map(String::from).to_vec()];
    rows.push(row(lang.csv_facility(), facility_name(facility), ""));
    rows.push(row(lang.csv_date(), date.to_string(), ""));
    rows.extend(
        input_rows(s, lang, |n| n.to_string())
            .into_iter()
            .map(Vec::from),
    );
    let per_month = lang.csv_yen_per_month();
    for l in r.lines {
        // An excluded line says so instead of a figure of 0.
        rows.push(if l.included {
            row(lang.line_title(l.line), l.yen_month.to_string(), per_month)
        } else {
            row(lang.line_title(l.line), lang.excluded().to_string(), "")
        });
    }
    rows.push(row(
        lang.per_month(),
        r.total.yen_month.to_string(),
        per_month,
    ));
    rows.push(row(
        lang.per_year(),
        r.total.yen_year.to_string(),
        lang.csv_yen_per_year(),
    ));
    rows.push(row(
        lang.hours_freed(),
        format!(
            "{}.{}",
            r.total.hours_tenths / 10,
            r.total.hours_tenths % 10
        ),
        lang.hours_suffix_line(),
    ));
    rows.push(row(
        lang.fte(),
        format!("{}.{}", r.total.fte_tenths / 10, r.total.fte_tenths % 10),
        "",
    ));
    rows.push(row(
        lang.running_label(),
        e.running_monthly.to_string(),
        per_month,
    ));
    rows.push(row(
        lang.onetime_total_label(),
        e.onetime_total.to_string(),
        lang.csv_yen(),
    ));
    rows.push(row(
        lang.subsidy_label(),
        e.subsidy_yen.to_string(),
        lang.csv_yen(),
    ));
    rows.push(row(
        lang.net_monthly_label(),
        e.net_monthly.to_string(),
        per_month,
    ));
    rows.push(row(
        lang.net_yearly_label(),
        e.net_yearly.to_string(),
        lang.csv_yen_per_year(),
    ));
    rows.push(row(
        lang.payback_label(),
        lang.payback_figure(e.payback),
        "",
    ));
    rows.push(row(
        lang.breakeven_label(),
        lang.breakeven_figure(e.breakeven),
        "",
    ));
    rows.push(row(
        lang.csv_note(),
        lang.method_disclaimer().to_string(),
        "",
    ));
    csv::write(&rows)
}

/// The 法人 as one table Excel can filter: a row per facility and line, then the
/// 法人's rows (`法人計`): the month's and the year's yen, the hours a month and
/// the month's yen by kind of evidence (実測, 出典あり, 事業者の声, 仮定). Through
/// `csv::write` like every CSV the app writes (no cell runs as a formula).
pub fn group_csv(
    g: &crate::model::group::Group,
    r: &crate::model::group::RollUp,
    lang: Lang,
) -> String {
    use crate::model::grade::Evidence;
    use crate::model::{Line, Results};
    let hours = |t: u64| format!("{}.{}", t / 10, t % 10);
    let mut rows = vec![lang.group_csv_header().map(String::from).to_vec()];
    let mut add = |name: &str, res: &Results, ev: &Evidence| {
        for (l, line) in Line::ALL.into_iter().zip(&res.lines) {
            let mut row = vec![
                name.to_string(),
                lang.line_title(l).to_string(),
                line.yen_month.to_string(),
                line.yen_year.to_string(),
                hours(line.hours_tenths),
            ];
            row.extend(ev.line(l).map(|y| y.to_string()));
            rows.push(row);
        }
    };
    for (f, e) in g.facilities().iter().zip(&r.facilities) {
        add(&f.name, &e.results, &e.evidence);
    }
    add(lang.group_total_row(), &r.results, &r.evidence);
    csv::write(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::Preset;

    fn table(text: &str) -> Vec<Vec<String>> {
        csv::parse(text)
            .unwrap()
            .into_iter()
            .map(|(_, r)| r)
            .collect()
    }

    fn value<'a>(t: &'a [Vec<String>], label: &str) -> &'a str {
        &t.iter()
            .find(|r| r[0] == label)
            .unwrap_or_else(|| panic!("no row {label}"))[1]
    }

    #[test]
    fn the_group_csv_is_a_row_per_facility_and_line_then_the_sums() {
        use crate::model::group::{Facility, Group};
        let mut g = Group::default();
        g.add(Facility::new(
            "=SUM(A1) さくら",
            Preset::Brochure.scenario(),
        ));
        g.add(Facility::new("デイ", Preset::DayService.scenario()));
        let r = g.rollup(None);
        let text = group_csv(&g, &r, Lang::Ja);
        let rows = table(&text);
        assert_eq!(rows[0][0], "事業所");
        assert_eq!(rows.len(), 1 + 3 * 4);
        // Written as text, never as a formula (and read back as typed).
        assert!(text.contains("\r\n'=SUM(A1) さくら,"));
        assert_eq!(rows[1][0], "=SUM(A1) さくら");
        for line in 0..4 {
            let (a, b, t) = (&rows[1 + line], &rows[5 + line], &rows[9 + line]);
            assert_eq!(t[0], "法人計");
            for col in [2, 3, 5, 6, 7, 8] {
                let n = |r: &Vec<String>| r[col].parse::<u64>().unwrap();
                assert_eq!(n(t), n(a) + n(b), "line {line} column {col}");
            }
            let parts: u64 = (5..9).map(|c| t[c].parse::<u64>().unwrap()).sum();
            assert_eq!(parts.to_string(), t[2]);
        }
    }

    #[test]
    fn brochure_report_opens_in_excel_with_every_figure() {
        let text = csv_report(
            &Preset::Brochure.scenario(),
            Lang::Ja,
            "ひだまりの里",
            "2026-11-24",
        );
        assert!(text.starts_with(csv::BOM) && text.ends_with("\r\n"));
        let t = table(&text);
        assert_eq!(t[0], vec!["項目", "値", "単位"]);
        assert_eq!(value(&t, "事業所名"), "ひだまりの里");
        assert_eq!(value(&t, "時給"), "1500");
        assert_eq!(value(&t, "削減時間（連絡ノート）"), "5");
        assert_eq!(value(&t, "連絡ノート記入時間の削減"), "97500");
        assert_eq!(value(&t, "月間"), "519000");
        assert_eq!(value(&t, "年間"), "6228000");
        assert_eq!(value(&t, "削減時間"), "340.0");
        assert_eq!(value(&t, "入所"), "対象");
        assert!(value(&t, "注記").contains("試算"));
        assert!(t.iter().all(|r| r.len() == 3));
    }

    #[test]
    fn the_time_study_summary_opens_in_excel_with_numbers() {
        use crate::timestudy::record::{Phase, Role, Task};
        use crate::timestudy::{evidence::evidence, Study, WallTime};
        let mut st = Study::new("t");
        let day = |d: u32, hm: &str| WallTime::parse(&format!("2026-11-{d:02} {hm}")).unwrap();
        for (phase, minutes) in [(Phase::Before, 20), (Phase::After1, 8)] {
            st.phase = phase;
            for d in 1..=5 {
                let d = if phase == Phase::Before { d } else { d + 10 };
                st.tap("A1", Role::Nurse, Task::Handover, day(d, "08:30"))
                    .unwrap();
                st.stop(
                    "A1",
                    day(d, "08:30").plus_seconds(minutes * 60 + i64::from(d) * 6),
                )
                .unwrap();
            }
        }
        let text = study_csv(&evidence(&st), Lang::Ja);
        let rows = table(&text);
        // One header row, every column named apart, every row of the table as wide.
        let head = &rows[0];
        assert_eq!((head[0].as_str(), head.len()), ("業務", 25));
        let names: std::collections::BTreeSet<&String> = head.iter().collect();
        assert_eq!(names.len(), head.len());
        let table_rows: Vec<&Vec<String>> = rows.iter().take_while(|r| r.len() > 1).collect();
        assert!(table_rows.iter().all(|r| r.len() == head.len()));
        let before = rows.iter().find(|r| r[2] == "事前（導入前）").unwrap();
        // 20.1, 20.2 … 20.5 minutes: mean 20.3; no difference on the before row.
        assert_eq!(
            (before[1].as_str(), before[3].as_str(), before[4].as_str()),
            ("B 11 記録・文書作成・連絡調整等", "5", "20.3")
        );
        // No record from the 10-minute sheet; no difference on the before row.
        assert_eq!(before[17], "0");
        assert!(before[18..].iter().all(String::is_empty));
        let after = rows.iter().find(|r| r[2] == "事後①").unwrap();
        // After: 8 min + 66…90 s = 9.1 … 9.5; the difference is 11.0 per occurrence.
        assert_eq!(after[18], "11.0");
        assert_eq!(after[24], "間接業務が減り、その分の時間が空きました");
        // Then a blank row, and the method on its own.
        assert!(text.contains("\r\n\r\n計算方法\r\n"));
        assert_eq!(rows[table_rows.len()], ["計算方法"]);
        assert!(rows
            .iter()
            .flatten()
            .all(|c| !c.starts_with(['=', '+', '@'])));
    }

    /// What is left of a text once runs of Japanese writing (kana or kanji with
    /// the punctuation around them, e.g. a cited title) are taken out.
    fn outside_japanese(text: &str) -> String {
        let japanese =
            |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '々');
        let punctuation = |c: char| "：／（）「」『』、。〜・ー　".contains(c);
        let chars: Vec<char> = text.chars().collect();
        let mut keep = vec![true; chars.len()];
        for (i, c) in chars.iter().enumerate() {
            if japanese(*c) {
                keep[i] = false;
                // The punctuation next to Japanese writing is its own.
                for step in [-1isize, 1] {
                    let mut j = i as isize + step;
                    while (0..chars.len() as isize).contains(&j) && punctuation(chars[j as usize]) {
                        keep[j as usize] = false;
                        j += step;
                    }
                }
            }
        }
        chars
            .iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(c, _)| *c)
            .collect()
    }

    #[test]
    fn english_exports_use_english_punctuation() {
        use crate::timestudy::record::{Phase, Role, Task};
        use crate::timestudy::{evidence::evidence, Study, WallTime};
        let mut s = Preset::Brochure.scenario();
        s.apply_measured(Field::HandoverMinutes, 7.5, (6.0, 9.0), 42);
        let mut st = Study::new("t");
        for (phase, day) in [(Phase::Before, 2), (Phase::After1, 12)] {
            st.phase = phase;
            for d in day..day + 5 {
                let at = WallTime::parse(&format!("2026-11-{d:02} 08:30")).unwrap();
                st.tap("A1", Role::Nurse, Task::Handover, at).unwrap();
                st.stop("A1", at.plus_seconds(600 + i64::from(d) * 7))
                    .unwrap();
            }
        }
        for text in [
            csv_report(&s, Lang::En, "", "2026-12-07"),
            study_csv(&evidence(&st), Lang::En),
        ] {
            let left = outside_japanese(&text);
            let bad: Vec<&str> = left
                .lines()
                .filter(|l| {
                    l.contains(['：', '／', '（', '）', '「', '」', '、', '。', '〜', '・'])
                })
                .collect();
            assert!(bad.is_empty(), "{bad:#?}");
        }
        // The check itself: an English line with a Japanese bracket is caught,
        // a Japanese name keeps its own.
        assert!(outside_japanese("Per year ¥6,228,000（¥6.2M）").contains('（'));
        assert!(!outside_japanese("Care manager: ケアマネジャー（居宅）").contains('（'));
    }

    #[test]
    fn a_measured_input_says_so_beside_its_unit() {
        let mut s = Preset::Brochure.scenario();
        s.apply_measured(Field::HandoverMinutes, 7.5, (6.0, 9.0), 42);
        let rows = input_rows(&s, Lang::Ja, |n| n.to_string());
        let row = rows.iter().find(|r| r[1] == "7.5").unwrap();
        assert_eq!(row[2], "分/日（実測 n=42・95%区間 6〜9分/日）");
        let rows = input_rows(&s, Lang::En, |n| n.to_string());
        assert!(rows
            .iter()
            .any(|r| r[2].ends_with("(measured, n = 42, 95% interval 6–9 min/day)")));
    }

    #[test]
    fn names_with_commas_quotes_and_lines_survive() {
        let name = "社会福祉法人 \"あおぞら\", 第2ホーム\n(本館)";
        let t = table(&csv_report(
            &Preset::HomeVisit.scenario(),
            Lang::En,
            name,
            "2026-11-24",
        ));
        assert_eq!(value(&t, "Facility"), name);
        assert_eq!(value(&t, "Residential"), "Not included");
        assert_eq!(
            value(&t, "Shift-handover time"),
            "Not included",
            "no 0 for an excluded line"
        );
        let staff = Lang::En.field_name(Field::HandoverStaff);
        assert!(
            !t.iter().any(|r| r[0] == staff),
            "its figures are not listed"
        );
        assert_eq!(value(&t, "Per month"), "46500");
        // One-time 3,375 円 (135 min of set-up at 1,500 円/時) ÷ 42,000 円 net a month.
        assert_eq!(value(&t, "Payback"), "0.1 months");
    }

    #[test]
    fn a_facility_name_that_is_a_formula_is_written_as_text() {
        let mut s = Preset::HomeVisit.scenario();
        s.costs.license.price = crate::model::num::Num::whole(9_000);
        for name in [
            "=HYPERLINK(\"http://x.invalid\",\"開く\")",
            "+1+1",
            "@SUM(1,1)",
            "-2+3",
        ] {
            let text = csv_report(&s, Lang::Ja, name, "2026-12-02");
            let facility = text.lines().nth(1).unwrap();
            assert!(
                facility.starts_with("事業所名,'") || facility.starts_with("事業所名,\"'"),
                "{facility}"
            );
            let t = table(&text);
            assert_eq!(value(&t, "事業所名"), name, "reads back as typed");
            // Negative yen stay plain numbers a spreadsheet can sum.
            let net = value(&t, "純効果（月）");
            assert!(
                net.starts_with('-') && net[1..].parse::<u64>().is_ok(),
                "{net}"
            );
            assert!(text.contains(&format!(",{net},")));
        }
    }

    #[test]
    fn a_long_facility_name_is_clipped_where_it_is_carried() {
        assert_eq!(facility_name("  ひだまりの里 "), "ひだまりの里");
        let long = "あ".repeat(200);
        let clipped = facility_name(&long);
        assert_eq!(
            clipped.chars().count(),
            crate::model::facility::MAX_FACILITY
        );
        assert!(clipped.ends_with('…'));
        let t = table(&csv_report(
            &Preset::Brochure.scenario(),
            Lang::Ja,
            &long,
            "d",
        ));
        assert_eq!(value(&t, "事業所名"), clipped);
    }

    #[test]
    fn negative_value_and_no_payback_are_written_as_such() {
        let mut s = Preset::HomeVisit.scenario();
        s.costs.license.price = crate::model::num::Num::whole(9_000);
        let t = table(&csv_report(&s, Lang::Ja, "x", "d"));
        assert!(value(&t, "純効果（月）").starts_with('-'));
        assert_eq!(value(&t, "回収期間"), "回収できません");
    }
}
