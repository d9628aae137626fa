//! A QR code of an address, drawn in the browser (the `qrcode` crate, as SVG): no request, no
//! network, so it works offline and from the one-file edition. Large enough to project.

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::ui::context::use_app;

/// The QR code of `text` as an SVG `data:` address for an `<img>`; `None` when the text is
/// too long for a QR code (about 2.3 KB at medium error correction).
pub fn qr_data_url(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(320, 320)
        .quiet_zone(true)
        .build();
    Some(format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(&svg)
    ))
}

/// "Show QR code": a disclosure holding the QR code of `address` and the address itself, to
/// copy or to project. The address is read when opened, so it is always the current one.
#[component]
pub fn QrDisclosure(#[prop(into)] address: Signal<String>) -> impl IntoView {
    let text = use_app().text;
    let open = RwSignal::new(false);
    let image = move || {
        open.get().then(|| {
            let address = address.get();
            match qr_data_url(&address) {
                Some(src) => view! {
                    <img class="qr" src=src alt=text.qr_alt width="320" height="320" />
                    <p class="qr-address">{address}</p>
                }
                .into_any(),
                None => view! { <p class="qr-address">{address}</p> }.into_any(),
            }
        })
    };
    view! {
        <details
            class="qr-code no-print"
            on:toggle=move |event| {
                use wasm_bindgen::JsCast;
                if let Some(details) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                {
                    open.set(details.open());
                }
            }
        >
            <summary>{text.qr_show}</summary>
            {image}
        </details>
    }
}
