//! Entry point: mounts the app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    kaigo_savings::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kaigo-savings runs in the browser: use `make serve` (see README.md).");
}
