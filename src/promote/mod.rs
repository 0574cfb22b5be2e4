//! Promotion: one application's rows from one environment into another that
//! holds rows of its own.
//!
//! ```text
//!  rules (job file) ─▶ scope filters ─▶ key maps (source keys + target state)
//!        ─▶ stream: read ▶ conform ▶ remap ▶ staging table in the target
//!        ─▶ compare staging with the target ─▶ summary / preflight
//!        ─▶ apply: delete, update, insert; remember the key maps ─▶ commit
//! ```
//!
//! Everything up to "apply" happens inside the target's write transaction
//! in temporary tables, so `ferry plan` rolls back and a refused run leaves
//! the target as it was.

pub mod changes;
pub mod keys;
pub mod run;

/// The table where key maps are remembered, per source, in the target.
pub const KEY_MAP_TABLE: &str = "ferry_key_map";
