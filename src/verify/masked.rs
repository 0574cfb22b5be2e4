//! `ferry verify --masked`: that no source value of a masked column is in
//! the target. Both sides are read as sources (a snapshot directory too);
//! each source row is masked as a run masks it and found in the target by
//! its masked primary key. A masked column leaks where a target row holds
//! its source value although the mask changes it; text and binary columns
//! are also checked as sets (a source value anywhere in the target's
//! column), which finds values that reached the target by another route.
//! Only counts and masked keys are reported, never a value.

use crate::catalog::Table;
use crate::endpoint::{BatchSize, Source};
use crate::error::{Error, Result};
use crate::plan::{self, Settings, TablePlan};
use crate::transform::{mask::TableMask, Conformer};
use arrow::array::ArrayRef;
use arrow::datatypes::DataType;
use arrow::record_batch::RecordBatch;
use std::collections::{HashMap, HashSet};

/// What was found for one masked column.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MaskedCheck {
    /// `dir_user.email`.
    pub column: String,
    pub method: &'static str,
    pub follows: Option<String>,
    /// Source rows read.
    pub rows: u64,
    /// Of those, rows found in the target by their masked key.
    pub found: u64,
    /// Rows whose source value is in the target.
    pub leaks: u64,
    /// The target keys of the first leaking rows (masked, so nothing is
    /// revealed by naming them).
    pub keys: Vec<String>,
}

/// How many leaking keys are named per column.
const NAMED: usize = 10;

/// Checks every masked column of the tables both sides have.
///
/// # Errors
/// [`Error::Preflight`] when the masks do not fit the target (as a run
/// would refuse them); read errors of either side.
pub async fn masked(
    settings: &Settings,
    source: &mut dyn Source,
    target: &mut dyn Source,
) -> Result<Vec<MaskedCheck>> {
    source.begin_read().await?;
    target.begin_read().await?;
    let source_catalog = source.catalog().await?;
    let target_catalog = target.catalog().await?;
    let selected = plan::select::select(&source_catalog, &settings.tables, &settings.exclude)?;
    let mut problems = Vec::new();
    let mut tables: Vec<TablePlan> = Vec::new();
    for table in selected {
        let Some(existing) = target_catalog.table(&table.name) else {
            continue;
        };
        match plan::map_columns(&table, existing) {
            Ok(target) => tables.push(TablePlan::between(table, target)),
            Err(mut p) => problems.append(&mut p),
        }
    }
    let listed = plan::mask::resolve(settings, &source_catalog, &mut tables, &mut problems);
    if !problems.is_empty() {
        return Err(Error::Preflight(problems));
    }
    if listed.is_empty() {
        return Err(Error::bad_input(
            "ferry verify --masked: the job masks no column of a table both sides have; give the job with the [[mask]] entries the run used",
        ));
    }
    let mut checks = Vec::new();
    for t in &tables {
        let Some(mask) = &t.mask else { continue };
        let seen = read_target(target, t, mask, settings.batch).await?;
        let mut found = compare_source(source, t, mask, &seen, settings.batch).await?;
        for m in &listed {
            if let Some(check) = found.iter_mut().find(|c| c.column == m.column) {
                check.method = m.method;
                check.follows = m.follows.clone();
            }
        }
        checks.append(&mut found);
    }
    Ok(checks)
}

/// The target's masked columns: per column the set of its values, and
/// per row (by primary key) the values of its masked columns.
struct TargetValues {
    sets: Vec<HashSet<u128>>,
    rows: HashMap<u128, Vec<Option<u128>>>,
    keyed: bool,
}

fn key_indexes(t: &TablePlan) -> Vec<usize> {
    t.target
        .primary_key
        .iter()
        .filter_map(|k| {
            t.target
                .columns
                .iter()
                .position(|c| c.name.eq_ignore_ascii_case(k))
        })
        .collect()
}

async fn read_target(
    target: &mut dyn Source,
    t: &TablePlan,
    mask: &TableMask,
    batch: BatchSize,
) -> Result<TargetValues> {
    let keys = key_indexes(t);
    let keyed = !keys.is_empty() && keys.len() == t.target.primary_key.len();
    let mut values = TargetValues {
        sets: vec![HashSet::new(); mask.columns.len()],
        rows: HashMap::new(),
        keyed,
    };
    each_batch(target, &t.target, batch, |b| {
        let key_hashes = if keyed {
            row_hashes(&b, &keys)?
        } else {
            Vec::new()
        };
        let columns: Vec<Vec<Option<u128>>> = mask
            .columns
            .iter()
            .map(|m| row_hashes(&b, &[m.column]))
            .collect::<Result<_>>()?;
        for ((m, hashes), set) in mask.columns.iter().zip(&columns).zip(&mut values.sets) {
            if is_textual(b.column(m.column)) {
                set.extend(hashes.iter().flatten());
            }
        }
        for (r, k) in key_hashes.into_iter().enumerate() {
            if let Some(k) = k {
                values.rows.insert(
                    k,
                    columns
                        .iter()
                        .map(|c| c.get(r).copied().flatten())
                        .collect(),
                );
            }
        }
        Ok(())
    })
    .await?;
    Ok(values)
}

async fn compare_source(
    source: &mut dyn Source,
    t: &TablePlan,
    mask: &TableMask,
    seen: &TargetValues,
    batch: BatchSize,
) -> Result<Vec<MaskedCheck>> {
    let keys = key_indexes(t);
    let conformer = Conformer::new(&t.source, &t.target);
    let mut checks: Vec<MaskedCheck> = mask
        .columns
        .iter()
        .map(|m| MaskedCheck {
            column: m.label.clone(),
            method: m.method.name(),
            follows: None,
            rows: 0,
            found: 0,
            leaks: 0,
            keys: Vec::new(),
        })
        .collect();
    each_batch(source, &t.source, batch, |raw| {
        let original = conformer.apply(raw)?;
        let masked = mask.apply(original.clone())?;
        let masked_keys = if seen.keyed {
            row_hashes(&masked, &keys)?
        } else {
            Vec::new()
        };
        for ((i, m), check) in mask.columns.iter().enumerate().zip(&mut checks) {
            let before = row_hashes(&original, &[m.column])?;
            let after = row_hashes(&masked, &[m.column])?;
            for r in 0..original.num_rows() {
                check.rows += 1;
                let target_row = masked_keys
                    .get(r)
                    .copied()
                    .flatten()
                    .and_then(|k| seen.rows.get(&k));
                if target_row.is_some() {
                    check.found += 1;
                }
                let (Some(v), Some(after)) = (
                    before.get(r).copied().flatten(),
                    after.get(r).copied().flatten(),
                ) else {
                    continue;
                };
                if v == after {
                    // The mask leaves this value as it is (a fixed value
                    // that happens to be the source's): nothing to hide.
                    continue;
                }
                let in_row = target_row.is_some_and(|row| row.get(i) == Some(&Some(v)));
                let in_set = seen.sets.get(i).is_some_and(|set| set.contains(&v));
                if in_row || in_set {
                    check.leaks += 1;
                    if check.keys.len() < NAMED {
                        check.keys.push(key_text(&masked, &keys, r));
                    }
                }
            }
        }
        Ok(())
    })
    .await?;
    Ok(checks)
}

fn is_textual(array: &ArrayRef) -> bool {
    matches!(
        array.data_type(),
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Binary | DataType::FixedSizeBinary(_)
    )
}

/// `id=7` or `(a, b)=(1, x)`: the masked key of row `r`, or its number
/// where the table has no key.
fn key_text(batch: &RecordBatch, keys: &[usize], r: usize) -> String {
    match super::key_labels(batch, keys, &[r]) {
        Ok(labels) if !keys.is_empty() => labels.into_iter().next().unwrap_or_default(),
        _ => format!("row {}", r + 1),
    }
}

/// Streams `table` through `each`, one batch at a time.
async fn each_batch(
    source: &mut dyn Source,
    table: &Table,
    batch: BatchSize,
    mut each: impl FnMut(RecordBatch) -> Result<()>,
) -> Result<()> {
    let mut batches = source.read_table(table, batch);
    while let Some(b) = futures::StreamExt::next(&mut batches).await {
        each(b?)?;
    }
    Ok(())
}

fn row_hashes(batch: &RecordBatch, columns: &[usize]) -> Result<Vec<Option<u128>>> {
    crate::values::row_hashes(batch, columns)
        .map_err(|e| Error::failed(format!("verifying masked columns: {e}")))
}
