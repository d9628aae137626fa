//! index.html's first view: the default page of results, prerendered by the build (`mflm-data
//! prerender`, `core/src/prerender.rs`), on screen while the wasm and the data arrive where
//! `public/first-view.js` found the default view (no URL parameters, English).
//!
//! The app takes it over without a visible jump: while it is up, style/main.css keeps what
//! the app mounts after it out of sight; the explorer builds its page there, carrying over
//! what the visitor typed into the first view's search box, and in the same task (before the
//! browser paints) removes the first view, so one frame shows the first view and the next
//! the app's page, laid out the same. Ground floor, beside `context`.

use leptos::prelude::document;
use mflm_core::lang::Lang;
use mflm_core::query::ViewState;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

// The app's search box, and the first view's (the same id; the first view's comes first).
use crate::ui::context::SEARCH_INPUT_ID;

/// index.html's placeholder: the first view or the loading message.
const PLACEHOLDER_ID: &str = "boot";
/// The class public/first-view.js puts on `<html>` when it shows the first view.
const SHOWN_CLASS: &str = "first-view-shown";

/// What the visitor left in the first view's search box.
pub struct Typed {
    pub text: String,
    focused: bool,
    selection: Option<(u32, u32)>,
}

/// At start, before the app draws anything: keeps the first view up for the explorer to take
/// over only when it is the view about to be drawn (the address's view is the default one and
/// the language English); otherwise removes the placeholder now (the app's loading view
/// takes its place in the same task), so no wrong first view stays on screen.
pub fn keep_if_right(view: &ViewState, lang: Lang) {
    if !(is_shown() && lang == Lang::En && *view == ViewState::default()) {
        remove();
    }
}

/// Removes index.html's placeholder, whichever version it shows.
pub fn remove() {
    if let Some(placeholder) = document().get_element_by_id(PLACEHOLDER_ID) {
        placeholder.remove();
    }
}

/// What was typed into the first view while the app was on its way; `None` when there is no
/// first view to take over.
pub fn typed() -> Option<Typed> {
    if !is_shown() {
        return None;
    }
    let selector = format!("#{PLACEHOLDER_ID} #{SEARCH_INPUT_ID}");
    let input = document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok());
    let Some(input) = input else {
        return Some(Typed {
            text: String::new(),
            focused: false,
            selection: None,
        });
    };
    let focused = document().active_element().is_some_and(|active| {
        active.id() == SEARCH_INPUT_ID && active.closest("#boot").ok().flatten().is_some()
    });
    let selection = match (input.selection_start(), input.selection_end()) {
        (Ok(Some(start)), Ok(Some(end))) => Some((start, end)),
        _ => None,
    };
    Some(Typed {
        text: input.value(),
        focused,
        selection,
    })
}

/// Removes the first view, once the app's page is drawn behind it, and puts focus and the
/// caret back where they were in the first view's search box.
pub fn take_over(typed: Typed) {
    remove();
    if !typed.focused {
        return;
    }
    let input = document()
        .get_element_by_id(SEARCH_INPUT_ID)
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        if let Some((start, end)) = typed.selection {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// Whether the first view is on screen: index.html has it and public/first-view.js showed it.
fn is_shown() -> bool {
    document().get_element_by_id(PLACEHOLDER_ID).is_some()
        && document().document_element().is_some_and(|html| {
            html.class_name()
                .split_whitespace()
                .any(|class| class == SHOWN_CLASS)
        })
}
