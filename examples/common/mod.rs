//! What the examples share: SQLite databases from SQL scripts, and ferry's
//! commands run in-process as the binary would run them.

use clap::Parser;
use sqlx::{Connection, Executor, SqliteConnection};
use std::path::Path;

/// Runs `scripts` on the SQLite database at `path`, created anew when
/// `fresh`.
pub async fn sqlite(
    path: &Path,
    scripts: &[&str],
    fresh: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    if fresh {
        let _ = std::fs::remove_file(path);
    }
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let mut conn = SqliteConnection::connect(&url).await?;
    for script in scripts {
        conn.execute(*script).await?;
    }
    conn.close().await?;
    Ok(())
}

/// `ferry ARGS…`, in this process.
pub async fn ferry(args: &[&str]) -> Result<(), ferry::Error> {
    let cli = ferry::cli::Cli::parse_from(std::iter::once("ferry").chain(args.iter().copied()));
    ferry::commands::execute(&cli.command, cli.quiet).await
}
