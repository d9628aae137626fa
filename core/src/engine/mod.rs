//! The search and facet engine: `(data, query) -> results + counts per facet option`.
//!
//! [`Index::new`] turns the data into documents (one per principle, guideline and profile) and
//! precomputes, once, everything a query needs:
//! - for every facet option, the set of docs that have it, as a bitset;
//! - an inverted index: every folded word of the searchable text, sorted, with the docs it
//!   occurs in (and in which field), so a query word finds all words it is a prefix of by
//!   binary search.
//!
//! A query is then a few bitset ANDs and ORs: OR within a facet, AND across facets, and an
//! option's count is the popcount of its bitset ANDed with every *other* facet's selection
//! (and the text matches). Only matched docs are sorted, and only the requested window is
//! turned into [`Hit`]s with highlight ranges and, for query words a result card cannot
//! show, the fields that explain the match ([`Hit::other_matches`]).
//!
//! [`Index::suggest`] corrects typing mistakes: a query word that starts no indexed word is
//! replaced by the closest indexed word, by edit distance.
//!
//! One file per concern: `mod.rs` (the types, [`Index`] and its search), `build.rs`
//! ([`Index::new`]: the docs, the facet options, the word index), `matches.rs` (why a hit
//! matched: highlights, [`Hit::other_matches`], snippets), `suggest.rs` ([`Index::suggest`]),
//! `bits.rs` (the doc bitset). `tests.rs` tests the private helpers.

mod bits;
mod build;
mod matches;
mod suggest;
#[cfg(test)]
mod tests;

use crate::lang::Lang;
use crate::query::{Facet, ItemRef, Query, Sort, RESULTS_PER_PAGE};
use crate::text::words;
use bits::Bits;
use matches::hit;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// How many facets there are: the length of [`Facet::ALL`].
pub const FACET_COUNT: usize = Facet::ALL.len();

/// At most this many words of the search text are used (the rest is ignored).
pub const MAX_QUERY_WORDS: usize = 32;
/// A query word longer than this (in characters) matches nothing, so a text with one finds
/// nothing.
pub const MAX_WORD_CHARS: usize = 64;

/// What kind of item a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemType {
    Principle,
    Guideline,
    Practice,
    Activity,
}

impl ItemType {
    /// The `Facet::Type` options, in the order they are listed.
    pub const ALL: [ItemType; 4] = [
        ItemType::Principle,
        ItemType::Guideline,
        ItemType::Practice,
        ItemType::Activity,
    ];

    /// The `Facet::Type` option id.
    pub fn key(self) -> &'static str {
        match self {
            ItemType::Principle => "principle",
            ItemType::Guideline => "guideline",
            ItemType::Practice => "practice",
            ItemType::Activity => "activity",
        }
    }
}

/// One searchable item, with what the result list shows of it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub item: ItemRef,
    pub item_type: ItemType,
    /// The title in the index's language (English where it has no translation): a principle's
    /// own title (without "Principle N"), a guideline's text, a profile's title.
    /// [`Hit::title_matches`] index into it.
    pub title: String,
    /// The summary in the index's language, falling back to English (empty for a guideline).
    /// [`Hit::summary_matches`] index into it.
    pub summary: String,
    /// The doc's option ids per facet, as indices into [`Index::options`], ascending;
    /// indexed by `facet as usize` (the order of [`Facet::ALL`]). [`Index::values`] gives
    /// them as ids.
    pub values: [Vec<u32>; FACET_COUNT],
    /// The first four-digit year in a profile's `period`; `None` for other docs.
    pub year: Option<u16>,
    /// A profile's keywords (its `tags`), as written; empty for other docs.
    pub keywords: Vec<String>,
    /// The names of a profile's actors, where the data gives them.
    pub actors: Vec<String>,
    /// A profile's country names as they are searched: each in the index's language, then in
    /// English where that differs.
    pub countries: Vec<String>,
    /// A profile's groupings that are not countries ("ASEAN member States").
    pub areas: Vec<String>,
    /// The rest of the doc's searchable text that a result card does not show: ids, official
    /// guideline numbers, "Principle N", period, kind label, instrument ids, and the English
    /// title and summary when the index's language is another.
    pub other: Vec<String>,
}

/// One result: which doc, and where the search terms matched its title and summary, as byte
/// ranges into [`Doc::title`] and [`Doc::summary`] (the displayed text, for highlighting).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The doc's position in [`Index::docs`].
    pub doc: usize,
    /// Higher is a better match; 0 when there is no search text.
    pub score: f32,
    /// Byte ranges of [`Doc::title`] to highlight.
    pub title_matches: Vec<Range<usize>>,
    /// Byte ranges of [`Doc::summary`] to highlight (all of them, also past what a card shows).
    pub summary_matches: Vec<Range<usize>>,
    /// Why the doc matched where a result card cannot show it: for each query word found
    /// neither in the title nor in the summary's first [`SUMMARY_VISIBLE_CHARS`] characters,
    /// the first text it was found in (keywords, actors, countries, areas, a snippet of the
    /// summary, other fields, in that order of preference). Empty without search text.
    pub other_matches: Vec<FieldMatch>,
}

/// Where a [`FieldMatch`] was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchedField {
    /// One of a profile's keywords ([`Doc::keywords`]).
    Keywords,
    /// An actor's name ([`Doc::actors`]).
    Actors,
    /// A country name ([`Doc::countries`]).
    Countries,
    /// A grouping that is not a country ([`Doc::areas`]).
    Areas,
    /// A snippet of a long summary, around a match past what a card shows.
    Summary,
    /// Ids, numbers, period, kind, instruments, English text ([`Doc::other`]).
    Other,
}

/// A text a query word matched in, for showing under a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMatch {
    pub field: MatchedField,
    /// The text as written; a long one is cut to a snippet of about [`SNIPPET_CHARS`]
    /// characters around the match, on word boundaries, with "…" where it was cut.
    pub text: String,
    /// Byte ranges into `text` to highlight (every query word found in it).
    pub ranges: Vec<Range<usize>>,
}

/// How many characters of a summary a result card shows (the CSS clamps it to about three
/// lines); a query word found only past them is explained by a [`MatchedField::Summary`]
/// snippet.
pub const SUMMARY_VISIBLE_CHARS: usize = 240;
/// About how many characters a [`FieldMatch`] snippet of a long text has.
pub const SNIPPET_CHARS: usize = 160;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionCount {
    pub value: String,
    /// Results this option would give if it were also selected (its own facet's selection ignored).
    pub count: usize,
    pub selected: bool,
}

/// The answer to a query: the hits of one page (or window), how many there are in all, and
/// every facet option's count.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    /// Number of docs matching the query (all pages).
    pub total: usize,
    /// Only the hits in the requested window, in sort order.
    pub hits: Vec<Hit>,
    /// Every facet, in the order of [`Facet::ALL`], with every option's count.
    pub facets: Vec<(Facet, Vec<OptionCount>)>,
    /// The page served, 1-based, in pages of [`RESULTS_PER_PAGE`]: the page asked of
    /// [`Index::search_page`] after clamping; for [`Index::search`], the page the window's
    /// first served position falls in. Never above [`SearchResult::pages`].
    pub page: u32,
    /// The number of pages of [`RESULTS_PER_PAGE`] hits, at least 1 (an empty result is one
    /// empty page).
    pub pages: u32,
}

/// Where in a doc a word occurs; a word found in several fields counts in the best one.
#[derive(Debug, Clone, Copy)]
enum Field {
    /// Country names, areas, tags, period, actor names, ids, kind label.
    Other = 0,
    Summary = 1,
    Title = 2,
}

/// Built once from the data; answers queries without per-doc string work.
pub struct Index {
    pub docs: Vec<Doc>,
    /// Option ids per facet, in the order they are listed.
    options: [Vec<String>; FACET_COUNT],
    /// Per facet, per option: the docs that have it.
    option_docs: [Vec<Bits>; FACET_COUNT],
    /// Every folded word of the searchable text, sorted, distinct.
    words: Vec<Box<str>>,
    /// `postings[posting_starts[w]..posting_starts[w + 1]]` are word `w`'s occurrences,
    /// each `doc << 2 | field`, ascending by doc, one per doc.
    posting_starts: Vec<u32>,
    postings: Vec<u32>,
    /// All docs by folded title (then default order).
    title_order: Vec<u32>,
    /// All docs by year, newest first, undated last (then default order).
    newest_order: Vec<u32>,
    by_item: FxHashMap<ItemRef, usize>,
    lang: Lang,
}

impl Index {
    /// The language the docs' text is in (see [`Index::new`]).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// One page of results (RESULTS_PER_PAGE hits), 1-based; a page past the end serves the last page, 0 serves 1.
    ///
    /// [`SearchResult::page`] says which page was served, [`SearchResult::pages`] how many
    /// there are, so the view can correct a stale page number in the URL.
    pub fn search_page(&self, query: &Query, sort: Sort, page: u32) -> SearchResult {
        self.answer(query, sort, |total| {
            let page = page.clamp(1, page_count(total));
            let start = (page as usize - 1).saturating_mul(RESULTS_PER_PAGE);
            start..start.saturating_add(RESULTS_PER_PAGE)
        })
    }

    /// The docs matching `query`, ordered by `sort`, of which only those at positions
    /// `window` (0-based) are returned (clamped to the number of matches), plus the count of
    /// every option of every facet. [`SearchResult::page`] is the page of
    /// [`RESULTS_PER_PAGE`] the window starts in, capped at the last page.
    pub fn search(&self, query: &Query, sort: Sort, window: Range<usize>) -> SearchResult {
        self.answer(query, sort, |_| window)
    }

    /// [`Index::search`] with the window chosen once the number of matches is known.
    fn answer(
        &self,
        query: &Query,
        sort: Sort,
        window: impl FnOnce(usize) -> Range<usize>,
    ) -> SearchResult {
        // `None` scores: no search text, every doc is in; a word that cannot match (too
        // long) leaves every doc out.
        let (tokens, scores) = match query_words(&query.text) {
            Some(tokens) if tokens.is_empty() => (tokens, None),
            Some(tokens) => {
                let scores = self.text_scores(&tokens);
                (tokens, Some(scores))
            }
            None => (Vec::new(), Some(vec![0; self.docs.len()])),
        };

        // Each facet's selection as a doc set; `None` when nothing known is selected.
        let selections: Vec<Option<Bits>> = Facet::ALL
            .iter()
            .map(|&facet| {
                let chosen = query.selected.get(&facet)?;
                let mut union: Option<Bits> = None;
                for (i, option) in self.options[facet as usize].iter().enumerate() {
                    if chosen.contains(option) {
                        let docs = &self.option_docs[facet as usize][i];
                        match &mut union {
                            Some(union) => union.or_with(docs),
                            None => union = Some(docs.clone()),
                        }
                    }
                }
                union
            })
            .collect();

        let base = match &scores {
            Some(scores) => Bits::from_fn(scores.len(), |doc| scores[doc] > 0),
            None => Bits::full(self.docs.len()),
        };
        let mut matched = base.clone();
        for selection in selections.iter().flatten() {
            matched.and_with(selection);
        }

        let facets = Facet::ALL
            .iter()
            .map(|&facet| {
                let slot = facet as usize;
                // The docs this facet's options are counted within: all filters but its own.
                let all_but_own;
                let within = match selections[slot] {
                    None => &matched,
                    Some(_) => {
                        let mut docs = base.clone();
                        for (other, selection) in selections.iter().enumerate() {
                            if let (true, Some(selection)) = (other != slot, selection) {
                                docs.and_with(selection);
                            }
                        }
                        all_but_own = docs;
                        &all_but_own
                    }
                };
                let counts = self.options[slot]
                    .iter()
                    .zip(&self.option_docs[slot])
                    .map(|(value, docs)| OptionCount {
                        value: value.clone(),
                        count: within.count_and(docs),
                        selected: query.is_selected(facet, value),
                    })
                    .collect();
                (facet, counts)
            })
            .collect();

        let total = matched.count();
        let window = window(total);
        let end = window.end.min(total);
        let start = window.start.min(end);
        let page: Vec<usize> = match (sort, &scores) {
            (Sort::Relevance, Some(scores)) => {
                // Best score first, then default order: (u16::MAX - score, doc) ascending.
                let mut keys: Vec<u64> = matched
                    .ones()
                    .map(|doc| u64::from(u16::MAX - scores[doc]) << 32 | doc as u64)
                    .collect();
                if end < keys.len() {
                    keys.select_nth_unstable(end);
                    keys.truncate(end);
                }
                keys.sort_unstable();
                keys[start..]
                    .iter()
                    .map(|&key| (key & 0xffff_ffff) as usize)
                    .collect()
            }
            (Sort::Relevance, None) => matched.ones().skip(start).take(end - start).collect(),
            (Sort::Title | Sort::Newest, _) => {
                let order = match sort {
                    Sort::Title => &self.title_order,
                    _ => &self.newest_order,
                };
                order
                    .iter()
                    .map(|&doc| doc as usize)
                    .filter(|&doc| matched.contains(doc))
                    .skip(start)
                    .take(end - start)
                    .collect()
            }
        };

        let hits = page
            .into_iter()
            .map(|doc| {
                let score = scores.as_ref().map_or(0.0, |scores| f32::from(scores[doc]));
                hit(&self.docs[doc], doc, score, &tokens)
            })
            .collect();

        let pages = page_count(total);
        let page = u32::try_from(start / RESULTS_PER_PAGE + 1).map_or(pages, |p| p.min(pages));
        SearchResult {
            total,
            hits,
            facets,
            page,
            pages,
        }
    }

    /// The position of `item` in [`Index::docs`], if it is a doc.
    pub fn doc_index(&self, item: &ItemRef) -> Option<usize> {
        self.by_item.get(item).copied()
    }

    /// `facet`'s option ids, in the order they are listed (the order of
    /// [`SearchResult::facets`]).
    pub fn options(&self, facet: Facet) -> &[String] {
        &self.options[facet as usize]
    }

    /// The option ids `doc` has for `facet`, in option order.
    pub fn values(&self, doc: usize, facet: Facet) -> impl Iterator<Item = &str> {
        let options = &self.options[facet as usize];
        self.docs[doc].values[facet as usize]
            .iter()
            .map(move |&i| options[i as usize].as_str())
    }

    /// Each doc's score for `tokens`: 0 when some token starts none of its words, else the
    /// sum over tokens of the best place a word starting with it occurs.
    fn text_scores(&self, tokens: &[String]) -> Vec<u16> {
        let n = self.docs.len();
        let mut scores = vec![0u16; n];
        let mut best = vec![0u8; n];
        for (round, token) in tokens.iter().enumerate() {
            let words = self.words_starting_with(token);
            if words.is_empty() {
                return vec![0; n];
            }
            best.fill(0);
            for w in words {
                let exact = self.words[w].len() == token.len();
                let postings = self.posting_starts[w] as usize..self.posting_starts[w + 1] as usize;
                for &posting in &self.postings[postings] {
                    // Title beats summary beats other fields; then exact beats prefix.
                    let strength = (posting & 3) as u8 * 2 + u8::from(exact) + 1;
                    let best = &mut best[(posting >> 2) as usize];
                    *best = (*best).max(strength);
                }
            }
            // Dense passes over all docs: cheaper than chasing a candidate list.
            for (score, &best) in scores.iter_mut().zip(&best) {
                let alive = best > 0 && (round == 0 || *score > 0);
                *score = if alive { *score + u16::from(best) } else { 0 };
            }
        }
        scores
    }

    /// The indices of the words that start with `prefix` (a contiguous run, as they are sorted).
    fn words_starting_with(&self, prefix: &str) -> Range<usize> {
        let start = self.words.partition_point(|w| &**w < prefix);
        let len = self.words[start..].partition_point(|w| w.starts_with(prefix));
        start..start + len
    }
}

/// The query's words, folded, deduplicated: the first [`MAX_QUERY_WORDS`] (the rest are
/// ignored). Empty for text without words (only spaces or punctuation: no text). `None` when
/// a word is longer than [`MAX_WORD_CHARS`]: no word of the data is that long, so nothing can
/// match it, and the text matches nothing (rather than the word being ignored, which would
/// list everything as if it matched).
fn query_words(text: &str) -> Option<Vec<String>> {
    let mut tokens: Vec<String> = words(text)
        .take(MAX_QUERY_WORDS)
        .map(|(_, word)| word)
        .collect();
    if tokens
        .iter()
        .any(|word| word.chars().count() > MAX_WORD_CHARS)
    {
        return None;
    }
    tokens.sort_unstable();
    tokens.dedup();
    Some(tokens)
}

/// The number of pages of [`RESULTS_PER_PAGE`] that `total` hits fill, at least 1.
fn page_count(total: usize) -> u32 {
    u32::try_from(total.div_ceil(RESULTS_PER_PAGE).max(1)).unwrap_or(u32::MAX)
}
