//! Transforms: batch in, batch out. [`Conformer`] turns a source batch into
//! the target table's types; [`remap`] rewrites keys, references and
//! per-environment values through the maps a promotion built.

mod conform;
pub mod keymap;
pub mod mask;
pub mod remap;

pub use conform::Conformer;

use crate::error::Result;
use arrow::record_batch::RecordBatch;

/// A rewrite of a table's batches that a layer above the pipeline adds to
/// a table's plan (a promotion's remap); the pipeline applies them in
/// order after conforming and before masking.
pub trait BatchTransform: std::fmt::Debug + Send + Sync {
    /// # Errors
    /// A value the transform cannot rewrite, named by table and column.
    fn apply(&self, batch: RecordBatch) -> Result<RecordBatch>;
}

impl BatchTransform for remap::Remap {
    fn apply(&self, batch: RecordBatch) -> Result<RecordBatch> {
        remap::Remap::apply(self, batch)
    }
}
