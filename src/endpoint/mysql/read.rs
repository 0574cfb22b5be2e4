//! Streams a MySQL/MariaDB table into Arrow batches.
//!
//! The `SELECT` is prepared, so the server sends rows in the binary
//! protocol; each cell's raw bytes are decoded here by the column's logical
//! type: little-endian integers and floats, decimals as ASCII text, BIT as
//! big-endian bytes, dates and times as a length byte followed by their
//! fields. Zero dates and times outside a day stop the run naming the
//! table, column and row.
//!
//! Nothing here may panic on what a server sends: no unwrap, expect or
//! indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::catalog::{Conversion, LogicalType, Table};
use crate::endpoint::BatchSize;
use crate::endpoint::BatchStream;
use crate::error::{DbContext, Error, Result};
use crate::values::temporal::{days_from_date, MICROS_PER_SEC};
use crate::values::BatchBuilder;
use chrono::NaiveDate;
use futures::{StreamExt, TryStreamExt};
use sqlx::mysql::{MySqlConnection, MySqlRow};
use sqlx::{Row, ValueRef};

/// How the binary protocol sends a column of a logical type.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Wire {
    Int {
        signed: bool,
    },
    Float32,
    Float64,
    /// DECIMAL: ASCII digits.
    Decimal,
    /// Strings, blobs, ENUM, SET, JSON, UUID: the bytes as stored.
    Raw,
    Date,
    DateTime,
    Time,
    Skip,
}

impl Wire {
    fn of(ty: &LogicalType) -> Wire {
        use LogicalType as L;
        match ty {
            // tinyint(1) is a signed byte; bit(1) one byte 0 or 1.
            L::Bool | L::Int8 | L::Int16 | L::Int32 | L::Int64 => Wire::Int { signed: true },
            L::UInt8 | L::UInt16 | L::UInt32 | L::UInt64 | L::Year => Wire::Int { signed: false },
            L::Float32 => Wire::Float32,
            L::Float64 => Wire::Float64,
            L::Decimal { .. } | L::Numeric => Wire::Decimal,
            L::Text { .. }
            | L::Bytes { .. }
            | L::Json { .. }
            | L::Enum { .. }
            | L::Set { .. }
            | L::Uuid => Wire::Raw,
            L::Date => Wire::Date,
            L::Timestamp | L::TimestampTz => Wire::DateTime,
            L::Time => Wire::Time,
            // PostgreSQL's own types never come from MySQL.
            L::PgNative { .. } | L::Unsupported { .. } => Wire::Skip,
        }
    }
}

/// The prepared `SELECT` that reads `table`'s planned columns.
pub fn select_sql(table: &Table) -> String {
    crate::catalog::ddl::Dialect::select_sql(&super::DIALECT, table)
}

/// `table`'s rows as the server sends them for `sql` ([`select_sql`]),
/// decoded into batches.
pub fn read_table<'a>(
    conn: &'a mut MySqlConnection,
    sql: &'a str,
    table: &'a Table,
    size: BatchSize,
) -> BatchStream<'a> {
    let decode = RowDecoder::new(table);
    let rows = sqlx::query(sql)
        .fetch(conn)
        .map_err(move |source| Error::Database {
            context: format!("reading {}", table.name),
            source,
        })
        .boxed();
    let batch = BatchBuilder::new(table, size.rows.min(1024));
    crate::endpoint::row_batches(rows, batch, size, move |batch, row| {
        decode.append(table, batch, row)
    })
}

/// How one table's cells are decoded.
struct RowDecoder {
    wires: Vec<Wire>,
    /// Primary-key column positions, to name a row in messages.
    keys: Vec<usize>,
    /// Columns whose zero dates become NULL (`[convert]`).
    zero_to_null: Vec<bool>,
}

impl RowDecoder {
    fn new(table: &Table) -> Self {
        RowDecoder {
            wires: table.columns.iter().map(|c| Wire::of(&c.ty)).collect(),
            keys: table.key_positions(),
            zero_to_null: table
                .columns
                .iter()
                .map(|c| c.convert == Some(Conversion::ZeroDateToNull))
                .collect(),
        }
    }

    /// Appends `row` to `batch`, or names the table, column and row of a
    /// value that cannot be decoded.
    fn append(&self, table: &Table, batch: &mut BatchBuilder, row: MySqlRow) -> Result<()> {
        let cells = |i: usize, wire: Wire| {
            cell(&row, i, wire).context(|| format!("reading {}", table.name))
        };
        self.append_cells(table, batch, cells)
            .map_err(|failed| match failed {
                Failed::Read(e) => e,
                Failed::Cell(column, why) => {
                    let key = key_text(&row, table, &self.keys, &self.wires);
                    Error::value(&table.name, column, format!("{why} {key}"))
                }
            })
    }

    /// Appends one row whose cells `cells` gives (`None` for NULL).
    fn append_cells<'r, 't>(
        &self,
        table: &'t Table,
        batch: &mut BatchBuilder,
        mut cells: impl FnMut(usize, Wire) -> Result<Option<&'r [u8]>>,
    ) -> std::result::Result<(), Failed<'t>> {
        let mut bytes = 0;
        let columns = self
            .wires
            .iter()
            .zip(&self.zero_to_null)
            .zip(&table.columns);
        for (i, ((wire, zero_to_null), column)) in columns.enumerate() {
            let Some(raw) = cells(i, *wire).map_err(Failed::Read)? else {
                batch.column(i).append_null();
                continue;
            };
            bytes += raw.len();
            append_cell(batch.column(i), *wire, *zero_to_null, raw)
                .map_err(|why| Failed::Cell(&column.name, why))?;
        }
        batch.end_row(bytes + 8 * table.columns.len());
        Ok(())
    }
}

/// Why a row was not appended: a cell could not be read, or the cell of a
/// column could not be decoded (and why).
enum Failed<'t> {
    Read(Error),
    Cell(&'t str, String),
}

/// Appends one cell as the binary protocol sent it (`raw`, not NULL), or
/// says why it cannot be decoded.
fn append_cell(
    b: &mut crate::values::ColumnBuilder,
    wire: Wire,
    zero_to_null: bool,
    raw: &[u8],
) -> std::result::Result<(), String> {
    match wire {
        Wire::Int { signed } => match le_int(raw, signed) {
            Some(v) => b.append_int(v),
            None => Err(format!(
                "unexpected {}-byte integer from the server",
                raw.len()
            )),
        },
        Wire::Float32 => match <[u8; 4]>::try_from(raw) {
            Ok(a) => b.append_f64(f32::from_le_bytes(a) as f64),
            Err(_) => Err(format!(
                "unexpected {}-byte float from the server",
                raw.len()
            )),
        },
        Wire::Float64 => match <[u8; 8]>::try_from(raw) {
            Ok(a) => b.append_f64(f64::from_le_bytes(a)),
            Err(_) => Err(format!(
                "unexpected {}-byte double from the server",
                raw.len()
            )),
        },
        Wire::Decimal => match std::str::from_utf8(raw) {
            Ok(s) => b.append_text(s),
            Err(_) => Err("a decimal that is not ASCII text".into()),
        },
        Wire::Raw => b.append_bytes(raw),
        Wire::Date | Wire::DateTime if zero_to_null && is_zero_date(raw) => {
            b.append_null();
            Ok(())
        }
        Wire::Date => decode_date(raw).and_then(|v| b.append_date(v)),
        Wire::DateTime => decode_datetime(raw).and_then(|v| b.append_timestamp(v)),
        Wire::Time => decode_time(raw).and_then(|v| b.append_time(v)),
        Wire::Skip => {
            b.append_null();
            Ok(())
        }
    }
}

/// Decodes rows given as each column's binary-protocol bytes (`None` for
/// NULL) into one batch, as [`read_table`] decodes a server's rows: the
/// row decoder without a server, for fuzzing and tests.
///
/// # Errors
/// A cell that cannot be decoded, named by table and column.
pub fn decode_rows(
    table: &Table,
    rows: &[Vec<Option<&[u8]>>],
) -> Result<arrow::record_batch::RecordBatch> {
    let decode = RowDecoder::new(table);
    let mut batch = BatchBuilder::new(table, rows.len());
    for row in rows {
        let cells = |i: usize, _| Ok(row.get(i).copied().flatten());
        decode
            .append_cells(table, &mut batch, cells)
            .map_err(|failed| match failed {
                Failed::Read(e) => e,
                Failed::Cell(column, why) => Error::value(&table.name, column, why),
            })?;
    }
    batch.finish()
}

/// A zero date or a date with a zero month or day.
fn is_zero_date(raw: &[u8]) -> bool {
    match fields(raw) {
        Ok([]) => true,
        Ok([_, _, month, day, ..]) => *month == 0 || *day == 0,
        _ => false,
    }
}

/// The raw bytes of cell `i`, `None` for NULL. sqlx reports a zero date as
/// NULL; its bytes are still there, so dates are asked for their bytes.
fn cell(row: &MySqlRow, i: usize, wire: Wire) -> std::result::Result<Option<&[u8]>, sqlx::Error> {
    let raw = row.try_get_raw(i)?;
    if raw.is_null() && !matches!(wire, Wire::Date | Wire::DateTime) {
        return Ok(None);
    }
    match row.try_get_unchecked::<&[u8], _>(i) {
        Ok(b) => Ok(Some(b)),
        Err(sqlx::Error::ColumnDecode { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `(row id=7)`: the primary key of `row`, for messages.
fn key_text(row: &MySqlRow, table: &Table, keys: &[usize], wires: &[Wire]) -> String {
    if keys.is_empty() {
        return "(the table has no primary key to name the row)".into();
    }
    let parts: Vec<String> = keys
        .iter()
        .filter_map(|&k| Some((k, wires.get(k)?, table.columns.get(k)?)))
        .map(|(k, &wire, column)| {
            let value = match cell(row, k, wire) {
                Ok(Some(raw)) => display(raw, wire),
                Ok(None) => "NULL".into(),
                Err(_) => "?".into(),
            };
            format!("{}={value}", column.name)
        })
        .collect();
    format!("(row {})", parts.join(", "))
}

fn display(raw: &[u8], wire: Wire) -> String {
    let shown = match wire {
        Wire::Int { signed } => le_int(raw, signed).map(|v| v.to_string()),
        Wire::Float32 => <[u8; 4]>::try_from(raw)
            .ok()
            .map(|a| f32::from_le_bytes(a).to_string()),
        Wire::Float64 => <[u8; 8]>::try_from(raw)
            .ok()
            .map(|a| f64::from_le_bytes(a).to_string()),
        Wire::Date => decode_date(raw)
            .ok()
            .map(crate::values::temporal::format_date),
        Wire::DateTime => decode_datetime(raw)
            .ok()
            .map(crate::values::temporal::format_timestamp),
        Wire::Time => decode_time(raw)
            .ok()
            .map(crate::values::temporal::format_time),
        Wire::Decimal | Wire::Raw | Wire::Skip => None,
    };
    shown.unwrap_or_else(|| {
        let text = String::from_utf8_lossy(raw);
        let mut s: String = text.chars().take(64).collect();
        if text.chars().count() > 64 {
            s.push('…');
        }
        s
    })
}

/// A little-endian integer of 1, 2, 4 or 8 bytes (BIT: big-endian, any
/// length up to 8, read here only for bit(1), one byte).
pub(crate) fn le_int(raw: &[u8], signed: bool) -> Option<i128> {
    Some(match (raw, signed) {
        ([b], true) => *b as i8 as i128,
        ([b], false) => *b as i128,
        _ => le_wide_int(raw, signed)?,
    })
}

fn le_wide_int(raw: &[u8], signed: bool) -> Option<i128> {
    Some(match (raw.len(), signed) {
        (2, true) => i16::from_le_bytes(raw.try_into().ok()?) as i128,
        (2, false) => u16::from_le_bytes(raw.try_into().ok()?) as i128,
        (4, true) => i32::from_le_bytes(raw.try_into().ok()?) as i128,
        (4, false) => u32::from_le_bytes(raw.try_into().ok()?) as i128,
        (8, true) => i64::from_le_bytes(raw.try_into().ok()?) as i128,
        (8, false) => u64::from_le_bytes(raw.try_into().ok()?) as i128,
        _ => return None,
    })
}

const ZERO_DATE: &str = "MySQL zero date '0000-00-00' cannot be carried; set it to NULL or a real date in the source, allow `\"TABLE.COLUMN\" = \"zero-date-to-null\"` under [convert] in the job file, or leave the table out with --exclude";

/// The fields after the length byte, checked against it.
fn fields(raw: &[u8]) -> std::result::Result<&[u8], String> {
    match raw.split_first() {
        Some((&len, rest)) if rest.len() == len as usize => Ok(rest),
        _ => Err(format!(
            "malformed binary date/time value ({} bytes)",
            raw.len()
        )),
    }
}

/// Year, month and day from the first four field bytes, as a date.
fn ymd(f: &[u8]) -> std::result::Result<NaiveDate, String> {
    let [y0, y1, month, day, ..] = *f else {
        return Err(format!("malformed binary date ({} bytes)", f.len()));
    };
    let year = u16::from_le_bytes([y0, y1]);
    if year == 0 && month == 0 && day == 0 {
        return Err(ZERO_DATE.into());
    }
    if month == 0 || day == 0 {
        return Err(format!(
            "MySQL date '{year:04}-{month:02}-{day:02}' has a zero month or day and cannot be carried; set it to NULL or a real date in the source, allow `\"TABLE.COLUMN\" = \"zero-date-to-null\"` under [convert] in the job file, or leave the table out with --exclude"
        ));
    }
    NaiveDate::from_ymd_opt(year as i32, month as u32, day as u32)
        .ok_or_else(|| format!("'{year:04}-{month:02}-{day:02}' is not a valid date"))
}

/// DATE: length 0 (the zero date) or 4 (year u16, month, day). Days since
/// 1970-01-01.
pub(crate) fn decode_date(raw: &[u8]) -> std::result::Result<i32, String> {
    let f = fields(raw)?;
    match f.len() {
        0 => Err(ZERO_DATE.into()),
        4 | 7 | 11 => Ok(days_from_date(ymd(f)?)),
        n => Err(format!("malformed binary date ({n} bytes)")),
    }
}

/// DATETIME/TIMESTAMP: length 0, 4, 7 (+ hour, minute, second) or 11
/// (+ microseconds u32). Microseconds since the epoch.
pub(crate) fn decode_datetime(raw: &[u8]) -> std::result::Result<i64, String> {
    let f = fields(raw)?;
    if f.is_empty() {
        return Err(ZERO_DATE.into());
    }
    let (h, m, s, micros) = match *f {
        [_, _, _, _] => (0, 0, 0, 0),
        [_, _, _, _, h, m, s] => (h, m, s, 0),
        [_, _, _, _, h, m, s, u0, u1, u2, u3] => (h, m, s, u32::from_le_bytes([u0, u1, u2, u3])),
        _ => return Err(format!("malformed binary datetime ({} bytes)", f.len())),
    };
    let date = ymd(f)?;
    if h > 23 || m > 59 || s > 59 || micros >= 1_000_000 {
        return Err(format!(
            "{date} {h:02}:{m:02}:{s:02}.{micros:06} is not a valid time of day"
        ));
    }
    let seconds = days_from_date(date) as i64 * 86_400 + h as i64 * 3600 + m as i64 * 60 + s as i64;
    Ok(seconds * MICROS_PER_SEC + micros as i64)
}

/// TIME: length 0 (00:00:00), 8 (is_negative, days u32, hour, minute,
/// second) or 12 (+ microseconds u32). Microseconds since midnight; a
/// negative time or one of 24 hours or more is refused.
pub(crate) fn decode_time(raw: &[u8]) -> std::result::Result<i64, String> {
    let f = fields(raw)?;
    if f.is_empty() {
        return Ok(0);
    }
    let (sign, d, (h, m, s), us) = match *f {
        [sign, d0, d1, d2, d3, h, m, s] => (sign, [d0, d1, d2, d3], (h, m, s), [0; 4]),
        [sign, d0, d1, d2, d3, h, m, s, u0, u1, u2, u3] => {
            (sign, [d0, d1, d2, d3], (h, m, s), [u0, u1, u2, u3])
        }
        _ => return Err(format!("malformed binary time ({} bytes)", f.len())),
    };
    let negative = sign != 0;
    let days = u32::from_le_bytes(d);
    let (h, m, s) = (h as u64, m as u64, s as u64);
    let micros = u32::from_le_bytes(us) as u64;
    if negative || days > 0 || h > 23 {
        let hours = days as u64 * 24 + h;
        let sign = if negative { "-" } else { "" };
        let frac = if micros > 0 {
            format!(".{micros:06}")
        } else {
            String::new()
        };
        return Err(format!(
            "MySQL time '{sign}{hours:02}:{m:02}:{s:02}{frac}' is not a time of day (negative or 24 hours or more) and cannot be carried"
        ));
    }
    Ok(((h * 3600 + m * 60 + s) * 1_000_000 + micros) as i64)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::values::temporal::{format_date, format_time, format_timestamp};

    #[allow(clippy::too_many_arguments)]
    fn dt(len: u8, y: u16, mo: u8, d: u8, h: u8, mi: u8, s: u8, us: u32) -> Vec<u8> {
        let mut v = vec![len];
        if len >= 4 {
            v.extend(y.to_le_bytes());
            v.extend([mo, d]);
        }
        if len >= 7 {
            v.extend([h, mi, s]);
        }
        if len == 11 {
            v.extend(us.to_le_bytes());
        }
        v
    }

    /// Rows of cells as the binary protocol sends them decode into a batch;
    /// a cell of the wrong width names its table and column (the entry
    /// point of the fuzz target `mysql_row`).
    #[test]
    fn rows_of_cells_decode_or_name_the_column() {
        let column = |name, ty| crate::catalog::Column::new(name, ty, "", true);
        let table = Table {
            name: "t".into(),
            columns: vec![
                column("id", LogicalType::Int32),
                column("day", LogicalType::Date),
            ],
            primary_key: vec!["id".into()],
            ..Table::default()
        };
        let id = 7i32.to_le_bytes();
        let day = [4u8, 0xe8, 0x07, 12, 2];
        let batch = decode_rows(
            &table,
            &[
                vec![Some(&id[..]), Some(&day[..])],
                vec![Some(&id[..]), None],
            ],
        )
        .unwrap();
        assert_eq!((batch.num_rows(), batch.column(1).null_count()), (2, 1));
        let error = decode_rows(&table, &[vec![Some(&id[..3]), None]]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "t.id: unexpected 3-byte integer from the server"
        );
    }

    /// Every length and a spread of byte values: an error or a value,
    /// never a panic (the server's bytes are not trusted).
    #[test]
    fn malformed_values_never_panic() {
        for len in 0..16usize {
            for fill in [0u8, 1, 7, 0x7f, 0x80, 0xff] {
                for declared in [len.saturating_sub(1), len, len + 1] {
                    let mut raw = vec![declared as u8];
                    raw.extend(std::iter::repeat_n(fill, len));
                    let _ = decode_date(&raw);
                    let _ = decode_datetime(&raw);
                    let _ = decode_time(&raw);
                    let _ = is_zero_date(&raw);
                    let _ = le_int(&raw, true);
                    let _ = display(&raw, Wire::DateTime);
                }
            }
        }
    }

    #[test]
    fn dates() {
        assert_eq!(
            format_date(decode_date(&dt(4, 2024, 2, 29, 0, 0, 0, 0)).unwrap()),
            "2024-02-29"
        );
        assert_eq!(
            format_date(decode_date(&dt(4, 1000, 1, 1, 0, 0, 0, 0)).unwrap()),
            "1000-01-01"
        );
        assert_eq!(decode_date(&dt(4, 1970, 1, 1, 0, 0, 0, 0)), Ok(0));
        assert!(decode_date(&[0])
            .unwrap_err()
            .starts_with("MySQL zero date '0000-00-00' cannot be carried"));
        assert!(decode_date(&dt(4, 0, 0, 0, 0, 0, 0, 0))
            .unwrap_err()
            .starts_with("MySQL zero date"));
        assert!(decode_date(&dt(4, 2020, 0, 15, 0, 0, 0, 0))
            .unwrap_err()
            .starts_with("MySQL date '2020-00-15' has a zero month or day"));
        assert_eq!(
            decode_date(&dt(4, 2021, 2, 30, 0, 0, 0, 0)),
            Err("'2021-02-30' is not a valid date".into())
        );
        // A length byte that does not match the value is refused, not read past.
        assert!(decode_date(&[4, 1, 2]).is_err());
        assert!(decode_date(&[]).is_err());
    }

    #[test]
    fn datetimes() {
        let t = |v: Vec<u8>| format_timestamp(decode_datetime(&v).unwrap());
        assert_eq!(
            t(dt(11, 1969, 7, 20, 20, 17, 40, 123456)),
            "1969-07-20 20:17:40.123456"
        );
        assert_eq!(
            t(dt(11, 2100, 1, 1, 0, 0, 0, 1)),
            "2100-01-01 00:00:00.000001"
        );
        assert_eq!(t(dt(7, 2038, 1, 19, 3, 14, 8, 0)), "2038-01-19 03:14:08");
        assert_eq!(t(dt(4, 1900, 12, 31, 0, 0, 0, 0)), "1900-12-31 00:00:00");
        assert_eq!(
            t(dt(11, 9999, 12, 31, 23, 59, 59, 999999)),
            "9999-12-31 23:59:59.999999"
        );
        assert_eq!(
            decode_datetime(&dt(7, 1970, 1, 1, 0, 0, 1, 0)),
            Ok(1_000_000)
        );
        assert_eq!(
            decode_datetime(&dt(11, 1969, 12, 31, 23, 59, 59, 999_999)),
            Ok(-1)
        );
        assert!(decode_datetime(&[0])
            .unwrap_err()
            .starts_with("MySQL zero date"));
        assert!(decode_datetime(&dt(7, 0, 0, 0, 10, 0, 0, 0))
            .unwrap_err()
            .starts_with("MySQL zero date"));
        assert!(decode_datetime(&dt(7, 2020, 5, 0, 0, 0, 0, 0)).is_err());
        assert!(decode_datetime(&dt(7, 2020, 5, 1, 24, 0, 0, 0)).is_err());
        assert!(decode_datetime(&[5, 0, 0, 0, 0, 0]).is_err());
    }

    #[test]
    fn times() {
        let time = |neg: u8, days: u32, h: u8, m: u8, s: u8, us: Option<u32>| {
            let mut v = vec![if us.is_some() { 12 } else { 8 }, neg];
            v.extend(days.to_le_bytes());
            v.extend([h, m, s]);
            if let Some(us) = us {
                v.extend(us.to_le_bytes());
            }
            decode_time(&v)
        };
        assert_eq!(decode_time(&[0]), Ok(0));
        assert_eq!(
            format_time(time(0, 0, 1, 2, 3, Some(4)).unwrap()),
            "01:02:03.000004"
        );
        assert_eq!(
            format_time(time(0, 0, 23, 59, 59, None).unwrap()),
            "23:59:59"
        );
        assert_eq!(
            time(1, 0, 1, 0, 0, None).unwrap_err(),
            "MySQL time '-01:00:00' is not a time of day (negative or 24 hours or more) and cannot be carried"
        );
        assert!(time(0, 1, 1, 0, 0, Some(5))
            .unwrap_err()
            .contains("'25:00:00.000005'"));
        assert!(decode_time(&[3, 0, 0, 0]).is_err());
    }

    #[test]
    fn integers() {
        assert_eq!(le_int(&[0xff], true), Some(-1));
        assert_eq!(le_int(&[0xff], false), Some(255));
        assert_eq!(le_int(&[0x00, 0x80], true), Some(-32768));
        assert_eq!(
            le_int(&0xff80_0000u32.to_le_bytes(), true),
            Some(-8_388_608)
        );
        assert_eq!(
            le_int(&u64::MAX.to_le_bytes(), false),
            Some(u64::MAX as i128)
        );
        assert_eq!(
            le_int(&i64::MIN.to_le_bytes(), true),
            Some(i64::MIN as i128)
        );
        assert_eq!(le_int(&[1, 2, 3], true), None);
    }
}
