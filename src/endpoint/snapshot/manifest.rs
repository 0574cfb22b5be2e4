//! `manifest.json`: what a snapshot holds and how to check it.
//!
//! ```json
//! {
//!   "format": "ferry-snapshot",
//!   "format_version": 1,
//!   "ferry_version": "0.1.0",
//!   "source": { "engine": "postgres", "url": "postgres://app:***@db/app",
//!               "consistency_point": "lsn 0/1A2B3C8, snapshot 754:754:" },
//!   "captured_at": "2024-05-01T02:00:00.123456Z",
//!   "completed_at": "2024-05-01T02:03:10.654321Z",
//!   "file_format": "arrow",
//!   "compression": "zstd:3",
//!   "tables": [
//!     { "name": "dir_user", "rows": 5, "data_bytes": 420, "file_bytes": 1834,
//!       "identity_next": { "id": 6 },
//!       "schema": { "name": "dir_user", "columns": [ … ], "primary_key": ["id"], … },
//!       "parts": [ { "path": "dir_user/part-00000.arrow", "rows": 5,
//!                    "bytes": 1834, "data_bytes": 420, "sha256": "…" } ] }
//!   ]
//! }
//! ```
//!
//! `schema` is ferry's logical table ([`Table`]), which round-trips exactly;
//! the part files' Arrow schemas follow from it ([`Table::arrow_schema`]).
//! Tables are listed in foreign-key order (parents first). A reader refuses
//! a manifest of a newer format version.
//!
//! Nothing here may panic on what a manifest holds: no unwrap, expect or
//! indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::{Compression, FileFormat};
use crate::catalog::{Catalog, Table};
use crate::endpoint::Engine;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Component, Path};

/// The file in a snapshot directory that describes it.
pub const MANIFEST: &str = "manifest.json";
/// What `format` says in every manifest.
pub const FORMAT: &str = "ferry-snapshot";
/// The manifest layout this ferry writes. Version 2 added each table's
/// indexes, CHECKs, computed columns, comments and foreign-key actions, and
/// the views and free sequences; version 1 manifests still read.
pub const FORMAT_VERSION: u32 = 2;
/// The oldest layout this ferry reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub ferry_version: String,
    pub source: Origin,
    /// When the consistent read was opened (RFC 3339, UTC).
    pub captured_at: String,
    /// When the last part was written.
    pub completed_at: String,
    pub file_format: FileFormat,
    pub compression: Compression,
    /// In foreign-key order, parents first.
    pub tables: Vec<TableEntry>,
    /// Views in the source's SQL (format version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<crate::catalog::View>,
    /// Sequences no column owns (format version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sequences: Vec<crate::catalog::Sequence>,
    /// Columns held masked, with their method (`dir_user.email (email)`):
    /// the snapshot was taken with `[[mask]]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub masked: Vec<String>,
}

/// Where a snapshot was read from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Origin {
    pub engine: Engine,
    /// The source URL with its password replaced by `***`.
    pub url: String,
    /// The source's position at the consistent read, where the engine
    /// exposes one (PostgreSQL: WAL LSN and transaction snapshot).
    #[serde(default)]
    pub consistency_point: Option<String>,
    /// PostgreSQL schemas read besides the current one: the prefix of the
    /// tables named `schema.table`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemas: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TableEntry {
    pub name: String,
    pub rows: u64,
    /// Bytes of Arrow data before compression.
    pub data_bytes: u64,
    /// Bytes of the part files.
    pub file_bytes: u64,
    /// The value each identity column would have handed out next in the
    /// source, where the engine tells it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub identity_next: BTreeMap<String, i64>,
    pub schema: Table,
    pub parts: Vec<Part>,
    /// The primary-key ranges the table was split into
    /// (`ferry snapshot --parts-per-table N`); each part says which it holds.
    /// Absent: one slice, every part in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split: Option<Split>,
}

/// A table read as key ranges of its one integer primary-key column, each
/// restorable on its own (`ferry restore --slice K`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Split {
    pub column: String,
    /// In key order; slice `k` is `slices[k]`.
    pub slices: Vec<KeyRange>,
}

/// Keys `from <= key < to`; `None` is unbounded on that side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyRange {
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub rows: u64,
}

impl TableEntry {
    /// How many slices the table has (1 when it is not split).
    pub fn slice_count(&self) -> usize {
        self.split.as_ref().map_or(1, |s| s.slices.len())
    }

    /// The parts of slice `k`: of an unsplit table, all of them in slice 0
    /// and none in any other.
    pub fn slice_parts(&self, k: usize) -> impl Iterator<Item = &Part> {
        let split = self.split.is_some();
        self.parts.iter().filter(move |p| match split {
            true => p.slice == Some(k),
            false => k == 0,
        })
    }
}

/// One part file of a table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Part {
    /// Relative to the snapshot directory, `/`-separated.
    pub path: String,
    pub rows: u64,
    /// Size of the file.
    pub bytes: u64,
    /// Bytes of Arrow data before compression.
    pub data_bytes: u64,
    /// Lower-case hex SHA-256 of the file.
    pub sha256: String,
    /// The slice of a split table the part's rows belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slice: Option<usize>,
}

impl Manifest {
    pub fn catalog(&self) -> Catalog {
        Catalog {
            tables: self.tables.iter().map(|t| t.schema.clone()).collect(),
            views: self.views.clone(),
            sequences: self.sequences.clone(),
        }
    }

    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|t| t.rows).sum()
    }

    pub fn file_bytes(&self) -> u64 {
        self.tables.iter().map(|t| t.file_bytes).sum()
    }

    pub fn data_bytes(&self) -> u64 {
        self.tables.iter().map(|t| t.data_bytes).sum()
    }

    /// The most slices any table has: `ferry restore --slice K` takes
    /// `K` below it.
    pub fn slice_count(&self) -> usize {
        self.tables
            .iter()
            .map(TableEntry::slice_count)
            .max()
            .unwrap_or(1)
    }

    /// The manifest as `ferry restore --slice K` reads it: every table with
    /// only the parts (and rows) of slice `k`.
    pub fn only_slice(&self, k: usize) -> Manifest {
        let mut m = self.clone();
        for t in &mut m.tables {
            t.parts = t.slice_parts(k).cloned().collect();
            t.rows = t.parts.iter().map(|p| p.rows).sum();
            t.data_bytes = t.parts.iter().map(|p| p.data_bytes).sum();
            t.file_bytes = t.parts.iter().map(|p| p.bytes).sum();
        }
        m
    }

    /// Reads and checks `dir/manifest.json`.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a directory that does not exist, a missing
    /// or unreadable manifest, a newer format version, or a manifest that
    /// contradicts itself (row counts, part paths outside the directory).
    pub fn load(dir: &Path) -> Result<Manifest> {
        let shown = dir.display();
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(Error::bad_input(format!(
                    "snapshot {shown} is not a directory: give the directory `ferry snapshot --out` wrote"
                )))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::bad_input(format!(
                    "snapshot directory {shown} does not exist"
                )))
            }
            Err(e) => {
                return Err(Error::bad_input(format!(
                    "cannot read snapshot directory {shown}: {e}"
                )))
            }
        }
        let path = dir.join(MANIFEST);
        let text = match std::fs::read(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::bad_input(format!(
                    "{shown} has no {MANIFEST}: it is not a ferry snapshot, or not a complete one \
                     (an interrupted snapshot is left as DIR.ferry-tmp-PID and never renamed)"
                )))
            }
            Err(e) => {
                return Err(Error::bad_input(format!(
                    "cannot read {}: {e}",
                    path.display()
                )))
            }
        };
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses a manifest; `name` is its path for messages.
    ///
    /// # Errors
    /// As [`Manifest::load`].
    pub fn parse(text: &[u8], name: &str) -> Result<Manifest> {
        let value: serde_json::Value = serde_json::from_slice(text).map_err(|e| {
            Error::bad_input(format!(
                "{name} is not valid JSON ({e}): the manifest is damaged; take the snapshot again"
            ))
        })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(Error::bad_input(format!(
                "{name} is not a ferry snapshot manifest: \"format\" is not \"{FORMAT}\""
            )));
        }
        match value.get("format_version").and_then(|v| v.as_u64()) {
            Some(v) if (OLDEST_FORMAT_VERSION as u64..=FORMAT_VERSION as u64).contains(&v) => {}
            Some(v) => {
                return Err(Error::bad_input(format!(
                    "{name} has snapshot format version {v}; this ferry ({}) reads versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}: \
                     use the ferry version that wrote it (manifest ferry_version: {})",
                    env!("CARGO_PKG_VERSION"),
                    value
                        .get("ferry_version")
                        .and_then(|v| v.as_str())
                        .unwrap_or("unknown")
                )))
            }
            None => {
                return Err(Error::bad_input(format!(
                    "{name} has no numeric \"format_version\": the manifest is damaged"
                )))
            }
        }
        let manifest: Manifest = serde_json::from_value(value).map_err(|e| {
            Error::bad_input(format!("{name} is not a valid snapshot manifest: {e}"))
        })?;
        let mut problems = Vec::new();
        for table in &manifest.tables {
            if table.schema.name != table.name {
                problems.push(format!(
                    "table {} has the schema of table {}",
                    table.name, table.schema.name
                ));
            }
            let part_rows: u64 = table.parts.iter().map(|p| p.rows).sum();
            if part_rows != table.rows {
                problems.push(format!(
                    "table {} has {} rows but its parts add up to {part_rows}",
                    table.name, table.rows
                ));
            }
            for column in &table.schema.columns {
                if let Some(why) = column.ty.arrow_problem() {
                    problems.push(format!("column {}.{}: {why}", table.name, column.name));
                }
            }
            problems.extend(split_problems(table));
            for part in &table.parts {
                if !is_inside(&part.path) {
                    problems.push(format!(
                        "table {}: part path '{}' is not inside the snapshot directory",
                        table.name, part.path
                    ));
                }
            }
        }
        if !problems.is_empty() {
            return Err(Error::bad_input(format!(
                "{name} contradicts itself: {}",
                problems.join("; ")
            )));
        }
        Ok(manifest)
    }
}

/// What a split table's slices contradict: a key that is not its primary
/// key, parts outside the slices, slice row counts their parts do not add
/// up to.
fn split_problems(table: &TableEntry) -> Vec<String> {
    let Some(split) = &table.split else {
        return match table.parts.iter().any(|p| p.slice.is_some()) {
            true => vec![format!(
                "table {}: parts name slices but the table is not split",
                table.name
            )],
            false => Vec::new(),
        };
    };
    let mut problems = Vec::new();
    if table.schema.primary_key != [split.column.clone()] {
        problems.push(format!(
            "table {}: split by {}, which is not its primary key",
            table.name, split.column
        ));
    }
    if split.slices.is_empty() {
        problems.push(format!("table {}: split into no slices", table.name));
    }
    if let Some(part) = table
        .parts
        .iter()
        .find(|p| p.slice.is_none_or(|k| k >= split.slices.len()))
    {
        problems.push(format!(
            "table {}: part {} is in none of its {} slices",
            table.name,
            part.path,
            split.slices.len()
        ));
    }
    for (k, range) in split.slices.iter().enumerate() {
        let rows: u64 = table.slice_parts(k).map(|p| p.rows).sum();
        if rows != range.rows {
            problems.push(format!(
                "table {}: slice {k} has {} rows but its parts add up to {rows}",
                table.name, range.rows
            ));
        }
    }
    problems
}

/// A relative path without `..`: a manifest cannot point outside its
/// directory.
fn is_inside(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty()
        && p.components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn newer_format_versions_are_refused() {
        let text = br#"{"format":"ferry-snapshot","format_version":99,"ferry_version":"9.0.0"}"#;
        let err = Manifest::parse(text, "s/manifest.json").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("s/manifest.json has snapshot format version 99; this ferry"),
            "{err}"
        );
        assert_eq!(err.exit_code(), crate::error::ExitCode::BadInput);
    }

    #[test]
    fn part_paths_stay_inside() {
        assert!(is_inside("dir_user/part-00000.arrow"));
        assert!(!is_inside("../etc/passwd"));
        assert!(!is_inside("/etc/passwd"));
        assert!(!is_inside(""));
    }
}
