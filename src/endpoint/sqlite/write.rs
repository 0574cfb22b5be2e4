//! Writes batches into a SQLite table with multi-row prepared inserts.
//!
//! Full chunks reuse one cached prepared statement; SQLite allows at most
//! 32,766 bound parameters per statement.

use super::types::SqliteDialect;
use crate::catalog::Table;
use crate::endpoint::WriteProgress;
use crate::error::{DbContext, Error, Result};
use crate::values::text::{Cell, CellReader};
use sqlx::sqlite::{Sqlite, SqliteArguments, SqliteConnection};
use sqlx::Arguments;

const MAX_PARAMS: usize = 32_766;
const MAX_ROWS_PER_STATEMENT: usize = 256;

pub async fn write_table(
    conn: &mut SqliteConnection,
    table: &Table,
    batches: &mut crate::endpoint::BatchStream<'_>,
    progress: WriteProgress<'_>,
) -> Result<u64> {
    let d = SqliteDialect;
    let ncols = table.columns.len().max(1);
    let per_stmt = (MAX_PARAMS / ncols).clamp(1, MAX_ROWS_PER_STATEMENT);
    let head = format!(
        "INSERT INTO {} ({}) VALUES ",
        d.quote_ident(&table.name),
        table
            .columns
            .iter()
            .map(|c| d.quote_ident(&c.name))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let tuple = format!("({})", vec!["?"; table.columns.len()].join(", "));
    let statement = |rows: usize| format!("{head}{}", vec![tuple.as_str(); rows].join(", "));
    let full = statement(per_stmt);
    let mut written = 0u64;
    while let Some(batch) = futures::StreamExt::next(batches).await {
        let batch = batch?;
        let readers = batch
            .columns()
            .iter()
            .map(|a| CellReader::new(a.as_ref()))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(Error::failed)?;
        let mut start = 0;
        while start < batch.num_rows() {
            let n = per_stmt.min(batch.num_rows() - start);
            let mut args = SqliteArguments::default();
            for row in start..start + n {
                for (reader, column) in readers.iter().zip(&table.columns) {
                    bind(&mut args, reader.get(row))
                        .map_err(|why| Error::value(&table.name, &column.name, why))?;
                }
            }
            let sql = if n == per_stmt {
                full.clone()
            } else {
                statement(n)
            };
            let result = sqlx::query_with::<Sqlite, _>(&sql, args)
                .execute(&mut *conn)
                .await
                .context(|| format!("writing {}", table.name))?;
            written += result.rows_affected();
            start += n;
        }
        progress(batch.num_rows() as u64, crate::values::batch_bytes(&batch));
    }
    Ok(written)
}

/// Binds a cell, borrowing strings and bytes from the batch.
fn bind<'a>(args: &mut SqliteArguments<'a>, cell: Cell<'a>) -> std::result::Result<(), String> {
    let r = match cell {
        Cell::Null => args.add(None::<i64>),
        Cell::Bool(b) => args.add(b as i64),
        Cell::Int(v) => args.add(v),
        Cell::UInt(v) => match i64::try_from(v) {
            Ok(v) => args.add(v),
            Err(_) => return Err(format!("{v} is larger than SQLite's largest integer")),
        },
        Cell::Float(v) => args.add(v),
        Cell::Text(std::borrow::Cow::Borrowed(s)) => args.add(s),
        Cell::Text(std::borrow::Cow::Owned(s)) => args.add(s),
        Cell::Bytes(b) => args.add(b),
    };
    r.map_err(|e| e.to_string())
}
