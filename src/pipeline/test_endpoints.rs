//! A Source and a Sink that need no server, for the pipeline's unit tests:
//! each can fail at a chosen batch, stall, hand out a malformed batch or
//! panic, and the sink records what it was asked to do.

use crate::catalog::create::Schema;
use crate::catalog::Edge;
use crate::catalog::{Catalog, Column, LogicalType, Table};
use crate::endpoint::{BatchSize, BatchStream, Sink, Source, WriteProgress};
use crate::error::{Error, Result};
use arrow::array::{Int64Array, StringArray};
use arrow::record_batch::RecordBatch;
use async_trait::async_trait;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// `id bigint NOT NULL, name text`, primary key `id`.
pub fn table(name: &str) -> Table {
    let column = |name: &str, ty: LogicalType, nullable: bool| Column::new(name, ty, "", nullable);
    Table {
        name: name.into(),
        columns: vec![
            column("id", LogicalType::Int64, false),
            column(
                "name",
                LogicalType::Text {
                    max_len: None,
                    fixed: false,
                },
                true,
            ),
        ],
        primary_key: vec!["id".into()],
        ..Table::default()
    }
}

/// Rows `first..first + rows` of [`table`].
pub fn batch(table: &Table, first: i64, rows: usize) -> RecordBatch {
    let ids: Vec<i64> = (first..first + rows as i64).collect();
    let names: Vec<String> = ids.iter().map(|i| format!("row {i}")).collect();
    RecordBatch::try_new(
        table.arrow_schema(),
        vec![
            Arc::new(Int64Array::from(ids)),
            Arc::new(StringArray::from(names)),
        ],
    )
    .expect("valid batch")
}

/// What a test endpoint does at one batch of one table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
    Fail,
    /// Never returns (a server that stopped answering).
    Stall,
    /// A batch of another schema (one column of the wrong type).
    Malformed,
    Panic,
}

/// Hands out `batches` batches of `rows` rows per table, with an optional
/// fault at `(table, batch index)`; counts the batches it produced.
pub struct TestSource {
    pub tables: Vec<Table>,
    pub batches: usize,
    pub rows: usize,
    pub fault: Option<(String, usize, Fault)>,
    /// Rows `count_rows` reports beyond those it will read.
    pub extra_counted: u64,
    pub produced: Arc<AtomicUsize>,
}

impl TestSource {
    pub fn new(tables: &[&str], batches: usize, rows: usize) -> Self {
        TestSource {
            tables: tables.iter().map(|t| table(t)).collect(),
            batches,
            rows,
            fault: None,
            extra_counted: 0,
            produced: Arc::new(AtomicUsize::new(0)),
        }
    }

    pub fn with_fault(mut self, table: &str, batch: usize, fault: Fault) -> Self {
        self.fault = Some((table.into(), batch, fault));
        self
    }
}

#[async_trait]
impl Source for TestSource {
    async fn begin_read(&mut self) -> Result<()> {
        Ok(())
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        Ok(Catalog {
            tables: self.tables.clone(),
            ..Catalog::default()
        })
    }

    async fn count_rows(&mut self, _table: &Table) -> Result<u64> {
        Ok((self.batches * self.rows) as u64 + self.extra_counted)
    }

    fn read_table<'a>(&'a mut self, table: &'a Table, _size: BatchSize) -> BatchStream<'a> {
        use futures::StreamExt;
        let this = &*self;
        futures::stream::unfold(Some(0), move |n| async move {
            let n = n.filter(|n| *n < this.batches)?;
            match &this.fault {
                Some((t, at, fault)) if *t == table.name && *at == n => match fault {
                    Fault::Fail => {
                        let e =
                            Error::failed(format!("source: {} failed at batch {n}", table.name));
                        return Some((Err(e), None));
                    }
                    Fault::Stall => std::future::pending::<()>().await,
                    Fault::Panic => panic!("source: {} panicked at batch {n}", table.name),
                    Fault::Malformed => {
                        let wrong = RecordBatch::try_new(
                            Arc::new(arrow::datatypes::Schema::new(vec![
                                arrow::datatypes::Field::new(
                                    "id",
                                    arrow::datatypes::DataType::Utf8,
                                    false,
                                ),
                            ])),
                            vec![Arc::new(StringArray::from(vec!["not a number"]))],
                        )
                        .expect("valid batch");
                        return Some((Ok(wrong), Some(n + 1)));
                    }
                },
                _ => {}
            }
            this.produced.fetch_add(1, Ordering::SeqCst);
            let first = (n * this.rows) as i64;
            Some((Ok(batch(table, first, this.rows)), Some(n + 1)))
        })
        .boxed()
    }
}

/// Records `begin`, `write TABLE ROWS`, `commit` and `rollback`; takes
/// every batch, with an optional fault at `(table, batch index)`, or at
/// the commit (`"COMMIT"` as the table).
#[derive(Default)]
pub struct TestSink {
    pub log: Arc<Mutex<Vec<String>>>,
    pub fault: Option<(String, usize, Fault)>,
}

impl TestSink {
    pub fn with_fault(table: &str, batch: usize, fault: Fault) -> Self {
        TestSink {
            fault: Some((table.into(), batch, fault)),
            ..TestSink::default()
        }
    }

    fn record(&self, entry: String) {
        self.log.lock().expect("log").push(entry);
    }

    async fn fault_at(&self, table: &str, n: usize) -> Result<()> {
        match &self.fault {
            Some((t, at, fault)) if t == table && *at == n => match fault {
                Fault::Stall => std::future::pending().await,
                Fault::Panic => panic!("sink: {table} panicked at batch {n}"),
                _ => Err(Error::failed(format!("sink: {table} failed at batch {n}"))),
            },
            _ => Ok(()),
        }
    }
}

#[async_trait]
impl Sink for TestSink {
    async fn catalog(&mut self) -> Result<Catalog> {
        Ok(Catalog::default())
    }

    async fn count_rows(&mut self, _table: &Table) -> Result<u64> {
        Ok(0)
    }

    async fn begin(&mut self, _schema: &Schema, _forward_keys: &[Edge]) -> Result<()> {
        self.record("begin".into());
        Ok(())
    }

    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut crate::endpoint::BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<u64> {
        let (mut rows, mut n) = (0u64, 0usize);
        while let Some(b) = futures::StreamExt::next(batches).await {
            let b = b?;
            self.fault_at(&table.name, n).await?;
            rows += b.num_rows() as u64;
            progress(b.num_rows() as u64, b.get_array_memory_size() as u64);
            n += 1;
        }
        self.record(format!("write {} {rows}", table.name));
        Ok(rows)
    }

    async fn commit(&mut self, _written: &[Table]) -> Result<()> {
        self.fault_at("COMMIT", 0).await?;
        self.record("commit".into());
        Ok(())
    }

    async fn rollback(&mut self) -> Result<()> {
        self.record("rollback".into());
        Ok(())
    }
}
