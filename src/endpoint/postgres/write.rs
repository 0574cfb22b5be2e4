//! Writes batches with `COPY … FROM STDIN (FORMAT binary)`, encoding
//! straight from Arrow arrays inside the run's transaction.

use super::numeric;
use super::read::{PG_EPOCH_DAYS, PG_EPOCH_MICROS, SIGNATURE};
use super::types::PgDialect;
use crate::catalog::{LogicalType, Table};
use crate::endpoint::WriteProgress;
use crate::error::{DbContext, Error, Result};
use crate::values::decimal::format_scaled;
use arrow::array::*;
use arrow::datatypes::i256;
use arrow::record_batch::RecordBatch;
use sqlx::postgres::PgConnection;

/// Bytes buffered before a COPY data message is sent.
const SEND_THRESHOLD: usize = 1 << 20;

enum Encoder<'a> {
    Bool(&'a BooleanArray),
    Int2(&'a Int16Array),
    Int4(&'a Int32Array),
    Int8(&'a Int64Array),
    Float4(&'a Float32Array),
    Float8(&'a Float64Array),
    Decimal128(&'a Decimal128Array, i8),
    Decimal256(&'a Decimal256Array, i8),
    NumericText(&'a StringArray),
    Text(&'a StringArray),
    Jsonb(&'a StringArray),
    Bytes(&'a BinaryArray),
    Date(&'a Date32Array),
    Time(&'a Time64MicrosecondArray),
    Timestamp(&'a TimestampMicrosecondArray),
    Uuid(&'a FixedSizeBinaryArray),
}

fn encoder<'a>(ty: &LogicalType, array: &'a dyn Array) -> std::result::Result<Encoder<'a>, String> {
    use arrow::datatypes::DataType as D;
    use LogicalType as L;
    Ok(match (ty, array.data_type()) {
        (L::Bool, D::Boolean) => Encoder::Bool(array.as_boolean()),
        (_, D::Int16) => Encoder::Int2(array.as_primitive()),
        (_, D::Int32) => Encoder::Int4(array.as_primitive()),
        (_, D::Int64) => Encoder::Int8(array.as_primitive()),
        (_, D::Float32) => Encoder::Float4(array.as_primitive()),
        (_, D::Float64) => Encoder::Float8(array.as_primitive()),
        (_, D::Decimal128(_, s)) => Encoder::Decimal128(array.as_primitive(), *s),
        (_, D::Decimal256(_, s)) => Encoder::Decimal256(array.as_primitive(), *s),
        (L::Numeric, D::Utf8) => Encoder::NumericText(array.as_string()),
        (L::Json { binary: true }, D::Utf8) => Encoder::Jsonb(array.as_string()),
        (_, D::Utf8) => Encoder::Text(array.as_string()),
        (_, D::Binary) => Encoder::Bytes(array.as_binary()),
        (_, D::Date32) => Encoder::Date(array.as_primitive()),
        (_, D::Time64(_)) => Encoder::Time(array.as_primitive()),
        (_, D::Timestamp(_, _)) => Encoder::Timestamp(array.as_primitive()),
        (_, D::FixedSizeBinary(16)) => Encoder::Uuid(array.as_fixed_size_binary()),
        (ty, other) => return Err(format!("cannot write Arrow {other} as PostgreSQL {ty}")),
    })
}

impl Encoder<'_> {
    fn is_null(&self, row: usize) -> bool {
        match self {
            Encoder::Bool(a) => a.is_null(row),
            Encoder::Int2(a) => a.is_null(row),
            Encoder::Int4(a) => a.is_null(row),
            Encoder::Int8(a) => a.is_null(row),
            Encoder::Float4(a) => a.is_null(row),
            Encoder::Float8(a) => a.is_null(row),
            Encoder::Decimal128(a, _) => a.is_null(row),
            Encoder::Decimal256(a, _) => a.is_null(row),
            Encoder::NumericText(a) | Encoder::Text(a) | Encoder::Jsonb(a) => a.is_null(row),
            Encoder::Bytes(a) => a.is_null(row),
            Encoder::Date(a) => a.is_null(row),
            Encoder::Time(a) => a.is_null(row),
            Encoder::Timestamp(a) => a.is_null(row),
            Encoder::Uuid(a) => a.is_null(row),
        }
    }

    /// Appends the field (length and value) for a non-null `row`.
    fn encode(&self, row: usize, out: &mut Vec<u8>) -> std::result::Result<(), String> {
        fn fixed(out: &mut Vec<u8>, bytes: &[u8]) {
            out.extend_from_slice(&(bytes.len() as i32).to_be_bytes());
            out.extend_from_slice(bytes);
        }
        match self {
            Encoder::Bool(a) => fixed(out, &[a.value(row) as u8]),
            Encoder::Int2(a) => fixed(out, &a.value(row).to_be_bytes()),
            Encoder::Int4(a) => fixed(out, &a.value(row).to_be_bytes()),
            Encoder::Int8(a) => fixed(out, &a.value(row).to_be_bytes()),
            Encoder::Float4(a) => fixed(out, &a.value(row).to_be_bytes()),
            Encoder::Float8(a) => fixed(out, &a.value(row).to_be_bytes()),
            Encoder::Decimal128(a, s) => variable(out, |buf| {
                if numeric::encode_i128(a.value(row), *s, buf) {
                    return Ok(());
                }
                numeric::encode(&format_scaled(i256::from_i128(a.value(row)), *s), buf)
            })?,
            Encoder::Decimal256(a, s) => {
                let text = format_scaled(a.value(row), *s);
                variable(out, |buf| numeric::encode(&text, buf))?
            }
            Encoder::NumericText(a) => variable(out, |buf| numeric::encode(a.value(row), buf))?,
            Encoder::Text(a) => fixed(out, a.value(row).as_bytes()),
            Encoder::Jsonb(a) => {
                let v = a.value(row).as_bytes();
                out.extend_from_slice(&(v.len() as i32 + 1).to_be_bytes());
                out.push(1);
                out.extend_from_slice(v);
            }
            Encoder::Bytes(a) => fixed(out, a.value(row)),
            Encoder::Date(a) => fixed(out, &(a.value(row) - PG_EPOCH_DAYS).to_be_bytes()),
            Encoder::Time(a) => fixed(out, &a.value(row).to_be_bytes()),
            Encoder::Timestamp(a) => fixed(out, &(a.value(row) - PG_EPOCH_MICROS).to_be_bytes()),
            Encoder::Uuid(a) => fixed(out, a.value(row)),
        }
        Ok(())
    }
}

/// Writes a length-prefixed field whose length is known only afterwards.
fn variable(
    out: &mut Vec<u8>,
    write: impl FnOnce(&mut Vec<u8>) -> std::result::Result<(), String>,
) -> std::result::Result<(), String> {
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    write(out)?;
    let len = (out.len() - at - 4) as i32;
    if let Some(prefix) = out.get_mut(at..at + 4) {
        prefix.copy_from_slice(&len.to_be_bytes());
    }
    Ok(())
}

/// The header of a binary COPY stream.
pub fn copy_header(out: &mut Vec<u8>) {
    out.extend_from_slice(SIGNATURE);
    out.extend_from_slice(&0i32.to_be_bytes()); // flags
    out.extend_from_slice(&0i32.to_be_bytes()); // header extension length
}

/// Appends every row of `batch` (which has `table`'s schema) as binary
/// COPY tuples.
///
/// # Errors
/// A value PostgreSQL's binary format cannot hold, naming table and column.
pub fn encode_batch(table: &Table, batch: &RecordBatch, out: &mut Vec<u8>) -> Result<()> {
    let encoders = table
        .columns
        .iter()
        .zip(batch.columns())
        .map(|(c, a)| {
            encoder(&c.ty, a.as_ref()).map_err(|why| Error::value(&table.name, &c.name, why))
        })
        .collect::<Result<Vec<_>>>()?;
    let ncols = (table.columns.len() as i16).to_be_bytes();
    for row in 0..batch.num_rows() {
        out.extend_from_slice(&ncols);
        for (e, column) in encoders.iter().zip(&table.columns) {
            if e.is_null(row) {
                out.extend_from_slice(&(-1i32).to_be_bytes());
            } else {
                e.encode(row, out)
                    .map_err(|why| Error::value(&table.name, &column.name, why))?;
            }
        }
    }
    Ok(())
}

/// Writes every batch into `table`. Tables with PostgreSQL's own types
/// (carried as text) go through a temporary table, as [`write_via_text`]
/// says; all others straight with binary COPY.
pub async fn write_table(
    conn: &mut PgConnection,
    d: &PgDialect,
    table: &Table,
    batches: &mut crate::endpoint::BatchStream<'_>,
    progress: WriteProgress<'_>,
) -> Result<u64> {
    if table.columns.iter().any(is_native) {
        return write_via_text(conn, d, table, batches, progress).await;
    }
    copy_in(conn, &d.quote_table(&table.name), table, batches, progress).await
}

fn is_native(column: &crate::catalog::Column) -> bool {
    matches!(column.ty, LogicalType::PgNative { .. })
}

/// Binary COPY has no text field: the rows go into a temporary table whose
/// PostgreSQL-typed columns are text, then into `table` with each cast
/// back by PostgreSQL's own input function (exact for the text forms
/// PostgreSQL wrote).
async fn write_via_text(
    conn: &mut PgConnection,
    d: &PgDialect,
    table: &Table,
    batches: &mut crate::endpoint::BatchStream<'_>,
    progress: WriteProgress<'_>,
) -> Result<u64> {
    let stage = "ferry_text_stage";
    let ctx = || format!("writing {}", table.name);
    let staged: Vec<String> = table
        .columns
        .iter()
        .map(|c| match is_native(c) {
            true => format!("{0}::text AS {0}", d.quote_ident(&c.name)),
            false => d.quote_ident(&c.name),
        })
        .collect();
    let create = format!(
        "CREATE TEMPORARY TABLE {stage} AS SELECT {} FROM {} WHERE false",
        staged.join(", "),
        d.quote_table(&table.name)
    );
    sqlx::query(&create)
        .execute(&mut *conn)
        .await
        .context(ctx)?;
    let rows = copy_in(conn, stage, table, batches, progress).await?;
    let (names, casts): (Vec<String>, Vec<String>) = table
        .columns
        .iter()
        .map(|c| {
            let name = d.quote_ident(&c.name);
            let value = match &c.ty {
                LogicalType::PgNative { name: ty, .. } => format!("{name}::{ty}"),
                _ => name.clone(),
            };
            (name, value)
        })
        .unzip();
    let insert = format!(
        "INSERT INTO {} ({}) OVERRIDING SYSTEM VALUE SELECT {} FROM {stage}",
        d.quote_table(&table.name),
        names.join(", "),
        casts.join(", ")
    );
    sqlx::query(&insert)
        .execute(&mut *conn)
        .await
        .context(ctx)?;
    sqlx::query(&format!("DROP TABLE {stage}"))
        .execute(&mut *conn)
        .await
        .context(ctx)?;
    Ok(rows)
}

/// `COPY into (table's columns) FROM STDIN (FORMAT binary)`; `into` is
/// quoted already.
async fn copy_in(
    conn: &mut PgConnection,
    into: &str,
    table: &Table,
    batches: &mut crate::endpoint::BatchStream<'_>,
    progress: WriteProgress<'_>,
) -> Result<u64> {
    let d = PgDialect::default();
    let sql = format!(
        "COPY {into} ({}) FROM STDIN (FORMAT binary)",
        table
            .columns
            .iter()
            .map(|c| d.quote_ident(&c.name))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let ctx = || format!("writing {}", table.name);
    let mut copy = conn.copy_in_raw(&sql).await.context(ctx)?;
    let mut buf: Vec<u8> = Vec::with_capacity(SEND_THRESHOLD + (64 << 10));
    copy_header(&mut buf);
    let outcome: Result<()> = async {
        while let Some(batch) = futures::StreamExt::next(batches).await {
            let batch = batch?;
            let before = buf.len();
            encode_batch(table, &batch, &mut buf)?;
            progress(batch.num_rows() as u64, (buf.len() - before) as u64);
            if buf.len() >= SEND_THRESHOLD {
                copy.send(buf.as_slice()).await.context(ctx)?;
                buf.clear();
            }
        }
        buf.extend_from_slice(&(-1i16).to_be_bytes());
        copy.send(buf.as_slice()).await.context(ctx)?;
        Ok(())
    }
    .await;
    match outcome {
        Ok(()) => copy.finish().await.context(ctx),
        Err(e) => {
            let _ = copy.abort(e.to_string()).await;
            Err(e)
        }
    }
}
