//! The job's `[[mask]]` entries against the plan: which columns are
//! masked, the columns that refer to a masked key (which mask the same way,
//! so references still join), the unique keys to watch for collisions, and
//! every entry that cannot work, listed for preflight.

use super::rules::{references, Reference, Rules};
use super::{Settings, TablePlan};
use crate::catalog::{Catalog, LogicalType, Table};
use crate::transform::mask::{ColumnMask, Method, TableMask, UniqueCheck, EMAIL_MIN_LEN};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A `[[mask]]` entry, checked for shape.
#[derive(Debug, Clone)]
pub struct MaskRule {
    pub table: String,
    pub column: String,
    pub method: Method,
    /// `method = "fixed"`: the value as text.
    pub fixed: Option<String>,
}

/// One masked column, for the plan and its JSON.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Masked {
    /// `dir_user.email`.
    pub column: String,
    pub method: &'static str,
    /// The masked key this column refers to, when it follows one.
    pub follows: Option<String>,
}

/// What one column is masked with.
#[derive(Debug, Clone)]
struct Assigned {
    method: Method,
    fixed: Option<String>,
    /// The column whose values the HMAC is keyed on (`table.column`).
    domain: String,
    /// The domain column's length limit.
    max_len: Option<usize>,
    follows: Option<String>,
}

/// Resolves the masks and attaches each table's to its plan.
pub fn resolve(
    settings: &Settings,
    source: &Catalog,
    tables: &mut [TablePlan],
    problems: &mut Vec<String>,
) -> Vec<Masked> {
    if settings.masks.is_empty() {
        return Vec::new();
    }
    let mut assigned: BTreeMap<(String, String), Assigned> = BTreeMap::new();
    for rule in &settings.masks {
        if let Some((table, column)) = explicit(rule, source, tables, problems) {
            let max_len = text_len(&table.target, &column);
            assigned.insert(
                key(&table.source.name, &column),
                Assigned {
                    method: rule.method,
                    fixed: rule.fixed.clone(),
                    domain: format!("{}.{column}", table.source.name),
                    max_len,
                    follows: None,
                },
            );
        }
    }
    let sources: Vec<Table> = tables.iter().map(|t| t.source.clone()).collect();
    let default_rules = Rules::default();
    let rules = settings.promotion.as_deref().unwrap_or(&default_rules);
    let refs = references(&sources, rules)
        .or_else(|_| references(&sources, &default_rules))
        .unwrap_or_default();
    follow_references(&refs, &mut assigned, problems);
    unmasked_parents(&refs, &assigned, problems);
    if let Some(rules) = settings.promotion.as_deref() {
        promotion_conflicts(rules, &assigned, problems);
    }
    let mut listed = Vec::new();
    for plan in tables.iter_mut() {
        let mask = table_mask(settings, plan, &assigned, problems, &mut listed);
        plan.mask = mask.map(Arc::new);
    }
    listed
}

fn key(table: &str, column: &str) -> (String, String) {
    (table.to_ascii_lowercase(), column.to_ascii_lowercase())
}

/// The plan of the table a rule names and the column's source spelling;
/// a problem for a table or column that is not there.
fn explicit<'a>(
    rule: &MaskRule,
    source: &Catalog,
    tables: &'a [TablePlan],
    problems: &mut Vec<String>,
) -> Option<(&'a TablePlan, String)> {
    let label = format!("[[mask]] {}.{}", rule.table, rule.column);
    let Some(plan) = tables
        .iter()
        .find(|t| t.source.name.eq_ignore_ascii_case(&rule.table))
    else {
        if source.table(&rule.table).is_none() {
            problems.push(format!("{label}: the source has no table {}", rule.table));
        }
        // A table this run does not copy has nothing to mask.
        return None;
    };
    match plan.source.column_like(&rule.column) {
        Some(c) => Some((plan, c.name.clone())),
        None => {
            let computed = plan
                .source
                .computed
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case(&rule.column));
            problems.push(if computed {
                format!("{label}: a computed column is recomputed by the target, not copied; mask the columns it is computed from")
            } else {
                format!(
                    "{label}: {} has no column {} (its columns: {})",
                    plan.source.name,
                    rule.column,
                    plan.source.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
                )
            });
            None
        }
    }
}

/// Columns that refer to a masked key mask as that key does, through
/// every level of references.
fn follow_references(
    refs: &[Reference],
    assigned: &mut BTreeMap<(String, String), Assigned>,
    problems: &mut Vec<String>,
) {
    loop {
        let mut added = false;
        for r in refs {
            for (child, parent) in r.columns.iter().zip(&r.parent_columns) {
                let Some(root) = assigned.get(&key(&r.parent, parent)).cloned() else {
                    continue;
                };
                let follows = Some(root.follows.clone().unwrap_or_else(|| root.domain.clone()));
                match assigned.get(&key(&r.table, child)) {
                    None => {
                        assigned.insert(key(&r.table, child), Assigned { follows, ..root });
                        added = true;
                    }
                    Some(mine) if mine.domain == root.domain => {}
                    Some(mine)
                        if mine.follows.is_none()
                            && mine.method == root.method
                            && mine.fixed == root.fixed =>
                    {
                        // Masked explicitly the same way: it joins if it
                        // shares the key's domain.
                        let joined = Assigned { follows, ..root };
                        assigned.insert(key(&r.table, child), joined);
                        added = true;
                    }
                    Some(mine) => {
                        let problem = format!(
                            "[[mask]] {}.{child} is masked with {} but refers to {}.{parent}, masked with {}: \
                             a reference masks as its key does; remove its own [[mask]]",
                            r.table,
                            mine.method.name(),
                            r.parent,
                            root.method.name()
                        );
                        if !problems.contains(&problem) {
                            problems.push(problem);
                        }
                    }
                }
            }
        }
        if !added {
            break;
        }
    }
}

/// A masked column that refers to a key which is not masked would no
/// longer find its row.
fn unmasked_parents(
    refs: &[Reference],
    assigned: &BTreeMap<(String, String), Assigned>,
    problems: &mut Vec<String>,
) {
    for r in refs {
        for (child, parent) in r.columns.iter().zip(&r.parent_columns) {
            if assigned.contains_key(&key(&r.table, child))
                && !assigned.contains_key(&key(&r.parent, parent))
            {
                problems.push(format!(
                    "[[mask]] {}.{child} refers to {}.{parent}{}, which is not masked: its masked values would \
                     find no row there; mask {}.{parent} instead (the columns that refer to it follow)",
                    r.table,
                    r.parent,
                    if r.declared { " (a foreign key)" } else { " ([[references]])" },
                    r.parent
                ));
            }
        }
    }
}

/// A column takes one rewrite: a masked column may not also be a
/// promotion's key, natural key, mapped, set or versioned column.
fn promotion_conflicts(
    rules: &Rules,
    assigned: &BTreeMap<(String, String), Assigned>,
    problems: &mut Vec<String>,
) {
    let mut rewritten: Vec<(String, String, String)> = Vec::new();
    for k in &rules.keys {
        for c in &k.match_columns {
            rewritten.push((
                k.table.clone(),
                c.clone(),
                format!("[[keys]] {} match", k.table),
            ));
        }
    }
    for m in &rules.maps {
        if let Some((t, c)) = m.column.split_once('.') {
            rewritten.push((t.into(), c.into(), "[[map]]".into()));
        }
    }
    for s in &rules.sets {
        if let Some((t, c)) = s.column.split_once('.') {
            rewritten.push((t.into(), c.into(), "[[set]]".into()));
        }
    }
    for (t, c, _) in &rules.versions {
        rewritten.push((t.clone(), c.clone(), "[versions]".into()));
    }
    for (t, c, what) in rewritten {
        if assigned.contains_key(&key(&t, &c)) {
            problems.push(format!(
                "[[mask]] {t}.{c} is also rewritten by the promotion's {what}: a column takes one rewrite"
            ));
        }
    }
}

/// The length limit of a text or binary column of the target.
fn text_len(table: &Table, column: &str) -> Option<usize> {
    match &table.column_like(column)?.ty {
        LogicalType::Text { max_len, .. } | LogicalType::Bytes { max_len, .. } => {
            max_len.map(|n| n as usize)
        }
        _ => None,
    }
}

/// The table's masks, checked against the target's columns; listed.
fn table_mask(
    settings: &Settings,
    plan: &TablePlan,
    assigned: &BTreeMap<(String, String), Assigned>,
    problems: &mut Vec<String>,
    listed: &mut Vec<Masked>,
) -> Option<TableMask> {
    let mut columns = Vec::new();
    for (index, (source_col, target_col)) in plan
        .source
        .columns
        .iter()
        .zip(&plan.target.columns)
        .enumerate()
    {
        let Some(a) = assigned.get(&key(&plan.source.name, &source_col.name)) else {
            continue;
        };
        let label = format!("{}.{}", plan.source.name, source_col.name);
        if let Some(problem) = unfit(a, &label, target_col, plan) {
            problems.push(problem);
            continue;
        }
        listed.push(Masked {
            column: label.clone(),
            method: a.method.name(),
            follows: a.follows.clone(),
        });
        columns.push(ColumnMask {
            column: index,
            label,
            method: a.method,
            domain: a.domain.clone(),
            max_len: a.max_len,
            fixed: a.fixed.clone(),
        });
    }
    if columns.is_empty() {
        return None;
    }
    let unique = unique_checks(plan, &columns);
    Some(TableMask {
        table: plan.source.name.clone(),
        columns,
        unique,
        key: settings.mask_key.clone(),
    })
}

/// The longest masked value, where the method decides it (keep-format
/// keeps each value's length; names are cut to the column).
fn output_len(method: Method, max_len: Option<usize>) -> Option<usize> {
    match method {
        Method::Email => Some(crate::transform::mask::email_len(max_len)),
        Method::Hash => Some(max_len.unwrap_or(usize::MAX).min(32)),
        _ => None,
    }
}

/// Why a column cannot take its mask, if it cannot.
fn unfit(
    a: &Assigned,
    label: &str,
    target: &crate::catalog::Column,
    plan: &TablePlan,
) -> Option<String> {
    let method = a.method.name();
    let what = match &a.follows {
        Some(root) => format!("[[mask]] {label} (follows {root})"),
        None => format!("[[mask]] {label}"),
    };
    if !a.method.applies_to(&target.ty) {
        return Some(format!(
            "{what}: method {method} applies to {}, and the target column is {}",
            a.method.applies_to_text(),
            target.ty
        ));
    }
    if a.method == Method::Null && !target.nullable {
        return Some(format!(
            "{what}: method null, and the target column is NOT NULL"
        ));
    }
    let own_len = match &target.ty {
        LogicalType::Text { max_len, .. } | LogicalType::Bytes { max_len, .. } => {
            max_len.map(|n| n as usize)
        }
        _ => None,
    };
    if a.method == Method::Email && a.max_len.is_some_and(|m| m < EMAIL_MIN_LEN) {
        return Some(format!(
            "{what}: the column holds {} characters; a masked e-mail address needs {EMAIL_MIN_LEN}",
            a.max_len.unwrap_or_default()
        ));
    }
    if let (Some(own), Some(out)) = (own_len, output_len(a.method, a.max_len)) {
        if own < out {
            return Some(format!(
                "{what}: the target column holds {own} characters and the masked values take {out}: \
                 they would not fit, nor join the key they follow"
            ));
        }
    }
    if a.method.repeats() && in_unique_key(plan, &target.name) {
        return Some(format!(
            "{what}: method {method} gives many rows one value, and the column is part of a unique key of {}; \
             use hash, email or keep-format",
            plan.target.name
        ));
    }
    None
}

fn target_unique_keys(plan: &TablePlan) -> Vec<&Vec<String>> {
    let mut keys: Vec<&Vec<String>> = plan.target.unique_keys.iter().collect();
    if !plan.target.primary_key.is_empty() {
        keys.push(&plan.target.primary_key);
    }
    keys
}

fn in_unique_key(plan: &TablePlan, column: &str) -> bool {
    target_unique_keys(plan)
        .iter()
        .any(|k| k.iter().any(|c| c.eq_ignore_ascii_case(column)))
}

/// The target's unique keys with a masked column that may collide (any
/// mask but an integer permutation, which never does).
fn unique_checks(plan: &TablePlan, columns: &[ColumnMask]) -> Vec<UniqueCheck> {
    let position = |name: &str| {
        plan.target
            .columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(name))
    };
    let mut checks = Vec::new();
    for k in target_unique_keys(plan) {
        let Some(indexes) = k
            .iter()
            .map(|c| position(c))
            .collect::<Option<Vec<usize>>>()
        else {
            continue;
        };
        let may_collide = columns.iter().any(|m| {
            indexes.contains(&m.column)
                && !(m.method == Method::Hash
                    && plan
                        .target
                        .columns
                        .get(m.column)
                        .is_some_and(|c| c.ty.integer_range().is_some()))
        });
        if may_collide {
            checks.push(UniqueCheck::new(indexes, k.join(", ")));
        }
    }
    checks
}
