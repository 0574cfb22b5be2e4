//! Streams a SQLite table into Arrow batches.
//!
//! SQLite stores any storage class in any column (a file written by another
//! program may hold REAL in a `DECIMAL(38,10)` column or Unix times in a
//! `DATETIME` one); the declared type says what the application means. Each
//! value is read by its storage class into the column's logical type, by
//! the rules of [`sqlite_value`] (documented in the README's type table); a
//! value that fits none stops the run naming table, column, row key and
//! storage class.
//!
//! Nothing here may panic on what a file or a server holds: no unwrap,
//! expect or indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::types::SqliteDialect;
use crate::catalog::{LogicalType, Table};
use crate::endpoint::BatchSize;
use crate::error::{Error, Result};
use crate::values::{temporal, BatchBuilder, ColumnBuilder};
use arrow::record_batch::RecordBatch;
use rusqlite::types::ValueRef;

/// The Julian day of the Unix epoch in milliseconds, as SQLite's date
/// functions count it (`julianday('1970-01-01') * 86400000`).
const UNIX_EPOCH_JD_MS: i64 = 210_866_760_000_000;

/// A value's SQLite storage class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Storage {
    Integer,
    Real,
    Text,
    Blob,
}

impl Storage {
    fn of(value: ValueRef<'_>) -> Option<Storage> {
        match value {
            ValueRef::Null => None,
            ValueRef::Integer(_) => Some(Storage::Integer),
            ValueRef::Real(_) => Some(Storage::Real),
            ValueRef::Text(_) => Some(Storage::Text),
            ValueRef::Blob(_) => Some(Storage::Blob),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Storage::Integer => "INTEGER",
            Storage::Real => "REAL",
            Storage::Text => "TEXT",
            Storage::Blob => "BLOB",
        }
    }
}

/// The `SELECT` that reads `table`'s planned columns.
pub fn select_sql(table: &Table) -> String {
    crate::catalog::ddl::Dialect::select_sql(&SqliteDialect, table)
}

/// Reads `table`'s rows as SQLite returns them for `sql` ([`select_sql`])
/// on `conn`, handing each full batch to `send`; stops early, without an
/// error, when `send` says the batches are no longer wanted.
pub fn read_table(
    conn: &rusqlite::Connection,
    sql: &str,
    table: &Table,
    size: BatchSize,
    send: &mut dyn FnMut(RecordBatch) -> bool,
) -> Result<()> {
    let failed =
        |e: rusqlite::Error| super::native::database_error(format!("reading {}", table.name), e);
    let mut statement = conn.prepare(sql).map_err(failed)?;
    let mut rows = statement.query([]).map_err(failed)?;
    let mut decode = RowDecoder {
        keys: table.key_positions(),
        ordinal: 0,
    };
    let mut batch = BatchBuilder::new(table, size.rows.min(1024));
    while let Some(row) = rows.next().map_err(failed)? {
        decode.append(table, &mut batch, row)?;
        if batch.is_full(size.rows, size.bytes) && !send(batch.finish()?) {
            return Ok(());
        }
    }
    if batch.rows() > 0 {
        send(batch.finish()?);
    }
    Ok(())
}

/// Decodes one table's rows, counting them to name a row without a key.
struct RowDecoder {
    /// Primary-key column positions, to name a row in messages.
    keys: Vec<usize>,
    ordinal: u64,
}

impl RowDecoder {
    /// Appends `row` to `batch`, or names the table, column and row of a
    /// value that does not fit the column.
    fn append(
        &mut self,
        table: &Table,
        batch: &mut BatchBuilder,
        row: &rusqlite::Row,
    ) -> Result<()> {
        self.ordinal += 1;
        let mut bytes = 0;
        for i in 0..table.columns.len() {
            let value = row
                .get_ref(i)
                .map_err(|e| super::native::database_error(format!("reading {}", table.name), e))?;
            let Some(storage) = Storage::of(value) else {
                batch.column(i).append_null();
                continue;
            };
            if let Err(why) = sqlite_value(value, batch.column(i), &mut bytes) {
                return Err(Error::value(
                    &table.name,
                    table.columns.get(i).map_or("?", |c| c.name.as_str()),
                    format!(
                        "{why} (a {} value; {})",
                        storage.name(),
                        row_key(table, &self.keys, row, self.ordinal)
                    ),
                ));
            }
        }
        batch.end_row(bytes + 8 * table.columns.len());
        Ok(())
    }
}

/// Appends `value` to `b`, by its storage class:
///
/// - INTEGER: any number column (range-checked), text as its digits, a
///   boolean when 0 or 1; in a date or timestamp column, Unix-epoch
///   seconds (a date must fall on midnight UTC).
/// - REAL: float columns; decimal columns as the exact decimal of the
///   shortest text that reads back as the same double, at the column's
///   scale (refused when it does not fit); integer and boolean columns
///   when it has no fraction; in a date or timestamp column, a Julian day
///   number, to the millisecond as SQLite's date functions read it.
/// - TEXT: parsed as the column's type (numbers, `true`/`false`/`t`/`f`/
///   `1`/`0`, ISO-8601 dates and times with `T` or a space and an optional
///   zone, UUIDs).
/// - BLOB: bytes columns, 16-byte UUIDs, or UTF-8 text parsed as TEXT.
fn sqlite_value(
    value: ValueRef<'_>,
    b: &mut ColumnBuilder,
    bytes: &mut usize,
) -> std::result::Result<(), String> {
    use LogicalType as L;
    match value {
        ValueRef::Null => {
            b.append_null();
            Ok(())
        }
        ValueRef::Integer(v) => match b.logical_type() {
            L::Date => append_unix_date(b, v),
            L::Timestamp | L::TimestampTz => v
                .checked_mul(temporal::MICROS_PER_SEC)
                .ok_or_else(|| format!("{v} seconds after 1970 is out of range"))
                .and_then(|micros| b.append_timestamp(micros)),
            _ => b.append_int(v as i128),
        },
        ValueRef::Real(v) => match b.logical_type() {
            L::Date => {
                let micros = julian_day_micros(v)?;
                append_midnight(b, micros, &format!("Julian day {v}"))
            }
            L::Timestamp | L::TimestampTz => b.append_timestamp(julian_day_micros(v)?),
            // Rust prints the shortest round-trip digits positionally
            // (`0.0000000001`, never `1e-10`), which the decimal parser
            // takes exactly or refuses.
            L::Decimal { .. } | L::Numeric if v.is_finite() => b.append_text(&format!("{v}")),
            _ => b.append_f64(v),
        },
        ValueRef::Text(t) => {
            let s =
                std::str::from_utf8(t).map_err(|e| format!("the text is not valid UTF-8 ({e})"))?;
            *bytes += s.len();
            b.append_text(s)
        }
        ValueRef::Blob(v) => {
            *bytes += v.len();
            b.append_bytes(v)
        }
    }
}

/// A Julian day number as SQLite's date functions read it: rounded to the
/// millisecond (`(jd * 86400000 + 0.5)` truncated), as microseconds since
/// the Unix epoch.
fn julian_day_micros(jd: f64) -> std::result::Result<i64, String> {
    // SQLite's own range: 0000-01-01 to 9999-12-31.
    if !(0.0..=5_373_484.5).contains(&jd) {
        return Err(format!("{jd} is not a Julian day number SQLite can read"));
    }
    let ms = (jd * 86_400_000.0 + 0.5) as i64;
    Ok((ms - UNIX_EPOCH_JD_MS) * 1000)
}

fn append_unix_date(b: &mut ColumnBuilder, seconds: i64) -> std::result::Result<(), String> {
    let micros = seconds
        .checked_mul(temporal::MICROS_PER_SEC)
        .ok_or_else(|| format!("{seconds} seconds after 1970 is out of range"))?;
    append_midnight(b, micros, &format!("{seconds} seconds after 1970"))
}

/// A point in time into a date column: only midnight is a date.
fn append_midnight(
    b: &mut ColumnBuilder,
    micros: i64,
    what: &str,
) -> std::result::Result<(), String> {
    if micros.rem_euclid(temporal::MICROS_PER_DAY) != 0 {
        return Err(format!(
            "{what} ({}) has a time of day and is not a date",
            temporal::format_timestamp(micros)
        ));
    }
    b.append_date(micros.div_euclid(temporal::MICROS_PER_DAY) as i32)
}

/// `row id=7`, the primary key of the row that failed, or its position.
fn row_key(table: &Table, key_columns: &[usize], row: &rusqlite::Row, ordinal: u64) -> String {
    let parts: Vec<String> = key_columns
        .iter()
        .map(|&k| {
            let value = match row.get_ref(k) {
                Ok(ValueRef::Integer(v)) => v.to_string(),
                Ok(ValueRef::Real(v)) => v.to_string(),
                Ok(ValueRef::Text(t)) => String::from_utf8_lossy(t).into_owned(),
                _ => "?".into(),
            };
            let name = table.columns.get(k).map_or("?", |c| c.name.as_str());
            format!("{name}={value}")
        })
        .collect();
    if parts.is_empty() {
        format!("row {ordinal} of the table, which has no primary key")
    } else {
        format!("row {}", parts.join(", "))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn julian_days_read_as_sqlite_reads_them() {
        // julianday('2024-02-29 12:34:56.789') = 2460370.024268391
        let micros = julian_day_micros(2460370.024268391).unwrap();
        assert_eq!(
            temporal::format_timestamp(micros),
            "2024-02-29 12:34:56.789000"
        );
        assert_eq!(julian_day_micros(2440587.5).unwrap(), 0);
        assert!(julian_day_micros(-1.0).is_err());
    }
}
