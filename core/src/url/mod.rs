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
//! | `view` | `overview`, `instruments`, `about` or `shortlist` | browse, or an item page |
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

use crate::lang::Lang;
use crate::query::{Facet, ItemRef, Page, Query, Sort, ViewState};

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

    state.page = match item {
        Some(item) => Page::Item(item),
        None => view.unwrap_or(Page::Browse),
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
/// `guideline:g4-t2`, `profile:DB-005`, `instrument:C097`, `country:PHL`. Not percent-encoded.
pub fn item_key(item: &ItemRef) -> String {
    match item {
        ItemRef::Subdivision(id) => format!("subdivision:{id}"),
        ItemRef::Principle(number) => format!("principle:{number}"),
        ItemRef::Guideline(id) => format!("guideline:{id}"),
        ItemRef::Profile(id) => format!("profile:{id}"),
        ItemRef::Instrument(id) => format!("instrument:{id}"),
        ItemRef::Country(id) => format!("country:{id}"),
    }
}

/// The item an [`item_key`] names. `None` for an unknown kind, an empty id, an id longer than
/// [`MAX_VALUE_CHARS`], or a principle number that is not plain digits fitting a `u8`.
/// The id is everything after the first `:`, so it may itself contain `:`.
pub fn parse_item_key(key: &str) -> Option<ItemRef> {
    let (kind, id) = key.split_once(':')?;
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
    }
}

fn page_from_view_key(key: &str) -> Option<Page> {
    match key {
        "browse" => Some(Page::Browse),
        "overview" => Some(Page::Overview),
        "instruments" => Some(Page::Instruments),
        "about" => Some(Page::About),
        "shortlist" => Some(Page::Shortlist),
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

/// Appends `text` form-urlencoded: `A-Za-z0-9-._~:` as they are, space as `+`, other bytes `%XX`.
fn encode_component(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        match byte {
            b' ' => out.push('+'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b':' => {
                out.push(char::from(byte))
            }
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0x0F)]));
            }
        }
    }
}

/// Decodes a form-urlencoded key or value: `+` is a space, `%XX` a byte; a malformed escape is
/// kept literally and bytes that are not UTF-8 become U+FFFD.
fn decode_component(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i] {
            b'%' => hex_value(bytes.get(i + 1)).zip(hex_value(bytes.get(i + 2))),
            _ => None,
        };
        match (bytes[i], escaped) {
            (_, Some((high, low))) => {
                decoded.push((high << 4) | low);
                i += 3;
            }
            (b'+', None) => {
                decoded.push(b' ');
                i += 1;
            }
            (byte, None) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

fn hex_value(byte: Option<&u8>) -> Option<u8> {
    let digit = char::from(*byte?).to_digit(16)?;
    // A hex digit is below 16, so it fits a u8.
    u8::try_from(digit).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};
    use std::time::Instant;

    fn state(page: Page, text: &str, facets: &[(Facet, &[&str])]) -> ViewState {
        let selected: BTreeMap<Facet, BTreeSet<String>> = facets
            .iter()
            .map(|(facet, values)| (*facet, values.iter().map(|v| v.to_string()).collect()))
            .collect();
        ViewState {
            page,
            query: Query {
                text: text.to_string(),
                selected,
            },
            sort: Sort::Relevance,
            result_page: 1,
            lang: None,
        }
    }

    fn first_page_of_browse() -> ViewState {
        state(Page::Browse, "", &[])
    }

    fn values(state: &ViewState, facet: Facet) -> Vec<&str> {
        state
            .query
            .selected
            .get(&facet)
            .map_or_else(Vec::new, |set| set.iter().map(String::as_str).collect())
    }

    // ---- encode: exact strings, since shared links depend on them ----

    #[test]
    fn default_view_encodes_to_empty_string() {
        assert_eq!(encode(&ViewState::default()), "");
        assert_eq!(encode(&first_page_of_browse()), "");
    }

    #[test]
    fn href_of_default_view_is_bare_question_mark() {
        assert_eq!(href(&ViewState::default()), "?");
    }

    #[test]
    fn href_is_question_mark_and_query_string() {
        let mut about = first_page_of_browse();
        about.page = Page::About;
        assert_eq!(href(&about), "?view=about");
    }

    #[test]
    fn parameters_are_written_in_fixed_order() {
        let mut s = state(
            Page::Item(ItemRef::Principle(4)),
            "recruitment fees",
            &[
                (Facet::Region, &["arab-states", "africa"]),
                (Facet::Type, &["practice"]),
            ],
        );
        s.sort = Sort::Newest;
        s.result_page = 2;
        assert_eq!(
            encode(&s),
            "item=principle:4&q=recruitment+fees&type=practice&region=africa,arab-states\
             &sort=newest&page=2"
        );
    }

    #[test]
    fn every_facet_uses_its_key_in_facet_order() {
        let s = state(
            Page::Browse,
            "",
            &[
                (Facet::Actor, &["employers"]),
                (Facet::Instrument, &["C097", "C143"]),
                (Facet::Country, &["PHL"]),
                (Facet::Sector, &["domestic-work"]),
                (Facet::Region, &["asia-pacific"]),
                (Facet::Principle, &["4", "11"]),
                (Facet::Kind, &["policy"]),
                (Facet::Type, &["activity"]),
            ],
        );
        assert_eq!(
            encode(&s),
            "type=activity&kind=policy&principle=11,4&region=asia-pacific&sector=domestic-work\
             &country=PHL&instrument=C097,C143&actor=employers"
        );
    }

    #[test]
    fn views_other_than_browse_are_named() {
        for (page, expected) in [
            (Page::Overview, "view=overview"),
            (Page::Instruments, "view=instruments"),
            (Page::About, "view=about"),
            (Page::Shortlist, "view=shortlist"),
        ] {
            assert_eq!(encode(&state(page, "", &[])), expected);
        }
    }

    #[test]
    fn item_page_keeps_search_text_and_facets() {
        let s = state(
            Page::Item(ItemRef::Profile("DB-005".into())),
            "fees",
            &[(Facet::Country, &["PHL"])],
        );
        assert_eq!(encode(&s), "item=profile:DB-005&q=fees&country=PHL");
        assert_eq!(decode(&encode(&s)), s);
    }

    #[test]
    fn relevance_sort_and_first_page_are_left_out() {
        let mut s = state(Page::Browse, "x", &[]);
        s.result_page = 0;
        assert_eq!(encode(&s), "q=x");
        s.result_page = 1;
        assert_eq!(encode(&s), "q=x");
        s.sort = Sort::Title;
        s.result_page = 3;
        assert_eq!(encode(&s), "q=x&sort=title&page=3");
    }

    #[test]
    fn search_text_is_percent_encoded_as_utf8() {
        let arabic = state(Page::Browse, "هجرة العمال", &[]);
        assert_eq!(
            encode(&arabic),
            "q=%D9%87%D8%AC%D8%B1%D8%A9+%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%84"
        );
        let chinese = state(Page::Browse, "移民", &[]);
        assert_eq!(encode(&chinese), "q=%E7%A7%BB%E6%B0%91");
        assert_eq!(decode(&encode(&arabic)), arabic);
        assert_eq!(decode(&encode(&chinese)), chinese);
    }

    #[test]
    fn structural_characters_in_text_are_escaped() {
        let s = state(Page::Browse, "a&b=c+d%e,f#g?h:i", &[]);
        assert_eq!(encode(&s), "q=a%26b%3Dc%2Bd%25e%2Cf%23g%3Fh:i");
        assert_eq!(decode(&encode(&s)), s);
    }

    #[test]
    fn facet_values_with_commas_or_empty_are_skipped() {
        let s = state(
            Page::Browse,
            "",
            &[
                (Facet::Region, &["a,b", "", "africa"]),
                (Facet::Sector, &["x,y"]),
            ],
        );
        assert_eq!(encode(&s), "region=africa");
    }

    // ---- item keys ----

    #[test]
    fn item_keys_name_kind_and_id() {
        let items = [
            (ItemRef::Principle(4), "principle:4"),
            (ItemRef::Subdivision("IV".into()), "subdivision:IV"),
            (ItemRef::Guideline("g4-t2".into()), "guideline:g4-t2"),
            (ItemRef::Profile("DB-005".into()), "profile:DB-005"),
            (ItemRef::Instrument("C097".into()), "instrument:C097"),
            (ItemRef::Country("PHL".into()), "country:PHL"),
        ];
        for (item, key) in items {
            assert_eq!(item_key(&item), key);
            assert_eq!(parse_item_key(key), Some(item));
        }
    }

    #[test]
    fn item_id_may_contain_colons() {
        assert_eq!(
            parse_item_key("guideline:a:b"),
            Some(ItemRef::Guideline("a:b".into()))
        );
    }

    #[test]
    fn bad_item_keys_are_rejected() {
        let long_id = format!("profile:{}", "x".repeat(MAX_VALUE_CHARS + 1));
        for key in [
            "",
            "principle",
            "principle:",
            "principle:999",
            "principle:256",
            "principle:-1",
            "principle:+4",
            "principle: 4",
            "principle:four",
            "planet:4",
            "Principle:4",
            ":4",
            &long_id,
        ] {
            assert_eq!(parse_item_key(key), None, "{key:?}");
        }
        let longest_id = format!("profile:{}", "x".repeat(MAX_VALUE_CHARS));
        assert!(parse_item_key(&longest_id).is_some());
    }

    // ---- decode: hand-written and hostile URLs ----

    #[test]
    fn empty_query_decodes_to_first_page_of_browse() {
        assert_eq!(decode(""), first_page_of_browse());
        assert_eq!(decode("?"), first_page_of_browse());
        assert_eq!(decode("&&&"), first_page_of_browse());
    }

    #[test]
    fn shared_link_decodes_to_its_view() {
        let mut expected = state(
            Page::Item(ItemRef::Principle(4)),
            "recruitment fees",
            &[
                (Facet::Type, &["practice"]),
                (Facet::Region, &["africa", "arab-states"]),
            ],
        );
        expected.sort = Sort::Newest;
        expected.result_page = 2;
        let url = "?item=principle:4&q=recruitment+fees&type=practice\
                   &region=africa,arab-states&sort=newest&page=2";
        assert_eq!(decode(url), expected);
    }

    #[test]
    fn plus_and_percent_20_both_mean_space() {
        assert_eq!(decode("q=a+b%20c").query.text, "a b c");
    }

    #[test]
    fn percent_encoded_separators_and_keys_are_decoded() {
        assert_eq!(
            decode("region=a%2Cb").query.selected,
            decode("region=a,b").query.selected
        );
        assert_eq!(decode("%71=fees").query.text, "fees");
        assert_eq!(
            decode("item=principle%3A4").page,
            Page::Item(ItemRef::Principle(4))
        );
    }

    #[test]
    fn unknown_parameters_and_facet_keys_are_ignored() {
        let s = decode("utm_source=mail&colour=blue&q=fees&=x&novalue&region=africa");
        assert_eq!(
            s,
            state(Page::Browse, "fees", &[(Facet::Region, &["africa"])])
        );
    }

    #[test]
    fn unknown_view_or_sort_falls_back_to_default() {
        assert_eq!(decode("view=settings"), first_page_of_browse());
        assert_eq!(decode("view=About"), first_page_of_browse());
        assert_eq!(decode("sort=oldest").sort, Sort::Relevance);
        assert_eq!(decode("view=shortlist").page, Page::Shortlist);
    }

    #[test]
    fn bad_item_opens_browse() {
        assert_eq!(decode("item=principle:999"), first_page_of_browse());
        assert_eq!(decode("item=nonsense"), first_page_of_browse());
        assert_eq!(decode("item=profile:"), first_page_of_browse());
        assert_eq!(decode("view=item&item=").page, Page::Browse);
    }

    #[test]
    fn valid_item_wins_over_view() {
        assert_eq!(
            decode("view=about&item=country:PHL").page,
            Page::Item(ItemRef::Country("PHL".into()))
        );
        assert_eq!(decode("view=about&item=bogus").page, Page::About);
    }

    #[test]
    fn lang_is_written_last_and_read_from_any_tag_it_knows() {
        let mut s = first_page_of_browse();
        s.query.text = "fees".into();
        s.lang = Some(Lang::Fr);
        assert_eq!(encode(&s), "q=fees&lang=fr");
        assert_eq!(decode("q=fees&lang=fr"), s);
        assert_eq!(decode("lang=fr-CA").lang, Some(Lang::Fr));
        assert_eq!(decode("lang=ES").lang, Some(Lang::Es));
        for unknown in ["lang=de", "lang=", "lang=%FF", "lang=<b>"] {
            assert_eq!(decode(unknown).lang, None, "{unknown}");
        }
        assert_eq!(
            encode(&first_page_of_browse()),
            "",
            "no lang asked, none written"
        );
    }

    #[test]
    fn bad_page_is_first_page() {
        for query in [
            "page=0",
            "page=-1",
            "page=abc",
            "page=+2",
            "page=2.5",
            "page=99999999999",
            "page=",
            "page",
        ] {
            assert_eq!(decode(query).result_page, 1, "{query}");
        }
        assert_eq!(decode("page=007").result_page, 7);
        assert_eq!(decode("page=4294967295").result_page, u32::MAX);
    }

    #[test]
    fn repeated_scalars_last_valid_wins_and_facets_merge() {
        let s = decode(
            "q=first&q=second&q=&view=about&view=overview&view=bogus&page=2&page=5&page=x\
             &sort=title&sort=newest&region=africa&region=europe,africa&region=",
        );
        assert_eq!(s.query.text, "second");
        assert_eq!(s.page, Page::Overview);
        assert_eq!(s.result_page, 5);
        assert_eq!(s.sort, Sort::Newest);
        assert_eq!(values(&s, Facet::Region), ["africa", "europe"]);
    }

    #[test]
    fn empty_values_are_ignored() {
        let s = decode("q=&region=&sector=,,&country=,PHL,");
        assert_eq!(s, state(Page::Browse, "", &[(Facet::Country, &["PHL"])]));
    }

    #[test]
    fn facet_values_are_not_checked_against_the_data() {
        let s = decode("principle=999&country=ATLANTIS");
        assert_eq!(values(&s, Facet::Principle), ["999"]);
        assert_eq!(values(&s, Facet::Country), ["ATLANTIS"]);
    }

    #[test]
    fn malformed_escapes_are_kept_literally() {
        assert_eq!(decode("q=%zz").query.text, "%zz");
        assert_eq!(decode("q=100%").query.text, "100%");
        assert_eq!(decode("q=%4").query.text, "%4");
        assert_eq!(decode("q=%%41").query.text, "%A");
        assert_eq!(decode("region=%").query.selected.len(), 1);
    }

    #[test]
    fn bytes_that_are_not_utf8_become_replacement_characters() {
        assert_eq!(decode("q=%E2%82").query.text, "\u{FFFD}");
        assert_eq!(decode("q=a%FFb").query.text, "a\u{FFFD}b");
        assert_eq!(decode("q=%C0%80").query.text, "\u{FFFD}\u{FFFD}");
        // A valid sequence decodes as expected.
        assert_eq!(decode("q=%E2%82%AC").query.text, "€");
    }

    #[test]
    fn nul_in_search_text_is_kept_as_text() {
        let s = decode("q=%00");
        assert_eq!(s.query.text, "\0");
        assert_eq!(encode(&s), "q=%00");
    }

    #[test]
    fn literal_unicode_in_query_string_is_accepted() {
        assert_eq!(decode("q=移民 العمال").query.text, "移民 العمال");
    }

    #[test]
    fn search_text_is_cut_on_a_char_boundary() {
        let long = "ع".repeat(MAX_TEXT_CHARS + 100);
        let s = decode(&encode(&state(Page::Browse, &long, &[])));
        assert_eq!(s.query.text, "ع".repeat(MAX_TEXT_CHARS));
        let exact = "x".repeat(MAX_TEXT_CHARS);
        assert_eq!(decode(&format!("q={exact}")).query.text, exact);
    }

    #[test]
    fn overlong_facet_values_are_dropped() {
        let longest = "v".repeat(MAX_VALUE_CHARS);
        let too_long = "v".repeat(MAX_VALUE_CHARS + 1);
        let s = decode(&format!("region={too_long},{longest},africa"));
        assert_eq!(values(&s, Facet::Region), ["africa", longest.as_str()]);
    }

    #[test]
    fn facet_keeps_at_most_the_first_values() {
        let many: Vec<String> = (0..200).map(|n| format!("v{n:03}")).collect();
        let s = decode(&format!("sector={}", many.join(",")));
        let kept = values(&s, Facet::Sector);
        assert_eq!(kept.len(), MAX_VALUES_PER_FACET);
        assert_eq!(kept, many[..MAX_VALUES_PER_FACET]);
        // Repeats of already-kept values are no reason to drop anything.
        let s = decode(&format!("sector={}&sector=v000", many[..50].join(",")));
        assert_eq!(values(&s, Facet::Sector).len(), MAX_VALUES_PER_FACET);
    }

    #[test]
    fn hostile_ten_kilobyte_query_decodes_quickly_to_something_sane() {
        let mut hostile = String::from("?");
        while hostile.len() < 10_000 {
            hostile.push_str("q=%E2%82%zz&region=a,bb,ccc,%FF,");
            hostile.push_str(&"%41".repeat(40));
            hostile.push_str("&page=99999999999&item=principle:999&view=x&&=&%=%&");
        }
        hostile.push_str("q=");
        hostile.push_str(&"%D8%B9".repeat(2_000));
        let started = Instant::now();
        let s = decode(&hostile);
        let elapsed = started.elapsed();
        assert!(elapsed.as_millis() < 500, "took {elapsed:?}");
        assert_eq!(s.page, Page::Browse);
        assert_eq!(s.result_page, 1);
        assert_eq!(s.query.text.chars().count(), MAX_TEXT_CHARS);
        assert!(values(&s, Facet::Region).len() <= MAX_VALUES_PER_FACET);
        assert!(s.query.selected.values().flatten().all(|v| !is_too_long(v)));
    }

    // ---- properties ----

    /// Chars that exercise the encoder: structural ones, non-ASCII and anything else.
    fn any_char() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => prop::sample::select(vec![
                '%', '+', '&', '=', ',', ':', ' ', '#', '?', '\0', 'ع', '移', '€', 'a', 'Z', '1',
            ]),
            2 => any::<char>(),
        ]
    }

    fn text(max_chars: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(any_char(), 0..=max_chars).prop_map(String::from_iter)
    }

    /// A non-empty id of at most `MAX_VALUE_CHARS` chars.
    fn id() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(any_char(), 1..=12).prop_map(String::from_iter),
            prop::collection::vec(any_char(), MAX_VALUE_CHARS..=MAX_VALUE_CHARS)
                .prop_map(String::from_iter),
        ]
    }

    fn facet_value() -> impl Strategy<Value = String> {
        id().prop_map(|value| value.replace(',', ";"))
    }

    fn item() -> impl Strategy<Value = ItemRef> {
        prop_oneof![
            any::<u8>().prop_map(ItemRef::Principle),
            id().prop_map(ItemRef::Subdivision),
            id().prop_map(ItemRef::Guideline),
            id().prop_map(ItemRef::Profile),
            id().prop_map(ItemRef::Instrument),
            id().prop_map(ItemRef::Country),
        ]
    }

    fn page() -> impl Strategy<Value = Page> {
        prop_oneof![
            Just(Page::Browse),
            Just(Page::Overview),
            Just(Page::Instruments),
            Just(Page::About),
            Just(Page::Shortlist),
            item().prop_map(Page::Item),
        ]
    }

    /// Any state that a link can carry: facet values comma-free and non-empty, no empty
    /// selections, everything within the caps, result page at least 1.
    fn representable_state() -> impl Strategy<Value = ViewState> {
        let selected = prop::collection::btree_map(
            prop::sample::select(Facet::ALL.to_vec()),
            prop::collection::btree_set(facet_value(), 1..=5),
            0..=4,
        );
        let text = prop_oneof![text(30), text(MAX_TEXT_CHARS)];
        (
            page(),
            text,
            selected,
            prop::sample::select(Sort::ALL.to_vec()),
            prop_oneof![Just(1u32), 1..=u32::MAX],
            prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        )
            .prop_map(
                |(page, text, selected, sort, result_page, lang)| ViewState {
                    page,
                    query: Query { text, selected },
                    sort,
                    result_page,
                    lang,
                },
            )
    }

    /// Query strings built from pieces that a real or hostile link might contain.
    fn query_string() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "view",
            "item",
            "q",
            "type",
            "kind",
            "principle",
            "region",
            "sector",
            "country",
            "instrument",
            "actor",
            "sort",
            "page",
            "lang",
            "%71",
            "x",
            "",
            "?q",
        ]);
        let value_piece = prop_oneof![
            prop::sample::select(vec![
                "about",
                "overview",
                "browse",
                "item",
                "principle:4",
                "principle:999",
                "guideline:",
                "profile:DB-005",
                "country:PHL",
                "title",
                "newest",
                "0",
                "1",
                "42",
                "99999999999",
                "%zz",
                "%",
                "%E2%82",
                "%FF",
                "%2C",
                "%3A",
                "+",
                ",",
                ",,",
                "%00",
                "%D8%B9",
                "a,b",
                "&",
                "=",
            ])
            .prop_map(String::from),
            text(8),
        ];
        let value = prop::collection::vec(value_piece, 0..4).prop_map(|pieces| pieces.concat());
        let pair = (key, prop::bool::ANY, value).prop_map(|(key, has_equals, value)| {
            if has_equals {
                format!("{key}={value}")
            } else {
                format!("{key}{value}")
            }
        });
        prop::collection::vec(pair, 0..8).prop_map(|pairs| pairs.join("&"))
    }

    proptest! {
        #[test]
        fn representable_state_round_trips(state in representable_state()) {
            prop_assert_eq!(decode(&encode(&state)), state);
        }

        #[test]
        fn encoded_state_is_plain_ascii_without_hash(state in representable_state()) {
            let encoded = encode(&state);
            prop_assert!(encoded.is_ascii());
            prop_assert!(!encoded.contains('#') && !encoded.contains(' '));
        }

        #[test]
        fn any_string_decodes_without_panic(input in any::<String>()) {
            let _ = decode(&input);
        }

        #[test]
        fn decode_is_idempotent_through_encode(input in prop_oneof![any::<String>(), query_string()]) {
            let decoded = decode(&input);
            prop_assert_eq!(decode(&encode(&decoded)), decoded);
        }
    }
}
