//! Integration tests against real PostgreSQL and MariaDB servers and real
//! SQLite files. Each test makes its own database; a missing server fails
//! the test with the command that starts it.

// Tests, benchmarks and examples panic by design on a failed expectation;
// the no-panic lints (Cargo.toml) are for the library and the binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod atomicity;
mod bad_corpus;
mod bad_input;
mod common;
mod corpus;
mod examples;
mod faults;
mod incremental;
mod journal;
mod lock;
mod mask;
mod pairs;
mod pg_types;
mod promote;
mod proxy;
mod reach;
mod readme;
mod s3;
mod schema;
mod slices;
mod snapshot;
mod sqlite_types;
mod undo;
mod verify;
