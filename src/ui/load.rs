//! Reading the data: inlined in the page (the one-file edition) or fetched next to it, then
//! checked and indexed. Every failure becomes a [`LoadFailure`] the app shows, never a panic.

use std::sync::Arc;

use mflm_core::lang::Lang;
use mflm_core::validate;

use crate::strings::Strings;
use crate::ui::context::Loaded;

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

/// Reads, checks and indexes the data for `lang`.
pub async fn load_data(lang: Lang, text: &'static Strings) -> Result<Arc<Loaded>, LoadFailure> {
    let json = match inlined_data() {
        Some(json) => json,
        None => fetch_data(text).await.map_err(LoadFailure::unread)?,
    };
    mark("mflm:data-read");
    let checked = validate::load_for_app(&json);
    drop(json);
    mark("mflm:data-checked");
    let framework = checked.map_err(|error| LoadFailure {
        reason: text.data_problems(error.problems().len()),
        problems: error.problems().iter().map(ToString::to_string).collect(),
    })?;
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

fn inlined_data() -> Option<String> {
    let element = leptos::prelude::document().get_element_by_id("mflm-data")?;
    element
        .text_content()
        .filter(|text| !text.trim().is_empty())
}

async fn fetch_data(text: &'static Strings) -> Result<String, String> {
    // Relative, so the app works under any sub-path.
    let response = gloo_net::http::Request::get("data/framework.json")
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
