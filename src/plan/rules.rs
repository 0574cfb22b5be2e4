//! What a job asks of a promotion: its rules (scopes, keys, references,
//! versions, maps, sets, write modes), validated for shape, and the
//! references between selected tables that scopes and key maps follow.
//! Planning owns them; `promote/` acts on them.

use crate::catalog::Table;
use crate::error::{Error, Result};
use crate::job::{
    JobFile, KeySection, MapSection, OnMissing, ReferenceSection, SetSection, VersionRule,
    WriteMode,
};
use std::collections::BTreeMap;

/// What the job asks of a promotion, validated for shape; names are checked
/// against the catalogs when planning.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Whom key maps are remembered for.
    pub source_name: String,
    pub wheres: BTreeMap<String, String>,
    /// `[select.target_where]`: scopes in the target's SQL.
    pub target_wheres: BTreeMap<String, String>,
    pub keys: Vec<KeySection>,
    pub references: Vec<ReferenceSection>,
    /// `(table, column, rule)`.
    pub versions: Vec<(String, String, VersionRule)>,
    pub maps: Vec<MapSection>,
    pub sets: Vec<SetSection>,
    pub version_query: Option<String>,
    pub mode: WriteMode,
    /// `[write] mode` was written in the job (even as `insert`, the
    /// default): the run compares, so existing keys are listed in
    /// preflight rather than failing the write.
    pub mode_given: bool,
    /// `[write.tables]`: modes of single tables.
    pub table_modes: BTreeMap<String, WriteMode>,
    /// `(table, key)` rows to leave out (`--skip`, `exclude = ["t:k"]`).
    pub skip: Vec<(String, String)>,
    /// `--details`: list the keys behind each count.
    pub details: bool,
    /// `[incremental]`: tables read from their watermark on.
    pub incremental: Vec<super::incremental::Rule>,
    /// `--full`: incremental tables read whole (and a new watermark kept).
    pub full: bool,
}

impl Rules {
    /// # Errors
    /// Malformed `table.column` names, `--skip` entries or JSON paths.
    pub fn from_job(
        job: &JobFile,
        source_name: String,
        skip: &[String],
        details: bool,
    ) -> Result<Self> {
        Self::read_job(job, source_name, skip, details).map_err(|e| job.locate(e))
    }

    fn read_job(
        job: &JobFile,
        source_name: String,
        skip: &[String],
        details: bool,
    ) -> Result<Self> {
        let mut versions = Vec::new();
        for (key, rule) in &job.versions {
            let (t, c) = split_column("[versions]", key)?;
            versions.push((t, c, *rule));
        }
        for m in &job.map {
            split_column("[[map]] column", &m.column)?;
            if let Some(p) = &m.path {
                crate::transform::remap::JsonPath::parse(p).map_err(|e| {
                    Error::bad_input(format!("job file: [[map]] {}: {e}", m.column))
                })?;
            }
        }
        for s in &job.set {
            split_column("[[set]] column", &s.column)?;
            if s.null == s.value.is_some() {
                return Err(Error::bad_input(format!(
                    "job file: [[set]] {} needs exactly one of value = … or null = true",
                    s.column
                )));
            }
        }
        for r in &job.references {
            parse_columns("[[references]] from", &r.from)?;
            parse_columns("[[references]] to", &r.to)?;
        }
        for k in &job.keys {
            use crate::job::KeyStrategy;
            if (k.strategy == KeyStrategy::Match) == k.match_columns.is_empty() {
                return Err(Error::bad_input(format!(
                    "job file: [[keys]] {}: match = [\"column\", …] goes with strategy = \"match\", and only with it",
                    k.table
                )));
            }
        }
        let mut skips = Vec::new();
        for s in skip {
            match s.split_once(':') {
                Some((t, k)) if !t.trim().is_empty() && !k.trim().is_empty() => {
                    skips.push((t.trim().to_string(), k.trim().to_string()))
                }
                _ => {
                    return Err(Error::bad_input(format!(
                        "--skip '{s}' must be TABLE:KEY (a composite key as TABLE:a,b)"
                    )))
                }
            }
        }
        Ok(Rules {
            source_name: stored_source_name(&source_name),
            wheres: job.select.r#where.clone(),
            target_wheres: job.select.target_where.clone(),
            keys: job.keys.clone(),
            references: job.references.clone(),
            versions,
            maps: job.map.clone(),
            sets: job.set.clone(),
            version_query: job.preflight.version_query.clone(),
            mode: job.write.mode.unwrap_or_default(),
            mode_given: job.write.mode.is_some(),
            table_modes: job.write.tables.clone(),
            skip: skips,
            details,
            incremental: super::incremental::parse(&job.incremental)?,
            full: false,
        })
    }

    /// Whether anything beyond a scope is asked: key, reference, version or
    /// value rewrites, a write mode, skipped rows, a version check.
    pub fn rewrites(&self) -> bool {
        Rules {
            wheres: BTreeMap::new(),
            target_wheres: BTreeMap::new(),
            ..self.clone()
        }
        .needs_promotion()
    }

    /// Whether the rules ask for a promotion (promote/ stages, compares
    /// and applies) rather than a plain copy.
    pub fn needs_promotion(&self) -> bool {
        !self.keys.is_empty()
            || !self.references.is_empty()
            || !self.versions.is_empty()
            || !self.maps.is_empty()
            || !self.sets.is_empty()
            || self.mode != WriteMode::Insert
            || self.mode_given
            || !self.table_modes.is_empty()
            || !self.skip.is_empty()
            || !self.wheres.is_empty()
            || !self.target_wheres.is_empty()
            || self.version_query.is_some()
            || !self.incremental.is_empty()
    }
}

impl Rules {
    /// The write mode of `table`: an incremental table's merge (with its
    /// deletes, replace-scope against the source's keys), its
    /// `[write.tables]` entry, else `mode`.
    pub fn mode_for(&self, table: &str) -> WriteMode {
        if let Some(rule) = self.incremental_rule(table) {
            return match rule.deletes {
                true => WriteMode::ReplaceScope,
                false => WriteMode::Merge,
            };
        }
        self.table_modes
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(table))
            .map(|(_, m)| *m)
            .unwrap_or(self.mode)
    }
}

impl Rules {
    /// The `[incremental]` entry of `table`, if it has one.
    pub fn incremental_rule(&self, table: &str) -> Option<&super::incremental::Rule> {
        self.incremental
            .iter()
            .find(|r| r.table.eq_ignore_ascii_case(table))
    }

    /// An explicit write mode an incremental table cannot have (it is
    /// merged by key): `[write] mode` or its `[write.tables]` entry.
    pub fn incremental_conflicts(&self) -> Vec<String> {
        self.incremental
            .iter()
            .filter_map(|r| {
                let given = self
                    .table_modes
                    .iter()
                    .find(|(t, _)| t.eq_ignore_ascii_case(&r.table))
                    .map(|(_, m)| *m)
                    .or(self.mode_given.then_some(self.mode))?;
                (given != WriteMode::Merge).then(|| {
                    format!(
                        "[incremental] {}: an incremental table is merged by its primary key, and [write] gives it mode = \"{}\": leave its mode out (or say \"merge\"); deletes = \"detect\" removes the rows the source no longer has",
                        r.table,
                        crate::promote::changes::mode_name(given)
                    )
                })
            })
            .collect()
    }
}

/// The name key maps are remembered under as `ferry_key_map.source_name`
/// (100 characters) holds it: whole when it fits, else its end and a hash
/// of the whole — a SQLite file deep in a directory tree stays one source,
/// remembered run after run.
pub fn stored_source_name(name: &str) -> String {
    const FITS: usize = 100;
    const TAIL: usize = 80;
    let count = name.chars().count();
    if count <= FITS {
        return name.to_string();
    }
    use sha2::Digest;
    let hash = sha2::Sha256::digest(name.as_bytes());
    let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let tail: String = name.chars().skip(count - TAIL).collect();
    format!("…{tail}#{hex}")
}

/// `table.column` → `(table, column)`.
pub fn split_column(what: &str, text: &str) -> Result<(String, String)> {
    match text.split_once('.') {
        Some((t, c)) if !t.trim().is_empty() && !c.trim().is_empty() => {
            Ok((t.trim().to_string(), c.trim().to_string()))
        }
        _ => Err(Error::bad_input(format!(
            "job file: {what} '{text}' must be TABLE.COLUMN"
        ))),
    }
}

/// `table.column` or `table(a, b)` → `(table, [columns])`.
pub fn parse_columns(what: &str, text: &str) -> Result<(String, Vec<String>)> {
    if let Some((t, rest)) = text.split_once('(') {
        let inner = rest.strip_suffix(')').unwrap_or("");
        let cols: Vec<String> = inner
            .split(',')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if !t.trim().is_empty() && !cols.is_empty() && rest.ends_with(')') {
            return Ok((t.trim().to_string(), cols));
        }
        return Err(Error::bad_input(format!(
            "job file: {what} '{text}' must be TABLE.COLUMN or TABLE(COLUMN, …)"
        )));
    }
    let (t, c) = split_column(what, text)?;
    Ok((t, vec![c]))
}

/// A reference between two selected tables: a declared foreign key or a
/// `[[references]]` entry. Names are the source's.
#[derive(Debug, Clone)]
pub struct Reference {
    pub table: String,
    pub columns: Vec<String>,
    pub parent: String,
    pub parent_columns: Vec<String>,
    pub on_missing: OnMissing,
    pub declared: bool,
    /// How messages name it: the source's spelling, as the job wrote it.
    pub name: String,
}

impl Reference {
    pub fn label(&self) -> String {
        if !self.name.is_empty() {
            return self.name.clone();
        }
        format!(
            "{}.{} → {}.{}",
            self.table,
            self.columns.join(", "),
            self.parent,
            self.parent_columns.join(", ")
        )
    }
}

/// The references among `tables`: declared foreign keys, then the job's
/// (which may also set `on_missing` for a declared one).
///
/// # Errors
/// Problems naming `[[references]]` entries whose tables or columns are
/// not selected.
pub fn references(
    tables: &[Table],
    rules: &Rules,
) -> std::result::Result<Vec<Reference>, Vec<String>> {
    let find = |name: &str| tables.iter().find(|t| t.name.eq_ignore_ascii_case(name));
    let mut out = Vec::new();
    for t in tables {
        for fk in &t.foreign_keys {
            if let Some(parent) = find(&fk.ref_table) {
                out.push(Reference {
                    table: t.name.clone(),
                    columns: fk.columns.clone(),
                    parent: parent.name.clone(),
                    parent_columns: fk.ref_columns.clone(),
                    on_missing: OnMissing::Error,
                    declared: true,
                    name: String::new(),
                });
            }
        }
    }
    let mut problems = Vec::new();
    for r in &rules.references {
        let (Ok((ct, ccols)), Ok((pt, pcols))) = (
            parse_columns("[[references]] from", &r.from),
            parse_columns("[[references]] to", &r.to),
        ) else {
            continue;
        };
        let (Some(child), Some(parent)) = (find(&ct), find(&pt)) else {
            problems.push(format!(
                "[[references]] {} → {}: {} is not a selected table",
                r.from,
                r.to,
                if find(&ct).is_none() { ct } else { pt }
            ));
            continue;
        };
        let resolve = |t: &Table, cols: &[String]| -> std::result::Result<Vec<String>, String> {
            cols.iter()
                .map(|c| {
                    t.column_like(c)
                        .map(|c| c.name.clone())
                        .ok_or_else(|| format!("{}.{c}", t.name))
                })
                .collect()
        };
        match (resolve(child, &ccols), resolve(parent, &pcols)) {
            (Ok(columns), Ok(parent_columns)) if columns.len() == parent_columns.len() => {
                let same = out.iter_mut().find(|o: &&mut Reference| {
                    o.table == child.name && o.columns == columns && o.parent == parent.name
                });
                match same {
                    Some(existing) => existing.on_missing = r.on_missing,
                    None => out.push(Reference {
                        table: child.name.clone(),
                        columns,
                        parent: parent.name.clone(),
                        parent_columns,
                        on_missing: r.on_missing,
                        declared: false,
                        name: String::new(),
                    }),
                }
            }
            (Ok(_), Ok(_)) => problems.push(format!(
                "[[references]] {} → {}: the two sides have different numbers of columns",
                r.from, r.to
            )),
            (Err(c), _) | (_, Err(c)) => problems.push(format!(
                "[[references]] {} → {}: {c} is not a column",
                r.from, r.to
            )),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Result<Rules> {
        let job = JobFile::parse(text, "j.toml")?;
        Rules::from_job(&job, "dev".into(), &[], false)
    }

    #[test]
    fn column_lists_and_their_errors() {
        assert_eq!(
            parse_columns("x", "app_form(appId, appVersion)").unwrap(),
            ("app_form".into(), vec!["appId".into(), "appVersion".into()])
        );
        assert_eq!(
            parse_columns("x", "dir_user.username").unwrap(),
            ("dir_user".into(), vec!["username".into()])
        );
        assert_eq!(
            parse_columns("[[references]] from", "app_form(appId").unwrap_err().to_string(),
            "job file: [[references]] from 'app_form(appId' must be TABLE.COLUMN or TABLE(COLUMN, …)"
        );
    }

    #[test]
    fn malformed_promotion_entries_are_bad_input() {
        let cases = [
            (
                "[[set]]\ncolumn = 'a.b'\nvalue = 1\nnull = true\n",
                "job file: [[set]] a.b needs exactly one of value = … or null = true",
            ),
            (
                "[[keys]]\ntable = 'u'\nstrategy = 'match'\n",
                "job file: [[keys]] u: match = [\"column\", …] goes with strategy = \"match\", and only with it",
            ),
            (
                "[[map]]\ncolumn = 'p.cfg'\npath = 'source.path'\nvalues = {}\n",
                "job file: [[map]] p.cfg: JSON path 'source.path' must start with $",
            ),
            (
                "[versions]\nappVersion = 'bump'\n",
                "job file: [versions] 'appVersion' must be TABLE.COLUMN",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(rules(text).unwrap_err().to_string(), message, "{text}");
        }
        let job = JobFile::parse("", "j").unwrap();
        assert_eq!(
            Rules::from_job(&job, "dev".into(), &["app_form".into()], false)
                .unwrap_err()
                .to_string(),
            "--skip 'app_form' must be TABLE:KEY (a composite key as TABLE:a,b)"
        );
        let ok =
            rules("[write]\nmode = 'merge'\n[write.tables]\nstep = 'replace-scope'\n").unwrap();
        assert_eq!(ok.mode_for("STEP"), WriteMode::ReplaceScope);
        assert_eq!(ok.mode_for("other"), WriteMode::Merge);
    }
}
