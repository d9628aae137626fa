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
//! turned into [`Hit`]s with highlight ranges.

use crate::lang::Lang;
use crate::model::{Framework, Profile, ProfileType, Term, Text};
use crate::query::{Facet, ItemRef, Query, Sort, RESULTS_PER_PAGE};
use crate::text::{fold, for_each_word, original_prefix_len, words};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// At most this many words of the search text are used (the rest is ignored).
pub const MAX_QUERY_WORDS: usize = 32;
/// Longer query words cannot be meant and are ignored.
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
}

/// One result: which doc, and where the search terms matched its title and summary, as byte
/// ranges into [`Doc::title`] and [`Doc::summary`] (the displayed text, for highlighting).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f32,
    pub title_matches: Vec<Range<usize>>,
    pub summary_matches: Vec<Range<usize>>,
}

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
                },
                &[
                    (Facet::Principle, vec![number.as_str()]),
                    (Facet::Instrument, instruments.collect()),
                ],
                other.into_iter().flatten(),
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
                },
                &[(Facet::Principle, vec![principle.as_str()])],
                other.into_iter().flatten(),
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
            let other = countries
                .chain(profile.areas.iter().map(String::as_str))
                .chain(profile.tags.iter().map(String::as_str))
                .chain([profile.period.as_str(), profile.id.as_str()])
                .chain(profile.actors.iter().filter_map(|a| a.name.as_deref()))
                .chain(kind_labels.into_iter().flatten())
                .chain(profile.instruments.iter().map(String::as_str))
                .chain(english.into_iter().flatten());
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
                other,
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
        let tokens = query_words(&query.text);
        let scores = (!tokens.is_empty()).then(|| self.text_scores(&tokens));

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
            .map(|doc| Hit {
                doc,
                score: scores.as_ref().map_or(0.0, |scores| f32::from(scores[doc])),
                title_matches: highlights(&self.docs[doc].title, &tokens),
                summary_matches: highlights(&self.docs[doc].summary, &tokens),
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

/// The query's words, folded, deduplicated: at most [`MAX_QUERY_WORDS`], none longer than
/// [`MAX_WORD_CHARS`].
fn query_words(text: &str) -> Vec<String> {
    let mut tokens: Vec<String> = words(text)
        .take(MAX_QUERY_WORDS)
        .map(|(_, word)| word)
        .filter(|word| word.chars().count() <= MAX_WORD_CHARS)
        .collect();
    tokens.sort_unstable();
    tokens.dedup();
    tokens
}

/// Byte ranges of `text` covering the start of each word that a token is a prefix of
/// (the longest such token).
fn highlights(text: &str, tokens: &[String]) -> Vec<Range<usize>> {
    if tokens.is_empty() {
        return Vec::new();
    }
    words(text)
        .filter_map(|(range, folded)| {
            let longest = tokens
                .iter()
                .filter(|token| folded.starts_with(token.as_str()))
                .map(String::len)
                .max()?;
            let len = original_prefix_len(&text[range.clone()], longest);
            Some(range.start..range.start + len)
        })
        .collect()
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

/// What [`Builder::add`] needs besides facet values and extra searchable text.
struct NewDoc<'a> {
    item: ItemRef,
    item_type: ItemType,
    title: &'a str,
    summary: &'a str,
    year: Option<u16>,
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
    fn add<'t>(
        &mut self,
        doc: NewDoc,
        values: &[(Facet, Vec<&str>)],
        other_text: impl Iterator<Item = &'t str>,
    ) {
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
        for text in other_text {
            self.index_words(number, Field::Other, text);
        }

        self.docs.push(Doc {
            item: doc.item,
            item_type: doc.item_type,
            title: doc.title.to_string(),
            summary: doc.summary.to_string(),
            values: doc_values,
            year: doc.year,
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
        newest_order
            .sort_unstable_by_key(|&doc| (std::cmp::Reverse(self.docs[doc as usize].year), doc));

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
            ["migrant", "workers"]
        );
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(query_words(&many).len(), MAX_QUERY_WORDS);
        assert_eq!(query_words(&"é".repeat(65)), Vec::<String>::new());
        assert_eq!(query_words(&"é".repeat(64)).len(), 1);
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
