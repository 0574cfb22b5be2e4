//! Incremental copies (`[incremental]`): each named table is read only
//! from its watermark on — the highest value of its cursor column that the
//! job's last successful run into this target read, as that run's journal
//! row recorded it — minus a lag, and merged by primary key. Rows read
//! twice (inside the lag, or equal to the watermark) merge as unchanged,
//! so nothing is lost at the boundary and nothing is duplicated.

use crate::catalog::{LogicalType, Table};
use crate::endpoint::sql::Flavor;
use crate::endpoint::{Sink, Source};
use crate::error::{Error, Result};
use std::collections::BTreeMap;

/// What a cursor of NULL means for a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nulls {
    /// Read on every run (with a warning naming how many).
    Copy,
    /// Never read.
    Skip,
    /// Refuse the run while any exists.
    Error,
}

/// One `[incremental]` entry, checked for shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub table: String,
    pub column: String,
    /// `lag = "5m"`: seconds for a date or time column; `lag = 100`: units
    /// of an integer column. `None`: the default (5 minutes, 0).
    pub lag: Option<Lag>,
    /// `deletes = "detect"`: delete target rows whose keys the source no
    /// longer has.
    pub deletes: bool,
    pub nulls: Nulls,
    /// The share of a table's rows a run may delete (`deletes = "detect"`).
    pub max_delete_ratio: f64,
}

/// How far before the watermark a run starts reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lag {
    Seconds(i64),
    Units(i64),
}

/// Five minutes: rows whose cursor was set up to five minutes before
/// their transaction committed are still found.
const DEFAULT_LAG_SECONDS: i64 = 300;
const DEFAULT_MAX_DELETE_RATIO: f64 = 0.1;

/// The rules of the job's `[incremental]` section.
///
/// # Errors
/// [`Error::BadInput`] naming the table and the key for an entry of the
/// wrong shape.
pub fn parse(section: &BTreeMap<String, toml::Value>) -> Result<Vec<Rule>> {
    section.iter().map(|(t, v)| rule(t, v)).collect()
}

fn rule(table: &str, value: &toml::Value) -> Result<Rule> {
    let bad = |what: String| Error::bad_input(format!("job file: [incremental] {table}: {what}"));
    let mut rule = Rule {
        table: table.to_string(),
        column: String::new(),
        lag: None,
        deletes: false,
        nulls: Nulls::Copy,
        max_delete_ratio: DEFAULT_MAX_DELETE_RATIO,
    };
    let entries = match value {
        toml::Value::String(column) => {
            rule.column = column.clone();
            return named_column(rule, table);
        }
        toml::Value::Table(entries) => entries,
        other => {
            return Err(bad(format!(
                "expected the cursor column's name or {{ column = \"…\", lag = \"5m\", deletes = \"detect\" }}, found {}",
                other.type_str()
            )))
        }
    };
    for (key, v) in entries {
        match (key.as_str(), v) {
            ("column", toml::Value::String(c)) => rule.column = c.clone(),
            ("lag", toml::Value::String(s)) => rule.lag = Some(Lag::Seconds(seconds(s).map_err(bad)?)),
            ("lag", toml::Value::Integer(n)) if *n >= 0 => rule.lag = Some(Lag::Units(*n)),
            ("deletes", toml::Value::String(s)) if s == "detect" || s == "ignore" => {
                rule.deletes = s == "detect"
            }
            ("null", toml::Value::String(s)) => {
                rule.nulls = match s.as_str() {
                    "copy" => Nulls::Copy,
                    "skip" => Nulls::Skip,
                    "error" => Nulls::Error,
                    _ => return Err(bad(format!("null = \"{s}\": expected \"copy\", \"skip\" or \"error\""))),
                }
            }
            ("max_delete_ratio", v) => {
                let ratio = v.as_float().or(v.as_integer().map(|n| n as f64));
                match ratio {
                    Some(r) if (0.0..=1.0).contains(&r) => rule.max_delete_ratio = r,
                    _ => return Err(bad(format!("max_delete_ratio = {v}: expected a share between 0 and 1 (0.1 is 10 %)"))),
                }
            }
            ("lag", v) => {
                return Err(bad(format!(
                    "lag = {v}: expected a duration such as \"30s\", \"5m\", \"2h\", \"1d\" (a date or time column), or a whole number ≥ 0 (an integer column)"
                )))
            }
            ("deletes", v) => return Err(bad(format!("deletes = {v}: expected \"detect\" or \"ignore\""))),
            ("column" | "null", v) => return Err(bad(format!("{key} = {v}: expected a string"))),
            (other, _) => {
                return Err(bad(format!(
                    "unknown key `{other}`, expected column, lag, deletes, null or max_delete_ratio"
                )))
            }
        }
    }
    named_column(rule, table)
}

fn named_column(rule: Rule, table: &str) -> Result<Rule> {
    if rule.column.trim().is_empty() {
        return Err(Error::bad_input(format!(
            "job file: [incremental] {table}: name the cursor column (column = \"updated_at\")"
        )));
    }
    Ok(rule)
}

/// `"90s"`, `"5m"`, `"2h"`, `"1d"`, `"0"` as seconds.
fn seconds(text: &str) -> std::result::Result<i64, String> {
    let t = text.trim();
    let (digits, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let scale = match unit.trim() {
        "" | "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => 0,
    };
    match digits.parse::<i64>() {
        Ok(n) if scale > 0 => n
            .checked_mul(scale)
            .ok_or_else(|| format!("lag = \"{text}\" is too long")),
        _ => Err(format!(
            "lag = \"{text}\": expected a duration such as \"30s\", \"5m\", \"2h\" or \"1d\""
        )),
    }
}

/// The watermark a committed run recorded for one table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Watermark {
    /// The cursor column, as the source names it.
    pub column: String,
    /// The highest value read, as the source's SQL spells it as text.
    pub value: String,
    /// Whom it was read from (the key maps' source name).
    pub source: String,
}

/// What one incremental table reads this run, as the plan shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Window {
    /// The target table.
    pub table: String,
    pub column: String,
    /// The watermark this run starts from and the run that recorded it;
    /// `None` on a first run, and with `--full`.
    pub previous: Option<Watermark>,
    pub previous_run: Option<String>,
    /// Human form of the lag (`5m`, `100`).
    pub lag: String,
    /// The condition the source's rows are read with (`None`: every row).
    pub condition: Option<String>,
    /// The watermark this run records.
    pub watermark: Option<String>,
    /// Rows whose cursor is NULL (counted unless `null = "skip"`).
    pub nulls: u64,
    pub null_policy: Nulls,
    pub deletes: bool,
    /// `deletes = "detect"` on a later run: which keys are compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_check: Option<super::key_ranges::KeyCheck>,
    /// `--full`: the watermark was there and is ignored this run.
    pub full: bool,
}

/// A past run's watermarks, newest first: `(run id, job file, target
/// table, watermark)`.
pub type Recorded = Vec<(String, Option<String>, String, Watermark)>;

/// The newest committed runs' watermarks recorded in the target's journal.
///
/// # Errors
/// The journal cannot be read.
pub async fn recorded(sink: &mut dyn Sink, engine: crate::endpoint::Engine) -> Result<Recorded> {
    let runs = crate::journal::history::read(sink, engine, &Default::default()).await?;
    Ok(runs
        .into_iter()
        .filter(|r| r.status == "committed" && r.command == "run")
        .flat_map(|r| {
            let (id, job) = (r.run_id.clone(), r.job_file.clone());
            r.tables.into_iter().filter_map(move |t| {
                let w = t.watermark?;
                Some((id.clone(), job.clone(), t.table, w))
            })
        })
        .collect())
}

/// Whether two job file names are the same job: the same file name,
/// wherever it was run from (cron gives absolute paths).
fn same_job(a: Option<&str>, b: Option<&str>) -> bool {
    let name = |p: &str| {
        std::path::Path::new(p)
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
    };
    match (a, b) {
        (Some(a), Some(b)) => name(a) == name(b),
        _ => false,
    }
}

/// What `resolve` needs besides the tables.
pub struct Context<'a> {
    pub rules: &'a super::rules::Rules,
    pub recorded: &'a Recorded,
    pub job_file: Option<&'a str>,
    /// The source's dialect.
    pub flavor: Flavor,
    /// The target's dialect.
    pub target_flavor: Flavor,
}

impl Context<'_> {
    fn previous(&self, table: &str, column: &str) -> Option<(String, Watermark)> {
        self.recorded
            .iter()
            .find(|(_, job, t, w)| {
                t.eq_ignore_ascii_case(table)
                    && w.column == column
                    && w.source == self.rules.source_name
                    && same_job(job.as_deref(), self.job_file)
            })
            .map(|(id, _, _, w)| (id.clone(), w.clone()))
    }
}

/// The kind of cursor a column's type makes, or why it cannot be one.
fn cursor_kind(column: &crate::catalog::Column) -> std::result::Result<bool, String> {
    use LogicalType::*;
    match column.ty {
        Date | Timestamp | TimestampTz => Ok(true),
        _ if column.ty.is_integer() => Ok(false),
        _ => Err(format!(
            "is {}: a cursor is a date, a timestamp or an increasing integer",
            column.native
        )),
    }
}

/// Sets each incremental table's read condition, and returns the windows
/// and the problems found (a column that is missing or of the wrong type,
/// a table without a primary key, NULL cursors with `null = "error"`).
///
/// # Errors
/// The source cannot answer the watermark queries.
pub async fn resolve(
    cx: &Context<'_>,
    tables: &mut [super::TablePlan],
    (source, sink): (&mut dyn Source, &mut dyn Sink),
    warnings: &mut Vec<String>,
    problems: &mut Vec<String>,
) -> Result<Vec<Window>> {
    let mut windows = Vec::new();
    for rule in &cx.rules.incremental {
        let Some(tp) = tables
            .iter_mut()
            .find(|t| t.source.name.eq_ignore_ascii_case(&rule.table))
        else {
            problems.push(format!(
                "[incremental] names {}, which is not a selected table",
                rule.table
            ));
            continue;
        };
        let Some(column) = tp.source.column_like(&rule.column).cloned() else {
            problems.push(format!(
                "[incremental] {}: the source table has no column {}",
                rule.table, rule.column
            ));
            continue;
        };
        let temporal = match cursor_kind(&column) {
            Ok(t) => t,
            Err(why) => {
                problems.push(format!(
                    "[incremental] {}.{} {why}",
                    rule.table, column.name
                ));
                continue;
            }
        };
        if tp.target.primary_key.is_empty() {
            problems.push(format!(
                "[incremental] {}: the target table has no primary key, which an incremental copy merges rows by",
                tp.target.name
            ));
            continue;
        }
        let lag = match (rule.lag, temporal) {
            (None, true) => Lag::Seconds(DEFAULT_LAG_SECONDS),
            (None, false) => Lag::Units(0),
            (Some(Lag::Units(_)), true) => {
                problems.push(format!(
                    "[incremental] {}: lag = a number goes with an integer column; {} is {}: give a duration such as lag = \"5m\"",
                    rule.table, column.name, column.native
                ));
                continue;
            }
            (Some(Lag::Seconds(_)), false) => {
                problems.push(format!(
                    "[incremental] {}: {} is an integer column: give lag as a whole number of its units (lag = 100), not a duration",
                    rule.table, column.name
                ));
                continue;
            }
            (Some(lag), _) => lag,
        };
        let remapped = cx.rules.keys.iter().any(|k| {
            k.table.eq_ignore_ascii_case(&rule.table) && k.strategy != crate::job::KeyStrategy::Keep
        });
        if rule.deletes && remapped {
            problems.push(format!(
                "[incremental] {}: deletes = \"detect\" compares the source's keys with the target's, and its [[keys]] strategy gives rows new keys: keep its keys, or leave deletes out",
                rule.table
            ));
            continue;
        }
        let keys_before = tp.source.clone();
        let mut window = window(cx, rule, tp, &column, lag, source, warnings, problems).await?;
        if rule.deletes && window.condition.is_some() {
            let (keys, check) =
                deletes_key_set(cx, tp, keys_before, (&mut *source, &mut *sink)).await?;
            tp.key_set = Some(Box::new(keys));
            window.key_check = Some(check);
        }
        windows.push(window);
    }
    warnings.append(&mut undetected_children(cx.rules, tables));
    Ok(windows)
}

/// Selected tables that refer to a table whose deletes are detected but
/// do not detect their own: a parent deleted in the source with its
/// children would be deleted in the target while its children stay, and
/// the target's foreign key would refuse it.
fn undetected_children(rules: &super::rules::Rules, tables: &[super::TablePlan]) -> Vec<String> {
    let detects = |t: &str| rules.incremental_rule(t).is_some_and(|r| r.deletes);
    let mut found = Vec::new();
    for child in tables.iter().filter(|t| !detects(&t.source.name)) {
        for fk in &child.source.foreign_keys {
            if detects(&fk.ref_table) && fk.ref_table != child.source.name {
                found.push(format!(
                    "{} refers to {}, whose deletes are detected, and detects none of its own: a row deleted in the source with its children is deleted in the target while they stay, which its foreign key refuses; give {} deletes = \"detect\" too",
                    child.source.name, fk.ref_table, child.source.name
                ));
            }
        }
    }
    found
}

#[allow(clippy::too_many_arguments)]
async fn window(
    cx: &Context<'_>,
    rule: &Rule,
    tp: &mut super::TablePlan,
    column: &crate::catalog::Column,
    lag: Lag,
    source: &mut dyn Source,
    warnings: &mut Vec<String>,
    problems: &mut Vec<String>,
) -> Result<Window> {
    let f = cx.flavor;
    let found = cx.previous(&tp.target.name, &column.name);
    let full = cx.rules.full;
    let (previous_run, previous) = match (&found, full) {
        (Some((id, w)), false) => (Some(id.clone()), Some(w.clone())),
        _ => (None, None),
    };
    let c = f.quote(&column.name);
    let scope = tp.source.filter.clone();
    let within = |cond: &str| match &scope {
        Some(s) => format!("({s}) AND ({cond})"),
        None => cond.to_string(),
    };
    let from = previous
        .as_ref()
        .map(|w| f.watermark_floor(&w.value, &column.ty, lag_amount(lag)));
    // A NOT NULL column has none to count, and an `OR … IS NULL` would
    // keep the planner from reading the window by the column's index.
    let nullable = column.nullable;
    let nulls = match rule.nulls {
        _ if !nullable => 0,
        Nulls::Skip => 0,
        _ => count(source, f, &tp.source, &within(&format!("{c} IS NULL"))).await?,
    };
    let label = format!("{}.{}", tp.source.name, column.name);
    match rule.nulls {
        Nulls::Error if nulls > 0 => problems.push(format!(
            "[incremental] {label}: {} NULL, and null = \"error\": give them a value, or set null = \"copy\" or \"skip\"",
            crate::words::counted(nulls, "row has it", "rows have it")
        )),
        Nulls::Copy if nulls > 0 => warnings.push(format!(
            "{label}: {} no value (NULL): read on every run (null = \"skip\" leaves them out)",
            crate::words::counted(nulls, "row has", "rows have")
        )),
        _ => {}
    }
    let condition = match (&from, rule.nulls) {
        (Some(from), Nulls::Copy) if nullable => Some(format!("({c} >= {from} OR {c} IS NULL)")),
        (Some(from), _) => Some(format!("{c} >= {from}")),
        (None, Nulls::Skip) if nullable => Some(format!("{c} IS NOT NULL")),
        (None, _) => None,
    };
    let watermark = newest(source, f, tp, column, previous.as_ref(), &label, warnings).await?;
    if let Some(cond) = &condition {
        tp.source.filter = Some(within(cond));
    }
    Ok(Window {
        table: tp.target.name.clone(),
        column: column.name.clone(),
        previous,
        previous_run,
        lag: match lag {
            Lag::Seconds(s) => duration_text(s),
            Lag::Units(n) => n.to_string(),
        },
        condition,
        watermark,
        nulls,
        null_policy: rule.nulls,
        deletes: rule.deletes,
        key_check: None,
        full: full && found.is_some(),
    })
}

/// The key set a later run of a table that detects deletes reads, and
/// which of its keys: those of the key ranges whose fingerprints differ
/// between the two servers, else every key in the table's scope.
async fn deletes_key_set(
    cx: &Context<'_>,
    tp: &super::TablePlan,
    keys_before: Table,
    (source, sink): (&mut dyn Source, &mut dyn Sink),
) -> Result<(super::TablePlan, super::key_ranges::KeyCheck)> {
    let mut keys = key_set(tp, keys_before);
    let check = match tp.create {
        true => super::key_ranges::KeyCheck::Every {
            why: "the table is created by this run".into(),
        },
        false => {
            super::key_ranges::compare(
                (source, cx.flavor, &keys.source),
                (sink, cx.target_flavor, &keys.target),
            )
            .await?
        }
    };
    let key = keys.source.primary_key.first().map(|k| cx.flavor.quote(k));
    if let Some(within) = key.and_then(|k| check.condition(cx.flavor, &k)) {
        keys.source.filter = Some(within);
    }
    Ok((keys, check))
}

/// The source's keys in the table's scope (every row's, not only the
/// window's), read into a staging table of the target's key columns:
/// target rows whose keys are not among them are the source's deletes.
fn key_set(tp: &super::TablePlan, mut source: Table) -> super::TablePlan {
    let positions = tp.key_positions();
    let pick = |t: &Table| -> Vec<crate::catalog::Column> {
        positions
            .iter()
            .filter_map(|&i| t.columns.get(i).cloned())
            .collect()
    };
    source.columns = pick(&tp.source);
    let mut target = tp.target.clone();
    target.columns = pick(&tp.target);
    super::TablePlan::between(source, target)
}

fn lag_amount(lag: Lag) -> i64 {
    match lag {
        Lag::Seconds(n) | Lag::Units(n) => n,
    }
}

/// `300` → `5m`.
fn duration_text(seconds: i64) -> String {
    match seconds {
        0 => "0".into(),
        s if s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s % 3600 == 0 => format!("{}h", s / 3600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

async fn count(source: &mut dyn Source, f: Flavor, table: &Table, cond: &str) -> Result<u64> {
    let sql = format!(
        "SELECT {} FROM {} WHERE {cond}",
        f.text("COUNT(*)"),
        f.quote(&table.name)
    );
    let rows = source.query_text(&sql).await?;
    let text = rows.first().and_then(|r| r.first()).cloned().flatten();
    text.as_deref()
        .unwrap_or("0")
        .trim()
        .parse()
        .map_err(|_| Error::failed(format!("{sql}: expected a count, got {text:?}")))
}

/// The watermark this run records: the highest cursor value in the
/// table's scope at the source's consistent snapshot (every row at or
/// above the old watermark is read, so the highest there is the highest
/// read); held at the source's clock when rows are dated after it (else
/// every later change would sort below them), and never moved back.
async fn newest(
    source: &mut dyn Source,
    f: Flavor,
    tp: &super::TablePlan,
    column: &crate::catalog::Column,
    previous: Option<&Watermark>,
    label: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<String>> {
    let c = f.quote(&column.name);
    let t = f.quote(&tp.source.name);
    let scope = tp.source.where_clause();
    let rows = source
        .query_text(&format!(
            "SELECT {} FROM {t}{scope}",
            f.text(&format!("MAX({c})"))
        ))
        .await?;
    let Some(max) = rows.first().and_then(|r| r.first()).cloned().flatten() else {
        return Ok(previous.map(|p| p.value.clone()));
    };
    if let Some(p) = previous {
        let older = format!(
            "SELECT CASE WHEN MAX({c}) < {} THEN 1 ELSE 0 END FROM {t}{scope}",
            f.watermark_floor(&p.value, &column.ty, 0)
        );
        if first_is_one(source, &older).await? {
            warnings.push(format!(
                "{label}: the source's newest value ({max}) is older than the watermark ({}): the source was restored or its clock moved back; rows changed since are read once they pass the watermark (--full reads every row)",
                p.value
            ));
            return Ok(Some(p.value.clone()));
        }
    }
    if let Some(clock) = f.clock(&column.ty, &max) {
        let later = format!(
            "SELECT CASE WHEN MAX({c}) > {clock} THEN 1 ELSE 0 END, {} FROM {t}{scope}",
            f.text(&clock)
        );
        let rows = source.query_text(&later).await?;
        let row = rows.first().cloned().unwrap_or_default();
        if row.first().cloned().flatten().as_deref().map(str::trim) == Some("1") {
            let now = row.get(1).cloned().flatten().unwrap_or_default();
            warnings.push(format!(
                "{label}: rows are dated after the source's clock (newest {max}, clock {now}): the watermark is held at the clock, and they are read again until it passes them"
            ));
            return Ok(Some(now));
        }
    }
    Ok(Some(max))
}

async fn first_is_one(source: &mut dyn Source, sql: &str) -> Result<bool> {
    let rows = source.query_text(sql).await?;
    Ok(rows
        .first()
        .and_then(|r| r.first())
        .cloned()
        .flatten()
        .as_deref()
        .map(str::trim)
        == Some("1"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Vec<Rule>> {
        let v: BTreeMap<String, toml::Value> = toml::from_str(text).unwrap();
        parse(&v)
    }

    #[test]
    fn short_and_table_forms() {
        let rules = parsed(
            "orders = \"dateModified\"\nusers = { column = \"updated_at\", lag = \"10m\", deletes = \"detect\", null = \"skip\", max_delete_ratio = 0.5 }\nlog = { column = \"seq\", lag = 100 }",
        )
        .unwrap();
        assert_eq!(rules[1].column, "dateModified");
        assert_eq!(rules[1].lag, None);
        assert_eq!(rules[2].lag, Some(Lag::Seconds(600)));
        assert!(rules[2].deletes);
        assert_eq!(rules[2].nulls, Nulls::Skip);
        assert_eq!(rules[2].max_delete_ratio, 0.5);
        assert_eq!(rules[0].lag, Some(Lag::Units(100)));
    }

    #[test]
    fn bad_entries_name_table_and_key() {
        let err = |t: &str| parsed(t).unwrap_err().to_string();
        assert_eq!(
            err("t = { column = \"c\", lag = \"5 weeks\" }"),
            "job file: [incremental] t: lag = \"5 weeks\": expected a duration such as \"30s\", \"5m\", \"2h\" or \"1d\""
        );
        assert_eq!(
            err("t = { column = \"c\", deletes = \"yes\" }"),
            "job file: [incremental] t: deletes = \"yes\": expected \"detect\" or \"ignore\""
        );
        assert_eq!(
            err("t = { colum = \"c\" }"),
            "job file: [incremental] t: unknown key `colum`, expected column, lag, deletes, null or max_delete_ratio"
        );
        assert_eq!(
            err("t = { lag = \"5m\" }"),
            "job file: [incremental] t: name the cursor column (column = \"updated_at\")"
        );
        assert_eq!(
            err("t = 5"),
            "job file: [incremental] t: expected the cursor column's name or { column = \"…\", lag = \"5m\", deletes = \"detect\" }, found integer"
        );
        assert!(err("t = { column = \"c\", max_delete_ratio = 2 }").contains("between 0 and 1"));
    }

    #[test]
    fn durations() {
        assert_eq!(seconds("90s"), Ok(90));
        assert_eq!(seconds("5m"), Ok(300));
        assert_eq!(seconds("2h"), Ok(7200));
        assert_eq!(seconds("1d"), Ok(86_400));
        assert_eq!(seconds("0"), Ok(0));
        assert_eq!(duration_text(300), "5m");
        assert_eq!(duration_text(90), "90s");
    }
}
