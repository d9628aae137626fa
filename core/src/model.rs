//! The data file's types: `data/framework.json` deserialises into [`Framework`].
//!
//! Every struct denies unknown fields, so a typo in the data ("sector" for "sectors") is an
//! error rather than a silently missing value. Cross-references are plain ids here; whether they
//! point at something is [`crate::validate`]'s job, which reports every problem at once.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the file format this build reads. Bump it when a change is not additive.
pub const SCHEMA_VERSION: u32 = 1;

/// Text in several languages, keyed by BCP 47 tag (`"en"`, `"fr"`, `"es"`, `"ar"`, ...).
/// English is required everywhere; other languages are added later with no schema change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    pub fn en(text: &str) -> Self {
        Text(BTreeMap::from([("en".to_string(), text.to_string())]))
    }

    /// The text in `lang`, falling back to English, then to any language present.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether the text is written in `lang` itself (not shown through the English fallback).
    pub fn has(&self, lang: &str) -> bool {
        self.0.contains_key(lang)
    }
}

/// How sure the compilation is of a fact it could not check against the Framework's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

/// The whole compilation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub schema_version: u32,
    pub meta: Meta,
    pub vocabularies: Vocabularies,
    /// Documents and databases that items cite, by id.
    pub sources: Vec<SourceDocument>,
    pub subdivisions: Vec<Subdivision>,
    pub principles: Vec<Principle>,
    pub guidelines: Vec<Guideline>,
    pub instruments: Vec<Instrument>,
    /// Practice profiles and ILO activities (see [`ProfileType`]).
    pub profiles: Vec<Profile>,
    /// The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
    /// (A/RES/73/195), with our short titles. Empty in a file that predates the crosswalk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gcm_objectives: Vec<GcmObjective>,
    /// The SDG targets and indicators that concern labour migration (A/RES/70/1, A/RES/71/313).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdg_targets: Vec<SdgTarget>,
    /// Links from principles to GCM objectives and SDG targets, each with its basis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crosswalk: Vec<CrosswalkLink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The Framework's full title.
    pub title: Text,
    pub publisher: String,
    pub year_adopted: u16,
    pub year_published: u16,
    pub isbn: Vec<String>,
    /// When this compilation was last revised (YYYY-MM-DD).
    pub compiled: String,
    /// What this compilation is and is not, in plain words, shown on the About page.
    pub about: Text,
    /// What could not be established from the sources held (shown to users as-is).
    pub limitations: Vec<Text>,
    /// Where the Framework's structure facts come from.
    pub source: Citation,
    /// On what terms the compilation may be reused (shown on the Open data page and written
    /// into the open-data manifest). Optional, so older files still load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
}

/// The terms of reuse of the compilation's own texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// SPDX identifier of the licence of our own texts, e.g. `"CC-BY-4.0"`.
    pub spdx: String,
    /// The licence's official page.
    pub url: String,
    /// What the licence covers and what it does not (the Framework itself, official names).
    pub note: Text,
}

/// A controlled vocabulary entry: a stable id and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code, e.g. `"PHL"`.
    pub id: String,
    pub label: Text,
    /// The ILO region the country belongs to (a `regions` id).
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vocabularies {
    /// ILO regions, plus `global` for interregional and worldwide work.
    pub regions: Vec<Term>,
    pub sectors: Vec<Term>,
    pub actor_types: Vec<Term>,
    /// What a profile is: law or policy, agreement, programme, service, ...
    pub profile_kinds: Vec<Term>,
    pub instrument_types: Vec<Term>,
    pub countries: Vec<Country>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    pub id: String,
    pub title: Text,
    /// A bibliographic line: symbol, date, publisher.
    pub citation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where one item comes from: a [`SourceDocument`] id and a place in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub document: String,
    /// Paragraph, section heading or database entry, e.g. `"para 30"`, `"practice 5"`.
    pub locator: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Subdivision {
    /// Roman numeral, `"I"` to `"IX"`.
    pub id: String,
    pub title: Text,
    pub principles: Vec<u8>,
    pub title_confidence: Confidence,
    /// How sure we are which principles sit in this sub-division.
    pub principles_confidence: Confidence,
    pub source: Citation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub number: u8,
    pub subdivision: String,
    /// Our short title (the Framework's principles have no official titles).
    pub title: Text,
    /// Our paraphrase of the principle, never the Framework's wording.
    pub summary: Text,
    /// How closely the paraphrase is known to follow the principle's text.
    pub confidence: Confidence,
    /// Lettered parts attested by a source, e.g. `["a", "b"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub source: Citation,
}

/// Where a guideline's text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum GuidelineBasis {
    /// Checked against the 2006 publication; carries its official number.
    Framework,
    /// A theme the guidelines cover, in our words, unnumbered: not the Framework's text.
    Summary,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Guideline {
    /// Stable id, e.g. `"g4-t2"` for a summary theme or `"g4.2"` for an official guideline.
    pub id: String,
    pub principle: u8,
    /// Official number such as `"4.2"`; only with `basis: framework`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub basis: GuidelineBasis,
    pub text: Text,
    pub source: Citation,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// `"C097"`, `"R086"`, `"ICRMW"`, ...
    pub id: String,
    /// The official name, reproduced as a fact, however long.
    pub name: String,
    /// A common short form for lists ("UN Migrant Workers Convention"), where the official name
    /// is long. The instrument's own page shows `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Official names in other languages (`"fr"` -> the official French title), from a
    /// translation file (`data/i18n/<lang>.json`) at load time; never in the data file itself.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub official_names: BTreeMap<String, OfficialName>,
    /// An `instrument_types` id.
    #[serde(rename = "type")]
    pub instrument_type: String,
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Text>,
    /// How sure we are that the Framework's Annex I lists it.
    pub annex_i: Confidence,
    /// Why it is here and what the Annex I judgement rests on.
    pub basis: Text,
    /// Principles it underpins, where a source or the fact sheet says so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<u8>,
    pub source: Citation,
}

/// An instrument's official name in one language, and its short form where there is one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficialName {
    pub name: String,
    pub short_name: Option<String>,
}

impl Instrument {
    /// The name lists show: `short_name` where there is one, else the official `name`.
    pub fn list_name(&self) -> &str {
        self.short_name.as_deref().unwrap_or(&self.name)
    }

    /// The official name in `lang` where a translation file gives it, else the English one;
    /// and whether it is in `lang`.
    pub fn name_in(&self, lang: &str) -> (&str, bool) {
        match self.official_names.get(lang) {
            Some(official) => (&official.name, true),
            None => (&self.name, lang == "en"),
        }
    }

    /// [`Instrument::list_name`] in `lang`, with the same fallback as [`Instrument::name_in`].
    pub fn list_name_in(&self, lang: &str) -> (&str, bool) {
        match self.official_names.get(lang) {
            Some(official) => (
                official.short_name.as_deref().unwrap_or(&official.name),
                true,
            ),
            None => (self.list_name(), lang == "en"),
        }
    }
}

/// A practice someone could learn from and replicate, or an ILO activity (meeting, briefing,
/// study) that the sources report alongside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ProfileType {
    Practice,
    Activity,
}

/// Whether a profile is one of the Framework's own Annex II examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AnnexIiStatus {
    /// Checked against the published Annex II.
    Confirmed,
    /// An ILO database entry old enough to be one, not checked.
    LikelyUnconfirmed,
    /// Not known to be in Annex II (most profiles come from other ILO documents).
    NotEstablished,
}

/// Where the links from a profile to principles come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LinkBasis {
    /// The ILO good-practices database tags the entry with these principles.
    DatabaseTags,
    /// The database names the Framework's themes; principles follow from them.
    DatabaseThemes,
    /// Our own classification.
    Compiler,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// An `actor_types` id.
    #[serde(rename = "type")]
    pub actor_type: String,
    /// The organisation's name, where a source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Certainty {
    /// How sure we are of the profile's details (garbled source text lowers it).
    pub details: Confidence,
    pub principle_links: LinkBasis,
    pub annex_ii: AnnexIiStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    #[serde(rename = "type")]
    pub profile_type: ProfileType,
    /// A `profile_kinds` id.
    pub kind: String,
    pub title: Text,
    pub summary: Text,
    /// Why it is a good practice: what it achieved or why it worked, where a source says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_good: Option<Text>,
    /// ISO alpha-3 codes (`countries` ids). Empty for regional or global work.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Groupings that are not countries: "ASEAN member States", "MERCOSUR".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<String>,
    /// `regions` ids; at least one.
    pub regions: Vec<String>,
    /// `sectors` ids; at least one (`all-sectors` for cross-sector work).
    pub sectors: Vec<String>,
    /// Year or period as the source gives it: `"2005"`, `"2001-2014"`.
    pub period: String,
    pub actors: Vec<Actor>,
    pub principles: Vec<u8>,
    /// `guidelines` ids.
    #[serde(default)]
    pub guidelines: Vec<String>,
    /// `instruments` ids.
    #[serde(default)]
    pub instruments: Vec<String>,
    /// Free keywords that help search ("recruitment fees", "remittances").
    #[serde(default)]
    pub tags: Vec<String>,
    pub certainty: Certainty,
    pub source: Citation,
}

/// One objective of the Global Compact for Safe, Orderly and Regular Migration (GCM), UN
/// General Assembly resolution A/RES/73/195 of 19 December 2018, which lists the 23
/// objectives in its paragraph 16.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GcmObjective {
    /// The official number, 1 to 23.
    pub number: u8,
    /// Our short title, never the Compact's wording.
    pub title: Text,
    /// Where the objective is listed, e.g. `un-gcm`, `"paragraph 16, objective 6"`.
    pub source: Citation,
}

/// Whether an [`SdgTarget`] entry is a target of the 2030 Agenda or an indicator of the
/// global indicator framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SdgLevel {
    /// A target of A/RES/70/1, id `goal.target` (`"8.7"`, `"10.c"`).
    Target,
    /// An indicator of A/RES/71/313, id `goal.target.indicator` (`"10.7.1"`).
    Indicator,
}

/// A Sustainable Development Goal target or indicator that concerns labour migration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SdgTarget {
    /// The official number: `"8.7"`, `"10.c"` for a target, `"10.7.1"` for an indicator.
    pub id: String,
    pub level: SdgLevel,
    /// Our short title, never the official wording.
    pub title: Text,
    /// A/RES/70/1 for a target, A/RES/71/313 for an indicator.
    pub source: Citation,
}

/// What a crosswalk link rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum CrosswalkBasis {
    /// A document states the link; the link's `source` cites it.
    Source,
    /// Our own mapping (no published document maps the Framework's principles to the GCM
    /// or the SDGs); `data/README.md` gives the rationale of each.
    Editors,
}

/// A link from a principle to one GCM objective or one SDG target (exactly one of the two).
/// Practices relate to objectives and targets only through their principles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrosswalkLink {
    pub principle: u8,
    /// A GCM objective number (1 to 23).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gcm_objective: Option<u8>,
    /// An `sdg_targets` id (`"10.7.1"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdg_target: Option<String>,
    pub basis: CrosswalkBasis,
    /// The document that states the link: required with `basis: source`, absent with
    /// `basis: editors`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Citation>,
}

impl Framework {
    /// Parses the data file. This only checks the JSON's shape; call
    /// [`crate::validate::validate`] for references, vocabularies and required text.
    pub fn from_json(json: &str) -> Result<Framework, serde_json::Error> {
        serde_json::from_str(json)
    }

    pub fn principle(&self, number: u8) -> Option<&Principle> {
        self.principles.iter().find(|p| p.number == number)
    }
}
