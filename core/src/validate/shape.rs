//! The shape of the file: the one place that lists which fields each object may have, and
//! the walk that reports every unknown field (with a "did you mean"), missing required field,
//! wrong type, unknown enum value and repeated key at once. `tests.rs` serialises a fully
//! populated `Framework` and checks these lists against what serde writes and accepts, so they
//! cannot drift from `model.rs`.

use super::naming::{item_name, locate, Step, ITEM_LISTS};
use super::repeated_keys::repeated_keys;
use super::suggest::suggest;
use super::{without_position, Problem};
use crate::model::SCHEMA_VERSION;
use serde_json::Value;

/// What a JSON value must look like.
#[derive(Debug, Clone, Copy)]
pub(super) enum Shape {
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
pub(super) enum Presence {
    Required,
    /// May be absent or `null` (an `Option`).
    Optional,
    /// May be absent but not `null` (a list with `#[serde(default)]`).
    Defaulted,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Field {
    pub(super) name: &'static str,
    pub(super) shape: Shape,
    pub(super) presence: Presence,
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

pub(super) const CONFIDENCE: Shape = Shape::OneOf(&["high", "medium", "low"]);
pub(super) const GUIDELINE_BASIS: Shape = Shape::OneOf(&["framework", "summary"]);
pub(super) const PROFILE_TYPE: Shape = Shape::OneOf(&["practice", "activity"]);
pub(super) const ANNEX_II_STATUS: Shape =
    Shape::OneOf(&["confirmed", "likely-unconfirmed", "not-established"]);
pub(super) const LINK_BASIS: Shape =
    Shape::OneOf(&["database-tags", "database-themes", "compiler"]);
pub(super) const SDG_LEVEL: Shape = Shape::OneOf(&["target", "indicator"]);
pub(super) const CROSSWALK_BASIS: Shape = Shape::OneOf(&["source", "editors"]);

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
    optional("licence", Shape::Object(LICENCE)),
];

const LICENCE: &[Field] = &[
    required("spdx", Shape::Str),
    required("url", Shape::Str),
    required("note", Shape::Text),
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

const GCM_OBJECTIVE: &[Field] = &[
    required("number", PRINCIPLE_NUMBER),
    required("title", Shape::Text),
    required("source", SOURCE),
];

const SDG_TARGET: &[Field] = &[
    required("id", Shape::Str),
    required("level", SDG_LEVEL),
    required("title", Shape::Text),
    required("source", SOURCE),
];

const CROSSWALK_LINK: &[Field] = &[
    required("principle", PRINCIPLE_NUMBER),
    optional("gcm_objective", PRINCIPLE_NUMBER),
    optional("sdg_target", Shape::Str),
    required("basis", CROSSWALK_BASIS),
    optional("source", SOURCE),
];

/// The root: [`Framework`].
pub(super) const FRAMEWORK: &[Field] = &[
    required("schema_version", Shape::Whole(u32::MAX as u64)),
    required("meta", Shape::Object(META)),
    required("vocabularies", Shape::Object(VOCABULARIES)),
    required("sources", Shape::List(&Shape::Object(SOURCE_DOCUMENT))),
    required("subdivisions", Shape::List(&Shape::Object(SUBDIVISION))),
    required("principles", Shape::List(&Shape::Object(PRINCIPLE))),
    required("guidelines", Shape::List(&Shape::Object(GUIDELINE))),
    required("instruments", Shape::List(&Shape::Object(INSTRUMENT))),
    required("profiles", Shape::List(&Shape::Object(PROFILE))),
    defaulted("gcm_objectives", Shape::List(&Shape::Object(GCM_OBJECTIVE))),
    defaulted("sdg_targets", Shape::List(&Shape::Object(SDG_TARGET))),
    defaulted("crosswalk", Shape::List(&Shape::Object(CROSSWALK_LINK))),
];

/// Every shape problem in the parsed `value` of `json`, plus a wrong schema version.
pub(super) fn check_shape(json: &str, value: &Value) -> Vec<Problem> {
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

pub(super) fn schema_version_problem(version: u64) -> Problem {
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

/// When the shape walk found nothing but serde still refused the file: serde's message, on
/// the items serde refuses one by one where it can tell, else on the file.
pub(super) fn serde_fallback(value: &Value, error: &serde_json::Error) -> Vec<Problem> {
    use crate::model::{
        CrosswalkLink, GcmObjective, Guideline, Instrument, Principle, Profile, SdgTarget,
        SourceDocument, Subdivision,
    };

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
                "gcm_objectives" => refused::<GcmObjective>(entry),
                "sdg_targets" => refused::<SdgTarget>(entry),
                "crosswalk" => refused::<CrosswalkLink>(entry),
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
