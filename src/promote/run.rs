//! A promotion inside the pipeline: key maps and transforms before the
//! read, staging tables at the start of the transaction, the comparison,
//! summary, confirmation and apply step at its end.

use super::changes::{self, Staged, TableChanges};
use super::keys::{self, KeyMaps, KeyReport};
use super::KEY_MAP_TABLE;
use crate::catalog::{Column, LogicalType, Table};
use crate::endpoint::sql::Flavor;
use crate::endpoint::{Sink, Source};
use crate::error::{Error, Result};
use crate::job::{OnMissing, WriteMode};
use crate::pipeline::Finish;
use crate::plan::rules::{references, split_column, Reference, Rules};
use crate::plan::scope;
use crate::plan::{Plan, Settings};
use crate::transform::keymap::{display, Missing};
use crate::transform::remap::{Findings, JsonPath, RefRewrite, Remap, ValueMap};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

/// How the run was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Mode {
    /// `ferry plan`: compare, show, roll back.
    pub dry_run: bool,
}

/// The user's say over a promotion's changes, asked inside the open
/// transaction once they are known. The command layer implements it
/// (prints the summary, honours `--yes`, `--json` and `--quiet`, asks on
/// the terminal); the engine only acts on the answer.
#[async_trait::async_trait]
pub trait Review: Send + Sync {
    /// Shown the changes; `Ok(true)` applies them. In a dry run the
    /// answer is not asked for and nothing is applied.
    async fn review(&self, summary: &Summary, dry_run: bool) -> Result<bool>;
}

/// The summary of changes, as printed and as `--json` data.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    pub mode: &'static str,
    pub tables: Vec<TableChanges>,
    pub keys: BTreeMap<String, KeyReport>,
    /// `table.column[ path]` → rows whose value was mapped.
    pub mapped: BTreeMap<String, u64>,
}

/// A prepared promotion: the pipeline's [`Finish`] step.
pub struct Promotion {
    rules: Arc<Rules>,
    flavor: Flavor,
    mode: Mode,
    maps: KeyMaps,
    /// References in target names, with whether a key map rewrote them.
    refs: Vec<(Reference, bool)>,
    findings: Arc<Mutex<Findings>>,
    /// Per plan table: where its rows are staged and how they compare.
    tables: Vec<Staged>,
    /// Problems found before the rows were read (job, keys, versions).
    early: Vec<String>,
    review: Arc<dyn Review>,
    /// The changes, once compared.
    summary: Mutex<Option<Summary>>,
    /// Target table → its image table and the table with all its columns,
    /// for `ferry undo` (the key map's too); empty when the run keeps none.
    images: HashMap<String, (String, Table)>,
    /// The staged rows are few beside the target's (a tenth or less): the
    /// comparison joins them by the target's key index.
    few: bool,
}

impl Promotion {
    /// Problems found while preparing, reported with the staged rows'.
    pub fn early_problems(&self) -> &[String] {
        &self.early
    }

    /// The scope of a target table in the target's SQL, where it has one.
    pub fn target_scope(&self, table: &str) -> Option<String> {
        self.tables
            .iter()
            .find(|t| t.target.name == table)
            .and_then(|t| t.scope.clone())
    }

    /// The changes compared inside the run (`None` before they are).
    pub fn summary(&self) -> Option<Summary> {
        crate::lock(&self.summary).clone()
    }

    /// Where to keep the images of each table it changes (and of the key
    /// map), for `ferry undo`: target table → image table and the target
    /// table with all its columns.
    pub fn keep_images(&mut self, images: HashMap<String, (String, Table)>) {
        self.images = images;
    }

    fn images_of(&self, table: &str) -> Option<(&str, &Table)> {
        self.images.get(table).map(|(i, t)| (i.as_str(), t))
    }

    /// Before the changes are applied: the images of the rows they change
    /// and the keys of those they insert, per staged table.
    async fn image_before(&self, sink: &mut dyn Sink, tables: &[TableChanges]) -> Result<()> {
        let staged = self.tables.iter().zip(tables);
        for (s, t) in staged.filter(|(s, _)| s.direct.is_none()) {
            let Some(images) = self.images_of(&s.target.name) else {
                continue;
            };
            let (mode, skips) = (
                self.rules.mode_for(&s.target.name),
                self.skips(&s.target.name),
            );
            changes::image_before(sink, self.flavor, s, mode, t, &skips, images).await?;
        }
        Ok(())
    }

    /// Once they are applied: the rows as they are now, per table (a
    /// table written straight into the target: its key range).
    async fn image_after(&self, sink: &mut dyn Sink, tables: &[TableChanges]) -> Result<()> {
        let f = self.flavor;
        for (s, t) in self.tables.iter().zip(tables) {
            let Some(images) = self.images_of(&s.target.name) else {
                continue;
            };
            match s.direct {
                Some(range) => changes::image_direct(sink, f, s, range, images).await?,
                None => changes::image_after(sink, f, t, images).await?,
            }
        }
        Ok(())
    }

    /// The key map's rows of this source, before or after the run writes
    /// them.
    async fn image_key_map(&self, sink: &mut dyn Sink, op: &str) -> Result<()> {
        let Some((images, full)) = self.images_of(KEY_MAP_TABLE) else {
            return Ok(());
        };
        let f = self.flavor;
        let i = crate::images::Images {
            f,
            images,
            target: full,
        };
        let rest = format!(
            "FROM {} t WHERE {} = {}",
            f.quote_table(KEY_MAP_TABLE),
            f.col("t", "source_name"),
            f.string_literal(&self.rules.source_name)
        );
        sink.execute(&i.rows(op, "t", &rest)).await?;
        Ok(())
    }
}

/// Checks the job against both catalogs, runs the version query, builds
/// the key maps and sets each table's stage and transform in `plan`.
///
/// # Errors
/// [`Error::Preflight`] listing every problem found.
pub async fn prepare(
    settings: &Settings,
    rules: Arc<Rules>,
    plan: &mut Plan,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
    mode: Mode,
    review: Arc<dyn Review>,
) -> Result<Promotion> {
    let Some(flavor) = crate::endpoint::sql::of_target(settings.target.engine, &[]) else {
        return Err(Error::bad_input(
            "key strategies, value maps, scopes and write modes need a database target; a snapshot copies tables whole",
        ));
    };
    check_skips(&rules, plan)?;
    let mut problems = Vec::new();
    if let Some(query) = &rules.version_query {
        version_check(query, source, sink, &mut problems).await?;
    }
    // Read by plan::prepare a moment ago; not again.
    let target_catalog = plan.target_catalog.clone();
    let maps = match keys::build(&rules, plan, &target_catalog, flavor, source, sink).await {
        Ok(maps) => maps,
        Err(Error::Preflight(mut p)) => {
            problems.append(&mut p);
            KeyMaps::default()
        }
        Err(e) => return Err(e),
    };
    let sources: Vec<Table> = plan.tables.iter().map(|t| t.source.clone()).collect();
    let source_refs = match references(&sources, &rules) {
        Ok(r) => r,
        Err(mut p) => {
            problems.append(&mut p);
            Vec::new()
        }
    };
    let refs = in_target_names(plan, source_refs);
    let findings = Arc::new(Mutex::new(Findings::default()));
    let context = RemapContext {
        rules: &rules,
        maps: &maps,
        refs: &refs,
        findings: &findings,
    };
    let mut rewritten = Vec::new();
    for (index, tp) in plan.tables.iter_mut().enumerate() {
        let remap = context.remap(&tp.target, &mut rewritten, &mut problems)?;
        tp.into = Some(changes::stage_name(index));
        if let Some(keys) = &mut tp.key_set {
            keys.into = Some(changes::keys_name(index));
        }
        if direct_range(&rules, &maps, &tp.target.name, mode).is_some() {
            // Every row gets a new key: nothing to compare, so no staging.
            tp.into = None;
        }
        if !remap.is_empty() {
            tp.transforms.push(Arc::new(remap));
        }
    }
    unselected_map_and_set_tables(&rules, plan, &mut problems);
    stage_children_of_staged(plan);
    // Problems found so far are reported with those the staged rows show,
    // all at once, at the end of the staging pass.
    let remembers = maps.by_table.values().any(|m| !m.is_empty());
    if remembers && !mode.dry_run && target_catalog.table(KEY_MAP_TABLE).is_none() {
        plan.bookkeeping.push(key_map_table());
    }
    let source_flavor = crate::endpoint::sql::of(settings.source.engine).unwrap_or(flavor);
    let scoped = target_scopes(plan, &rules, &refs, (source_flavor, flavor))?;
    let tables = staged(plan, scoped, &rules, &maps, mode);
    Ok(Promotion {
        rules,
        flavor,
        mode,
        maps,
        refs: refs
            .into_iter()
            .enumerate()
            .map(|(n, r)| (r, rewritten.contains(&n)))
            .collect(),
        findings,
        tables,
        early: problems,
        review,
        summary: Mutex::new(None),
        images: HashMap::new(),
        few: few_staged(plan),
    })
}

/// Whether the staged rows are a tenth or less of the rows the target's
/// tables hold (an incremental night, a small promotion into a large
/// target).
fn few_staged(plan: &Plan) -> bool {
    let staged: u64 = plan
        .tables
        .iter()
        .filter(|t| t.into.is_some())
        .map(|t| t.source_rows + t.key_set.as_ref().map_or(0, |k| k.source_rows))
        .sum();
    let target: u64 = plan.tables.iter().filter_map(|t| t.target_rows).sum();
    target > 0 && staged * 10 <= target
}

/// Per plan table where its rows are staged, its scope in the target's
/// SQL, and the key range of a table written straight into the target.
fn staged(
    plan: &Plan,
    scoped: Vec<Table>,
    rules: &Rules,
    maps: &KeyMaps,
    mode: Mode,
) -> Vec<Staged> {
    plan.tables
        .iter()
        .zip(scoped)
        .enumerate()
        .map(|(i, (t, s))| Staged {
            target: t.target.clone(),
            stage: changes::stage_name(i),
            keys: t.key_set.as_ref().map(|_| changes::keys_name(i)),
            delete_limit: rules
                .incremental_rule(&t.target.name)
                .filter(|r| r.deletes)
                .map(|r| (r.max_delete_ratio, t.target_rows.unwrap_or(0))),
            key_check: t
                .key_set
                .as_ref()
                .and_then(|_| plan.windows.iter().find(|w| w.table == t.target.name))
                .and_then(|w| w.key_check.clone()),
            scope: s.filter,
            direct: t
                .into
                .is_none()
                .then(|| direct_range(rules, maps, &t.target.name, mode))
                .flatten(),
        })
        .collect()
}

/// References between selected tables, in the names and column spellings
/// of the target's tables; those naming a table or column the target
/// lacks are left out.
fn in_target_names(plan: &Plan, source_refs: Vec<Reference>) -> Vec<Reference> {
    let target_of = |name: &str| {
        plan.tables
            .iter()
            .find(|t| t.source.name == name)
            .map(|t| &t.target)
    };
    let names = |t: &Table, cols: &[String]| -> Option<Vec<String>> {
        cols.iter()
            .map(|c| t.column_like(c).map(|c| c.name.clone()))
            .collect()
    };
    let mut refs = Vec::new();
    for r in source_refs {
        let (Some(child), Some(parent)) = (target_of(&r.table), target_of(&r.parent)) else {
            continue;
        };
        let (Some(columns), Some(parent_columns)) =
            (names(child, &r.columns), names(parent, &r.parent_columns))
        else {
            continue;
        };
        refs.push(Reference {
            table: child.name.clone(),
            columns,
            parent: parent.name.clone(),
            parent_columns,
            name: r.label(),
            ..r
        });
    }
    refs
}

/// What every table's [`Remap`] is built from.
struct RemapContext<'a> {
    rules: &'a Rules,
    maps: &'a KeyMaps,
    refs: &'a [Reference],
    findings: &'a Arc<Mutex<Findings>>,
}

impl RemapContext<'_> {
    /// The rewrite of `target`'s batches: its own key maps, its references
    /// to remapped parents (their indexes go to `rewritten`), `[[map]]`
    /// and `[[set]]`.
    fn remap(
        &self,
        target: &Table,
        rewritten: &mut Vec<usize>,
        problems: &mut Vec<String>,
    ) -> Result<Remap> {
        let position = |c: &str| target.columns.iter().position(|x| x.name == c);
        let mut remap = Remap {
            table: target.name.clone(),
            findings: self.findings.clone(),
            key_columns: target
                .primary_key
                .iter()
                .filter_map(|k| position(k))
                .collect(),
            skip: skip_keys(self.rules, &target.name),
            details: self.rules.details,
            ..Remap::default()
        };
        for named in self.maps.by_table.get(&target.name).into_iter().flatten() {
            let cols: Vec<usize> = named
                .map
                .columns
                .iter()
                .filter_map(|c| position(c))
                .collect();
            if cols.len() == named.map.columns.len() {
                remap.own.push((cols, named.map.clone()));
            }
        }
        self.reference_rewrites(target, &mut remap, rewritten);
        value_maps(self.rules, target, &mut remap, problems)?;
        column_sets(self.rules, target, &mut remap, problems)?;
        Ok(remap)
    }

    /// A reference of `target` to a parent whose keys are remapped is
    /// rewritten with the parent's map.
    fn reference_rewrites(&self, target: &Table, remap: &mut Remap, rewritten: &mut Vec<usize>) {
        let position = |c: &str| target.columns.iter().position(|x| x.name == c);
        for (n, r) in self
            .refs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.table == target.name)
        {
            for named in self.maps.by_table.get(&r.parent).into_iter().flatten() {
                // The reference's columns in the order of the map's columns.
                let ordered: Option<Vec<usize>> = named
                    .map
                    .columns
                    .iter()
                    .map(|pc| {
                        let i = r.parent_columns.iter().position(|c| c == pc)?;
                        position(r.columns.get(i)?)
                    })
                    .collect();
                let Some(cols) =
                    ordered.filter(|_| r.parent_columns.len() == named.map.columns.len())
                else {
                    continue;
                };
                remap.refs.push(RefRewrite {
                    columns: cols,
                    map: named.map.clone(),
                    on_missing: match r.on_missing {
                        OnMissing::Error => Missing::Report,
                        OnMissing::Null => Missing::Null,
                        OnMissing::Keep => Missing::Keep,
                    },
                    label: r.label(),
                });
                rewritten.push(n);
            }
        }
    }
}

/// `[[map]]` entries of `target`'s columns.
fn value_maps(
    rules: &Rules,
    target: &Table,
    remap: &mut Remap,
    problems: &mut Vec<String>,
) -> Result<()> {
    for m in rules.maps.iter() {
        let (t, c) = split_column("[[map]] column", &m.column)?;
        if !t.eq_ignore_ascii_case(&target.name) {
            continue;
        }
        let Some((at, col)) = column_at(target, &c) else {
            problems.push(format!(
                "[[map]] names {}, which is not a column of {}",
                m.column, target.name
            ));
            continue;
        };
        let path = m
            .path
            .as_deref()
            .map(JsonPath::parse)
            .transpose()
            .map_err(Error::bad_input)?;
        remap.maps.push(ValueMap {
            column: at,
            label: match &path {
                Some(p) => format!("{}.{} {}", target.name, col.name, p.text),
                None => format!("{}.{}", target.name, col.name),
            },
            path,
            values: m
                .values
                .iter()
                .map(|(k, v)| (k.clone(), toml_json(v)))
                .collect(),
        });
    }
    Ok(())
}

/// The column of `target` that `name` names (as [`Table::column_like`]
/// finds it), with its position.
fn column_at<'t>(target: &'t Table, name: &str) -> Option<(usize, &'t crate::catalog::Column)> {
    let col = target.column_like(name)?;
    let at = target.columns.iter().position(|x| x.name == col.name)?;
    Some((at, col))
}

/// `[[set]]` entries of `target`'s columns.
fn column_sets(
    rules: &Rules,
    target: &Table,
    remap: &mut Remap,
    problems: &mut Vec<String>,
) -> Result<()> {
    for s in rules.sets.iter() {
        let (t, c) = split_column("[[set]] column", &s.column)?;
        if !t.eq_ignore_ascii_case(&target.name) {
            continue;
        }
        match column_at(target, &c) {
            Some((_, col)) if s.value.is_none() && !col.nullable => problems.push(format!(
                "[[set]] {} = NULL: {}.{} is NOT NULL in the target; give a value instead",
                s.column, target.name, col.name
            )),
            Some((at, _)) => remap.sets.push((at, s.value.as_ref().map(toml_json))),
            None => problems.push(format!(
                "[[set]] names {}, which is not a column of {}",
                s.column, target.name
            )),
        }
    }
    Ok(())
}

/// `[[map]]` and `[[set]]` entries naming a table that is not selected.
fn unselected_map_and_set_tables(rules: &Rules, plan: &Plan, problems: &mut Vec<String>) {
    let selected = |table: &str| {
        plan.tables
            .iter()
            .any(|t| t.target.name.eq_ignore_ascii_case(table))
    };
    for table in rules.table_modes.keys().filter(|t| !selected(t)) {
        problems.push(format!(
            "[write.tables] names {table}, which is not a selected table"
        ));
    }
    let maps = rules.maps.iter().map(|m| ("[[map]]", m.column.as_str()));
    let sets = rules.sets.iter().map(|s| ("[[set]]", s.column.as_str()));
    for (what, name) in maps.chain(sets) {
        let table = name.split('.').next().unwrap_or("");
        if !plan
            .tables
            .iter()
            .any(|t| t.target.name.eq_ignore_ascii_case(table))
        {
            problems.push(format!(
                "{what} names {name}, but {table} is not a selected table"
            ));
        }
    }
}

/// The scope of each table as the target's SQL (`replace-scope` deletes
/// inside it, `ferry verify` compares inside it): `[select.target_where]`,
/// else `[select.where]` translated from the source's SQL.
fn target_scopes(
    plan: &Plan,
    rules: &Rules,
    refs: &[Reference],
    (source, target): (Flavor, Flavor),
) -> Result<Vec<Table>> {
    let problems: Vec<String> = rules
        .target_wheres
        .keys()
        .filter(|t| !rules.wheres.keys().any(|w| w.eq_ignore_ascii_case(t)))
        .map(|t| format!("[select.target_where] names {t}, which has no [select.where]: give the source's scope too"))
        .collect();
    if !problems.is_empty() {
        return Err(Error::Preflight(problems));
    }
    let mut scoped: Vec<Table> = plan.tables.iter().map(|t| t.target.clone()).collect();
    let target_wheres: BTreeMap<String, String> = rules
        .wheres
        .iter()
        .filter_map(|(w, f)| {
            let t = plan
                .tables
                .iter()
                .find(|t| t.source.name.eq_ignore_ascii_case(w))?;
            let given = rules
                .target_wheres
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(w))
                .map(|(_, f)| f.clone());
            let columns: Vec<String> = t.target.columns.iter().map(|c| c.name.clone()).collect();
            let filter = given.unwrap_or_else(|| scope::translate(f, source, target, &columns));
            Some((t.target.name.clone(), filter))
        })
        .collect();
    scope::apply(&mut scoped, &target_wheres, refs, target).map_err(Error::Preflight)?;
    Ok(scoped)
}

/// A table written straight into the target goes in while the source is
/// read; staged tables are applied at the end. One whose foreign key (as
/// the target declares it) refers to a staged table is staged too, so that
/// every parent is applied before its children and a key the target checks
/// at once (PostgreSQL `NOT DEFERRABLE`) finds its row.
fn stage_children_of_staged(plan: &mut Plan) {
    loop {
        let staged: std::collections::HashSet<String> = plan
            .tables
            .iter()
            .filter(|t| t.into.is_some())
            .map(|t| t.target.name.to_ascii_lowercase())
            .collect();
        let mut changed = false;
        for (index, tp) in plan.tables.iter_mut().enumerate() {
            let refers_to_staged = tp.target.foreign_keys.iter().any(|fk| {
                !fk.ref_table.eq_ignore_ascii_case(&tp.target.name)
                    && staged.contains(&fk.ref_table.to_ascii_lowercase())
            });
            if tp.into.is_none() && refers_to_staged {
                tp.into = Some(changes::stage_name(index));
                if let Some(keys) = &mut tp.key_set {
                    keys.into = Some(changes::keys_name(index));
                }
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// The new key range of a table whose rows all get new integer keys from
/// `offset` or `sequence` — nothing remembered, nothing matched, no version
/// bump — in a mode that adds rows: such a table is written straight into
/// the target, as a plain copy is, instead of staged and compared (not by
/// `plan`, which stages everything).
fn direct_range(rules: &Rules, maps: &KeyMaps, table: &str, mode: Mode) -> Option<(i64, i64)> {
    use crate::job::KeyStrategy;
    let report = maps.reports.get(table)?;
    let fresh = matches!(
        report.strategy,
        Some(KeyStrategy::Offset | KeyStrategy::Sequence)
    ) && report.remembered == 0
        && report.matched == 0
        && report.versions.is_empty()
        && maps.by_table.get(table).is_some_and(|m| m.len() == 1);
    // `plan` stages: MySQL's AUTO_INCREMENT moves past inserted ids even
    // when they are rolled back.
    let plain = !mode.dry_run
        && rules.mode_for(table) != WriteMode::ReplaceScope
        && !rules.details
        && !rules
            .skip
            .iter()
            .any(|(t, _)| t.eq_ignore_ascii_case(table));
    if !(fresh && plain) {
        return None;
    }
    Some((
        report.first.as_ref()?.parse().ok()?,
        report.last.as_ref()?.parse().ok()?,
    ))
}

/// `--skip TABLE:KEY` entries that cannot leave any row out — a table the
/// run does not copy, a table without a primary key, a key of another
/// number of parts — are typos that would write the row meant to be left
/// out: refused before anything is read.
fn check_skips(rules: &Rules, plan: &Plan) -> Result<()> {
    for (table, key) in &rules.skip {
        let entry = format!("--skip '{table}:{key}'");
        let Some(tp) = plan
            .tables
            .iter()
            .find(|t| t.target.name.eq_ignore_ascii_case(table))
        else {
            let names: Vec<&str> = plan.tables.iter().map(|t| t.target.name.as_str()).collect();
            return Err(Error::bad_input(format!(
                "{entry} names a table the run does not copy (it copies {})",
                names.join(", ")
            )));
        };
        let pk = &tp.source.primary_key;
        if pk.is_empty() {
            return Err(Error::bad_input(format!(
                "{entry}: {} has no primary key to name its rows by",
                tp.target.name
            )));
        }
        let parts = key.split(',').count();
        if parts != pk.len() {
            return Err(Error::bad_input(format!(
                "{entry} gives {parts} key part{}, and {}'s primary key has {} ({})",
                if parts == 1 { "" } else { "s" },
                tp.target.name,
                pk.len(),
                pk.join(", ")
            )));
        }
    }
    Ok(())
}

/// The source keys `--skip` names for `table`, as key texts (`crm,3`
/// → parts joined by the key separator).
fn skip_keys(rules: &Rules, table: &str) -> std::collections::HashSet<String> {
    rules
        .skip
        .iter()
        .filter(|(t, _)| t.eq_ignore_ascii_case(table))
        .map(|(_, k)| {
            k.split(',')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(&crate::transform::keymap::SEP.to_string())
        })
        .collect()
}

fn toml_json(v: &toml::Value) -> serde_json::Value {
    match v {
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        toml::Value::Integer(i) => (*i).into(),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        toml::Value::Boolean(b) => (*b).into(),
        other => serde_json::Value::String(other.to_string()),
    }
}

/// `[preflight] version_query` on both sides; different answers refuse.
pub async fn version_check(
    query: &str,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
    problems: &mut Vec<String>,
) -> Result<()> {
    let answer = |rows: Vec<Vec<Option<String>>>| -> String {
        rows.iter()
            .map(|r| {
                r.iter()
                    .map(|c| c.clone().unwrap_or_else(|| "NULL".into()))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let source_answer = source.query_text(query).await.map(answer);
    let target_answer = sink.query_text(query).await.map(answer);
    match (source_answer, target_answer) {
        (Ok(s), Ok(t)) if s == t => {}
        (Ok(s), Ok(t)) => problems.push(format!(
            "schema version differs: [preflight] version_query answers '{s}' on the source and '{t}' on the target; upgrade the older side first, then run again"
        )),
        (Err(e), _) => problems.push(format!("[preflight] version_query failed on the source: {e}")),
        (_, Err(e)) => problems.push(format!(
            "[preflight] version_query failed on the target: {e}; is the target initialised?"
        )),
    }
    Ok(())
}

/// `ferry_key_map`: source key → target key, per source and map.
fn key_map_table() -> Table {
    let text = |name: &str, len: u32| {
        let ty = LogicalType::Text {
            max_len: Some(len),
            fixed: false,
        };
        Column::new(name, ty, &format!("varchar({len})"), false)
    };
    Table {
        name: KEY_MAP_TABLE.into(),
        columns: vec![
            text("source_name", 100),
            text("map_name", 128),
            text("source_key", 500),
            text("target_key", 500),
            // Consecutive integer keys mapped to consecutive ids are one row.
            Column::new("run", LogicalType::Int64, "bigint", false),
        ],
        primary_key: vec!["source_name".into(), "map_name".into(), "source_key".into()],
        unique_keys: vec![],
        foreign_keys: vec![],
        filter: None,
        ..Default::default()
    }
}

impl Promotion {
    /// What `--skip` left out of `table` and keeps in it, and (with
    /// `--details`) the source key of each rewritten target key.
    fn skips(&self, table: &str) -> changes::Skips {
        let findings = crate::lock(&self.findings);
        let skipped = findings.skipped.get(table).cloned().unwrap_or_default();
        // A named key that left a source row out does not also name a
        // target row to keep from deletion.
        let mut named: Vec<String> = skip_keys(&self.rules, table)
            .into_iter()
            .filter(|k| !skipped.source_keys.contains(k))
            .collect();
        named.sort();
        changes::Skips {
            left_out: skipped.rows,
            left_out_sources: skipped.source_keys.clone(),
            left_out_targets: skipped.target_keys,
            named,
            source_keys: findings.source_keys.get(table).cloned().unwrap_or_default(),
        }
    }

    fn findings_problems(&self) -> Vec<String> {
        let findings = crate::lock(&self.findings);
        let mut problems = Vec::new();
        for (label, values) in &findings.unmapped {
            let listed: Vec<String> = values
                .iter()
                .map(|(v, n)| format!("'{v}' ({n} row{})", if *n == 1 { "" } else { "s" }))
                .collect();
            problems.push(format!(
                "{label}: {} value{} without a mapping: {}; add {} to the [[map]] values",
                values.len(),
                if values.len() == 1 { "" } else { "s" },
                listed.join(", "),
                if values.len() == 1 { "it" } else { "them" },
            ));
        }
        for (label, (keys, rows)) in &findings.missing {
            let shown: Vec<String> = keys.iter().map(|k| display(k)).collect();
            problems.push(format!(
                "{label}: {rows} row{} refer to rows neither migrated nor mapped before: {}{}; add them to the scope or set on_missing = \"null\" or \"keep\" in a [[references]] entry",
                if *rows == 1 { "" } else { "s" },
                shown.join("; "),
                if *rows as usize > shown.len() { " …" } else { "" }
            ));
        }
        problems
    }

    /// Writes the new and changed key-map entries into `ferry_key_map`,
    /// through the sink's bulk path.
    async fn remember(&self, sink: &mut dyn Sink) -> Result<()> {
        let f = self.flavor;
        let t = f.quote_table(KEY_MAP_TABLE);
        let table = key_map_table();
        let source = f.string_literal(&self.rules.source_name);
        for named in self.maps.by_table.values().flatten() {
            let name = f.string_literal(&named.name);
            for chunk in named.map.stale.chunks(500) {
                let keys: Vec<String> = chunk.iter().map(|k| f.string_literal(k)).collect();
                sink.execute(&format!(
                    "DELETE FROM {t} WHERE source_name = {source} AND map_name = {name} AND source_key IN ({})",
                    keys.join(", ")
                ))
                .await?;
            }
            let runs: Vec<(String, String, i64)> = named
                .map
                .fresh_runs
                .iter()
                .map(|r| (r.source.to_string(), r.target.to_string(), r.len))
                .collect();
            let entries: Vec<(&str, &str, i64)> = named
                .map
                .map
                .iter()
                .filter(|(s, _)| !named.map.stored.contains(*s))
                .map(|(s, t)| (s.as_str(), t.as_str(), 1))
                .chain(runs.iter().map(|(s, t, n)| (s.as_str(), t.as_str(), *n)))
                .collect();
            if entries.is_empty() {
                continue;
            }
            let schema = table.arrow_schema();
            let column = |values: Vec<&str>| -> arrow::array::ArrayRef {
                std::sync::Arc::new(arrow::array::StringArray::from(values))
            };
            let batches = entries.chunks(8192).map(|chunk| {
                arrow::record_batch::RecordBatch::try_new(
                    schema.clone(),
                    vec![
                        column(vec![self.rules.source_name.as_str(); chunk.len()]),
                        column(vec![named.name.as_str(); chunk.len()]),
                        column(chunk.iter().map(|(s, _, _)| *s).collect()),
                        column(chunk.iter().map(|(_, t, _)| *t).collect()),
                        std::sync::Arc::new(arrow::array::Int64Array::from_iter_values(
                            chunk.iter().map(|(_, _, n)| *n),
                        )),
                    ],
                )
                .map_err(|e| Error::failed(format!("{KEY_MAP_TABLE}: {e}")))
            });
            let mut batches = futures::StreamExt::boxed(futures::stream::iter(batches));
            sink.write_table(&table, &mut batches, &|_, _| {}).await?;
        }
        Ok(())
    }

    /// The planner's statistics of the filled staging tables.
    async fn analyze_stages(&self, sink: &mut dyn Sink) -> Result<()> {
        for s in self.tables.iter().filter(|s| s.direct.is_none()) {
            for name in std::iter::once(&s.stage).chain(&s.keys) {
                if let Some(sql) = self.flavor.analyze_temporary(name) {
                    sink.execute(&sql).await?;
                }
            }
        }
        Ok(())
    }

    async fn drop_stages(&self, sink: &mut dyn Sink) -> Result<()> {
        for Staged {
            stage,
            direct,
            keys,
            ..
        } in &self.tables
        {
            if direct.is_some() {
                continue;
            }
            for name in std::iter::once(stage).chain(keys) {
                if let Some(sql) = self.flavor.drop_temporary(name) {
                    sink.execute(&sql).await?;
                }
            }
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl Finish for Promotion {
    async fn begin(&self, sink: &mut dyn Sink) -> Result<()> {
        let f = self.flavor;
        for Staged {
            target,
            stage,
            direct,
            keys,
            ..
        } in &self.tables
        {
            if direct.is_some() {
                continue;
            }
            let cols: Vec<String> = target.columns.iter().map(|c| f.quote(&c.name)).collect();
            let key_cols: Vec<String> = target.primary_key.iter().map(|c| f.quote(c)).collect();
            let stages =
                std::iter::once((stage, cols)).chain(keys.iter().map(|k| (k, key_cols.clone())));
            for (name, cols) in stages {
                let select = format!(
                    "SELECT {} FROM {} WHERE 1 = 0",
                    cols.join(", "),
                    f.quote_table(&target.name)
                );
                for sql in f.create_temporary(name, &select, &target.primary_key) {
                    sink.execute(&sql).await?;
                }
            }
        }
        Ok(())
    }

    async fn finish(
        &self,
        sink: &mut dyn Sink,
        _written: &[crate::pipeline::TableReport],
    ) -> Result<bool> {
        let f = self.flavor;
        let mut problems = self.early.clone();
        problems.append(&mut self.findings_problems());
        let staged = self.tables.as_slice();
        self.analyze_stages(sink).await?;
        if self.few {
            for sql in f.index_joins() {
                sink.execute(&sql).await?;
            }
        }
        let mut tables = Vec::new();
        for s in staged {
            if let Some((first, last)) = s.direct {
                tables.push(TableChanges {
                    table: s.target.name.clone(),
                    mode: changes::mode_name(self.rules.mode_for(&s.target.name)),
                    insert: (last - first + 1) as u64,
                    ..TableChanges::default()
                });
                continue;
            }
            let skip = self.skips(&s.target.name);
            let mut compared = changes::compare(
                sink,
                f,
                s,
                self.rules.mode_for(&s.target.name),
                &skip,
                self.rules.details,
                &mut problems,
            )
            .await?;
            if let Some(rule) = self.rules.incremental_rule(&s.target.name) {
                compared.mode = match rule.deletes {
                    true => "incremental, deletes",
                    false => "incremental",
                };
            }
            tables.push(compared);
        }
        let by_name: HashMap<&str, &Staged> =
            staged.iter().map(|s| (s.target.name.as_str(), s)).collect();
        for (r, rewritten) in &self.refs {
            if *rewritten {
                continue;
            }
            if let (Some(child), Some(parent)) = (
                by_name.get(r.table.as_str()),
                by_name.get(r.parent.as_str()),
            ) {
                changes::check_reference(sink, f, child, parent, true, r, &mut problems).await?;
            }
        }
        if !problems.is_empty() {
            return Err(Error::Preflight(problems));
        }
        let summary = Summary {
            mode: changes::mode_name(self.rules.mode),
            tables: tables.clone(),
            keys: self.maps.reports.clone(),
            mapped: crate::lock(&self.findings).mapped.clone(),
        };
        *crate::lock(&self.summary) = Some(summary.clone());
        let apply = self.review.review(&summary, self.mode.dry_run).await?;
        if self.mode.dry_run {
            return Ok(false);
        }
        if !apply {
            return Err(Error::failed("not confirmed; nothing was written"));
        }
        self.image_before(sink, &tables).await?;
        for (s, t) in staged.iter().zip(&tables).rev() {
            if self.rules.mode_for(&s.target.name) == WriteMode::ReplaceScope && t.delete > 0 {
                changes::apply_deletes(sink, f, s, &self.skips(&s.target.name), t.delete).await?;
            }
        }
        for (s, t) in staged
            .iter()
            .zip(&tables)
            .filter(|(s, _)| s.direct.is_none())
        {
            changes::apply_writes(sink, f, s, self.rules.mode_for(&s.target.name), t).await?;
        }
        self.image_after(sink, &tables).await?;
        self.image_key_map(sink, crate::images::BEFORE).await?;
        self.remember(sink).await?;
        self.image_key_map(sink, crate::images::AFTER).await?;
        self.drop_stages(sink).await?;
        Ok(true)
    }
}
