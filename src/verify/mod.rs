//! `ferry verify`: whether the target holds what the job would make of
//! the source, table by table, across engines. The source is read as a
//! run reads it (scope, conversions, a promotion's key maps, versions,
//! value maps and `[[set]]`, masks) and the target as it is; both are put
//! in canonical form ([`canonical`]) and compared by counts and
//! order-independent checksums, then narrowed down to the differing rows
//! and columns ([`compare`]). Nothing is written (but `--record`'s
//! journal row, which the command layer writes).
//!
//! `ferry verify --masked` ([`masked`]) checks instead that no source
//! value of a masked column reached the target.

pub mod canonical;
mod compare;
mod masked;

pub use masked::{masked, MaskedCheck};

use crate::endpoint::{Sink, Source};
use crate::error::{Error, Result};
use crate::job::WriteMode;
use crate::plan::{self, Settings, TablePlan};
use crate::progress::{Event, Observer};
use crate::promote::run::{Mode, Review, Summary};
use arrow::record_batch::RecordBatch;
use compare::{Kept, Side};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// How many differing rows are named per table.
const NAMED: usize = 10;

/// What was found for one table.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TableCheck {
    /// The target's name of the table.
    pub table: String,
    /// Rows the job would write (the source's, in scope, transformed).
    pub source_rows: u64,
    /// Rows of the target compared (its scope, where the job has one).
    pub target_rows: u64,
    pub equal: bool,
    /// Order-independent checksums (hex) of the two sides' rows.
    pub source_checksum: String,
    pub target_checksum: String,
    /// Rows with the same key whose columns differ.
    pub differing: u64,
    /// Source rows the target lacks.
    pub missing: u64,
    /// Target rows the source lacks; a difference unless the job's write
    /// mode keeps the target's own rows (`merge`, `insert`,
    /// `skip-existing`).
    pub extra: u64,
    pub extra_allowed: bool,
    /// The first differences, by key.
    pub first: Vec<Difference>,
    /// Time and timestamp columns and the fractional digits they were
    /// compared to (the finest both sides hold).
    pub timestamps: BTreeMap<String, u8>,
    /// No primary key: rows are compared whole and cannot be named.
    pub keyless: bool,
}

/// One differing row.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Difference {
    /// `differs`, `missing` (in the target), `extra` (only in the target).
    pub kind: &'static str,
    pub key: String,
    /// The columns whose values differ (`differs` only).
    pub columns: Vec<String>,
}

/// One table to compare: both sides as read and hashed.
pub struct Subject {
    pub name: String,
    source: Side,
    target: Side,
    source_rows: u64,
    target_rows: u64,
    extra_allowed: bool,
}

/// Plans the comparison as `ferry plan` plans the run: the same tables,
/// scopes, conversions and (for a promotion) key maps read from the
/// target, nothing written.
///
/// # Errors
/// [`Error::Mismatch`] where the schemas differ (a table or column the
/// target lacks, a type that cannot be carried); a promotion's own
/// preflight problems as [`Error::Preflight`].
pub async fn subjects(
    settings: &Settings,
    source: &mut dyn Source,
    sink: &mut dyn Sink,
) -> Result<(Vec<Subject>, Vec<String>)> {
    // An incremental job's tables are compared whole, not from their
    // watermarks.
    let whole = whole_tables(settings);
    let settings = &whole;
    let mut plan = plan::prepare(settings, source, sink)
        .await
        .map_err(|e| match e {
            Error::Preflight(problems) => Error::Mismatch {
                what: "the target's tables do not match the source's".into(),
                // A check creates nothing: the advice for a run is not for it.
                problems: problems
                    .into_iter()
                    .map(|p| match p.split_once("; create ") {
                        Some((what, _)) if p.ends_with("--create-tables") => what.to_string(),
                        _ => p,
                    })
                    .collect(),
                report: None,
            },
            e => e,
        })?;
    let rules = settings.promotion.clone().filter(|r| r.needs_promotion());
    let promotion = match &rules {
        Some(rules) => {
            let mode = Mode { dry_run: true };
            let review = Arc::new(NoReview);
            let p = crate::promote::run::prepare(
                settings,
                rules.clone(),
                &mut plan,
                source,
                sink,
                mode,
                review,
            )
            .await?;
            if !p.early_problems().is_empty() {
                return Err(Error::Preflight(p.early_problems().to_vec()));
            }
            Some(p)
        }
        None => {
            // A plain copy's job asks its version query as its run would.
            if let Some(query) = &settings.version_query {
                let mut problems = Vec::new();
                crate::promote::run::version_check(query, source, sink, &mut problems).await?;
                if !problems.is_empty() {
                    return Err(Error::Preflight(problems));
                }
            }
            None
        }
    };
    // Of the plan's warnings only how the schemas differ concerns a check
    // (not what a run into a filled table or through triggers would do).
    let warnings = plan::compare_schemas(&plan.tables);
    let subjects = plan
        .tables
        .into_iter()
        .map(|tp| {
            let scope = promotion
                .as_ref()
                .and_then(|p| p.target_scope(&tp.target.name));
            let mode = rules.as_ref().map(|r| r.mode_for(&tp.target.name));
            subject(tp, scope, mode, settings)
        })
        .collect();
    Ok((subjects, warnings))
}

fn subject(
    tp: TablePlan,
    scope: Option<String>,
    mode: Option<WriteMode>,
    settings: &Settings,
) -> Subject {
    let codes = Arc::new(canonical::codes(&tp.source, &tp.target));
    let positions = tp.key_positions();
    let keys = match positions.len() == tp.target.primary_key.len() {
        true => Arc::new(positions),
        false => Arc::new(Vec::new()),
    };
    let mut target_table = tp.target.clone();
    target_table.filter = scope;
    let extra_allowed = !matches!(mode, None | Some(WriteMode::ReplaceScope));
    let side = |table, plan| Side {
        table,
        plan,
        codes: codes.clone(),
        keys: keys.clone(),
        batch: settings.batch,
        progress: None,
    };
    Subject {
        name: tp.target.name.clone(),
        source_rows: tp.source_rows,
        target_rows: tp.target_rows.unwrap_or(0),
        extra_allowed,
        source: side(tp.source.clone(), Some(Arc::new(tp.clone()))),
        target: side(target_table, None),
    }
}

/// `settings` with its incremental tables read whole (`--full`).
fn whole_tables(settings: &Settings) -> Settings {
    let mut whole = settings.clone();
    if let Some(rules) = &settings.promotion {
        let mut rules = (**rules).clone();
        rules.full = true;
        whole.promotion = Some(Arc::new(rules));
    }
    whole
}

/// A promotion planned for comparing only: nothing is asked or applied.
struct NoReview;

#[async_trait::async_trait]
impl Review for NoReview {
    async fn review(&self, _summary: &Summary, _dry_run: bool) -> Result<bool> {
        Ok(false)
    }
}

/// Compares every subject, reading `source` and `target` (the target
/// opened as a source) once where a table is equal, twice where not.
///
/// # Errors
/// Read errors of either side; a value a run's transforms refuse.
pub async fn compare(
    subjects: Vec<Subject>,
    source: Box<dyn Source>,
    target: Box<dyn Source>,
    observer: Arc<dyn Observer>,
) -> Result<Vec<TableCheck>> {
    let mut endpoints = (source, target);
    let mut checks = Vec::new();
    for s in subjects {
        let (back, check) = compare_table(s, endpoints, &observer).await?;
        endpoints = back;
        checks.push(check);
    }
    Ok(checks)
}

type Endpoints = (Box<dyn Source>, Box<dyn Source>);

/// Both sides of `s`, counting their rows into one progress bar labelled
/// `label`.
fn sides(s: &Subject, observer: &Arc<dyn Observer>, label: &str) -> (Side, Side) {
    observer.on(&Event::TableStarted {
        table: label,
        rows: s.source_rows + s.target_rows,
    });
    let progress = Some((observer.clone(), label.to_string()));
    (
        Side {
            progress: progress.clone(),
            ..s.source.clone()
        },
        Side {
            progress,
            ..s.target.clone()
        },
    )
}

fn finished(observer: &Arc<dyn Observer>, label: &str, rows: u64, started: std::time::Instant) {
    observer.on(&Event::TableFinished {
        table: label,
        rows,
        seconds: started.elapsed().as_secs_f64(),
    });
}

async fn compare_table(
    s: Subject,
    endpoints: Endpoints,
    observer: &Arc<dyn Observer>,
) -> Result<(Endpoints, TableCheck)> {
    let count = compare::bucket_count(s.source_rows.max(s.target_rows));
    let started = std::time::Instant::now();
    let pair = sides(&s, observer, &s.name);
    let (endpoints, (a, b)) = compare::both_sums(endpoints, pair, count).await?;
    finished(observer, &s.name, a.rows + b.rows, started);
    let mut check = TableCheck {
        table: s.name.clone(),
        source_rows: a.rows,
        target_rows: b.rows,
        equal: a == b,
        source_checksum: format!("{:032x}", a.total),
        target_checksum: format!("{:032x}", b.total),
        differing: 0,
        missing: 0,
        extra: 0,
        extra_allowed: s.extra_allowed,
        first: Vec::new(),
        timestamps: timestamp_digits(&s),
        keyless: s.source.keys.is_empty(),
    };
    if check.equal {
        return Ok((endpoints, check));
    }
    let wanted = Arc::new(compare::differing(&a, &b));
    let label = format!("{} (narrowing)", s.name);
    let pair = sides(&s, observer, &label);
    let (endpoints, (from, to)) = compare::both_rows(endpoints, pair, count, wanted).await?;
    finished(observer, &label, a.rows + b.rows, started);
    let names: Vec<String> = s
        .target
        .table
        .columns
        .iter()
        .map(|c| c.name.clone())
        .collect();
    match_rows(&from, &to, &names, &mut check);
    check.equal =
        check.differing == 0 && check.missing == 0 && (check.extra == 0 || check.extra_allowed);
    Ok((endpoints, check))
}

/// Counts and names the differences between the rows kept of each side.
fn match_rows(
    from: &HashMap<u128, Kept>,
    to: &HashMap<u128, Kept>,
    names: &[String],
    check: &mut TableCheck,
) {
    let mut differs = Vec::new();
    let mut missing = Vec::new();
    let mut extra = Vec::new();
    for (key, s) in from {
        match to.get(key) {
            Some(t) if check.keyless => {
                check.missing += s.count.saturating_sub(t.count);
            }
            Some(t) => {
                let columns: Vec<String> = s
                    .columns
                    .iter()
                    .zip(t.columns.iter())
                    .zip(names)
                    .filter(|((a, b), _)| a != b)
                    .map(|(_, n)| n.clone())
                    .collect();
                if !columns.is_empty() {
                    check.differing += 1;
                    differs.push((s.label.clone(), columns));
                }
            }
            None => {
                check.missing += s.count;
                missing.push(s.label.clone());
            }
        }
    }
    for (key, t) in to {
        match from.get(key) {
            Some(s) if check.keyless => check.extra += t.count.saturating_sub(s.count),
            Some(_) => {}
            None => {
                check.extra += t.count;
                extra.push(t.label.clone());
            }
        }
    }
    if check.keyless {
        return;
    }
    differs.sort_by(|a, b| natural(&a.0, &b.0));
    missing.sort_by(|a, b| natural(a, b));
    extra.sort_by(|a, b| natural(a, b));
    let named = differs
        .into_iter()
        .map(|(key, columns)| Difference {
            kind: "differs",
            key,
            columns,
        })
        .chain(missing.into_iter().map(|key| Difference {
            kind: "missing",
            key,
            columns: Vec::new(),
        }))
        .chain(
            extra
                .into_iter()
                .filter(|_| !check.extra_allowed)
                .map(|key| Difference {
                    kind: "extra",
                    key,
                    columns: Vec::new(),
                }),
        );
    check.first = named.take(NAMED).collect();
}

/// Keys in a natural order: `id=9` before `id=10`, `9` before `10`.
pub(crate) fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    let number = |s: &str| {
        s.rsplit_once('=')
            .map_or(s, |(_, v)| v)
            .parse::<i128>()
            .ok()
    };
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.cmp(b),
    }
}

fn timestamp_digits(s: &Subject) -> BTreeMap<String, u8> {
    s.target
        .table
        .columns
        .iter()
        .zip(s.source.codes.iter())
        .filter_map(|(c, code)| Some((c.name.clone(), code.digits()?)))
        .collect()
}

/// The keys of rows `rows` of `batch` as a user reads them: `id=7`,
/// `(a, b)=(1, x)`. Only those rows are formatted (a few per batch).
///
/// # Errors
/// A key value that cannot be shown as text.
pub(crate) fn key_labels(
    batch: &RecordBatch,
    keys: &[usize],
    rows: &[usize],
) -> Result<Vec<String>> {
    let picking = |e: arrow::error::ArrowError| Error::failed(format!("verify: picking rows: {e}"));
    let indices = arrow::array::UInt32Array::from_iter_values(rows.iter().map(|&r| r as u32));
    let schema = batch.schema();
    let fields: Vec<arrow::datatypes::FieldRef> = keys
        .iter()
        .filter_map(|&k| schema.fields().get(k).cloned())
        .collect();
    let columns = keys
        .iter()
        .map(|&k| arrow::compute::take(batch.column(k), &indices, None))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(picking)?;
    let picked = RecordBatch::try_new(Arc::new(arrow::datatypes::Schema::new(fields)), columns)
        .map_err(picking)?;
    let positions: Vec<usize> = (0..keys.len()).collect();
    let texts = crate::transform::keymap::key_texts(&picked, &positions)?;
    let names: Vec<&str> = picked
        .schema_ref()
        .fields()
        .iter()
        .map(|f| f.name().as_str())
        .collect();
    Ok(texts
        .into_iter()
        .map(|t| {
            let value = t
                .map(|t| crate::transform::keymap::display(&t))
                .unwrap_or_else(|| "NULL".into());
            match names.as_slice() {
                [one] => format!("{one}={value}"),
                _ => format!("({})=({value})", names.join(", ")),
            }
        })
        .collect())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_by_number_where_they_are_numbers() {
        let mut keys = vec!["id=10", "id=9", "id=100"];
        keys.sort_by(|a, b| natural(a, b));
        assert_eq!(keys, ["id=9", "id=10", "id=100"]);
    }
}
