//! Tables, columns and keys as ferry sees them, whatever the engine.
//!
//! Each endpoint introspects its catalog into these structs; planning,
//! `--create-tables` and the writers work only with them.

pub mod create;
pub mod ddl;
pub mod expr;
pub mod provisional;
pub mod schema;
mod types;

pub use schema::{Action, Check, Computed, Index, IndexPart, Sequence, View};

pub use types::{can_convert, Family, LogicalType, NativeFamily, FIELD_LOGICAL_TYPE};

use arrow::datatypes::{Field, Schema, SchemaRef};
use std::collections::HashMap;
use std::sync::Arc;

/// How a column gets its values when an insert leaves it out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Generated {
    /// PostgreSQL `GENERATED … AS IDENTITY` / `serial`, MySQL
    /// `AUTO_INCREMENT`, SQLite `INTEGER PRIMARY KEY`.
    Identity {
        /// PostgreSQL only: the sequence behind the column.
        sequence: Option<String>,
    },
}

/// One column of a table.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Column {
    pub name: String,
    pub ty: LogicalType,
    /// The type as the engine spells it (`numeric(12,2)`, `tinyint(1)`).
    pub native: String,
    pub nullable: bool,
    /// The default as a portable literal, when ferry can carry it to another
    /// engine (`'new'`, `0`, `CURRENT_TIMESTAMP`); engine expressions that
    /// cannot be carried are dropped with a warning by `--create-tables`.
    pub default: Option<Default>,
    pub generated: Option<Generated>,
    /// A conversion the job allows for this column's values.
    pub convert: Option<Conversion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// Conversions a job can allow by name for values that cannot be carried
/// exactly; without one, such a value stops the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Conversion {
    /// MySQL zero dates (`0000-00-00`, `2020-00-15`) become NULL.
    ZeroDateToNull,
    /// A PostgreSQL array or composite value becomes JSON (PostgreSQL's
    /// `to_json`: arrays of its elements, objects of its fields).
    Json,
    /// A PostgreSQL value becomes its PostgreSQL text form.
    Text,
}

impl Conversion {
    pub fn name(self) -> &'static str {
        match self {
            Conversion::ZeroDateToNull => "zero-date-to-null",
            Conversion::Json => "json",
            Conversion::Text => "text",
        }
    }
}

/// A column default, classified so that `--create-tables` can spell it in
/// another engine's dialect.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Default {
    /// A number, written as is.
    Number(String),
    /// A string literal, unquoted.
    Text(String),
    Bool(bool),
    CurrentTimestamp,
    CurrentDate,
    /// Anything else, in an unknown dialect (snapshots written before
    /// [`Default::Native`]); not carried.
    Expression(String),
    /// Anything else, in the dialect of the engine that reported it
    /// (`postgres`, `mysql`, `sqlite`): created as it is on that engine,
    /// left out with a warning on another.
    Native {
        dialect: String,
        sql: String,
    },
}

impl Default {
    /// An [`Default::Expression`] as an expression of `dialect`.
    pub fn in_dialect(self, dialect: &str) -> Default {
        match self {
            Default::Expression(sql) => Default::Native {
                dialect: dialect.to_string(),
                sql,
            },
            other => other,
        }
    }

    /// Like [`Default::in_dialect`], and the engine's clock functions too
    /// (`now()`, `CURRENT_DATE`) as `raw`, the engine's own spelling, so
    /// that the same engine gets them back exactly and another the
    /// portable `CURRENT_TIMESTAMP` / `CURRENT_DATE`.
    pub fn in_dialect_raw(self, dialect: &str, raw: &str) -> Default {
        match self {
            Default::Expression(_) | Default::CurrentTimestamp | Default::CurrentDate => {
                Default::Native {
                    dialect: dialect.to_string(),
                    sql: raw.trim().to_string(),
                }
            }
            other => other,
        }
    }
}

/// A foreign key, `columns` of the owning table referring to
/// `ref_columns` of `ref_table`.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    /// PostgreSQL `DEFERRABLE`: the check can wait for the commit.
    #[serde(default)]
    pub deferrable: bool,
    /// `INITIALLY DEFERRED`: it does wait, unless told otherwise.
    #[serde(default)]
    pub initially_deferred: bool,
    #[serde(default)]
    pub on_delete: Action,
    #[serde(default)]
    pub on_update: Action,
}

/// One base table.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub primary_key: Vec<String>,
    pub unique_keys: Vec<Vec<String>>,
    pub foreign_keys: Vec<ForeignKey>,
    /// A row filter in SQL (`[select.where]` or derived from a scoped
    /// parent); readers and counts apply it. Never set on target tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// Secondary indexes (not those behind the primary and unique keys).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indexes: Vec<Index>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// Columns the engine computes: created, never copied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub computed: Vec<Computed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The engine whose catalog described the table (`postgres`, `mysql`,
    /// `sqlite`), so the same engine can create its types as they were.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dialect: String,
}

impl Column {
    /// A plain column of `ty` spelt `native` in the target: no default, no
    /// computed value, no conversion, no comment (the tables ferry makes
    /// itself, and tests).
    pub fn new(name: &str, ty: LogicalType, native: &str, nullable: bool) -> Self {
        Column {
            name: name.into(),
            ty,
            native: native.into(),
            nullable,
            default: None,
            generated: None,
            convert: None,
            comment: None,
        }
    }
}

impl Table {
    /// ` WHERE (filter)` for the table's filter, or nothing.
    pub fn where_clause(&self) -> String {
        match &self.filter {
            Some(f) => format!(" WHERE ({f})"),
            None => String::new(),
        }
    }

    /// Where the primary key's columns are among `columns`, in key order.
    pub fn key_positions(&self) -> Vec<usize> {
        self.primary_key
            .iter()
            .filter_map(|k| self.columns.iter().position(|c| &c.name == k))
            .collect()
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Finds a column by name, ignoring ASCII case when there is no exact
    /// match (MySQL and SQLite compare column names without case).
    pub fn column_like(&self, name: &str) -> Option<&Column> {
        self.column(name).or_else(|| {
            self.columns
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(name))
        })
    }

    /// The Arrow schema of this table's batches.
    pub fn arrow_schema(&self) -> SchemaRef {
        let fields: Vec<Field> = self
            .columns
            .iter()
            .map(|c| c.ty.arrow_field(&c.name, c.nullable))
            .collect();
        Arc::new(Schema::new(fields))
    }
}

/// The base tables of one database, by name, and its views and free
/// sequences.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub tables: Vec<Table>,
    pub views: Vec<View>,
    pub sequences: Vec<Sequence>,
}

impl Catalog {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name).or_else(|| {
            self.tables
                .iter()
                .find(|t| t.name.eq_ignore_ascii_case(name))
        })
    }

    pub fn by_name(&self) -> HashMap<&str, &Table> {
        self.tables.iter().map(|t| (t.name.as_str(), t)).collect()
    }
}

/// A foreign key between two tables a run writes, in target names: the
/// plan orders tables along these, and a sink defers the ones that point
/// forward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub child: String,
    pub parent: String,
    /// The constraint's name in the target, when it exists there.
    pub constraint: Option<String>,
    pub columns: Vec<String>,
    /// Whether the target checks it only at commit when asked to
    /// (PostgreSQL `DEFERRABLE`); keys ferry creates count as deferrable:
    /// they are added after the rows.
    pub deferrable: bool,
    /// Whether it is a constraint of a table the target already has (not
    /// one ferry creates, nor one only the source declares).
    pub existing: bool,
}
