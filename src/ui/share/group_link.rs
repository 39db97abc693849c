//! The 法人 as a link and a QR code, shown on the 法人's screen but drawn by the
//! share screen's part: the QR code's drawing (qrcodegen) is there already, and
//! in the 法人's part it cost that screen's first opening 19.7 KB (measured).

use crate::i18n::Lang;
use crate::model::group_link;
use crate::model::share::qr_svg;
use crate::route::Screen;
use crate::ui::browser::app_address;
use crate::ui::state::AppState;
use crate::ui::text::tr;
use leptos::prelude::*;

/// The longest link offered as a QR code: 1,000 bytes make a code of version 26
/// at level M (121 modules, measured with qrcodegen), about 2.5 px a module at
/// its 320 px; a longer one (up to 2,331 bytes, version 40) is too fine for a
/// phone's camera from a screen. Longer links are offered as text and as a file.
const QR_MAX_BYTES: usize = 1_000;

/// The whole 法人 as a link, and as a QR code where it fits one (a phone opens
/// it with the camera); made again as the 法人 changes while it is shown.
#[component]
pub fn GroupLinkPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (g, lang) = (state.group, state.lang);
    let url = Memo::new(move |_| {
        let query = g.group.with(group_link::encode);
        format!("{}?{query}{}", app_address(), Screen::Group.hash())
    });
    let qr =
        Memo::new(move |_| url.with(|u| (u.len() <= QR_MAX_BYTES).then(|| qr_svg(u)).flatten()));
    view! {
        <div class="group-link" data-testid="group-link">
            <p class="help">{tr(lang, Lang::group_link_help)}</p>
            <input type="text" readonly data-testid="group-link-url" aria-label=tr(lang, Lang::group_link) prop:value=url />
            {move || match qr.get() {
                Some(svg) => view! { <div class="qr" data-testid="group-link-qr" role="img" aria-label=tr(lang, Lang::group_link) inner_html=svg></div> }.into_any(),
                None => view! { <p class="help" data-testid="group-link-too-long">{tr(lang, Lang::group_link_too_long)}</p> }.into_any(),
            }}
        </div>
    }
}
