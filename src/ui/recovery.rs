//! The recovery screen: if the app stops on a panic, the page says so in its language and
//! offers a way on, instead of going blank or freezing.
//!
//! After a panic the WebAssembly instance is gone (the release build aborts at once, with
//! `panic = "immediate-abort"`: no panic hook runs, no message is formatted), so the screen is
//! drawn by a plain script, `public/recovery.js`, loaded before the app: the trap reaches
//! JavaScript as a `WebAssembly.RuntimeError`, and the script replaces the page with plain DOM.
//! This module only tells it what to say: the words in the page's language, the storage keys
//! and the address parameter, as `window.mflmRecovery`. The screen's three ways on are plain
//! links. "Reload" reopens the same address. "Export your shortlist" is a `data:` link that
//! downloads what is saved (offered first, so resetting loses nothing). "Reset saved data"
//! opens the address with `reset-saved-data`, which [`reset_if_asked`] handles at the next
//! start, before anything reads storage.

use js_sys::{Array, Object, Reflect};
use leptos::prelude::window;
use wasm_bindgen::JsValue;

use crate::strings::Strings;
use crate::ui::context::SAVED_KEYS;
use crate::ui::saved::{OLD_SHORTLIST_KEY, SHORTLIST_KEY};

/// The URL parameter that asks the next start to clear the data saved on this device.
const RESET_PARAMETER: &str = "reset-saved-data";

/// Tells the recovery screen which language to speak.
pub fn speak(text: &'static Strings) {
    let words = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&words, &JsValue::from_str(key), &value);
    };
    set("title", text.recovery_title.into());
    set("body", text.recovery_body.into());
    set("reload", text.recovery_reload.into());
    set("export", text.recovery_export.into());
    set("reset", text.recovery_reset.into());
    set("resetParameter", RESET_PARAMETER.into());
    let keys: Array = [SHORTLIST_KEY, OLD_SHORTLIST_KEY]
        .into_iter()
        .map(JsValue::from_str)
        .collect();
    set("shortlistKeys", keys.into());
    let _ = Reflect::set(&window(), &JsValue::from_str("mflmRecovery"), &words);
}

/// Gets the recovery screen ready, in English until the app knows the page's language. Where
/// panics still run a hook (builds without `panic = "immediate-abort"`: the test build, a
/// stable toolchain), the panic's message also goes to the console.
pub fn install() {
    speak(Strings::english());
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(console_error_panic_hook::hook));
}

/// If the address asks for it, clears the data this app saved on the device (shortlist,
/// language choice), then drops the parameter from the address.
pub fn reset_if_asked() {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    if !search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair.split('=').next() == Some(RESET_PARAMETER))
    {
        return;
    }
    if let Ok(Some(storage)) = window().local_storage() {
        for key in SAVED_KEYS {
            let _ = storage.remove_item(key);
        }
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"));
    }
}
