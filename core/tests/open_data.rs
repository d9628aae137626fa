#![cfg(feature = "schema")]
//! The open-data folder (`mflm-data open-data DIR`): the JSON is the data file byte for byte and
//! loads as the same compilation; the CSV tables, read back with the `csv` crate, rebuild the
//! very same compilation, which passes the validator; the manifest tells the truth about every
//! file.

use mflm_core::model::Framework;
use mflm_core::open_data::tables::{framework_from_tables, from_csv, items_at, to_csv, TABLES};
use mflm_core::open_data::{write_open_data, FileKind, Manifest};
use mflm_core::validate::{load, validate};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn data_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/framework.json")
}

fn shipped() -> Framework {
    load(&std::fs::read_to_string(data_path()).unwrap()).expect("the shipped data is valid")
}

/// A fresh folder under the system's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mflm-open-data-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The shipped data's folder, in a folder of the test's own (tests run in parallel).
fn written(test: &str) -> (PathBuf, Manifest) {
    let dir = temp_dir(test);
    let manifest = write_open_data(&data_path(), &dir).expect("the shipped data exports");
    (dir, manifest)
}

#[test]
fn the_json_is_the_data_file_byte_for_byte_and_loads_as_the_same_compilation() {
    let (dir, _) = written("t1");
    let exported = std::fs::read(dir.join("framework.json")).unwrap();
    assert_eq!(exported, std::fs::read(data_path()).unwrap());
    let loaded = load(std::str::from_utf8(&exported).unwrap()).expect("the export validates");
    assert_eq!(loaded, shipped());
}

#[test]
fn the_tables_rebuild_the_same_compilation_and_it_validates() {
    let (dir, _) = written("t2");
    let original = shipped();
    let rebuilt = framework_from_tables(&original, |table| {
        std::fs::read_to_string(dir.join(table.file_name())).map_err(|e| e.to_string())
    })
    .expect("the tables read back");
    assert_eq!(
        validate(&rebuilt),
        Vec::new(),
        "the rebuilt compilation has problems"
    );
    assert_eq!(rebuilt, original);
    // And through the loader, the way the app reads a file.
    let json = serde_json::to_string(&rebuilt).unwrap();
    assert_eq!(load(&json).expect("loads"), original);
}

/// Reads a table with the `csv` crate alone: the header and the records as strings.
fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.starts_with('\u{FEFF}'),
        "{}: no byte order mark",
        path.display()
    );
    assert!(text.ends_with("\r\n"), "{}: not CRLF", path.display());
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn every_row_and_column_holds_the_datas_values() {
    let (dir, manifest) = written("t3");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(data_path()).unwrap()).unwrap();
    for table in TABLES {
        let (header, rows) = read_csv(&dir.join(table.file_name()));
        let items = items_at(&data, table.items).unwrap();
        assert_eq!(rows.len(), items.len(), "{}: row count", table.name);
        let entry = manifest
            .files
            .iter()
            .find(|f| f.name == table.file_name())
            .unwrap();
        assert_eq!(
            entry.rows,
            Some(items.len()),
            "{}: manifest rows",
            table.name
        );
        for (row, item) in rows.iter().zip(items) {
            assert_eq!(row.len(), header.len());
            for (name, cell) in header.iter().zip(row) {
                // Each cell against the item's JSON, independently of the writer's code.
                let expected = expected_cell(item, name);
                assert_eq!(cell, &expected, "{}: {name} of {item}", table.name);
            }
        }
    }
}

/// What a cell must hold, from the item's JSON: a text's language, a list joined by "; ",
/// an actor as "type: name", a number, a string, or empty when absent.
fn expected_cell(item: &Value, column: &str) -> String {
    let mut value = Some(item);
    for key in column.split('.') {
        value = value.and_then(|v| v.get(key));
    }
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Object(actor) => match actor.get("name") {
                    Some(Value::String(name)) => {
                        format!("{}: {name}", actor["type"].as_str().unwrap())
                    }
                    _ => actor["type"].as_str().unwrap().to_string(),
                },
                other => panic!("{column}: unexpected list element {other}"),
            })
            .collect::<Vec<_>>()
            .join("; "),
        Some(other) => panic!("{column}: no cell for {other}"),
    }
}

#[test]
fn every_list_of_the_data_has_a_table_and_counts_agree() {
    let fw = shipped();
    let data = serde_json::to_value(&fw).unwrap();
    let mut lists: Vec<String> = Vec::new();
    for (key, value) in data.as_object().unwrap() {
        if value.is_array() {
            lists.push(key.clone());
        }
    }
    for (key, value) in data["vocabularies"].as_object().unwrap() {
        if value.is_array() {
            lists.push(format!("vocabularies.{key}"));
        }
    }
    for list in &lists {
        assert!(
            TABLES.iter().any(|t| t.items == list),
            "the data's list {list} has no table in open_data::tables::TABLES"
        );
    }
    let (_, manifest) = written("t4");
    let rows = |name: &str| {
        manifest
            .files
            .iter()
            .find(|f| f.subject.as_deref() == Some(name))
            .and_then(|f| f.rows)
    };
    assert_eq!(rows("profiles"), Some(fw.profiles.len()));
    assert_eq!(rows("principles"), Some(fw.principles.len()));
    assert_eq!(rows("guidelines"), Some(fw.guidelines.len()));
    assert_eq!(rows("instruments"), Some(fw.instruments.len()));
    assert_eq!(rows("subdivisions"), Some(fw.subdivisions.len()));
    assert_eq!(rows("sources"), Some(fw.sources.len()));
    assert_eq!(rows("countries"), Some(fw.vocabularies.countries.len()));
    assert_eq!(rows("sectors"), Some(fw.vocabularies.sectors.len()));
}

#[test]
fn the_manifest_tells_the_truth_about_every_file() {
    let (dir, manifest) = written("t5");
    let fw = shipped();
    assert_eq!(manifest.schema_version, fw.schema_version);
    assert_eq!(manifest.compiled, fw.meta.compiled);
    assert_eq!(manifest.licence.as_deref(), Some("CC-BY-4.0"));
    let on_disk: Manifest =
        Manifest::from_json(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!(on_disk, manifest);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "index.json")
        .collect();
    names.sort();
    let mut listed: Vec<String> = manifest.files.iter().map(|f| f.name.clone()).collect();
    listed.sort();
    assert_eq!(names, listed, "the folder holds exactly the listed files");
    for file in &manifest.files {
        let bytes = std::fs::read(dir.join(&file.name)).unwrap();
        assert_eq!(file.bytes, bytes.len() as u64, "{}: bytes", file.name);
        let hex: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(file.sha256, hex, "{}: sha256", file.name);
        assert_eq!(
            file.rows.is_some(),
            file.kind == FileKind::Table,
            "{}",
            file.name
        );
    }
    // The schemas are the committed ones; the translations are copied as they are.
    let data_dir = data_path().parent().unwrap().to_path_buf();
    for (exported, committed) in [
        ("framework.schema.json", "framework.schema.json"),
        ("translation.schema.json", "translation.schema.json"),
        ("translation-fr.json", "i18n/fr.json"),
        ("translation-es.json", "i18n/es.json"),
    ] {
        let a = std::fs::read_to_string(dir.join(exported)).unwrap();
        let b = std::fs::read_to_string(data_dir.join(committed)).unwrap();
        assert_eq!(
            a.trim_end(),
            b.trim_end(),
            "{exported} differs from data/{committed}"
        );
    }
}

#[test]
fn invalid_data_is_refused_and_nothing_is_written() {
    let src = temp_dir("bad-src");
    std::fs::create_dir_all(&src).unwrap();
    let bad = src.join("framework.json");
    std::fs::write(&bad, r#"{"schema_version": 1}"#).unwrap();
    let out = temp_dir("bad-out");
    let error = write_open_data(&bad, &out).expect_err("invalid data");
    assert!(!error.problems.is_empty());
    assert!(!out.exists(), "nothing may be written for invalid data");
    let missing = write_open_data(&src.join("nope.json"), &out).expect_err("missing file");
    assert!(missing.problems[0].contains("cannot read"), "{missing}");
}

#[test]
fn a_list_element_holding_the_separator_is_refused_by_name() {
    let mut fw = shipped();
    fw.profiles[0].tags.push("fees; costs".into());
    let data = serde_json::to_value(&fw).unwrap();
    let table = TABLES.iter().find(|t| t.name == "profiles").unwrap();
    let error = to_csv(table, &data).expect_err("a \";\" in a list element");
    assert!(
        error.contains(&fw.profiles[0].id) && error.contains("tags"),
        "{error}"
    );
}

#[test]
fn a_table_with_an_unknown_column_or_a_bad_number_is_refused() {
    let table = TABLES.iter().find(|t| t.name == "principles").unwrap();
    let error = from_csv(table, "number,colour\r\n1,blue\r\n").expect_err("unknown column");
    assert!(error.contains("colour"), "{error}");
    let (text, _) = to_csv(table, &serde_json::to_value(shipped()).unwrap()).unwrap();
    let broken = text.replacen("\r\n1,", "\r\none,", 1);
    let error = from_csv(table, &broken).expect_err("not a number");
    assert!(
        error.contains("row 1") && error.contains("number"),
        "{error}"
    );
}
