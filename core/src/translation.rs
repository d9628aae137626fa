//! Translations of the compilation's own texts: one file per language,
//! `data/i18n/<lang>.json` (French and Spanish today), laid over the English data at load.
//!
//! The data file holds every item in English. A translation file gives, by item id, the same
//! texts in one language: titles, summaries, "why it is a good practice", notes, vocabulary
//! labels, the About text, and the official names of instruments in that language (facts,
//! given only where the official title is known). What it leaves out is shown in English, and
//! the interface marks it so. Keeping each language in its own file means a visitor downloads
//! only the language they read.
//!
//! [`apply`] lays a translation over a [`Framework`] and returns every problem it met (an id
//! that names nothing, a text where the English has none, blank text, markup), each naming the
//! place in the translation file; what is sound is applied all the same, so one bad entry
//! never costs a reader the rest.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::model::{Framework, OfficialName, Term, Text};
use crate::validate::Problem;

/// One language's translation file (`data/i18n/<lang>.json`). Every part is optional; keys
/// are the data's ids (`"DB-005"`, `"g4-t2"`, `"4"` for principle 4, `"IV"` for a sub-division).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language's tag (`"fr"`, `"es"`): one of [`Lang`]'s, not English.
    pub language: String,
    #[serde(default)]
    pub meta: MetaTexts,
    #[serde(default)]
    pub vocabularies: VocabularyLabels,
    /// Source document id -> its title.
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    /// Sub-division id (`"IV"`) -> its title.
    #[serde(default)]
    pub subdivisions: BTreeMap<String, String>,
    /// Principle number (`"4"`) -> its texts.
    #[serde(default)]
    pub principles: BTreeMap<String, PrincipleTexts>,
    /// Guideline id -> its text.
    #[serde(default)]
    pub guidelines: BTreeMap<String, String>,
    #[serde(default)]
    pub instruments: BTreeMap<String, InstrumentTexts>,
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileTexts>,
    /// GCM objective number (`"6"`) -> our short title.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub gcm_objectives: BTreeMap<String, String>,
    /// SDG target or indicator id (`"10.7.1"`) -> our short title.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sdg_targets: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MetaTexts {
    /// The Framework's official title in this language.
    pub title: Option<String>,
    pub about: Option<String>,
    /// In the order and number of the English list.
    #[serde(default)]
    pub limitations: Vec<String>,
    /// The licence note (`meta.licence.note`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
}

/// Vocabulary id -> label, per vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VocabularyLabels {
    #[serde(default)]
    pub regions: BTreeMap<String, String>,
    #[serde(default)]
    pub sectors: BTreeMap<String, String>,
    #[serde(default)]
    pub actor_types: BTreeMap<String, String>,
    #[serde(default)]
    pub profile_kinds: BTreeMap<String, String>,
    #[serde(default)]
    pub instrument_types: BTreeMap<String, String>,
    /// ISO alpha-3 code -> the country's name.
    #[serde(default)]
    pub countries: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrincipleTexts {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InstrumentTexts {
    /// The official title in this language (a fact: left out when not known for sure).
    pub name: Option<String>,
    pub short_name: Option<String>,
    pub category: Option<String>,
    pub basis: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProfileTexts {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub why_good: Option<String>,
    /// The profile's `certainty.note`.
    pub certainty_note: Option<String>,
}

/// Parses a translation file; a file that is not one is a single problem naming the line and
/// column (as `serde_json` reports it).
pub fn parse(json: &str) -> Result<Translation, Problem> {
    serde_json::from_str(json).map_err(|e| Problem::new("translation file", "", e.to_string()))
}

/// Lays `translation` over `framework` (see the module documentation). Returns the problems
/// found, each naming its place in the translation file (`profiles.DB-005`, `summary`); an
/// empty list means every entry was applied.
pub fn apply(framework: &mut Framework, translation: &Translation) -> Vec<Problem> {
    let mut problems = Vec::new();
    let lang = match Lang::from_tag(&translation.language) {
        Some(lang) if lang != Lang::En && lang.tag() == translation.language => lang.tag(),
        _ => {
            problems.push(Problem::new(
                "translation file",
                "language",
                format!(
                    "{:?} is not a language the explorer translates into (fr, es, ar, zh, ru)",
                    translation.language
                ),
            ));
            return problems;
        }
    };
    let mut put = Writer {
        lang,
        problems: &mut problems,
    };

    let meta = &mut framework.meta;
    put.text("meta", "title", &mut meta.title, &translation.meta.title);
    put.text("meta", "about", &mut meta.about, &translation.meta.about);
    if translation.meta.limitations.len() > meta.limitations.len() {
        put.problem("meta", "limitations", "more entries than the English list");
    }
    for (english, translated) in meta
        .limitations
        .iter_mut()
        .zip(&translation.meta.limitations)
    {
        put.text("meta", "limitations", english, &Some(translated.clone()));
    }
    put.optional(
        "meta",
        "licence",
        meta.licence.as_mut().map(|l| &mut l.note),
        &translation.meta.licence,
    );

    let vocabularies = &mut framework.vocabularies;
    let labels = &translation.vocabularies;
    put.terms("regions", &mut vocabularies.regions, &labels.regions);
    put.terms("sectors", &mut vocabularies.sectors, &labels.sectors);
    put.terms(
        "actor_types",
        &mut vocabularies.actor_types,
        &labels.actor_types,
    );
    put.terms(
        "profile_kinds",
        &mut vocabularies.profile_kinds,
        &labels.profile_kinds,
    );
    put.terms(
        "instrument_types",
        &mut vocabularies.instrument_types,
        &labels.instrument_types,
    );
    for (id, label) in &labels.countries {
        match vocabularies.countries.iter_mut().find(|c| &c.id == id) {
            Some(country) => put.text(
                &format!("vocabularies.countries.{id}"),
                "",
                &mut country.label,
                &Some(label.clone()),
            ),
            None => put.unknown("vocabularies.countries", id),
        }
    }

    for (id, title) in &translation.sources {
        match framework.sources.iter_mut().find(|s| &s.id == id) {
            Some(source) => put.text(
                &format!("sources.{id}"),
                "",
                &mut source.title,
                &Some(title.clone()),
            ),
            None => put.unknown("sources", id),
        }
    }
    for (id, title) in &translation.subdivisions {
        match framework.subdivisions.iter_mut().find(|s| &s.id == id) {
            Some(subdivision) => put.text(
                &format!("subdivisions.{id}"),
                "",
                &mut subdivision.title,
                &Some(title.clone()),
            ),
            None => put.unknown("subdivisions", id),
        }
    }
    for (number, texts) in &translation.principles {
        let found = number
            .parse::<u8>()
            .ok()
            .and_then(|n| framework.principles.iter_mut().find(|p| p.number == n));
        let Some(principle) = found else {
            put.unknown("principles", number);
            continue;
        };
        let item = format!("principles.{number}");
        put.text(&item, "title", &mut principle.title, &texts.title);
        put.text(&item, "summary", &mut principle.summary, &texts.summary);
        put.optional(&item, "note", principle.note.as_mut(), &texts.note);
    }
    for (number, title) in &translation.gcm_objectives {
        let found = number.parse::<u8>().ok().and_then(|n| {
            framework
                .gcm_objectives
                .iter_mut()
                .find(|o| o.number == n && o.number.to_string() == *number)
        });
        match found {
            Some(objective) => put.text(
                &format!("gcm_objectives.{number}"),
                "",
                &mut objective.title,
                &Some(title.clone()),
            ),
            None => put.unknown("gcm_objectives", number),
        }
    }
    for (id, title) in &translation.sdg_targets {
        match framework.sdg_targets.iter_mut().find(|t| &t.id == id) {
            Some(target) => put.text(
                &format!("sdg_targets.{id}"),
                "",
                &mut target.title,
                &Some(title.clone()),
            ),
            None => put.unknown("sdg_targets", id),
        }
    }
    for (id, text) in &translation.guidelines {
        match framework.guidelines.iter_mut().find(|g| &g.id == id) {
            Some(guideline) => put.text(
                &format!("guidelines.{id}"),
                "",
                &mut guideline.text,
                &Some(text.clone()),
            ),
            None => put.unknown("guidelines", id),
        }
    }
    for (id, texts) in &translation.instruments {
        let Some(instrument) = framework.instruments.iter_mut().find(|i| &i.id == id) else {
            put.unknown("instruments", id);
            continue;
        };
        let item = format!("instruments.{id}");
        put.optional(
            &item,
            "category",
            instrument.category.as_mut(),
            &texts.category,
        );
        put.text(&item, "basis", &mut instrument.basis, &texts.basis);
        match (&texts.name, &texts.short_name) {
            (Some(name), short_name) => {
                if put.plain(&item, "name", name) {
                    let short_name = short_name
                        .clone()
                        .filter(|s| put.plain(&item, "short_name", s));
                    instrument.official_names.insert(
                        lang.to_string(),
                        OfficialName {
                            name: name.clone(),
                            short_name,
                        },
                    );
                }
            }
            (None, Some(_)) => put.problem(
                &item,
                "short_name",
                "a short name needs the official name beside it",
            ),
            (None, None) => {}
        }
    }
    for (id, texts) in &translation.profiles {
        let Some(profile) = framework.profiles.iter_mut().find(|p| &p.id == id) else {
            put.unknown("profiles", id);
            continue;
        };
        let item = format!("profiles.{id}");
        put.text(&item, "title", &mut profile.title, &texts.title);
        put.text(&item, "summary", &mut profile.summary, &texts.summary);
        put.optional(
            &item,
            "why_good",
            profile.why_good.as_mut(),
            &texts.why_good,
        );
        put.optional(
            &item,
            "certainty_note",
            profile.certainty.note.as_mut(),
            &texts.certainty_note,
        );
    }
    problems
}

/// Writes translated texts into the data, collecting problems.
struct Writer<'a> {
    lang: &'static str,
    problems: &'a mut Vec<Problem>,
}

impl Writer<'_> {
    fn problem(&mut self, item: &str, field: &str, message: &str) {
        self.problems.push(Problem::new(item, field, message));
    }

    fn unknown(&mut self, list: &str, id: &str) {
        self.problems.push(Problem::new(
            format!("{list}.{id}"),
            "",
            "the data has no item with this id",
        ));
    }

    /// Whether `value` may be shown: not blank, no markup, no invisible characters.
    fn plain(&mut self, item: &str, field: &str, value: &str) -> bool {
        let problem = if value.trim().is_empty() {
            Some("blank".to_string())
        } else if value.contains('<')
            && value
                .split('<')
                .skip(1)
                .any(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'))
        {
            Some("contains what looks like an HTML tag; write plain text".to_string())
        } else {
            crate::text::find_ignorable(value)
                .filter(|&(_, c)| c != '\u{00A0}' && c != '\u{202F}')
                .map(|(at, c)| {
                    format!(
                        "holds an invisible character U+{:04X} at byte {at}",
                        u32::from(c)
                    )
                })
        };
        match problem {
            Some(message) => {
                self.problems.push(Problem::new(item, field, message));
                false
            }
            None => true,
        }
    }

    fn text(&mut self, item: &str, field: &str, english: &mut Text, translated: &Option<String>) {
        if let Some(value) = translated {
            if self.plain(item, field, value) {
                english.0.insert(self.lang.to_string(), value.clone());
            }
        }
    }

    /// A text the English may not have (a note): translating one that does not exist is a
    /// problem, since it would say what the English does not.
    fn optional(
        &mut self,
        item: &str,
        field: &str,
        english: Option<&mut Text>,
        translated: &Option<String>,
    ) {
        match (english, translated) {
            (Some(english), translated) => self.text(item, field, english, translated),
            (None, Some(_)) => {
                self.problem(item, field, "the English has no such text to translate")
            }
            (None, None) => {}
        }
    }

    fn terms(&mut self, vocabulary: &str, terms: &mut [Term], labels: &BTreeMap<String, String>) {
        for (id, label) in labels {
            match terms.iter_mut().find(|t| &t.id == id) {
                Some(term) => self.text(
                    &format!("vocabularies.{vocabulary}.{id}"),
                    "",
                    &mut term.label,
                    &Some(label.clone()),
                ),
                None => self.unknown(&format!("vocabularies.{vocabulary}"), id),
            }
        }
    }
}
