//! Entry point of the chat-feature demo bundle, loaded on demand by the main app
//! (kaigo-demo.js); it mounts the demo on `#demo-root`.

#[cfg(target_arch = "wasm32")]
fn main() {
    kaigo_savings::ui::demo::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kaigo-demo is loaded by the app in the browser: use `make serve`.");
}
