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
//!   [`endpoint::Sink`] traits; the engine is chosen from the URL scheme.
//!   Batches cross the boundary as streams ([`endpoint::BatchStream`]). Each
//!   engine owns its SQL: its [`catalog::ddl::Dialect`] (DDL, quoting,
//!   literals, text casts, key text, NULL-safe equality, temporary tables),
//!   reached through [`endpoint::sql::of`]. A snapshot directory
//!   ([`endpoint::snapshot`]) is one more endpoint: `ferry snapshot` and
//!   `ferry restore` are runs with a directory at one end.
//! * [`catalog`]: tables, columns, keys and the one [`catalog::LogicalType`]
//!   with its one mapping to Arrow.
//! * [`plan`]: table selection, foreign-key order, the job's selection
//!   rules (scopes, references, masks), preflight checks, counts.
//! * [`transform`]: batch-in/batch-out functions between the two ends.
//! * [`pipeline`]: the reader tasks' streams through conform, the plan's
//!   added transforms (a promotion's remap) and mask, one bounded channel
//!   per table to the writer, inside the sink's one transaction; a
//!   [`pipeline::Finish`] step before the commit. It writes each table
//!   where its plan says ([`plan::TablePlan::into`]) and knows nothing of
//!   staging.
//! * [`promote`]: on top of [`plan`] and [`pipeline`], the only module that
//!   knows staging: key maps (built before the read), staging tables, and
//!   the compare-and-apply [`pipeline::Finish`] step. It asks the user
//!   nothing: its summary goes to a [`promote::run::Review`] that
//!   [`commands`] implements.
//! * [`verify`]: both ends read as sources and compared (`ferry verify`,
//!   `--masked`).
//! * [`words`]: counts with the noun in its number, for every message.
//! * [`journal`]: on top of [`pipeline`] and [`promote`], the run journal:
//!   a [`pipeline::Finish`] wrapper that writes one row per committed run
//!   in its transaction, and `ferry history`.
//! * [`commands`], [`output`], [`progress`], [`cli`]: the user interface,
//!   the only modules that print or read the terminal.
//!
//! `scripts/module-edges.sh` prints the `use crate::…` edges between these
//! modules.
//!
//! # Adding an engine
//! Add `src/endpoint/<engine>/` with the same files as the others
//! (`catalog`, `types`, `read`, `write`): map its SQL types to
//! [`catalog::LogicalType`] and back (its `Dialect`, for `--create-tables`
//! and promotions), decode rows into [`values::BatchBuilder`], write batches
//! from Arrow arrays, and add it to the engine table: [`endpoint::Engine`]
//! (its URL scheme and capabilities), [`endpoint::open_source`] /
//! [`endpoint::open_sink`] and [`endpoint::sql::of`]. Nothing else changes:
//! every engine pair works through Arrow.

// One exception, measured (benches/README.md, SQLite writes): the SQLite
// sink binds rows through rusqlite on sqlx's own connection handle
// (`endpoint::sqlite::write`), with its SAFETY comment and tests.
#![deny(unsafe_code)]

pub mod catalog;
pub mod cli;
pub mod commands;
pub mod endpoint;
pub mod error;
pub mod images;
pub mod job;
pub mod journal;
pub mod output;
pub mod pipeline;
pub mod plan;
pub mod progress;
pub mod promote;
pub mod transform;
pub mod values;
pub mod verify;
pub mod words;

pub use error::{Error, ExitCode, Result};

/// `m` locked even when another thread panicked while holding it: the
/// values ferry keeps behind a mutex (findings, logs, a run's entry) are
/// whole between statements, so the poison is not spread as a second panic.
pub(crate) fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
