//! One item, resolved: an exported item's fields in the export's language, what every format
//! draws from.

use super::words::Words;
use super::{ExportContext, ExportItem};
use crate::engine::ItemType;
use crate::lang::Lang;
use crate::model::{Citation, Profile, ProfileType};
use crate::query::{ItemRef, ViewState};
use crate::relations::{Relations, Vocabulary};
use crate::url;

/// An exported item's fields in the export's language: what every format draws from.
pub(super) struct Entry<'a> {
    pub(super) id: String,
    pub(super) item_type: ItemType,
    /// A principle's title (without its number), a guideline's text (after its official
    /// number), a profile's title.
    pub(super) title: String,
    pub(super) principle_number: Option<u8>,
    pub(super) summary: &'a str,
    pub(super) why_good: &'a str,
    /// Country names, then groupings that are not countries.
    pub(super) places: Vec<String>,
    pub(super) regions: Vec<&'a str>,
    pub(super) sectors: Vec<&'a str>,
    pub(super) period: &'a str,
    pub(super) principles: Vec<u8>,
    pub(super) guidelines: Vec<String>,
    pub(super) instruments: Vec<&'a str>,
    pub(super) actors: Vec<&'a str>,
    pub(super) keywords: &'a [String],
    /// The source document's title and the place in it.
    pub(super) source: String,
    pub(super) source_url: Option<&'a str>,
    pub(super) link: String,
}

/// The exported items with their notes (a blank note counts as none), in order.
pub(super) fn entries<'c, 'n>(
    ctx: &'c ExportContext,
    items: &'c [ExportItem<'n>],
) -> impl Iterator<Item = (Entry<'c>, Option<&'n str>)> + 'c {
    items.iter().filter_map(|export| {
        let note = export.note.filter(|note| !note.trim().is_empty());
        entry(ctx, &export.item).map(|entry| (entry, note))
    })
}

pub(super) fn entry<'a>(ctx: &ExportContext<'a>, item: &ItemRef) -> Option<Entry<'a>> {
    let relations = ctx.relations;
    let lang = ctx.lang;
    let tag = lang.tag();
    let link = link_back(ctx, item);
    let entry = match item {
        ItemRef::Principle(number) => {
            let principle = relations.principle(*number)?;
            let (source, source_url) = source(relations, lang, &principle.source);
            Entry {
                id: number.to_string(),
                item_type: ItemType::Principle,
                title: principle.title.get(tag).to_string(),
                principle_number: Some(*number),
                summary: principle.summary.get(tag),
                why_good: "",
                places: Vec::new(),
                regions: Vec::new(),
                sectors: Vec::new(),
                period: "",
                principles: vec![*number],
                guidelines: relations
                    .guidelines_of_principle(*number)
                    .into_iter()
                    .map(|g| guideline_text(g, tag))
                    .collect(),
                instruments: relations
                    .instruments_of_principle(*number)
                    .into_iter()
                    .map(|i| i.list_name_in(tag).0)
                    .collect(),
                actors: Vec::new(),
                keywords: &[],
                source,
                source_url,
                link,
            }
        }
        ItemRef::Guideline(id) => {
            let guideline = relations.guideline(id)?;
            let (source, source_url) = source(relations, lang, &guideline.source);
            Entry {
                id: guideline.id.clone(),
                item_type: ItemType::Guideline,
                title: guideline_text(guideline, tag),
                principle_number: None,
                summary: "",
                why_good: "",
                places: Vec::new(),
                regions: Vec::new(),
                sectors: Vec::new(),
                period: "",
                principles: vec![guideline.principle],
                guidelines: Vec::new(),
                instruments: Vec::new(),
                actors: Vec::new(),
                keywords: &[],
                source,
                source_url,
                link,
            }
        }
        ItemRef::Profile(id) => {
            let profile = relations.profile(id)?;
            profile_entry(ctx, profile, link)
        }
        ItemRef::Subdivision(_)
        | ItemRef::Instrument(_)
        | ItemRef::Country(_)
        | ItemRef::GcmObjective(_)
        | ItemRef::SdgTarget(_) => return None,
    };
    Some(entry)
}

fn profile_entry<'a>(ctx: &ExportContext<'a>, profile: &'a Profile, link: String) -> Entry<'a> {
    let relations = ctx.relations;
    let lang = ctx.lang;
    let tag = lang.tag();
    let (source, source_url) = source(relations, lang, &profile.source);
    let labels = |vocabulary, ids: &'a [String]| -> Vec<&'a str> {
        ids.iter()
            .map(|id| relations.label(vocabulary, id, lang))
            .collect()
    };
    Entry {
        id: profile.id.clone(),
        item_type: match profile.profile_type {
            ProfileType::Practice => ItemType::Practice,
            ProfileType::Activity => ItemType::Activity,
        },
        title: profile.title.get(tag).to_string(),
        principle_number: None,
        summary: profile.summary.get(tag),
        why_good: profile.why_good.as_ref().map_or("", |text| text.get(tag)),
        places: profile
            .countries
            .iter()
            .map(|id| relations.country_name(id, lang))
            .chain(profile.areas.iter().map(String::as_str))
            .map(str::to_string)
            .collect(),
        regions: labels(Vocabulary::Region, &profile.regions),
        sectors: labels(Vocabulary::Sector, &profile.sectors),
        period: &profile.period,
        principles: profile.principles.clone(),
        guidelines: relations
            .guidelines_of_profile(profile)
            .into_iter()
            .map(|g| guideline_text(g, tag))
            .collect(),
        instruments: profile
            .instruments
            .iter()
            .map(|id| relations.instrument_name(id, lang))
            .collect(),
        actors: profile
            .actors
            .iter()
            .map(|actor| match &actor.name {
                Some(name) => name.as_str(),
                None => relations.label(Vocabulary::ActorType, &actor.actor_type, lang),
            })
            .collect(),
        keywords: &profile.tags,
        source,
        source_url,
        link,
    }
}

/// A guideline's text, after its official number when it has one (as the app shows it).
fn guideline_text(guideline: &crate::model::Guideline, lang: &str) -> String {
    let text = guideline.text.get(lang);
    match &guideline.number {
        Some(number) => format!("{number} {text}"),
        None => text.to_string(),
    }
}

/// "<document title>, <locator>" and the address of the place (its own, else the
/// document's). A document the data lacks is left out rather than named by its id.
fn source<'a>(
    relations: &'a Relations,
    lang: Lang,
    citation: &'a Citation,
) -> (String, Option<&'a str>) {
    let document = relations.source(&citation.document);
    let text = match document {
        Some(document) => format!("{}, {}", document.title.get(lang.tag()), citation.locator),
        None => citation.locator.clone(),
    };
    let url = citation
        .url
        .as_deref()
        .or_else(|| document.and_then(|d| d.url.as_deref()));
    (text, url)
}

/// `base_url` (up to any `?` or `#`) + the item page's [`url::href`] in the export's language.
fn link_back(ctx: &ExportContext, item: &ItemRef) -> String {
    let base = ctx.base_url.split(['?', '#']).next().unwrap_or_default();
    let view = ViewState::default()
        .opening(item.clone())
        .with_lang(ctx.lang);
    format!("{base}{}", url::href(&view))
}

/// The title a heading, a record or a citation shows: "Principle 4: <title>" for a principle.
pub(super) fn heading(words: &Words, entry: &Entry) -> String {
    match entry.principle_number {
        Some(number) => format!("{} {number}{}{}", words.principle, words.colon, entry.title),
        None => entry.title.clone(),
    }
}
