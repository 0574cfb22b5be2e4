//! The run lock on PostgreSQL: a session-level advisory lock (the server
//! releases it when the connection ends, however the run ends), with the
//! holder's run id in its `application_name` for a second run to name.

use super::PgSink;
use crate::endpoint::{locked_by, LockHolder, LOCK_RETRY};
use crate::error::{DbContext, Result};
use std::time::{Duration, Instant};

/// The advisory lock's two keys: `'fery'` and the lock's purpose. Advisory
/// locks are per database, so each target database has its own.
const KEYS: (i32, i32) = (0x6665_7279, 1);

/// A `pg_stat_activity` row: label, role, client, connected since, pid.
type Session = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    i32,
);

impl PgSink {
    pub(super) async fn take_lock(&mut self, holder: &LockHolder, wait: Duration) -> Result<()> {
        let ctx = || "taking the run lock (pg_try_advisory_lock)".to_string();
        // application_name holds 63 bytes; the run id comes first.
        let mut label = holder.label();
        while label.len() > 63 {
            label.pop();
        }
        sqlx::query("SELECT set_config('application_name', $1, false)")
            .bind(&label)
            .execute(&mut self.conn)
            .await
            .context(ctx)?;
        let deadline = Instant::now() + wait;
        loop {
            let taken: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1, $2)")
                .bind(KEYS.0)
                .bind(KEYS.1)
                .fetch_one(&mut self.conn)
                .await
                .context(ctx)?;
            if taken {
                return Ok(());
            }
            if Instant::now() >= deadline {
                let holder = self.lock_holder().await?;
                return Err(locked_by(&self.url.redacted(), &holder, wait));
            }
            tokio::time::sleep(LOCK_RETRY).await;
        }
    }

    /// Gives the run lock back now, before the session ends: the server
    /// notices a closed connection a moment later, and the next run (the
    /// next cron entry) would find the lock still held.
    pub(super) async fn release_lock(&mut self) -> Result<()> {
        sqlx::query("SELECT pg_advisory_unlock($1, $2)")
            .bind(KEYS.0)
            .bind(KEYS.1)
            .execute(&mut self.conn)
            .await
            .context(|| "giving the run lock back (pg_advisory_unlock)".to_string())?;
        Ok(())
    }

    /// The session holding the lock, as `pg_stat_activity` shows it.
    async fn lock_holder(&mut self) -> Result<String> {
        let row: Option<Session> =
            sqlx::query_as(
                "SELECT a.application_name::text, a.usename::text, host(a.client_addr), \
                 to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), a.pid \
                 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
                 WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = $1 AND l.objid::bigint = $2 \
                 AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            )
            .bind(KEYS.0 as i64)
            .bind(KEYS.1 as i64)
            .fetch_optional(&mut self.conn)
            .await
            .context(|| "reading who holds the run lock".to_string())?;
        Ok(match row {
            Some((label, role, client, since, pid)) => format!(
                "{} (PostgreSQL backend {pid}, role {} from {}, connected since {})",
                label.unwrap_or_else(|| "a session".into()),
                role.unwrap_or_else(|| "?".into()),
                client.unwrap_or_else(|| "a local socket".into()),
                since.unwrap_or_else(|| "?".into()),
            ),
            // Released between the two queries.
            None => "a run that has just ended; try again".into(),
        })
    }
}
