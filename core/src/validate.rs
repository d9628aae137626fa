//! Reads a data file and reports every problem in it at once, each naming the item, the field
//! and what is wrong, so one run lists everything there is to fix.
//!
//! [`load`] works in three passes and stops after the first that finds anything:
//! 1. **syntax**: text that is not JSON gives one problem with its line and column;
//! 2. **shape**: the JSON is walked against the field lists kept in this file (`FRAMEWORK` and
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

use crate::model::{Citation, Framework, GuidelineBasis, Text, SCHEMA_VERSION};
use rustc_hash::FxHashMap;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
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
    fn new(item: impl Into<String>, field: impl Into<String>, message: impl Into<String>) -> Self {
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

/// Why a data file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or JSON of the wrong shape, or data that does not hold together
    /// (each problem names where).
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// Every problem found, in file order as far as possible.
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid(problems) => problems,
        }
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
        serde_json::from_str(json).map_err(|e| LoadError::Invalid(vec![not_json(&e)]))?;
    let problems = check_shape(json, &value);
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    let framework =
        Framework::from_json(json).map_err(|e| LoadError::Invalid(serde_fallback(&value, &e)))?;
    let problems = validate(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// How the app reads its data: serde alone checks the file's shape (reporting the first
/// problem with its line and column), then every reference and vocabulary check runs.
/// [`load`]'s full shape walk, which names every shape problem at once, stays in the tools
/// and in `cargo test`, which check every file before it ships; leaving it out of the app
/// keeps the WebAssembly download smaller.
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
        LoadError::Invalid(vec![problem])
    })?;
    let problems = validate(&framework);
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::Invalid(problems))
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
// The shape of the file: the one place that lists which fields each object may have.
// A unit test below serialises a fully populated `Framework` and checks these lists against
// what serde writes and accepts, so they cannot drift from `model.rs`.
// ------------------------------------------------------------------------------------------

/// What a JSON value must look like.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Str,
    /// A whole number from 0 to the given maximum.
    Whole(u64),
    /// A [`Text`]: an object from language tag to string.
    Text,
    /// One of a fixed set of strings (a serde enum).
    OneOf(&'static [&'static str]),
    List(&'static Shape),
    Object(&'static [Field]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    Required,
    /// May be absent or `null` (an `Option`).
    Optional,
    /// May be absent but not `null` (a list with `#[serde(default)]`).
    Defaulted,
}

#[derive(Debug, Clone, Copy)]
struct Field {
    name: &'static str,
    shape: Shape,
    presence: Presence,
}

const fn required(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Required,
    }
}

const fn optional(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Optional,
    }
}

const fn defaulted(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Defaulted,
    }
}

const CONFIDENCE: Shape = Shape::OneOf(&["high", "medium", "low"]);
const GUIDELINE_BASIS: Shape = Shape::OneOf(&["framework", "summary"]);
const PROFILE_TYPE: Shape = Shape::OneOf(&["practice", "activity"]);
const ANNEX_II_STATUS: Shape =
    Shape::OneOf(&["confirmed", "likely-unconfirmed", "not-established"]);
const LINK_BASIS: Shape = Shape::OneOf(&["database-tags", "database-themes", "compiler"]);

const STRINGS: Shape = Shape::List(&Shape::Str);
const TEXTS: Shape = Shape::List(&Shape::Text);
const PRINCIPLE_NUMBER: Shape = Shape::Whole(u8::MAX as u64);
const PRINCIPLE_NUMBERS: Shape = Shape::List(&PRINCIPLE_NUMBER);
const YEAR: Shape = Shape::Whole(u16::MAX as u64);

const CITATION: &[Field] = &[
    required("document", Shape::Str),
    required("locator", Shape::Str),
    optional("url", Shape::Str),
];
const SOURCE: Shape = Shape::Object(CITATION);

const META: &[Field] = &[
    required("title", Shape::Text),
    required("publisher", Shape::Str),
    required("year_adopted", YEAR),
    required("year_published", YEAR),
    required("isbn", STRINGS),
    required("compiled", Shape::Str),
    required("about", Shape::Text),
    required("limitations", TEXTS),
    required("source", SOURCE),
];

const TERM: &[Field] = &[required("id", Shape::Str), required("label", Shape::Text)];
const TERMS: Shape = Shape::List(&Shape::Object(TERM));

const COUNTRY: &[Field] = &[
    required("id", Shape::Str),
    required("label", Shape::Text),
    required("region", Shape::Str),
];

const VOCABULARIES: &[Field] = &[
    required("regions", TERMS),
    required("sectors", TERMS),
    required("actor_types", TERMS),
    required("profile_kinds", TERMS),
    required("instrument_types", TERMS),
    required("countries", Shape::List(&Shape::Object(COUNTRY))),
];

const SOURCE_DOCUMENT: &[Field] = &[
    required("id", Shape::Str),
    required("title", Shape::Text),
    required("citation", Shape::Str),
    optional("url", Shape::Str),
];

const SUBDIVISION: &[Field] = &[
    required("id", Shape::Str),
    required("title", Shape::Text),
    required("principles", PRINCIPLE_NUMBERS),
    required("title_confidence", CONFIDENCE),
    required("principles_confidence", CONFIDENCE),
    required("source", SOURCE),
];

const PRINCIPLE: &[Field] = &[
    required("number", PRINCIPLE_NUMBER),
    required("subdivision", Shape::Str),
    required("title", Shape::Text),
    required("summary", Shape::Text),
    required("confidence", CONFIDENCE),
    defaulted("parts", STRINGS),
    optional("note", Shape::Text),
    required("source", SOURCE),
];

const GUIDELINE: &[Field] = &[
    required("id", Shape::Str),
    required("principle", PRINCIPLE_NUMBER),
    optional("number", Shape::Str),
    required("basis", GUIDELINE_BASIS),
    required("text", Shape::Text),
    required("source", SOURCE),
];

const INSTRUMENT: &[Field] = &[
    required("id", Shape::Str),
    required("name", Shape::Str),
    optional("short_name", Shape::Str),
    required("type", Shape::Str),
    required("year", YEAR),
    optional("category", Shape::Text),
    required("annex_i", CONFIDENCE),
    required("basis", Shape::Text),
    defaulted("principles", PRINCIPLE_NUMBERS),
    required("source", SOURCE),
];

const ACTOR: &[Field] = &[required("type", Shape::Str), optional("name", Shape::Str)];

const CERTAINTY: &[Field] = &[
    required("details", CONFIDENCE),
    required("principle_links", LINK_BASIS),
    required("annex_ii", ANNEX_II_STATUS),
    optional("note", Shape::Text),
];

const PROFILE: &[Field] = &[
    required("id", Shape::Str),
    required("type", PROFILE_TYPE),
    required("kind", Shape::Str),
    required("title", Shape::Text),
    required("summary", Shape::Text),
    optional("why_good", Shape::Text),
    defaulted("countries", STRINGS),
    defaulted("areas", STRINGS),
    required("regions", STRINGS),
    required("sectors", STRINGS),
    required("period", Shape::Str),
    required("actors", Shape::List(&Shape::Object(ACTOR))),
    required("principles", PRINCIPLE_NUMBERS),
    defaulted("guidelines", STRINGS),
    defaulted("instruments", STRINGS),
    defaulted("tags", STRINGS),
    required("certainty", Shape::Object(CERTAINTY)),
    required("source", SOURCE),
];

/// The root: [`Framework`].
const FRAMEWORK: &[Field] = &[
    required("schema_version", Shape::Whole(u32::MAX as u64)),
    required("meta", Shape::Object(META)),
    required("vocabularies", Shape::Object(VOCABULARIES)),
    required("sources", Shape::List(&Shape::Object(SOURCE_DOCUMENT))),
    required("subdivisions", Shape::List(&Shape::Object(SUBDIVISION))),
    required("principles", Shape::List(&Shape::Object(PRINCIPLE))),
    required("guidelines", Shape::List(&Shape::Object(GUIDELINE))),
    required("instruments", Shape::List(&Shape::Object(INSTRUMENT))),
    required("profiles", Shape::List(&Shape::Object(PROFILE))),
];

/// One step of a path into the JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// `actors[0].type` for the steps `actors`, `0`, `type`.
fn field_path(steps: &[Step]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Step::Index(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The top-level lists whose entries are items of their own.
const ITEM_LISTS: [&str; 6] = [
    "sources",
    "subdivisions",
    "principles",
    "guidelines",
    "instruments",
    "profiles",
];

/// How a person finds entry `index` of the top-level list `list`: by id where it has one.
fn item_name(list: &str, index: usize, entry: &Value) -> String {
    let id = entry.get("id").and_then(Value::as_str).unwrap_or("");
    match list {
        "principles" => match entry.get("number").and_then(Value::as_u64) {
            Some(number) => format!("principle {number}"),
            None => format!("principles[{index}]"),
        },
        "subdivisions" => named_subdivision(id, index),
        "sources" => format!("sources[{index}]"),
        _ => named(id, list, index),
    }
}

/// An item named by its id, or by its place in `list` when the id is blank.
fn named(id: &str, list: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("{list}[{index}]")
    } else {
        id.to_string()
    }
}

fn named_subdivision(id: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("subdivisions[{index}]")
    } else {
        format!("subdivision {id}")
    }
}

/// Splits a path from the root into the item it is in and the field inside that item.
fn locate(root: &Value, path: &[Step]) -> (String, String) {
    match path {
        [Step::Key(list), Step::Index(index), rest @ ..] if ITEM_LISTS.contains(&list.as_str()) => {
            (
                item_name(list, *index, &root[list][*index]),
                field_path(rest),
            )
        }
        [Step::Key(top), Step::Key(list), Step::Index(index), rest @ ..]
            if top == "vocabularies" =>
        {
            (format!("vocabularies.{list}[{index}]"), field_path(rest))
        }
        [Step::Key(top), rest @ ..]
            if (top == "meta" || top == "vocabularies") && !rest.is_empty() =>
        {
            (top.clone(), field_path(rest))
        }
        _ => ("file".to_string(), field_path(path)),
    }
}

/// Every shape problem in the parsed `value` of `json`, plus a wrong schema version.
fn check_shape(json: &str, value: &Value) -> Vec<Problem> {
    let mut walk = ShapeWalk {
        root: value,
        problems: Vec::new(),
    };
    for (mut path, key) in repeated_keys(json) {
        path.push(Step::Key(key));
        walk.report(
            &path,
            "this key appears more than once; keep one".to_string(),
        );
    }
    walk.object(&mut Vec::new(), value, FRAMEWORK);
    if let Some(version) = value.get("schema_version").and_then(Value::as_u64) {
        if version != u64::from(SCHEMA_VERSION) {
            walk.problems.push(schema_version_problem(version));
        }
    }
    walk.problems
}

fn schema_version_problem(version: u64) -> Problem {
    Problem::new(
        "file",
        "schema_version",
        format!(
            "the file is schema version {version}, but this build reads version \
             {SCHEMA_VERSION}; convert the file or use a matching build"
        ),
    )
}

struct ShapeWalk<'a> {
    root: &'a Value,
    problems: Vec<Problem>,
}

impl ShapeWalk<'_> {
    fn report(&mut self, path: &[Step], message: String) {
        let (item, field) = locate(self.root, path);
        self.problems.push(Problem::new(item, field, message));
    }

    fn value(&mut self, path: &mut Vec<Step>, value: &Value, shape: Shape) {
        match shape {
            Shape::Str => {
                if !value.is_string() {
                    self.report(path, expected("a string", value));
                }
            }
            Shape::Whole(max) => {
                if value.as_u64().is_none_or(|n| n > max) {
                    self.report(
                        path,
                        expected(&format!("a whole number from 0 to {max}"), value),
                    );
                }
            }
            Shape::Text => self.text(path, value),
            Shape::OneOf(allowed) => match value.as_str() {
                Some(found) if allowed.contains(&found) => {}
                Some(found) => {
                    let message = match suggest(found, allowed.iter().copied()) {
                        Some(close) => format!("unknown value {found:?}; did you mean {close:?}?"),
                        None => format!("unknown value {found:?}; expected {}", one_of(allowed)),
                    };
                    self.report(path, message);
                }
                None => self.report(path, expected(&one_of(allowed), value)),
            },
            Shape::List(inner) => match value.as_array() {
                Some(entries) => {
                    for (index, entry) in entries.iter().enumerate() {
                        path.push(Step::Index(index));
                        self.value(path, entry, *inner);
                        path.pop();
                    }
                }
                None => self.report(path, expected("a list", value)),
            },
            Shape::Object(fields) => self.object(path, value, fields),
        }
    }

    fn text(&mut self, path: &mut Vec<Step>, value: &Value) {
        let Some(languages) = value.as_object() else {
            let wanted = "text: an object from language to text, like {\"en\": \"...\"}";
            self.report(path, expected(wanted, value));
            return;
        };
        for (language, text) in languages {
            if !text.is_string() {
                path.push(Step::Key(language.clone()));
                self.report(path, expected("a string", text));
                path.pop();
            }
        }
    }

    fn object(&mut self, path: &mut Vec<Step>, value: &Value, fields: &[Field]) {
        let Some(object) = value.as_object() else {
            self.report(path, expected("an object", value));
            return;
        };
        for key in object.keys() {
            if fields.iter().all(|field| field.name != key) {
                path.push(Step::Key(key.clone()));
                self.report(path, unknown_field(key, fields));
                path.pop();
            }
        }
        for field in fields {
            path.push(Step::Key(field.name.to_string()));
            match (object.get(field.name), field.presence) {
                (None, Presence::Required) => {
                    self.report(path, "missing required field".to_string());
                }
                (None, _) | (Some(Value::Null), Presence::Optional) => {}
                (Some(value), _) => self.value(path, value, field.shape),
            }
            path.pop();
        }
    }
}

fn unknown_field(key: &str, fields: &[Field]) -> String {
    let names = fields.iter().map(|field| field.name);
    match suggest(key, names.clone()) {
        Some(close) => format!("unknown field; did you mean {close:?}?"),
        None => {
            let names: Vec<&str> = names.collect();
            format!("unknown field; the fields here are {}", names.join(", "))
        }
    }
}

fn one_of(allowed: &[&str]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|value| format!("{value:?}")).collect();
    format!("one of {}", quoted.join(", "))
}

fn expected(wanted: &str, found: &Value) -> String {
    format!("expected {wanted}, found {}", describe(found))
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            let start: String = s.chars().take(40).collect();
            format!("the string {:?}", format!("{start}..."))
        }
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

/// The candidate closest to `wrong`, if it is close enough to be a likely typo.
fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(wrong, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`,
/// ignoring case.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    // d[i][j]: distance between the first i chars of a and the first j chars of b.
    let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Every object key that appears twice in the same object, with the path of that object.
/// Parsed into a [`Value`], the later one would silently win.
fn repeated_keys(json: &str) -> Vec<(Vec<Step>, String)> {
    let found = RefCell::new(Vec::new());
    let mut deserializer = serde_json::Deserializer::from_str(json);
    // The text already parsed as JSON, so this walk cannot fail; were it to, it would just
    // report fewer repeats.
    let _ = KeyWalk {
        path: Vec::new(),
        found: &found,
    }
    .deserialize(&mut deserializer);
    found.into_inner()
}

struct KeyWalk<'f> {
    path: Vec<Step>,
    found: &'f RefCell<Vec<(Vec<Step>, String)>>,
}

impl KeyWalk<'_> {
    fn child(&self, step: Step) -> Self {
        let mut path = self.path.clone();
        path.push(step);
        KeyWalk {
            path,
            found: self.found,
        }
    }
}

impl<'de> DeserializeSeed<'de> for KeyWalk<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyWalk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                self.found
                    .borrow_mut()
                    .push((self.path.clone(), key.clone()));
            }
            map.next_value_seed(self.child(Step::Key(key)))?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(self.child(Step::Index(index)))?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// When the shape walk found nothing but serde still refused the file: serde's message, on
/// the items serde refuses one by one where it can tell, else on the file.
fn serde_fallback(value: &Value, error: &serde_json::Error) -> Vec<Problem> {
    use crate::model::{Guideline, Instrument, Principle, Profile, SourceDocument, Subdivision};

    fn refused<T: serde::de::DeserializeOwned>(entry: &Value) -> Option<String> {
        serde_json::from_value::<T>(entry.clone())
            .err()
            .map(|e| e.to_string())
    }

    let mut problems = Vec::new();
    for list in ITEM_LISTS {
        let entries = value
            .get(list)
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        for (index, entry) in entries.iter().enumerate() {
            let message = match list {
                "sources" => refused::<SourceDocument>(entry),
                "subdivisions" => refused::<Subdivision>(entry),
                "principles" => refused::<Principle>(entry),
                "guidelines" => refused::<Guideline>(entry),
                "instruments" => refused::<Instrument>(entry),
                _ => refused::<Profile>(entry),
            };
            if let Some(message) = message {
                problems.push(Problem::new(item_name(list, index, entry), "", message));
            }
        }
    }
    if problems.is_empty() {
        problems.push(Problem::new(
            "file",
            format!("line {}, column {}", error.line(), error.column()),
            without_position(error),
        ));
    }
    problems
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
}

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

    // ---- the items ----

    fn meta(&mut self) {
        let meta = &self.framework.meta;
        let item = "meta";
        self.text(item, "title", &meta.title);
        self.plain(item, "publisher", &meta.publisher);
        if meta.year_published < meta.year_adopted {
            self.report(
                item,
                "year_published",
                format!(
                    "published in {} but adopted in {}: publication cannot come first",
                    meta.year_published, meta.year_adopted
                ),
            );
        }
        for (index, isbn) in meta.isbn.iter().enumerate() {
            self.plain(item, format!("isbn[{index}]"), isbn);
        }
        if !is_date(&meta.compiled) {
            self.report(
                item,
                "compiled",
                format!(
                    "{:?} is not a date like \"2026-11-25\" (YYYY-MM-DD)",
                    meta.compiled
                ),
            );
        }
        self.text(item, "about", &meta.about);
        for (index, limitation) in meta.limitations.iter().enumerate() {
            self.text(item, &format!("limitations[{index}]"), limitation);
        }
        self.citation(item, &meta.source);
    }

    fn vocabularies(&mut self) {
        let vocabularies = &self.framework.vocabularies;
        let lists = [
            ("regions", &vocabularies.regions),
            ("sectors", &vocabularies.sectors),
            ("actor_types", &vocabularies.actor_types),
            ("profile_kinds", &vocabularies.profile_kinds),
            ("instrument_types", &vocabularies.instrument_types),
        ];
        for (list, terms) in lists {
            let names: Vec<String> = (0..terms.len())
                .map(|index| format!("vocabularies.{list}[{index}]"))
                .collect();
            self.unique_ids(
                &format!("vocabularies.{list}"),
                &names,
                terms.iter().map(|t| t.id.as_str()),
            );
            for (term, item) in terms.iter().zip(&names) {
                self.id(item, &term.id);
                self.text(item, "label", &term.label);
            }
        }

        let countries = &vocabularies.countries;
        let names: Vec<String> = (0..countries.len())
            .map(|index| format!("vocabularies.countries[{index}]"))
            .collect();
        self.unique_ids(
            "vocabularies.countries",
            &names,
            countries.iter().map(|c| c.id.as_str()),
        );
        for (country, item) in countries.iter().zip(&names) {
            if !is_country_code(&country.id) {
                self.report(
                    item,
                    "id",
                    format!(
                        "{:?} is not an ISO 3166-1 alpha-3 code: three upper-case letters \
                         like \"PHL\"",
                        country.id
                    ),
                );
            }
            self.text(item, "label", &country.label);
            let known = self.known;
            self.reference(item, "region", &country.region, "region", &known.regions);
        }
    }

    fn sources(&mut self) {
        let sources = &self.framework.sources;
        let names: Vec<String> = (0..sources.len())
            .map(|i| format!("sources[{i}]"))
            .collect();
        self.unique_ids("sources", &names, sources.iter().map(|s| s.id.as_str()));
        for (source, item) in sources.iter().zip(&names) {
            self.id(item, &source.id);
            self.text(item, "title", &source.title);
            self.plain(item, "citation", &source.citation);
            if let Some(url) = &source.url {
                self.url(item, "url", url);
            }
        }
    }

    fn subdivisions(&mut self) {
        let subdivisions = &self.framework.subdivisions;
        let names: Vec<String> = subdivisions
            .iter()
            .enumerate()
            .map(|(index, s)| named_subdivision(&s.id, index))
            .collect();
        self.unique_ids(
            "subdivisions",
            &names,
            subdivisions.iter().map(|s| s.id.as_str()),
        );
        for (subdivision, item) in subdivisions.iter().zip(&names) {
            if !SUBDIVISION_IDS.contains(&subdivision.id.as_str()) {
                self.report(
                    item,
                    "id",
                    format!(
                        "{:?} is not a sub-division: they are numbered I to IX",
                        subdivision.id
                    ),
                );
            }
            self.text(item, "title", &subdivision.title);
            if subdivision.principles.is_empty() {
                self.report(item, "principles", "lists no principles");
            }
            self.no_repeats(item, "principles", &subdivision.principles);
            for (index, &number) in subdivision.principles.iter().enumerate() {
                self.principle_reference(item, &format!("principles[{index}]"), number);
            }
            self.citation(item, &subdivision.source);
        }
    }

    fn principles(&mut self) {
        let framework = self.framework;
        let names: Vec<String> = framework
            .principles
            .iter()
            .map(|p| format!("principle {}", p.number))
            .collect();
        // Named by number, so a repeat is reported with its place in the list.
        let mut first_at: BTreeMap<u8, usize> = BTreeMap::new();
        for (index, principle) in framework.principles.iter().enumerate() {
            if let Some(first) = first_at.insert(principle.number, index) {
                first_at.insert(principle.number, first);
                self.report(
                    &names[index],
                    "number",
                    format!(
                        "duplicate principle number {}: principles[{first}] has it too",
                        principle.number
                    ),
                );
            }
        }
        for (principle, item) in framework.principles.iter().zip(&names) {
            if !PRINCIPLE_NUMBERS_RANGE.contains(&principle.number) {
                self.report(
                    item,
                    "number",
                    "the Framework's principles are numbered 1 to 15",
                );
            }
            self.subdivision_mapping(item, principle.number, &principle.subdivision);
            self.text(item, "title", &principle.title);
            self.text(item, "summary", &principle.summary);
            self.no_repeats(item, "parts", &principle.parts);
            for (index, part) in principle.parts.iter().enumerate() {
                self.plain(item, format!("parts[{index}]"), part);
            }
            if let Some(note) = &principle.note {
                self.text(item, "note", note);
            }
            self.citation(item, &principle.source);
        }
    }

    /// A principle sits in exactly one sub-division, and its `subdivision` field names it.
    fn subdivision_mapping(&mut self, item: &str, number: u8, subdivision: &str) {
        let listed_by: Vec<&str> = self
            .framework
            .subdivisions
            .iter()
            .filter(|s| s.principles.contains(&number))
            .map(|s| s.id.as_str())
            .collect();
        let message = if !self.known.subdivisions.contains(subdivision) {
            let listed = match listed_by.as_slice() {
                [] => "no sub-division lists this principle".to_string(),
                ids => format!("sub-division {} lists this principle", ids.join(", ")),
            };
            format!("no sub-division has id {subdivision:?}; {listed}")
        } else {
            match listed_by.as_slice() {
                [] => format!(
                    "sub-division {subdivision} does not list principle {number} in its \
                     principles, and no other does"
                ),
                [only] if *only == subdivision => return,
                [only] => format!(
                    "says {subdivision:?}, but it is sub-division {only} that lists principle \
                     {number}"
                ),
                several => format!(
                    "principle {number} is listed by more than one sub-division: {}",
                    several.join(", ")
                ),
            }
        };
        self.report(item, "subdivision", message);
    }

    fn guidelines(&mut self) {
        let guidelines = &self.framework.guidelines;
        let names: Vec<String> = guidelines
            .iter()
            .enumerate()
            .map(|(index, g)| named(&g.id, "guidelines", index))
            .collect();
        self.unique_ids(
            "guidelines",
            &names,
            guidelines.iter().map(|g| g.id.as_str()),
        );
        let mut numbered: BTreeMap<&str, &str> = BTreeMap::new();
        for (guideline, item) in guidelines.iter().zip(&names) {
            self.id(item, &guideline.id);
            self.principle_reference(item, "principle", guideline.principle);
            match (guideline.basis, &guideline.number) {
                (GuidelineBasis::Framework, None) => self.report(
                    item,
                    "number",
                    "a guideline with basis \"framework\" needs its official number, like \"4.2\"",
                ),
                (GuidelineBasis::Framework, Some(number)) => {
                    self.guideline_number(item, number, guideline.principle);
                    if let Some(first) = numbered.insert(number, item) {
                        numbered.insert(number, first);
                        self.report(
                            item,
                            "number",
                            format!("guideline {first} has number {number:?} too"),
                        );
                    }
                }
                (GuidelineBasis::Summary, Some(_)) => self.report(
                    item,
                    "number",
                    "a guideline with basis \"summary\" is our wording, not the Framework's, so it \
                     must not carry an official number",
                ),
                (GuidelineBasis::Summary, None) => {}
            }
            self.text(item, "text", &guideline.text);
            self.citation(item, &guideline.source);
        }
    }

    /// An official number is `"<principle>.<n>"`, like `"4.2"` for principle 4.
    fn guideline_number(&mut self, item: &str, number: &str, principle: u8) {
        let parts = number.split_once('.');
        let well_formed = parts.is_some_and(|(p, n)| is_number(p) && is_number(n));
        match parts {
            Some((prefix, _)) if well_formed => {
                if prefix.parse::<u8>().ok() != Some(principle) {
                    self.report(
                        item,
                        "number",
                        format!(
                            "number {number:?} belongs to principle {prefix}, but the \
                             guideline's principle is {principle}"
                        ),
                    );
                }
            }
            _ => self.report(
                item,
                "number",
                format!("{number:?} is not a guideline number like \"{principle}.2\""),
            ),
        }
    }

    fn instruments(&mut self) {
        let instruments = &self.framework.instruments;
        let names: Vec<String> = instruments
            .iter()
            .enumerate()
            .map(|(index, i)| named(&i.id, "instruments", index))
            .collect();
        self.unique_ids(
            "instruments",
            &names,
            instruments.iter().map(|i| i.id.as_str()),
        );
        for (instrument, item) in instruments.iter().zip(&names) {
            self.id(item, &instrument.id);
            self.plain(item, "name", &instrument.name);
            if let Some(short_name) = &instrument.short_name {
                self.plain(item, "short_name", short_name);
            }
            let known = self.known;
            let instrument_type = &instrument.instrument_type;
            self.reference(
                item,
                "type",
                instrument_type,
                "instrument type",
                &known.instrument_types,
            );
            let year = instrument.year;
            if year < *INSTRUMENT_YEARS.start() {
                self.report(
                    item,
                    "year",
                    format!("{year} is before 1919, when the ILO adopted its first instruments"),
                );
            } else if year > *INSTRUMENT_YEARS.end() {
                self.report(
                    item,
                    "year",
                    format!(
                        "{year} is after 2006: Annex I lists instruments that predate the \
                         Framework's 2006 publication"
                    ),
                );
            }
            if let Some(category) = &instrument.category {
                self.text(item, "category", category);
            }
            self.text(item, "basis", &instrument.basis);
            self.no_repeats(item, "principles", &instrument.principles);
            for (index, &number) in instrument.principles.iter().enumerate() {
                self.principle_reference(item, &format!("principles[{index}]"), number);
            }
            self.citation(item, &instrument.source);
        }
    }

    fn profiles(&mut self) {
        let profiles = &self.framework.profiles;
        let names: Vec<String> = profiles
            .iter()
            .enumerate()
            .map(|(index, p)| named(&p.id, "profiles", index))
            .collect();
        self.unique_ids("profiles", &names, profiles.iter().map(|p| p.id.as_str()));
        for (profile, item) in profiles.iter().zip(&names) {
            let item = item.as_str();
            self.id(item, &profile.id);
            let known = self.known;
            self.reference(
                item,
                "kind",
                &profile.kind,
                "profile kind",
                &known.profile_kinds,
            );
            self.text(item, "title", &profile.title);
            self.text(item, "summary", &profile.summary);
            if let Some(why_good) = &profile.why_good {
                self.text(item, "why_good", why_good);
            }

            self.references(
                item,
                "countries",
                &profile.countries,
                "country",
                &known.countries,
            );
            for (index, area) in profile.areas.iter().enumerate() {
                self.plain_at(item, || format!("areas[{index}]"), area);
            }
            self.no_repeats(item, "areas", &profile.areas);
            if profile.regions.is_empty() {
                self.report(item, "regions", "no regions: a profile needs at least one");
            }
            self.references(item, "regions", &profile.regions, "region", &known.regions);
            if profile.sectors.is_empty() {
                self.report(
                    item,
                    "sectors",
                    "no sectors: a profile needs at least one (\"all-sectors\" for \
                     cross-sector work)",
                );
            }
            self.references(item, "sectors", &profile.sectors, "sector", &known.sectors);
            self.plain(item, "period", &profile.period);

            for (index, actor) in profile.actors.iter().enumerate() {
                let types = &known.actor_types;
                let field = || format!("actors[{index}].type");
                self.reference_at(item, field, &actor.actor_type, "actor type", types);
                if let Some(name) = &actor.name {
                    self.plain_at(item, || format!("actors[{index}].name"), name);
                }
            }
            self.no_repeats(item, "actors", &profile.actors);

            if profile.principles.is_empty() {
                self.report(
                    item,
                    "principles",
                    "no principles: a profile needs at least one",
                );
            }
            self.no_repeats(item, "principles", &profile.principles);
            for (index, &number) in profile.principles.iter().enumerate() {
                self.principle_reference(item, &format!("principles[{index}]"), number);
            }
            let (guidelines, instruments) = (&known.guidelines, &known.instruments);
            self.references(
                item,
                "guidelines",
                &profile.guidelines,
                "guideline",
                guidelines,
            );
            self.references(
                item,
                "instruments",
                &profile.instruments,
                "instrument",
                instruments,
            );
            for (index, tag) in profile.tags.iter().enumerate() {
                self.plain_at(item, || format!("tags[{index}]"), tag);
            }
            self.no_repeats(item, "tags", &profile.tags);
            if let Some(note) = &profile.certainty.note {
                self.text(item, "certainty.note", note);
            }
            self.citation(item, &profile.source);
        }
    }

    // ---- the checks items share ----

    /// Reports every entry whose id an earlier entry of the same list already has.
    /// `list` is the list's path, `names[i]` how entry `i` is named in problems.
    fn unique_ids<'i>(&mut self, list: &str, names: &[String], ids: impl Iterator<Item = &'i str>) {
        let mut first_at: FxHashMap<&str, usize> = FxHashMap::default();
        for (index, id) in ids.enumerate() {
            match first_at.get(id) {
                Some(&first) => {
                    let message = format!("duplicate id {id:?}: {list}[{first}] has it too");
                    self.report(&names[index], "id", message);
                }
                None => {
                    first_at.insert(id, index);
                }
            }
        }
    }

    /// Ids go into URLs, where `,` separates values: letters, digits, `.`, `_`, `-` only.
    fn id(&mut self, item: &str, id: &str) {
        if id.trim().is_empty() {
            self.report(item, "id", "blank id");
        } else if !is_url_safe_id(id) {
            self.report(
                item,
                "id",
                format!(
                    "{id:?} is not a usable id: ids go into links, so they may only contain \
                     letters, digits, '.', '_' and '-', and must start with a letter or digit"
                ),
            );
        }
    }

    /// `value` must be one of `known`; `what` names the kind of thing it should be.
    fn reference(
        &mut self,
        item: &str,
        field: &str,
        value: &str,
        what: &str,
        known: &BTreeSet<&str>,
    ) {
        self.reference_at(item, || field.to_string(), value, what, known);
    }

    /// [`Self::reference`] for a field whose name must be built: it is built only for a
    /// problem, so the common case allocates nothing.
    fn reference_at(
        &mut self,
        item: &str,
        field: impl FnOnce() -> String,
        value: &str,
        what: &str,
        known: &BTreeSet<&str>,
    ) {
        if known.contains(value) {
            return;
        }
        let message = match suggest(value, known.iter().copied()) {
            Some(close) => format!("no {what} has id {value:?}; did you mean {close:?}?"),
            None => format!("no {what} has id {value:?}"),
        };
        self.report(item, field(), message);
    }

    /// A list of references of one kind: each must exist, none may repeat.
    fn references(
        &mut self,
        item: &str,
        field: &str,
        values: &[String],
        what: &str,
        known: &BTreeSet<&str>,
    ) {
        for (index, value) in values.iter().enumerate() {
            self.reference_at(item, || format!("{field}[{index}]"), value, what, known);
        }
        self.no_repeats(item, field, values);
    }

    fn principle_reference(&mut self, item: &str, field: &str, number: u8) {
        if !PRINCIPLE_NUMBERS_RANGE.contains(&number) {
            self.report(
                item,
                field,
                format!("principle {number} does not exist: the Framework has principles 1 to 15"),
            );
        } else if !self.known.principles.contains(&number) {
            self.report(
                item,
                field,
                format!("principle {number} is not among the data's principles"),
            );
        }
    }

    /// Reports each entry of a list that repeats an earlier one.
    fn no_repeats<T: PartialEq + fmt::Debug>(&mut self, item: &str, field: &str, values: &[T]) {
        for (index, value) in values.iter().enumerate() {
            if let Some(first) = values[..index].iter().position(|v| v == value) {
                self.report(
                    item,
                    format!("{field}[{index}]"),
                    format!("{value:?} is listed twice (also {field}[{first}])"),
                );
            }
        }
    }

    fn citation(&mut self, item: &str, citation: &Citation) {
        let sources = &self.known.sources;
        self.reference(
            item,
            "source.document",
            &citation.document,
            "source",
            sources,
        );
        self.plain(item, "source.locator", &citation.locator);
        if let Some(url) = &citation.url {
            self.url(item, "source.url", url);
        }
    }

    fn url(&mut self, item: &str, field: &str, url: &str) {
        let web = url.starts_with("https://") || url.starts_with("http://");
        if !web || url.chars().any(char::is_whitespace) {
            self.report(
                item,
                field,
                format!("{url:?} is not a web address: links must start with https:// or http://"),
            );
        }
    }

    /// Text in several languages: English present, every entry non-blank plain text under a
    /// well-formed language tag.
    fn text(&mut self, item: &str, field: &str, text: &Text) {
        if !text.0.contains_key("en") {
            self.report(
                item,
                format!("{field}.en"),
                "missing: every text needs English (\"en\")",
            );
        }
        for (language, value) in &text.0 {
            let path = || format!("{field}.{language}");
            if !is_language_tag(language) {
                self.report(
                    item,
                    path(),
                    format!(
                        "{language:?} is not a BCP 47 language tag like \"en\", \"fr\" or \
                         \"zh-Hans\""
                    ),
                );
            }
            self.plain_at(item, path, value);
        }
    }

    /// A string shown to users: not blank, and not markup (the app renders text as text).
    fn plain(&mut self, item: &str, field: impl Into<String>, value: &str) {
        self.plain_at(item, || field.into(), value);
    }

    /// [`Self::plain`] for a field whose name must be built: it is built only for a problem,
    /// since a large file has hundreds of thousands of strings and almost never one.
    fn plain_at(&mut self, item: &str, field: impl FnOnce() -> String, value: &str) {
        if value.trim().is_empty() {
            self.report(item, field(), "blank");
        } else if let Some(tag) = html_tag(value) {
            self.report(
                item,
                field(),
                format!(
                    "contains what looks like an HTML tag ({tag:?}); the app shows text as it \
                     is, so write plain text"
                ),
            );
        }
    }
}

/// The start of the first `<` followed by a letter or `/`, as in `<p>` or `</b>`.
fn html_tag(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let start = bytes
        .windows(2)
        .position(|pair| pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || pair[1] == b'/'))?;
    Some(text[start..].chars().take(8).collect())
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// `^[A-Za-z0-9][A-Za-z0-9._-]*$`
fn is_url_safe_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn is_country_code(id: &str) -> bool {
    id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase())
}

/// `YYYY-MM-DD` with a month from 01 to 12 and a day from 01 to 31.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let in_range = |part: &str, len: usize, max: u32| {
        part.len() == len
            && is_number(part)
            && part.parse::<u32>().is_ok_and(|n| n >= 1 && n <= max)
    };
    in_range(year, 4, 9999) && in_range(month, 2, 12) && in_range(day, 2, 31)
}

/// A BCP 47 tag in its usual case: a 2–3 letter lower-case language, then optional subtags:
/// a script (`Hans`), a region (`BR`, `419`) or a variant (`valencia`, `1996`).
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or("");
    let is_language =
        (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_lowercase());
    is_language
        && subtags.all(|subtag| {
            let bytes = subtag.as_bytes();
            match bytes.len() {
                2 => bytes.iter().all(u8::is_ascii_uppercase),
                3 => bytes.iter().all(u8::is_ascii_digit),
                4 if bytes[0].is_ascii_digit() => bytes.iter().all(u8::is_ascii_alphanumeric),
                4 => bytes[0].is_ascii_uppercase() && bytes[1..].iter().all(u8::is_ascii_lowercase),
                5..=8 => bytes
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                _ => false,
            }
        })
}

#[cfg(test)]
mod tests {
    //! The field lists above must say what `model.rs` says. A fully populated `Framework`
    //! (every optional field set, every list non-empty) is serialised, and its keys compared
    //! with the lists; then each field is removed, or set to null, to check that serde and the
    //! lists agree on what is required.
    use super::*;
    use crate::model::*;

    fn citation() -> Citation {
        Citation {
            document: "src".into(),
            locator: "para 1".into(),
            url: Some("https://example.org".into()),
        }
    }

    fn term(id: &str) -> Term {
        Term {
            id: id.into(),
            label: Text::en(id),
        }
    }

    fn populated() -> Framework {
        Framework {
            schema_version: SCHEMA_VERSION,
            meta: Meta {
                title: Text::en("Title"),
                publisher: "ILO".into(),
                year_adopted: 2005,
                year_published: 2006,
                isbn: vec!["92-2-118997-1".into()],
                compiled: "2026-11-25".into(),
                about: Text::en("About"),
                limitations: vec![Text::en("Limit")],
                source: citation(),
            },
            vocabularies: Vocabularies {
                regions: vec![term("asia")],
                sectors: vec![term("all-sectors")],
                actor_types: vec![term("government")],
                profile_kinds: vec![term("programme")],
                instrument_types: vec![term("convention")],
                countries: vec![Country {
                    id: "PHL".into(),
                    label: Text::en("Philippines"),
                    region: "asia".into(),
                }],
            },
            sources: vec![SourceDocument {
                id: "src".into(),
                title: Text::en("Source"),
                citation: "ILO 2006".into(),
                url: Some("https://example.org".into()),
            }],
            subdivisions: vec![Subdivision {
                id: "I".into(),
                title: Text::en("Decent work"),
                principles: vec![1],
                title_confidence: Confidence::High,
                principles_confidence: Confidence::Medium,
                source: citation(),
            }],
            principles: vec![Principle {
                number: 1,
                subdivision: "I".into(),
                title: Text::en("One"),
                summary: Text::en("Summary"),
                confidence: Confidence::Low,
                parts: vec!["a".into()],
                note: Some(Text::en("Note")),
                source: citation(),
            }],
            guidelines: vec![Guideline {
                id: "g1.1".into(),
                principle: 1,
                number: Some("1.1".into()),
                basis: GuidelineBasis::Framework,
                text: Text::en("Guideline"),
                source: citation(),
            }],
            instruments: vec![Instrument {
                id: "C097".into(),
                name: "Migration for Employment Convention (Revised), 1949".into(),
                short_name: Some("Migration for Employment Convention".into()),
                instrument_type: "convention".into(),
                year: 1949,
                category: Some(Text::en("ILO")),
                annex_i: Confidence::High,
                basis: Text::en("Basis"),
                principles: vec![1],
                source: citation(),
            }],
            profiles: vec![Profile {
                id: "P-1".into(),
                profile_type: ProfileType::Practice,
                kind: "programme".into(),
                title: Text::en("Profile"),
                summary: Text::en("Summary"),
                why_good: Some(Text::en("Why")),
                countries: vec!["PHL".into()],
                areas: vec!["ASEAN".into()],
                regions: vec!["asia".into()],
                sectors: vec!["all-sectors".into()],
                period: "2005".into(),
                actors: vec![Actor {
                    actor_type: "government".into(),
                    name: Some("Ministry".into()),
                }],
                principles: vec![1],
                guidelines: vec!["g1.1".into()],
                instruments: vec!["C097".into()],
                tags: vec!["fees".into()],
                certainty: Certainty {
                    details: Confidence::High,
                    principle_links: LinkBasis::Compiler,
                    annex_ii: AnnexIiStatus::NotEstablished,
                    note: Some(Text::en("Note")),
                },
                source: citation(),
            }],
        }
    }

    /// A JSON pointer to an object, and one of the fields its list allows.
    struct FieldAt {
        pointer: String,
        field: Field,
    }

    /// Compares keys with the lists everywhere in `value`; collects every field it checked.
    fn compare(value: &Value, shape: Shape, pointer: &str, fields_seen: &mut Vec<FieldAt>) {
        match shape {
            Shape::Object(fields) => {
                let object = value.as_object().expect(pointer);
                let written: BTreeSet<&str> = object.keys().map(String::as_str).collect();
                let listed: BTreeSet<&str> = fields.iter().map(|f| f.name).collect();
                assert_eq!(written, listed, "fields of the object at {pointer:?}");
                for field in fields {
                    let child = format!("{pointer}/{}", field.name);
                    compare(&object[field.name], field.shape, &child, fields_seen);
                    fields_seen.push(FieldAt {
                        pointer: pointer.to_string(),
                        field: *field,
                    });
                }
            }
            Shape::List(inner) => {
                let entries = value.as_array().expect(pointer);
                assert!(!entries.is_empty(), "populate the list at {pointer:?}");
                for (index, entry) in entries.iter().enumerate() {
                    compare(entry, *inner, &format!("{pointer}/{index}"), fields_seen);
                }
            }
            Shape::OneOf(allowed) => {
                assert!(
                    allowed.contains(&value.as_str().expect(pointer)),
                    "{pointer}"
                );
            }
            Shape::Str => assert!(value.is_string(), "{pointer}"),
            Shape::Whole(_) => assert!(value.is_u64(), "{pointer}"),
            Shape::Text => assert!(value.is_object(), "{pointer}"),
        }
    }

    #[test]
    fn field_lists_match_what_serde_writes() {
        let value = serde_json::to_value(populated()).unwrap();
        compare(&value, Shape::Object(FRAMEWORK), "", &mut Vec::new());
        assert_eq!(check_shape(&value.to_string(), &value), []);
        assert_eq!(validate(&populated()), []);
    }

    #[test]
    fn field_lists_match_what_serde_requires() {
        let value = serde_json::to_value(populated()).unwrap();
        let mut fields = Vec::new();
        compare(&value, Shape::Object(FRAMEWORK), "", &mut fields);
        for FieldAt { pointer, field } in fields {
            let mut without = value.clone();
            let object = without
                .pointer_mut(&pointer)
                .unwrap()
                .as_object_mut()
                .unwrap();
            object.remove(field.name);
            let accepted = serde_json::from_value::<Framework>(without).is_ok();
            let required = field.presence == Presence::Required;
            assert_eq!(accepted, !required, "{pointer}/{} left out", field.name);

            let mut null = value.clone();
            null.pointer_mut(&pointer).unwrap()[field.name] = Value::Null;
            let accepted = serde_json::from_value::<Framework>(null).is_ok();
            let nullable = field.presence == Presence::Optional;
            assert_eq!(accepted, nullable, "{pointer}/{} set to null", field.name);
        }
    }

    /// Every variant of each enum, by an exhaustive match, so adding one fails to compile here.
    #[test]
    fn enum_value_lists_match_the_model() {
        fn written<T: serde::Serialize>(values: &[T]) -> BTreeSet<String> {
            values
                .iter()
                .map(|v| {
                    serde_json::to_value(v)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect()
        }
        fn listed(shape: Shape) -> BTreeSet<String> {
            let Shape::OneOf(values) = shape else {
                panic!("not an enum shape")
            };
            values.iter().map(|v| v.to_string()).collect()
        }

        let confidences = [Confidence::High, Confidence::Medium, Confidence::Low];
        match confidences[0] {
            Confidence::High | Confidence::Medium | Confidence::Low => {}
        }
        assert_eq!(written(&confidences), listed(CONFIDENCE));

        let bases = [GuidelineBasis::Framework, GuidelineBasis::Summary];
        match bases[0] {
            GuidelineBasis::Framework | GuidelineBasis::Summary => {}
        }
        assert_eq!(written(&bases), listed(GUIDELINE_BASIS));

        let types = [ProfileType::Practice, ProfileType::Activity];
        match types[0] {
            ProfileType::Practice | ProfileType::Activity => {}
        }
        assert_eq!(written(&types), listed(PROFILE_TYPE));

        let statuses = [
            AnnexIiStatus::Confirmed,
            AnnexIiStatus::LikelyUnconfirmed,
            AnnexIiStatus::NotEstablished,
        ];
        match statuses[0] {
            AnnexIiStatus::Confirmed
            | AnnexIiStatus::LikelyUnconfirmed
            | AnnexIiStatus::NotEstablished => {}
        }
        assert_eq!(written(&statuses), listed(ANNEX_II_STATUS));

        let links = [
            LinkBasis::DatabaseTags,
            LinkBasis::DatabaseThemes,
            LinkBasis::Compiler,
        ];
        match links[0] {
            LinkBasis::DatabaseTags | LinkBasis::DatabaseThemes | LinkBasis::Compiler => {}
        }
        assert_eq!(written(&links), listed(LINK_BASIS));
    }

    #[test]
    fn suggestions_catch_typos_but_not_strangers() {
        assert_eq!(suggest("sector", ["sectors", "regions"]), Some("sectors"));
        assert_eq!(suggest("hgih", ["high", "medium", "low"]), Some("high"));
        assert_eq!(suggest("colour", ["sectors", "regions"]), None);
        assert_eq!(edit_distance("Kitten", "sitting"), 3);
    }

    #[test]
    fn language_tags_in_usual_case_are_accepted() {
        for tag in [
            "en",
            "fr",
            "es",
            "ar",
            "zh-Hans",
            "pt-BR",
            "es-419",
            "ca-valencia",
            "fil",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in ["", "EN", "english", "en_GB", "en-", "zh-hans", "e", "en-gb"] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
