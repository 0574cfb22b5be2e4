//! Reading Arrow values back one cell at a time, for the writers that send
//! SQL text or bound parameters (MySQL, SQLite) and for checksums.

use super::{decimal, temporal};
use crate::catalog::LogicalType;
use arrow::array::*;
use arrow::datatypes::{i256, DataType, TimeUnit};
use std::borrow::Cow;

/// One value, in the few shapes SQL writers need.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    /// Decimals, dates, times, UUIDs as canonical text; strings as they are.
    Text(Cow<'a, str>),
    Bytes(&'a [u8]),
}

/// Reads cells of one Arrow column; the downcast happens once.
pub enum CellReader<'a> {
    Bool(&'a BooleanArray),
    Int8(&'a Int8Array),
    Int16(&'a Int16Array),
    Int32(&'a Int32Array),
    Int64(&'a Int64Array),
    UInt8(&'a UInt8Array),
    UInt16(&'a UInt16Array),
    UInt32(&'a UInt32Array),
    UInt64(&'a UInt64Array),
    Float32(&'a Float32Array),
    Float64(&'a Float64Array),
    Decimal128(&'a Decimal128Array, i8),
    Decimal256(&'a Decimal256Array, i8),
    Utf8(&'a StringArray),
    Binary(&'a BinaryArray),
    Date(&'a Date32Array),
    Time(&'a Time64MicrosecondArray),
    Timestamp(&'a TimestampMicrosecondArray, bool),
    Uuid(&'a FixedSizeBinaryArray),
}

impl<'a> CellReader<'a> {
    /// # Panics
    /// Never for arrays built from a [`LogicalType`]; other Arrow types are
    /// reported as `Err`.
    pub fn new(array: &'a dyn Array) -> Result<Self, String> {
        Ok(match array.data_type() {
            DataType::Boolean => CellReader::Bool(array.as_boolean()),
            DataType::Int8 => CellReader::Int8(array.as_primitive()),
            DataType::Int16 => CellReader::Int16(array.as_primitive()),
            DataType::Int32 => CellReader::Int32(array.as_primitive()),
            DataType::Int64 => CellReader::Int64(array.as_primitive()),
            DataType::UInt8 => CellReader::UInt8(array.as_primitive()),
            DataType::UInt16 => CellReader::UInt16(array.as_primitive()),
            DataType::UInt32 => CellReader::UInt32(array.as_primitive()),
            DataType::UInt64 => CellReader::UInt64(array.as_primitive()),
            DataType::Float32 => CellReader::Float32(array.as_primitive()),
            DataType::Float64 => CellReader::Float64(array.as_primitive()),
            DataType::Decimal128(_, s) => CellReader::Decimal128(array.as_primitive(), *s),
            DataType::Decimal256(_, s) => CellReader::Decimal256(array.as_primitive(), *s),
            DataType::Utf8 => CellReader::Utf8(array.as_string()),
            DataType::Binary => CellReader::Binary(array.as_binary()),
            DataType::Date32 => CellReader::Date(array.as_primitive()),
            DataType::Time64(TimeUnit::Microsecond) => CellReader::Time(array.as_primitive()),
            DataType::Timestamp(TimeUnit::Microsecond, tz) => {
                CellReader::Timestamp(array.as_primitive(), tz.is_some())
            }
            DataType::FixedSizeBinary(16) => CellReader::Uuid(array.as_fixed_size_binary()),
            other => return Err(format!("ferry cannot write Arrow type {other}")),
        })
    }

    pub fn get(&self, row: usize) -> Cell<'a> {
        macro_rules! nullable {
            ($a:expr, $v:expr) => {
                if $a.is_null(row) {
                    return Cell::Null;
                } else {
                    $v
                }
            };
        }
        match self {
            CellReader::Bool(a) => nullable!(a, Cell::Bool(a.value(row))),
            CellReader::Int8(a) => nullable!(a, Cell::Int(a.value(row) as i64)),
            CellReader::Int16(a) => nullable!(a, Cell::Int(a.value(row) as i64)),
            CellReader::Int32(a) => nullable!(a, Cell::Int(a.value(row) as i64)),
            CellReader::Int64(a) => nullable!(a, Cell::Int(a.value(row))),
            CellReader::UInt8(a) => nullable!(a, Cell::UInt(a.value(row) as u64)),
            CellReader::UInt16(a) => nullable!(a, Cell::UInt(a.value(row) as u64)),
            CellReader::UInt32(a) => nullable!(a, Cell::UInt(a.value(row) as u64)),
            CellReader::UInt64(a) => nullable!(a, Cell::UInt(a.value(row))),
            CellReader::Float32(a) => nullable!(a, Cell::Float(a.value(row) as f64)),
            CellReader::Float64(a) => nullable!(a, Cell::Float(a.value(row))),
            CellReader::Decimal128(a, s) => nullable!(
                a,
                Cell::Text(decimal::format_scaled(i256::from_i128(a.value(row)), *s).into())
            ),
            CellReader::Decimal256(a, s) => {
                nullable!(
                    a,
                    Cell::Text(decimal::format_scaled(a.value(row), *s).into())
                )
            }
            CellReader::Utf8(a) => nullable!(a, Cell::Text(Cow::Borrowed(a.value(row)))),
            CellReader::Binary(a) => nullable!(a, Cell::Bytes(a.value(row))),
            CellReader::Date(a) => {
                nullable!(a, Cell::Text(temporal::format_date(a.value(row)).into()))
            }
            CellReader::Time(a) => {
                nullable!(a, Cell::Text(temporal::format_time(a.value(row)).into()))
            }
            CellReader::Timestamp(a, zoned) => nullable!(a, {
                let mut s = temporal::format_timestamp(a.value(row));
                if *zoned {
                    s.push_str("+00:00");
                }
                Cell::Text(s.into())
            }),
            CellReader::Uuid(a) => nullable!(a, {
                // Always 16 bytes: the reader takes FixedSizeBinary(16) only.
                let bytes: [u8; 16] = a.value(row).try_into().unwrap_or_default();
                Cell::Text(
                    uuid::Uuid::from_bytes(bytes)
                        .hyphenated()
                        .to_string()
                        .into(),
                )
            }),
        }
    }
}

/// A canonical text form of a cell, equal across engines for equal values:
/// what checksums compare.
pub fn canonical(cell: &Cell<'_>, ty: &LogicalType) -> String {
    match cell {
        Cell::Null => "\u{0}NULL".into(),
        Cell::Bool(b) => (*b as u8).to_string(),
        Cell::Int(v) => v.to_string(),
        Cell::UInt(v) => v.to_string(),
        Cell::Float(v) => super::builder::format_f64(*v),
        Cell::Text(s) if matches!(ty, LogicalType::Json { .. }) => {
            match serde_json::from_str::<serde_json::Value>(s) {
                Ok(v) => sorted_json(v).to_string(),
                Err(_) => s.to_string(),
            }
        }
        Cell::Text(s) => s.to_string(),
        Cell::Bytes(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

/// Object members in key order, at every depth: engines keep them in
/// different orders (PostgreSQL's jsonb sorts them, others keep the text).
fn sorted_json(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(map) => {
            let mut members: Vec<_> = map.into_iter().collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(
                members
                    .into_iter()
                    .map(|(k, v)| (k, sorted_json(v)))
                    .collect(),
            )
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(sorted_json).collect())
        }
        other => other,
    }
}
