//! Transforms: batch in, batch out. For now the one every run needs:
//! [`conform`] turns a source batch into the target table's types.

mod conform;

pub use conform::Conformer;
