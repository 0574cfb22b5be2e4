//! A plain copy into a table that already holds rows: how many of the
//! source's rows have a key the target holds, found by comparing keys
//! only, before anything is written. A plain copy inserts, so the first of
//! them would fail the run; the plan refuses it and names them instead.

use std::collections::HashSet;

use super::key_ranges::{bounds_sql, read_bounds};
use crate::catalog::Table;
use crate::endpoint::sql::Flavor;
use crate::endpoint::{Sink, Source};
use crate::error::Result;

/// The most keys read from either side (held in memory as text, some
/// 60 MB): past it the keys are not compared and the plan only warns.
/// Integer keys whose spans do not meet are told apart at any size.
pub const MOST_KEYS: u64 = 1_000_000;

/// Keys named in the refusal.
const NAMED: usize = 5;

/// What the key comparison of one table found.
#[derive(Debug, PartialEq)]
pub enum Conflicts {
    /// No source key is in the target.
    None,
    /// `count` source rows have a key the target holds; the first few.
    Found { count: u64, first: Vec<String> },
    /// The keys were not compared, and why.
    NotCounted(String),
}

/// One side of the comparison: where its keys are read and how many rows
/// it holds.
pub struct Side<'a, E: ?Sized> {
    pub endpoint: &'a mut E,
    pub flavor: Flavor,
    pub table: &'a Table,
    pub rows: u64,
}

/// Compares the source's keys with the target's. A key of one integer
/// column is compared within the range both sides' keys span (none when
/// they do not overlap: an append of higher keys reads no keys at all);
/// other keys as the text the key maps spell them with.
///
/// # Errors
/// A server cannot answer the queries.
pub async fn count(
    source: Side<'_, dyn Source + '_>,
    target: Side<'_, dyn Sink + '_>,
) -> Result<Conflicts> {
    let (sk, tk) = (&source.table.primary_key, &target.table.primary_key);
    if sk.is_empty() || sk.len() != tk.len() {
        return Ok(Conflicts::NotCounted("the table has no primary key".into()));
    }
    let (sq, tq) = (
        source.flavor.quote_table(&source.table.name),
        target.flavor.quote_table(&target.table.name),
    );
    // The one column of an integer key.
    fn integer<'k>(t: &Table, k: &'k [String]) -> Option<&'k String> {
        match k {
            [one] if t.column_like(one).is_some_and(|c| c.ty.is_integer()) => Some(one),
            _ => None,
        }
    }
    let mut within = (String::new(), String::new());
    if let (Some(s_key), Some(t_key)) = (integer(source.table, sk), integer(target.table, tk)) {
        let (sc, tc) = (source.flavor.quote(s_key), target.flavor.quote(t_key));
        let s = read_bounds(
            source
                .endpoint
                .query_text(&bounds_sql(source.flavor, &sc, &sq))
                .await?,
        );
        let t = read_bounds(
            target
                .endpoint
                .query_text(&bounds_sql(target.flavor, &tc, &tq))
                .await?,
        );
        let (Some((s_low, s_high, _)), Some((t_low, t_high, _))) = (s, t) else {
            return Ok(Conflicts::None);
        };
        let (low, high) = (s_low.max(t_low), s_high.min(t_high));
        if low > high {
            return Ok(Conflicts::None);
        }
        within = (
            format!(" WHERE {sc} BETWEEN {low} AND {high}"),
            format!(" WHERE {tc} BETWEEN {low} AND {high}"),
        );
    }
    if source.rows.max(target.rows) > MOST_KEYS {
        return Ok(Conflicts::NotCounted(format!(
            "more than {MOST_KEYS} rows on a side: keys not compared"
        )));
    }
    let keys_sql = |f: Flavor, table: &str, key: &[String], cond: &str| {
        format!("SELECT {} FROM {table}{cond}", f.key_text(table, key))
    };
    let held = text_rows(
        target
            .endpoint
            .query_text(&keys_sql(target.flavor, &tq, tk, &within.1))
            .await?,
    );
    let keys = text_rows(
        source
            .endpoint
            .query_text(&keys_sql(source.flavor, &sq, sk, &within.0))
            .await?,
    );
    Ok(held_of(keys, &held))
}

/// Compares keys read from a source without SQL (a snapshot's rows, as
/// the key maps spell them) with the target's: an integer key only within
/// the span the listed keys cover.
///
/// # Errors
/// The target cannot answer the query.
pub async fn count_listed(keys: Vec<String>, target: Side<'_, dyn Sink + '_>) -> Result<Conflicts> {
    let tk = &target.table.primary_key;
    let tq = target.flavor.quote_table(&target.table.name);
    if tk.is_empty() {
        return Ok(Conflicts::NotCounted("the table has no primary key".into()));
    }
    if keys.is_empty() {
        return Ok(Conflicts::None);
    }
    let mut within = String::new();
    if let [one] = tk.as_slice() {
        let numbers: Option<Vec<i64>> = keys.iter().map(|k| k.parse().ok()).collect();
        let integer = target
            .table
            .column_like(one)
            .is_some_and(|c| c.ty.is_integer());
        if let (true, Some(numbers)) = (integer, numbers) {
            let (low, high) = (numbers.iter().min(), numbers.iter().max());
            if let (Some(low), Some(high)) = (low, high) {
                let column = target.flavor.quote(one);
                within = format!(" WHERE {column} BETWEEN {low} AND {high}");
            }
        }
    }
    if target.rows > MOST_KEYS {
        return Ok(Conflicts::NotCounted(format!(
            "more than {MOST_KEYS} rows on a side: keys not compared"
        )));
    }
    let sql = format!(
        "SELECT {} FROM {tq}{within}",
        target.flavor.key_text(&tq, tk)
    );
    let held = text_rows(target.endpoint.query_text(&sql).await?);
    Ok(held_of(keys, &held))
}

/// The first cell of each row that has one.
fn text_rows<T: FromIterator<String>>(rows: Vec<Vec<Option<String>>>) -> T {
    rows.into_iter()
        .filter_map(|row| row.into_iter().next().flatten())
        .collect()
}

/// Which of the source's `keys` the target holds, the first few named.
fn held_of(keys: Vec<String>, held: &HashSet<String>) -> Conflicts {
    let mut found: Vec<String> = keys.into_iter().filter(|k| held.contains(k)).collect();
    if found.is_empty() {
        return Conflicts::None;
    }
    found.sort_by(|a, b| by_parts(a, b));
    let count = found.len() as u64;
    found.truncate(NAMED);
    for key in &mut found {
        *key = key.replace('\u{1f}', ", ");
    }
    Conflicts::Found {
        count,
        first: found,
    }
}

/// Keys in natural order part by part: `1, 23` before `1, 106`.
fn by_parts(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.split('\u{1f}'), b.split('\u{1f}'));
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) => match crate::verify::natural(x, y) {
                std::cmp::Ordering::Equal => continue,
                other => return other,
            },
            (x, y) => return x.is_some().cmp(&y.is_some()),
        }
    }
}
