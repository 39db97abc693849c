//! What a measured difference means, by the kind of work (the guideline's code
//! groups): less indirect work is time freed, more direct care is time given
//! back to residents, and less direct care is never a saving. A difference
//! whose 95 % interval takes in zero is said to be unclear, whatever its sign.
//! Also the guideline's code group of each task (`Task::group`).

use super::record::Task;

/// The MHLW time study's code groups: A 直接介護, B 間接業務 (our four chat
/// tasks are parts of B 11 記録・文書作成・連絡調整等), C 休憩・待機・仮眠,
/// D その他・未記入.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    A,
    B,
    C,
    D,
}

impl Task {
    /// The guideline's code group of the task.
    pub const fn group(self) -> Group {
        match self {
            Task::DirectCare => Group::A,
            Task::Handover | Task::Notebook | Task::Phone | Task::Printing | Task::Indirect => {
                Group::B
            }
            Task::Break => Group::C,
            Task::Other => Group::D,
        }
    }
}

/// How a difference (`before − after`, per person per day) reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Indirect work down: time freed.
    TimeFreed,
    /// Indirect work up: more time spent, not a saving.
    MoreIndirect,
    /// Direct care up: time given back to residents.
    MoreCare,
    /// Direct care down: not a saving; the quality of care needs a look.
    LessCare,
    /// Breaks or other time, up or down: said as it is, without a judgement.
    Neutral,
    /// The interval takes in zero: no clear difference.
    Unclear,
    /// Too few records for an interval yet.
    TooFew,
}

/// How the difference `diff` (before − after) of `task`, with its 95 %
/// interval `ci`, reads.
pub fn reading(task: Task, diff: f64, ci: Option<(f64, f64)>) -> Reading {
    let Some((lo, hi)) = ci else {
        return Reading::TooFew;
    };
    if lo <= 0.0 && hi >= 0.0 {
        return Reading::Unclear;
    }
    let less_after = diff > 0.0;
    match (task.group(), less_after) {
        (Group::B, true) => Reading::TimeFreed,
        (Group::B, false) => Reading::MoreIndirect,
        (Group::A, true) => Reading::LessCare,
        (Group::A, false) => Reading::MoreCare,
        (Group::C | Group::D, _) => Reading::Neutral,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn less_direct_care_is_never_read_as_a_saving() {
        // 直接介護 11.9 min less a day, clearly: not time freed.
        assert_eq!(
            reading(Task::DirectCare, 11.9, Some((4.0, 19.8))),
            Reading::LessCare
        );
        assert_eq!(
            reading(Task::DirectCare, -6.0, Some((-9.0, -3.0))),
            Reading::MoreCare
        );
        assert_eq!(
            reading(Task::Handover, 7.5, Some((6.0, 9.0))),
            Reading::TimeFreed
        );
        assert_eq!(
            reading(Task::Indirect, -2.0, Some((-3.0, -1.0))),
            Reading::MoreIndirect
        );
        assert_eq!(
            reading(Task::Break, 5.0, Some((1.0, 9.0))),
            Reading::Neutral
        );
    }

    #[test]
    fn an_interval_across_zero_is_unclear_whatever_the_sign() {
        for task in Task::ALL {
            assert_eq!(reading(task, 3.0, Some((-1.0, 7.0))), Reading::Unclear);
            assert_eq!(reading(task, -3.0, Some((-7.0, 0.0))), Reading::Unclear);
            assert_eq!(reading(task, 3.0, None), Reading::TooFew);
        }
    }

    #[test]
    fn every_chat_task_is_indirect_work() {
        for task in Task::ALL {
            assert_eq!(
                task.is_chat_task(),
                task.group() == Group::B && task != Task::Indirect
            );
        }
    }
}
