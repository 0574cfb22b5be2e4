//! PostgreSQL: binary COPY both ways. A source reads inside one
//! `REPEATABLE READ READ ONLY` transaction; a sink writes inside one
//! transaction and moves identity/serial sequences past the copied ids
//! before it commits.

mod catalog;
mod numeric;
mod read;
pub mod types;
mod write;

/// The binary COPY codec, public for benchmarks and tests.
pub mod copy {
    pub use super::read::{copy_out_sql, CopyDecoder};
    pub use super::write::{copy_header, encode_batch};
}

use super::{connect_error, BatchSize, DbUrl, Sink, Source, WriteProgress};
use crate::catalog::{Catalog, LogicalType, Table};
use crate::error::{DbContext, Error, Result};
use arrow::record_batch::RecordBatch;
use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{ConnectOptions, Executor};
use std::str::FromStr;
use tokio::sync::mpsc;
use types::PgDialect;

pub struct PgSource {
    conn: PgConnection,
    url: DbUrl,
    /// Exported by the first reader, imported by the ones it forks.
    snapshot: Option<String>,
}

pub struct PgSink {
    conn: PgConnection,
    url: DbUrl,
}

async fn connect(url: &DbUrl) -> Result<PgConnection> {
    let options = PgConnectOptions::from_str(url.secret())
        .map_err(|e| Error::bad_input(format!("{}: {e}", url.redacted())))?
        .application_name("ferry")
        .log_statements(tracing::log::LevelFilter::Trace);
    let mut conn = options.connect().await.map_err(|e| connect_error(url, e))?;
    conn.execute("SET TIME ZONE 'UTC'")
        .await
        .context(|| "setting the session time zone".into())?;
    Ok(conn)
}

async fn count(conn: &mut PgConnection, table: &Table) -> Result<u64> {
    let sql = format!(
        "SELECT count(*) FROM {}{}",
        PgDialect.quote_ident(&table.name),
        table.where_clause()
    );
    let n: i64 = sqlx::query_scalar(&sql)
        .fetch_one(conn)
        .await
        .context(|| format!("counting rows of {}", table.name))?;
    Ok(n as u64)
}

impl PgSource {
    pub async fn connect(url: &DbUrl) -> Result<Self> {
        Ok(PgSource {
            conn: connect(url).await?,
            url: url.clone(),
            snapshot: None,
        })
    }

    /// Runs an optional query inside a savepoint of the consistent read, so
    /// that a failure (a missing privilege) leaves the read usable: `None`
    /// when it failed.
    async fn guarded<T>(
        &mut self,
        query: impl for<'c> FnOnce(
            &'c mut PgConnection,
        ) -> futures::future::BoxFuture<'c, sqlx::Result<T>>,
    ) -> Result<Option<T>> {
        let ctx = || "reading the snapshot details of the consistent read".to_string();
        self.conn
            .execute("SAVEPOINT ferry_info")
            .await
            .context(ctx)?;
        match query(&mut self.conn).await {
            Ok(value) => {
                self.conn
                    .execute("RELEASE SAVEPOINT ferry_info")
                    .await
                    .context(ctx)?;
                Ok(Some(value))
            }
            Err(e) => {
                tracing::debug!("optional snapshot detail not available: {e}");
                self.conn
                    .execute("ROLLBACK TO SAVEPOINT ferry_info")
                    .await
                    .context(ctx)?;
                Ok(None)
            }
        }
    }
}

impl PgSink {
    pub async fn connect(url: &DbUrl) -> Result<Self> {
        Ok(PgSink {
            conn: connect(url).await?,
            url: url.clone(),
        })
    }

    /// Moves each identity or serial sequence of `table` past its largest
    /// id, never backwards.
    async fn advance_sequences(&mut self, table: &Table) -> Result<()> {
        let d = PgDialect;
        for column in &table.columns {
            if column.generated.is_none() || !column.ty.is_integer() {
                continue;
            }
            let seq: Option<String> = sqlx::query_scalar("SELECT pg_get_serial_sequence($1, $2)")
                .bind(d.quote_ident(&table.name))
                .bind(&column.name)
                .fetch_one(&mut self.conn)
                .await
                .context(|| format!("finding the sequence of {}.{}", table.name, column.name))?;
            let Some(seq) = seq else { continue };
            let sql = format!(
                "SELECT setval($1::regclass, m) FROM (SELECT max({})::bigint AS m FROM {}) s \
                 WHERE m IS NOT NULL AND m > COALESCE(pg_sequence_last_value($1::regclass), 0)",
                d.quote_ident(&column.name),
                d.quote_ident(&table.name)
            );
            sqlx::query(&sql)
                .bind(&seq)
                .execute(&mut self.conn)
                .await
                .context(|| {
                    format!("advancing sequence {seq} of {}.{}", table.name, column.name)
                })?;
        }
        Ok(())
    }
}

super::text_rows_fn!(PgConnection);

#[async_trait]
impl Source for PgSource {
    async fn query_text(&mut self, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        text_rows(&mut self.conn, sql).await
    }

    async fn begin_read(&mut self) -> Result<()> {
        self.conn
            .execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await
            .context(|| "opening the consistent read".into())?;
        Ok(())
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, table).await
    }

    async fn fork(&mut self) -> Result<Option<Box<dyn Source>>> {
        if self.snapshot.is_none() {
            let id: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
                .fetch_one(&mut self.conn)
                .await
                .context(|| "exporting the snapshot for parallel readers".into())?;
            self.snapshot = Some(id);
        }
        let id = self.snapshot.clone().expect("exported above");
        let mut conn = connect(&self.url).await?;
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await
            .context(|| "opening a parallel reader".into())?;
        conn.execute(format!("SET TRANSACTION SNAPSHOT '{id}'").as_str())
            .await
            .context(|| "sharing the snapshot with a parallel reader".into())?;
        Ok(Some(Box::new(PgSource {
            conn,
            url: self.url.clone(),
            snapshot: Some(id),
        })))
    }

    async fn read_table(
        &mut self,
        table: &Table,
        size: BatchSize,
        out: mpsc::Sender<RecordBatch>,
    ) -> Result<()> {
        read::read_table(&mut self.conn, table, size, out).await
    }

    /// The WAL position and the transaction snapshot of the consistent
    /// read (`pg_last_wal_replay_lsn()` on a standby).
    async fn consistency_point(&mut self) -> Result<Option<String>> {
        let row: Option<(Option<String>, Option<String>)> = self
            .guarded(|conn| {
                Box::pin(async move {
                    sqlx::query_as(
                        "SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() \
                         ELSE pg_current_wal_lsn() END)::text, txid_current_snapshot()::text",
                    )
                    .fetch_one(conn)
                    .await
                })
            })
            .await?;
        Ok(row.map(|(lsn, snapshot)| {
            format!(
                "lsn {}, snapshot {}",
                lsn.as_deref().unwrap_or("unknown"),
                snapshot.as_deref().unwrap_or("unknown")
            )
        }))
    }

    /// Reads each identity/serial sequence (sequences are not
    /// transactional: this is the value at the time of the call).
    async fn next_identity(&mut self, table: &Table) -> Result<Vec<(String, i64)>> {
        let mut next = Vec::new();
        for column in &table.columns {
            let Some(crate::catalog::Generated::Identity {
                sequence: Some(seq),
            }) = &column.generated
            else {
                continue;
            };
            let seq = seq.clone();
            let value: Option<i64> = self
                .guarded(|conn| {
                    Box::pin(async move {
                        sqlx::query_scalar(
                            "SELECT CASE WHEN pg_sequence_last_value(c.oid) IS NULL THEN s.seqstart \
                             ELSE pg_sequence_last_value(c.oid) + s.seqincrement END \
                             FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid \
                             WHERE c.oid = to_regclass($1)",
                        )
                        .bind(seq)
                        .fetch_optional(conn)
                        .await
                    })
                })
                .await?
                .flatten()
                .flatten();
            if let Some(value) = value {
                next.push((column.name.clone(), value));
            }
        }
        Ok(next)
    }
}

#[async_trait]
impl Sink for PgSink {
    async fn execute(&mut self, sql: &str) -> Result<u64> {
        let done = self
            .conn
            .execute(sql)
            .await
            .context(|| format!("running {sql}"))?;
        Ok(done.rows_affected())
    }

    async fn query_text(&mut self, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        text_rows(&mut self.conn, sql).await
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, table).await
    }

    fn translate(&self, table: &Table) -> std::result::Result<(Table, Vec<String>), Vec<String>> {
        let mut out = table.clone();
        let mut warnings = Vec::new();
        let mut problems = Vec::new();
        for column in &mut out.columns {
            if let Err(why) = crate::catalog::ddl::Dialect::column_type(&PgDialect, column, false) {
                problems.push(format!("{}.{}: {why}", table.name, column.name));
                continue;
            }
            let native = types::native_equivalent(&column.ty);
            if let LogicalType::Enum { name: None, values } = &native {
                column.ty = LogicalType::Enum {
                    name: Some(types::enum_type_name(column)),
                    values: values.clone(),
                };
                continue;
            }
            if native != column.ty {
                warnings.push(format!(
                    "{}.{}: {} is created as {} in PostgreSQL",
                    table.name,
                    column.name,
                    column.ty,
                    crate::catalog::ddl::Dialect::column_type(&PgDialect, column, false)
                        .unwrap_or_default()
                ));
                column.ty = native;
            }
        }
        if problems.is_empty() {
            Ok((out, warnings))
        } else {
            Err(problems)
        }
    }

    async fn begin(&mut self, create: &[Table]) -> Result<()> {
        self.conn
            .execute("BEGIN")
            .await
            .context(|| format!("opening the write transaction on {}", self.url.redacted()))?;
        // Deferrable foreign keys are checked at the commit, so cycles work.
        self.conn
            .execute("SET CONSTRAINTS ALL DEFERRED")
            .await
            .context(|| "deferring constraints".into())?;
        if create.is_empty() {
            return Ok(());
        }
        // Enum types first; PostgreSQL DDL is transactional, so all of this
        // disappears with a rollback.
        let d = PgDialect;
        for table in create {
            for column in &table.columns {
                if let LogicalType::Enum { values, .. } = &column.ty {
                    let name = types::enum_type_name(column);
                    let exists: bool = sqlx::query_scalar(
                        "SELECT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
                         WHERE t.typname = $1 AND n.nspname = current_schema())",
                    )
                    .bind(&name)
                    .fetch_one(&mut self.conn)
                    .await
                    .context(|| format!("looking up enum type {name}"))?;
                    if !exists {
                        let labels: Vec<String> = values
                            .iter()
                            .map(|v| format!("'{}'", v.replace('\'', "''")))
                            .collect();
                        let sql = format!(
                            "CREATE TYPE {} AS ENUM ({})",
                            d.quote_ident(&name),
                            labels.join(", ")
                        );
                        self.conn
                            .execute(sql.as_str())
                            .await
                            .context(|| format!("creating enum type {name}"))?;
                    }
                }
            }
        }
        let existing = self
            .catalog()
            .await?
            .tables
            .into_iter()
            .map(|t| t.name)
            .collect();
        let statements = crate::catalog::ddl::create_statements(create, &existing, &d)?;
        for sql in statements {
            self.conn
                .execute(sql.as_str())
                .await
                .context(|| format!("creating a table: {sql}"))?;
        }
        Ok(())
    }

    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut mpsc::Receiver<RecordBatch>,
        progress: WriteProgress<'_>,
    ) -> Result<u64> {
        write::write_table(&mut self.conn, table, batches, progress).await
    }

    async fn commit(&mut self, written: &[Table]) -> Result<()> {
        for table in written {
            self.advance_sequences(table).await?;
        }
        self.conn
            .execute("COMMIT")
            .await
            .context(|| format!("committing on {}", self.url.redacted()))?;
        Ok(())
    }

    async fn rollback(&mut self) -> Result<()> {
        // An interrupted COPY leaves its failure to be read first: the
        // second ROLLBACK is the one that answers.
        if self.conn.execute("ROLLBACK").await.is_err() {
            self.conn
                .execute("ROLLBACK")
                .await
                .context(|| format!("rolling back on {}", self.url.redacted()))?;
        }
        Ok(())
    }
}
