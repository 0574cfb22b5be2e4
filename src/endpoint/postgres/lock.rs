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

/// The second key of slice `k`'s lock (`ferry restore --slice K`): slice
/// restores share [`KEYS`] with each other, each holding its own slice's
/// key alone.
fn slice_key(k: usize) -> i32 {
    i32::try_from(k).map_or(i32::MAX, |k| k.saturating_add(1000))
}

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
        // A whole run holds the run lock alone; a slice restore shares it
        // with the other slices' and holds its slice's key alone.
        let locks = match holder.slice {
            None => vec![("pg_try_advisory_lock", KEYS.1)],
            Some(k) => vec![
                ("pg_try_advisory_lock_shared", KEYS.1),
                ("pg_try_advisory_lock", slice_key(k)),
            ],
        };
        loop {
            let mut refused = None;
            for &(function, key) in &locks {
                let taken: bool = sqlx::query_scalar(&format!("SELECT {function}($1, $2)"))
                    .bind(KEYS.0)
                    .bind(key)
                    .fetch_one(&mut self.conn)
                    .await
                    .context(ctx)?;
                if !taken {
                    refused = Some(key);
                    break;
                }
            }
            let Some(key) = refused else {
                return Ok(());
            };
            // What was taken before the refusal is given back while waiting.
            self.release_lock().await?;
            if Instant::now() >= deadline {
                let holder = self.lock_holder(key).await?;
                return Err(locked_by(&self.url.redacted(), &holder, wait));
            }
            tokio::time::sleep(LOCK_RETRY).await;
        }
    }

    /// Gives the run lock back now, before the session ends: the server
    /// notices a closed connection a moment later, and the next run (the
    /// next cron entry) would find the lock still held.
    pub(super) async fn release_lock(&mut self) -> Result<()> {
        // The run lock and a slice's are this session's only advisory locks
        // held past a transaction.
        sqlx::query("SELECT pg_advisory_unlock_all()")
            .execute(&mut self.conn)
            .await
            .context(|| "giving the run lock back (pg_advisory_unlock_all)".to_string())?;
        Ok(())
    }

    /// The session holding the lock, as `pg_stat_activity` shows it.
    async fn lock_holder(&mut self, key: i32) -> Result<String> {
        let row: Option<Session> =
            sqlx::query_as(
                "SELECT a.application_name::text, a.usename::text, host(a.client_addr), \
                 to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), a.pid \
                 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
                 WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = $1 AND l.objid::bigint = $2 \
                 AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            )
            .bind(KEYS.0 as i64)
            .bind(key as i64)
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
