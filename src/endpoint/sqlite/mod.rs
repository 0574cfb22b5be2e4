//! SQLite: the embedded default. A source reads inside one read
//! transaction; a sink writes inside one `BEGIN IMMEDIATE` transaction with
//! foreign-key checks deferred to the commit.

mod catalog;
mod lock;
mod native;
mod read;
mod schema;
pub mod types;
mod write;

use super::forward_note;
use super::{BatchSize, BatchStream, DbUrl, SchemaPhases, Sink, Source, WriteProgress};
use crate::catalog::create::{CreateScript, Schema};
use crate::catalog::Edge;
use crate::catalog::{Catalog, Table};
use crate::error::{DbContext, Error, Result};
use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{Connection, Executor};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// SQLite's dialect.
pub static DIALECT: types::SqliteDialect = types::SqliteDialect;

pub struct SqliteSource {
    conn: SqliteConnection,
    url: DbUrl,
    /// Counts and rows, read through SQLite's C API.
    reader: native::NativeReader,
}

pub struct SqliteSink {
    conn: SqliteConnection,
    url: DbUrl,
    in_transaction: bool,
    /// Indexes and views of the created tables, for after the rows.
    script: CreateScript,
    /// The run lock's file, locked while this sink lives.
    lock: Option<std::fs::File>,
    /// Set by [`Sink::abandon`]: SQLite's progress handler then stops the
    /// statement in flight.
    interrupt: Arc<AtomicBool>,
    /// Held by the thread that writes a batch ([`write::write_table`]);
    /// taken before the connection is used again after a cancelled write,
    /// or closed.
    writing: Arc<tokio::sync::Mutex<()>>,
}

/// Virtual-machine steps between two looks at [`SqliteSink::interrupt`]:
/// a few microseconds, and far more than a ROLLBACK takes.
const PROGRESS_STEPS: i32 = 10_000;

/// What a SQLite path names, checked before the driver's `disk I/O error`
/// or `file is not a database` says it without naming the side or file:
/// a directory, a file that is not a SQLite database, and for a file to
/// create (`create`), a missing directory.
fn check_path(path: &str, side: &str, create: bool) -> Result<()> {
    let p = std::path::Path::new(path);
    if p.is_dir() {
        return Err(Error::bad_input(format!(
            "{side} '{path}' is a directory, not a SQLite database file"
        )));
    }
    if p.is_file() {
        let mut header = [0u8; 16];
        let read = std::fs::File::open(p)
            .and_then(|mut f| std::io::Read::read(&mut f, &mut header))
            .map_err(|e| Error::bad_input(format!("{side} '{path}' cannot be read: {e}")))?;
        // An empty file is an empty database to SQLite.
        let begins = header.get(..read).unwrap_or(&header);
        if !begins.is_empty() && !b"SQLite format 3\0".starts_with(begins) {
            return Err(Error::bad_input(format!(
                "{side} '{path}' is not a SQLite database (it does not begin with SQLite's header)"
            )));
        }
        return Ok(());
    }
    match p.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) if create && !dir.is_dir() => Err(Error::bad_input(format!(
            "{side} '{path}': the directory '{}' does not exist",
            dir.display()
        ))),
        _ => Ok(()),
    }
}

async fn connect(url: &DbUrl, read_only: bool, create: bool) -> Result<SqliteConnection> {
    let path = url.sqlite_path();
    check_path(path, if read_only { "--from" } else { "--to" }, create)?;
    if !create && !std::path::Path::new(path).exists() {
        let message = format!("SQLite database file '{path}' does not exist");
        return Err(if read_only {
            Error::bad_input(format!("{message}: check --from"))
        } else {
            Error::Preflight(vec![format!(
                "{message}: the target is not initialised; create its tables or pass --create-tables"
            )])
        });
    }
    let options = SqliteConnectOptions::from_str(url.secret())
        .map_err(|e| Error::bad_input(format!("{}: {e}", url.redacted())))?
        .read_only(read_only)
        // The sink writes on a blocking thread of its own besides sqlx's
        // worker (`write`): SQLite's own mutex orders the two.
        .serialized(!read_only)
        .create_if_missing(create);
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .context(|| format!("cannot open {}", url.redacted()))?;
    let side = if read_only { "--from" } else { "--to" };
    readable_schema(&mut conn, side, path).await?;
    Ok(conn)
}

/// Reads the schema once, so that a damaged file (truncated, overwritten)
/// is bad input naming the side and file, not `database disk image is
/// malformed` later from the catalog read.
async fn readable_schema(conn: &mut SqliteConnection, side: &str, path: &str) -> Result<()> {
    use sqlx::Executor;
    match conn.execute("SELECT count(*) FROM sqlite_master").await {
        Ok(_) => Ok(()),
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), extended codes too.
        Err(sqlx::Error::Database(e))
            if e.code()
                .and_then(|c| c.parse::<i32>().ok())
                .is_some_and(|c| matches!(c & 0xff, 11 | 26)) =>
        {
            Err(Error::bad_input(format!(
                "{side} '{path}' is a damaged SQLite database: {} (sqlite3 '{path}' 'PRAGMA integrity_check' tells more)",
                e.message()
            )))
        }
        Err(e) => Err(Error::Database {
            context: format!("reading the schema of '{path}'"),
            source: e,
        }),
    }
}

impl SqliteSource {
    pub async fn connect(url: &DbUrl) -> Result<Self> {
        Ok(SqliteSource {
            conn: connect(url, true, false).await?,
            url: url.clone(),
            reader: native::NativeReader::open(url.sqlite_path())?,
        })
    }
}

impl SqliteSink {
    pub async fn connect(url: &DbUrl, create: bool, dry_run: bool) -> Result<Self> {
        check_path(url.sqlite_path(), "--to", create)?;
        let missing = !std::path::Path::new(url.sqlite_path()).exists();
        let conn = if dry_run && create && missing {
            SqliteConnection::connect("sqlite::memory:")
                .await
                .context(|| "opening an in-memory stand-in for the missing target".into())?
        } else {
            connect(url, false, create && !dry_run).await?
        };
        let mut conn = conn;
        // A statement runs on the driver's own thread, where a cancelled
        // run cannot reach it: a ROLLBACK would wait for it to end (a
        // trigger or a check may take minutes).
        let interrupt = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&interrupt);
        conn.lock_handle()
            .await
            .context(|| format!("opening {}", url.redacted()))?
            .set_progress_handler(PROGRESS_STEPS, move || !stop.load(Ordering::Relaxed));
        Ok(SqliteSink {
            conn,
            url: url.clone(),
            in_transaction: false,
            script: CreateScript::default(),
            lock: None,
            interrupt,
            writing: Arc::default(),
        })
    }
}

/// The `SELECT count(*)` of `table`'s rows in scope.
fn count_sql(table: &Table) -> String {
    format!(
        "SELECT count(*) FROM {}{}",
        types::SqliteDialect.quote_ident(&table.name),
        table.where_clause()
    )
}

async fn count(conn: &mut SqliteConnection, table: &Table) -> Result<u64> {
    let sql = count_sql(table);
    let n: i64 = sqlx::query_scalar(&sql)
        .fetch_one(conn)
        .await
        .context(|| format!("counting rows of {}", table.name))?;
    Ok(n as u64)
}

super::text_rows_fn!(SqliteConnection);

#[async_trait]
impl Source for SqliteSource {
    async fn query_text(&mut self, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        text_rows(&mut self.conn, sql).await
    }

    async fn begin_read(&mut self) -> Result<()> {
        // A deferred transaction takes its snapshot at the first read; the
        // catalog query right after pins it.
        self.conn
            .execute("BEGIN")
            .await
            .context(|| format!("opening a read transaction on {}", self.url.redacted()))?;
        self.reader.begin().await
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn, true).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        self.reader.count(count_sql(table), table).await
    }

    fn read_table<'a>(&'a mut self, table: &'a Table, size: BatchSize) -> BatchStream<'a> {
        self.reader.read(read::select_sql(table), table, size)
    }
}

#[async_trait]
impl Sink for SqliteSink {
    async fn lock(&mut self, holder: &super::LockHolder, wait: std::time::Duration) -> Result<()> {
        self.take_lock(holder, wait).await
    }

    async fn execute(&mut self, sql: &str) -> Result<u64> {
        let done = self
            .conn
            .execute(sql)
            .await
            .context(|| format!("running {}", crate::error::statement(sql)))?;
        Ok(done.rows_affected())
    }

    async fn query_text(&mut self, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        text_rows(&mut self.conn, sql).await
    }

    async fn next_identity_value(&mut self, table: &Table, _column: &str) -> Result<Option<i64>> {
        // sqlite_sequence exists once a table with AUTOINCREMENT does.
        let exists = self
            .query_text("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")
            .await?;
        if exists.is_empty() {
            return Ok(None);
        }
        let sql = format!(
            "SELECT CAST(seq AS TEXT) FROM sqlite_sequence WHERE name = {}",
            crate::catalog::ddl::Dialect::string_literal(&DIALECT, &table.name)
        );
        Ok(super::first_int(&self.query_text(&sql).await?).map(|seq| seq + 1))
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn, false).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, table).await
    }

    fn translate(&self, table: &Table) -> std::result::Result<(Table, Vec<String>), Vec<String>> {
        let mut out = table.clone();
        let mut warnings = Vec::new();
        if table.dialect != "sqlite" {
            for c in &mut out.computed {
                c.native = String::new();
            }
        }
        for column in &mut out.columns {
            // A SQLite table's declared types are created as they were
            // (they are what ferry reads its types from); another engine's
            // spelling means nothing here.
            let before = column.ty.clone();
            if table.dialect != "sqlite" {
                column.native = String::new();
            }
            let lone_pk = table.primary_key == [column.name.clone()];
            if column.generated.is_some() && !(lone_pk && column.ty.is_integer()) {
                warnings.push(format!(
                    "{}.{}: created without an id generator (SQLite hands out ids only for a lone INTEGER PRIMARY KEY)",
                    table.name, column.name
                ));
            }
            // SQLite integers are signed 64-bit; larger unsigned values stay
            // exact as decimal text.
            if column.ty == crate::catalog::LogicalType::UInt64
                && column.generated.is_some()
                && table.primary_key == [column.name.clone()]
            {
                // The rowid hands out ids: an INTEGER PRIMARY KEY, signed.
                column.ty = crate::catalog::LogicalType::Int64;
                warnings.push(format!(
                    "{}.{}: the uint64 id is created as INTEGER PRIMARY KEY in SQLite; an id past \
                     9223372036854775807 is refused",
                    table.name, column.name
                ));
            } else if column.ty == crate::catalog::LogicalType::UInt64 {
                column.ty = crate::catalog::LogicalType::Decimal {
                    precision: 20,
                    scale: 0,
                };
                warnings.push(format!(
                    "{}.{}: uint64 is created as DECIMAL_TEXT(20,0) in SQLite",
                    table.name, column.name
                ));
            }
            if column.ty != before {
                column.native = String::new();
            }
        }
        Ok((out, warnings))
    }

    async fn triggers(&mut self, tables: &[Table]) -> Result<Vec<(String, String)>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT tbl_name, name, coalesce(sql, '') FROM sqlite_master WHERE type = 'trigger' ORDER BY 1, 2",
        )
        .fetch_all(&mut self.conn)
        .await
        .context(|| "reading the target's triggers".into())?;
        Ok(rows
            .into_iter()
            .filter(|(t, _, _)| tables.iter().any(|x| x.name.eq_ignore_ascii_case(t)))
            .map(|(t, name, sql)| {
                let when = types::trigger_event(&sql);
                (t, format!("{name} ({when})"))
            })
            .collect())
    }

    async fn plan_forward_keys(
        &mut self,
        keys: &[Edge],
    ) -> Result<std::result::Result<Vec<String>, Vec<String>>> {
        Ok(Ok(forward_note(
            keys,
            "checked at COMMIT (PRAGMA defer_foreign_keys)",
        )))
    }

    fn dialect(&self) -> Option<&dyn crate::catalog::ddl::Dialect> {
        Some(&types::SqliteDialect)
    }

    async fn begin(&mut self, schema: &Schema, _forward_keys: &[Edge]) -> Result<()> {
        self.conn
            .execute("BEGIN IMMEDIATE")
            .await
            .context(|| format!("opening the write transaction on {}", self.url.redacted()))?;
        self.in_transaction = true;
        // Checked at COMMIT, so rows may arrive before the rows they refer to.
        self.conn
            .execute("PRAGMA defer_foreign_keys = ON")
            .await
            .context(|| "deferring foreign keys".into())?;
        self.script = CreateScript::default();
        if !schema.tables.is_empty() || !schema.views.is_empty() {
            // Foreign keys may refer to tables the target already has.
            let existing = catalog::load(&mut self.conn, false)
                .await?
                .tables
                .into_iter()
                .map(|t| t.name)
                .collect();
            // SQLite writes keys and CHECKs inline (foreign keys are checked
            // at COMMIT); indexes and views come after the rows.
            let mut script =
                crate::catalog::create::script(schema, &existing, &types::SqliteDialect)?;
            for sql in std::mem::take(&mut script.tables) {
                self.conn
                    .execute(sql.as_str())
                    .await
                    .context(|| format!("creating a table: {sql}"))?;
            }
            self.script = script;
        }
        Ok(())
    }

    async fn finish_schema(&mut self) -> Result<SchemaPhases> {
        let script = std::mem::take(&mut self.script);
        let mut phases = SchemaPhases::default();
        let started = std::time::Instant::now();
        for sql in script.after_rows {
            self.conn
                .execute(sql.as_str())
                .await
                .context(|| format!("creating an index: {sql}"))?;
        }
        phases.keys_and_indexes = started.elapsed().as_secs_f64();
        let started = std::time::Instant::now();
        for sql in script.last {
            // A view translated from another engine may still be refused:
            // left out in a savepoint, unless --strict-schema.
            let ctx = || "creating a view".to_string();
            self.conn
                .execute("SAVEPOINT ferry_view")
                .await
                .context(ctx)?;
            match self.conn.execute(sql.as_str()).await {
                Ok(_) => {}
                Err(e) if !script.strict => {
                    self.conn
                        .execute("ROLLBACK TO SAVEPOINT ferry_view")
                        .await
                        .context(ctx)?;
                    phases.left_out.push(format!(
                        "{}: SQLite refused it ({}); left out",
                        crate::catalog::create::head(&sql),
                        crate::error::describe(&e)
                    ));
                }
                Err(e) => {
                    return Err(Error::Database {
                        context: format!("creating a view (--strict-schema): {sql}"),
                        source: e,
                    })
                }
            }
            self.conn
                .execute("RELEASE SAVEPOINT ferry_view")
                .await
                .context(ctx)?;
        }
        phases.views = started.elapsed().as_secs_f64();
        Ok(phases)
    }

    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut crate::endpoint::BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<u64> {
        write::write_table(&mut self.conn, &self.writing, table, batches, progress).await
    }

    async fn commit(&mut self, _written: &[Table]) -> Result<()> {
        // INTEGER PRIMARY KEY and AUTOINCREMENT both continue after the
        // largest id present, so there is no counter to move.
        self.conn
            .execute("COMMIT")
            .await
            .context(|| format!("committing on {}", self.url.redacted()))?;
        self.in_transaction = false;
        Ok(())
    }

    async fn rollback(&mut self) -> Result<()> {
        if self.in_transaction {
            self.in_transaction = false;
            self.conn
                .execute("ROLLBACK")
                .await
                .context(|| format!("rolling back on {}", self.url.redacted()))?;
        }
        Ok(())
    }

    /// Stops the statement in flight, then rolls back: an interrupted
    /// write has rolled its transaction back by itself already.
    async fn abandon(&mut self) -> Result<()> {
        self.interrupt.store(true, Ordering::Relaxed);
        drop(self.writing.lock().await);
        let stopped = self.conn.execute("SELECT 1").await;
        self.interrupt.store(false, Ordering::Relaxed);
        if let Err(e) = stopped {
            tracing::debug!("the statement in flight was interrupted: {e}");
        }
        match self.rollback().await {
            Err(Error::Database { source, .. })
                if source.to_string().contains("no transaction is active") =>
            {
                Ok(())
            }
            other => other,
        }
    }
}

impl Drop for SqliteSink {
    /// The connection closes after this: never under a batch still being
    /// written by a cancelled write, which stops promptly once
    /// [`SqliteSink::interrupt`] is set (a drop cannot await the lock).
    fn drop(&mut self) {
        self.interrupt.store(true, Ordering::Relaxed);
        let waited = std::time::Instant::now();
        while self.writing.try_lock().is_err() && waited.elapsed().as_secs() < 30 {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

/// A database file the run is about to create: removed again, with its
/// journal, WAL and shared-memory files, if the run does not commit, so a
/// refused or failed run leaves no file where there was none.
pub struct NewFile(std::path::PathBuf);

impl NewFile {
    /// `Some` when `url` names a SQLite file that does not exist yet.
    pub fn of(url: &DbUrl) -> Option<Self> {
        let path = std::path::PathBuf::from(url.sqlite_path());
        (url.engine == super::Engine::Sqlite && !path.exists()).then_some(NewFile(path))
    }

    pub fn remove(self) {
        for suffix in ["", "-journal", "-wal", "-shm", ".ferry-lock"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}
