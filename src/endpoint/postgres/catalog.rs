//! PostgreSQL catalog: base tables of the current schema from `pg_class`
//! (partitioned tables once, through the parent; no views), columns with
//! their base types, keys from `pg_constraint`.

use super::types::logical_type;
use crate::catalog::{ddl::parse_default, Catalog, Column, ForeignKey, Generated, Table};
use crate::error::{DbContext, Result};
use sqlx::postgres::PgConnection;
use std::collections::BTreeMap;

const TABLES: &str = "
SELECT c.relname::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY c.relname";

const COLUMNS: &str = "
SELECT c.relname::text, a.attname::text, bt.typname::text,
       CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,
       bt.typtype::text, bt.typcategory::text, format_type(a.atttypid, a.atttypmod),
       a.attnotnull OR (t.typtype = 'd' AND t.typnotnull),
       pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text,
       pg_get_serial_sequence(quote_ident(c.relname), a.attname::text),
       (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = bt.oid),
       format_type(bt.oid, CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY c.relname, a.attnum";

/// Keys of the tables, and the foreign keys declared on partitions (not
/// inherited from the parent), reported on their partitioned root: its
/// rows are read and written through it (PostgreSQL 12+).
const CONSTRAINTS: &str = "
SELECT coalesce(root.relname, c.relname)::text, k.conname::text, k.contype::text,
       ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i),
       r.relname::text,
       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i),
       k.condeferrable
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class r ON r.oid = k.confrelid
LEFT JOIN pg_class root ON c.relispartition AND root.oid = pg_partition_root(c.oid)
WHERE n.nspname = current_schema() AND k.contype IN ('p', 'u', 'f')
  AND (NOT c.relispartition OR k.contype = 'f') AND k.conparentid = 0
ORDER BY c.relname, k.conname";

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
);

type ConstraintRow = (
    String,
    String,
    String,
    Vec<String>,
    Option<String>,
    Vec<String>,
    bool,
);

pub async fn load(conn: &mut PgConnection) -> Result<Catalog> {
    let ctx = || "reading the PostgreSQL catalog".to_string();
    let names: Vec<(String,)> = sqlx::query_as(TABLES)
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
    let columns: Vec<ColumnRow> = sqlx::query_as(COLUMNS)
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
    ) in columns
    {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        if !generated.is_empty() {
            continue; // stored generated columns are computed by the target
        }
        let is_serial = default
            .as_deref()
            .is_some_and(|d| d.starts_with("nextval("));
        let generated = (!identity.is_empty() || is_serial).then(|| Generated::Identity {
            sequence: sequence.clone(),
        });
        t.columns.push(Column {
            convert: None,
            ty: logical_type(
                &super::types::PgType {
                    typname: &typname,
                    typmod,
                    typtype: &typtype,
                    category: &category,
                    spelled: &base,
                },
                labels,
            ),
            native,
            nullable: !notnull,
            default: if is_serial {
                None
            } else {
                parse_default(default.as_deref()).map(|d| d.in_dialect("postgres"))
            },
            generated,
            name,
            comment: None,
        });
    }
    let constraints: Vec<ConstraintRow> = sqlx::query_as(CONSTRAINTS)
        .fetch_all(&mut *conn)
        .await
        .context(ctx)?;
    for (table, name, kind, cols, ref_table, ref_cols, deferrable) in constraints {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        match kind.as_str() {
            "p" => t.primary_key = cols,
            "u" => t.unique_keys.push(cols),
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
                ..ForeignKey::default()
            }),
        }
    }
    Ok(Catalog {
        tables: tables.into_values().collect(),
        ..Catalog::default()
    })
}
