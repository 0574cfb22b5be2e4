//! What ferry prints: the plan, the summary table and the `--json` result.

use crate::endpoint::snapshot::Manifest;
use crate::endpoint::Engine;
use crate::pipeline::RunReport;
use crate::plan::{Plan, Settings};
use crate::words::counted;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use serde_json::{json, Value};
use std::io::Write;

mod verify;
pub use verify::{difference_line, print_verify_tables, verify_tables_json, Recorded};

fn right(text: impl ToString) -> Cell {
    Cell::new(text.to_string()).set_alignment(CellAlignment::Right)
}

fn tables(n: usize) -> String {
    counted(n as u64, "table", "tables")
}

fn rows(n: u64) -> String {
    counted(n, "row", "rows")
}

pub fn print_plan(settings: &Settings, plan: &Plan) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "from {}", settings.source.redacted());
    let _ = writeln!(out, "to   {}", settings.target.redacted());
    if let Some(comment) = &settings.comment {
        let _ = writeln!(out, "comment: {comment}");
    }
    let snapshot = settings.target.engine == Engine::Snapshot;
    let staged = plan.tables.iter().any(|t| t.into.is_some());
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec!["#", "table", "source rows", "target rows", "action"]);
    for (i, t) in plan.tables.iter().enumerate() {
        table.add_row(vec![
            right(i + 1),
            Cell::new(t.label()),
            right(t.source_rows),
            right(
                t.target_rows
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "-".into()),
            ),
            Cell::new(match (snapshot, staged && t.into.is_some(), t.create) {
                (true, _, _) => "write",
                (false, true, true) => "create, stage, compare",
                (false, true, false) => "stage, compare",
                (false, false, true) => "create, insert",
                (false, false, false) => "insert",
            }),
        ]);
    }
    let _ = writeln!(out, "{table}");
    for m in &plan.masked {
        let _ = match &m.follows {
            Some(key) => writeln!(out, "masked: {} ({}, follows {key})", m.column, m.method),
            None => writeln!(out, "masked: {} ({})", m.column, m.method),
        };
    }
    for w in &plan.windows {
        let _ = writeln!(out, "{}", window_line(w));
    }
    for w in &plan.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    let total: u64 = plan.tables.iter().map(|t| t.source_rows).sum();
    if staged {
        let _ = writeln!(
            out,
            "{}, {} in scope: staged in the target's transaction and compared with its rows",
            tables(plan.tables.len()),
            rows(total)
        );
        if let Some(rules) = &settings.promotion {
            for t in &plan.tables {
                if let Some(f) = t.source.filter.as_ref().filter(|_| rules.details) {
                    let _ = writeln!(out, "scope of {}: {f}", t.target.name);
                }
            }
        }
    } else {
        let _ = writeln!(
            out,
            "{}, {}, written in this order in one transaction",
            tables(plan.tables.len()),
            rows(total)
        );
    }
}

/// The end of a committed promotion: what changed.
pub fn print_committed_changes(summary: &crate::promote::run::Summary, seconds: f64) {
    let sum = |f: fn(&crate::promote::changes::TableChanges) -> u64| -> u64 {
        summary.tables.iter().map(f).sum()
    };
    println!(
        "committed: {} inserted, {} updated, {} deleted, {} unchanged, {} skipped in {} in {seconds:.2} s",
        sum(|t| t.insert),
        sum(|t| t.update),
        sum(|t| t.delete),
        sum(|t| t.unchanged),
        sum(|t| t.skip),
        tables(summary.tables.len())
    );
}

pub fn print_report(report: &RunReport) {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec!["table", "rows", "bytes", "seconds", "rows/s"]);
    for t in &report.tables {
        table.add_row(vec![
            Cell::new(&t.table),
            right(t.rows),
            right(human_bytes(t.bytes)),
            right(format!("{:.2}", t.seconds)),
            right(format!("{:.0}", t.rows as f64 / t.seconds.max(1e-6))),
        ]);
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{table}");
    print_schema_phases(report);
    let _ = writeln!(
        out,
        "committed: {} in {} in {:.2} s",
        rows(report.rows),
        tables(report.tables.len()),
        report.seconds
    );
}

/// The phases of a run that created a schema (tables, rows, keys and
/// indexes, views), and the views the target refused.
pub fn print_schema_phases(report: &RunReport) {
    let p = &report.phases;
    let mut out = std::io::stdout().lock();
    if report.tables.iter().any(|t| t.created) {
        let _ = writeln!(
            out,
            "phases: tables {:.2} s, rows {:.2} s, keys and indexes {:.2} s, views {:.2} s",
            p.create, p.rows, p.keys_and_indexes, p.views
        );
    }
    for why in &report.left_out {
        let _ = writeln!(out, "warning: not carried: {why}");
    }
}

fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut v = n as f64;
    let mut unit = None;
    for next in UNITS.iter().skip(1) {
        if v < 1024.0 {
            break;
        }
        v /= 1024.0;
        unit = Some(next);
    }
    match unit {
        None => format!("{n} B"),
        Some(unit) => format!("{v:.1} {unit}"),
    }
}

fn plan_tables(plan: &Plan) -> Value {
    plan.tables
        .iter()
        .enumerate()
        .map(|(i, t)| {
            json!({
                "order": i + 1,
                "table": t.target.name,
                "source_rows": t.source_rows,
                "target_rows": t.target_rows,
                "create": t.create,
                "slice": t.slice.as_ref().map(|s| json!({"slice": s.index, "keys": s.keys()})),
            })
        })
        .collect()
}

/// `run`'s tables: the plan's fields of each (as `plan --json` names them)
/// and what was written.
fn run_tables(plan: &Plan, report: &RunReport) -> Value {
    let mut tables = match plan_tables(plan) {
        Value::Array(t) => t,
        _ => Vec::new(),
    };
    for written in &report.tables {
        let result = serde_json::to_value(written).unwrap_or_default();
        let Value::Object(mut result) = result else {
            continue;
        };
        // The report names a slice by its label; the entry keeps the
        // table's name beside its "slice".
        let named = result.get("table").and_then(Value::as_str).unwrap_or("");
        let planned = plan.tables.iter().position(|t| t.label() == named);
        match planned.and_then(|i| tables.get_mut(i)) {
            Some(Value::Object(entry)) => {
                result.remove("table");
                entry.extend(result);
            }
            _ => tables.push(Value::Object(result)),
        }
    }
    Value::Array(tables)
}

/// `incremental: orders.updated_at from 2026-12-01 10:00:00 (run …) less
/// 5m; watermark 2026-12-02 09:59:58`.
fn window_line(w: &crate::plan::incremental::Window) -> String {
    let read = match (&w.previous, w.full) {
        (Some(p), _) => format!(
            "rows from its watermark {} (run {}){}",
            p.value,
            w.previous_run.as_deref().unwrap_or("?"),
            match w.lag.as_str() {
                "0" => String::new(),
                lag => format!(" less {lag}"),
            }
        ),
        (None, true) => "every row (--full)".into(),
        (None, false) => "every row (no watermark yet: a full copy)".into(),
    };
    let deletes = match (&w.key_check, w.deletes) {
        (Some(check), _) => format!(", deletes detected by key: {}", check.describe()),
        (None, true) => ", deletes detected by key".into(),
        (None, false) => String::new(),
    };
    let watermark = w.watermark.as_deref().unwrap_or("none (no rows)");
    format!(
        "incremental: {}.{}: {read}{deletes}; new watermark {watermark}",
        w.table, w.column
    )
}

pub fn plan_json(settings: &Settings, plan: &Plan) -> Value {
    json!({
        "ok": true,
        "command": "plan",
        "source": settings.source.redacted(),
        "target": settings.target.redacted(),
        "comment": settings.comment,
        "tables": plan_tables(plan),
        "masked": plan.masked,
        "incremental": plan.windows,
        "warnings": plan.warnings,
    })
}

pub fn run_json(settings: &Settings, plan: &Plan, report: &RunReport) -> Value {
    json!({
        "ok": true,
        "command": "run",
        "source": settings.source.redacted(),
        "target": settings.target.redacted(),
        "comment": settings.comment,
        "tables": run_tables(plan, report),
        "masked": plan.masked,
        "incremental": plan.windows,
        "warnings": plan.warnings,
        "rows": report.rows,
        "seconds": report.seconds,
        "phases": report.phases,
        "left_out": report.left_out,
    })
}

/// `ferry verify --masked`: a line per masked column.
pub fn print_verify(settings: &Settings, checks: &[crate::verify::MaskedCheck]) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "from {}", settings.source.redacted());
    let _ = writeln!(out, "to   {}", settings.target.redacted());
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "masked column",
        "method",
        "source rows",
        "found in target",
        "source values in target",
    ]);
    for c in checks {
        let method = match &c.follows {
            Some(key) => format!("{} (follows {key})", c.method),
            None => c.method.to_string(),
        };
        table.add_row(vec![
            Cell::new(&c.column),
            Cell::new(method),
            right(c.rows),
            right(c.found),
            right(c.leaks),
        ]);
    }
    let _ = writeln!(out, "{table}");
    let leaks: u64 = checks.iter().map(|c| c.leaks).sum();
    let _ = match leaks {
        0 => writeln!(out, "no source value of a masked column is in the target"),
        n => writeln!(
            out,
            "{n} rows hold a source value of a masked column in the target"
        ),
    };
}

pub fn verify_json(settings: &Settings, checks: &[crate::verify::MaskedCheck]) -> Value {
    json!({
        "ok": checks.iter().all(|c| c.leaks == 0),
        "command": "verify",
        "source": settings.source.redacted(),
        "target": settings.target.redacted(),
        "masked": checks,
    })
}

/// The `--json` document for an error: what failed and the exit code.
pub fn error_json(error: &crate::error::Error) -> Value {
    let problems = match error {
        crate::error::Error::Preflight(p) => p.clone(),
        crate::error::Error::Mismatch { problems, .. } => problems.clone(),
        _ => Vec::new(),
    };
    let mut document = json!({
        "ok": false,
        "exit_code": error.exit_code() as i32,
        "error": crate::endpoint::redact_text(&error.to_string()),
        "problems": problems
            .iter()
            .map(|p| crate::endpoint::redact_text(p))
            .collect::<Vec<_>>(),
    });
    // A check that found differences gives its whole result too.
    if let crate::error::Error::Mismatch {
        report: Some(report),
        ..
    } = error
    {
        if let (Some(out), Some(fields)) = (document.as_object_mut(), report.as_object()) {
            for (k, v) in fields {
                out.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
    }
    document
}

/// The version of the `--json` documents' envelope (`format`).
pub const JSON_FORMAT: u32 = 1;

static STARTED: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Notes when the command started, for its `--json` document.
pub fn mark_start() {
    let _ = STARTED.set(now());
}

/// Prints one `--json` document. A document that is an object (every
/// command's but `history`'s list) gets the envelope: `format`, `ferry`
/// (the version), and unless it has them, `started`, `finished` and
/// `exit_code` (0 for a success).
pub fn print_json(value: &Value) {
    let document = match value {
        Value::Object(fields) => {
            let mut out = serde_json::Map::new();
            out.insert("format".into(), json!(JSON_FORMAT));
            out.insert("ferry".into(), json!(env!("CARGO_PKG_VERSION")));
            for (k, v) in fields {
                out.insert(k.clone(), v.clone());
            }
            let started = STARTED.get().cloned().unwrap_or_else(now);
            out.entry("started").or_insert_with(|| json!(started));
            out.entry("finished").or_insert_with(|| json!(now()));
            out.entry("exit_code").or_insert_with(|| json!(0));
            Value::Object(out)
        }
        other => other.clone(),
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&document).unwrap_or_default()
    );
}

/// Uncompressed Arrow bytes per file byte, as `3.2x`.
fn ratio(data: u64, file: u64) -> String {
    if file == 0 {
        return "-".into();
    }
    let r = data as f64 / file as f64;
    if r < 1.0 {
        format!("{r:.2}x")
    } else {
        format!("{r:.1}x")
    }
}

/// `ferry inspect`: the manifest as a table.
pub fn print_inspect(dir: &str, manifest: &Manifest, verified: bool) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "snapshot  {}", dir);
    let _ = writeln!(
        out,
        "source    {} {}",
        manifest.source.engine, manifest.source.url
    );
    let _ = writeln!(out, "captured  {}", manifest.captured_at);
    if let Some(point) = &manifest.source.consistency_point {
        let _ = writeln!(out, "at        {point}");
    }
    let _ = writeln!(
        out,
        "format    {} parts, {}; snapshot format version {}, written by ferry {}",
        manifest.file_format, manifest.compression, manifest.format_version, manifest.ferry_version
    );
    if !manifest.masked.is_empty() {
        let _ = writeln!(out, "masked    {}", manifest.masked.join(", "));
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "table", "columns", "rows", "parts", "size", "data", "ratio", "schema",
    ]);
    for t in &manifest.tables {
        table.add_row(vec![
            Cell::new(&t.name),
            right(t.schema.columns.len()),
            right(t.rows),
            right(t.parts.len()),
            right(human_bytes(t.file_bytes)),
            right(human_bytes(t.data_bytes)),
            right(ratio(t.data_bytes, t.file_bytes)),
            Cell::new(schema_cell(&t.schema)),
        ]);
    }
    let _ = writeln!(out, "{table}");
    if !manifest.views.is_empty() {
        let names: Vec<&str> = manifest.views.iter().map(|v| v.name.as_str()).collect();
        let _ = writeln!(out, "views: {}", names.join(", "));
    }
    if !manifest.sequences.is_empty() {
        let names: Vec<&str> = manifest.sequences.iter().map(|s| s.name.as_str()).collect();
        let _ = writeln!(out, "sequences: {}", names.join(", "));
    }
    let parts: usize = manifest.tables.iter().map(|t| t.parts.len()).sum();
    let _ = writeln!(
        out,
        "{}, {}, {}, {} on disk ({} of Arrow data, {})",
        tables(manifest.tables.len()),
        rows(manifest.rows()),
        counted(parts as u64, "part", "parts"),
        human_bytes(manifest.file_bytes()),
        human_bytes(manifest.data_bytes()),
        ratio(manifest.data_bytes(), manifest.file_bytes())
    );
    if let Some(line) = slices_line(manifest) {
        let _ = writeln!(out, "{line}");
    }
    if verified {
        let _ = writeln!(
            out,
            "verified: every part has the size, sha256, row count and schema the manifest records"
        );
    }
}

/// What `ferry restore --slice K` can take from a split snapshot: the
/// slices, the tables split (by which key, rows per slice).
fn slices_line(manifest: &Manifest) -> Option<String> {
    let count = manifest.slice_count();
    if count < 2 {
        return None;
    }
    let split: Vec<String> = manifest
        .tables
        .iter()
        .filter_map(|t| {
            let s = t.split.as_ref()?;
            let rows: Vec<String> = s.slices.iter().map(|r| r.rows.to_string()).collect();
            Some(format!(
                "{} by {} ({} rows)",
                t.name,
                s.column,
                rows.join(" / ")
            ))
        })
        .collect();
    let others = match count {
        2 => "then --slice 1".to_string(),
        _ => format!("then 1 to {} at once", count - 1),
    };
    Some(format!(
        "slices    {count}: restore --slice 0 first, {others}; split: {}; every other table is in slice 0",
        split.join(", ")
    ))
}

/// Totals of a snapshot, for `--json`.
pub fn snapshot_summary_json(manifest: &Manifest) -> Value {
    json!({
        "format": manifest.file_format,
        "compression": manifest.compression,
        "tables": manifest.tables.len(),
        "rows": manifest.rows(),
        "parts": manifest.tables.iter().map(|t| t.parts.len()).sum::<usize>(),
        "file_bytes": manifest.file_bytes(),
        "data_bytes": manifest.data_bytes(),
        "captured_at": manifest.captured_at,
        "consistency_point": manifest.source.consistency_point,
    })
}

/// After `ferry snapshot`: where it is and how large.
pub fn print_snapshot_summary(dir: &str, manifest: &Manifest) {
    let parts: usize = manifest.tables.iter().map(|t| t.parts.len()).sum();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "snapshot {}: {}, {} in {parts} {} {}, {} ({} of Arrow data, {})",
        dir,
        tables(manifest.tables.len()),
        rows(manifest.rows()),
        manifest.file_format,
        if parts == 1 { "part" } else { "parts" },
        human_bytes(manifest.file_bytes()),
        human_bytes(manifest.data_bytes()),
        ratio(manifest.data_bytes(), manifest.file_bytes())
    );
}

/// `ferry inspect --json`: the manifest itself, with totals.
/// `2 indexes, 1 CHECK, 1 computed, 2 foreign keys, comments` for a
/// table of a snapshot.
fn schema_cell(t: &crate::catalog::Table) -> String {
    let mut parts = Vec::new();
    let mut count = |n: usize, one: &str, many: &str| {
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    };
    count(t.indexes.len(), "index", "indexes");
    count(t.checks.len(), "CHECK", "CHECKs");
    count(t.computed.len(), "computed column", "computed columns");
    count(t.foreign_keys.len(), "foreign key", "foreign keys");
    if t.comment.is_some() || t.columns.iter().any(|c| c.comment.is_some()) {
        parts.push("comments".into());
    }
    parts.join(", ")
}

pub fn inspect_json(dir: &str, manifest: &Manifest, verified: bool) -> Value {
    json!({
        "ok": true,
        "command": "inspect",
        "snapshot": dir,
        "verified": verified,
        "summary": snapshot_summary_json(manifest),
        "manifest": manifest,
    })
}

/// The summary of changes of a promotion: per table the rows to insert,
/// update, delete, leave and skip, the keys assigned and versions bumped;
/// with `--details` the keys behind each count.
pub fn print_changes(summary: &crate::promote::run::Summary) {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "table",
        "mode",
        "insert",
        "update",
        "delete",
        "unchanged",
        "skip",
        "keys",
        "versions",
    ]);
    for t in &summary.tables {
        let report = summary.keys.get(&t.table);
        let keys = report
            .map(|r| {
                let mut parts = Vec::new();
                if let Some(s) = r.strategy {
                    parts.push(format!("{s:?}").to_lowercase());
                }
                if r.assigned > 0 {
                    match (&r.first, &r.last) {
                        (Some(a), Some(b)) => parts.push(format!("{} new: {a}–{b}", r.assigned)),
                        _ => parts.push(format!("{} new", r.assigned)),
                    }
                }
                if r.matched > 0 {
                    parts.push(format!("{} matched", r.matched));
                }
                if r.remembered > 0 {
                    parts.push(format!("{} as before", r.remembered));
                }
                parts.join(", ")
            })
            .unwrap_or_default();
        let versions = report
            .map(|r| {
                r.versions
                    .iter()
                    .map(|(e, a, b)| format!("{e}: {a} → {b}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default();
        table.add_row(vec![
            Cell::new(&t.table),
            Cell::new(t.mode),
            right(t.insert),
            right(t.update),
            right(t.delete),
            right(t.unchanged),
            right(t.skip),
            Cell::new(keys),
            Cell::new(versions),
        ]);
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "changes:\n{table}");
    for (label, rows) in &summary.mapped {
        let _ = writeln!(
            out,
            "values mapped: {label}: {rows} row{}",
            if *rows == 1 { "" } else { "s" }
        );
    }
    for t in &summary.tables {
        let Some(k) = &t.keys else { continue };
        for (what, keys) in [
            ("insert", &k.insert),
            ("update", &k.update),
            ("delete", &k.delete),
            ("skip", &k.skip),
        ] {
            if !keys.is_empty() {
                let _ = writeln!(out, "{} {what}: {}", t.table, keys.join("; "));
            }
        }
    }
}

/// `ferry history`: one line per run, newest first.
pub fn print_history(target: &str, runs: &[crate::journal::history::Run]) {
    let mut out = std::io::stdout().lock();
    if runs.is_empty() {
        let _ = writeln!(out, "{target}: no runs recorded");
        return;
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "run", "started", "command", "user", "status", "tables", "inserted", "updated", "deleted",
        "comment",
    ]);
    for r in runs {
        let (inserted, updated, deleted) = r.totals();
        table.add_row(vec![
            Cell::new(&r.run_id),
            Cell::new(&r.started),
            Cell::new(&r.command),
            Cell::new(format!("{}@{}", r.user, r.host)),
            Cell::new(&r.status),
            right(r.tables.len()),
            right(inserted),
            right(updated),
            right(deleted),
            Cell::new(r.comment.as_deref().unwrap_or("")),
        ]);
    }
    let _ = writeln!(out, "{table}");
}

/// What `ferry undo` is about to do, before it asks.
pub fn print_undo_plan(
    target: &str,
    run: &crate::journal::history::Run,
    tables: &[crate::journal::undo::TableUndo],
    forced: &[String],
) {
    let mut out = std::io::stdout().lock();
    let comment = run
        .comment
        .as_deref()
        .map(|c| format!(" \"{c}\""))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "undo of run {} ({}{comment}, started {} by {}@{}) on {target}:",
        run.run_id, run.command, run.started, run.user, run.host
    );
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec!["table", "delete", "change back", "put back"]);
    for t in tables {
        table.add_row(vec![
            Cell::new(&t.table),
            right(t.deleted),
            right(t.reverted),
            right(t.restored),
        ]);
    }
    let _ = writeln!(out, "{table}");
    for f in forced {
        let _ = writeln!(out, "  --force: {f}");
    }
}

/// The end of `ferry undo`.
pub fn print_undo(report: &crate::journal::undo::Report) {
    let mut out = std::io::stdout().lock();
    let (deleted, reverted, restored) = report.tables.iter().fold((0, 0, 0), |(d, c, r), t| {
        (d + t.deleted, c + t.reverted, r + t.restored)
    });
    let redo = report
        .redoes
        .as_deref()
        .map(|r| format!(", which redoes run {r}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "committed: run {} undone{redo}: {deleted} row{} deleted, {reverted} changed back, {restored} put back",
        report.undoes,
        if deleted == 1 { "" } else { "s" },
    );
    for g in &report.generators {
        let _ = writeln!(out, "  id generator {g}");
    }
    let _ = writeln!(
        out,
        "run {} recorded in {} (`ferry undo {}` takes the undo back)",
        report.run_id,
        crate::plan::JOURNAL_TABLE,
        report.run_id
    );
}

/// `ferry undo --json`.
// why: the report serialises to a JSON object (a struct), and indexing an
// object (or Null) by a key inserts it rather than panicking.
#[allow(clippy::indexing_slicing)]
pub fn undo_json(target: &str, report: &crate::journal::undo::Report) -> Value {
    let mut value = serde_json::to_value(report).unwrap_or_default();
    value["ok"] = Value::Bool(true);
    value["command"] = "undo".into();
    value["target"] = Value::String(target.to_string());
    value["committed"] = Value::Bool(true);
    value
}
