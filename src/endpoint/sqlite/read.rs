//! Streams a SQLite table into Arrow batches.
//!
//! SQLite values carry their own storage class; each is converted to the
//! column's declared logical type, and a value that does not fit (text in
//! an INTEGER column, 2 in a BOOLEAN) stops the run naming table and column.

use super::types::SqliteDialect;
use crate::catalog::Table;
use crate::endpoint::BatchSize;
use crate::error::{DbContext, Result};
use crate::values::BatchBuilder;
use arrow::record_batch::RecordBatch;
use futures::TryStreamExt;
use sqlx::sqlite::SqliteConnection;
use sqlx::{Row, TypeInfo, ValueRef};
use tokio::sync::mpsc;

pub async fn read_table(
    conn: &mut SqliteConnection,
    table: &Table,
    size: BatchSize,
    out: mpsc::Sender<RecordBatch>,
) -> Result<()> {
    let d = SqliteDialect;
    let cols: Vec<String> = table
        .columns
        .iter()
        .map(|c| d.quote_ident(&c.name))
        .collect();
    let sql = format!(
        "SELECT {} FROM {}{}",
        cols.join(", "),
        d.quote_ident(&table.name),
        table.where_clause()
    );
    let mut rows = sqlx::query(&sql).fetch(&mut *conn);
    let mut batch = BatchBuilder::new(table, size.rows.min(1024));
    while let Some(row) = rows
        .try_next()
        .await
        .context(|| format!("reading {}", table.name))?
    {
        let mut bytes = 0;
        for i in 0..table.columns.len() {
            let raw = row
                .try_get_raw(i)
                .context(|| format!("reading {}", table.name))?;
            if raw.is_null() {
                batch.column(i).append_null();
                continue;
            }
            // The value's storage class, without allocating per cell.
            let storage = match raw.type_info().name() {
                "INTEGER" => "INTEGER",
                "REAL" => "REAL",
                "TEXT" => "TEXT",
                _ => "BLOB",
            };
            let b = batch.column(i);
            let result = match storage {
                "INTEGER" => {
                    b.append_int(row.try_get_unchecked::<i64, _>(i).unwrap_or_default() as i128)
                }
                "REAL" => b.append_f64(row.try_get_unchecked::<f64, _>(i).unwrap_or_default()),
                "TEXT" => {
                    let s: &str = row
                        .try_get_unchecked(i)
                        .context(|| format!("reading {}", table.name))?;
                    bytes += s.len();
                    b.append_text(s)
                }
                _ => {
                    let v: &[u8] = row
                        .try_get_unchecked(i)
                        .context(|| format!("reading {}", table.name))?;
                    bytes += v.len();
                    b.append_bytes(v)
                }
            };
            batch.check(i, result)?;
        }
        batch.end_row(bytes + 8 * table.columns.len());
        if batch.is_full(size.rows, size.bytes) && out.send(batch.finish()?).await.is_err() {
            return Ok(());
        }
    }
    if batch.rows() > 0 {
        let _ = out.send(batch.finish()?).await;
    }
    Ok(())
}
