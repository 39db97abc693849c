//! Entry point in the browser: takes over the page pre-rendered at build time.

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
fn main() {
    kaigo_savings::ui::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
fn main() {
    eprintln!("kaigo-savings runs in the browser: use `make serve` (see README.md).");
}

/// Talc instead of the standard library's dlmalloc: the same job in less wasm
/// (measured in the commit that made the change).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
