//! Writing a snapshot as a [`Sink`]: part files into a temporary directory
//! renamed at the commit, or objects uploaded as they are encoded under an
//! S3 prefix with the manifest put last.

use super::manifest::{self, Manifest, Origin, Part, TableEntry, FORMAT_VERSION, MANIFEST};
use super::place::Place;
use super::write::{self, PartWriter, WriteError, WriteResult};
use super::{check_output, s3, Capture, WriteOptions};
use crate::catalog::create::Schema;
use crate::catalog::{Catalog, Edge, Sequence, Table, View};
use crate::endpoint::{DbUrl, Sink, WriteProgress};
use crate::error::{Error, Result};
use arrow::datatypes::SchemaRef;
use arrow::record_batch::RecordBatch;
use async_trait::async_trait;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

/// Writes a snapshot: a local directory, or objects under an S3 prefix.
pub struct SnapshotSink {
    place: Place,
    /// Local: the directory written, renamed to the snapshot's at the commit.
    temp: PathBuf,
    /// S3: what the prefix held before, removed once a `--force` snapshot
    /// is complete.
    replaced: Vec<String>,
    /// S3: the objects this snapshot wrote, removed if it fails.
    uploaded: Vec<String>,
    /// S3: added to part names when objects are replaced, so the old
    /// snapshot stays whole until the new manifest is written.
    tag: String,
    options: WriteOptions,
    capture: Option<Capture>,
    tables: Vec<TableEntry>,
    /// The source's views and free sequences, recorded in the manifest.
    views: Vec<View>,
    sequences: Vec<Sequence>,
    dir_names: HashSet<String>,
    /// Each table's part directory, for its later slices.
    dirs: BTreeMap<String, String>,
    /// Slices written so far of each table read in key ranges.
    slices_taken: BTreeMap<String, usize>,
    started: bool,
    /// S3: [`SnapshotSink::check_destination`] has looked at the prefix.
    checked: bool,
    completed: Option<Manifest>,
}

impl SnapshotSink {
    /// # Errors
    /// As [`Place::of`].
    pub fn new(url: &DbUrl, options: WriteOptions) -> Result<Self> {
        let place = Place::of("--out", url.snapshot_name())?;
        let temp = match &place {
            Place::Local(dir) => write::sibling(dir, "ferry-tmp"),
            Place::S3(_) => PathBuf::new(),
        };
        Ok(SnapshotSink {
            place,
            temp,
            replaced: Vec::new(),
            uploaded: Vec::new(),
            tag: String::new(),
            options,
            capture: None,
            tables: Vec::new(),
            views: Vec::new(),
            sequences: Vec::new(),
            dir_names: HashSet::from([MANIFEST.to_string()]),
            dirs: BTreeMap::new(),
            slices_taken: BTreeMap::new(),
            started: false,
            checked: false,
            completed: None,
        })
    }

    /// Where the snapshot comes from, recorded in the manifest.
    pub fn set_capture(&mut self, capture: Capture) {
        self.capture = Some(capture);
    }

    /// The manifest written by the commit, for reports.
    pub fn written(&self) -> &[TableEntry] {
        &self.tables
    }

    /// The manifest of the completed snapshot.
    pub fn completed(&self) -> Option<&Manifest> {
        self.completed.as_ref()
    }

    pub fn place(&self) -> &Place {
        &self.place
    }

    /// Removes what was written, if anything; says what became of it.
    async fn discard(&mut self) -> String {
        if !self.started {
            return "nothing was written".into();
        }
        self.started = false;
        match &self.place {
            Place::Local(_) => match std::fs::remove_dir_all(&self.temp) {
                Ok(()) => format!(
                    "the partial snapshot directory {} was removed",
                    self.temp.display()
                ),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    "nothing was written".into()
                }
                Err(e) => format!(
                    "the partial snapshot directory {} could not be removed ({e}); remove it by hand",
                    self.temp.display()
                ),
            },
            Place::S3(prefix) => {
                let uploaded = std::mem::take(&mut self.uploaded);
                let failed = prefix.delete(&uploaded).await;
                match (uploaded.len(), failed.len()) {
                    (0, _) => "nothing was written".into(),
                    (n, 0) => format!(
                        "the {n} part object(s) it had written under {} were removed",
                        prefix.shown()
                    ),
                    (_, _) => format!(
                        "these part objects could not be removed: {}; remove them by hand (there is no manifest, so no restore takes them for a snapshot)",
                        failed.join("; ")
                    ),
                }
            }
        }
    }

    /// A failed write: what was written is removed at once, so the message
    /// can say so.
    async fn failed(&mut self, what: &str, e: WriteError) -> Error {
        let cleanup = self.discard().await;
        Error::failed(format!(
            "{what} {}: {}; {cleanup}",
            e.path.display(),
            e.message
        ))
    }

    /// Starts part `n` of a table whose parts go in `dir_name`.
    fn open_part(&mut self, dir_name: &str, n: usize, schema: &SchemaRef) -> WriteResult<OpenPart> {
        let (format, compression) = (self.options.format, self.options.compression);
        let relative = format!("{dir_name}/part-{n:05}{}.{}", self.tag, format.extension());
        match &self.place {
            Place::Local(_) => Ok(OpenPart {
                writer: PartWriter::create(&self.temp, relative, schema, format, compression)?,
                upload: None,
            }),
            Place::S3(prefix) => {
                let shown = prefix.shown_object(&relative);
                let upload = object_store::buffered::BufWriter::with_capacity(
                    prefix.store(),
                    prefix.object(&relative),
                    s3::UPLOAD_CHUNK,
                )
                .with_max_concurrency(s3::UPLOAD_CONCURRENCY);
                self.uploaded.push(relative.clone());
                Ok(OpenPart {
                    writer: PartWriter::spooled(
                        shown.clone(),
                        relative,
                        schema,
                        format,
                        compression,
                    )?,
                    upload: Some((upload, shown)),
                })
            }
        }
    }

    /// The slice of `table` the next rows are (the tables read in key
    /// ranges arrive one slice after the other), counted as it is taken.
    fn next_slice(&mut self, table: &str) -> Option<usize> {
        self.capture.as_ref()?.splits.get(table)?;
        let taken = self.slices_taken.entry(table.to_string()).or_insert(0);
        *taken += 1;
        Some(*taken - 1)
    }

    /// Writes `batches` as parts numbered from `first` in `dir_name`; the
    /// parts and the rows. An error has removed what was written.
    async fn write_parts(
        &mut self,
        table: &Table,
        dir_name: &str,
        first: usize,
        batches: &mut crate::endpoint::BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<(Vec<Part>, u64)> {
        let schema = table.arrow_schema();
        let mut parts: Vec<Part> = Vec::new();
        let mut current: Option<OpenPart> = None;
        let mut rows = 0u64;
        while let Some(batch) = futures::StreamExt::next(batches).await {
            let batch = match batch {
                Ok(batch) => batch,
                Err(e) => {
                    if let Some(part) = current.take() {
                        part.abort().await;
                    }
                    return Err(e);
                }
            };
            // The same schema object for every part, whatever the reader
            // attached.
            let batch = RecordBatch::try_new(schema.clone(), batch.columns().to_vec())
                .map_err(|e| Error::arrow(format!("{}: batch for the snapshot", table.name), e))?;
            let mut part = match current.take() {
                Some(part) => part,
                None => match self.open_part(dir_name, first + parts.len(), &schema) {
                    Ok(part) => part,
                    Err(e) => return Err(self.failed("cannot write snapshot part", e).await),
                },
            };
            if let Err(e) = part.write(&batch).await {
                part.abort().await;
                return Err(self.failed("cannot write snapshot part", e).await);
            }
            rows += batch.num_rows() as u64;
            progress(batch.num_rows() as u64, crate::values::batch_bytes(&batch));
            if part.data_bytes() >= self.options.part_bytes {
                match part.finish().await {
                    Ok(part) => parts.push(part),
                    Err(e) => return Err(self.failed("cannot write snapshot part", e).await),
                }
            } else {
                current = Some(part);
            }
        }
        // An empty table (or slice) still gets one part, so its schema is
        // there for every reader.
        if current.is_none() && parts.is_empty() {
            match self.open_part(dir_name, first, &schema) {
                Ok(part) => current = Some(part),
                Err(e) => return Err(self.failed("cannot write snapshot part", e).await),
            }
        }
        if let Some(last) = current.take() {
            match last.finish().await {
                Ok(part) => parts.push(part),
                Err(e) => return Err(self.failed("cannot write snapshot part", e).await),
            }
        }
        Ok((parts, rows))
    }

    /// Enters what was written of `table` in the manifest: a new table, or
    /// a later slice of the one entered last.
    fn record(&mut self, table: &Table, slice: Option<usize>, parts: Vec<Part>, rows: u64) {
        let data_bytes: u64 = parts.iter().map(|p| p.data_bytes).sum();
        let file_bytes: u64 = parts.iter().map(|p| p.bytes).sum();
        if let (Some(k), Some(entry)) = (slice.filter(|&k| k > 0), self.tables.last_mut()) {
            entry.rows += rows;
            entry.data_bytes += data_bytes;
            entry.file_bytes += file_bytes;
            entry.parts.extend(parts);
            if let Some(range) = entry.split.as_mut().and_then(|s| s.slices.get_mut(k)) {
                range.rows = rows;
            }
            return;
        }
        let capture = self.capture.as_ref();
        let identity_next = capture
            .and_then(|c| c.identity_next.get(&table.name).cloned())
            .unwrap_or_default();
        let mut split = capture.and_then(|c| c.splits.get(&table.name).cloned());
        if let Some(first) = split.as_mut().and_then(|s| s.slices.first_mut()) {
            first.rows = rows;
        }
        self.tables.push(TableEntry {
            name: table.name.clone(),
            rows,
            data_bytes,
            file_bytes,
            identity_next,
            schema: table.clone(),
            parts,
            split,
        });
    }

    /// Checks, before anything is planned, that the snapshot can be
    /// written where it goes: for S3, that the bucket is there, the
    /// credentials are taken and the prefix is empty (or `--force`).
    ///
    /// # Errors
    /// [`Error::BadInput`] saying which.
    pub async fn check_destination(&mut self) -> Result<()> {
        if let Place::S3(prefix) = self.place.clone() {
            self.begin_s3(&prefix).await?;
            self.checked = true;
        }
        Ok(())
    }

    /// Begins an S3 snapshot: the prefix must be empty unless `--force`.
    async fn begin_s3(&mut self, prefix: &s3::S3Prefix) -> Result<()> {
        if self.checked {
            return Ok(());
        }
        let existing = prefix.list().await?;
        if existing.is_empty() {
            return Ok(());
        }
        if !self.options.force {
            let holds = match existing.iter().any(|k| k == MANIFEST) {
                true => "a snapshot",
                false => "no manifest (perhaps the parts of an interrupted snapshot)",
            };
            return Err(Error::bad_input(format!(
                "--out {} already holds {} object(s) and {holds}: choose another prefix, or pass --force to replace them \
                 (they are removed only once the new snapshot is complete)",
                prefix.shown(),
                existing.len()
            )));
        }
        let tag = uuid::Uuid::new_v4().simple().to_string();
        self.tag = format!("-{}", tag.get(..8).unwrap_or(&tag));
        self.replaced = existing;
        Ok(())
    }

    /// Writes the manifest last, then removes what a `--force` snapshot
    /// replaced.
    async fn complete_s3(&mut self, prefix: &s3::S3Prefix, manifest: &Manifest) -> Result<()> {
        let mut text = serde_json::to_vec_pretty(manifest)
            .map_err(|e| Error::failed(format!("cannot encode the manifest: {e}")))?;
        text.push(b'\n');
        if let Err(e) = prefix.put(MANIFEST, text, !self.options.force).await {
            let cleanup = self.discard().await;
            return Err(Error::failed(format!("{e}; {cleanup}")));
        }
        let keep: HashSet<&str> = manifest
            .tables
            .iter()
            .flat_map(|t| t.parts.iter().map(|p| p.path.as_str()))
            .chain([MANIFEST])
            .collect();
        let stale: Vec<String> = self
            .replaced
            .iter()
            .filter(|k| !keep.contains(k.as_str()))
            .cloned()
            .collect();
        let failed = prefix.delete(&stale).await;
        if !failed.is_empty() {
            tracing::warn!(
                "the new snapshot is complete in {}, but objects it replaced could not be removed: {}; remove them by hand",
                prefix.shown(),
                failed.join("; ")
            );
        }
        Ok(())
    }
}

/// A part being written and, in object storage, its upload.
struct OpenPart {
    writer: PartWriter,
    upload: Option<(object_store::buffered::BufWriter, String)>,
}

impl OpenPart {
    async fn write(&mut self, batch: &RecordBatch) -> WriteResult<()> {
        self.writer.write(batch)?;
        let bytes = self.writer.take_spooled();
        self.send(bytes).await
    }

    /// Hands encoded bytes to the upload, which sends them in chunks of
    /// [`s3::UPLOAD_CHUNK`] as they fill.
    async fn send(&mut self, bytes: Vec<u8>) -> WriteResult<()> {
        let Some((upload, shown)) = &mut self.upload else {
            return Ok(());
        };
        if bytes.is_empty() {
            return Ok(());
        }
        upload
            .put(bytes::Bytes::from(bytes))
            .await
            .map_err(|e| upload_error(shown, &e))
    }

    async fn finish(mut self) -> WriteResult<Part> {
        let writer = self.writer;
        let (part, rest) = writer.finish()?;
        if let Some((mut upload, shown)) = self.upload.take() {
            if !rest.is_empty() {
                upload
                    .put(bytes::Bytes::from(rest))
                    .await
                    .map_err(|e| upload_error(&shown, &e))?;
            }
            tokio::io::AsyncWriteExt::shutdown(&mut upload)
                .await
                .map_err(|e| upload_error(&shown, &e))?;
        }
        Ok(part)
    }

    /// Gives up an upload in progress (its parts are discarded by the store).
    async fn abort(self) {
        if let Some((mut upload, _)) = self.upload {
            let _ = upload.abort().await;
        }
    }

    fn data_bytes(&self) -> u64 {
        self.writer.data_bytes
    }
}

fn upload_error(shown: &str, e: &dyn std::fmt::Display) -> WriteError {
    WriteError {
        path: PathBuf::from(shown),
        message: s3::redacted(&e.to_string()),
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
        match self.place.clone() {
            Place::Local(dir) => {
                check_output(&dir, self.options.force)?;
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
            }
            Place::S3(prefix) => self.begin_s3(&prefix).await?,
        }
        self.started = true;
        Ok(())
    }

    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut crate::endpoint::BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<u64> {
        let slice = self.next_slice(&table.name);
        let later_slice = slice.is_some_and(|k| k > 0);
        let dir_name = match (later_slice, self.dirs.get(&table.name)) {
            (true, Some(dir)) => dir.clone(),
            _ => {
                let dir = write::part_dir_name(&table.name, &mut self.dir_names);
                if matches!(self.place, Place::Local(_)) {
                    if let Err(e) = write::create_private_dir(&self.temp.join(&dir)) {
                        return Err(self.failed("cannot create", e).await);
                    }
                }
                self.dirs.insert(table.name.clone(), dir.clone());
                dir
            }
        };
        let first = match later_slice {
            true => self.tables.last().map_or(0, |t| t.parts.len()),
            false => 0,
        };
        let (mut parts, rows) = self
            .write_parts(table, &dir_name, first, batches, progress)
            .await?;
        for part in &mut parts {
            part.slice = slice;
        }
        self.record(table, slice, parts, rows);
        Ok(rows)
    }

    async fn commit(&mut self, _written: &[Table]) -> Result<()> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let capture = self.capture.clone().unwrap_or_else(|| Capture {
            origin: Origin {
                engine: crate::endpoint::Engine::Snapshot,
                url: String::new(),
                consistency_point: None,
                schemas: Vec::new(),
            },
            captured_at: now.clone(),
            identity_next: BTreeMap::new(),
            masked: Vec::new(),
            splits: BTreeMap::new(),
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
        match self.place.clone() {
            Place::Local(dir) => {
                if let Err(e) = write::complete(&self.temp, &dir, &manifest, self.options.force) {
                    return Err(self.failed("cannot complete the snapshot at", e).await);
                }
            }
            Place::S3(prefix) => self.complete_s3(&prefix, &manifest).await?,
        }
        self.started = false;
        self.completed = Some(manifest);
        Ok(())
    }

    async fn rollback(&mut self) -> Result<()> {
        let what = self.discard().await;
        tracing::debug!("snapshot rolled back: {what}");
        Ok(())
    }
}
