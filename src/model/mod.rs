//! Pure calculation core: what a facility enters, what it saves, and how that is
//! stored. No web APIs here; everything is tested natively with `cargo test`.

pub mod compute;
pub mod costs;
pub mod economics;
pub mod facility;
pub mod field;
pub mod grade;
pub mod group;
pub mod group_file;
pub mod group_link;
pub mod library;
pub mod measured;
pub mod num;
pub mod persist;
pub mod presets;
pub mod scenario;
pub mod sensitivity;
pub mod share;
pub mod sources;
#[cfg(test)]
pub(crate) mod strategies;

pub use compute::{compute, ranges, End, LineResult, Results, Totals};
pub use costs::{Costs, Plan};
pub use economics::{economics, Economics, Payback};
pub use num::{InputError, Kind, Num};
pub use presets::Preset;
pub use scenario::{Field, Flag, Line, Scenario, Service, Services, Unit};
