//! Entry point of the share-and-save bundle (kaigo-tools.js), loaded on demand by the
//! app: share links and QR codes, the CSV report, saved scenarios.

#[cfg(target_arch = "wasm32")]
fn main() {
    kaigo_savings::ui::tools::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kaigo-tools is loaded by the app in the browser: use `make serve`.");
}
