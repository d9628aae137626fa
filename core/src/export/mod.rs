//! Exports a list of items (the current results, or a trainer's shortlist with notes) as a
//! file the browser offers for download, and a "Cite this" line to copy. Pure: the view
//! layer hands over the items and saves the string.
//!
//! | function | what it makes |
//! | --- | --- |
//! | [`to_csv`] | a spreadsheet: one row per item, the columns of [`CSV_COLUMNS`] |
//! | [`to_json`] | a data file in `data/framework.json`'s own shape holding only these items and what they reference; [`crate::validate::load`] accepts it |
//! | [`to_markdown`] | a handout: a heading per item with its facts, the trainer's note quoted |
//! | [`to_ris`] | records for reference managers (Zotero, EndNote, Mendeley) |
//! | [`citation`] | one formatted citation of one item |
//!
//! **Which items.** Principles, guidelines, practices and activities: the items the search
//! lists and the shortlist holds. Any other [`ItemRef`] (sub-division, instrument, country)
//! and any item the data does not have (an old shortlist entry) is skipped by every function,
//! and [`citation`] gives `None` for it. The rest keep the caller's order, repeats included;
//! [`to_json`] alone follows the data's order (the file is a subset of the data file).
//!
//! **Language.** Texts are in the context's language with English where the data has none
//! ([`crate::model::Text::get`]); vocabulary labels, country and instrument names come from
//! [`Relations`]. The few words an export adds (field names such as "Countries", the item
//! types) are the interface catalogue's own (`i18n/<lang>.ftl`, checked by
//! `tests/export.rs`), in the languages the content is translated into (English, French,
//! Spanish); for the others the whole document is in English, like the content it holds,
//! so a document never mixes languages. Keywords, periods, locators and actor names are
//! written once in the data, in English or as the source gives them.
//!
//! **Links back** are `base_url` followed by [`url::href`] of the item's page in the
//! export's language (`?item=profile:DB-005&lang=fr`), so a reader lands on the text that was
//! exported. `base_url` is the app's address (`https://example.org/mflm/`); anything from a
//! `?` or `#` in it is dropped. With `""` the links are relative, which suits a page but not a
//! file that leaves it: the view should pass the page's absolute address.
//!
//! Source documents are always named by title and place ("ILO good practices database: ...,
//! practice 5"), never by the data's internal ids (`ilo-migpractice`).
//!
//! One file per format: `csv.rs`, `json.rs` (with the subset of the data it holds),
//! `markdown.rs`, `ris.rs`, `cite.rs` ([`citation`]). What they share: `entry.rs` (one item
//! resolved to the fields every format draws from) and `words.rs` (the words an export adds,
//! per language).

mod cite;
mod csv;
mod entry;
mod json;
mod markdown;
mod ris;
mod words;

pub use self::csv::{to_csv, CSV_COLUMNS};
pub use cite::citation;
pub use json::to_json;
pub use markdown::to_markdown;
pub use ris::to_ris;

use crate::lang::Lang;
use crate::query::ItemRef;
use crate::relations::Relations;
#[cfg(doc)]
use crate::url;

/// One item to export, with the trainer's note on it where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportItem<'a> {
    pub item: ItemRef,
    pub note: Option<&'a str>,
}

/// What every export needs besides its items.
#[derive(Clone, Copy)]
pub struct ExportContext<'a> {
    pub relations: &'a Relations,
    /// The language of the texts and labels (English where the data has none).
    pub lang: Lang,
    /// Absolute or relative base for links back, e.g. `"https://example.org/mflm/"` or `""`.
    pub base_url: &'a str,
}

const APP_NAME: &str = "MFLM Explorer";

/// Line breaks (and tabs) as single spaces, trimmed: a RIS value or a citation is one line.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n', '\t'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
