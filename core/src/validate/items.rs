//! Each list's own rules: what a meta block, a vocabulary, a source, a sub-division, a
//! principle, a guideline, an instrument and a profile must hold, beyond their shape.

use super::naming::{named, named_subdivision};
use super::{Checker, INSTRUMENT_YEARS, PRINCIPLE_NUMBERS_RANGE, SUBDIVISION_IDS};
use crate::model::GuidelineBasis;
use std::collections::BTreeMap;

impl Checker<'_> {
    pub(super) fn meta(&mut self) {
        let meta = &self.framework.meta;
        let item = "meta";
        self.text(item, "title", &meta.title);
        self.plain(item, "publisher", &meta.publisher);
        if meta.year_published < meta.year_adopted {
            self.report(
                item,
                "year_published",
                format!(
                    "published in {} but adopted in {}: publication cannot come first",
                    meta.year_published, meta.year_adopted
                ),
            );
        }
        for (index, isbn) in meta.isbn.iter().enumerate() {
            self.plain(item, format!("isbn[{index}]"), isbn);
        }
        if !is_date(&meta.compiled) {
            self.report(
                item,
                "compiled",
                format!(
                    "{:?} is not a date like \"2026-11-25\" (YYYY-MM-DD)",
                    meta.compiled
                ),
            );
        }
        self.text(item, "about", &meta.about);
        for (index, limitation) in meta.limitations.iter().enumerate() {
            self.text(item, &format!("limitations[{index}]"), limitation);
        }
        self.citation(item, &meta.source);
        if let Some(licence) = &meta.licence {
            self.plain(item, "licence.spdx", &licence.spdx);
            self.url(item, "licence.url", &licence.url);
            self.text(item, "licence.note", &licence.note);
        }
    }

    pub(super) fn vocabularies(&mut self) {
        let vocabularies = &self.framework.vocabularies;
        let lists = [
            ("regions", &vocabularies.regions),
            ("sectors", &vocabularies.sectors),
            ("actor_types", &vocabularies.actor_types),
            ("profile_kinds", &vocabularies.profile_kinds),
            ("instrument_types", &vocabularies.instrument_types),
        ];
        for (list, terms) in lists {
            let names: Vec<String> = (0..terms.len())
                .map(|index| format!("vocabularies.{list}[{index}]"))
                .collect();
            self.unique_ids(
                &format!("vocabularies.{list}"),
                &names,
                terms.iter().map(|t| t.id.as_str()),
            );
            for (term, item) in terms.iter().zip(&names) {
                self.id(item, &term.id);
                self.text(item, "label", &term.label);
            }
        }

        let countries = &vocabularies.countries;
        let names: Vec<String> = (0..countries.len())
            .map(|index| format!("vocabularies.countries[{index}]"))
            .collect();
        self.unique_ids(
            "vocabularies.countries",
            &names,
            countries.iter().map(|c| c.id.as_str()),
        );
        for (country, item) in countries.iter().zip(&names) {
            if !is_country_code(&country.id) {
                self.report(
                    item,
                    "id",
                    format!(
                        "{:?} is not an ISO 3166-1 alpha-3 code: three upper-case letters \
                         like \"PHL\"",
                        country.id
                    ),
                );
            }
            self.text(item, "label", &country.label);
            let known = self.known;
            self.reference(item, "region", &country.region, "region", &known.regions);
        }
    }

    pub(super) fn sources(&mut self) {
        let sources = &self.framework.sources;
        let names: Vec<String> = (0..sources.len())
            .map(|i| format!("sources[{i}]"))
            .collect();
        self.unique_ids("sources", &names, sources.iter().map(|s| s.id.as_str()));
        for (source, item) in sources.iter().zip(&names) {
            self.id(item, &source.id);
            self.text(item, "title", &source.title);
            self.plain(item, "citation", &source.citation);
            if let Some(url) = &source.url {
                self.url(item, "url", url);
            }
        }
    }

    pub(super) fn subdivisions(&mut self) {
        let subdivisions = &self.framework.subdivisions;
        let names: Vec<String> = subdivisions
            .iter()
            .enumerate()
            .map(|(index, s)| named_subdivision(&s.id, index))
            .collect();
        self.unique_ids(
            "subdivisions",
            &names,
            subdivisions.iter().map(|s| s.id.as_str()),
        );
        for (subdivision, item) in subdivisions.iter().zip(&names) {
            if !SUBDIVISION_IDS.contains(&subdivision.id.as_str()) {
                self.report(
                    item,
                    "id",
                    format!(
                        "{:?} is not a sub-division: they are numbered I to IX",
                        subdivision.id
                    ),
                );
            }
            self.text(item, "title", &subdivision.title);
            if subdivision.principles.is_empty() {
                self.report(item, "principles", "lists no principles");
            }
            self.no_repeats(item, "principles", &subdivision.principles);
            for (index, &number) in subdivision.principles.iter().enumerate() {
                self.principle_reference(item, &format!("principles[{index}]"), number);
            }
            self.citation(item, &subdivision.source);
        }
    }

    pub(super) fn principles(&mut self) {
        let framework = self.framework;
        let names: Vec<String> = framework
            .principles
            .iter()
            .map(|p| format!("principle {}", p.number))
            .collect();
        // Named by number, so a repeat is reported with its place in the list.
        let mut first_at: BTreeMap<u8, usize> = BTreeMap::new();
        for (index, principle) in framework.principles.iter().enumerate() {
            if let Some(first) = first_at.insert(principle.number, index) {
                first_at.insert(principle.number, first);
                self.report(
                    &names[index],
                    "number",
                    format!(
                        "duplicate principle number {}: principles[{first}] has it too",
                        principle.number
                    ),
                );
            }
        }
        // Which sub-divisions list each principle, worked out once rather than once per
        // principle (a file with many of both would otherwise cost their product).
        let mut listed_by: BTreeMap<u8, Vec<&str>> = BTreeMap::new();
        for subdivision in &framework.subdivisions {
            let mut seen = [false; 256];
            for &number in &subdivision.principles {
                if !std::mem::replace(&mut seen[usize::from(number)], true) {
                    listed_by.entry(number).or_default().push(&subdivision.id);
                }
            }
        }
        for (principle, item) in framework.principles.iter().zip(&names) {
            if !PRINCIPLE_NUMBERS_RANGE.contains(&principle.number) {
                self.report(
                    item,
                    "number",
                    "the Framework's principles are numbered 1 to 15",
                );
            }
            let listed = listed_by
                .get(&principle.number)
                .map_or(&[][..], Vec::as_slice);
            self.subdivision_mapping(item, principle.number, &principle.subdivision, listed);
            self.text(item, "title", &principle.title);
            self.text(item, "summary", &principle.summary);
            self.no_repeats(item, "parts", &principle.parts);
            for (index, part) in principle.parts.iter().enumerate() {
                self.plain(item, format!("parts[{index}]"), part);
            }
            if let Some(note) = &principle.note {
                self.text(item, "note", note);
            }
            self.citation(item, &principle.source);
        }
    }

    /// A principle sits in exactly one sub-division, and its `subdivision` field names it.
    /// `listed_by` are the sub-divisions whose `principles` list it, in file order.
    fn subdivision_mapping(
        &mut self,
        item: &str,
        number: u8,
        subdivision: &str,
        listed_by: &[&str],
    ) {
        let message = if !self.known.subdivisions.contains(subdivision) {
            let listed = match listed_by {
                [] => "no sub-division lists this principle".to_string(),
                ids => format!("sub-division {} lists this principle", id_list(ids)),
            };
            format!("no sub-division has id {subdivision:?}; {listed}")
        } else {
            match listed_by {
                [] => format!(
                    "sub-division {subdivision} does not list principle {number} in its \
                     principles, and no other does"
                ),
                [only] if *only == subdivision => return,
                [only] => format!(
                    "says {subdivision:?}, but it is sub-division {only} that lists principle \
                     {number}"
                ),
                several => format!(
                    "principle {number} is listed by more than one sub-division: {}",
                    id_list(several)
                ),
            }
        };
        self.report(item, "subdivision", message);
    }

    pub(super) fn guidelines(&mut self) {
        let guidelines = &self.framework.guidelines;
        let names: Vec<String> = guidelines
            .iter()
            .enumerate()
            .map(|(index, g)| named(&g.id, "guidelines", index))
            .collect();
        self.unique_ids(
            "guidelines",
            &names,
            guidelines.iter().map(|g| g.id.as_str()),
        );
        let mut numbered: BTreeMap<&str, &str> = BTreeMap::new();
        for (guideline, item) in guidelines.iter().zip(&names) {
            self.id(item, &guideline.id);
            self.principle_reference(item, "principle", guideline.principle);
            match (guideline.basis, &guideline.number) {
                (GuidelineBasis::Framework, None) => self.report(
                    item,
                    "number",
                    "a guideline with basis \"framework\" needs its official number, like \"4.2\"",
                ),
                (GuidelineBasis::Framework, Some(number)) => {
                    self.guideline_number(item, number, guideline.principle);
                    if let Some(first) = numbered.insert(number, item) {
                        numbered.insert(number, first);
                        self.report(
                            item,
                            "number",
                            format!("guideline {first} has number {number:?} too"),
                        );
                    }
                }
                (GuidelineBasis::Summary, Some(_)) => self.report(
                    item,
                    "number",
                    "a guideline with basis \"summary\" is our wording, not the Framework's, so it \
                     must not carry an official number",
                ),
                (GuidelineBasis::Summary, None) => {}
            }
            self.text(item, "text", &guideline.text);
            self.citation(item, &guideline.source);
        }
    }

    /// An official number is `"<principle>.<n>"`, like `"4.2"` for principle 4.
    fn guideline_number(&mut self, item: &str, number: &str, principle: u8) {
        let parts = number.split_once('.');
        let well_formed = parts.is_some_and(|(p, n)| is_number(p) && is_number(n));
        match parts {
            Some((prefix, _)) if well_formed => {
                if prefix.parse::<u8>().ok() != Some(principle) {
                    self.report(
                        item,
                        "number",
                        format!(
                            "number {number:?} belongs to principle {prefix}, but the \
                             guideline's principle is {principle}"
                        ),
                    );
                }
            }
            _ => self.report(
                item,
                "number",
                format!("{number:?} is not a guideline number like \"{principle}.2\""),
            ),
        }
    }

    pub(super) fn instruments(&mut self) {
        let instruments = &self.framework.instruments;
        let names: Vec<String> = instruments
            .iter()
            .enumerate()
            .map(|(index, i)| named(&i.id, "instruments", index))
            .collect();
        self.unique_ids(
            "instruments",
            &names,
            instruments.iter().map(|i| i.id.as_str()),
        );
        for (instrument, item) in instruments.iter().zip(&names) {
            self.id(item, &instrument.id);
            self.plain(item, "name", &instrument.name);
            if let Some(short_name) = &instrument.short_name {
                self.plain(item, "short_name", short_name);
            }
            let known = self.known;
            let instrument_type = &instrument.instrument_type;
            self.reference(
                item,
                "type",
                instrument_type,
                "instrument type",
                &known.instrument_types,
            );
            let year = instrument.year;
            if year < *INSTRUMENT_YEARS.start() {
                self.report(
                    item,
                    "year",
                    format!("{year} is before 1919, when the ILO adopted its first instruments"),
                );
            } else if year > *INSTRUMENT_YEARS.end() {
                self.report(
                    item,
                    "year",
                    format!(
                        "{year} is after 2006: Annex I lists instruments that predate the \
                         Framework's 2006 publication"
                    ),
                );
            }
            if let Some(category) = &instrument.category {
                self.text(item, "category", category);
            }
            self.text(item, "basis", &instrument.basis);
            self.no_repeats(item, "principles", &instrument.principles);
            for (index, &number) in instrument.principles.iter().enumerate() {
                self.principle_reference(item, &format!("principles[{index}]"), number);
            }
            self.citation(item, &instrument.source);
        }
    }

    pub(super) fn profiles(&mut self) {
        let profiles = &self.framework.profiles;
        let names: Vec<String> = profiles
            .iter()
            .enumerate()
            .map(|(index, p)| named(&p.id, "profiles", index))
            .collect();
        self.unique_ids("profiles", &names, profiles.iter().map(|p| p.id.as_str()));
        for (profile, item) in profiles.iter().zip(&names) {
            let item = item.as_str();
            self.id(item, &profile.id);
            let known = self.known;
            self.reference(
                item,
                "kind",
                &profile.kind,
                "profile kind",
                &known.profile_kinds,
            );
            self.text(item, "title", &profile.title);
            self.text(item, "summary", &profile.summary);
            if let Some(why_good) = &profile.why_good {
                self.text(item, "why_good", why_good);
            }

            self.references(
                item,
                "countries",
                &profile.countries,
                "country",
                &known.countries,
            );
            for (index, area) in profile.areas.iter().enumerate() {
                self.plain_at(item, || format!("areas[{index}]"), area);
            }
            self.no_repeats(item, "areas", &profile.areas);
            if profile.regions.is_empty() {
                self.report(item, "regions", "no regions: a profile needs at least one");
            }
            self.references(item, "regions", &profile.regions, "region", &known.regions);
            if profile.sectors.is_empty() {
                self.report(
                    item,
                    "sectors",
                    "no sectors: a profile needs at least one (\"all-sectors\" for \
                     cross-sector work)",
                );
            }
            self.references(item, "sectors", &profile.sectors, "sector", &known.sectors);
            self.plain(item, "period", &profile.period);

            for (index, actor) in profile.actors.iter().enumerate() {
                let types = &known.actor_types;
                let field = || format!("actors[{index}].type");
                self.reference_at(item, field, &actor.actor_type, "actor type", types);
                if let Some(name) = &actor.name {
                    self.plain_at(item, || format!("actors[{index}].name"), name);
                }
            }
            self.no_repeats(item, "actors", &profile.actors);

            if profile.principles.is_empty() {
                self.report(
                    item,
                    "principles",
                    "no principles: a profile needs at least one",
                );
            }
            self.no_repeats(item, "principles", &profile.principles);
            for (index, &number) in profile.principles.iter().enumerate() {
                self.principle_reference(item, &format!("principles[{index}]"), number);
            }
            let (guidelines, instruments) = (&known.guidelines, &known.instruments);
            self.references(
                item,
                "guidelines",
                &profile.guidelines,
                "guideline",
                guidelines,
            );
            self.references(
                item,
                "instruments",
                &profile.instruments,
                "instrument",
                instruments,
            );
            for (index, tag) in profile.tags.iter().enumerate() {
                self.plain_at(item, || format!("tags[{index}]"), tag);
            }
            self.no_repeats(item, "tags", &profile.tags);
            if let Some(note) = &profile.certainty.note {
                self.text(item, "certainty.note", note);
            }
            self.citation(item, &profile.source);
        }
    }
}

/// Ids joined by commas: the first nine (as many as the Framework has sub-divisions), then
/// how many more, so a file listing thousands does not write them into every problem.
fn id_list(ids: &[&str]) -> String {
    const SHOWN: usize = 9;
    let shown = ids[..ids.len().min(SHOWN)].join(", ");
    match ids.len().saturating_sub(SHOWN) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

fn is_country_code(id: &str) -> bool {
    id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())
}

/// `YYYY-MM-DD` with a month from 01 to 12 and a day from 01 to 31.
pub(crate) fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let in_range = |part: &str, len: usize, max: u32| {
        part.len() == len
            && is_number(part)
            && part.parse::<u32>().is_ok_and(|n| n >= 1 && n <= max)
    };
    in_range(year, 4, 9999) && in_range(month, 2, 12) && in_range(day, 2, 31)
}
