//! Checks an Arrow IPC part's own claims about sizes before arrow-ipc is
//! given the file.
//!
//! arrow-ipc 57 trusts them: it allocates a block's claimed body length
//! and a compressed buffer's claimed uncompressed length up front, and a
//! crafted part that claims 600 TB makes the process abort rather than
//! return an error (apache/arrow-rs#10959; found by `fuzz/`, kept in
//! `fuzz/regressions/part_file/`). A part ferry wrote never makes such
//! claims, so refusing them costs a restore nothing: this reads the footer
//! and each batch's metadata and the 8-byte length prefix of each
//! compressed buffer, not the data. Row and null counts are checked too:
//! arrow-ipc casts a negative one to a length near 2^64 and panics, and
//! builds a column's validity bitmap before it validates the column, so a
//! count of values larger than the bitmap holds panics as well: each
//! column's buffers must hold at least the bytes its count of values
//! needs. Only the flat column types ferry writes are accepted.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use arrow::ipc::{
    root_as_footer, root_as_message, Block, CompressionType, DateUnit, Field, IntervalUnit,
    Precision, Type,
};
use std::io::{Read, Seek, SeekFrom};

/// An Arrow IPC file starts and ends with this.
const MAGIC: &[u8; 6] = b"ARROW1";
/// The trailer: the footer's length (i32) and the magic.
const TRAILER: u64 = 10;
/// No format ferry reads expands more than this: a zstd block yields at
/// most 128 KiB from at least 4 bytes, LZ4 at most 255 bytes per byte.
const MAX_EXPANSION: u64 = 32_768;
/// Nor does any one buffer of a batch ferry wrote come near this: text and
/// binary columns have 32-bit offsets.
const MAX_BUFFER: u64 = 4 << 30;

/// `Err` says which claim of the part (`size` bytes) cannot be true.
pub fn check(file: &mut impl ReadAt, size: u64) -> Result<(), String> {
    if size < 2 * TRAILER {
        return Err(format!("{size} bytes is too short for an Arrow IPC file"));
    }
    let trailer = read_at(file, size - TRAILER, TRAILER)?;
    let (length, magic) = trailer.split_at(4);
    if magic != MAGIC {
        return Err("it does not end like an Arrow IPC file".into());
    }
    let footer_len = u64::try_from(i32::from_le_bytes(array(length)?))
        .map_err(|_| "its footer length is negative".to_string())?;
    let Some(footer_start) = (size - TRAILER).checked_sub(footer_len) else {
        return Err(format!(
            "its footer claims {footer_len} bytes, more than the file's {size}"
        ));
    };
    let footer_bytes = read_at(file, footer_start, footer_len)?;
    let footer = root_as_footer(&footer_bytes)
        .map_err(|e| format!("its footer is not an Arrow IPC footer: {e}"))?;
    let layouts = footer
        .schema()
        .and_then(|s| s.fields())
        .into_iter()
        .flatten()
        .map(|field| layout(&field))
        .collect::<Result<Vec<_>, _>>()?;
    if footer.dictionaries().is_some_and(|d| !d.is_empty()) {
        return Err("it holds dictionary batches, which ferry never writes".into());
    }
    for block in footer.recordBatches().into_iter().flatten() {
        check_block(file, block, footer_start, &layouts)?;
    }
    Ok(())
}

/// How a flat column's values lie in its buffers (after the validity
/// bitmap, which every layout but `Nothing` has first).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Layout {
    /// The null type: no buffers.
    Nothing,
    /// One bit per value.
    Bits,
    /// This many bytes per value.
    Fixed(u64),
    /// Offsets of this many bytes (one more than the values), then data.
    Offsets(u64),
}

impl Layout {
    /// Buffers a column of this layout has in a batch.
    fn buffers(self) -> usize {
        match self {
            Layout::Nothing => 0,
            Layout::Bits | Layout::Fixed(_) => 2,
            Layout::Offsets(_) => 3,
        }
    }

    /// The bytes its values buffer needs for `values` values.
    fn value_bytes(self, values: u64) -> u64 {
        match self {
            Layout::Nothing => 0,
            Layout::Bits => values.div_ceil(8),
            Layout::Fixed(width) => values.saturating_mul(width),
            Layout::Offsets(_) if values == 0 => 0,
            Layout::Offsets(width) => (values + 1).saturating_mul(width),
        }
    }
}

/// The layout of a column of the footer's schema; refused for a type
/// ferry never writes (nested, dictionary-encoded, views, unions).
fn layout(field: &Field) -> Result<Layout, String> {
    let name = field.name().unwrap_or_default();
    let width = |bits: i32| match bits {
        8 | 16 | 32 | 64 | 128 | 256 => Ok(Layout::Fixed(bits as u64 / 8)),
        _ => Err(format!("its column {name:?} claims values of {bits} bits")),
    };
    if field.dictionary().is_some() {
        return Err(format!(
            "its column {name:?} is dictionary-encoded, which ferry never writes"
        ));
    }
    let found = match field.type_type() {
        Type::Null => Some(Layout::Nothing),
        Type::Bool => Some(Layout::Bits),
        Type::Int => field
            .type_as_int()
            .map(|t| width(t.bitWidth()))
            .transpose()?,
        Type::FloatingPoint => field.type_as_floating_point().map(|t| match t.precision() {
            Precision::HALF => Layout::Fixed(2),
            Precision::SINGLE => Layout::Fixed(4),
            _ => Layout::Fixed(8),
        }),
        Type::Decimal => field
            .type_as_decimal()
            .map(|t| width(t.bitWidth()))
            .transpose()?,
        Type::Date => field.type_as_date().map(|t| match t.unit() {
            DateUnit::DAY => Layout::Fixed(4),
            _ => Layout::Fixed(8),
        }),
        Type::Time => field
            .type_as_time()
            .map(|t| width(t.bitWidth()))
            .transpose()?,
        Type::Timestamp | Type::Duration => Some(Layout::Fixed(8)),
        Type::Interval => field.type_as_interval().map(|t| match t.unit() {
            IntervalUnit::YEAR_MONTH => Layout::Fixed(4),
            IntervalUnit::DAY_TIME => Layout::Fixed(8),
            _ => Layout::Fixed(16),
        }),
        Type::FixedSizeBinary => match field.type_as_fixed_size_binary().map(|t| t.byteWidth()) {
            Some(w) if w > 0 => Some(Layout::Fixed(w as u64)),
            Some(w) => return Err(format!("its column {name:?} claims values of {w} bytes")),
            None => None,
        },
        Type::Binary | Type::Utf8 => Some(Layout::Offsets(4)),
        Type::LargeBinary | Type::LargeUtf8 => Some(Layout::Offsets(8)),
        other => {
            return Err(format!(
                "its column {name:?} is of Arrow type {other:?}, which ferry never writes"
            ))
        }
    };
    found.ok_or_else(|| format!("its column {name:?} has no type parameters"))
}

/// A batch's metadata and body lie inside the file before the footer, and
/// each compressed buffer claims no more than its bytes can expand to.
fn check_block(
    file: &mut impl ReadAt,
    block: &Block,
    end: u64,
    layouts: &[Layout],
) -> Result<(), String> {
    let (Ok(offset), Ok(meta_len), Ok(body_len)) = (
        u64::try_from(block.offset()),
        u64::try_from(block.metaDataLength()),
        u64::try_from(block.bodyLength()),
    ) else {
        return Err(format!(
            "a batch claims a negative offset or length ({}, {}, {})",
            block.offset(),
            block.metaDataLength(),
            block.bodyLength()
        ));
    };
    let body_start = offset.checked_add(meta_len);
    if body_start
        .and_then(|s| s.checked_add(body_len))
        .is_none_or(|e| e > end)
    {
        return Err(format!(
            "a batch at byte {offset} claims {meta_len} + {body_len} bytes, past the end of its data at byte {end}"
        ));
    }
    let body_start = body_start.unwrap_or(end);
    let meta = read_at(file, offset, meta_len)?;
    let flatbuffer = match meta.get(..4) {
        Some([0xff, 0xff, 0xff, 0xff]) => meta.get(8..),
        _ => meta.get(4..),
    }
    .ok_or_else(|| format!("the batch at byte {offset} has no metadata"))?;
    let message = root_as_message(flatbuffer)
        .map_err(|e| format!("the batch at byte {offset} has no valid metadata: {e}"))?;
    let Some(batch) = message.header_as_record_batch() else {
        return Ok(());
    };
    check_counts(&batch, offset)?;
    let compression = batch.compression().map(|c| c.codec());
    // Each buffer's length once uncompressed.
    let mut sizes = Vec::new();
    for buffer in batch.buffers().into_iter().flatten() {
        let (Ok(at), Ok(len)) = (
            u64::try_from(buffer.offset()),
            u64::try_from(buffer.length()),
        ) else {
            return Err(format!(
                "the batch at byte {offset} has a buffer of negative offset or length"
            ));
        };
        if at.checked_add(len).is_none_or(|e| e > body_len) {
            return Err(format!(
                "the batch at byte {offset} has a buffer of {len} bytes at {at}, outside its body of {body_len}"
            ));
        }
        let Some(codec) = compression else {
            sizes.push(len);
            continue;
        };
        if len < 8 {
            sizes.push(len);
            continue;
        }
        let prefix = read_at(file, body_start + at, 8)?;
        let claimed = i64::from_le_bytes(array(&prefix)?);
        if claimed == -1 {
            sizes.push(len - 8); // stored uncompressed
            continue;
        }
        let bound = match codec {
            CompressionType::LZ4_FRAME => 255,
            _ => MAX_EXPANSION,
        }
        .saturating_mul(len - 8)
        .min(MAX_BUFFER);
        if u64::try_from(claimed).is_err() || claimed as u64 > bound {
            return Err(format!(
                "the batch at byte {offset} has a buffer of {} compressed bytes that claims {claimed} bytes uncompressed (at most {bound} are possible)",
                len - 8
            ));
        }
        sizes.push(claimed as u64);
    }
    check_columns(batch, layouts, &sizes).map_err(|e| format!("the batch at byte {offset} {e}"))
}

/// The batch's row count and each column's counts of values and nulls are
/// possible: arrow-ipc casts them to usize, so a negative one becomes
/// 2^64 - n.
fn check_counts(batch: &arrow::ipc::RecordBatch, offset: u64) -> Result<(), String> {
    if batch.length() < 0 {
        return Err(format!(
            "the batch at byte {offset} claims {} rows",
            batch.length()
        ));
    }
    for node in batch.nodes().into_iter().flatten() {
        if node.length() < 0 || node.null_count() < 0 || node.null_count() > node.length() {
            return Err(format!(
                "the batch at byte {offset} has a column of {} values with {} nulls",
                node.length(),
                node.null_count()
            ));
        }
    }
    Ok(())
}

/// Each column's validity bitmap and values buffer hold at least what its
/// count of values needs.
fn check_columns(
    batch: arrow::ipc::RecordBatch,
    layouts: &[Layout],
    sizes: &[u64],
) -> Result<(), String> {
    let nodes: Vec<_> = batch.nodes().into_iter().flatten().collect();
    let wanted: usize = layouts.iter().map(|l| l.buffers()).sum();
    if nodes.len() != layouts.len() || sizes.len() != wanted {
        return Err(format!(
            "has {} columns of {} buffers, its schema {} columns of {wanted}",
            nodes.len(),
            sizes.len(),
            layouts.len()
        ));
    }
    let mut buffers = sizes.iter();
    for (column, (node, layout)) in nodes.iter().zip(layouts).enumerate() {
        if *layout == Layout::Nothing {
            continue;
        }
        let values = node.length() as u64; // checked not negative above
        let (Some(&validity), Some(&data)) = (buffers.next(), buffers.next()) else {
            break; // counted above
        };
        if node.null_count() > 0 && validity < values.div_ceil(8) {
            return Err(format!(
                "has a column (number {}) of {values} values with {} nulls and a validity bitmap of {validity} bytes",
                column + 1,
                node.null_count()
            ));
        }
        let needed = layout.value_bytes(values);
        if data < needed {
            return Err(format!(
                "has a column (number {}) of {values} values in {data} bytes, which need {needed}",
                column + 1
            ));
        }
        if let Layout::Offsets(_) = layout {
            buffers.next();
        }
    }
    Ok(())
}

/// What the check reads parts through: a local file or an object.
pub trait ReadAt: Read + Seek {}
impl<T: Read + Seek> ReadAt for T {}

fn read_at(file: &mut impl ReadAt, at: u64, len: u64) -> Result<Vec<u8>, String> {
    let len = usize::try_from(len).map_err(|e| e.to_string())?;
    file.seek(SeekFrom::Start(at)).map_err(|e| e.to_string())?;
    let mut bytes = vec![0; len];
    file.read_exact(&mut bytes)
        .map_err(|e| format!("cannot read {len} bytes at byte {at}: {e}"))?;
    Ok(bytes)
}

/// The first N bytes of a length field.
fn array<const N: usize>(bytes: &[u8]) -> Result<[u8; N], String> {
    bytes.try_into().map_err(|_| "a short length".to_string())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use std::fs::File;

    fn check_file(path: &std::path::Path) -> Result<(), String> {
        let mut file = File::open(path).expect("open");
        let size = file.metadata().expect("size").len();
        check(&mut file, size)
    }

    /// The input the fuzzer found: a zstd buffer claiming 633 TB.
    #[test]
    fn a_buffer_claiming_633_tb_is_refused() {
        let part = crate::endpoint::snapshot::kept_fuzz_part("zstd-length-633tb");
        let err = check_file(part.path()).expect_err("refused");
        assert!(
            err.contains("claims 633318697598976 bytes uncompressed"),
            "{err}"
        );
    }

    /// The input the fuzzer found next: a column claiming about 10^16
    /// values with nulls, beside a one-byte validity bitmap.
    #[test]
    fn a_column_longer_than_its_validity_bitmap_is_refused() {
        let part = crate::endpoint::snapshot::kept_fuzz_part("validity-bitmap-short");
        let err = check_file(part.path()).expect_err("refused");
        assert!(
            err.contains(
                "of 9851624184872962 values with 1 nulls and a validity bitmap of 1 bytes"
            ),
            "{err}"
        );
    }

    /// Every part ferry writes passes: the demo's kind of columns, with
    /// nulls, compressed and not.
    #[test]
    fn parts_ferry_writes_pass() {
        use arrow::array::{ArrayRef, BooleanArray, Int64Array, StringArray};
        use arrow::ipc::writer::{FileWriter, IpcWriteOptions};
        use arrow::record_batch::RecordBatch;
        let batch = RecordBatch::try_from_iter([
            (
                "id",
                std::sync::Arc::new(Int64Array::from(vec![Some(1), None, Some(3)])) as ArrayRef,
            ),
            (
                "name",
                std::sync::Arc::new(StringArray::from(vec![Some("a"), None, Some("")])) as ArrayRef,
            ),
            (
                "ok",
                std::sync::Arc::new(BooleanArray::from(vec![Some(true), None, Some(false)]))
                    as ArrayRef,
            ),
        ])
        .expect("batch");
        for compression in [
            None,
            Some(CompressionType::ZSTD),
            Some(CompressionType::LZ4_FRAME),
        ] {
            let part = tempfile::NamedTempFile::new().expect("temp file");
            let options = IpcWriteOptions::default()
                .try_with_compression(compression)
                .expect("options");
            let file = File::create(part.path()).expect("create");
            let mut writer =
                FileWriter::try_new_with_options(file, &batch.schema(), options).expect("writer");
            writer.write(&batch).expect("write");
            writer
                .write(&batch.slice(0, 0))
                .expect("write an empty batch");
            writer.finish().expect("finish");
            check_file(part.path()).unwrap_or_else(|e| panic!("{compression:?}: {e}"));
        }
    }

    /// Every input kept in `fuzz/regressions/part_file/` goes through the
    /// fuzz target's steps (open, schema, every batch) as an error or a
    /// result, never a crash.
    #[test]
    fn every_kept_fuzz_input_is_read_or_refused() {
        use crate::endpoint::snapshot::{FileFormat, PartReader};
        let kept =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/part_file");
        let mut inputs = 0;
        for entry in std::fs::read_dir(&kept).expect("the regressions directory") {
            let bytes = std::fs::read(entry.expect("entry").path()).expect("input");
            let Some((&kind, part)) = bytes.split_first() else {
                continue;
            };
            let format = match kind % 2 {
                0 => FileFormat::Arrow,
                _ => FileFormat::Parquet,
            };
            let file = tempfile::NamedTempFile::new().expect("temp file");
            std::fs::write(file.path(), part).expect("write");
            if let Ok(mut reader) = PartReader::open(file.path(), format) {
                let _ = reader.schema();
                for batch in reader.by_ref() {
                    if batch.is_err() {
                        break;
                    }
                }
            }
            inputs += 1;
        }
        assert!(inputs > 0, "no input in {}", kept.display());
    }
}
