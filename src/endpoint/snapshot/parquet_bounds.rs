//! Checks a Parquet part's claims about where its data lies before
//! parquet reads it.
//!
//! Reading a column chunk, parquet 57.3.2 reserves the length the footer
//! gives it: a footer claiming a chunk of exabytes would make the process
//! abort rather than return an error. A part ferry wrote never makes such
//! claims. (The footer itself is decoded by the patched parquet in
//! `patches/parquet`, which reserves no memory for a count the input only
//! claims: the fuzz input `fuzz/regressions/part_file/parquet-schema-list-claims-billions`.)
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use parquet::file::metadata::ParquetMetaData;

/// Every column chunk of `metadata` lies inside a file of `size` bytes.
pub fn check_chunks(metadata: &ParquetMetaData, size: u64) -> Result<(), String> {
    for (g, group) in metadata.row_groups().iter().enumerate() {
        for (c, chunk) in group.columns().iter().enumerate() {
            let start = chunk
                .dictionary_page_offset()
                .unwrap_or_else(|| chunk.data_page_offset());
            let length = chunk.compressed_size();
            let end = u64::try_from(start)
                .ok()
                .zip(u64::try_from(length).ok())
                .and_then(|(s, l)| s.checked_add(l));
            if end.is_none_or(|end| end > size) {
                return Err(format!(
                    "row group {g}, column {c} claims {length} bytes at byte {start}, outside the file's {size}"
                ));
            }
        }
    }
    Ok(())
}
