//! MFLM Explorer: mounts the app. Everything else lives in `ui` (view) and `mflm_core` (logic).

mod strings;
mod ui;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ui::app::App);
}
