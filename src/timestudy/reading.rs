//! What a measured difference means, by the kind of work (the guideline's code
//! groups): less indirect work is time freed, more direct care is time given
//! back to residents, and less direct care is never a saving. A difference
//! whose 95 % interval takes in zero is said to be unclear, whatever its sign.
//! Also the guideline's code and code group of each task (`Task::code`).

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

/// The guideline's task codes, as this study records them: A (1–9, by care
/// act, recorded as one), B 10 to B 19 one by one, B 13–19 as one (recorded
/// before they were offered one by one), B without a code (`Task::Indirect`,
/// recorded before the codes were offered), C 20, D 21. The names and numbers
/// are those of MHLW's effect-measurement study (介護ロボット等による生産性向上の
/// 取組に関する効果測定事業 報告書, its list of codes: wic-net.com/material/
/// document/9020/229).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    A,
    B10,
    B11,
    B12,
    B13,
    B14,
    B15,
    B16,
    B17,
    B18,
    B19,
    B13To19,
    BUncoded,
    C,
    D,
}

impl Code {
    /// In the order MHLW's tables list them.
    pub const ALL: [Code; 15] = [
        Code::A,
        Code::B10,
        Code::B11,
        Code::B12,
        Code::B13,
        Code::B14,
        Code::B15,
        Code::B16,
        Code::B17,
        Code::B18,
        Code::B19,
        Code::B13To19,
        Code::BUncoded,
        Code::C,
        Code::D,
    ];

    /// One of B 13–19 (one by one or as one): the guideline's other indirect
    /// work, which results also give as one subtotal.
    pub const fn in_13_to_19(self) -> bool {
        // B 13 to 19, then 13–19 as one, stand together in `Code`.
        Code::B13 as u8 <= self as u8 && self as u8 <= Code::B13To19 as u8
    }

    pub const fn group(self) -> Group {
        match self {
            Code::A => Group::A,
            Code::C => Group::C,
            Code::D => Group::D,
            _ => Group::B,
        }
    }

    /// The guideline's number(s): `"10"`, `"13–19"`; A's care acts and a B
    /// recorded without one have none.
    pub const fn number(self) -> &'static str {
        match self {
            Code::A | Code::BUncoded => "",
            Code::B10 => "10",
            Code::B11 => "11",
            Code::B12 => "12",
            Code::B13 => "13",
            Code::B14 => "14",
            Code::B15 => "15",
            Code::B16 => "16",
            Code::B17 => "17",
            Code::B18 => "18",
            Code::B19 => "19",
            Code::B13To19 => "13–19",
            Code::C => "20",
            Code::D => "21",
        }
    }
}

impl Task {
    /// The guideline's code of the task.
    pub const fn code(self) -> Code {
        match self {
            Task::DirectCare => Code::A,
            Task::Rounds => Code::B10,
            Task::Handover | Task::Notebook | Task::Phone | Task::Printing | Task::Records => {
                Code::B11
            }
            Task::Monitoring => Code::B12,
            Task::Instruction => Code::B13,
            Task::Meals => Code::B14,
            Task::BathPrep => Code::B15,
            Task::Linen => Code::B16,
            Task::Cleaning => Code::B17,
            Task::Infection => Code::B18,
            Task::MiscIndirect => Code::B19,
            Task::OtherIndirect => Code::B13To19,
            Task::Indirect => Code::BUncoded,
            Task::Break => Code::C,
            Task::Other => Code::D,
        }
    }

    /// The guideline's code group of the task.
    pub const fn group(self) -> Group {
        self.code().group()
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
    fn every_code_but_the_old_ones_is_offered_by_exactly_one_task_or_b11() {
        for code in Code::ALL {
            let offered = Task::OFFERED.iter().filter(|t| t.code() == code).count();
            let old = matches!(code, Code::BUncoded | Code::B13To19);
            match code {
                _ if old => assert_eq!(offered, 0, "{code:?}"),
                // The four chat tasks and the rest of B 11.
                Code::B11 => assert_eq!(offered, 5),
                _ => assert_eq!(offered, 1, "{code:?}"),
            }
        }
        // Only the two old tasks are not offered.
        let not_offered: Vec<Task> = Task::ALL
            .into_iter()
            .filter(|t| !Task::OFFERED.contains(t))
            .collect();
        assert_eq!(not_offered, [Task::OtherIndirect, Task::Indirect]);
    }

    #[test]
    fn b13_to_19_are_numbered_in_order_and_make_one_subtotal() {
        let one_by_one: Vec<Code> = Code::ALL
            .into_iter()
            .filter(|c| c.in_13_to_19() && *c != Code::B13To19)
            .collect();
        assert_eq!(one_by_one.len(), 7);
        for (i, code) in one_by_one.into_iter().enumerate() {
            assert_eq!(code.number(), (13 + i).to_string());
            assert!(code.in_13_to_19());
            assert_eq!(code.group(), Group::B);
        }
        assert!(Code::B13To19.in_13_to_19());
        let others = Code::ALL.iter().filter(|c| !c.in_13_to_19()).count();
        assert_eq!(others, Code::ALL.len() - 8);
        assert!(!Code::B12.in_13_to_19() && !Code::BUncoded.in_13_to_19());
    }

    #[test]
    fn every_chat_task_is_part_of_b11() {
        for task in Task::ALL {
            assert_eq!(
                task.is_chat_task(),
                task.code() == Code::B11 && task != Task::Records
            );
        }
    }
}
