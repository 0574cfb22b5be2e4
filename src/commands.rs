//! `ferry plan`, `run`, `snapshot`, `restore` and `inspect`: connect, plan,
//! confirm, copy, report. `snapshot` and `restore` are runs with a snapshot
//! directory at one end: the same plan and pipeline.

use crate::cli::{Command, CopyArgs, InspectArgs, RestoreArgs, SnapshotArgs};
use crate::endpoint::snapshot::{Capture, Origin, SnapshotSink, SnapshotSource};
use crate::endpoint::{open_sink, open_source, DbUrl, Sink, Source};
use crate::error::{Error, Result};
use crate::journal;
use crate::output;
use crate::pipeline;
use crate::plan::{self, Settings};
use crate::progress::Console;
use crate::promote::{self, run::Mode};
use std::io::{IsTerminal, Write};
use std::sync::Arc;

mod verify;

/// Runs one command; output goes to stdout, logs and bars to stderr.
///
/// # Errors
/// Whatever stopped the command; [`Error::exit_code`] maps it.
pub async fn execute(command: &Command, quiet: bool) -> Result<()> {
    match command {
        Command::Plan(args) => plan_command(args).await,
        Command::Run(args) => run_command(args, quiet).await,
        Command::Snapshot(args) => snapshot_command(args, quiet).await,
        Command::Restore(args) => restore_command(args, quiet).await,
        Command::Inspect(args) => inspect_command(args).await,
        Command::Verify(args) => verify::command(args).await,
        Command::History(args) => history_command(args).await,
        Command::Undo(args) => undo_command(args, quiet).await,
        Command::Completions { shell } => {
            let mut cli = <crate::cli::Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cli, "ferry", &mut script);
            print_bytes(&script)
        }
        Command::Man => {
            let cli = <crate::cli::Cli as clap::CommandFactory>::command();
            let mut page = Vec::new();
            clap_mangen::Man::new(cli)
                .render(&mut page)
                .map_err(|e| Error::Io {
                    context: "writing the man page".into(),
                    source: e,
                })?;
            print_bytes(&page)
        }
    }
}

/// Writes generated text to stdout; a reader that stops early (`| head`)
/// is not an error.
fn print_bytes(bytes: &[u8]) -> Result<()> {
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Io {
            context: "writing to standard output".into(),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// A SQLite target must exist for the commands that only read or change
/// what is there.
pub(crate) fn existing_sqlite(target: &crate::endpoint::DbUrl) -> Result<()> {
    if target.engine == crate::endpoint::Engine::Sqlite
        && !std::path::Path::new(target.sqlite_path()).exists()
    {
        return Err(Error::bad_input(format!(
            "SQLite database file '{}' does not exist: check --to",
            target.sqlite_path()
        )));
    }
    Ok(())
}

/// `ferry undo RUN`: the run taken back in one transaction.
async fn undo_command(args: &crate::cli::UndoArgs, quiet: bool) -> Result<()> {
    let target = args.target()?;
    existing_sqlite(&target)?;
    let mut sink = open_sink(&target, false, false).await?;
    let request = journal::undo::Request {
        run_id: args.run.clone(),
        force: args.force,
        comment: args.comment.clone(),
        wait: std::time::Duration::from_secs(args.wait),
    };
    let confirm = UndoConfirm {
        ask: !args.yes && !args.json && std::io::stdin().is_terminal(),
        show: !args.json && !quiet,
        target: target.redacted(),
    };
    let mut report = journal::undo::undo(sink.as_mut(), &target, &request, &confirm).await?;
    if let Some(lost) = report.commit_unknown.take() {
        match commit_outcome(&target, Some(&report.run_id), &lost).await {
            LostCommit::Committed => {}
            LostCommit::NotCommitted(error) => {
                if let Err(e) = sink.abandon().await {
                    tracing::warn!("cleaning up after the lost COMMIT: {e}");
                }
                return Err(error);
            }
            LostCommit::Unknown(error) => return Err(error),
        }
    }
    if args.json {
        output::print_json(&output::undo_json(&target.redacted(), &report));
    } else if !quiet {
        output::print_undo(&report);
    }
    Ok(())
}

/// The undo's plan on the terminal, and the question.
struct UndoConfirm {
    ask: bool,
    show: bool,
    target: String,
}

#[async_trait::async_trait]
impl journal::undo::Confirm for UndoConfirm {
    async fn confirm(
        &self,
        run: &journal::history::Run,
        tables: &[journal::undo::TableUndo],
        forced: &[String],
    ) -> Result<bool> {
        if self.show {
            output::print_undo_plan(&self.target, run, tables, forced);
        }
        if !self.ask {
            return Ok(true);
        }
        let target = self.target.clone();
        tokio::task::spawn_blocking(move || confirm_question(&format!("Undo it on {target}?")))
            .await
            .map_err(|e| Error::failed(format!("asking for confirmation stopped: {e}")))?
    }
}

/// `ferry history`: the target's journal, newest first.
async fn history_command(args: &crate::cli::HistoryArgs) -> Result<()> {
    let (target, filter) = args.target()?;
    existing_sqlite(&target)?;
    let mut sink = open_sink(&target, false, true).await?;
    let runs = journal::history::read(sink.as_mut(), target.engine, &filter).await?;
    if args.json {
        output::print_json(&serde_json::to_value(&runs).unwrap_or_default());
    } else {
        output::print_history(&target.redacted(), &runs);
    }
    Ok(())
}

/// `ferry plan`: a run that stops before it writes. A promotion stages,
/// compares and rolls back inside the target's transaction to show its
/// changes; a plain copy only plans.
async fn plan_command(args: &CopyArgs) -> Result<()> {
    let settings = args.settings()?;
    let source = open_source(&settings.source).await?;
    let how = How {
        command: "plan",
        dry_run: true,
        json: args.common.json,
        yes: true,
        quiet: false,
    };
    into_target(&settings, source, how).await
}

async fn run_command(args: &CopyArgs, quiet: bool) -> Result<()> {
    let settings = args.settings()?;
    let source = open_source(&settings.source).await?;
    let how = How {
        command: "run",
        dry_run: false,
        json: args.common.json,
        yes: args.yes,
        quiet,
    };
    into_target(&settings, source, how).await
}

/// Opens the target and migrates into it. A SQLite file that
/// `--create-tables` created is removed again if the run does not commit:
/// a refused or failed run leaves the target as it was, absent included.
async fn into_target(settings: &Settings, source: Box<dyn Source>, how: How) -> Result<()> {
    let fresh = crate::endpoint::sqlite::NewFile::of(&settings.target);
    let work = async {
        let sink = open_sink(&settings.target, settings.create_tables, how.dry_run).await?;
        migrate(settings, source, sink, how).await
    };
    // Before the run writes, a signal drops the work (connections close,
    // session locks with them) and a file the run created goes below.
    let result = tokio::select! {
        result = work => result,
        signal = crate::pipeline::interrupted_before_writing() => Err(Error::failed(format!(
            "interrupted by {signal} before anything was written; the target was not changed"
        ))),
    };
    if result.is_err() {
        if let Some(file) = fresh {
            file.remove();
        }
    }
    result
}

/// What a migrating command prints and asks.
#[derive(Clone, Copy)]
struct How {
    command: &'static str,
    /// `ferry plan`: nothing is written.
    dry_run: bool,
    json: bool,
    yes: bool,
    quiet: bool,
}

/// A promotion's summary of changes on the terminal, and the question
/// whether to apply them: the command layer's answer to the engine's
/// [`promote::run::Review`].
struct TerminalReview {
    how: How,
    target: String,
    console: Arc<Console>,
}

#[async_trait::async_trait]
impl promote::run::Review for TerminalReview {
    async fn review(&self, summary: &promote::run::Summary, dry_run: bool) -> Result<bool> {
        let nothing = summary
            .tables
            .iter()
            .all(|t| t.insert + t.update + t.delete == 0);
        let ask = !dry_run
            && !nothing
            && !self.how.yes
            && !self.how.json
            && std::io::stdin().is_terminal();
        if !self.how.json && !self.how.quiet {
            self.console.clear();
            output::print_changes(summary);
        }
        if !ask {
            return Ok(true);
        }
        let target = self.target.clone();
        tokio::task::spawn_blocking(move || confirm_text(&target))
            .await
            .map_err(|e| Error::failed(format!("asking for confirmation stopped: {e}")))?
    }
}

/// Plan, confirm, copy in one transaction, report: `plan`, `run` and
/// `restore`.
async fn migrate(
    settings: &Settings,
    mut source: Box<dyn Source>,
    mut sink: Box<dyn Sink>,
    how: How,
) -> Result<()> {
    refuse_same_database(settings, source.as_mut(), sink.as_mut()).await?;
    let entry = journal::Entry::start(how.command, settings);
    if how.dry_run {
        return migrate_locked(settings, source, sink.as_mut(), how, entry).await;
    }
    // For the whole run, before planning: two runs never interleave.
    let mut holder = entry.holder();
    // A slice restore that creates nothing shares the lock with the
    // other slices' (slice 0 creating the tables holds it alone).
    holder.slice = settings.slice.filter(|_| !settings.create_tables);
    sink.lock(&holder, settings.lock_wait).await?;
    drop_leftovers(settings, sink.as_mut()).await;
    let result = migrate_locked(settings, source, sink.as_mut(), how, entry).await;
    // Refused, failed or done: the next run finds the lock free at once (a
    // failed run's session may be gone already, its lock with it).
    if let Err(e) = sink.unlock().await {
        tracing::debug!("giving the run lock back: {e}");
    }
    result
}

/// What a MySQL run left when it was stopped (its DDL committed at once;
/// PostgreSQL and SQLite roll theirs back): the tables it was creating
/// under provisional names are renamed or dropped, and image tables no run
/// names dropped, under the run lock. A failure only warns: they are in no
/// run's way.
async fn drop_leftovers(settings: &Settings, sink: &mut dyn Sink) {
    if settings.target.engine != crate::endpoint::Engine::MySql {
        return;
    }
    journal::settle::settle_and_say(sink, settings.target.engine).await;
    match journal::drop_leftover_images(sink, settings.target.engine).await {
        Ok(dropped) if !dropped.is_empty() => tracing::warn!(
            "dropped {} left by a run that was not committed: {}",
            crate::words::counted(dropped.len() as u64, "image table", "image tables"),
            dropped.join(", ")
        ),
        Ok(_) => {}
        Err(e) => tracing::warn!("could not drop the image tables a failed run left: {e}"),
    }
}

/// [`migrate`] under the target lock (`plan` takes none).
async fn migrate_locked(
    settings: &Settings,
    mut source: Box<dyn Source>,
    sink: &mut dyn Sink,
    how: How,
    mut entry: journal::Entry,
) -> Result<()> {
    let mut plan = plan::prepare(settings, source.as_mut(), sink).await?;
    entry.watermarks = watermarks(settings, &plan);
    let bars = !how.dry_run && !how.json && !how.quiet && std::io::stderr().is_terminal();
    let console = Arc::new(Console::new(bars));
    let mut promotion =
        prepare_promotion(settings, &mut plan, source.as_mut(), sink, how, &console).await?;
    if promotion.is_none() {
        plain_version_check(settings, source.as_mut(), sink).await?;
        plan::held_keys(settings, &mut plan, source.as_mut(), sink).await?;
    }
    if how.dry_run && promotion.is_none() {
        // A plain copy's plan needs no transaction.
        if how.json {
            output::print_json(&output::plan_json(settings, &plan));
        } else {
            output::print_plan(settings, &plan);
        }
        return Ok(());
    }
    let journal = match how.dry_run {
        true => None,
        false => {
            let promotion = promotion.as_mut();
            plan_journal(settings, &mut plan, promotion, &mut entry, source.as_mut()).await?
        }
    };
    let journaled = journal.is_some();
    let (flavor, keeping) = journal.unwrap_or((&crate::endpoint::sqlite::DIALECT, None));
    if !how.json && !how.quiet {
        output::print_plan(settings, &plan);
    }
    // A promotion asks after its summary of changes, inside the run.
    if promotion.is_none()
        && !how.yes
        && !how.json
        && std::io::stdin().is_terminal()
        && !confirm(settings)?
    {
        return Err(Error::failed("not confirmed; nothing was written"));
    }
    let inner: &dyn pipeline::Finish = match &promotion {
        Some(p) => p,
        None => &pipeline::Commit,
    };
    let run_id = entry.run_id.clone();
    let with_journal = journal::Journaled {
        inner,
        promotion: promotion.as_ref(),
        entry: std::sync::Mutex::new(entry),
        keeping: std::sync::Mutex::new(keeping),
        flavor,
    };
    let finish: &dyn pipeline::Finish = if journaled { &with_journal } else { inner };
    let report = pipeline::run(
        &plan,
        settings.batch,
        settings.jobs,
        source,
        sink,
        console.as_ref(),
        finish,
    )
    .await;
    let mut report = report?;
    if let Some(lost) = report.commit_unknown.take() {
        let journal = journaled.then_some(run_id.as_str());
        match commit_outcome(&settings.target, journal, &lost).await {
            LostCommit::Committed => report.committed = true,
            LostCommit::NotCommitted(error) => {
                // What the run created outside its transaction goes (on
                // MySQL, on a new connection, which also ends the old one).
                if let Err(e) = sink.abandon().await {
                    tracing::warn!("cleaning up after the lost COMMIT: {e}");
                }
                return Err(error);
            }
            LostCommit::Unknown(error) => return Err(error),
        }
    }
    let outcome = Outcome {
        changes: promotion.as_ref().and_then(|p| p.summary()),
        promoted: promotion.is_some(),
        run_id: journaled.then_some(run_id),
    };
    print_outcome(settings, &plan, &report, &outcome, how);
    Ok(())
}

/// What the target's journal says of a run whose COMMIT lost its answer.
enum LostCommit {
    /// The journal holds the run: it succeeded.
    Committed,
    /// The journal has no such run: the server rolled it back.
    NotCommitted(Error),
    /// The journal could not be read (or the run keeps none).
    Unknown(Error),
}

/// Whether a run whose COMMIT lost its answer was committed, from the
/// target's journal on a new connection. `lost` is the lost answer's
/// error, which every outcome's message starts with.
async fn commit_outcome(target: &DbUrl, run_id: Option<&str>, lost: &str) -> LostCommit {
    let Some(run_id) = run_id else {
        return LostCommit::Unknown(Error::failed(format!(
            "{lost}; the connection was lost after COMMIT was sent, so whether the run was committed \
             is unknown: look at the target before running it again"
        )));
    };
    let mut last = String::new();
    // The server may be back a moment after the connection broke.
    for attempt in 0..COMMIT_CHECKS {
        if attempt > 0 {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
        let (runs, sink) = match open_sink(target, false, true).await {
            Ok(mut sink) => {
                let all = journal::history::Filter::default();
                let runs = journal::history::read(sink.as_mut(), target.engine, &all).await;
                (runs, Some(sink))
            }
            Err(e) => (Err(e), None),
        };
        match runs {
            Ok(runs)
                if runs
                    .iter()
                    .any(|r| r.run_id == run_id && r.status == "committed") =>
            {
                tracing::warn!(
                    "{lost}; the target's journal holds run {run_id}, so the run was committed"
                );
                if let Some(mut sink) = sink {
                    // The tables it created still have their provisional names.
                    journal::settle::settle_and_say(sink.as_mut(), target.engine).await;
                }
                return LostCommit::Committed;
            }
            Ok(_) => {
                return LostCommit::NotCommitted(Error::failed(format!(
                    "{lost}; the target's journal has no run {run_id}: the run was not committed \
                     and the target is unchanged"
                )))
            }
            Err(e) => last = e.to_string(),
        }
    }
    LostCommit::Unknown(Error::failed(format!(
        "{lost}; whether run {run_id} was committed is unknown: the target's journal could not be \
         read ({last}); `ferry history --to {}` lists the run if it was",
        target.redacted()
    )))
}

/// Attempts to read the journal after a COMMIT's answer was lost.
const COMMIT_CHECKS: usize = 3;

/// The watermarks the plan's incremental tables leave, for the journal.
fn watermarks(
    settings: &Settings,
    plan: &plan::Plan,
) -> Vec<(String, plan::incremental::Watermark)> {
    let Some(rules) = &settings.promotion else {
        return Vec::new();
    };
    plan.windows
        .iter()
        .filter_map(|w| {
            let watermark = plan::incremental::Watermark {
                column: w.column.clone(),
                value: w.watermark.clone()?,
                source: rules.source_name.clone(),
            };
            Some((w.table.clone(), watermark))
        })
        .collect()
}

/// One database as both source and target, however the URLs spell it:
/// bad input, before anything is read or locked.
pub(crate) async fn refuse_same_database(
    settings: &Settings,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<()> {
    let (from, to) = (&settings.source, &settings.target);
    match crate::endpoint::same_database(from, source, to, sink).await? {
        None => Ok(()),
        Some(what) => Err(Error::bad_input(format!(
            "--from {} and --to {} are one database ({what}): a copy into itself would change what it reads",
            from.redacted(),
            to.redacted()
        ))),
    }
}

/// The promotion the job asks for, if any, prepared into `plan`: it asks
/// on the terminal through `console` once its changes are known.
async fn prepare_promotion(
    settings: &Settings,
    plan: &mut plan::Plan,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
    how: How,
    console: &Arc<Console>,
) -> Result<Option<promote::run::Promotion>> {
    let Some(rules) = settings.promotion.clone().filter(|r| r.needs_promotion()) else {
        return Ok(None);
    };
    let review = Arc::new(TerminalReview {
        how,
        target: settings.target.redacted(),
        console: console.clone(),
    });
    let mode = Mode {
        dry_run: how.dry_run,
    };
    let promotion = promote::run::prepare(settings, rules, plan, source, sink, mode, review);
    Ok(Some(promotion.await?))
}

/// The journal's table and the row images the run keeps, added to what
/// `plan` creates, and the source's fingerprint in `entry`; `None` where
/// the target keeps no journal (a snapshot directory).
async fn plan_journal(
    settings: &Settings,
    plan: &mut plan::Plan,
    promotion: Option<&mut promote::run::Promotion>,
    entry: &mut journal::Entry,
    source: &mut dyn Source,
) -> Result<Option<(crate::endpoint::sql::Flavor, Option<journal::keep::Keeping>)>> {
    let names = plan.tables.iter().map(|t| t.target.name.as_str());
    let schemas = crate::endpoint::sql::schemas_of(names);
    let Some(f) = crate::endpoint::sql::of_target(settings.target.engine, &schemas) else {
        return Ok(None);
    };
    if !journal::journals(&settings.target) {
        return Ok(None);
    }
    journal::plan_table(plan);
    let mut keeping = None;
    if settings.keep_undo {
        let kept = journal::keep::plan(plan, &entry.run_id, promotion.is_some(), f);
        if let Some(p) = promotion {
            p.keep_images(kept.promoted());
        }
        keeping = Some(kept);
    }
    // Still inside the source's consistent read.
    entry.source.consistency_point = source.consistency_point().await?;
    entry.source.system_id = source.system_identifier().await?;
    Ok(Some((f, keeping)))
}

/// `[preflight] version_query` of a plain copy (a promotion asks it among
/// its own checks); a snapshot source has no SQL to answer it.
async fn plain_version_check(
    settings: &Settings,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<()> {
    let Some(query) = &settings.version_query else {
        return Ok(());
    };
    if settings.source.engine == crate::endpoint::Engine::Snapshot {
        return Ok(());
    }
    let mut problems = Vec::new();
    promote::run::version_check(query, source, sink, &mut problems).await?;
    match problems.is_empty() {
        true => Ok(()),
        false => Err(Error::Preflight(problems)),
    }
}

/// What a run did beyond its report: a promotion's summary of changes and
/// the journal's run id.
struct Outcome {
    changes: Option<promote::run::Summary>,
    promoted: bool,
    run_id: Option<String>,
}

/// The end of `plan`, `run` or `restore`: JSON, the summary, or nothing.
// why: `json` is an object built by `json!({..})` in output, and indexing an
// object by a key inserts it rather than panicking.
#[allow(clippy::indexing_slicing)]
fn print_outcome(
    settings: &Settings,
    plan: &plan::Plan,
    report: &pipeline::RunReport,
    outcome: &Outcome,
    how: How,
) {
    let changes = &outcome.changes;
    if how.dry_run {
        if how.json {
            let mut json = output::plan_json(settings, plan);
            json["changes"] = serde_json::to_value(changes).unwrap_or_default();
            output::print_json(&json);
        }
    } else if how.json {
        let mut json = output::run_json(settings, plan, report);
        json["command"] = how.command.into();
        if let Some(id) = &outcome.run_id {
            json["run_id"] = id.clone().into();
        }
        if outcome.promoted {
            json["changes"] = serde_json::to_value(changes).unwrap_or_default();
        }
        output::print_json(&json);
    } else if !how.quiet {
        match changes {
            Some(summary) => {
                output::print_schema_phases(report);
                output::print_committed_changes(summary, report.seconds)
            }
            None => output::print_report(report),
        }
        if let Some(id) = outcome.run_id.as_ref().filter(|_| report.committed) {
            println!("run {id} recorded in {}", crate::plan::JOURNAL_TABLE);
        }
    }
}

/// `ferry snapshot`: the source's consistent read into a new directory.
// why: `json` is an object built by `json!({..})` in output::run_json, and
// indexing an object by a key inserts it rather than panicking.
#[allow(clippy::indexing_slicing)]
async fn snapshot_command(args: &SnapshotArgs, quiet: bool) -> Result<()> {
    let (settings, options) = args.settings()?;
    let mut source = open_source(&settings.source).await?;
    let mut sink = SnapshotSink::new(&settings.target, options)?;
    sink.check_destination().await?;
    let captured_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let mut plan = plan::prepare(&settings, source.as_mut(), &mut sink).await?;
    // Still inside the source's consistent read.
    let flavor = crate::endpoint::sql::with_schemas(settings.source.engine, &settings.schemas);
    plan::split::split_tables(&mut plan, source.as_mut(), flavor, args.parts_per_table).await?;
    let consistency_point = source.consistency_point().await?;
    let mut identity_next = std::collections::BTreeMap::new();
    let mut splits = std::collections::BTreeMap::new();
    for table in &plan.tables {
        if let Some(slice) = &table.slice {
            let split = splits.entry(table.target.name.clone()).or_insert_with(|| {
                crate::endpoint::snapshot::Split {
                    column: slice.column.clone(),
                    slices: Vec::new(),
                }
            });
            split.slices.push(crate::endpoint::snapshot::KeyRange {
                from: slice.from,
                to: slice.to,
                rows: 0,
            });
        }
        if table.slice.as_ref().is_some_and(|s| s.index > 0) {
            continue;
        }
        let next = source.next_identity(&table.source).await?;
        if !next.is_empty() {
            identity_next.insert(table.target.name.clone(), next.into_iter().collect());
        }
    }
    sink.set_capture(Capture {
        origin: Origin {
            engine: settings.source.engine,
            url: settings.source.redacted(),
            consistency_point,
            schemas: settings.schemas.clone(),
        },
        captured_at,
        identity_next,
        masked: plan
            .masked
            .iter()
            .map(|m| format!("{} ({})", m.column, m.method))
            .collect(),
        splits,
    });
    if !args.common.json && !quiet {
        output::print_plan(&settings, &plan);
    }
    let bars = !args.common.json && !quiet && std::io::stderr().is_terminal();
    let console = Console::new(bars);
    let report = pipeline::run(
        &plan,
        settings.batch,
        settings.jobs,
        source,
        &mut sink,
        &console,
        &pipeline::Commit,
    )
    .await?;
    let manifest = sink
        .completed()
        .cloned()
        .ok_or_else(|| Error::failed("the snapshot was not completed"))?;
    if args.common.json {
        let mut json = output::run_json(&settings, &plan, &report);
        json["command"] = "snapshot".into();
        json["snapshot"] = output::snapshot_summary_json(&manifest);
        output::print_json(&json);
    } else if !quiet {
        output::print_report(&report);
        output::print_snapshot_summary(&sink.place().to_string(), &manifest);
    }
    Ok(())
}

/// `ferry restore`: the whole snapshot is checked before the target is
/// opened for writing, then it is a run like any other.
async fn restore_command(args: &RestoreArgs, quiet: bool) -> Result<()> {
    let mut settings = args.settings()?;
    let mut source = SnapshotSource::open(&settings.source).await?;
    if let Some(k) = settings.slice {
        source.only_slice(k)?;
    }
    // Key maps are remembered for the database the snapshot was taken
    // from, so a restore and a run from that database share them.
    if let Some(rules) = &mut settings.promotion {
        std::sync::Arc::make_mut(rules).source_name =
            crate::cli::identity_of(&source.manifest().source.url);
    }
    // Bad selections are bad input, before any checksum is computed.
    plan::select::select(
        &source.manifest().catalog(),
        &settings.tables,
        &settings.exclude,
    )?;
    // Before the target is opened: `--create-tables` creates a missing
    // SQLite file, and a corrupt snapshot must leave no trace.
    source.verify().await?;
    let how = How {
        command: "restore",
        dry_run: false,
        json: args.common.json,
        yes: args.yes,
        quiet,
    };
    into_target(&settings, Box::new(source), how).await
}

/// `ferry inspect`: the manifest as a table; `--verify` checks every part.
async fn inspect_command(args: &InspectArgs) -> Result<()> {
    let place = crate::endpoint::snapshot::Place::of("DIR", &args.dir)?;
    let manifest = place.load_manifest().await?;
    let problems = match args.verify {
        true => Some(place.verify(&manifest).await?),
        false => None,
    };
    if let Some(problems) = problems.as_ref().filter(|p| !p.is_empty()) {
        return Err(Error::Mismatch {
            what: format!("snapshot {place} does not match its manifest"),
            problems: problems.clone(),
            report: None,
        });
    }
    let shown = place.to_string();
    if args.json {
        output::print_json(&output::inspect_json(&shown, &manifest, args.verify));
    } else {
        output::print_inspect(&shown, &manifest, args.verify);
    }
    Ok(())
}

fn confirm(settings: &Settings) -> Result<bool> {
    confirm_text(&settings.target.redacted())
}

/// Asks on the terminal whether to write into `target` (redacted).
fn confirm_text(target: &str) -> Result<bool> {
    confirm_question(&format!("Write these rows into {target}?"))
}

/// Asks `question` on the terminal; yes only when the answer says so.
fn confirm_question(question: &str) -> Result<bool> {
    eprint!("{question} [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Error::Io {
            context: "reading the confirmation".into(),
            source: e,
        })?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "YES"))
}
