//! Values between engines and Arrow: builders, exact decimals, dates.

pub mod builder;
pub mod decimal;
pub mod temporal;
pub mod text;

pub use builder::{BatchBuilder, ColumnBuilder};
