//! A "Copy" button for a text the user is likely to paste elsewhere (a citation, a link).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::ui::context::use_app;

/// What the last press of the button did, said in its status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    NotYet,
    Copied,
    Refused,
}

/// Copies `text` to the clipboard and says so in a polite status line. The Clipboard API
/// exists only in secure contexts and may be refused by the browser: then the status asks the
/// user to select and copy the text, which is always shown beside the button.
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    /// The button's words; "Copy" when not given.
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    let strings = use_app().text;
    let outcome = RwSignal::new(Outcome::NotYet);
    let on_click = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            let copied = write_to_clipboard(&text).await;
            outcome.set(if copied {
                Outcome::Copied
            } else {
                Outcome::Refused
            });
        });
    };
    view! {
        <button type="button" class="copy-button" on:click=on_click>
            {label.unwrap_or(strings.copy_text)}
        </button>
        <span class="copy-status" role="status">
            {move || match outcome.get() {
                Outcome::NotYet => "",
                Outcome::Copied => strings.copy_done,
                Outcome::Refused => strings.copy_refused,
            }}
        </span>
    }
}

/// `navigator.clipboard.writeText(text)`, looked up by name: where it does not exist
/// (an insecure context, an old browser) calling it through web-sys would throw.
async fn write_to_clipboard(text: &str) -> bool {
    let navigator: JsValue = window().navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Some(write) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&write) else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    let promise = js_sys::Promise::from(promise);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
