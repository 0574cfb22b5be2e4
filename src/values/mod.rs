//! Values between engines and Arrow: builders, exact decimals, dates.

pub mod builder;
pub mod decimal;
pub mod temporal;
pub mod text;

pub use builder::{BatchBuilder, ColumnBuilder};

/// Bytes of data a batch holds (not the capacity of its buffers), for
/// progress and summaries.
pub fn batch_bytes(batch: &arrow::record_batch::RecordBatch) -> u64 {
    batch
        .columns()
        .iter()
        .map(|a| a.to_data().get_slice_memory_size().unwrap_or(0) as u64)
        .sum()
}

/// A 128-bit hash of each row's values in `columns` (the Arrow row format,
/// so equal values of any type hash alike); `None` where one is NULL, as a
/// unique key does not compare NULLs.
///
/// # Errors
/// A type the row format cannot hold, as text.
pub fn row_hashes(
    batch: &arrow::record_batch::RecordBatch,
    columns: &[usize],
) -> Result<Vec<Option<u128>>, String> {
    use arrow::array::{Array, ArrayRef};
    use std::hash::{Hash, Hasher};
    let fields: Vec<arrow::row::SortField> = columns
        .iter()
        .map(|&i| arrow::row::SortField::new(batch.column(i).data_type().clone()))
        .collect();
    let converter = arrow::row::RowConverter::new(fields).map_err(|e| e.to_string())?;
    let arrays: Vec<ArrayRef> = columns.iter().map(|&i| batch.column(i).clone()).collect();
    let rows = converter
        .convert_columns(&arrays)
        .map_err(|e| e.to_string())?;
    Ok((0..batch.num_rows())
        .map(|r| {
            if arrays.iter().any(|a| a.is_null(r)) {
                return None;
            }
            let bytes = rows.row(r);
            let mut a = std::collections::hash_map::DefaultHasher::new();
            bytes.as_ref().hash(&mut a);
            let mut b = std::collections::hash_map::DefaultHasher::new();
            0xA5u8.hash(&mut b);
            bytes.as_ref().hash(&mut b);
            Some(((a.finish() as u128) << 64) | b.finish() as u128)
        })
        .collect())
}
