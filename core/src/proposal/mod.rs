//! Propose a practice: a contributor's [`Draft`] (the form's fields as typed: strings and
//! lists of ids) is checked by [`check`] against the loaded data, with the validator's own
//! vocabularies and rules, and becomes either a [`ProposalFile`] (a JSON file to send to the
//! editors) or a list of [`FieldProblem`]s, each naming the form [`Field`] it is about.
//!
//! The checks run in two layers. First the form's own: required fields, lengths, invisible or
//! control characters, markup (the validator's `html_tag`), vocabulary ids with the
//! validator's "did you mean", principle numbers, an `https` address, each country's region.
//! These give typed [`Issue`]s a page can word in its reader's language. Then, when those
//! pass, the proposed profile and source are added to a copy of the data and the whole
//! validator runs over it ([`file::addition_problems`]): whatever it still finds is reported
//! on the field it names ([`Issue::Other`], in English). So a file [`check`] produces always
//! merges into the data as valid data.
//!
//! Nothing here sends anything anywhere: the app offers the file as a download and
//! [`ProposalFile::email_text`] as text to paste in an e-mail.

mod choices;
mod email;
mod file;

pub use choices::{Choice, Choices};
pub use file::{addition_problems, check_file, ProposalFile, FORMAT, VERSION};

use crate::model::{
    Actor, AnnexIiStatus, Certainty, Citation, Confidence, Framework, LinkBasis, Profile,
    ProfileType, SourceDocument, Text,
};
use crate::text::find_ignorable;
use crate::validate::{html_tag, is_date, suggest, Problem};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// Longest title, in characters (the shipped titles stay under 100).
pub const TITLE_MAX: usize = 150;
/// Longest summary, in characters (the shipped summaries stay under 500).
pub const SUMMARY_MAX: usize = 1500;
/// Longest period ("2004-2006", "by 2008", "2010 onwards"), in characters.
pub const PERIOD_MAX: usize = 60;
/// Most actors a proposal may name.
pub const ACTORS_MAX: usize = 20;
/// Longest actor name, in characters (official names can be long).
pub const ACTOR_NAME_MAX: usize = 250;
/// Most tags (the data's rule: 2 to 5 search keywords; a proposal may have fewer).
pub const TAGS_MAX: usize = 5;
/// Longest tag, in characters.
pub const TAG_MAX: usize = 60;
/// Longest source title, in characters.
pub const SOURCE_TITLE_MAX: usize = 300;
/// Longest citation line (publisher, place, date, symbol), in characters.
pub const CITATION_MAX: usize = 500;
/// Longest locator ("para 30", "pages 12-14"), in characters.
pub const LOCATOR_MAX: usize = 150;
/// Longest web address, in characters.
pub const URL_MAX: usize = 2000;
/// Longest contact line (a name and an e-mail address), in characters.
pub const CONTACT_MAX: usize = 300;
/// A saved draft larger than this (bytes) is not read back: storage holds a few kilobytes.
pub const SAVED_DRAFT_MAX: usize = 1 << 20;

/// The locator a proposal's citation gets when the contributor gave none: the editors set it.
pub const NO_LOCATOR: &str = "not given";

/// What a contributor typed, field by field, before any check. Every field may be anything:
/// [`check`] says what is wrong with it. Kept by the browser between visits as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub title: String,
    pub summary: String,
    /// A `profile_kinds` id.
    pub kind: String,
    /// `countries` ids (ISO alpha-3).
    pub countries: Vec<String>,
    /// `regions` ids.
    pub regions: Vec<String>,
    /// `sectors` ids.
    pub sectors: Vec<String>,
    pub period: String,
    /// Rows of the actors list; a row left wholly blank is ignored.
    pub actors: Vec<DraftActor>,
    /// Principle numbers, as text ("4").
    pub principles: Vec<String>,
    /// `guidelines` ids.
    pub guidelines: Vec<String>,
    /// `instruments` ids.
    pub instruments: Vec<String>,
    /// Keywords separated by commas.
    pub tags: String,
    pub source_title: String,
    /// The bibliographic line: publisher, place, date, document symbol.
    pub source_citation: String,
    /// Where in the document (optional).
    pub source_locator: String,
    /// The document's web address (optional; `https://` only).
    pub source_url: String,
    /// How the editors can reach the contributor (optional).
    pub contact: String,
}

/// One row of the draft's actors: an `actor_types` id and an optional name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftActor {
    #[serde(rename = "type")]
    pub actor_type: String,
    pub name: String,
}

impl Draft {
    /// Reads a draft the browser kept ([`Draft::to_saved`]). Anything unreadable (not JSON,
    /// another shape, too large) gives an empty draft: a broken store never breaks the form.
    pub fn from_saved(json: &str) -> Draft {
        if json.len() > SAVED_DRAFT_MAX {
            return Draft::default();
        }
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The draft as JSON, for the browser to keep.
    pub fn to_saved(&self) -> String {
        // Serialising plain strings and lists cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A field of the form. [`Field::id`] names it in the page (element ids), [`Field::path`]
/// in the proposal file's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Summary,
    Kind,
    Countries,
    Regions,
    Sectors,
    Period,
    /// The actors list as a whole (none given, too many, one repeated).
    Actors,
    /// Row `n`'s actor type.
    ActorType(usize),
    /// Row `n`'s actor name.
    ActorName(usize),
    Principles,
    Guidelines,
    Instruments,
    Tags,
    SourceTitle,
    SourceCitation,
    SourceLocator,
    SourceUrl,
    Contact,
    /// Not a field the contributor fills: the submission date, or the proposal as a whole.
    Proposal,
}

impl Field {
    /// The fields a proposal must fill.
    pub const REQUIRED: [Field; 10] = [
        Field::Title,
        Field::Summary,
        Field::Kind,
        Field::Regions,
        Field::Sectors,
        Field::Period,
        Field::Actors,
        Field::Principles,
        Field::SourceTitle,
        Field::SourceCitation,
    ];

    /// A stable name for the page's element ids: `title`, `source-url`, `actor-type-2`.
    pub fn id(self) -> String {
        let id = match self {
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Kind => "kind",
            Field::Countries => "countries",
            Field::Regions => "regions",
            Field::Sectors => "sectors",
            Field::Period => "period",
            Field::Actors => "actors",
            Field::ActorType(row) => return format!("actor-type-{row}"),
            Field::ActorName(row) => return format!("actor-name-{row}"),
            Field::Principles => "principles",
            Field::Guidelines => "guidelines",
            Field::Instruments => "instruments",
            Field::Tags => "tags",
            Field::SourceTitle => "source-title",
            Field::SourceCitation => "source-citation",
            Field::SourceLocator => "source-locator",
            Field::SourceUrl => "source-url",
            Field::Contact => "contact",
            Field::Proposal => "proposal",
        };
        id.to_string()
    }

    /// The field in the proposal file's terms: `profile.title`, `profile.actors[2].type`,
    /// `source.url`, `contact`.
    pub fn path(self) -> String {
        let path = match self {
            Field::Title => "profile.title",
            Field::Summary => "profile.summary",
            Field::Kind => "profile.kind",
            Field::Countries => "profile.countries",
            Field::Regions => "profile.regions",
            Field::Sectors => "profile.sectors",
            Field::Period => "profile.period",
            Field::Actors => "profile.actors",
            Field::ActorType(row) => return format!("profile.actors[{row}].type"),
            Field::ActorName(row) => return format!("profile.actors[{row}].name"),
            Field::Principles => "profile.principles",
            Field::Guidelines => "profile.guidelines",
            Field::Instruments => "profile.instruments",
            Field::Tags => "profile.tags",
            Field::SourceTitle => "source.title",
            Field::SourceCitation => "source.citation",
            Field::SourceLocator => "profile.source.locator",
            Field::SourceUrl => "source.url",
            Field::Contact => "contact",
            Field::Proposal => "proposal",
        };
        path.to_string()
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A required field is empty.
    Required,
    /// Longer than `max` characters.
    TooLong { max: usize },
    /// More than `max` entries.
    TooMany { max: usize },
    /// Holds what looks like an HTML tag (its start, as found).
    Markup { tag: String },
    /// Holds an invisible character (soft hyphen, zero-width space, ...).
    Invisible { code_point: u32 },
    /// Holds a control character (other than spaces and line breaks, which become spaces).
    ControlCharacter { code_point: u32 },
    /// An id the data's vocabulary does not have, with the closest one it has.
    Unknown {
        value: String,
        suggestion: Option<String>,
    },
    /// An entry given twice.
    Repeated { value: String },
    /// A web address that does not start with `https://` (or holds spaces).
    NotHttps,
    /// `country` (an id) is in `region` (an id), which the regions do not list.
    RegionMissing { country: String, region: String },
    /// A submission date that is not `YYYY-MM-DD` (the caller's mistake, not the contributor's).
    NotADate { value: String },
    /// What the whole validator found once the proposal was added to the data (English).
    Other { message: String },
}

impl fmt::Display for Issue {
    /// In English, for the command line and tests; the app words each issue itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Issue::Required => write!(f, "required"),
            Issue::TooLong { max } => write!(f, "too long: at most {max} characters"),
            Issue::TooMany { max } => write!(f, "too many: at most {max}"),
            Issue::Markup { tag } => write!(
                f,
                "contains what looks like an HTML tag ({tag:?}); write plain text"
            ),
            Issue::Invisible { code_point } => {
                write!(f, "holds an invisible character U+{code_point:04X}")
            }
            Issue::ControlCharacter { code_point } => {
                write!(f, "holds a control character U+{code_point:04X}")
            }
            Issue::Unknown {
                value,
                suggestion: Some(close),
            } => write!(f, "{value:?} is not in the list; did you mean {close:?}?"),
            Issue::Unknown { value, .. } => write!(f, "{value:?} is not in the list"),
            Issue::Repeated { value } => write!(f, "{value:?} is given twice"),
            Issue::NotHttps => write!(f, "a web address must start with https://"),
            Issue::RegionMissing { country, region } => write!(
                f,
                "{country} is in the region {region:?}, which the regions do not list"
            ),
            Issue::NotADate { value } => write!(f, "{value:?} is not a date like 2026-11-30"),
            Issue::Other { message } => write!(f, "{message}"),
        }
    }
}

/// One problem: the field and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub issue: Issue,
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.path(), self.issue)
    }
}

/// Checks `draft` against `framework` and, when nothing is wrong, makes the proposal file
/// dated `submitted` (`YYYY-MM-DD`, the caller's today). Every problem is listed, in the
/// form's order, each naming its field. Never panics, whatever the draft holds.
pub fn check(
    framework: &Framework,
    draft: &Draft,
    submitted: &str,
) -> Result<ProposalFile, Vec<FieldProblem>> {
    let mut check = Checker {
        framework,
        problems: Vec::new(),
    };
    let file = check.draft(draft, submitted);
    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    let problems: Vec<FieldProblem> = addition_problems(framework, &file)
        .into_iter()
        .map(|problem| FieldProblem {
            field: field_of(&file, &problem),
            issue: Issue::Other {
                message: problem.message,
            },
        })
        .collect();
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}

/// The form field a validator problem about the added profile or source is about.
fn field_of(file: &ProposalFile, problem: &Problem) -> Field {
    let field = problem.field.as_str();
    let head = field.split(['.', '[']).next().unwrap_or(field);
    if problem.item == file.profile.id {
        let row = || {
            field
                .strip_prefix("actors[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|n| n.parse::<usize>().ok())
        };
        return match head {
            "title" => Field::Title,
            "summary" => Field::Summary,
            "kind" => Field::Kind,
            "countries" => Field::Countries,
            "regions" => Field::Regions,
            "sectors" => Field::Sectors,
            "period" => Field::Period,
            "actors" if field.ends_with(".type") => row().map_or(Field::Actors, Field::ActorType),
            "actors" if field.ends_with(".name") => row().map_or(Field::Actors, Field::ActorName),
            "actors" => Field::Actors,
            "principles" => Field::Principles,
            "guidelines" => Field::Guidelines,
            "instruments" => Field::Instruments,
            "tags" => Field::Tags,
            "source" if field == "source.locator" => Field::SourceLocator,
            "source" if field == "source.url" => Field::SourceUrl,
            _ => Field::Proposal,
        };
    }
    if problem.item.starts_with("sources[") {
        return match head {
            "title" => Field::SourceTitle,
            "citation" => Field::SourceCitation,
            "url" => Field::SourceUrl,
            _ => Field::Proposal,
        };
    }
    Field::Proposal
}

struct Checker<'a> {
    framework: &'a Framework,
    problems: Vec<FieldProblem>,
}

impl Checker<'_> {
    fn report(&mut self, field: Field, issue: Issue) {
        self.problems.push(FieldProblem { field, issue });
    }

    fn draft(&mut self, draft: &Draft, submitted: &str) -> ProposalFile {
        let vocabularies = &self.framework.vocabularies;
        let title = self.text(Field::Title, &draft.title, true, TITLE_MAX);
        let summary = self.text(Field::Summary, &draft.summary, true, SUMMARY_MAX);
        let kinds = term_ids(&vocabularies.profile_kinds);
        let kind = self.one_of(Field::Kind, &draft.kind, &kinds);

        let countries = vocabularies
            .countries
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let countries = self.ids(Field::Countries, &draft.countries, &countries, false);
        let regions = term_ids(&vocabularies.regions);
        let regions = self.ids(Field::Regions, &draft.regions, &regions, true);
        self.regions_of_countries(&countries, &regions);
        let sectors = term_ids(&vocabularies.sectors);
        let sectors = self.ids(Field::Sectors, &draft.sectors, &sectors, true);
        let period = self.text(Field::Period, &draft.period, true, PERIOD_MAX);

        let actors = self.actors(&draft.actors);
        let principles = self.principles(&draft.principles);
        let guidelines = self.framework.guidelines.iter().map(|g| g.id.as_str());
        let guidelines = self.ids(
            Field::Guidelines,
            &draft.guidelines,
            &guidelines.collect(),
            false,
        );
        let instruments = self.framework.instruments.iter().map(|i| i.id.as_str());
        let instruments = self.ids(
            Field::Instruments,
            &draft.instruments,
            &instruments.collect(),
            false,
        );
        let tags = self.tags(&draft.tags);

        let source_title = self.text(
            Field::SourceTitle,
            &draft.source_title,
            true,
            SOURCE_TITLE_MAX,
        );
        let citation = self.text(
            Field::SourceCitation,
            &draft.source_citation,
            true,
            CITATION_MAX,
        );
        let locator = self.text(
            Field::SourceLocator,
            &draft.source_locator,
            false,
            LOCATOR_MAX,
        );
        let url = self.url(&draft.source_url);
        let contact = self.text(Field::Contact, &draft.contact, false, CONTACT_MAX);

        if !is_date(submitted) {
            self.report(
                Field::Proposal,
                Issue::NotADate {
                    value: submitted.chars().take(40).collect(),
                },
            );
        }
        let source_id = format!("proposed-{submitted}-source");
        ProposalFile {
            format: FORMAT.to_string(),
            version: VERSION,
            submitted: submitted.to_string(),
            profile: Profile {
                id: format!("proposed-{submitted}"),
                profile_type: ProfileType::Practice,
                kind,
                title: Text::en(&title),
                summary: Text::en(&summary),
                why_good: None,
                countries,
                areas: Vec::new(),
                regions,
                sectors,
                period,
                actors,
                principles,
                guidelines,
                instruments,
                tags,
                certainty: Certainty {
                    details: Confidence::Low,
                    principle_links: LinkBasis::Compiler,
                    annex_ii: AnnexIiStatus::NotEstablished,
                    note: Some(Text::en(&format!(
                        "Proposed by a contributor on {submitted}; not yet read against its \
                         source by the editors."
                    ))),
                },
                source: Citation {
                    document: source_id.clone(),
                    locator: if locator.is_empty() {
                        NO_LOCATOR.to_string()
                    } else {
                        locator
                    },
                    url: None,
                },
            },
            source: SourceDocument {
                id: source_id,
                title: Text::en(&source_title),
                citation,
                url,
            },
            contact: (!contact.is_empty()).then_some(contact),
        }
    }

    /// Text with its spaces and line breaks tidied (each run becomes one space). Returns it,
    /// or the empty string after reporting what is wrong with it.
    fn text(&mut self, field: Field, typed: &str, required: bool, max: usize) -> String {
        let tidy = tidy(typed, max);
        if tidy.is_empty() {
            if required {
                self.report(field, Issue::Required);
            }
            return String::new();
        }
        match text_issue(&tidy, max) {
            Some(issue) => {
                self.report(field, issue);
                String::new()
            }
            None => tidy,
        }
    }

    /// One id from `known`, required.
    fn one_of(&mut self, field: Field, typed: &str, known: &BTreeSet<&str>) -> String {
        let value = typed.trim();
        if value.is_empty() {
            self.report(field, Issue::Required);
            return String::new();
        }
        if known.contains(value) {
            value.to_string()
        } else {
            self.report(field, unknown(value, known));
            String::new()
        }
    }

    /// A list of ids from `known`: each known, none repeated, no more than `known` has.
    fn ids(
        &mut self,
        field: Field,
        typed: &[String],
        known: &BTreeSet<&str>,
        required: bool,
    ) -> Vec<String> {
        let values: Vec<&str> = typed
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .collect();
        if values.is_empty() {
            if required {
                self.report(field, Issue::Required);
            }
            return Vec::new();
        }
        if values.len() > known.len() {
            self.report(field, Issue::TooMany { max: known.len() });
            return Vec::new();
        }
        let mut seen = BTreeSet::new();
        let mut kept = Vec::new();
        for value in values {
            if !known.contains(value) {
                self.report(field, unknown(value, known));
            } else if !seen.insert(value) {
                self.report(
                    field,
                    Issue::Repeated {
                        value: value.to_string(),
                    },
                );
            } else {
                kept.push(value.to_string());
            }
        }
        kept
    }

    /// Rule 6 of the data: a country named has its region among the regions.
    fn regions_of_countries(&mut self, countries: &[String], regions: &[String]) {
        for id in countries {
            let country = self
                .framework
                .vocabularies
                .countries
                .iter()
                .find(|c| &c.id == id);
            if let Some(country) = country {
                if !regions.contains(&country.region) {
                    self.report(
                        Field::Regions,
                        Issue::RegionMissing {
                            country: country.id.clone(),
                            region: country.region.clone(),
                        },
                    );
                }
            }
        }
    }

    fn actors(&mut self, rows: &[DraftActor]) -> Vec<Actor> {
        let filled: Vec<&DraftActor> = rows
            .iter()
            .filter(|row| !row.actor_type.trim().is_empty() || !row.name.trim().is_empty())
            .collect();
        if filled.is_empty() {
            self.report(Field::Actors, Issue::Required);
            return Vec::new();
        }
        if filled.len() > ACTORS_MAX {
            self.report(Field::Actors, Issue::TooMany { max: ACTORS_MAX });
            return Vec::new();
        }
        let types = term_ids(&self.framework.vocabularies.actor_types);
        let mut actors: Vec<Actor> = Vec::new();
        // Rows are numbered as the form shows them, blank rows included.
        for (row, actor) in rows.iter().enumerate() {
            if actor.actor_type.trim().is_empty() && actor.name.trim().is_empty() {
                continue;
            }
            let actor_type = self.one_of(Field::ActorType(row), &actor.actor_type, &types);
            let name = self.text(Field::ActorName(row), &actor.name, false, ACTOR_NAME_MAX);
            let actor = Actor {
                actor_type,
                name: (!name.is_empty()).then_some(name),
            };
            if actors.contains(&actor) {
                let value = actor
                    .name
                    .clone()
                    .unwrap_or_else(|| actor.actor_type.clone());
                self.report(Field::ActorName(row), Issue::Repeated { value });
            } else {
                actors.push(actor);
            }
        }
        actors
    }

    fn principles(&mut self, typed: &[String]) -> Vec<u8> {
        let known: BTreeSet<u8> = self.framework.principles.iter().map(|p| p.number).collect();
        let values: Vec<&str> = typed
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .collect();
        if values.is_empty() {
            self.report(Field::Principles, Issue::Required);
            return Vec::new();
        }
        if values.len() > known.len() {
            self.report(Field::Principles, Issue::TooMany { max: known.len() });
            return Vec::new();
        }
        let mut numbers = Vec::new();
        for value in values {
            match value.parse::<u8>() {
                Ok(number) if (1..=15).contains(&number) && known.contains(&number) => {
                    if numbers.contains(&number) {
                        self.report(
                            Field::Principles,
                            Issue::Repeated {
                                value: value.to_string(),
                            },
                        );
                    } else {
                        numbers.push(number);
                    }
                }
                _ => self.report(
                    Field::Principles,
                    Issue::Unknown {
                        value: value.chars().take(40).collect(),
                        suggestion: None,
                    },
                ),
            }
        }
        numbers
    }

    fn tags(&mut self, typed: &str) -> Vec<String> {
        let typed = if typed.len() > TAGS_MAX * TAG_MAX * 8 {
            self.report(
                Field::Tags,
                Issue::TooLong {
                    max: TAGS_MAX * (TAG_MAX + 2),
                },
            );
            return Vec::new();
        } else {
            typed
        };
        let tags: Vec<String> = typed
            .split(',')
            .map(|tag| tidy(tag, TAG_MAX))
            .filter(|tag| !tag.is_empty())
            .collect();
        if tags.len() > TAGS_MAX {
            self.report(Field::Tags, Issue::TooMany { max: TAGS_MAX });
            return Vec::new();
        }
        let mut kept: Vec<String> = Vec::new();
        for tag in tags {
            if let Some(issue) = text_issue(&tag, TAG_MAX) {
                self.report(Field::Tags, issue);
            } else if kept.contains(&tag) {
                self.report(Field::Tags, Issue::Repeated { value: tag });
            } else {
                kept.push(tag);
            }
        }
        kept
    }

    fn url(&mut self, typed: &str) -> Option<String> {
        let url = typed.trim();
        if url.is_empty() {
            return None;
        }
        if url.chars().count() > URL_MAX {
            self.report(Field::SourceUrl, Issue::TooLong { max: URL_MAX });
            return None;
        }
        if !is_https(url) {
            self.report(Field::SourceUrl, Issue::NotHttps);
            return None;
        }
        match text_issue(url, URL_MAX) {
            Some(issue) => {
                self.report(Field::SourceUrl, issue);
                None
            }
            None => Some(url.to_string()),
        }
    }
}

/// `https://` and something after it, with no spaces.
pub(crate) fn is_https(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.chars().any(char::is_whitespace))
}

/// Each run of spaces and line breaks becomes one space, the ends trimmed. Text far longer
/// than `max` is cut first (keeping enough to be reported as too long), so a huge paste
/// costs no more than reading it once.
fn tidy(typed: &str, max: usize) -> String {
    let limit = max.saturating_mul(4).saturating_add(64);
    let cut = match typed.char_indices().nth(limit) {
        Some((at, _)) => &typed[..at],
        None => typed,
    };
    cut.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first thing wrong with tidied, non-blank text: length, control or invisible
/// characters, markup.
pub(crate) fn text_issue(text: &str, max: usize) -> Option<Issue> {
    if text.chars().count() > max {
        return Some(Issue::TooLong { max });
    }
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Some(Issue::ControlCharacter {
            code_point: u32::from(c),
        });
    }
    if let Some((_, c)) = find_ignorable(text) {
        return Some(Issue::Invisible {
            code_point: u32::from(c),
        });
    }
    html_tag(text).map(|tag| Issue::Markup { tag })
}

fn unknown(value: &str, known: &BTreeSet<&str>) -> Issue {
    Issue::Unknown {
        value: value.chars().take(40).collect(),
        suggestion: suggest(value, known.iter().copied()).map(str::to_string),
    }
}

fn term_ids(terms: &[crate::model::Term]) -> BTreeSet<&str> {
    terms.iter().map(|t| t.id.as_str()).collect()
}
