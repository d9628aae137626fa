//! [`write_open_data`]: the open-data folder from the data file.

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::tables::{to_csv, TABLES};
use super::{FileEntry, FileKind, Manifest, MANIFEST};
use crate::model::Framework;
use crate::translation::{self, Translation};
use crate::validate::{load, LoadError};

/// Why the folder could not be written: the data is not valid, or a file could not be
/// read, made or written. Each line names the file (and the item and field where there is one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDataError {
    pub problems: Vec<String>,
}

impl fmt::Display for OpenDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems.join("\n"))
    }
}

impl std::error::Error for OpenDataError {}

fn error(problem: String) -> OpenDataError {
    OpenDataError {
        problems: vec![problem],
    }
}

const JSON: &str = "application/json";
const CSV: &str = "text/csv; charset=utf-8";

/// Writes the open-data folder (see [`super`]) into `out` (made if missing) from the data file
/// at `data` and the translation files beside it (`<data's folder>/i18n/<lang>.json`), and
/// returns the manifest it wrote as `index.json`.
///
/// The data must pass [`load`] and every translation must apply without a problem, or nothing
/// is written. The JSON files are copied byte for byte; the schemas are derived from the model.
pub fn write_open_data(data: &Path, out: &Path) -> Result<Manifest, OpenDataError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|e| error(format!("{}: cannot read: {e}", path.display())))
    };
    let data_bytes = read(data)?;
    let data_text = std::str::from_utf8(&data_bytes)
        .map_err(|e| error(format!("{}: not UTF-8: {e}", data.display())))?;
    let framework = load(data_text).map_err(|LoadError { problems }| OpenDataError {
        problems: problems
            .iter()
            .map(|p| format!("{}: {p}", data.display()))
            .collect(),
    })?;

    // In the manifest's order.
    let mut files: Vec<Written> = Vec::new();
    files.push(Written(
        "framework.json".into(),
        FileKind::Compilation,
        data_bytes.clone(),
        None,
        None,
    ));

    let value = serde_json::to_value(&framework)
        .map_err(|e| error(format!("cannot serialise the data: {e}")))?;
    let mut problems = Vec::new();
    for table in TABLES {
        match to_csv(table, &value) {
            Ok((text, rows)) => files.push(Written(
                table.file_name(),
                FileKind::Table,
                text.into_bytes(),
                Some(rows),
                Some(table.name.to_string()),
            )),
            Err(problem) => problems.push(problem),
        }
    }

    for (lang, path) in translation_files(data)? {
        let bytes = read(&path)?;
        let text = String::from_utf8_lossy(&bytes);
        match translation::parse(&text) {
            Err(problem) => problems.push(format!("{}: {problem}", path.display())),
            Ok(parsed) => {
                for problem in translation::apply(&mut framework.clone(), &parsed) {
                    problems.push(format!("{}: {problem}", path.display()));
                }
            }
        }
        files.push(Written(
            format!("translation-{lang}.json"),
            FileKind::Translation,
            bytes,
            None,
            Some(lang),
        ));
    }
    if !problems.is_empty() {
        return Err(OpenDataError { problems });
    }

    let pretty = |schema: &schemars::Schema| {
        serde_json::to_string_pretty(schema)
            .map(|text| (text + "\n").into_bytes())
            .map_err(|e| error(format!("cannot serialise a schema: {e}")))
    };
    files.push(Written(
        "framework.schema.json".into(),
        FileKind::Schema,
        pretty(&schemars::schema_for!(Framework))?,
        None,
        None,
    ));
    if files.iter().any(|f| f.1 == FileKind::Translation) {
        files.push(Written(
            "translation.schema.json".into(),
            FileKind::TranslationSchema,
            pretty(&schemars::schema_for!(Translation))?,
            None,
            None,
        ));
    }

    let manifest = Manifest {
        schema_version: framework.schema_version,
        compiled: framework.meta.compiled.clone(),
        licence: framework.meta.licence.as_ref().map(|l| l.spdx.clone()),
        files: files
            .iter()
            .map(|Written(name, kind, bytes, rows, subject)| FileEntry {
                name: name.clone(),
                kind: *kind,
                format: if *kind == FileKind::Table {
                    "csv"
                } else {
                    "json"
                }
                .into(),
                media_type: if *kind == FileKind::Table { CSV } else { JSON }.into(),
                bytes: bytes.len() as u64,
                sha256: hex(&Sha256::digest(bytes)),
                rows: *rows,
                subject: subject.clone(),
            })
            .collect(),
    };
    let manifest_text = serde_json::to_string_pretty(&manifest)
        .map_err(|e| error(format!("cannot serialise the manifest: {e}")))?
        + "\n";

    std::fs::create_dir_all(out)
        .map_err(|e| error(format!("{}: cannot make the folder: {e}", out.display())))?;
    let write = |name: &str, bytes: &[u8]| {
        let path = out.join(name);
        std::fs::write(&path, bytes)
            .map_err(|e| error(format!("{}: cannot write: {e}", path.display())))
    };
    for Written(name, _, bytes, _, _) in &files {
        write(name, bytes)?;
    }
    write(MANIFEST, manifest_text.as_bytes())?;
    Ok(manifest)
}

/// A file to write: name, kind, bytes, rows (tables), subject (table name or language).
struct Written(String, FileKind, Vec<u8>, Option<usize>, Option<String>);

/// `(lang, path)` of each translation file beside the data (`i18n/<lang>.json`), by language.
fn translation_files(data: &Path) -> Result<Vec<(String, PathBuf)>, OpenDataError> {
    let folder = data.parent().unwrap_or(Path::new(".")).join("i18n");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| error(format!("{}: {e}", folder.display())))?
            .path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(lang) = name.strip_suffix(".json") {
            if !lang.contains('.') {
                files.push((lang.to_string(), path.clone()));
            }
        }
    }
    files.sort();
    Ok(files)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
