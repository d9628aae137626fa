//! [`Index::new`]: the docs (one per principle, guideline and profile), each facet's options
//! and the docs that have them, and the inverted word index.

use super::bits::Bits;
use super::{Doc, Field, Index, ItemType, FACET_COUNT};
use crate::crosswalk::Crosswalk;
use crate::lang::Lang;
use crate::model::{Framework, Profile, ProfileType, Term, Text};
use crate::query::{Facet, ItemRef};
use crate::text::{fold, for_each_word};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cmp::Reverse;

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
        // GCM objectives and SDG targets come through the item's principles.
        let crosswalk = Crosswalk::new(framework);
        let through = |principles: &[u8]| crosswalk.values_through(principles);
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
            let (gcm, sdg) = through(&[principle.number]);
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
                    (Facet::Gcm, strs(&gcm)),
                    (Facet::Sdg, strs(&sdg)),
                ],
            );
        }

        for guideline in &framework.guidelines {
            let principle = guideline.principle.to_string();
            let (gcm, sdg) = through(&[guideline.principle]);
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
                &[
                    (Facet::Principle, vec![principle.as_str()]),
                    (Facet::Gcm, strs(&gcm)),
                    (Facet::Sdg, strs(&sdg)),
                ],
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
            let (gcm, sdg) = through(&profile.principles);
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
                    (Facet::Gcm, strs(&gcm)),
                    (Facet::Sdg, strs(&sdg)),
                ],
            );
        }

        builder.finish(options, lang)
    }
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

/// Every facet's option ids, in the order they are listed.
fn facet_options(framework: &Framework, lang: Lang) -> [Vec<String>; FACET_COUNT] {
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

    let mut options: [Vec<String>; FACET_COUNT] = Default::default();
    options[Facet::Type as usize] = ItemType::ALL.iter().map(|t| t.key().to_string()).collect();
    options[Facet::Kind as usize] = ids(&vocabularies.profile_kinds);
    options[Facet::Principle as usize] = numbers.iter().map(u8::to_string).collect();
    options[Facet::Region as usize] = ids(&vocabularies.regions);
    options[Facet::Sector as usize] = ids(&vocabularies.sectors);
    options[Facet::Country as usize] = countries.into_iter().map(|(_, id)| id).collect();
    options[Facet::Instrument as usize] =
        framework.instruments.iter().map(|i| i.id.clone()).collect();
    options[Facet::Actor as usize] = ids(&vocabularies.actor_types);
    // Objectives and targets some principle links to (the others would always count 0).
    let crosswalk = Crosswalk::new(framework);
    options[Facet::Gcm as usize] = crosswalk
        .linked_objectives(framework)
        .iter()
        .map(|o| o.number.to_string())
        .collect();
    options[Facet::Sdg as usize] = crosswalk
        .linked_targets(framework)
        .iter()
        .map(|t| t.id.clone())
        .collect();
    options
}

fn strs(values: &[String]) -> Vec<&str> {
    values.iter().map(String::as_str).collect()
}

/// The first run of exactly four digits: "2001-2014" -> 2001, "c. 1999" -> 1999.
pub(super) fn first_year(period: &str) -> Option<u16> {
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
        let mut doc_values: [Vec<u32>; FACET_COUNT] = Default::default();
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

    fn finish(self, options: [Vec<String>; FACET_COUNT], lang: Lang) -> Index {
        let n = self.docs.len();
        let mut option_docs: [Vec<Bits>; FACET_COUNT] = Default::default();
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
