//! Where every default comes from: the brochure, public statistics, the vendor's
//! price page, a prefecture's subsidy rules. Shown in the methodology panel.

use super::scenario::Field;

/// How far a default can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Taken from the cited source.
    Cited,
    /// Taken from a secondary source and not verified by us.
    Unverified,
    /// Our assumption: no source, change it to your own.
    Assumption,
}

/// One default and its origin. Texts are Japanese first, English second.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub id: &'static str,
    pub status: Status,
    /// What the default is.
    pub what: (&'static str, &'static str),
    /// Where it comes from, with its date.
    pub origin: (&'static str, &'static str),
    /// The fields that take this default.
    pub fields: &'static [Field],
}

pub const SOURCES: &[Source] = &[
    Source {
        id: "brochure",
        status: Status::Cited,
        what: (
            "時給1,500円、カラー印刷1枚30円×300枚/月、連絡ノート30人×5分×26日、申し送り50人×10分×30日、電話10人×5分×30日、導入3ステップ（5分・30分・10分/人）",
            "¥1,500/h, colour print ¥30 × 300/month, notebook 30 × 5 min × 26 days, handover 50 × 10 min × 30 days, calls 10 × 5 min × 30 days, the three set-up steps (5 min, 30 min, 10 min each)",
        ),
        origin: (
            "LINE WORKS「介護事業所向け ご案内資料」（パンフレット）。数値は同資料の例示",
            "LINE WORKS brochure for care providers; the figures are its examples",
        ),
        fields: &[
            Field::Wage,
            Field::PrintingColorSheets,
            Field::PrintingColorPrice,
            Field::NotebookUsers,
            Field::NotebookMinutes,
            Field::NotebookDays,
            Field::HandoverStaff,
            Field::HandoverMinutes,
            Field::HandoverDays,
            Field::CallbackStaff,
            Field::CallbackMinutes,
            Field::CallbackDays,
            Field::SetupApplyMinutes,
            Field::SetupRosterMinutes,
            Field::SetupPerUserMinutes,
            Field::BreakevenDays,
        ],
    },
    Source {
        id: "license-price",
        status: Status::Cited,
        what: (
            "スタンダードプラン 1ユーザー月額450円（年額契約）。監査ログのダウンロード、LINEユーザーとの制限のないトークを含む",
            "Standard plan ¥450 per user per month (annual contract), adding audit-log download and unrestricted talk with LINE users",
        ),
        origin: (
            "LINE WORKS ヘルプセンター「フリープランからスタンダードプランへのアップグレード」FAQ（2026年11月の本アプリ作成時点の記載）。最新の料金は公式サイトで確認してください",
            "LINE WORKS help centre FAQ on upgrading from the free plan (as recorded in November 2026 when this app was written); check the official site for current prices",
        ),
        fields: &[Field::LicensePrice],
    },
    Source {
        id: "free-plan",
        status: Status::Unverified,
        what: ("フリープラン：100ユーザーまで、5GB", "Free plan: up to 100 users, 5 GB"),
        origin: (
            "第三者サイトの記載（2023年10月5日の仕様改定後）。未確認",
            "Third-party pages (after the 5 Oct 2023 revision); not verified",
        ),
        fields: &[],
    },
    Source {
        id: "subsidy",
        status: Status::Unverified,
        what: (
            "介護テクノロジー導入支援事業（ICT）：補助率3/4、上限は職員1〜10人100万円、11〜20人160万円、21〜30人200万円、31人以上260万円",
            "Care technology subsidy (ICT): 3/4 of eligible costs, capped at ¥1.0M (1–10 staff), ¥1.6M (11–20), ¥2.0M (21–30), ¥2.6M (31+)",
        ),
        origin: (
            "鳥取県 令和6年度の例。実施・補助率・上限・対象経費は都道府県により異なります。チャットのライセンス単体が対象になるかは未確認。必ずお住まいの都道府県の要綱を確認してください",
            "Tottori prefecture, FY2024. Each prefecture sets its own rules, rates, caps and eligible costs; whether a chat licence alone qualifies is unverified. Check your prefecture's rules",
        ),
        fields: &[Field::SubsidyRate, Field::SubsidyCap1, Field::SubsidyCap2, Field::SubsidyCap3, Field::SubsidyCap4],
    },
    Source {
        id: "separation-rate",
        status: Status::Cited,
        what: ("介護職員等の離職率 12.8%", "Care staff separation rate 12.8 %"),
        origin: ("介護労働安定センター「令和6年度 介護労働実態調査」", "Care Work Foundation, FY2024 care work survey"),
        fields: &[Field::RetentionRate],
    },
    Source {
        id: "replacement-cost",
        status: Status::Unverified,
        what: ("介護職1人の採用にかかる紹介手数料の平均 55.1万円", "Average placement-agency fee per care hire ¥551,000"),
        origin: ("厚生労働省の数値（2023年度）として報道されたもの", "MHLW figure for FY2023, as reported in the press"),
        fields: &[Field::RetentionCost],
    },
    Source {
        id: "wage-context",
        status: Status::Cited,
        what: (
            "参考：処遇改善加算を取得する事業所の常勤・月給の介護職員 平均338,200円/月（令和6年度調査）、最低賃金 全国加重平均1,121円/時（2025年度）。パンフレットの1,500円/時はその中間の控えめな値",
            "For reference: full-time monthly-paid care staff ¥338,200 a month (FY2024 survey); national weighted minimum wage ¥1,121/h (FY2025). The brochure's ¥1,500/h lies between",
        ),
        origin: ("厚生労働省 令和6年度 介護従事者処遇状況等調査／地域別最低賃金", "MHLW FY2024 care worker pay survey; regional minimum wages"),
        fields: &[],
    },
    Source {
        id: "assumptions",
        status: Status::Assumption,
        what: (
            "常勤1人＝月160時間、実現率100%（控えめな場合50%）、低位50%・高位150%、感度±20%、離職者の減少10%、デイサービスのみの利用人数10人",
            "One full-timer = 160 h a month, realization 100 % (conservative 50 %), low 50 % / high 150 %, sensitivity ±20 %, 10 % fewer leavers, 10 users for a day-service-only facility",
        ),
        origin: (
            "本アプリの仮定。出典はありません。事業所の実情に合わせて変更してください",
            "This app's assumptions, without a source: change them to fit your facility",
        ),
        fields: &[
            Field::HoursPerFte,
            Field::Realization,
            Field::RangeLow,
            Field::RangeHigh,
            Field::Sensitivity,
            Field::RetentionReduction,
        ],
    },
];

/// The source of a field's default, if it has one.
pub fn source_of(f: Field) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.fields.contains(&f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_that_is_not_the_users_own_has_a_source() {
        // Fields whose default is the user's own figure (0 or counted from their lines).
        let own = [
            Field::PrintingMonoSheets,
            Field::PrintingMonoPrice,
            Field::LicenseUsers,
            Field::DevicesCount,
            Field::DevicesPrice,
            Field::OnetimeOther,
        ];
        for f in Field::ALL {
            assert!(
                own.contains(&f) || source_of(f).is_some(),
                "{f:?} has no source"
            );
        }
        let mut ids: Vec<_> = SOURCES.iter().map(|s| s.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), SOURCES.len());
    }
}
