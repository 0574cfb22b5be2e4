//! Row images a run keeps in the target so that `ferry undo` can take it
//! back exactly.
//!
//! For every table a run writes there is one image table
//! `ferry_undo_<run>_<n>` with the table's own columns (their types as the
//! target spells them, all nullable, no defaults or identity) and an op
//! column: `b` rows are the rows as they were before the run (those it
//! updated or deleted), `a` rows as the run left them (those it inserted or
//! updated). The server copies them itself (`INSERT … SELECT` inside the
//! run's transaction), so the images cost no round trip per row and hold
//! every value exactly as the table did.
//!
//! Undoing a run deletes the rows whose keys have images and puts the `b`
//! rows back; a row whose `a` image differs from the table now was changed
//! since the run. A table without a primary key is imaged whole (only when
//! it was empty before the run): `a` is its whole content.

use crate::catalog::{Column, LogicalType, Table};
use crate::endpoint::sql::Flavor;

/// Names of image tables start with this; copies leave them out.
pub const PREFIX: &str = "ferry_undo_";

/// The op column of an image table.
pub const OP: &str = "ferry_op";

/// A row as it was before the run.
pub const BEFORE: &str = "b";
/// A row as the run left it.
pub const AFTER: &str = "a";
/// The key of a row the run is about to insert, until its `a` image is
/// taken.
pub const NEW_KEY: &str = "k";
/// The key of a row a plain copy found in the table, until the rows it
/// added are imaged.
pub const PRESENT: &str = "p";

/// What a run kept for one table, as the journal records it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TableImages {
    pub table: String,
    /// The image table; `None` when the run could keep none (`why_not`).
    pub images: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_not: Option<String>,
    /// The primary key the images are matched by; empty for a table
    /// imaged whole.
    pub key: Vec<String>,
    /// The table's id generator: its column and the value it would have
    /// handed out next before the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<(String, i64)>,
    /// The images are another run's, read with `a` and `b` the other way
    /// round: an undo that found nothing changed keeps its run's images
    /// instead of copying them again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub swapped: bool,
    /// No images: the table was empty before the run, and every row the
    /// run left there was written by its transaction (PostgreSQL tells a
    /// row's transaction: `xmin`), so a row changed since is one of
    /// another transaction, and the run's rows are all the table holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_by: Option<WrittenBy>,
}

/// The transaction that wrote every row of a table, and how many.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WrittenBy {
    pub transaction: i64,
    pub rows: u64,
}

impl TableImages {
    /// Images of `table` kept in `images`, matched by its primary key.
    pub fn of(table: &Table, images: String) -> Self {
        TableImages {
            table: table.name.clone(),
            images: Some(images),
            why_not: None,
            key: table.primary_key.clone(),
            identity: None,
            swapped: false,
            written_by: None,
        }
    }

    /// No images of `table`, and why.
    pub fn none(table: &str, why: &str) -> Self {
        TableImages {
            table: table.into(),
            images: None,
            why_not: Some(why.into()),
            key: Vec::new(),
            identity: None,
            swapped: false,
            written_by: None,
        }
    }
}

/// `ferry_undo_20261201_163512_3fa9c1_2`: the images of the run's table
/// number `index`.
pub fn table_name(run_id: &str, index: usize) -> String {
    format!("{PREFIX}{}_{index}", run_id.replace('-', "_"))
}

/// Whether `name` is an image table (left out of copies).
pub fn is_image_table(name: &str) -> bool {
    name.len() > PREFIX.len() && name[..PREFIX.len()].eq_ignore_ascii_case(PREFIX)
}

/// The image table of `target`, in the dialect `f`: the op column and
/// every column of the target, nullable, without defaults or identity,
/// keyed as the dialect's [`crate::catalog::ddl::ImageKey`] says.
pub fn image_table(target: &Table, name: &str, f: Flavor) -> Table {
    let op = Column::new(
        OP,
        LogicalType::Text {
            max_len: Some(1),
            fixed: false,
        },
        "varchar(1)",
        false,
    );
    let columns = std::iter::once(op)
        .chain(target.columns.iter().map(|c| Column {
            nullable: !target.primary_key.contains(&c.name),
            default: None,
            generated: None,
            convert: None,
            comment: None,
            ..c.clone()
        }))
        .collect();
    use crate::catalog::ddl::ImageKey;
    let with_op: Vec<String> = target
        .primary_key
        .iter()
        .cloned()
        .chain([OP.to_string()])
        .collect();
    let (primary_key, index) = match (target.primary_key.is_empty(), f.image_key()) {
        (true, _) => (Vec::new(), Vec::new()),
        (false, ImageKey::PrimaryKey) => (with_op, Vec::new()),
        (false, ImageKey::IndexAfterRows) => (Vec::new(), with_op),
        (false, ImageKey::KeyOnly) => (Vec::new(), target.primary_key.clone()),
    };
    let indexes = match index.is_empty() {
        true => Vec::new(),
        false => vec![crate::catalog::Index {
            name: format!("{name}_key"),
            unique: false,
            parts: index
                .into_iter()
                .map(|k| crate::catalog::IndexPart::Column {
                    name: k,
                    descending: false,
                    prefix: None,
                })
                .collect(),
            predicate: None,
            method: None,
            dialect: f.name().to_string(),
            definition: None,
        }],
    };
    Table {
        name: name.into(),
        columns,
        primary_key,
        indexes,
        dialect: target.dialect.clone(),
        ..Table::default()
    }
}

/// The statements that copy rows into an image table, in one engine's
/// dialect.
pub struct Images<'a> {
    pub f: Flavor,
    /// The image table.
    pub images: &'a str,
    /// The target table, all its columns.
    pub target: &'a Table,
}

impl Images<'_> {
    fn u(&self) -> String {
        self.f.quote_table(self.images)
    }

    fn t(&self) -> String {
        self.f.quote_table(&self.target.name)
    }

    /// Every column of the target.
    pub fn all(&self) -> Vec<String> {
        self.target.columns.iter().map(|c| c.name.clone()).collect()
    }

    /// `INSERT INTO images (op, columns) `, for a select of
    /// [`Images::values`] of the same columns.
    pub fn insert_into(&self, columns: &[String]) -> String {
        let names: Vec<String> = columns.iter().map(|c| self.f.quote(c)).collect();
        format!(
            "INSERT INTO {} ({}, {}) ",
            self.u(),
            self.f.quote(OP),
            names.join(", ")
        )
    }

    /// `'op', alias.columns`: a select list for [`Images::insert_into`].
    pub fn values(&self, op: &str, alias: &str, columns: &[String]) -> String {
        let values: Vec<String> = columns.iter().map(|c| self.f.col(alias, c)).collect();
        format!("'{op}', {}", values.join(", "))
    }

    /// `INSERT INTO images (op, columns) SELECT 'op', alias.columns …`:
    /// `rest` is the select's `FROM … WHERE …`.
    pub fn copy(&self, op: &str, columns: &[String], alias: &str, rest: &str) -> String {
        format!(
            "{}SELECT {} {rest}",
            self.insert_into(columns),
            self.values(op, alias, columns)
        )
    }

    /// Whole rows of the target under alias `alias`, `rest` being the
    /// select's `FROM … WHERE …`.
    pub fn rows(&self, op: &str, alias: &str, rest: &str) -> String {
        self.copy(op, &self.all(), alias, rest)
    }

    /// The keys only (`k`, `p`).
    pub fn keys(&self, op: &str, alias: &str, rest: &str) -> String {
        self.copy(op, &self.target.primary_key, alias, rest)
    }

    /// Every row of the target now.
    pub fn whole(&self, op: &str) -> String {
        self.rows(op, "t", &format!("FROM {} t", self.t()))
    }

    /// Key equality of the target's alias `t` and the images' alias `u`.
    pub fn key_eq(&self, t: &str, u: &str) -> String {
        self.target
            .primary_key
            .iter()
            .map(|k| format!("{} = {}", self.f.col(t, k), self.f.col(u, k)))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// `EXISTS` (or `NOT EXISTS`) an image with one of `ops` of the key of
    /// the target row under alias `t`.
    pub fn has_image(&self, t: &str, ops: &[&str], exists: bool) -> String {
        let ops: Vec<String> = ops.iter().map(|o| format!("'{o}'")).collect();
        format!(
            "{}EXISTS (SELECT 1 FROM {} u WHERE u.{} IN ({}) AND {})",
            if exists { "" } else { "NOT " },
            self.u(),
            self.f.quote(OP),
            ops.join(", "),
            self.key_eq(t, "u")
        )
    }

    /// Target rows now whose keys have images with one of `ops`.
    pub fn rows_with_keys(&self, op: &str, ops: &[&str]) -> String {
        let rest = format!(
            "FROM {} t WHERE {}",
            self.t(),
            self.has_image("t", ops, true)
        );
        self.rows(op, "t", &rest)
    }

    /// Target rows now whose keys have no image with one of `ops`, and
    /// that meet `also` (a condition on the alias `t`) when there is one.
    pub fn rows_without_keys(&self, op: &str, ops: &[&str], also: Option<&str>) -> String {
        let mut rest = format!(
            "FROM {} t WHERE {}",
            self.t(),
            self.has_image("t", ops, false)
        );
        if let Some(also) = also {
            rest.push_str(&format!(" AND {also}"));
        }
        self.rows(op, "t", &rest)
    }

    /// Removes the images with `op` (the transient `k` and `p` keys).
    pub fn forget(&self, op: &str) -> String {
        format!(
            "DELETE FROM {} WHERE {} = '{op}'",
            self.u(),
            self.f.quote(OP)
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            name: "app_form".into(),
            columns: vec![
                Column::new("id", LogicalType::Int64, "bigint", false),
                Column::new("json", LogicalType::Json { binary: false }, "json", false),
            ],
            primary_key: vec!["id".into()],
            dialect: "postgres".into(),
            ..Table::default()
        }
    }

    #[test]
    fn image_tables_keep_the_columns_keyed_by_key_and_op() {
        let images = image_table(
            &table(),
            "ferry_undo_x_0",
            &crate::endpoint::sqlite::DIALECT,
        );
        let names: Vec<&str> = images.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["ferry_op", "id", "json"]);
        assert_eq!(images.primary_key, ["id", "ferry_op"]);
        assert!(images.columns[2].nullable, "a key-only image has no json");
        assert_eq!(images.columns[2].native, "json");
        let mysql = image_table(&table(), "ferry_undo_x_0", &crate::endpoint::mysql::DIALECT);
        assert!(
            mysql.primary_key.is_empty(),
            "MySQL's key may be full already"
        );
        assert_eq!(mysql.indexes[0].name, "ferry_undo_x_0_key");
        assert_eq!(mysql.indexes[0].parts.len(), 1);
        let pg = image_table(
            &table(),
            "ferry_undo_x_0",
            &crate::endpoint::postgres::DIALECT,
        );
        assert!(pg.primary_key.is_empty(), "built after the rows");
        assert_eq!(pg.indexes[0].parts.len(), 2);
        assert!(is_image_table("FERRY_UNDO_20261201_1"));
        assert!(!is_image_table("ferry_undo_"));
        assert_eq!(
            table_name("20261201-163512-3fa9c1", 2),
            "ferry_undo_20261201_163512_3fa9c1_2"
        );
    }

    #[test]
    fn statements_copy_whole_rows_or_keys() {
        let t = table();
        let i = Images {
            f: &crate::endpoint::postgres::DIALECT,
            images: "u1",
            target: &t,
        };
        assert_eq!(
            i.rows_with_keys(AFTER, &[BEFORE, NEW_KEY]),
            "INSERT INTO \"u1\" (\"ferry_op\", \"id\", \"json\") SELECT 'a', t.\"id\", t.\"json\" \
             FROM \"app_form\" t WHERE EXISTS (SELECT 1 FROM \"u1\" u WHERE u.\"ferry_op\" IN ('b', 'k') \
             AND t.\"id\" = u.\"id\")"
        );
        assert_eq!(
            i.keys(PRESENT, "t", "FROM \"app_form\" t"),
            "INSERT INTO \"u1\" (\"ferry_op\", \"id\") SELECT 'p', t.\"id\" FROM \"app_form\" t"
        );
        assert_eq!(
            i.forget(PRESENT),
            "DELETE FROM \"u1\" WHERE \"ferry_op\" = 'p'"
        );
    }
}
