//! Exports and citations, made in the browser by the core (`mflm_core::export`) and saved as
//! a download: nothing is sent anywhere. The results and the shortlist offer CSV, JSON,
//! Markdown and RIS; item pages offer "Cite this".

use leptos::prelude::*;
use mflm_core::export::{self, ExportContext, ExportItem};
use mflm_core::query::ItemRef;
use wasm_bindgen::JsCast;

use crate::ui::context::{base_url, use_app, AppContext};
use crate::ui::parts::copy::CopyButton;

/// The formats a list can be exported in: (label, file extension, MIME type).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    Markdown,
    Ris,
}

impl Format {
    const ALL: [Format; 4] = [Format::Csv, Format::Json, Format::Markdown, Format::Ris];

    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Ris => "ris",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Ris => "application/x-research-info-systems;charset=utf-8",
        }
    }
}

/// Export buttons for a list: `items` gives the list when a button is pressed (not before,
/// so nothing is computed while the user only reads), `name` names the file
/// (`mflm-<name>.csv`) and titles the Markdown handout. While `empty` is true (no results)
/// the buttons are disabled: an export with no rows would only be a header.
#[component]
pub fn ExportMenu(
    items: Callback<(), Vec<ItemRef>>,
    name: &'static str,
    title: Signal<String>,
    #[prop(optional, into)] empty: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let buttons = Format::ALL
        .into_iter()
        .map(|format| {
            let app = app.clone();
            let label = match format {
                Format::Csv => text.export_csv,
                Format::Json => text.export_json,
                Format::Markdown => text.export_markdown,
                Format::Ris => text.export_ris,
            };
            let on_click = move |_| {
                let refs = items.run(());
                let listed: Vec<ExportItem> = refs
                    .into_iter()
                    .map(|item| ExportItem { item, note: None })
                    .collect();
                let base = base_url();
                let ctx = ExportContext {
                    relations: &app.data.relations,
                    lang: app.lang,
                    base_url: &base,
                };
                let content = match format {
                    Format::Csv => export::to_csv(&ctx, &listed),
                    Format::Json => export::to_json(&ctx, &listed),
                    Format::Markdown => export::to_markdown(&ctx, &listed, &title.get_untracked()),
                    Format::Ris => export::to_ris(&ctx, &listed),
                };
                download(
                    &format!("mflm-{name}.{}", format.extension()),
                    format.mime(),
                    &content,
                );
            };
            view! {
                <button type="button" on:click=on_click disabled=move || empty.get()>
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="export no-print" role="group" aria-label=text.export_label>
            <span class="export-label">{text.export_label}</span>
            {buttons}
        </div>
    }
}

/// "Cite this" on an item page: the formatted citation to copy, and its RIS record.
pub fn cite_this(app: &AppContext, item: ItemRef) -> Option<AnyView> {
    let base = base_url();
    let ctx = ExportContext {
        relations: &app.data.relations,
        lang: app.lang,
        base_url: &base,
    };
    let citation = export::citation(&ctx, &item)?;
    let ris = export::to_ris(&ctx, &[ExportItem { item, note: None }]);
    let text = app.text;
    Some(
        view! {
            <details class="cite-this no-print">
                <summary>{text.cite_this}</summary>
                <p class="citation">{citation.clone()}</p>
                <CopyButton text=citation />
                <button
                    type="button"
                    on:click=move |_| download("mflm-citation.ris", Format::Ris.mime(), &ris)
                >
                    {text.export_ris}
                </button>
            </details>
        }
        .into_any(),
    )
}

/// Offers `content` as a file named `file_name`: a Blob URL behind a temporary link, clicked
/// and revoked. A browser that refuses (very old ones) simply does nothing.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    save_as(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Saves what `url` points at (a Blob URL) as `file_name`: a temporary link with `download`,
/// clicked. The caller revokes the URL.
pub fn save_as(url: &str, file_name: &str) {
    if let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(url);
        link.set_download(file_name);
        link.click();
    }
}
