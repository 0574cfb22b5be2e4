//! Reading a snapshot: verifying every part against the manifest, and
//! streaming a table's parts as batches.
//!
//! Nothing here may panic on what a file or a server holds: no unwrap,
//! expect or indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::decoder_guard::guarded;
use super::manifest::{Manifest, Part, TableEntry};
use super::write::hex;
use super::FileFormat;
use crate::endpoint::BatchSize;
use crate::error::{Error, Result};
use arrow::datatypes::{Schema, SchemaRef};
use arrow::ipc::reader::FileReader;
use arrow::record_batch::RecordBatch;
use parquet::arrow::arrow_reader::{ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

/// Rows per batch when decoding Parquet; batches are re-sliced to the
/// run's [`BatchSize`] afterwards.
const PARQUET_BATCH_ROWS: usize = 8192;

/// The batches of one part file, in order.
pub enum PartReader {
    Arrow(FileReader<BufReader<File>>),
    Parquet(ParquetRecordBatchReader),
    /// A decoder panicked on the file: nothing more is read from it.
    Failed,
}

impl PartReader {
    pub fn open(path: &Path, format: FileFormat) -> std::result::Result<Self, String> {
        let file = File::open(path).map_err(|e| e.to_string())?;
        guarded(|| {
            Ok(match format {
                FileFormat::Arrow => PartReader::Arrow({
                    super::ipc_bounds::check(path)?;
                    FileReader::try_new(BufReader::with_capacity(1 << 20, file), None)
                        .map_err(|e| e.to_string())?
                }),
                FileFormat::Parquet => PartReader::Parquet({
                    let size = file.metadata().map_err(|e| e.to_string())?.len();
                    let builder = ParquetRecordBatchReaderBuilder::try_new(file)
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

/// Checks every part of `manifest` in `dir`: present, of the recorded size
/// and SHA-256, and holding the recorded rows with the table's schema.
/// Returns every problem found, each naming the table and the file.
pub fn verify(dir: &Path, manifest: &Manifest) -> Vec<String> {
    let mut problems = Vec::new();
    for table in &manifest.tables {
        let schema = table.schema.arrow_schema();
        for part in &table.parts {
            if let Err(problem) = verify_part(dir, manifest.file_format, table, part, &schema) {
                problems.push(format!("{}: {problem}", table.name));
            }
        }
    }
    problems
}

fn verify_part(
    dir: &Path,
    format: FileFormat,
    table: &TableEntry,
    part: &Part,
    schema: &SchemaRef,
) -> std::result::Result<(), String> {
    let path = dir.join(&part.path);
    let shown = path.display();
    let size = match std::fs::metadata(&path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("part {shown} is missing"))
        }
        Err(e) => return Err(format!("cannot read part {shown}: {e}")),
    };
    if size != part.bytes {
        return Err(format!(
            "part {shown} is {size} bytes but the manifest says {}: the file is truncated or was changed",
            part.bytes
        ));
    }
    let sha256 = sha256_file(&path).map_err(|e| format!("cannot read part {shown}: {e}"))?;
    if sha256 != part.sha256 {
        return Err(format!(
            "part {shown} has sha256 {sha256} but the manifest says {}: the file is corrupted",
            part.sha256
        ));
    }
    let reader = PartReader::open(&path, format)
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
    dir: &'a Path,
    format: FileFormat,
    table: &'a TableEntry,
    schema: SchemaRef,
    columns: Vec<usize>,
    size: BatchSize,
) -> impl Iterator<Item = Result<RecordBatch>> + Send + 'a {
    table.parts.iter().flat_map(move |part| {
        let path = dir.join(&part.path);
        let failed = move |e: String| {
            Error::failed(format!(
                "{}: reading snapshot part {}: {e}",
                table.name,
                path.display()
            ))
        };
        let batches: Box<dyn Iterator<Item = Result<RecordBatch>> + Send> =
            match PartReader::open(&dir.join(&part.path), format) {
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
