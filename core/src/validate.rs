//! Checks a data file beyond its JSON shape and reports every problem at once.
//! (Being written: see the contract below.)

use crate::model::Framework;

/// One thing wrong with the data: which item, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The item's id (`"S3-12"`, `"principle 4"`, `"vocabularies.sectors[3]"`), or `"file"`.
    pub item: String,
    /// The field, e.g. `"sectors[1]"`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.item, self.field, self.message)
    }
}

/// Why a data file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or JSON of the wrong shape (each problem names where).
    Invalid(Vec<Problem>),
}

/// Every problem in `framework`, empty when it is sound.
pub fn validate(framework: &Framework) -> Vec<Problem> {
    let _ = framework;
    Vec::new()
}

/// Parses and validates a data file: the one way the app and the tools read data.
pub fn load(json: &str) -> Result<Framework, LoadError> {
    let framework = Framework::from_json(json).map_err(|e| {
        LoadError::Invalid(vec![Problem { item: "file".into(), field: String::new(), message: e.to_string() }])
    })?;
    let problems = validate(&framework);
    if problems.is_empty() { Ok(framework) } else { Err(LoadError::Invalid(problems)) }
}
