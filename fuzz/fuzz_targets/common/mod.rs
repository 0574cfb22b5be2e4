//! What the decoder targets share: a table whose column types the input's
//! first bytes choose.

use ferry::catalog::{Column, LogicalType as L, Table};

fn types() -> Vec<L> {
    let text = |max_len| L::Text { max_len, fixed: false };
    vec![
        L::Bool,
        L::Int8,
        L::Int16,
        L::Int32,
        L::Int64,
        L::UInt8,
        L::UInt16,
        L::UInt32,
        L::UInt64,
        L::Float32,
        L::Float64,
        L::Decimal { precision: 12, scale: 2 },
        L::Decimal { precision: 50, scale: 10 },
        L::Numeric,
        text(None),
        text(Some(8)),
        L::Bytes { max_len: None, fixed: false },
        L::Date,
        L::Time,
        L::Timestamp,
        L::TimestampTz,
        L::Uuid,
        L::Json { binary: true },
        L::Json { binary: false },
        L::Year,
        L::Enum { name: None, values: vec!["a".into(), "b".into()] },
        L::Set { values: vec!["x".into(), "y".into()] },
    ]
}

/// A table of 1 to 4 columns: `spec[0]` says how many, the next bytes
/// which types. Returns the table and how many bytes of `data` it used.
pub fn table_of(data: &[u8]) -> Option<(Table, usize)> {
    let all = types();
    let count = 1 + (*data.first()? as usize) % 4;
    let chosen = data.get(1..1 + count)?;
    let columns = chosen
        .iter()
        .enumerate()
        .map(|(i, &t)| Column::new(&format!("c{i}"), all[t as usize % all.len()].clone(), "", true))
        .collect();
    let table = Table {
        name: "fuzz".into(),
        columns,
        primary_key: vec!["c0".into()],
        ..Table::default()
    };
    Some((table, 1 + count))
}
