//! Arrow builders chosen once per column from its logical type.
//!
//! Readers decode a native value and call the matching `append_*`; the
//! builder checks it fits the logical type exactly (range, scale, length
//! of a UUID) and says why not, for the reader to prefix with its table and
//! column. Nothing here rounds or truncates.

use super::{decimal, temporal};
use crate::catalog::{LogicalType, Table};
use crate::error::{Error, Result};
use arrow::array::*;
use arrow::datatypes::{i256, SchemaRef};
use arrow::record_batch::RecordBatch;
use std::sync::Arc;

enum Inner {
    Bool(BooleanBuilder),
    Int8(Int8Builder),
    Int16(Int16Builder),
    Int32(Int32Builder),
    Int64(Int64Builder),
    UInt8(UInt8Builder),
    UInt16(UInt16Builder),
    UInt32(UInt32Builder),
    UInt64(UInt64Builder),
    Float32(Float32Builder),
    Float64(Float64Builder),
    Decimal128(Decimal128Builder),
    Decimal256(Decimal256Builder),
    Utf8(StringBuilder),
    Binary(BinaryBuilder),
    Date(Date32Builder),
    Time(Time64MicrosecondBuilder),
    Timestamp(TimestampMicrosecondBuilder),
    Uuid(FixedSizeBinaryBuilder),
    Null(NullBuilder),
}

/// Builds one column of a batch.
pub struct ColumnBuilder {
    ty: LogicalType,
    inner: Inner,
}

type Append = std::result::Result<(), String>;

impl ColumnBuilder {
    // why: a Decimal's precision is 1 to 76 and its scale at most the
    // precision: every engine mapping makes one only then.
    #[allow(clippy::expect_used)]
    pub fn new(ty: &LogicalType, rows: usize) -> Self {
        use LogicalType as L;
        let inner = match ty {
            L::Bool => Inner::Bool(BooleanBuilder::with_capacity(rows)),
            L::Int8 => Inner::Int8(Int8Builder::with_capacity(rows)),
            L::Int16 | L::Year => Inner::Int16(Int16Builder::with_capacity(rows)),
            L::Int32 => Inner::Int32(Int32Builder::with_capacity(rows)),
            L::Int64 => Inner::Int64(Int64Builder::with_capacity(rows)),
            L::UInt8 => Inner::UInt8(UInt8Builder::with_capacity(rows)),
            L::UInt16 => Inner::UInt16(UInt16Builder::with_capacity(rows)),
            L::UInt32 => Inner::UInt32(UInt32Builder::with_capacity(rows)),
            L::UInt64 => Inner::UInt64(UInt64Builder::with_capacity(rows)),
            L::Float32 => Inner::Float32(Float32Builder::with_capacity(rows)),
            L::Float64 => Inner::Float64(Float64Builder::with_capacity(rows)),
            L::Decimal { precision, scale } if *precision <= 38 => Inner::Decimal128(
                Decimal128Builder::with_capacity(rows)
                    .with_precision_and_scale(*precision, *scale)
                    .expect("precision checked by the engine mapping"),
            ),
            L::Decimal { precision, scale } => Inner::Decimal256(
                Decimal256Builder::with_capacity(rows)
                    .with_precision_and_scale(*precision, *scale)
                    .expect("precision checked by the engine mapping"),
            ),
            L::Numeric
            | L::Text { .. }
            | L::Json { .. }
            | L::Enum { .. }
            | L::Set { .. }
            | L::PgNative { .. } => Inner::Utf8(StringBuilder::with_capacity(rows, rows * 16)),
            L::Bytes { .. } => Inner::Binary(BinaryBuilder::with_capacity(rows, rows * 16)),
            L::Date => Inner::Date(Date32Builder::with_capacity(rows)),
            L::Time => Inner::Time(Time64MicrosecondBuilder::with_capacity(rows)),
            L::Timestamp => Inner::Timestamp(TimestampMicrosecondBuilder::with_capacity(rows)),
            L::TimestampTz => Inner::Timestamp(
                TimestampMicrosecondBuilder::with_capacity(rows).with_timezone("UTC"),
            ),
            L::Uuid => Inner::Uuid(FixedSizeBinaryBuilder::with_capacity(rows, 16)),
            // Refused by preflight before any read; kept total for safety.
            L::Unsupported { .. } => Inner::Null(NullBuilder::new()),
        };
        ColumnBuilder {
            ty: ty.clone(),
            inner,
        }
    }

    pub fn logical_type(&self) -> &LogicalType {
        &self.ty
    }

    pub fn append_null(&mut self) {
        match &mut self.inner {
            Inner::Bool(b) => b.append_null(),
            Inner::Int8(b) => b.append_null(),
            Inner::Int16(b) => b.append_null(),
            Inner::Int32(b) => b.append_null(),
            Inner::Int64(b) => b.append_null(),
            Inner::UInt8(b) => b.append_null(),
            Inner::UInt16(b) => b.append_null(),
            Inner::UInt32(b) => b.append_null(),
            Inner::UInt64(b) => b.append_null(),
            Inner::Float32(b) => b.append_null(),
            Inner::Float64(b) => b.append_null(),
            Inner::Decimal128(b) => b.append_null(),
            Inner::Decimal256(b) => b.append_null(),
            Inner::Utf8(b) => b.append_null(),
            Inner::Binary(b) => b.append_null(),
            Inner::Date(b) => b.append_null(),
            Inner::Time(b) => b.append_null(),
            Inner::Timestamp(b) => b.append_null(),
            Inner::Uuid(b) => b.append_null(),
            Inner::Null(b) => b.append_null(),
        }
    }

    /// An integer (or a boolean as 0/1) into any numeric column.
    pub fn append_int(&mut self, v: i128) -> Append {
        if let Some((lo, hi)) = self.ty.integer_range() {
            if v < lo || v > hi {
                return Err(format!("{v} is out of range for {}", self.ty));
            }
        }
        match &mut self.inner {
            Inner::Bool(b) => match v {
                0 => b.append_value(false),
                1 => b.append_value(true),
                _ => return Err(format!("{v} is not a boolean (0 or 1)")),
            },
            Inner::Int8(b) => b.append_value(v as i8),
            Inner::Int16(b) => b.append_value(v as i16),
            Inner::Int32(b) => b.append_value(v as i32),
            Inner::Int64(b) => b.append_value(v as i64),
            Inner::UInt8(b) => b.append_value(v as u8),
            Inner::UInt16(b) => b.append_value(v as u16),
            Inner::UInt32(b) => b.append_value(v as u32),
            Inner::UInt64(b) => b.append_value(v as u64),
            Inner::Float64(b) if v.unsigned_abs() <= 1 << 53 => b.append_value(v as f64),
            Inner::Float32(b) if v.unsigned_abs() <= 1 << 24 => b.append_value(v as f32),
            Inner::Decimal128(_) | Inner::Decimal256(_) | Inner::Utf8(_) => {
                return self.append_text(&v.to_string())
            }
            _ => return Err(format!("the integer {v} cannot be stored as {}", self.ty)),
        }
        Ok(())
    }

    pub fn append_bool(&mut self, v: bool) -> Append {
        match &mut self.inner {
            Inner::Bool(b) => {
                b.append_value(v);
                Ok(())
            }
            _ => self.append_int(v as i128),
        }
    }

    pub fn append_f64(&mut self, v: f64) -> Append {
        match &mut self.inner {
            Inner::Float64(b) => b.append_value(v),
            Inner::Float32(b) => {
                let narrow = v as f32;
                if narrow as f64 != v && !v.is_nan() {
                    return Err(format!("{v} cannot be stored exactly as float32"));
                }
                b.append_value(narrow)
            }
            // SQLite keeps decimals of up to 15 digits as REAL: the shortest
            // text that round-trips is the value that was stored.
            Inner::Decimal128(_) | Inner::Decimal256(_) | Inner::Utf8(_) if v.is_finite() => {
                return self.append_text(&format_f64(v))
            }
            _ if v.fract() == 0.0 && v.abs() < 9.0e15 => return self.append_int(v as i128),
            _ => return Err(format!("the number {v} cannot be stored as {}", self.ty)),
        }
        Ok(())
    }

    /// A value given as text, parsed as the column's type: decimals, dates
    /// and times, UUIDs, integers, and plain strings.
    pub fn append_text(&mut self, s: &str) -> Append {
        use LogicalType as L;
        match (&mut self.inner, &self.ty) {
            (Inner::Utf8(b), L::Numeric) => {
                decimal::validate(s)?;
                b.append_value(s.trim());
            }
            (Inner::Utf8(b), L::Enum { values, .. }) => {
                if !values.is_empty() && !values.iter().any(|v| v == s) {
                    return Err(format!("'{s}' is not one of {}", self.ty));
                }
                b.append_value(s);
            }
            (Inner::Utf8(b), _) => b.append_value(s),
            (Inner::Binary(b), _) => b.append_value(s.as_bytes()),
            (Inner::Decimal128(b), L::Decimal { precision, scale }) => {
                let v = decimal::parse_scaled(s, *precision, *scale)?;
                b.append_value(v.as_i128());
            }
            (Inner::Decimal256(b), L::Decimal { precision, scale }) => {
                b.append_value(decimal::parse_scaled(s, *precision, *scale)?)
            }
            (Inner::Date(b), _) => b.append_value(temporal::parse_date_or_midnight(s)?),
            (Inner::Time(b), _) => b.append_value(
                temporal::parse_time(s).ok_or_else(|| format!("'{s}' is not a time"))?,
            ),
            (Inner::Timestamp(b), _) => b.append_value(
                temporal::parse_timestamp(s).ok_or_else(|| format!("'{s}' is not a timestamp"))?,
            ),
            (Inner::Uuid(b), _) => {
                let u =
                    uuid::Uuid::try_parse(s.trim()).map_err(|_| format!("'{s}' is not a UUID"))?;
                b.append_value(u.as_bytes()).map_err(|e| e.to_string())?;
            }
            (Inner::Bool(_), _) => {
                let v = match s.trim().to_ascii_lowercase().as_str() {
                    "1" | "t" | "true" => true,
                    "0" | "f" | "false" => false,
                    _ => return Err(format!("'{s}' is not a boolean")),
                };
                return self.append_bool(v);
            }
            (Inner::Float32(_) | Inner::Float64(_), _) => {
                let v: f64 = s
                    .trim()
                    .parse()
                    .map_err(|_| format!("'{s}' is not a number"))?;
                return self.append_f64(v);
            }
            _ => {
                let v: i128 = s
                    .trim()
                    .parse()
                    .map_err(|_| format!("'{s}' is not an integer"))?;
                return self.append_int(v);
            }
        }
        Ok(())
    }

    pub fn append_bytes(&mut self, v: &[u8]) -> Append {
        match &mut self.inner {
            Inner::Binary(b) => b.append_value(v),
            Inner::Uuid(b) if v.len() == 16 => b.append_value(v).map_err(|e| e.to_string())?,
            // Text of a UUID comes as bytes from some readers; anything
            // else is named by its length, not printed.
            Inner::Uuid(_) if v.len() != 36 || !v.is_ascii() => {
                return Err(format!(
                    "{} bytes are not a UUID (16 bytes or its 36-character text)",
                    v.len()
                ))
            }
            _ => {
                let s = std::str::from_utf8(v).map_err(|_| {
                    format!("bytes that are not UTF-8 cannot be stored as {}", self.ty)
                })?;
                return self.append_text(s);
            }
        }
        Ok(())
    }

    pub fn append_date(&mut self, days: i32) -> Append {
        match &mut self.inner {
            Inner::Date(b) => b.append_value(days),
            _ => return Err(format!("a date cannot be stored as {}", self.ty)),
        }
        Ok(())
    }

    pub fn append_time(&mut self, micros: i64) -> Append {
        match &mut self.inner {
            Inner::Time(b) => b.append_value(micros),
            _ => return Err(format!("a time cannot be stored as {}", self.ty)),
        }
        Ok(())
    }

    pub fn append_timestamp(&mut self, micros: i64) -> Append {
        match &mut self.inner {
            Inner::Timestamp(b) => b.append_value(micros),
            _ => return Err(format!("a timestamp cannot be stored as {}", self.ty)),
        }
        Ok(())
    }

    /// A decimal already scaled to this column's scale (Decimal128 columns).
    pub fn append_decimal128(&mut self, v: i128) -> Append {
        match (&mut self.inner, &self.ty) {
            (Inner::Decimal128(b), LogicalType::Decimal { precision, .. }) => {
                if v.unsigned_abs() >= 10u128.pow(*precision as u32) {
                    return Err(format!("value does not fit {}", self.ty));
                }
                b.append_value(v);
                Ok(())
            }
            _ => self.append_decimal_scaled(i256::from_i128(v)),
        }
    }

    pub fn append_decimal_scaled(&mut self, v: i256) -> Append {
        match &mut self.inner {
            Inner::Decimal128(b) => b.append_value(
                v.to_i128()
                    .ok_or_else(|| format!("value does not fit {}", self.ty))?,
            ),
            Inner::Decimal256(b) => b.append_value(v),
            _ => return Err(format!("a decimal cannot be stored as {}", self.ty)),
        }
        Ok(())
    }

    pub fn finish(&mut self) -> ArrayRef {
        match &mut self.inner {
            Inner::Bool(b) => Arc::new(b.finish()),
            Inner::Int8(b) => Arc::new(b.finish()),
            Inner::Int16(b) => Arc::new(b.finish()),
            Inner::Int32(b) => Arc::new(b.finish()),
            Inner::Int64(b) => Arc::new(b.finish()),
            Inner::UInt8(b) => Arc::new(b.finish()),
            Inner::UInt16(b) => Arc::new(b.finish()),
            Inner::UInt32(b) => Arc::new(b.finish()),
            Inner::UInt64(b) => Arc::new(b.finish()),
            Inner::Float32(b) => Arc::new(b.finish()),
            Inner::Float64(b) => Arc::new(b.finish()),
            Inner::Decimal128(b) => Arc::new(b.finish()),
            Inner::Decimal256(b) => Arc::new(b.finish()),
            Inner::Utf8(b) => Arc::new(b.finish()),
            Inner::Binary(b) => Arc::new(b.finish()),
            Inner::Date(b) => Arc::new(b.finish()),
            Inner::Time(b) => Arc::new(b.finish()),
            Inner::Timestamp(b) => Arc::new(b.finish()),
            Inner::Uuid(b) => Arc::new(b.finish()),
            Inner::Null(b) => Arc::new(b.finish()),
        }
    }
}

/// The shortest decimal text that reads back as `v`; scientific notation
/// for very large and very small magnitudes, which every engine parses.
pub fn format_f64(v: f64) -> String {
    let magnitude = v.abs();
    if magnitude != 0.0 && !(1e-5..1e16).contains(&magnitude) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// Accumulates rows of one table into batches bounded by rows and bytes.
pub struct BatchBuilder {
    schema: SchemaRef,
    table: String,
    names: Vec<String>,
    columns: Vec<ColumnBuilder>,
    rows: usize,
    bytes: usize,
}

impl BatchBuilder {
    pub fn new(table: &Table, capacity: usize) -> Self {
        BatchBuilder {
            schema: table.arrow_schema(),
            table: table.name.clone(),
            names: table.columns.iter().map(|c| c.name.clone()).collect(),
            columns: table
                .columns
                .iter()
                .map(|c| ColumnBuilder::new(&c.ty, capacity))
                .collect(),
            rows: 0,
            bytes: 0,
        }
    }

    /// The builder of column `i`; `Err` of an append is turned into an
    /// error naming the table and column by [`BatchBuilder::check`].
    // why: `i` is a position in the table the builder was made for (the
    // decoders go over its columns); a decoder's hot path.
    #[allow(clippy::indexing_slicing)]
    pub fn column(&mut self, i: usize) -> &mut ColumnBuilder {
        &mut self.columns[i]
    }

    /// Wraps the reason an append failed with the table and column.
    pub fn check(&self, i: usize, result: Append) -> Result<()> {
        result.map_err(|why| {
            let name = self.names.get(i).map_or("?", String::as_str);
            Error::value(&self.table, name, why)
        })
    }

    /// Counts a finished row of about `bytes` bytes.
    pub fn end_row(&mut self, bytes: usize) {
        self.rows += 1;
        self.bytes += bytes;
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn is_full(&self, rows: usize, bytes: usize) -> bool {
        self.rows >= rows || self.bytes >= bytes
    }

    /// The rows so far as a batch; the builder starts over empty.
    pub fn finish(&mut self) -> Result<RecordBatch> {
        let arrays: Vec<ArrayRef> = self.columns.iter_mut().map(|c| c.finish()).collect();
        self.rows = 0;
        self.bytes = 0;
        RecordBatch::try_new(self.schema.clone(), arrays)
            .map_err(|e| Error::arrow(format!("building a batch of {}", self.table), e))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::catalog::Column;

    fn text() -> LogicalType {
        LogicalType::Text {
            max_len: None,
            fixed: false,
        }
    }

    #[test]
    fn integers_out_of_their_type_are_refused_not_wrapped() {
        let mut b = ColumnBuilder::new(&LogicalType::Int8, 4);
        assert_eq!(b.append_int(127), Ok(()));
        assert_eq!(
            b.append_int(128),
            Err("128 is out of range for int8".into())
        );
        let mut u = ColumnBuilder::new(&LogicalType::UInt16, 4);
        assert!(u.append_int(-1).is_err());
        assert_eq!(b.finish().len(), 1);
    }

    #[test]
    fn decimals_keep_their_scale_exactly_or_say_why_not() {
        let ty = LogicalType::Decimal {
            precision: 5,
            scale: 2,
        };
        let mut b = ColumnBuilder::new(&ty, 4);
        assert_eq!(b.append_text("123.45"), Ok(()));
        assert_eq!(b.append_text("-0.5"), Ok(()));
        assert_eq!(
            b.append_text("1.234"),
            Err("1.234 has more than 2 fractional digits and would be rounded".into())
        );
        assert!(b.append_text("1234.5").is_err());
        let array = b.finish();
        let d = array
            .as_any()
            .downcast_ref::<Decimal128Array>()
            .expect("decimal");
        assert_eq!((d.value(0), d.value(1)), (12345, -50));
    }

    #[test]
    fn a_uuid_of_the_wrong_length_is_refused() {
        let mut b = ColumnBuilder::new(&LogicalType::Uuid, 2);
        assert_eq!(b.append_bytes(&[0u8; 16]), Ok(()));
        assert_eq!(
            b.append_bytes(&[0u8; 15]),
            Err("15 bytes are not a UUID (16 bytes or its 36-character text)".into())
        );
        assert_eq!(
            b.append_text("not-a-uuid"),
            Err("'not-a-uuid' is not a UUID".into())
        );
        assert_eq!(
            b.append_bytes(b"67e55044-10b1-426f-9247-bb680e5fe0c8"),
            Ok(())
        );
    }

    #[test]
    fn batches_end_at_rows_or_bytes_and_start_over() {
        let table = Table {
            name: "t".into(),
            columns: vec![Column::new("v", text(), "", true)],
            ..Table::default()
        };
        let mut batch = BatchBuilder::new(&table, 8);
        for _ in 0..3 {
            batch.column(0).append_text("abc").expect("text");
            batch.end_row(100);
        }
        assert!(batch.is_full(3, 1 << 20));
        assert!(batch.is_full(10, 300));
        assert!(!batch.is_full(10, 301));
        assert_eq!(batch.finish().expect("batch").num_rows(), 3);
        assert_eq!(batch.rows(), 0);
        assert!(!batch.is_full(1, 1));
        let wrong = batch.check(0, Err("too long".into())).unwrap_err();
        assert_eq!(wrong.to_string(), "t.v: too long");
    }
}
