//! Tables a MySQL run left under provisional names
//! (`catalog::provisional`): a run stopped between its COMMIT and the
//! `RENAME TABLE` after it has its rows committed there, and they are given
//! their names; a run stopped before its COMMIT has none, and they are
//! dropped. Whether the run committed is what its journal row says (in the
//! journal, or in the journal table the same run was creating). Called
//! under the run lock, so no other run is creating tables.

use super::history::{self, Filter, Run};
use crate::catalog::provisional;
use crate::endpoint::{sql, Engine, Sink};
use crate::error::Result;
use crate::plan::JOURNAL_TABLE;
use crate::promote::KEY_MAP_TABLE;
use std::collections::{BTreeMap, HashSet};

/// What [`settle`] did.
#[derive(Debug, Default)]
pub struct Settled {
    /// `name (was provisional)`, of committed runs.
    pub renamed: Vec<String>,
    /// Provisional tables of runs that did not commit.
    pub dropped: Vec<String>,
    /// Provisional tables of a committed run that could not take their
    /// name (the name is taken, or the run's row does not name them).
    pub left: Vec<String>,
}

/// Renames or drops the provisional tables found on the target.
///
/// # Errors
/// The catalog or the journal cannot be read, or a table cannot be renamed
/// or dropped.
pub async fn settle(sink: &mut dyn Sink, engine: Engine) -> Result<Settled> {
    let mut out = Settled::default();
    // Only an engine that renames creates provisionally (MySQL).
    let Some(f) = sql::of(engine).filter(|f| f.rename_tables(&[]).is_some()) else {
        return Ok(out);
    };
    provisional::clear();
    let catalog = sink.catalog().await?;
    let mut by_tag: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for table in &catalog.tables {
        if let Some(tag) = provisional::tag(&table.name) {
            by_tag
                .entry(tag.to_string())
                .or_default()
                .push(table.name.clone());
        }
    }
    if by_tag.is_empty() {
        return Ok(out);
    }
    let existing: HashSet<&str> = catalog.tables.iter().map(|t| t.name.as_str()).collect();
    let runs = history::read(sink, engine, &Filter::default()).await?;
    for (tag, leftovers) in by_tag {
        let run = match runs
            .iter()
            .find(|r| provisional::tag_of_run(&r.run_id) == tag)
        {
            Some(run) => Some(run.clone()),
            None => in_own_journal(sink, engine, &tag, &leftovers).await?,
        };
        let Some(run) = run else {
            for sql in f.drop_tables(&leftovers) {
                sink.execute(&sql).await?;
            }
            out.dropped.extend(leftovers);
            continue;
        };
        let pairs: Vec<(String, String)> = names_in(&run)
            .into_iter()
            .map(|real| (provisional::name(&tag, &real), real))
            .filter(|(p, real)| leftovers.contains(p) && !existing.contains(real.as_str()))
            .collect();
        if let Some(sql) = f.rename_tables(&pairs).filter(|_| !pairs.is_empty()) {
            sink.execute(&sql).await?;
        }
        out.left.extend(
            leftovers
                .iter()
                .filter(|l| !pairs.iter().any(|(p, _)| p == *l))
                .cloned(),
        );
        out.renamed
            .extend(pairs.into_iter().map(|(p, r)| format!("{r} (was {p})")));
    }
    Ok(out)
}

/// The row of the run tagged `tag` in the journal table it was creating
/// itself (the target's first run), if that is among its leftovers.
async fn in_own_journal(
    sink: &mut dyn Sink,
    engine: Engine,
    tag: &str,
    leftovers: &[String],
) -> Result<Option<Run>> {
    let journal = provisional::name(tag, JOURNAL_TABLE);
    if !leftovers.contains(&journal) {
        return Ok(None);
    }
    provisional::set(vec![(JOURNAL_TABLE.to_string(), journal)]);
    let runs = history::read(sink, engine, &Filter::default()).await;
    provisional::clear();
    Ok(runs?
        .into_iter()
        .find(|r| provisional::tag_of_run(&r.run_id) == tag))
}

/// Renames the tables a committed MySQL run left under provisional names,
/// and drops those of a run that did not commit, saying which.
pub async fn settle_and_say(sink: &mut dyn Sink, engine: Engine) {
    let settled = match settle(sink, engine).await {
        Ok(settled) => settled,
        Err(e) => {
            tracing::warn!("could not settle the tables a stopped run was creating: {e}");
            return;
        }
    };
    if !settled.renamed.is_empty() {
        tracing::warn!(
            "a committed run was stopped before its new tables took their names; renamed {}",
            settled.renamed.join(", ")
        );
    }
    if !settled.dropped.is_empty() {
        tracing::warn!(
            "dropped {} a run that was not committed was creating: {}",
            crate::words::counted(settled.dropped.len() as u64, "table", "tables"),
            settled.dropped.join(", ")
        );
    }
    if !settled.left.is_empty() {
        tracing::warn!(
            "left {} of a committed run as they are: their names are taken or its journal row does not name them",
            settled.left.join(", ")
        );
    }
}

/// Every table a run may have created: those it wrote, its image tables,
/// the journal and the key map.
fn names_in(run: &Run) -> Vec<String> {
    let mut names: Vec<String> = run.tables.iter().map(|t| t.table.clone()).collect();
    names.extend(run.images.iter().flatten().filter_map(|i| i.images.clone()));
    names.push(JOURNAL_TABLE.into());
    names.push(KEY_MAP_TABLE.into());
    names
}
