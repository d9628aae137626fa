//! The recovery screen: if the app stops on a panic, the page says so in its language and
//! offers a way on, instead of going blank or freezing.
//!
//! After a panic the WebAssembly instance is gone (release builds abort), so nothing here may
//! need it afterwards: the screen is plain DOM built inside the panic hook, and its three ways
//! on are plain links. "Reload" reopens the same address. "Export your shortlist" is a `data:`
//! link that downloads what is saved (offered first, so resetting loses nothing). "Reset saved
//! data" opens the address with `reset-saved-data`, which [`reset_if_asked`] handles at the
//! next start, before anything reads storage.

use std::sync::Mutex;

use leptos::prelude::{document, window};

use crate::strings::Strings;
use crate::ui::context::SAVED_KEYS;
use crate::ui::saved::{OLD_SHORTLIST_KEY, SHORTLIST_KEY};

/// The URL parameter that asks the next start to clear the data saved on this device.
const RESET_PARAMETER: &str = "reset-saved-data";

/// The catalogue the recovery screen speaks: the app's, once its language is known.
static WORDS: Mutex<Option<&'static Strings>> = Mutex::new(None);

/// Tells the recovery screen which language to speak.
pub fn speak(text: &'static Strings) {
    if let Ok(mut words) = WORDS.lock() {
        *words = Some(text);
    }
}

/// Installs the panic hook: the panic goes to the console as before, then the recovery screen
/// replaces the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show();
    }));
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

fn show() {
    let text = WORDS
        .try_lock()
        .ok()
        .and_then(|words| *words)
        .unwrap_or_else(Strings::english);
    let document = document();
    let Some(body) = document.body() else {
        return;
    };
    while let Some(child) = body.first_child() {
        let _ = body.remove_child(&child);
    }
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let link = |label: &str, href: &str| {
        let a = element("a", label)?;
        let _ = a.set_attribute("href", href);
        let _ = a.set_attribute("class", "button");
        Some(a)
    };
    let Some(main) = document.create_element("main").ok() else {
        return;
    };
    let _ = main.set_attribute("class", "recovery");
    let _ = main.set_attribute("role", "alert");
    let here = window().location().href().unwrap_or_else(|_| "?".into());
    let saved_shortlist = window().local_storage().ok().flatten().and_then(|storage| {
        [SHORTLIST_KEY, OLD_SHORTLIST_KEY]
            .into_iter()
            .find_map(|key| storage.get_item(key).ok().flatten())
    });
    let export = saved_shortlist.and_then(|json| {
        let href = format!(
            "data:application/json;charset=utf-8,{}",
            js_sys::encode_uri_component(&json)
        );
        let a = link(text.recovery_export, &href)?;
        let _ = a.set_attribute("download", "mflm-shortlist.json");
        Some(a)
    });
    let pieces = [
        element("h1", text.recovery_title),
        element("p", text.recovery_body),
        link(text.recovery_reload, &here),
        export,
        link(text.recovery_reset, &format!("?{RESET_PARAMETER}")),
    ];
    for piece in pieces.into_iter().flatten() {
        let _ = main.append_child(&piece);
    }
    let _ = body.append_child(&main);
}
