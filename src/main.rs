//! MFLM Explorer: mounts the app. Everything else lives in `ui` (view) and `mflm_core` (logic).

mod strings;
mod ui;

fn main() {
    ui::recovery::install();
    ui::recovery::reset_if_asked();
    // index.html's placeholder, painted while this wasm downloaded; the app draws the same
    // header and message in the same task, so nothing flickers.
    if let Some(placeholder) = leptos::prelude::document().get_element_by_id("boot") {
        placeholder.remove();
    }
    leptos::mount::mount_to_body(ui::app::App);
}
