//! Planning: select the tables, order them by foreign keys, check the
//! target can take them, and count what will move. Nothing is written.

pub mod conflicts;
pub mod incremental;
pub mod key_ranges;
pub mod mask;
pub mod order;
pub mod rules;
pub mod scope;
pub mod select;
pub mod split;

use crate::catalog::create::Schema;
use crate::catalog::{
    can_convert, Catalog, Column, Conversion, LogicalType, Sequence, Table, View,
};
use crate::endpoint::{BatchSize, DbUrl, Engine, Sink, Source};
use crate::error::{Error, Result};
use rules::Rules;

/// The table in each target where ferry records its runs (the journal
/// module writes it; selection leaves it out of copies).
pub const JOURNAL_TABLE: &str = "ferry_journal";

/// Everything a run needs, validated: what the CLI and job file became.
#[derive(Debug, Clone)]
pub struct Settings {
    pub source: DbUrl,
    pub target: DbUrl,
    pub tables: Vec<String>,
    pub exclude: Vec<String>,
    /// PostgreSQL schemas read besides the current one (`schema.table`).
    pub schemas: Vec<String>,
    pub create_tables: bool,
    /// Refuse, rather than list, what `--create-tables` cannot carry
    /// exactly.
    pub strict_schema: bool,
    pub comment: Option<String>,
    /// How long `run` and `restore` wait for another run's target lock.
    pub lock_wait: std::time::Duration,
    /// Keep row images for `ferry undo` (not with `--no-undo`).
    pub keep_undo: bool,
    /// `[preflight] version_query`, asked of both sides before anything is
    /// written (a promotion asks it among its own checks).
    pub version_query: Option<String>,
    /// The job file as named and the sha256 of its bytes, for the journal.
    pub job_file: Option<(String, String)>,
    pub batch: BatchSize,
    /// Parallel readers sharing one snapshot (PostgreSQL sources).
    pub jobs: usize,
    /// `ferry restore --slice K`: the one key range of each split table
    /// this run restores, beside other workers restoring the others.
    pub slice: Option<usize>,
    /// `(table, column, conversion)` allowed by the job file.
    pub conversions: Vec<(String, String, Conversion)>,
    /// How PostgreSQL's own types travel to engines without them, by
    /// family (`--convert array=json`).
    pub type_conversions: std::collections::BTreeMap<crate::catalog::NativeFamily, Conversion>,
    /// Scopes, key strategies, maps and write mode of a promotion.
    pub promotion: Option<std::sync::Arc<Rules>>,
    /// `[[mask]]` entries, checked for shape.
    pub masks: Vec<mask::MaskRule>,
    /// The masking key, when a keyed method is asked for.
    pub mask_key: Option<std::sync::Arc<crate::transform::mask::MaskKey>>,
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
    /// The table the rows are written into when it is not `target` itself
    /// (a promotion stages them in a temporary table of the same columns).
    pub into: Option<String>,
    /// Rewrites of the batches a layer above adds (a promotion's remap),
    /// applied after conforming, before the masks.
    pub transforms: Vec<std::sync::Arc<dyn crate::transform::BatchTransform>>,
    /// The masks of this table's columns.
    pub mask: Option<std::sync::Arc<crate::transform::mask::TableMask>>,
    /// An incremental table that detects deletes: the source's keys in
    /// its scope, read after its rows into a staging table of their own.
    pub key_set: Option<Box<TablePlan>>,
    /// The key range of the table this plan reads (`ferry snapshot
    /// --parts-per-table`); `None`: all of it.
    pub slice: Option<split::Slice>,
}

impl TablePlan {
    /// `source` into `target` and nothing else: no rows counted, nothing
    /// created, staged or rewritten.
    pub fn between(source: Table, target: Table) -> Self {
        TablePlan {
            source,
            target,
            create: false,
            source_rows: 0,
            target_rows: None,
            into: None,
            transforms: Vec::new(),
            mask: None,
            key_set: None,
            slice: None,
        }
    }

    /// The table's name, and its slice where it is one: what the plan,
    /// the progress and the report show.
    pub fn label(&self) -> String {
        match &self.slice {
            Some(s) => format!("{} [slice {}: {}]", self.target.name, s.index, s.keys()),
            None => self.target.name.clone(),
        }
    }

    /// Where the target's primary-key columns stand among the plan's
    /// columns (the same on both sides).
    pub fn key_positions(&self) -> Vec<usize> {
        self.target
            .primary_key
            .iter()
            .filter_map(|k| self.target.columns.iter().position(|c| &c.name == k))
            .collect()
    }
}

/// The checked plan, tables in write order.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub tables: Vec<TablePlan>,
    pub warnings: Vec<String>,
    /// ferry's own tables the run creates (the key map of a promotion).
    pub bookkeeping: Vec<Table>,
    /// The target's tables as planning found them.
    pub target_catalog: Catalog,
    /// Foreign keys of existing target tables whose parent is written
    /// after the child (a cycle): the sink defers them
    /// ([`Sink::plan_forward_keys`]).
    pub forward_keys: Vec<order::Edge>,
    /// The source's views and free sequences `--create-tables` creates.
    pub views: Vec<View>,
    pub sequences: Vec<Sequence>,
    pub strict_schema: bool,
    /// Every masked column, those that follow a masked key included.
    pub masked: Vec<mask::Masked>,
    /// What each `[incremental]` table reads this run.
    pub windows: Vec<incremental::Window>,
}

impl Plan {
    /// What the run creates: the created tables and ferry's own, the views
    /// and sequences.
    pub fn schema(&self) -> Schema {
        Schema {
            tables: self
                .tables
                .iter()
                .filter(|t| t.create)
                .map(|t| t.target.clone())
                .chain(self.bookkeeping.iter().cloned())
                .collect(),
            views: self.views.clone(),
            sequences: self.sequences.clone(),
            strict: self.strict_schema,
        }
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
    let schemas = match settings.schemas.is_empty() {
        true => source.recorded_schemas(),
        false => settings.schemas.clone(),
    };
    source.set_schemas(&schemas);
    sink.set_schemas(&schemas);
    source.begin_read().await?;
    let source_catalog = source.catalog().await?;
    let mut selected = select::select(&source_catalog, &settings.tables, &settings.exclude)?;
    let mut problems = Vec::new();
    column_conversions(settings, &mut selected, &mut problems);
    problems.append(&mut case_twins(&selected, sink.dialect()));
    let mut ordered = order::sort_tables(selected);
    if let Some(rules) = &settings.promotion {
        scope_rows(settings, rules, &mut ordered, &mut problems)?;
    }
    let target_catalog = sink.catalog().await?;
    native_types(settings, &target_catalog, &mut ordered, &mut problems);
    let mut warnings = Vec::new();
    let mut tables = pair_tables(
        settings,
        ordered,
        &target_catalog,
        sink,
        &mut warnings,
        &mut problems,
    );
    if let Some(dialect) = sink.dialect() {
        problems.append(&mut name_problems(&tables, dialect));
    }
    let masked = mask::resolve(settings, &source_catalog, &mut tables, &mut problems);
    let created: Vec<Table> = tables
        .iter()
        .filter(|t| t.create)
        .map(|t| t.target.clone())
        .collect();
    problems.append(&mut sink.check_create(&created).await?);
    let (views, sequences) = schema_objects(settings, &source_catalog, &tables, &target_catalog);
    let schema = Schema {
        tables: created,
        views: views.clone(),
        sequences: sequences.clone(),
        strict: settings.strict_schema,
    };
    for item in not_carried(sink, &schema, &target_catalog, &mut problems) {
        match settings.strict_schema {
            true => problems.push(format!("not carried exactly (--strict-schema): {item}")),
            false => warnings.push(format!("not carried: {item}")),
        }
    }
    warnings.append(&mut compare_schemas(&tables));
    let windows = windows(
        settings,
        &mut tables,
        source,
        sink,
        &mut warnings,
        &mut problems,
    )
    .await?;
    if !problems.is_empty() {
        return Err(Error::Preflight(problems));
    }
    warnings.append(&mut trigger_warnings(settings, &tables, sink).await?);
    let (mut tables, forward_keys) = write_order(tables);
    match sink.plan_forward_keys(&forward_keys).await? {
        Ok(mut notes) => warnings.append(&mut notes),
        Err(problems) => return Err(Error::Preflight(problems)),
    }
    count_rows(&mut tables, source, sink).await?;
    Ok(Plan {
        tables,
        warnings,
        bookkeeping: Vec::new(),
        target_catalog,
        forward_keys,
        views,
        sequences,
        strict_schema: settings.strict_schema,
        masked,
        windows,
    })
}

/// The `[incremental]` tables' read conditions, from the watermarks the
/// target's journal holds.
async fn windows(
    settings: &Settings,
    tables: &mut [TablePlan],
    source: &mut dyn Source,
    sink: &mut dyn Sink,
    warnings: &mut Vec<String>,
    problems: &mut Vec<String>,
) -> Result<Vec<incremental::Window>> {
    let Some(rules) = settings
        .promotion
        .as_ref()
        .filter(|r| !r.incremental.is_empty())
    else {
        return Ok(Vec::new());
    };
    let Some(flavor) = crate::endpoint::sql::of(settings.source.engine) else {
        return Err(Error::bad_input(
            "[incremental] needs a database source: a snapshot is restored whole",
        ));
    };
    let Some(target_flavor) = crate::endpoint::sql::of(settings.target.engine) else {
        return Err(Error::bad_input(
            "[incremental] needs a database target, whose journal keeps the watermarks: a snapshot is taken whole",
        ));
    };
    problems.append(&mut rules.incremental_conflicts());
    let recorded = incremental::recorded(sink, settings.target.engine).await?;
    let cx = incremental::Context {
        rules,
        recorded: &recorded,
        job_file: settings.job_file.as_ref().map(|(f, _)| f.as_str()),
        flavor,
        target_flavor,
    };
    incremental::resolve(&cx, tables, (source, sink), warnings, problems).await
}

/// The source's views and free sequences a run with `--create-tables`
/// creates: views that read a copied table (in an order where each comes
/// after the views it reads) and sequences, that the target lacks.
fn schema_objects(
    settings: &Settings,
    source: &Catalog,
    tables: &[TablePlan],
    target: &Catalog,
) -> (Vec<View>, Vec<Sequence>) {
    if !settings.create_tables {
        return (Vec::new(), Vec::new());
    }
    let in_target = |name: &str| {
        target.table(name).is_some()
            || target
                .views
                .iter()
                .any(|v| v.name.eq_ignore_ascii_case(name))
    };
    let mut names: Vec<String> = source.tables.iter().map(|t| t.name.clone()).collect();
    names.extend(source.views.iter().map(|v| v.name.clone()));
    let copied: Vec<String> = tables
        .iter()
        .map(|t| t.source.name.to_ascii_lowercase())
        .collect();
    let mut views: Vec<View> = source
        .views
        .iter()
        .filter(|v| !in_target(&v.name))
        .cloned()
        .map(|mut v| {
            if v.depends_on.is_empty() {
                v.depends_on = mentioned(&v.definition, &names, &v.name);
            }
            v
        })
        .collect();
    // Views that read copied tables, directly or through other views.
    let mut wanted: std::collections::HashSet<String> = Default::default();
    loop {
        let before = wanted.len();
        for v in &views {
            if v.depends_on.iter().any(|d| {
                copied.contains(&d.to_ascii_lowercase()) || wanted.contains(&d.to_ascii_lowercase())
            }) {
                wanted.insert(v.name.to_ascii_lowercase());
            }
        }
        if wanted.len() == before {
            break;
        }
    }
    views.retain(|v| wanted.contains(&v.name.to_ascii_lowercase()));
    let views = views_in_order(views);
    let sequences = source
        .sequences
        .iter()
        .filter(|s| !target.sequences.iter().any(|t| t.name == s.name))
        .cloned()
        .collect();
    (views, sequences)
}

/// The names of `names` that `definition` mentions as a word (the view's
/// own excepted): what an engine that does not record a view's
/// dependencies reads.
fn mentioned(definition: &str, names: &[String], own: &str) -> Vec<String> {
    let words: std::collections::HashSet<String> = definition
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ' '))
        .flat_map(|chunk| {
            // `Order Details` stays one name inside quotes or brackets.
            std::iter::once(chunk.trim().to_ascii_lowercase())
                .chain(chunk.split(' ').map(|w| w.to_ascii_lowercase()))
        })
        .collect();
    names
        .iter()
        .filter(|n| !n.eq_ignore_ascii_case(own) && words.contains(&n.to_ascii_lowercase()))
        .cloned()
        .collect()
}

/// Views after the views they read.
fn views_in_order(mut views: Vec<View>) -> Vec<View> {
    let mut out: Vec<View> = Vec::new();
    while !views.is_empty() {
        let pending: Vec<String> = views.iter().map(|v| v.name.to_ascii_lowercase()).collect();
        let ready = views.iter().position(|v| {
            v.depends_on.iter().all(|d| {
                !pending.contains(&d.to_ascii_lowercase()) || d.eq_ignore_ascii_case(&v.name)
            })
        });
        // A cycle cannot be created in any order: take them as they come.
        out.push(views.remove(ready.unwrap_or(0)));
    }
    out
}

/// What the target's dialect cannot hold exactly of what the run creates.
fn not_carried(
    sink: &dyn Sink,
    schema: &Schema,
    target: &Catalog,
    problems: &mut Vec<String>,
) -> Vec<String> {
    let Some(dialect) = sink.dialect() else {
        return Vec::new();
    };
    if schema.tables.is_empty() && schema.views.is_empty() && schema.sequences.is_empty() {
        return Vec::new();
    }
    let existing = target.tables.iter().map(|t| t.name.clone()).collect();
    match crate::catalog::create::script(schema, &existing, dialect) {
        Ok(script) => script.not_carried,
        Err(Error::Preflight(mut p)) => {
            problems.append(&mut p);
            Vec::new()
        }
        Err(e) => {
            problems.push(e.to_string());
            Vec::new()
        }
    }
}

/// For tables the target already has: the indexes, CHECKs and foreign-key
/// actions the two sides do not share, as warnings. A run never changes
/// an existing table's schema; that is the application's business.
pub(crate) fn compare_schemas(tables: &[TablePlan]) -> Vec<String> {
    tables
        .iter()
        .filter(|t| !t.create)
        .flat_map(|t| schema_differences(&t.source, &t.target))
        .collect()
}

fn schema_differences(source: &Table, target: &Table) -> Vec<String> {
    let shape = |i: &crate::catalog::Index| -> String {
        let parts: Vec<String> = i
            .parts
            .iter()
            .map(|p| match p {
                crate::catalog::IndexPart::Column { name, .. } => name.to_ascii_lowercase(),
                crate::catalog::IndexPart::Expression(e) => e.to_ascii_lowercase(),
            })
            .collect();
        parts.join(", ")
    };
    let keyed = |t: &Table, cols: &str| {
        let lower = |k: &[String]| {
            k.iter()
                .map(|c| c.to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join(", ")
        };
        lower(&t.primary_key) == cols || t.unique_keys.iter().any(|k| lower(k) == cols)
    };
    let mut out = Vec::new();
    for i in &source.indexes {
        let cols = shape(i);
        if !target.indexes.iter().any(|j| shape(j) == cols) && !keyed(target, &cols) {
            out.push(format!(
                "{}: the source has index {} ({cols}), the target has none on those columns",
                target.name, i.name
            ));
        }
    }
    for j in &target.indexes {
        let cols = shape(j);
        if !source.indexes.iter().any(|i| shape(i) == cols) && !keyed(source, &cols) {
            out.push(format!(
                "{}: the target has index {} ({cols}), the source has none on those columns",
                target.name, j.name
            ));
        }
    }
    if source.checks.len() != target.checks.len() {
        out.push(format!(
            "{}: the source has {} CHECK constraint{}, the target {}",
            target.name,
            source.checks.len(),
            if source.checks.len() == 1 { "" } else { "s" },
            target.checks.len()
        ));
    }
    for fk in &source.foreign_keys {
        let same = target.foreign_keys.iter().find(|t| {
            t.ref_table.eq_ignore_ascii_case(&fk.ref_table)
                && t.columns.len() == fk.columns.len()
                && t.columns
                    .iter()
                    .zip(&fk.columns)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
        });
        if let Some(t) = same {
            if (t.on_delete, t.on_update) != (fk.on_delete, fk.on_update) {
                out.push(format!(
                    "{}: foreign key ({}) → {}: ON DELETE {} ON UPDATE {} in the source, ON DELETE {} ON UPDATE {} in the target",
                    target.name,
                    fk.columns.join(", "),
                    fk.ref_table,
                    fk.on_delete.sql(),
                    fk.on_update.sql(),
                    t.on_delete.sql(),
                    t.on_update.sql()
                ));
            }
        }
    }
    out
}

/// Sets the job's `[convert]` entries on their columns.
fn column_conversions(settings: &Settings, tables: &mut [Table], problems: &mut Vec<String>) {
    for (table, column, conversion) in &settings.conversions {
        let found = tables
            .iter_mut()
            .find(|t| &t.name == table)
            .and_then(|t| t.columns.iter_mut().find(|c| &c.name == column));
        match found {
            Some(c) => {
                c.convert = Some(*conversion);
                // A zero date becomes NULL.
                if *conversion == Conversion::ZeroDateToNull {
                    c.nullable = true;
                }
            }
            None => problems.push(format!(
                "[convert] names {table}.{column}, which is not a column of a selected table"
            )),
        }
    }
}

/// Pairs each source table with its target table: the existing one, or the
/// one `--create-tables` creates; problems for what cannot be carried and
/// the tables a target that is not initialised lacks.
fn pair_tables(
    settings: &Settings,
    ordered: Vec<Table>,
    target_catalog: &Catalog,
    sink: &dyn Sink,
    warnings: &mut Vec<String>,
    problems: &mut Vec<String>,
) -> Vec<TablePlan> {
    let mut missing_tables = Vec::new();
    let mut tables = Vec::new();
    let plan = |source: Table, target: Table, create: bool| TablePlan {
        source,
        target,
        create,
        source_rows: 0,
        target_rows: (!create).then_some(0),
        into: None,
        transforms: Vec::new(),
        mask: None,
        key_set: None,
        slice: None,
    };
    for table in ordered {
        if !carried(settings, target_catalog, &table, problems) {
            continue;
        }
        match target_catalog.table(&table.name) {
            Some(existing) => match map_columns(&table, existing) {
                Ok(target) => tables.push(plan(table, target, false)),
                Err(mut p) => problems.append(&mut p),
            },
            None if settings.create_tables => match sink.translate(&table) {
                Ok((mut target, mut w)) => {
                    // The scope is the source's; the table created holds it.
                    target.filter = None;
                    warnings.append(&mut w);
                    match_referenced_types(&mut target, target_catalog);
                    tables.push(plan(table, target, true));
                }
                Err(mut p) => problems.append(&mut p),
            },
            None => missing_tables.push(table.name.clone()),
        }
    }
    if !missing_tables.is_empty() {
        let one = missing_tables.len() == 1;
        problems.insert(
            0,
            format!(
                "the target is not initialised: it lacks table{} {}; create {} or pass --create-tables",
                if one { "" } else { "s" },
                missing_tables.join(", "),
                if one { "it" } else { "them" },
            ),
        );
    }
    tables
}

/// Whether every column of `table` can be carried; the problems of those
/// that cannot (PostgreSQL types without a conversion are listed by
/// [`native_types`]).
fn carried(
    settings: &Settings,
    target: &Catalog,
    table: &Table,
    problems: &mut Vec<String>,
) -> bool {
    let mut carried = true;
    for column in &table.columns {
        if let LogicalType::Unsupported { native, why } = &column.ty {
            problems.push(format!(
                "{}.{}: source type {native} cannot be carried: {why}",
                table.name, column.name
            ));
            carried = false;
        }
        if !native_carried(settings.target.engine, target, table, column) {
            carried = false;
        }
    }
    carried
}

/// Warnings for the triggers of existing target tables that fire for the
/// rows written: inserts, and for a promotion updates and deletes too.
async fn trigger_warnings(
    settings: &Settings,
    tables: &[TablePlan],
    sink: &mut dyn Sink,
) -> Result<Vec<String>> {
    let existing: Vec<Table> = tables
        .iter()
        .filter(|t| !t.create)
        .map(|t| t.target.clone())
        .collect();
    let mut by_table: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (table, trigger) in sink.triggers(&existing).await? {
        if settings.promotion.is_some() || trigger.contains("INSERT") {
            by_table.entry(table).or_default().push(trigger);
        }
    }
    Ok(by_table
        .into_iter()
        .map(|(table, triggers)| {
            let one = triggers.len() == 1;
            format!(
                "{table}: trigger{} {} fire{} for the rows ferry writes and may change them or write other \
                 tables; drop or disable {} for the copy if the target should get the rows exactly as they are",
                if one { "" } else { "s" },
                triggers.join(", "),
                if one { "s" } else { "" },
                if one { "it" } else { "them" },
            )
        })
        .collect())
}

/// Counts what each table holds on both sides.
async fn count_rows(
    tables: &mut [TablePlan],
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<()> {
    for t in tables {
        t.source_rows = match source.count_rows(&t.source).await {
            Err(Error::Database { source: e, .. }) if t.source.filter.is_some() => {
                return Err(refused_filter(&t.source, &e))
            }
            counted => counted?,
        };
        if let Some(keys) = &mut t.key_set {
            keys.source_rows = source.count_rows(&keys.source).await?;
        }
        if !t.create {
            t.target_rows = Some(sink.count_rows(&t.target).await?);
        }
    }
    Ok(())
}

/// The key of every row of `table` in a snapshot, as the key maps spell
/// keys; rows with a NULL key part are left out (they conflict with none).
async fn snapshot_keys(source: &mut dyn Source, table: &Table) -> Result<Vec<String>> {
    use futures::StreamExt;
    let mut keys = Vec::new();
    let mut batches = source.read_table(table, BatchSize::DEFAULT);
    while let Some(batch) = batches.next().await {
        let batch = batch?;
        let columns = table
            .primary_key
            .iter()
            .map(|k| {
                batch.schema().index_of(k).map_err(|_| {
                    Error::failed(format!(
                        "{}: the snapshot's rows lack the key column {k}",
                        table.name
                    ))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let texts = crate::transform::keymap::key_texts(&batch, &columns)?;
        keys.extend(texts.into_iter().flatten());
    }
    Ok(keys)
}

/// A plain copy or restore (`run`, `plan`, `restore`) into tables that
/// already hold rows: the source rows whose keys the target holds (the copy
/// inserts, and the first would fail it) are refused, counted and named;
/// tables where none are get a warning. A snapshot's keys are read from
/// its parts.
///
/// # Errors
/// [`Error::Preflight`] naming each table with such rows; a server cannot
/// answer.
pub async fn held_keys(
    settings: &Settings,
    plan: &mut Plan,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<()> {
    use conflicts::{Conflicts, Side};
    let (tables, warnings) = (&plan.tables, &mut plan.warnings);
    let mut problems = Vec::new();
    let flavors = (
        crate::endpoint::sql::with_schemas(settings.source.engine, &settings.schemas),
        crate::endpoint::sql::with_schemas(settings.target.engine, &settings.schemas),
    );
    for t in tables {
        let rows = t.target_rows.unwrap_or(0);
        if rows == 0 || t.source_rows == 0 {
            continue;
        }
        let found = match flavors {
            (Some(sf), Some(tf)) => {
                conflicts::count(
                    Side {
                        endpoint: &mut *source,
                        flavor: sf,
                        table: &t.source,
                        rows: t.source_rows,
                    },
                    Side {
                        endpoint: &mut *sink,
                        flavor: tf,
                        table: &t.target,
                        rows,
                    },
                )
                .await?
            }
            (None, Some(tf)) if settings.source.engine == Engine::Snapshot => {
                match t.source_rows > conflicts::MOST_KEYS {
                    true => Conflicts::NotCounted(format!(
                        "more than {} rows in the snapshot: keys not compared",
                        conflicts::MOST_KEYS
                    )),
                    false => {
                        let keys = snapshot_keys(&mut *source, &t.source).await?;
                        let target = Side {
                            endpoint: &mut *sink,
                            flavor: tf,
                            table: &t.target,
                            rows,
                        };
                        conflicts::count_listed(keys, target).await?
                    }
                }
            }
            _ => Conflicts::NotCounted("the source's keys cannot be read by SQL".into()),
        };
        let held = crate::words::counted(rows, "row", "rows");
        let name = &t.target.name;
        match found {
            Conflicts::None => warnings.push(format!(
                "{name}: the target already holds {held}, none with a key of the source's rows: the copy adds them"
            )),
            Conflicts::NotCounted(why) => warnings.push(format!(
                "{name}: the target already holds {held} ({why}); the copy adds the source's rows, and a key that exists in both makes the run fail and roll back"
            )),
            Conflicts::Found { count, first } => problems.push(format!(
                "{name}: {} of the source's {} have a key the target already holds ({}{}); a plain copy inserts and would fail on the first: say what to do with them in the job's [write] mode (\"merge\" updates them, \"skip-existing\" keeps the target's), or empty the table first",
                count,
                crate::words::counted(t.source_rows, "row", "rows"),
                first.join("; "),
                if count > first.len() as u64 { format!(" and {} more", count - first.len() as u64) } else { String::new() }
            )),
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(Error::Preflight(problems)),
    }
}

/// Source tables whose names differ only in case (PostgreSQL's quoted
/// names): a target that folds case (SQLite) would make them one table,
/// and ferry orders tables by their names without case, so one of them
/// would be lost anywhere. Refused, naming both.
fn case_twins(tables: &[Table], dialect: Option<&dyn crate::catalog::ddl::Dialect>) -> Vec<String> {
    let mut seen: std::collections::BTreeMap<String, &str> = Default::default();
    let mut problems = Vec::new();
    for t in tables {
        if let Some(first) = seen.insert(t.name.to_lowercase(), &t.name) {
            let why = match dialect.is_some_and(|d| d.table_names_fold_case()) {
                true => "the target's table names ignore case, so they would be one table there",
                false => "ferry tells tables apart without case (--tables and --exclude too), so one would be lost",
            };
            problems.push(format!(
                "source tables {first} and {} differ only in case; {why}: rename one of them in the source",
                t.name
            ));
        }
    }
    problems
}

/// Names of created tables or columns longer than the target keeps
/// (PostgreSQL cuts them at 63 bytes without a word).
fn name_problems(tables: &[TablePlan], dialect: &dyn crate::catalog::ddl::Dialect) -> Vec<String> {
    let mut problems = Vec::new();
    for tp in tables.iter().filter(|t| t.create) {
        let table = tp.target.name.rsplit('.').next().unwrap_or(&tp.target.name);
        let names = std::iter::once((table.to_string(), format!("table {}", tp.target.name)))
            .chain(tp.target.columns.iter().map(|c| {
                (
                    c.name.clone(),
                    format!("column {}.{}", tp.target.name, c.name),
                )
            }));
        for (name, what) in names {
            if let Some(limit) = dialect.identifier_too_long(&name) {
                problems.push(format!(
                    "{what}: the name is longer than {} keeps ({limit}) and would be cut short; \
                     rename it in the source, or create the table yourself",
                    dialect.name()
                ));
            }
        }
    }
    problems
}

/// A row filter the source refused: the job's `[select.where]` (or the
/// scope a parent's passes down), named with the table, as bad input.
fn refused_filter(table: &Table, error: &sqlx::Error) -> Error {
    Error::bad_input(format!(
        "[select.where] of {}: the source refused its filter `{}`: {}; the filter is SQL of the source's \
         engine, run as WHERE on that table (or on a parent whose scope the table follows)",
        table.name,
        table.filter.as_deref().unwrap_or_default(),
        crate::error::describe(error)
    ))
}

/// Puts the tables in the order the target's foreign keys need (and the
/// source's, which a created table carries), parents first; returns the
/// keys of existing target tables that a cycle leaves pointing forward.
fn write_order(tables: Vec<TablePlan>) -> (Vec<TablePlan>, Vec<order::Edge>) {
    let names: Vec<String> = tables.iter().map(|t| t.target.name.clone()).collect();
    let target_name = |source: &str| {
        tables
            .iter()
            .find(|t| t.source.name.eq_ignore_ascii_case(source))
            .map(|t| t.target.name.clone())
    };
    let mut edges = Vec::new();
    for t in &tables {
        // A source key the target does not declare constrains nothing.
        for fk in &t.source.foreign_keys {
            if let Some(parent) = target_name(&fk.ref_table) {
                edges.push(order::Edge {
                    child: t.target.name.clone(),
                    parent,
                    constraint: None,
                    columns: fk.columns.clone(),
                    deferrable: true,
                    existing: false,
                });
            }
        }
        edges.extend(
            order::edges_of(std::slice::from_ref(&t.target), t.create)
                .into_iter()
                .map(|e| order::Edge {
                    existing: !t.create,
                    ..e
                }),
        );
    }
    let (order, forward) = order::fk_order(&names, &edges);
    let forward = forward.into_iter().filter(|e| e.existing).collect();
    let mut by_name: std::collections::HashMap<String, TablePlan> = tables
        .into_iter()
        .map(|t| (t.target.name.clone(), t))
        .collect();
    let ordered = order.iter().filter_map(|n| by_name.remove(n)).collect();
    (ordered, forward)
}

/// Whether `target` holds `column`, of a PostgreSQL-only type, as it is:
/// PostgreSQL into a created column or one of the same family, and a
/// snapshot (which keeps PostgreSQL's text form and says so).
fn native_carried(engine: Engine, target: &Catalog, table: &Table, column: &Column) -> bool {
    let LogicalType::PgNative { family, .. } = &column.ty else {
        return true;
    };
    let existing = target
        .table(&table.name)
        .and_then(|t| t.column_like(&column.name));
    // A snapshot keeps every column as the source has it; PostgreSQL a
    // created column, or an existing one of the same family.
    engine.keeps_postgres_types()
        && (engine == Engine::Snapshot
            || existing.is_none_or(
                |e| matches!(&e.ty, LogicalType::PgNative { family: f, .. } if f == family),
            ))
}

/// Applies the conversions of PostgreSQL's own types: a column's
/// `[convert]` entry, else its family's `--convert` (where the target does
/// not hold the type as it is, and always into a snapshot, where asked);
/// a column that needs one and has none is a problem naming the flag.
fn native_types(
    settings: &Settings,
    target: &Catalog,
    tables: &mut [Table],
    problems: &mut Vec<String>,
) {
    let engine = settings.target.engine;
    let from_snapshot = settings.source.engine == Engine::Snapshot;
    for table in tables.iter_mut() {
        let snapshot = table.clone();
        for column in &mut table.columns {
            let label = format!("{}.{}", table.name, column.name);
            let LogicalType::PgNative { family, .. } = column.ty.clone() else {
                if matches!(column.convert, Some(Conversion::Json | Conversion::Text)) {
                    problems.push(format!(
                        "[convert] {label} = \"{}\": {} is not a PostgreSQL-only type and needs no conversion",
                        column.convert.map(|c| c.name()).unwrap_or_default(),
                        column.ty
                    ));
                }
                continue;
            };
            let carried = native_carried(engine, target, &snapshot, column);
            let form = column.convert.or_else(|| {
                let by_family = settings.type_conversions.get(&family).copied();
                by_family.filter(|_| !carried || engine == Engine::Snapshot)
            });
            let Some(form) = form else {
                if !carried {
                    let into = match target
                        .table(&table.name)
                        .and_then(|t| t.column_like(&column.name))
                    {
                        Some(e) => format!("the target column is {}", e.native),
                        None => format!("{engine} has no such type"),
                    };
                    problems.push(format!(
                        "{label}: {} cannot be written as it is ({into}); {}",
                        column.ty,
                        family.conversion_hint()
                    ));
                }
                continue;
            };
            if !family.forms().contains(&form) {
                let forms: Vec<&str> = family.forms().iter().map(|f| f.name()).collect();
                problems.push(format!(
                    "[convert] {label} = \"{}\": a {} value can become {}",
                    form.name(),
                    family.name(),
                    forms.join(" or ")
                ));
                continue;
            }
            if form == Conversion::Json && from_snapshot {
                problems.push(format!(
                    "{label}: the snapshot holds {} in PostgreSQL's text form, which only a PostgreSQL \
                     source turns into JSON; restore into PostgreSQL, or take the snapshot with --convert {}=json",
                    column.ty,
                    family.name()
                ));
                continue;
            }
            column.ty = match form {
                Conversion::Json => LogicalType::Json { binary: false },
                _ => LogicalType::Text {
                    max_len: None,
                    fixed: false,
                },
            };
            column.convert = Some(form);
        }
    }
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
    let Some(flavor) = crate::endpoint::sql::of(settings.source.engine) else {
        return Err(Error::bad_input(
            "[select.where] needs a database source; a snapshot is restored whole",
        ));
    };
    let refs = match rules::references(tables, rules) {
        Ok(refs) => refs,
        Err(mut p) => {
            problems.append(&mut p);
            return Ok(());
        }
    };
    if let Err(mut p) = scope::apply(tables, &rules.wheres, &refs, flavor) {
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
pub(crate) fn map_columns(
    source: &Table,
    target: &Table,
) -> std::result::Result<Table, Vec<String>> {
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
        indexes: target.indexes.clone(),
        checks: target.checks.clone(),
        computed: target.computed.clone(),
        comment: target.comment.clone(),
        dialect: target.dialect.clone(),
    })
}
