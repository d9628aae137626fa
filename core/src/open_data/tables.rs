//! The compilation as CSV tables, one per item type, and back.
//!
//! Each [`Table`] names a list of the data file (`"profiles"`, `"vocabularies.countries"`) and
//! its [`Column`]s, each a field of the item by its JSON path (`"source.document"`) and a
//! [`Kind`] that says how the value is written in a cell. Adding an item type is one entry in
//! [`TABLES`].
//!
//! Every file: UTF-8 with a byte order mark (so spreadsheet programs read it as UTF-8), a header
//! row, one row per item in the data's order, `\r\n` line ends, quoting by the `csv` crate
//! (RFC 4180: commas, quotes and line breaks in a cell survive). In a cell:
//!
//! - a list (countries, principle numbers, ...) is joined by `"; "`, in the data's order; an
//!   empty cell is an empty list;
//! - a text in several languages has one column per language, `title.en`, `title.fr`, ...
//!   (the data file holds English; translations are in the `translation-<lang>.json` files);
//! - a profile's actors are `type: name` (or `type` alone where the source names none),
//!   joined by `"; "`;
//! - a field that is absent (an optional note, a URL) is an empty cell.
//!
//! [`to_csv`] refuses what it could not read back the same (a list element holding `";"`, say),
//! and checks each row by reading it back, so a table never loses a fact silently.
//! [`framework_from_tables`] rebuilds the whole compilation from the tables, for the round-trip
//! tests.

use serde_json::{Map, Value};

use crate::model::Framework;

/// How a field is written in its cell(s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string, required (an empty cell is the empty string).
    Str,
    /// A string that may be absent (an empty cell).
    OptStr,
    /// A whole number.
    Int,
    /// A whole number that may be absent (an empty cell).
    OptInt,
    /// A list of strings, joined by `"; "`.
    StrList,
    /// A list of whole numbers, joined by `"; "`.
    IntList,
    /// A text in several languages: one column per language, `<path>.<lang>`.
    Text,
    /// A [`Kind::Text`] that may be absent.
    OptText,
    /// A list of objects `{"<key>": ..., "<value>": ...}` written `key: value` (the value is
    /// optional), joined by `"; "`: a profile's actors.
    Pairs(&'static str, &'static str),
}

/// One field of an item type.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The field's path in the item's JSON, dots between levels: `"source.locator"`.
    pub path: &'static str,
    pub kind: Kind,
}

/// One item type and its CSV file.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The file's stem and the table's name: `"profiles"` -> `profiles.csv`.
    pub name: &'static str,
    /// Where its items are in the data file: `"profiles"`, `"vocabularies.countries"`.
    pub items: &'static str,
    pub columns: &'static [Column],
}

impl Table {
    pub fn file_name(&self) -> String {
        format!("{}.csv", self.name)
    }
}

const fn col(path: &'static str, kind: Kind) -> Column {
    Column { path, kind }
}

use Kind::*;

/// Every table, in the order the Open data page lists them. Each list of the data file has one
/// (a test checks it), so the tables hold the whole compilation but its `meta`.
pub const TABLES: &[Table] = &[
    Table {
        name: "subdivisions",
        items: "subdivisions",
        columns: &[
            col("id", Str),
            col("title", Text),
            col("principles", IntList),
            col("title_confidence", Str),
            col("principles_confidence", Str),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "principles",
        items: "principles",
        columns: &[
            col("number", Int),
            col("subdivision", Str),
            col("title", Text),
            col("summary", Text),
            col("confidence", Str),
            col("parts", StrList),
            col("note", OptText),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "guidelines",
        items: "guidelines",
        columns: &[
            col("id", Str),
            col("principle", Int),
            col("number", OptStr),
            col("basis", Str),
            col("text", Text),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "instruments",
        items: "instruments",
        columns: &[
            col("id", Str),
            col("name", Str),
            col("short_name", OptStr),
            col("type", Str),
            col("year", Int),
            col("category", OptText),
            col("annex_i", Str),
            col("basis", Text),
            col("principles", IntList),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "profiles",
        items: "profiles",
        columns: &[
            col("id", Str),
            col("type", Str),
            col("kind", Str),
            col("title", Text),
            col("summary", Text),
            col("why_good", OptText),
            col("countries", StrList),
            col("areas", StrList),
            col("regions", StrList),
            col("sectors", StrList),
            col("period", Str),
            col("actors", Pairs("type", "name")),
            col("principles", IntList),
            col("guidelines", StrList),
            col("instruments", StrList),
            col("tags", StrList),
            col("certainty.details", Str),
            col("certainty.principle_links", Str),
            col("certainty.annex_ii", Str),
            col("certainty.note", OptText),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "gcm-objectives",
        items: "gcm_objectives",
        columns: &[
            col("number", Int),
            col("title", Text),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "sdg-targets",
        items: "sdg_targets",
        columns: &[
            col("id", Str),
            col("level", Str),
            col("title", Text),
            col("source.document", Str),
            col("source.locator", Str),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "crosswalk",
        items: "crosswalk",
        columns: &[
            col("principle", Int),
            col("gcm_objective", OptInt),
            col("sdg_target", OptStr),
            col("basis", Str),
            col("source.document", OptStr),
            col("source.locator", OptStr),
            col("source.url", OptStr),
        ],
    },
    Table {
        name: "sources",
        items: "sources",
        columns: &[
            col("id", Str),
            col("title", Text),
            col("citation", Str),
            col("url", OptStr),
        ],
    },
    Table {
        name: "countries",
        items: "vocabularies.countries",
        columns: &[col("id", Str), col("label", Text), col("region", Str)],
    },
    Table {
        name: "regions",
        items: "vocabularies.regions",
        columns: TERM,
    },
    Table {
        name: "sectors",
        items: "vocabularies.sectors",
        columns: TERM,
    },
    Table {
        name: "actor-types",
        items: "vocabularies.actor_types",
        columns: TERM,
    },
    Table {
        name: "profile-kinds",
        items: "vocabularies.profile_kinds",
        columns: TERM,
    },
    Table {
        name: "instrument-types",
        items: "vocabularies.instrument_types",
        columns: TERM,
    },
];

/// A vocabulary term's columns.
const TERM: &[Column] = &[col("id", Str), col("label", Text)];

/// The separator of list elements in a cell.
pub const LIST_SEPARATOR: &str = "; ";

/// The list of items at `path` (`"vocabularies.countries"`) in the data's JSON.
pub fn items_at<'a>(data: &'a Value, path: &str) -> Option<&'a Vec<Value>> {
    path.split('.')
        .try_fold(data, |value, key| value.get(key))?
        .as_array()
}

fn items_at_mut<'a>(data: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    path.split('.')
        .try_fold(data, |value, key| value.get_mut(key))
}

fn field<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(item, |value, key| value.get(key))
}

/// The languages of a text column, English first, then the others in tag order.
fn languages(items: &[Value], path: &str) -> Vec<String> {
    let mut tags: Vec<String> = vec!["en".to_string()];
    for item in items {
        if let Some(Value::Object(text)) = field(item, path) {
            for tag in text.keys() {
                if !tags.contains(tag) {
                    tags.push(tag.clone());
                }
            }
        }
    }
    tags[1..].sort();
    tags
}

/// The header of `table` for these items: one name per column, text columns once per language.
pub fn header(table: &Table, items: &[Value]) -> Vec<String> {
    let mut names = Vec::new();
    for column in table.columns {
        match column.kind {
            Text | OptText => {
                for tag in languages(items, column.path) {
                    names.push(format!("{}.{tag}", column.path));
                }
            }
            _ => names.push(column.path.to_string()),
        }
    }
    names
}

/// The item's name in messages: its `id`, else its `number`, else its position.
fn item_name(item: &Value, row: usize) -> String {
    match item.get("id").or_else(|| item.get("number")) {
        Some(Value::String(id)) => id.clone(),
        Some(other) => other.to_string(),
        None => format!("row {}", row + 1),
    }
}

/// Writes one list element, refusing what would not read back the same.
fn element(text: &str, table: &Table, item: &str, path: &str) -> Result<String, String> {
    if text.is_empty() || text.trim() != text || text.contains(';') {
        return Err(format!(
            "{}.csv, {item}, {path}: the list element {text:?} is empty, has spaces at an end \
             or holds \";\", so it cannot be written in a \"; \"-separated cell",
            table.name
        ));
    }
    Ok(text.to_string())
}

/// The cells of one item, in [`header`]'s order.
fn row(
    table: &Table,
    header_langs: &[Vec<String>],
    item: &Value,
    index: usize,
) -> Result<Vec<String>, String> {
    let name = item_name(item, index);
    let wrong = |path: &str, what: &str| {
        format!(
            "{}.csv, {name}, {path}: {what} (the table's column kind does not fit the data)",
            table.name
        )
    };
    let mut cells = Vec::new();
    for (column, langs) in table.columns.iter().zip(header_langs) {
        let value = field(item, column.path);
        match column.kind {
            Str | OptStr => match value {
                Some(Value::String(s)) => cells.push(s.clone()),
                None if column.kind == OptStr => cells.push(String::new()),
                _ => return Err(wrong(column.path, "not a string")),
            },
            Int | OptInt => match value {
                Some(Value::Number(n)) if n.is_i64() || n.is_u64() => cells.push(n.to_string()),
                None if column.kind == OptInt => cells.push(String::new()),
                _ => return Err(wrong(column.path, "not a whole number")),
            },
            StrList | IntList => {
                let list = match value {
                    Some(Value::Array(list)) => list.as_slice(),
                    None => &[],
                    _ => return Err(wrong(column.path, "not a list")),
                };
                let mut parts = Vec::new();
                for element_value in list {
                    match (column.kind, element_value) {
                        (StrList, Value::String(s)) => {
                            parts.push(element(s, table, &name, column.path)?)
                        }
                        (IntList, Value::Number(n)) if n.is_i64() || n.is_u64() => {
                            parts.push(n.to_string())
                        }
                        _ => return Err(wrong(column.path, "a list element of the wrong type")),
                    }
                }
                cells.push(parts.join(LIST_SEPARATOR));
            }
            Pairs(key, val) => {
                let list = match value {
                    Some(Value::Array(list)) => list.as_slice(),
                    None => &[],
                    _ => return Err(wrong(column.path, "not a list")),
                };
                let mut parts = Vec::new();
                for pair in list {
                    let Some(Value::String(k)) = pair.get(key) else {
                        return Err(wrong(column.path, "an element without its key"));
                    };
                    let k = element(k, table, &name, column.path)?;
                    if k.contains(':') {
                        return Err(wrong(column.path, "a key holding \":\""));
                    }
                    match pair.get(val) {
                        None => parts.push(k),
                        Some(Value::String(v)) => {
                            parts.push(format!("{k}: {}", element(v, table, &name, column.path)?))
                        }
                        Some(_) => return Err(wrong(column.path, "a value that is not a string")),
                    }
                }
                cells.push(parts.join(LIST_SEPARATOR));
            }
            Text | OptText => {
                let text = match value {
                    Some(Value::Object(text)) => Some(text),
                    None if column.kind == OptText => None,
                    _ => return Err(wrong(column.path, "not a text")),
                };
                for tag in langs {
                    match text.and_then(|t| t.get(tag)) {
                        Some(Value::String(s)) => cells.push(s.clone()),
                        None => cells.push(String::new()),
                        Some(_) => return Err(wrong(column.path, "a text that is not a string")),
                    }
                }
            }
        }
    }
    Ok(cells)
}

/// Sets `path` (dots between levels) in `item` to `value`, making the objects on the way.
fn set(item: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            item.insert(path.to_string(), value);
        }
        Some((head, rest)) => {
            let inner = item
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = inner {
                set(inner, rest, value);
            }
        }
    }
}

fn split(cell: &str) -> Vec<&str> {
    if cell.is_empty() {
        Vec::new()
    } else {
        cell.split(';').map(str::trim).collect()
    }
}

/// Reads one row back into an item's JSON. `names` is the file's header.
fn item_from_row(
    table: &Table,
    names: &[String],
    cells: &[&str],
    row: usize,
) -> Result<Value, String> {
    let at = |name: &str| names.iter().position(|n| n == name).map(|i| cells[i]);
    let problem =
        |path: &str, what: String| format!("{}.csv, row {}, {path}: {what}", table.name, row + 1);
    let mut item = Map::new();
    for column in table.columns {
        let path = column.path;
        match column.kind {
            Text | OptText => {
                let prefix = format!("{path}.");
                let mut text = Map::new();
                for (name, cell) in names.iter().zip(cells) {
                    if let Some(tag) = name.strip_prefix(&prefix) {
                        if !cell.is_empty() {
                            text.insert(tag.to_string(), Value::String(cell.to_string()));
                        }
                    }
                }
                if column.kind == Text || !text.is_empty() {
                    set(&mut item, path, Value::Object(text));
                }
                continue;
            }
            _ => {}
        }
        let Some(cell) = at(path) else {
            return Err(problem(path, "the column is missing".into()));
        };
        let value = match column.kind {
            Str => Some(Value::String(cell.to_string())),
            OptStr => (!cell.is_empty()).then(|| Value::String(cell.to_string())),
            Int => Some(Value::Number(
                cell.parse::<i64>()
                    .map_err(|_| problem(path, format!("{cell:?} is not a whole number")))?
                    .into(),
            )),
            OptInt if cell.is_empty() => None,
            OptInt => Some(Value::Number(
                cell.parse::<i64>()
                    .map_err(|_| problem(path, format!("{cell:?} is not a whole number")))?
                    .into(),
            )),
            StrList => Some(Value::Array(
                split(cell)
                    .into_iter()
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            )),
            IntList => Some(Value::Array(
                split(cell)
                    .into_iter()
                    .map(|s| {
                        s.parse::<i64>()
                            .map(|n| Value::Number(n.into()))
                            .map_err(|_| problem(path, format!("{s:?} is not a whole number")))
                    })
                    .collect::<Result<_, _>>()?,
            )),
            Pairs(key, val) => Some(Value::Array(
                split(cell)
                    .into_iter()
                    .map(|part| {
                        let mut pair = Map::new();
                        match part.split_once(':') {
                            Some((k, v)) => {
                                pair.insert(key.to_string(), Value::String(k.trim().to_string()));
                                pair.insert(val.to_string(), Value::String(v.trim().to_string()));
                            }
                            None => {
                                pair.insert(key.to_string(), Value::String(part.to_string()));
                            }
                        }
                        Value::Object(pair)
                    })
                    .collect(),
            )),
            Text | OptText => unreachable!("handled above"),
        };
        if let Some(value) = value {
            set(&mut item, path, value);
        }
    }
    Ok(Value::Object(item))
}

/// The item with its empty lists dropped: the data leaves some out when empty and writes others
/// as `[]`, and an empty cell reads back as `[]`; the model reads both the same.
fn without_empty_lists(item: &Value) -> Value {
    match item {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !matches!(v, Value::Array(a) if a.is_empty()))
                .map(|(k, v)| (k.clone(), without_empty_lists(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The items at `table.items` in `data` (the data file's JSON) as a CSV file (see the module
/// documentation), and the number of rows. Errors name the file, the item and the field.
pub fn to_csv(table: &Table, data: &Value) -> Result<(String, usize), String> {
    let items = items_at(data, table.items)
        .ok_or_else(|| format!("{}.csv: the data has no list {:?}", table.name, table.items))?;
    let names = header(table, items);
    let langs: Vec<Vec<String>> = table
        .columns
        .iter()
        .map(|c| match c.kind {
            Text | OptText => languages(items, c.path),
            _ => Vec::new(),
        })
        .collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer("\u{FEFF}".as_bytes().to_vec());
    let write_error = |e: csv::Error| format!("{}.csv: {e}", table.name);
    writer.write_record(&names).map_err(write_error)?;
    for (index, item) in items.iter().enumerate() {
        let cells = row(table, &langs, item, index)?;
        // Read the row back at once: a field no column holds, or a value that would come back
        // different, is an error here rather than a silent loss in the file.
        let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
        let back = item_from_row(table, &names, &refs, index)?;
        if without_empty_lists(&back) != without_empty_lists(item) {
            return Err(format!(
                "{}.csv, {}: the row does not read back as the item; a field has no column \
                 or a value does not survive the cell (read back: {back})",
                table.name,
                item_name(item, index)
            ));
        }
        writer.write_record(&cells).map_err(write_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| format!("{}.csv: {e}", table.name))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("{}.csv: {e}", table.name))?;
    Ok((text, items.len()))
}

/// Reads a file written by [`to_csv`] back into the items' JSON (a byte order mark is
/// optional). Errors name the file, the row and the column.
pub fn from_csv(table: &Table, text: &str) -> Result<Vec<Value>, String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{}.csv: {e}", table.name))?
        .iter()
        .map(str::to_string)
        .collect();
    for name in &names {
        let known = table.columns.iter().any(|c| match c.kind {
            Text | OptText => name
                .strip_prefix(c.path)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|tag| !tag.is_empty() && !tag.contains('.')),
            _ => name == c.path,
        });
        if !known {
            return Err(format!("{}.csv: unknown column {name:?}", table.name));
        }
    }
    let mut items = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("{}.csv: {e}", table.name))?;
        let cells: Vec<&str> = record.iter().collect();
        items.push(item_from_row(table, &names, &cells, index)?);
    }
    Ok(items)
}

/// Rebuilds a compilation from `base` (for its `schema_version` and `meta`) with every list of
/// [`TABLES`] replaced by the items read from its CSV file: `read(table)` gives the file's text.
/// The result is only parsed; run [`crate::validate::validate`] on it to check it.
pub fn framework_from_tables(
    base: &Framework,
    mut read: impl FnMut(&Table) -> Result<String, String>,
) -> Result<Framework, String> {
    let mut data = serde_json::to_value(base).map_err(|e| e.to_string())?;
    for table in TABLES {
        let items = from_csv(table, &read(table)?)?;
        let slot = items_at_mut(&mut data, table.items)
            .ok_or_else(|| format!("the data has no list {:?}", table.items))?;
        *slot = Value::Array(items);
    }
    serde_json::from_value(data).map_err(|e| format!("the tables do not make a compilation: {e}"))
}
