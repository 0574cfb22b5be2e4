//! The pipeline against endpoints that fail on purpose: the first error
//! wins, every failure rolls back and never commits, memory stays bounded
//! by the channels whatever the sink's pace.

use super::test_endpoints::{Fault, TestSink, TestSource};
use super::*;
use crate::endpoint::BatchSize;
use crate::plan::{Plan, TablePlan};
use crate::progress::{Event, Observer};
use std::sync::atomic::Ordering;
use std::sync::Mutex;
use std::time::Duration;

fn plan_of(source: &TestSource) -> Plan {
    let rows = (source.batches * source.rows) as u64 + source.extra_counted;
    Plan {
        tables: source
            .tables
            .iter()
            .map(|t| TablePlan {
                source: t.clone(),
                target: t.clone(),
                create: false,
                source_rows: rows,
                target_rows: Some(0),
                into: None,
                transforms: Vec::new(),
                mask: None,
                key_set: None,
                slice: None,
            })
            .collect(),
        ..Plan::default()
    }
}

/// Keeps the event kinds in order.
#[derive(Default)]
struct Events(Mutex<Vec<String>>);

impl Observer for Events {
    fn on(&self, event: &Event<'_>) {
        let text = match event {
            Event::TableStarted { table, .. } => format!("start {table}"),
            Event::Written { .. } => return,
            Event::TableFinished { table, rows, .. } => format!("done {table} {rows}"),
            Event::Committed => "committed".into(),
            Event::RolledBack { .. } => "rolled back".into(),
        };
        self.0.lock().unwrap().push(text);
    }
}

struct DryRun;

#[async_trait::async_trait]
impl Finish for DryRun {
    async fn finish(&self, _sink: &mut dyn Sink, _written: &[TableReport]) -> Result<bool> {
        Ok(false)
    }
}

async fn go(
    source: TestSource,
    sink: &mut TestSink,
    jobs: usize,
    finish: &dyn Finish,
) -> (Result<RunReport>, Vec<String>, Vec<String>) {
    let plan = plan_of(&source);
    let events = Events::default();
    let result = run(
        &plan,
        BatchSize::DEFAULT,
        jobs,
        Box::new(source),
        sink,
        &events,
        finish,
    )
    .await;
    let log = sink.log.lock().unwrap().clone();
    (result, log, events.0.into_inner().unwrap())
}

#[tokio::test]
async fn every_table_in_order_then_one_commit() {
    let mut sink = TestSink::default();
    let (result, log, events) =
        go(TestSource::new(&["a", "b"], 3, 10), &mut sink, 1, &Commit).await;
    let report = result.expect("run");
    assert!(report.committed);
    assert_eq!(report.rows, 60);
    assert_eq!(log, ["begin", "write a 30", "write b 30", "commit"]);
    assert_eq!(
        events,
        ["start a", "done a 30", "start b", "done b 30", "committed"]
    );
}

#[tokio::test]
async fn parallel_readers_keep_the_write_order() {
    let mut sink = TestSink::default();
    let (result, log, _) = go(
        TestSource::new(&["a", "b", "c"], 5, 7),
        &mut sink,
        2,
        &Commit,
    )
    .await;
    assert_eq!(result.expect("run").rows, 105);
    assert_eq!(
        log,
        ["begin", "write a 35", "write b 35", "write c 35", "commit"]
    );
}

#[tokio::test]
async fn a_source_error_rolls_back_and_is_the_error_returned() {
    let mut sink = TestSink::default();
    let source = TestSource::new(&["a", "b"], 3, 10).with_fault("b", 1, Fault::Fail);
    let (result, log, events) = go(source, &mut sink, 1, &Commit).await;
    assert_eq!(
        result.unwrap_err().to_string(),
        "source: b failed at batch 1"
    );
    assert_eq!(log, ["begin", "write a 30", "rollback"]);
    assert_eq!(events.last().map(String::as_str), Some("rolled back"));
}

#[tokio::test]
async fn a_sink_error_rolls_back() {
    let mut sink = TestSink::with_fault("a", 2, Fault::Fail);
    let (result, log, _) = go(TestSource::new(&["a"], 3, 10), &mut sink, 1, &Commit).await;
    assert_eq!(result.unwrap_err().to_string(), "sink: a failed at batch 2");
    assert_eq!(log, ["begin", "rollback"]);
}

#[tokio::test]
async fn a_failed_commit_rolls_back() {
    let mut sink = TestSink::with_fault("COMMIT", 0, Fault::Fail);
    let (result, log, _) = go(TestSource::new(&["a"], 2, 10), &mut sink, 1, &Commit).await;
    assert_eq!(
        result.unwrap_err().to_string(),
        "sink: COMMIT failed at batch 0"
    );
    assert_eq!(log, ["begin", "write a 20", "rollback"]);
}

#[tokio::test]
async fn the_first_error_wins_over_the_writer_it_stops() {
    // The source fails on the first table while the sink would fail later
    // at its commit: the source's error is the one returned.
    let mut sink = TestSink::with_fault("COMMIT", 0, Fault::Fail);
    let source = TestSource::new(&["a"], 3, 10).with_fault("a", 0, Fault::Fail);
    let (result, log, _) = go(source, &mut sink, 1, &Commit).await;
    assert_eq!(
        result.unwrap_err().to_string(),
        "source: a failed at batch 0"
    );
    assert_eq!(log, ["begin", "rollback"]);
}

#[tokio::test]
async fn a_malformed_batch_stops_the_run() {
    let mut sink = TestSink::default();
    let source = TestSource::new(&["a"], 3, 10).with_fault("a", 1, Fault::Malformed);
    let (result, log, _) = go(source, &mut sink, 1, &Commit).await;
    assert!(result.is_err());
    assert_eq!(log, ["begin", "rollback"]);
}

#[tokio::test]
async fn a_panicking_reader_is_an_error_not_a_commit() {
    let mut sink = TestSink::default();
    let source = TestSource::new(&["a", "b"], 3, 10).with_fault("b", 0, Fault::Panic);
    let (result, log, _) = go(source, &mut sink, 1, &Commit).await;
    assert_eq!(
        result.unwrap_err().to_string(),
        "reading b stopped before its end"
    );
    assert_eq!(log, ["begin", "write a 30", "rollback"]);
}

#[tokio::test]
async fn fewer_rows_than_counted_is_refused() {
    let mut sink = TestSink::default();
    let mut source = TestSource::new(&["a"], 2, 10);
    source.extra_counted = 1;
    let (result, log, _) = go(source, &mut sink, 1, &Commit).await;
    assert_eq!(
        result.unwrap_err().to_string(),
        "a: the source had 21 rows, 20 were read and 20 written; nothing was committed"
    );
    assert_eq!(log, ["begin", "write a 20", "rollback"]);
}

#[tokio::test]
async fn a_finish_that_declines_rolls_back() {
    let mut sink = TestSink::default();
    let (result, log, _) = go(TestSource::new(&["a"], 2, 10), &mut sink, 1, &DryRun).await;
    assert!(!result.expect("run").committed);
    assert_eq!(log, ["begin", "write a 20", "rollback"]);
}

#[tokio::test]
async fn a_stalled_writer_bounds_the_batches_in_flight() {
    // The sink stops answering at its first batch; the source could hand
    // out 10,000 batches. Only the channels' depths may be read ahead.
    let mut sink = TestSink::with_fault("a", 0, Fault::Stall);
    let source = TestSource::new(&["a"], 10_000, 100);
    let produced = source.produced.clone();
    let plan = plan_of(&source);
    let events = Events::default();
    let stalled = tokio::time::timeout(
        Duration::from_millis(300),
        run(
            &plan,
            BatchSize::DEFAULT,
            1,
            Box::new(source),
            &mut sink,
            &events,
            &Commit,
        ),
    )
    .await;
    assert!(
        stalled.is_err(),
        "the run cannot finish while the sink stalls"
    );
    // In the one channel between reader and writer: CHANNEL_DEPTH; in
    // hand: the sink's and the one the reader is blocked sending. A
    // constant, whatever the table's size.
    let ahead = produced.load(Ordering::SeqCst);
    assert!(ahead <= CHANNEL_DEPTH + 2, "{ahead} batches read ahead");
    assert!(!sink.log.lock().unwrap().iter().any(|l| l == "commit"));
}

#[tokio::test]
async fn an_interrupt_rolls_back_a_run_that_is_writing() {
    // The sink stalls mid-table, as a long statement would; the interrupt
    // ends the run, which rolls back and names the signal.
    let mut sink = TestSink::with_fault("b", 1, Fault::Stall);
    let source = TestSource::new(&["a", "b"], 3, 10);
    let plan = plan_of(&source);
    let events = Events::default();
    let pace = Pace {
        batch: BatchSize::DEFAULT,
        jobs: 1,
    };
    let stop = async {
        tokio::time::sleep(Duration::from_millis(100)).await;
        "Ctrl-C"
    };
    let result = run_until(
        &plan,
        pace,
        Box::new(source),
        &mut sink,
        &events,
        &Commit,
        stop,
    )
    .await;
    assert_eq!(
        result.unwrap_err().to_string(),
        "interrupted by Ctrl-C; the target transaction was rolled back"
    );
    assert_eq!(
        *sink.log.lock().unwrap(),
        ["begin", "write a 30", "rollback"]
    );
    let events = events.0.into_inner().unwrap();
    assert_eq!(events, ["start a", "done a 30", "start b", "rolled back"]);
}
