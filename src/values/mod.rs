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
