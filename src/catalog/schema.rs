//! What a table has beyond its columns and keys — indexes, CHECK
//! constraints, computed columns, comments — and the views and sequences
//! of a database, as each engine's catalog reports them.
//!
//! Expressions (index expressions, partial predicates, CHECKs, computed
//! columns, view definitions) are kept in the SQL of the engine that
//! reported them, named by `dialect`: created as they are on that engine,
//! translated by [`super::expr`] for another where a faithful translation
//! exists, and otherwise listed by name as not carried.

/// A secondary index (primary keys and unique constraints are the table's
/// keys; a unique index that is not a constraint is here, `unique`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Index {
    pub name: String,
    pub unique: bool,
    pub parts: Vec<IndexPart>,
    /// The predicate of a partial index, in `dialect`'s SQL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    /// The access method where the engine has several: PostgreSQL `btree`,
    /// `hash`, `gin`, `gist`, `brin`, `spgist`; MySQL `BTREE`, `HASH`,
    /// `FULLTEXT`, `SPATIAL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The engine whose SQL `parts` and `predicate` are in.
    pub dialect: String,
    /// The engine's own statement (PostgreSQL `pg_get_indexdef`), replayed
    /// as it is on the same engine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
}

/// One part of an index key.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum IndexPart {
    Column {
        name: String,
        #[serde(default)]
        descending: bool,
        /// MySQL's prefix length (`name(10)`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        prefix: Option<u32>,
    },
    /// An expression, in the index's dialect.
    Expression(String),
}

/// A CHECK constraint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Check {
    pub name: Option<String>,
    /// The condition without `CHECK ( … )`, in `dialect`'s SQL.
    pub expression: String,
    pub dialect: String,
}

/// A column the engine computes (`GENERATED ALWAYS AS (…) STORED`,
/// MySQL `VIRTUAL`): created in the target, never copied.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Computed {
    pub name: String,
    pub ty: super::LogicalType,
    /// The type as the engine spells it.
    pub native: String,
    pub expression: String,
    pub stored: bool,
    pub dialect: String,
    /// Its position among the table's columns, counting the copied ones.
    pub position: usize,
}

/// A view (or a PostgreSQL materialized view).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct View {
    pub name: String,
    /// The `SELECT` that defines it, in `dialect`'s SQL.
    pub definition: String,
    pub dialect: String,
    #[serde(default)]
    pub materialized: bool,
    /// The tables and views it reads, as far as the engine tells it: a
    /// view is created after them.
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// Functions of the database's own it calls: ferry copies no
    /// functions, so such a view is listed as not carried.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub functions: Vec<String>,
    /// The engine's own `CREATE VIEW` where it keeps it as written
    /// (SQLite), replayed as it is on the same engine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

/// A sequence no column owns (PostgreSQL), created with its current value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Sequence {
    pub name: String,
    pub data_type: String,
    pub start: i64,
    pub increment: i64,
    pub min: i64,
    pub max: i64,
    pub cycle: bool,
    /// The value `nextval` last returned, if it was ever called.
    pub last_value: Option<i64>,
}

/// What a foreign key does when its parent row is deleted or updated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Action {
    #[default]
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

impl Action {
    /// The SQL words, as every engine spells them.
    pub fn sql(self) -> &'static str {
        match self {
            Action::NoAction => "NO ACTION",
            Action::Restrict => "RESTRICT",
            Action::Cascade => "CASCADE",
            Action::SetNull => "SET NULL",
            Action::SetDefault => "SET DEFAULT",
        }
    }

    /// Parses `CASCADE`, `SET NULL`, … (MySQL, SQLite) case-insensitively.
    pub fn parse(words: &str) -> Action {
        match words.trim().to_ascii_uppercase().as_str() {
            "RESTRICT" => Action::Restrict,
            "CASCADE" => Action::Cascade,
            "SET NULL" => Action::SetNull,
            "SET DEFAULT" => Action::SetDefault,
            _ => Action::NoAction,
        }
    }
}
