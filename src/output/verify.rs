//! What `ferry verify` prints of whole tables compared.

use super::right;
use crate::plan::Settings;
use crate::verify::TableCheck;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, Table};
use serde_json::{json, Value};
use std::io::Write;

/// `--record`'s outcome: the journal row's run id, or why none was
/// written.
pub type Recorded = Option<std::result::Result<String, String>>;

pub fn print_verify_tables(
    settings: &Settings,
    checks: &[TableCheck],
    warnings: &[String],
    recorded: &Recorded,
) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "from {}", settings.source.redacted());
    let _ = writeln!(out, "to   {}", settings.target.redacted());
    for w in warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![
        "table",
        "source rows",
        "target rows",
        "differ",
        "missing",
        "extra",
        "result",
    ]);
    for c in checks {
        let extra = match (c.extra, c.extra_allowed) {
            (0, _) => "0".to_string(),
            (n, true) => format!("{n} (the target's own)"),
            (n, false) => n.to_string(),
        };
        table.add_row(vec![
            Cell::new(&c.table),
            right(c.source_rows),
            right(c.target_rows),
            right(c.differing),
            right(c.missing),
            right(extra),
            Cell::new(if c.equal { "equal" } else { "DIFFERS" }),
        ]);
    }
    let _ = writeln!(out, "{table}");
    for c in checks
        .iter()
        .filter(|c| !c.first.is_empty() || (!c.equal && c.keyless))
    {
        let _ = writeln!(out, "{}", difference_line(c));
    }
    let _ = writeln!(out, "{}", precision_line(checks));
    match recorded {
        Some(Ok(run)) => {
            let _ = writeln!(out, "recorded in the target's journal as run {run}");
        }
        Some(Err(why)) => {
            let _ = writeln!(out, "warning: not recorded in the target's journal: {why}");
        }
        None => {}
    }
    let equal = checks.iter().filter(|c| c.equal).count();
    let _ = writeln!(
        out,
        "{equal} of {} {} equal",
        checks.len(),
        match checks.len() {
            1 => "table",
            _ => "tables",
        }
    );
}

/// `dir_user: 2 rows differ (id=5: email, name; id=9: name), 1 missing in
/// the target (id=12)`.
pub fn difference_line(c: &TableCheck) -> String {
    if c.keyless {
        return format!(
            "{}: no primary key, rows compared whole: {} only in the source, {} only in the target",
            c.table, c.missing, c.extra
        );
    }
    let named = |kind: &str| -> Vec<String> {
        c.first
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| match d.columns.is_empty() {
                true => d.key.clone(),
                false => format!("{}: {}", d.key, d.columns.join(", ")),
            })
            .collect()
    };
    let part = |n: u64, what: &str, kind: &str| -> Option<String> {
        if n == 0 {
            return None;
        }
        let keys = named(kind);
        let more = if (keys.len() as u64) < n { "; …" } else { "" };
        Some(match keys.is_empty() {
            true => format!("{n} {what}"),
            false => format!("{n} {what} ({}{more})", keys.join("; ")),
        })
    };
    let extra = match c.extra_allowed {
        true => None,
        false => part(c.extra, "only in the target", "extra"),
    };
    let differ = match c.differing {
        1 => "row differs",
        _ => "rows differ",
    };
    let parts: Vec<String> = [
        part(c.differing, differ, "differs"),
        part(c.missing, "missing in the target", "missing"),
        extra,
    ]
    .into_iter()
    .flatten()
    .collect();
    match parts.is_empty() {
        true => format!("{}: equal", c.table),
        false => format!("{}: {}", c.table, parts.join(", ")),
    }
}

/// Which precision timestamps were compared to: microseconds, or the
/// columns one side holds less finely.
fn precision_line(checks: &[TableCheck]) -> String {
    let coarser: Vec<String> = checks
        .iter()
        .flat_map(|c| {
            c.timestamps
                .iter()
                .filter(|(_, d)| **d < 6)
                .map(move |(col, d)| format!("{}.{col} to {}", c.table, digits_name(*d)))
        })
        .collect();
    match coarser.is_empty() {
        true => "times and timestamps compared to microseconds".into(),
        false => format!(
            "times and timestamps compared to microseconds, but {} (the finest both sides hold)",
            coarser.join(", ")
        ),
    }
}

fn digits_name(d: u8) -> String {
    match d {
        0 => "seconds".into(),
        3 => "milliseconds".into(),
        6 => "microseconds".into(),
        n => format!("{n} fractional digits"),
    }
}

pub fn verify_tables_json(
    settings: &Settings,
    checks: &[TableCheck],
    warnings: &[String],
    started: chrono::DateTime<chrono::Utc>,
    recorded: &Recorded,
) -> Value {
    let (run_id, not_recorded) = match recorded {
        Some(Ok(run)) => (Some(run.clone()), None),
        Some(Err(why)) => (None, Some(why.clone())),
        None => (None, None),
    };
    json!({
        "ok": checks.iter().all(|c| c.equal),
        "command": "verify",
        "source": settings.source.redacted(),
        "target": settings.target.redacted(),
        "started": started.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "finished": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "tables": checks,
        "warnings": warnings,
        "run_id": run_id,
        "not_recorded": not_recorded,
    })
}
