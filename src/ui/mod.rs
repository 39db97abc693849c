//! Browser UI (Leptos): one program for every screen. The build step renders its
//! first screen to HTML (`first_screen_html`, feature `ssr`); in the browser
//! `start` takes that page over (feature `browser`). The page shell and each
//! screen live in a module of their own, all reading and changing the one
//! `AppState` (no storage or DOM events between them).

// The build step compiles the UI only to render its first screen: what only the
// browser runs is unused there (the browser build still reports unused code).
#![cfg_attr(not(feature = "browser"), allow(dead_code, unused_imports))]

mod app;
mod browser;
mod calculator;
mod chart_box;
mod costs;
mod demo;
mod erase;
mod field;
mod group;
mod measured;
mod method;
mod modal;
mod parts;
mod present;
mod printed;
mod share;
mod split;
mod state;
mod store;
mod study_results;
mod table;
mod text;
mod timestudy;

/// Takes over the page pre-rendered at build time; called once from `main`. The
/// program renders the same components with the person's own state, then the
/// pre-rendered elements give way to them in the same task (one paint, nothing
/// moves when the state is the page's), keeping what was typed and the focus.
///
/// Not Leptos' hydration: that measured 30.4 KB gzip more of the app (343 KB, over
/// the 320 KB budget), two thirds of it the asynchronous hydration that Leptos
/// compiles into every type-erased view although a synchronous take-over never
/// calls it.
#[cfg(feature = "browser")]
pub fn start() {
    use leptos::prelude::*;
    // (No panic hook: with panic = "abort" a panic still stops the program with an
    // error in the console; the hook's message formatting cost wasm.)
    let early = browser::early_input();
    let focus = browser::focused_field();
    let old = browser::prerendered();
    leptos::mount::mount_to_body(move || view! { <app::App early /> });
    for node in old {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
    if let Some(f) = focus {
        browser::refocus(f);
    }
    browser::page_ready();
}

/// The first screen as the build step pre-renders it into `index.html`: the same
/// components, in the state the program starts from. Without the empty comments
/// Leptos leaves for hydration (`<!>`, some 330 of them): the program does not
/// hydrate this page, it replaces it (`start`), so they are bytes for nothing.
#[cfg(feature = "ssr")]
pub fn first_screen_html() -> String {
    use leptos::prelude::*;
    let rendering = hydration_context::SsrSharedContext::new();
    Owner::new_root(Some(std::sync::Arc::new(rendering)))
        .with(|| view! { <app::App /> }.to_html())
        .replace("<!>", "")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    /// The page as pre-rendered: the calculator with the brochure example, its
    /// figures, formulas and chart, in Japanese, every field filled in.
    #[test]
    fn the_first_screen_is_the_brochure_example() {
        let html = super::first_screen_html();
        for want in [
            "data-testid=\"result-total-monthly\" class=\"value\">519,000円",
            ">375,000円",
            "30人 × 5分 × 26日 × 1,500円/時 ÷ 60 = 97,500円",
            "data-testid=\"input-wage\"",
            "value=\"1,500\"",
            "data-testid=\"chart-monthly\"",
            "<svg",
            "37.5万円",
            "削減効果",
        ] {
            assert!(html.contains(want), "missing {want}");
        }
        assert!(html.contains("data-testid=\"service-homevisit\" checked"));
        assert!(!html.contains("NaN") && !html.contains("undefined"));
        assert!(
            !html.contains("<!>"),
            "no hydration marks: the program replaces the page"
        );
    }
}
