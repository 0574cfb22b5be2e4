//! `CREATE TABLE` for `--create-tables`, shared by the engines: each engine
//! supplies a [`Dialect`] for its identifiers, types and defaults, this
//! module assembles keys and foreign keys the same way for all.

use super::{Column, Default, Table};
use std::collections::HashSet;

/// How one engine spells the parts of a table definition.
pub trait Dialect {
    /// The engine's name as [`Default::Native`] records it.
    fn name(&self) -> &'static str;

    fn quote(&self, ident: &str) -> String;

    /// The column's type in this engine, or why it cannot be created.
    fn column_type(&self, column: &Column, in_single_pk: bool) -> Result<String, String>;

    /// Text after the type for an identity column (`AUTO_INCREMENT`, …).
    fn identity_suffix(&self, column: &Column, in_single_pk: bool) -> Option<String>;

    /// A string literal.
    fn string_literal(&self, s: &str) -> String {
        format!("'{}'", s.replace('\'', "''"))
    }

    fn bool_literal(&self, b: bool) -> String {
        if b { "TRUE" } else { "FALSE" }.into()
    }

    fn current_date(&self) -> String {
        "CURRENT_DATE".into()
    }

    /// A `CHECK` for the column, where the type alone does not restrict its
    /// values (SQLite enums).
    fn check(&self, _column: &Column) -> Option<String> {
        None
    }

    /// Whether the primary key is written inline for an identity column
    /// (SQLite's `INTEGER PRIMARY KEY`).
    fn identity_is_inline_pk(&self) -> bool {
        false
    }

    /// Whether unique and foreign keys go inside `CREATE TABLE` (SQLite,
    /// which cannot add them later and checks foreign keys at COMMIT) or in
    /// `ALTER TABLE` once the rows are written (so cycles load, and each
    /// key is checked once).
    fn inline_keys(&self) -> bool {
        false
    }

    fn table_options(&self) -> &'static str {
        ""
    }
}

/// The DDL of `--create-tables`: what runs before the rows and what after.
#[derive(Debug, Default)]
pub struct CreateScript {
    /// One `CREATE TABLE` per table, in the order given.
    pub tables: Vec<String>,
    /// Unique and foreign keys (unless the dialect writes them inline), to
    /// run once every row is written: as pg_dump orders its output, each
    /// key is checked once, in bulk, and cycles between the tables load in
    /// any order.
    pub after_rows: Vec<String>,
}

/// The statements creating `tables`. Foreign keys to tables neither in
/// `tables` nor in `existing` are left out with a logged warning.
///
/// # Errors
/// [`crate::Error::Preflight`] listing every column the dialect cannot create.
pub fn create_statements(
    tables: &[Table],
    existing: &HashSet<String>,
    dialect: &dyn Dialect,
) -> crate::Result<CreateScript> {
    let (script, warnings) =
        statements_and_warnings(tables, existing, dialect).map_err(crate::Error::Preflight)?;
    for w in warnings {
        tracing::warn!("{w}");
    }
    Ok(script)
}

fn statements_and_warnings(
    tables: &[Table],
    existing: &HashSet<String>,
    dialect: &dyn Dialect,
) -> Result<(CreateScript, Vec<String>), Vec<String>> {
    let known: HashSet<&str> = tables
        .iter()
        .map(|t| t.name.as_str())
        .chain(existing.iter().map(|s| s.as_str()))
        .collect();
    let mut statements = Vec::new();
    let mut after = Vec::new();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    for table in tables {
        let q = |s: &str| dialect.quote(s);
        let cols = |names: &[String]| names.iter().map(|n| q(n)).collect::<Vec<_>>().join(", ");
        let single_pk = table.primary_key.len() == 1;
        let mut parts = Vec::new();
        let mut inline_pk = false;
        for column in &table.columns {
            let in_single_pk = single_pk && table.primary_key[0] == column.name;
            let ty = match dialect.column_type(column, in_single_pk) {
                Ok(ty) => ty,
                Err(why) => {
                    problems.push(format!("{}.{}: {why}", table.name, column.name));
                    continue;
                }
            };
            let mut def = format!("{} {ty}", q(&column.name));
            if !column.nullable {
                def.push_str(" NOT NULL");
            }
            let identity = column
                .generated
                .as_ref()
                .and_then(|_| dialect.identity_suffix(column, in_single_pk));
            if let Some(d) = column.default.as_ref().filter(|_| identity.is_none()) {
                match default_sql(d, &column.ty, dialect) {
                    Some(sql) => def.push_str(&format!(" DEFAULT {sql}")),
                    None => warnings.push(format!(
                        "{}.{}: default {} has no equivalent in {} and was left out",
                        table.name,
                        column.name,
                        describe_default(d),
                        dialect.name()
                    )),
                }
            }
            if in_single_pk && column.generated.is_some() && dialect.identity_is_inline_pk() {
                def.push_str(" PRIMARY KEY");
                inline_pk = true;
            }
            if let Some(identity) = identity {
                def.push(' ');
                def.push_str(&identity);
            }
            if let Some(check) = dialect.check(column) {
                def.push_str(&format!(" CHECK ({check})"));
            }
            parts.push(def);
        }
        if !table.primary_key.is_empty() && !inline_pk {
            parts.push(format!("PRIMARY KEY ({})", cols(&table.primary_key)));
        }
        for unique in &table.unique_keys {
            let clause = format!("UNIQUE ({})", cols(unique));
            // Checked once, in bulk, after the rows, where keys come after.
            if dialect.inline_keys() {
                parts.push(clause);
            } else {
                after.push(format!("ALTER TABLE {} ADD {clause}", q(&table.name)));
            }
        }
        for fk in &table.foreign_keys {
            if !known.contains(fk.ref_table.as_str()) {
                warnings.push(format!(
                    "{}: foreign key to {} left out: that table is not copied and not in the target",
                    table.name, fk.ref_table
                ));
                continue;
            }
            let clause = format!(
                "FOREIGN KEY ({}) REFERENCES {} ({})",
                cols(&fk.columns),
                q(&fk.ref_table),
                cols(&fk.ref_columns)
            );
            if dialect.inline_keys() {
                parts.push(clause);
            } else {
                after.push(format!("ALTER TABLE {} ADD {clause}", q(&table.name)));
            }
        }
        statements.push(format!(
            "CREATE TABLE {} (\n  {}\n){}",
            q(&table.name),
            parts.join(",\n  "),
            dialect.table_options()
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((
        CreateScript {
            tables: statements,
            after_rows: after,
        },
        warnings,
    ))
}

/// A default as a warning names it.
fn describe_default(d: &Default) -> String {
    match d {
        Default::Native { dialect, sql } => format!("{sql} (a {dialect} expression)"),
        Default::Expression(sql) => sql.clone(),
        other => format!("{other:?}"),
    }
}

fn default_sql(d: &Default, ty: &super::LogicalType, dialect: &dyn Dialect) -> Option<String> {
    Some(match d {
        // SQLite and MySQL spell boolean defaults as 0 and 1.
        Default::Number(n) if *ty == super::LogicalType::Bool => match n.as_str() {
            "0" => dialect.bool_literal(false),
            "1" => dialect.bool_literal(true),
            _ => return None,
        },
        Default::Number(n) => n.clone(),
        Default::Text(s) => dialect.string_literal(s),
        Default::Bool(b) => dialect.bool_literal(*b),
        Default::CurrentTimestamp => "CURRENT_TIMESTAMP".into(),
        Default::CurrentDate => dialect.current_date(),
        Default::Native { dialect: d, sql } if d == dialect.name() => sql.clone(),
        Default::Expression(_) | Default::Native { .. } => return None,
    })
}

/// Classifies a default as an engine reports it (`'new'::character
/// varying`, `current_timestamp()`, `0`, `NULL`). `None`: no default.
pub fn parse_default(raw: Option<&str>) -> Option<Default> {
    let raw = raw?.trim();
    if raw.is_empty()
        || raw.eq_ignore_ascii_case("null")
        || raw.to_ascii_lowercase().starts_with("null::")
    {
        return None;
    }
    // Strip PostgreSQL casts: 'x'::text, (0)::numeric.
    let mut core = raw;
    if let Some(idx) = raw.rfind("::") {
        if !raw[idx..].contains('\'') {
            core = raw[..idx].trim();
        }
    }
    let core = core
        .strip_prefix('(')
        .and_then(|c| c.strip_suffix(')'))
        .unwrap_or(core);
    if core.len() >= 2 && core.starts_with('\'') && core.ends_with('\'') {
        return Some(Default::Text(core[1..core.len() - 1].replace("''", "'")));
    }
    let lower = core.to_ascii_lowercase();
    match lower.as_str() {
        "true" => return Some(Default::Bool(true)),
        "false" => return Some(Default::Bool(false)),
        "current_timestamp"
        | "current_timestamp()"
        | "now()"
        | "localtimestamp"
        | "transaction_timestamp()" => return Some(Default::CurrentTimestamp),
        "current_date" | "curdate()" | "current_date()" => return Some(Default::CurrentDate),
        _ => {}
    }
    if lower.starts_with("current_timestamp(") {
        return Some(Default::CurrentTimestamp);
    }
    let numeric = core.strip_prefix('-').unwrap_or(core);
    if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Some(Default::Number(core.to_string()));
    }
    Some(Default::Expression(raw.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_from_each_engine() {
        assert_eq!(
            parse_default(Some("'new'::character varying")),
            Some(Default::Text("new".into()))
        );
        assert_eq!(
            parse_default(Some("'it''s'")),
            Some(Default::Text("it's".into()))
        );
        assert_eq!(
            parse_default(Some("current_timestamp()")),
            Some(Default::CurrentTimestamp)
        );
        assert_eq!(
            parse_default(Some("(0)::numeric")),
            Some(Default::Number("0".into()))
        );
        assert_eq!(
            parse_default(Some("-1")),
            Some(Default::Number("-1".into()))
        );
        assert_eq!(parse_default(Some("NULL")), None);
        assert_eq!(
            parse_default(Some("gen_random_uuid()")),
            Some(Default::Expression("gen_random_uuid()".into()))
        );
    }
}
