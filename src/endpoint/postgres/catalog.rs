//! PostgreSQL catalog: base tables of the current schema from `pg_class`
//! (partitioned tables once, through the parent), columns with their base
//! types, keys, CHECKs and foreign-key actions from `pg_constraint`,
//! secondary indexes from `pg_index` (with `pg_get_indexdef` for a
//! PostgreSQL target), computed columns, comments, views and the sequences
//! no column owns.

use super::types::logical_type;
use crate::catalog::{
    ddl::parse_default, Action, Catalog, Check, Column, Computed, ForeignKey, Generated, Index,
    IndexPart, Sequence, Table, View,
};
use crate::error::{DbContext, Result};
use sqlx::postgres::PgConnection;
use std::collections::BTreeMap;

/// A relation as ferry names it: its name in the current schema,
/// `schema.name` in another the run reads (`$1`).
fn display(rel: &str, ns: &str) -> String {
    format!(
        "(CASE WHEN {ns}.nspname = current_schema() THEN {rel}.relname::text \
         ELSE {ns}.nspname::text || '.' || {rel}.relname::text END)"
    )
}

/// A catalog query with its `@NAME(rel,ns)` and `@IN(ns)` markers spelled
/// out: the current schema and those in `$1`.
fn sql(template: &str) -> String {
    let mut out = template.to_string();
    for (rel, ns) in [("c", "n"), ("root", "rootn"), ("r", "rn"), ("t", "tn")] {
        out = out.replace(&format!("@NAME({rel},{ns})"), &display(rel, ns));
    }
    out.replace(
        "@IN(n)",
        "(n.nspname = current_schema() OR n.nspname = ANY($1))",
    )
}

const TABLES: &str = "
SELECT @NAME(c,n)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE @IN(n) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY 1";

const COLUMNS: &str = "
SELECT @NAME(c,n), a.attname::text, bt.typname::text,
       CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,
       bt.typtype::text, bt.typcategory::text, format_type(a.atttypid, a.atttypmod),
       a.attnotnull OR (t.typtype = 'd' AND t.typnotnull),
       pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
       pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname::text),
       (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = bt.oid),
       format_type(bt.oid, CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END),
       col_description(c.oid, a.attnum),
       ARRAY(SELECT k.conname::text || chr(31) || pg_get_expr(k.conbin, 0) FROM pg_constraint k
             WHERE k.contypid = t.oid ORDER BY k.conname)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE @IN(n) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY 1, a.attnum";

/// Keys of the tables, and the foreign keys declared on partitions (not
/// inherited from the parent), reported on their partitioned root: its
/// rows are read and written through it (PostgreSQL 12+).
const CONSTRAINTS: &str = "
SELECT CASE WHEN root.oid IS NOT NULL THEN @NAME(root,rootn) ELSE @NAME(c,n) END,
       k.conname::text, k.contype::text,
       ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i),
       @NAME(r,rn),
       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i),
       k.condeferrable, k.condeferred, k.confdeltype::text, k.confupdtype::text,
       pg_get_expr(k.conbin, k.conrelid)
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class r ON r.oid = k.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
LEFT JOIN pg_class root ON c.relispartition AND root.oid = pg_partition_root(c.oid)
LEFT JOIN pg_namespace rootn ON rootn.oid = root.relnamespace
WHERE @IN(n) AND k.contype IN ('p', 'u', 'f', 'c')
  AND (NOT c.relispartition OR k.contype = 'f') AND k.conparentid = 0
ORDER BY c.relname, k.conname";

/// Secondary indexes: not those behind a primary key, unique or exclusion
/// constraint, not a partition's (its root has the index).
const INDEXES: &str = "
SELECT @NAME(c,n), i.relname::text, ix.indisunique, am.amname::text,
       pg_get_indexdef(ix.indexrelid), pg_get_expr(ix.indpred, ix.indrelid),
       ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true) FROM generate_series(1, ix.indnkeyatts) k ORDER BY k),
       ARRAY(SELECT ix.indkey[k - 1] = 0 FROM generate_series(1, ix.indnkeyatts) k ORDER BY k),
       ARRAY(SELECT (ix.indoption[k - 1] & 1) = 1 FROM generate_series(1, ix.indnkeyatts) k ORDER BY k),
       ix.indnatts > ix.indnkeyatts
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class c ON c.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = i.relam
WHERE @IN(n) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid AND k.contype IN ('p', 'u', 'x'))
ORDER BY c.relname, i.relname";

const TABLE_COMMENTS: &str = "
SELECT @NAME(c,n), obj_description(c.oid, 'pg_class')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE @IN(n) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND obj_description(c.oid, 'pg_class') IS NOT NULL";

/// Views and materialized views, with the tables and views they read.
const VIEWS: &str = "
SELECT @NAME(c,n), pg_get_viewdef(c.oid, true), c.relkind = 'm',
       ARRAY(SELECT DISTINCT @NAME(t,tn) FROM pg_depend d
             JOIN pg_rewrite r ON r.oid = d.objid
             JOIN pg_class t ON t.oid = d.refobjid
             JOIN pg_namespace tn ON tn.oid = t.relnamespace
             WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
               AND r.ev_class = c.oid AND t.oid <> c.oid),
       ARRAY(SELECT DISTINCT p.proname::text FROM pg_depend d
             JOIN pg_rewrite r ON r.oid = d.objid
             JOIN pg_proc p ON p.oid = d.refobjid
             JOIN pg_namespace pn ON pn.oid = p.pronamespace
             WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_proc'::regclass
               AND r.ev_class = c.oid AND pn.nspname NOT IN ('pg_catalog', 'information_schema'))
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE @IN(n) AND c.relkind IN ('v', 'm')
ORDER BY 1";

/// Sequences neither a serial column nor an identity owns.
const SEQUENCES: &str = "
SELECT @NAME(c,n), format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin,
       s.seqmax, s.seqcycle,
       CASE WHEN has_sequence_privilege(c.oid, 'SELECT') THEN pg_sequence_last_value(c.oid) END
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE @IN(n)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
  -- nor a column's default (nextval): that column is an identity
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_attrdef'::regclass
                  AND d.refobjid = c.oid)
ORDER BY c.relname";

type ColumnRow = (
    String,
    String,
    String,
    i32,
    String,
    String,
    String,
    bool,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<Vec<String>>,
    String,
    Option<String>,
    Vec<String>,
);

type ConstraintRow = (
    String,
    String,
    String,
    Vec<String>,
    Option<String>,
    Vec<String>,
    bool,
    bool,
    String,
    String,
    Option<String>,
);

/// name, definition, materialized, tables read, functions called
type ViewRow = (String, Option<String>, bool, Vec<String>, Vec<String>);

/// name, type, start, increment, min, max, cycle, last value
type SequenceRow = (String, String, i64, i64, i64, i64, bool, Option<i64>);

type IndexRow = (
    String,
    String,
    bool,
    String,
    String,
    Option<String>,
    Vec<String>,
    Vec<bool>,
    Vec<bool>,
    bool,
);

/// The tables, views and free sequences of the current schema and of
/// `schemas` (whose names ferry writes `schema.name`).
pub async fn load(conn: &mut PgConnection, schemas: &[String]) -> Result<Catalog> {
    let ctx = || "reading the PostgreSQL catalog".to_string();
    let names: Vec<(String,)> = sqlx::query_as(&sql(TABLES))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(ctx)?;
    let mut tables: BTreeMap<String, Table> = names
        .into_iter()
        .map(|(name,)| {
            (
                name.clone(),
                Table {
                    name,
                    dialect: "postgres".into(),
                    columns: Vec::new(),
                    primary_key: Vec::new(),
                    unique_keys: Vec::new(),
                    foreign_keys: Vec::new(),
                    filter: None,
                    ..Table::default()
                },
            )
        })
        .collect();
    columns(conn, schemas, &mut tables).await?;
    constraints(conn, schemas, &mut tables).await?;
    indexes(conn, schemas, &mut tables).await?;
    let comments: Vec<(String, String)> = sqlx::query_as(&sql(TABLE_COMMENTS))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(ctx)?;
    for (table, comment) in comments {
        if let Some(t) = tables.get_mut(&table) {
            t.comment = Some(comment);
        }
    }
    Ok(Catalog {
        tables: tables.into_values().collect(),
        views: views(conn, schemas).await?,
        sequences: sequences(conn, schemas).await?,
    })
}

/// Every table's columns: copied ones with their logical types, computed
/// ones, and the CHECKs their domains hold.
async fn columns(
    conn: &mut PgConnection,
    schemas: &[String],
    tables: &mut BTreeMap<String, Table>,
) -> Result<()> {
    let ctx = || "reading the PostgreSQL catalog (columns)".to_string();
    let columns: Vec<ColumnRow> = sqlx::query_as(&sql(COLUMNS))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(ctx)?;
    for (
        table,
        name,
        typname,
        typmod,
        typtype,
        category,
        native,
        notnull,
        default,
        identity,
        generated,
        sequence,
        labels,
        base,
        comment,
        domain_checks,
    ) in columns
    {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        let ty = logical_type(
            &super::types::PgType {
                typname: &typname,
                typmod,
                typtype: &typtype,
                category: &category,
                spelled: &base,
            },
            labels,
        );
        if !generated.is_empty() {
            // Computed by the engine: created, never copied.
            t.computed.push(Computed {
                position: t.columns.len(),
                name,
                ty,
                native,
                expression: default.unwrap_or_default(),
                stored: generated == "s",
                dialect: "postgres".into(),
            });
            continue;
        }
        // A domain's CHECKs hold for the column of its base type.
        for (check, expression) in domain_checks.iter().filter_map(|c| c.split_once('\u{1f}')) {
            t.checks.push(Check {
                name: Some(format!("{name}_{check}")),
                expression: crate::catalog::expr::replace_value(
                    expression,
                    &super::types::quote_ident(&name),
                ),
                dialect: "postgres".into(),
            });
        }
        let is_serial = default
            .as_deref()
            .is_some_and(|d| d.starts_with("nextval("));
        let generated = (!identity.is_empty() || is_serial).then(|| Generated::Identity {
            sequence: sequence.clone(),
        });
        t.columns.push(Column {
            convert: None,
            ty,
            native,
            nullable: !notnull,
            default: if is_serial {
                None
            } else {
                parse_default(default.as_deref())
                    .map(|d| d.in_dialect_raw("postgres", default.as_deref().unwrap_or_default()))
            },
            generated,
            name,
            comment,
        });
    }
    Ok(())
}

fn action(code: &str) -> Action {
    match code {
        "r" => Action::Restrict,
        "c" => Action::Cascade,
        "n" => Action::SetNull,
        "d" => Action::SetDefault,
        _ => Action::NoAction,
    }
}

/// Primary, unique and foreign keys, and CHECKs.
async fn constraints(
    conn: &mut PgConnection,
    schemas: &[String],
    tables: &mut BTreeMap<String, Table>,
) -> Result<()> {
    let rows: Vec<ConstraintRow> = sqlx::query_as(&sql(CONSTRAINTS))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(|| "reading the PostgreSQL catalog (constraints)".into())?;
    for (table, name, kind, cols, ref_table, ref_cols, deferrable, deferred, del, upd, check) in
        rows
    {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        match kind.as_str() {
            "p" => t.primary_key = cols,
            "u" => t.unique_keys.push(cols),
            "c" => t.checks.push(Check {
                name: Some(name),
                expression: check.unwrap_or_default(),
                dialect: "postgres".into(),
            }),
            // Every partition may declare the same key: once on the root.
            _ if t.foreign_keys.iter().any(|fk| {
                fk.columns == cols
                    && Some(&fk.ref_table) == ref_table.as_ref()
                    && fk.ref_columns == ref_cols
            }) => {}
            _ => t.foreign_keys.push(ForeignKey {
                name: Some(name),
                columns: cols,
                ref_table: ref_table.unwrap_or_default(),
                ref_columns: ref_cols,
                deferrable,
                initially_deferred: deferred,
                on_delete: action(&del),
                on_update: action(&upd),
            }),
        }
    }
    Ok(())
}

/// Secondary indexes, by part, with PostgreSQL's own statement for a
/// PostgreSQL target (its `ON schema.table` made `ON table`, so it lands
/// in the target's current schema).
async fn indexes(
    conn: &mut PgConnection,
    schemas: &[String],
    tables: &mut BTreeMap<String, Table>,
) -> Result<()> {
    let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
        .fetch_one(&mut *conn)
        .await
        .context(|| "reading the current schema".into())?;
    let rows: Vec<IndexRow> = sqlx::query_as(&sql(INDEXES))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(|| "reading the PostgreSQL catalog (indexes)".into())?;
    let d = super::types::PgDialect::default();
    for (table, name, unique, method, definition, predicate, texts, exprs, desc, include) in rows {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        let parts = texts
            .iter()
            .zip(&exprs)
            .zip(&desc)
            .map(|((text, expr), desc)| match expr {
                true => IndexPart::Expression(text.clone()),
                false => IndexPart::Column {
                    name: unquote(text),
                    descending: *desc,
                    prefix: None,
                },
            })
            .collect();
        let qualified = format!("{}.{}", d.quote_ident(&schema), d.quote_ident(&table));
        let definition = definition
            .replacen(
                &format!(" ON {qualified} "),
                &format!(" ON {} ", d.quote_ident(&table)),
                1,
            )
            .replacen(
                &format!(" ON ONLY {qualified} "),
                &format!(" ON ONLY {} ", d.quote_ident(&table)),
                1,
            );
        let index = Index {
            name,
            unique,
            parts,
            predicate,
            method: Some(method),
            dialect: "postgres".into(),
            // INCLUDE columns, operator classes, collations and storage
            // parameters are in the statement only.
            definition: Some(definition),
        };
        // A unique index on whole columns is a key, as a constraint is.
        let key: Option<Vec<String>> = index
            .parts
            .iter()
            .map(|p| match p {
                IndexPart::Column {
                    name,
                    descending: false,
                    ..
                } => Some(name.clone()),
                _ => None,
            })
            .collect();
        if let (Some(key), true, false) = (key, unique, index.predicate.is_some() || include) {
            if !t.unique_keys.contains(&key) {
                t.unique_keys.push(key);
            }
        }
        t.indexes.push(index);
    }
    Ok(())
}

/// `"Name"` → `Name`; `name` stays.
fn unquote(text: &str) -> String {
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => text.to_string(),
    }
}

async fn views(conn: &mut PgConnection, schemas: &[String]) -> Result<Vec<View>> {
    let rows: Vec<ViewRow> = sqlx::query_as(&sql(VIEWS))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(|| "reading the PostgreSQL catalog (views)".into())?;
    Ok(rows
        .into_iter()
        .map(
            |(name, definition, materialized, depends_on, functions)| View {
                name,
                definition: definition
                    .unwrap_or_default()
                    .trim()
                    .trim_end_matches(';')
                    .to_string(),
                dialect: "postgres".into(),
                materialized,
                depends_on,
                functions,
                statement: None,
            },
        )
        .collect())
}

async fn sequences(conn: &mut PgConnection, schemas: &[String]) -> Result<Vec<Sequence>> {
    let rows: Vec<SequenceRow> = sqlx::query_as(&sql(SEQUENCES))
        .bind(schemas)
        .fetch_all(&mut *conn)
        .await
        .context(|| "reading the PostgreSQL catalog (sequences)".into())?;
    Ok(rows
        .into_iter()
        .map(
            |(name, data_type, start, increment, min, max, cycle, last_value)| Sequence {
                name,
                data_type,
                start,
                increment,
                min,
                max,
                cycle,
                last_value,
            },
        )
        .collect())
}
