//! `ferry verify`: whole tables compared (the default), or masked columns
//! checked for source values (`--masked`). Both only read; `--record`
//! writes the result into the target's journal.

use super::{existing_sqlite, refuse_same_database};
use crate::cli::VerifyArgs;
use crate::endpoint::{open_sink, open_source, Engine};
use crate::error::{Error, Result};
use crate::journal;
use crate::output;
use crate::plan::Settings;
use crate::verify::TableCheck;

pub async fn command(args: &VerifyArgs) -> Result<()> {
    let settings = args.settings()?;
    match args.masked {
        true => masked(args, settings).await,
        false => tables(args, settings).await,
    }
}

/// Every selected table, source as the job transforms it against the
/// target.
async fn tables(args: &VerifyArgs, settings: Settings) -> Result<()> {
    if settings.target.engine == Engine::Snapshot {
        return Err(Error::bad_input(
            "ferry verify compares with a database: check a snapshot with `ferry inspect DIR --verify`, or a restore with `ferry verify --from DIR --to URL`",
        ));
    }
    existing_sqlite(&settings.target)?;
    let started = chrono::Utc::now();
    let mut source = open_source(&settings.source).await?;
    let mut sink = open_sink(&settings.target, false, true).await?;
    refuse_same_database(&settings, source.as_mut(), sink.as_mut()).await?;
    let (subjects, warnings) =
        crate::verify::subjects(&settings, source.as_mut(), sink.as_mut()).await?;
    drop(sink);
    let mut target = open_source(&settings.target).await?;
    target.set_schemas(&schemas_of(&settings, source.as_ref()));
    target.begin_read().await?;
    let bars = !args.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let console = std::sync::Arc::new(crate::progress::Console::new(bars));
    let checks = crate::verify::compare(subjects, source, target, console.clone()).await;
    // The summary (or the error) is printed where the bars were.
    console.clear();
    let checks = checks?;
    let differ: Vec<&TableCheck> = checks.iter().filter(|c| !c.equal).collect();
    let recorded = match args.record {
        true => Some(record(&settings, &checks, started).await),
        false => None,
    };
    let report = output::verify_tables_json(&settings, &checks, &warnings, started, &recorded);
    if !args.json {
        output::print_verify_tables(&settings, &checks, &warnings, &recorded);
    }
    if differ.is_empty() {
        if args.json {
            output::print_json(&report);
        }
        return Ok(());
    }
    Err(Error::Mismatch {
        what: format!(
            "{} of {} {} differ{}",
            differ.len(),
            checks.len(),
            match checks.len() {
                1 => "table",
                _ => "tables",
            },
            if differ.len() == 1 { "s" } else { "" }
        ),
        problems: differ.iter().map(|c| output::difference_line(c)).collect(),
        report: Some(Box::new(report)),
    })
}

fn schemas_of(settings: &Settings, source: &dyn crate::endpoint::Source) -> Vec<String> {
    match settings.schemas.is_empty() {
        true => source.recorded_schemas(),
        false => settings.schemas.clone(),
    }
}

/// `--record`: the run id of the journal row, or why none was written (a
/// check's result stands without it: a read-only account, a lock held).
async fn record(
    settings: &Settings,
    checks: &[TableCheck],
    started: chrono::DateTime<chrono::Utc>,
) -> std::result::Result<String, String> {
    let mut entry = journal::Entry::start("verify", settings);
    entry.started = started;
    let status = match checks.iter().all(|c| c.equal) {
        true => "equal",
        false => "differs",
    };
    let tables: Vec<serde_json::Value> = checks
        .iter()
        .map(|c| {
            serde_json::json!({
                "table": c.table,
                "inserted": 0, "updated": 0, "deleted": 0,
                "unchanged": c.source_rows.saturating_sub(c.differing + c.missing),
                "skipped": 0,
                "source_rows": c.source_rows,
                "target_rows": c.target_rows,
                "differing": c.differing,
                "missing": c.missing,
                "extra": c.extra,
                "source_checksum": c.source_checksum,
                "target_checksum": c.target_checksum,
            })
        })
        .collect();
    let written = async {
        let mut sink = open_sink(&settings.target, false, false).await?;
        let tables = serde_json::Value::Array(tables);
        journal::record_check(sink.as_mut(), &entry, status, tables, settings.lock_wait).await
    }
    .await;
    match written {
        Ok(()) => Ok(entry.run_id),
        Err(e) => Err(crate::endpoint::redact_text(&e.to_string())),
    }
}
/// `ferry verify --masked`: both ends read, nothing written.
async fn masked(args: &VerifyArgs, settings: Settings) -> Result<()> {
    let mut source = open_source(&settings.source).await?;
    let mut target = open_source(&settings.target).await?;
    let checks = crate::verify::masked(&settings, source.as_mut(), target.as_mut()).await?;
    let leaks: Vec<String> = checks
        .iter()
        .filter(|c| c.leaks > 0)
        .map(|c| {
            format!(
                "{}: {} of {} rows hold a source value in the target (target keys: {}{})",
                c.column,
                c.leaks,
                c.rows,
                c.keys.join("; "),
                if c.leaks as usize > c.keys.len() {
                    "; …"
                } else {
                    ""
                }
            )
        })
        .collect();
    if !args.json || leaks.is_empty() {
        match args.json {
            true => output::print_json(&output::verify_json(&settings, &checks)),
            false => output::print_verify(&settings, &checks),
        }
    }
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(Error::Mismatch {
            what: "masked columns hold source values".into(),
            problems: leaks,
            report: None,
        })
    }
}
