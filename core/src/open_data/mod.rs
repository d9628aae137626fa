//! Open data: the compilation offered for download as files, made by the build from `data/`
//! (`mflm-data open-data DIR`, run by `scripts/postbuild.mjs` into `dist/open-data/`), so the
//! files can never drift from the data the app shows.
//!
//! The folder holds:
//!
//! | file | what it is |
//! | --- | --- |
//! | `framework.json` | the validated data file, byte for byte |
//! | `framework.schema.json` | its JSON Schema (derived from [`crate::model`]) |
//! | `translation-<lang>.json` | the translations of our own texts, byte for byte (`data/i18n/<lang>.json`) |
//! | `translation.schema.json` | their JSON Schema |
//! | `<table>.csv` | one table per item type ([`tables::TABLES`]), the same facts as `framework.json` |
//! | `index.json` | the [`Manifest`]: every other file's name, size, SHA-256 and row count |
//!
//! Only [`Manifest`] is part of the app (its Open data page reads `index.json`). Writing and
//! reading the tables needs the `schema` feature: the app downloads finished files and never
//! makes them, so that code stays out of the WebAssembly.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
pub mod tables;
#[cfg(feature = "schema")]
mod write;
#[cfg(feature = "schema")]
pub use write::{write_open_data, OpenDataError};

/// The folder's name inside the build (`dist/open-data/`), and the manifest's file name in it.
pub const FOLDER: &str = "open-data";
pub const MANIFEST: &str = "index.json";

/// `index.json`: what the open-data folder holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The data's `schema_version`.
    pub schema_version: u32,
    /// When the compilation was last revised (`meta.compiled`, YYYY-MM-DD).
    pub compiled: String,
    /// SPDX id of the licence of the compilation's own texts (`meta.licence.spdx`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// Every file but the manifest itself, in the order the Open data page lists them.
    pub files: Vec<FileEntry>,
}

/// What a file of the open-data folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    /// `framework.json`.
    Compilation,
    /// `framework.schema.json`.
    Schema,
    /// `translation-<lang>.json`.
    Translation,
    /// `translation.schema.json`.
    TranslationSchema,
    /// `<table>.csv`.
    Table,
}

/// One file of the open-data folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// The file's name in the folder, also the name it downloads under: `profiles.csv`.
    pub name: String,
    pub kind: FileKind,
    /// `"json"` or `"csv"`.
    pub format: String,
    /// The MIME type, e.g. `text/csv; charset=utf-8`.
    pub media_type: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// A table's rows (items), not counting the header; absent for JSON files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<usize>,
    /// A table's name (`"profiles"`, `"countries"`); a translation's language (`"fr"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

impl Manifest {
    /// Parses `index.json`, with a plain message on failure.
    pub fn from_json(json: &str) -> Result<Manifest, String> {
        serde_json::from_str(json).map_err(|e| format!("open-data/index.json: {e}"))
    }
}
