//! The error enum and its exit codes.
//!
//! Each variant describes a situation a DBA can act on and names the table,
//! column, key or file it is about. [`Error::exit_code`] is the one place that
//! maps errors to the exit codes documented in the README.

use std::fmt;

/// Result alias used across ferry.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Exit codes, as documented in the README and DESIGN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    Failed = 1,
    BadInput = 2,
    Refused = 3,
    Mismatch = 4,
}

/// Everything that can stop a ferry run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Arguments, job file or URL that cannot be used as given.
    #[error("{0}")]
    BadInput(String),

    /// Another ferry run holds the target's run lock; names the holder.
    #[error("{0}")]
    Locked(String),

    /// The preflight checks refused the run; every problem is listed.
    #[error("preflight refused the run; the target was not changed:\n{}", bullet_list(.0))]
    Preflight(Vec<String>),

    /// A value or a type that cannot be carried exactly to the target.
    #[error("{table}.{column}: {message}")]
    Value {
        table: String,
        column: String,
        message: String,
    },

    /// The database returned an error while ferry talked to it.
    #[error("{context}: {}", describe(.source))]
    Database {
        context: String,
        #[source]
        source: sqlx::Error,
    },

    /// The run stopped part-way (Ctrl-C, a lost connection, an incomplete
    /// table); the target transaction was rolled back.
    #[error("{0}")]
    Failed(String),

    /// An Arrow operation failed; this is a bug in ferry or a value Arrow
    /// cannot hold.
    #[error("{context}: {source}")]
    Arrow {
        context: String,
        #[source]
        source: arrow::error::ArrowError,
    },

    /// A check of written data found differences (`ferry inspect
    /// --verify`, `ferry verify`); every difference is listed. `report`
    /// is the check's result document, which `--json` prints whole.
    #[error("{what}:\n{}", bullet_list(.problems))]
    Mismatch {
        what: String,
        problems: Vec<String>,
        report: Option<Box<serde_json::Value>>,
    },

    /// The connection was lost after COMMIT was sent: the server may have
    /// committed the run or not. The command asks the target's journal.
    #[error("{context}: {}", describe(.source))]
    CommitUnknown {
        context: String,
        #[source]
        source: sqlx::Error,
    },

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

/// The server's message with its detail (`Key (id)=(3) already exists.`),
/// without sqlx's wrapping.
pub fn describe(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(db) => {
            let mut text = db.message().to_string();
            if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                if let Some(detail) = pg.detail() {
                    text.push_str(&format!(" ({detail})"));
                }
            }
            if let Some(code) = db.code() {
                text.push_str(&format!(" [{code}]"));
            }
            text
        }
        other => other.to_string(),
    }
}

fn bullet_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("  - {item}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    pub fn bad_input(message: impl fmt::Display) -> Self {
        Error::BadInput(message.to_string())
    }

    pub fn failed(message: impl fmt::Display) -> Self {
        Error::Failed(message.to_string())
    }

    pub fn value(table: &str, column: &str, message: impl fmt::Display) -> Self {
        Error::Value {
            table: table.to_string(),
            column: column.to_string(),
            message: message.to_string(),
        }
    }

    pub fn arrow(context: impl fmt::Display, source: arrow::error::ArrowError) -> Self {
        Error::Arrow {
            context: context.to_string(),
            source,
        }
    }

    /// The documented exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::BadInput(_) => ExitCode::BadInput,
            Error::Preflight(_) | Error::Locked(_) => ExitCode::Refused,
            Error::Mismatch { .. } => ExitCode::Mismatch,
            Error::Value { .. }
            | Error::Database { .. }
            | Error::CommitUnknown { .. }
            | Error::Failed(_)
            | Error::Arrow { .. }
            | Error::Io { .. } => ExitCode::Failed,
        }
    }
}

/// A statement as an error quotes it: whole when short, else its start and
/// its length (a thousand-column comparison is 40 KB of SQL).
pub fn statement(sql: &str) -> String {
    const SHOWN: usize = 300;
    match sql.char_indices().nth(SHOWN) {
        None => sql.to_string(),
        Some((end, _)) => format!("{} … ({} characters)", &sql[..end], sql.chars().count()),
    }
}

/// A failed COMMIT: refused by the server (nothing was committed), or its
/// answer lost with the connection (the server may have committed).
pub fn commit_failed(on: &str, source: sqlx::Error) -> Error {
    let context = format!("committing on {on}");
    match source {
        sqlx::Error::Database(_) => Error::Database { context, source },
        source => Error::CommitUnknown { context, source },
    }
}

/// Attach what ferry was doing to a database error.
pub trait DbContext<T> {
    fn context(self, context: impl FnOnce() -> String) -> Result<T>;
}

impl<T> DbContext<T> for std::result::Result<T, sqlx::Error> {
    fn context(self, context: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|source| Error::Database {
            context: context(),
            source,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod statement_tests {
    #[test]
    fn long_statements_are_quoted_by_their_start_and_length() {
        assert_eq!(super::statement("SELECT 1"), "SELECT 1");
        let long = format!("SELECT {}", "x, ".repeat(20_000));
        let quoted = super::statement(&long);
        assert!(quoted.len() < 400, "{}", quoted.len());
        assert!(quoted.ends_with(&format!("… ({} characters)", long.len())));
    }
}
