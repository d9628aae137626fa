//! The options the form offers, from the data's vocabularies and lists, labelled in one
//! language: the same ids [`super::check`] accepts, so the form can only offer valid ones.

use crate::lang::Lang;
use crate::model::{Framework, Term};
use std::collections::BTreeMap;

/// One option: the id the draft holds and the label the form shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// Whether `label` is in the language asked for (else it is the English fallback, which
    /// the page marks with `lang="en"`).
    pub translated: bool,
}

/// Every list of options of the form, labelled in one language (English where the data has
/// no text in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    /// `profile_kinds`, in data order.
    pub kinds: Vec<Choice>,
    /// `regions`, in data order.
    pub regions: Vec<Choice>,
    /// `sectors`, in data order.
    pub sectors: Vec<Choice>,
    /// `actor_types`, in data order.
    pub actor_types: Vec<Choice>,
    /// Countries by label, alphabetically (by the label's characters, not a locale's rules).
    pub countries: Vec<Choice>,
    /// Principles by number; the id is the number, the label the number and our title.
    pub principles: Vec<Choice>,
    /// Guideline themes with their principle's number, in data order.
    pub guidelines: Vec<(u8, Choice)>,
    /// Instruments by their list name (short name where there is one), alphabetically.
    pub instruments: Vec<Choice>,
    /// Each country's region id, by country id.
    pub country_regions: BTreeMap<String, String>,
}

impl Choices {
    /// The options for `framework` in `lang`.
    pub fn new(framework: &Framework, lang: Lang) -> Choices {
        let tag = lang.tag();
        let terms = |terms: &[Term]| -> Vec<Choice> {
            terms
                .iter()
                .map(|t| Choice {
                    id: t.id.clone(),
                    label: t.label.get(tag).to_string(),
                    translated: lang == Lang::En || t.label.has(tag),
                })
                .collect()
        };
        let vocabularies = &framework.vocabularies;
        let mut countries: Vec<Choice> = vocabularies
            .countries
            .iter()
            .map(|c| Choice {
                id: c.id.clone(),
                label: c.label.get(tag).to_string(),
                translated: lang == Lang::En || c.label.has(tag),
            })
            .collect();
        countries.sort_by_key(|a| a.label.to_lowercase());
        let mut principles: Vec<&crate::model::Principle> = framework.principles.iter().collect();
        principles.sort_by_key(|p| p.number);
        let mut instruments: Vec<Choice> = framework
            .instruments
            .iter()
            .map(|i| {
                let (label, translated) = i.list_name_in(tag);
                Choice {
                    id: i.id.clone(),
                    label: label.to_string(),
                    translated,
                }
            })
            .collect();
        instruments.sort_by_key(|a| a.label.to_lowercase());
        Choices {
            kinds: terms(&vocabularies.profile_kinds),
            regions: terms(&vocabularies.regions),
            sectors: terms(&vocabularies.sectors),
            actor_types: terms(&vocabularies.actor_types),
            countries,
            principles: principles
                .into_iter()
                .map(|p| Choice {
                    id: p.number.to_string(),
                    label: format!("{}. {}", p.number, p.title.get(tag)),
                    translated: lang == Lang::En || p.title.has(tag),
                })
                .collect(),
            guidelines: framework
                .guidelines
                .iter()
                .map(|g| {
                    let text = g.text.get(tag);
                    let label = match &g.number {
                        Some(number) => format!("{number} {text}"),
                        None => text.to_string(),
                    };
                    (
                        g.principle,
                        Choice {
                            id: g.id.clone(),
                            label,
                            translated: lang == Lang::En || g.text.has(tag),
                        },
                    )
                })
                .collect(),
            instruments,
            country_regions: vocabularies
                .countries
                .iter()
                .map(|c| (c.id.clone(), c.region.clone()))
                .collect(),
        }
    }

    /// Adds the region of each of `draft`'s countries to its regions, where missing (rule 6 of
    /// the data: a country named has its region listed). The form does it when a country is
    /// added.
    pub fn add_regions_of_countries(&self, draft: &mut super::Draft) {
        for country in &draft.countries {
            if let Some(region) = self.country_regions.get(country) {
                if !draft.regions.contains(region) {
                    draft.regions.push(region.clone());
                }
            }
        }
    }
}
