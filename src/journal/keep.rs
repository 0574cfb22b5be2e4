//! What a run keeps so that `ferry undo` can take it back: an image table
//! per written table (created with the run's own schema, so a failed run
//! leaves none), the values the id generators would have handed out before
//! the run, and the images of the rows a plain copy added. A promotion
//! images its own tables (`promote::run`), where it knows what it changes.

use super::number;
use crate::catalog::{Generated, Table};
use crate::endpoint::sql::Flavor;
use crate::endpoint::Sink;
use crate::error::Result;
use crate::images::{self, Images, TableImages};
use crate::plan::Plan;
use crate::promote::KEY_MAP_TABLE;

/// How a table's images are taken.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Taken {
    /// A plain copy into a table that was empty (or created): its whole
    /// content afterwards is what the run added.
    PlainIntoEmpty,
    /// A plain copy into a table with rows: the keys found are noted
    /// first, the rows with other keys imaged after.
    PlainBesideRows,
    /// A plain copy into a table that was empty, on an engine that tells
    /// which transaction wrote a row (PostgreSQL): no images, the run's
    /// transaction and its row count instead.
    ByTransaction,
    /// By the promotion.
    Promoted,
    /// Not at all (`TableImages::why_not`).
    Not,
}

/// One table's part of what the run keeps.
#[derive(Debug, Clone)]
pub struct Kept {
    pub record: TableImages,
    /// The target table with all its columns.
    pub table: Table,
    taken: Taken,
    /// The run's transaction, for [`Taken::ByTransaction`].
    transaction: Option<i64>,
}

/// The run's images, table by table in write order (the key map last).
#[derive(Debug, Clone, Default)]
pub struct Keeping {
    pub tables: Vec<Kept>,
}

/// Plans the images of every table `plan` writes, adding their tables to
/// what the run creates. A promotion's tables (and its key map) are
/// imaged by the promotion: `promoted` says whether there is one.
pub fn plan(plan: &mut Plan, run_id: &str, promoted: bool, f: Flavor) -> Keeping {
    let mut tables = Vec::new();
    for tp in &plan.tables {
        let full = match tp.create {
            true => tp.target.clone(),
            false => plan
                .target_catalog
                .table(&tp.target.name)
                .cloned()
                .unwrap_or_else(|| tp.target.clone()),
        };
        let empty = tp.create || tp.target_rows == Some(0);
        let taken = match (promoted, full.primary_key.is_empty(), empty) {
            (true, false, _) => Taken::Promoted,
            (true, true, _) => Taken::Not,
            (false, _, true) if f.current_transaction().is_some() => Taken::ByTransaction,
            (false, _, true) => Taken::PlainIntoEmpty,
            (false, false, false) => Taken::PlainBesideRows,
            (false, true, false) => Taken::Not,
        };
        tables.push((full, taken));
    }
    if promoted {
        let key_map = plan
            .target_catalog
            .table(KEY_MAP_TABLE)
            .or_else(|| plan.bookkeeping.iter().find(|t| t.name == KEY_MAP_TABLE));
        if let Some(key_map) = key_map {
            tables.push((key_map.clone(), Taken::Promoted));
        }
    }
    let mut keeping = Keeping::default();
    for (index, (table, taken)) in tables.into_iter().enumerate() {
        let record = match taken {
            Taken::Not => TableImages::none(
                &table.name,
                "it has no primary key to tell its rows by, and it held rows before the run",
            ),
            Taken::ByTransaction => TableImages {
                images: None,
                ..TableImages::of(&table, String::new())
            },
            _ => {
                let name = images::table_name(run_id, index);
                plan.bookkeeping.push(images::image_table(&table, &name, f));
                let mut record = TableImages::of(&table, name);
                if table.primary_key.is_empty() {
                    record.key.clear();
                }
                record
            }
        };
        keeping.tables.push(Kept {
            record,
            table,
            taken,
            transaction: None,
        });
    }
    keeping
}

impl Keeping {
    /// The promoted tables' images: target table name → (image table, the
    /// target table with all its columns).
    pub fn promoted(&self) -> std::collections::HashMap<String, (String, Table)> {
        self.tables
            .iter()
            .filter(|k| k.taken == Taken::Promoted)
            .filter_map(|k| {
                let images = k.record.images.clone()?;
                Some((k.table.name.clone(), (images, k.table.clone())))
            })
            .collect()
    }

    /// Right after the transaction opens, before any row is written: the
    /// id generators' next values and the keys a plain copy finds.
    pub async fn before_rows(&mut self, sink: &mut dyn Sink, f: Flavor) -> Result<()> {
        for kept in &mut self.tables {
            if kept.taken == Taken::Not {
                continue;
            }
            if let Some(column) = identity_column(&kept.table) {
                if let Some(next) = sink.next_identity_value(&kept.table, &column).await? {
                    kept.record.identity = Some((column, next));
                }
            }
            // PostgreSQL tells which transaction wrote a row: the rows this
            // run adds are told from rows another session commits meanwhile
            // (the application, or another `restore --slice` worker).
            if let (Taken::ByTransaction | Taken::PlainBesideRows, Some(query)) =
                (kept.taken, f.current_transaction())
            {
                kept.transaction = Some(number(sink, query).await?);
            }
            if let (Taken::PlainBesideRows, Some(images)) = (kept.taken, &kept.record.images) {
                let i = Images {
                    f,
                    images,
                    target: &kept.table,
                };
                let from = format!("FROM {} t", f.quote_table(&kept.table.name));
                sink.execute(&i.keys(images::PRESENT, "t", &from)).await?;
            }
        }
        Ok(())
    }

    /// Once every row is written: the images of the rows a plain copy
    /// added.
    pub async fn after_rows(&mut self, sink: &mut dyn Sink, f: Flavor) -> Result<()> {
        for kept in &mut self.tables {
            if let (Taken::ByTransaction, Some(transaction)) = (kept.taken, kept.transaction) {
                // Only this transaction's rows: another slice worker's may
                // have been committed beside them.
                let sql = match f.row_transaction("t") {
                    Some(written) => format!(
                        "SELECT COUNT(*) FROM {} t WHERE {written} = {transaction}",
                        f.quote_table(&kept.table.name)
                    ),
                    None => format!("SELECT COUNT(*) FROM {}", f.quote_table(&kept.table.name)),
                };
                let rows = number(sink, &sql).await?.max(0) as u64;
                kept.record.written_by = Some(images::WrittenBy { transaction, rows });
                continue;
            }
            let Some(images) = &kept.record.images else {
                continue;
            };
            let i = Images {
                f,
                images,
                target: &kept.table,
            };
            match kept.taken {
                Taken::PlainIntoEmpty => {
                    sink.execute(&i.whole(images::AFTER)).await?;
                }
                Taken::PlainBesideRows => {
                    let ours = match (kept.transaction, f.row_transaction("t")) {
                        (Some(transaction), Some(written)) => {
                            Some(format!("{written} = {transaction}"))
                        }
                        _ => None,
                    };
                    let after =
                        i.rows_without_keys(images::AFTER, &[images::PRESENT], ours.as_deref());
                    sink.execute(&after).await?;
                    sink.execute(&i.forget(images::PRESENT)).await?;
                }
                Taken::Promoted | Taken::Not | Taken::ByTransaction => {}
            }
        }
        Ok(())
    }

    /// What the journal records.
    pub fn records(&self) -> Vec<TableImages> {
        self.tables.iter().map(|k| k.record.clone()).collect()
    }
}

/// The column an id generator fills (a sequence, AUTO_INCREMENT, SQLite's
/// AUTOINCREMENT).
pub fn identity_column(table: &Table) -> Option<String> {
    table
        .columns
        .iter()
        .find(|c| matches!(c.generated, Some(Generated::Identity { .. })) && c.ty.is_integer())
        .map(|c| c.name.clone())
}
