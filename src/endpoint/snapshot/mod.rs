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
//! in [`Sink::commit`], so an interrupted snapshot never looks finished; a
//! rollback or a failed write removes the temporary directory. The source
//! checks the whole snapshot — every part's size, sha256, row count and
//! schema — in [`Source::begin_read`], before a restore touches its target.

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
mod read;
mod write;

pub use manifest::{Manifest, Origin, Part, TableEntry, FORMAT_VERSION, MANIFEST};
pub use read::{sha256_file, verify, PartReader};

use super::{BatchSize, BatchStream, DbUrl, Sink, Source, WriteProgress};
use crate::catalog::create::Schema;
use crate::catalog::Edge;
use crate::catalog::{Catalog, Table};
use crate::catalog::{Sequence, View};
use crate::error::{Error, Result};
use arrow::record_batch::RecordBatch;
use async_trait::async_trait;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use write::{PartWriter, WriteError};

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

/// Reads a snapshot directory; the whole snapshot is verified before the
/// first table is read.
pub struct SnapshotSource {
    dir: PathBuf,
    manifest: Manifest,
    verified: bool,
}

impl SnapshotSource {
    /// Loads the manifest of `url`'s directory.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing directory or manifest, or a manifest
    /// of an unknown format version.
    pub fn open(url: &DbUrl) -> Result<Self> {
        let dir = url.snapshot_dir().to_path_buf();
        let manifest = Manifest::load(&dir)?;
        Ok(SnapshotSource {
            dir,
            manifest,
            verified: false,
        })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Checks every part's size, sha256, row count and schema against the
    /// manifest (once).
    ///
    /// # Errors
    /// [`Error::Preflight`] listing every part that does not match.
    pub async fn verify(&mut self) -> Result<()> {
        if self.verified {
            return Ok(());
        }
        let (dir, manifest) = (self.dir.clone(), self.manifest.clone());
        let problems = tokio::task::spawn_blocking(move || read::verify(&dir, &manifest))
            .await
            .map_err(|e| Error::failed(format!("verifying the snapshot stopped: {e}")))?;
        if !problems.is_empty() {
            let mut list = vec![format!(
                "snapshot {} does not match its manifest; restore from an intact copy",
                self.dir.display()
            )];
            list.extend(problems);
            return Err(Error::Preflight(list));
        }
        self.verified = true;
        Ok(())
    }

    fn entry(&self, table: &Table) -> Result<&TableEntry> {
        self.manifest
            .tables
            .iter()
            .find(|t| t.name == table.name)
            .ok_or_else(|| {
                Error::bad_input(format!(
                    "snapshot {} has no table {}",
                    self.dir.display(),
                    table.name
                ))
            })
    }
}

#[async_trait]
impl Source for SnapshotSource {
    fn recorded_schemas(&self) -> Vec<String> {
        self.manifest.source.schemas.clone()
    }

    async fn begin_read(&mut self) -> Result<()> {
        self.verify().await
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        Ok(self.manifest.catalog())
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        Ok(self.entry(table)?.rows)
    }

    fn read_table<'a>(&'a mut self, table: &'a Table, size: BatchSize) -> BatchStream<'a> {
        use futures::StreamExt;
        let failed = |e: Error| futures::stream::once(async move { Err(e) }).boxed();
        let entry = match self.entry(table) {
            Ok(entry) => entry,
            Err(e) => return failed(e),
        };
        if table.filter.is_some() {
            return failed(Error::bad_input(format!(
                "{}: [select.where] needs a database source; a snapshot is restored whole",
                table.name
            )));
        }
        // The plan may copy fewer columns than the snapshot holds (key maps
        // read only the key columns): the parts' batches are projected.
        let projection: Option<Vec<usize>> = table
            .columns
            .iter()
            .map(|c| entry.schema.columns.iter().position(|s| s.name == c.name))
            .collect();
        let Some(projection) = projection else {
            return failed(Error::failed(format!(
                "{}: the snapshot lacks a column the plan reads",
                table.name
            )));
        };
        let batches = read::read_table(
            &self.dir,
            self.manifest.file_format,
            entry,
            table.arrow_schema(),
            projection,
            size,
        );
        futures::stream::iter(batches).boxed()
    }

    async fn consistency_point(&mut self) -> Result<Option<String>> {
        Ok(self.manifest.source.consistency_point.clone())
    }

    async fn next_identity(&mut self, table: &Table) -> Result<Vec<(String, i64)>> {
        Ok(self
            .entry(table)?
            .identity_next
            .iter()
            .map(|(c, v)| (c.clone(), *v))
            .collect())
    }
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
}

/// Writes a snapshot directory.
pub struct SnapshotSink {
    dir: PathBuf,
    temp: PathBuf,
    options: WriteOptions,
    capture: Option<Capture>,
    tables: Vec<TableEntry>,
    /// The source's views and free sequences, recorded in the manifest.
    views: Vec<View>,
    sequences: Vec<Sequence>,
    dir_names: HashSet<String>,
    started: bool,
}

impl SnapshotSink {
    pub fn new(url: &DbUrl, options: WriteOptions) -> Self {
        let dir = url.snapshot_dir().to_path_buf();
        SnapshotSink {
            temp: write::sibling(&dir, "ferry-tmp"),
            dir,
            options,
            capture: None,
            tables: Vec::new(),
            views: Vec::new(),
            sequences: Vec::new(),
            dir_names: HashSet::from([MANIFEST.to_string()]),
            started: false,
        }
    }

    /// Where the snapshot comes from, recorded in the manifest.
    pub fn set_capture(&mut self, capture: Capture) {
        self.capture = Some(capture);
    }

    /// The manifest written by the commit, for reports.
    pub fn written(&self) -> &[TableEntry] {
        &self.tables
    }

    /// Removes the temporary directory, if any; says what became of it.
    fn discard(&mut self) -> String {
        if !self.started {
            return "nothing was written".into();
        }
        self.started = false;
        match std::fs::remove_dir_all(&self.temp) {
            Ok(()) => format!(
                "the partial snapshot directory {} was removed",
                self.temp.display()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => "nothing was written".into(),
            Err(e) => format!(
                "the partial snapshot directory {} could not be removed ({e}); remove it by hand",
                self.temp.display()
            ),
        }
    }

    /// A failed write: the partial directory is removed at once, so the
    /// message can say so.
    fn failed(&mut self, what: &str, e: WriteError) -> Error {
        let cleanup = self.discard();
        Error::failed(format!(
            "{what} {}: {}; {cleanup}",
            e.path.display(),
            e.message
        ))
    }
}

#[async_trait]
impl Sink for SnapshotSink {
    /// A snapshot starts empty: every selected table is created in it.
    async fn catalog(&mut self) -> Result<Catalog> {
        Ok(Catalog::default())
    }

    async fn count_rows(&mut self, _table: &Table) -> Result<u64> {
        Ok(0)
    }

    async fn begin(&mut self, schema: &Schema, _forward_keys: &[Edge]) -> Result<()> {
        self.views = schema.views.clone();
        self.sequences = schema.sequences.clone();
        self.options.validate()?;
        check_output(&self.dir, self.options.force)?;
        if self.temp.symlink_metadata().is_ok() {
            // Left by an earlier process with our pid: never a live one.
            let _ = std::fs::remove_dir_all(&self.temp);
        }
        write::create_private_dir(&self.temp).map_err(|e| {
            Error::failed(format!(
                "cannot create the snapshot directory {}: {}; check that the parent directory exists \
                 and is writable; nothing was written",
                e.path.display(),
                e.message
            ))
        })?;
        self.started = true;
        Ok(())
    }

    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut crate::endpoint::BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<u64> {
        let dir_name = write::part_dir_name(&table.name, &mut self.dir_names);
        if let Err(e) = write::create_private_dir(&self.temp.join(&dir_name)) {
            return Err(self.failed("cannot create", e));
        }
        let schema = table.arrow_schema();
        let (format, compression) = (self.options.format, self.options.compression);
        let part_path = |n: usize| format!("{dir_name}/part-{n:05}.{}", format.extension());
        let mut parts: Vec<Part> = Vec::new();
        let mut current: Option<PartWriter> = None;
        let mut rows = 0u64;
        while let Some(batch) = futures::StreamExt::next(batches).await {
            let batch = batch?;
            // The same schema object for every part, whatever the reader
            // attached.
            let batch = RecordBatch::try_new(schema.clone(), batch.columns().to_vec())
                .map_err(|e| Error::arrow(format!("{}: batch for the snapshot", table.name), e))?;
            let mut writer = match current.take() {
                Some(w) => w,
                None => {
                    let relative = part_path(parts.len());
                    match PartWriter::create(&self.temp, relative, &schema, format, compression) {
                        Ok(w) => w,
                        Err(e) => return Err(self.failed("cannot write snapshot part", e)),
                    }
                }
            };
            if let Err(e) = writer.write(&batch) {
                return Err(self.failed("cannot write snapshot part", e));
            }
            rows += batch.num_rows() as u64;
            progress(batch.num_rows() as u64, crate::values::batch_bytes(&batch));
            if writer.data_bytes >= self.options.part_bytes {
                match writer.finish() {
                    Ok(part) => parts.push(part),
                    Err(e) => return Err(self.failed("cannot write snapshot part", e)),
                }
            } else {
                current = Some(writer);
            }
        }
        // An empty table still gets one part, so its schema is on disk for
        // every reader.
        if current.is_none() && parts.is_empty() {
            match PartWriter::create(&self.temp, part_path(0), &schema, format, compression) {
                Ok(w) => current = Some(w),
                Err(e) => return Err(self.failed("cannot write snapshot part", e)),
            }
        }
        if let Some(last) = current.take() {
            match last.finish() {
                Ok(part) => parts.push(part),
                Err(e) => return Err(self.failed("cannot write snapshot part", e)),
            }
        }
        let identity_next = self
            .capture
            .as_ref()
            .and_then(|c| c.identity_next.get(&table.name).cloned())
            .unwrap_or_default();
        self.tables.push(TableEntry {
            name: table.name.clone(),
            rows,
            data_bytes: parts.iter().map(|p| p.data_bytes).sum(),
            file_bytes: parts.iter().map(|p| p.bytes).sum(),
            identity_next,
            schema: table.clone(),
            parts,
        });
        Ok(rows)
    }

    async fn commit(&mut self, _written: &[Table]) -> Result<()> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let capture = self.capture.clone().unwrap_or_else(|| Capture {
            origin: Origin {
                engine: super::Engine::Snapshot,
                url: String::new(),
                consistency_point: None,
                schemas: Vec::new(),
            },
            captured_at: now.clone(),
            identity_next: BTreeMap::new(),
            masked: Vec::new(),
        });
        let manifest = Manifest {
            format: manifest::FORMAT.into(),
            format_version: FORMAT_VERSION,
            ferry_version: env!("CARGO_PKG_VERSION").into(),
            source: capture.origin,
            captured_at: capture.captured_at,
            completed_at: now,
            file_format: self.options.format,
            compression: self.options.compression,
            tables: self.tables.clone(),
            views: self.views.clone(),
            sequences: self.sequences.clone(),
            masked: capture.masked,
        };
        if let Err(e) = write::complete(&self.temp, &self.dir, &manifest, self.options.force) {
            return Err(self.failed("cannot complete the snapshot at", e));
        }
        self.started = false;
        Ok(())
    }

    async fn rollback(&mut self) -> Result<()> {
        let what = self.discard();
        tracing::debug!("snapshot rolled back: {what}");
        Ok(())
    }
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
