//! Streams a PostgreSQL table with `COPY (SELECT …) TO STDOUT (FORMAT
//! binary)`, decoding the wire format straight into Arrow builders.
//!
//! A decoder is chosen per column once; the loop then reads field lengths
//! and appends borrowed slices, with no per-row sqlx decoding.
//!
//! Nothing here may panic on what a server sends: no unwrap, expect or
//! indexing (the lints below make that an error in CI).
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::numeric;
use super::types::{quote_ident, PgDialect};
use crate::catalog::{LogicalType, Table};
use crate::endpoint::{BatchSize, BatchStream};
use crate::error::{DbContext, Error, Result};
use crate::values::BatchBuilder;
use arrow::record_batch::RecordBatch;
use bytes::{Buf, BytesMut};
use futures::{StreamExt, TryStreamExt};
use sqlx::postgres::PgConnection;

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
    /// numeric(p,s) with p ≤ 38, decoded straight into Decimal128.
    Numeric128(i8),
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
        L::Decimal { precision, scale } if *precision <= 38 => Decoder::Numeric128(*scale),
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
        Decoder::Numeric128(scale) => match numeric::decode_i128(v, scale) {
            Some(scaled) => b.append_decimal128(scaled),
            None => b.append_text(&numeric::decode(v)?),
        },
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
            // PostgreSQL's last date fits; a damaged value might not.
            b.append_date(
                days.checked_add(PG_EPOCH_DAYS)
                    .ok_or("a date past what Arrow's date32 holds")?,
            )
        }
        Decoder::Time => b.append_time(i64::from_be_bytes(be(v)?)),
        Decoder::Timestamp => {
            let micros = i64::from_be_bytes(be(v)?);
            if micros == i64::MAX || micros == i64::MIN {
                return Err("an infinite timestamp cannot be carried".into());
            }
            // PostgreSQL's range ends in 294276 AD, microseconds since
            // 2000 that are past i64's since 1970.
            b.append_timestamp(
                micros.checked_add(PG_EPOCH_MICROS).ok_or(
                    "a timestamp past what microseconds since 1970 hold (after 294246 AD)",
                )?,
            )
        }
        Decoder::Uuid => b.append_bytes(v),
    }
}

/// Decodes a binary COPY stream into batches, tuple by tuple, whatever
/// the chunk boundaries.
pub struct CopyDecoder {
    table: String,
    decoders: Vec<Decoder>,
    size: BatchSize,
    batch: BatchBuilder,
    /// Bytes of an incomplete tuple carried over to the next chunk.
    pending: BytesMut,
    header_done: bool,
    finished: bool,
}

impl CopyDecoder {
    pub fn new(table: &Table, size: BatchSize) -> Self {
        CopyDecoder {
            table: table.name.clone(),
            decoders: table.columns.iter().map(|c| decoder(&c.ty)).collect(),
            size,
            batch: BatchBuilder::new(table, size.rows.min(8192)),
            pending: BytesMut::new(),
            header_done: false,
            finished: false,
        }
    }

    fn corrupt(&self, what: &str) -> Error {
        Error::failed(format!(
            "reading {}: malformed COPY data ({what})",
            self.table
        ))
    }

    /// Decodes every whole tuple of `chunk` (after what was pending);
    /// batches that fill up are pushed to `full`.
    ///
    /// # Errors
    /// Malformed data, or a value that does not fit its column.
    pub fn feed(&mut self, chunk: &[u8], full: &mut Vec<RecordBatch>) -> Result<()> {
        if self.pending.is_empty() {
            // The common case: PostgreSQL sends whole tuples per message,
            // decoded in place without copying.
            let used = self.decode(chunk, full)?;
            self.pending
                .extend_from_slice(chunk.get(used..).unwrap_or_default());
        } else {
            self.pending.extend_from_slice(chunk);
            let buf = std::mem::take(&mut self.pending);
            let used = self.decode(&buf, full)?;
            self.pending = buf;
            self.pending.advance(used);
        }
        Ok(())
    }

    /// The last rows, once the stream has ended.
    ///
    /// # Errors
    /// A stream that stopped before its trailer.
    pub fn finish(mut self) -> Result<Option<RecordBatch>> {
        if !self.finished {
            return Err(self.corrupt("the stream ended before its trailer"));
        }
        Ok(if self.batch.rows() > 0 {
            Some(self.batch.finish()?)
        } else {
            None
        })
    }

    /// Decodes whole tuples at the start of `buf`; returns the bytes used.
    fn decode(&mut self, buf: &[u8], full: &mut Vec<RecordBatch>) -> Result<usize> {
        let mut pos = 0usize;
        if !self.header_done {
            // Signature (11 bytes), flags (4), header extension length (4).
            let (Some(signature), Some(ext)) = (buf.get(..11), be_u32_at(buf, 15)) else {
                return Ok(0);
            };
            if signature != SIGNATURE {
                return Err(self.corrupt("no binary COPY signature"));
            }
            let Some(end) = (ext as usize).checked_add(19).filter(|&e| e <= buf.len()) else {
                return Ok(0);
            };
            pos = end;
            self.header_done = true;
        }
        let ncols = self.decoders.len();
        while !self.finished {
            let Some(n) = be_i16_at(buf, pos) else { break };
            if n == -1 {
                self.finished = true;
                pos += 2;
                break;
            }
            if n as usize != ncols {
                return Err(self.corrupt("unexpected field count"));
            }
            let Some(end) = tuple_end(buf, pos + 2, ncols) else {
                break;
            };
            let mut p = pos + 2;
            for (i, dec) in self.decoders.iter().enumerate() {
                let len = be_i32_at(buf, p).unwrap_or(-1);
                p += 4;
                if len < 0 {
                    self.batch.column(i).append_null();
                    continue;
                }
                let value = buf.get(p..p + len as usize).unwrap_or_default();
                p += len as usize;
                let result = decode_into(*dec, value, self.batch.column(i));
                self.batch.check(i, result)?;
            }
            self.batch.end_row(end - pos);
            pos = end;
            if self.batch.is_full(self.size.rows, self.size.bytes) {
                full.push(self.batch.finish()?);
            }
        }
        Ok(pos)
    }
}

/// Where the tuple whose first field starts at `at` ends, when all of its
/// `fields` (a length, then that many bytes; -1 is NULL) are in `buf`.
fn tuple_end(buf: &[u8], mut at: usize, fields: usize) -> Option<usize> {
    for _ in 0..fields {
        let len = be_i32_at(buf, at)?;
        at += 4;
        if len > 0 {
            at = at.checked_add(len as usize)?;
            if at > buf.len() {
                return None;
            }
        }
    }
    Some(at)
}

fn be_i16_at(buf: &[u8], at: usize) -> Option<i16> {
    Some(i16::from_be_bytes(
        buf.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn be_i32_at(buf: &[u8], at: usize) -> Option<i32> {
    Some(i32::from_be_bytes(
        buf.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn be_u32_at(buf: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(
        buf.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// The `COPY … TO STDOUT` statement reading `table`.
/// How a column is read: PostgreSQL's own types in their text form (the
/// session's styles are fixed in `connect`, so the text reads back
/// exactly), or through the conversion the job named.
fn select_expression(column: &crate::catalog::Column) -> String {
    use crate::catalog::Conversion;
    let name = quote_ident(&column.name);
    match (&column.ty, column.convert) {
        (_, Some(Conversion::Json)) => format!("to_json({name})::text"),
        (_, Some(Conversion::Text)) | (LogicalType::PgNative { .. }, _) => format!("{name}::text"),
        _ => name,
    }
}

/// The COPY that reads `table`, from `from` (its quoted name, or `ONLY`
/// it for an inheritance parent).
pub fn copy_out_sql(table: &Table, from: &str) -> String {
    let cols: Vec<String> = table.columns.iter().map(select_expression).collect();
    format!(
        "COPY (SELECT {} FROM {from}{}) TO STDOUT (FORMAT binary)",
        cols.join(", "),
        table.where_clause()
    )
}

/// `table`'s rows through `COPY … TO STDOUT (FORMAT binary)`, decoded into
/// batches as the chunks arrive.
pub fn read_table<'a>(
    conn: &'a mut PgConnection,
    d: &'a PgDialect,
    table: &'a Table,
    size: BatchSize,
) -> BatchStream<'a> {
    let ctx = move || format!("reading {}", table.name);
    let open = async move {
        let from = super::from_table(conn, d, table).await?;
        let chunks = conn
            .copy_out_raw(&copy_out_sql(table, &from))
            .await
            .context(ctx)?;
        Ok::<_, Error>(decoded(chunks, CopyDecoder::new(table, size), table))
    };
    futures::stream::once(open).try_flatten().boxed()
}

/// The batches `decoder` makes of the COPY stream's chunks.
fn decoded<'a>(
    chunks: futures::stream::BoxStream<'a, sqlx::Result<bytes::Bytes>>,
    decoder: CopyDecoder,
    table: &'a Table,
) -> BatchStream<'a> {
    let ctx = move || format!("reading {}", table.name);
    let state = (chunks, Some(decoder), std::collections::VecDeque::new());
    futures::stream::try_unfold(
        state,
        move |(mut chunks, mut decoder, mut full)| async move {
            loop {
                if let Some(batch) = full.pop_front() {
                    return Ok(Some((batch, (chunks, decoder, full))));
                }
                let Some(open) = decoder.as_mut() else {
                    return Ok(None);
                };
                match chunks.try_next().await.context(ctx)? {
                    Some(chunk) => {
                        let mut made = Vec::new();
                        open.feed(&chunk, &mut made)?;
                        full.extend(made);
                    }
                    None => full.extend(
                        decoder
                            .take()
                            .and_then(|d| d.finish().transpose())
                            .transpose()?,
                    ),
                }
            }
        },
    )
    .boxed()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::super::write::{copy_header, encode_batch};
    use super::*;
    use crate::catalog::Column;
    use crate::values::BatchBuilder;

    fn column(name: &str, ty: LogicalType) -> Column {
        Column::new(name, ty, "", true)
    }

    /// Encoding a batch and decoding it back, fed in chunks of every size,
    /// gives the same batch.
    #[test]
    fn copy_codec_round_trips_across_chunk_boundaries() {
        let (table, batch, wire) = sample();
        for chunk in [1, 2, 3, 7, 19, 64, wire.len()] {
            let mut decoder = CopyDecoder::new(&table, BatchSize::DEFAULT);
            let mut full = Vec::new();
            for piece in wire.chunks(chunk) {
                decoder.feed(piece, &mut full).unwrap();
            }
            assert!(full.is_empty());
            let decoded = decoder.finish().unwrap().unwrap();
            assert_eq!(decoded, batch, "chunks of {chunk} bytes");
        }
    }

    /// What a broken or hostile server could send — the stream cut at
    /// every byte, every byte changed, lengths made huge or negative —
    /// is an error or (where it still parses) a batch, never a panic.
    #[test]
    fn damaged_copy_streams_never_panic() {
        let (table, _, wire) = sample();
        let decode = |bytes: &[u8]| {
            let mut decoder = CopyDecoder::new(&table, BatchSize::DEFAULT);
            let mut full = Vec::new();
            decoder
                .feed(bytes, &mut full)
                .and_then(|_| decoder.finish())
        };
        for cut in 0..wire.len() {
            assert!(decode(&wire[..cut]).is_err(), "cut at {cut}");
        }
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for at in 0..wire.len() {
            for value in [0x00, 0xff, 0x7f, 0x80] {
                let mut bad = wire.clone();
                bad[at] = value;
                let _ = decode(&bad);
            }
            // And some pseudo-random bytes over the rest.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bad = wire.clone();
            for (i, b) in bad.iter_mut().enumerate().skip(at) {
                *b = (state >> (i % 56)) as u8;
            }
            let _ = decode(&bad);
        }
    }

    fn sample() -> (Table, RecordBatch, Vec<u8>) {
        use LogicalType as L;
        let table = Table {
            name: "t".into(),
            columns: vec![
                column("id", L::Int64),
                column(
                    "amount",
                    L::Decimal {
                        precision: 12,
                        scale: 2,
                    },
                ),
                column(
                    "big",
                    L::Decimal {
                        precision: 50,
                        scale: 10,
                    },
                ),
                column(
                    "note",
                    L::Text {
                        max_len: None,
                        fixed: false,
                    },
                ),
                column("at", L::TimestampTz),
                column("day", L::Date),
                column("ok", L::Bool),
                column("u", L::Uuid),
                column("doc", L::Json { binary: true }),
                column(
                    "raw",
                    L::Bytes {
                        max_len: None,
                        fixed: false,
                    },
                ),
            ],
            primary_key: vec!["id".into()],
            unique_keys: vec![],
            foreign_keys: vec![],
            filter: None,
            ..Table::default()
        };
        let mut b = BatchBuilder::new(&table, 4);
        for row in 0..3i64 {
            let cols = &mut b;
            cols.column(0).append_int(row as i128 - 1).unwrap();
            cols.column(1)
                .append_text(&format!("{}.5{}", row * 1000 - 1, row))
                .unwrap();
            if row == 1 {
                for i in 2..10 {
                    cols.column(i).append_null();
                }
            } else {
                cols.column(2)
                    .append_text("-1234567890123456789012345678901234567890.0123456789")
                    .unwrap();
                cols.column(3).append_text("tab\there 😀").unwrap();
                cols.column(4).append_timestamp(-1_000_000 * row).unwrap();
                cols.column(5).append_date(-719_162).unwrap();
                cols.column(6).append_bool(row == 0).unwrap();
                cols.column(7)
                    .append_text("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")
                    .unwrap();
                cols.column(8).append_text("{\"a\": [1, 2.5]}").unwrap();
                cols.column(9).append_bytes(&[0, 0x27, 0xff]).unwrap();
            }
            cols.end_row(0);
        }
        let batch = b.finish().unwrap();
        let mut wire = Vec::new();
        copy_header(&mut wire);
        encode_batch(&table, &batch, &mut wire).unwrap();
        wire.extend_from_slice(&(-1i16).to_be_bytes());
        (table, batch, wire)
    }
}
