//! The run lock on MySQL/MariaDB: a named user lock (`GET_LOCK`), which
//! the server releases when the session ends, however the run ends. Lock
//! names are server-wide, so the name carries a hash of the database's.
//! Other sessions see only the holder's connection, account and host:
//! neither engine shows a session's label to another without
//! performance_schema.

use super::MySqlSink;
use crate::endpoint::{locked_by, LockHolder, LOCK_RETRY};
use crate::error::{DbContext, Error, Result};
use std::time::{Duration, Instant};

/// `ferry:` and the SHA-1 of the database name: 46 characters, within the
/// 64 a lock name may have.
const NAME: &str = "CONCAT('ferry:', SHA1(DATABASE()))";

/// A process-list row: id, account, host, seconds in its state.
type Session = (i64, Option<String>, Option<String>, Option<i64>);

impl MySqlSink {
    pub(super) async fn take_lock(&mut self, _holder: &LockHolder, wait: Duration) -> Result<()> {
        let ctx = || "taking the run lock (GET_LOCK)".to_string();
        let deadline = Instant::now() + wait;
        loop {
            let taken: Option<i64> = sqlx::query_scalar(&format!("SELECT GET_LOCK({NAME}, 0)"))
                .fetch_one(&mut self.conn)
                .await
                .context(ctx)?;
            match taken {
                Some(1) => return Ok(()),
                Some(_) => {}
                None => {
                    return Err(Error::failed(
                        "GET_LOCK failed on the target (no database selected?)",
                    ))
                }
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
        sqlx::query(&format!("SELECT RELEASE_LOCK({NAME})"))
            .execute(&mut self.conn)
            .await
            .context(|| "giving the run lock back (RELEASE_LOCK)".to_string())?;
        Ok(())
    }

    /// The connection holding the lock, as the process list shows it.
    async fn lock_holder(&mut self) -> Result<String> {
        let row: Option<Session> = sqlx::query_as(&format!(
            "SELECT CAST(ID AS SIGNED), CONVERT(USER USING utf8mb4), CONVERT(HOST USING utf8mb4), CAST(TIME AS SIGNED) \
             FROM information_schema.PROCESSLIST WHERE ID = IS_USED_LOCK({NAME})"
        ))
        .fetch_optional(&mut self.conn)
        .await
        .context(|| "reading who holds the run lock".to_string())?;
        Ok(match row {
            Some((id, user, host, time)) => format!(
                "connection {id} of {}@{} (in its current state for {} s)",
                user.unwrap_or_else(|| "?".into()),
                host.unwrap_or_else(|| "?".into()),
                time.unwrap_or(0)
            ),
            None => "a run that has just ended; try again".into(),
        })
    }
}
