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

use crate::lang::Lang;
use crate::model::{Framework, Profile, ProfileType, Term, Text};
use crate::query::{Facet, ItemRef, Query, Sort, RESULTS_PER_PAGE};
use crate::text::{fold, for_each_word, original_prefix_len, words};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cmp::Reverse;
use std::ops::Range;

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
    pub values: [Vec<u32>; 8],
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
    options: [Vec<String>; 8],
    /// Per facet, per option: the docs that have it.
    option_docs: [Vec<Bits>; 8],
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
    /// Indexes `framework` for readers of `lang`.
    ///
    /// Docs show (and highlight) their text in `lang`, falling back to English where the data
    /// has no translation; vocabulary labels are searched in `lang`. For a language other than
    /// English, the English titles, summaries and labels are searchable too (ranked as "other
    /// fields"), so an English term a reader knows still finds its items.
    pub fn new(framework: &Framework, lang: Lang) -> Index {
        let tag = lang.tag();
        let options = facet_options(framework, lang);
        let option_ids: Vec<FxHashMap<String, u32>> = options
            .iter()
            .map(|ids| (0..).zip(ids).map(|(i, id)| (id.clone(), i)).collect())
            .collect();
        let mut builder = Builder {
            option_ids,
            docs: Vec::new(),
            word_docs: FxHashMap::default(),
        };

        let mut principles: Vec<_> = framework.principles.iter().collect();
        principles.sort_unstable_by_key(|p| p.number);
        for principle in principles {
            let number = principle.number.to_string();
            let instruments = framework
                .instruments
                .iter()
                .filter(|i| i.principles.contains(&principle.number))
                .map(|i| i.id.as_str());
            let label = format!("Principle {number}");
            let other = [
                Some(label.as_str()),
                english_too(&principle.title, lang),
                english_too(&principle.summary, lang),
            ];
            builder.add(
                NewDoc {
                    item: ItemRef::Principle(principle.number),
                    item_type: ItemType::Principle,
                    title: principle.title.get(tag),
                    summary: principle.summary.get(tag),
                    year: None,
                    hidden: Hidden {
                        other: owned(other.into_iter().flatten()),
                        ..Hidden::default()
                    },
                },
                &[
                    (Facet::Principle, vec![number.as_str()]),
                    (Facet::Instrument, instruments.collect()),
                ],
            );
        }

        for guideline in &framework.guidelines {
            let principle = guideline.principle.to_string();
            let other = [
                Some(guideline.id.as_str()),
                guideline.number.as_deref(),
                english_too(&guideline.text, lang),
            ];
            builder.add(
                NewDoc {
                    item: ItemRef::Guideline(guideline.id.clone()),
                    item_type: ItemType::Guideline,
                    title: guideline.text.get(tag),
                    summary: "",
                    year: None,
                    hidden: Hidden {
                        other: owned(other.into_iter().flatten()),
                        ..Hidden::default()
                    },
                },
                &[(Facet::Principle, vec![principle.as_str()])],
            );
        }

        let vocabularies = &framework.vocabularies;
        let country_names: FxHashMap<&str, [Option<&str>; 2]> = vocabularies
            .countries
            .iter()
            .map(|c| (c.id.as_str(), labels(&c.label, lang)))
            .collect();
        // Practices before activities: the default list leads with what a constituent could
        // learn from and replicate.
        let is_practice = |p: &&Profile| p.profile_type == ProfileType::Practice;
        let profiles_in_order = framework
            .profiles
            .iter()
            .filter(is_practice)
            .chain(framework.profiles.iter().filter(|p| !is_practice(p)));
        for profile in profiles_in_order {
            let principles: Vec<String> = profile.principles.iter().map(u8::to_string).collect();
            let countries = profile
                .countries
                .iter()
                .filter_map(|id| country_names.get(id.as_str()).copied())
                .flatten()
                .flatten();
            let kind_labels = vocabularies
                .profile_kinds
                .iter()
                .find(|t| t.id == profile.kind)
                .map(|t| labels(&t.label, lang))
                .unwrap_or_default();
            let english = [
                english_too(&profile.title, lang),
                english_too(&profile.summary, lang),
            ];
            let other = [profile.period.as_str(), profile.id.as_str()]
                .into_iter()
                .chain(kind_labels.into_iter().flatten())
                .chain(profile.instruments.iter().map(String::as_str))
                .chain(english.into_iter().flatten());
            let hidden = Hidden {
                keywords: profile.tags.clone(),
                actors: owned(profile.actors.iter().filter_map(|a| a.name.as_deref())),
                countries: owned(countries),
                areas: profile.areas.clone(),
                other: owned(other),
            };
            builder.add(
                NewDoc {
                    item: ItemRef::Profile(profile.id.clone()),
                    item_type: match profile.profile_type {
                        ProfileType::Practice => ItemType::Practice,
                        ProfileType::Activity => ItemType::Activity,
                    },
                    title: profile.title.get(tag),
                    summary: profile.summary.get(tag),
                    year: first_year(&profile.period),
                    hidden,
                },
                &[
                    (Facet::Kind, vec![profile.kind.as_str()]),
                    (
                        Facet::Principle,
                        principles.iter().map(String::as_str).collect(),
                    ),
                    (Facet::Region, strs(&profile.regions)),
                    (Facet::Sector, strs(&profile.sectors)),
                    (Facet::Country, strs(&profile.countries)),
                    (Facet::Instrument, strs(&profile.instruments)),
                    (
                        Facet::Actor,
                        profile
                            .actors
                            .iter()
                            .map(|a| a.actor_type.as_str())
                            .collect(),
                    ),
                ],
            );
        }

        builder.finish(options, lang)
    }

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

    /// The search text with each word that matches nothing replaced by the closest word of the
    /// index, for a "Did you mean …?" link; `None` when no word needs a correction or none
    /// has one.
    ///
    /// Only words that start no indexed word are corrected (so a word still being typed is
    /// left alone while it matches something), each by the indexed word fewest edits away
    /// (insertions, deletions, substitutions, swaps of neighbours, on folded text): at most 1
    /// for a word of 4 or 5 letters, 2 from 6, none for shorter words. Among equally close
    /// words, the one sharing the longest start with the typed word wins (people mistype the
    /// start of a word least: "trafiking" is "trafficking", not "training"), then the word in
    /// more docs. A corrected word is written folded (lower case, no accents); the rest of the
    /// text is kept as typed. Works on any language the index holds.
    pub fn suggest(&self, text: &str) -> Option<String> {
        let mut corrected = String::with_capacity(text.len());
        let mut kept_up_to = 0;
        for (range, word) in words(text).take(MAX_QUERY_WORDS) {
            if word.chars().count() > MAX_WORD_CHARS || !self.words_starting_with(&word).is_empty()
            {
                continue;
            }
            if let Some(closest) = self.closest_word(&word) {
                corrected.push_str(&text[kept_up_to..range.start]);
                corrected.push_str(closest);
                kept_up_to = range.end;
            }
        }
        if kept_up_to == 0 {
            return None;
        }
        corrected.push_str(&text[kept_up_to..]);
        Some(corrected)
    }

    /// The indexed word closest to `word` within [`Index::suggest`]'s edit limits.
    fn closest_word(&self, word: &str) -> Option<&str> {
        let chars = word.chars().count();
        let most_edits = match chars {
            0..=3 => return None,
            4..=5 => 1,
            _ => 2,
        };
        // (edits, longest shared start, most docs, index order): the smallest key is the best.
        let mut best: Option<(usize, Reverse<usize>, Reverse<u32>, usize)> = None;
        for (w, candidate) in self.words.iter().enumerate() {
            // A byte is at most a character: a cheap bound before counting characters.
            if candidate.len() + most_edits < chars
                || candidate.chars().count().abs_diff(chars) > most_edits
            {
                continue;
            }
            let edits = strsim::osa_distance(word, candidate);
            if edits > most_edits {
                continue;
            }
            let shared_start = word
                .chars()
                .zip(candidate.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let docs = self.posting_starts[w + 1] - self.posting_starts[w];
            let key = (edits, Reverse(shared_start), Reverse(docs), w);
            if best.is_none_or(|best| key < best) {
                best = Some(key);
            }
        }
        best.map(|(.., w)| &*self.words[w])
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

/// Byte ranges of `text` covering the start of each word that a token is a prefix of
/// (the longest such token).
fn highlights(text: &str, tokens: &[String]) -> Vec<Range<usize>> {
    find(text, tokens).ranges
}

/// Where `tokens` occur in a text (see [`find`]).
struct Found {
    /// What to highlight: [`highlights`].
    ranges: Vec<Range<usize>>,
    /// For each token, the byte range of the first word it starts, if any.
    first: Vec<Option<Range<usize>>>,
}

/// One pass over the words of `text`, folding each once: what to highlight, and where each
/// token first occurs.
fn find(text: &str, tokens: &[String]) -> Found {
    let mut found = Found {
        ranges: Vec::new(),
        first: vec![None; tokens.len()],
    };
    if tokens.is_empty() {
        return found;
    }
    for_each_word(text, |range, folded| {
        let mut longest = 0;
        for (token, first) in tokens.iter().zip(&mut found.first) {
            if folded.starts_with(token.as_str()) {
                longest = longest.max(token.len());
                first.get_or_insert_with(|| range.clone());
            }
        }
        if longest > 0 {
            let len = original_prefix_len(&text[range.clone()], longest);
            found.ranges.push(range.start..range.start + len);
        }
    });
    found
}

/// The English text of `text` when it is not what a reader of `lang` is shown: searchable, not
/// displayed. `None` when the shown text is the English one.
fn english_too(text: &Text, lang: Lang) -> Option<&str> {
    let english = text.get(Lang::En.tag());
    (english != text.get(lang.tag())).then_some(english)
}

/// A label (country, kind) as searched: in `lang`, and in English when that differs.
fn labels(text: &Text, lang: Lang) -> [Option<&str>; 2] {
    [Some(text.get(lang.tag())), english_too(text, lang)]
}

/// The number of pages of [`RESULTS_PER_PAGE`] that `total` hits fill, at least 1.
fn page_count(total: usize) -> u32 {
    u32::try_from(total.div_ceil(RESULTS_PER_PAGE).max(1)).unwrap_or(u32::MAX)
}

/// The [`Hit`] for `doc` (number `number`).
fn hit(doc: &Doc, number: usize, score: f32, tokens: &[String]) -> Hit {
    let title = find(&doc.title, tokens);
    let summary = find(&doc.summary, tokens);
    let other_matches = other_matches(doc, tokens, &title.first, &summary.first);
    Hit {
        doc: number,
        score,
        title_matches: title.ranges,
        summary_matches: summary.ranges,
        other_matches,
    }
}

/// [`Hit::other_matches`]: the texts explaining the query words that the card's title and
/// visible summary do not show. `in_title` and `in_summary` are each token's first word there.
fn other_matches(
    doc: &Doc,
    tokens: &[String],
    in_title: &[Option<Range<usize>>],
    in_summary: &[Option<Range<usize>>],
) -> Vec<FieldMatch> {
    // The card shows the summary's first SUMMARY_VISIBLE_CHARS characters. A word starting
    // before that many bytes is within them (a character is at least a byte), so the common
    // case does not count characters.
    let last_in_summary = in_summary.iter().flatten().map(|at| at.start).max();
    let visible_end = match last_in_summary {
        Some(last) if last >= SUMMARY_VISIBLE_CHARS => doc
            .summary
            .char_indices()
            .nth(SUMMARY_VISIBLE_CHARS)
            .map_or(doc.summary.len(), |(at, _)| at),
        _ => usize::MAX,
    };
    // Per token: still to explain? (Most hits show every word: then nothing more is done.)
    let mut unexplained: Vec<bool> = in_title
        .iter()
        .zip(in_summary)
        .map(|(title, summary)| {
            title.is_none() && summary.as_ref().is_none_or(|at| at.start >= visible_end)
        })
        .collect();
    let mut found = Vec::new();
    if !unexplained.contains(&true) {
        return found;
    }
    let lists = [
        (MatchedField::Keywords, &doc.keywords),
        (MatchedField::Actors, &doc.actors),
        (MatchedField::Countries, &doc.countries),
        (MatchedField::Areas, &doc.areas),
    ];
    for (field, texts) in lists {
        explain_with(field, texts, tokens, &mut unexplained, &mut found);
    }
    // Past the visible summary: a snippet around the first such match.
    let hidden_at = (0..tokens.len())
        .filter(|&t| unexplained[t])
        .filter_map(|t| in_summary[t].clone())
        .min_by_key(|at| at.start);
    if let Some(at) = hidden_at {
        for (t, still) in unexplained.iter_mut().enumerate() {
            *still &= in_summary[t].is_none();
        }
        found.push(field_match(MatchedField::Summary, &doc.summary, at, tokens));
    }
    explain_with(
        MatchedField::Other,
        &doc.other,
        tokens,
        &mut unexplained,
        &mut found,
    );
    found
}

/// Adds a [`FieldMatch`] for each of `texts` that has a word an unexplained token starts,
/// and marks the tokens it has explained.
fn explain_with(
    field: MatchedField,
    texts: &[String],
    tokens: &[String],
    unexplained: &mut [bool],
    found: &mut Vec<FieldMatch>,
) {
    for text in texts {
        if !unexplained.contains(&true) {
            return;
        }
        let at = find(text, tokens).first;
        let first = (0..tokens.len())
            .filter(|&t| unexplained[t])
            .filter_map(|t| at[t].clone())
            .min_by_key(|at| at.start);
        if let Some(first) = first {
            for (t, still) in unexplained.iter_mut().enumerate() {
                *still &= at[t].is_none();
            }
            found.push(field_match(field, text, first, tokens));
        }
    }
}

/// `text` (or, past [`SNIPPET_CHARS`], a snippet of it around the word at `at`) with every
/// token's matches highlighted.
fn field_match(field: MatchedField, text: &str, at: Range<usize>, tokens: &[String]) -> FieldMatch {
    let text = if text.chars().count() > SNIPPET_CHARS {
        snippet(text, at, SNIPPET_CHARS)
    } else {
        text.to_string()
    };
    let ranges = highlights(&text, tokens);
    FieldMatch {
        field,
        text,
        ranges,
    }
}

/// About `chars` characters of `text` around the word at `at` (a third of them before it),
/// cut after a space and before one where there is a space to cut at (so no word is cut
/// apart), with "…" at each end that was cut.
fn snippet(text: &str, at: Range<usize>, chars: usize) -> String {
    let before = chars / 3;
    let mut start = text[..at.start]
        .char_indices()
        .rev()
        .nth(before.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let at_word_start = text[..start].ends_with(char::is_whitespace);
    if start > 0 && !at_word_start {
        // Start at a word: just after the first space in the lead-in, if there is one.
        if let Some(space) = text[start..at.start].find(char::is_whitespace) {
            start += space;
            start += text[start..]
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(0);
        }
    }
    let mut end = text[start..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        // End after a whole word: at the last space after the matched word, if there is one.
        if let Some(space) = text[at.end.min(end)..end].rfind(char::is_whitespace) {
            end = at.end.min(end) + space;
        }
    }
    let mut cut = String::with_capacity(end - start + 8);
    if start > 0 {
        cut.push('…');
    }
    cut.push_str(text[start..end].trim_end());
    if end < text.len() {
        cut.push('…');
    }
    cut
}

/// Every facet's option ids, in the order they are listed.
fn facet_options(framework: &Framework, lang: Lang) -> [Vec<String>; 8] {
    let vocabularies = &framework.vocabularies;
    let ids = |terms: &[Term]| terms.iter().map(|t| t.id.clone()).collect::<Vec<_>>();

    let mut numbers: Vec<u8> = framework.principles.iter().map(|p| p.number).collect();
    numbers.sort_unstable();
    numbers.dedup();

    // Countries some profile has, ordered by their name in `lang`.
    let used: FxHashSet<&str> = framework
        .profiles
        .iter()
        .flat_map(|p| p.countries.iter().map(String::as_str))
        .collect();
    let mut countries: Vec<_> = vocabularies
        .countries
        .iter()
        .filter(|c| used.contains(c.id.as_str()))
        .map(|c| (fold(c.label.get(lang.tag())), c.id.clone()))
        .collect();
    countries.sort_unstable();

    let mut options: [Vec<String>; 8] = Default::default();
    options[Facet::Type as usize] = ItemType::ALL.iter().map(|t| t.key().to_string()).collect();
    options[Facet::Kind as usize] = ids(&vocabularies.profile_kinds);
    options[Facet::Principle as usize] = numbers.iter().map(u8::to_string).collect();
    options[Facet::Region as usize] = ids(&vocabularies.regions);
    options[Facet::Sector as usize] = ids(&vocabularies.sectors);
    options[Facet::Country as usize] = countries.into_iter().map(|(_, id)| id).collect();
    options[Facet::Instrument as usize] =
        framework.instruments.iter().map(|i| i.id.clone()).collect();
    options[Facet::Actor as usize] = ids(&vocabularies.actor_types);
    options
}

fn strs(values: &[String]) -> Vec<&str> {
    values.iter().map(String::as_str).collect()
}

/// The first run of exactly four digits: "2001-2014" -> 2001, "c. 1999" -> 1999.
fn first_year(period: &str) -> Option<u16> {
    period
        .split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 4)
        .and_then(|run| run.parse().ok())
}

/// What [`Builder::add`] needs besides facet values.
struct NewDoc<'a> {
    item: ItemRef,
    item_type: ItemType,
    title: &'a str,
    summary: &'a str,
    year: Option<u16>,
    hidden: Hidden,
}

/// A doc's searchable text that its result card does not show (see the fields of [`Doc`]).
#[derive(Default)]
struct Hidden {
    keywords: Vec<String>,
    actors: Vec<String>,
    countries: Vec<String>,
    areas: Vec<String>,
    other: Vec<String>,
}

fn owned<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    texts.map(str::to_string).collect()
}

struct Builder {
    /// Per facet, option id -> its index in the facet's options.
    option_ids: Vec<FxHashMap<String, u32>>,
    docs: Vec<Doc>,
    /// Per folded word, its postings (`doc << 2 | field`), at most one per doc.
    word_docs: FxHashMap<String, Vec<u32>>,
}

impl Builder {
    /// Adds a doc; values that are not options of their facet are left out.
    fn add(&mut self, doc: NewDoc, values: &[(Facet, Vec<&str>)]) {
        let number = self.docs.len() as u32;
        let mut doc_values: [Vec<u32>; 8] = Default::default();
        // Every item type is a `Type` option, so the lookup cannot fail.
        doc_values[Facet::Type as usize] =
            vec![self.option_ids[Facet::Type as usize][doc.item_type.key()]];
        for (facet, ids) in values {
            let slot = *facet as usize;
            let known = &mut doc_values[slot];
            known.extend(ids.iter().filter_map(|&id| self.option_ids[slot].get(id)));
            known.sort_unstable();
            known.dedup();
        }

        // Best field first, so a word's first posting for this doc is its best.
        self.index_words(number, Field::Title, doc.title);
        self.index_words(number, Field::Summary, doc.summary);
        let hidden = doc.hidden;
        let hidden_texts = [
            &hidden.keywords,
            &hidden.actors,
            &hidden.countries,
            &hidden.areas,
            &hidden.other,
        ];
        for text in hidden_texts.into_iter().flatten() {
            self.index_words(number, Field::Other, text);
        }

        self.docs.push(Doc {
            item: doc.item,
            item_type: doc.item_type,
            title: doc.title.to_string(),
            summary: doc.summary.to_string(),
            values: doc_values,
            year: doc.year,
            keywords: hidden.keywords,
            actors: hidden.actors,
            countries: hidden.countries,
            areas: hidden.areas,
            other: hidden.other,
        });
    }

    fn index_words(&mut self, doc: u32, field: Field, text: &str) {
        for_each_word(text, |_, word| {
            let posting = doc << 2 | field as u32;
            match self.word_docs.get_mut(word) {
                Some(postings) => {
                    if postings.last().is_none_or(|&last| last >> 2 != doc) {
                        postings.push(posting);
                    }
                }
                None => {
                    self.word_docs.insert(word.to_string(), vec![posting]);
                }
            }
        });
    }

    fn finish(self, options: [Vec<String>; 8], lang: Lang) -> Index {
        let n = self.docs.len();
        let mut option_docs: [Vec<Bits>; 8] = Default::default();
        for (slot, facet_options) in options.iter().enumerate() {
            option_docs[slot] = vec![Bits::empty(n); facet_options.len()];
        }
        for (number, doc) in self.docs.iter().enumerate() {
            for (slot, values) in doc.values.iter().enumerate() {
                for &option in values {
                    option_docs[slot][option as usize].insert(number);
                }
            }
        }

        let mut word_docs: Vec<_> = self.word_docs.into_iter().collect();
        word_docs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut words = Vec::with_capacity(word_docs.len());
        let mut posting_starts = Vec::with_capacity(word_docs.len() + 1);
        let mut postings = Vec::new();
        for (word, docs) in word_docs {
            posting_starts.push(postings.len() as u32);
            words.push(word.into_boxed_str());
            postings.extend(docs);
        }
        posting_starts.push(postings.len() as u32);

        let mut by_title: Vec<(String, u32)> = (0..)
            .zip(&self.docs)
            .map(|(number, doc)| (fold(&doc.title), number))
            .collect();
        by_title.sort_unstable();
        let title_order = by_title.into_iter().map(|(_, doc)| doc).collect();
        let mut newest_order: Vec<u32> = (0..n as u32).collect();
        // Equal years keep default order (the doc number breaks ties), so an unstable sort
        // gives the stable result: the wasm then carries no stable-sort code for this.
        // `Reverse(None)` sorts after every year.
        newest_order.sort_unstable_by_key(|&doc| (Reverse(self.docs[doc as usize].year), doc));

        let by_item = self
            .docs
            .iter()
            .enumerate()
            .map(|(number, doc)| (doc.item.clone(), number))
            .collect();

        Index {
            docs: self.docs,
            options,
            option_docs,
            words,
            posting_starts,
            postings,
            title_order,
            newest_order,
            by_item,
            lang,
        }
    }
}

/// A set of doc numbers, one bit each.
#[derive(Debug, Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn empty(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    fn full(len: usize) -> Bits {
        let mut bits = Bits(vec![u64::MAX; len.div_ceil(64)]);
        if let (Some(last), 1..) = (bits.0.last_mut(), len % 64) {
            *last = (1 << (len % 64)) - 1;
        }
        bits
    }

    fn from_fn(len: usize, mut contains: impl FnMut(usize) -> bool) -> Bits {
        let mut bits = Bits::empty(len);
        for (i, word) in bits.0.iter_mut().enumerate() {
            for bit in 0..64.min(len - i * 64) {
                *word |= u64::from(contains(i * 64 + bit)) << bit;
            }
        }
        bits
    }

    fn contains(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 == 1
    }

    fn count(&self) -> usize {
        self.0.iter().map(|word| word.count_ones() as usize).sum()
    }

    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }

    fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    fn count_and(&self, other: &Bits) -> usize {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(i * 64 + bit)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_year_takes_the_first_four_digit_run() {
        assert_eq!(first_year("2005"), Some(2005));
        assert_eq!(first_year("2001-2014"), Some(2001));
        assert_eq!(first_year("c. 1999 onwards"), Some(1999));
        assert_eq!(first_year("12 March 2015"), Some(2015));
        assert_eq!(first_year("123456 and 1987"), Some(1987));
        assert_eq!(first_year("n.d."), None);
        assert_eq!(first_year(""), None);
    }

    #[test]
    fn query_words_are_capped_deduplicated_and_sane() {
        assert_eq!(
            query_words("Migrant MIGRANT workers"),
            Some(vec!["migrant".to_string(), "workers".to_string()])
        );
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(query_words(&many).map(|w| w.len()), Some(MAX_QUERY_WORDS));
        assert_eq!(query_words(&"é".repeat(65)), None);
        assert_eq!(query_words(&format!("migrant {}", "x".repeat(65))), None);
        assert_eq!(query_words(&"é".repeat(64)).map(|w| w.len()), Some(1));
        assert_eq!(query_words(" ,;-!? "), Some(Vec::new()));
    }

    #[test]
    fn bits_count_and_list_their_members() {
        let bits = Bits::from_fn(130, |i| i % 64 == 3 || i == 129);
        assert_eq!(bits.ones().collect::<Vec<_>>(), [3, 67, 129]);
        assert_eq!(bits.count(), 3);
        assert_eq!(Bits::full(130).count(), 130);
        assert_eq!(Bits::full(128).count(), 128);
        assert_eq!(Bits::full(0).count(), 0);
        assert!(bits.contains(67) && !bits.contains(66));
        assert_eq!(bits.count_and(&Bits::full(68)), 2);
    }
}
