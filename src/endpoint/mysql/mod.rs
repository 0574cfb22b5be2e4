//! MySQL and MariaDB. A source reads inside one `REPEATABLE READ`
//! transaction started `WITH CONSISTENT SNAPSHOT`; a sink creates its tables
//! first (DDL commits implicitly in MySQL) under provisional names, writes
//! inside one transaction, renames them after the COMMIT, and drops exactly
//! the tables it created when it rolls back.
//!
//! Every connection runs in UTC with a strict SQL mode that keeps an id 0
//! (`NO_AUTO_VALUE_ON_ZERO`) and reads backslashes in string literals as
//! plain characters (`NO_BACKSLASH_ESCAPES`), in utf8mb4.

mod catalog;
mod lock;
pub mod option_file;
mod read;
/// The row decoder, public for fuzzing and tests.
pub mod decode {
    pub use super::read::decode_rows;
}
mod schema;
pub mod types;
mod write;

use super::forward_note;
use super::{BatchSize, BatchStream, DbUrl, Sink, Source, WriteProgress};
use crate::catalog::create::Schema;
use crate::catalog::ddl::Dialect as _;
use crate::catalog::provisional;
use crate::catalog::Edge;
use crate::catalog::{Catalog, Table};
use crate::error::{DbContext, Error, Result};
use async_trait::async_trait;
use sqlx::mysql::{MySqlConnectOptions, MySqlConnection, MySqlDatabaseError, MySqlSslMode};
use sqlx::{Connection, Executor};
use std::str::FromStr;
use types::MySqlDialect;

/// MySQL's and MariaDB's dialect, as sources and generic code speak it.
pub static DIALECT: MySqlDialect = types::PLAIN;
/// The target's dialect during a run: the tables the run is creating are
/// named by their provisional names (`catalog::provisional`).
pub static TARGET_DIALECT: MySqlDialect = MySqlDialect { provisional: true };

/// The AUTO_INCREMENT counter of `table`, as text: the value it hands out
/// next (read by a snapshot and by a promotion's sequence keys).
fn auto_increment_sql(table: &Table) -> String {
    format!(
        "SELECT CAST(AUTO_INCREMENT AS CHAR) FROM information_schema.TABLES \
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = {}",
        crate::catalog::ddl::Dialect::string_literal(&DIALECT, &table.name)
    )
}

/// The session's SQL mode. `NO_ENGINE_SUBSTITUTION` makes a `CREATE TABLE`
/// fail rather than silently use another engine than InnoDB.
const SQL_MODE: &str = "STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,\
NO_AUTO_VALUE_ON_ZERO,NO_BACKSLASH_ESCAPES,NO_ENGINE_SUBSTITUTION";

const KIB: usize = 1024;
const MIB: usize = 1024 * KIB;

pub struct MySqlSource {
    conn: MySqlConnection,
    url: DbUrl,
    mariadb: bool,
    /// The `SELECT` of the table being read, which its row stream borrows.
    select: String,
}

pub struct MySqlSink {
    conn: MySqlConnection,
    url: DbUrl,
    mariadb: bool,
    limits: write::Limits,
    in_transaction: bool,
    /// This session's id, killed from another session when a statement's
    /// future was dropped.
    connection_id: u64,
    /// Set while a statement runs and left set if its future is dropped
    /// (or it fails): the connection is not reused by the rollback.
    in_flight: bool,
    /// Tables this run created, parents first: what a rollback drops.
    created: Vec<String>,
    /// Views MySQL refused, reported after the rows.
    left_out: Vec<String>,
    /// The random part of the run's id (from the lock), which tags the
    /// provisional names of the tables it creates.
    run_tag: String,
    /// The views of `--create-tables`, created once the tables have their
    /// real names: (name, statement).
    views_to_create: Vec<(String, String)>,
    /// `--strict-schema`, which a view refused after the COMMIT can no
    /// longer honour: its warning says so.
    strict_views: bool,
    /// AUTO_INCREMENT of every table when the transaction opened: InnoDB
    /// moves the counter past explicit ids and a rollback does not move it
    /// back, so a rollback restores it.
    counters: Vec<(String, u64)>,
}

/// Opens a connection and sets up its session. Returns whether the server
/// is MariaDB.
async fn connect(url: &DbUrl) -> Result<(MySqlConnection, bool)> {
    let options = MySqlConnectOptions::from_str(url.secret())
        .map_err(|e| Error::bad_input(format!("{}: {e}", url.redacted())))?
        // ferry sets up the whole session itself, below.
        .pipes_as_concat(false)
        .no_engine_substitution(false)
        .timezone(None)
        .set_names(false);
    let mode = format!("ssl-mode={}", ssl_mode_name(options.get_ssl_mode()));
    let mut conn = MySqlConnection::connect_with(&options).await.map_err(|e| {
        super::tls::connect_error(url, options.get_host(), &mode, &e)
            .unwrap_or_else(|| connect_error(url, e))
    })?;
    let setup = || format!("setting up the session on {}", url.redacted());
    for sql in [
        "SET time_zone = '+00:00'".to_string(),
        format!("SET SESSION sql_mode = '{SQL_MODE}'"),
        "SET NAMES utf8mb4".to_string(),
    ] {
        conn.execute(sql.as_str()).await.context(setup)?;
    }
    let version =
        catalog::text_rows(&mut conn, "SELECT CONVERT(VERSION() USING utf8mb4)", setup).await?;
    let mariadb = version
        .first()
        .and_then(|r| r.first().cloned().flatten())
        .is_some_and(|v| v.to_ascii_lowercase().contains("mariadb"));
    if super::tls::first_report(url) {
        report_transport(&mut conn, url, &options, mode).await?;
    }
    Ok((conn, mariadb))
}

fn ssl_mode_name(mode: MySqlSslMode) -> &'static str {
    match mode {
        MySqlSslMode::Disabled => "DISABLED",
        MySqlSslMode::Preferred => "PREFERRED",
        MySqlSslMode::Required => "REQUIRED",
        MySqlSslMode::VerifyCa => "VERIFY_CA",
        MySqlSslMode::VerifyIdentity => "VERIFY_IDENTITY",
    }
}

/// Asks the server how this session is carried (`Ssl_version`,
/// `Ssl_cipher`) and logs it, warning of a remote connection that fell
/// back to plain text.
async fn report_transport(
    conn: &mut MySqlConnection,
    url: &DbUrl,
    options: &MySqlConnectOptions,
    mode: String,
) -> Result<()> {
    let rows = catalog::text_rows(
        conn,
        "SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_version', 'Ssl_cipher')",
        || {
            format!(
                "reading how the connection to {} is encrypted",
                url.redacted()
            )
        },
    )
    .await?;
    let status = |name: &str| {
        rows.iter()
            .find(|r| r.first().cloned().flatten().as_deref() == Some(name))
            .and_then(|r| r.get(1).cloned().flatten())
            .filter(|v| !v.is_empty())
    };
    let tls = status("Ssl_version").map(|v| (v, status("Ssl_cipher").unwrap_or_default()));
    let socket = options.get_socket().map(|p| p.as_path());
    let certificate = super::tls::certificate_for_log(
        super::tls::Upgrade::MySql,
        options.get_host(),
        options.get_port(),
        tls.is_some() && socket.is_none(),
    )
    .await;
    super::tls::report(&super::tls::Transport {
        url,
        host: options.get_host(),
        socket,
        may_fall_back: matches!(options.get_ssl_mode(), MySqlSslMode::Preferred),
        mode,
        tls,
        certificate,
    });
    Ok(())
}

/// Refused credentials and unknown databases are bad input, on one line;
/// anything else (an unreachable server) a database error.
fn connect_error(url: &DbUrl, e: sqlx::Error) -> Error {
    if let Some(my) = e
        .as_database_error()
        .and_then(|d| d.try_downcast_ref::<MySqlDatabaseError>())
    {
        let message = my.message().replace(['\n', '\r'], " ");
        let hint = match my.number() {
            1045 => Some("check the user name and password"),
            1044 => Some("grant the user access to the database"),
            1049 => Some("check the database name in the URL"),
            // Any other refusal of the account (1698, 1130, …) has the
            // SQLSTATE of invalid authorization: bad input too (a server
            // under load was seen answering an unknown user so).
            _ if my.code() == Some("28000") => Some("check the user name and password"),
            _ => None,
        };
        if let Some(hint) = hint {
            return Error::bad_input(format!(
                "cannot connect to {}: {message} (MySQL error {}); {hint}",
                url.redacted(),
                my.number()
            ));
        }
    }
    Error::Database {
        context: format!("cannot connect to {}", url.redacted()),
        source: e,
    }
}

async fn count(conn: &mut MySqlConnection, table: &Table, d: &MySqlDialect) -> Result<u64> {
    let sql = format!(
        "SELECT COUNT(*) FROM {}{}",
        d.quote_table(&table.name),
        table.where_clause()
    );
    let n: i64 = sqlx::query_scalar(&sql)
        .fetch_one(conn)
        .await
        .context(|| format!("counting rows of {}", table.name))?;
    Ok(n as u64)
}

impl MySqlSource {
    pub async fn connect(url: &DbUrl) -> Result<Self> {
        let (conn, mariadb) = connect(url).await?;
        Ok(MySqlSource {
            conn,
            url: url.clone(),
            mariadb,
            select: String::new(),
        })
    }
}

impl MySqlSink {
    pub async fn connect(url: &DbUrl) -> Result<Self> {
        let (mut conn, mariadb) = connect(url).await?;
        let rows = catalog::text_rows(
            &mut conn,
            "SELECT CAST(@@max_allowed_packet AS CHAR)",
            || format!("reading max_allowed_packet on {}", url.redacted()),
        )
        .await?;
        let packet = rows
            .first()
            .and_then(|r| r.first().cloned().flatten())
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(4 * MIB);
        let id = catalog::text_rows(&mut conn, "SELECT CAST(CONNECTION_ID() AS CHAR)", || {
            format!("reading the session's id on {}", url.redacted())
        })
        .await?;
        let connection_id = id
            .first()
            .and_then(|r| r.first().cloned().flatten())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(0);
        Ok(MySqlSink {
            conn,
            connection_id,
            url: url.clone(),
            mariadb,
            limits: limits(packet),
            in_transaction: false,
            in_flight: false,
            created: Vec::new(),
            left_out: Vec::new(),
            // A run's own tag comes with its lock (`lock`).
            run_tag: uuid::Uuid::new_v4().simple().to_string()[..6].to_string(),
            views_to_create: Vec::new(),
            strict_views: false,
            counters: Vec::new(),
        })
    }

    /// Drops `tables` (children first), on a fresh connection when this
    /// one is broken.
    async fn drop_created(&mut self, tables: &[String]) -> Result<()> {
        match drop_tables(&mut self.conn, tables).await {
            Ok(()) => Ok(()),
            Err(first) => {
                tracing::debug!("dropping created tables failed ({first}); reconnecting");
                let (conn, _) = connect(&self.url).await?;
                self.conn = conn;
                drop_tables(&mut self.conn, tables).await
            }
        }
    }
}

/// Statement sizes for a server's `max_allowed_packet`: multi-row inserts
/// stay 64 KiB below it and at most 4 MiB (two are in flight: one being
/// executed, the next being assembled); a single row may use all but
/// 1 KiB of it.
fn limits(packet: usize) -> write::Limits {
    let mut rows = packet.saturating_sub(64 * KIB).min(4 * MIB);
    if rows < 4 * KIB {
        rows = packet / 2;
    }
    write::Limits {
        rows,
        single: packet.saturating_sub(KIB).max(rows),
    }
}

async fn drop_tables(conn: &mut MySqlConnection, tables: &[String]) -> Result<()> {
    let context = || {
        format!(
            "dropping the tables this run created ({})",
            tables.join(", ")
        )
    };
    conn.execute("SET FOREIGN_KEY_CHECKS = 0")
        .await
        .context(context)?;
    for table in tables.iter().rev() {
        let sql = format!("DROP TABLE IF EXISTS {}", DIALECT.quote_ident(table));
        conn.execute(sql.as_str()).await.context(context)?;
    }
    conn.execute("SET FOREIGN_KEY_CHECKS = 1")
        .await
        .context(context)?;
    Ok(())
}

super::text_rows_fn!(MySqlConnection);

#[async_trait]
impl Source for MySqlSource {
    async fn query_text(&mut self, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        text_rows(&mut self.conn, sql).await
    }

    async fn begin_read(&mut self) -> Result<()> {
        let context = || format!("opening a consistent read on {}", self.url.redacted());
        for sql in [
            // The server gives up on a client that does not read for
            // net_write_timeout; the pipeline may pause reading while a
            // slow target catches up.
            "SET SESSION net_write_timeout = 3600",
            "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
            "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY",
        ] {
            self.conn.execute(sql).await.context(context)?;
        }
        Ok(())
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        catalog::load(&mut self.conn, self.mariadb).await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, table, &DIALECT).await
    }

    fn read_table<'a>(&'a mut self, table: &'a Table, size: BatchSize) -> BatchStream<'a> {
        self.select = read::select_sql(table);
        read::read_table(&mut self.conn, &self.select, table, size)
    }

    /// MySQL's `server_uuid`; MariaDB has none.
    async fn system_identifier(&mut self) -> Result<Option<String>> {
        if self.mariadb {
            return Ok(None);
        }
        let rows = text_rows(
            &mut self.conn,
            "SELECT CONVERT(@@server_uuid USING utf8mb4)",
        )
        .await?;
        Ok(rows
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next().flatten()))
    }

    /// MariaDB: the binary-log position of the consistent snapshot
    /// (`binlog_snapshot_file/position`, exact for this transaction);
    /// MySQL: `gtid_executed`. `None` without a binary log.
    async fn consistency_point(&mut self) -> Result<Option<String>> {
        let ctx = || "reading the binary-log position of the consistent read".to_string();
        if self.mariadb {
            let rows = catalog::text_rows(
                &mut self.conn,
                "SELECT CONVERT(VARIABLE_NAME USING utf8mb4), CONVERT(VARIABLE_VALUE USING utf8mb4) \
                 FROM information_schema.SESSION_STATUS \
                 WHERE VARIABLE_NAME IN ('BINLOG_SNAPSHOT_FILE', 'BINLOG_SNAPSHOT_POSITION')",
                ctx,
            )
            .await
            .unwrap_or_default();
            let get = |name: &str| {
                rows.iter()
                    .find(|r| r.first().cloned().flatten().as_deref() == Some(name))
                    .and_then(|r| r.get(1).cloned().flatten())
                    .filter(|v| !v.is_empty())
            };
            return Ok(
                match (get("BINLOG_SNAPSHOT_FILE"), get("BINLOG_SNAPSHOT_POSITION")) {
                    (Some(file), Some(pos)) => Some(format!("binlog {file}:{pos}")),
                    _ => None,
                },
            );
        }
        let rows = catalog::text_rows(
            &mut self.conn,
            "SELECT CONVERT(@@GLOBAL.gtid_executed USING utf8mb4)",
            ctx,
        )
        .await
        .unwrap_or_default();
        Ok(rows
            .first()
            .and_then(|r| r.first().cloned().flatten())
            .filter(|v| !v.is_empty())
            .map(|g| format!("gtid_executed {g}")))
    }

    /// The table's AUTO_INCREMENT counter (MySQL 8 may report a cached
    /// value, see `information_schema_stats_expiry`).
    async fn next_identity(&mut self, table: &Table) -> Result<Vec<(String, i64)>> {
        let Some(column) = table.columns.iter().find(|c| c.generated.is_some()) else {
            return Ok(Vec::new());
        };
        let sql = auto_increment_sql(table);
        let rows = catalog::text_rows(&mut self.conn, &sql, || {
            format!("reading the AUTO_INCREMENT counter of {}", table.name)
        })
        .await?;
        Ok(rows
            .first()
            .and_then(|r| r.first().cloned().flatten())
            .and_then(|v| v.trim().parse::<i64>().ok())
            .map(|v| vec![(column.name.clone(), v)])
            .unwrap_or_default())
    }
}

impl MySqlSink {
    /// Rows were loaded with FOREIGN_KEY_CHECKS=0 (so self-references and
    /// cycles load in any order): check every foreign key of the written
    /// tables before committing, as PostgreSQL and SQLite do.
    async fn check_foreign_keys(&mut self, written: &[Table]) -> Result<()> {
        let names: std::collections::HashSet<&str> =
            written.iter().map(|t| t.name.as_str()).collect();
        let catalog = self.load_catalog().await?;
        let d = &TARGET_DIALECT;
        let mut problems = Vec::new();
        for table in catalog
            .tables
            .iter()
            .filter(|t| names.contains(t.name.as_str()))
        {
            for fk in &table.foreign_keys {
                let not_null: Vec<String> = fk
                    .columns
                    .iter()
                    .map(|c| format!("c.{} IS NOT NULL", d.quote_ident(c)))
                    .collect();
                let join: Vec<String> = fk
                    .columns
                    .iter()
                    .zip(&fk.ref_columns)
                    .map(|(c, r)| format!("p.{} = c.{}", d.quote_ident(r), d.quote_ident(c)))
                    .collect();
                let sql = format!(
                    "SELECT count(*) FROM {} c WHERE {} AND NOT EXISTS (SELECT 1 FROM {} p WHERE {})",
                    d.quote_table(&table.name),
                    not_null.join(" AND "),
                    d.quote_table(&fk.ref_table),
                    join.join(" AND ")
                );
                let dangling: i64 = sqlx::query_scalar(&sql)
                    .fetch_one(&mut self.conn)
                    .await
                    .context(|| format!("checking the foreign keys of {}", table.name))?;
                if dangling > 0 {
                    problems.push(format!(
                        "{}: {dangling} row{} refer through ({}) to rows of {} that do not exist",
                        table.name,
                        if dangling == 1 { "" } else { "s" },
                        fk.columns.join(", "),
                        fk.ref_table
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::failed(format!(
                "foreign keys would be broken; nothing was committed: {}",
                problems.join("; ")
            )))
        }
    }
}

#[async_trait]
impl Sink for MySqlSink {
    async fn unlock(&mut self) -> Result<()> {
        self.release_lock().await
    }

    async fn lock(&mut self, holder: &super::LockHolder, wait: std::time::Duration) -> Result<()> {
        self.run_tag = provisional::tag_of_run(&holder.run_id).to_string();
        self.take_lock(holder, wait).await
    }

    async fn execute(&mut self, sql: &str) -> Result<u64> {
        self.in_flight = true;
        let done = self
            .conn
            .execute(sql)
            .await
            .context(|| format!("running {}", crate::error::statement(sql)))?;
        self.in_flight = false;
        Ok(done.rows_affected())
    }

    async fn query_text(&mut self, sql: &str) -> Result<Vec<Vec<Option<String>>>> {
        self.in_flight = true;
        let rows = text_rows(&mut self.conn, sql).await?;
        self.in_flight = false;
        Ok(rows)
    }

    async fn next_identity_value(&mut self, table: &Table, _column: &str) -> Result<Option<i64>> {
        let sql = auto_increment_sql(&as_created(table));
        Ok(super::first_int(&self.query_text(&sql).await?))
    }

    async fn catalog(&mut self) -> Result<Catalog> {
        self.load_catalog().await
    }

    async fn count_rows(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.conn, table, &TARGET_DIALECT).await
    }

    fn translate(&self, table: &Table) -> std::result::Result<(Table, Vec<String>), Vec<String>> {
        types::translate(table, self.mariadb)
    }

    async fn triggers(&mut self, tables: &[Table]) -> Result<Vec<(String, String)>> {
        let rows = catalog::text_rows(
            &mut self.conn,
            "SELECT CONVERT(EVENT_OBJECT_TABLE USING utf8mb4), CONVERT(TRIGGER_NAME USING utf8mb4), \
             CONVERT(CONCAT(ACTION_TIMING, ' ', EVENT_MANIPULATION) USING utf8mb4) \
             FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = DATABASE() \
             ORDER BY 1, 2",
            || "reading the target's triggers".into(),
        )
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| match &r[..] {
                [Some(t), Some(name), Some(when)] => tables
                    .iter()
                    .any(|x| x.name.eq_ignore_ascii_case(t))
                    .then(|| (t.clone(), format!("{name} ({when})"))),
                _ => None,
            })
            .collect())
    }

    async fn plan_forward_keys(
        &mut self,
        keys: &[Edge],
    ) -> Result<std::result::Result<Vec<String>, Vec<String>>> {
        Ok(Ok(forward_note(
            keys,
            "loaded with FOREIGN_KEY_CHECKS=0 and checked by ferry before COMMIT",
        )))
    }

    fn dialect(&self) -> Option<&dyn crate::catalog::ddl::Dialect> {
        Some(&TARGET_DIALECT)
    }

    async fn begin(&mut self, schema: &Schema, _forward_keys: &[Edge]) -> Result<()> {
        if !schema.tables.is_empty() || !schema.views.is_empty() {
            self.create_provisionally(schema).await?;
        }
        self.counters = catalog::text_rows(
            &mut self.conn,
            "SELECT CONVERT(TABLE_NAME USING utf8mb4), CAST(AUTO_INCREMENT AS CHAR) \
             FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND AUTO_INCREMENT IS NOT NULL",
            || "reading the AUTO_INCREMENT counters".into(),
        )
        .await?
        .into_iter()
        .filter_map(|r| match &r[..] {
            [Some(t), Some(n)] => Some((t.clone(), n.parse().ok()?)),
            _ => None,
        })
        .collect();
        let context = || format!("opening the write transaction on {}", self.url.redacted());
        // Rows are written parents first, but self-references and cycles
        // need the checks off, as in mysqldump's output. REPEATABLE READ
        // whatever the server's default: the INSERT … SELECT that notes the
        // keys a table holds for `ferry undo` then locks its key ranges, so
        // the application's inserts wait for the commit instead of being
        // taken for the run's rows.
        for sql in [
            "SET FOREIGN_KEY_CHECKS = 0",
            "SET UNIQUE_CHECKS = 1",
            "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
            "START TRANSACTION",
        ] {
            self.conn.execute(sql).await.context(context)?;
        }
        self.in_transaction = true;
        Ok(())
    }

    async fn write_table(
        &mut self,
        table: &Table,
        batches: &mut crate::endpoint::BatchStream<'_>,
        progress: WriteProgress<'_>,
    ) -> Result<u64> {
        self.in_flight = true;
        let written =
            write::write_table(&mut self.conn, table, batches, progress, self.limits).await?;
        self.in_flight = false;
        Ok(written)
    }

    async fn commit(&mut self, written: &[Table]) -> Result<()> {
        self.check_foreign_keys(written).await?;
        // InnoDB moves AUTO_INCREMENT past every id inserted explicitly, so
        // there is no counter to move.
        self.conn
            .execute("COMMIT")
            .await
            .map_err(|e| crate::error::commit_failed(&self.url.redacted(), e))?;
        self.in_transaction = false;
        self.created.clear();
        if let Err(e) = self.conn.execute("SET FOREIGN_KEY_CHECKS = 1").await {
            tracing::warn!("the run was committed, but restoring FOREIGN_KEY_CHECKS failed: {e}");
        }
        self.give_real_names().await;
        self.create_views().await;
        Ok(())
    }

    fn take_left_out(&mut self) -> Vec<String> {
        std::mem::take(&mut self.left_out)
    }

    async fn abandon(&mut self) -> Result<()> {
        self.in_flight = true;
        self.rollback().await
    }

    async fn rollback(&mut self) -> Result<()> {
        let mut result = Ok(());
        if self.in_flight {
            // A statement may still be running, or its reply half read: a
            // ROLLBACK sent now would be read as that reply. Closing the
            // session rolls its transaction back; what DDL committed is
            // removed on a new connection.
            self.in_flight = false;
            let (mut fresh, _) = connect(&self.url).await?;
            // A cancelled statement runs on until it next writes to the
            // closed socket, holding its locks: end the session now.
            let kill = format!("KILL {}", self.connection_id);
            if let Err(e) = fresh.execute(kill.as_str()).await {
                tracing::warn!(
                    "could not end the abandoned session {}: {e}",
                    self.connection_id
                );
            }
            drop(std::mem::replace(&mut self.conn, fresh));
            if std::mem::take(&mut self.in_transaction) {
                self.restore_counters().await;
            }
        }
        if self.in_transaction {
            self.in_transaction = false;
            result = self
                .conn
                .execute("ROLLBACK")
                .await
                .map(|_| ())
                .context(|| format!("rolling back on {}", self.url.redacted()));
            self.restore_counters().await;
        }
        self.views_to_create.clear();
        provisional::clear();
        if !self.created.is_empty() {
            let tables = std::mem::take(&mut self.created);
            if let Err(e) = self.drop_created(&tables).await {
                return Err(Error::failed(format!(
                    "the run created table{} {} on {} and could not drop {}: {e}; drop {} by hand",
                    if tables.len() == 1 { "" } else { "s" },
                    tables.join(", "),
                    self.url.redacted(),
                    if tables.len() == 1 { "it" } else { "them" },
                    if tables.len() == 1 { "it" } else { "them" },
                )));
            }
        }
        result
    }
}

/// `table` under the name the target holds it by while the run goes (its
/// provisional name if the run is creating it), for statements that name
/// it in a string (information_schema lookups).
fn as_created(table: &Table) -> std::borrow::Cow<'_, Table> {
    match provisional::physical(&table.name) {
        Some(name) => std::borrow::Cow::Owned(Table {
            name,
            ..table.clone()
        }),
        None => std::borrow::Cow::Borrowed(table),
    }
}

/// The schema with a name for every unnamed foreign key of a table whose
/// provisional name is shortened: MySQL names one `<table>_ibfk_<n>` and
/// renames it with the table, which it cannot do from a shortened name;
/// named after the real table, it has the name MySQL would have given it.
fn with_named_foreign_keys(schema: &Schema) -> Schema {
    let mut schema = schema.clone();
    for table in schema
        .tables
        .iter_mut()
        .filter(|t| !provisional::fits(&t.name))
    {
        let mut n = 0;
        for fk in table.foreign_keys.iter_mut().filter(|fk| fk.name.is_none()) {
            n += 1;
            fk.name = Some(format!("{}_ibfk_{n}", table.name));
        }
    }
    schema
}

impl MySqlSink {
    /// Creates the schema's tables under provisional names (DDL commits
    /// at once in MySQL: a killed run must leave nothing that looks like
    /// the target's tables), with their keys and indexes; the views wait
    /// for the tables' real names (`give_real_names`).
    async fn create_provisionally(&mut self, schema: &Schema) -> Result<()> {
        let existing = catalog::table_names(&mut self.conn)
            .await?
            .into_iter()
            .collect();
        let schema = with_named_foreign_keys(schema);
        // The views are rendered on the real names, before they are
        // provisional.
        let plain = crate::catalog::create::script(&schema, &existing, &DIALECT)?;
        self.views_to_create = plain.views.into_iter().zip(plain.last).collect();
        self.strict_views = plain.strict;
        provisional::set(
            schema
                .tables
                .iter()
                .map(|t| (t.name.clone(), provisional::name(&self.run_tag, &t.name)))
                .collect(),
        );
        let script = crate::catalog::create::script(&schema, &existing, &TARGET_DIALECT)?;
        for (table, sql) in schema.tables.iter().zip(&script.tables) {
            self.conn.execute(sql.as_str()).await.context(|| {
                format!(
                    "creating the table {} on {}: {sql}",
                    table.name,
                    self.url.redacted()
                )
            })?;
            self.created
                .push(provisional::physical(&table.name).unwrap_or_else(|| table.name.clone()));
        }
        // Every statement commits, so keys, CHECKs and indexes cannot wait
        // for the rows: they are created now, and the rows are loaded with
        // FOREIGN_KEY_CHECKS=0 and checked before the commit.
        for sql in &script.after_rows {
            self.conn.execute(sql.as_str()).await.context(|| {
                format!(
                    "creating a key or an index on {}: {sql}",
                    self.url.redacted()
                )
            })?;
        }
        Ok(())
    }

    /// After the commit: the tables the run created take their real names,
    /// all in one `RENAME TABLE` (atomic). Should it fail, the rows are
    /// committed under the provisional names and the next run renames
    /// them (`journal::settle_provisional`), which the warning says.
    async fn give_real_names(&mut self) {
        let pairs: Vec<(String, String)> = provisional::all()
            .into_iter()
            .map(|(real, physical)| (physical, real))
            .collect();
        provisional::clear();
        let Some(sql) = TARGET_DIALECT
            .rename_tables(&pairs)
            .filter(|_| !pairs.is_empty())
        else {
            return;
        };
        if let Err(e) = self.conn.execute(sql.as_str()).await {
            tracing::warn!(
                "the run was committed, but its new tables could not take their names ({}): \
                 they are {}; the next ferry run against {} renames them",
                crate::error::describe(&e),
                pairs
                    .iter()
                    .map(|(p, r)| format!("{r} as {p}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                self.url.redacted()
            );
        }
    }

    /// The views of `--create-tables`, once their tables have their names.
    /// A view MySQL refuses is left out and named after the run, also with
    /// `--strict-schema`: the rows are committed by then.
    async fn create_views(&mut self) {
        for (view, sql) in std::mem::take(&mut self.views_to_create) {
            if let Err(e) = self.conn.execute(sql.as_str()).await {
                let strict = match self.strict_views {
                    true => " (after the rows were committed: --strict-schema could not refuse it)",
                    false => "",
                };
                self.left_out.push(format!(
                    "{}: MySQL refused it ({}); left out{strict}",
                    crate::catalog::create::head(&sql),
                    crate::error::describe(&e)
                ));
                tracing::debug!("view {view} refused");
            }
        }
    }

    /// The target's catalog, the tables the run is creating under their
    /// real names.
    async fn load_catalog(&mut self) -> Result<Catalog> {
        let mut catalog = catalog::load(&mut self.conn, self.mariadb).await?;
        for table in &mut catalog.tables {
            if let Some(real) = provisional::real(&table.name) {
                table.name = real;
            }
            for fk in &mut table.foreign_keys {
                if let Some(real) = provisional::real(&fk.ref_table) {
                    fk.ref_table = real;
                }
            }
        }
        Ok(catalog)
    }

    /// Puts back the AUTO_INCREMENT counters a rolled-back run moved
    /// (`ALTER TABLE … AUTO_INCREMENT` never goes below the largest id).
    async fn restore_counters(&mut self) {
        let before = std::mem::take(&mut self.counters);
        let now: std::collections::HashMap<String, u64> = match catalog::text_rows(
            &mut self.conn,
            "SELECT CONVERT(TABLE_NAME USING utf8mb4), CAST(AUTO_INCREMENT AS CHAR) \
             FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND AUTO_INCREMENT IS NOT NULL",
            || "reading the AUTO_INCREMENT counters".into(),
        )
        .await
        {
            Ok(rows) => rows
                .into_iter()
                .filter_map(|r| match &r[..] {
                    [Some(t), Some(n)] => Some((t.clone(), n.parse().ok()?)),
                    _ => None,
                })
                .collect(),
            Err(_) => return,
        };
        for (table, counter) in before {
            if now.get(&table).is_some_and(|n| *n > counter) {
                let sql = format!(
                    "ALTER TABLE {} AUTO_INCREMENT = {counter}",
                    DIALECT.quote_ident(&table)
                );
                if let Err(e) = self.conn.execute(sql.as_str()).await {
                    tracing::warn!(
                        "could not move the AUTO_INCREMENT of {table} back to {counter}: {e}"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn statement_limits_follow_max_allowed_packet() {
        let l = limits(16 * MIB);
        assert_eq!(l.rows, 4 * MIB);
        assert_eq!(l.single, 16 * MIB - KIB);
        let l = limits(1024 * MIB);
        assert_eq!(l.rows, 4 * MIB);
        assert_eq!(l.single, 1024 * MIB - KIB);
        let l = limits(32 * KIB);
        assert_eq!(l.rows, 16 * KIB);
    }
}
