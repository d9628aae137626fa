//! Text shown to users: English present, never blank, never markup, under well-formed
//! language tags.

use super::Checker;
use crate::model::Text;

impl Checker<'_> {
    /// Text in several languages: English present, every entry non-blank plain text under a
    /// well-formed language tag.
    pub(super) fn text(&mut self, item: &str, field: &str, text: &Text) {
        if !text.0.contains_key("en") {
            self.report(
                item,
                format!("{field}.en"),
                "missing: every text needs English (\"en\")",
            );
        }
        for (language, value) in &text.0 {
            let path = || format!("{field}.{language}");
            if !is_language_tag(language) {
                self.report(
                    item,
                    path(),
                    format!(
                        "{language:?} is not a BCP 47 language tag like \"en\", \"fr\" or \
                         \"zh-Hans\""
                    ),
                );
            }
            self.plain_at(item, path, value);
        }
    }

    /// A string shown to users: not blank, and not markup (the app renders text as text).
    pub(super) fn plain(&mut self, item: &str, field: impl Into<String>, value: &str) {
        self.plain_at(item, || field.into(), value);
    }

    /// [`Self::plain`] for a field whose name must be built: it is built only for a problem,
    /// since a large file has hundreds of thousands of strings and almost never one.
    pub(super) fn plain_at(&mut self, item: &str, field: impl FnOnce() -> String, value: &str) {
        if value.trim().is_empty() {
            self.report(item, field(), "blank");
        } else if let Some(tag) = html_tag(value) {
            self.report(
                item,
                field(),
                format!(
                    "contains what looks like an HTML tag ({tag:?}); the app shows text as it \
                     is, so write plain text"
                ),
            );
        }
    }
}

/// The start of the first `<` followed by a letter or `/`, as in `<p>` or `</b>`.
pub(crate) fn html_tag(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let start = bytes
        .windows(2)
        .position(|pair| pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || pair[1] == b'/'))?;
    Some(text[start..].chars().take(8).collect())
}

/// A BCP 47 tag in its usual case: a 2–3 letter lower-case language, then optional subtags:
/// a script (`Hans`), a region (`BR`, `419`) or a variant (`valencia`, `1996`).
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or("");
    let is_language =
        (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_lowercase());
    is_language
        && subtags.all(|subtag| {
            let bytes = subtag.as_bytes();
            match bytes.len() {
                2 => bytes.iter().all(u8::is_ascii_uppercase),
                3 => bytes.iter().all(u8::is_ascii_digit),
                4 if bytes[0].is_ascii_digit() => bytes.iter().all(u8::is_ascii_alphanumeric),
                4 => bytes[0].is_ascii_uppercase() && bytes[1..].iter().all(u8::is_ascii_lowercase),
                5..=8 => bytes
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                _ => false,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_in_usual_case_are_accepted() {
        for tag in [
            "en",
            "fr",
            "es",
            "ar",
            "zh-Hans",
            "pt-BR",
            "es-419",
            "ca-valencia",
            "fil",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "EN", "english", "en_GB", "en-", "zh-hans", "e", "en-gb"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
