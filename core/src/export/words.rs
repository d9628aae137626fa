//! The words an export adds to the data's text, per language.

use crate::engine::ItemType;
use crate::lang::Lang;

/// The words an export adds to the data's text: the interface catalogue's (`i18n/<lang>.ftl`,
/// message ids in the comments) plus the citation's connectors.
pub(super) struct Words {
    pub(super) principle: &'static str,   // type-principle
    pub(super) guideline: &'static str,   // type-guideline
    pub(super) practice: &'static str,    // type-practice
    pub(super) activity: &'static str,    // type-activity
    pub(super) countries: &'static str,   // field-countries
    pub(super) regions: &'static str,     // field-regions
    pub(super) sectors: &'static str,     // field-sectors
    pub(super) period: &'static str,      // field-period
    pub(super) principles: &'static str,  // field-principles
    pub(super) guidelines: &'static str,  // field-guidelines
    pub(super) instruments: &'static str, // field-instruments
    pub(super) actors: &'static str,      // field-actors
    pub(super) keywords: &'static str,    // field-tags
    pub(super) source: &'static str,      // field-source
    pub(super) why_good: &'static str,    // why-good-heading
    pub(super) note: &'static str,        // field-note
    /// The label separator: ": ", or " : " in French.
    pub(super) colon: &'static str,
    /// "In" of "In: MFLM Explorer (compilation of 2026-11-30)".
    pub(super) in_: &'static str,
    pub(super) compilation_of: &'static str,
}

const ENGLISH: Words = Words {
    principle: "Principle",
    guideline: "Guideline",
    practice: "Practice",
    activity: "ILO activity",
    countries: "Countries",
    regions: "Region",
    sectors: "Sectors",
    period: "Period",
    principles: "Principles",
    guidelines: "Guidelines",
    instruments: "Instruments",
    actors: "Actors",
    keywords: "Keywords",
    source: "Source",
    why_good: "Why it is a good practice",
    note: "Note",
    colon: ": ",
    in_: "In",
    compilation_of: "compilation of",
};

const FRENCH: Words = Words {
    principle: "Principe",
    guideline: "Ligne directrice",
    practice: "Pratique",
    activity: "Activité de l'OIT",
    countries: "Pays",
    regions: "Région",
    sectors: "Secteurs",
    period: "Période",
    principles: "Principes",
    guidelines: "Lignes directrices",
    instruments: "Instruments",
    actors: "Acteurs",
    keywords: "Mots-clés",
    source: "Source",
    why_good: "Pourquoi c'est une bonne pratique",
    note: "Remarque",
    colon: " : ",
    in_: "Dans",
    compilation_of: "compilation du",
};

const SPANISH: Words = Words {
    principle: "Principio",
    guideline: "Directriz",
    practice: "Práctica",
    activity: "Actividad de la OIT",
    countries: "Países",
    regions: "Región",
    sectors: "Sectores",
    period: "Período",
    principles: "Principios",
    guidelines: "Directrices",
    instruments: "Instrumentos",
    actors: "Actores",
    keywords: "Palabras clave",
    source: "Fuente",
    why_good: "Por qué es una buena práctica",
    note: "Nota",
    colon: ": ",
    in_: "En",
    compilation_of: "recopilación del",
};

/// The export's words: in the languages the content is translated into, else English.
pub(super) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FRENCH,
        Lang::Es => &SPANISH,
        Lang::En | Lang::Ar | Lang::Zh | Lang::Ru => &ENGLISH,
    }
}

pub(super) fn type_word(words: &Words, item_type: ItemType) -> &'static str {
    match item_type {
        ItemType::Principle => words.principle,
        ItemType::Guideline => words.guideline,
        ItemType::Practice => words.practice,
        ItemType::Activity => words.activity,
    }
}
