//! Reactive words of the chosen language for views. Every call returns the same
//! closure type, so the renderer is instantiated once for all static texts rather
//! than once per text: this keeps the wasm small.

use crate::i18n::Lang;
use leptos::prelude::*;

/// `tr(lang, Lang::reset)`: the text in the current language, updating on switch.
pub fn tr(
    lang: RwSignal<Lang>,
    f: fn(Lang) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || f(lang.get())
}

/// `tr_with(lang, field, Lang::field_label)`: the same, for a text that takes an argument.
pub fn tr_with<T: Copy + Send + Sync + 'static>(
    lang: RwSignal<Lang>,
    arg: T,
    f: fn(Lang, T) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || f(lang.get(), arg)
}

/// List items (`<li>`) of a text list of the chosen language, updating on switch;
/// one closure type per list length.
pub fn items<const N: usize>(
    lang: RwSignal<Lang>,
    f: fn(Lang) -> [&'static str; N],
) -> impl Fn() -> AnyView + Copy + Send + Sync + 'static {
    move || {
        f(lang.get())
            .into_iter()
            .map(|t| view! { <li>{t}</li> })
            .collect_view()
            .into_any()
    }
}
