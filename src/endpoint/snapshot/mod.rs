//! Snapshot directories: one more endpoint of the same pipeline.
//!
//! `ferry snapshot` is a run whose sink is a [`SnapshotSink`]; `ferry
//! restore` a run whose source is a [`SnapshotSource`]. A snapshot is a
//! directory:
//!
//! ```text
//! DIR/manifest.json               format version, source, capture time and
//!                                 consistency point, per table its logical
//!                                 schema, rows and parts with sha256
//! DIR/<table>/part-00000.arrow    Arrow IPC file, zstd-compressed buffers
//! DIR/<table>/part-00001.arrow    (or .parquet: Parquet with zstd)
//! ```
//!
//! Parts are ordinary Arrow IPC / Parquet files: every field carries its
//! logical type in `ferry.logical_type`, and uuid and json columns the
//! canonical `ARROW:extension:name` (`arrow.uuid`, `arrow.json`), so
//! pyarrow, DuckDB and Spark read them with the right types.
//!
//! The sink writes into `DIR.ferry-tmp-<pid>` and renames it to `DIR` only
//! in [`crate::endpoint::Sink::commit`], so an interrupted snapshot never looks finished; a
//! rollback or a failed write removes the temporary directory. In object
//! storage (`s3://bucket/prefix`, [`Place::S3`]) the parts go up as they
//! are encoded and the manifest is put last, so a prefix without one is no
//! snapshot; a rollback deletes the parts. The source checks the whole
//! snapshot — every part's size, sha256, row count and schema — in
//! [`crate::endpoint::Source::begin_read`], before a restore touches its target.

mod decoder_guard;

/// The part file of an input kept in `fuzz/regressions/part_file/` (the
/// input's first byte picks the format; the rest is the part).
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn kept_fuzz_part(name: &str) -> tempfile::NamedTempFile {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions/part_file")
        .join(name);
    let bytes = std::fs::read(&path).expect("the regression input");
    let part = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(part.path(), bytes.get(1..).unwrap_or_default()).expect("write");
    part
}
mod ipc_bounds;
mod manifest;
mod parquet_bounds;
mod place;
mod read;
mod remote_parquet;
pub mod s3;
mod sink;
mod source;
mod write;

pub use manifest::{KeyRange, Manifest, Origin, Part, Split, TableEntry, FORMAT_VERSION, MANIFEST};
pub use place::Place;
pub use read::{sha256_file, verify, LocalFiles, PartFiles, PartReader};
pub use sink::SnapshotSink;
pub use source::SnapshotSource;

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// A part file is closed and the next one started once it holds this many
/// bytes of (uncompressed) Arrow data, so huge tables split into files of
/// a size every tool handles.
pub const PART_BYTES: u64 = 128 << 20;

/// The file format of the parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    /// Arrow IPC files (`.arrow`).
    #[default]
    Arrow,
    /// Parquet files (`.parquet`).
    Parquet,
}

impl FileFormat {
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Arrow => "arrow",
            FileFormat::Parquet => "parquet",
        }
    }
}

impl fmt::Display for FileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileFormat::Arrow => "Arrow IPC",
            FileFormat::Parquet => "Parquet",
        })
    }
}

/// How parts are compressed: `zstd`, `zstd:LEVEL` or `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Compression {
    None,
    Zstd(i32),
}

impl Compression {
    /// zstd's default level, the one Arrow IPC files always use.
    pub const ZSTD_DEFAULT_LEVEL: i32 = 3;
}

impl Default for Compression {
    fn default() -> Self {
        Compression::Zstd(Self::ZSTD_DEFAULT_LEVEL)
    }
}

impl fmt::Display for Compression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Compression::None => f.write_str("none"),
            Compression::Zstd(level) => write!(f, "zstd:{level}"),
        }
    }
}

impl FromStr for Compression {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let s = s.trim().to_ascii_lowercase();
        match s.split_once(':') {
            None if s == "zstd" => Ok(Compression::default()),
            None if s == "none" => Ok(Compression::None),
            Some(("zstd", level)) => match level.parse::<i32>() {
                Ok(n) if (1..=22).contains(&n) => Ok(Compression::Zstd(n)),
                _ => Err(format!("zstd level '{level}' is not a number from 1 to 22")),
            },
            _ => Err(format!(
                "unknown compression '{s}': use zstd, zstd:LEVEL (1-22) or none"
            )),
        }
    }
}

impl From<Compression> for String {
    fn from(c: Compression) -> String {
        c.to_string()
    }
}

impl TryFrom<String> for Compression {
    type Error = String;

    fn try_from(s: String) -> std::result::Result<Self, String> {
        s.parse()
    }
}

/// How a [`SnapshotSink`] writes.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions {
    pub format: FileFormat,
    pub compression: Compression,
    /// Replace an existing snapshot directory (at the final rename only).
    pub force: bool,
    /// See [`PART_BYTES`].
    pub part_bytes: u64,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            format: FileFormat::default(),
            compression: Compression::default(),
            force: false,
            part_bytes: PART_BYTES,
        }
    }
}

impl WriteOptions {
    /// # Errors
    /// [`Error::BadInput`] for a zstd level with Arrow IPC, whose writer
    /// always uses zstd's default level.
    pub fn validate(&self) -> Result<()> {
        if let (FileFormat::Arrow, Compression::Zstd(level)) = (self.format, self.compression) {
            if level != Compression::ZSTD_DEFAULT_LEVEL {
                return Err(Error::bad_input(format!(
                    "--compression zstd:{level}: Arrow IPC parts are compressed at zstd's default level ({}); \
                     a level applies to --format parquet only",
                    Compression::ZSTD_DEFAULT_LEVEL
                )));
            }
        }
        if self.part_bytes == 0 {
            return Err(Error::bad_input("the part size must be at least 1 byte"));
        }
        Ok(())
    }
}

/// Refuses an output directory that exists (unless `force`) or that could
/// never be renamed into place.
///
/// # Errors
/// [`Error::BadInput`] saying what to do.
pub fn check_output(dir: &Path, force: bool) -> Result<()> {
    let named = dir
        .file_name()
        .is_some_and(|n| n != "." && n != ".." && !n.is_empty());
    if !named {
        return Err(Error::bad_input(format!(
            "--out {} names no new directory: give a path such as ./snapshots/prod-2024-05-01",
            dir.display()
        )));
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(Error::bad_input(format!(
            "--out {}: the directory {} does not exist; create it first",
            dir.display(),
            parent.display()
        )));
    }
    if dir.symlink_metadata().is_ok() && !force {
        return Err(Error::bad_input(format!(
            "the output directory {} already exists: choose another --out, or pass --force to replace it \
             (it is replaced only once the new snapshot is complete)",
            dir.display()
        )));
    }
    Ok(())
}

/// What the sink records about the source, given after the consistent
/// read is open.
#[derive(Debug, Clone)]
pub struct Capture {
    pub origin: Origin,
    pub captured_at: String,
    /// Per table, the next value of each identity column.
    pub identity_next: BTreeMap<String, BTreeMap<String, i64>>,
    /// The columns the snapshot holds masked (`dir_user.email (email)`).
    pub masked: Vec<String>,
    /// The tables read in key ranges, whose slices arrive one after the
    /// other in key order (their row counts are filled in as they do).
    pub splits: BTreeMap<String, manifest::Split>,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn compression_spellings() {
        assert_eq!("zstd".parse::<Compression>(), Ok(Compression::Zstd(3)));
        assert_eq!("ZSTD:19".parse::<Compression>(), Ok(Compression::Zstd(19)));
        assert_eq!("none".parse::<Compression>(), Ok(Compression::None));
        assert!("zstd:0".parse::<Compression>().is_err());
        assert!("gzip".parse::<Compression>().is_err());
        assert_eq!(Compression::Zstd(7).to_string(), "zstd:7");
    }

    #[test]
    fn arrow_ipc_takes_no_zstd_level() {
        let options = WriteOptions {
            compression: Compression::Zstd(9),
            ..WriteOptions::default()
        };
        assert!(options.validate().is_err());
        let parquet = WriteOptions {
            format: FileFormat::Parquet,
            ..options
        };
        assert!(parquet.validate().is_ok());
    }
}
