//! Display names for ids, always from the data's vocabularies (one source of truth).

use mflm_core::engine::ItemType;
use mflm_core::model::{Framework, Term};
use mflm_core::query::{Facet, ItemRef};

use crate::strings::Strings;
use crate::ui::app::AppContext;

fn term_label(terms: &[Term], id: &str, lang: &str) -> String {
    terms
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.label.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

pub fn region(framework: &Framework, id: &str, lang: &str) -> String {
    term_label(&framework.vocabularies.regions, id, lang)
}

pub fn sector(framework: &Framework, id: &str, lang: &str) -> String {
    term_label(&framework.vocabularies.sectors, id, lang)
}

pub fn kind(framework: &Framework, id: &str, lang: &str) -> String {
    term_label(&framework.vocabularies.profile_kinds, id, lang)
}

pub fn actor_type(framework: &Framework, id: &str, lang: &str) -> String {
    term_label(&framework.vocabularies.actor_types, id, lang)
}

pub fn instrument_type(framework: &Framework, id: &str, lang: &str) -> String {
    term_label(&framework.vocabularies.instrument_types, id, lang)
}

pub fn country(framework: &Framework, id: &str, lang: &str) -> String {
    framework
        .vocabularies
        .countries
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.label.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

pub fn instrument(framework: &Framework, id: &str) -> String {
    framework
        .instruments
        .iter()
        .find(|i| i.id == id)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| id.to_string())
}

pub fn item_type(text: &Strings, item_type: ItemType) -> &'static str {
    match item_type {
        ItemType::Principle => text.type_principle,
        ItemType::Guideline => text.type_guideline,
        ItemType::Practice => text.type_practice,
        ItemType::Activity => text.type_activity,
    }
}

/// The label of a facet option, as its checkbox shows it.
pub fn option_label(app: &AppContext, facet: Facet, value: &str) -> String {
    let framework = &app.data.framework;
    let lang = app.lang;
    match facet {
        Facet::Type => match value {
            "principle" => app.text.type_principle.to_string(),
            "guideline" => app.text.type_guideline.to_string(),
            "practice" => app.text.type_practice.to_string(),
            "activity" => app.text.type_activity.to_string(),
            other => other.to_string(),
        },
        Facet::Kind => kind(framework, value, lang),
        Facet::Principle => value
            .parse::<u8>()
            .ok()
            .and_then(|n| framework.principle(n))
            .map(|p| format!("{}. {}", p.number, p.title.get(lang)))
            .unwrap_or_else(|| value.to_string()),
        Facet::Region => region(framework, value, lang),
        Facet::Sector => sector(framework, value, lang),
        Facet::Country => country(framework, value, lang),
        Facet::Instrument => instrument(framework, value),
        Facet::Actor => actor_type(framework, value, lang),
    }
}

/// The title of any item, for links and page titles.
pub fn item_title(app: &AppContext, item: &ItemRef) -> Option<String> {
    let framework = &app.data.framework;
    let lang = app.lang;
    match item {
        ItemRef::Subdivision(id) => framework
            .subdivisions
            .iter()
            .find(|s| &s.id == id)
            .map(|s| app.text.subdivision_title(&s.id, s.title.get(lang))),
        ItemRef::Principle(n) => framework
            .principle(*n)
            .map(|p| app.text.principle_title(p.number, p.title.get(lang))),
        ItemRef::Guideline(id) => framework
            .guidelines
            .iter()
            .find(|g| &g.id == id)
            .map(|g| g.text.get(lang).to_string()),
        ItemRef::Profile(id) => framework
            .profiles
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.title.get(lang).to_string()),
        ItemRef::Instrument(id) => framework
            .instruments
            .iter()
            .find(|i| &i.id == id)
            .map(|i| i.name.clone()),
        ItemRef::Country(id) => framework
            .vocabularies
            .countries
            .iter()
            .find(|c| &c.id == id)
            .map(|c| c.label.get(lang).to_string()),
    }
}
