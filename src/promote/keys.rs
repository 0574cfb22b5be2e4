//! Key maps, built before any row is written: offset, sequence, match,
//! uuid and version bumps, each remembering what earlier promotions of the
//! same source assigned (the `ferry_key_map` table in the target).

use super::KEY_MAP_TABLE;
use crate::catalog::{Catalog, LogicalType, Table};
use crate::endpoint::sql::Flavor;
use crate::endpoint::{BatchSize, Sink, Source};
use crate::error::{Error, Result};
use crate::job::{KeyStrategy, VersionRule};
use crate::plan::rules::Rules;
use crate::plan::Plan;
use crate::transform::keymap::{self, KeyMap, Run, SEP};
use arrow::array::AsArray;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// A key map and the name it is remembered under.
#[derive(Debug, Clone)]
pub struct NamedMap {
    /// `table` for a primary key, `table.column` for a version.
    pub name: String,
    pub map: Arc<KeyMap>,
}

/// What the key maps of one table did, for the summary.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct KeyReport {
    pub strategy: Option<KeyStrategy>,
    /// Keys new to the target, and the range of the integer ones.
    pub assigned: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Keys found by natural key in the target.
    pub matched: u64,
    /// Keys an earlier promotion of this source assigned.
    pub remembered: u64,
    /// `(entity, source version, target version)`.
    pub versions: Vec<(String, String, String)>,
}

#[derive(Debug, Default)]
pub struct KeyMaps {
    pub by_table: BTreeMap<String, Vec<NamedMap>>,
    pub reports: BTreeMap<String, KeyReport>,
}

/// What every key map of a run is built with.
#[derive(Clone, Copy)]
struct KeyContext<'a> {
    rules: &'a Rules,
    flavor: Flavor,
    /// The target has a `ferry_key_map` table (earlier promotions' maps).
    remembered_table: bool,
}

/// Builds every key map of `plan`.
///
/// # Errors
/// [`Error::Preflight`] listing every table whose strategy cannot apply.
pub async fn build(
    rules: &Rules,
    plan: &Plan,
    target_catalog: &Catalog,
    flavor: Flavor,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<KeyMaps> {
    let mut problems = unselected_keys_and_versions(rules, plan);
    let ctx = KeyContext {
        rules,
        flavor,
        remembered_table: target_catalog.table(KEY_MAP_TABLE).is_some(),
    };
    let mut out = KeyMaps::default();
    for tp in &plan.tables {
        match ctx.table_maps(tp, source, sink).await {
            Ok(Some((maps, report))) => {
                out.by_table.insert(tp.target.name.clone(), maps);
                out.reports.insert(tp.target.name.clone(), report);
            }
            Ok(None) => {}
            Err(Error::Preflight(mut p)) => problems.append(&mut p),
            Err(e) => return Err(e),
        }
    }
    if !problems.is_empty() {
        return Err(Error::Preflight(problems));
    }
    Ok(out)
}

/// `[[keys]]` and `[versions]` entries naming a table that is not
/// selected or a column it lacks.
fn unselected_keys_and_versions(rules: &Rules, plan: &Plan) -> Vec<String> {
    let mut problems = Vec::new();
    for k in &rules.keys {
        let Some(tp) = plan
            .tables
            .iter()
            .find(|t| t.target.name.eq_ignore_ascii_case(&k.table))
        else {
            problems.push(format!(
                "[[keys]] names {}, which is not a selected table",
                k.table
            ));
            continue;
        };
        // A key strategy gives rows new keys: without a primary key there
        // is nothing to renumber (and every row would be appended).
        if tp.target.primary_key.is_empty() && k.strategy != crate::job::KeyStrategy::Keep {
            problems.push(format!(
                "[[keys]] strategy = \"{}\" for {}: the table has no primary key to give new values; \
                 declare one, or remove the [[keys]] entry",
                k.strategy.name(),
                tp.target.name
            ));
        }
    }
    for (t, c, _) in &rules.versions {
        match plan
            .tables
            .iter()
            .find(|p| p.target.name.eq_ignore_ascii_case(t))
        {
            None => problems.push(format!(
                "[versions] names {t}.{c}, but {t} is not a selected table"
            )),
            Some(p) if p.target.column_like(c).is_none() => problems.push(format!(
                "[versions] names {t}.{c}, which is not a column of {t}"
            )),
            _ => {}
        }
    }
    problems
}

impl KeyContext<'_> {
    /// The key and version maps of one table and what they did; `None`
    /// when it keeps its keys and bumps no version. A table whose maps
    /// cannot apply is a [`Error::Preflight`] naming every reason.
    async fn table_maps(
        &self,
        tp: &crate::plan::TablePlan,
        source: &mut dyn Source,
        sink: &mut dyn Sink,
    ) -> Result<Option<(Vec<NamedMap>, KeyReport)>> {
        let target = &tp.target;
        let spec = self
            .rules
            .keys
            .iter()
            .find(|k| k.table.eq_ignore_ascii_case(&target.name));
        let strategy = spec.map(|k| k.strategy).unwrap_or(KeyStrategy::Keep);
        let bumps: Vec<String> = self
            .rules
            .versions
            .iter()
            .filter(|(t, _, r)| t.eq_ignore_ascii_case(&target.name) && *r == VersionRule::Bump)
            .filter_map(|(_, c, _)| target.column_like(c).map(|c| c.name.clone()))
            .collect();
        if strategy == KeyStrategy::Keep && bumps.is_empty() {
            return Ok(None);
        }
        let mut report = KeyReport {
            strategy: Some(strategy),
            ..KeyReport::default()
        };
        let pk = &target.primary_key;
        let mut maps = Vec::new();
        let natural = spec.is_some_and(|k| {
            k.match_columns.len() == pk.len()
                && k.match_columns
                    .iter()
                    .all(|m| pk.iter().any(|p| p.eq_ignore_ascii_case(m)))
        });
        if strategy != KeyStrategy::Keep && !natural {
            if pk.is_empty() {
                return Err(no_primary_key(&target.name));
            }
            if let Some(v) = bumps.iter().find(|v| pk.contains(v)) {
                return Err(Error::Preflight(vec![format!(
                    "[[keys]] {}: the version column {v} is part of the primary key; bump it with [versions] and keep the key strategy \"keep\"",
                    target.name
                )]));
            }
            let match_columns = spec.map(|k| k.match_columns.clone()).unwrap_or_default();
            let map = self
                .pk_map(tp, &match_columns, strategy, source, sink, &mut report)
                .await?;
            maps.push(NamedMap {
                name: target.name.clone(),
                map: Arc::new(map),
            });
        }
        let mut problems = Vec::new();
        for v in &bumps {
            match self.version_map(tp, v, source, sink, &mut report).await {
                Ok(map) => maps.push(map),
                Err(Error::Preflight(mut p)) => problems.append(&mut p),
                Err(e) => return Err(e),
            }
        }
        if !problems.is_empty() {
            return Err(Error::Preflight(problems));
        }
        Ok(Some((maps, report)))
    }
}

/// The refusal of a key strategy for a table without a primary key.
fn no_primary_key(table: &str) -> Error {
    Error::Preflight(vec![format!(
        "[[keys]] {table}: the target table has no primary key to assign"
    )])
}

fn is_integer(ty: &LogicalType) -> bool {
    use LogicalType as L;
    matches!(
        ty,
        L::Int8 | L::Int16 | L::Int32 | L::Int64 | L::UInt8 | L::UInt16 | L::UInt32 | L::UInt64
    )
}

impl KeyContext<'_> {
    /// The primary-key map of one table.
    async fn pk_map(
        &self,
        tp: &crate::plan::TablePlan,
        match_columns: &[String],
        strategy: KeyStrategy,
        source: &mut dyn Source,
        sink: &mut dyn Sink,
        report: &mut KeyReport,
    ) -> Result<KeyMap> {
        let (rules, flavor, remembered_table) = (self.rules, self.flavor, self.remembered_table);
        let integer = key_fits(tp, match_columns, strategy)?;
        let target = &tp.target;
        let name = &target.name;
        let pk = &target.primary_key;
        if integer && matches!(strategy, KeyStrategy::Offset | KeyStrategy::Sequence) {
            return self.run_map(tp, strategy, source, sink, report).await;
        }
        let mut wanted = pk.clone();
        wanted.extend(match_columns.iter().cloned());
        let rows = read_rows(source, &tp.source, &wanted).await?;
        let remembered = remembered_map(rules, flavor, remembered_table, name, sink).await?;
        let q = |c: &str| flavor.quote(c);
        let t = q(name);
        // Natural keys already in the target.
        let mut matches: HashMap<String, String> = HashMap::new();
        if !match_columns.is_empty() {
            let cols: Vec<String> = match_columns.to_vec();
            let sql = format!(
                "SELECT {}, {} FROM {t} x",
                flavor.key_text("x", &cols),
                flavor.key_text("x", pk)
            );
            for row in sink.query_text(&sql).await? {
                if let [Some(m), Some(k)] = &row[..] {
                    matches.insert(m.clone(), k.clone());
                }
            }
        }
        let mut map = HashMap::with_capacity(rows.len());
        let mut needs_new = Vec::new();
        for row in &rows {
            let Some(Some(key)) = row.first().cloned() else {
                continue;
            };
            if map.contains_key(&key) {
                continue;
            }
            let natural: Option<String> = (!match_columns.is_empty())
                .then(|| {
                    row.iter()
                        .skip(1)
                        .cloned()
                        .collect::<Option<Vec<_>>>()
                        .map(|p| p.join(&SEP.to_string()))
                })
                .flatten();
            if let Some(found) = natural.and_then(|n| matches.get(&n)) {
                report.matched += 1;
                map.insert(key, found.clone());
            } else if let Some(before) = remembered.get(&key) {
                report.remembered += 1;
                map.insert(key, before.clone());
            } else {
                needs_new.push(key.clone());
                map.insert(key, String::new());
            }
        }
        if needs_new.is_empty() {
            return Ok(KeyMap::new(pk.clone(), map).with_remembered(&remembered));
        }
        if integer {
            let mut keyed: Vec<(i128, String)> = needs_new
                .iter()
                .map(|k| (k.parse().unwrap_or(i128::MAX), k.clone()))
                .collect();
            keyed.sort_unstable();
            let start = new_ids(strategy, flavor, tp, sink).await?;
            report.first = Some(start.to_string());
            report.last = Some((start + keyed.len() as i64 - 1).to_string());
            for (i, (_, key)) in keyed.into_iter().enumerate() {
                map.insert(key, (start + i as i64).to_string());
            }
        } else {
            for key in &needs_new {
                map.insert(key.clone(), uuid::Uuid::new_v4().hyphenated().to_string());
            }
        }
        report.assigned = needs_new.len() as u64;
        Ok(KeyMap::new(pk.clone(), map).with_remembered(&remembered))
    }
}

/// Whether `strategy` can assign `tp`'s primary key and its match columns
/// are in both tables; `Ok(true)` for a single integer key.
fn key_fits(
    tp: &crate::plan::TablePlan,
    match_columns: &[String],
    strategy: KeyStrategy,
) -> Result<bool> {
    let target = &tp.target;
    let name = &target.name;
    let pk = &target.primary_key;
    let Some(first) = pk.first() else {
        return Err(no_primary_key(name));
    };
    let Some(key_column) = target.column_like(first) else {
        return Err(Error::failed(format!(
            "[[keys]] {name}: the primary key names {first}, which is not a column of {name}"
        )));
    };
    let integer = pk.len() == 1 && is_integer(&key_column.ty);
    let text =
        pk.len() == 1 && matches!(key_column.ty, LogicalType::Text { .. } | LogicalType::Uuid);
    let fits = match strategy {
        KeyStrategy::Offset | KeyStrategy::Sequence => integer,
        KeyStrategy::Uuid => text,
        _ => integer || text,
    };
    if !fits {
        return Err(Error::Preflight(vec![format!(
            "[[keys]] {name}: strategy \"{}\" needs a single {} primary key; {name} has ({})",
            strategy.name(),
            match strategy {
                KeyStrategy::Uuid => "text or UUID",
                KeyStrategy::Match => "integer, text or UUID",
                _ => "integer",
            },
            pk.join(", ")
        )]));
    }
    let mut missing = Vec::new();
    for m in match_columns {
        if target.column_like(m).is_none() || tp.source.column_like(m).is_none() {
            missing.push(m.clone());
        }
    }
    if !missing.is_empty() {
        return Err(Error::Preflight(vec![format!(
            "[[keys]] {name}: match column{} {} not in both the source and the target table",
            if missing.len() == 1 { " is" } else { "s are" },
            missing.join(", ")
        )]));
    }
    Ok(integer)
}

impl KeyContext<'_> {
    /// Offset and sequence keys of an integer primary key: the scoped source
    /// keys, sorted, get consecutive new ids, kept as runs; keys an earlier
    /// promotion mapped keep their ids.
    async fn run_map(
        &self,
        tp: &crate::plan::TablePlan,
        strategy: KeyStrategy,
        source: &mut dyn Source,
        sink: &mut dyn Sink,
        report: &mut KeyReport,
    ) -> Result<KeyMap> {
        let (rules, flavor, remembered_table) = (self.rules, self.flavor, self.remembered_table);
        let Some(key) = tp.target.primary_key.first() else {
            return Err(no_primary_key(&tp.target.name));
        };
        let keys = read_int_key_runs(source, &tp.source, key).await?;
        let pk = tp.target.primary_key.clone();
        let remembered: Vec<Run> = {
            let mut runs =
                remembered_runs(rules, flavor, remembered_table, &tp.target.name, sink).await?;
            runs.sort_by_key(|r| r.source);
            runs
        };
        let (known, new) = split_known(&keys, &remembered);
        report.remembered = known;
        let mut fresh = Vec::new();
        let count: i64 = new.iter().map(|&(_, len)| len).sum();
        if count > 0 {
            let start = new_ids(strategy, flavor, tp, sink).await?;
            report.assigned = count as u64;
            report.first = Some(start.to_string());
            report.last = Some((start + count - 1).to_string());
            let mut next = start;
            for (source, len) in new {
                fresh.push(Run {
                    source,
                    target: next,
                    len,
                });
                next += len;
            }
        }
        Ok(KeyMap::from_runs(pk, remembered, fresh))
    }
}

/// The distinct values of an integer key column of the scoped source rows,
/// as sorted, disjoint runs of consecutive keys `(first, len)`: memory
/// follows the number of gaps, not of rows (ids copied in order are one
/// run whatever the table's size).
async fn read_int_key_runs(
    source: &mut dyn Source,
    table: &Table,
    column: &str,
) -> Result<Vec<(i64, i64)>> {
    let mut runs: Vec<(i64, i64)> = Vec::new();
    read_projected(source, table, &[column.to_string()], |batch| {
        let wide = arrow::compute::cast(batch.column(0), &arrow::datatypes::DataType::Int64)
            .map_err(|e| Error::failed(format!("{}.{column}: {e}", table.name)))?;
        for key in wide
            .as_primitive::<arrow::datatypes::Int64Type>()
            .iter()
            .flatten()
        {
            match runs.last_mut() {
                Some((first, len)) if end(*first, *len) == key as i128 => *len += 1,
                _ => runs.push((key, 1)),
            }
        }
        Ok(())
    })
    .await?;
    Ok(merge_runs(runs))
}

/// One past the last key of a run (in i128: a run may end at i64::MAX).
fn end(first: i64, len: i64) -> i128 {
    first as i128 + len as i128
}

/// `runs` sorted, with runs that overlap or touch merged: a key read twice
/// counts once.
fn merge_runs(mut runs: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    runs.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(runs.len());
    for (first, len) in runs {
        match merged.last_mut() {
            Some((f, l)) if first as i128 <= end(*f, *l) => {
                *l = (end(*f, *l).max(end(first, len)) - *f as i128) as i64;
            }
            _ => merged.push((first, len)),
        }
    }
    merged
}

/// Splits sorted key runs into the keys `known` maps already (counted) and
/// the runs of keys that need new ids.
fn split_known(keys: &[(i64, i64)], known: &[Run]) -> (u64, Vec<(i64, i64)>) {
    let mut count = 0u64;
    let mut new = Vec::new();
    let mut j = 0;
    for &(first, len) in keys {
        let (mut k, stop) = (first as i128, end(first, len));
        while k < stop {
            while known.get(j).is_some_and(|r| end(r.source, r.len) <= k) {
                j += 1;
            }
            match known.get(j) {
                Some(r) if r.source as i128 <= k => {
                    let until = stop.min(end(r.source, r.len));
                    count += (until - k) as u64;
                    k = until;
                }
                next => {
                    let until = next.map_or(stop, |r| stop.min(r.source as i128));
                    new.push((k as i64, (until - k) as i64));
                    k = until;
                }
            }
        }
    }
    (count, new)
}

/// The first of the new integer ids: past the target's largest key
/// (`offset`), or at the target's own sequence / AUTO_INCREMENT
/// (`sequence`) when that is further.
async fn new_ids(
    strategy: KeyStrategy,
    flavor: Flavor,
    tp: &crate::plan::TablePlan,
    sink: &mut dyn Sink,
) -> Result<i64> {
    let target = &tp.target;
    let Some(key) = target.primary_key.first() else {
        return Err(no_primary_key(&target.name));
    };
    if tp.create {
        // Created by this run: empty, and not there yet to ask.
        return Ok(1);
    }
    let max_sql = format!(
        "SELECT {} FROM {}",
        flavor.text(&format!("MAX({})", flavor.quote(key))),
        flavor.quote_table(&target.name)
    );
    let max = crate::endpoint::first_int(&sink.query_text(&max_sql).await?).unwrap_or(0);
    let mut start = max + 1;
    if strategy == KeyStrategy::Sequence {
        // Peeked, not drawn: sequences do not roll back, and a refused or
        // failed run must leave the target as it was. The commit moves the
        // counter past the ids written.
        if let Some(next) = sink.next_identity_value(target, key).await? {
            start = start.max(next);
        }
    }
    Ok(start)
}

impl KeyContext<'_> {
    /// The version map of `table.column`: each source version of an entity
    /// becomes the target's newest version of that entity + 1, + 2, …
    async fn version_map(
        &self,
        tp: &crate::plan::TablePlan,
        column: &str,
        source: &mut dyn Source,
        sink: &mut dyn Sink,
        report: &mut KeyReport,
    ) -> Result<NamedMap> {
        let (rules, flavor, remembered_table) = (self.rules, self.flavor, self.remembered_table);
        let target = &tp.target;
        let name = format!("{}.{column}", target.name);
        let key = std::iter::once(&target.primary_key)
            .chain(&target.unique_keys)
            .find(|k| k.iter().any(|c| c == column) && k.len() > 1);
        let Some(key) = key else {
            return Err(Error::Preflight(vec![format!(
            "[versions] {name}: the version column must be part of a primary or unique key with the entity's columns (e.g. (appId, appVersion)), so ferry knows what is versioned"
        )]));
        };
        let Some(version_column) = target.column_like(column) else {
            return Err(Error::Preflight(vec![format!(
                "[versions] names {name}, which is not a column of {}",
                target.name
            )]));
        };
        if !is_integer(&version_column.ty) {
            return Err(Error::Preflight(vec![format!(
                "[versions] {name}: only integer versions can be bumped"
            )]));
        }
        let entity: Vec<String> = key.iter().filter(|c| *c != column).cloned().collect();
        let mut columns = entity.clone();
        columns.push(column.to_string());
        let rows = read_rows(source, &tp.source, &columns).await?;
        let remembered = remembered_map(rules, flavor, remembered_table, &name, sink).await?;
        let sql = format!(
            "SELECT {}, {} FROM {} x GROUP BY {}",
            flavor.key_text("x", &entity),
            flavor.text(&format!("MAX({})", flavor.col("x", column))),
            flavor.quote_table(&target.name),
            entity
                .iter()
                .map(|c| flavor.col("x", c))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut newest: HashMap<String, i64> = HashMap::new();
        for row in sink.query_text(&sql).await? {
            if let [Some(e), Some(v)] = &row[..] {
                newest.insert(e.clone(), v.parse().unwrap_or(0));
            }
        }
        let mut per_entity: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        let mut map = HashMap::new();
        for row in &rows {
            let Some(parts) = row.iter().cloned().collect::<Option<Vec<String>>>() else {
                continue;
            };
            let Some((version, entity_parts)) = parts.split_last() else {
                continue;
            };
            let version = version.clone();
            let entity_text = entity_parts.join(&SEP.to_string());
            let key = parts.join(&SEP.to_string());
            if map.contains_key(&key) {
                continue;
            }
            if let Some(before) = remembered.get(&key) {
                report.remembered += 1;
                map.insert(key.clone(), before.clone());
                continue;
            }
            map.insert(key, String::new());
            per_entity
                .entry(entity_text)
                .or_default()
                .push(version.parse().unwrap_or(0));
        }
        for (entity_text, mut versions) in per_entity {
            versions.sort_unstable();
            versions.dedup();
            let base = newest.get(&entity_text).copied().unwrap_or(0);
            for (rank, v) in versions.iter().enumerate() {
                let new = base + rank as i64 + 1;
                let key = format!("{entity_text}{SEP}{v}");
                map.insert(key, format!("{entity_text}{SEP}{new}"));
                report.versions.push((
                    keymap::display(&entity_text),
                    v.to_string(),
                    new.to_string(),
                ));
            }
        }
        Ok(NamedMap {
            name,
            map: Arc::new(KeyMap::new(columns, map).with_remembered(&remembered)),
        })
    }
}

/// Source key text → target key text that earlier promotions of this
/// source recorded under `name`.
async fn remembered_map(
    rules: &Rules,
    flavor: Flavor,
    exists: bool,
    name: &str,
    sink: &mut dyn Sink,
) -> Result<HashMap<String, String>> {
    if !exists {
        return Ok(HashMap::new());
    }
    let mut map = HashMap::new();
    for run in remembered_rows(rules, flavor, name, sink).await? {
        let (Some(s), Some(t), len) = run else {
            continue;
        };
        match (s.parse::<i64>(), t.parse::<i64>(), len) {
            // A run written by an offset or sequence map.
            (Ok(s), Ok(t), len) if len > 1 => {
                for i in 0..len {
                    map.insert((s + i).to_string(), (t + i).to_string());
                }
            }
            _ => {
                map.insert(s, t);
            }
        }
    }
    Ok(map)
}

/// The runs earlier promotions of this source recorded for `name`.
async fn remembered_runs(
    rules: &Rules,
    flavor: Flavor,
    exists: bool,
    name: &str,
    sink: &mut dyn Sink,
) -> Result<Vec<Run>> {
    if !exists {
        return Ok(Vec::new());
    }
    Ok(remembered_rows(rules, flavor, name, sink)
        .await?
        .into_iter()
        .filter_map(|(s, t, len)| {
            Some(Run {
                source: s?.parse().ok()?,
                target: t?.parse().ok()?,
                len,
            })
        })
        .collect())
}

async fn remembered_rows(
    rules: &Rules,
    flavor: Flavor,
    name: &str,
    sink: &mut dyn Sink,
) -> Result<Vec<(Option<String>, Option<String>, i64)>> {
    let sql = format!(
        "SELECT source_key, target_key, {} FROM {} WHERE source_name = {} AND map_name = {}",
        flavor.text("run"),
        flavor.quote_table(KEY_MAP_TABLE),
        flavor.string_literal(&rules.source_name),
        flavor.string_literal(name)
    );
    Ok(sink
        .query_text(&sql)
        .await?
        .into_iter()
        .map(|mut r| {
            let len = r
                .get(2)
                .cloned()
                .flatten()
                .and_then(|l| l.parse().ok())
                .unwrap_or(1);
            r.truncate(2);
            let t = r.pop().flatten();
            let s = r.pop().flatten();
            (s, t, len)
        })
        .collect())
}

/// The scoped source rows' values of `columns` (target names), as text.
async fn read_rows(
    source: &mut dyn Source,
    table: &Table,
    columns: &[String],
) -> Result<Vec<Vec<Option<String>>>> {
    let mut rows: Vec<Vec<Option<String>>> = Vec::new();
    // why: key_texts gives one text per row of the batch.
    #[allow(clippy::indexing_slicing)]
    read_projected(source, table, columns, |batch| {
        let cols = (0..columns.len())
            .map(|i| keymap::key_texts(batch, &[i]))
            .collect::<Result<Vec<_>>>()?;
        for r in 0..batch.num_rows() {
            rows.push(cols.iter().map(|c| c[r].clone()).collect());
        }
        Ok(())
    })
    .await?;
    Ok(rows)
}

/// Reads `columns` (target names) of the scoped source rows of `table`,
/// batch by batch, into `each`.
async fn read_projected(
    source: &mut dyn Source,
    table: &Table,
    columns: &[String],
    mut each: impl FnMut(&arrow::record_batch::RecordBatch) -> Result<()>,
) -> Result<()> {
    let mut projected = table.clone();
    projected.columns = columns
        .iter()
        .map(|c| {
            table.column_like(c).cloned().ok_or_else(|| {
                Error::Preflight(vec![format!("{}: the source lacks column {c}", table.name)])
            })
        })
        .collect::<Result<_>>()?;
    let mut batches = source.read_table(&projected, BatchSize::DEFAULT);
    while let Some(batch) = futures::StreamExt::next(&mut batches).await {
        each(&batch?)?;
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn key_runs_are_sorted_and_merged() {
        assert_eq!(
            merge_runs(vec![(10, 5), (1, 3), (4, 2), (12, 1), (20, 1)]),
            vec![(1, 5), (10, 5), (20, 1)]
        );
        assert_eq!(
            merge_runs(vec![(i64::MAX - 1, 2), (i64::MAX, 1)]),
            vec![(i64::MAX - 1, 2)]
        );
        assert!(merge_runs(Vec::new()).is_empty());
    }

    #[test]
    fn known_keys_are_counted_and_the_rest_split_into_runs() {
        let known = [
            Run {
                source: 3,
                target: 103,
                len: 2,
            },
            Run {
                source: 10,
                target: 200,
                len: 5,
            },
        ];
        // keys 1..=12 and 20..=21: 3, 4, 10, 11, 12 known.
        let (count, new) = split_known(&[(1, 12), (20, 2)], &known);
        assert_eq!(count, 5);
        assert_eq!(new, vec![(1, 2), (5, 5), (20, 2)]);
        assert_eq!(split_known(&[(1, 3)], &[]), (0, vec![(1, 3)]));
        assert_eq!(split_known(&[(10, 5)], &known), (5, vec![]));
    }
}
