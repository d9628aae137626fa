//! Ids and references: ids unique and usable in links, every reference pointing at something
//! that exists (with a "did you mean" when it is a likely typo), no list repeating an entry.

use super::suggest::suggest;
use super::{Checker, PRINCIPLE_NUMBERS_RANGE};
use crate::model::Citation;
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;
use std::collections::BTreeSet;
use std::fmt;
use std::hash::Hash;

impl Checker<'_> {
    /// Reports every entry whose id an earlier entry of the same list already has.
    /// `list` is the list's path, `names[i]` how entry `i` is named in problems.
    pub(super) fn unique_ids<'i>(
        &mut self,
        list: &str,
        names: &[String],
        ids: impl Iterator<Item = &'i str>,
    ) {
        let mut first_at: FxHashMap<&str, usize> = FxHashMap::default();
        for (index, id) in ids.enumerate() {
            match first_at.get(id) {
                Some(&first) => {
                    let message = format!("duplicate id {id:?}: {list}[{first}] has it too");
                    self.report(&names[index], "id", message);
                }
                None => {
                    first_at.insert(id, index);
                }
            }
        }
    }

    /// Ids go into URLs, where `,` separates values: letters, digits, `.`, `_`, `-` only.
    pub(super) fn id(&mut self, item: &str, id: &str) {
        if id.trim().is_empty() {
            self.report(item, "id", "blank id");
        } else if !is_url_safe_id(id) {
            self.report(
                item,
                "id",
                format!(
                    "{id:?} is not a usable id: ids go into links, so they may only contain \
                     letters, digits, '.', '_' and '-', and must start with a letter or digit"
                ),
            );
        }
    }

    /// `value` must be one of `known`; `what` names the kind of thing it should be.
    pub(super) fn reference(
        &mut self,
        item: &str,
        field: &str,
        value: &str,
        what: &str,
        known: &BTreeSet<&str>,
    ) {
        self.reference_at(item, || field.to_string(), value, what, known);
    }

    /// [`Self::reference`] for a field whose name must be built: it is built only for a
    /// problem, so the common case allocates nothing.
    pub(super) fn reference_at(
        &mut self,
        item: &str,
        field: impl FnOnce() -> String,
        value: &str,
        what: &str,
        known: &BTreeSet<&str>,
    ) {
        if known.contains(value) {
            return;
        }
        let close = match self.suggestion_budget.checked_sub(known.len()) {
            Some(left) => {
                self.suggestion_budget = left;
                suggest(value, known.iter().copied())
            }
            None => None,
        };
        let message = match close {
            Some(close) => format!("no {what} has id {value:?}; did you mean {close:?}?"),
            None => format!("no {what} has id {value:?}"),
        };
        self.report(item, field(), message);
    }

    /// A list of references of one kind: each must exist, none may repeat.
    pub(super) fn references(
        &mut self,
        item: &str,
        field: &str,
        values: &[String],
        what: &str,
        known: &BTreeSet<&str>,
    ) {
        for (index, value) in values.iter().enumerate() {
            self.reference_at(item, || format!("{field}[{index}]"), value, what, known);
        }
        self.no_repeats(item, field, values);
    }

    pub(super) fn principle_reference(&mut self, item: &str, field: &str, number: u8) {
        if !PRINCIPLE_NUMBERS_RANGE.contains(&number) {
            self.report(
                item,
                field,
                format!("principle {number} does not exist: the Framework has principles 1 to 15"),
            );
        } else if !self.known.principles.contains(&number) {
            self.report(
                item,
                field,
                format!("principle {number} is not among the data's principles"),
            );
        }
    }

    /// Reports each entry of a list that repeats an earlier one. One pass with a map of first
    /// places, so a list of a million entries costs no more than reading it.
    pub(super) fn no_repeats<T: Eq + Hash + fmt::Debug>(
        &mut self,
        item: &str,
        field: &str,
        values: &[T],
    ) {
        let mut first_at: FxHashMap<&T, usize> = FxHashMap::default();
        for (index, value) in values.iter().enumerate() {
            match first_at.entry(value) {
                Entry::Occupied(first) => {
                    let first = *first.get();
                    self.report(
                        item,
                        format!("{field}[{index}]"),
                        format!("{value:?} is listed twice (also {field}[{first}])"),
                    );
                }
                Entry::Vacant(place) => {
                    place.insert(index);
                }
            }
        }
    }

    pub(super) fn citation(&mut self, item: &str, citation: &Citation) {
        let sources = &self.known.sources;
        self.reference(
            item,
            "source.document",
            &citation.document,
            "source",
            sources,
        );
        self.plain(item, "source.locator", &citation.locator);
        if let Some(url) = &citation.url {
            self.url(item, "source.url", url);
        }
    }

    pub(super) fn url(&mut self, item: &str, field: &str, url: &str) {
        let web = url.starts_with("https://") || url.starts_with("http://");
        if !web || url.chars().any(char::is_whitespace) {
            self.report(
                item,
                field,
                format!("{url:?} is not a web address: links must start with https:// or http://"),
            );
        }
    }
}

/// `^[A-Za-z0-9][A-Za-z0-9._-]*$`
fn is_url_safe_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}
