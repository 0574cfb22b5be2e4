//! `ferry snapshot --parts-per-table N`: each table with a primary key of
//! one integer column is read as N key ranges of equal width between its
//! lowest and highest key (as Sqoop's `--split-by` does), each a table
//! plan of its own under the same consistent read, so that each range is
//! written as parts of its own and can be restored on its own
//! (`ferry restore --slice K`). Skewed keys make uneven slices; the plan
//! shows each slice's rows.
//!
//! A table that other tables' foreign keys refer to stays one slice: its
//! rows are then all in slice 0, restored before the other slices, and no
//! worker writes a row whose parent another worker has not committed.

use super::key_ranges::{bounds_sql, read_bounds};
use super::{Plan, TablePlan};
use crate::endpoint::sql::Flavor;
use crate::endpoint::Source;
use crate::error::Result;

/// The most slices a table is split into.
pub const MOST_SLICES: usize = 64;

/// Which key range of its table a table plan reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Slice {
    pub index: usize,
    pub count: usize,
    /// The primary-key column, as the source names it.
    pub column: String,
    /// `from <= key < to`; `None` is unbounded on that side.
    pub from: Option<i64>,
    pub to: Option<i64>,
}

impl Slice {
    /// `id >= 6 AND id < 11`: the slice's keys, for people to read.
    pub fn keys(&self) -> String {
        range_sql(&self.column, self.from, self.to)
    }
}

/// Splits the tables of `plan` into `parts` slices each where they have a
/// primary key of one integer column and at least `parts` keys; the others
/// stay whole, named in one warning.
///
/// # Errors
/// The source cannot answer the bounds or count queries.
pub async fn split_tables(
    plan: &mut Plan,
    source: &mut dyn Source,
    flavor: Option<Flavor>,
    parts: usize,
) -> Result<()> {
    if parts <= 1 {
        return Ok(());
    }
    let Some(f) = flavor else {
        plan.warnings.push(format!(
            "--parts-per-table {parts}: this source cannot be read by key ranges; every table is one slice"
        ));
        return Ok(());
    };
    let referenced: std::collections::HashSet<String> = plan
        .tables
        .iter()
        .flat_map(|t| t.source.foreign_keys.iter().map(|k| k.ref_table.clone()))
        .collect();
    let mut whole = Vec::new();
    let mut tables = Vec::with_capacity(plan.tables.len());
    for tp in std::mem::take(&mut plan.tables) {
        if referenced.contains(&tp.source.name) {
            whole.push(format!("{} (foreign keys refer to it)", tp.target.name));
            tables.push(tp);
            continue;
        }
        let Some(column) = integer_key(&tp) else {
            whole.push(format!(
                "{} (no single integer primary key)",
                tp.target.name
            ));
            tables.push(tp);
            continue;
        };
        let from = format!(
            "{}{}",
            f.quote_table(&tp.source.name),
            tp.source.where_clause()
        );
        let bounds = read_bounds(
            source
                .query_text(&bounds_sql(f, &f.quote(&column), &from))
                .await?,
        );
        let Some(cuts) = bounds.and_then(|(low, high, _)| cut_points(low, high, parts)) else {
            whole.push(format!(
                "{} (fewer than {parts} keys, or keys past 64-bit integers)",
                tp.target.name
            ));
            tables.push(tp);
            continue;
        };
        for slice in slices(&column, &cuts) {
            let mut part = tp.clone();
            let range = range_sql(&f.quote(&column), slice.from, slice.to);
            part.source.filter = Some(match &tp.source.filter {
                Some(filter) => format!("({filter}) AND {range}"),
                None => range,
            });
            part.source_rows = source.count_rows(&part.source).await?;
            part.slice = Some(slice);
            tables.push(part);
        }
    }
    let split_any = tables.iter().any(|t| t.slice.is_some());
    plan.tables = tables;
    if !whole.is_empty() {
        let none = match split_any {
            true => "",
            false => "no table could be split; ",
        };
        plan.warnings.push(format!(
            "--parts-per-table {parts}: {none}written as one slice: {}",
            whole.join(", ")
        ));
    }
    Ok(())
}

/// The source's one integer primary-key column.
fn integer_key(tp: &TablePlan) -> Option<String> {
    match tp.source.primary_key.as_slice() {
        [one] => tp
            .source
            .columns
            .iter()
            .find(|c| &c.name == one && c.ty.is_integer())
            .map(|c| c.name.clone()),
        _ => None,
    }
}

/// The `parts - 1` keys where slices of equal width between `low` and
/// `high` (both included) begin; `None` when there are fewer keys than
/// slices.
fn cut_points(low: i64, high: i64, parts: usize) -> Option<Vec<i64>> {
    let span = i128::from(high) - i128::from(low) + 1;
    let n = i128::try_from(parts).ok()?;
    if span < n {
        return None;
    }
    (1..n)
        .map(|k| i64::try_from(i128::from(low) + span * k / n).ok())
        .collect()
}

/// The slices the cut points make: the first unbounded below, the last
/// above, so that no key of the table is outside every slice.
fn slices(column: &str, cuts: &[i64]) -> Vec<Slice> {
    let count = cuts.len() + 1;
    (0..count)
        .map(|index| Slice {
            index,
            count,
            column: column.to_string(),
            from: index.checked_sub(1).and_then(|i| cuts.get(i).copied()),
            to: cuts.get(index).copied(),
        })
        .collect()
}

/// `key >= from AND key < to` with the unbounded sides left out.
fn range_sql(key: &str, from: Option<i64>, to: Option<i64>) -> String {
    match (from, to) {
        (Some(a), Some(b)) => format!("{key} >= {a} AND {key} < {b}"),
        (Some(a), None) => format!("{key} >= {a}"),
        (None, Some(b)) => format!("{key} < {b}"),
        (None, None) => "1 = 1".into(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn equal_widths_cover_every_key() {
        assert_eq!(cut_points(1, 10, 2), Some(vec![6]));
        assert_eq!(
            cut_points(1, 10_000_000, 4),
            Some(vec![2_500_001, 5_000_001, 7_500_001])
        );
        assert_eq!(cut_points(5, 5, 2), None);
        assert_eq!(cut_points(5, 6, 2), Some(vec![6]));
        // The whole i64 range does not overflow.
        let cuts = cut_points(i64::MIN, i64::MAX, 3).unwrap();
        assert!(cuts[0] < cuts[1]);
        let s = slices("id", &[6]);
        assert_eq!(
            (s[0].from, s[0].to, s[1].from, s[1].to),
            (None, Some(6), Some(6), None)
        );
        assert_eq!(range_sql("\"id\"", s[0].from, s[0].to), "\"id\" < 6");
        assert_eq!(range_sql("\"id\"", s[1].from, s[1].to), "\"id\" >= 6");
    }
}
