//! `ferry undo RUN`: one transaction that takes a committed run back from
//! the row images it kept (`crate::images`): the rows it inserted are
//! deleted, those it updated or deleted are put back as they were, the id
//! generators go back where nothing was handed out since, and the undo is
//! recorded as a run of its own, with images of its own, so that undoing
//! the undo redoes the run.
//!
//! It refuses (exit 3) a run whose rows changed since it committed, and a
//! run that is not the newest one that wrote its tables, unless forced.

use super::history::{self, Run};
use super::{number, Entry, Row, TableCounts};
use crate::catalog::create::Schema;
use crate::catalog::Table;
use crate::endpoint::sql::Flavor;
use crate::endpoint::{DbUrl, Sink};
use crate::error::{Error, Result};
use crate::images::{self, Images, TableImages, AFTER, BEFORE, OP};
use crate::plan::{order, JOURNAL_TABLE};
use crate::transform::keymap::display;

/// What `ferry undo` was asked.
#[derive(Debug, Clone)]
pub struct Request {
    pub run_id: String,
    /// Undo even when rows changed since or later runs wrote the tables.
    pub force: bool,
    pub comment: Option<String>,
    pub wait: std::time::Duration,
}

/// What the undo does to one table.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TableUndo {
    pub table: String,
    /// Rows the run inserted, deleted.
    pub deleted: u64,
    /// Rows the run updated, changed back.
    pub reverted: u64,
    /// Rows the run deleted, put back.
    pub restored: u64,
}

/// The undo, as printed and as `--json` data.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// The undo's own run id.
    pub run_id: String,
    pub undoes: String,
    /// The run that undoing an undo redid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redoes: Option<String>,
    pub tables: Vec<TableUndo>,
    /// What `--force` went past: rows changed since, later runs.
    pub forced: Vec<String>,
    /// Id generators put back, or left where they are and why.
    pub generators: Vec<String>,
    /// COMMIT was sent and its answer lost with the connection: whether
    /// the undo was committed is for the target's journal to say.
    #[serde(skip)]
    pub commit_unknown: Option<String>,
}

/// The user's say over an undo, once it is known what it does.
#[async_trait::async_trait]
pub trait Confirm: Send + Sync {
    /// Shown the undo; `Ok(true)` goes ahead.
    async fn confirm(&self, run: &Run, tables: &[TableUndo], forced: &[String]) -> Result<bool>;
}

/// One table being undone.
struct Undoing {
    /// The target table, with the columns the images hold.
    table: Table,
    record: TableImages,
    /// The run's images.
    old: String,
    /// The undo's own images, copied from the table (with `--force`, when
    /// rows may have changed since the run); `None` where they are the
    /// run's own with their ops swapped.
    new: Option<String>,
    /// What `a` and `b` are in the run's images: swapped in the images of
    /// an undo that reuses its run's.
    after: &'static str,
    before: &'static str,
}

impl Undoing {
    /// The undo's images, once made.
    fn new_images<'a>(&'a self, f: Flavor) -> Option<Images<'a>> {
        self.new.as_deref().map(|name| self.images(f, name))
    }

    fn images<'a>(&'a self, f: Flavor, name: &'a str) -> Images<'a> {
        Images {
            f,
            images: name,
            target: &self.table,
        }
    }

    /// Whether the table is undone whole: imaged whole (no primary key),
    /// or all of it the run's own (written by its transaction alone).
    fn whole(&self) -> bool {
        self.record.key.is_empty() || self.record.written_by.is_some()
    }
}

/// Undoes `request.run_id` on `target`, holding the target's lock.
///
/// # Errors
/// [`Error::BadInput`] for a target without a journal or an unknown run;
/// [`Error::Preflight`] when the run cannot or should not be undone;
/// database errors (the transaction is rolled back).
pub async fn undo(
    sink: &mut dyn Sink,
    target: &DbUrl,
    request: &Request,
    confirm: &dyn Confirm,
) -> Result<Report> {
    if crate::endpoint::sql::of(target.engine).is_none() {
        return Err(Error::bad_input("ferry undo needs a database target"));
    }
    let entry = Entry::undo(target, &request.run_id, request.comment.clone());
    sink.lock(&entry.holder(), request.wait).await?;
    super::settle::settle_and_say(sink, target.engine).await;
    let result = undo_locked(sink, target, request, confirm, entry).await;
    if let Err(e) = sink.unlock().await {
        tracing::debug!("giving the run lock back: {e}");
    }
    result
}

/// [`undo`] once the lock is held.
async fn undo_locked(
    sink: &mut dyn Sink,
    target: &DbUrl,
    request: &Request,
    confirm: &dyn Confirm,
    entry: Entry,
) -> Result<Report> {
    if sink.catalog().await?.table(JOURNAL_TABLE).is_none() {
        return Err(Error::bad_input(format!(
            "{} has no {JOURNAL_TABLE}: ferry recorded no run there, so there is no run {} to undo",
            target.redacted(),
            request.run_id
        )));
    }
    let runs = history::read(sink, target.engine, &history::Filter::default()).await?;
    let (run, forced) = choose(&runs, &request.run_id, target, request.force)?;
    // Tables of other PostgreSQL schemas are named `schema.table`.
    let names = run.images.iter().flatten().map(|t| t.table.as_str());
    let schemas = crate::endpoint::sql::schemas_of(names);
    sink.set_schemas(&schemas);
    let f = crate::endpoint::sql::of_target(target.engine, &schemas)
        .ok_or_else(|| Error::bad_input("ferry undo needs a database target"))?;
    let catalog = sink.catalog().await?;
    // Without --force nothing the run wrote has changed when the undo goes
    // ahead: its images are the run's own, read with their ops swapped.
    let mut tables = undoing(&catalog, run, &entry.run_id, request.force)?;
    let forward = order_tables(&catalog, &mut tables);
    if let Err(problems) = sink.plan_forward_keys(&forward).await? {
        return Err(Error::Preflight(problems));
    }
    let schema = Schema {
        tables: tables
            .iter()
            .filter_map(|u| Some(images::image_table(&u.table, u.new.as_deref()?, f)))
            .collect(),
        ..Schema::default()
    };
    sink.begin(&schema, &forward).await?;
    let undo = Undo {
        f,
        run,
        tables: &tables,
        entry,
        request,
    };
    let result = undo.run(sink, forced, confirm).await;
    if result.is_err() {
        if let Err(rollback) = sink.rollback().await {
            tracing::warn!(
                "rollback failed: {rollback}; the server rolls back when the connection closes"
            );
        }
    }
    result
}

/// The run to undo, and what `--force` goes past (later runs).
fn choose<'a>(
    runs: &'a [Run],
    run_id: &str,
    target: &DbUrl,
    force: bool,
) -> Result<(&'a Run, Vec<String>)> {
    let Some((at, run)) = runs.iter().enumerate().find(|(_, r)| r.run_id == run_id) else {
        return Err(Error::bad_input(format!(
            "no run {run_id} in the journal of {}; `ferry history --to URL` lists the runs recorded there",
            target.redacted()
        )));
    };
    if run.command == "verify" {
        return Err(Error::bad_input(format!(
            "run {run_id} is a `ferry verify`, which wrote nothing: there is nothing to undo"
        )));
    }
    if run.status == "undone" {
        let by = runs
            .iter()
            .find(|r| r.undoes.as_deref() == Some(run_id) && r.status == "committed")
            .map(|r| format!(" by run {}; `ferry undo {}` redoes it", r.run_id, r.run_id))
            .unwrap_or_default();
        return Err(Error::Preflight(vec![format!(
            "run {run_id} was undone already{by}"
        )]));
    }
    let Some(kept) = &run.images else {
        return Err(Error::Preflight(vec![format!(
            "run {run_id} kept no row images (it ran with --no-undo, or before ferry kept them), so it cannot be undone"
        )]));
    };
    let none: Vec<String> = kept
        .iter()
        .filter_map(|t| {
            t.why_not
                .as_ref()
                .map(|why| format!("{}: run {run_id} kept no images of it: {why}", t.table))
        })
        .collect();
    if !none.is_empty() {
        return Err(Error::Preflight(none));
    }
    let later = later_runs(runs, at);
    if !later.is_empty() && !force {
        let mut problems = later;
        problems.push(format!(
            "undo the later runs first, newest first, or give --force to undo {run_id} over them"
        ));
        return Err(Error::Preflight(problems));
    }
    Ok((run, later))
}

/// The committed runs after `runs[at]` (newest first) that wrote one of
/// its tables: an undo of a run that is itself later cancels out.
fn later_runs(runs: &[Run], at: usize) -> Vec<String> {
    let (Some(run), Some(after)) = (runs.get(at), runs.get(..at)) else {
        return Vec::new();
    };
    let mine: Vec<String> = written(run);
    after
        .iter()
        .filter(|r| r.status == "committed")
        .filter(|r| {
            !r.undoes
                .as_ref()
                .is_some_and(|u| after.iter().any(|x| &x.run_id == u))
        })
        .filter_map(|r| {
            let common: Vec<String> = written(r)
                .into_iter()
                .filter(|t| mine.contains(t))
                .collect();
            (!common.is_empty()).then(|| {
                format!(
                    "run {} ({}, started {}) wrote {} after run {}",
                    r.run_id,
                    r.command,
                    r.started,
                    common.join(", "),
                    run.run_id
                )
            })
        })
        .collect()
}

/// The tables a run changed, lowercased.
fn written(run: &Run) -> Vec<String> {
    let mut all: Vec<String> = run
        .tables
        .iter()
        .filter(|t| t.inserted + t.updated + t.deleted > 0)
        .map(|t| t.table.to_ascii_lowercase())
        .collect();
    all.sort();
    all.dedup();
    all
}

/// The tables to undo, each with its images and the target's columns they
/// hold; refused when an image table or a column is gone.
fn undoing(
    catalog: &crate::catalog::Catalog,
    run: &Run,
    undo_id: &str,
    copy: bool,
) -> Result<Vec<Undoing>> {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for (index, record) in run.images.iter().flatten().enumerate() {
        let old = record.images.clone().unwrap_or_default();
        // A table the run's transaction wrote alone has no image table.
        let kept = match record.written_by {
            Some(_) => catalog.table(&record.table),
            None => catalog.table(&old),
        };
        let (Some(table), Some(kept)) = (catalog.table(&record.table), kept) else {
            problems.push(format!(
                "{}: {} is gone, so run {} cannot be undone",
                record.table,
                if catalog.table(&record.table).is_none() {
                    "the table".to_string()
                } else {
                    format!("its image table {old}")
                },
                run.run_id
            ));
            continue;
        };
        let mut columns = Vec::new();
        for column in kept.columns.iter().filter(|c| c.name != OP) {
            match table.columns.iter().find(|c| c.name == column.name) {
                Some(c) => columns.push(c.clone()),
                None => problems.push(format!(
                    "{}.{}: the column is gone since run {}, so its values cannot be put back",
                    record.table, column.name, run.run_id
                )),
            }
        }
        let (after, before) = match record.swapped {
            true => (BEFORE, AFTER),
            false => (AFTER, BEFORE),
        };
        out.push(Undoing {
            table: Table {
                columns,
                ..table.clone()
            },
            record: record.clone(),
            old,
            // Nothing to reuse where the run kept no images.
            new: (copy || record.written_by.is_some()).then(|| images::table_name(undo_id, index)),
            after,
            before,
        });
    }
    match problems.is_empty() {
        true => Ok(out),
        false => Err(Error::Preflight(problems)),
    }
}

/// Puts the tables parents first; returns the foreign keys a cycle leaves
/// pointing forward, for the sink to defer.
fn order_tables(catalog: &crate::catalog::Catalog, tables: &mut [Undoing]) -> Vec<order::Edge> {
    let names: Vec<String> = tables.iter().map(|u| u.table.name.clone()).collect();
    let full: Vec<Table> = names
        .iter()
        .filter_map(|n| catalog.table(n).cloned())
        .collect();
    let edges: Vec<order::Edge> = order::edges_of(&full, false)
        .into_iter()
        .map(|e| order::Edge {
            existing: true,
            ..e
        })
        .collect();
    let (ordered, forward) = order::fk_order(&names, &edges);
    tables.sort_by_key(|u| {
        ordered
            .iter()
            .position(|n| n.eq_ignore_ascii_case(&u.table.name))
            .unwrap_or(usize::MAX)
    });
    forward
}

/// One undo under way, inside its transaction.
struct Undo<'a> {
    f: Flavor,
    run: &'a Run,
    tables: &'a [Undoing],
    entry: Entry,
    request: &'a Request,
}

impl Undo<'_> {
    /// Checks, asks, applies, records and commits.
    async fn run(
        &self,
        sink: &mut dyn Sink,
        mut forced: Vec<String>,
        confirm: &dyn Confirm,
    ) -> Result<Report> {
        forced.append(&mut self.check(sink).await?);
        let mut plan = Vec::new();
        for u in self.tables {
            plan.push(counts(sink, self.f, u).await?);
        }
        if !confirm.confirm(self.run, &plan, &forced).await? {
            return Err(Error::failed("not confirmed; nothing was written"));
        }
        let nexts = self.image_before(sink).await?;
        self.apply(sink, &plan).await?;
        let mut generators = Vec::new();
        let mut after_commit = Vec::new();
        for (u, next) in self.tables.iter().zip(&nexts) {
            self.image_after(sink, u).await?;
            if let Some(reset) = generator(sink, self.f, u, *next, &mut generators).await? {
                match self.f.identity_reset_commits() {
                    true => after_commit.extend(reset),
                    false => {
                        for sql in reset {
                            sink.execute(&sql).await?;
                        }
                    }
                }
            }
        }
        self.record(sink, &plan, &nexts).await?;
        sink.finish_schema().await?;
        let written: Vec<Table> = self.tables.iter().map(|u| u.table.clone()).collect();
        let commit_unknown = match sink.commit(&written).await {
            Ok(()) => None,
            Err(lost @ Error::CommitUnknown { .. }) => Some(lost.to_string()),
            Err(e) => return Err(e),
        };
        // Not on a connection that is gone: the next run or undo finds the
        // generator higher, which is only a gap.
        for sql in after_commit
            .into_iter()
            .filter(|_| commit_unknown.is_none())
        {
            // The undo is committed; a generator left higher is only a gap.
            if let Err(e) = sink.execute(&sql).await {
                tracing::warn!("the undo was committed, but {sql} failed: {e}");
            }
        }
        Ok(Report {
            run_id: self.entry.run_id.clone(),
            undoes: self.run.run_id.clone(),
            redoes: self.run.undoes.clone(),
            tables: plan,
            forced,
            generators,
            commit_unknown,
        })
    }

    /// The rows changed since the run: refused unless `--force`, which
    /// goes past them (returned).
    async fn check(&self, sink: &mut dyn Sink) -> Result<Vec<String>> {
        let mut changed = Vec::new();
        for u in self.tables {
            changed.extend(changed_since(sink, self.f, u, &self.run.run_id).await?);
        }
        if !changed.is_empty() && !self.request.force {
            changed.push(format!(
                "give --force to undo run {} anyway: those rows are put back as they were before it, and the later changes to them are lost",
                self.run.run_id
            ));
            return Err(Error::Preflight(changed));
        }
        Ok(changed)
    }

    /// The undo's own `b` images: the rows with keys the run imaged, as
    /// they are before the undo; and the generators' next values now.
    async fn image_before(&self, sink: &mut dyn Sink) -> Result<Vec<Option<i64>>> {
        let f = self.f;
        let mut nexts = Vec::new();
        for u in self.tables {
            nexts.push(match &u.record.identity {
                Some((column, _)) => sink.next_identity_value(&u.table, column).await?,
                None => None,
            });
            let Some(new) = u.new_images(f) else {
                continue;
            };
            let sql = match u.whole() {
                true => new.whole(BEFORE),
                false => {
                    let rest = format!(
                        "FROM {} t WHERE {}",
                        f.quote_table(&u.table.name),
                        u.images(f, &u.old)
                            .has_image("t", &[u.after, u.before], true)
                    );
                    new.rows(BEFORE, "t", &rest)
                }
            };
            sink.execute(&sql).await?;
        }
        Ok(nexts)
    }

    /// Deleted children first, put back parents first; rows the run
    /// updated are updated back in place, so rows of the application that
    /// refer to them are never left without them, not even inside a
    /// statement.
    async fn apply(&self, sink: &mut dyn Sink, plan: &[TableUndo]) -> Result<()> {
        let f = self.f;
        let force = self.request.force;
        for (u, p) in self.tables.iter().zip(plan).rev() {
            // Checked unchanged, and only rows the run added: all of them.
            let only_added = !force && p.reverted + p.restored == 0;
            let all = only_added
                && count(
                    sink,
                    &format!("SELECT COUNT(*) FROM {}", f.quote_table(&u.table.name)),
                )
                .await?
                    == p.deleted;
            sink.execute(&delete_inserted(f, u, all)).await?;
        }
        for (u, p) in self.tables.iter().zip(plan) {
            if p.restored + p.reverted > 0 {
                sink.execute(&restore_deleted(f, u)).await?;
            }
        }
        for (u, p) in self.tables.iter().zip(plan) {
            // With --force a row the run deleted may be back: changed back too.
            if p.reverted > 0 || (force && p.restored > 0) {
                if let Some(sql) = revert_updated(f, u) {
                    sink.execute(&sql).await?;
                }
            }
        }
        Ok(())
    }

    /// The undo's own `a` images: the rows it put back or changed back.
    async fn image_after(&self, sink: &mut dyn Sink, u: &Undoing) -> Result<()> {
        let f = self.f;
        let Some(new) = u.new_images(f) else {
            return Ok(());
        };
        let sql = match u.whole() {
            true => new.whole(AFTER),
            false => {
                let rest = format!(
                    "FROM {} t WHERE {}",
                    f.quote_table(&u.table.name),
                    u.images(f, &u.old).has_image("t", &[u.before], true)
                );
                new.rows(AFTER, "t", &rest)
            }
        };
        sink.execute(&sql).await?;
        Ok(())
    }

    /// The journal: the run undone (and the run an undone undo had undone,
    /// redone), and the undo's own row with its images.
    async fn record(
        &self,
        sink: &mut dyn Sink,
        plan: &[TableUndo],
        nexts: &[Option<i64>],
    ) -> Result<()> {
        mark(sink, self.f, &self.run.run_id, "undone").await?;
        if let Some(original) = &self.run.undoes {
            mark(sink, self.f, original, "committed").await?;
        }
        let images = self
            .tables
            .iter()
            .zip(nexts)
            .map(|(u, next)| {
                let mut record = match &u.new {
                    Some(new) => TableImages::of(&u.table, new.clone()),
                    // The run's own images, with their ops the other way.
                    None => TableImages {
                        swapped: !u.record.swapped,
                        ..TableImages::of(&u.table, u.old.clone())
                    },
                };
                record.key = u.record.key.clone();
                if let (Some((column, _)), Some(next)) = (&u.record.identity, next) {
                    record.identity = Some((column.clone(), *next));
                }
                record
            })
            .collect();
        let counts: Vec<TableCounts> = plan
            .iter()
            .map(|t| TableCounts {
                table: t.table.clone(),
                inserted: t.restored,
                updated: t.reverted,
                deleted: t.deleted,
                ..TableCounts::default()
            })
            .collect();
        let row = Row {
            entry: &self.entry,
            status: "committed",
            finished: chrono::Utc::now(),
            tables: serde_json::to_value(&counts).unwrap_or_default(),
            key_ranges: None,
            versions: None,
            images: Some(images),
        };
        row.write(sink).await
    }
}

/// The rows of `u` that changed since the run left them: an `a` image
/// the table no longer matches, or a row the run deleted that is back.
async fn changed_since(
    sink: &mut dyn Sink,
    f: Flavor,
    u: &Undoing,
    run_id: &str,
) -> Result<Vec<String>> {
    let t = f.quote_table(&u.table.name);
    let old = u.images(f, &u.old);
    let op = f.quote(OP);
    let kept = f.quote_table(&u.old);
    let (a_op, b_op) = (u.after, u.before);
    if let Some(by) = u.record.written_by {
        return changed_since_transaction(sink, f, u, by, run_id).await;
    }
    if u.whole() {
        let now = count(sink, &format!("SELECT COUNT(*) FROM {t}")).await?;
        let then = count(
            sink,
            &format!("SELECT COUNT(*) FROM {kept} WHERE {op} = '{a_op}'"),
        )
        .await?;
        let columns: Vec<String> = u.table.columns.iter().map(|c| f.quote(&c.name)).collect();
        let list = columns.join(", ");
        let differing = count(
            sink,
            &format!(
                "SELECT COUNT(*) FROM (SELECT {list} FROM {t} EXCEPT SELECT {list} FROM {kept} WHERE {op} = '{a_op}') c"
            ),
        )
        .await?;
        if now == then && differing == 0 {
            return Ok(Vec::new());
        }
        return Ok(vec![format!(
            "{}: changed since run {run_id} (it has no primary key: {now} rows now, {then} as the run left it, {differing} of them different)",
            u.table.name
        )]);
    }
    let same: Vec<String> = u
        .table
        .columns
        .iter()
        .filter(|c| !u.record.key.contains(&c.name))
        .map(|c| f.same_value(&f.col("t", &c.name), &f.col("u", &c.name), &c.ty))
        .collect();
    let matches: Vec<String> = std::iter::once(old.key_eq("t", "u")).chain(same).collect();
    let matches = crate::endpoint::sql::all_of(&matches);
    let key = f.key_text("u", &u.record.key);
    let altered = format!(
        "SELECT {key} AS k FROM {kept} u WHERE u.{op} = '{a_op}' AND NOT EXISTS (SELECT 1 FROM {t} t WHERE {matches})"
    );
    let back = format!(
        "SELECT {key} AS k FROM {kept} u WHERE u.{op} = '{b_op}' \
         AND NOT EXISTS (SELECT 1 FROM {kept} a WHERE a.{op} = '{a_op}' AND {}) \
         AND EXISTS (SELECT 1 FROM {t} t WHERE {})",
        old.key_eq("a", "u"),
        old.key_eq("t", "u")
    );
    let both = format!("{altered} UNION ALL {back}");
    let n = count(sink, &format!("SELECT COUNT(*) FROM ({both}) c")).await?;
    if n == 0 {
        return Ok(Vec::new());
    }
    let first: Vec<String> = sink
        .query_text(&format!("SELECT k FROM ({both}) c ORDER BY k LIMIT 10"))
        .await?
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
        .map(|k| display(&k))
        .collect();
    Ok(vec![format!(
        "{}: {n} row{} changed since run {run_id}: {}{}",
        u.table.name,
        if n == 1 { "" } else { "s" },
        first.join("; "),
        if n > first.len() as u64 { "; …" } else { "" }
    )])
}

/// The rows of a table the run's transaction wrote alone that changed
/// since: rows of another transaction (updated or added since), or fewer
/// rows than the run left (deleted since).
async fn changed_since_transaction(
    sink: &mut dyn Sink,
    f: Flavor,
    u: &Undoing,
    by: images::WrittenBy,
    run_id: &str,
) -> Result<Vec<String>> {
    let t = f.quote_table(&u.table.name);
    let Some(written) = f.row_transaction("t") else {
        return Err(Error::failed(format!(
            "{}: run {run_id} recorded the transaction that wrote its rows, and this engine keeps none per row",
            u.table.name
        )));
    };
    let other = format!("{written} <> {}", by.transaction);
    let now = count(sink, &format!("SELECT COUNT(*) FROM {t}")).await?;
    let others = count(sink, &format!("SELECT COUNT(*) FROM {t} t WHERE {other}")).await?;
    let gone = by.rows.saturating_sub(now - others);
    if others == 0 && gone == 0 {
        return Ok(Vec::new());
    }
    let mut what = Vec::new();
    if others > 0 {
        let first = match u.record.key.is_empty() {
            true => String::new(),
            false => {
                let keys: Vec<String> = sink
                    .query_text(&format!(
                        "SELECT {} AS k FROM {t} t WHERE {other} ORDER BY 1 LIMIT 10",
                        f.key_text("t", &u.record.key)
                    ))
                    .await?
                    .into_iter()
                    .filter_map(|r| r.into_iter().next().flatten())
                    .map(|k| display(&k))
                    .collect();
                let more = if others > keys.len() as u64 {
                    "; …"
                } else {
                    ""
                };
                format!(": {}{more}", keys.join("; "))
            }
        };
        what.push(format!(
            "{others} row{} written or changed since{first}",
            if others == 1 { "" } else { "s" }
        ));
    }
    if gone > 0 {
        what.push(format!("{gone} of its {} rows deleted since", by.rows));
    }
    Ok(vec![format!(
        "{}: changed since run {run_id}: {}",
        u.table.name,
        what.join(", ")
    )])
}

/// `t`'s rows with keys of the run's `a` images and not of its `b`
/// images (`only`), or of both.
fn imaged(f: Flavor, u: &Undoing, t: &str, only: bool) -> String {
    let old = u.images(f, &u.old);
    let after = old.has_image(t, &[u.after], true);
    let before = old.has_image(t, &[u.before], !only);
    format!("{after} AND {before}")
}

/// What the images say the run did to `u` — rows inserted (an `a` image
/// only), updated (both), deleted (a `b` image only) — which the undo
/// takes back; read from the image table alone.
async fn counts(sink: &mut dyn Sink, f: Flavor, u: &Undoing) -> Result<TableUndo> {
    if let Some(by) = u.record.written_by {
        return Ok(TableUndo {
            table: u.table.name.clone(),
            deleted: by.rows,
            ..TableUndo::default()
        });
    }
    let kept = f.quote_table(&u.old);
    let op = f.quote(OP);
    let per_op = sink
        .query_text(&format!("SELECT {op}, COUNT(*) FROM {kept} GROUP BY {op}"))
        .await?;
    let (mut a, mut b) = (0u64, 0u64);
    for row in per_op {
        let n = row
            .get(1)
            .cloned()
            .flatten()
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        match row.first().cloned().flatten().as_deref() {
            Some(o) if o == u.after => a = n,
            Some(o) if o == u.before => b = n,
            _ => {}
        }
    }
    let both = match u.whole() || a == 0 || b == 0 {
        true => 0,
        false => {
            let (a_op, b_op) = (u.after, u.before);
            count(
                sink,
                &format!(
                    "SELECT COUNT(*) FROM {kept} u WHERE u.{op} = '{a_op}' AND EXISTS \
                     (SELECT 1 FROM {kept} x WHERE x.{op} = '{b_op}' AND {})",
                    u.images(f, &u.old).key_eq("x", "u")
                ),
            )
            .await?
        }
    };
    Ok(TableUndo {
        table: u.table.name.clone(),
        deleted: a - both,
        reverted: both,
        restored: b - both,
    })
}

/// Deletes the rows the run inserted; every row when they are all the
/// run's (a table imaged whole, or one the run filled), without a join.
fn delete_inserted(f: Flavor, u: &Undoing, all: bool) -> String {
    let t = f.quote_table(&u.table.name);
    match u.whole() || all {
        true => format!("DELETE FROM {t}"),
        false => format!("DELETE FROM {t} WHERE {}", imaged(f, u, &t, true)),
    }
}

/// Puts back the rows the run deleted: `b` images whose key the table
/// does not hold.
fn restore_deleted(f: Flavor, u: &Undoing) -> String {
    let columns: Vec<String> = u.table.columns.iter().map(|c| f.quote(&c.name)).collect();
    let values: Vec<String> = u
        .table
        .columns
        .iter()
        .map(|c| f.col("u", &c.name))
        .collect();
    let t = f.quote_table(&u.table.name);
    let absent = match u.whole() {
        true => String::new(),
        false => format!(
            " AND NOT EXISTS (SELECT 1 FROM {t} t WHERE {})",
            u.images(f, &u.old).key_eq("t", "u")
        ),
    };
    format!(
        "INSERT INTO {t} ({}){} SELECT {} FROM {} u WHERE u.{} = '{}'{absent}",
        columns.join(", "),
        f.overriding_identity(),
        values.join(", "),
        f.quote_table(&u.old),
        f.quote(OP),
        u.before
    )
}

/// Changes the rows the run updated back to their `b` images, in place.
fn revert_updated(f: Flavor, u: &Undoing) -> Option<String> {
    if u.whole() {
        return None;
    }
    let t = f.quote_table(&u.table.name);
    let sets: Vec<(String, String)> = u
        .table
        .columns
        .iter()
        .filter(|c| !u.record.key.contains(&c.name))
        .map(|c| (c.name.clone(), f.col("s", &c.name)))
        .collect();
    if sets.is_empty() {
        return None;
    }
    let on = u.images(f, &u.old).key_eq(&t, "s");
    let before = format!("{} = '{}'", f.col("s", OP), u.before);
    Some(f.update_from(&t, &f.quote_table(&u.old), &on, &sets, &before))
}

/// The statements that put `u`'s id generator back to where it was before
/// the run — or as near as the rows there now allow — when it still stands
/// where the run left it (nothing handed out since); what was done goes to
/// `notes`.
async fn generator(
    sink: &mut dyn Sink,
    f: Flavor,
    u: &Undoing,
    next: Option<i64>,
    notes: &mut Vec<String>,
) -> Result<Option<Vec<String>>> {
    let (Some((column, before)), Some(next)) = (&u.record.identity, next) else {
        return Ok(None);
    };
    let col = f.quote(column);
    // The run's rows: its `a` images, or (written by its transaction alone)
    // the undo's `b` images of the whole table.
    let (images, op) = match (&u.record.written_by, &u.new) {
        (Some(_), Some(new)) => (new.as_str(), BEFORE),
        _ => (u.old.as_str(), u.after),
    };
    let ran_to = number(
        sink,
        &format!(
            "SELECT COALESCE(MAX({col}), 0) FROM {} WHERE {} = '{op}'",
            f.quote_table(images),
            f.quote(OP),
        ),
    )
    .await?;
    let left_at = (*before).max(ran_to + 1);
    let highest = number(
        sink,
        &format!(
            "SELECT COALESCE(MAX({col}), 0) FROM {}",
            f.quote_table(&u.table.name)
        ),
    )
    .await?;
    let back_to = (*before).max(highest + 1);
    let name = format!("{}.{column}", u.table.name);
    if next > left_at {
        notes.push(format!(
            "{name}: left at {next}: values up to {} were handed out after the run",
            next - 1
        ));
        return Ok(None);
    }
    if back_to >= next {
        return Ok(None);
    }
    notes.push(format!("{name}: back from {next} to {back_to}"));
    Ok(Some(f.identity_reset(&u.table.name, column, back_to)))
}

/// Sets a journal row's status.
async fn mark(sink: &mut dyn Sink, f: Flavor, run_id: &str, status: &str) -> Result<()> {
    sink.execute(&format!(
        "UPDATE {} SET {} = {} WHERE {} = {}",
        f.quote_table(JOURNAL_TABLE),
        f.quote("status"),
        f.string_literal(status),
        f.quote("run_id"),
        f.string_literal(run_id)
    ))
    .await?;
    Ok(())
}

async fn count(sink: &mut dyn Sink, sql: &str) -> Result<u64> {
    Ok(number(sink, sql).await?.max(0) as u64)
}
