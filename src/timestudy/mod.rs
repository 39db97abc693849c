//! 業務時間の実測 (time study): staff time what they spend their time on, before
//! (事前) and after (事後①, 事後②) a change, split by day and night shift, as
//! the MHLW productivity guideline's time study does; the records stay in the
//! browser until someone exports them. Pure core: records and the recorder
//! (`record`), statistics (`stats`), the evidence per task and phase
//! (`evidence`), what of it goes into an estimate (`estimate`), CSV files in and
//! out and merging devices (`file`), a person's change as a value that applies
//! again over another tab's (`change`), the stored form (`saved`), what a
//! difference means by the kind of work (`reading`), results per person-day
//! by role, scaled to 480 minutes (`workday`), the guideline's paper sheet of
//! 10-minute slots (`sheet`). No web APIs; times come from the caller.

pub mod change;
pub mod estimate;
pub mod evidence;
pub mod file;
pub mod forecast;
pub mod reading;
pub mod record;
pub mod saved;
pub mod sheet;
pub mod stats;
mod time;
pub mod workday;

pub use record::{
    Phase, Record, RecordEdit, Role, Running, Shift, Study, StudyError, Tap, Task, MAX_RECORDS,
};
pub use sheet::{Sheet, SheetError};
pub use time::{clock_minutes, clock_of, WallTime};
