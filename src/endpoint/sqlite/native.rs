//! A SQLite source's rows read through SQLite's C API (rusqlite) on a
//! thread of its own, which hands whole Arrow batches to the pipeline.
//!
//! sqlx's driver copies every value and sends rows one at a time from its
//! worker; here each value is decoded from SQLite's own buffer straight
//! into its column builder. The thread holds a second, read-only
//! connection to the file, whose read transaction (opened with the
//! source's, [`NativeReader::begin`]) serves the counts and the rows, so
//! that a table's count and its rows are of one snapshot. The catalog stays
//! on the sqlx connection.

use crate::catalog::Table;
use crate::endpoint::{BatchSize, BatchStream};
use crate::error::{Error, Result};
use arrow::record_batch::RecordBatch;
use futures::StreamExt;
use std::borrow::Cow;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Batches read ahead of the pipeline.
const BATCHES_AHEAD: usize = 2;

enum Request {
    /// Opens the read transaction and takes its snapshot.
    Begin(oneshot::Sender<Result<()>>),
    /// `SELECT count(*) …` of the named table: one integer.
    Count(String, String, oneshot::Sender<Result<u64>>),
    Read {
        sql: String,
        table: Box<Table>,
        size: BatchSize,
        batches: mpsc::Sender<Result<RecordBatch>>,
    },
}

/// The reading thread of one SQLite source; it ends when this is dropped.
pub struct NativeReader {
    requests: std::sync::mpsc::Sender<Request>,
    interrupt: Arc<rusqlite::InterruptHandle>,
}

impl NativeReader {
    /// Opens `path` read-only on a new thread.
    pub fn open(path: &str) -> Result<Self> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = rusqlite::Connection::open_with_flags(path, flags)
            .map_err(|e| database_error(format!("cannot open '{path}' to read it"), e))?;
        let interrupt = Arc::new(conn.get_interrupt_handle());
        let (requests, inbox) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("ferry-sqlite-read".into())
            .spawn(move || serve(&conn, &inbox))
            .map_err(|e| Error::failed(format!("cannot start the SQLite reading thread: {e}")))?;
        Ok(NativeReader {
            requests,
            interrupt,
        })
    }

    pub async fn begin(&self) -> Result<()> {
        let (reply, answer) = oneshot::channel();
        self.ask(Request::Begin(reply))?;
        answer.await.map_err(|_| gone())?
    }

    /// The rows `sql` (a `SELECT count(*)`) counts in `table`.
    pub async fn count(&self, sql: String, table: &Table) -> Result<u64> {
        let (reply, answer) = oneshot::channel();
        self.ask(Request::Count(sql, table.name.clone(), reply))?;
        answer.await.map_err(|_| gone())?
    }

    /// `table`'s rows for `sql`, in batches of `size`. Dropping the stream
    /// before its end stops the statement.
    pub fn read(&self, sql: String, table: &Table, size: BatchSize) -> BatchStream<'static> {
        let (batches, inbox) = mpsc::channel(BATCHES_AHEAD);
        if let Err(e) = self.ask(Request::Read {
            sql,
            table: Box::new(table.clone()),
            size,
            batches,
        }) {
            return futures::stream::once(async move { Err(e) }).boxed();
        }
        let reading = Reading {
            inbox,
            interrupt: Some(Arc::clone(&self.interrupt)),
        };
        futures::stream::unfold(reading, |mut r| async move {
            match r.inbox.recv().await {
                Some(batch) => Some((batch, r)),
                None => {
                    r.interrupt.take(); // ended: nothing to stop
                    None
                }
            }
        })
        .boxed()
    }

    fn ask(&self, request: Request) -> Result<()> {
        self.requests.send(request).map_err(|_| gone())
    }
}

/// A read in progress; stops SQLite's statement when dropped before the
/// end, so that a cancelled run does not wait for a long scan.
struct Reading {
    inbox: mpsc::Receiver<Result<RecordBatch>>,
    interrupt: Option<Arc<rusqlite::InterruptHandle>>,
}

impl Drop for Reading {
    fn drop(&mut self) {
        if let Some(handle) = self.interrupt.take() {
            handle.interrupt();
        }
    }
}

fn gone() -> Error {
    Error::failed("the SQLite reading thread has stopped")
}

/// The thread: one request after another until the reader is dropped.
fn serve(conn: &rusqlite::Connection, inbox: &std::sync::mpsc::Receiver<Request>) {
    while let Ok(request) = inbox.recv() {
        match request {
            Request::Begin(reply) => {
                let begun = conn
                    .execute_batch("BEGIN; SELECT count(*) FROM sqlite_master;")
                    .map_err(|e| database_error("opening a read transaction".into(), e));
                let _ = reply.send(begun);
            }
            Request::Count(sql, name, reply) => {
                let counted = conn
                    .query_row(&sql, [], |row| row.get::<_, i64>(0))
                    .map(|n| n.max(0) as u64)
                    .map_err(|e| database_error(format!("counting rows of {name}"), e));
                let _ = reply.send(counted);
            }
            Request::Read {
                sql,
                table,
                size,
                batches,
            } => {
                let mut send = |batch| batches.blocking_send(Ok(batch)).is_ok();
                if let Err(e) = super::read::read_table(conn, &sql, &table, size, &mut send) {
                    let _ = batches.blocking_send(Err(e));
                }
            }
        }
    }
}

/// A rusqlite error as the database error sqlx would have given, with
/// SQLite's message and extended code, so that every caller words it the
/// same way.
pub fn database_error(context: String, error: rusqlite::Error) -> Error {
    let (message, code) = match &error {
        rusqlite::Error::SqliteFailure(failure, message) => (
            message.clone().unwrap_or_else(|| failure.to_string()),
            Some(failure.extended_code),
        ),
        other => (other.to_string(), None),
    };
    Error::Database {
        context,
        source: sqlx::Error::Database(Box::new(NativeError { message, code })),
    }
}

#[derive(Debug)]
struct NativeError {
    message: String,
    code: Option<i32>,
}

impl std::fmt::Display for NativeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for NativeError {}

impl sqlx::error::DatabaseError for NativeError {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<Cow<'_, str>> {
        self.code.map(|c| Cow::Owned(c.to_string()))
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> sqlx::error::ErrorKind {
        sqlx::error::ErrorKind::Other
    }
}
