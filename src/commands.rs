//! `ferry plan` and `ferry run`: connect, plan, confirm, copy, report.

use crate::cli::{Command, CopyArgs};
use crate::endpoint::{open_sink, open_source};
use crate::error::{Error, Result};
use crate::output;
use crate::pipeline;
use crate::plan::{self, Settings};
use crate::progress::Console;
use std::io::{IsTerminal, Write};

/// Runs one command; output goes to stdout, logs and bars to stderr.
///
/// # Errors
/// Whatever stopped the command; [`Error::exit_code`] maps it.
pub async fn execute(command: &Command, quiet: bool) -> Result<()> {
    match command {
        Command::Plan(args) => plan_command(args).await,
        Command::Run(args) => run_command(args, quiet).await,
    }
}

async fn plan_command(args: &CopyArgs) -> Result<()> {
    let settings = args.settings()?;
    let mut source = open_source(&settings.source).await?;
    let mut sink = open_sink(&settings.target, settings.create_tables, true).await?;
    let plan = match plan::prepare(&settings, source.as_mut(), sink.as_mut()).await {
        Ok(plan) => plan,
        Err(e) => return Err(e),
    };
    if args.json {
        output::print_json(&output::plan_json(&settings, &plan));
    } else {
        output::print_plan(&settings, &plan);
    }
    Ok(())
}

async fn run_command(args: &CopyArgs, quiet: bool) -> Result<()> {
    let settings = args.settings()?;
    let mut source = open_source(&settings.source).await?;
    let mut sink = open_sink(&settings.target, settings.create_tables, false).await?;
    let plan = plan::prepare(&settings, source.as_mut(), sink.as_mut()).await?;
    if !args.json && !quiet {
        output::print_plan(&settings, &plan);
    }
    if !args.yes && !args.json && std::io::stdin().is_terminal() && !confirm(&settings)? {
        return Err(Error::failed("not confirmed; nothing was written"));
    }
    let bars = !args.json && !quiet && std::io::stderr().is_terminal();
    let console = Console::new(bars);
    let report = pipeline::run(
        &plan,
        settings.batch,
        settings.jobs,
        source,
        sink.as_mut(),
        &console,
    )
    .await?;
    if args.json {
        output::print_json(&output::run_json(&settings, &plan, &report));
    } else if !quiet {
        output::print_report(&report);
    }
    Ok(())
}

fn confirm(settings: &Settings) -> Result<bool> {
    eprint!(
        "Write these rows into {}? [y/N] ",
        settings.target.redacted()
    );
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
