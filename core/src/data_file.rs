//! A data file a person opens in the browser ("Your own data file"): its bytes checked by the
//! same validator as the shipped data ([`validate::load`], then [`validate::warnings`]), the
//! outcome summed up as a [`Report`] small enough to pass between a worker and the page.
//!
//! The bytes may be anything: empty, not UTF-8, not JSON, nested thousands of levels deep,
//! tens of megabytes, JSON of the wrong shape, or text with markup. Each gives its own
//! outcome, never a panic: serde_json's recursion limit (128 levels) stops deep nesting
//! before it can exhaust the stack, and [`MAX_BYTES`] stops a file too big to hold.

use serde::{Deserialize, Serialize};

use crate::model::Framework;
use crate::validate::{self, Problem};

/// The largest file checked at all: 64 MiB, in bytes. Checking holds the file, its JSON
/// tree and the typed data at once (about ten times the file's size), which a bigger file
/// would push past what a phone's browser gives a page. The shipped file is about 0.2 MB; a
/// copy with every profile repeated a hundred times (`mflm-data scale 100`) about 12 MB.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// How many problems (or warnings) a [`Report`] lists; it still counts them all. A file
/// with a mistake repeated in every one of 100,000 profiles would otherwise make a list
/// nobody reads and a page too long to draw.
pub const MAX_LISTED: usize = 500;

/// What checking a data file found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Report {
    /// The file has no content (no bytes, or only white space).
    Empty,
    /// The file is bigger than the `limit` (in bytes) this check accepts.
    TooLarge { bytes: usize, limit: usize },
    /// The file is not UTF-8 text: its first `valid_up_to` bytes are, the next is not.
    NotUtf8 { valid_up_to: usize },
    /// The text is not JSON. `at` says where ("line 3, column 7"), `detail` what the parser
    /// expected there (in English, from serde_json).
    NotJson { at: String, detail: String },
    /// The JSON nests arrays or objects deeper than the parser follows (128 levels; the real
    /// file needs 6). `at` says where it gave up.
    TooDeep { at: String },
    /// JSON that is not a sound compilation: `total` problems, the first [`MAX_LISTED`] of
    /// them `listed`, each naming its item and field.
    Problems { total: usize, listed: Vec<Listed> },
    /// A sound compilation: what it holds, and things worth an editor's look that do not
    /// stop it from loading (invisible characters), `total_warnings` of them, the first
    /// [`MAX_LISTED`] listed.
    Valid {
        counts: Counts,
        total_warnings: usize,
        warnings: Vec<Listed>,
    },
}

/// One problem as a report carries it: the item (`"S3-12"`, `"principle 4"`, `"file"`),
/// the field inside it (`"sectors[1]"`), and what is wrong, in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub item: String,
    pub field: String,
    pub message: String,
}

impl From<&Problem> for Listed {
    fn from(problem: &Problem) -> Listed {
        Listed {
            item: problem.item.clone(),
            field: problem.field.clone(),
            message: problem.message.clone(),
        }
    }
}

/// How many items of each kind a sound file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub subdivisions: usize,
    pub principles: usize,
    pub guidelines: usize,
    pub instruments: usize,
    pub profiles: usize,
    pub countries: usize,
    pub sources: usize,
}

impl Counts {
    /// The counts of `framework`'s lists.
    pub fn of(framework: &Framework) -> Counts {
        Counts {
            subdivisions: framework.subdivisions.len(),
            principles: framework.principles.len(),
            guidelines: framework.guidelines.len(),
            instruments: framework.instruments.len(),
            profiles: framework.profiles.len(),
            countries: framework.vocabularies.countries.len(),
            sources: framework.sources.len(),
        }
    }

    /// The items the browse page searches and lists: principles, guidelines and profiles.
    pub fn searchable(&self) -> usize {
        self.principles + self.guidelines + self.profiles
    }
}

/// Checks a data file's `bytes`, refusing more than `limit` bytes (at most [`MAX_BYTES`]
/// is sensible), and returns the report with the data when it is sound. A UTF-8 byte-order
/// mark at the start (some editors write one) is skipped, as a JSON reader should.
pub fn check(bytes: &[u8], limit: usize) -> (Report, Option<Framework>) {
    if bytes.len() > limit {
        let report = Report::TooLarge {
            bytes: bytes.len(),
            limit,
        };
        return (report, None);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let report = Report::NotUtf8 {
                valid_up_to: error.valid_up_to(),
            };
            return (report, None);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return (Report::Empty, None);
    }
    match validate::load(text) {
        Ok(framework) => {
            let warnings = validate::warnings(&framework);
            let report = Report::Valid {
                counts: Counts::of(&framework),
                total_warnings: warnings.len(),
                warnings: warnings.iter().take(MAX_LISTED).map(Listed::from).collect(),
            };
            (report, Some(framework))
        }
        Err(error) => (from_problems(error.problems()), None),
    }
}

/// A failed load as a report: the one problem of text that is not JSON gets its own
/// outcome (it has no item or field to name), every other problem is listed.
fn from_problems(problems: &[Problem]) -> Report {
    if let [only] = problems {
        if only.item == "file" {
            if let Some(detail) = only.message.strip_prefix("not valid JSON: ") {
                if detail.starts_with("recursion limit exceeded") {
                    return Report::TooDeep {
                        at: only.field.clone(),
                    };
                }
                return Report::NotJson {
                    at: only.field.clone(),
                    detail: detail.to_string(),
                };
            }
        }
    }
    Report::Problems {
        total: problems.len(),
        listed: problems.iter().take(MAX_LISTED).map(Listed::from).collect(),
    }
}

impl Report {
    /// The report as JSON (what the worker sends the page). It cannot fail: every field is a
    /// string, a number or a list of them.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A report read back from [`Report::to_json`]'s text; `None` for anything else.
    pub fn from_json(json: &str) -> Option<Report> {
        serde_json::from_str(json).ok()
    }
}
