//! [`to_json`]: a data file holding only the chosen items and what they reference.

use super::{ExportContext, ExportItem};
use crate::model::{Framework, Profile, Vocabularies};
use crate::query::ItemRef;
use crate::relations::Relations;
use std::collections::BTreeSet;

/// The items as a data file: `data/framework.json`'s shape, holding exactly the chosen
/// profiles, plus the chosen principles and guidelines and everything the items reference,
/// so that [`crate::validate::load`] accepts it: principles, guidelines and instruments they
/// name (instruments bring the principles they underpin), the sub-division of each principle
/// with all of that sub-division's principles, the countries, regions, sectors, actor types,
/// kinds and instrument types used, and the source documents cited (the meta block's too).
/// The meta block is the data's. Lists keep the data's order.
///
/// Texts keep every language loaded (a translated framework gives `{"en": …, "fr": …}`,
/// which the format allows); official instrument names in other languages are not part of
/// the data file's format and are left out. Trainers' notes have no place in the format and
/// are left out too; `lang` and `base_url` are not used.
pub fn to_json(ctx: &ExportContext, items: &[ExportItem]) -> String {
    let subset = subset(ctx.relations, items);
    serde_json::to_string_pretty(&subset).expect("the data model always serialises")
}

/// The framework holding only `items` and what they reference (see [`to_json`]).
fn subset(relations: &Relations, items: &[ExportItem]) -> Framework {
    let framework = relations.framework();
    let mut profiles: BTreeSet<&str> = BTreeSet::new();
    let mut principles: BTreeSet<u8> = BTreeSet::new();
    let mut guidelines: BTreeSet<&str> = BTreeSet::new();
    for export in items {
        match &export.item {
            ItemRef::Profile(id) => {
                if let Some(profile) = relations.profile(id) {
                    profiles.insert(&profile.id);
                }
            }
            ItemRef::Principle(number) => {
                if relations.principle(*number).is_some() {
                    principles.insert(*number);
                }
            }
            ItemRef::Guideline(id) => {
                if let Some(guideline) = relations.guideline(id) {
                    guidelines.insert(&guideline.id);
                }
            }
            ItemRef::Subdivision(_)
            | ItemRef::Instrument(_)
            | ItemRef::Country(_)
            | ItemRef::GcmObjective(_)
            | ItemRef::SdgTarget(_) => {}
        }
    }

    let chosen_profiles: Vec<&Profile> = framework
        .profiles
        .iter()
        .filter(|p| profiles.contains(p.id.as_str()))
        .collect();
    let mut instruments: BTreeSet<&str> = BTreeSet::new();
    for profile in &chosen_profiles {
        principles.extend(&profile.principles);
        guidelines.extend(profile.guidelines.iter().map(String::as_str));
        instruments.extend(profile.instruments.iter().map(String::as_str));
    }
    for guideline in &framework.guidelines {
        if guidelines.contains(guideline.id.as_str()) {
            principles.insert(guideline.principle);
        }
    }
    for instrument in &framework.instruments {
        if instruments.contains(instrument.id.as_str()) {
            principles.extend(&instrument.principles);
        }
    }
    // A principle needs its sub-division, and a sub-division every principle it lists.
    let mut subdivisions: BTreeSet<&str> = BTreeSet::new();
    loop {
        for principle in &framework.principles {
            if principles.contains(&principle.number) {
                subdivisions.insert(&principle.subdivision);
            }
        }
        let before = principles.len();
        for subdivision in &framework.subdivisions {
            if subdivisions.contains(subdivision.id.as_str())
                || subdivision
                    .principles
                    .iter()
                    .any(|n| principles.contains(n))
            {
                subdivisions.insert(&subdivision.id);
                principles.extend(&subdivision.principles);
            }
        }
        if principles.len() == before {
            break;
        }
    }

    let mut out = Framework {
        schema_version: framework.schema_version,
        meta: framework.meta.clone(),
        vocabularies: Vocabularies {
            regions: Vec::new(),
            sectors: Vec::new(),
            actor_types: Vec::new(),
            profile_kinds: Vec::new(),
            instrument_types: Vec::new(),
            countries: Vec::new(),
        },
        sources: Vec::new(),
        subdivisions: kept(&framework.subdivisions, |s| {
            subdivisions.contains(s.id.as_str())
        }),
        principles: kept(&framework.principles, |p| principles.contains(&p.number)),
        guidelines: kept(&framework.guidelines, |g| {
            guidelines.contains(g.id.as_str())
        }),
        instruments: kept(&framework.instruments, |i| {
            instruments.contains(i.id.as_str())
        }),
        profiles: chosen_profiles.into_iter().cloned().collect(),
        gcm_objectives: Vec::new(),
        sdg_targets: Vec::new(),
        crosswalk: kept(&framework.crosswalk, |l| principles.contains(&l.principle)),
    };
    // The objectives and targets the kept principles link to, so every link resolves.
    let objectives: BTreeSet<u8> = out
        .crosswalk
        .iter()
        .filter_map(|l| l.gcm_objective)
        .collect();
    let targets: BTreeSet<&str> = out
        .crosswalk
        .iter()
        .filter_map(|l| l.sdg_target.as_deref())
        .collect();
    out.gcm_objectives = kept(&framework.gcm_objectives, |o| {
        objectives.contains(&o.number)
    });
    out.sdg_targets = kept(&framework.sdg_targets, |t| targets.contains(t.id.as_str()));

    let mut sources: BTreeSet<&str> = BTreeSet::from([out.meta.source.document.as_str()]);
    let citations = out
        .subdivisions
        .iter()
        .map(|s| &s.source)
        .chain(out.principles.iter().map(|p| &p.source))
        .chain(out.guidelines.iter().map(|g| &g.source))
        .chain(out.instruments.iter().map(|i| &i.source))
        .chain(out.profiles.iter().map(|p| &p.source))
        .chain(out.gcm_objectives.iter().map(|o| &o.source))
        .chain(out.sdg_targets.iter().map(|t| &t.source))
        .chain(out.crosswalk.iter().filter_map(|l| l.source.as_ref()));
    sources.extend(citations.map(|c| c.document.as_str()));

    let countries: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.countries)
        .map(String::as_str)
        .collect();
    let vocabularies = &framework.vocabularies;
    let chosen_countries = kept(&vocabularies.countries, |c| {
        countries.contains(c.id.as_str())
    });
    let regions: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.regions)
        .map(String::as_str)
        .chain(chosen_countries.iter().map(|c| c.region.as_str()))
        .collect();
    let sectors: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.sectors)
        .map(String::as_str)
        .collect();
    let actor_types: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.actors)
        .map(|a| a.actor_type.as_str())
        .collect();
    let kinds: BTreeSet<&str> = out.profiles.iter().map(|p| p.kind.as_str()).collect();
    let instrument_types: BTreeSet<&str> = out
        .instruments
        .iter()
        .map(|i| i.instrument_type.as_str())
        .collect();

    out.sources = kept(&framework.sources, |s| sources.contains(s.id.as_str()));
    out.vocabularies = Vocabularies {
        regions: kept(&vocabularies.regions, |t| regions.contains(t.id.as_str())),
        sectors: kept(&vocabularies.sectors, |t| sectors.contains(t.id.as_str())),
        actor_types: kept(&vocabularies.actor_types, |t| {
            actor_types.contains(t.id.as_str())
        }),
        profile_kinds: kept(&vocabularies.profile_kinds, |t| {
            kinds.contains(t.id.as_str())
        }),
        instrument_types: kept(&vocabularies.instrument_types, |t| {
            instrument_types.contains(t.id.as_str())
        }),
        countries: chosen_countries,
    };
    out
}

/// The entries of `list` that `keep` accepts, cloned, in the list's order.
fn kept<T: Clone>(list: &[T], keep: impl Fn(&T) -> bool) -> Vec<T> {
    list.iter().filter(|entry| keep(entry)).cloned().collect()
}
