//! The data's relations, built once beside the search index: look up any item by its
//! [`ItemRef`], follow every link both ways (the practices citing an instrument, the guidelines
//! of a principle, the countries of a region), and name vocabulary ids in a language.
//!
//! The data file stores each link once, on one side (a profile lists its principles; an
//! instrument lists the principles it underpins). [`Relations::new`] inverts them into tables
//! of positions, so a page asks "which profiles cite C097" in one lookup instead of scanning
//! the lists, and every answer comes in the data's own order. Views call these methods; none
//! of them reads the data's lists directly.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::crosswalk::{Crosswalk, Target};
use crate::lang::Lang;
use crate::model::{
    Country, CrosswalkLink, Framework, GcmObjective, Guideline, Instrument, Principle, Profile,
    ProfileType, SdgTarget, SourceDocument, Subdivision, Term,
};
use crate::query::ItemRef;

/// One item of the data, found by its [`ItemRef`].
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Subdivision(&'a Subdivision),
    Principle(&'a Principle),
    Guideline(&'a Guideline),
    /// A practice or an activity.
    Profile(&'a Profile),
    Instrument(&'a Instrument),
    Country(&'a Country),
    GcmObjective(&'a GcmObjective),
    SdgTarget(&'a SdgTarget),
}

/// A controlled vocabulary of the data (`vocabularies` in the file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    Region,
    Sector,
    ActorType,
    ProfileKind,
    InstrumentType,
}

/// Positions into one of the data's lists (`framework.profiles`, ...), in data order.
type Positions = Vec<u32>;

/// The compilation with its relations: owns the [`Framework`] and the inverted link tables.
/// Built once per load (about a millisecond for the shipped data; linear in its size).
pub struct Relations {
    framework: Framework,
    subdivision_at: FxHashMap<String, u32>,
    principle_at: FxHashMap<u8, u32>,
    guideline_at: FxHashMap<String, u32>,
    profile_at: FxHashMap<String, u32>,
    instrument_at: FxHashMap<String, u32>,
    country_at: FxHashMap<String, u32>,
    source_at: FxHashMap<String, u32>,
    /// Principle number -> profiles that list it.
    profiles_by_principle: FxHashMap<u8, Positions>,
    /// Guideline id -> profiles that list it.
    profiles_by_guideline: FxHashMap<String, Positions>,
    /// Instrument id -> profiles that cite it.
    profiles_by_instrument: FxHashMap<String, Positions>,
    /// Country id -> profiles that name it.
    profiles_by_country: FxHashMap<String, Positions>,
    /// Principle number -> its guidelines.
    guidelines_by_principle: FxHashMap<u8, Positions>,
    /// Principle number -> instruments that list it as a principle they underpin.
    instruments_by_principle: FxHashMap<u8, Positions>,
    /// Region id -> countries in it.
    countries_by_region: FxHashMap<String, Positions>,
    /// Principle number -> the sub-division that lists it.
    subdivision_by_principle: FxHashMap<u8, u32>,
    /// The links from principles to GCM objectives and SDG targets, both ways.
    crosswalk: Crosswalk,
}

impl Relations {
    /// Indexes `framework`'s links. Ids are assumed unique (the validator checks that); on a
    /// duplicate the first one wins, and a link to an unknown id is kept but leads nowhere.
    pub fn new(framework: Framework) -> Relations {
        let mut relations = Relations {
            subdivision_at: positions(framework.subdivisions.iter().map(|s| s.id.clone())),
            principle_at: positions(framework.principles.iter().map(|p| p.number)),
            guideline_at: positions(framework.guidelines.iter().map(|g| g.id.clone())),
            profile_at: positions(framework.profiles.iter().map(|p| p.id.clone())),
            instrument_at: positions(framework.instruments.iter().map(|i| i.id.clone())),
            country_at: positions(
                framework
                    .vocabularies
                    .countries
                    .iter()
                    .map(|c| c.id.clone()),
            ),
            source_at: positions(framework.sources.iter().map(|s| s.id.clone())),
            profiles_by_principle: FxHashMap::default(),
            profiles_by_guideline: FxHashMap::default(),
            profiles_by_instrument: FxHashMap::default(),
            profiles_by_country: FxHashMap::default(),
            guidelines_by_principle: FxHashMap::default(),
            instruments_by_principle: FxHashMap::default(),
            countries_by_region: FxHashMap::default(),
            subdivision_by_principle: FxHashMap::default(),
            crosswalk: Crosswalk::new(&framework),
            framework,
        };
        let framework = &relations.framework;
        for (at, profile) in (0..).zip(&framework.profiles) {
            for &n in distinct(&profile.principles) {
                push(&mut relations.profiles_by_principle, n, at);
            }
            for id in distinct(&profile.guidelines) {
                push(&mut relations.profiles_by_guideline, id.clone(), at);
            }
            for id in distinct(&profile.instruments) {
                push(&mut relations.profiles_by_instrument, id.clone(), at);
            }
            for id in distinct(&profile.countries) {
                push(&mut relations.profiles_by_country, id.clone(), at);
            }
        }
        for (at, guideline) in (0..).zip(&framework.guidelines) {
            push(
                &mut relations.guidelines_by_principle,
                guideline.principle,
                at,
            );
        }
        for (at, instrument) in (0..).zip(&framework.instruments) {
            for &n in distinct(&instrument.principles) {
                push(&mut relations.instruments_by_principle, n, at);
            }
        }
        for (at, country) in (0..).zip(&framework.vocabularies.countries) {
            push(
                &mut relations.countries_by_region,
                country.region.clone(),
                at,
            );
        }
        for (at, subdivision) in (0..).zip(&framework.subdivisions) {
            for &n in &subdivision.principles {
                relations.subdivision_by_principle.entry(n).or_insert(at);
            }
        }
        relations
    }

    /// The whole compilation, as loaded.
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    // ---- Look-ups by id -------------------------------------------------------------------

    /// The item `item` points at, or `None` when the data has no such item (an old or
    /// hand-edited link).
    pub fn item(&self, item: &ItemRef) -> Option<Item<'_>> {
        match item {
            ItemRef::Subdivision(id) => self.subdivision(id).map(Item::Subdivision),
            ItemRef::Principle(n) => self.principle(*n).map(Item::Principle),
            ItemRef::Guideline(id) => self.guideline(id).map(Item::Guideline),
            ItemRef::Profile(id) => self.profile(id).map(Item::Profile),
            ItemRef::Instrument(id) => self.instrument(id).map(Item::Instrument),
            ItemRef::Country(id) => self.country(id).map(Item::Country),
            ItemRef::GcmObjective(n) => self.gcm_objective(*n).map(Item::GcmObjective),
            ItemRef::SdgTarget(id) => self.sdg_target(id).map(Item::SdgTarget),
        }
    }

    /// A GCM objective by its number (1 to 23).
    pub fn gcm_objective(&self, number: u8) -> Option<&GcmObjective> {
        self.framework
            .gcm_objectives
            .iter()
            .find(|o| o.number == number)
    }

    /// An SDG target or indicator by its id (`"10.7"`, `"10.7.1"`).
    pub fn sdg_target(&self, id: &str) -> Option<&SdgTarget> {
        self.framework.sdg_targets.iter().find(|t| t.id == id)
    }

    /// A sub-division by its Roman numeral (`"IV"`).
    pub fn subdivision(&self, id: &str) -> Option<&Subdivision> {
        at(&self.framework.subdivisions, self.subdivision_at.get(id))
    }

    /// A principle by its number (1 to 15).
    pub fn principle(&self, number: u8) -> Option<&Principle> {
        at(&self.framework.principles, self.principle_at.get(&number))
    }

    /// A guideline item by its id (`"g4-t2"`).
    pub fn guideline(&self, id: &str) -> Option<&Guideline> {
        at(&self.framework.guidelines, self.guideline_at.get(id))
    }

    /// A practice or activity by its id (`"DB-005"`, `"S3-10b"`).
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        at(&self.framework.profiles, self.profile_at.get(id))
    }

    /// An instrument by its id (`"C097"`, `"ICRMW"`).
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        at(&self.framework.instruments, self.instrument_at.get(id))
    }

    /// A country by its ISO 3166-1 alpha-3 code.
    pub fn country(&self, id: &str) -> Option<&Country> {
        at(
            &self.framework.vocabularies.countries,
            self.country_at.get(id),
        )
    }

    /// A source document by its id (`"seed-003"`, `"ilo-migpractice"`).
    pub fn source(&self, id: &str) -> Option<&SourceDocument> {
        at(&self.framework.sources, self.source_at.get(id))
    }

    // ---- Relations, each direction --------------------------------------------------------

    /// Profiles (practices and activities) that list principle `number`.
    pub fn profiles_of_principle(&self, number: u8) -> Vec<&Profile> {
        self.profiles(self.profiles_by_principle.get(&number))
    }

    /// Profiles that list guideline `id`.
    pub fn profiles_of_guideline(&self, id: &str) -> Vec<&Profile> {
        self.profiles(self.profiles_by_guideline.get(id))
    }

    /// Profiles that cite instrument `id`.
    pub fn profiles_of_instrument(&self, id: &str) -> Vec<&Profile> {
        self.profiles(self.profiles_by_instrument.get(id))
    }

    /// Profiles that name country `id`.
    pub fn profiles_of_country(&self, id: &str) -> Vec<&Profile> {
        self.profiles(self.profiles_by_country.get(id))
    }

    /// Profiles that list any principle of sub-division `id`, each once, in data order.
    pub fn profiles_of_subdivision(&self, id: &str) -> Vec<&Profile> {
        let Some(subdivision) = self.subdivision(id) else {
            return Vec::new();
        };
        self.profiles_of_any_principle(subdivision.principles.iter().copied())
    }

    /// Profiles that list any of these principles, each once, in data order.
    fn profiles_of_any_principle(&self, numbers: impl Iterator<Item = u8>) -> Vec<&Profile> {
        let mut found: Positions = numbers
            .filter_map(|n| self.profiles_by_principle.get(&n))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        self.profiles(Some(&found))
    }

    /// How many profiles of `profile_type` list principle `number`.
    pub fn count_of_principle(&self, number: u8, profile_type: ProfileType) -> usize {
        count_of(self.profiles_of_principle(number), profile_type)
    }

    /// How many profiles of `profile_type` cite instrument `id`.
    pub fn count_of_instrument(&self, id: &str, profile_type: ProfileType) -> usize {
        count_of(self.profiles_of_instrument(id), profile_type)
    }

    /// The guideline items of principle `number`, in data order.
    pub fn guidelines_of_principle(&self, number: u8) -> Vec<&Guideline> {
        select(
            &self.framework.guidelines,
            self.guidelines_by_principle.get(&number),
        )
    }

    /// Instruments that list principle `number` among the principles they underpin (the
    /// reverse of [`Relations::principles_of_instrument`]).
    pub fn instruments_of_principle(&self, number: u8) -> Vec<&Instrument> {
        select(
            &self.framework.instruments,
            self.instruments_by_principle.get(&number),
        )
    }

    /// Instruments that underpin principle `number` or that one of its *practices* cites,
    /// each once, in data order: what a principle page lists under "Instruments".
    pub fn instruments_around_principle(&self, number: u8) -> Vec<&Instrument> {
        let practices = self.profiles_of_principle(number);
        let cites = |instrument: &Instrument| {
            practices.iter().any(|p| {
                p.profile_type == ProfileType::Practice && p.instruments.contains(&instrument.id)
            })
        };
        self.framework
            .instruments
            .iter()
            .filter(|i| i.principles.contains(&number) || cites(i))
            .collect()
    }

    /// The principles instrument `id` underpins, as the data lists them, that exist.
    pub fn principles_of_instrument(&self, id: &str) -> Vec<&Principle> {
        self.instrument(id)
            .map(|i| self.principles_numbered(&i.principles))
            .unwrap_or_default()
    }

    /// The principles a profile lists, that exist, in the profile's order.
    pub fn principles_of_profile(&self, profile: &Profile) -> Vec<&Principle> {
        self.principles_numbered(&profile.principles)
    }

    /// The principles of sub-division `id`, in the sub-division's order.
    pub fn principles_of_subdivision(&self, id: &str) -> Vec<&Principle> {
        self.subdivision(id)
            .map(|s| self.principles_numbered(&s.principles))
            .unwrap_or_default()
    }

    /// The sub-division that lists principle `number`.
    pub fn subdivision_of_principle(&self, number: u8) -> Option<&Subdivision> {
        at(
            &self.framework.subdivisions,
            self.subdivision_by_principle.get(&number),
        )
    }

    /// The guideline items a profile lists, that exist.
    pub fn guidelines_of_profile(&self, profile: &Profile) -> Vec<&Guideline> {
        profile
            .guidelines
            .iter()
            .filter_map(|id| self.guideline(id))
            .collect()
    }

    /// The instruments a profile cites, that exist.
    pub fn instruments_of_profile(&self, profile: &Profile) -> Vec<&Instrument> {
        profile
            .instruments
            .iter()
            .filter_map(|id| self.instrument(id))
            .collect()
    }

    /// The countries a profile names, that exist.
    pub fn countries_of_profile(&self, profile: &Profile) -> Vec<&Country> {
        profile
            .countries
            .iter()
            .filter_map(|id| self.country(id))
            .collect()
    }

    /// The countries of region `id` (a `regions` id), in the vocabulary's order.
    pub fn countries_of_region(&self, id: &str) -> Vec<&Country> {
        select(
            &self.framework.vocabularies.countries,
            self.countries_by_region.get(id),
        )
    }

    /// The principles just before and after `number` that exist: a principle page's pager.
    pub fn neighbours_of_principle(&self, number: u8) -> (Option<u8>, Option<u8>) {
        let numbers = self.framework.principles.iter().map(|p| p.number);
        let previous = numbers.clone().filter(|&n| n < number).max();
        let next = numbers.filter(|&n| n > number).min();
        (previous, next)
    }

    /// The sub-divisions, in the Framework's order (I to IX).
    pub fn subdivisions(&self) -> &[Subdivision] {
        &self.framework.subdivisions
    }

    /// The source documents items cite, in the data's order.
    pub fn sources(&self) -> &[SourceDocument] {
        &self.framework.sources
    }

    /// The instruments grouped by type id: the `instrument_types` vocabulary's order, then
    /// any type it does not list (so a missing label never hides an instrument); within a
    /// group by year, then name, then id. Empty groups are left out.
    pub fn instruments_by_type(&self) -> Vec<(&str, Vec<&Instrument>)> {
        let framework = &self.framework;
        let mut types: Vec<&str> = framework
            .vocabularies
            .instrument_types
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        for instrument in &framework.instruments {
            if !types.contains(&instrument.instrument_type.as_str()) {
                types.push(&instrument.instrument_type);
            }
        }
        types
            .into_iter()
            .filter_map(|kind| {
                let mut members: Vec<&Instrument> = framework
                    .instruments
                    .iter()
                    .filter(|i| i.instrument_type == kind)
                    .collect();
                // Unstable, keyed to a total order (ids are unique): each stable sort
                // instantiation adds kilobytes to the wasm.
                members.sort_unstable_by(|a, b| {
                    (a.year, &a.name, &a.id).cmp(&(b.year, &b.name, &b.id))
                });
                (!members.is_empty()).then_some((kind, members))
            })
            .collect()
    }

    // ---- The crosswalk (see [`crate::crosswalk`]) -------------------------------------

    /// The crosswalk index, for the engine's facets.
    pub fn crosswalk(&self) -> &Crosswalk {
        &self.crosswalk
    }

    /// The GCM objectives principle `number` links to, each with its link, by number.
    pub fn objectives_of_principle(&self, number: u8) -> Vec<(&GcmObjective, &CrosswalkLink)> {
        let mut found: Vec<_> = self
            .crosswalk
            .links_of_principle(&self.framework, number)
            .into_iter()
            .filter_map(|link| match Target::of(link)? {
                Target::Gcm(n) => Some((self.gcm_objective(n)?, link)),
                Target::Sdg(_) => None,
            })
            .collect();
        found.sort_by_key(|(o, _)| o.number);
        found
    }

    /// The SDG targets principle `number` links to, each with its link, in the order of
    /// `sdg_targets`.
    pub fn targets_of_principle(&self, number: u8) -> Vec<(&SdgTarget, &CrosswalkLink)> {
        let links = self.crosswalk.links_of_principle(&self.framework, number);
        self.framework
            .sdg_targets
            .iter()
            .filter_map(|target| {
                let link = links
                    .iter()
                    .find(|l| Target::of(l) == Some(Target::Sdg(&target.id)))?;
                Some((target, *link))
            })
            .collect()
    }

    /// The principles linked to `target`, each with its link, by number.
    pub fn principles_of_target(&self, target: Target) -> Vec<(&Principle, &CrosswalkLink)> {
        let mut found: Vec<_> = self
            .crosswalk
            .links_to(&self.framework, target)
            .into_iter()
            .filter_map(|link| Some((self.principle(link.principle)?, link)))
            .collect();
        found.sort_by_key(|(p, _)| p.number);
        found
    }

    /// The link from principle `number` to `target`: one cell of the crosswalk table.
    pub fn crosswalk_link(&self, number: u8, target: Target) -> Option<&CrosswalkLink> {
        self.crosswalk.link(&self.framework, number, target)
    }

    /// Profiles that list a principle linked to `target`, each once, in data order: the
    /// practices and activities related to it *through* their principles.
    pub fn profiles_through(&self, target: Target) -> Vec<&Profile> {
        self.profiles_of_any_principle(
            self.principles_of_target(target)
                .iter()
                .map(|(principle, _)| principle.number),
        )
    }

    /// Profiles that list principle `number` and relate to `target` through it: what a
    /// crosswalk cell leads to.
    pub fn profiles_of_cell(&self, number: u8, target: Target) -> Vec<&Profile> {
        match self.crosswalk_link(number, target) {
            Some(_) => self.profiles_of_principle(number),
            None => Vec::new(),
        }
    }

    /// The instruments around the principles linked to `target` (see
    /// [`Relations::instruments_around_principle`]), each once, in data order.
    pub fn instruments_through(&self, target: Target) -> Vec<&Instrument> {
        let principles = self.principles_of_target(target);
        let around: Vec<Vec<&Instrument>> = principles
            .iter()
            .map(|(p, _)| self.instruments_around_principle(p.number))
            .collect();
        self.framework
            .instruments
            .iter()
            .filter(|i| around.iter().any(|list| list.iter().any(|a| a.id == i.id)))
            .collect()
    }

    // ---- Labels ---------------------------------------------------------------------------

    /// The label of vocabulary id `id` in `lang` (English when the data has no text in
    /// `lang`), or the id itself when the vocabulary does not have it.
    pub fn label<'a>(&'a self, vocabulary: Vocabulary, id: &'a str, lang: Lang) -> &'a str {
        let vocabularies = &self.framework.vocabularies;
        let terms: &[Term] = match vocabulary {
            Vocabulary::Region => &vocabularies.regions,
            Vocabulary::Sector => &vocabularies.sectors,
            Vocabulary::ActorType => &vocabularies.actor_types,
            Vocabulary::ProfileKind => &vocabularies.profile_kinds,
            Vocabulary::InstrumentType => &vocabularies.instrument_types,
        };
        terms
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.get(lang.tag()))
    }

    /// A country's name in `lang`, or its code when the data does not have it.
    pub fn country_name<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.country(id).map_or(id, |c| c.label.get(lang.tag()))
    }

    /// An instrument's name as lists show it (its short name when it has one), in `lang`
    /// where a translation gives its official name there, else in English; or its id.
    pub fn instrument_name<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.instrument(id)
            .map_or(id, |i| i.list_name_in(lang.tag()).0)
    }

    fn profiles(&self, found: Option<&Positions>) -> Vec<&Profile> {
        select(&self.framework.profiles, found)
    }

    fn principles_numbered(&self, numbers: &[u8]) -> Vec<&Principle> {
        numbers.iter().filter_map(|&n| self.principle(n)).collect()
    }
}

/// Each key's position in a list; the first of duplicate keys wins.
fn positions<K: std::hash::Hash + Eq>(keys: impl Iterator<Item = K>) -> FxHashMap<K, u32> {
    let mut map = FxHashMap::default();
    for (at, key) in (0..).zip(keys) {
        map.entry(key).or_insert(at);
    }
    map
}

fn push<K: std::hash::Hash + Eq>(map: &mut FxHashMap<K, Positions>, key: K, at: u32) {
    map.entry(key).or_default().push(at);
}

/// The values of `list` without repeats, first occurrence kept, so a profile that names a
/// principle twice is listed once under it.
fn distinct<T: Ord>(list: &[T]) -> Vec<&T> {
    let mut seen = BTreeMap::new();
    list.iter()
        .filter(|value| seen.insert(*value, ()).is_none())
        .collect()
}

fn at<'a, T>(list: &'a [T], position: Option<&u32>) -> Option<&'a T> {
    position.and_then(|&at| list.get(at as usize))
}

fn select<'a, T>(list: &'a [T], found: Option<&Positions>) -> Vec<&'a T> {
    found
        .map(|positions| {
            positions
                .iter()
                .filter_map(|&at| list.get(at as usize))
                .collect()
        })
        .unwrap_or_default()
}

fn count_of(profiles: Vec<&Profile>, profile_type: ProfileType) -> usize {
    profiles
        .iter()
        .filter(|p| p.profile_type == profile_type)
        .count()
}
