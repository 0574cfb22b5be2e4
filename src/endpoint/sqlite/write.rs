//! Writes batches into a SQLite table through SQLite's C API (rusqlite) on
//! the sink's own connection, inside its transaction: one prepared
//! single-row `INSERT`, bound and stepped per row, a batch at a time.
//!
//! sqlx's driver would copy every value into its arguments and send each
//! statement to its worker thread; here the values are bound straight from
//! the Arrow arrays. The connection is sqlx's, so the transaction, the
//! deferred foreign keys and the progress handler that stops a cancelled
//! run are all the sink's. A batch is written on a blocking thread while
//! the run's task waits, holding the connection's lock so that sqlx's worker
//! does not use it meanwhile; the task stays free to see a signal. A
//! cancelled run drops that wait and lets go of the lock while the batch is
//! still being written, so the sink's connection is opened in SQLite's
//! serialized mode (its own mutex around every call); the abandon that
//! follows stops the statement through the progress handler.

use super::types::SqliteDialect;
use crate::catalog::Table;
use crate::endpoint::WriteProgress;
use crate::error::{DbContext, Error, Result};
use crate::values::text::{Cell, CellReader};
use arrow::record_batch::RecordBatch;
use rusqlite::types::{ToSqlOutput, ValueRef};
use sqlx::sqlite::SqliteConnection;
use std::sync::Arc;
use tokio::sync::Mutex;

pub async fn write_table(
    conn: &mut SqliteConnection,
    writing: &Arc<Mutex<()>>,
    table: &Table,
    batches: &mut crate::endpoint::BatchStream<'_>,
    progress: WriteProgress<'_>,
) -> Result<u64> {
    let d = SqliteDialect;
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        d.quote_ident(&table.name),
        table
            .columns
            .iter()
            .map(|c| d.quote_ident(&c.name))
            .collect::<Vec<_>>()
            .join(", "),
        vec!["?"; table.columns.len()].join(", ")
    );
    let mut written = 0u64;
    while let Some(batch) = futures::StreamExt::next(batches).await {
        let batch = batch?;
        let mut handle = conn
            .lock_handle()
            .await
            .context(|| format!("writing {}", table.name))?;
        let db = Handle(handle.as_raw_handle().as_ptr());
        let (sql, table_now, rows) = (sql.clone(), table.clone(), batch.clone());
        // Taken before the thread starts, so that an abandon that waits for
        // it never runs before the batch does.
        let busy = Arc::clone(writing).lock_owned().await;
        let insert = tokio::task::spawn_blocking(move || {
            let (db, _busy) = (db, busy);
            insert_batch(db.0, &sql, &table_now, &rows)
        });
        written += insert
            .await
            .map_err(|e| Error::failed(format!("writing {}: {e}", table.name)))??;
        drop(handle);
        progress(batch.num_rows() as u64, crate::values::batch_bytes(&batch));
    }
    Ok(written)
}

/// The sink's connection handle, carried to the blocking thread.
struct Handle(*mut rusqlite::ffi::sqlite3);

// SAFETY: SQLite connections opened in serialized mode (the sink's, see
// `super::connect`) may be used from any thread; SQLite's own mutex orders
// the calls.
#[allow(unsafe_code)]
unsafe impl Send for Handle {}

/// Inserts every row of `batch` with one prepared statement on `db`.
fn insert_batch(
    db: *mut rusqlite::ffi::sqlite3,
    sql: &str,
    table: &Table,
    batch: &RecordBatch,
) -> Result<u64> {
    let failed =
        |e: rusqlite::Error| super::native::database_error(format!("writing {}", table.name), e);
    // SAFETY: `db` is the sink's open connection, in serialized mode, which
    // the sink keeps open for longer than any write (it waits for this one,
    // or is abandoned and closed only after sqlx's worker, whose calls
    // SQLite orders with these); the Connection made from it does not close
    // it, removes no hook when dropped (no `hooks` feature), and is dropped
    // before this function returns.
    #[allow(unsafe_code)]
    let conn = unsafe { rusqlite::Connection::from_handle(db) }.map_err(failed)?;
    let readers = batch
        .columns()
        .iter()
        .map(|a| CellReader::new(a.as_ref()))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(Error::failed)?;
    let mut statement = conn.prepare(sql).map_err(failed)?;
    let mut written = 0u64;
    for row in 0..batch.num_rows() {
        for (i, (reader, column)) in readers.iter().zip(&table.columns).enumerate() {
            let value = sql_value(reader.get(row))
                .map_err(|why| Error::value(&table.name, &column.name, why))?;
            statement.raw_bind_parameter(i + 1, value).map_err(failed)?;
        }
        written += statement.raw_execute().map_err(failed)? as u64;
    }
    Ok(written)
}

/// A cell as SQLite stores it, borrowing strings and bytes from the batch.
fn sql_value(cell: Cell<'_>) -> std::result::Result<ToSqlOutput<'_>, String> {
    Ok(ToSqlOutput::Borrowed(match cell {
        Cell::Null => ValueRef::Null,
        Cell::Bool(b) => ValueRef::Integer(b as i64),
        Cell::Int(v) => ValueRef::Integer(v),
        Cell::UInt(v) => match i64::try_from(v) {
            Ok(v) => ValueRef::Integer(v),
            Err(_) => return Err(format!("{v} is larger than SQLite's largest integer")),
        },
        Cell::Float(v) => ValueRef::Real(v),
        Cell::Text(std::borrow::Cow::Borrowed(s)) => ValueRef::Text(s.as_bytes()),
        Cell::Text(std::borrow::Cow::Owned(s)) => return Ok(ToSqlOutput::from(s)),
        Cell::Bytes(b) => ValueRef::Blob(b),
    }))
}
