//! kaigo-savings: what a business chat platform such as LINE WORKS would save a
//! Japanese care provider. Pure core (`model`, `charts`, `i18n`) plus the browser UI.

pub mod charts;
pub mod csv;
pub mod demo;
pub mod i18n;
pub mod keys;
pub mod model;
pub mod prerender;
pub mod report;
pub mod route;
pub mod sha256;
pub mod timestudy;

#[cfg(feature = "ui")]
pub mod ui;
