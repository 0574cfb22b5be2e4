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
//! | postgres TYPE  | Utf8, PostgreSQL's text form (below)   |
//!
//! `postgres TYPE` ([`LogicalType::PgNative`]) holds the PostgreSQL types
//! no other engine has (arrays, `tsvector`, ranges, `interval`, network
//! addresses, `money`, bit strings, `xml`, composite and extension types):
//! PostgreSQL reads its text form back exactly, so PostgreSQL → PostgreSQL
//! and snapshots carry them as they are; another engine takes them only
//! through a conversion the job names ([`NativeFamily`], `--convert`).
//!
//! Every field carries its logical type in the metadata key
//! [`FIELD_LOGICAL_TYPE`], so a batch says what it holds without the catalog.
//! Each engine's `types` module maps its SQL types to and from these.

use super::Conversion;
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
    /// A PostgreSQL type without a logical equivalent, carried in its
    /// PostgreSQL text form. `name` is the base type as PostgreSQL spells
    /// it (`text[]`, `tsvector`, `int4range`, `mpaa_rating[]`).
    PgNative {
        name: String,
        family: NativeFamily,
    },
    /// A source type ferry cannot carry (MySQL geometry, …): refused by
    /// name when its table is selected.
    Unsupported {
        native: String,
        why: String,
    },
}

impl LogicalType {
    /// Why Arrow cannot hold this type (a decimal's precision outside
    /// 1..=76 or its scale above it), for types read from a file that
    /// no engine mapping checked: a snapshot manifest.
    pub fn arrow_problem(&self) -> Option<String> {
        use arrow::datatypes::{
            validate_decimal_precision_and_scale, Decimal128Type, Decimal256Type,
        };
        let LogicalType::Decimal { precision, scale } = self else {
            return None;
        };
        let checked = match *precision {
            0..=38 => validate_decimal_precision_and_scale::<Decimal128Type>(*precision, *scale),
            _ => validate_decimal_precision_and_scale::<Decimal256Type>(*precision, *scale),
        };
        checked.err().map(|e| format!("{self}: {e}"))
    }

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
            Numeric | Text { .. } | Json { .. } | Enum { .. } | Set { .. } | PgNative { .. } => {
                DataType::Utf8
            }
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
            PgNative { .. } => Family::PgNative,
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
    PgNative,
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
        // PostgreSQL casts the text form on the way in, and refuses what
        // does not fit (an int8[] element past int4).
        (PgNative, PgNative) => matches!(
            (from, to),
            (L::PgNative { family: a, .. }, L::PgNative { family: b, .. }) if a == b
        ),
        (Date, Date) | (Time, Time) | (Timestamp, Timestamp) => true,
        // A date is midnight; a timestamp becomes a date only at midnight,
        // checked per value.
        (Date, Timestamp) | (Timestamp, Date) => true,
        _ => false,
    };
    if ok {
        None
    } else if let L::PgNative { family, .. } = from {
        Some(format!(
            "{from} has no equivalent here; {}",
            family.conversion_hint()
        ))
    } else {
        Some(format!(
            "a {from} value cannot be stored exactly in a {to} column"
        ))
    }
}

/// The PostgreSQL types without a logical equivalent, by family: the names
/// `--convert FAMILY=FORM` and `[convert.types]` use.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum NativeFamily {
    /// Arrays of any element type (`text[]`, `int4[][]`).
    Array,
    /// `tsvector` and `tsquery`.
    Tsvector,
    /// Ranges and multiranges (`int4range`, `tstzrange`, `datemultirange`).
    Range,
    Interval,
    /// `inet` and `cidr`.
    Inet,
    /// `macaddr` and `macaddr8`.
    Macaddr,
    Money,
    /// `bit(n)` and `bit varying`.
    Bit,
    Xml,
    /// Composite (row) types.
    Composite,
    /// `time with time zone`.
    Timetz,
    /// `point`, `line`, `lseg`, `box`, `path`, `polygon`, `circle`.
    Geometric,
    /// The `citext` extension's case-insensitive text.
    Citext,
    /// Any other type, extension types included (`hstore`, `ltree`, PostGIS).
    Other,
}

impl NativeFamily {
    pub const ALL: [NativeFamily; 14] = [
        NativeFamily::Array,
        NativeFamily::Tsvector,
        NativeFamily::Range,
        NativeFamily::Interval,
        NativeFamily::Inet,
        NativeFamily::Macaddr,
        NativeFamily::Money,
        NativeFamily::Bit,
        NativeFamily::Xml,
        NativeFamily::Composite,
        NativeFamily::Timetz,
        NativeFamily::Geometric,
        NativeFamily::Citext,
        NativeFamily::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NativeFamily::Array => "array",
            NativeFamily::Tsvector => "tsvector",
            NativeFamily::Range => "range",
            NativeFamily::Interval => "interval",
            NativeFamily::Inet => "inet",
            NativeFamily::Macaddr => "macaddr",
            NativeFamily::Money => "money",
            NativeFamily::Bit => "bit",
            NativeFamily::Xml => "xml",
            NativeFamily::Composite => "composite",
            NativeFamily::Timetz => "timetz",
            NativeFamily::Geometric => "geometric",
            NativeFamily::Citext => "citext",
            NativeFamily::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The conversions a value of this family can take: every family has
    /// its text form; arrays and composites also become JSON.
    pub fn forms(self) -> &'static [Conversion] {
        match self {
            NativeFamily::Array | NativeFamily::Composite => &[Conversion::Json, Conversion::Text],
            _ => &[Conversion::Text],
        }
    }

    /// How to carry a column of this family to another engine, for
    /// refusals: the flag and the job-file line that would.
    pub fn conversion_hint(self) -> String {
        let name = self.name();
        match self {
            NativeFamily::Array => format!(
                "allow a conversion: --convert {name}=json (a JSON array of its elements) or \
                 --convert {name}=text (PostgreSQL's text form), or `{name} = \"json\"` under \
                 [convert.types] in the job file"
            ),
            NativeFamily::Composite => format!(
                "allow a conversion: --convert {name}=json (a JSON object of its fields) or \
                 --convert {name}=text (PostgreSQL's text form), or `{name} = \"json\"` under \
                 [convert.types] in the job file"
            ),
            _ => format!(
                "allow a conversion: --convert {name}=text (PostgreSQL's text form), or \
                 `{name} = \"text\"` under [convert.types] in the job file"
            ),
        }
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
            PgNative { name, .. } => write!(f, "postgres {name}"),
            Unsupported { native, .. } => write!(f, "unsupported({native})"),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
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
