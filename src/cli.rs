//! Command-line flags (clap) and their merge with the job file into one
//! validated [`Settings`]; the engine never sees clap types.

use crate::endpoint::{BatchSize, DbUrl};
use crate::error::{Error, Result};
use crate::job::JobFile;
use crate::plan::Settings;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  # What would move, without writing anything:
  ferry plan --from sqlite://dev.db --to sqlite://prod.db

  # Copy the user directory and app tables into an initialised target:
  ferry run --from postgres://app@dev-db/app --to mysql://app@prod-db/app \\
            --tables 'dir_*,app_app,app_form' --comment 'CRM release 2.3'

  # Into an empty database, creating the tables with their keys:
  ferry run --from mysql://root@127.0.0.1/app --to sqlite://copy.db --create-tables --yes

  # Everything from a job file, as cron would run it:
  ferry run --job nightly.toml --yes --json

Exit codes: 0 success, 1 the run failed and the target was left unchanged,
2 bad input (arguments, job file, URL), 3 preflight refused (target not
initialised, types that cannot be carried), 4 verification mismatch.";

/// ferry — copy selected tables between PostgreSQL, MySQL/MariaDB and SQLite
/// in one transaction.
#[derive(Debug, Parser)]
#[command(name = "ferry", version, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// More logging (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    /// Only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Connect, check both sides and show what a run would copy; writes nothing.
    #[command(after_help = EXAMPLES)]
    Plan(CopyArgs),
    /// Plan, then copy the selected tables in one target transaction.
    #[command(after_help = EXAMPLES)]
    Run(CopyArgs),
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Source database URL: postgres://…, mysql://… (MariaDB too), sqlite://path.
    #[arg(long, value_name = "URL")]
    pub from: Option<String>,

    /// Target database URL.
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,

    /// Job file (TOML); flags given here override it.
    #[arg(long, value_name = "FILE")]
    pub job: Option<PathBuf>,

    /// Tables to copy, as globs (default: every base table).
    #[arg(long, value_delimiter = ',', value_name = "GLOB,…")]
    pub tables: Vec<String>,

    /// Tables to leave out, as globs.
    #[arg(long, value_delimiter = ',', value_name = "GLOB,…")]
    pub exclude: Vec<String>,

    /// Create missing target tables, with their keys, defaults and id
    /// generators, in the target's dialect.
    #[arg(long)]
    pub create_tables: bool,

    /// Describes this run.
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,

    /// Print one machine-readable result document on stdout; no bars.
    #[arg(long)]
    pub json: bool,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Parallel readers sharing one consistent snapshot (PostgreSQL
    /// sources; other engines read with one connection).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub jobs: usize,

    /// Rows per batch (memory per batch is also capped at 8 MiB).
    #[arg(long, value_name = "ROWS", default_value_t = BatchSize::DEFAULT.rows, hide = true)]
    pub batch_rows: usize,
}

impl CopyArgs {
    /// Merges flags over the job file into validated settings.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing URL, a malformed one or a bad job file.
    pub fn settings(&self) -> Result<Settings> {
        let job = match &self.job {
            Some(path) => JobFile::load(path)?,
            None => JobFile::default(),
        };
        let from = self
            .from
            .clone()
            .or_else(|| job.source.as_ref().map(|s| s.url.clone()))
            .ok_or_else(|| {
                Error::bad_input("no source: give --from URL or [source] url in the job file")
            })?;
        let to = self
            .to
            .clone()
            .or_else(|| job.target.as_ref().map(|s| s.url.clone()))
            .ok_or_else(|| {
                Error::bad_input("no target: give --to URL or [target] url in the job file")
            })?;
        let source = DbUrl::parse("--from", &from)?;
        let target = DbUrl::parse("--to", &to)?;
        if source.secret() == target.secret() {
            return Err(Error::bad_input(
                "--from and --to are the same database: ferry copies between two databases",
            ));
        }
        if self.jobs == 0 || self.jobs > 16 {
            return Err(Error::bad_input("--jobs must be between 1 and 16"));
        }
        if self.batch_rows == 0 {
            return Err(Error::bad_input("--batch-rows must be at least 1"));
        }
        let pick = |flag: &Vec<String>, job: &Vec<String>| {
            let v = if flag.is_empty() {
                job.clone()
            } else {
                flag.clone()
            };
            v.into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        };
        Ok(Settings {
            source,
            target,
            tables: pick(&self.tables, &job.select.tables),
            exclude: pick(&self.exclude, &job.select.exclude),
            create_tables: self.create_tables,
            comment: self.comment.clone().or(job.comment.clone()),
            conversions: job
                .convert
                .iter()
                .map(|(key, conversion)| match key.split_once('.') {
                    Some((t, c)) if !t.is_empty() && !c.is_empty() => {
                        Ok((t.to_string(), c.to_string(), *conversion))
                    }
                    _ => Err(Error::bad_input(format!(
                        "job file: [convert] key '{key}' must be TABLE.COLUMN"
                    ))),
                })
                .collect::<Result<Vec<_>>>()?,
            jobs: self.jobs,
            batch: BatchSize {
                rows: self.batch_rows,
                ..BatchSize::DEFAULT
            },
        })
    }
}
