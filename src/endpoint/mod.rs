//! Endpoints: where batches come from and where they go.
//!
//! Every engine implements the same two traits. A [`Source`] introspects its
//! catalog, opens one consistent read and streams tables as Arrow
//! [`RecordBatch`]es; a [`Sink`] opens one write transaction, writes batches
//! table by table and commits or rolls back. The engine is chosen from the
//! URL scheme in [`open_source`] / [`open_sink`], the one table of engines.

pub mod mysql;
mod params;
pub mod postgres;
pub mod snapshot;
pub mod sql;
pub mod sqlite;
mod tls;
mod url;

pub use self::url::{redact_text, ConnectSettings, DbUrl, Engine};

use crate::catalog::create::Schema;
use crate::catalog::Edge;
use crate::catalog::{Catalog, Table};
use crate::error::Result;

/// Seconds the schema took after the rows, by phase, and the views the
/// target refused to create (a translated view whose types do not agree
/// there), which were left out rather than fail the run.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SchemaPhases {
    /// Unique and foreign keys, CHECKs, indexes and comments.
    pub keys_and_indexes: f64,
    /// Views and sequences.
    pub views: f64,
    pub left_out: Vec<String>,
}
use arrow::record_batch::RecordBatch;
use async_trait::async_trait;

/// One cell of a query result as text, whatever its SQL type (strings,
/// integers, floats, booleans, bytes): `version_query` answers and the
/// promotion's own queries.
macro_rules! cell_text {
    ($row:expr, $i:expr) => {{
        use sqlx::Row;
        let row = $row;
        let i = $i;
        if let Ok(v) = row.try_get::<Option<String>, _>(i) {
            Ok(v)
        } else if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
            Ok(v.map(|v| v.to_string()))
        } else if let Ok(v) = row.try_get::<Option<i32>, _>(i) {
            Ok(v.map(|v| v.to_string()))
        } else if let Ok(v) = row.try_get::<Option<i16>, _>(i) {
            Ok(v.map(|v| v.to_string()))
        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
            Ok(v.map(|v| v.to_string()))
        } else if let Ok(v) = row.try_get::<Option<bool>, _>(i) {
            Ok(v.map(|v| v.to_string()))
        } else if let Ok(v) = row.try_get::<Option<Vec<u8>>, _>(i) {
            Ok(v.map(|v| String::from_utf8_lossy(&v).into_owned()))
        } else {
            Err(format!(
                "column {} of the result has a type ferry does not read as text; CAST it to text in the query",
                i + 1
            ))
        }
    }};
}
pub(crate) use cell_text;

/// `text_rows(conn, sql)` for one engine's connection type: every row of a
/// query, every cell as text ([`cell_text`]).
macro_rules! text_rows_fn {
    ($conn:ty) => {
        /// Rows of a query, every cell as text.
        async fn text_rows(
            conn: &mut $conn,
            sql: &str,
        ) -> crate::error::Result<Vec<Vec<Option<String>>>> {
            use crate::error::DbContext;
            let rows = sqlx::query(sql)
                .fetch_all(&mut *conn)
                .await
                .context(|| format!("running {}", crate::error::statement(sql)))?;
            rows.iter()
                .map(|row| {
                    (0..sqlx::Row::len(row))
                        .map(|i| crate::endpoint::cell_text!(row, i))
                        .collect::<std::result::Result<Vec<_>, String>>()
                        .map_err(|e| {
                            crate::error::Error::failed(format!("reading the result of {sql}: {e}"))
                        })
                })
                .collect()
        }
    };
}
pub(crate) use text_rows_fn;

/// Upper bounds for one batch: whichever is reached first ends it, so
/// memory stays bounded with wide rows as with narrow ones.
#[derive(Debug, Clone, Copy)]
pub struct BatchSize {
    pub rows: usize,
    pub bytes: usize,
}

impl BatchSize {
    pub const DEFAULT: BatchSize = BatchSize {
        rows: 8192,
        bytes: 8 << 20,
    };
}

/// Reports the rows and bytes of each batch a sink has written.
/// Batches crossing the endpoint boundary, in order; an error ends them.
pub type BatchStream<'a> = futures::stream::BoxStream<'a, Result<RecordBatch>>;

/// Rows gathered into batches of at most `size`: `append` decodes one row
/// into the builder (and ends it). The shape of the engine readers that
/// fetch rows; the first error ends the stream.
pub fn row_batches<'a, R: Send + 'a>(
    rows: futures::stream::BoxStream<'a, Result<R>>,
    builder: crate::values::BatchBuilder,
    size: BatchSize,
    append: impl FnMut(&mut crate::values::BatchBuilder, R) -> Result<()> + Send + 'a,
) -> BatchStream<'a> {
    use futures::{StreamExt, TryStreamExt};
    futures::stream::try_unfold(Some((rows, builder, append)), move |state| async move {
        let Some((mut rows, mut builder, mut append)) = state else {
            return Ok(None);
        };
        while let Some(row) = rows.try_next().await? {
            append(&mut builder, row)?;
            if builder.is_full(size.rows, size.bytes) {
                let batch = builder.finish()?;
                return Ok(Some((batch, Some((rows, builder, append)))));
            }
        }
        match builder.rows() {
            0 => Ok(None),
            _ => Ok(Some((builder.finish()?, None))),
        }
    })
    .boxed()
}

pub type WriteProgress<'a> = &'a (dyn Fn(u64, u64) + Send + Sync);

/// A database or a snapshot directory that ferry reads from.
#[async_trait]
pub trait Source: Send {
    /// The schemas besides the current one to read (PostgreSQL), whose
    /// tables are named `schema.table`; nothing elsewhere.
    fn set_schemas(&mut self, _schemas: &[String]) {}

    /// The schemas a snapshot recorded as [`Source::set_schemas`] was told
    /// them when it was taken; nothing for a database.
    fn recorded_schemas(&self) -> Vec<String> {
        Vec::new()
    }

    /// Opens the consistent read that every later call of this source sees:
    /// all tables as of one point in time, whatever is written meanwhile.
    async fn begin_read(&mut self) -> Result<()>;

    /// The base tables (no views, one entry per partitioned table).
    async fn catalog(&mut self) -> Result<Catalog>;

    /// Rows the consistent read will return for `table`.
    async fn count_rows(&mut self, table: &Table) -> Result<u64>;

    /// Another connection reading the same consistent snapshot, for
    /// parallel readers (`--jobs`); `None` where the engine cannot share a
    /// snapshot between connections.
    async fn fork(&mut self) -> Result<Option<Box<dyn Source>>> {
        Ok(None)
    }

    /// `table`'s rows as a stream of batches bounded by `size`; an error
    /// ends it. Dropping the stream stops the read.
    fn read_table<'a>(&'a mut self, table: &'a Table, size: BatchSize) -> BatchStream<'a>;

    /// Where the consistent read stands in the source's history
    /// (PostgreSQL's WAL position and transaction snapshot, MariaDB's binlog
    /// position), recorded in a snapshot's manifest. Called after
    /// [`Source::begin_read`]; `None` where the engine exposes nothing.
    async fn consistency_point(&mut self) -> Result<Option<String>> {
        Ok(None)
    }

    /// The server's own identity where the engine has one (PostgreSQL's
    /// system identifier, MySQL's `server_uuid`), for the run journal;
    /// `None` elsewhere or without the privilege to read it.
    async fn system_identifier(&mut self) -> Result<Option<String>> {
        Ok(None)
    }

    /// The value each identity column of `table` would hand out next, as
    /// far as the engine tells it cheaply; recorded in a snapshot's
    /// manifest. Columns it cannot tell are left out.
    async fn next_identity(&mut self, _table: &Table) -> Result<Vec<(String, i64)>> {
        Ok(Vec::new())
    }

    /// Rows of `sql` run inside the consistent read, every column cast to
    /// text by the query itself (`[preflight] version_query`).
    async fn query_text(&mut self, _sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        Err(crate::error::Error::bad_input(
            "this source cannot run SQL queries (a snapshot directory)",
        ))
    }
}

/// The run that holds (or asks for) a target's run lock.
#[derive(Debug, Clone)]
pub struct LockHolder {
    pub run_id: String,
    pub user: String,
    pub host: String,
    /// RFC 3339, UTC.
    pub started: String,
    /// A restore of one slice (`--slice K`, not creating tables): it shares
    /// the lock with the other slices' restores where the engine has shared
    /// locks (PostgreSQL), and excludes only another restore of its slice.
    pub slice: Option<usize>,
}

impl LockHolder {
    /// `ferry 20261201-163512-3fa9c1 root@db1`: what the holder's session
    /// is labelled with where the engine can show it to another session.
    pub fn label(&self) -> String {
        format!("ferry {} {}@{}", self.run_id, self.user, self.host)
    }
}

/// The message of a run that found the lock held by `holder`.
pub fn locked_by(target: &str, holder: &str, wait: std::time::Duration) -> crate::error::Error {
    let waited = match wait.as_secs() {
        0 => String::new(),
        n => format!(" (waited {n} s)"),
    };
    crate::error::Error::Locked(format!(
        "{target} is locked by another ferry run{waited}: {holder}; nothing was written. \
         Let it finish, or give --wait SECONDS to wait for it"
    ))
}

/// How often a run waiting for the lock tries again.
pub const LOCK_RETRY: std::time::Duration = std::time::Duration::from_millis(200);

/// A database or a snapshot directory that ferry writes into, in one
/// transaction.
#[async_trait]
pub trait Sink: Send {
    /// Takes the target's run lock for as long as this sink lives: a lock
    /// of the session (or, for SQLite, of the process) that the server or
    /// the OS releases when the run ends or dies, never a row a crash
    /// leaves behind. Tries until `wait` has passed, then fails with
    /// [`crate::error::Error::Locked`] naming the holder. A snapshot
    /// directory needs none.
    async fn lock(&mut self, _holder: &LockHolder, _wait: std::time::Duration) -> Result<()> {
        Ok(())
    }

    /// Gives the run lock back once the run is over (committed or rolled
    /// back), so that the next run finds it free at once rather than when
    /// the server has noticed the closed session. Nothing where the OS
    /// releases it with the process.
    async fn unlock(&mut self) -> Result<()> {
        Ok(())
    }

    /// The schemas besides the current one the run writes into
    /// (PostgreSQL); nothing elsewhere.
    fn set_schemas(&mut self, _schemas: &[String]) {}

    async fn catalog(&mut self) -> Result<Catalog>;

    async fn count_rows(&mut self, table: &Table) -> Result<u64>;

    /// The table `--create-tables` would create for a source table, with
    /// the logical types this engine will hold (PostgreSQL has no unsigned
    /// integers, MySQL no UUID type, …), plus warnings for what changes.
    ///
    /// # Errors
    /// The columns this engine cannot hold, by name.
    fn translate(&self, table: &Table) -> std::result::Result<(Table, Vec<String>), Vec<String>> {
        Ok((table.clone(), Vec::new()))
    }

    /// The triggers on `tables` that fire when rows are written, per
    /// table: `(table, "ins_film (AFTER INSERT)")`. The plan warns of them:
    /// they run for every row ferry writes and may change it or write
    /// other tables.
    async fn triggers(&mut self, _tables: &[Table]) -> Result<Vec<(String, String)>> {
        Ok(Vec::new())
    }

    /// Problems with creating `tables` that only the target can tell (a
    /// type it lacks), for preflight; nothing is created.
    async fn check_create(&mut self, _tables: &[Table]) -> Result<Vec<String>> {
        Ok(Vec::new())
    }

    /// How this engine will load `keys`: foreign keys of existing tables
    /// whose parent is written after the child because the selected tables
    /// form a cycle. `Ok(notes)` for the plan's warnings; `Err(problems)`
    /// refuses the run in preflight, before anything is written.
    async fn plan_forward_keys(
        &mut self,
        _keys: &[Edge],
    ) -> Result<std::result::Result<Vec<String>, Vec<String>>> {
        Ok(Ok(Vec::new()))
    }

    /// This engine's SQL spelling, for the plan to tell what
    /// `--create-tables` can carry exactly; `None` for a snapshot, which
    /// keeps everything as the source has it.
    fn dialect(&self) -> Option<&dyn crate::catalog::ddl::Dialect> {
        None
    }

    /// Creates `schema`'s tables (in the target's dialect) and opens the
    /// write transaction, ready to take rows in plan order with
    /// `forward_keys` (as [`Sink::plan_forward_keys`] accepted them)
    /// pointing forward. Where DDL is transactional it runs inside it;
    /// where it is not (MySQL), the sink drops what it created on rollback.
    async fn begin(&mut self, schema: &Schema, forward_keys: &[Edge]) -> Result<()>;

    /// Once every row is written, before [`Sink::commit`]: what the rows
    /// had to come before — keys, CHECKs, indexes and comments, then views
    /// and sequences — and the check of keys loaded unchecked. Returns how
    /// long each phase took.
    async fn finish_schema(&mut self) -> Result<SchemaPhases> {
        Ok(SchemaPhases::default())
    }

    /// What the target refused to create after the commit (MySQL's views,
    /// created once the tables have their real names).
    fn take_left_out(&mut self) -> Vec<String> {
        Vec::new()
    }

    /// Writes every batch of `batches` into `table` (a target table; the
    /// batches already have its schema). Returns the rows written; an
    /// error in the stream is returned as it is.
    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<u64>;

    /// Moves id generators past the written ids, then commits.
    async fn commit(&mut self, written: &[Table]) -> Result<()>;

    /// Rolls the transaction back and removes tables created outside it.
    async fn rollback(&mut self) -> Result<()>;

    /// The run was cancelled (Ctrl-C, SIGTERM) while a statement of this
    /// sink may have been in flight: roll back without sending anything
    /// more on a connection whose reply may be half read.
    async fn abandon(&mut self) -> Result<()> {
        self.rollback().await
    }

    /// Runs one statement inside the write transaction (after
    /// [`Sink::begin`]); returns the rows it affected. Promotions stage,
    /// compare and apply rows with it.
    async fn execute(&mut self, _sql: &str) -> Result<u64> {
        Err(crate::error::Error::bad_input(
            "key maps, value maps and write modes need a database target, not a snapshot",
        ))
    }

    /// The value the target's own counter of `table.column` (a sequence,
    /// AUTO_INCREMENT, sqlite_sequence) would hand out next, read without
    /// drawing it; `None` when it has none.
    async fn next_identity_value(&mut self, _table: &Table, _column: &str) -> Result<Option<i64>> {
        Ok(None)
    }

    /// Rows of `sql`, every column cast to text by the query itself; inside
    /// the write transaction once it is open.
    async fn query_text(&mut self, _sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        Err(crate::error::Error::bad_input(
            "key maps, value maps and write modes need a database target, not a snapshot",
        ))
    }
}

/// Whether `source` and `sink` are one database reached twice (a copy of a
/// database into itself): the same server's same database, whatever the
/// URLs say, or the same SQLite file. Says what they share, for the error.
///
/// # Errors
/// The identity query failed on either side.
pub async fn same_database(
    source_url: &DbUrl,
    source: &mut dyn Source,
    target_url: &DbUrl,
    sink: &mut dyn Sink,
) -> Result<Option<String>> {
    if source_url.engine != target_url.engine {
        return Ok(None);
    }
    if source_url.engine == Engine::Sqlite {
        let file = |url: &DbUrl| std::fs::canonicalize(url.sqlite_path()).ok();
        return Ok(match (file(source_url), file(target_url)) {
            (Some(a), Some(b)) if a == b => Some(format!("the file {}", a.display())),
            _ => None,
        });
    }
    let Some(query) = sql::of(source_url.engine).and_then(|f| f.database_identity()) else {
        return Ok(None);
    };
    let first = |rows: Vec<Vec<Option<String>>>| rows.into_iter().next()?.into_iter().next()?;
    let a = first(source.query_text(query).await?);
    let b = first(sink.query_text(query).await?);
    Ok(match (a, b) {
        (Some(a), Some(b)) if a == b => Some("the same database of the same server".to_string()),
        _ => None,
    })
}

/// `dir_employment (departmentId) → dir_department [fk_dept]`, for messages.
pub fn describe_key(key: &Edge) -> String {
    format!(
        "{} ({}) → {}{}",
        key.child,
        key.columns.join(", "),
        key.parent,
        key.constraint
            .as_ref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default()
    )
}

/// The plan's note on keys a cycle leaves pointing forward: how the
/// engine loads them.
pub(crate) fn forward_note(keys: &[Edge], how: &str) -> Vec<String> {
    if keys.is_empty() {
        return Vec::new();
    }
    let listed: Vec<String> = keys.iter().map(describe_key).collect();
    let one = keys.len() == 1;
    vec![format!(
        "foreign keys form a cycle; {} {} to rows written after {}: {how}",
        listed.join(", "),
        if one { "refers" } else { "refer" },
        if one { "its own" } else { "their own" },
    )]
}

/// Opens a source for `url`.
///
/// # Errors
/// A URL of an unknown engine, an unreachable server or refused credentials.
pub async fn open_source(url: &DbUrl) -> Result<Box<dyn Source>> {
    Ok(match url.engine {
        Engine::Postgres => Box::new(postgres::PgSource::connect(url).await?),
        Engine::MySql => Box::new(mysql::MySqlSource::connect(url).await?),
        Engine::Sqlite => Box::new(sqlite::SqliteSource::connect(url).await?),
        Engine::Snapshot => Box::new(snapshot::SnapshotSource::open(url).await?),
    })
}

/// Opens a sink for `url`. With `create` (`--create-tables`) a missing
/// SQLite file is created, or, for a `dry_run` (`ferry plan`), stood in for
/// by an empty in-memory database so that nothing is written.
///
/// # Errors
/// As [`open_source`].
pub async fn open_sink(url: &DbUrl, create: bool, dry_run: bool) -> Result<Box<dyn Sink>> {
    Ok(match url.engine {
        Engine::Postgres => Box::new(postgres::PgSink::connect(url).await?),
        Engine::MySql => Box::new(mysql::MySqlSink::connect(url).await?),
        Engine::Sqlite => Box::new(sqlite::SqliteSink::connect(url, create, dry_run).await?),
        Engine::Snapshot => Box::new(snapshot::SnapshotSink::new(
            url,
            snapshot::WriteOptions::default(),
        )?),
    })
}

/// Turns a failed connection into an error a DBA can act on: refused
/// credentials and unknown databases are bad input (exit 2); an unreachable
/// server is a failed run (exit 1), worth retrying.
pub(crate) fn connect_error(url: &DbUrl, error: sqlx::Error) -> crate::error::Error {
    use crate::error::Error;
    if let sqlx::Error::Database(db) = &error {
        let code = db.code().map(|c| c.to_string()).unwrap_or_default();
        match code.as_str() {
            // PostgreSQL invalid_password / invalid_authorization; MySQL 1045.
            "28P01" | "28000" | "1045" => {
                return Error::bad_input(format!(
                    "cannot connect to {}: {}; check the user name and password",
                    url.redacted(),
                    db.message()
                ))
            }
            // PostgreSQL invalid_catalog_name; MySQL unknown database.
            "3D000" | "1049" | "42000" => {
                return Error::bad_input(format!(
                    "cannot connect to {}: {}; check the database name in the URL",
                    url.redacted(),
                    db.message()
                ))
            }
            _ => {}
        }
    }
    let hint = match &error {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut => "; is the server running and reachable?",
        _ => "",
    };
    Error::failed(format!(
        "cannot connect to {}: {error}{hint}",
        url.redacted()
    ))
}

/// The first column of the first row of a text query, as an integer.
pub(crate) fn first_int(rows: &[Vec<Option<String>>]) -> Option<i64> {
    rows.first()?.first()?.as_deref()?.trim().parse().ok()
}
