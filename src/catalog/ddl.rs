//! `CREATE TABLE` for `--create-tables`, shared by the engines: each engine
//! supplies a [`Dialect`] for its identifiers, types, defaults and the
//! other objects of a schema; this module assembles tables, keys, CHECKs
//! and computed columns the same way for all ([`super::create`] adds
//! indexes, comments, views and sequences).

use super::create::{check_condition, portable_index};
use super::expr::{self, Kind};
use super::{Action, Column, Computed, Default, ForeignKey, Index, Sequence, Table, View};
use std::collections::HashSet;

/// How an image table of `ferry undo` is keyed: by the table's primary key
/// and the op column, which the undo's statements join on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKey {
    /// A primary key from the start (SQLite, whose nested-loop joins need
    /// it while the images are taken).
    PrimaryKey,
    /// An index built once the rows are in (PostgreSQL: hash joins until
    /// then, and one sorted build instead of a row at a time).
    IndexAfterRows,
    /// An index on the primary key alone (MySQL: index keys are limited
    /// to 3072 bytes, which the primary key may fill already).
    KeyOnly,
}

/// An integer watermark less `lag`, as a literal.
pub fn integer_floor(value: &str, lag: i64) -> Option<String> {
    let n: i128 = value.trim().parse().ok()?;
    Some((n - i128::from(lag)).to_string())
}

/// The `strftime` format that writes a time the way `sample` is written
/// (`2026-12-01 10:00:00`, `2026-12-01T10:00:00.123Z`, `2026-12-01`), so
/// that text comparisons of the two order them by time.
pub fn sqlite_time_format(sample: &str) -> String {
    let s = sample.trim();
    if s.len() <= 10 {
        return "%Y-%m-%d".into();
    }
    let sep = if s.as_bytes().get(10) == Some(&b'T') {
        "T"
    } else {
        " "
    };
    let seconds = if s.get(19..20) == Some(".") {
        "%f"
    } else {
        "%S"
    };
    let zone = if s.ends_with('Z') { "Z" } else { "" };
    format!("%Y-%m-%d{sep}%H:%M:{seconds}{zone}")
}

/// How one engine spells the parts of a schema.
pub trait Dialect: Send + Sync {
    /// The engine's name as [`Default::Native`] and the catalog's
    /// expressions record it (`postgres`, `mysql`, `sqlite`).
    fn name(&self) -> &'static str;

    fn quote(&self, ident: &str) -> String;

    // --- Statements of promotions and scopes (staging, compare, apply).
    // The defaults are SQLite's spellings, standard SQL where it has one.

    /// `alias.column`, quoted.
    fn col(&self, alias: &str, column: &str) -> String {
        format!("{alias}.{}", self.quote(column))
    }

    /// The expression as text, as the key maps (`transform::keymap`) spell
    /// keys.
    fn text(&self, expr: &str) -> String {
        format!("CAST({expr} AS TEXT)")
    }

    /// Text parts joined by U+001F, the key maps' separator of a
    /// composite key's parts.
    fn join_key_parts(&self, parts: &[String]) -> String {
        parts.join(" || char(31) || ")
    }

    /// A key's text: its columns as text joined by U+001F.
    fn key_text(&self, alias: &str, columns: &[String]) -> String {
        let parts: Vec<String> = columns
            .iter()
            .map(|c| self.text(&self.col(alias, c)))
            .collect();
        match parts.as_slice() {
            [one] => one.clone(),
            _ => self.join_key_parts(&parts),
        }
    }

    /// NULL-safe equality.
    fn same(&self, a: &str, b: &str) -> String {
        format!("{a} IS {b}")
    }

    /// NULL-safe equality of two values of a column of type `ty`.
    fn same_value(&self, a: &str, b: &str, _ty: &super::LogicalType) -> String {
        self.same(a, b)
    }

    /// `CREATE … TABLE name AS SELECT …` of a temporary table that lives
    /// until the transaction ends, if the engine can say so, else until
    /// [`Dialect::drop_temporary`], indexed by `key` (the promotion's
    /// checks join on it: without the index SQLite's are quadratic).
    fn create_temporary(&self, name: &str, select: &str, key: &[String]) -> Vec<String> {
        let mut statements = vec![format!(
            "CREATE TEMP TABLE {} AS {select}",
            self.quote(name)
        )];
        if !key.is_empty() {
            statements.push(format!(
                "CREATE INDEX temp.{} ON {} ({})",
                self.quote(&format!("{name}_key")),
                self.quote(name),
                self.column_list(key)
            ));
        }
        statements
    }

    /// `SELECT "a", "b" FROM "t" WHERE (filter)`: a table's planned columns
    /// and rows.
    fn select_sql(&self, table: &super::Table) -> String {
        let columns: Vec<String> = table.columns.iter().map(|c| c.name.clone()).collect();
        format!(
            "SELECT {} FROM {}{}",
            self.column_list(&columns),
            self.quote(&table.name),
            table.where_clause()
        )
    }

    /// `"a", "b"`.
    fn column_list(&self, columns: &[String]) -> String {
        columns
            .iter()
            .map(|c| self.quote(c))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Drops a temporary table of [`Dialect::create_temporary`]; `None`
    /// when the commit does.
    fn drop_temporary(&self, name: &str) -> Option<String> {
        Some(format!("DROP TABLE temp.{}", self.quote(name)))
    }

    /// Statistics of a filled temporary table for the planner, where the
    /// engine has none until asked (PostgreSQL never analyzes temporary
    /// tables itself: it would take a few staged rows for many and join
    /// them by scanning the whole target). SQLite plans by its indexes.
    fn analyze_temporary(&self, _name: &str) -> Option<String> {
        None
    }

    /// Settings for the rest of the transaction that make the planner
    /// join a few staged rows with a large target by its primary key
    /// index, not by scanning it (PostgreSQL prefers a hash join over a
    /// 10,000,000-row table for 100,000 staged rows, three times slower).
    fn index_joins(&self) -> Vec<String> {
        Vec::new()
    }

    /// Whether one statement may read a temporary table twice (MySQL
    /// cannot: "Can't reopen table").
    fn reopens_temporary(&self) -> bool {
        true
    }

    /// `UPDATE target SET … FROM source s WHERE on AND differs`, in the
    /// engine's spelling: `sets` are `(column, value)` with values over `s`.
    fn update_from(
        &self,
        target: &str,
        source: &str,
        on: &str,
        sets: &[(String, String)],
        differs: &str,
    ) -> String {
        let sets: Vec<String> = sets
            .iter()
            .map(|(c, v)| format!("{} = {v}", self.quote(c)))
            .collect();
        format!(
            "UPDATE {target} SET {} FROM {source} s WHERE {on} AND {differs}",
            sets.join(", ")
        )
    }

    /// A query answering the current transaction's id as a row's
    /// [`Dialect::row_transaction`] tells it, where the engine keeps one
    /// per row (PostgreSQL's xmin); `None` elsewhere.
    fn current_transaction(&self) -> Option<&'static str> {
        None
    }

    /// The id of the transaction that wrote the row under `alias`, as
    /// [`Dialect::current_transaction`] answers it; `None` where rows keep
    /// none.
    fn row_transaction(&self, _alias: &str) -> Option<String> {
        None
    }

    /// A query answering one text that is the same for two connections
    /// exactly when they reach the same database of the same server,
    /// however the URLs spell the host (`localhost`, `127.0.0.1`, a
    /// socket); `None` where the engine is a file (SQLite).
    fn database_identity(&self) -> Option<&'static str> {
        None
    }

    /// Whether table names that differ only in case name one table
    /// (SQLite's do).
    fn table_names_fold_case(&self) -> bool {
        true
    }

    /// The limit `name` exceeds as an identifier (`63 bytes`), if it does;
    /// SQLite has none.
    fn identifier_too_long(&self, _name: &str) -> Option<&'static str> {
        None
    }

    /// How the row images of `ferry undo` are keyed on this engine.
    fn image_key(&self) -> ImageKey {
        ImageKey::PrimaryKey
    }

    /// What `INSERT INTO t (…) SELECT` needs to give an identity column
    /// its values (PostgreSQL's `GENERATED ALWAYS` refuses them otherwise).
    fn overriding_identity(&self) -> &'static str {
        ""
    }

    /// Statements that make the id generator of `table.column` hand out
    /// `next` next (`ferry undo`). SQLite keeps an AUTOINCREMENT table's
    /// last id in sqlite_sequence; other tables take the highest rowid.
    fn identity_reset(&self, table: &str, _column: &str, next: i64) -> Vec<String> {
        vec![format!(
            "UPDATE sqlite_sequence SET seq = {} WHERE name = {}",
            next - 1,
            self.string_literal(table)
        )]
    }

    /// Statements dropping `tables`, whatever keys join them.
    fn drop_tables(&self, tables: &[String]) -> Vec<String> {
        tables
            .iter()
            .map(|t| format!("DROP TABLE IF EXISTS {}", self.quote(t)))
            .collect()
    }

    /// One statement renaming every `(from, to)` table at once, on an
    /// engine that creates tables under provisional names (MySQL).
    fn rename_tables(&self, _pairs: &[(String, String)]) -> Option<String> {
        None
    }

    /// Whether [`Dialect::identity_reset`] commits (MySQL's ALTER TABLE):
    /// then it runs after the transaction.
    fn identity_reset_commits(&self) -> bool {
        false
    }

    /// A table, view or sequence as ferry names it (PostgreSQL's
    /// `schema.table` as two identifiers).
    fn quote_table(&self, name: &str) -> String {
        self.quote(name)
    }

    /// The column's type in this engine, or why it cannot be created.
    fn column_type(&self, column: &Column, in_single_pk: bool) -> Result<String, String>;

    /// Text after the type for an identity column (`AUTO_INCREMENT`, …).
    fn identity_suffix(&self, column: &Column, in_single_pk: bool) -> Option<String>;

    // --- Incremental copies (`plan::incremental`): cursor values as SQL.
    // The defaults are SQLite's, whose dates and times are text (or
    // numbers) compared as stored.

    /// `a` divided by `b`, both integers, as an integer (`a` already in
    /// parentheses where it needs them).
    fn int_div(&self, a: &str, b: i64) -> String {
        format!("{a} / {b}")
    }

    /// The expression as a 64-bit signed integer.
    fn bigint(&self, expr: &str) -> String {
        format!("CAST({expr} AS BIGINT)")
    }

    /// `value` (a watermark as this engine's SQL spelled it as text)
    /// less `lag` (seconds of a date or time, units of an integer), as an
    /// expression comparable with a column of type `ty`.
    fn watermark_floor(&self, value: &str, ty: &super::LogicalType, lag: i64) -> String {
        if let Some(n) = integer_floor(value, lag) {
            return n;
        }
        if ty.is_integer() || lag == 0 {
            return self.string_literal(value);
        }
        if let Ok(julian) = value.trim().parse::<f64>() {
            return format!("{}", julian - lag as f64 / 86_400.0);
        }
        format!(
            "strftime({}, {}, '-{lag} seconds')",
            self.string_literal(&sqlite_time_format(value)),
            self.string_literal(value)
        )
    }

    /// The source's clock as a value of a column of type `ty` spelled
    /// like `sample`; `None` for an integer column, which has no clock.
    fn clock(&self, ty: &super::LogicalType, sample: &str) -> Option<String> {
        if ty.is_integer() {
            return None;
        }
        if sample.trim().parse::<i64>().is_ok() {
            return Some("CAST(strftime('%s', 'now') AS INTEGER)".into());
        }
        if sample.trim().parse::<f64>().is_ok() {
            return Some("julianday('now')".into());
        }
        Some(format!(
            "strftime({}, 'now')",
            self.string_literal(&sqlite_time_format(sample))
        ))
    }

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

    /// Whether unique and foreign keys and CHECKs go inside `CREATE TABLE`
    /// (SQLite, which cannot add them later and checks foreign keys at
    /// COMMIT) or in `ALTER TABLE` once the rows are written (so cycles
    /// load, and each constraint is checked once).
    fn inline_keys(&self) -> bool {
        false
    }

    fn table_options(&self) -> &'static str {
        ""
    }

    /// An expression of the `from` dialect in this one: as it is on the same
    /// engine, else through [`expr::translate`].
    ///
    /// # Errors
    /// Why it has no faithful translation.
    fn expression(&self, sql: &str, from: &str, kind: Kind) -> Result<String, String> {
        if from == self.name() {
            return Ok(sql.to_string());
        }
        expr::translate(sql, from, self.name(), kind, &|s| self.quote(s))
    }

    /// A condition on `table`'s rows (a CHECK, a partial index's predicate)
    /// in this dialect, where it must compare as it did in `from`.
    ///
    /// # Errors
    /// Why it has no faithful translation.
    fn condition(&self, _table: &Table, sql: &str, from: &str) -> Result<String, String> {
        self.expression(sql, from, Kind::Expression)
    }

    /// `CREATE INDEX …` for `index` of `table`.
    ///
    /// # Errors
    /// Why this engine cannot hold it exactly.
    fn index(&self, table: &Table, index: &Index) -> Result<String, String> {
        portable_index(self.dyn_self(), table, index)
    }

    /// This dialect as a trait object (for the shared builders).
    fn dyn_self(&self) -> &dyn Dialect;

    /// What follows a foreign key's `REFERENCES …`: its actions and
    /// deferrability, and what of them this engine cannot hold.
    fn foreign_key_suffix(&self, _table: &Table, fk: &ForeignKey) -> (String, Vec<String>) {
        let mut suffix = actions(fk);
        if fk.deferrable {
            suffix.push_str(if fk.initially_deferred {
                " DEFERRABLE INITIALLY DEFERRED"
            } else {
                " DEFERRABLE INITIALLY IMMEDIATE"
            });
        }
        (suffix, Vec::new())
    }

    /// A computed column's definition.
    ///
    /// # Errors
    /// Why this engine cannot compute it.
    fn computed(&self, column: &Computed) -> Result<String, String> {
        let ty = self.column_type(&computed_as_column(column), false)?;
        let expression = self.expression(&column.expression, &column.dialect, Kind::Expression)?;
        Ok(format!(
            "{} {ty} GENERATED ALWAYS AS ({expression}) {}",
            self.quote(&column.name),
            if column.stored { "STORED" } else { "VIRTUAL" }
        ))
    }

    /// Whether column and table comments are written in `CREATE TABLE`
    /// (MySQL) rather than by statements of their own.
    fn inline_comments(&self) -> bool {
        false
    }

    /// Whether index names need only be unique within their table (MySQL);
    /// elsewhere they share a namespace with every table and index.
    fn index_names_per_table(&self) -> bool {
        false
    }

    /// The statements that set `table`'s comments, after it exists.
    ///
    /// # Errors
    /// Why this engine cannot keep them (SQLite has no comments).
    fn comments(&self, table: &Table) -> Result<Vec<String>, String> {
        let any = table.comment.is_some() || table.columns.iter().any(|c| c.comment.is_some());
        if any && !self.inline_comments() {
            return Err(format!("{} keeps no comments", self.name()));
        }
        Ok(Vec::new())
    }

    /// Whether `view` of another engine would read `tables` here as it
    /// did there (SQLite compares its decimal text columns as text).
    ///
    /// # Errors
    /// Why it would not.
    fn view_reads(&self, _view: &View, _tables: &[Table]) -> Result<(), String> {
        Ok(())
    }

    /// `CREATE VIEW …`.
    ///
    /// # Errors
    /// Why this engine cannot define it the same way.
    fn view(&self, view: &View) -> Result<String, String> {
        if view.materialized {
            return Err(format!("{} has no materialized views", self.name()));
        }
        let query = self.expression(&view.definition, &view.dialect, Kind::View)?;
        Ok(format!(
            "CREATE VIEW {} AS {query}",
            self.quote_table(&view.name)
        ))
    }

    /// The statements creating a free sequence at its current value.
    ///
    /// # Errors
    /// Why this engine cannot hold it.
    fn sequence(&self, _sequence: &Sequence) -> Result<Vec<String>, String> {
        Err(format!("{} has no sequences", self.name()))
    }
}

/// ` ON DELETE CASCADE ON UPDATE SET NULL`, leaving out `NO ACTION`.
pub fn actions(fk: &ForeignKey) -> String {
    let mut out = String::new();
    if fk.on_delete != Action::NoAction {
        out.push_str(&format!(" ON DELETE {}", fk.on_delete.sql()));
    }
    if fk.on_update != Action::NoAction {
        out.push_str(&format!(" ON UPDATE {}", fk.on_update.sql()));
    }
    out
}

/// A computed column as a plain column, for its type.
fn computed_as_column(c: &Computed) -> Column {
    Column {
        name: c.name.clone(),
        ty: c.ty.clone(),
        native: c.native.clone(),
        nullable: true,
        default: None,
        generated: None,
        convert: None,
        comment: None,
    }
}

/// The DDL of `--create-tables` for the tables themselves: what runs
/// before the rows and what after.
#[derive(Debug, Default)]
pub struct TableScript {
    /// One `CREATE TABLE` per table, in the order given.
    pub tables: Vec<String>,
    /// Unique and foreign keys and CHECKs (unless the dialect writes them
    /// inline), to run once every row is written: as pg_dump orders its
    /// output, each is checked once, in bulk, and cycles between the
    /// tables load in any order.
    pub after_rows: Vec<String>,
}

/// The statements creating `tables`, and what of them the dialect cannot
/// hold exactly (a foreign key to a table neither created nor existing, a
/// CHECK or computed column without a translation, …).
///
/// # Errors
/// [`crate::Error::Preflight`] listing every column the dialect cannot create.
pub fn create_statements(
    tables: &[Table],
    existing: &HashSet<String>,
    dialect: &dyn Dialect,
) -> crate::Result<(TableScript, Vec<String>)> {
    let known: HashSet<&str> = tables
        .iter()
        .map(|t| t.name.as_str())
        .chain(existing.iter().map(|s| s.as_str()))
        .collect();
    let mut script = TableScript::default();
    let mut used = HashSet::new();
    let mut problems = Vec::new();
    let mut not_carried = Vec::new();
    for table in tables {
        let mut parts = match column_definitions(table, dialect, &mut not_carried) {
            Ok(parts) => parts,
            Err(mut p) => {
                problems.append(&mut p);
                continue;
            }
        };
        let mut after = Vec::new();
        constraints(
            table,
            &known,
            dialect,
            &mut used,
            &mut parts,
            &mut after,
            &mut not_carried,
        );
        let mut options = dialect.table_options().to_string();
        if dialect.inline_comments() {
            if let Some(comment) = &table.comment {
                options.push_str(&format!(" COMMENT={}", dialect.string_literal(comment)));
            }
        }
        script.tables.push(format!(
            "CREATE TABLE {} (\n  {}\n){options}",
            dialect.quote_table(&table.name),
            parts.join(",\n  ")
        ));
        script.after_rows.append(&mut after);
    }
    if !problems.is_empty() {
        return Err(crate::Error::Preflight(problems));
    }
    Ok((script, not_carried))
}

/// Whether `index` is a plain unique index on exactly the columns `key`.
pub fn is_key_index(index: &super::Index, key: &[String]) -> bool {
    index.unique
        && index.predicate.is_none()
        && index.parts.len() == key.len()
        && index.parts.iter().zip(key).all(|(p, c)| {
            matches!(p, super::IndexPart::Column { name, prefix: None, descending: false } if name == c)
        })
}

/// `name`, or `table_name` (then `_3`, …) where the engine wants
/// constraint names unique in the whole database (MySQL) and it is taken.
fn constraint_name(
    name: &str,
    table: &Table,
    dialect: &dyn Dialect,
    used: &mut HashSet<String>,
) -> String {
    if !dialect.index_names_per_table() {
        return name.to_string();
    }
    let mut candidate = name.to_string();
    let mut n = 1;
    while !used.insert(candidate.to_ascii_lowercase()) {
        n += 1;
        candidate = match n {
            2 => format!("{}_{name}", table.name),
            _ => format!("{}_{name}_{n}", table.name),
        };
    }
    candidate
}

/// Each column's definition, computed columns at their places, and the
/// inline primary key.
fn column_definitions(
    table: &Table,
    dialect: &dyn Dialect,
    not_carried: &mut Vec<String>,
) -> Result<Vec<String>, Vec<String>> {
    let q = |s: &str| dialect.quote(s);
    let single_pk = table.primary_key.len() == 1;
    let mut parts = Vec::new();
    let mut problems = Vec::new();
    let mut inline_pk = false;
    let computed_at = |k: usize| table.computed.iter().filter(move |c| c.position == k);
    for (k, column) in table.columns.iter().enumerate() {
        for c in computed_at(k) {
            computed_part(table, c, dialect, &mut parts, not_carried);
        }
        let in_single_pk = single_pk && table.primary_key.first() == Some(&column.name);
        let ty = match dialect.column_type(column, in_single_pk) {
            Ok(ty) => ty,
            Err(why) => {
                problems.push(format!("{}.{}: {why}", table.name, column.name));
                continue;
            }
        };
        let mut def = format!("{} {ty}", q(&column.name));
        let rowid = in_single_pk && column.generated.is_some() && dialect.identity_is_inline_pk();
        // SQLite's rowid is never NULL and does not say NOT NULL.
        if !column.nullable && !rowid {
            def.push_str(" NOT NULL");
        }
        let identity = column
            .generated
            .as_ref()
            .and_then(|_| dialect.identity_suffix(column, in_single_pk));
        if let Some(d) = column.default.as_ref().filter(|_| identity.is_none()) {
            match default_sql(d, &column.ty, dialect) {
                Some(sql) => def.push_str(&format!(" DEFAULT {sql}")),
                None => not_carried.push(format!(
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
        if let (Some(comment), true) = (&column.comment, dialect.inline_comments()) {
            def.push_str(&format!(" COMMENT {}", dialect.string_literal(comment)));
        }
        parts.push(def);
    }
    for c in computed_at(table.columns.len()) {
        computed_part(table, c, dialect, &mut parts, not_carried);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if !table.primary_key.is_empty() && !inline_pk {
        let cols: Vec<String> = table.primary_key.iter().map(|n| q(n)).collect();
        parts.push(format!("PRIMARY KEY ({})", cols.join(", ")));
    }
    Ok(parts)
}

fn computed_part(
    table: &Table,
    c: &Computed,
    dialect: &dyn Dialect,
    parts: &mut Vec<String>,
    not_carried: &mut Vec<String>,
) {
    match dialect.computed(c) {
        Ok(def) => parts.push(def),
        Err(why) => not_carried.push(format!(
            "{}.{}: the computed column ({}) was left out: {why}",
            table.name, c.name, c.expression
        )),
    }
}

/// Unique and foreign keys and CHECKs: inline `parts` of `CREATE TABLE`,
/// or `ALTER TABLE … ADD` statements for after the rows.
fn constraints(
    table: &Table,
    known: &HashSet<&str>,
    dialect: &dyn Dialect,
    used: &mut HashSet<String>,
    parts: &mut Vec<String>,
    after: &mut Vec<String>,
    not_carried: &mut Vec<String>,
) {
    let q = |s: &str| dialect.quote(s);
    let cols = |names: &[String]| names.iter().map(|n| q(n)).collect::<Vec<_>>().join(", ");
    let mut place = |clause: String| {
        if dialect.inline_keys() {
            parts.push(clause);
        } else {
            after.push(format!(
                "ALTER TABLE {} ADD {clause}",
                dialect.quote_table(&table.name)
            ));
        }
    };
    for unique in &table.unique_keys {
        // On the same engine, a unique index on the same columns is created
        // as the index it was (with its name); elsewhere as a constraint.
        let index = table.indexes.iter().find(|i| is_key_index(i, unique));
        match index {
            Some(i) if i.dialect == dialect.name() => {}
            Some(i) => place(format!(
                "CONSTRAINT {} UNIQUE ({})",
                q(&constraint_name(&i.name, table, dialect, used)),
                cols(unique)
            )),
            None => place(format!("UNIQUE ({})", cols(unique))),
        }
    }
    for fk in &table.foreign_keys {
        if !known.contains(fk.ref_table.as_str()) {
            not_carried.push(format!(
                "{}: foreign key to {} left out: that table is not copied and not in the target",
                table.name, fk.ref_table
            ));
            continue;
        }
        let (suffix, mut lost) = dialect.foreign_key_suffix(table, fk);
        for why in lost.drain(..) {
            not_carried.push(format!(
                "{}: foreign key ({}) → {}: {why}",
                table.name,
                fk.columns.join(", "),
                fk.ref_table
            ));
        }
        let name = fk
            .name
            .as_ref()
            .map(|n| {
                format!(
                    "CONSTRAINT {} ",
                    q(&constraint_name(n, table, dialect, used))
                )
            })
            .unwrap_or_default();
        place(format!(
            "{name}FOREIGN KEY ({}) REFERENCES {} ({}){suffix}",
            cols(&fk.columns),
            dialect.quote_table(&fk.ref_table),
            cols(&fk.ref_columns)
        ));
    }
    for check in &table.checks {
        match check_condition(dialect, table, check) {
            Ok(condition) => place(match &check.name {
                Some(name) => format!(
                    "CONSTRAINT {} CHECK ({condition})",
                    q(&constraint_name(name, table, dialect, used))
                ),
                None => format!("CHECK ({condition})"),
            }),
            Err(why) => not_carried.push(format!(
                "{}: CHECK {}({}): {why}",
                table.name,
                check
                    .name
                    .as_deref()
                    .map(|n| format!("{n} "))
                    .unwrap_or_default(),
                check.expression
            )),
        }
    }
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
        // Another engine's clock functions have portable spellings.
        Default::Native { sql, .. } => match parse_default(Some(sql)) {
            Some(Default::CurrentTimestamp) => "CURRENT_TIMESTAMP".into(),
            Some(Default::CurrentDate) => dialect.current_date(),
            _ => return None,
        },
        Default::Expression(_) => return None,
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
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
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
