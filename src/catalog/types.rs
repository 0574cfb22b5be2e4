//! The one logical type system and its one mapping to Arrow.
//!
//! | logical        | Arrow                                  |
//! |----------------|----------------------------------------|
//! | bool           | Boolean                                |
//! | int8…int64     | Int8…Int64                             |
//! | uint8…uint64   | UInt8…UInt64                           |
//! | float32/64     | Float32 / Float64                      |
//! | decimal(p,s)   | Decimal128(p,s), Decimal256 when p > 38 |
//! | numeric        | Utf8 (unbounded decimal, exact text)   |
//! | text / char(n) | Utf8                                   |
//! | bytes          | Binary                                 |
//! | date           | Date32                                 |
//! | time           | Time64(µs)                             |
//! | timestamp      | Timestamp(µs, none)                    |
//! | timestamptz    | Timestamp(µs, "UTC")                   |
//! | uuid           | FixedSizeBinary(16), `arrow.uuid`      |
//! | json / jsonb   | Utf8, `arrow.json`                     |
//! | enum / set     | Utf8                                   |
//! | year           | Int16                                  |
//!
//! Every field carries its logical type in the metadata key
//! [`FIELD_LOGICAL_TYPE`], so a batch says what it holds without the catalog.
//! Each engine's `types` module maps its SQL types to and from these.

use arrow::datatypes::{DataType, Field, TimeUnit};
use std::collections::HashMap;
use std::fmt;

/// Field metadata key holding the logical type (`decimal(12,2)`, `uuid`, …).
pub const FIELD_LOGICAL_TYPE: &str = "ferry.logical_type";
const EXTENSION_NAME: &str = "ARROW:extension:name";

/// A column type ferry can carry between engines.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LogicalType {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float32,
    Float64,
    /// Bounded decimal: PostgreSQL allows p ≤ 1000, MySQL p ≤ 65, Arrow
    /// p ≤ 76; larger precisions are refused by the engine mapping.
    Decimal {
        precision: u8,
        scale: i8,
    },
    /// PostgreSQL's unconstrained `numeric`: carried as exact text.
    Numeric,
    Text {
        max_len: Option<u32>,
        fixed: bool,
    },
    Bytes {
        max_len: Option<u32>,
        fixed: bool,
    },
    Date,
    Time,
    Timestamp,
    TimestampTz,
    Uuid,
    Json {
        binary: bool,
    },
    Enum {
        name: Option<String>,
        values: Vec<String>,
    },
    Set {
        values: Vec<String>,
    },
    Year,
    /// A source type ferry cannot carry (arrays, intervals, geometry, …):
    /// refused by name when its table is selected.
    Unsupported {
        native: String,
        why: String,
    },
}

impl LogicalType {
    /// The Arrow type of this logical type: the one mapping in ferry.
    pub fn arrow_type(&self) -> DataType {
        use LogicalType::*;
        match self {
            Bool => DataType::Boolean,
            Int8 => DataType::Int8,
            Int16 | Year => DataType::Int16,
            Int32 => DataType::Int32,
            Int64 => DataType::Int64,
            UInt8 => DataType::UInt8,
            UInt16 => DataType::UInt16,
            UInt32 => DataType::UInt32,
            UInt64 => DataType::UInt64,
            Float32 => DataType::Float32,
            Float64 => DataType::Float64,
            Decimal { precision, scale } if *precision <= 38 => {
                DataType::Decimal128(*precision, *scale)
            }
            Decimal { precision, scale } => DataType::Decimal256(*precision, *scale),
            Numeric | Text { .. } | Json { .. } | Enum { .. } | Set { .. } => DataType::Utf8,
            Bytes { .. } => DataType::Binary,
            Date => DataType::Date32,
            Time => DataType::Time64(TimeUnit::Microsecond),
            Timestamp => DataType::Timestamp(TimeUnit::Microsecond, None),
            TimestampTz => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
            Uuid => DataType::FixedSizeBinary(16),
            Unsupported { .. } => DataType::Null,
        }
    }

    /// The Arrow field for a column of this type.
    pub fn arrow_field(&self, name: &str, nullable: bool) -> Field {
        let mut metadata = HashMap::from([(FIELD_LOGICAL_TYPE.to_string(), self.to_string())]);
        match self {
            LogicalType::Uuid => {
                metadata.insert(EXTENSION_NAME.into(), "arrow.uuid".into());
            }
            LogicalType::Json { .. } => {
                metadata.insert(EXTENSION_NAME.into(), "arrow.json".into());
            }
            _ => {}
        }
        Field::new(name, self.arrow_type(), nullable).with_metadata(metadata)
    }

    /// Integer types with their inclusive range, for range checks.
    pub fn integer_range(&self) -> Option<(i128, i128)> {
        use LogicalType::*;
        Some(match self {
            Int8 => (i8::MIN as i128, i8::MAX as i128),
            Int16 => (i16::MIN as i128, i16::MAX as i128),
            Int32 => (i32::MIN as i128, i32::MAX as i128),
            Int64 => (i64::MIN as i128, i64::MAX as i128),
            UInt8 => (0, u8::MAX as i128),
            UInt16 => (0, u16::MAX as i128),
            UInt32 => (0, u32::MAX as i128),
            UInt64 => (0, u64::MAX as i128),
            Year => (0, 9999),
            _ => return None,
        })
    }

    pub fn is_integer(&self) -> bool {
        self.integer_range().is_some()
    }

    /// The broad family used to decide whether a source column can be
    /// written into a target column at all.
    pub fn family(&self) -> Family {
        use LogicalType::*;
        match self {
            Bool
            | Int8
            | Int16
            | Int32
            | Int64
            | UInt8
            | UInt16
            | UInt32
            | UInt64
            | Year
            | Decimal { .. }
            | Numeric => Family::Number,
            Float32 | Float64 => Family::Float,
            Text { .. } | Enum { .. } | Set { .. } => Family::Text,
            Json { .. } => Family::Json,
            Bytes { .. } => Family::Bytes,
            Date => Family::Date,
            Time => Family::Time,
            Timestamp | TimestampTz => Family::Timestamp,
            Uuid => Family::Uuid,
            Unsupported { .. } => Family::Unsupported,
        }
    }
}

/// Families of logical types; values move freely (with range checks)
/// within a family and across the pairs [`can_convert`] allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Number,
    Float,
    Text,
    Json,
    Bytes,
    Date,
    Time,
    Timestamp,
    Uuid,
    Unsupported,
}

/// Whether values of `from` can be written into a column of `to` without
/// losing anything, given per-value checks at write time (ranges, lengths,
/// scale). `None` means yes; `Some(reason)` says why not.
pub fn can_convert(from: &LogicalType, to: &LogicalType) -> Option<String> {
    use Family::*;
    use LogicalType as L;
    if from == to {
        return None;
    }
    let ok = match (from.family(), to.family()) {
        (Number, Number) => match (from, to) {
            // Dropping fractional digits would round.
            (L::Decimal { scale: s1, .. }, L::Decimal { scale: s2, .. }) => s1 <= s2,
            (L::Decimal { scale, .. }, t) if t.is_integer() || *t == L::Bool => *scale <= 0,
            (L::Numeric, L::Decimal { .. } | L::Numeric) => true,
            (L::Numeric, _) => false,
            _ => true,
        },
        // Integers convert exactly to floats within 2^53, checked per value.
        (Number, Float) => from.is_integer() || *from == L::Bool,
        (Float, Float) => true,
        (Text, Text) => true,
        // Text holds the canonical spelling of numbers, dates and UUIDs
        // exactly (booleans are left out: '1' or 'true' would be a guess).
        (Number | Float | Date | Time | Timestamp | Uuid, Text) => *from != L::Bool,
        (Text | Json, Json) | (Json, Text) => true,
        (Text, Uuid) => true,
        (Bytes, Bytes) => true,
        (Date, Date) | (Time, Time) | (Timestamp, Timestamp) => true,
        _ => false,
    };
    if ok {
        None
    } else {
        Some(format!(
            "a {from} value cannot be stored exactly in a {to} column"
        ))
    }
}

impl fmt::Display for LogicalType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LogicalType::*;
        match self {
            Bool => f.write_str("bool"),
            Int8 => f.write_str("int8"),
            Int16 => f.write_str("int16"),
            Int32 => f.write_str("int32"),
            Int64 => f.write_str("int64"),
            UInt8 => f.write_str("uint8"),
            UInt16 => f.write_str("uint16"),
            UInt32 => f.write_str("uint32"),
            UInt64 => f.write_str("uint64"),
            Float32 => f.write_str("float32"),
            Float64 => f.write_str("float64"),
            Decimal { precision, scale } => write!(f, "decimal({precision},{scale})"),
            Numeric => f.write_str("numeric"),
            Text { max_len: None, .. } => f.write_str("text"),
            Text {
                max_len: Some(n),
                fixed: false,
            } => write!(f, "varchar({n})"),
            Text {
                max_len: Some(n),
                fixed: true,
            } => write!(f, "char({n})"),
            Bytes { max_len: None, .. } => f.write_str("bytes"),
            Bytes {
                max_len: Some(n),
                fixed: false,
            } => write!(f, "varbinary({n})"),
            Bytes {
                max_len: Some(n),
                fixed: true,
            } => write!(f, "binary({n})"),
            Date => f.write_str("date"),
            Time => f.write_str("time"),
            Timestamp => f.write_str("timestamp"),
            TimestampTz => f.write_str("timestamptz"),
            Uuid => f.write_str("uuid"),
            Json { binary: false } => f.write_str("json"),
            Json { binary: true } => f.write_str("jsonb"),
            Enum { values, .. } => write!(f, "enum({})", values.join(",")),
            Set { values } => write!(f, "set({})", values.join(",")),
            Year => f.write_str("year"),
            Unsupported { native, .. } => write!(f, "unsupported({native})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_past_38_digits_use_decimal256() {
        let t = LogicalType::Decimal {
            precision: 65,
            scale: 30,
        };
        assert_eq!(t.arrow_type(), DataType::Decimal256(65, 30));
    }

    #[test]
    fn narrowing_a_scale_is_refused() {
        let from = LogicalType::Decimal {
            precision: 12,
            scale: 4,
        };
        let to = LogicalType::Decimal {
            precision: 12,
            scale: 2,
        };
        assert_eq!(
            can_convert(&from, &to).unwrap(),
            "a decimal(12,4) value cannot be stored exactly in a decimal(12,2) column"
        );
        assert!(can_convert(&LogicalType::Int64, &LogicalType::Int16).is_none());
    }
}
