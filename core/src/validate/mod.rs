//! Reads a data file and reports every problem in it at once, each naming the item, the field
//! and what is wrong, so one run lists everything there is to fix.
//!
//! [`load`] works in three passes and stops after the first that finds anything:
//! 1. **syntax**: text that is not JSON gives one problem with its line and column;
//! 2. **shape**: the JSON is walked against the field lists kept in `shape.rs` (`FRAMEWORK` and
//!    the lists it points to) to report every unknown field (with a "did you mean"), missing
//!    required field, wrong type, unknown enum value and repeated key, plus a wrong
//!    `schema_version`. serde alone would stop at the first of these;
//! 3. **meaning** ([`validate`]): duplicate ids, references that point at nothing, blank or
//!    malformed text, vocabulary misuse, implausible years.
//!
//! Items are named the way a person editing the file looks for them: a profile, guideline or
//! instrument by its id, `principle 4`, `subdivision IV`, `vocabularies.sectors[3]`,
//! `sources[2]`, `meta`, or `file` for the top level. Fields are paths inside the item:
//! `sectors[1]`, `actors[0].type`, `title.en`.
//!
//! Completeness (nine sub-divisions, fifteen principles, enough profiles) is not checked here,
//! so small test fixtures are valid; `tests/shipped_data.rs` checks it for the shipped file.
//!
//! One file per concern: `shape.rs` (the field lists and the walk against them, with
//! `repeated_keys.rs` for keys a JSON parser would silently drop), `items.rs` (each list's own
//! rules), `references.rs` (ids and what points at them), `text.rs` (blank text, markup,
//! language tags), `naming.rs` (how a problem names its item and field), `suggest.rs` ("did
//! you mean"). `tests.rs` checks the shape lists against the model.

mod crosswalk;
mod items;
mod naming;
mod references;
mod repeated_keys;
mod shape;
mod suggest;
#[cfg(test)]
mod tests;
mod text;
mod warnings;

pub use crosswalk::GCM_OBJECTIVE_NUMBERS;
pub use warnings::warnings;

// The rules single strings must keep, shared with the proposal form's checks
// (`crate::proposal`), so a proposal is held to exactly what the validator holds the data to.
pub(crate) use items::is_date;
pub(crate) use suggest::suggest;
pub(crate) use text::html_tag;

use crate::model::{Framework, SCHEMA_VERSION};
use serde_json::Value;
use shape::{check_shape, schema_version_problem, serde_fallback};
use std::collections::BTreeSet;
use std::fmt;

/// One thing wrong with the data: which item, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The item's id (`"S3-12"`, `"principle 4"`, `"vocabularies.sectors[3]"`), or `"file"`.
    pub item: String,
    /// The field, e.g. `"sectors[1]"`.
    pub field: String,
    pub message: String,
}

impl Problem {
    pub(crate) fn new(
        item: impl Into<String>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            item: item.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.item, self.field, self.message)
    }
}

/// Why a data file could not be used: not JSON, JSON of the wrong shape, or data that does not
/// hold together. Every problem found is listed, each naming its item and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Every problem found, in file order as far as possible; never empty.
    pub problems: Vec<Problem>,
}

impl LoadError {
    fn new(problems: Vec<Problem>) -> Self {
        LoadError { problems }
    }

    /// Every problem found, in file order as far as possible.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for LoadError {
    /// One problem per line, after a line that counts them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problems = self.problems();
        let noun = if problems.len() == 1 {
            "problem"
        } else {
            "problems"
        };
        write!(f, "{} {noun} in the data file:", problems.len())?;
        for problem in problems {
            write!(f, "\n{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Parses and validates a data file: the one way the app and the tools read data.
pub fn load(json: &str) -> Result<Framework, LoadError> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| LoadError::new(vec![not_json(&e)]))?;
    let problems = check_shape(json, &value);
    if !problems.is_empty() {
        return Err(LoadError::new(problems));
    }
    let framework =
        Framework::from_json(json).map_err(|e| LoadError::new(serde_fallback(&value, &e)))?;
    let problems = validate(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::new(problems))
    }
}

/// Every key repeated within one object of any JSON text (a translation file, say), where a
/// parser would keep only the last and drop the first without a word. One problem per repeat:
/// `item` is `file`, `field` the repeated key's path (`profiles.DB-005`), so an editor finds
/// it. Text that is not JSON gives no problem here (the parser reports that). The data file
/// itself gets this check inside [`load`].
pub fn repeated_keys_in(json: &str) -> Vec<Problem> {
    repeated_keys::repeated_keys(json)
        .into_iter()
        .map(|(mut path, key)| {
            path.push(naming::Step::Key(key));
            Problem::new(
                "file",
                naming::field_path(&path),
                "this key appears more than once; keep one",
            )
        })
        .collect()
}

/// How the app reads its data: serde alone checks the file's shape (reporting the first
/// problem with its line and column), then every reference and vocabulary check runs.
/// [`load`]'s full shape walk, which names every shape problem at once, is for the tools,
/// `cargo test` (which check every file before it ships) and a user's own data file (checked
/// in a worker, see `data_file`); the start-up's own check of the shipped file skips it: it
/// costs about five times the typed parse.
pub fn load_for_app(json: &str) -> Result<Framework, LoadError> {
    let framework = Framework::from_json(json).map_err(|e| {
        let problem = if e.is_data() {
            Problem::new(
                "file",
                format!("line {}, column {}", e.line(), e.column()),
                format!("not in the expected shape: {}", without_position(&e)),
            )
        } else {
            not_json(&e)
        };
        LoadError::new(vec![problem])
    })?;
    let problems = validate(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::new(problems))
    }
}

fn not_json(error: &serde_json::Error) -> Problem {
    Problem::new(
        "file",
        format!("line {}, column {}", error.line(), error.column()),
        format!("not valid JSON: {}", without_position(error)),
    )
}

/// serde_json's message without its " at line L column C" suffix (the field says where).
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    message
        .strip_suffix(&suffix)
        .unwrap_or(&message)
        .to_string()
}

// ------------------------------------------------------------------------------------------
// The meaning of the data.
// ------------------------------------------------------------------------------------------

/// The Framework has principles 1 to 15.
const PRINCIPLE_NUMBERS_RANGE: std::ops::RangeInclusive<u8> = 1..=15;
/// The ILO's first conventions date from 1919; Annex I predates the 2006 publication.
const INSTRUMENT_YEARS: std::ops::RangeInclusive<u16> = 1919..=2006;
/// The Framework's sub-divisions.
const SUBDIVISION_IDS: [&str; 9] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/// Every problem in `framework`, empty when it is sound.
///
/// Checks ids (unique in their list, URL-safe), references (to principles, guidelines,
/// instruments, sources and vocabulary terms), text (English present and not blank, language
/// tags well formed, no HTML), the sub-division/principle mapping both ways, guideline numbers
/// and instrument years. It does not check completeness, so a small fixture can be valid.
pub fn validate(framework: &Framework) -> Vec<Problem> {
    let known = Known::new(framework);
    let mut check = Checker {
        framework,
        known: &known,
        problems: Vec::new(),
        suggestion_budget: SUGGESTION_BUDGET,
    };
    if framework.schema_version != SCHEMA_VERSION {
        check
            .problems
            .push(schema_version_problem(u64::from(framework.schema_version)));
    }
    check.meta();
    check.vocabularies();
    check.sources();
    check.subdivisions();
    check.principles();
    check.guidelines();
    check.instruments();
    check.profiles();
    check.gcm_objectives();
    check.sdg_targets();
    check.crosswalk();
    check.problems
}

/// The ids each kind of reference may point at.
struct Known<'a> {
    regions: BTreeSet<&'a str>,
    sectors: BTreeSet<&'a str>,
    actor_types: BTreeSet<&'a str>,
    profile_kinds: BTreeSet<&'a str>,
    instrument_types: BTreeSet<&'a str>,
    countries: BTreeSet<&'a str>,
    sources: BTreeSet<&'a str>,
    subdivisions: BTreeSet<&'a str>,
    principles: BTreeSet<u8>,
    guidelines: BTreeSet<&'a str>,
    instruments: BTreeSet<&'a str>,
}

struct Checker<'a> {
    framework: &'a Framework,
    known: &'a Known<'a>,
    problems: Vec<Problem>,
    /// How many more ids a "did you mean" for a dangling reference may still compare (see
    /// [`SUGGESTION_BUDGET`]).
    suggestion_budget: usize,
}

/// How many known ids the "did you mean" of dangling references may compare in all, per
/// file. Each look-up compares the wrong id with every id it could have meant, so a file of
/// many dangling references to long lists would otherwise cost their product (100,000
/// unknown guideline references took 20 s). A file with a thousand typos stays within it;
/// past it, the remaining references are still reported, without a suggestion.
const SUGGESTION_BUDGET: usize = 100_000;

fn ids<'a, T>(entries: &'a [T], id: impl Fn(&'a T) -> &'a str) -> BTreeSet<&'a str> {
    entries.iter().map(id).collect()
}

impl<'a> Known<'a> {
    fn new(framework: &'a Framework) -> Self {
        let vocabularies = &framework.vocabularies;
        Known {
            regions: ids(&vocabularies.regions, |t| &t.id),
            sectors: ids(&vocabularies.sectors, |t| &t.id),
            actor_types: ids(&vocabularies.actor_types, |t| &t.id),
            profile_kinds: ids(&vocabularies.profile_kinds, |t| &t.id),
            instrument_types: ids(&vocabularies.instrument_types, |t| &t.id),
            countries: ids(&vocabularies.countries, |c| &c.id),
            sources: ids(&framework.sources, |s| &s.id),
            subdivisions: ids(&framework.subdivisions, |s| &s.id),
            principles: framework.principles.iter().map(|p| p.number).collect(),
            guidelines: ids(&framework.guidelines, |g| &g.id),
            instruments: ids(&framework.instruments, |i| &i.id),
        }
    }
}

impl<'a> Checker<'a> {
    fn report(&mut self, item: &str, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(item, field, message));
    }
}
