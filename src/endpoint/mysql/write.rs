//! Writes batches into a MySQL/MariaDB table with multi-row `INSERT`s sent
//! as SQL text, each as large as the server's `max_allowed_packet` allows
//! (as mysqldump does): one round trip for thousands of rows, and no limit
//! on bound parameters.
//!
//! Literals rely on the session ferry sets up: `NO_BACKSLASH_ESCAPES` (a
//! string literal only doubles its quotes), `utf8mb4`, and UTC.

use super::types::MySqlDialect;
use crate::catalog::{LogicalType, Table};
use crate::endpoint::WriteProgress;
use crate::error::{DbContext, Error, Result};
use crate::values::text::{canonical, Cell, CellReader};
use arrow::record_batch::RecordBatch;
use sqlx::mysql::MySqlConnection;
use sqlx::Executor;
use std::fmt::Write as _;
use tokio::sync::mpsc;

/// A statement ready to send, with the progress it stands for.
type Ready = (String, Vec<(u64, u64)>);

/// Writes every batch of `batches` into `table`, in statements no longer
/// than `limits`. The next statement is assembled while the server
/// executes the current one.
pub async fn write_table(
    conn: &mut MySqlConnection,
    table: &Table,
    batches: &mut mpsc::Receiver<RecordBatch>,
    progress: WriteProgress<'_>,
    limits: Limits,
) -> Result<u64> {
    let (ready_tx, mut ready_rx) = mpsc::channel::<Ready>(1);
    let encode = encode_statements(table, batches, limits, ready_tx);
    let execute = async {
        let mut written = 0u64;
        while let Some((sql, done)) = ready_rx.recv().await {
            let result = conn
                .execute(sql.as_str())
                .await
                .context(|| format!("writing {}", table.name))?;
            written += result.rows_affected();
            for (rows, bytes) in done {
                progress(rows, bytes);
            }
        }
        Ok::<_, Error>(written)
    };
    let ((), written) = tokio::try_join!(encode, execute)?;
    Ok(written)
}

/// Turns batches into `INSERT` statements for [`write_table`].
async fn encode_statements(
    table: &Table,
    batches: &mut mpsc::Receiver<RecordBatch>,
    limits: Limits,
    ready: mpsc::Sender<Ready>,
) -> Result<()> {
    let stopped = || Error::failed(format!("writing {} stopped", table.name));
    let d = MySqlDialect;
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
    let mut statement = Statement::new(head, limits);
    let mut tuple = String::new();
    // Batches fully turned into statements, reported once those are sent.
    let mut encoded: Vec<(u64, u64)> = Vec::new();
    while let Some(batch) = batches.recv().await {
        let readers = batch
            .columns()
            .iter()
            .map(|a| CellReader::new(a.as_ref()))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(Error::failed)?;
        if readers.len() != table.columns.len() {
            return Err(Error::failed(format!(
                "{}: a batch of {} columns for a table of {}",
                table.name,
                readers.len(),
                table.columns.len()
            )));
        }
        for row in 0..batch.num_rows() {
            tuple.clear();
            tuple.push('(');
            for (i, (reader, column)) in readers.iter().zip(&table.columns).enumerate() {
                if i > 0 {
                    tuple.push(',');
                }
                push_literal(&mut tuple, reader.get(row), &column.ty).map_err(|why| {
                    let key = key_text(table, &readers, row);
                    Error::value(&table.name, &column.name, format!("{why} {key}"))
                })?;
            }
            tuple.push(')');
            if !statement.fits(&tuple) {
                if let Some(sql) = statement.take() {
                    let done = std::mem::take(&mut encoded);
                    ready.send((sql, done)).await.map_err(|_| stopped())?;
                }
                if !statement.fits(&tuple) {
                    return Err(Error::failed(format!(
                        "{}: a row of {} bytes as SQL text {} does not fit the server's max_allowed_packet; raise max_allowed_packet on the target server",
                        table.name,
                        tuple.len(),
                        key_text(table, &readers, row)
                    )));
                }
            }
            statement.push(&tuple);
        }
        encoded.push((batch.num_rows() as u64, crate::values::batch_bytes(&batch)));
    }
    if let Some(sql) = statement.take() {
        ready.send((sql, encoded)).await.map_err(|_| stopped())?;
    }
    Ok(())
}

/// `(row id=7)`: the primary key of a row, for messages.
fn key_text(table: &Table, readers: &[CellReader<'_>], row: usize) -> String {
    let parts: Vec<String> = table
        .primary_key
        .iter()
        .filter_map(|k| table.columns.iter().position(|c| &c.name == k))
        .map(|i| {
            let value = canonical(&readers[i].get(row), &table.columns[i].ty);
            format!("{}={value}", table.columns[i].name)
        })
        .collect();
    if parts.is_empty() {
        "(the table has no primary key to name the row)".into()
    } else {
        format!("(row {})", parts.join(", "))
    }
}

/// One `INSERT … VALUES (…), (…)` being assembled.
struct Statement {
    head: String,
    sql: String,
    rows: usize,
    limits: Limits,
}

/// How long a statement may grow, in bytes.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Statements of several rows stay at or below this.
    pub rows: usize,
    /// A statement of one row may reach this (`max_allowed_packet` less a
    /// margin): a single large value is still written.
    pub single: usize,
}

impl Statement {
    fn new(head: String, limits: Limits) -> Self {
        Statement {
            sql: head.clone(),
            head,
            rows: 0,
            limits,
        }
    }

    /// Whether `tuple` can be added without passing the limit.
    fn fits(&self, tuple: &str) -> bool {
        if self.rows == 0 {
            self.sql.len() + tuple.len() <= self.limits.single.max(self.limits.rows)
        } else {
            self.sql.len() + 1 + tuple.len() <= self.limits.rows
        }
    }

    fn push(&mut self, tuple: &str) {
        if self.rows > 0 {
            self.sql.push(',');
        }
        self.sql.push_str(tuple);
        self.rows += 1;
    }

    /// The statement, if it holds rows; the next one starts empty.
    fn take(&mut self) -> Option<String> {
        if self.rows == 0 {
            return None;
        }
        self.rows = 0;
        let mut next = String::with_capacity(self.sql.capacity());
        next.push_str(&self.head);
        Some(std::mem::replace(&mut self.sql, next))
    }
}

/// Appends the SQL literal of `cell` for a column of type `ty`.
///
/// # Errors
/// Why the value cannot be written (NaN and infinities).
pub(crate) fn push_literal(
    out: &mut String,
    cell: Cell<'_>,
    ty: &LogicalType,
) -> std::result::Result<(), String> {
    match cell {
        Cell::Null => out.push_str("NULL"),
        Cell::Bool(b) => out.push(if b { '1' } else { '0' }),
        Cell::Int(v) => {
            let _ = write!(out, "{v}");
        }
        Cell::UInt(v) => {
            let _ = write!(out, "{v}");
        }
        Cell::Float(v) if !v.is_finite() => {
            return Err(format!(
                "{v} cannot be stored in MySQL, which has no NaN or infinity"
            ));
        }
        // Shortest round-trip digits in exponent form: MySQL reads `1e300`
        // and `5e-324` as the DOUBLE they are, whereas the same values
        // written out in full are taken as DECIMAL literals and clamped
        // (`1000…0` becomes 1e65, `0.000…5` becomes 0).
        // A float32 as the double it widens to: its own shortest text
        // (`3.4028235e38` for the largest float) can read back as a double
        // just past float's range, which MySQL refuses.
        Cell::Float(v) => {
            let _ = write!(out, "{v:e}");
        }
        Cell::Text(s) => match ty {
            LogicalType::Decimal { .. } if is_plain_number(&s) => out.push_str(&s),
            // CellReader writes zoned timestamps as `…+00:00`; DATETIME and
            // TIMESTAMP take them without (the session is UTC).
            LogicalType::TimestampTz => push_string(out, s.strip_suffix("+00:00").unwrap_or(&s)),
            _ => push_string(out, &s),
        },
        Cell::Bytes(b) => push_hex(out, b),
    }
    Ok(())
}

fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1
        && digits.bytes().any(|b| b.is_ascii_digit())
}

/// `_utf8mb4'…'` with quotes doubled (`NO_BACKSLASH_ESCAPES` is set); text
/// holding a NUL byte goes as hex, which no SQL mode can misread.
fn push_string(out: &mut String, s: &str) {
    out.push_str("_utf8mb4");
    if s.contains('\0') {
        out.push(' ');
        push_hex(out, s.as_bytes());
        return;
    }
    out.push('\'');
    let mut rest = s;
    while let Some(at) = rest.find('\'') {
        out.push_str(&rest[..=at]);
        out.push('\'');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out.push('\'');
}

/// `X'…'` (`X''` for no bytes).
fn push_hex(out: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.reserve(bytes.len() * 2 + 3);
    out.push_str("X'");
    for &b in bytes {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out.push('\'');
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn lit(cell: Cell<'_>, ty: &LogicalType) -> String {
        let mut s = String::new();
        push_literal(&mut s, cell, ty).unwrap();
        s
    }

    #[test]
    fn literals() {
        let text = LogicalType::Text {
            max_len: None,
            fixed: false,
        };
        assert_eq!(lit(Cell::Null, &text), "NULL");
        assert_eq!(lit(Cell::Bool(true), &LogicalType::Bool), "1");
        assert_eq!(lit(Cell::Int(-42), &LogicalType::Int64), "-42");
        assert_eq!(
            lit(Cell::UInt(u64::MAX), &LogicalType::UInt64),
            "18446744073709551615"
        );
        assert_eq!(lit(Cell::Float(0.1), &LogicalType::Float64), "1e-1");
        assert_eq!(
            lit(Cell::Float(-123.456), &LogicalType::Float64),
            "-1.23456e2"
        );
        assert_eq!(lit(Cell::Float(1e300), &LogicalType::Float64), "1e300");
        assert_eq!(lit(Cell::Float(5e-324), &LogicalType::Float64), "5e-324");
        assert_eq!(
            lit(Cell::Float(0.1f32 as f64), &LogicalType::Float32),
            "1.0000000149011612e-1"
        );
        assert_eq!(
            lit(Cell::Float(f32::MAX as f64), &LogicalType::Float32),
            "3.4028234663852886e38"
        );
        assert_eq!(
            lit(Cell::Text(Cow::Borrowed("it's")), &text),
            "_utf8mb4'it''s'"
        );
        assert_eq!(
            lit(Cell::Text(Cow::Borrowed("''")), &text),
            "_utf8mb4''''''"
        );
        // Backslashes are plain characters under NO_BACKSLASH_ESCAPES.
        assert_eq!(
            lit(Cell::Text(Cow::Borrowed("a\\'b\\")), &text),
            "_utf8mb4'a\\''b\\'"
        );
        assert_eq!(
            lit(Cell::Text(Cow::Borrowed("😀 é")), &text),
            "_utf8mb4'😀 é'"
        );
        assert_eq!(
            lit(Cell::Text(Cow::Borrowed("a\0b")), &text),
            "_utf8mb4 X'610062'"
        );
        assert_eq!(
            lit(
                Cell::Bytes(&[0, 0x27, 0xff]),
                &LogicalType::Bytes {
                    max_len: None,
                    fixed: false
                }
            ),
            "X'0027FF'"
        );
        assert_eq!(
            lit(
                Cell::Bytes(&[]),
                &LogicalType::Bytes {
                    max_len: None,
                    fixed: false
                }
            ),
            "X''"
        );
        let dec = LogicalType::Decimal {
            precision: 12,
            scale: 2,
        };
        assert_eq!(lit(Cell::Text(Cow::Borrowed("-12.50")), &dec), "-12.50");
        assert_eq!(
            lit(Cell::Text(Cow::Borrowed("1; DROP")), &dec),
            "_utf8mb4'1; DROP'"
        );
        assert_eq!(
            lit(
                Cell::Text(Cow::Borrowed("1969-07-20 20:17:40.5+00:00")),
                &LogicalType::TimestampTz
            ),
            "_utf8mb4'1969-07-20 20:17:40.5'"
        );
        assert_eq!(
            lit(
                Cell::Text(Cow::Borrowed("2024-01-01 00:00:00")),
                &LogicalType::Timestamp
            ),
            "_utf8mb4'2024-01-01 00:00:00'"
        );
    }

    #[test]
    fn no_nan_or_infinity() {
        let mut s = String::new();
        assert!(push_literal(&mut s, Cell::Float(f64::NAN), &LogicalType::Float64).is_err());
        assert!(push_literal(&mut s, Cell::Float(f64::INFINITY), &LogicalType::Float32).is_err());
    }

    #[test]
    fn statements_stay_below_the_limit() {
        let mut st = Statement::new(
            "INSERT INTO t VALUES ".into(),
            Limits {
                rows: 30,
                single: 50,
            },
        );
        assert!(st.fits("(1)"));
        assert!(st.fits("('a long single row...')"));
        assert!(!st.fits("('a row too long for one statement')"));
        st.push("(1)");
        st.push("(2)");
        assert_eq!(st.sql, "INSERT INTO t VALUES (1),(2)");
        assert!(!st.fits("(3)"));
    }
}
