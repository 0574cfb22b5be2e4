//! The run lock on SQLite: an OS lock on a file beside the database
//! (`app.db.ferry-lock`), which the OS releases when the process ends,
//! however it ends; the file holds the holder's run id, user, host and
//! start for a second run to name. It stays beside the database (deleting
//! it could let two runs lock two different files), a few bytes. The
//! write itself is kept exclusive by `BEGIN IMMEDIATE`.

use super::SqliteSink;
use crate::endpoint::{locked_by, LockHolder, LOCK_RETRY};
use crate::error::{Error, Result};
use std::io::{Read, Seek, Write};
use std::time::{Duration, Instant};

/// The lock file of the database at `path`.
pub fn lock_path(path: &str) -> String {
    format!("{path}.ferry-lock")
}

impl SqliteSink {
    pub(super) async fn take_lock(&mut self, holder: &LockHolder, wait: Duration) -> Result<()> {
        let path = lock_path(self.url.sqlite_path());
        let failed = |e: std::io::Error| Error::failed(format!("taking the run lock {path}: {e}"));
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(failed)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(e)) => return Err(failed(e)),
            }
            if Instant::now() >= deadline {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                let text = text.trim();
                let holder = if text.is_empty() {
                    "a run that has just started"
                } else {
                    text
                };
                return Err(locked_by(&self.url.redacted(), holder, wait));
            }
            tokio::time::sleep(LOCK_RETRY).await;
        }
        let label = format!(
            "run {} by {}@{} since {} (process {})",
            holder.run_id,
            holder.user,
            holder.host,
            holder.started,
            std::process::id()
        );
        file.set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| file.write_all(label.as_bytes()))
            .map_err(failed)?;
        self.lock = Some(file);
        Ok(())
    }
}
