//! The run: source → conform → sink, inside the sink's one transaction.
//!
//! ```text
//!  reader task 1 (owns a source)          writer (owns the sink transaction)
//!  table 1: read → conform ── channel 1 ─▶ table 1: write
//!  table 3: read → conform ── channel 3 ─▶ table 2: write
//!  reader task 2 (--jobs 2)               table 3: write
//!  table 2: read → conform ── channel 2 ─▶ …
//! ```
//!
//! Readers run in their own tasks, so decoding and encoding use both
//! cores and the next table's read starts while the current one is being
//! written. With `--jobs N`, N readers share one snapshot (PostgreSQL) and
//! take tables in turn. Memory is bounded by the channel depths times the
//! batch size, whatever the table size. The first error wins and drops the other side;
//! Ctrl-C or SIGTERM drops the whole run. Either way the sink rolls back
//! before the error is returned.

use crate::endpoint::{BatchSize, Sink, Source};
use crate::error::{Error, Result};
use crate::plan::{Plan, TablePlan};
use crate::progress::{Event, Observer};
use crate::transform::Conformer;
use arrow::record_batch::RecordBatch;
use futures::StreamExt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;
use tokio::sync::mpsc;

/// Batches in flight between a table's reader and the writer.
const CHANNEL_DEPTH: usize = 4;

/// What was written, per table.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TableReport {
    pub table: String,
    pub rows: u64,
    pub bytes: u64,
    pub seconds: f64,
    pub created: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct RunReport {
    pub tables: Vec<TableReport>,
    pub rows: u64,
    pub seconds: f64,
    /// False when the finish step chose to roll back (`ferry plan` of a
    /// promotion, or an unconfirmed run).
    pub committed: bool,
    /// COMMIT was sent and its answer lost with the connection: the server
    /// may have committed (`committed` is false until someone checks).
    #[serde(skip)]
    pub commit_unknown: Option<String>,
    pub phases: Phases,
    /// Views the target refused to create, left out with its reason.
    pub left_out: Vec<String>,
}

/// Seconds each phase of the run took, as pg_dump orders them.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Phases {
    /// Opening the transaction and creating the tables.
    pub create: f64,
    /// Reading and writing the rows (and a promotion's compare and apply).
    pub rows: f64,
    /// Keys, CHECKs, indexes and comments after the rows.
    pub keys_and_indexes: f64,
    /// Views and sequences.
    pub views: f64,
}

/// The last step inside the target transaction, after every table is
/// written: a promotion compares its staged rows with the target here,
/// shows the summary and applies it.
#[async_trait::async_trait]
pub trait Finish: Send + Sync {
    /// Right after the transaction opens (a promotion creates its staging
    /// tables).
    async fn begin(&self, _sink: &mut dyn Sink) -> Result<()> {
        Ok(())
    }

    /// `Ok(true)` commits, `Ok(false)` rolls back as planned.
    async fn finish(&self, sink: &mut dyn Sink, written: &[TableReport]) -> Result<bool>;
}

/// A plain copy: commit what was written.
pub struct Commit;

#[async_trait::async_trait]
impl Finish for Commit {
    async fn finish(&self, _sink: &mut dyn Sink, _written: &[TableReport]) -> Result<bool> {
        Ok(true)
    }
}

/// What the reader sends: batches of the current table, then its end.
enum Message {
    Batch(RecordBatch),
    /// The table with this index is read completely: so many rows read,
    /// so many of them sent on (`--skip` leaves rows out).
    End(usize, u64, u64),
    /// Reading failed: the first error, for the writer to return.
    Failed(Error),
}

/// Copies every table of `plan` in one target transaction.
///
/// # Errors
/// Any read, conversion or write error, or an interrupt; the target has
/// been rolled back when this returns `Err`.
pub async fn run(
    plan: &Plan,
    batch: BatchSize,
    jobs: usize,
    source: Box<dyn Source>,
    sink: &mut dyn Sink,
    observer: &dyn Observer,
    finish: &dyn Finish,
) -> Result<RunReport> {
    let pace = Pace { batch, jobs };
    let _writing = Writing::start();
    run_until(plan, pace, source, sink, observer, finish, interrupted()).await
}

/// Whether a run is between its first write and its end: its own handler
/// then answers a signal by rolling back, and [`interrupted_before_writing`]
/// leaves it to it.
static WRITING: AtomicBool = AtomicBool::new(false);

/// [`WRITING`] for as long as it lives.
struct Writing;

impl Writing {
    fn start() -> Writing {
        WRITING.store(true, Ordering::SeqCst);
        Writing
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        WRITING.store(false, Ordering::SeqCst);
    }
}

/// The name of a signal (Ctrl-C, SIGTERM) that arrives while no run is
/// writing — planning, waiting for the lock — so the command can stop at
/// once with nothing written; one that arrives while a run writes is that
/// run's to handle.
pub async fn interrupted_before_writing() -> &'static str {
    loop {
        let signal = interrupted().await;
        if !WRITING.load(Ordering::SeqCst) {
            return signal;
        }
    }
}

/// How a run reads: batch bounds and parallel readers.
#[derive(Debug, Clone, Copy)]
struct Pace {
    batch: BatchSize,
    jobs: usize,
}

/// [`run`], stopped and rolled back when `stop` completes first (Ctrl-C
/// or SIGTERM for the process; whatever a test chooses).
async fn run_until(
    plan: &Plan,
    Pace { batch, jobs }: Pace,
    source: Box<dyn Source>,
    sink: &mut dyn Sink,
    observer: &dyn Observer,
    finish: &dyn Finish,
    stop: impl std::future::Future<Output = &'static str>,
) -> Result<RunReport> {
    let started = Instant::now();
    let mut sources = vec![source];
    while sources.len() < jobs.min(plan.tables.len()).max(1) {
        let Some(first) = sources.first_mut() else {
            break;
        };
        match first.fork().await {
            Ok(Some(s)) => sources.push(s),
            Ok(None) => {
                tracing::warn!("--jobs {jobs}: this source cannot share its snapshot; reading with one connection");
                break;
            }
            Err(e) => return Err(e),
        }
    }
    // One channel per table; reader k reads tables k, k + N, …
    let (senders, mut receivers): (Vec<_>, Vec<_>) = plan
        .tables
        .iter()
        .map(|_| mpsc::channel::<Message>(CHANNEL_DEPTH))
        .unzip();
    let mut assigned: Vec<Vec<(usize, TablePlan, mpsc::Sender<Message>)>> =
        sources.iter().map(|_| Vec::new()).collect();
    for (i, (table, tx)) in plan.tables.iter().zip(senders).enumerate() {
        if let Some(reader) = assigned.get_mut(i % sources.len()) {
            reader.push((i, table.clone(), tx));
        }
    }
    let readers: Vec<_> = sources
        .into_iter()
        .zip(assigned)
        .map(|(source, tables)| tokio::spawn(read_all(source, tables, batch)))
        .collect();
    let mut phases = Phases::default();
    let mut left_out = Vec::new();
    let mut cancelled = false;
    let result = {
        let work = async {
            let started = Instant::now();
            sink.begin(&plan.schema(), &plan.forward_keys).await?;
            finish.begin(sink).await?;
            phases.create = started.elapsed().as_secs_f64();
            let started = Instant::now();
            let reports = write_all(plan, &mut receivers, sink, observer).await?;
            if !finish.finish(sink, &reports).await? {
                return Ok((reports, false, None));
            }
            phases.rows = started.elapsed().as_secs_f64();
            let after = sink.finish_schema().await?;
            (phases.keys_and_indexes, phases.views) = (after.keys_and_indexes, after.views);
            left_out = after.left_out;
            let written: Vec<_> = plan.tables.iter().map(|t| t.target.clone()).collect();
            match sink.commit(&written).await {
                Ok(()) => {
                    left_out.append(&mut sink.take_left_out());
                    Ok::<_, Error>((reports, true, None))
                }
                Err(lost @ Error::CommitUnknown { .. }) => Ok((reports, false, Some(lost))),
                Err(e) => Err(e),
            }
        };
        tokio::select! {
            result = work => result,
            signal = stop => {
                cancelled = true;
                Err(Error::failed(format!(
                    "interrupted by {signal}; the target transaction was rolled back"
                )))
            }
        }
    };
    for reader in &readers {
        reader.abort();
    }
    match result {
        Ok((tables, committed, commit_unknown)) => {
            if committed {
                observer.on(&Event::Committed);
            } else if commit_unknown.is_some() {
                // The connection is gone: nothing to roll back on it.
            } else if let Err(e) = sink.rollback().await {
                tracing::warn!(
                    "rollback failed: {e}; the server rolls back when the connection closes"
                );
            }
            Ok(RunReport {
                rows: tables.iter().map(|t| t.rows).sum(),
                tables,
                seconds: started.elapsed().as_secs_f64(),
                committed,
                commit_unknown: commit_unknown.map(|e| e.to_string()),
                phases,
                left_out,
            })
        }
        Err(error) => {
            let reason = error.to_string();
            observer.on(&Event::RolledBack { reason: &reason });
            // A cancelled run may have left a statement in flight.
            let undone = match cancelled {
                true => sink.abandon().await,
                false => sink.rollback().await,
            };
            if let Err(rollback) = undone {
                tracing::warn!(
                    "rollback failed: {rollback}; the server rolls back when the connection closes"
                );
            }
            Err(error)
        }
    }
}

/// Reads the assigned tables in order, conforming batches to the target's
/// types; an error goes to the table being read, for the writer to return.
async fn read_all(
    mut source: Box<dyn Source>,
    tables: Vec<(usize, TablePlan, mpsc::Sender<Message>)>,
    batch: BatchSize,
) {
    for (index, table, out) in tables {
        // An incremental table's key set follows its rows on its channel.
        let parts = std::iter::once(&table).chain(table.key_set.as_deref());
        for part in parts {
            match read_one(source.as_mut(), part, batch, &out).await {
                Ok((read, sent)) => {
                    if out.send(Message::End(index, read, sent)).await.is_err() {
                        return;
                    }
                }
                Err(error) => {
                    let _ = out.send(Message::Failed(error)).await;
                    return;
                }
            }
        }
    }
}

async fn read_one(
    source: &mut dyn Source,
    table: &TablePlan,
    batch: BatchSize,
    out: &mpsc::Sender<Message>,
) -> Result<(u64, u64)> {
    let conformer = Conformer::new(&table.source, &table.target);
    let mut batches = source.read_table(&table.source, batch);
    let (mut read, mut sent) = (0u64, 0u64);
    while let Some(b) = batches.next().await {
        let b = b?;
        read += b.num_rows() as u64;
        let converted = transform(table, &conformer, b)?;
        sent += converted.num_rows() as u64;
        if out.send(Message::Batch(converted)).await.is_err() {
            return Err(Error::failed("the writer stopped"));
        }
    }
    Ok((read, sent))
}

/// The run's transforms of one batch, in order: conform to the target's
/// types, the plan's added transforms (a promotion's remap), the masks.
pub(crate) fn transform(
    table: &TablePlan,
    conformer: &Conformer,
    batch: RecordBatch,
) -> Result<RecordBatch> {
    let mut converted = conformer.apply(batch)?;
    for step in &table.transforms {
        converted = step.apply(converted)?;
    }
    if let Some(mask) = &table.mask {
        converted = mask.apply(converted)?;
    }
    Ok(converted)
}

/// One table's batches from the reader's messages, as the stream the sink
/// writes: it ends at the table's end, whose counts go to `ends`, or with
/// the reader's error.
fn table_stream<'a>(
    rx: &'a mut mpsc::Receiver<Message>,
    index: usize,
    name: &'a str,
    ends: &'a std::sync::Mutex<Option<(u64, u64)>>,
) -> crate::endpoint::BatchStream<'a> {
    futures::stream::unfold(Some(rx), move |rx| async move {
        let rx = rx?;
        let item = match rx.recv().await {
            Some(Message::Batch(b)) => return Some((Ok(b), Some(rx))),
            Some(Message::End(i, read, sent)) if i == index => {
                *crate::lock(ends) = Some((read, sent));
                return None;
            }
            Some(Message::End(..)) => Error::failed("reader and writer lost step"),
            Some(Message::Failed(error)) => error,
            None => Error::failed(format!("reading {name} stopped before its end")),
        };
        Some((Err(item), None))
    })
    .boxed()
}

/// Writes the tables in plan order from the reader's messages.
async fn write_all(
    plan: &Plan,
    receivers: &mut [mpsc::Receiver<Message>],
    sink: &mut dyn Sink,
    observer: &dyn Observer,
) -> Result<Vec<TableReport>> {
    let mut reports = Vec::with_capacity(plan.tables.len());
    for ((index, table), rx) in plan.tables.iter().enumerate().zip(receivers.iter_mut()) {
        let label = table.label();
        let name = label.as_str();
        reports.push(write_one(table, name, (rx, index), sink, observer).await?);
        if let Some(keys) = &table.key_set {
            let label = format!("{name} (keys)");
            write_one(keys, &label, (rx, index), sink, observer).await?;
        }
    }
    Ok(reports)
}

/// Writes one table's rows, as `name` in the progress, from its channel
/// `index`.
async fn write_one(
    table: &TablePlan,
    name: &str,
    (rx, index): (&mut mpsc::Receiver<Message>, usize),
    sink: &mut dyn Sink,
    observer: &dyn Observer,
) -> Result<TableReport> {
    let started = Instant::now();
    observer.on(&Event::TableStarted {
        table: name,
        rows: table.source_rows,
    });
    let bytes = AtomicU64::new(0);
    let progress = |rows: u64, b: u64| {
        bytes.fetch_add(b, Ordering::Relaxed);
        observer.on(&Event::Written {
            table: name,
            rows,
            bytes: b,
        });
    };
    let elsewhere = table.into.as_ref().map(|into| crate::catalog::Table {
        name: into.clone(),
        ..table.target.clone()
    });
    let into = elsewhere.as_ref().unwrap_or(&table.target);
    let ends = std::sync::Mutex::new(None);
    let written = {
        let mut batches = table_stream(rx, index, name, &ends);
        sink.write_table(into, &mut batches, &progress).await?
    };
    let (read_rows, sent) = ends
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .ok_or_else(|| Error::failed(format!("writing {name} stopped before its end")))?;
    if read_rows != table.source_rows || written != sent {
        return Err(Error::failed(format!(
            "{name}: the source had {} rows, {read_rows} were read and {written} written; nothing was committed",
            table.source_rows
        )));
    }
    let seconds = started.elapsed().as_secs_f64();
    observer.on(&Event::TableFinished {
        table: name,
        rows: written,
        seconds,
    });
    Ok(TableReport {
        table: name.to_string(),
        rows: written,
        bytes: bytes.load(Ordering::Relaxed),
        seconds,
        created: table.create,
    })
}

async fn interrupted() -> &'static str {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return "Ctrl-C";
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => "Ctrl-C",
            _ = term.recv() => "SIGTERM",
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        "Ctrl-C"
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod test_endpoints;
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests;
