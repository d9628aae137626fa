//! Display names: of items, facet options and vocabulary ids, in the app's language. Words
//! come from the string catalogue, names from the data's vocabularies through the core's
//! [`Relations`](mflm_core::relations::Relations) (one source of truth each).

use mflm_core::engine::ItemType;
use mflm_core::model::{
    GcmObjective, Guideline, Principle, Profile, SdgLevel, SdgTarget, Subdivision,
};
use mflm_core::query::{Facet, ItemRef};
use mflm_core::relations::{Item, Vocabulary};

use crate::strings::Strings;
use crate::ui::context::AppContext;
use crate::ui::parts::content::is_translated;

pub fn item_type(text: &Strings, item_type: ItemType) -> &'static str {
    match item_type {
        ItemType::Principle => text.type_principle,
        ItemType::Guideline => text.type_guideline,
        ItemType::Practice => text.type_practice,
        ItemType::Activity => text.type_activity,
    }
}

/// "Principle 4: Title".
pub fn principle(app: &AppContext, principle: &Principle) -> String {
    app.text
        .principle_title(principle.number, principle.title.get(app.lang.tag()))
}

/// "GCM objective 6: Title" (our short title).
pub fn gcm_objective(app: &AppContext, objective: &GcmObjective) -> String {
    app.text
        .gcm_objective_title(objective.number, objective.title.get(app.lang.tag()))
}

/// "SDG target 10.7: Title" or "SDG indicator 10.7.1: Title" (our short title).
pub fn sdg_target(app: &AppContext, target: &SdgTarget) -> String {
    app.text.sdg_title(
        target.level == SdgLevel::Indicator,
        &target.id,
        target.title.get(app.lang.tag()),
    )
}

/// "IV. Title".
pub fn subdivision(app: &AppContext, subdivision: &Subdivision) -> String {
    app.text
        .subdivision_title(&subdivision.id, subdivision.title.get(app.lang.tag()))
}

/// A guideline's text, after its official number when it has one.
pub fn guideline(app: &AppContext, guideline: &Guideline) -> String {
    let text = guideline.text.get(app.lang.tag());
    match &guideline.number {
        Some(number) => format!("{number} {text}"),
        None => text.to_string(),
    }
}

pub fn vocabulary(app: &AppContext, vocabulary: Vocabulary, id: &str) -> String {
    app.data
        .relations
        .label(vocabulary, id, app.lang)
        .to_string()
}

pub fn country(app: &AppContext, id: &str) -> String {
    app.data.relations.country_name(id, app.lang).to_string()
}

/// A profile's countries and areas, joined: "Philippines, Indonesia, ASEAN member States".
pub fn places(app: &AppContext, profile: &Profile) -> String {
    mflm_core::row_facts::places(&app.data.relations, app.lang, profile)
}

/// The label of a facet option, as its checkbox shows it.
pub fn option_label(app: &AppContext, facet: Facet, value: &str) -> String {
    let relations = &app.data.relations;
    match facet {
        Facet::Type => ItemType::ALL
            .into_iter()
            .find(|t| t.key() == value)
            .map_or_else(|| value.to_string(), |t| item_type(app.text, t).to_string()),
        Facet::Kind => vocabulary(app, Vocabulary::ProfileKind, value),
        Facet::Principle => value
            .parse::<u8>()
            .ok()
            .and_then(|n| relations.principle(n))
            .map(|p| {
                app.text
                    .principle_option(p.number, p.title.get(app.lang.tag()))
            })
            .unwrap_or_else(|| value.to_string()),
        Facet::Region => vocabulary(app, Vocabulary::Region, value),
        Facet::Sector => vocabulary(app, Vocabulary::Sector, value),
        Facet::Country => country(app, value),
        Facet::Instrument => relations.instrument_name(value, app.lang).to_string(),
        Facet::Actor => vocabulary(app, Vocabulary::ActorType, value),
        Facet::Gcm => value
            .parse::<u8>()
            .ok()
            .and_then(|n| relations.gcm_objective(n))
            .map(|o| gcm_objective(app, o))
            .unwrap_or_else(|| value.to_string()),
        Facet::Sdg => relations
            .sdg_target(value)
            .map(|t| sdg_target(app, t))
            .unwrap_or_else(|| value.to_string()),
    }
}

/// The title of any item, for links and page titles; `None` when the data has no such item.
pub fn item_title(app: &AppContext, item: &ItemRef) -> Option<String> {
    let lang = app.lang.tag();
    Some(match app.data.relations.item(item)? {
        Item::Subdivision(s) => subdivision(app, s),
        Item::Principle(p) => principle(app, p),
        Item::Guideline(g) => g.text.get(lang).to_string(),
        Item::Profile(p) => p.title.get(lang).to_string(),
        Item::Instrument(i) => i.name_in(lang).0.to_string(),
        Item::Country(c) => c.label.get(lang).to_string(),
        Item::GcmObjective(o) => gcm_objective(app, o),
        Item::SdgTarget(t) => sdg_target(app, t),
    })
}

/// Whether an item's title is shown in the app's language (not through the English
/// fallback): result cards mark the others.
pub fn title_is_translated(app: &AppContext, item: &ItemRef) -> bool {
    let lang = app.lang.tag();
    let translated = |text| is_translated(app, text);
    match app.data.relations.item(item) {
        Some(Item::Subdivision(s)) => translated(&s.title),
        Some(Item::Principle(p)) => translated(&p.title),
        Some(Item::Guideline(g)) => translated(&g.text),
        Some(Item::Profile(p)) => translated(&p.title),
        Some(Item::Instrument(i)) => i.name_in(lang).1,
        Some(Item::Country(c)) => translated(&c.label),
        Some(Item::GcmObjective(o)) => translated(&o.title),
        Some(Item::SdgTarget(t)) => translated(&t.title),
        None => true,
    }
}
