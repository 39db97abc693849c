//! Words of the CSV report (headers, labels, units).

use super::Lang;

impl Lang {
    pub const fn csv_header(self) -> [&'static str; 3] {
        [
            self.pick("項目", "Item"),
            self.pick("値", "Value"),
            self.pick("単位", "Unit"),
        ]
    }

    pub const fn csv_facility(self) -> &'static str {
        self.pick("事業所名", "Facility")
    }

    pub const fn csv_date(self) -> &'static str {
        self.pick("作成日", "Date")
    }

    pub const fn csv_included(self, on: bool) -> &'static str {
        if on {
            self.pick("対象", "Included")
        } else {
            self.excluded()
        }
    }

    pub const fn csv_yen(self) -> &'static str {
        self.pick("円", "yen")
    }

    pub const fn csv_yen_per_month(self) -> &'static str {
        self.pick("円/月", "yen/month")
    }

    pub const fn csv_yen_per_year(self) -> &'static str {
        self.pick("円/年", "yen/year")
    }

    pub const fn csv_note(self) -> &'static str {
        self.pick("注記", "Note")
    }
}
