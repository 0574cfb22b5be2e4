//! Streams a PostgreSQL table with `COPY (SELECT …) TO STDOUT (FORMAT
//! binary)`, decoding the wire format straight into Arrow builders.
//!
//! A decoder is chosen per column once; the loop then reads field lengths
//! and appends borrowed slices, with no per-row sqlx decoding.

use super::numeric;
use super::types::PgDialect;
use crate::catalog::{LogicalType, Table};
use crate::endpoint::BatchSize;
use crate::error::{DbContext, Error, Result};
use crate::values::BatchBuilder;
use arrow::record_batch::RecordBatch;
use bytes::{Buf, BytesMut};
use futures::TryStreamExt;
use sqlx::postgres::PgConnection;
use tokio::sync::mpsc;

pub const SIGNATURE: &[u8; 11] = b"PGCOPY\n\xff\r\n\0";
/// Days and microseconds between 1970-01-01 and PostgreSQL's 2000-01-01.
pub const PG_EPOCH_DAYS: i32 = 10_957;
pub const PG_EPOCH_MICROS: i64 = 946_684_800_000_000;

#[derive(Clone, Copy)]
enum Decoder {
    Bool,
    Int2,
    Int4,
    Int8,
    Float4,
    Float8,
    Numeric,
    Text,
    Jsonb,
    Bytes,
    Date,
    Time,
    Timestamp,
    Uuid,
}

fn decoder(ty: &LogicalType) -> Decoder {
    use LogicalType as L;
    match ty {
        L::Bool => Decoder::Bool,
        L::Int16 => Decoder::Int2,
        L::Int32 => Decoder::Int4,
        L::Int64 => Decoder::Int8,
        L::Float32 => Decoder::Float4,
        L::Float64 => Decoder::Float8,
        L::Decimal { .. } | L::Numeric => Decoder::Numeric,
        L::Json { binary: true } => Decoder::Jsonb,
        L::Bytes { .. } => Decoder::Bytes,
        L::Date => Decoder::Date,
        L::Time => Decoder::Time,
        L::Timestamp | L::TimestampTz => Decoder::Timestamp,
        L::Uuid => Decoder::Uuid,
        _ => Decoder::Text,
    }
}

fn be<const N: usize>(v: &[u8]) -> std::result::Result<[u8; N], String> {
    v.try_into()
        .map_err(|_| format!("expected {N} bytes, got {}", v.len()))
}

fn decode_into(
    d: Decoder,
    v: &[u8],
    b: &mut crate::values::ColumnBuilder,
) -> std::result::Result<(), String> {
    match d {
        Decoder::Bool => b.append_bool(v.first().copied().unwrap_or(0) != 0),
        Decoder::Int2 => b.append_int(i16::from_be_bytes(be(v)?) as i128),
        Decoder::Int4 => b.append_int(i32::from_be_bytes(be(v)?) as i128),
        Decoder::Int8 => b.append_int(i64::from_be_bytes(be(v)?) as i128),
        Decoder::Float4 => b.append_f64(f32::from_be_bytes(be(v)?) as f64),
        Decoder::Float8 => b.append_f64(f64::from_be_bytes(be(v)?)),
        Decoder::Numeric => b.append_text(&numeric::decode(v)?),
        Decoder::Text => b.append_text(std::str::from_utf8(v).map_err(|e| e.to_string())?),
        Decoder::Jsonb => match v.split_first() {
            Some((1, json)) => b.append_text(std::str::from_utf8(json).map_err(|e| e.to_string())?),
            _ => Err("unknown jsonb version".into()),
        },
        Decoder::Bytes => b.append_bytes(v),
        Decoder::Date => {
            let days = i32::from_be_bytes(be(v)?);
            if days == i32::MAX || days == i32::MIN {
                return Err("an infinite date cannot be carried".into());
            }
            b.append_date(days + PG_EPOCH_DAYS)
        }
        Decoder::Time => b.append_time(i64::from_be_bytes(be(v)?)),
        Decoder::Timestamp => {
            let micros = i64::from_be_bytes(be(v)?);
            if micros == i64::MAX || micros == i64::MIN {
                return Err("an infinite timestamp cannot be carried".into());
            }
            b.append_timestamp(micros + PG_EPOCH_MICROS)
        }
        Decoder::Uuid => b.append_bytes(v),
    }
}

pub async fn read_table(
    conn: &mut PgConnection,
    table: &Table,
    size: BatchSize,
    out: mpsc::Sender<RecordBatch>,
) -> Result<()> {
    let d = PgDialect;
    let cols: Vec<String> = table
        .columns
        .iter()
        .map(|c| d.quote_ident(&c.name))
        .collect();
    let sql = format!(
        "COPY (SELECT {} FROM {}) TO STDOUT (FORMAT binary)",
        cols.join(", "),
        d.quote_ident(&table.name)
    );
    let decoders: Vec<Decoder> = table.columns.iter().map(|c| decoder(&c.ty)).collect();
    let ncols = decoders.len();
    let ctx = || format!("reading {}", table.name);
    let corrupt = |what: &str| {
        Error::failed(format!(
            "reading {}: malformed COPY data ({what})",
            table.name
        ))
    };
    let mut stream = conn.copy_out_raw(&sql).await.context(ctx)?;
    let mut batch = BatchBuilder::new(table, size.rows.min(4096));
    let mut buf = BytesMut::with_capacity(1 << 16);
    let mut header_done = false;
    let mut finished = false;
    while let Some(chunk) = stream.try_next().await.context(ctx)? {
        buf.extend_from_slice(&chunk);
        let mut pos = 0usize;
        if !header_done {
            if buf.len() < 19 {
                continue;
            }
            if &buf[..11] != SIGNATURE {
                return Err(corrupt("no binary COPY signature"));
            }
            let ext = u32::from_be_bytes(buf[15..19].try_into().expect("4 bytes")) as usize;
            if buf.len() < 19 + ext {
                continue;
            }
            pos = 19 + ext;
            header_done = true;
        }
        while !finished && buf.len() - pos >= 2 {
            let n = i16::from_be_bytes([buf[pos], buf[pos + 1]]);
            if n == -1 {
                finished = true;
                pos += 2;
                break;
            }
            if n as usize != ncols {
                return Err(corrupt("unexpected field count"));
            }
            // Is the whole tuple here?
            let mut end = pos + 2;
            let mut complete = true;
            for _ in 0..ncols {
                if buf.len() < end + 4 {
                    complete = false;
                    break;
                }
                let len = i32::from_be_bytes(buf[end..end + 4].try_into().expect("4 bytes"));
                end += 4;
                if len > 0 {
                    end += len as usize;
                    if end > buf.len() {
                        complete = false;
                        break;
                    }
                }
            }
            if !complete {
                break;
            }
            let mut p = pos + 2;
            for (i, dec) in decoders.iter().enumerate() {
                let len = i32::from_be_bytes(buf[p..p + 4].try_into().expect("4 bytes"));
                p += 4;
                if len < 0 {
                    batch.column(i).append_null();
                    continue;
                }
                let value = &buf[p..p + len as usize];
                p += len as usize;
                let result = decode_into(*dec, value, batch.column(i));
                batch.check(i, result)?;
            }
            batch.end_row(end - pos);
            pos = end;
            if batch.is_full(size.rows, size.bytes) && out.send(batch.finish()?).await.is_err() {
                return Ok(());
            }
        }
        buf.advance(pos);
    }
    if !finished {
        return Err(corrupt("the stream ended before its trailer"));
    }
    if batch.rows() > 0 {
        let _ = out.send(batch.finish()?).await;
    }
    Ok(())
}
