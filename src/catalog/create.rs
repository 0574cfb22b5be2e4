//! What `--create-tables` creates — tables with their keys, CHECKs,
//! indexes, computed columns and comments, views and free sequences — as
//! statements in the target's dialect, in pg_dump's order: tables before
//! the rows; keys, CHECKs and indexes after them; views and sequences last.
//! What the target cannot hold exactly is listed by name with the reason
//! (`not_carried`), never dropped silently.

use super::ddl::{self, Dialect};
use super::expr::Kind;
use super::{Check, Index, IndexPart, Sequence, Table, View};
use std::collections::HashSet;

/// The part of a source catalog a run creates in the target.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    pub tables: Vec<Table>,
    /// In an order where each comes after the views it reads.
    pub views: Vec<View>,
    pub sequences: Vec<Sequence>,
    /// `--strict-schema`: a view the target refuses fails the run instead
    /// of being left out.
    pub strict: bool,
}

/// The statements creating a [`Schema`], by phase.
#[derive(Debug, Default, Clone)]
pub struct CreateScript {
    /// One `CREATE TABLE` per table, in the order given.
    pub tables: Vec<String>,
    /// Unique and foreign keys, CHECKs, indexes and comments, to run once
    /// every row is written (where the dialect does not write them inline).
    pub after_rows: Vec<String>,
    /// Views and sequences.
    pub last: Vec<String>,
    /// The views the script creates, for an engine whose DDL commits to
    /// drop again on rollback.
    pub views: Vec<String>,
    /// Everything the target's dialect cannot hold exactly, by name, with
    /// the reason.
    pub not_carried: Vec<String>,
    /// A view the target refuses fails the run (`--strict-schema`).
    pub strict: bool,
}

/// The statements creating `schema` on `dialect`; keys to tables neither in
/// it nor in `existing` are left out (and listed).
///
/// # Errors
/// [`crate::Error::Preflight`] listing every column the dialect cannot create.
pub fn script(
    schema: &Schema,
    existing: &HashSet<String>,
    dialect: &dyn Dialect,
) -> crate::Result<CreateScript> {
    let (tables, warnings) = ddl::create_statements(&schema.tables, existing, dialect)?;
    let mut out = CreateScript {
        tables: tables.tables,
        not_carried: warnings,
        strict: schema.strict,
        ..CreateScript::default()
    };
    indexes(schema, existing, dialect, &mut out);
    out.after_rows.extend(tables.after_rows);
    for table in &schema.tables {
        match dialect.comments(table) {
            Ok(mut sql) => out.after_rows.append(&mut sql),
            Err(why) => out
                .not_carried
                .push(format!("{}: comments: {why}", table.name)),
        }
    }
    views(schema, existing, dialect, &mut out);
    for sequence in &schema.sequences {
        match dialect.sequence(sequence) {
            Ok(mut sql) => out.last.append(&mut sql),
            Err(why) => out
                .not_carried
                .push(format!("sequence {}: {why}", sequence.name)),
        }
    }
    Ok(out)
}

/// Each table's secondary indexes, before its keys: MySQL makes an index
/// of its own for a foreign key that finds none. Names are kept unique
/// where the engine wants them unique among its tables and indexes
/// (MySQL's are per table).
fn indexes(
    schema: &Schema,
    existing: &HashSet<String>,
    dialect: &dyn Dialect,
    out: &mut CreateScript,
) {
    let mut used: HashSet<String> = schema
        .tables
        .iter()
        .map(|t| t.name.to_ascii_lowercase())
        .chain(existing.iter().map(|t| t.to_ascii_lowercase()))
        .collect();
    for table in &schema.tables {
        for index in &table.indexes {
            // Another engine's unique index behind a key is the key's
            // constraint here.
            let behind_key = table
                .unique_keys
                .iter()
                .any(|k| ddl::is_key_index(index, k));
            if behind_key && index.dialect != dialect.name() {
                continue;
            }
            let index = &unique_name(index, table, dialect, &mut used);
            match dialect.index(table, index) {
                Ok(sql) => out.after_rows.push(sql),
                Err(why) => out.not_carried.push(format!(
                    "{}: index {} {}: {why}",
                    table.name,
                    index.name,
                    describe(index)
                )),
            }
        }
    }
}

/// The views, each after the tables and views it reads; one that reads
/// what is not copied, or calls a function of the database's own, is
/// listed instead.
fn views(
    schema: &Schema,
    existing: &HashSet<String>,
    dialect: &dyn Dialect,
    out: &mut CreateScript,
) {
    let mut created: HashSet<String> = schema
        .tables
        .iter()
        .map(|t| t.name.to_ascii_lowercase())
        .collect();
    created.extend(existing.iter().map(|t| t.to_ascii_lowercase()));
    for view in &schema.views {
        let missing: Vec<&String> = view
            .depends_on
            .iter()
            .filter(|d| !created.contains(&d.to_ascii_lowercase()))
            .collect();
        if !view.functions.is_empty() {
            out.not_carried.push(format!(
                "view {}: it calls {}, which ferry does not copy",
                view.name,
                view.functions.join(", ")
            ));
            continue;
        }
        if !missing.is_empty() {
            out.not_carried.push(format!(
                "view {}: it reads {}, which {} not copied",
                view.name,
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                if missing.len() == 1 { "is" } else { "are" }
            ));
            continue;
        }
        match dialect
            .view_reads(view, &schema.tables)
            .and_then(|()| dialect.view(view))
        {
            Ok(sql) => {
                out.last.push(sql);
                out.views.push(view.name.clone());
                created.insert(view.name.to_ascii_lowercase());
            }
            Err(why) => out.not_carried.push(format!("view {}: {why}", view.name)),
        }
    }
}

/// What a view or sequence statement creates, for messages: its first
/// words (`CREATE VIEW "v"`).
pub fn head(sql: &str) -> String {
    let end = [" AS ", " START "]
        .iter()
        .filter_map(|w| sql.find(w))
        .min()
        .unwrap_or(sql.len().min(80));
    sql[..end].to_string()
}

/// `index`, renamed `table_index` (then `_3`, …) when its name is taken:
/// MySQL names indexes per table, other engines per schema.
fn unique_name(
    index: &Index,
    table: &Table,
    dialect: &dyn Dialect,
    used: &mut HashSet<String>,
) -> Index {
    if dialect.index_names_per_table() {
        return index.clone();
    }
    let mut name = index.name.clone();
    let mut n = 1;
    while used.contains(&name.to_ascii_lowercase()) {
        n += 1;
        name = match n {
            2 => format!("{}_{}", table.name, index.name),
            _ => format!("{}_{}_{n}", table.name, index.name),
        };
    }
    used.insert(name.to_ascii_lowercase());
    if name == index.name {
        return index.clone();
    }
    Index {
        name,
        // The engine's own statement names the index as it was.
        definition: None,
        ..index.clone()
    }
}

/// `(a, lower(b)) WHERE …` for messages.
fn describe(index: &Index) -> String {
    let parts: Vec<String> = index
        .parts
        .iter()
        .map(|p| match p {
            IndexPart::Column {
                name,
                descending,
                prefix,
            } => format!(
                "{name}{}{}",
                prefix.map(|n| format!("({n})")).unwrap_or_default(),
                if *descending { " DESC" } else { "" }
            ),
            IndexPart::Expression(e) => e.clone(),
        })
        .collect();
    format!("({})", parts.join(", "))
}

/// `CREATE [UNIQUE] INDEX name ON table (parts) [WHERE predicate]`, the
/// parts and predicate translated from the index's dialect; an access
/// method other than a B-tree has no equivalent elsewhere.
///
/// # Errors
/// Why the index cannot be created exactly.
pub fn portable_index(
    dialect: &dyn Dialect,
    table: &Table,
    index: &Index,
) -> Result<String, String> {
    let q = |s: &str| dialect.quote(s);
    if let Some(method) = &index.method {
        if !method.eq_ignore_ascii_case("btree") {
            return Err(format!(
                "a {method} index has no equivalent in {}",
                dialect.name()
            ));
        }
    }
    let mut parts = Vec::new();
    for part in &index.parts {
        parts.push(match part {
            IndexPart::Column {
                prefix: Some(_), ..
            } => return Err(format!("{} indexes no column prefix", dialect.name())),
            IndexPart::Column {
                name, descending, ..
            } => {
                format!("{}{}", q(name), if *descending { " DESC" } else { "" })
            }
            IndexPart::Expression(e) => {
                format!(
                    "({})",
                    dialect.expression(e, &index.dialect, Kind::Expression)?
                )
            }
        });
    }
    let predicate = match &index.predicate {
        Some(p) => format!(" WHERE {}", dialect.condition(table, p, &index.dialect)?),
        None => String::new(),
    };
    Ok(format!(
        "CREATE {}INDEX {} ON {} ({}){predicate}",
        if index.unique { "UNIQUE " } else { "" },
        q(&index.name),
        dialect.quote_table(&table.name),
        parts.join(", ")
    ))
}

/// A CHECK's condition in `dialect`.
///
/// # Errors
/// Why it has no faithful translation.
pub fn check_condition(
    dialect: &dyn Dialect,
    table: &Table,
    check: &Check,
) -> Result<String, String> {
    dialect.condition(table, &check.expression, &check.dialect)
}
