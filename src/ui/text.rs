//! Reactive words of the chosen language for views. Every call returns the same
//! closure type, so the renderer is instantiated once for all static texts rather
//! than once per text: this keeps the wasm small.

use crate::i18n::Lang;
use leptos::prelude::*;
use std::sync::Arc;

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

/// A message that is put into words when it is shown: it keeps what it is about
/// (an error, a count, a name) and says it in the language shown at that moment,
/// so it follows a change of language. One type for every such message: with an
/// enum per kind of message instead (each with its own signal and view code),
/// the whole app was 4.2 KB (gzip) larger, the demo's part 3.1 KB and the time
/// study's 1.9 KB (measured).
#[derive(Clone)]
pub struct Said(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Said {
    pub fn new(words: impl Fn(Lang) -> String + Send + Sync + 'static) -> Said {
        Said(Arc::new(words))
    }

    /// A message of fixed words (`Said::words(Lang::ts_future)`).
    pub fn words(words: fn(Lang) -> &'static str) -> Said {
        Said::new(move |l| words(l).to_string())
    }

    pub fn text(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

/// The words of the message in `m`, if any, in the language shown.
pub fn shown(
    lang: RwSignal<Lang>,
    m: RwSignal<Option<Said>>,
) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
    move || m.with(|m| m.as_ref().map(|m| m.text(lang.get())))
}

/// Words made from data (a record, a person), in the language shown, updating on
/// switch: `words(lang, Said::new(move |l| l.ts_stop_name(&who, task)))`. The same
/// closure type for every such text, like `tr`'s.
pub fn words(
    lang: RwSignal<Lang>,
    said: Said,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || said.text(lang.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_worded_in_the_language_it_is_shown_in() {
        let added = 3;
        let said = Said::new(move |l| l.roster_done(added));
        let copy = said.clone();
        assert_eq!(said.text(Lang::Ja), Lang::Ja.roster_done(3));
        assert_eq!(copy.text(Lang::En), Lang::En.roster_done(3));
        assert_ne!(said.text(Lang::Ja), said.text(Lang::En));
        assert_eq!(
            Said::words(Lang::reset_done).text(Lang::En),
            Lang::En.reset_done()
        );
    }
}
