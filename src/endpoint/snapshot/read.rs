//! Reading a snapshot: verifying every part against the manifest, and
//! streaming a table's parts as batches.
//!
//! Nothing here may panic on what a file or a server holds: no unwrap,
//! expect or indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::decoder_guard::guarded;
use super::manifest::{Manifest, Part, TableEntry};
use super::s3::remote::RemoteFile;
use super::s3::S3Prefix;
use super::write::hex;
use super::FileFormat;
use crate::endpoint::BatchSize;
use crate::error::{Error, Result};
use arrow::datatypes::{Schema, SchemaRef};
use arrow::ipc::reader::FileReader;
use arrow::record_batch::RecordBatch;
use bytes::Bytes;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use parquet::file::reader::{ChunkReader, Length};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Rows per batch when decoding Parquet; batches are re-sliced to the
/// run's [`BatchSize`] afterwards.
const PARQUET_BATCH_ROWS: usize = 8192;

/// Where a snapshot's part files are read from: a directory or an S3
/// prefix. Blocking: called on a blocking thread.
pub trait PartFiles: Send + Sync {
    /// The part's full name for messages (`DIR/t/part-00000.arrow`,
    /// `s3://bucket/prefix/t/part-….arrow`).
    fn shown(&self, relative: &str) -> String;
    /// The part's size in bytes; `None` when it is missing.
    fn size(&self, relative: &str) -> io::Result<Option<u64>>;
    /// Lower-case hex SHA-256 of the whole part.
    fn sha256(&self, relative: &str) -> io::Result<String>;
    /// The part, for decoding.
    fn open(&self, relative: &str, size: u64) -> io::Result<PartInput>;
    /// The whole part in memory, when it is remote and small enough that
    /// one download beats many ranged ones (each GET costs a round trip:
    /// about 60 ms on moto whatever its size, tens of ms on S3).
    fn whole(&self, _relative: &str, _size: u64) -> io::Result<Option<Bytes>> {
        Ok(None)
    }
}

/// A remote part up to this size is verified, and then read, from one
/// download held in memory; a larger one is hashed as it streams, then
/// decoded by ranged GETs, so memory stays bounded for any part.
/// `FERRY_S3_WHOLE_PART_BYTES` sets another limit (0: always by ranges).
const WHOLE_PART_LIMIT: u64 = 64 << 20;

fn whole_part_limit() -> u64 {
    std::env::var("FERRY_S3_WHOLE_PART_BYTES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(WHOLE_PART_LIMIT)
}

/// A snapshot directory's parts.
pub struct LocalFiles(pub PathBuf);

impl PartFiles for LocalFiles {
    fn shown(&self, relative: &str) -> String {
        self.0.join(relative).display().to_string()
    }

    fn size(&self, relative: &str) -> io::Result<Option<u64>> {
        match std::fs::metadata(self.0.join(relative)) {
            Ok(m) => Ok(Some(m.len())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn sha256(&self, relative: &str) -> io::Result<String> {
        sha256_file(&self.0.join(relative))
    }

    fn open(&self, relative: &str, _size: u64) -> io::Result<PartInput> {
        Ok(PartInput::Local(File::open(self.0.join(relative))?))
    }
}

/// An S3 snapshot's parts, read in place.
pub struct RemoteFiles {
    pub prefix: Arc<S3Prefix>,
    pub handle: tokio::runtime::Handle,
}

impl PartFiles for RemoteFiles {
    fn shown(&self, relative: &str) -> String {
        self.prefix.shown_object(relative)
    }

    fn size(&self, relative: &str) -> io::Result<Option<u64>> {
        use object_store::ObjectStoreExt;
        let (store, path) = (self.prefix.store(), self.prefix.object(relative));
        match self.handle.block_on(async move { store.head(&path).await }) {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(io::Error::other(super::s3::redacted(&e.to_string()))),
        }
    }

    fn sha256(&self, relative: &str) -> io::Result<String> {
        RemoteFile::new(&self.prefix, relative, 0, self.handle.clone()).sha256()
    }

    fn open(&self, relative: &str, size: u64) -> io::Result<PartInput> {
        Ok(PartInput::Remote(RemoteFile::new(
            &self.prefix,
            relative,
            size,
            self.handle.clone(),
        )))
    }

    fn whole(&self, relative: &str, size: u64) -> io::Result<Option<Bytes>> {
        if size > whole_part_limit() {
            return Ok(None);
        }
        RemoteFile::new(&self.prefix, relative, size, self.handle.clone())
            .whole()
            .map(Some)
    }
}

/// One part's bytes: a local file, an object read by ranges, or a part
/// downloaded whole.
pub enum PartInput {
    Local(File),
    Remote(RemoteFile),
    Memory(io::Cursor<Bytes>),
}

impl PartInput {
    fn size(&self) -> io::Result<u64> {
        match self {
            PartInput::Local(f) => Ok(f.metadata()?.len()),
            PartInput::Remote(r) => Ok(r.size()),
            PartInput::Memory(m) => Ok(m.get_ref().len() as u64),
        }
    }
}

impl Read for PartInput {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self {
            PartInput::Local(f) => f.read(out),
            PartInput::Remote(r) => r.read(out),
            PartInput::Memory(m) => m.read(out),
        }
    }
}

impl Seek for PartInput {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        match self {
            PartInput::Local(f) => f.seek(to),
            PartInput::Remote(r) => r.seek(to),
            PartInput::Memory(m) => m.seek(to),
        }
    }
}

impl Length for PartInput {
    fn len(&self) -> u64 {
        match self {
            PartInput::Local(f) => Length::len(f),
            PartInput::Remote(r) => r.size(),
            PartInput::Memory(m) => m.get_ref().len() as u64,
        }
    }
}

impl ChunkReader for PartInput {
    type T = Box<dyn Read + Send>;

    fn get_read(&self, start: u64) -> parquet::errors::Result<Self::T> {
        Ok(match self {
            PartInput::Local(f) => Box::new(ChunkReader::get_read(f, start)?),
            PartInput::Remote(r) => Box::new(r.reader_at(start)),
            PartInput::Memory(m) => Box::new(ChunkReader::get_read(m.get_ref(), start)?),
        })
    }

    fn get_bytes(&self, start: u64, length: usize) -> parquet::errors::Result<Bytes> {
        match self {
            PartInput::Local(f) => f.get_bytes(start, length),
            PartInput::Remote(r) => r
                .range(start, length as u64)
                .map_err(|e| parquet::errors::ParquetError::External(Box::new(e))),
            PartInput::Memory(m) => m.get_ref().get_bytes(start, length),
        }
    }
}

/// The batches of one part file, in order.
pub enum PartReader {
    Arrow(Box<FileReader<BufReader<PartInput>>>),
    Parquet(ParquetRecordBatchReader),
    /// A Parquet part in object storage, a row group at a time.
    RemoteParquet(Box<super::remote_parquet::RemoteRowGroups>),
    /// A decoder panicked on the file: nothing more is read from it.
    Failed,
}

impl PartReader {
    /// A local part file.
    pub fn open(path: &Path, format: FileFormat) -> std::result::Result<Self, String> {
        let file = File::open(path).map_err(|e| e.to_string())?;
        Self::from_input(PartInput::Local(file), format)
    }

    pub fn from_input(
        mut input: PartInput,
        format: FileFormat,
    ) -> std::result::Result<Self, String> {
        let size = input.size().map_err(|e| e.to_string())?;
        guarded(|| {
            Ok(match format {
                FileFormat::Arrow => PartReader::Arrow({
                    super::ipc_bounds::check(&mut input, size)?;
                    input.seek(SeekFrom::Start(0)).map_err(|e| e.to_string())?;
                    Box::new(
                        FileReader::try_new(BufReader::with_capacity(1 << 20, input), None)
                            .map_err(|e| e.to_string())?,
                    )
                }),
                FileFormat::Parquet if matches!(input, PartInput::Remote(_)) => {
                    let PartInput::Remote(object) = input else {
                        return Err("not a remote part".into());
                    };
                    PartReader::RemoteParquet(Box::new(
                        super::remote_parquet::RemoteRowGroups::open(object, PARQUET_BATCH_ROWS)?,
                    ))
                }
                FileFormat::Parquet => PartReader::Parquet({
                    let builder = ParquetRecordBatchReaderBuilder::try_new(input)
                        .map_err(|e| e.to_string())?;
                    super::parquet_bounds::check_chunks(builder.metadata(), size)?;
                    builder
                        .with_batch_size(PARQUET_BATCH_ROWS)
                        .build()
                        .map_err(|e| e.to_string())?
                }),
            })
        })
    }

    pub fn schema(&self) -> SchemaRef {
        match self {
            PartReader::Arrow(r) => r.schema(),
            PartReader::Parquet(r) => {
                use arrow::record_batch::RecordBatchReader;
                r.schema()
            }
            PartReader::RemoteParquet(r) => r.schema(),
            PartReader::Failed => std::sync::Arc::new(Schema::empty()),
        }
    }
}

impl Iterator for PartReader {
    type Item = std::result::Result<RecordBatch, String>;

    fn next(&mut self) -> Option<Self::Item> {
        let next = guarded(|| {
            Ok(match self {
                PartReader::Arrow(r) => r.next().map(|b| b.map_err(|e| e.to_string())),
                PartReader::Parquet(r) => r.next().map(|b| b.map_err(|e| e.to_string())),
                PartReader::RemoteParquet(r) => r.next(),
                PartReader::Failed => None,
            })
        });
        match next {
            Ok(next) => next,
            Err(panicked) => {
                *self = PartReader::Failed;
                Some(Err(panicked))
            }
        }
    }
}

/// Checks every part of `manifest` in `files`: present, of the recorded
/// size and SHA-256, and holding the recorded rows with the table's
/// schema. Returns every problem found, each naming the table and the file.
pub fn verify(files: &dyn PartFiles, manifest: &Manifest) -> Vec<String> {
    let mut problems = Vec::new();
    for table in &manifest.tables {
        let schema = table.schema.arrow_schema();
        for part in &table.parts {
            if let Err(problem) = verify_part(files, manifest.file_format, table, part, &schema) {
                problems.push(format!("{}: {problem}", table.name));
            }
        }
    }
    problems
}

fn verify_part(
    files: &dyn PartFiles,
    format: FileFormat,
    table: &TableEntry,
    part: &Part,
    schema: &SchemaRef,
) -> std::result::Result<(), String> {
    let shown = files.shown(&part.path);
    let size = match files.size(&part.path) {
        Ok(Some(size)) => size,
        Ok(None) => return Err(format!("part {shown} is missing")),
        Err(e) => return Err(format!("cannot read part {shown}: {e}")),
    };
    if size != part.bytes {
        return Err(format!(
            "part {shown} is {size} bytes but the manifest says {}: the file is truncated or was changed",
            part.bytes
        ));
    }
    let unreadable = |e: io::Error| format!("cannot read part {shown}: {e}");
    let (sha256, input) = match files.whole(&part.path, size).map_err(unreadable)? {
        Some(bytes) => (
            hex(&Sha256::digest(&bytes)),
            Ok(PartInput::Memory(io::Cursor::new(bytes))),
        ),
        None => (
            files.sha256(&part.path).map_err(unreadable)?,
            files.open(&part.path, size),
        ),
    };
    if sha256 != part.sha256 {
        return Err(format!(
            "part {shown} has sha256 {sha256} but the manifest says {}: the file is corrupted",
            part.sha256
        ));
    }
    let reader = input
        .map_err(|e| e.to_string())
        .and_then(|input| PartReader::from_input(input, format))
        .map_err(|e| format!("part {shown} cannot be read as {format}: {e}"))?;
    if let Some(why) = schema_difference(schema, &reader.schema()) {
        return Err(format!(
            "part {shown} does not have the manifest's schema of {}: {why}",
            table.name
        ));
    }
    let mut rows = 0u64;
    for batch in reader {
        rows += batch
            .map_err(|e| format!("part {shown} cannot be decoded: {e}"))?
            .num_rows() as u64;
    }
    if rows != part.rows {
        return Err(format!(
            "part {shown} holds {rows} rows but the manifest says {}",
            part.rows
        ));
    }
    Ok(())
}

/// Lower-case hex SHA-256 of a file.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(buf.get(..n).unwrap_or_default());
    }
    Ok(hex(&hasher.finalize()))
}

/// Why a part's schema is not the one the manifest describes: names,
/// Arrow types, nullability and logical types, column by column.
pub fn schema_difference(expected: &Schema, found: &Schema) -> Option<String> {
    let names = |s: &Schema| {
        s.fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if expected.fields().len() != found.fields().len() {
        return Some(format!(
            "the part has columns ({}), the manifest ({})",
            names(found),
            names(expected)
        ));
    }
    for (e, f) in expected.fields().iter().zip(found.fields()) {
        if e.name() != f.name() {
            return Some(format!(
                "the part has columns ({}), the manifest ({})",
                names(found),
                names(expected)
            ));
        }
        if e.data_type() != f.data_type() {
            return Some(format!(
                "column {} is {} in the part, {} in the manifest",
                e.name(),
                f.data_type(),
                e.data_type()
            ));
        }
        if e.is_nullable() != f.is_nullable() {
            return Some(format!(
                "column {} is {} in the part, {} in the manifest",
                e.name(),
                if f.is_nullable() {
                    "nullable"
                } else {
                    "NOT NULL"
                },
                if e.is_nullable() {
                    "nullable"
                } else {
                    "NOT NULL"
                }
            ));
        }
        let logical = |field: &arrow::datatypes::Field| {
            field
                .metadata()
                .get(crate::catalog::FIELD_LOGICAL_TYPE)
                .cloned()
        };
        if logical(e) != logical(f) {
            return Some(format!(
                "column {} holds {} in the part, {} in the manifest",
                e.name(),
                logical(f).unwrap_or_else(|| "no logical type".into()),
                logical(e).unwrap_or_default()
            ));
        }
    }
    None
}

/// Every part of `table` in order, re-sliced to `size`, with the manifest's
/// schema (projected to `columns`, positions in the part's schema, when
/// the plan reads fewer). The first error ends it.
pub fn read_table<'a>(
    files: &'a dyn PartFiles,
    format: FileFormat,
    table: &'a TableEntry,
    schema: SchemaRef,
    columns: Vec<usize>,
    size: BatchSize,
) -> impl Iterator<Item = Result<RecordBatch>> + 'a {
    table.parts.iter().flat_map(move |part| {
        let shown = files.shown(&part.path);
        let failed = move |e: String| {
            Error::failed(format!(
                "{}: reading snapshot part {shown}: {e}",
                table.name
            ))
        };
        let input = match files.whole(&part.path, part.bytes) {
            Ok(Some(bytes)) => Ok(PartInput::Memory(io::Cursor::new(bytes))),
            Ok(None) => files.open(&part.path, part.bytes),
            Err(e) => Err(e),
        };
        let opened = input
            .map_err(|e| e.to_string())
            .and_then(|input| PartReader::from_input(input, format));
        let batches: Box<dyn Iterator<Item = Result<RecordBatch>> + Send> = match opened {
            Err(e) => Box::new(std::iter::once(Err(failed(e)))),
            Ok(reader) => {
                let (schema, columns) = (schema.clone(), columns.clone());
                Box::new(reader.flat_map(move |batch| {
                    let batch = batch.map_err(&failed).and_then(|batch| {
                        let picked = columns.iter().map(|&i| batch.column(i).clone()).collect();
                        RecordBatch::try_new(schema.clone(), picked)
                            .map_err(|e| failed(e.to_string()))
                    });
                    let pieces: Vec<Result<RecordBatch>> = match batch {
                        Ok(batch) => slices(&batch, size).into_iter().map(Ok).collect(),
                        Err(e) => vec![Err(e)],
                    };
                    pieces
                }))
            }
        };
        batches
    })
}

/// The batches `produce` hands to its `send` (which says whether anyone
/// still listens), decoded on a blocking thread two batches ahead: a part
/// in object storage is read by blocking on the runtime, and a local one
/// is decoded beside the writer instead of on its task.
pub fn read_on_thread<'a>(
    produce: impl FnOnce(&mut dyn FnMut(Result<RecordBatch>) -> bool) + Send + 'static,
) -> crate::endpoint::BatchStream<'a> {
    use futures::StreamExt;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<RecordBatch>>(2);
    let thread = tokio::task::spawn_blocking(move || {
        produce(&mut |batch| tx.blocking_send(batch).is_ok());
    });
    // A reader that stops without saying why must not look like the end of
    // the table: the thread's end is awaited and a panic is an error.
    futures::stream::unfold((rx, Some(thread)), |(mut rx, thread)| async move {
        if let Some(batch) = rx.recv().await {
            return Some((batch, (rx, thread)));
        }
        match thread?.await {
            Ok(()) => None,
            Err(e) => Some((
                Err(Error::failed(format!("reading the snapshot stopped: {e}"))),
                (rx, None),
            )),
        }
    })
    .boxed()
}

/// `batch` cut into pieces within `size`'s rows and (roughly) bytes.
fn slices(batch: &RecordBatch, size: BatchSize) -> Vec<RecordBatch> {
    let rows = batch.num_rows();
    if rows == 0 {
        return Vec::new();
    }
    let bytes = crate::values::batch_bytes(batch) as usize;
    let by_bytes = if bytes > size.bytes {
        (rows * size.bytes / bytes).max(1)
    } else {
        rows
    };
    let step = size.rows.min(by_bytes).max(1);
    if step >= rows {
        return vec![batch.clone()];
    }
    (0..rows)
        .step_by(step)
        .map(|start| batch.slice(start, step.min(rows - start)))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use arrow::array::{Int32Array, StringArray};
    use arrow::datatypes::{DataType, Field};
    use std::sync::Arc;

    #[test]
    fn batches_are_resliced_by_rows_and_bytes() {
        let schema = Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int32, false),
            Field::new("t", DataType::Utf8, false),
        ]));
        let ids = Int32Array::from_iter_values(0..100);
        let text = StringArray::from_iter_values((0..100).map(|_| "x".repeat(100)));
        let batch =
            RecordBatch::try_new(schema, vec![Arc::new(ids), Arc::new(text)]).expect("batch");
        let by_rows = slices(
            &batch,
            BatchSize {
                rows: 30,
                bytes: 1 << 20,
            },
        );
        assert_eq!(
            by_rows.iter().map(|b| b.num_rows()).collect::<Vec<_>>(),
            [30, 30, 30, 10]
        );
        let by_bytes = slices(
            &batch,
            BatchSize {
                rows: 1000,
                bytes: 2600,
            },
        );
        assert!(by_bytes.len() >= 4, "{}", by_bytes.len());
        assert_eq!(by_bytes.iter().map(|b| b.num_rows()).sum::<usize>(), 100);
    }
}
