//! Entry point in the browser: takes over the page pre-rendered at build time.

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
fn main() {
    kaigo_savings::ui::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
fn main() {
    eprintln!("kaigo-savings runs in the browser: use `make serve` (see README.md).");
}
