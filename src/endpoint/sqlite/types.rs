//! SQLite declared types ⇄ logical types.
//!
//! SQLite stores any value in any column; the declared type is what tells
//! ferry what the application means. Decimals are created as
//! `DECIMAL_TEXT(p,s)`: that name gives TEXT affinity, so values stay exact
//! (a plain `DECIMAL` column has NUMERIC affinity, which keeps only 15
//! significant digits).

use crate::catalog::{ddl::Dialect, Column, Index, LogicalType, Table};

/// Maps a declared type (`VARCHAR(16)`, `DECIMAL(12,2)`, `BIGINT UNSIGNED`).
pub fn logical_type(declared: &str) -> LogicalType {
    use LogicalType as L;
    let upper = declared.trim().to_ascii_uppercase();
    let (base, args) = split_args(&upper);
    let base = base.trim();
    let unsigned = base.contains("UNSIGNED");
    let base = base.replace("UNSIGNED", "");
    let base = base.trim();
    let n = args.first().copied();
    match base {
        "BOOL" | "BOOLEAN" => L::Bool,
        "TINYINT" if unsigned => L::UInt8,
        "TINYINT" | "INT1" => L::Int8,
        "SMALLINT" | "INT2" if unsigned => L::UInt16,
        "SMALLINT" | "INT2" => L::Int16,
        "MEDIUMINT" | "INT" | "INTEGER" if unsigned => L::UInt32,
        "MEDIUMINT" => L::Int32,
        "BIGINT" | "INT8" if unsigned => L::UInt64,
        "YEAR" => L::Year,
        "DECIMAL_TEXT" | "NUMERIC_TEXT" | "DECIMAL" | "NUMERIC" => match args.as_slice() {
            // Arrow's decimals hold precisions 1 to 76; DECIMAL(0) is
            // carried as exact text.
            [p] if (1..=76).contains(p) => L::Decimal {
                precision: *p as u8,
                scale: 0,
            },
            [p, s] if (1..=76).contains(p) && *s <= *p => L::Decimal {
                precision: *p as u8,
                scale: *s as i8,
            },
            _ => L::Numeric,
        },
        "REAL" | "DOUBLE" | "DOUBLE PRECISION" | "FLOAT" | "FLOAT8" => L::Float64,
        "FLOAT4" => L::Float32,
        "DATE" => L::Date,
        "TIME" => L::Time,
        "DATETIME" | "TIMESTAMP" | "TIMESTAMP WITHOUT TIME ZONE" => L::Timestamp,
        "TIMESTAMPTZ" | "TIMESTAMP WITH TIME ZONE" => L::TimestampTz,
        "UUID" => L::Uuid,
        "JSON" => L::Json { binary: false },
        "JSONB" => L::Json { binary: true },
        "BLOB" | "BYTEA" | "VARBINARY" | "LONGBLOB" | "MEDIUMBLOB" | "TINYBLOB" => L::Bytes {
            max_len: n,
            fixed: false,
        },
        "BINARY" => L::Bytes {
            max_len: n,
            fixed: true,
        },
        "CHAR" | "CHARACTER" | "NCHAR" => L::Text {
            max_len: n,
            fixed: true,
        },
        "" => L::Bytes {
            max_len: None,
            fixed: false,
        },
        other if other.contains("INT") => L::Int64,
        other if other.contains("CHAR") || other.contains("CLOB") || other.contains("TEXT") => {
            L::Text {
                max_len: n,
                fixed: false,
            }
        }
        other if other.contains("BLOB") => L::Bytes {
            max_len: None,
            fixed: false,
        },
        other if other.contains("REAL") || other.contains("FLOA") || other.contains("DOUB") => {
            L::Float64
        }
        _ => L::Numeric,
    }
}

fn split_args(upper: &str) -> (String, Vec<u32>) {
    match upper.split_once('(') {
        Some((base, rest)) => {
            let (inside, after) = rest.split_once(')').unwrap_or((rest, ""));
            let args = inside
                .split(',')
                .filter_map(|a| a.trim().parse().ok())
                .collect();
            // `INT(11) UNSIGNED`: keep the words after the parentheses.
            (format!("{} {}", base.trim(), after.trim()), args)
        }
        None => (upper.to_string(), Vec::new()),
    }
}

/// `BEFORE INSERT`, `AFTER UPDATE`, … from a trigger's `CREATE TRIGGER`.
pub fn trigger_event(sql: &str) -> String {
    let upper = sql.to_ascii_uppercase();
    let head = upper.split(" ON ").next().unwrap_or("");
    let timing = ["INSTEAD OF", "BEFORE", "AFTER"]
        .into_iter()
        .find(|t| head.contains(t))
        .unwrap_or("BEFORE");
    let event = ["INSERT", "UPDATE", "DELETE"]
        .into_iter()
        .find(|e| head.contains(e))
        .unwrap_or("?");
    format!("{timing} {event}")
}

/// `Ok` unless `sql` names a decimal column of `tables`: SQLite holds
/// decimals as text (`DECIMAL_TEXT`, exact) and compares text with a
/// number as text, so another engine's comparison would mean something
/// else here.
fn decimal_free(sql: &str, tables: &[Table]) -> Result<(), String> {
    let decimal = tables.iter().flat_map(|t| &t.columns).find(|c| {
        matches!(c.ty, LogicalType::Decimal { .. } | LogicalType::Numeric) && compared(sql, &c.name)
    });
    match decimal {
        Some(c) => Err(format!(
            "it compares the decimal column {}, which SQLite holds as text and would compare as text",
            c.name
        )),
        None => Ok(()),
    }
}

/// Whether `column` stands in `sql` next to a comparison (`<`, `=`,
/// `BETWEEN`, `IN`, …), quotes and parentheses aside.
fn compared(sql: &str, column: &str) -> bool {
    let lower = sql.to_ascii_lowercase();
    let name = column.to_ascii_lowercase();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let near = |text: &str| {
        let t = text.trim_matches(|c: char| c.is_whitespace() || "()\"`[]".contains(c));
        t.starts_with(['<', '>', '=', '!'])
            || t.ends_with(['<', '>', '=', '!'])
            || ["between", "in ", "in(", "like"]
                .iter()
                .any(|w| t.starts_with(w))
            || t.ends_with(" between")
    };
    let mut from = 0;
    while let Some(at) = lower[from..].find(&name).map(|i| i + from) {
        let end = at + name.len();
        let alone = !lower[..at].ends_with(is_word) && !lower[end..].starts_with(is_word);
        if alone {
            let (mut stop, mut start) = ((end + 12).min(lower.len()), at.saturating_sub(12));
            while !lower.is_char_boundary(stop) {
                stop += 1;
            }
            while !lower.is_char_boundary(start) {
                start -= 1;
            }
            let (after, before) = (&lower[end..stop], &lower[start..at]);
            if near(after) || near(before) {
                return true;
            }
        }
        from = end;
    }
    false
}

pub struct SqliteDialect;

impl SqliteDialect {
    pub fn quote_ident(&self, ident: &str) -> String {
        Dialect::quote(self, ident)
    }
}

impl Dialect for SqliteDialect {
    fn dyn_self(&self) -> &dyn Dialect {
        self
    }

    fn name(&self) -> &'static str {
        "sqlite"
    }

    fn quote(&self, ident: &str) -> String {
        format!("\"{}\"", ident.replace('"', "\"\""))
    }

    fn column_type(&self, column: &Column, in_single_pk: bool) -> Result<String, String> {
        use LogicalType as L;
        // A SQLite column's own declared type (the sink's translation
        // keeps it only for SQLite tables).
        if !column.native.is_empty() && !matches!(column.ty, L::Enum { .. } | L::Set { .. }) {
            return Ok(column.native.clone());
        }
        Ok(match &column.ty {
            // Only `INTEGER PRIMARY KEY` makes the column the rowid, which
            // is what hands out ids.
            L::Int8 | L::Int16 | L::Int32 | L::Int64 | L::UInt8 | L::UInt16 | L::UInt32
                if in_single_pk && column.generated.is_some() =>
            {
                "INTEGER".into()
            }
            L::Bool => "BOOLEAN".into(),
            L::Int8 => "TINYINT".into(),
            L::Int16 => "SMALLINT".into(),
            L::Int32 => "INT".into(),
            L::Int64 => "BIGINT".into(),
            L::UInt8 => "TINYINT UNSIGNED".into(),
            L::UInt16 => "SMALLINT UNSIGNED".into(),
            L::UInt32 => "INT UNSIGNED".into(),
            L::UInt64 => "BIGINT UNSIGNED".into(),
            L::Float32 => "FLOAT4".into(),
            L::Float64 => "DOUBLE".into(),
            L::Decimal { precision, scale } => format!("DECIMAL_TEXT({precision},{scale})"),
            L::Numeric => "DECIMAL_TEXT".into(),
            L::Text {
                max_len: Some(n),
                fixed: false,
            } => format!("VARCHAR({n})"),
            L::Text {
                max_len: Some(n),
                fixed: true,
            } => format!("CHAR({n})"),
            L::Text { max_len: None, .. } | L::Enum { .. } | L::Set { .. } => "TEXT".into(),
            L::Bytes {
                max_len: Some(n),
                fixed: false,
            } => format!("VARBINARY({n})"),
            L::Bytes {
                max_len: Some(n),
                fixed: true,
            } => format!("BINARY({n})"),
            L::Bytes { max_len: None, .. } => "BLOB".into(),
            L::Date => "DATE".into(),
            L::Time => "TIME".into(),
            L::Timestamp => "TIMESTAMP".into(),
            L::TimestampTz => "TIMESTAMPTZ".into(),
            L::Uuid => "UUID".into(),
            L::Json { binary: false } => "JSON".into(),
            L::Json { binary: true } => "JSONB".into(),
            L::Year => "YEAR".into(),
            L::PgNative { family, .. } => {
                return Err(format!(
                    "{} has no equivalent in SQLite; {}",
                    column.ty,
                    family.conversion_hint()
                ))
            }
            L::Unsupported { native, why } => return Err(format!("{native}: {why}")),
        })
    }

    fn identity_suffix(&self, _column: &Column, _in_single_pk: bool) -> Option<String> {
        None
    }

    fn bool_literal(&self, b: bool) -> String {
        if b { "1" } else { "0" }.into()
    }

    fn check(&self, column: &Column) -> Option<String> {
        match &column.ty {
            LogicalType::Enum { values, .. } if !values.is_empty() => Some(format!(
                "{} IN ({})",
                self.quote(&column.name),
                values
                    .iter()
                    .map(|v| self.string_literal(v))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            _ => None,
        }
    }

    fn identity_is_inline_pk(&self) -> bool {
        true
    }

    fn inline_keys(&self) -> bool {
        true
    }

    /// SQLite holds decimals as text (`DECIMAL_TEXT`, exact), and compares
    /// text with a number as text: another engine's condition on a
    /// decimal column would compare differently here.
    fn condition(&self, table: &Table, sql: &str, from: &str) -> Result<String, String> {
        if from != "sqlite" {
            decimal_free(sql, std::slice::from_ref(table))?;
        }
        self.expression(sql, from, crate::catalog::expr::Kind::Expression)
    }

    fn view(&self, view: &crate::catalog::View) -> Result<String, String> {
        if let (Some(statement), "sqlite") = (&view.statement, view.dialect.as_str()) {
            return Ok(statement.clone());
        }
        if view.materialized {
            return Err("sqlite has no materialized views".into());
        }
        let query = self.expression(
            &view.definition,
            &view.dialect,
            crate::catalog::expr::Kind::View,
        )?;
        Ok(format!(
            "CREATE VIEW {} AS {query}",
            self.quote_table(&view.name)
        ))
    }

    fn view_reads(&self, view: &crate::catalog::View, tables: &[Table]) -> Result<(), String> {
        match view.dialect.as_str() {
            "sqlite" => Ok(()),
            _ => decimal_free(&view.definition, tables),
        }
    }

    /// SQLite's own `CREATE INDEX` for its own index; another engine's
    /// from its parts (partial and expression indexes included).
    fn index(&self, table: &Table, index: &Index) -> Result<String, String> {
        if let (Some(definition), "sqlite") = (&index.definition, index.dialect.as_str()) {
            return Ok(definition.clone());
        }
        crate::catalog::create::portable_index(self, table, index)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn decimal_comparisons() {
        assert!(compared("(`credit` >= 0)", "credit"));
        assert!(compared("WHERE 100 < \"credit\"", "credit"));
        assert!(compared("credit BETWEEN 1 AND 2", "credit"));
        assert!(!compared("SELECT id, credit FROM customer", "credit"));
        assert!(!compared("SELECT credit_limit > 0", "credit"));
        assert!(!compared("é credit ü", "credit"));
    }

    #[test]
    fn a_decimal_of_no_digits_is_numeric_text() {
        assert_eq!(logical_type("DECIMAL(0)"), LogicalType::Numeric);
        assert_eq!(logical_type("NUMERIC(0,0)"), LogicalType::Numeric);
    }

    #[test]
    fn declared_types() {
        use LogicalType as L;
        assert_eq!(logical_type("INTEGER"), L::Int64);
        assert_eq!(logical_type("int(11) unsigned"), L::UInt32);
        assert_eq!(
            logical_type("VARCHAR(16)"),
            L::Text {
                max_len: Some(16),
                fixed: false
            }
        );
        assert_eq!(
            logical_type("DECIMAL_TEXT(12,2)"),
            L::Decimal {
                precision: 12,
                scale: 2
            }
        );
        assert_eq!(
            logical_type("numeric(12, 2)"),
            L::Decimal {
                precision: 12,
                scale: 2
            }
        );
        assert_eq!(logical_type("TIMESTAMPTZ"), L::TimestampTz);
        assert_eq!(logical_type("boolean"), L::Bool);
        assert_eq!(
            logical_type("text"),
            L::Text {
                max_len: None,
                fixed: false
            }
        );
    }
}
