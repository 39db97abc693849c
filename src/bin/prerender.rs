//! The build step that paints the first screen before the program arrives: renders
//! the app's first screen (the same components, natively) and puts it at the start
//! of `<body>` in the built `index.html`, where the program takes it over.
//!
//! Usage: `prerender <dist>/index.html` (run by .tools/post-build.mjs).

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <built index.html>");
        return ExitCode::FAILURE;
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let screen = kaigo_savings::ui::first_screen_html();
    match kaigo_savings::prerender::insert(&page, &screen) {
        Ok(out) => match std::fs::write(&path, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: cannot write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(why) => {
            eprintln!("prerender: {path}: {why}");
            ExitCode::FAILURE
        }
    }
}
