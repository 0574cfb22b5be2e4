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
//! arrow-ipc casts a negative one to a length near 2^64 and panics.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use arrow::ipc::{root_as_footer, root_as_message, Block, CompressionType};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

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

/// `Err` says which claim of the part at `path` cannot be true.
pub fn check(path: &Path) -> Result<(), String> {
    let mut file = File::open(path).map_err(|e| e.to_string())?;
    let size = file.metadata().map_err(|e| e.to_string())?.len();
    if size < 2 * TRAILER {
        return Err(format!("{size} bytes is too short for an Arrow IPC file"));
    }
    let trailer = read_at(&mut file, size - TRAILER, TRAILER)?;
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
    let footer_bytes = read_at(&mut file, footer_start, footer_len)?;
    let footer = root_as_footer(&footer_bytes)
        .map_err(|e| format!("its footer is not an Arrow IPC footer: {e}"))?;
    let blocks = footer
        .recordBatches()
        .into_iter()
        .chain(footer.dictionaries())
        .flatten();
    for block in blocks {
        check_block(&mut file, block, footer_start)?;
    }
    Ok(())
}

/// A batch's metadata and body lie inside the file before the footer, and
/// each compressed buffer claims no more than its bytes can expand to.
fn check_block(file: &mut File, block: &Block, end: u64) -> Result<(), String> {
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
    let batch = message
        .header_as_record_batch()
        .or_else(|| message.header_as_dictionary_batch().and_then(|d| d.data()));
    let Some(batch) = batch else { return Ok(()) };
    // arrow-ipc casts these to usize: a negative one becomes 2^64 - n.
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
    let compression = batch.compression().map(|c| c.codec());
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
        let Some(codec) = compression else { continue };
        if len < 8 {
            continue;
        }
        let prefix = read_at(file, body_start + at, 8)?;
        let claimed = i64::from_le_bytes(array(&prefix)?);
        if claimed == -1 {
            continue; // stored uncompressed
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
    }
    Ok(())
}

fn read_at(file: &mut File, at: u64, len: u64) -> Result<Vec<u8>, String> {
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

    /// The input the fuzzer found: a zstd buffer claiming 633 TB.
    #[test]
    fn a_buffer_claiming_633_tb_is_refused() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/regressions/part_file/zstd-length-633tb");
        let bytes = std::fs::read(&path).expect("the regression input");
        // The fuzz input's first byte picks the format; the rest is the part.
        let part = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(part.path(), &bytes[1..]).expect("write");
        let err = check(part.path()).expect_err("refused");
        assert!(
            err.contains("claims 633318697598976 bytes uncompressed"),
            "{err}"
        );
    }

    /// Every input kept in `fuzz/regressions/part_file/` goes through the
    /// fuzz target's steps (open, schema, every batch) as an error or a
    /// result, never a crash.
    #[test]
    fn every_kept_fuzz_input_is_read_or_refused() {
        use crate::endpoint::snapshot::{FileFormat, PartReader};
        let kept = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions/part_file");
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
