//! The run: source → conform → sink, inside the sink's one transaction.
//!
//! ```text
//!  reader task (owns the source)          writer (owns the sink transaction)
//!  table 1: read → conform ─┐
//!  table 2: read → conform ─┼─ bounded channel ─▶ table 1: write, table 2: write, …
//!  …                        ┘
//! ```
//!
//! The reader runs in its own task, so decoding and encoding use both
//! cores and the next table's read starts while the current one is being
//! written. Memory is bounded by the channel depth times the batch size,
//! whatever the table size. The first error wins and drops the other side;
//! Ctrl-C or SIGTERM drops the whole run. Either way the sink rolls back
//! before the error is returned.

use crate::endpoint::{BatchSize, Sink, Source};
use crate::error::{Error, Result};
use crate::plan::{Plan, TablePlan};
use crate::progress::{Event, Observer};
use crate::transform::Conformer;
use arrow::record_batch::RecordBatch;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use tokio::sync::mpsc;

/// Batches in flight between reading and writing.
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
}

/// What the reader sends: batches of the current table, then its end.
enum Message {
    Batch(RecordBatch),
    /// The table with this index is read completely: so many rows.
    End(usize, u64),
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
    source: Box<dyn Source>,
    sink: &mut dyn Sink,
    observer: &dyn Observer,
) -> Result<RunReport> {
    let started = Instant::now();
    let (tx, rx) = mpsc::channel(CHANNEL_DEPTH);
    let tables: Vec<TablePlan> = plan.tables.clone();
    let reader = tokio::spawn(async move {
        if let Err(error) = read_all(source, tables, batch, &tx).await {
            let _ = tx.send(Message::Failed(error)).await;
        }
    });
    let result = {
        let work = async {
            sink.begin(&plan.to_create()).await?;
            let reports = write_all(plan, rx, sink, observer).await?;
            let written: Vec<_> = plan.tables.iter().map(|t| t.target.clone()).collect();
            sink.commit(&written).await?;
            Ok::<_, Error>(reports)
        };
        tokio::select! {
            result = work => result,
            signal = interrupted() => Err(Error::failed(format!(
                "interrupted by {signal}; the target transaction was rolled back"
            ))),
        }
    };
    reader.abort();
    match result {
        Ok(tables) => {
            observer.on(&Event::Committed);
            Ok(RunReport {
                rows: tables.iter().map(|t| t.rows).sum(),
                tables,
                seconds: started.elapsed().as_secs_f64(),
            })
        }
        Err(error) => {
            let reason = error.to_string();
            observer.on(&Event::RolledBack { reason: &reason });
            if let Err(rollback) = sink.rollback().await {
                tracing::warn!(
                    "rollback failed: {rollback}; the server rolls back when the connection closes"
                );
            }
            Err(error)
        }
    }
}

/// Reads every table in order, conforming batches to the target's types.
async fn read_all(
    mut source: Box<dyn Source>,
    tables: Vec<TablePlan>,
    batch: BatchSize,
    out: &mpsc::Sender<Message>,
) -> Result<()> {
    for (index, table) in tables.iter().enumerate() {
        let conformer = Conformer::new(&table.source, &table.target);
        let (raw_tx, mut raw_rx) = mpsc::channel::<RecordBatch>(1);
        let read = source.read_table(&table.source, batch, raw_tx);
        let forward = async {
            let mut rows = 0u64;
            while let Some(b) = raw_rx.recv().await {
                rows += b.num_rows() as u64;
                let converted = conformer.apply(b)?;
                if out.send(Message::Batch(converted)).await.is_err() {
                    return Err(Error::failed("the writer stopped"));
                }
            }
            Ok(rows)
        };
        let ((), rows) = tokio::try_join!(read, forward)?;
        if out.send(Message::End(index, rows)).await.is_err() {
            return Err(Error::failed("the writer stopped"));
        }
    }
    Ok(())
}

/// Writes the tables in plan order from the reader's messages.
async fn write_all(
    plan: &Plan,
    mut rx: mpsc::Receiver<Message>,
    sink: &mut dyn Sink,
    observer: &dyn Observer,
) -> Result<Vec<TableReport>> {
    let mut reports = Vec::with_capacity(plan.tables.len());
    for (index, table) in plan.tables.iter().enumerate() {
        let name = table.target.name.as_str();
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
        let (table_tx, mut table_rx) = mpsc::channel::<RecordBatch>(1);
        let forward = async move {
            loop {
                match rx.recv().await {
                    Some(Message::Batch(b)) => {
                        if table_tx.send(b).await.is_err() {
                            return Err(Error::failed(format!("writing {name} stopped")));
                        }
                    }
                    Some(Message::End(i, rows)) if i == index => return Ok((rows, rx)),
                    Some(Message::End(..)) => {
                        return Err(Error::failed("reader and writer lost step"))
                    }
                    Some(Message::Failed(error)) => return Err(error),
                    None => {
                        return Err(Error::failed(format!(
                            "reading {name} stopped before its end"
                        )))
                    }
                }
            }
        };
        let write = sink.write_table(&table.target, &mut table_rx, &progress);
        let ((read_rows, rest), written) = tokio::try_join!(forward, write)?;
        rx = rest;
        if read_rows != table.source_rows || written != read_rows {
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
        reports.push(TableReport {
            table: name.to_string(),
            rows: written,
            bytes: bytes.load(Ordering::Relaxed),
            seconds,
            created: table.create,
        });
    }
    Ok(reports)
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
