//! Which tables a run copies: `--tables` / `--exclude` globs over the
//! source's base tables.

use crate::catalog::{Catalog, Table};
use crate::error::{Error, Result};
use globset::{GlobBuilder, GlobMatcher};

fn matcher(pattern: &str) -> Result<GlobMatcher> {
    GlobBuilder::new(pattern)
        .case_insensitive(true)
        .literal_separator(false)
        .build()
        .map(|g| g.compile_matcher())
        .map_err(|e| {
            Error::bad_input(format!(
                "table pattern '{pattern}' is not a valid glob: {e}"
            ))
        })
}

/// The source tables named by `include` (all when empty) minus `exclude`.
///
/// # Errors
/// A pattern that is not a glob, or an include pattern that matches no table
/// (so a typo never copies nothing and exits 0).
pub fn select(catalog: &Catalog, include: &[String], exclude: &[String]) -> Result<Vec<Table>> {
    let includes = include
        .iter()
        .map(|p| matcher(p))
        .collect::<Result<Vec<_>>>()?;
    let excludes = exclude
        .iter()
        .map(|p| matcher(p))
        .collect::<Result<Vec<_>>>()?;
    let mut unmatched = Vec::new();
    for (pattern, m) in include.iter().zip(&includes) {
        if !catalog.tables.iter().any(|t| m.is_match(&t.name)) {
            unmatched.push(pattern.clone());
        }
    }
    if !unmatched.is_empty() {
        let mut names: Vec<&str> = catalog.tables.iter().map(|t| t.name.as_str()).collect();
        names.truncate(30);
        // `sales.region` names a table of another PostgreSQL schema, read
        // only when the run names that schema.
        let schemas: Vec<&str> = unmatched
            .iter()
            .filter_map(|p| p.split_once('.').map(|(s, _)| s))
            .filter(|s| !s.contains(['*', '?', '[']))
            .collect();
        let hint = match schemas.is_empty() {
            true => String::new(),
            false => format!(
                "; a table of another PostgreSQL schema is read with --schemas {}",
                schemas.join(",")
            ),
        };
        return Err(Error::bad_input(format!(
            "--tables {} matches no table in the source (its tables: {}){hint}",
            unmatched
                .iter()
                .map(|p| format!("'{p}'"))
                .collect::<Vec<_>>()
                .join(", "),
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(", ")
            }
        )));
    }
    let selected: Vec<Table> = catalog
        .tables
        .iter()
        .filter(|t| includes.is_empty() || includes.iter().any(|m| m.is_match(&t.name)))
        .filter(|t| !excludes.iter().any(|m| m.is_match(&t.name)))
        // A database's run journal and the row images of its runs are its
        // own history, not data to carry on (dev → test → prod): copied
        // only when named exactly.
        .filter(|t| {
            let own = t.name.eq_ignore_ascii_case(super::JOURNAL_TABLE)
                || crate::images::is_image_table(&t.name);
            !own || include.iter().any(|p| p.eq_ignore_ascii_case(&t.name))
        })
        .cloned()
        .collect();
    if selected.is_empty() {
        return Err(Error::bad_input(
            "no table is selected: the source has no base tables, or --exclude removed them all",
        ));
    }
    Ok(selected)
}
