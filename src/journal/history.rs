//! `ferry history`: the journal's runs, newest first.

use super::TableCounts;
use crate::endpoint::{sql, Sink};
use crate::error::{Error, Result};
use crate::plan::JOURNAL_TABLE;

/// One run as the journal recorded it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Run {
    pub run_id: String,
    pub command: String,
    pub status: String,
    /// RFC 3339, UTC.
    pub started: String,
    pub finished: String,
    pub user: String,
    pub host: String,
    pub comment: Option<String>,
    pub job_file: Option<String>,
    pub source: String,
    pub tables: Vec<TableCounts>,
    /// The run this one undid (`ferry undo`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undoes: Option<String>,
    /// The row images it kept, per table in write order; `None` for a run
    /// kept with `--no-undo`.
    #[serde(skip)]
    pub images: Option<Vec<crate::images::TableImages>>,
}

impl Run {
    /// Rows the run inserted, updated and deleted over all its tables.
    pub fn totals(&self) -> (u64, u64, u64) {
        self.tables.iter().fold((0, 0, 0), |(i, u, d), t| {
            (i + t.inserted, u + t.updated, d + t.deleted)
        })
    }
}

/// What `ferry history` asks for.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub limit: Option<usize>,
    /// Runs of job files with this name (as given, or its file name).
    pub job: Option<String>,
}

/// The target's runs, newest first; none when the target has no journal.
///
/// # Errors
/// The journal cannot be read, or holds a row ferry cannot parse.
pub async fn read(
    sink: &mut dyn Sink,
    engine: crate::endpoint::Engine,
    filter: &Filter,
) -> Result<Vec<Run>> {
    let catalog = sink.catalog().await?;
    if catalog.table(JOURNAL_TABLE).is_none() {
        return Ok(Vec::new());
    }
    let f = sql::of_target(engine, &[])
        .ok_or_else(|| Error::bad_input("history needs a database target"))?;
    let columns = [
        "run_id",
        "command",
        "status",
        "started",
        "finished",
        "os_user",
        "host",
        "comment",
        "job_file",
        "source_url",
        "tables",
        "undoes",
        "images",
    ];
    let list: Vec<String> = columns.iter().map(|c| f.text(&f.quote(c))).collect();
    let query = format!(
        "SELECT {} FROM {} ORDER BY {} DESC, {} DESC",
        list.join(", "),
        f.quote_table(JOURNAL_TABLE),
        f.quote("started"),
        f.quote("run_id"),
    );
    let rows = sink.query_text(&query).await?;
    let mut runs = Vec::new();
    for row in rows {
        let run = parse(&row)?;
        let wanted = filter.job.as_ref().is_none_or(|name| {
            run.job_file.as_deref().is_some_and(|file| {
                file == name
                    || std::path::Path::new(file)
                        .file_name()
                        .and_then(|n| n.to_str())
                        == Some(name)
            })
        });
        if wanted {
            runs.push(run);
        }
        if filter.limit.is_some_and(|n| runs.len() >= n) {
            break;
        }
    }
    Ok(runs)
}

fn parse(row: &[Option<String>]) -> Result<Run> {
    let text = |i: usize| row.get(i).cloned().flatten();
    let required = |i: usize, name: &str| {
        text(i).ok_or_else(|| Error::failed(format!("{JOURNAL_TABLE}: a row without {name}")))
    };
    let run_id = required(0, "run_id")?;
    let tables = required(10, "tables")?;
    let tables: Vec<TableCounts> = serde_json::from_str(&tables).map_err(|e| {
        Error::failed(format!(
            "{JOURNAL_TABLE}: run {run_id}: its tables are not ferry's JSON: {e}"
        ))
    })?;
    let images = match text(12) {
        Some(json) => Some(serde_json::from_str(&json).map_err(|e| {
            Error::failed(format!(
                "{JOURNAL_TABLE}: run {run_id}: its images are not ferry's JSON: {e}"
            ))
        })?),
        None => None,
    };
    Ok(Run {
        undoes: text(11),
        images,
        command: required(1, "command")?,
        status: required(2, "status")?,
        started: utc(&required(3, "started")?),
        finished: utc(&required(4, "finished")?),
        user: required(5, "os_user")?,
        host: required(6, "host")?,
        comment: text(7),
        job_file: text(8),
        source: required(9, "source_url")?,
        tables,
        run_id,
    })
}

/// A timestamp as each engine spells it in text (`2026-12-01
/// 16:35:12.5+00`, `2026-12-01 16:35:12.500000`, RFC 3339), as RFC 3339
/// UTC; ferry writes the journal's times in UTC.
fn utc(text: &str) -> String {
    use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
    let t = text.trim();
    let zoned = [
        "%Y-%m-%d %H:%M:%S%.f%#z",
        "%Y-%m-%dT%H:%M:%S%.f%#z",
        "%Y-%m-%d %H:%M:%S%.f %#z",
    ];
    for format in zoned {
        if let Ok(at) = DateTime::parse_from_str(t, format) {
            return at
                .with_timezone(&Utc)
                .to_rfc3339_opts(SecondsFormat::Secs, true);
        }
    }
    for format in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"] {
        if let Ok(at) = NaiveDateTime::parse_from_str(t, format) {
            return at.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true);
        }
    }
    t.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::utc;

    #[test]
    fn each_engines_timestamp_text_reads_as_utc() {
        for text in [
            "2026-12-01 16:35:12.123456+00",
            "2026-12-01 17:35:12.123456+01:00",
            "2026-12-01 16:35:12.123456",
            "2026-12-01T16:35:12Z",
        ] {
            assert_eq!(utc(text), "2026-12-01T16:35:12Z", "{text}");
        }
    }
}
