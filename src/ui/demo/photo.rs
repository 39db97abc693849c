//! A photo picked on the device, downscaled in the browser (canvas) to a small
//! JPEG before it is posted: a handover photo must not fill the demo's storage.

use leptos::prelude::*;

/// Longest side of a picked photo once downscaled, in pixels.
const PHOTO_MAX_SIDE: u32 = 480;
/// Largest original photo accepted, in bytes.
const PHOTO_MAX_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// A photo the user picked, downscaled to a small JPEG data URL.
#[derive(Clone, Debug, PartialEq)]
pub struct Picked {
    pub name: String,
    pub data_url: String,
}

/// Reads the picked file, draws it at most `PHOTO_MAX_SIDE` on a canvas and hands
/// the JPEG to `done`; `Err` with a reason for files that are not usable images.
pub fn downscale(file: web_sys::File, done: impl FnOnce(Result<Picked, ()>) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    if !file.type_().starts_with("image/") || file.size() > PHOTO_MAX_BYTES {
        done(Err(()));
        return;
    }
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&file) else {
        return done(Err(()));
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return done(Err(()));
    };
    let name = file.name();
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |r: Result<Picked, ()>| {
            if let Some(f) = done.borrow_mut().take() {
                f(r);
            }
        }
    };
    let on_error = {
        let finish = finish.clone();
        let url = url.clone();
        Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            finish(Err(()));
        })
    };
    let image = img.clone();
    let load_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&load_url);
        let (w, h) = (image.natural_width().max(1), image.natural_height().max(1));
        let scale = (f64::from(PHOTO_MAX_SIDE) / f64::from(w.max(h))).min(1.0);
        let (cw, ch) = (
            ((f64::from(w) * scale).round() as u32).max(1),
            ((f64::from(h) * scale).round() as u32).max(1),
        );
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let result = canvas
            .and_then(|c| {
                c.set_width(cw);
                c.set_height(ch);
                let ctx = c
                    .get_context("2d")
                    .ok()??
                    .dyn_into::<web_sys::CanvasRenderingContext2d>()
                    .ok()?;
                ctx.draw_image_with_html_image_element_and_dw_and_dh(
                    &image,
                    0.0,
                    0.0,
                    f64::from(cw),
                    f64::from(ch),
                )
                .ok()?;
                c.to_data_url_with_type_and_encoder_options(
                    "image/jpeg",
                    &wasm_bindgen::JsValue::from_f64(0.7),
                )
                .ok()
            })
            .map(|data_url| Picked { name, data_url })
            .ok_or(());
        finish(result);
    });
    img.set_onload(Some(on_load.unchecked_ref()));
    img.set_onerror(Some(on_error.unchecked_ref()));
    img.set_src(&url);
}
