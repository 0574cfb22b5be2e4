//! What a MySQL/MariaDB table has beyond its columns and keys —
//! secondary indexes, CHECKs, foreign-key actions, table comments — and
//! the database's views, from `information_schema`.

use super::catalog::{num, text_rows, utf8};
use crate::catalog::{Action, Check, Index, IndexPart, Table, View};
use crate::error::Result;
use sqlx::mysql::MySqlConnection;
use std::collections::{BTreeMap, HashSet};

/// Adds indexes, CHECKs, foreign-key actions and table comments to
/// `tables`. `json_columns`: MariaDB's json columns, whose
/// `json_valid` CHECK the type stands for.
pub async fn read(
    conn: &mut MySqlConnection,
    tables: &mut BTreeMap<String, Table>,
    json_columns: &HashSet<(String, String)>,
) -> Result<()> {
    indexes(conn, tables).await?;
    checks(conn, tables, json_columns).await?;
    actions(conn, tables).await?;
    let sql = format!(
        "SELECT {}, {} FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() \
         AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COMMENT <> ''",
        utf8("TABLE_NAME"),
        utf8("TABLE_COMMENT")
    );
    for row in text_rows(conn, &sql, || "reading the MySQL catalog (comments)".into()).await? {
        if let [Some(table), Some(comment)] = row.as_slice() {
            if let Some(t) = tables.get_mut(table) {
                t.comment = Some(comment.clone());
            }
        }
    }
    Ok(())
}

/// Indexes other than the primary key and the unique keys the table's
/// keys already are.
async fn indexes(conn: &mut MySqlConnection, tables: &mut BTreeMap<String, Table>) -> Result<()> {
    let sql = format!(
        "SELECT {}, {}, {}, {}, {}, {}, {}, {} FROM information_schema.STATISTICS \
         WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY'",
        utf8("TABLE_NAME"),
        utf8("INDEX_NAME"),
        num("NON_UNIQUE"),
        utf8("COLUMN_NAME"),
        num("SUB_PART"),
        utf8("COLLATION"),
        utf8("INDEX_TYPE"),
        num("SEQ_IN_INDEX"),
    );
    // The server's own order (the table's keys as SHOW CREATE TABLE lists
    // them), each index's parts by SEQ_IN_INDEX.
    let mut rows = text_rows(conn, &sql, || "reading the MySQL catalog (indexes)".into()).await?;
    // A stable sort: the first parts in the server's order, then the rest.
    rows.sort_by_key(|r| {
        let seq = r
            .get(7)
            .cloned()
            .flatten()
            .and_then(|s| s.parse::<u32>().ok());
        seq.unwrap_or(0)
    });
    let mut found: Vec<((String, String), Index)> = Vec::new();
    for row in rows {
        let cell = |i: usize| row.get(i).cloned().flatten();
        let (Some(table), Some(name)) = (cell(0), cell(1)) else {
            continue;
        };
        let key = (table, name.clone());
        let at = match found.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                found.push((
                    key,
                    Index {
                        name: name.clone(),
                        unique: cell(2).as_deref() == Some("0"),
                        parts: Vec::new(),
                        predicate: None,
                        method: cell(6),
                        dialect: "mysql".into(),
                        definition: None,
                    },
                ));
                found.len() - 1
            }
        };
        let Some((_, index)) = found.get_mut(at) else {
            continue;
        };
        index.parts.push(match cell(3) {
            Some(column) => IndexPart::Column {
                name: column,
                descending: cell(5).as_deref() == Some("D"),
                prefix: cell(4).and_then(|p| p.parse().ok()),
            },
            // A functional key part (MySQL 8): its expression is not in
            // STATISTICS on MariaDB, which has none.
            None => IndexPart::Expression(String::new()),
        });
    }
    for ((table, _), index) in found {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        let whole: Option<Vec<String>> = index
            .parts
            .iter()
            .map(|p| match p {
                IndexPart::Column {
                    name, prefix: None, ..
                } => Some(name.clone()),
                _ => None,
            })
            .collect();
        // A unique key is also kept as its index, for its name: the DDL
        // creates it once, as the index.
        let _ = whole;
        t.indexes.push(index);
    }
    Ok(())
}

async fn checks(
    conn: &mut MySqlConnection,
    tables: &mut BTreeMap<String, Table>,
    json_columns: &HashSet<(String, String)>,
) -> Result<()> {
    let sql = format!(
        "SELECT {}, {}, {} FROM information_schema.TABLE_CONSTRAINTS t \
         JOIN information_schema.CHECK_CONSTRAINTS c \
           ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME \
         WHERE t.TABLE_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK' \
         ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME",
        utf8("t.TABLE_NAME"),
        utf8("t.CONSTRAINT_NAME"),
        utf8("c.CHECK_CLAUSE"),
    );
    // Servers before MySQL 8.0.16 / MariaDB 10.2 have no CHECKs to read.
    let rows = match text_rows(conn, &sql, || "reading the MySQL catalog (checks)".into()).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::debug!("no CHECK_CONSTRAINTS: {e}");
            return Ok(());
        }
    };
    let mut seen = HashSet::new();
    for row in rows {
        let [Some(table), Some(name), Some(clause)] = row.as_slice() else {
            continue;
        };
        // MariaDB lists a column's CHECK once per level it joins on.
        if !seen.insert((table.clone(), name.clone())) {
            continue;
        }
        let json = super::catalog::json_valid_column(clause)
            .is_some_and(|c| json_columns.contains(&(table.clone(), c)));
        if let (Some(t), false) = (tables.get_mut(table), json) {
            t.checks.push(Check {
                name: Some(name.clone()),
                expression: clause.clone(),
                dialect: "mysql".into(),
            });
        }
    }
    Ok(())
}

/// `ON DELETE` / `ON UPDATE`. MySQL's `RESTRICT` is its `NO ACTION`
/// (both check at once), so both read as no action.
async fn actions(conn: &mut MySqlConnection, tables: &mut BTreeMap<String, Table>) -> Result<()> {
    let sql = format!(
        "SELECT {}, {}, {}, {} FROM information_schema.REFERENTIAL_CONSTRAINTS \
         WHERE CONSTRAINT_SCHEMA = DATABASE()",
        utf8("TABLE_NAME"),
        utf8("CONSTRAINT_NAME"),
        utf8("DELETE_RULE"),
        utf8("UPDATE_RULE"),
    );
    let rule = |r: &Option<String>| match Action::parse(r.as_deref().unwrap_or("")) {
        Action::Restrict => Action::NoAction,
        other => other,
    };
    for row in text_rows(conn, &sql, || {
        "reading the MySQL catalog (foreign-key actions)".into()
    })
    .await?
    {
        let cell = |i: usize| row.get(i).cloned().flatten();
        let (Some(table), Some(name)) = (cell(0), cell(1)) else {
            continue;
        };
        if let Some(fk) = tables.get_mut(&table).and_then(|t| {
            t.foreign_keys
                .iter_mut()
                .find(|fk| fk.name.as_deref() == Some(&name))
        }) {
            fk.on_delete = rule(&cell(2));
            fk.on_update = rule(&cell(3));
        }
    }
    Ok(())
}

/// The database's views, their `db`.`name` qualifiers removed so that the
/// definition reads in another database.
pub async fn views(conn: &mut MySqlConnection) -> Result<Vec<View>> {
    let sql = format!(
        "SELECT {}, {}, {} FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME",
        utf8("TABLE_NAME"),
        utf8("VIEW_DEFINITION"),
        utf8("DATABASE()"),
    );
    let rows = text_rows(conn, &sql, || "reading the MySQL catalog (views)".into()).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| match row.as_slice() {
            [Some(name), Some(definition), Some(db)] => Some(View {
                name: name.clone(),
                definition: definition.replace(&format!("`{}`.", db.replace('`', "``")), ""),
                dialect: "mysql".into(),
                materialized: false,
                depends_on: Vec::new(),
                functions: Vec::new(),
                statement: None,
            }),
            _ => None,
        })
        .collect())
}
