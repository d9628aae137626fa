//! Data text in the reader's language, or, where it has no translation yet, in English with a
//! visible marker ("EN") and `lang="en"`, so nobody takes it for a translation and screen
//! readers pronounce it as English.

use leptos::prelude::*;
use mflm_core::lang::Lang;
use mflm_core::model::Text;

use crate::ui::context::AppContext;

/// `text` in the app's language; its English with the marker when it has none.
pub fn content(app: &AppContext, text: &Text) -> AnyView {
    let value = text.get(app.lang.tag()).to_string();
    if is_translated(app, text) {
        return value.into_any();
    }
    // Not translated: the English, on a page in another language.
    english_only(app, value)
}

/// A text the data holds in English only (a practice's keywords and areas, a source's
/// locator): as it is on English pages; on any other, with `lang="en"` and the marker, like an
/// untranslated text. Not for official names, which are the same in every language.
pub fn english_only(app: &AppContext, value: String) -> AnyView {
    if app.lang == Lang::En {
        return value.into_any();
    }
    view! {
        <span lang="en" dir="ltr">
            {value}
        </span>
        {marker(app, false)}
    }
    .into_any()
}

/// Whether `text` shows in the app's language: written in it, or with no English to fall
/// back to (nothing to mark).
pub fn is_translated(app: &AppContext, text: &Text) -> bool {
    text.has(app.lang.tag()) || !text.has(Lang::En.tag())
}

/// The "EN" marker after a text shown in English, or nothing when `translated`.
pub fn marker(app: &AppContext, translated: bool) -> Option<AnyView> {
    (!translated).then(|| {
        let text = app.text;
        view! {
            " "
            <abbr class="lang-marker" title=text.lang_marker_title>
                {text.lang_marker}
            </abbr>
        }
        .into_any()
    })
}
