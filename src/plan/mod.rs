//! Planning: select the tables, order them by foreign keys, check the
//! target can take them, and count what will move. Nothing is written.

pub mod order;
pub mod select;

use crate::catalog::{can_convert, Catalog, Conversion, LogicalType, Table};
use crate::endpoint::{BatchSize, DbUrl, Sink, Source};
use crate::error::{Error, Result};
use crate::promote::sql::Flavor;
use crate::promote::Rules;

/// Everything a run needs, validated: what the CLI and job file became.
#[derive(Debug, Clone)]
pub struct Settings {
    pub source: DbUrl,
    pub target: DbUrl,
    pub tables: Vec<String>,
    pub exclude: Vec<String>,
    pub create_tables: bool,
    pub comment: Option<String>,
    pub batch: BatchSize,
    /// Parallel readers sharing one snapshot (PostgreSQL sources).
    pub jobs: usize,
    /// `(table, column, conversion)` allowed by the job file.
    pub conversions: Vec<(String, String, Conversion)>,
    /// Scopes, key strategies, maps and write mode of a promotion.
    pub promotion: Option<std::sync::Arc<Rules>>,
}

/// One table of the plan.
#[derive(Debug, Clone)]
pub struct TablePlan {
    /// The source table, restricted to the columns that are copied.
    pub source: Table,
    /// The target table, restricted to the same columns in the same order.
    pub target: Table,
    /// Whether `--create-tables` creates it.
    pub create: bool,
    pub source_rows: u64,
    /// Rows in the target before the run (`None` when created).
    pub target_rows: Option<u64>,
    /// The temporary table a promotion stages this table's rows in.
    pub stage: Option<String>,
    /// The promotion's rewrite of this table's batches.
    pub remap: Option<std::sync::Arc<crate::transform::remap::Remap>>,
}

/// The checked plan, tables in write order.
#[derive(Debug, Clone)]
pub struct Plan {
    pub tables: Vec<TablePlan>,
    pub warnings: Vec<String>,
    /// ferry's own tables the run creates (the key map of a promotion).
    pub bookkeeping: Vec<Table>,
    /// The target's tables as planning found them.
    pub target_catalog: Catalog,
}

impl Plan {
    pub fn to_create(&self) -> Vec<Table> {
        self.tables
            .iter()
            .filter(|t| t.create)
            .map(|t| t.target.clone())
            .chain(self.bookkeeping.iter().cloned())
            .collect()
    }
}

/// Opens the source's consistent read and builds the plan against the
/// target's catalog.
///
/// # Errors
/// [`Error::Preflight`] listing every problem found: missing tables and
/// columns, types that cannot be carried, NOT NULL target columns the
/// source does not fill.
pub async fn prepare(
    settings: &Settings,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<Plan> {
    source.begin_read().await?;
    let source_catalog = source.catalog().await?;
    let mut selected = select::select(&source_catalog, &settings.tables, &settings.exclude)?;
    let mut problems = Vec::new();
    for (table, column, conversion) in &settings.conversions {
        let found = selected
            .iter_mut()
            .find(|t| &t.name == table)
            .and_then(|t| t.columns.iter_mut().find(|c| &c.name == column));
        match found {
            Some(c) => {
                c.convert = Some(*conversion);
                // A converted value may become NULL.
                c.nullable = true;
            }
            None => problems.push(format!(
                "[convert] names {table}.{column}, which is not a column of a selected table"
            )),
        }
    }
    let (mut ordered, cyclic) = order::fk_order(selected);
    if let Some(rules) = &settings.promotion {
        scope_rows(settings, rules, &mut ordered, &mut problems)?;
    }
    let target_catalog = sink.catalog().await?;

    let mut warnings = Vec::new();
    if !cyclic.is_empty() {
        warnings.push(format!(
            "foreign keys form a cycle through {}; their checks are deferred to the commit",
            cyclic.join(", ")
        ));
    }
    let mut missing_tables = Vec::new();
    let mut tables = Vec::new();
    for table in ordered {
        for column in &table.columns {
            if let LogicalType::Unsupported { native, why } = &column.ty {
                problems.push(format!(
                    "{}.{}: source type {native} cannot be carried: {why}",
                    table.name, column.name
                ));
            }
        }
        match target_catalog.table(&table.name) {
            Some(existing) => match map_columns(&table, existing) {
                Ok(target) => tables.push(TablePlan {
                    source: table,
                    target,
                    create: false,
                    source_rows: 0,
                    target_rows: Some(0),
                    stage: None,
                    remap: None,
                }),
                Err(mut p) => problems.append(&mut p),
            },
            None if settings.create_tables => match sink.translate(&table) {
                Ok((mut target, mut w)) => {
                    // The scope is the source's; the table created holds it.
                    target.filter = None;
                    warnings.append(&mut w);
                    match_referenced_types(&mut target, &target_catalog);
                    tables.push(TablePlan {
                        source: table,
                        target,
                        create: true,
                        source_rows: 0,
                        target_rows: None,
                        stage: None,
                        remap: None,
                    })
                }
                Err(mut p) => problems.append(&mut p),
            },
            None => missing_tables.push(table.name.clone()),
        }
    }
    if !missing_tables.is_empty() {
        problems.insert(
            0,
            format!(
                "the target is not initialised: it lacks table{} {}; create {} or pass --create-tables",
                if missing_tables.len() == 1 { "" } else { "s" },
                missing_tables.join(", "),
                if missing_tables.len() == 1 { "it" } else { "them" },
            ),
        );
    }
    if !problems.is_empty() {
        return Err(Error::Preflight(problems));
    }
    for t in &mut tables {
        t.source_rows = source.count_rows(&t.source).await?;
        if !t.create {
            let rows = sink.count_rows(&t.target).await?;
            t.target_rows = Some(rows);
            if rows > 0 && t.source_rows > 0 && settings.promotion.is_none() {
                warnings.push(format!(
                    "{}: the target already holds {rows} rows; the copy adds the source's rows, and a key that \
                     exists in both makes the run fail and roll back",
                    t.target.name
                ));
            }
        }
    }
    Ok(Plan {
        tables,
        warnings,
        bookkeeping: Vec::new(),
        target_catalog,
    })
}

/// Sets the row filters of a promotion's scope on the source tables.
fn scope_rows(
    settings: &Settings,
    rules: &Rules,
    tables: &mut [Table],
    problems: &mut Vec<String>,
) -> Result<()> {
    if rules.wheres.is_empty() {
        return Ok(());
    }
    let Some(flavor) = Flavor::of(settings.source.engine) else {
        return Err(Error::bad_input(
            "[select.where] needs a database source; a snapshot is restored whole",
        ));
    };
    let refs = match crate::promote::references(tables, rules) {
        Ok(refs) => refs,
        Err(mut p) => {
            problems.append(&mut p);
            return Ok(());
        }
    };
    if let Err(mut p) = crate::promote::scope::apply(tables, &rules.wheres, &refs, flavor) {
        problems.append(&mut p);
    }
    Ok(())
}

/// A created table's foreign-key columns take the type of the target
/// columns they refer to, where that table already exists: engines refuse
/// a foreign key between columns of different types (a SQLite INTEGER id
/// is int64, the target's `dir_user.id` may be int32). Values are checked
/// on the way as for any conversion.
fn match_referenced_types(table: &mut Table, target: &Catalog) {
    for fk in &table.foreign_keys {
        let Some(parent) = target.table(&fk.ref_table) else {
            continue;
        };
        for (child, referenced) in fk.columns.iter().zip(&fk.ref_columns) {
            let Some(parent_column) = parent.column_like(referenced) else {
                continue;
            };
            if let Some(column) = table.columns.iter_mut().find(|c| &c.name == child) {
                if can_convert(&column.ty, &parent_column.ty).is_none() {
                    column.ty = parent_column.ty.clone();
                }
            }
        }
    }
}

/// Pairs each source column with its target column, checking the target can
/// hold it; problems name table, column and both types.
fn map_columns(source: &Table, target: &Table) -> std::result::Result<Table, Vec<String>> {
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let mut columns = Vec::new();
    for column in &source.columns {
        match target.column_like(&column.name) {
            None => missing.push(column.name.clone()),
            Some(t) => {
                if let LogicalType::Unsupported { native, why } = &t.ty {
                    problems.push(format!(
                        "{}.{}: target type {native} cannot be written: {why}",
                        target.name, t.name
                    ));
                } else if let Some(why) = can_convert(&column.ty, &t.ty) {
                    problems.push(format!(
                        "{}.{}: source type {} ({}) does not fit target type {} ({}): {why}",
                        source.name, column.name, column.native, column.ty, t.native, t.ty
                    ));
                }
                columns.push(t.clone());
            }
        }
    }
    if !missing.is_empty() {
        problems.push(format!(
            "{}: the target table lacks column{} {}",
            source.name,
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        ));
    }
    for t in &target.columns {
        let filled = source.column_like(&t.name).is_some();
        if !filled && !t.nullable && t.default.is_none() && t.generated.is_none() {
            problems.push(format!(
                "{}.{}: the target column is NOT NULL without a default and the source has no such column",
                target.name, t.name
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Table {
        name: target.name.clone(),
        columns,
        primary_key: target.primary_key.clone(),
        unique_keys: target.unique_keys.clone(),
        foreign_keys: target.foreign_keys.clone(),
        filter: None,
    })
}
