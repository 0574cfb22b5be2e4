//! ferry — a database-to-database bulk migration engine.
//!
//! ```text
//!  Source endpoint ──RecordBatch stream──▶ transforms ──▶ Sink endpoint
//!  (postgres | mysql | sqlite              (conform; keys,   (postgres | mysql | sqlite
//!   | snapshot)                             references,       | snapshot)
//!                                           value maps, masking)
//! ```
//!
//! * [`endpoint`]: one module per engine behind the [`endpoint::Source`] and
//!   [`endpoint::Sink`] traits; the engine is chosen from the URL scheme. A
//!   snapshot directory ([`endpoint::snapshot`]) is one more endpoint:
//!   `ferry snapshot` and `ferry restore` are runs with a directory at one end.
//! * [`catalog`]: tables, columns, keys and the one [`catalog::LogicalType`]
//!   with its one mapping to Arrow.
//! * [`plan`]: table selection, foreign-key order, preflight checks, counts.
//! * [`transform`]: batch-in/batch-out functions between the two ends.
//! * [`promote`]: a promotion's scopes and key maps (built before the read),
//!   its staging tables, and the compare-and-apply step that the pipeline
//!   runs before it commits ([`pipeline::Finish`]).
//! * [`pipeline`]: bounded channels between reading, converting and
//!   writing, inside the sink's one transaction.
//! * [`verify`]: both ends read as sources and compared (`ferry verify
//!   --masked`).
//!
//! # Adding an engine
//! Add `src/endpoint/<engine>/` with the same files as the others
//! (`catalog`, `types`, `read`, `write`): map its SQL types to
//! [`catalog::LogicalType`] and back (a `Dialect` for `--create-tables`),
//! decode rows into [`values::BatchBuilder`], write batches from Arrow
//! arrays, and add its URL scheme to [`endpoint::Engine`] and the table in
//! [`endpoint::open_source`] / [`endpoint::open_sink`]. Nothing else changes:
//! every engine pair works through Arrow.

#![forbid(unsafe_code)]

pub mod catalog;
pub mod cli;
pub mod commands;
pub mod endpoint;
pub mod error;
pub mod job;
pub mod output;
pub mod pipeline;
pub mod plan;
pub mod progress;
pub mod promote;
pub mod transform;
pub mod values;
pub mod verify;

pub use error::{Error, ExitCode, Result};
