//! Foreign-key order: parents are written before the tables that refer to
//! them. Cycles are broken at the edge whose child comes first by name;
//! the engines defer or relax constraint checks for those.

use crate::catalog::Table;
use std::collections::{BTreeMap, BTreeSet};

/// Orders `tables` parents first. Returns the order and, for a cycle, the
/// tables whose foreign keys could not be satisfied by the order alone.
pub fn fk_order(tables: Vec<Table>) -> (Vec<Table>, Vec<String>) {
    let names: BTreeSet<String> = tables.iter().map(|t| t.name.clone()).collect();
    // parents[t] = selected tables t refers to (self-references ignored:
    // one table is written in one statement stream).
    let mut parents: BTreeMap<String, BTreeSet<String>> = tables
        .iter()
        .map(|t| {
            let ps = t
                .foreign_keys
                .iter()
                .map(|fk| fk.ref_table.clone())
                .filter(|p| p != &t.name && names.contains(p))
                .collect();
            (t.name.clone(), ps)
        })
        .collect();
    let mut by_name: BTreeMap<String, Table> =
        tables.into_iter().map(|t| (t.name.clone(), t)).collect();
    let mut order = Vec::new();
    let mut cyclic = Vec::new();
    while !parents.is_empty() {
        let ready: Vec<String> = parents
            .iter()
            .filter(|(_, ps)| ps.is_empty())
            .map(|(n, _)| n.clone())
            .collect();
        let next = if ready.is_empty() {
            // A cycle: take the first remaining table and note it.
            let first = parents.keys().next().cloned().expect("non-empty");
            cyclic.push(first.clone());
            vec![first]
        } else {
            ready
        };
        for name in next {
            parents.remove(&name);
            for ps in parents.values_mut() {
                ps.remove(&name);
            }
            order.push(by_name.remove(&name).expect("table by name"));
        }
    }
    (order, cyclic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ForeignKey;

    fn table(name: &str, refs: &[&str]) -> Table {
        Table {
            name: name.into(),
            columns: vec![],
            primary_key: vec![],
            unique_keys: vec![],
            foreign_keys: refs
                .iter()
                .map(|r| ForeignKey {
                    name: None,
                    columns: vec!["x".into()],
                    ref_table: r.to_string(),
                    ref_columns: vec!["id".into()],
                })
                .collect(),
            filter: None,
        }
    }

    #[test]
    fn parents_come_first() {
        let (order, cyclic) = fk_order(vec![
            table("app_report_activity", &["app_report_process"]),
            table("dir_user_group", &["dir_user", "dir_group"]),
            table("dir_user", &[]),
            table("app_report_process", &[]),
            table("dir_group", &["dir_group"]),
        ]);
        let names: Vec<&str> = order.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "app_report_process",
                "dir_group",
                "dir_user",
                "app_report_activity",
                "dir_user_group"
            ]
        );
        assert!(cyclic.is_empty());
    }

    #[test]
    fn cycles_are_broken_and_reported() {
        let (order, cyclic) = fk_order(vec![table("a", &["b"]), table("b", &["a"])]);
        assert_eq!(order.len(), 2);
        assert_eq!(cyclic, ["a"]);
    }
}
