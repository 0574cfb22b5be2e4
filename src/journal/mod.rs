//! The run journal: one row per committed run in the target's own
//! `ferry_journal` table, written in the run's transaction (a rolled-back
//! run never has one, a committed run always has), and read back by
//! `ferry history`.
//!
//! The table is one [`Table`] definition that each engine's dialect renders
//! (as it renders every table ferry creates), made by the first run that
//! writes it as part of that run's own schema, so a refused or failed run
//! leaves no journal behind. Its rows go through the sink's bulk path.

pub mod history;
pub mod keep;
pub mod settle;
pub mod undo;

use crate::catalog::{Column, LogicalType, Table};
use crate::endpoint::{DbUrl, Engine, Sink};
use crate::error::{Error, Result};
use crate::pipeline::{Finish, TableReport};
use crate::plan::{Plan, Settings, JOURNAL_TABLE};
use crate::promote::run::Promotion;
use crate::values::BatchBuilder;
use std::sync::Mutex;

/// What one run did to one table.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TableCounts {
    pub table: String,
    pub inserted: u64,
    pub updated: u64,
    pub deleted: u64,
    pub unchanged: u64,
    pub skipped: u64,
    /// An incremental table's watermark after the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub watermark: Option<crate::plan::incremental::Watermark>,
}

/// Where the rows came from.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SourceFingerprint {
    pub engine: String,
    /// Without its password.
    pub url: String,
    pub database: String,
    /// The server's own identity where the engine has one (PostgreSQL's
    /// system identifier, MySQL's server_uuid).
    pub system_id: Option<String>,
    pub consistency_point: Option<String>,
}

/// The journal row of a run, filled in as the run goes.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub run_id: String,
    /// `run`, `restore`.
    pub command: String,
    pub started: chrono::DateTime<chrono::Utc>,
    pub comment: Option<String>,
    /// The job file's path as given and the sha256 of its bytes.
    pub job: Option<(String, String)>,
    pub source: SourceFingerprint,
    /// The run an undo takes back.
    pub undoes: Option<String>,
    /// Target table → the watermark an incremental table leaves.
    pub watermarks: Vec<(String, crate::plan::incremental::Watermark)>,
}

impl Entry {
    /// A new run of `command` with `settings`, started now.
    pub fn start(command: &str, settings: &Settings) -> Self {
        let started = chrono::Utc::now();
        Entry {
            run_id: new_run_id(started),
            command: command.into(),
            started,
            comment: settings.comment.clone(),
            job: settings.job_file.clone(),
            source: SourceFingerprint {
                engine: settings.source.engine.to_string(),
                url: settings.source.redacted(),
                database: settings.source.database(),
                ..SourceFingerprint::default()
            },
            undoes: None,
            watermarks: Vec::new(),
        }
    }

    /// `ferry undo` of `run_id` on `target`: the target is its own source.
    pub fn undo(target: &DbUrl, run_id: &str, comment: Option<String>) -> Self {
        let started = chrono::Utc::now();
        Entry {
            run_id: new_run_id(started),
            command: "undo".into(),
            started,
            comment,
            job: None,
            source: SourceFingerprint {
                engine: target.engine.to_string(),
                url: target.redacted(),
                database: target.database(),
                ..SourceFingerprint::default()
            },
            undoes: Some(run_id.into()),
            watermarks: Vec::new(),
        }
    }
}

impl Entry {
    /// This run, as a second run finding the target locked names it.
    pub fn holder(&self) -> crate::endpoint::LockHolder {
        crate::endpoint::LockHolder {
            run_id: self.run_id.clone(),
            user: os_user(),
            host: host_name(),
            started: self
                .started
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            slice: None,
        }
    }
}

/// `20261201-163512-3fa9c1`: when the run started (UTC) and six random
/// hex digits, short enough to type after `ferry undo`.
fn new_run_id(started: chrono::DateTime<chrono::Utc>) -> String {
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!("{}-{}", started.format("%Y%m%d-%H%M%S"), &random[..6])
}

/// Whether runs into this target are journaled: every database target; a
/// snapshot records its origin in its manifest instead.
pub fn journals(target: &DbUrl) -> bool {
    target.engine != Engine::Snapshot
}

/// Adds the journal table to what the run creates when the target lacks
/// it.
pub fn plan_table(plan: &mut Plan) {
    if plan.target_catalog.table(JOURNAL_TABLE).is_none() {
        plan.bookkeeping.push(table());
    }
}

/// The journal table.
pub fn table() -> Table {
    let column = Column::new;
    let text = |name: &str, len: Option<u32>, nullable: bool| {
        let native = len.map_or("text".to_string(), |n| format!("varchar({n})"));
        let ty = LogicalType::Text {
            max_len: len,
            fixed: false,
        };
        column(name, ty, &native, nullable)
    };
    let time = |name: &str| column(name, LogicalType::TimestampTz, "timestamptz", false);
    Table {
        name: JOURNAL_TABLE.into(),
        columns: vec![
            text("run_id", Some(40), false),
            text("command", Some(20), false),
            text("status", Some(20), false),
            time("started"),
            time("finished"),
            text("ferry_version", Some(40), false),
            text("os_user", Some(200), false),
            text("host", Some(255), false),
            text("comment", None, true),
            text("job_file", Some(1000), true),
            text("job_sha256", Some(64), true),
            text("source_engine", Some(20), false),
            text("source_url", Some(2000), false),
            text("source_database", Some(1000), false),
            text("source_system_id", Some(100), true),
            text("consistency_point", None, true),
            // JSON: [{table, inserted, updated, deleted, unchanged, skipped}]
            text("tables", None, false),
            // JSON: {table: {assigned, first, last}}, {table: [[entity, old, new]]}
            text("key_ranges", None, true),
            text("versions", None, true),
            // The run an undo took back.
            text("undoes", Some(40), true),
            // JSON: [TableImages] in write order, for `ferry undo`.
            text("images", None, true),
        ],
        primary_key: vec!["run_id".into()],
        ..Table::default()
    }
}

/// The run's last step wrapped: after the inner step agrees to commit, the
/// journal row is written in the same transaction.
pub struct Journaled<'a> {
    pub inner: &'a dyn Finish,
    pub promotion: Option<&'a Promotion>,
    pub entry: Mutex<Entry>,
    /// The images the run keeps for its undo (`None` with `--no-undo`).
    pub keeping: Mutex<Option<keep::Keeping>>,
    pub flavor: crate::endpoint::sql::Flavor,
}

impl Journaled<'_> {
    fn take_keeping(&self) -> Option<keep::Keeping> {
        crate::lock(&self.keeping).take()
    }

    fn put_keeping(&self, keeping: Option<keep::Keeping>) {
        *crate::lock(&self.keeping) = keeping;
    }
}

#[async_trait::async_trait]
impl Finish for Journaled<'_> {
    async fn begin(&self, sink: &mut dyn Sink) -> Result<()> {
        self.inner.begin(sink).await?;
        let mut keeping = self.take_keeping();
        if let Some(k) = &mut keeping {
            k.before_rows(sink, self.flavor).await?;
        }
        self.put_keeping(keeping);
        Ok(())
    }

    async fn finish(&self, sink: &mut dyn Sink, written: &[TableReport]) -> Result<bool> {
        if !self.inner.finish(sink, written).await? {
            return Ok(false);
        }
        let mut keeping = self.take_keeping();
        if let Some(k) = &mut keeping {
            k.after_rows(sink, self.flavor).await?;
        }
        let images = keeping.as_ref().map(|k| k.records());
        self.put_keeping(keeping);
        let summary = self.promotion.and_then(|p| p.summary());
        let tables: Vec<TableCounts> = match &summary {
            Some(s) => s
                .tables
                .iter()
                .map(|t| TableCounts {
                    table: t.table.clone(),
                    inserted: t.insert,
                    updated: t.update,
                    deleted: t.delete,
                    unchanged: t.unchanged,
                    skipped: t.skip,
                    watermark: None,
                })
                .collect(),
            None => written
                .iter()
                .map(|t| TableCounts {
                    table: t.table.clone(),
                    inserted: t.rows,
                    ..TableCounts::default()
                })
                .collect(),
        };
        let (key_ranges, versions) = match &summary {
            Some(s) => key_ranges_and_versions(s),
            None => (None, None),
        };
        let entry = crate::lock(&self.entry).clone();
        let mut tables = tables;
        for (table, w) in &entry.watermarks {
            if let Some(t) = tables.iter_mut().find(|t| &t.table == table) {
                t.watermark = Some(w.clone());
            }
        }
        let row = Row {
            entry: &entry,
            status: "committed",
            finished: chrono::Utc::now(),
            tables: serde_json::to_value(&tables).unwrap_or_default(),
            key_ranges,
            versions,
            images,
        };
        row.write(sink).await?;
        Ok(true)
    }
}

/// `ferry verify --record`: the check as a journal row of its own, in a
/// transaction of its own under the target lock. `status` is `equal` or
/// `differs`; `tables` holds per table the [`TableCounts`] of a run that
/// wrote nothing, with the check's figures besides.
///
/// # Errors
/// The lock held by a run ([`Error::Locked`]); write errors.
pub async fn record_check(
    sink: &mut dyn Sink,
    entry: &Entry,
    status: &str,
    tables: serde_json::Value,
    wait: std::time::Duration,
) -> Result<()> {
    sink.lock(&entry.holder(), wait).await?;
    let result = async {
        let catalog = sink.catalog().await?;
        let schema = crate::catalog::create::Schema {
            tables: match catalog.table(JOURNAL_TABLE) {
                Some(_) => Vec::new(),
                None => vec![table()],
            },
            ..crate::catalog::create::Schema::default()
        };
        sink.begin(&schema, &[]).await?;
        let row = Row {
            entry,
            status,
            finished: chrono::Utc::now(),
            tables,
            key_ranges: None,
            versions: None,
            images: None,
        };
        row.write(sink).await?;
        sink.finish_schema().await?;
        sink.commit(&[]).await
    }
    .await;
    if result.is_err() {
        let _ = sink.rollback().await;
    }
    if let Err(e) = sink.unlock().await {
        tracing::debug!("giving the run lock back: {e}");
    }
    result
}

/// A promotion's assigned key ranges and bumped versions, as JSON.
fn key_ranges_and_versions(
    summary: &crate::promote::run::Summary,
) -> (Option<String>, Option<String>) {
    let mut ranges = serde_json::Map::new();
    let mut versions = serde_json::Map::new();
    for (table, k) in &summary.keys {
        if k.assigned > 0 {
            ranges.insert(
                table.clone(),
                serde_json::json!({"assigned": k.assigned, "first": k.first, "last": k.last}),
            );
        }
        if !k.versions.is_empty() {
            versions.insert(table.clone(), serde_json::json!(k.versions));
        }
    }
    let text = |m: serde_json::Map<String, serde_json::Value>| {
        (!m.is_empty()).then(|| serde_json::Value::Object(m).to_string())
    };
    (text(ranges), text(versions))
}

/// One journal row, ready to write.
pub(crate) struct Row<'a> {
    pub entry: &'a Entry,
    /// `committed`; a check's `equal` or `differs`.
    pub status: &'a str,
    pub finished: chrono::DateTime<chrono::Utc>,
    /// `[TableCounts]`, a check's with its figures besides.
    pub tables: serde_json::Value,
    pub key_ranges: Option<String>,
    pub versions: Option<String>,
    pub images: Option<Vec<crate::images::TableImages>>,
}

impl Row<'_> {
    /// Writes the row through the sink's bulk path, in its transaction.
    pub async fn write(&self, sink: &mut dyn Sink) -> Result<()> {
        let table = table();
        let batch = self.batch(&table)?;
        let mut batches = futures::StreamExt::boxed(futures::stream::iter([Ok(batch)]));
        sink.write_table(&table, &mut batches, &|_, _| {}).await?;
        Ok(())
    }

    fn batch(&self, table: &Table) -> Result<arrow::record_batch::RecordBatch> {
        let e = self.entry;
        let tables = json_text(&self.tables)?;
        let images = self.images.as_ref().map(json_text).transpose()?;
        let (job_file, job_sha) = match &e.job {
            Some((file, sha)) => (Some(file.as_str()), Some(sha.as_str())),
            None => (None, None),
        };
        let text = |v: Option<&str>| v.map(|v| Value::Text(v.to_string()));
        let time = |t: chrono::DateTime<chrono::Utc>| Some(Value::Time(t.timestamp_micros()));
        // In the order of the table's columns.
        let values = [
            text(Some(&e.run_id)),
            text(Some(&e.command)),
            text(Some(self.status)),
            time(e.started),
            time(self.finished),
            text(Some(env!("CARGO_PKG_VERSION"))),
            text(Some(&os_user())),
            text(Some(&host_name())),
            text(e.comment.as_deref()),
            text(job_file),
            text(job_sha),
            text(Some(&e.source.engine)),
            text(Some(&e.source.url)),
            text(Some(&e.source.database)),
            text(e.source.system_id.as_deref()),
            text(e.source.consistency_point.as_deref()),
            text(Some(&tables)),
            text(self.key_ranges.as_deref()),
            text(self.versions.as_deref()),
            text(e.undoes.as_deref()),
            text(images.as_deref()),
        ];
        let mut b = BatchBuilder::new(table, 1);
        for (i, value) in values.into_iter().enumerate() {
            let appended = match value {
                None => {
                    b.column(i).append_null();
                    Ok(())
                }
                Some(Value::Text(t)) => b.column(i).append_text(&t),
                Some(Value::Time(us)) => b.column(i).append_timestamp(us),
            };
            b.check(i, appended)?;
        }
        b.end_row(0);
        b.finish()
    }
}

enum Value {
    Text(String),
    Time(i64),
}

/// A JSON column's text.
fn json_text<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::failed(format!("{JOURNAL_TABLE}: {e}")))
}

/// Who ran it: the OS account (from the environment, else the process's
/// user id looked up in /etc/passwd, as cron and systemd give no $USER).
fn os_user() -> String {
    if let Some(user) = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty()))
    {
        return user;
    }
    let uid = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|l| l.split_whitespace().next().map(str::to_string))
        });
    let Some(uid) = uid else {
        return "unknown".into();
    };
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    passwd
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.get(2).is_some_and(|u| *u == uid))
        .and_then(|f| f.first().map(|name| name.to_string()))
        .unwrap_or(format!("uid {uid}"))
}

/// Where it ran.
fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// The one number a query answers (a count, a maximum, a transaction id).
pub(crate) async fn number(sink: &mut dyn Sink, sql: &str) -> Result<i64> {
    let rows = sink.query_text(sql).await?;
    let text = rows
        .first()
        .and_then(|r| r.first())
        .cloned()
        .flatten()
        .unwrap_or_default();
    text.trim()
        .parse()
        .map_err(|_| Error::failed(format!("{sql}: expected a number, got '{text}'")))
}

/// Drops the image tables no journal row names: a run left them when its
/// connection was lost before it could drop them (on MySQL they are
/// created outside the run's transaction, DDL committing at once), and no
/// run can use them. Called under the run lock, so no other run is making
/// its own. Returns the tables dropped.
///
/// # Errors
/// The catalog or the journal cannot be read, or a table cannot be dropped.
pub async fn drop_leftover_images(sink: &mut dyn Sink, engine: Engine) -> Result<Vec<String>> {
    let catalog = sink.catalog().await?;
    let images: Vec<String> = catalog
        .tables
        .iter()
        .filter(|t| crate::images::is_image_table(&t.name))
        .map(|t| t.name.clone())
        .collect();
    let Some(f) = crate::endpoint::sql::of(engine).filter(|_| !images.is_empty()) else {
        return Ok(Vec::new());
    };
    let runs = history::read(sink, engine, &history::Filter::default()).await?;
    let named: std::collections::HashSet<&str> = runs
        .iter()
        .flat_map(|r| r.images.iter().flatten())
        .filter_map(|i| i.images.as_deref())
        .collect();
    let mut dropped = Vec::new();
    for name in images.into_iter().filter(|n| !named.contains(n.as_str())) {
        sink.execute(&format!("DROP TABLE {}", f.quote(&name)))
            .await?;
        dropped.push(name);
    }
    Ok(dropped)
}
