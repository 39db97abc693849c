//! Forecast against actual: an estimate made before the change (a saved
//! estimate) against the same estimate with the study's measured minutes saved
//! in place of its assumptions, line by line, in yen and hours per month. Only the
//! measured minutes saved replace assumptions (`estimate::minutes_saved`, with
//! an interval, as in the calculator). Counts (people or entries per day) stay
//! the estimate's: a study often times a sample of the staff, and its count would
//! stand for the whole facility's (2 people a day in place of 50 turned a
//! handover saving into a loss).

use super::estimate::{apply, minutes_saved};
use super::evidence::Evidence;
use super::record::Phase;
use crate::model::compute::LineResult;
use crate::model::{compute, Line, Scenario};

/// One time line of the estimate, as forecast and as measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variance {
    pub line: Line,
    pub forecast: LineResult,
    pub actual: LineResult,
    /// Whether any input of the line was measured (otherwise both are the same).
    pub measured: bool,
}

impl Variance {
    /// Actual minus forecast, in yen per month.
    pub fn yen(&self) -> i64 {
        self.actual.yen_month as i64 - self.forecast.yen_month as i64
    }

    /// Actual minus forecast, in tenths of an hour per month.
    pub fn hours_tenths(&self) -> i64 {
        self.actual.hours_tenths as i64 - self.forecast.hours_tenths as i64
    }
}

/// The estimate `forecast` with the study's measured minutes saved (before
/// against `after`) in place of its assumptions.
pub fn actual(forecast: &Scenario, ev: &Evidence, after: Phase) -> Scenario {
    let mut s = *forecast;
    apply(&mut s, &minutes_saved(ev, after));
    s
}

/// Every time line the forecast counts (printing is cash, not timed).
pub fn variances(forecast: &Scenario, ev: &Evidence, after: Phase) -> Vec<Variance> {
    let real = actual(forecast, ev, after);
    let (f, a) = (compute(forecast), compute(&real));
    [Line::Notebook, Line::Handover, Line::Callback]
        .into_iter()
        .filter(|l| f.line(*l).included)
        .map(|line| Variance {
            line,
            forecast: *f.line(line),
            actual: *a.line(line),
            measured: real.measured.line(line),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, Preset};
    use crate::timestudy::evidence::evidence;
    use crate::timestudy::record::{Record, Role, Shift, Study, Task};
    use crate::timestudy::WallTime;

    /// Handover by two people a day for five days: 20, 22, 18, 24, 16 minutes each
    /// before, 13, 14, 15, 16, 17 after (a saving of 5 per person per day).
    fn study() -> Study {
        let mut s = Study::new("t");
        let mut id = 0;
        for (phase, month, minutes) in [
            (Phase::Before, 11, [20, 22, 18, 24, 16]),
            (Phase::After1, 12, [13, 14, 15, 16, 17]),
        ] {
            for (d, m) in minutes.iter().enumerate() {
                for who in ["A", "B"] {
                    id += 1;
                    let start =
                        WallTime::parse(&format!("2026-{month:02}-{:02} 08:30", d + 1)).unwrap();
                    s.insert(Record {
                        id: format!("t-{id}"),
                        task: Task::Handover,
                        start,
                        end: start.plus_seconds(m * 60),
                        shift: Shift::Day,
                        phase,
                        staff: who.into(),
                        role: Role::CareWorker,
                        failed: false,
                        sheet: false,
                    })
                    .unwrap();
                }
            }
        }
        s
    }

    #[test]
    fn the_brochure_forecast_against_a_measured_handover() {
        let forecast = Preset::Brochure.scenario();
        let ev = evidence(&study());
        let v = variances(&forecast, &ev, Phase::After1);
        assert_eq!(
            v.iter().map(|v| v.line).collect::<Vec<_>>(),
            [Line::Notebook, Line::Handover, Line::Callback]
        );
        let h = v[1];
        assert!(h.measured && !v[0].measured && !v[2].measured);
        // Forecast 50 × 10 min × 30 days × 1,500 ÷ 60 = 375,000円 (250 h); measured
        // 5 min a person a day: 50 × 5 × 30 × 1,500 ÷ 60 = 187,500円 (125 h).
        // The study timed two people a day, with an interval, yet the forecast
        // keeps the estimate's 50: the two are a sample.
        let ev_staff = ev.get(Task::Handover, Phase::Before).unwrap();
        assert!(ev_staff.participants.ci.is_some());
        let real = actual(&forecast, &ev, Phase::After1);
        assert_eq!(Field::HandoverMinutes.get(&real).to_string(), "5");
        assert_eq!(Field::HandoverStaff.get(&real).to_string(), "50");
        assert_eq!(h.forecast.yen_month, 375_000);
        assert_eq!(
            (h.actual.yen_month, h.actual.hours_tenths),
            (187_500, 1_250)
        );
        assert_eq!((h.yen(), h.hours_tenths()), (-187_500, -1_250));
        assert_eq!((v[0].yen(), v[2].yen()), (0, 0));
    }

    #[test]
    fn lines_the_forecast_leaves_out_are_not_compared() {
        let forecast = Preset::DayService.scenario();
        let v = variances(&forecast, &evidence(&study()), Phase::After1);
        assert_eq!(
            v.iter().map(|v| v.line).collect::<Vec<_>>(),
            [Line::Notebook]
        );
        assert_eq!(v[0].yen(), 0);
    }
}
