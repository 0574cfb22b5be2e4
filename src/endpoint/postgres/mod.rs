//! PostgreSQL: binary COPY both ways. A source reads inside one
//! `REPEATABLE READ READ ONLY` transaction; a sink writes inside one
//! transaction and moves identity/serial sequences past the copied ids
//! before it commits.

mod catalog;
mod lock;
mod numeric;
mod pgpass;
mod read;
pub mod types;
mod write;

/// The binary COPY codec, public for benchmarks and tests.
pub mod copy {
    pub use super::read::{copy_out_sql, CopyDecoder};
    pub use super::write::{copy_header, encode_batch};
}

use super::{
    connect_error, BatchSize, BatchStream, DbUrl, SchemaPhases, Sink, Source, WriteProgress,
};
use crate::catalog::create::{CreateScript, Schema};
use crate::catalog::Edge;
use crate::catalog::{Catalog, LogicalType, Table};
use crate::error::{DbContext, Error, Result};
use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgSslMode};
use sqlx::{ConnectOptions, Executor};
use std::str::FromStr;
use types::{quote_ident, PgDialect};

/// PostgreSQL's dialect for statements on tables of the current schema
/// (promotions, which refuse `--schemas`).
pub static DIALECT: PgDialect = PgDialect {
    schemas: Vec::new(),
};

pub struct PgSource {
    conn: PgConnection,
    url: DbUrl,
    /// The schemas the run reads besides the current one.
    dialect: PgDialect,
    /// Exported by the first reader, imported by the ones it forks.
    snapshot: Option<String>,
}

pub struct PgSink {
    conn: PgConnection,
    url: DbUrl,
    /// The schemas the run writes besides the current one.
    dialect: PgDialect,
    /// The created tables' keys, CHECKs, indexes and comments, then views
    /// and sequences, run once the rows are written.
    script: CreateScript,
    /// `NOT DEFERRABLE` keys a cycle made deferrable for this transaction:
    /// `(table, constraint)`, made `NOT DEFERRABLE` again before COMMIT.
    relaxed: Vec<(String, String)>,
    /// This session's backend, ended from another session when the run is
    /// abandoned.
    backend: i32,
}

async fn connect(url: &DbUrl) -> Result<PgConnection> {
    let mut options = PgConnectOptions::from_str(url.secret())
        .map_err(|e| Error::bad_input(format!("{}: {e}", url.redacted())))?
        .application_name("ferry")
        .log_statements(tracing::log::LevelFilter::Trace);
    if !url.has_password() && std::env::var_os("PGPASSWORD").is_none() {
        let socket = socket_path(&options).is_some();
        let target = pgpass::Target {
            host: options.get_host(),
            socket,
            port: options.get_port(),
            database: options.get_database().unwrap_or(options.get_username()),
            user: options.get_username(),
        };
        if let Some(password) = pgpass::lookup(&target) {
            options = options.password(&password);
        }
    }
    let mode = format!("sslmode={}", ssl_mode_name(options.get_ssl_mode()));
    let host = options.get_host().to_string();
    let mut conn = options.connect().await.map_err(|e| {
        super::tls::connect_error(url, &host, &mode, &e).unwrap_or_else(|| connect_error(url, e))
    })?;
    if super::tls::first_report(url) {
        report_transport(&mut conn, url, &options, mode).await?;
    }
    // Fixed styles: the text forms of PostgreSQL's own types (arrays of
    // timestamps, intervals, floats inside ranges) then read back exactly
    // on any server, whatever its defaults.
    for sql in [
        "SET TIME ZONE 'UTC'",
        "SET DateStyle = 'ISO, YMD'",
        "SET IntervalStyle = 'postgres'",
        "SET extra_float_digits = 3",
        "SET bytea_output = 'hex'",
    ] {
        conn.execute(sql)
            .await
            .context(|| format!("setting up the session: {sql}"))?;
    }
    Ok(conn)
}

fn ssl_mode_name(mode: PgSslMode) -> &'static str {
    match mode {
        PgSslMode::Disable => "disable",
        PgSslMode::Allow => "allow",
        PgSslMode::Prefer => "prefer",
        PgSslMode::Require => "require",
        PgSslMode::VerifyCa => "verify-ca",
        PgSslMode::VerifyFull => "verify-full",
    }
}

/// Asks the server how this session is carried (`pg_stat_ssl`) and logs
/// it, warning of a remote connection that fell back to plain text.
async fn report_transport(
    conn: &mut PgConnection,
    url: &DbUrl,
    options: &PgConnectOptions,
    mode: String,
) -> Result<()> {
    let row: Option<(bool, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_optional(&mut *conn)
            .await
            .context(|| {
                format!(
                    "reading how the connection to {} is encrypted",
                    url.redacted()
                )
            })?;
    let tls = match row {
        Some((true, version, cipher)) => {
            Some((version.unwrap_or_default(), cipher.unwrap_or_default()))
        }
        _ => None,
    };
    let socket = socket_path(options);
    let certificate = super::tls::certificate_for_log(
        super::tls::Upgrade::Postgres,
        options.get_host(),
        options.get_port(),
        tls.is_some() && socket.is_none(),
    )
    .await;
    super::tls::report(&super::tls::Transport {
        url,
        host: options.get_host(),
        socket: socket.as_deref(),
        may_fall_back: matches!(options.get_ssl_mode(), PgSslMode::Prefer | PgSslMode::Allow),
        mode,
        tls,
        certificate,
    });
    Ok(())
}

/// The Unix socket a connection goes through: `host=/dir` or a host that
/// is a directory (libpq's spelling), as sqlx resolves it.
fn socket_path(options: &PgConnectOptions) -> Option<std::path::PathBuf> {
    let dir = match options.get_socket() {
        Some(dir) => dir.clone(),
        None if options.get_host().starts_with('/') => options.get_host().into(),
        None => return None,
    };
    Some(dir.join(format!(".s.PGSQL.{}", options.get_port())))
}

/// `"t"`, or `ONLY "t"` for a table other tables inherit from: its rows
/// without theirs, which are tables of their own (as pg_dump reads them).
/// A partitioned table is read whole.
pub(crate) async fn from_table(
    conn: &mut PgConnection,
    d: &PgDialect,
    table: &Table,
) -> Result<String> {
    let quoted = d.quote_table(&table.name);
    let parent: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent \
         WHERE i.inhparent = to_regclass($1) AND c.relkind = 'r')",
    )
    .bind(&quoted)
    .fetch_one(&mut *conn)
    .await
    .context(|| format!("reading whether other tables inherit from {}", table.name))?;
    Ok(if parent {
        format!("ONLY {quoted}")
    } else {
        quoted
    })
}

async fn count(conn: &mut PgConnection, d: &PgDialect, table: &Table) -> Result<u64> {
    let sql = format!(
        "SELECT count(*) FROM {}{}",
        from_table(conn, d, table).await?,
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
            dialect: PgDialect::default(),
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
        let mut conn = connect(url).await?;
        let backend: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
            .fetch_one(&mut conn)
            .await
            .context(|| format!("reading the session's backend on {}", url.redacted()))?;
        Ok(PgSink {
            conn,
            backend,
            url: url.clone(),
            script: CreateScript::default(),
            relaxed: Vec::new(),
            dialect: PgDialect::default(),
        })
    }

    /// Whether this role owns `table` (may ALTER it).
    async fn owns(&mut self, table: &str) -> Result<bool> {
        let owns: Option<bool> = sqlx::query_scalar(
            "SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass($1)",
        )
        .bind(self.dialect.quote_table(table))
        .fetch_optional(&mut self.conn)
        .await
        .context(|| format!("reading the owner of {table}"))?;
        Ok(owns.unwrap_or(false))
    }

    /// Runs `statements` in order; `what` names them in an error.
    async fn run_all(&mut self, statements: Vec<String>, what: &str) -> Result<()> {
        for sql in statements {
            self.conn
                .execute(sql.as_str())
                .await
                .context(|| format!("{what}: {sql}"))?;
        }
        Ok(())
    }

    /// Runs a view's or sequence's statement in a savepoint: a view
    /// translated from another engine may still be refused (its types do
    /// not agree here), and is then left out — unless `strict`, when the
    /// run fails. Returns why it was left out.
    async fn try_statement(&mut self, sql: &str, strict: bool) -> Result<Option<String>> {
        let ctx = || "creating a view or a sequence".to_string();
        self.conn
            .execute("SAVEPOINT ferry_view")
            .await
            .context(ctx)?;
        match self.conn.execute(sql).await {
            Ok(_) => {
                self.conn
                    .execute("RELEASE SAVEPOINT ferry_view")
                    .await
                    .context(ctx)?;
                Ok(None)
            }
            Err(e) if !strict => {
                self.conn
                    .execute("ROLLBACK TO SAVEPOINT ferry_view")
                    .await
                    .context(ctx)?;
                self.conn
                    .execute("RELEASE SAVEPOINT ferry_view")
                    .await
                    .context(ctx)?;
                Ok(Some(format!(
                    "{}: PostgreSQL refused it ({}); left out",
                    crate::catalog::create::head(sql),
                    crate::error::describe(&e)
                )))
            }
            Err(e) => Err(Error::Database {
                context: format!("creating a view or a sequence (--strict-schema): {sql}"),
                source: e,
            }),
        }
    }

    /// Makes the keys a cycle relaxed `NOT DEFERRABLE` again, so the
    /// committed schema is exactly the one the run found.
    async fn restore_keys(&mut self) -> Result<()> {
        for (table, constraint) in std::mem::take(&mut self.relaxed) {
            let sql = format!(
                "ALTER TABLE {} ALTER CONSTRAINT {} NOT DEFERRABLE",
                self.dialect.quote_table(&table),
                quote_ident(&constraint)
            );
            self.conn
                .execute(sql.as_str())
                .await
                .context(|| format!("making {table}.{constraint} NOT DEFERRABLE again"))?;
        }
        Ok(())
    }

    /// Moves each identity or serial sequence of `table` past its largest
    /// id, never backwards.
    async fn advance_sequences(&mut self, table: &Table) -> Result<()> {
        let d = self.dialect.clone();
        for column in &table.columns {
            if column.generated.is_none() || !column.ty.is_integer() {
                continue;
            }
            let seq: Option<String> = sqlx::query_scalar("SELECT pg_get_serial_sequence($1, $2)")
                .bind(d.quote_table(&table.name))
                .bind(&column.name)
                .fetch_one(&mut self.conn)
                .await
                .context(|| format!("finding the sequence of {}.{}", table.name, column.name))?;
            let Some(seq) = seq else { continue };
            let sql = format!(
                "SELECT setval($1::regclass, m) FROM (SELECT max({})::bigint AS m FROM {}) s \
                 WHERE m IS NOT NULL AND m > COALESCE(pg_sequence_last_value($1::regclass), 0)",
                d.quote_ident(&column.name),
                d.quote_table(&table.name)
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

    fn set_schemas(&mut self, schemas: &[String]) {
        self.dialect.schemas = schemas.to_vec();
    }

    async fn begin_read(&mut self) -> Result<()> {
        self.conn
            .execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .await
            .context(|| "opening the consistent read".into())?;
        Ok(())
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn, &self.dialect.schemas).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, &self.dialect, table).await
    }

    async fn fork(&mut self) -> Result<Option<Box<dyn Source>>> {
        let id = match &self.snapshot {
            Some(id) => id.clone(),
            None => {
                let id: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
                    .fetch_one(&mut self.conn)
                    .await
                    .context(|| "exporting the snapshot for parallel readers".into())?;
                self.snapshot = Some(id.clone());
                id
            }
        };
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
            dialect: self.dialect.clone(),
        })))
    }

    fn read_table<'a>(&'a mut self, table: &'a Table, size: BatchSize) -> BatchStream<'a> {
        read::read_table(&mut self.conn, &self.dialect, table, size)
    }

    /// `pg_control_system()`'s identifier, when this role may call it
    /// (the check keeps a refusal from aborting the consistent read).
    async fn system_identifier(&mut self) -> Result<Option<String>> {
        let rows = self
            .query_text(
                "SELECT CASE WHEN has_function_privilege('pg_control_system()', 'EXECUTE') \
                 THEN (SELECT system_identifier::text FROM pg_control_system()) END",
            )
            .await?;
        Ok(rows
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next().flatten()))
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
    /// Nothing more is sent on this connection. Its statement would run on
    /// until it next wrote to the closed socket, holding its locks: the
    /// session is ended from a new one, and the server rolls the whole
    /// transaction back (DDL included).
    async fn abandon(&mut self) -> Result<()> {
        let mut other = connect(&self.url).await?;
        sqlx::query("SELECT pg_terminate_backend($1)")
            .bind(self.backend)
            .execute(&mut other)
            .await
            .context(|| format!("ending the abandoned session {}", self.backend))?;
        Ok(())
    }

    async fn unlock(&mut self) -> Result<()> {
        self.release_lock().await
    }

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

    async fn next_identity_value(&mut self, table: &Table, column: &str) -> Result<Option<i64>> {
        let Some(crate::catalog::Generated::Identity {
            sequence: Some(seq),
        }) = table.column_like(column).and_then(|c| c.generated.as_ref())
        else {
            return Ok(None);
        };
        let sql = format!(
            "SELECT CAST(CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS TEXT) FROM {seq}"
        );
        Ok(super::first_int(&self.query_text(&sql).await?))
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn, &self.dialect.schemas).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, &self.dialect, table).await
    }

    fn translate(&self, table: &Table) -> std::result::Result<(Table, Vec<String>), Vec<String>> {
        let mut out = table.clone();
        let mut warnings = Vec::new();
        let mut problems = Vec::new();
        for column in &mut out.columns {
            if let Err(why) =
                crate::catalog::ddl::Dialect::column_type(&PgDialect::default(), column, false)
            {
                problems.push(format!("{}.{}: {why}", table.name, column.name));
                continue;
            }
            if column.generated.is_some() && column.ty == LogicalType::UInt64 {
                // An unsigned id keeps its generator as bigint; ids past
                // bigint's range are refused by value.
                warnings.push(format!(
                    "{}.{}: the uint64 id is created as bigint GENERATED BY DEFAULT AS IDENTITY in PostgreSQL; \
                     an id past 9223372036854775807 is refused",
                    table.name, column.name
                ));
                column.ty = LogicalType::Int64;
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
                    crate::catalog::ddl::Dialect::column_type(&PgDialect::default(), column, false)
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

    async fn triggers(&mut self, tables: &[Table]) -> Result<Vec<(String, String)>> {
        let names: Vec<String> = tables.iter().map(|t| t.name.clone()).collect();
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT CASE WHEN event_object_schema = current_schema() THEN event_object_table::text \
             ELSE event_object_schema || '.' || event_object_table END, trigger_name::text, \
             action_timing || ' ' || string_agg(event_manipulation, ' OR ' ORDER BY event_manipulation) \
             FROM information_schema.triggers \
             WHERE (event_object_schema = current_schema() OR event_object_schema = ANY($2)) \
             GROUP BY 1, 2, action_timing HAVING (CASE WHEN event_object_schema = current_schema() \
             THEN event_object_table::text ELSE event_object_schema || '.' || event_object_table END) = ANY($1) \
             ORDER BY 1, 2",
        )
        .bind(&names)
        .bind(&self.dialect.schemas)
        .fetch_all(&mut self.conn)
        .await
        .context(|| "reading the target's triggers".into())?;
        Ok(rows
            .into_iter()
            .map(|(t, name, when)| (t, format!("{name} ({when})")))
            .collect())
    }

    /// A created column of a PostgreSQL-only type needs the type in the
    /// target (an extension's, the enum an array holds).
    async fn check_create(&mut self, tables: &[Table]) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        for table in tables {
            for column in &table.columns {
                let LogicalType::PgNative { name, .. } = &column.ty else {
                    continue;
                };
                let exists: bool = sqlx::query_scalar("SELECT to_regtype($1) IS NOT NULL")
                    .bind(name)
                    .fetch_one(&mut self.conn)
                    .await
                    .context(|| format!("looking up type {name}"))?;
                if !exists {
                    problems.push(format!(
                        "{}.{}: the target has no type {name}; create it first (CREATE EXTENSION or CREATE TYPE, \
                         as the source has it), or create the table yourself",
                        table.name, column.name
                    ));
                }
            }
        }
        Ok(problems)
    }

    async fn plan_forward_keys(
        &mut self,
        keys: &[Edge],
    ) -> Result<std::result::Result<Vec<String>, Vec<String>>> {
        let (deferrable, fixed): (Vec<Edge>, Vec<Edge>) =
            keys.iter().cloned().partition(|k| k.deferrable);
        let mut notes = super::forward_note(
            &deferrable,
            "checked at COMMIT (the target declares it DEFERRABLE)",
        );
        let mut problems = Vec::new();
        for key in &fixed {
            let mut not_owned = Vec::new();
            for table in [&key.child, &key.parent] {
                if !self.owns(table).await? && !not_owned.contains(table) {
                    not_owned.push(table.clone());
                }
            }
            if not_owned.is_empty() {
                continue;
            }
            problems.push(format!(
                "foreign keys form a cycle: {} is NOT DEFERRABLE, so PostgreSQL checks it before the {} rows it refers to \
                 are written, and this role does not own {} to defer it for the run; run as the owner, make the constraint \
                 DEFERRABLE (ALTER TABLE {} ALTER CONSTRAINT {} DEFERRABLE), or leave one of the tables out",
                super::describe_key(key),
                key.parent,
                not_owned.join(" and "),
                self.dialect.quote_table(&key.child),
                key.constraint.as_deref().map(quote_ident).unwrap_or_default(),
            ));
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        notes.extend(super::forward_note(
            &fixed,
            "the target declares it NOT DEFERRABLE, so ferry makes it DEFERRABLE inside the run's \
             transaction, checks it before COMMIT and makes it NOT DEFERRABLE again in the same transaction",
        ));
        Ok(Ok(notes))
    }

    fn set_schemas(&mut self, schemas: &[String]) {
        self.dialect.schemas = schemas.to_vec();
    }

    fn dialect(&self) -> Option<&dyn crate::catalog::ddl::Dialect> {
        Some(&self.dialect)
    }

    async fn begin(&mut self, schema: &Schema, forward_keys: &[Edge]) -> Result<()> {
        self.conn
            .execute("BEGIN")
            .await
            .context(|| format!("opening the write transaction on {}", self.url.redacted()))?;
        self.script = CreateScript::default();
        self.relaxed.clear();
        // A cycle's keys that cannot wait for the commit are made to, for
        // this transaction only (DDL is transactional: a rollback undoes it).
        for key in forward_keys.iter().filter(|k| !k.deferrable) {
            let Some(constraint) = &key.constraint else {
                continue;
            };
            let sql = format!(
                "ALTER TABLE {} ALTER CONSTRAINT {} DEFERRABLE INITIALLY DEFERRED",
                self.dialect.quote_table(&key.child),
                quote_ident(constraint)
            );
            self.conn
                .execute(sql.as_str())
                .await
                .context(|| format!("deferring {}", super::describe_key(key)))?;
            self.relaxed.push((key.child.clone(), constraint.clone()));
        }
        // Deferrable foreign keys are checked at the commit, so cycles work.
        self.conn
            .execute("SET CONSTRAINTS ALL DEFERRED")
            .await
            .context(|| "deferring constraints".into())?;
        if schema.tables.is_empty() && schema.views.is_empty() && schema.sequences.is_empty() {
            return Ok(());
        }
        // Enum types first; PostgreSQL DDL is transactional, so all of this
        // disappears with a rollback.
        let d = PgDialect::default();
        for table in &schema.tables {
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
        let d = self.dialect.clone();
        // Tables of the other schemas the run reads go into schemas of the
        // same names.
        let schemas: std::collections::BTreeSet<&str> = schema
            .tables
            .iter()
            .map(|t| t.name.as_str())
            .chain(schema.views.iter().map(|v| v.name.as_str()))
            .filter_map(|n| n.split_once('.').map(|(s, _)| s))
            .filter(|s| d.schemas.iter().any(|x| x == s))
            .collect();
        let creates: Vec<String> = schemas
            .iter()
            .map(|s| format!("CREATE SCHEMA IF NOT EXISTS {}", quote_ident(s)))
            .collect();
        self.run_all(creates, "creating a schema").await?;
        let mut script = crate::catalog::create::script(schema, &existing, &d)?;
        self.run_all(std::mem::take(&mut script.tables), "creating a table")
            .await?;
        self.script = script;
        Ok(())
    }

    /// Checks every deferred key now (ALTER TABLE refuses tables with
    /// pending checks), then adds the created tables' keys, CHECKs and
    /// indexes, makes the keys a cycle relaxed NOT DEFERRABLE again, and
    /// creates the views and sequences.
    async fn finish_schema(&mut self) -> Result<SchemaPhases> {
        let mut phases = SchemaPhases::default();
        let script = std::mem::take(&mut self.script);
        if script.after_rows.is_empty() && self.relaxed.is_empty() && script.last.is_empty() {
            return Ok(phases);
        }
        let started = std::time::Instant::now();
        self.conn
            .execute("SET CONSTRAINTS ALL IMMEDIATE")
            .await
            .context(|| "checking the foreign keys of the written rows".into())?;
        self.run_all(
            script.after_rows,
            "adding the keys and indexes of a created table",
        )
        .await?;
        self.restore_keys().await?;
        phases.keys_and_indexes = started.elapsed().as_secs_f64();
        let started = std::time::Instant::now();
        for sql in script.last {
            if let Some(why) = self.try_statement(&sql, script.strict).await? {
                phases.left_out.push(why);
            }
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
        write::write_table(&mut self.conn, &self.dialect, table, batches, progress).await
    }

    async fn commit(&mut self, written: &[Table]) -> Result<()> {
        for table in written {
            self.advance_sequences(table).await?;
        }
        self.conn
            .execute("COMMIT")
            .await
            .map_err(|e| crate::error::commit_failed(&self.url.redacted(), e))?;
        Ok(())
    }

    async fn rollback(&mut self) -> Result<()> {
        self.script = CreateScript::default();
        self.relaxed.clear();
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
