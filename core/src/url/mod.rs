//! ViewState <-> query string.
//!
//! The app is static files opened under any sub-path, even from `file://`, so the whole view
//! lives in the query string of `index.html`; the path is never read. A shared link looks like
//!
//! ```text
//! index.html?item=principle:4&q=recruitment+fees&type=practice&region=africa,arab-states&sort=newest&page=2
//! ```
//!
//! Parameters, always written in this order and each left out when it holds its default:
//!
//! | parameter | value | left out when |
//! | --- | --- | --- |
//! | `view` | `overview`, `instruments`, `about`, `shortlist`, `crosswalk`, `open-data`, `propose`, `own-data`, `present-results` or `present-shortlist` | browse, or an item page |
//! | `at` | a presentation's 1-based slide | slide 1, or not a presentation |
//! | `item` | an item key (see [`item_key`]): its presence means the item page | not an item page |
//! | `q` | the search text | the text is empty |
//! | one per facet, in [`Facet::ALL`] order, named by [`Facet::key`] | the selected ids, sorted, joined by `,` | nothing is selected |
//! | `sort` | [`Sort::key`] | [`Sort::Relevance`] |
//! | `page` | the 1-based result page | page 1 (or 0) |
//! | `lang` | a [`Lang::tag`] (`fr`); on decoding, any tag [`Lang::from_tag`] reads (`fr-CA`) | the link names no language |
//!
//! Search text and facet selections are kept on every page, so an item page can rebuild the
//! list it was opened from.
//!
//! Encoding follows `application/x-www-form-urlencoded`: ASCII letters, digits and `-._~:` are
//! written as they are, a space as `+`, every other byte of the UTF-8 text as `%XX`. So any
//! text (Arabic, Chinese, `&`, `=`, `+`, `%`, `,`) round-trips. A facet value that contains a
//! comma, or is empty, cannot be represented and is skipped by [`encode`]; ids in the data
//! never contain commas.
//!
//! [`decode`] never fails or panics, whatever the input:
//! - a leading `?` is accepted; `+` and `%20` both mean a space; keys are decoded as values are;
//! - a malformed escape (`%zz`, a lone `%`) is kept literally, and bytes that are not UTF-8
//!   (`%FF`, a truncated `%E2%82`) become U+FFFD: the WHATWG `URLSearchParams` behaviour;
//! - unknown parameters and unknown facet keys are ignored;
//! - an empty or unparsable value is ignored (unknown `view`, bad `item`, `page=0`, `page=x`,
//!   `item=principle:999`); of the values that parse, the last one wins (`view`, `item`, `q`,
//!   `sort`, `page`), while facet values of repeated parameters are merged;
//! - a valid `item` makes the page an item page whatever `view` says; otherwise `view`
//!   decides, and without a valid one the page is browse;
//! - `page` is 1 when absent, so `decode("")` is the default view on page 1 (the derived
//!   `ViewState::default()` has 0, which [`encode`] treats as 1);
//! - the caps [`MAX_TEXT_CHARS`], [`MAX_VALUES_PER_FACET`] and [`MAX_VALUE_CHARS`] bound what a
//!   hostile link can produce, so a 10 kB query string decodes quickly to something sane.
//!
//! Facet values are not checked against the data here (the engine ignores unknown ones): this
//! module guarantees syntax only.
//!
//! By concern: `mod.rs` (the parameters: [`encode`], [`decode`], [`href`], item keys, the
//! caps), `component.rs` (one key or value form-urlencoded and back). `tests.rs` holds exact
//! strings and hand-written or hostile links; `properties.rs` round trips on generated states
//! and query strings.

pub(crate) mod component;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;

use crate::lang::Lang;
use crate::query::{Deck, Facet, ItemRef, Page, Query, Sort, ViewState};
use component::{decode_component, encode_component};

/// Search text longer than this many chars is cut (on a char boundary) when decoded.
pub const MAX_TEXT_CHARS: usize = 500;
/// At most this many values of one facet are kept when decoded; later ones are ignored.
pub const MAX_VALUES_PER_FACET: usize = 50;
/// A facet value or item id longer than this many chars is dropped when decoded.
pub const MAX_VALUE_CHARS: usize = 100;

/// The query string (without `?`) for `state`; empty for the default view.
pub fn encode(state: &ViewState) -> String {
    let mut out = String::new();
    // Writes `key=v1,v2,...`, each value encoded on its own so the commas stay literal.
    let mut param = |key: &str, values: &[&str]| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            encode_component(value, &mut out);
        }
    };

    match &state.page {
        Page::Item(item) => param("item", &[&item_key(item)]),
        page => {
            if let Some(view) = view_key(page) {
                param("view", &[view]);
            }
            if let Page::Present { at, .. } = page {
                if *at > 1 {
                    param("at", &[&at.to_string()]);
                }
            }
        }
    }
    if !state.query.text.is_empty() {
        param("q", &[&state.query.text]);
    }
    for facet in Facet::ALL {
        let Some(values) = state.query.selected.get(&facet) else {
            continue;
        };
        // The set is sorted already; values that a comma would split are skipped.
        let representable: Vec<&str> = values
            .iter()
            .map(String::as_str)
            .filter(|value| !value.is_empty() && !value.contains(','))
            .collect();
        if !representable.is_empty() {
            param(facet.key(), &representable);
        }
    }
    if state.sort != Sort::Relevance {
        param("sort", &[state.sort.key()]);
    }
    if state.result_page > 1 {
        param("page", &[&state.result_page.to_string()]);
    }
    if let Some(lang) = state.lang {
        param("lang", &[lang.tag()]);
    }
    out
}

/// The view a query string describes. Never fails: unknown or malformed parts are ignored
/// (see the module documentation for the exact rules).
pub fn decode(query_string: &str) -> ViewState {
    let query_string = query_string.strip_prefix('?').unwrap_or(query_string);
    let mut view: Option<Page> = None;
    let mut item: Option<ItemRef> = None;
    let mut slide = 1;
    let mut state = ViewState {
        result_page: 1,
        ..ViewState::default()
    };

    for pair in query_string.split('&') {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode_component(raw_value);
        if value.is_empty() {
            continue;
        }
        match decode_component(raw_key).as_str() {
            "view" => {
                if let Some(page) = page_from_view_key(&value) {
                    view = Some(page);
                }
            }
            "item" => {
                if let Some(parsed) = parse_item_key(&value) {
                    item = Some(parsed);
                }
            }
            "q" => state.query.text = truncate_chars(value, MAX_TEXT_CHARS),
            "sort" => {
                if let Some(sort) = Sort::from_key(&value) {
                    state.sort = sort;
                }
            }
            "page" => {
                if let Some(page) = parse_result_page(&value) {
                    state.result_page = page;
                }
            }
            "at" => {
                if let Some(at) = parse_result_page(&value) {
                    slide = at;
                }
            }
            "lang" => {
                if let Some(lang) = Lang::from_tag(&value) {
                    state.lang = Some(lang);
                }
            }
            key => {
                if let Some(facet) = Facet::from_key(key) {
                    add_facet_values(&mut state.query, facet, &value);
                }
            }
        }
    }

    state.page = match (item, view) {
        (Some(item), _) => Page::Item(item),
        (None, Some(Page::Present { deck, .. })) => Page::Present { deck, at: slide },
        (None, view) => view.unwrap_or(Page::Browse),
    };
    state
}

/// A link to `state`, relative to the current page: `"?"` followed by the query string.
///
/// The default view is the bare `"?"`, not `"./"`: under `file://` the page is `index.html`
/// itself and `"./"` would open the folder listing, whereas `"?"` reopens the same document
/// with an empty query, over http and `file://` alike, under any sub-path.
pub fn href(state: &ViewState) -> String {
    format!("?{}", encode(state))
}

/// The `kind:id` form of an item used in links: `principle:4`, `subdivision:IV`,
/// `guideline:g4-t2`, `profile:DB-005`, `instrument:C097`, `country:PHL`, `gcm:6`,
/// `sdg:10.7.1`. Not percent-encoded.
pub fn item_key(item: &ItemRef) -> String {
    match item {
        ItemRef::Subdivision(id) => format!("subdivision:{id}"),
        ItemRef::Principle(number) => format!("principle:{number}"),
        ItemRef::Guideline(id) => format!("guideline:{id}"),
        ItemRef::Profile(id) => format!("profile:{id}"),
        ItemRef::Instrument(id) => format!("instrument:{id}"),
        ItemRef::Country(id) => format!("country:{id}"),
        ItemRef::GcmObjective(number) => format!("gcm:{number}"),
        ItemRef::SdgTarget(id) => format!("sdg:{id}"),
    }
}

/// The item an [`item_key`] names. `None` for an unknown kind, an empty id, an id longer than
/// [`MAX_VALUE_CHARS`], or a principle number that is not plain digits fitting a `u8`.
/// The id is everything after the first `:`, so it may itself contain `:`. A GCM objective
/// is also read in the form `gcm-6`, and an SDG target as `sdg-10.7.1`.
pub fn parse_item_key(key: &str) -> Option<ItemRef> {
    let (kind, id) = key.split_once(':').or_else(|| {
        ["gcm", "sdg"]
            .into_iter()
            .find_map(|kind| Some((kind, key.strip_prefix(kind)?.strip_prefix('-')?)))
    })?;
    if id.is_empty() || is_too_long(id) {
        return None;
    }
    let id = id.to_string();
    match kind {
        "subdivision" => Some(ItemRef::Subdivision(id)),
        "principle" => {
            if !id.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            id.parse().ok().map(ItemRef::Principle)
        }
        "guideline" => Some(ItemRef::Guideline(id)),
        "profile" => Some(ItemRef::Profile(id)),
        "instrument" => Some(ItemRef::Instrument(id)),
        "country" => Some(ItemRef::Country(id)),
        "gcm" => {
            if !id.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            id.parse().ok().map(ItemRef::GcmObjective)
        }
        "sdg" => Some(ItemRef::SdgTarget(id)),
        _ => None,
    }
}

/// The `view` value of a page that has one.
fn view_key(page: &Page) -> Option<&'static str> {
    match page {
        Page::Browse | Page::Item(_) => None,
        Page::Overview => Some("overview"),
        Page::Instruments => Some("instruments"),
        Page::About => Some("about"),
        Page::Shortlist => Some("shortlist"),
        Page::Propose => Some("propose"),
        Page::OpenData => Some("open-data"),
        Page::OwnData => Some("own-data"),
        Page::Crosswalk => Some("crosswalk"),
        Page::Present {
            deck: Deck::Results,
            ..
        } => Some("present-results"),
        Page::Present {
            deck: Deck::Shortlist,
            ..
        } => Some("present-shortlist"),
    }
}

fn page_from_view_key(key: &str) -> Option<Page> {
    match key {
        "browse" => Some(Page::Browse),
        "overview" => Some(Page::Overview),
        "instruments" => Some(Page::Instruments),
        "about" => Some(Page::About),
        "shortlist" => Some(Page::Shortlist),
        "propose" => Some(Page::Propose),
        "open-data" => Some(Page::OpenData),
        "own-data" => Some(Page::OwnData),
        "crosswalk" => Some(Page::Crosswalk),
        "present-results" => Some(Page::Present {
            deck: Deck::Results,
            at: 1,
        }),
        "present-shortlist" => Some(Page::Present {
            deck: Deck::Shortlist,
            at: 1,
        }),
        _ => None,
    }
}

/// A result page of plain digits, at least 1, fitting a `u32`.
fn parse_result_page(value: &str) -> Option<u32> {
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|&page| page >= 1)
}

/// Adds the comma-separated `values` to `facet`'s selection, within the caps.
fn add_facet_values(query: &mut Query, facet: Facet, values: &str) {
    for value in values.split(',') {
        if value.is_empty() || is_too_long(value) {
            continue;
        }
        let selected = query.selected.entry(facet).or_default();
        if selected.len() >= MAX_VALUES_PER_FACET {
            return;
        }
        selected.insert(value.to_string());
    }
}

fn is_too_long(value: &str) -> bool {
    value.chars().nth(MAX_VALUE_CHARS).is_some()
}

fn truncate_chars(mut text: String, max_chars: usize) -> String {
    if let Some((byte_index, _)) = text.char_indices().nth(max_chars) {
        text.truncate(byte_index);
    }
    text
}
