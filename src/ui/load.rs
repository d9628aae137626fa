//! Reading what the app shows: the interface's words for the language (`i18n/<lang>.ftl`),
//! the data (`data/framework.json`) and, for a language whose content we translated, its
//! translation (`data/i18n/<lang>.json`). Each is inlined in the page (the one-file edition)
//! or fetched next to it; the data is then checked and indexed. Every failure becomes a
//! [`LoadFailure`] the app shows, or, for a language file, English in its place: never a panic.

use std::sync::Arc;

use mflm_core::lang::Lang;
use mflm_core::{translation, validate};

use crate::strings::Strings;
use crate::ui::context::Loaded;

/// The languages whose content (titles, summaries, labels) is translated, each in its own
/// `data/i18n/<lang>.json`; in the others only the interface is, and content shows in English.
pub const CONTENT_LANGUAGES: [Lang; 2] = [Lang::Fr, Lang::Es];

/// The interface's words in `lang`: English is built in; another language's file is read
/// (inlined or fetched), and if it cannot be, English stands in for it.
pub async fn load_strings(lang: Lang) -> &'static Strings {
    if lang == Lang::En {
        return Strings::english();
    }
    let path = format!("i18n/{}.ftl", lang.tag());
    match read_text(&format!("mflm-ftl-{}", lang.tag()), &path).await {
        Ok(source) => Strings::from_ftl(lang, &source),
        Err(_) => Strings::english(),
    }
}

/// Why the data could not be used: a sentence, and the data's problems one per line (empty
/// when the file could not be read at all).
#[derive(Debug, Clone)]
pub struct LoadFailure {
    pub reason: String,
    pub problems: Vec<String>,
}

impl LoadFailure {
    fn unread(reason: String) -> LoadFailure {
        LoadFailure {
            reason,
            problems: Vec::new(),
        }
    }
}

/// Reads, checks and indexes the data for `lang`, with its translation laid over it.
pub async fn load_data(lang: Lang, text: &'static Strings) -> Result<Arc<Loaded>, LoadFailure> {
    let json = match inlined("mflm-data") {
        Some(json) => json,
        None => fetch_text("data/framework.json", text)
            .await
            .map_err(LoadFailure::unread)?,
    };
    mark("mflm:data-read");
    let checked = validate::load_for_app(&json);
    drop(json);
    mark("mflm:data-checked");
    let mut framework = checked.map_err(|error| LoadFailure {
        reason: text.data_problems(error.problems().len()),
        problems: error.problems().iter().map(ToString::to_string).collect(),
    })?;
    if CONTENT_LANGUAGES.contains(&lang) {
        // A missing or broken translation costs the reader nothing but the translation:
        // the English shows, marked as such. The test command checks the shipped files.
        let path = format!("data/i18n/{}.json", lang.tag());
        if let Ok(json) = read_text(&format!("mflm-translation-{}", lang.tag()), &path).await {
            if let Ok(parsed) = translation::parse(&json) {
                let _ = translation::apply(&mut framework, &parsed);
            }
        }
    }
    let loaded = Loaded::new(framework, lang);
    mark("mflm:index-built");
    Ok(Arc::new(loaded))
}

/// A User Timing mark: the start-up steps show by name in the browser's performance tools,
/// and `scripts/bench.sh` reads them to say where the time to first results goes.
fn mark(name: &str) {
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark(name);
    }
}

/// The text of the page's element `id` (the one-file edition inlines its files so).
fn inlined(id: &str) -> Option<String> {
    let element = leptos::prelude::document().get_element_by_id(id)?;
    element
        .text_content()
        .filter(|text| !text.trim().is_empty())
}

/// A small file's text: inlined as element `id`, else fetched from `path`.
async fn read_text(id: &str, path: &str) -> Result<String, String> {
    match inlined(id) {
        Some(text) => Ok(text),
        None => fetch_text(path, Strings::english()).await,
    }
}

async fn fetch_text(path: &str, text: &'static Strings) -> Result<String, String> {
    // Relative, so the app works under any sub-path.
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| text.request_failed(&e.to_string()))?;
    if !response.ok() {
        return Err(text.server_answered(response.status(), &response.status_text()));
    }
    // As bytes, copied straight into the wasm memory: reading it as text would decode the
    // UTF-8 into a JavaScript string only to encode it back (a tenth of the start-up time
    // for a large file).
    let bytes = response
        .binary()
        .await
        .map_err(|e| text.response_unreadable(&e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| text.not_utf8(e.utf8_error().valid_up_to()))
}
