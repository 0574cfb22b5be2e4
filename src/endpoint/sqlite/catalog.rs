//! SQLite catalog: `sqlite_master` and the table-valued pragmas.

use super::schema;
use super::types::logical_type;
use crate::catalog::{
    ddl::parse_default, Action, Catalog, Column, Computed, ForeignKey, Generated, IndexPart,
    LogicalType, Table,
};
use crate::error::{DbContext, Result};
use sqlx::sqlite::SqliteConnection;

/// The base tables. With `infer` (a source), a column declared without a
/// type takes the type its stored values have ([`infer_untyped`]).
pub async fn load(conn: &mut SqliteConnection, infer: bool) -> Result<Catalog> {
    let names: Vec<(String,)> = sqlx::query_as(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
         AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(|e| match &e {
        // SQLITE_READONLY_ROLLBACK: a write was interrupted and its journal
        // must be rolled back, which a read-only source cannot do.
        sqlx::Error::Database(db) if db.code().as_deref() == Some("776") => crate::error::Error::failed(
            "the SQLite file has the journal of an interrupted write; open it once with write access \
             (for example `sqlite3 FILE 'PRAGMA quick_check'`) so SQLite rolls it back, then run again",
        ),
        _ => crate::error::Error::Database {
            context: "reading the SQLite catalog".into(),
            source: e,
        },
    })?;
    let mut tables = Vec::with_capacity(names.len());
    for (name,) in names {
        tables.push(load_table(conn, &name, infer).await?);
    }
    // Foreign keys that name no column refer to the parent's primary key.
    let pks: Vec<(String, Vec<String>)> = tables
        .iter()
        .map(|t| (t.name.clone(), t.primary_key.clone()))
        .collect();
    for table in &mut tables {
        for fk in &mut table.foreign_keys {
            if fk.ref_columns.iter().any(|c| c.is_empty()) {
                if let Some((_, pk)) = pks
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(&fk.ref_table))
                {
                    fk.ref_columns = pk.clone();
                }
            }
        }
    }
    let views: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name")
            .fetch_all(&mut *conn)
            .await
            .context(|| "reading the SQLite catalog (views)".into())?;
    Ok(Catalog {
        tables,
        views: views
            .into_iter()
            .filter_map(|(name, sql)| schema::view(&name, &sql?))
            .collect(),
        sequences: Vec::new(),
    })
}

async fn load_table(conn: &mut SqliteConnection, name: &str, infer: bool) -> Result<Table> {
    let ctx = || format!("reading the table {name}");
    let create: Option<String> =
        sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
            .bind(name)
            .fetch_optional(&mut *conn)
            .await
            .context(ctx)?
            .flatten();
    let create = create.unwrap_or_default();
    let (columns, computed, primary_key) = columns(conn, name, &create, infer).await?;
    let (unique_keys, indexes) = keys_and_indexes(conn, name).await?;
    Ok(Table {
        name: name.to_string(),
        columns,
        primary_key,
        unique_keys,
        foreign_keys: foreign_keys(conn, name).await?,
        filter: None,
        indexes,
        checks: schema::checks(&create),
        computed,
        comment: None,
        dialect: "sqlite".into(),
    })
}

/// The copied columns, the computed ones, and the primary key.
async fn columns(
    conn: &mut SqliteConnection,
    name: &str,
    create: &str,
    infer: bool,
) -> Result<(Vec<Column>, Vec<Computed>, Vec<String>)> {
    let rows: Vec<(String, String, i64, Option<String>, i64, i64)> = sqlx::query_as(
        "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid",
    )
    .bind(name)
    .fetch_all(&mut *conn)
    .await
    .context(|| format!("reading the columns of {name}"))?;
    let mut pk: Vec<(i64, String)> = rows
        .iter()
        .filter(|r| r.4 > 0)
        .map(|r| (r.4, r.0.clone()))
        .collect();
    pk.sort();
    let primary_key: Vec<String> = pk.into_iter().map(|(_, n)| n).collect();
    let mut columns = Vec::new();
    let mut computed = Vec::new();
    for (col, declared, notnull, default, pk_pos, hidden) in rows {
        if hidden == 2 || hidden == 3 {
            // Computed by the engine (VIRTUAL 2, STORED 3): created, never copied.
            computed.push(Computed {
                position: columns.len(),
                expression: schema::computed_expression(create, &col).unwrap_or_default(),
                ty: logical_type(&declared),
                native: declared,
                stored: hidden == 3,
                dialect: "sqlite".into(),
                name: col,
            });
            continue;
        }
        if hidden != 0 {
            continue; // a virtual table's hidden column
        }
        // Only a lone `INTEGER PRIMARY KEY` is the rowid, which SQLite
        // hands out by itself.
        let rowid =
            pk_pos > 0 && primary_key.len() == 1 && declared.eq_ignore_ascii_case("INTEGER");
        let ty = if infer && declared.trim().is_empty() {
            infer_untyped(conn, name, &col).await?
        } else {
            logical_type(&declared)
        };
        columns.push(Column {
            convert: None,
            ty,
            native: declared,
            nullable: notnull == 0 && !rowid && pk_pos == 0,
            default: parse_default(default.as_deref())
                .map(|d| d.in_dialect_raw("sqlite", default.as_deref().unwrap_or_default())),
            generated: rowid.then_some(Generated::Identity { sequence: None }),
            name: col,
            comment: None,
        });
    }
    Ok((columns, computed, primary_key))
}

/// The unique keys, and the indexes made by `CREATE INDEX` (a unique one
/// on whole columns is a key as well).
async fn keys_and_indexes(
    conn: &mut SqliteConnection,
    name: &str,
) -> Result<(Vec<Vec<String>>, Vec<crate::catalog::Index>)> {
    let ctx = || format!("reading the indexes of {name}");
    let indexes: Vec<(String, i64, String, i64)> = sqlx::query_as(
        "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name",
    )
    .bind(name)
    .fetch_all(&mut *conn)
    .await
    .context(ctx)?;
    let mut unique_keys = Vec::new();
    let mut secondary = Vec::new();
    for (index, unique, origin, partial) in indexes {
        if origin == "c" {
            // CREATE INDEX: its own statement is in sqlite_master.
            let sql: Option<String> = sqlx::query_scalar(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
            )
            .bind(&index)
            .fetch_optional(&mut *conn)
            .await
            .context(ctx)?
            .flatten();
            if let Some(i) = sql.and_then(|sql| schema::index(&index, unique != 0, &sql)) {
                let whole: Option<Vec<String>> = i
                    .parts
                    .iter()
                    .map(|p| match p {
                        IndexPart::Column { name, .. } => Some(name.clone()),
                        IndexPart::Expression(_) => None,
                    })
                    .collect();
                if let (Some(cols), true, 0) = (whole, unique != 0, partial) {
                    unique_keys.push(cols);
                }
                secondary.push(i);
            }
            continue;
        }
        if unique == 0 || partial != 0 || origin == "pk" {
            continue;
        }
        let cols: Vec<(String,)> =
            sqlx::query_as("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                .bind(&index)
                .fetch_all(&mut *conn)
                .await
                .context(ctx)?;
        unique_keys.push(cols.into_iter().map(|c| c.0).collect());
    }
    Ok((unique_keys, secondary))
}

/// Foreign keys with their actions; one that names no column refers to
/// the parent's primary key (filled in by `load`).
async fn foreign_keys(conn: &mut SqliteConnection, name: &str) -> Result<Vec<ForeignKey>> {
    let fk_rows: Vec<(i64, String, String, Option<String>, String, String)> = sqlx::query_as(
        "SELECT id, \"table\", \"from\", \"to\", on_delete, on_update FROM pragma_foreign_key_list(?) \
         ORDER BY id, seq",
    )
    .bind(name)
    .fetch_all(&mut *conn)
    .await
    .context(|| format!("reading the foreign keys of {name}"))?;
    let mut foreign_keys: Vec<(i64, ForeignKey)> = Vec::new();
    for (id, parent, from, to, on_delete, on_update) in fk_rows {
        match foreign_keys.last_mut() {
            Some((last, fk)) if *last == id => {
                fk.columns.push(from);
                fk.ref_columns.push(to.unwrap_or_default());
            }
            _ => foreign_keys.push((
                id,
                ForeignKey {
                    name: None,
                    columns: vec![from],
                    ref_table: parent,
                    ref_columns: vec![to.unwrap_or_default()],
                    on_delete: Action::parse(&on_delete),
                    on_update: Action::parse(&on_update),
                    ..ForeignKey::default()
                },
            )),
        }
    }
    Ok(foreign_keys.into_iter().map(|(_, fk)| fk).collect())
}

/// The type of a column declared without one (`CREATE TABLE t (a, b)`, as
/// programs often write them), from the storage classes its values have:
/// only integers → int64, numbers → float64 (integers past 2^53 are then
/// refused by value, not rounded), any text → text, only blobs → bytes.
/// Empty or all-NULL columns are text.
async fn infer_untyped(
    conn: &mut SqliteConnection,
    table: &str,
    column: &str,
) -> Result<LogicalType> {
    let d = super::types::SqliteDialect;
    let sql = format!(
        "SELECT DISTINCT typeof({}) FROM {}",
        d.quote_ident(column),
        d.quote_ident(table)
    );
    let classes: Vec<(String,)> = sqlx::query_as(&sql)
        .fetch_all(&mut *conn)
        .await
        .context(|| format!("reading the storage classes of {table}.{column}"))?;
    let has = |c: &str| classes.iter().any(|(k,)| k == c);
    Ok(
        if has("blob") && !has("text") && !has("integer") && !has("real") {
            LogicalType::Bytes {
                max_len: None,
                fixed: false,
            }
        } else if has("text") || has("blob") || classes.iter().all(|(k,)| k == "null") {
            LogicalType::Text {
                max_len: None,
                fixed: false,
            }
        } else if has("real") {
            LogicalType::Float64
        } else {
            LogicalType::Int64
        },
    )
}
