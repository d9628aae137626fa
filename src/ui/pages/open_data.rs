//! Open data: the compilation's files to download (the data file and its schema as JSON, one
//! CSV per item type, the translations), as the build wrote them into `open-data/`
//! (`mflm-data open-data`, see `mflm_core::open_data`), with their sizes and row counts from
//! the folder's manifest (`open-data/index.json`), the data's version and date, and its licence.
//!
//! The files are links to `open-data/<name>` with a `download` attribute. A plain click fetches
//! the file and saves it from a Blob URL: the page's fetch goes through the service worker,
//! which holds the files, while Chromium sends a link's download straight to the network,
//! which fails offline. (A modified click, "copy link" or "save link as" use the real link.)
//! The one-file edition has no folder beside it: its page
//! holds the files, base64, in element `mflm-open-data` (scripts/onefile.mjs), and the links
//! are Blob URLs made from them. Nothing leaves the page either way.

use leptos::prelude::*;
use mflm_core::open_data::{FileEntry, FileKind, Manifest, FOLDER, MANIFEST};

use crate::ui::context::{format_date, use_app, use_data_choice, AppContext};
use crate::ui::parts::content::content;
use crate::ui::parts::export::save_as;

/// The files and where each downloads from.
#[derive(Clone)]
struct Files {
    manifest: Manifest,
    /// One per `manifest.files`: `open-data/<name>`, or a Blob URL in the one-file edition.
    hrefs: Vec<String>,
    /// Blob URLs to revoke when the page goes.
    blobs: Vec<String>,
}

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let meta = app.data.relations.framework().meta.clone();
    let files: RwSignal<Option<Result<Files, String>>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let loaded = load_files().await;
        // The page may be gone by now (the reader moved on): then the signal is too.
        if files.try_set(Some(loaded.clone())).is_some() {
            if let Ok(loaded) = loaded {
                revoke(&loaded.blobs);
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some(Ok(loaded))) = files.try_get_untracked() {
            revoke(&loaded.blobs);
        }
    });

    let licence = meta.licence.clone().map(|licence| {
        view! {
            <section class="open-data-licence">
                <h2>{text.open_data_licence_heading}</h2>
                <p>{content(&app, &licence.note)}</p>
                <p>
                    {text.open_data_licence_link} " "
                    <a href=licence.url.clone() rel="license external">
                        {licence.spdx.clone()}
                    </a>
                </p>
            </section>
        }
    });
    let table_app = app.clone();
    view! {
        <h1>{text.open_data_heading}</h1>
        <p>{text.open_data_intro}</p>
        // The downloads are the build's files: say so while a user's own file is shown.
        {use_data_choice()
            .own()
            .is_some()
            .then(|| view! { <p class="notice">{text.open_data_own_file_note}</p> })}
        {move || match files.get() {
            None => view! { <p role="status">{text.open_data_loading}</p> }.into_any(),
            Some(Err(problem)) => {
                view! {
                    <p class="notice" role="alert">
                        {text.open_data_unavailable}
                    </p>
                    <p>
                        <code>{problem}</code>
                    </p>
                }
                    .into_any()
            }
            Some(Ok(loaded)) => file_table(&table_app, &loaded).into_any(),
        }}
        <p>{text.open_data_csv_note}</p>
        <p>{text.open_data_checksums_note}</p>
        {licence}
    }
}

/// The version line and the table of files.
fn file_table(app: &AppContext, files: &Files) -> impl IntoView {
    let text = app.text;
    let manifest = &files.manifest;
    let rows = manifest
        .files
        .iter()
        .zip(&files.hrefs)
        .map(|(file, href)| {
            let rows = file
                .rows
                .map(|count| text.open_data_rows(count))
                .unwrap_or_else(|| "—".to_string());
            let on_click = {
                let (href, name, media_type) =
                    (href.clone(), file.name.clone(), file.media_type.clone());
                move |event: leptos::ev::MouseEvent| {
                    let modified = event.ctrl_key()
                        || event.meta_key()
                        || event.shift_key()
                        || event.alt_key();
                    if modified || event.button() != 0 || href.starts_with("blob:") {
                        return;
                    }
                    event.prevent_default();
                    save_through_worker(href.clone(), name.clone(), media_type.clone());
                }
            };
            view! {
                <tr>
                    <th scope="row">
                        <a
                            href=href.clone()
                            download=file.name.clone()
                            type=file.media_type.clone()
                            on:click=on_click
                        >
                            {file.name.clone()}
                        </a>
                    </th>
                    <td>{describe(app, file)}</td>
                    <td class="format">{file.format.to_uppercase()}</td>
                    <td class="number">{rows}</td>
                    <td class="number">{size(app, file.bytes)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="open-data-version">
            {text
                .open_data_version(
                    manifest.schema_version,
                    &format_date(app.lang, &manifest.compiled),
                )}
        </p>
        <div class="open-data-scroll">
            <table class="open-data-files">
                <caption>{text.open_data_files_heading}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text.open_data_col_file}</th>
                        <th scope="col">{text.open_data_col_contents}</th>
                        <th scope="col">{text.open_data_col_format}</th>
                        <th scope="col">{text.open_data_col_rows}</th>
                        <th scope="col">{text.open_data_col_size}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Fetches `href` (through the service worker when there is one) and saves it as `name` from
/// a Blob URL; if the fetch fails, follows the link instead, so the browser says why.
fn save_through_worker(href: String, name: String, media_type: String) {
    leptos::task::spawn_local(async move {
        let bytes = match gloo_net::http::Request::get(&href).send().await {
            Ok(response) if response.ok() => response.binary().await.ok(),
            _ => None,
        };
        let Some(url) = bytes.and_then(|bytes| blob_url(&bytes, &media_type)) else {
            let _ = window().location().set_href(&href);
            return;
        };
        save_as(&url, &name);
        // Revoked once the browser has surely started the download.
        gloo_timers::callback::Timeout::new(60_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
    });
}

/// What a file holds, in plain words.
fn describe(app: &AppContext, file: &FileEntry) -> String {
    let text = app.text;
    let subject = file.subject.as_deref().unwrap_or("");
    match file.kind {
        FileKind::Compilation => text.open_data_about_compilation.to_string(),
        FileKind::Schema => text.open_data_about_schema.to_string(),
        FileKind::TranslationSchema => text.open_data_about_translation_schema.to_string(),
        FileKind::Translation => text.open_data_about_translation(subject),
        FileKind::Table => text.open_data_about_table(subject),
    }
}

/// A size in kilobytes (at least 1), the reader's way.
fn size(app: &AppContext, bytes: u64) -> String {
    app.text.open_data_size(bytes.div_ceil(1024).max(1))
}

/// The manifest and the links: from the page itself in the one-file edition, else fetched.
async fn load_files() -> Result<Files, String> {
    if let Some(inline) = inlined() {
        return inline_files(&inline);
    }
    let manifest = Manifest::from_json(&fetch_text(&format!("{FOLDER}/{MANIFEST}")).await?)?;
    let hrefs = manifest
        .files
        .iter()
        .map(|f| format!("{FOLDER}/{}", f.name))
        .collect();
    Ok(Files {
        manifest,
        hrefs,
        blobs: Vec::new(),
    })
}

/// Element `mflm-open-data`'s text, in the one-file edition.
fn inlined() -> Option<String> {
    document()
        .get_element_by_id("mflm-open-data")?
        .text_content()
        .filter(|text| !text.trim().is_empty())
}

/// The one-file edition's files: `{"index.json": base64, "<name>": base64, ...}`.
fn inline_files(json: &str) -> Result<Files, String> {
    let map: std::collections::BTreeMap<String, String> =
        serde_json::from_str(json).map_err(|e| format!("mflm-open-data: {e}"))?;
    let bytes = |name: &str| {
        let base64 = map
            .get(name)
            .ok_or_else(|| format!("mflm-open-data: no {name}"))?;
        let binary = window()
            .atob(base64)
            .map_err(|_| format!("mflm-open-data: {name} is not base64"))?;
        // atob gives one character per byte (code points 0 to 255).
        Ok::<Vec<u8>, String>(binary.chars().map(|c| c as u8).collect())
    };
    let manifest = Manifest::from_json(
        std::str::from_utf8(&bytes(MANIFEST)?).map_err(|e| format!("{MANIFEST}: {e}"))?,
    )?;
    let mut hrefs = Vec::new();
    for file in &manifest.files {
        let url = blob_url(&bytes(&file.name)?, &file.media_type)
            .ok_or_else(|| format!("{}: the browser made no Blob URL", file.name))?;
        hrefs.push(url);
    }
    Ok(Files {
        blobs: hrefs.clone(),
        manifest,
        hrefs,
    })
}

fn blob_url(bytes: &[u8], media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn revoke(urls: &[String]) {
    for url in urls {
        let _ = web_sys::Url::revoke_object_url(url);
    }
}

/// A file next to the app, as text; a failure is a plain sentence for the page.
async fn fetch_text(path: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| format!("{path}: {e}"))?;
    if !response.ok() {
        return Err(format!(
            "{path}: {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response.text().await.map_err(|e| format!("{path}: {e}"))
}
