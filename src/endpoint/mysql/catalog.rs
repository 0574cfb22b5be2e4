//! MySQL/MariaDB catalog from `information_schema`, for the URL's database.
//!
//! Every text column is converted to utf8mb4 and every number cast to CHAR
//! in SQL, and each cell is read as raw bytes: MariaDB reports some
//! `information_schema` columns as LONGTEXT or BLOB, with collations sqlx
//! would refuse to decode as `String`.

use super::types::{logical_type, ColumnInfo};
use crate::catalog::{
    ddl::parse_default, Catalog, Column, Computed, Default, ForeignKey, Generated, LogicalType,
    Table,
};
use crate::error::{DbContext, Result};
use sqlx::mysql::MySqlConnection;
use sqlx::{Row, ValueRef};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Runs `sql` and returns every cell as text (`None` for NULL). The query
/// must produce only character columns.
pub(crate) async fn text_rows(
    conn: &mut MySqlConnection,
    sql: &str,
    context: impl Fn() -> String,
) -> Result<Vec<Vec<Option<String>>>> {
    let rows = sqlx::query(sql)
        .fetch_all(&mut *conn)
        .await
        .context(&context)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut cells = Vec::with_capacity(row.len());
        for i in 0..row.len() {
            let raw = row.try_get_raw(i).context(&context)?;
            if raw.is_null() {
                cells.push(None);
                continue;
            }
            let bytes: &[u8] = row.try_get_unchecked(i).context(&context)?;
            cells.push(Some(String::from_utf8_lossy(bytes).into_owned()));
        }
        out.push(cells);
    }
    Ok(out)
}

pub(super) fn utf8(expr: &str) -> String {
    format!("CONVERT({expr} USING utf8mb4)")
}

pub(super) fn num(expr: &str) -> String {
    format!("CAST({expr} AS CHAR)")
}

/// The base tables of the connection's database.
pub async fn table_names(conn: &mut MySqlConnection) -> Result<Vec<String>> {
    let sql = format!(
        "SELECT {} FROM information_schema.TABLES \
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
        utf8("TABLE_NAME")
    );
    let rows = text_rows(conn, &sql, || "reading the MySQL catalog (tables)".into()).await?;
    Ok(rows.into_iter().filter_map(|mut r| r.remove(0)).collect())
}

pub async fn load(conn: &mut MySqlConnection, mariadb: bool) -> Result<Catalog> {
    let names = table_names(conn).await?;
    let mut tables: BTreeMap<String, Table> = names
        .iter()
        .map(|n| {
            let table = Table {
                name: n.clone(),
                dialect: "mysql".into(),
                ..Table::default()
            };
            (n.clone(), table)
        })
        .collect();
    let json_columns = if mariadb {
        json_columns(conn).await
    } else {
        HashSet::new()
    };
    columns(conn, &mut tables, &json_columns, mariadb).await?;
    keys(conn, &mut tables).await?;
    foreign_keys(conn, &mut tables).await?;
    super::schema::read(conn, &mut tables, &json_columns).await?;
    let views = super::schema::views(conn).await?;
    let mut by_name: HashMap<String, Table> = tables.into_iter().collect();
    Ok(Catalog {
        tables: names.iter().filter_map(|n| by_name.remove(n)).collect(),
        views,
        sequences: Vec::new(),
    })
}

/// MariaDB's json is longtext with CHECK (json_valid(`col`)): the
/// (table, column) pairs so declared.
async fn json_columns(conn: &mut MySqlConnection) -> HashSet<(String, String)> {
    let mut json_columns = HashSet::new();
    let sql = format!(
        "SELECT {}, {} FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()",
        utf8("TABLE_NAME"),
        utf8("CHECK_CLAUSE")
    );
    match text_rows(conn, &sql, || "reading the MySQL catalog (checks)".into()).await {
        Ok(rows) => {
            for row in rows {
                if let [Some(table), Some(clause)] = row.as_slice() {
                    if let Some(column) = json_valid_column(clause) {
                        json_columns.insert((table.clone(), column));
                    }
                }
            }
        }
        // Before MariaDB 10.2.22 there is no CHECK_CONSTRAINTS (and no
        // json alias worth detecting).
        Err(e) => tracing::debug!("no CHECK_CONSTRAINTS: {e}"),
    }
    json_columns
}

/// Each table's columns in order; generated columns go to `computed`.
async fn columns(
    conn: &mut MySqlConnection,
    tables: &mut BTreeMap<String, Table>,
    json_columns: &HashSet<(String, String)>,
    mariadb: bool,
) -> Result<()> {
    let sql = format!(
        "SELECT {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {} FROM information_schema.COLUMNS \
         WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION",
        utf8("TABLE_NAME"),
        utf8("COLUMN_NAME"),
        utf8("COLUMN_TYPE"),
        utf8("DATA_TYPE"),
        num("CHARACTER_MAXIMUM_LENGTH"),
        num("NUMERIC_PRECISION"),
        num("NUMERIC_SCALE"),
        utf8("IS_NULLABLE"),
        utf8("COLUMN_DEFAULT"),
        utf8("EXTRA"),
        utf8("GENERATION_EXPRESSION"),
        utf8("COLUMN_COMMENT"),
    );
    let rows = text_rows(conn, &sql, || "reading the MySQL catalog (columns)".into()).await?;
    for row in rows {
        let cell = |i: usize| row.get(i).cloned().flatten();
        let (Some(table), Some(name)) = (cell(0), cell(1)) else {
            continue;
        };
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        let column_type = cell(2).unwrap_or_default();
        let data_type = cell(3).unwrap_or_default();
        let extra = cell(9).unwrap_or_default().to_ascii_uppercase();
        let parse = |i: usize| cell(i).and_then(|v| v.trim().parse::<u64>().ok());
        let info = ColumnInfo {
            column_type: &column_type,
            data_type: &data_type,
            char_len: parse(4),
            precision: parse(5),
            scale: parse(6),
            json_check: json_columns.contains(&(table.clone(), name.clone())),
        };
        let ty = logical_type(&info);
        if extra.contains("VIRTUAL GENERATED")
            || extra.contains("STORED GENERATED")
            || extra.contains("PERSISTENT")
        {
            // Computed by the engine: created, never copied.
            t.computed.push(Computed {
                position: t.columns.len(),
                name,
                ty,
                native: column_type,
                expression: cell(10).unwrap_or_default(),
                stored: extra.contains("STORED") || extra.contains("PERSISTENT"),
                dialect: "mysql".into(),
            });
            continue;
        }
        let default = column_default(cell(8).as_deref(), &ty, &extra, mariadb);
        t.columns.push(Column {
            convert: None,
            nullable: cell(7).is_some_and(|v| v.eq_ignore_ascii_case("YES")),
            default,
            generated: extra
                .contains("AUTO_INCREMENT")
                .then_some(Generated::Identity { sequence: None }),
            native: column_type,
            ty,
            name,
            comment: cell(11).filter(|c| !c.is_empty()),
        });
    }
    Ok(())
}

/// Primary and unique keys, from the indexes that enforce them. A unique
/// index on a prefix (`code(10)`) or an expression does not make the column
/// unique and is left out.
async fn keys(conn: &mut MySqlConnection, tables: &mut BTreeMap<String, Table>) -> Result<()> {
    let sql = format!(
        "SELECT {}, {}, {}, {} FROM information_schema.STATISTICS \
         WHERE TABLE_SCHEMA = DATABASE() AND NON_UNIQUE = 0 \
         ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        utf8("TABLE_NAME"),
        utf8("INDEX_NAME"),
        utf8("COLUMN_NAME"),
        num("SUB_PART"),
    );
    let rows = text_rows(conn, &sql, || "reading the MySQL catalog (keys)".into()).await?;
    let mut indexes: BTreeMap<(String, String), (Vec<String>, bool)> = BTreeMap::new();
    for row in rows {
        let cell = |i: usize| row.get(i).cloned().flatten();
        let (Some(table), Some(index)) = (cell(0), cell(1)) else {
            continue;
        };
        let entry = indexes.entry((table, index)).or_insert((Vec::new(), true));
        match (cell(2), cell(3)) {
            (Some(column), None) => entry.0.push(column),
            _ => entry.1 = false,
        }
    }
    for ((table, index), (columns, whole)) in indexes {
        let Some(t) = tables.get_mut(&table) else {
            continue;
        };
        if !whole || columns.is_empty() {
            continue;
        }
        if index == "PRIMARY" {
            t.primary_key = columns;
        } else {
            t.unique_keys.push(columns);
        }
    }
    Ok(())
}

/// Foreign keys to tables of the same database, columns in key order.
async fn foreign_keys(
    conn: &mut MySqlConnection,
    tables: &mut BTreeMap<String, Table>,
) -> Result<()> {
    let sql = format!(
        "SELECT {}, {}, {}, {}, {} FROM information_schema.KEY_COLUMN_USAGE \
         WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL \
         AND REFERENCED_TABLE_SCHEMA = DATABASE() \
         ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
        utf8("TABLE_NAME"),
        utf8("CONSTRAINT_NAME"),
        utf8("COLUMN_NAME"),
        utf8("REFERENCED_TABLE_NAME"),
        utf8("REFERENCED_COLUMN_NAME"),
    );
    let rows = text_rows(conn, &sql, || {
        "reading the MySQL catalog (foreign keys)".into()
    })
    .await?;
    let mut fks: BTreeMap<(String, String), ForeignKey> = BTreeMap::new();
    for row in rows {
        let cell = |i: usize| row.get(i).cloned().flatten();
        let (Some(table), Some(name), Some(column), Some(ref_table), Some(ref_column)) =
            (cell(0), cell(1), cell(2), cell(3), cell(4))
        else {
            continue;
        };
        let fk = fks
            .entry((table, name.clone()))
            .or_insert_with(|| ForeignKey {
                name: Some(name),
                columns: Vec::new(),
                ref_table,
                ref_columns: Vec::new(),
                deferrable: false,
                ..ForeignKey::default()
            });
        fk.columns.push(column);
        fk.ref_columns.push(ref_column);
    }
    for ((table, _), fk) in fks {
        if let Some(t) = tables.get_mut(&table) {
            t.foreign_keys.push(fk);
        }
    }
    Ok(())
}

/// The column of a MariaDB `json_valid(`col`)` check, if that is all the
/// check says.
pub(super) fn json_valid_column(clause: &str) -> Option<String> {
    let c = clause.trim();
    let lower = c.to_ascii_lowercase();
    if !lower.starts_with("json_valid(") || !c.ends_with(')') {
        return None;
    }
    let inner = c["json_valid(".len()..c.len() - 1].trim();
    let name = inner.strip_prefix('`')?.strip_suffix('`')?;
    if name.replace("``", "").contains('`') {
        return None;
    }
    Some(name.replace("``", "`"))
}

/// A column default as `COLUMN_DEFAULT` reports it. MariaDB (10.2.7+)
/// quotes string literals and reports "no default" of a nullable column as
/// the text `NULL`; MySQL reports literals unquoted and marks expressions
/// with `DEFAULT_GENERATED`.
fn column_default(
    raw: Option<&str>,
    ty: &LogicalType,
    extra: &str,
    mariadb: bool,
) -> Option<Default> {
    use LogicalType as L;
    let raw = raw?;
    let parsed = if mariadb || extra.contains("DEFAULT_GENERATED") {
        parse_default(Some(raw))?
    } else {
        let numeric = matches!(
            ty.family(),
            crate::catalog::Family::Number | crate::catalog::Family::Float
        ) && !matches!(ty, L::Year);
        let upper = raw.trim().to_ascii_uppercase();
        if numeric || upper.starts_with("CURRENT_TIMESTAMP") || upper.starts_with("B'") {
            parse_default(Some(raw))?
        } else {
            Default::Text(raw.to_string())
        }
    };
    Some(match (ty, parsed) {
        (L::Bool, Default::Number(n)) if n == "0" || n == "1" => Default::Bool(n == "1"),
        (L::Bool, Default::Expression(e)) if e.eq_ignore_ascii_case("b'0'") => Default::Bool(false),
        (L::Bool, Default::Expression(e)) if e.eq_ignore_ascii_case("b'1'") => Default::Bool(true),
        (_, d) => d.in_dialect("mysql"),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn json_checks() {
        assert_eq!(json_valid_column("json_valid(`doc`)"), Some("doc".into()));
        assert_eq!(json_valid_column("json_valid(`a``b`)"), Some("a`b".into()));
        assert_eq!(json_valid_column("json_valid(`a`) and `b` > 0"), None);
        assert_eq!(json_valid_column("`a` > 0"), None);
    }

    #[test]
    fn defaults_of_both_servers() {
        let text = LogicalType::Text {
            max_len: Some(5),
            fixed: false,
        };
        assert_eq!(
            column_default(Some("'it''s'"), &text, "", true),
            Some(Default::Text("it's".into()))
        );
        assert_eq!(column_default(Some("NULL"), &text, "", true), None);
        assert_eq!(
            column_default(Some("'NULL'"), &text, "", true),
            Some(Default::Text("NULL".into()))
        );
        assert_eq!(
            column_default(Some("0"), &text, "", false),
            Some(Default::Text("0".into()))
        );
        assert_eq!(
            column_default(Some("1"), &LogicalType::Bool, "", true),
            Some(Default::Bool(true))
        );
        assert_eq!(
            column_default(Some("b'1'"), &LogicalType::Bool, "", true),
            Some(Default::Bool(true))
        );
        assert_eq!(
            column_default(
                Some("current_timestamp(6)"),
                &LogicalType::TimestampTz,
                "",
                true
            ),
            Some(Default::CurrentTimestamp)
        );
        assert_eq!(
            column_default(
                Some("CURRENT_TIMESTAMP"),
                &LogicalType::Timestamp,
                "DEFAULT_GENERATED",
                false
            ),
            Some(Default::CurrentTimestamp)
        );
        assert_eq!(column_default(None, &text, "", true), None);
    }
}
