//! Comparing the staged rows with the target, and applying the difference.
//!
//! Each promoted table's rows (remapped) are first written into a temporary
//! staging table in the target's transaction. Plain SQL then tells, by
//! primary key, which rows are new, which differ, which are unchanged and
//! (for `replace-scope`) which target rows of the scope the source no
//! longer has; the same statements, run again after confirmation, apply it.

use crate::catalog::Table;
use crate::endpoint::sql::Flavor;
use crate::endpoint::Sink;
use crate::error::{Error, Result};
use crate::job::{OnMissing, WriteMode};
use crate::plan::rules::Reference;
use crate::transform::keymap::display;
use crate::transform::remap::LISTED;
use std::collections::HashMap;

/// The staging table of the plan's table number `index`.
pub fn stage_name(index: usize) -> String {
    format!("ferry_stage_{index}")
}

/// The staging table of the source's keys of the plan's table `index`
/// (an incremental table that detects deletes).
pub fn keys_name(index: usize) -> String {
    format!("ferry_keys_{index}")
}

/// One table of the summary of changes.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TableChanges {
    pub table: String,
    pub mode: &'static str,
    pub insert: u64,
    pub update: u64,
    pub delete: u64,
    pub unchanged: u64,
    pub skip: u64,
    /// With `--details`: the keys behind each count (target keys).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<ChangeKeys>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ChangeKeys {
    pub insert: Vec<String>,
    pub update: Vec<String>,
    pub delete: Vec<String>,
    pub skip: Vec<String>,
}

/// A staged table and what is needed to compare it.
pub struct Staged {
    pub target: Table,
    pub stage: String,
    /// The scope in SQL over the target table (`replace-scope`).
    pub scope: Option<String>,
    /// Written straight into the target, not staged: every row got a new
    /// integer key in this range, so every row is an insert.
    pub direct: Option<(i64, i64)>,
    /// An incremental table's staged source keys (its rows are only the
    /// changed ones): target rows whose keys are not there are deleted.
    pub keys: Option<String>,
    /// `max_delete_ratio` of an incremental table that detects deletes,
    /// and the rows the target held.
    pub delete_limit: Option<(f64, u64)>,
    /// The key ranges whose keys were read into `keys` (deletes are
    /// looked for there only); `None`: every key.
    pub key_check: Option<crate::plan::key_ranges::KeyCheck>,
}

impl Staged {
    fn key(&self) -> &[String] {
        &self.target.primary_key
    }

    fn eq(&self, f: Flavor, t: &str, s: &str) -> String {
        self.key()
            .iter()
            .map(|k| format!("{} = {}", f.col(t, k), f.col(s, k)))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    fn non_key(&self) -> impl Iterator<Item = &crate::catalog::Column> {
        self.target
            .columns
            .iter()
            .filter(|c| !self.key().contains(&c.name))
    }

    /// Rows whose non-key columns differ, over aliases `t` and `s`.
    fn differs(&self, f: Flavor, t: &str, s: &str) -> Option<String> {
        let same: Vec<String> = self
            .non_key()
            .map(|c| f.same_value(&f.col(t, &c.name), &f.col(s, &c.name), &c.ty))
            .collect();
        (!same.is_empty()).then(|| format!("NOT ({})", crate::endpoint::sql::all_of(&same)))
    }

    fn t(&self, f: Flavor) -> String {
        f.quote_table(&self.target.name)
    }

    fn s(&self, f: Flavor) -> String {
        f.quote(&self.stage)
    }

    /// Where the source's keys are: the staged keys, else the staged rows.
    fn keys_s(&self, f: Flavor) -> String {
        f.quote(self.keys.as_ref().unwrap_or(&self.stage))
    }

    /// Staged rows not in the target.
    fn new_rows(&self, f: Flavor, what: &str) -> String {
        format!(
            "SELECT {what} FROM {} s WHERE NOT EXISTS (SELECT 1 FROM {} t WHERE {})",
            self.s(f),
            self.t(f),
            self.eq(f, "t", "s")
        )
    }

    /// Staged rows whose target row differs.
    fn changed_rows(&self, f: Flavor, what: &str) -> Option<String> {
        Some(format!(
            "SELECT {what} FROM {} s JOIN {} t ON {} WHERE {}",
            self.s(f),
            self.t(f),
            self.eq(f, "t", "s"),
            self.differs(f, "t", "s")?
        ))
    }

    /// The target rows deletes are looked among: the scope's, within the
    /// key ranges whose keys were read; `…AND ` or nothing.
    fn deletable(&self, f: Flavor) -> String {
        let t = self.t(f);
        let within = self.key_check.as_ref().and_then(|c| {
            let key = self.key().first()?;
            c.condition(f, &f.col(&t, key))
        });
        self.scope
            .iter()
            .chain(within.as_ref())
            .map(|s| format!("({s}) AND "))
            .collect()
    }

    /// Target rows of the scope the source no longer has.
    fn gone_rows(&self, f: Flavor, what: &str, skip: &str) -> String {
        let t = self.t(f);
        let scope = self.deletable(f);
        format!(
            "SELECT {what} FROM {t} WHERE {scope}NOT EXISTS (SELECT 1 FROM {} s WHERE {}){skip}",
            self.keys_s(f),
            self.eq(f, &t, "s")
        )
    }
}

async fn count(sink: &mut dyn Sink, sql: &str) -> Result<u64> {
    let rows = sink.query_text(sql).await?;
    Ok(rows
        .first()
        .and_then(|r| r.first())
        .and_then(|c| c.as_deref())
        .and_then(|c| c.parse().ok())
        .unwrap_or(0))
}

/// The key texts a query returns, sorted.
async fn keys(sink: &mut dyn Sink, sql: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = sink
        .query_text(sql)
        .await?
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
        .collect();
    out.sort();
    Ok(out)
}

/// `k1, k2` over key texts, as literals, or `None` for none.
fn key_list(f: Flavor, keys: &[String]) -> Option<String> {
    (!keys.is_empty()).then(|| {
        keys.iter()
            .map(|k| f.string_literal(k))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// What `--skip` and `--details` bring to the comparison of one table.
#[derive(Debug, Default)]
pub struct Skips {
    /// Source rows `--skip` left out before staging.
    pub left_out: u64,
    /// The source keys of the rows left out, and the target keys they
    /// would have had, as key texts.
    pub left_out_sources: Vec<String>,
    pub left_out_targets: Vec<String>,
    /// The keys `--skip` names that left no source row out: target keys
    /// of rows not to delete, as key texts.
    pub named: Vec<String>,
    /// With `--details`: target key → source key of rewritten rows.
    pub source_keys: HashMap<String, String>,
}

impl Skips {
    /// `SOURCE → TARGET` where the run gives a row a new key, else the key.
    fn show(&self, target_key: &str) -> String {
        match self.source_keys.get(target_key) {
            Some(source) => format!("{} → {}", display(source), display(target_key)),
            None => display(target_key),
        }
    }

    /// ` AND key NOT IN (…)` over the target keys `replace-scope` must not
    /// delete: those the rows left out would have had, and those `--skip`
    /// names (a row to delete is named by its target key); or nothing.
    fn keep_clause(&self, f: Flavor, key_t: &str) -> String {
        let keep: Vec<String> = self
            .left_out_targets
            .iter()
            .chain(&self.named)
            .cloned()
            .collect();
        key_list(f, &keep)
            .map(|l| format!(" AND {key_t} NOT IN ({l})"))
            .unwrap_or_default()
    }
}

/// Compares the staged rows with the target.
///
/// # Errors
/// [`Error::Preflight`] problems: a table without a primary key in a mode
/// that needs one, keys that exist already in `insert` mode.
pub async fn compare(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    mode: WriteMode,
    skips: &Skips,
    details: bool,
    problems: &mut Vec<String>,
) -> Result<TableChanges> {
    let name = &staged.target.name;
    let n = |sql: String| f.text(&format!("({sql})"));
    let total = count(
        sink,
        &format!(
            "SELECT {}",
            n(format!("SELECT COUNT(*) FROM {}", staged.s(f)))
        ),
    )
    .await?;
    let mut changes = TableChanges {
        table: name.clone(),
        mode: mode_name(mode),
        skip: skips.left_out,
        ..TableChanges::default()
    };
    if staged.key().is_empty() {
        if mode != WriteMode::Insert {
            problems.push(format!(
                "{name}: the target table has no primary key, which [write] mode = \"{}\" needs to tell rows apart",
                mode_name(mode)
            ));
        }
        changes.insert = total;
        return Ok(changes);
    }
    if let Some(unknown) = unknown_skips(sink, f, staged, skips).await? {
        return Err(Error::bad_input(unknown));
    }
    let staged_rows = total;
    changes.insert = count(
        sink,
        &format!("SELECT {}", n(staged.new_rows(f, "COUNT(*)"))),
    )
    .await?;
    changes.update = match staged.changed_rows(f, "COUNT(*)") {
        Some(sql) => count(sink, &format!("SELECT {}", n(sql))).await?,
        None => 0,
    };
    let existing = staged_rows - changes.insert;
    match mode {
        WriteMode::Insert => {
            if existing > 0 {
                problems.push(already_there(sink, f, staged, skips, existing).await?);
            }
            changes.update = 0;
        }
        WriteMode::SkipExisting => {
            changes.skip += existing;
            changes.update = 0;
        }
        WriteMode::Merge => changes.unchanged = existing - changes.update,
        WriteMode::ReplaceScope => {
            changes.unchanged = existing - changes.update;
            let (delete, kept) = scope_deletes(sink, f, staged, skips).await?;
            changes.delete = delete;
            changes.skip += kept;
            if let Some(problem) = mass_delete(staged, delete) {
                problems.push(problem);
            }
        }
    }
    if details {
        changes.keys = Some(detail_keys(sink, f, staged, mode, skips).await?);
    }
    Ok(changes)
}

/// `--skip` keys that name no row: none of the source's rows in scope had
/// it, and the target has no row with it either. A typo would otherwise
/// write the very row it meant to leave out.
async fn unknown_skips(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    skips: &Skips,
) -> Result<Option<String>> {
    let Some(list) = key_list(f, &skips.named) else {
        return Ok(None);
    };
    let key_t = f.key_text("t", staged.key());
    let sql = format!(
        "SELECT {key_t} FROM {} t WHERE {key_t} IN ({list})",
        staged.t(f)
    );
    let present = keys(sink, &sql).await?;
    let unknown: Vec<String> = skips
        .named
        .iter()
        .filter(|k| !present.contains(k))
        .map(|k| format!("'{}:{}'", staged.target.name, display(k)))
        .collect();
    Ok((!unknown.is_empty()).then(|| {
        format!(
            "--skip {} names no row: neither the source's rows in scope nor the target's have that key; check it (a mistyped key would write the row it meant to leave out)",
            unknown.join(", ")
        )
    }))
}

/// `insert` mode's refusal of staged rows whose keys the target has.
async fn already_there(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    skips: &Skips,
    existing: u64,
) -> Result<String> {
    let name = &staged.target.name;
    let sql = format!(
        "SELECT {} FROM {} s WHERE EXISTS (SELECT 1 FROM {} t WHERE {})",
        f.key_text("s", staged.key()),
        staged.s(f),
        staged.t(f),
        staged.eq(f, "t", "s")
    );
    let found: Vec<String> = keys(sink, &sql)
        .await?
        .iter()
        .map(|k| skips.show(k))
        .collect();
    Ok(format!(
        "{name}: {existing} row{} already exist{} in the target (key{} {}{}); [write] mode = \"insert\" only adds rows: use \"merge\" or \"skip-existing\", or --skip them",
        plural(existing),
        if existing == 1 { "s" } else { "" },
        plural(existing),
        found.iter().take(LISTED).cloned().collect::<Vec<_>>().join("; "),
        if found.len() > LISTED { format!(" and {} more", found.len() - LISTED) } else { String::new() }
    ))
}

/// An incremental table's deletes beyond its `max_delete_ratio`: a
/// truncated source, a failed read or a wrong scope looks like a mass
/// delete, so the run is refused rather than emptying the target.
fn mass_delete(staged: &Staged, delete: u64) -> Option<String> {
    let (ratio, rows) = staged.delete_limit?;
    if rows == 0 || (delete as f64) <= ratio * rows as f64 {
        return None;
    }
    let name = &staged.target.name;
    Some(format!(
        "{name}: the run would delete {delete} of its {rows} rows ({:.1} %), more than max_delete_ratio = {ratio} allows: a truncated source or a wrong scope looks like a mass delete; check the source, or raise max_delete_ratio in [incremental] {name} for this run",
        delete as f64 * 100.0 / rows as f64
    ))
}

/// `replace-scope`: the target rows in scope that the source no longer
/// has (deleted), and those kept only because `--skip` names them.
async fn scope_deletes(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    skips: &Skips,
) -> Result<(u64, u64)> {
    let n = |sql: String| f.text(&format!("({sql})"));
    let key_t = f.key_text(&staged.t(f), staged.key());
    let skip_gone = skips.keep_clause(f, &key_t);
    let delete = count(
        sink,
        &format!("SELECT {}", n(staged.gone_rows(f, "COUNT(*)", &skip_gone))),
    )
    .await?;
    let named_only: Vec<String> = skips
        .named
        .iter()
        .filter(|k| !skips.left_out_targets.contains(k))
        .cloned()
        .collect();
    let kept = match key_list(f, &named_only) {
        Some(list) => {
            let only = format!(" AND {key_t} IN ({list})");
            count(
                sink,
                &format!("SELECT {}", n(staged.gone_rows(f, "COUNT(*)", &only))),
            )
            .await?
        }
        None => 0,
    };
    Ok((delete, kept))
}

/// The keys behind each count (`--details`), each row by its source key
/// with its target key beside it, sorted as shown.
async fn detail_keys(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    mode: WriteMode,
    skips: &Skips,
) -> Result<ChangeKeys> {
    let key_s = f.key_text("s", staged.key());
    let key_t = f.key_text(&staged.t(f), staged.key());
    let show = |keys: Vec<String>| {
        let mut shown: Vec<String> = keys.iter().map(|k| skips.show(k)).collect();
        shown.sort();
        shown
    };
    let mut k = ChangeKeys {
        insert: show(keys(sink, &staged.new_rows(f, &key_s)).await?),
        skip: skips
            .left_out_sources
            .iter()
            .zip(&skips.left_out_targets)
            .map(|(s, t)| match s == t {
                true => display(s),
                false => format!("{} → {}", display(s), display(t)),
            })
            .chain(skips.named.iter().map(|k| display(k)))
            .collect(),
        ..ChangeKeys::default()
    };
    if matches!(mode, WriteMode::Merge | WriteMode::ReplaceScope) {
        if let Some(sql) = staged.changed_rows(f, &key_s) {
            k.update = show(keys(sink, &sql).await?);
        }
    }
    if mode == WriteMode::ReplaceScope {
        let keep = skips.keep_clause(f, &key_t);
        k.delete = show(keys(sink, &staged.gone_rows(f, &key_t, &keep)).await?);
    }
    if mode == WriteMode::SkipExisting {
        let sql = format!(
            "SELECT {key_s} FROM {} s WHERE EXISTS (SELECT 1 FROM {} t WHERE {})",
            staged.s(f),
            staged.t(f),
            staged.eq(f, "t", "s")
        );
        k.skip.extend(show(keys(sink, &sql).await?));
    }
    Ok(k)
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub fn mode_name(mode: WriteMode) -> &'static str {
    match mode {
        WriteMode::Insert => "insert",
        WriteMode::Merge => "merge",
        WriteMode::ReplaceScope => "replace-scope",
        WriteMode::SkipExisting => "skip-existing",
    }
}

/// References from staged rows to rows that are neither staged nor in the
/// target. `on_missing = "null"` clears them in the stage; `"keep"` leaves
/// them; otherwise they are problems.
pub async fn check_reference(
    sink: &mut dyn Sink,
    f: Flavor,
    child: &Staged,
    parent: &Staged,
    parent_staged: bool,
    r: &Reference,
    problems: &mut Vec<String>,
) -> Result<()> {
    if r.on_missing == OnMissing::Keep {
        return Ok(());
    }
    if r.on_missing == OnMissing::Null && child.direct.is_some() {
        // Rows written straight into the target cannot be cleared here
        // without touching the target's own rows: such tables are staged.
        return Ok(());
    }
    // MySQL cannot open one temporary table twice in a statement; the
    // commit's foreign-key check covers self-references there.
    if !f.reopens_temporary() && child.stage == parent.stage {
        return Ok(());
    }
    // A table written straight into the target is checked there, on the
    // keys this run gave.
    let s = match child.direct {
        Some(_) => child.t(f),
        None => child.s(f),
    };
    let cond = missing_parent(f, child, parent, parent_staged, r, &s);
    if r.on_missing == OnMissing::Null {
        let sets: Vec<String> = r
            .columns
            .iter()
            .map(|c| format!("{} = NULL", f.quote(c)))
            .collect();
        sink.execute(&format!("UPDATE {s} SET {} WHERE {cond}", sets.join(", ")))
            .await?;
        return Ok(());
    }
    let sql = format!(
        "SELECT DISTINCT {} FROM {s} WHERE {cond}",
        f.key_text(&s, &r.columns)
    );
    let missing = keys(sink, &sql).await?;
    if !missing.is_empty() {
        problems.push(format!(
            "{}: {} referenced row{} neither migrated nor in the target: {}{}; add {} to the scope, create {} in the target, or set on_missing = \"null\" or \"keep\" in a [[references]] entry",
            r.label(),
            missing.len(),
            plural(missing.len() as u64),
            missing.iter().take(LISTED).cloned().collect::<Vec<_>>().join("; "),
            if missing.len() > LISTED { format!(" and {} more", missing.len() - LISTED) } else { String::new() },
            if missing.len() == 1 { "it" } else { "them" },
            if missing.len() == 1 { "it" } else { "them" },
        ));
    }
    Ok(())
}

/// The condition on the rows of `s` (the child's staged or target rows)
/// whose reference `r` finds no parent row, in the target nor (when
/// `parent_staged`) among the parent's staged rows.
fn missing_parent(
    f: Flavor,
    child: &Staged,
    parent: &Staged,
    parent_staged: bool,
    r: &Reference,
    s: &str,
) -> String {
    let parent_staged = parent_staged && parent.direct.is_none();
    let cols = |alias: &str| -> Vec<String> { r.columns.iter().map(|c| f.col(alias, c)).collect() };
    // A reference held in a column of another type compares as text.
    let differs = |c: &str, p: &str| -> bool {
        match (child.target.column_like(c), parent.target.column_like(p)) {
            (Some(c), Some(p)) => c.ty.family() != p.ty.family(),
            _ => true,
        }
    };
    let eq = |alias: &str| -> String {
        r.parent_columns
            .iter()
            .zip(&r.columns)
            .map(|(p, c)| {
                let (pc, cc) = (f.col(alias, p), f.col(s, c));
                if differs(c, p) {
                    format!("{} = {}", f.text(&pc), f.text(&cc))
                } else {
                    format!("{pc} = {cc}")
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let not_null: Vec<String> = cols(s).iter().map(|c| format!("{c} IS NOT NULL")).collect();
    let mut cond = format!(
        "{} AND NOT EXISTS (SELECT 1 FROM {} p WHERE {})",
        not_null.join(" AND "),
        parent.t(f),
        eq("p")
    );
    if let (Some((first, last)), [key]) = (child.direct, child.key()) {
        cond.push_str(&format!(
            " AND {} BETWEEN {first} AND {last}",
            f.col(s, key)
        ));
    }
    if parent_staged {
        cond.push_str(&format!(
            " AND NOT EXISTS (SELECT 1 FROM {} ps WHERE {})",
            parent.s(f),
            eq("ps")
        ));
    }
    cond
}

/// Deletes the target rows of the scope the source no longer has
/// (`replace-scope`); run children first.
pub async fn apply_deletes(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    skips: &Skips,
    expected: u64,
) -> Result<()> {
    let key_t = f.key_text(&staged.t(f), staged.key());
    let skip_gone = skips.keep_clause(f, &key_t);
    let t = staged.t(f);
    let scope = staged.deletable(f);
    let sql = format!(
        "DELETE FROM {t} WHERE {scope}NOT EXISTS (SELECT 1 FROM {} s WHERE {}){skip_gone}",
        staged.keys_s(f),
        staged.eq(f, &t, "s")
    );
    let done = sink.execute(&sql).await?;
    same_count(&staged.target.name, "deleted", expected, done)
}

/// Updates changed rows (`merge`, `replace-scope`) and inserts new ones.
pub async fn apply_writes(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    mode: WriteMode,
    changes: &TableChanges,
) -> Result<()> {
    let t = staged.t(f);
    let s = staged.s(f);
    let name = &staged.target.name;
    if matches!(mode, WriteMode::Merge | WriteMode::ReplaceScope) && changes.update > 0 {
        let Some(differs) = staged.differs(f, &t, "s") else {
            return Err(Error::failed(format!(
                "{name}: {} rows were counted as changed, but the table has no column besides its key to update",
                changes.update
            )));
        };
        let sets: Vec<(String, String)> = staged
            .non_key()
            .map(|c| (c.name.clone(), f.col("s", &c.name)))
            .collect();
        let sql = f.update_from(&t, &s, &staged.eq(f, &t, "s"), &sets, &differs);
        let done = sink.execute(&sql).await?;
        same_count(name, "updated", changes.update, done)?;
    }
    let cols: Vec<String> = staged
        .target
        .columns
        .iter()
        .map(|c| f.quote(&c.name))
        .collect();
    let scols: Vec<String> = staged
        .target
        .columns
        .iter()
        .map(|c| f.col("s", &c.name))
        .collect();
    let sql = if staged.key().is_empty() {
        format!(
            "INSERT INTO {t} ({}) SELECT {} FROM {s} s",
            cols.join(", "),
            scols.join(", ")
        )
    } else {
        format!(
            "INSERT INTO {t} ({}) SELECT {} FROM {s} s WHERE NOT EXISTS (SELECT 1 FROM {t} x WHERE {})",
            cols.join(", "),
            scols.join(", "),
            staged.eq(f, "x", "s")
        )
    };
    let done = sink.execute(&sql).await?;
    same_count(name, "inserted", changes.insert, done)
}

/// Before the changes are applied: the images of the target rows they
/// update or delete (`b`, whole rows of `full`, the target table with all
/// its columns), and the keys of the rows they insert (`k`), into the
/// image table `images` (`ferry undo`).
pub async fn image_before(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    mode: WriteMode,
    changes: &TableChanges,
    skips: &Skips,
    (images, full): (&str, &Table),
) -> Result<()> {
    use crate::images::{Images, BEFORE, NEW_KEY};
    let i = Images {
        f,
        images,
        target: full,
    };
    let all = i.all();
    let updates = matches!(mode, WriteMode::Merge | WriteMode::ReplaceScope) && changes.update > 0;
    if let Some(sql) = staged
        .changed_rows(f, &i.values(BEFORE, "t", &all))
        .filter(|_| updates)
    {
        sink.execute(&format!("{}{sql}", i.insert_into(&all)))
            .await?;
    }
    if mode == WriteMode::ReplaceScope && changes.delete > 0 {
        let t = staged.t(f);
        let keep = skips.keep_clause(f, &f.key_text(&t, staged.key()));
        let sql = staged.gone_rows(f, &i.values(BEFORE, &t, &all), &keep);
        sink.execute(&format!("{}{sql}", i.insert_into(&all)))
            .await?;
    }
    if changes.insert > 0 {
        let key = staged.key().to_vec();
        let sql = staged.new_rows(f, &i.values(NEW_KEY, "s", &key));
        sink.execute(&format!("{}{sql}", i.insert_into(&key)))
            .await?;
    }
    Ok(())
}

/// Once the changes are applied: the images of the rows as they are now
/// (`a`) of every key imaged before, and the inserted keys forgotten.
pub async fn image_after(
    sink: &mut dyn Sink,
    f: Flavor,
    changes: &TableChanges,
    (images, full): (&str, &Table),
) -> Result<()> {
    use crate::images::{Images, AFTER, BEFORE, NEW_KEY};
    if changes.insert + changes.update == 0 {
        return Ok(());
    }
    let i = Images {
        f,
        images,
        target: full,
    };
    sink.execute(&i.rows_with_keys(AFTER, &[BEFORE, NEW_KEY]))
        .await?;
    sink.execute(&i.forget(NEW_KEY)).await?;
    Ok(())
}

/// The images of a table written straight into the target: the rows of
/// the key range its new rows took.
pub async fn image_direct(
    sink: &mut dyn Sink,
    f: Flavor,
    staged: &Staged,
    (first, last): (i64, i64),
    (images, full): (&str, &Table),
) -> Result<()> {
    let i = crate::images::Images {
        f,
        images,
        target: full,
    };
    let [key] = staged.key() else {
        return Err(Error::failed(format!(
            "{}: a table written straight into the target has one key column",
            staged.target.name
        )));
    };
    let rest = format!(
        "FROM {} t WHERE {} BETWEEN {first} AND {last}",
        staged.t(f),
        f.col("t", key)
    );
    sink.execute(&i.rows(crate::images::AFTER, "t", &rest))
        .await?;
    Ok(())
}

fn same_count(table: &str, what: &str, expected: u64, done: u64) -> Result<()> {
    if expected == done {
        return Ok(());
    }
    Err(Error::failed(format!(
        "{table}: the plan counted {expected} rows to be {what} but {done} were; the target changed since the plan, so nothing was committed — run again"
    )))
}

/// The comparison and its application against a real SQLite file (no
/// server needed): the SQL each mode runs, counted and applied.
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::catalog::{Column, LogicalType};
    use crate::endpoint::DbUrl;

    fn column(name: &str, ty: LogicalType) -> Column {
        Column::new(name, ty, "", true)
    }

    fn staged() -> Staged {
        let text = LogicalType::Text {
            max_len: None,
            fixed: false,
        };
        Staged {
            target: Table {
                name: "item".into(),
                columns: vec![
                    column("id", LogicalType::Int64),
                    column("name", text),
                    column("score", LogicalType::Float64),
                ],
                primary_key: vec!["id".into()],
                ..Table::default()
            },
            stage: stage_name(0),
            scope: None,
            direct: None,
            keys: None,
            delete_limit: None,
            key_check: None,
        }
    }

    /// A target of rows 1–4 and a stage of 2 (same), 3 (name NULL now),
    /// 4 (score changed), 5 (new); row 1 is gone from the source.
    async fn sink(dir: &tempfile::TempDir) -> Box<dyn Sink> {
        let path = dir.path().join("t.db");
        let url = DbUrl::parse("--to", &format!("sqlite://{}", path.display())).expect("url");
        let mut sink = crate::endpoint::open_sink(&url, true, false)
            .await
            .expect("sqlite sink");
        for sql in [
            "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, score REAL)",
            "INSERT INTO item VALUES (1, 'gone', 1.0), (2, 'same', 2.0), (3, 'named', 3.0), (4, 'four', 4.0)",
            "CREATE TABLE ferry_stage_0 (id INTEGER, name TEXT, score REAL)",
            "INSERT INTO ferry_stage_0 VALUES (2, 'same', 2.0), (3, NULL, 3.0), (4, 'four', 4.5), (5, 'new', 5.0)",
        ] {
            sink.execute(sql).await.expect(sql);
        }
        sink
    }

    async fn compared(
        sink: &mut dyn Sink,
        staged: &Staged,
        mode: WriteMode,
    ) -> (TableChanges, Vec<String>) {
        let f = crate::endpoint::sql::of(crate::endpoint::Engine::Sqlite).expect("a dialect");
        let mut problems = Vec::new();
        let changes = compare(
            sink,
            f,
            staged,
            mode,
            &Skips::default(),
            true,
            &mut problems,
        )
        .await
        .expect("compare");
        (changes, problems)
    }

    async fn rows(sink: &mut dyn Sink) -> Vec<Vec<Option<String>>> {
        sink.query_text("SELECT id, name, score FROM item ORDER BY id")
            .await
            .expect("rows")
    }

    #[tokio::test]
    async fn merge_counts_new_changed_and_unchanged_rows_a_null_included() {
        let dir = tempfile::tempdir().expect("dir");
        let mut sink = sink(&dir).await;
        let (c, problems) = compared(sink.as_mut(), &staged(), WriteMode::Merge).await;
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            (c.insert, c.update, c.unchanged, c.delete, c.skip),
            (1, 2, 1, 0, 0)
        );
        let keys = c.keys.expect("details");
        assert_eq!(keys.insert, ["5"]);
        assert_eq!(keys.update, ["3", "4"]);
    }

    #[tokio::test]
    async fn replace_scope_deletes_what_the_source_no_longer_has() {
        let dir = tempfile::tempdir().expect("dir");
        let mut sink = sink(&dir).await;
        let staged = staged();
        let (c, _) = compared(sink.as_mut(), &staged, WriteMode::ReplaceScope).await;
        assert_eq!((c.insert, c.update, c.unchanged, c.delete), (1, 2, 1, 1));
        let f = crate::endpoint::sql::of(crate::endpoint::Engine::Sqlite).expect("a dialect");
        apply_deletes(sink.as_mut(), f, &staged, &Skips::default(), c.delete)
            .await
            .expect("deletes");
        apply_writes(sink.as_mut(), f, &staged, WriteMode::ReplaceScope, &c)
            .await
            .expect("writes");
        let s = |v: &str| Some(v.to_string());
        assert_eq!(
            rows(sink.as_mut()).await,
            [
                vec![s("2"), s("same"), s("2")],
                vec![s("3"), None, s("3")],
                vec![s("4"), s("four"), s("4.5")],
                vec![s("5"), s("new"), s("5")],
            ]
        );
    }

    #[tokio::test]
    async fn insert_mode_refuses_keys_the_target_has_and_skip_existing_counts_them() {
        let dir = tempfile::tempdir().expect("dir");
        let mut sink = sink(&dir).await;
        let (c, problems) = compared(sink.as_mut(), &staged(), WriteMode::Insert).await;
        assert_eq!((c.insert, c.update), (1, 0));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0],
            "item: 3 rows already exist in the target (keys 2; 3; 4); [write] mode = \"insert\" only adds rows: use \"merge\" or \"skip-existing\", or --skip them"
        );
        let (c, problems) = compared(sink.as_mut(), &staged(), WriteMode::SkipExisting).await;
        assert!(problems.is_empty());
        assert_eq!((c.insert, c.update, c.skip), (1, 0, 3));
    }

    #[tokio::test]
    async fn a_target_changed_between_compare_and_apply_stops_the_run() {
        let dir = tempfile::tempdir().expect("dir");
        let mut sink = sink(&dir).await;
        let staged = staged();
        let (c, _) = compared(sink.as_mut(), &staged, WriteMode::Merge).await;
        // Another session writes row 5 after the comparison: the update
        // now touches it too, and the counts disagree.
        sink.execute("INSERT INTO item VALUES (5, 'raced', 0.0)")
            .await
            .expect("race");
        let f = crate::endpoint::sql::of(crate::endpoint::Engine::Sqlite).expect("a dialect");
        let error = apply_writes(sink.as_mut(), f, &staged, WriteMode::Merge, &c)
            .await
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "item: the plan counted 2 rows to be updated but 3 were; the target changed since the plan, so nothing was committed — run again"
        );
    }

    #[tokio::test]
    async fn staging_tables_are_indexed_by_their_key_so_checks_search_not_scan() {
        let dir = tempfile::tempdir().expect("dir");
        let mut sink = sink(&dir).await;
        let f = crate::endpoint::sql::of(crate::endpoint::Engine::Sqlite).expect("a dialect");
        for sql in f.create_temporary(
            "ferry_stage_1",
            "SELECT * FROM item WHERE 1 = 0",
            &["id".into()],
        ) {
            sink.execute(&sql).await.expect(&sql);
        }
        let plan = sink
            .query_text(
                "EXPLAIN QUERY PLAN SELECT 1 FROM item t WHERE NOT EXISTS \
                 (SELECT 1 FROM ferry_stage_1 s WHERE s.id = t.id)",
            )
            .await
            .expect("plan");
        let details: Vec<String> = plan
            .into_iter()
            .filter_map(|r| r.into_iter().last().flatten())
            .collect();
        assert!(
            details
                .iter()
                .any(|d| d.contains("ferry_stage_1") && d.contains("INDEX")),
            "{details:?}"
        );
    }
}
