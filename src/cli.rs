//! Command-line flags (clap) and their merge with the job file into one
//! validated [`Settings`]; the engine never sees clap types.

use crate::catalog::{Conversion, NativeFamily};
use crate::endpoint::snapshot::{FileFormat, WriteOptions};
use crate::endpoint::{BatchSize, DbUrl};
use crate::error::{Error, Result};
use crate::job::JobFile;
use crate::plan::rules::Rules;
use crate::plan::Settings;
use clap::{Args, Parser, Subcommand};
use sha2::Digest;
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

  # Everything from a job file, as cron would run it (waiting up to a minute
  # for a run that still holds the target):
  ferry run --job nightly.toml --yes --json --wait 60

  # What ran on a target, newest first:
  ferry history --to mysql://app@prod-db/app

  # Promote one app (see examples/promote-app.toml): the summary of changes
  # with the keys behind each count, then the run without one form:
  ferry plan --job examples/promote-app.toml --details
  ferry run --job examples/promote-app.toml --skip 'app_form:crm,2,contact'

Exit codes: 0 success, 1 the run failed and the target was left unchanged,
2 bad input (arguments, job file, URL), 3 another run holds the target's
lock, or preflight refused (target not initialised, types that cannot be carried, schema versions differ, unmapped
values, references to missing rows, existing keys in insert mode),
4 verification mismatch.";

/// `0.1.0 (commit 1a2b3c4d5e)`.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("FERRY_GIT_COMMIT"),
    ")"
);

/// ferry — copy selected tables between PostgreSQL, MySQL/MariaDB and SQLite
/// in one transaction.
#[derive(Debug, Parser)]
#[command(name = "ferry", version = VERSION, about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// More logging (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    /// Only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// How log lines on stderr are written: text, or json (one JSON object
    /// per line, for log shippers; the final error too).
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,
}

/// `--log-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Connect, check both sides and show what a run would copy; writes nothing.
    // The flags of writing (a prompt, the lock, the images) are accepted,
    // as scripts pass run's flags to plan, and left out of its --help.
    #[command(
        after_help = EXAMPLES,
        mut_arg("yes", |a| a.hide(true)),
        mut_arg("wait", |a| a.hide(true)),
        mut_arg("no_undo", |a| a.hide(true))
    )]
    Plan(CopyArgs),
    /// Plan, then copy the selected tables in one target transaction.
    #[command(after_help = EXAMPLES)]
    Run(CopyArgs),
    /// Write a consistent, compressed snapshot (Arrow IPC or Parquet) of the
    /// source's tables to a new directory.
    #[command(
        after_help = SNAPSHOT_EXAMPLES,
        mut_arg("skip", |a| a.hide(true)),
        mut_arg("details", |a| a.hide(true)),
        mut_arg("full", |a| a.hide(true)),
        mut_arg("wait", |a| a.hide(true)),
        mut_arg("no_undo", |a| a.hide(true))
    )]
    Snapshot(SnapshotArgs),
    /// Check a whole snapshot, then write it into a target in one
    /// transaction, as `run` does.
    #[command(after_help = RESTORE_EXAMPLES, mut_arg("full", |a| a.hide(true)))]
    Restore(RestoreArgs),
    /// Show a snapshot's manifest; with --verify, re-read and check every part.
    #[command(after_help = INSPECT_EXAMPLES)]
    Inspect(InspectArgs),
    /// Check a target against its source: row counts and checksums of
    /// every table, the differing rows named; with --masked, that no
    /// source value of a masked column is in the target.
    #[command(after_help = VERIFY_EXAMPLES)]
    Verify(VerifyArgs),
    /// List the runs recorded in a target's journal, newest first.
    #[command(after_help = HISTORY_EXAMPLES)]
    History(HistoryArgs),
    /// Take a committed run back: delete the rows it inserted, put back
    /// those it updated or deleted, in one transaction.
    #[command(after_help = UNDO_EXAMPLES)]
    Undo(UndoArgs),
    /// Print a shell's completion script for ferry.
    #[command(after_help = COMPLETIONS_EXAMPLES)]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print ferry's man page (roff).
    #[command(
        after_help = "Example:\n  ferry man > /usr/local/share/man/man1/ferry.1 && man ferry"
    )]
    Man,
}

const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  ferry completions bash > /etc/bash_completion.d/ferry
  ferry completions zsh > \"${fpath[1]}/_ferry\"
  ferry completions fish > ~/.config/fish/completions/ferry.fish";

impl Command {
    /// Whether the command prints one JSON document (errors too).
    pub fn json(&self) -> bool {
        match self {
            Command::Plan(a) | Command::Run(a) => a.common.json,
            Command::Snapshot(a) => a.common.json,
            Command::Restore(a) => a.common.json,
            Command::Inspect(a) => a.json,
            Command::Verify(a) => a.json,
            Command::History(a) => a.json,
            Command::Undo(a) => a.json,
            Command::Completions { .. } | Command::Man => false,
        }
    }

    /// The subcommand's name: its `--json` document's `command`.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Plan(_) => "plan",
            Command::Run(_) => "run",
            Command::Snapshot(_) => "snapshot",
            Command::Restore(_) => "restore",
            Command::Inspect(_) => "inspect",
            Command::Verify(_) => "verify",
            Command::History(_) => "history",
            Command::Undo(_) => "undo",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
        }
    }
}

const SNAPSHOT_EXAMPLES: &str = "\
Examples:
  # Every base table, as Arrow IPC files with zstd:
  ferry snapshot --from postgres://app@prod-db/app --out snapshots/app-2024-05-01

  # The user directory only, as Parquet at a higher zstd level:
  ferry snapshot --from mysql://root@127.0.0.1/app --out dir-users \\
                 --tables 'dir_*' --format parquet --compression zstd:9

  # Nightly from cron, replacing the previous snapshot only once the new one is complete:
  ferry snapshot --job nightly.toml --out /backup/app-latest --force --json

  # Off the machine, to S3 or an S3-compatible store (credentials from the
  # AWS environment variables or AWS_PROFILE, never from the URL):
  ferry snapshot --from postgres://app@prod-db/app --out s3://backups/app/2024-05-01
  AWS_ENDPOINT_URL=http://minio:9000 \\
    ferry snapshot --from sqlite://app.db --out s3://backups/app/latest

  # Large tables in 4 primary-key slices, for 4 restore workers (--slice K):
  ferry snapshot --from postgres://app@prod-db/app --out s3://backups/app/big \\
                 --parts-per-table 4

The directory is written as DIR.ferry-tmp-PID and renamed to DIR when
complete; its files are readable by their owner only. In object storage the
manifest is written last, so a prefix without manifest.json is no snapshot.
Exit codes: 0 written, 1 failed (the partial directory or the uploaded parts
were removed), 2 bad input (arguments, URL, the output directory exists or
the prefix holds objects, refused credentials, no such bucket), 3 preflight refused.";

const RESTORE_EXAMPLES: &str = "\
Examples:
  # Disaster recovery into an empty database, creating tables, keys and id generators:
  ferry restore snapshots/app-2024-05-01 --to postgres://app@new-db/app --create-tables --yes

  # Into another engine, two tables only:
  ferry restore snapshots/app-2024-05-01 --to sqlite://app.db --tables dir_user,dir_group --create-tables

  # Straight from object storage, with no local copy:
  ferry restore s3://backups/app/2024-05-01 --to postgres://app@new-db/app --create-tables --yes

  # One worker per slice of a --parts-per-table 4 snapshot: slice 0 first
  # (it creates the tables and holds the tables no slice splits), then 1 to 3
  # at the same time, each in a transaction of its own:
  ferry restore s3://backups/app/big --to postgres://app@new-db/app \\
                --create-tables --slice 0 --yes
  ferry restore s3://backups/app/big --to postgres://app@new-db/app --slice 1 --yes

Every part's size, sha256, row count and schema is checked before the target
is touched. Exit codes: 0 restored, 1 failed (the target was rolled back),
2 bad input (no such directory, no manifest, unknown format version,
refused S3 credentials, no such bucket),
3 another run holds the target's lock, or preflight refused (a part missing,
truncated, corrupted or of another schema; the target not initialised).";

const VERIFY_EXAMPLES: &str = "\
Examples:
  # Is the copy equal to its source, table by table, across engines?
  ferry verify --from postgres://app@prod-db/app --to mysql://app@replica/app

  # After a promotion: the source as the job transforms it (scope, key maps,
  # versions, value maps, [[set]]) against the target, recorded in its journal:
  ferry verify --job promote-app.toml --record

  # After a restore, against the snapshot it came from:
  ferry verify --from snapshots/app-2024-05-01 --to sqlite://app.db --json

Values are compared in a canonical form chosen per column from both types
(integers by value, decimals without trailing zeros, timestamps to the finest
precision both hold, floats by their bits, JSON with sorted keys, NULL apart
from '' and 'NULL'). Where a table differs, its differing rows are found by
their key and the first are listed with the columns that differ.
Exit codes: 0 equal, 2 bad input, 3 the job's preflight refuses it (as a run
would), 4 a table differs or the schemas do not match.

  # After a masked copy from prod down to dev, with the job and key the run used:
  FERRY_MASK_KEY=… ferry verify --masked --job to-dev.toml
  ferry verify --masked --from postgres://app@prod-db/app --to sqlite://dev.db --job to-dev.toml --json

Each source row is masked as the run masked it and looked up in the target by
its masked primary key; a row holding its source value in a masked column, or
(text columns) a source value anywhere in the target's column, is a leak. Only
counts and masked keys are printed, never a value.
Exit codes: 0 nothing leaked, 2 bad input, 3 the masks do not fit the target,
4 a source value of a masked column is in the target.";

const HISTORY_EXAMPLES: &str = "\
Examples:
  ferry history --to postgres://app@test-db/app
  ferry history --to sqlite://app.db --job promote-app.toml --limit 5 --json

Every run and restore into a database records one row in its ferry_journal
table, in the run's own transaction: a rolled-back run leaves none.

Exit codes: 0 fine (a target without a journal lists no runs), 1 the target
cannot be reached or read, 2 bad input (a URL, a missing SQLite file).";

const INSPECT_EXAMPLES: &str = "\
Examples:
  ferry inspect snapshots/app-2024-05-01
  ferry inspect snapshots/app-2024-05-01 --verify --json
  ferry inspect s3://backups/app/2024-05-01 --verify

Exit codes: 0 fine, 2 not a readable snapshot, 4 --verify found a part that
does not match the manifest.";

/// Flags every migrating command (`plan`, `run`, `snapshot`, `restore`)
/// shares.
#[derive(Debug, Default, Args)]
pub struct CommonArgs {
    /// Job file (TOML); flags given here override it.
    #[arg(long, value_name = "FILE")]
    pub job: Option<PathBuf>,

    /// Tables to take, as globs (default: every table of the source).
    #[arg(long, value_delimiter = ',', value_name = "GLOB,…")]
    pub tables: Vec<String>,

    /// PostgreSQL schemas to read besides the current one; their tables
    /// are named schema.table (`--tables 'sales.*'`).
    #[arg(long, value_delimiter = ',', value_name = "SCHEMA,…")]
    pub schemas: Vec<String>,

    /// Tables to leave out, as globs; `TABLE:KEY` leaves one row out.
    #[arg(long, value_delimiter = ',', value_name = "GLOB,…")]
    pub exclude: Vec<String>,

    /// Leave one row out of a promotion: TABLE:KEY with the row's source
    /// key, as `plan --details` lists it (a composite key as TABLE:a,b).
    /// Repeatable.
    #[arg(long, value_name = "TABLE:KEY")]
    pub skip: Vec<String>,

    /// List the keys behind each count of the summary of changes.
    #[arg(long)]
    pub details: bool,

    /// Read the job's [incremental] tables whole this once (a full merge),
    /// ignoring their watermarks, and record new ones.
    #[arg(long)]
    pub full: bool,

    /// Describes this run.
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,

    /// Carry PostgreSQL types another engine lacks, by family:
    /// FAMILY=FORM, e.g. array=json,tsvector=text. Families: array,
    /// tsvector, range, interval, inet, macaddr, money, bit, xml,
    /// composite, timetz, geometric, citext, other; forms: text
    /// (PostgreSQL's text form, any family), json (array, composite).
    #[arg(long, value_delimiter = ',', value_name = "FAMILY=FORM,…")]
    pub convert: Vec<String>,

    /// Refuse the run (exit 3) when `--create-tables` cannot carry
    /// something exactly (an index, a CHECK, a view, …), instead of
    /// listing it in the plan.
    #[arg(long)]
    pub strict_schema: bool,

    /// Print one machine-readable result document on stdout; no bars.
    #[arg(long)]
    pub json: bool,

    /// Read the password of the --from or --to server from the first line
    /// of standard input (for scripts: out of `ps`, the shell's history
    /// and the job file).
    #[arg(long, value_enum, value_name = "from|to")]
    pub password_stdin: Option<PasswordFor>,

    /// Rows per batch (memory per batch is also capped at 8 MiB).
    #[arg(long, value_name = "ROWS", default_value_t = BatchSize::DEFAULT.rows, hide = true)]
    pub batch_rows: usize,

    /// `run`, `restore`: when another ferry run holds the target's lock,
    /// wait up to this long for it instead of failing at once (exit 3).
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    pub wait: u64,

    /// `run`, `restore`: keep no row images in the target, so the run
    /// cannot be undone (`ferry undo`); saves the copy of the rows it
    /// writes.
    #[arg(long)]
    pub no_undo: bool,
}

/// Which endpoint `--password-stdin` gives the password of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PasswordFor {
    From,
    To,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Source database URL: postgres://…, mysql://… (MariaDB too), sqlite://path.
    #[arg(long, value_name = "URL")]
    pub from: Option<String>,

    /// Target database URL.
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,

    /// Create missing target tables, with their keys, defaults and id
    /// generators, in the target's dialect.
    #[arg(long)]
    pub create_tables: bool,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Parallel readers sharing one consistent snapshot (PostgreSQL
    /// sources; other engines read with one connection).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub jobs: usize,

    #[command(flatten)]
    pub common: CommonArgs,
}

impl CopyArgs {
    /// Merges flags over the job file into validated settings.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing URL, a malformed one or a bad job file.
    pub fn settings(&self) -> Result<Settings> {
        let job = self.common.load_job()?;
        let password = self.common.password()?;
        let source = server_url(
            Role::Source,
            &self.from,
            &job,
            password.for_role(Role::Source),
        )?;
        let target = server_url(
            Role::Target,
            &self.to,
            &job,
            password.for_role(Role::Target),
        )?;
        if source.secret() == target.secret() {
            return Err(Error::bad_input(
                "--from and --to are the same database: ferry copies between two databases",
            ));
        }
        if self.jobs == 0 || self.jobs > 16 {
            return Err(Error::bad_input("--jobs must be between 1 and 16"));
        }
        self.common
            .settings(&job, source, target, self.create_tables, self.jobs)
    }
}

impl CommonArgs {
    /// The job file named by `--job`, or an empty one.
    ///
    /// # Errors
    /// As [`JobFile::load`].
    pub fn load_job(&self) -> Result<JobFile> {
        match &self.job {
            Some(path) => JobFile::load(path),
            None => Ok(JobFile::default()),
        }
    }

    /// Settings for a run between `source` and `target`: these flags over
    /// the job file's.
    fn settings(
        &self,
        job: &JobFile,
        source: DbUrl,
        target: DbUrl,
        create_tables: bool,
        jobs: usize,
    ) -> Result<Settings> {
        if self.batch_rows == 0 {
            return Err(Error::bad_input("--batch-rows must be at least 1"));
        }
        let excluded = pick(&self.exclude, &job.select.exclude);
        let (mut skip, exclude): (Vec<String>, Vec<String>) =
            excluded.into_iter().partition(|e| e.contains(':'));
        skip.extend(self.skip.iter().cloned());
        let promotion = if job.promotes() || !skip.is_empty() {
            let name = job
                .source
                .as_ref()
                .and_then(|s| s.name.clone())
                .unwrap_or_else(|| source_identity(&source));
            let mut rules = Rules::from_job(job, name, &skip, self.details)?;
            rules.full = self.full;
            Some(std::sync::Arc::new(rules))
        } else {
            None
        };
        if self.full && job.incremental.is_empty() {
            return Err(Error::bad_input(
                "--full reads a job's [incremental] tables whole, and this job has no [incremental] section",
            ));
        }
        let schemas = pick(&self.schemas, &job.select.schemas);
        if !schemas.is_empty() && !source.engine.has_schemas() {
            return Err(Error::bad_input(format!(
                "--schemas names PostgreSQL schemas, and the source is {}: a database there is one schema",
                source.engine
            )));
        }
        if !schemas.is_empty() && promotion.is_some() {
            return Err(Error::bad_input(
                "--schemas does not work with a promotion yet (its keys, scopes and staging name tables \
                 of the current schema only): promote from the current schema, or copy without the promotion sections",
            ));
        }
        let masks = masks(job)?;
        let mask_key = mask_key(job, &masks)?;
        let tables = pick(&self.tables, &job.select.tables);
        if tables.is_empty() && (!self.tables.is_empty() || !job.select.tables.is_empty()) {
            // `--tables "$TABLES"` with the variable unset would copy every table.
            return Err(Error::bad_input(
                "--tables (or [select] tables) names no table, only empty names: give at least one name or glob, or leave it out to copy every table",
            ));
        }
        Ok(Settings {
            promotion,
            masks,
            mask_key,
            schemas,
            tables,
            exclude,
            source,
            target,
            create_tables,
            strict_schema: self.strict_schema,
            comment: self.comment.clone().or(job.comment.clone()),
            lock_wait: std::time::Duration::from_secs(self.wait),
            keep_undo: !self.no_undo,
            version_query: job.preflight.version_query.clone(),
            job_file: job.path.as_ref().and_then(|p| {
                let bytes = std::fs::read(p).ok()?;
                let sha = sha2::Sha256::digest(&bytes);
                let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
                Some((p.display().to_string(), hex))
            }),
            conversions: conversions(job)?,
            type_conversions: type_conversions(&self.convert, job)?,
            jobs,
            slice: None,
            batch: BatchSize {
                rows: self.batch_rows,
                ..BatchSize::DEFAULT
            },
        })
    }
}

/// What key maps are remembered under when the job names no `[source]
/// name`: the URL without user, password or options.
pub fn source_identity(url: &DbUrl) -> String {
    identity_of(&url.redacted())
}

/// [`source_identity`] of a redacted URL (a snapshot's origin).
pub fn identity_of(redacted: &str) -> String {
    let text = redacted.split('?').next().unwrap_or("").to_string();
    match text.split_once("://") {
        // One file, however the URL spells its path (relative, absolute,
        // through links): the same source for its key maps.
        Some(("sqlite", path)) => match std::fs::canonicalize(path) {
            Ok(full) => format!("sqlite://{}", full.display()),
            Err(_) => text,
        },
        Some((scheme, rest)) => {
            let rest = match rest.split_once('@') {
                Some((_, host)) if !rest.starts_with('/') => host,
                _ => rest,
            };
            format!("{scheme}://{rest}")
        }
        None => text,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    Target,
}

/// The password `--password-stdin` read, and whose it is.
struct StdinPassword {
    role: Option<Role>,
    password: Option<String>,
}

impl StdinPassword {
    fn for_role(&self, role: Role) -> Option<String> {
        (self.role == Some(role))
            .then(|| self.password.clone())
            .flatten()
    }
}

/// `history` and `undo` connect to the target only: a password for the
/// source would be read and dropped.
fn only_target(which: Option<PasswordFor>, command: &str) -> Result<()> {
    match which {
        Some(PasswordFor::From) => Err(Error::bad_input(format!(
            "ferry {command} connects only to --to: give --password-stdin to"
        ))),
        _ => Ok(()),
    }
}

impl CommonArgs {
    /// The first line of standard input, when `--password-stdin` asks.
    fn password(&self) -> Result<StdinPassword> {
        let Some(which) = self.password_stdin else {
            return Ok(StdinPassword {
                role: None,
                password: None,
            });
        };
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(|e| {
            Error::bad_input(format!("--password-stdin: cannot read standard input: {e}"))
        })?;
        let password = line.strip_suffix('\n').unwrap_or(&line);
        let password = password.strip_suffix('\r').unwrap_or(password);
        if password.is_empty() {
            return Err(Error::bad_input(
                "--password-stdin: the first line of standard input is empty; pipe the password in, e.g. `ferry … --password-stdin to < secret-file`",
            ));
        }
        Ok(StdinPassword {
            role: Some(match which {
                PasswordFor::From => Role::Source,
                PasswordFor::To => Role::Target,
            }),
            password: Some(password.to_string()),
        })
    }
}

/// `--from`/`--to`, else the job file's `[source]`/`[target] url`, with the
/// section's connection settings and a password from stdin.
fn server_url(
    role: Role,
    flag: &Option<String>,
    job: &JobFile,
    password: Option<String>,
) -> Result<DbUrl> {
    let (what, name, section) = match role {
        Role::Source => ("--from", "source", job.source.as_ref()),
        Role::Target => ("--to", "target", job.target.as_ref()),
    };
    let raw = flag
        .clone()
        .or_else(|| section.and_then(|s| s.url.clone()))
        .ok_or_else(|| {
            Error::bad_input(format!(
                "no {name}: give {what} URL or [{name}] url in the job file"
            ))
        })?;
    let mut settings = section
        .map(|s| s.connect_settings(job, name))
        .unwrap_or_default();
    settings.password = password;
    DbUrl::parse_with(what, &raw, &settings)
}

/// The flag's globs if given, else the job file's.
fn pick(flag: &[String], job: &[String]) -> Vec<String> {
    let v = if flag.is_empty() { job } else { flag };
    v.iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `--convert FAMILY=FORM,…` over the job file's `[convert.types]`.
///
/// # Errors
/// [`Error::BadInput`] naming an unknown family or a form the family
/// cannot take.
fn type_conversions(
    flags: &[String],
    job: &JobFile,
) -> Result<std::collections::BTreeMap<NativeFamily, Conversion>> {
    let mut out = std::collections::BTreeMap::new();
    let from_job = job.convert.types.iter().map(|(f, c)| {
        (
            format!("{}: [convert.types]", job.place("[convert.types]", f)),
            f.clone(),
            c.clone(),
        )
    });
    let from_flags = flags.iter().filter(|f| !f.trim().is_empty()).map(|f| {
        let (family, form) = f.split_once('=').unwrap_or((f, ""));
        (
            "--convert".to_string(),
            family.to_string(),
            form.to_string(),
        )
    });
    for (place, family, form) in from_job.chain(from_flags) {
        let known: Vec<&str> = NativeFamily::ALL.iter().map(|f| f.name()).collect();
        let Some(fam) = NativeFamily::parse(&family) else {
            return Err(Error::bad_input(format!(
                "{place}: '{family}' is not a type family; use one of {}",
                known.join(", ")
            )));
        };
        let forms: Vec<&str> = fam.forms().iter().map(|c| c.name()).collect();
        let Some(conversion) = fam
            .forms()
            .iter()
            .find(|c| c.name().eq_ignore_ascii_case(form.trim()))
        else {
            return Err(Error::bad_input(format!(
                "{place}: {family}={form}: a {} value can become {}",
                fam.name(),
                forms.join(" or ")
            )));
        };
        out.insert(fam, *conversion);
    }
    Ok(out)
}

/// The job's `[[mask]]` entries, checked for shape: `TABLE.COLUMN` once
/// each, `value` with `fixed` and only there.
fn masks(job: &JobFile) -> Result<Vec<crate::plan::mask::MaskRule>> {
    use crate::transform::mask::Method;
    let mut out: Vec<crate::plan::mask::MaskRule> = Vec::new();
    for m in &job.mask {
        let place = format!(
            "{}: [[mask]] {}",
            job.place("[[mask]]", &m.column),
            m.column
        );
        let (table, column) = match m.column.rsplit_once('.') {
            Some((t, c)) if !t.trim().is_empty() && !c.trim().is_empty() => {
                (t.trim().to_string(), c.trim().to_string())
            }
            _ => {
                return Err(Error::bad_input(format!(
                    "{place}: column must be TABLE.COLUMN"
                )))
            }
        };
        let fixed = match (m.method, &m.value) {
            (Method::Fixed, Some(v)) => Some(crate::transform::remap::json_text(
                &serde_json::to_value(v).map_err(|e| Error::bad_input(format!("{place}: {e}")))?,
            )),
            (Method::Fixed, None) => {
                return Err(Error::bad_input(format!(
                    "{place}: method fixed needs value = … (the value every row gets)"
                )))
            }
            (other, Some(_)) => {
                return Err(Error::bad_input(format!(
                    "{place}: value = … belongs to method fixed, and the method is {}",
                    other.name()
                )))
            }
            (_, None) => None,
        };
        if out
            .iter()
            .any(|r| r.table.eq_ignore_ascii_case(&table) && r.column.eq_ignore_ascii_case(&column))
        {
            return Err(Error::bad_input(format!("{place} is given twice")));
        }
        out.push(crate::plan::mask::MaskRule {
            table,
            column,
            method: m.method,
            fixed,
        });
    }
    Ok(out)
}

/// The masking key from the environment (`FERRY_MASK_KEY`, or the
/// variable `mask_key_env` names), when a keyed method needs one. The key
/// is never printed.
fn mask_key(
    job: &JobFile,
    masks: &[crate::plan::mask::MaskRule],
) -> Result<Option<std::sync::Arc<crate::transform::mask::MaskKey>>> {
    let Some(first) = masks.iter().find(|m| m.method.keyed()) else {
        return Ok(None);
    };
    let var = job.mask_key_env.as_deref().unwrap_or("FERRY_MASK_KEY");
    let Some(secret) = std::env::var_os(var) else {
        return Err(Error::bad_input(format!(
            "[[mask]] {}.{} (method {}) needs the masking key: set the environment variable {var} to a secret of at least {} bytes, the same for every run whose masked values must agree (it is never stored or printed)",
            first.table,
            first.column,
            first.method.name(),
            crate::transform::mask::MIN_KEY_BYTES
        )));
    };
    let bytes = secret.as_encoded_bytes();
    crate::transform::mask::MaskKey::new(bytes)
        .map(|k| Some(std::sync::Arc::new(k)))
        .map_err(|e| Error::bad_input(format!("the masking key in {var} {e}")))
}

/// The job file's `[convert]` entries as `(table, column, conversion)`.
fn conversions(job: &JobFile) -> Result<Vec<(String, String, crate::catalog::Conversion)>> {
    job.convert
        .columns
        .iter()
        .map(|(key, conversion)| match key.split_once('.') {
            Some((t, c)) if !t.is_empty() && !c.is_empty() => {
                Ok((t.to_string(), c.to_string(), *conversion))
            }
            _ => Err(Error::bad_input(format!(
                "{}: [convert] key '{key}' must be TABLE.COLUMN",
                job.place("[convert]", key)
            ))),
        })
        .collect()
}

/// `ferry snapshot`: a run whose target is a new directory.
#[derive(Debug, Args)]
pub struct SnapshotArgs {
    /// Source database URL: postgres://…, mysql://… (MariaDB too), sqlite://path.
    #[arg(long, value_name = "URL")]
    pub from: Option<String>,

    /// The snapshot directory to create (it must not exist, see --force),
    /// or s3://bucket/prefix (it must hold no objects).
    #[arg(long, value_name = "DIR")]
    pub out: String,

    /// File format of the parts.
    #[arg(long, value_enum, default_value_t = SnapshotFormat::Arrow)]
    pub format: SnapshotFormat,

    /// zstd, zstd:LEVEL (1-22; Parquet only, Arrow IPC uses level 3) or none.
    #[arg(long, value_name = "zstd[:LEVEL]", default_value = "zstd")]
    pub compression: String,

    /// Replace DIR if it exists, once the new snapshot is complete.
    #[arg(long)]
    pub force: bool,

    /// Split each table whose primary key is one integer column into N
    /// key ranges of equal width (slices), all under the one consistent
    /// read, each written as parts of its own so that N workers can
    /// restore one slice each (ferry restore --slice K).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub parts_per_table: usize,

    #[command(flatten)]
    pub common: CommonArgs,

    /// Uncompressed bytes per part file before the next part starts.
    #[arg(long, value_name = "BYTES", default_value_t = crate::endpoint::snapshot::PART_BYTES, hide = true)]
    pub part_bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SnapshotFormat {
    /// Arrow IPC files with zstd-compressed buffers.
    Arrow,
    /// Parquet files with zstd.
    Parquet,
}

impl SnapshotArgs {
    /// The run's settings and how the snapshot is written.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing or malformed URL, a bad job file, an
    /// unknown compression or an output directory that exists.
    pub fn settings(&self) -> Result<(Settings, WriteOptions)> {
        let job = self.common.load_job()?;
        if job.target.is_some() {
            return Err(Error::bad_input(
                "the job file has a [target], but ferry snapshot writes to --out DIR: remove [target] or use ferry run",
            ));
        }
        let password = self.common.password()?;
        if password.role == Some(Role::Target) {
            return Err(Error::bad_input(
                "--password-stdin to: ferry snapshot writes a directory; the password it can read is --from's",
            ));
        }
        let source = server_url(
            Role::Source,
            &self.from,
            &job,
            password.for_role(Role::Source),
        )?;
        let target = DbUrl::snapshot("--out", &self.out)?;
        let options = WriteOptions {
            format: match self.format {
                SnapshotFormat::Arrow => FileFormat::Arrow,
                SnapshotFormat::Parquet => FileFormat::Parquet,
            },
            compression: self
                .compression
                .parse()
                .map_err(|e| Error::bad_input(format!("--compression: {e}")))?,
            force: self.force,
            part_bytes: self.part_bytes,
        };
        options.validate()?;
        // An S3 prefix is checked when the snapshot begins (it takes a request).
        if !crate::endpoint::snapshot::s3::S3Url::is_object_url(&self.out) {
            crate::endpoint::snapshot::check_output(target.snapshot_dir(), self.force)?;
        }
        if !(1..=crate::plan::split::MOST_SLICES).contains(&self.parts_per_table) {
            return Err(Error::bad_input(format!(
                "--parts-per-table must be between 1 and {}",
                crate::plan::split::MOST_SLICES
            )));
        }
        // Every selected table is created in the new directory. One reader,
        // as the sink writes one part file at a time; a table read in
        // slices has the next slice read ahead by a second connection
        // sharing PostgreSQL's exported snapshot (more would only wait).
        let jobs = match (self.parts_per_table, source.engine) {
            (2.., crate::endpoint::Engine::Postgres) => 2,
            _ => 1,
        };
        let settings = self.common.settings(&job, source, target, true, jobs)?;
        // A snapshot holds the source's rows as they are; only a scope
        // applies. Rewrites belong to the run or restore that uses it.
        if let Some(rules) = &settings.promotion {
            if rules.rewrites() {
                return Err(Error::bad_input(
                    "ferry snapshot keeps the source's rows as they are: [[keys]], [[references]], [versions], [[map]], [[set]], [preflight], [write] and --skip belong to ferry run or ferry restore; only [select] (with [select.where]) and [[mask]] apply",
                ));
            }
        }
        Ok((settings, options))
    }
}

/// `ferry restore`: a run whose source is a snapshot directory.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The snapshot directory or s3://bucket/prefix (written by `ferry snapshot --out`).
    #[arg(value_name = "DIR")]
    pub dir: String,

    /// Target database URL.
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,

    /// Create missing target tables with their keys, foreign keys and id
    /// generators from the snapshot's schemas, in the target's dialect.
    #[arg(long)]
    pub create_tables: bool,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Restore only slice K (from 0) of the tables the snapshot split
    /// (--parts-per-table), and the tables it did not split with slice 0:
    /// one worker per slice, each in a transaction of its own. Slice 0
    /// may --create-tables; the others write into tables that exist.
    #[arg(long, value_name = "K")]
    pub slice: Option<usize>,

    #[command(flatten)]
    pub common: CommonArgs,
}

impl RestoreArgs {
    /// # Errors
    /// [`Error::BadInput`] for a missing or malformed URL, or a job file
    /// that is bad or has a `[source]`.
    pub fn settings(&self) -> Result<Settings> {
        let job = self.common.load_job()?;
        if job.source.is_some() {
            return Err(Error::bad_input(
                "the job file has a [source], but ferry restore reads the snapshot DIR: remove [source]",
            ));
        }
        let password = self.common.password()?;
        if password.role == Some(Role::Source) {
            return Err(Error::bad_input(
                "--password-stdin from: ferry restore reads a snapshot directory; the password it can read is --to's",
            ));
        }
        let source = DbUrl::snapshot("DIR", &self.dir)?;
        let target = server_url(
            Role::Target,
            &self.to,
            &job,
            password.for_role(Role::Target),
        )?;
        if self.slice.is_some_and(|k| k > 0) && self.create_tables {
            return Err(Error::bad_input(
                "--create-tables --slice K: the other slices' workers write the same tables at the same time, so only slice 0 creates them: \
                 run ferry restore DIR --to URL --create-tables --slice 0 first, then the other slices without --create-tables",
            ));
        }
        // A snapshot is read by one reader: it has no snapshot to share.
        let mut settings = self
            .common
            .settings(&job, source, target, self.create_tables, 1)?;
        settings.slice = self.slice;
        Ok(settings)
    }
}

/// Whether `ferry verify`'s `--from`/`--to` names a snapshot: an existing
/// directory or an `s3://` prefix.
fn is_snapshot_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("s3://") || (!name.contains("://") && std::path::Path::new(name).is_dir())
}

/// `ferry inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The snapshot directory, or s3://bucket/prefix.
    #[arg(value_name = "DIR")]
    pub dir: String,

    /// Re-read every part and check its size, sha256, row count and schema.
    #[arg(long)]
    pub verify: bool,

    /// Print the manifest (and the verification) as one JSON document.
    #[arg(long)]
    pub json: bool,
}

/// `ferry history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The target database URL whose journal is read.
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,

    /// Only runs of this job file (its path as the run was given it, or
    /// its file name).
    #[arg(long, value_name = "NAME")]
    pub job: Option<String>,

    /// At most this many runs.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// Read the target's password from the first line of standard input.
    #[arg(long, value_name = "to", value_enum)]
    pub password_stdin: Option<PasswordFor>,

    /// Print the runs as one JSON array.
    #[arg(long)]
    pub json: bool,
}

impl HistoryArgs {
    /// The target and the filter.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing or malformed URL or a bad job file.
    pub fn target(&self) -> Result<(DbUrl, crate::journal::history::Filter)> {
        only_target(self.password_stdin, "history")?;
        let common = CommonArgs {
            password_stdin: self.password_stdin,
            ..CommonArgs::default()
        };
        if self.to.is_none() {
            return Err(Error::bad_input(
                "ferry history needs the target: give --to URL",
            ));
        }
        let password = common.password()?;
        let job = JobFile::default();
        let target = server_url(
            Role::Target,
            &self.to,
            &job,
            password.for_role(Role::Target),
        )?;
        Ok((
            target,
            crate::journal::history::Filter {
                limit: self.limit,
                job: self.job.clone(),
            },
        ))
    }
}

const UNDO_EXAMPLES: &str = "\
Examples:
  # The runs recorded in the target, then the undo of one of them:
  ferry history --to postgres://app@prod-db/app
  ferry undo 20261201-163512-3fa9c1 --to postgres://app@prod-db/app

  # The undo of an undo redoes the run:
  ferry undo 20261201-170204-9be210 --to postgres://app@prod-db/app --yes

A run can be undone when it kept its row images (not with --no-undo), no row
it wrote changed since, and no later run wrote its tables (undo those first);
--force goes past the last two.
Exit codes: 0 undone, 1 failed (the target was rolled back), 2 bad input
(no such run, no journal), 3 refused (already undone, rows changed since,
later runs, no images, the target locked by another run).";

/// `ferry undo`.
#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The run to undo, as `ferry history` lists it.
    #[arg(value_name = "RUN")]
    pub run: String,

    /// The target database URL the run wrote.
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,

    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,

    /// Undo even when rows the run wrote changed since, or later runs
    /// wrote its tables: its rows are put back as they were before it, and
    /// the later changes to them are lost.
    #[arg(long)]
    pub force: bool,

    /// Describes the undo in the journal.
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,

    /// When another ferry run holds the target's lock, wait up to this long
    /// for it instead of failing at once (exit 3).
    #[arg(long, value_name = "SECONDS", default_value_t = 0)]
    pub wait: u64,

    /// Read the target's password from the first line of standard input.
    #[arg(long, value_name = "to", value_enum)]
    pub password_stdin: Option<PasswordFor>,

    /// Print one JSON document; asks nothing (as --yes).
    #[arg(long)]
    pub json: bool,
}

impl UndoArgs {
    /// The target.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a missing or malformed URL.
    pub fn target(&self) -> Result<DbUrl> {
        only_target(self.password_stdin, "undo")?;
        if self.to.is_none() {
            return Err(Error::bad_input(
                "ferry undo needs the target: give --to URL",
            ));
        }
        let common = CommonArgs {
            password_stdin: self.password_stdin,
            ..CommonArgs::default()
        };
        let password = common.password()?;
        server_url(
            Role::Target,
            &self.to,
            &JobFile::default(),
            password.for_role(Role::Target),
        )
    }
}

/// `ferry verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Source database URL.
    #[arg(long, value_name = "URL")]
    pub from: Option<String>,

    /// Target database URL, or a snapshot directory.
    #[arg(long, value_name = "URL|DIR")]
    pub to: Option<String>,

    /// The job file of the run (its [[mask]] entries and [select]).
    #[arg(long, value_name = "FILE")]
    pub job: Option<PathBuf>,

    /// Tables to check, as globs (default: the job's, else every table).
    #[arg(long, value_delimiter = ',', value_name = "GLOB,…")]
    pub tables: Vec<String>,

    /// Tables to leave out, as globs.
    #[arg(long, value_delimiter = ',', value_name = "GLOB,…")]
    pub exclude: Vec<String>,

    /// Check that no source value of a masked column is in the target
    /// (instead of comparing whole tables).
    #[arg(long)]
    pub masked: bool,

    /// The conversions the run was given (--convert of `ferry run`), so
    /// that the source is compared as the run wrote it.
    #[arg(long, value_delimiter = ',', value_name = "FAMILY=FORM,…")]
    pub convert: Vec<String>,

    /// Record the result in the target's journal (`ferry history` shows
    /// it as a run of command `verify`, status `equal` or `differs`).
    #[arg(long, conflicts_with = "masked")]
    pub record: bool,

    /// Print one machine-readable result document on stdout.
    #[arg(long)]
    pub json: bool,

    /// Read the password of the --from or --to server from the first line
    /// of standard input.
    #[arg(long, value_enum, value_name = "from|to")]
    pub password_stdin: Option<PasswordFor>,
}

impl VerifyArgs {
    /// # Errors
    /// [`Error::BadInput`] for a missing or malformed URL, or a bad job
    /// file.
    pub fn settings(&self) -> Result<Settings> {
        let common = CommonArgs {
            job: self.job.clone(),
            tables: self.tables.clone(),
            schemas: Vec::new(),
            exclude: self.exclude.clone(),
            skip: Vec::new(),
            details: false,
            full: false,
            comment: None,
            convert: self.convert.clone(),
            strict_schema: false,
            json: self.json,
            password_stdin: self.password_stdin,
            batch_rows: BatchSize::DEFAULT.rows,
            wait: 0,
            no_undo: true,
        };
        let job = common.load_job()?;
        let password = common.password()?;
        // A restore is verified against the snapshot it came from.
        let source = match &self.from {
            Some(dir) if is_snapshot_name(dir) => DbUrl::snapshot("--from", dir)?,
            _ => server_url(
                Role::Source,
                &self.from,
                &job,
                password.for_role(Role::Source),
            )?,
        };
        let to = self
            .to
            .clone()
            .or_else(|| job.target.as_ref().and_then(|t| t.url.clone()));
        let target = match to {
            Some(dir) if is_snapshot_name(&dir) => DbUrl::snapshot("--to", &dir)?,
            _ => server_url(
                Role::Target,
                &self.to,
                &job,
                password.for_role(Role::Target),
            )?,
        };
        common.settings(&job, source, target, false, 1)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn key_maps_are_remembered_under_the_url_without_credentials() {
        let url = DbUrl::parse(
            "--from",
            "postgres://app:secret@dev-db:5432/app?sslmode=disable",
        )
        .unwrap();
        assert_eq!(source_identity(&url), "postgres://dev-db:5432/app");
        let url = DbUrl::parse("--from", "sqlite://dev.db").unwrap();
        assert_eq!(source_identity(&url), "sqlite://dev.db");
        // An existing file is named by its full path, however it is spelt.
        let dir = std::env::current_dir().unwrap();
        let relative = DbUrl::parse("--from", "sqlite://Cargo.toml").unwrap();
        let absolute = DbUrl::parse(
            "--from",
            &format!("sqlite://{}/./Cargo.toml", dir.display()),
        )
        .unwrap();
        assert_eq!(source_identity(&relative), source_identity(&absolute));
        assert_eq!(
            identity_of("mysql://root@127.0.0.1/crm"),
            "mysql://127.0.0.1/crm"
        );
    }
}
