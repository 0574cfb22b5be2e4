//! Where an incremental table's deletes can be: the key ranges whose keys
//! differ between the source and the target. Each server fingerprints its
//! own keys per range in its own SQL (a count and two sums of integer
//! residues of the key), ferry compares the fingerprints, and only the
//! keys of ranges that differ are read and compared one by one.
//!
//! The ranges only narrow where deletes are looked for: the source's keys
//! are read and the target's rows deleted under one and the same condition
//! on the key, so a row the source still has is never deleted, whatever
//! the fingerprints say. Two different key sets with one fingerprint (as
//! unlikely as a delete and an insert of other keys with equal sums in one
//! range) leave a delete undone until `--full` or `ferry verify` finds it.

use std::collections::HashMap;

use crate::catalog::Table;
use crate::endpoint::sql::Flavor;
use crate::endpoint::{Sink, Source};
use crate::error::Result;

/// About as many keys per range as a page of them: few enough that a
/// sparse delete reads few keys, many enough that the fingerprints of a
/// 10,000,000-row table are 40,000 rows.
const KEYS_PER_RANGE: u64 = 256;

/// Past this many differing ranges the keys are read whole: an `IN` list
/// as long as this costs the servers as much as the comparison it saves.
const MOST_RANGES: usize = 10_000;

/// How the deletes of one table are looked for.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "keys", rename_all = "snake_case")]
pub enum KeyCheck {
    /// Keys in `differing` of the `compared` ranges (each `width` keys wide
    /// from `low`) are read and compared.
    Ranges {
        low: i64,
        width: i64,
        compared: u64,
        differing: Vec<i64>,
    },
    /// Every key is read and compared, and why.
    Every { why: String },
}

impl KeyCheck {
    /// The condition on `column` (quoted, as `f` spells it) that holds
    /// the keys to compare; `None`: every key.
    pub fn condition(&self, f: Flavor, column: &str) -> Option<String> {
        let KeyCheck::Ranges {
            low,
            width,
            differing,
            ..
        } = self
        else {
            return None;
        };
        if differing.is_empty() {
            return Some("1 = 0".into());
        }
        let list: Vec<String> = differing.iter().map(i64::to_string).collect();
        Some(format!(
            "{} IN ({})",
            f.int_div(&offset(f, column, *low), *width),
            list.join(", ")
        ))
    }

    /// For the plan: what is compared.
    pub fn describe(&self) -> String {
        match self {
            KeyCheck::Ranges {
                compared,
                differing,
                width,
                ..
            } => format!(
                "{} of {} of {} differ, only their keys compared",
                differing.len(),
                crate::words::counted(*compared, "key range", "key ranges"),
                crate::words::counted(*width as u64, "key", "keys")
            ),
            KeyCheck::Every { why } => format!("every key compared ({why})"),
        }
    }
}

/// `column − low` as a 64-bit integer (never negative for the keys that
/// were there when the ranges were drawn).
fn offset(f: Flavor, column: &str, low: i64) -> String {
    format!("({} - ({low}))", f.bigint(column))
}

/// Fingerprints the keys of `source` (the source's table, through the
/// source's dialect `sf`) and `target` (through `tf`) per key range and
/// returns the ranges that differ; [`KeyCheck::Every`] where the key is not
/// one integer column or the table is read within a scope.
///
/// # Errors
/// A server cannot answer the queries.
pub async fn compare(
    (source, sf, source_table): (&mut dyn Source, Flavor, &Table),
    (sink, tf, target_table): (&mut dyn Sink, Flavor, &Table),
) -> Result<KeyCheck> {
    let every = |why: &str| Ok(KeyCheck::Every { why: why.into() });
    let ([sk], [tk]) = (
        source_table.primary_key.as_slice(),
        target_table.primary_key.as_slice(),
    ) else {
        return every("the key is not one column");
    };
    let integer = |t: &Table, k: &str| t.column_like(k).is_some_and(|c| c.ty.is_integer());
    if !integer(source_table, sk) || !integer(target_table, tk) {
        return every("the key is not an integer");
    }
    if source_table.filter.is_some() {
        return every("the table is read within a scope");
    }
    let (sq, tq) = (sf.quote(sk), tf.quote(tk));
    let (st, tt) = (
        sf.quote_table(&source_table.name),
        tf.quote_table(&target_table.name),
    );
    let s = read_bounds(source.query_text(&bounds_sql(sf, &sq, &st)).await?);
    let t = read_bounds(sink.query_text(&bounds_sql(tf, &tq, &tt)).await?);
    let (low, high, rows) = match (s, t) {
        (None, None) => return every("both sides are empty"),
        (Some(b), None) | (None, Some(b)) => b,
        (Some(a), Some(b)) => (a.0.min(b.0), a.1.max(b.1), a.2.max(b.2)),
    };
    let Some(span) = high.checked_sub(low).and_then(|s| s.checked_add(1)) else {
        return every("the keys span more than 64 bits");
    };
    let ranges = rows.div_ceil(KEYS_PER_RANGE).max(1) as i64;
    let width = (span + ranges - 1) / ranges;
    let a = read_prints(
        source
            .query_text(&prints_sql(sf, &sq, &st, low, width))
            .await?,
    );
    let b = read_prints(
        sink.query_text(&prints_sql(tf, &tq, &tt, low, width))
            .await?,
    );
    let (Some(a), Some(b)) = (a, b) else {
        return every("a server's sums did not read as integers");
    };
    let compared = a
        .keys()
        .chain(b.keys())
        .collect::<std::collections::HashSet<_>>()
        .len() as u64;
    let mut differing: Vec<i64> = a
        .iter()
        .filter(|(range, print)| b.get(range) != Some(print))
        .map(|(range, _)| *range)
        .chain(b.keys().filter(|range| !a.contains_key(range)).copied())
        .collect();
    differing.sort_unstable();
    if differing.len() > MOST_RANGES {
        return every(&format!("{} key ranges differ", differing.len()));
    }
    Ok(KeyCheck::Ranges {
        low,
        width,
        compared,
        differing,
    })
}

/// Cell `i` of a text row as an integer (sums come back as PostgreSQL
/// `numeric`, MySQL `DECIMAL`, SQLite integers: all spelt as digits).
fn integer<T: std::str::FromStr>(row: &[Option<String>], i: usize) -> Option<T> {
    row.get(i)?.as_deref()?.trim().parse().ok()
}

pub(super) fn bounds_sql(f: Flavor, key: &str, table: &str) -> String {
    format!(
        "SELECT {}, {}, {} FROM {table}",
        f.text(&f.bigint(&format!("MIN({key})"))),
        f.text(&f.bigint(&format!("MAX({key})"))),
        f.text("COUNT(*)")
    )
}

/// The lowest and highest key and the row count, `None` for no rows.
pub(super) fn read_bounds(rows: Vec<Vec<Option<String>>>) -> Option<(i64, i64, u64)> {
    let row = rows.into_iter().next().unwrap_or_default();
    let number = |i: usize| integer::<i64>(&row, i);
    match (number(0), number(1), number(2)) {
        (Some(low), Some(high), Some(rows)) if rows > 0 => Some((low, high, rows as u64)),
        _ => None,
    }
}

/// Per range: the row count and two sums of residues of the key's offset
/// (integer arithmetic every engine does alike), `None` when a server's
/// answer does not read as integers.
type Print = (i128, i128, i128);

fn prints_sql(f: Flavor, key: &str, table: &str, low: i64, width: i64) -> String {
    let x = offset(f, key, low);
    format!(
        "SELECT {}, {}, {}, {} FROM {table} GROUP BY 1",
        f.text(&f.int_div(&x, width)),
        f.text("COUNT(*)"),
        f.text(&format!("SUM({x} % 2147483647)")),
        f.text(&format!("SUM(({x} % 65521) * ({x} % 65521))")),
    )
}

fn read_prints(rows: Vec<Vec<Option<String>>>) -> Option<HashMap<i64, Print>> {
    let mut prints = HashMap::with_capacity(rows.len());
    for row in rows {
        let number = |i: usize| integer::<i128>(&row, i);
        let (range, n, a, b) = (number(0)?, number(1)?, number(2)?, number(3)?);
        prints.insert(i64::try_from(range).ok()?, (n, a, b));
    }
    Some(prints)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn conditions_per_dialect() {
        let check = KeyCheck::Ranges {
            low: -5,
            width: 256,
            compared: 10,
            differing: vec![2, 7],
        };
        let pg = crate::endpoint::sql::of(crate::endpoint::Engine::Postgres).unwrap();
        let my = crate::endpoint::sql::of(crate::endpoint::Engine::MySql).unwrap();
        assert_eq!(
            check.condition(pg, "\"id\"").unwrap(),
            "(CAST(\"id\" AS BIGINT) - (-5)) / 256 IN (2, 7)"
        );
        assert_eq!(
            check.condition(my, "`id`").unwrap(),
            "(CAST(`id` AS SIGNED) - (-5)) DIV 256 IN (2, 7)"
        );
        let none = KeyCheck::Ranges {
            low: 0,
            width: 1,
            compared: 1,
            differing: vec![],
        };
        assert_eq!(none.condition(pg, "\"id\"").unwrap(), "1 = 0");
        let every = KeyCheck::Every { why: "x".into() };
        assert_eq!(every.condition(pg, "\"id\""), None);
    }
}
