//! How problems name where they are: the item a person editing the file looks for (a profile
//! by its id, `principle 4`, `vocabularies.sectors[3]`) and the field path inside it.

use serde_json::Value;

/// One step of a path into the JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Step {
    Key(String),
    Index(usize),
}

/// `actors[0].type` for the steps `actors`, `0`, `type`.
pub(super) fn field_path(steps: &[Step]) -> String {
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
pub(super) const ITEM_LISTS: [&str; 9] = [
    "sources",
    "subdivisions",
    "principles",
    "guidelines",
    "instruments",
    "profiles",
    "gcm_objectives",
    "sdg_targets",
    "crosswalk",
];

/// How a person finds entry `index` of the top-level list `list`: by id where it has one.
pub(super) fn item_name(list: &str, index: usize, entry: &Value) -> String {
    let id = entry.get("id").and_then(Value::as_str).unwrap_or("");
    match list {
        "principles" => match entry.get("number").and_then(Value::as_u64) {
            Some(number) => format!("principle {number}"),
            None => format!("principles[{index}]"),
        },
        "subdivisions" => named_subdivision(id, index),
        "sources" => format!("sources[{index}]"),
        "gcm_objectives" => match entry.get("number").and_then(Value::as_u64) {
            Some(number) => format!("GCM objective {number}"),
            None => format!("gcm_objectives[{index}]"),
        },
        "sdg_targets" => match entry.get("id").and_then(Value::as_str) {
            Some(id) if !id.trim().is_empty() => format!("SDG {id}"),
            _ => format!("sdg_targets[{index}]"),
        },
        "crosswalk" => format!("crosswalk[{index}]"),
        _ => named(id, list, index),
    }
}

/// An item named by its id, or by its place in `list` when the id is blank.
pub(super) fn named(id: &str, list: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("{list}[{index}]")
    } else {
        id.to_string()
    }
}

pub(super) fn named_subdivision(id: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("subdivisions[{index}]")
    } else {
        format!("subdivision {id}")
    }
}

/// Splits a path from the root into the item it is in and the field inside that item.
pub(super) fn locate(root: &Value, path: &[Step]) -> (String, String) {
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
