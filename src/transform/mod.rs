//! Transforms: batch in, batch out. [`Conformer`] turns a source batch into
//! the target table's types; [`remap`] rewrites keys, references and
//! per-environment values through the maps a promotion built.

mod conform;
pub mod keymap;
pub mod mask;
pub mod remap;

pub use conform::Conformer;
