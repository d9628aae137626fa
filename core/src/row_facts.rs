//! The plain-text facts a result row shows under its title: what kind of practice it is, its
//! sub-division, regions, places, sectors, principles, period and source. One definition for
//! the app's result list (`src/ui/pages/results.rs`) and the first view the build writes into
//! `index.html` ([`crate::prerender`]), so the two cannot drift apart.

use crate::lang::Lang;
use crate::model::{Citation, GuidelineBasis, Profile};
use crate::query::ItemRef;
use crate::relations::{Relations, Vocabulary};

/// The words a row needs that are not in the data: the interface's own, in the page's locale.
pub struct RowWords<'a> {
    /// Said in place of a source's title when a citation names no known source document
    /// (the `unknown-source` message).
    pub unknown_source: &'a str,
    /// A sub-division's heading from its id and title, e.g. ("I", "Decent work") → "I. Decent
    /// work" (the `subdivision-title` message).
    pub subdivision_title: &'a dyn Fn(&str, &str) -> String,
}

/// The facts under one result's title, each a plain string ("" when the item has none: the
/// row leaves the line out). Lists are joined with ", "; principles are their numbers.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RowFacts {
    /// A practice's or activity's kind (the `profile_kinds` vocabulary's label).
    pub kind: Option<String>,
    /// A guideline known only from a summary, not its official wording: the row says so.
    pub summary_badge: bool,
    /// A principle's sub-division heading.
    pub subdivision: String,
    pub regions: String,
    /// Countries by name, then the areas as written: "Philippines, ASEAN member States".
    pub countries: String,
    pub sectors: String,
    /// The principles' numbers: "2, 9".
    pub principles: String,
    /// As the data gives it ("2004-2008", "since 2006"), not parsed.
    pub period: String,
    /// The source by name and place: "Implementing the ILO Plan of Action…, para 30".
    pub source: String,
    /// The source's web address, where it has one (the row links only http(s) addresses).
    pub source_url: Option<String>,
}

impl RowFacts {
    /// The facts of `item` in `lang`; an item the data does not hold has none (all empty).
    pub fn of(relations: &Relations, lang: Lang, item: &ItemRef, words: &RowWords<'_>) -> RowFacts {
        let numbers = |principles: &[u8]| {
            principles
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let labelled = |vocabulary: Vocabulary, ids: &[String]| {
            ids.iter()
                .map(|id| relations.label(vocabulary, id, lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let source =
            |citation: &Citation| citation_line(relations, lang, citation, words.unknown_source);
        match item {
            ItemRef::Principle(n) => RowFacts {
                source: relations
                    .principle(*n)
                    .map(|p| source(&p.source))
                    .unwrap_or_default(),
                subdivision: relations
                    .subdivision_of_principle(*n)
                    .map(|s| (words.subdivision_title)(&s.id, s.title.get(lang.tag())))
                    .unwrap_or_default(),
                ..RowFacts::default()
            },
            ItemRef::Guideline(id) => {
                let Some(guideline) = relations.guideline(id) else {
                    return RowFacts::default();
                };
                RowFacts {
                    source: source(&guideline.source),
                    summary_badge: guideline.basis == GuidelineBasis::Summary,
                    principles: numbers(&[guideline.principle]),
                    ..RowFacts::default()
                }
            }
            ItemRef::Profile(id) => {
                let Some(profile) = relations.profile(id) else {
                    return RowFacts::default();
                };
                RowFacts {
                    kind: Some(
                        relations
                            .label(Vocabulary::ProfileKind, &profile.kind, lang)
                            .to_string(),
                    ),
                    regions: labelled(Vocabulary::Region, &profile.regions),
                    countries: places(relations, lang, profile),
                    sectors: labelled(Vocabulary::Sector, &profile.sectors),
                    principles: numbers(&profile.principles),
                    period: profile.period.clone(),
                    source: source(&profile.source),
                    source_url: citation_url(relations, &profile.source),
                    ..RowFacts::default()
                }
            }
            _ => RowFacts::default(),
        }
    }
}

/// A profile's countries by name in `lang`, then its areas as written, joined with ", ":
/// "Philippines, Indonesia, ASEAN member States".
pub fn places(relations: &Relations, lang: Lang, profile: &Profile) -> String {
    profile
        .countries
        .iter()
        .map(|c| relations.country_name(c, lang).to_string())
        .chain(profile.areas.iter().cloned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A citation as one line: its source document's title in `lang` (or `unknown_source`), a
/// comma, and the place in it: "Implementing the ILO Plan of Action…, para 30".
pub fn citation_line(
    relations: &Relations,
    lang: Lang,
    citation: &Citation,
    unknown_source: &str,
) -> String {
    let title = relations
        .source(&citation.document)
        .map_or(unknown_source, |d| d.title.get(lang.tag()));
    format!("{title}, {}", citation.locator)
}

/// The web address a citation points to: its own, else its source document's; `None` when
/// neither has one.
pub fn citation_url(relations: &Relations, citation: &Citation) -> Option<String> {
    citation.url.clone().or_else(|| {
        relations
            .source(&citation.document)
            .and_then(|d| d.url.clone())
    })
}

#[cfg(test)]
mod tests;
