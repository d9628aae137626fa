//! The proposal file: what the form produces and the editors check with
//! `mflm-data check-proposal FILE`.
//!
//! ```json
//! {
//!   "format": "mflm-proposal",
//!   "version": 1,
//!   "submitted": "2026-11-30",
//!   "profile": { "id": "proposed-2026-11-30", "type": "practice", ... },
//!   "source": { "id": "proposed-2026-11-30-source", "title": { "en": "..." }, "citation": "...", "url": "https://..." },
//!   "contact": "..."
//! }
//! ```
//!
//! `profile` is a profile entry of `data/framework.json` and `source` an entry of its
//! `sources`, exactly as the data file holds them; their ids are provisional (the editors
//! choose the real ones), and the profile cites the proposed source. `contact` is optional.

use super::{is_https, text_issue, CONTACT_MAX, URL_MAX};
use crate::model::{Framework, Profile, SourceDocument};
use crate::validate::{is_date, validate, warnings, Problem};
use serde::{Deserialize, Serialize};

/// The `format` value that says a JSON file is a proposal.
pub const FORMAT: &str = "mflm-proposal";
/// The proposal file format's version. Bump it when a change is not additive.
pub const VERSION: u32 = 1;

/// A proposed practice, with the document it cites (see the module documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposalFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] for files this build writes.
    pub version: u32,
    /// The day the contributor made the file (`YYYY-MM-DD`).
    pub submitted: String,
    /// The proposed profile, with a provisional id, citing `source`.
    pub profile: Profile,
    /// The proposed source document, with a provisional id.
    pub source: SourceDocument,
    /// How the editors can reach the contributor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

impl ProposalFile {
    /// The file as pretty-printed JSON, ending with a line break.
    pub fn to_json(&self) -> String {
        // A struct of strings, numbers and lists always serialises.
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    /// The name to save it under: `mflm-proposal-2026-11-30.json`.
    pub fn file_name(&self) -> String {
        format!("mflm-proposal-{}.json", self.submitted)
    }

    /// A copy of `framework` with the proposed source and profile added at the end of their
    /// lists: what the data would be once the editors merge it as it is.
    pub fn merged_into(&self, framework: &Framework) -> Framework {
        let mut merged = framework.clone();
        merged.sources.push(self.source.clone());
        merged.profiles.push(self.profile.clone());
        merged
    }

    /// The profile entry and the source entry as an editor pastes them into
    /// `data/framework.json` (each pretty-printed).
    pub fn entries(&self) -> (String, String) {
        let profile: &Profile = &self.profile;
        (
            serde_json::to_string_pretty(profile).unwrap_or_default(),
            serde_json::to_string_pretty(&self.source).unwrap_or_default(),
        )
    }
}

/// Every problem the whole validator finds once `file`'s source and profile are added to
/// `framework` (which should itself be valid), invisible characters in them included; plus
/// the proposal's own rules: the profile cites the proposed source, and web addresses are
/// `https`. Empty when the proposal can be merged as it is.
pub fn addition_problems(framework: &Framework, file: &ProposalFile) -> Vec<Problem> {
    let merged = file.merged_into(framework);
    let mut problems = validate(&merged);
    let profile_path = format!("profiles[{}]", merged.profiles.len() - 1);
    let source_path = format!("sources[{}]", merged.sources.len() - 1);
    problems.extend(warnings(&merged).into_iter().filter(|warning| {
        warning.item.starts_with(&format!("{profile_path}."))
            || warning.item.starts_with(&format!("{source_path}."))
    }));
    if file.profile.source.document != file.source.id {
        problems.push(Problem {
            item: file.profile.id.clone(),
            field: "source.document".to_string(),
            message: format!(
                "cites {:?}, but the proposal's source is {:?}",
                file.profile.source.document, file.source.id
            ),
        });
    }
    for (item, field, url) in [
        (&source_path, "url", &file.source.url),
        (&file.profile.id, "source.url", &file.profile.source.url),
    ] {
        if let Some(url) = url {
            if !is_https(url) || url.chars().count() > URL_MAX {
                problems.push(Problem {
                    item: item.clone(),
                    field: field.to_string(),
                    message: format!("{url:?}: a proposal's web address must start with https://"),
                });
            }
        }
    }
    problems
}

/// Reads a proposal file and checks it against `framework` (the current, valid data): the
/// JSON's shape (unknown fields are errors), `format`, `version`, the date, the contact line
/// and [`addition_problems`]. Problems name the item as the validator does (the profile's
/// provisional id, `sources[N]` for the proposed source) or `proposal`.
pub fn check_file(framework: &Framework, json: &str) -> Result<ProposalFile, Vec<Problem>> {
    let file: ProposalFile = serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            item: "proposal".to_string(),
            field: format!("line {}, column {}", e.line(), e.column()),
            message: format!("not a proposal file: {e}"),
        }]
    })?;
    let mut problems = Vec::new();
    let mut report = |field: &str, message: String| {
        problems.push(Problem {
            item: "proposal".to_string(),
            field: field.to_string(),
            message,
        });
    };
    if file.format != FORMAT {
        report("format", format!("{:?} is not {FORMAT:?}", file.format));
    }
    if file.version != VERSION {
        report(
            "version",
            format!(
                "version {} is not one this tool reads ({VERSION})",
                file.version
            ),
        );
    }
    if !is_date(&file.submitted) {
        report(
            "submitted",
            format!("{:?} is not a date like \"2026-11-30\"", file.submitted),
        );
    }
    if let Some(contact) = &file.contact {
        let issue = if contact.trim().is_empty() {
            Some("blank".to_string())
        } else {
            text_issue(contact, CONTACT_MAX).map(|issue| issue.to_string())
        };
        if let Some(issue) = issue {
            report("contact", issue);
        }
    }
    problems.extend(addition_problems(framework, &file));
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}
