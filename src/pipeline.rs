//! The run: source → conform → sink, table by table, inside the sink's one
//! transaction.
//!
//! Reading, converting and writing overlap through bounded channels, so
//! memory stays bounded by a few batches whatever the table size. The first
//! error wins and drops the other stages; Ctrl-C or SIGTERM drops the whole
//! run. Either way the sink rolls back before the error is returned.

use crate::endpoint::{BatchSize, Sink, Source};
use crate::error::{Error, Result};
use crate::plan::{Plan, TablePlan};
use crate::progress::{Event, Observer};
use crate::transform::Conformer;
use std::time::Instant;
use tokio::sync::mpsc;

/// Batches in flight between two stages.
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

/// Copies every table of `plan` in one target transaction.
///
/// # Errors
/// Any read, conversion or write error, or an interrupt; the target has
/// been rolled back when this returns `Err`.
pub async fn run(
    plan: &Plan,
    batch: BatchSize,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
    observer: &dyn Observer,
) -> Result<RunReport> {
    let started = Instant::now();
    let result = {
        let work = async {
            sink.begin(&plan.to_create()).await?;
            let mut reports = Vec::new();
            for table in &plan.tables {
                reports.push(copy_table(table, batch, source, sink, observer).await?);
            }
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

async fn copy_table(
    table: &TablePlan,
    batch: BatchSize,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
    observer: &dyn Observer,
) -> Result<TableReport> {
    let name = table.target.name.as_str();
    let started = Instant::now();
    observer.on(&Event::TableStarted {
        table: name,
        rows: table.source_rows,
    });
    let conformer = Conformer::new(&table.source, &table.target);
    let (raw_tx, mut raw_rx) = mpsc::channel(CHANNEL_DEPTH);
    let (out_tx, mut out_rx) = mpsc::channel(CHANNEL_DEPTH);
    let bytes = std::sync::atomic::AtomicU64::new(0);
    let progress = |rows: u64, b: u64| {
        bytes.fetch_add(b, std::sync::atomic::Ordering::Relaxed);
        observer.on(&Event::Written {
            table: name,
            rows,
            bytes: b,
        });
    };
    let read = source.read_table(&table.source, batch, raw_tx);
    let convert = async move {
        let mut rows = 0u64;
        while let Some(b) = raw_rx.recv().await {
            rows += b.num_rows() as u64;
            let converted = conformer.apply(b)?;
            if out_tx.send(converted).await.is_err() {
                break;
            }
        }
        Ok::<_, Error>(rows)
    };
    let write = sink.write_table(&table.target, &mut out_rx, &progress);
    let ((), read_rows, written) = tokio::try_join!(read, convert, write)?;
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
    Ok(TableReport {
        table: name.to_string(),
        rows: written,
        bytes: bytes.load(std::sync::atomic::Ordering::Relaxed),
        seconds,
        created: table.create,
    })
}
