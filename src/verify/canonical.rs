//! The canonical form of a value, so that two engines' rows compare
//! equal exactly when they hold the same data: integers by value, exact
//! decimals without trailing zeros, timestamps at the finest precision
//! both columns hold, floats by their bits, JSON with its keys sorted,
//! NULL distinct from `''` and from `'NULL'`.
//!
//! Both sides arrive in the target's Arrow types (the source conformed as
//! a run conforms it), so one code per column is chosen from the target's
//! logical type and the two columns' native spellings. Each value becomes
//! a 64-bit XXH3 hash (its specification fixes the output, so checksums
//! recorded by one ferry version compare with another's); a row is the
//! XXH3-128 of its columns' hashes in order.

use crate::catalog::{Column, LogicalType, Table};
use crate::error::{Error, Result};
use arrow::array::{
    Array, ArrayRef, AsArray, BinaryArray, BooleanArray, Decimal128Array, FixedSizeBinaryArray,
    StringArray,
};
use arrow::datatypes::{
    DataType, Date32Type, Float32Type, Float64Type, Int16Type, Int32Type, Int64Type, Int8Type,
    Time64MicrosecondType, TimestampMicrosecondType, UInt16Type, UInt32Type, UInt64Type, UInt8Type,
};
use twox_hash::{XxHash3_128, XxHash3_64};

/// The hash of a NULL, whatever the column: no value's hash is chosen to
/// equal it (every value is hashed with a seed of its own kind).
const NULL: u64 = 0x6e75_6c6c_6e75_6c6c;

/// How one column's values are put in canonical form.
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    Bool,
    /// Any integer width, by value.
    Int,
    Float32,
    Float64,
    /// Decimal128 at this scale, trailing zeros dropped.
    Decimal(i8),
    /// Exact numbers held as text (PostgreSQL's unconstrained numeric,
    /// Decimal256 as text).
    NumberText,
    Text,
    /// `CHAR(n)` on either side: without trailing pad spaces (PostgreSQL
    /// returns them, MySQL strips them; both compare without them).
    PaddedText,
    /// Sorted keys, no whitespace.
    Json,
    Bytes,
    Date,
    /// Microseconds since midnight, to so many fractional digits.
    Time(u8),
    /// Microseconds since the epoch, to so many fractional digits.
    Timestamp(u8),
}

impl Code {
    /// The code for a column the source spells `source` and the target
    /// `target` (both of the target's logical type once conformed).
    pub fn of(source: (&Column, &str), target: (&Column, &str)) -> Code {
        let digits = || {
            fraction_digits(source.1, &source.0.native)
                .min(fraction_digits(target.1, &target.0.native))
        };
        match &target.0.ty {
            LogicalType::Bool => Code::Bool,
            LogicalType::Int8
            | LogicalType::Int16
            | LogicalType::Int32
            | LogicalType::Int64
            | LogicalType::UInt8
            | LogicalType::UInt16
            | LogicalType::UInt32
            | LogicalType::UInt64
            | LogicalType::Year => Code::Int,
            LogicalType::Float32 => Code::Float32,
            LogicalType::Float64 => Code::Float64,
            LogicalType::Decimal { precision, scale } if *precision <= 38 => Code::Decimal(*scale),
            LogicalType::Decimal { .. } | LogicalType::Numeric => Code::NumberText,
            LogicalType::Json { .. } => Code::Json,
            LogicalType::Bytes { .. } | LogicalType::Uuid => Code::Bytes,
            LogicalType::Date => Code::Date,
            LogicalType::Time => Code::Time(digits()),
            LogicalType::Timestamp | LogicalType::TimestampTz => Code::Timestamp(digits()),
            LogicalType::Text { .. } if is_char(source.0) || is_char(target.0) => Code::PaddedText,
            LogicalType::Text { .. }
            | LogicalType::Enum { .. }
            | LogicalType::Set { .. }
            | LogicalType::PgNative { .. }
            | LogicalType::Unsupported { .. } => Code::Text,
        }
    }

    /// Fractional digits a time or timestamp is compared to.
    pub fn digits(&self) -> Option<u8> {
        match self {
            Code::Time(d) | Code::Timestamp(d) => Some(*d),
            _ => None,
        }
    }
}

fn is_char(c: &Column) -> bool {
    matches!(c.ty, LogicalType::Text { fixed: true, .. })
}

/// Fractional-second digits a time or timestamp column of `engine` holds:
/// the `(n)` of its type, else the engine's default (PostgreSQL 6, MySQL
/// 0); SQLite keeps text, so whatever ferry reads of it (microseconds).
pub fn fraction_digits(engine: &str, native: &str) -> u8 {
    let given = native
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .and_then(|(n, _)| n.trim().parse::<u8>().ok());
    match (given, engine) {
        (Some(n), _) => n.min(6),
        (None, "mysql") => 0,
        _ => 6,
    }
}

/// The codes of a table's columns, from the source and target tables of a
/// plan (same columns, same order).
pub fn codes(source: &Table, target: &Table) -> Vec<Code> {
    source
        .columns
        .iter()
        .zip(&target.columns)
        .map(|(s, t)| Code::of((s, &source.dialect), (t, &target.dialect)))
        .collect()
}

/// Each row's hash of column `array` in canonical form.
///
/// # Errors
/// [`Error::Failed`] for an array whose type is not the column's (a bug).
pub fn column_hashes(array: &ArrayRef, code: &Code, seed: u64) -> Result<Vec<u64>> {
    let value = match numeric_hasher(array, code, seed)? {
        Some(h) => h,
        None => bytes_hasher(array, code, seed)?,
    };
    Ok((0..array.len())
        .map(|i| if array.is_null(i) { NULL } else { value(i) })
        .collect())
}

/// Hashes row `i`'s value (not NULL) of one column.
type Hasher<'a> = Box<dyn Fn(usize) -> u64 + 'a>;

fn hash(seed: u64, bytes: &[u8]) -> u64 {
    XxHash3_64::oneshot_with_seed(seed, bytes)
}

/// Numbers, dates and times: `None` for other columns.
fn numeric_hasher<'a>(array: &'a ArrayRef, code: &Code, seed: u64) -> Result<Option<Hasher<'a>>> {
    macro_rules! int {
        ($t:ty) => {{
            let a = array.as_primitive::<$t>();
            Box::new(move |i| hash(seed, &i128::from(a.value(i)).to_le_bytes()))
        }};
    }
    let h: Hasher<'a> = match (code, array.data_type()) {
        (Code::Bool, DataType::Boolean) => {
            let a = array
                .as_any()
                .downcast_ref::<BooleanArray>()
                .ok_or_else(bug)?;
            Box::new(move |i| hash(seed, &[u8::from(a.value(i))]))
        }
        (Code::Int, DataType::Int8) => int!(Int8Type),
        (Code::Int, DataType::Int16) => int!(Int16Type),
        (Code::Int, DataType::Int32) => int!(Int32Type),
        (Code::Int, DataType::Int64) => int!(Int64Type),
        (Code::Int, DataType::UInt8) => int!(UInt8Type),
        (Code::Int, DataType::UInt16) => int!(UInt16Type),
        (Code::Int, DataType::UInt32) => int!(UInt32Type),
        (Code::Int, DataType::UInt64) => int!(UInt64Type),
        (Code::Float32, DataType::Float32) => {
            let a = array.as_primitive::<Float32Type>();
            Box::new(move |i| hash(seed, &a.value(i).to_bits().to_le_bytes()))
        }
        (Code::Float64, DataType::Float64) => {
            let a = array.as_primitive::<Float64Type>();
            Box::new(move |i| hash(seed, &a.value(i).to_bits().to_le_bytes()))
        }
        (Code::Decimal(scale), DataType::Decimal128(..)) => {
            let a = array
                .as_any()
                .downcast_ref::<Decimal128Array>()
                .ok_or_else(bug)?;
            let scale = *scale;
            Box::new(move |i| hash(seed, &decimal_bytes(a.value(i), scale)))
        }
        (Code::Date, DataType::Date32) => {
            let a = array.as_primitive::<Date32Type>();
            Box::new(move |i| hash(seed, &i64::from(a.value(i)).to_le_bytes()))
        }
        (Code::Time(d), DataType::Time64(_)) => {
            let (a, d) = (array.as_primitive::<Time64MicrosecondType>(), *d);
            Box::new(move |i| hash(seed, &truncate(a.value(i), d).to_le_bytes()))
        }
        (Code::Timestamp(d), DataType::Timestamp(..)) => {
            let (a, d) = (array.as_primitive::<TimestampMicrosecondType>(), *d);
            Box::new(move |i| hash(seed, &truncate(a.value(i), d).to_le_bytes()))
        }
        _ => return Ok(None),
    };
    Ok(Some(h))
}

/// Text, JSON, exact numbers as text and bytes.
fn bytes_hasher<'a>(array: &'a ArrayRef, code: &Code, seed: u64) -> Result<Hasher<'a>> {
    Ok(match (code, array.data_type()) {
        (Code::NumberText, DataType::Decimal256(..)) => {
            let a = array.as_primitive::<arrow::datatypes::Decimal256Type>();
            Box::new(move |i| hash(seed, number_text(&a.value_as_string(i)).as_bytes()))
        }
        (Code::Bytes, DataType::Binary) => {
            let a = array
                .as_any()
                .downcast_ref::<BinaryArray>()
                .ok_or_else(bug)?;
            Box::new(move |i| hash(seed, a.value(i)))
        }
        (Code::Bytes, DataType::FixedSizeBinary(_)) => {
            let a = array
                .as_any()
                .downcast_ref::<FixedSizeBinaryArray>()
                .ok_or_else(bug)?;
            Box::new(move |i| hash(seed, a.value(i)))
        }
        (Code::Text | Code::PaddedText | Code::NumberText | Code::Json, DataType::Utf8) => {
            let a = array
                .as_any()
                .downcast_ref::<StringArray>()
                .ok_or_else(bug)?;
            let code = code.clone();
            Box::new(move |i| {
                let v = a.value(i);
                match code {
                    Code::NumberText => hash(seed, number_text(v).as_bytes()),
                    Code::Json => hash(seed, json_text(v).as_bytes()),
                    Code::PaddedText => hash(seed, v.trim_end_matches(' ').as_bytes()),
                    _ => hash(seed, v.as_bytes()),
                }
            })
        }
        (code, other) => {
            return Err(Error::failed(format!(
                "verify: a {other} column cannot be compared as {code:?}"
            )))
        }
    })
}

fn bug() -> Error {
    Error::failed("verify: a column's values are not of its type")
}

/// Microseconds cut to `digits` fractional digits (towards the past, as
/// both sides are cut alike).
fn truncate(micros: i64, digits: u8) -> i64 {
    let unit = 10i64.pow(u32::from(6 - digits.min(6)));
    micros - micros.rem_euclid(unit)
}

/// A decimal's unscaled value and scale with trailing zeros dropped, so
/// `1.50` (scale 2) and `1.5` (scale 1) are the same bytes.
fn decimal_bytes(mut value: i128, mut scale: i8) -> [u8; 17] {
    while value != 0 && value % 10 == 0 {
        value /= 10;
        scale -= 1;
    }
    if value == 0 {
        scale = 0;
    }
    let mut out = [0u8; 17];
    out[..16].copy_from_slice(&value.to_le_bytes());
    out[16] = scale as u8;
    out
}

/// An exact number's text without trailing fractional zeros or a
/// negative zero: `1.500` → `1.5`, `2.0` → `2`, `-0.00` → `0`.
fn number_text(text: &str) -> String {
    let t = text.trim().trim_start_matches('+');
    let t = match t.contains('.') {
        true => t.trim_end_matches('0').trim_end_matches('.'),
        false => t,
    };
    match t {
        "-0" | "" => "0".into(),
        t => t.into(),
    }
}

/// A JSON document with every object's keys sorted and no whitespace
/// (PostgreSQL's jsonb reorders keys, MySQL keeps them as written); text
/// that is not JSON is compared as it is.
fn json_text(text: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(mut v) => {
            sort_keys(&mut v);
            v.to_string()
        }
        Err(_) => text.to_string(),
    }
}

fn sort_keys(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.sort_keys();
            map.values_mut().for_each(sort_keys);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// Per row the XXH3-128 of its columns' hashes, in column order.
// why: every column's hashes have one entry per row, `rows` of them (the
// callers pass the batch's row count); a hot path.
#[allow(clippy::indexing_slicing)]
pub fn row_hashes(columns: &[Vec<u64>], rows: usize) -> Vec<u128> {
    let mut buffer = Vec::with_capacity(columns.len() * 8);
    (0..rows)
        .map(|r| {
            buffer.clear();
            for c in columns {
                buffer.extend_from_slice(&c[r].to_le_bytes());
            }
            XxHash3_128::oneshot(&buffer)
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use arrow::array::{Int32Array, Int64Array, TimestampMicrosecondArray};
    use std::sync::Arc;

    fn one(array: ArrayRef, code: Code) -> Vec<u64> {
        column_hashes(&array, &code, 1).unwrap()
    }

    #[test]
    fn null_empty_and_the_word_null_differ() {
        let a: ArrayRef = Arc::new(StringArray::from(vec![None, Some(""), Some("NULL")]));
        let h = one(a, Code::Text);
        assert_ne!(h[0], h[1]);
        assert_ne!(h[1], h[2]);
        assert_ne!(h[0], h[2]);
    }

    #[test]
    fn integers_compare_by_value_whatever_their_width() {
        let a: ArrayRef = Arc::new(Int32Array::from(vec![7, -1]));
        let b: ArrayRef = Arc::new(Int64Array::from(vec![7, -1]));
        assert_eq!(one(a, Code::Int), one(b, Code::Int));
    }

    #[test]
    fn decimals_and_numbers_drop_trailing_zeros() {
        assert_eq!(decimal_bytes(150, 2), decimal_bytes(15, 1));
        assert_ne!(decimal_bytes(15, 1), decimal_bytes(15, 2));
        assert_eq!(decimal_bytes(0, 4), decimal_bytes(0, 0));
        assert_eq!(number_text("1.500"), "1.5");
        assert_eq!(number_text("2.0"), "2");
        assert_eq!(number_text("-0.00"), "0");
        assert_eq!(number_text("100"), "100");
    }

    #[test]
    fn timestamps_are_cut_to_the_digits_both_hold() {
        let a: ArrayRef = Arc::new(TimestampMicrosecondArray::from(vec![
            1_000_123, 1_000_999, 1_001_999,
        ]));
        let h6 = one(a.clone(), Code::Timestamp(6));
        assert_ne!(h6[0], h6[1]);
        let h3 = one(a.clone(), Code::Timestamp(3));
        assert_eq!(h3[0], h3[1], "the same millisecond");
        assert_ne!(h3[1], h3[2]);
        let h0 = one(a, Code::Timestamp(0));
        assert_eq!(h0[1], h0[2]);
        assert_eq!(h0[0], h0[1]);
        assert_eq!(truncate(-1, 0), -1_000_000);
    }

    #[test]
    fn fraction_digits_follow_each_engine() {
        assert_eq!(
            fraction_digits("postgres", "timestamp without time zone"),
            6
        );
        assert_eq!(
            fraction_digits("postgres", "timestamp(3) without time zone"),
            3
        );
        assert_eq!(fraction_digits("mysql", "datetime"), 0);
        assert_eq!(fraction_digits("mysql", "datetime(6)"), 6);
        assert_eq!(fraction_digits("sqlite", "TEXT"), 6);
    }

    #[test]
    fn json_keys_are_sorted() {
        assert_eq!(
            json_text(r#"{"b": 1, "a": {"d": 2, "c": 3}}"#),
            r#"{"a":{"c":3,"d":2},"b":1}"#
        );
        assert_eq!(json_text("not json"), "not json");
    }

    #[test]
    fn float_bits_tell_zero_from_negative_zero() {
        let a: ArrayRef = Arc::new(arrow::array::Float64Array::from(vec![0.0, -0.0]));
        let h = one(a, Code::Float64);
        assert_ne!(h[0], h[1]);
    }
}
