//! Row scopes: `[select.where]` filters, and child tables scoped by their
//! scoped parents so a filter is written once.

use super::rules::Reference;
use crate::catalog::Table;
use crate::endpoint::sql::Flavor;
use std::collections::BTreeMap;

/// Sets each table's filter: its own `[select.where]`, else the rows whose
/// references to scoped parents are NULL or point into the parent's scope.
/// `tables` are in foreign-key order, parents first; a parent later in the
/// order (a cycle) does not scope its child.
///
/// # Errors
/// `[select.where]` entries naming a table that is not selected.
pub fn apply(
    tables: &mut [Table],
    wheres: &BTreeMap<String, String>,
    refs: &[Reference],
    flavor: Flavor,
) -> Result<(), Vec<String>> {
    let problems: Vec<String> = wheres
        .keys()
        .filter(|w| !tables.iter().any(|t| t.name.eq_ignore_ascii_case(w)))
        .map(|w| format!("[select.where] names {w}, which is not a selected table"))
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    for i in 0..tables.len() {
        let own = wheres
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(&tables[i].name))
            .map(|(_, f)| f.clone());
        let filter = own.or_else(|| {
            let name = tables[i].name.clone();
            let conditions: Vec<String> = refs
                .iter()
                .filter(|r| r.table == name && r.parent != name)
                .filter_map(|r| {
                    let parent = tables[..i].iter().find(|t| t.name == r.parent)?;
                    let parent_filter = parent.filter.as_ref()?;
                    // A reference held in a column of another type (an id in
                    // a text column) cannot be compared in every engine's SQL.
                    let same_types = r.columns.iter().zip(&r.parent_columns).all(|(c, p)| {
                        match (tables[i].column_like(c), parent.column_like(p)) {
                            (Some(c), Some(p)) => c.ty.family() == p.ty.family(),
                            _ => false,
                        }
                    });
                    if !same_types {
                        return None;
                    }
                    Some(condition(flavor, &name, r, parent_filter))
                })
                .collect();
            (!conditions.is_empty()).then(|| conditions.join(" AND "))
        });
        tables[i].filter = filter;
    }
    Ok(())
}

/// `(child.a IS NULL OR child.a IN (SELECT p.x FROM parent WHERE …))`
fn condition(flavor: Flavor, table: &str, r: &Reference, parent_filter: &str) -> String {
    let q = |c: &str| format!("{}.{}", flavor.quote(table), flavor.quote(c));
    let nulls: Vec<String> = r
        .columns
        .iter()
        .map(|c| format!("{} IS NULL", q(c)))
        .collect();
    let cols: Vec<String> = r.columns.iter().map(|c| q(c)).collect();
    let refd: Vec<String> = r.parent_columns.iter().map(|c| flavor.quote(c)).collect();
    let lhs = if cols.len() == 1 {
        cols[0].clone()
    } else {
        format!("({})", cols.join(", "))
    };
    format!(
        "({} OR {lhs} IN (SELECT {} FROM {} WHERE {parent_filter}))",
        nulls.join(" OR "),
        refd.join(", "),
        flavor.quote(&r.parent)
    )
}
