//! MFLM Explorer: mounts the app. Everything else lives in `ui` (view) and `mflm_core` (logic).
//!
//! The same module also serves the data-file checker's worker (`public/own-data-worker.js`),
//! which imports it and calls [`check_data_file`]: there is no window there, so `main` returns
//! at once.

mod strings;
mod ui;

fn main() {
    if web_sys::window().is_none() {
        return;
    }
    ui::recovery::install();
    ui::recovery::reset_if_asked();
    // index.html's placeholder, painted while this wasm downloaded, is the app's to remove
    // (`ui::first_view`): at once, or once its page is drawn behind the first view.
    leptos::mount::mount_to_body(ui::app::App);
}

/// Checks a data file's bytes with the validator the shipped data passes
/// (`mflm_core::data_file::check`, up to its `MAX_BYTES`) and returns the report as JSON.
/// Called by the checker's worker, off the page's main thread; the data itself is dropped.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check_data_file(bytes: &[u8]) -> String {
    use mflm_core::data_file;
    data_file::check(bytes, data_file::MAX_BYTES).0.to_json()
}
