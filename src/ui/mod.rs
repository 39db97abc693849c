//! Browser UI (Leptos, CSR): one program for every screen. `start` mounts the app;
//! the page shell and each screen live in a module of their own, all reading and
//! changing the one `AppState` (no storage or DOM events between them).

mod app;
mod browser;
mod calculator;
mod chart_box;
mod costs;
mod demo;
mod erase;
mod field;
mod method;
mod present;
mod share;
mod state;
mod store;
mod text;

/// Mounts the app on `<body>`; called once from `main`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
