//! Foreign-key order: parents are written before the tables that refer to
//! them. A cycle is broken at the table whose forward references cost the
//! least (deferrable keys before keys that are not), and the keys that
//! still point forward are reported, for the target engine to load them
//! (deferred, checked at commit) or for preflight to refuse.

use crate::catalog::Table;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::catalog::Edge;

/// Orders `names` parents first along `edges` (self-references ignored:
/// one table is written in one statement stream). Returns the order and
/// the edges whose parent comes after its child.
// why: the loop runs while `parents` has tables and none is ready, and
// waiting_cycle then returns at least one of them.
#[allow(clippy::expect_used)]
pub fn fk_order(names: &[String], edges: &[Edge]) -> (Vec<String>, Vec<Edge>) {
    let key = |n: &str| n.to_ascii_lowercase();
    let known: BTreeSet<String> = names.iter().map(|n| key(n)).collect();
    let edges: Vec<&Edge> = edges
        .iter()
        .filter(|e| key(&e.child) != key(&e.parent) && known.contains(&key(&e.parent)))
        .collect();
    // parents[t] = selected tables t still waits for.
    let mut parents: BTreeMap<String, BTreeSet<String>> = names
        .iter()
        .map(|n| {
            let ps = edges
                .iter()
                .filter(|e| key(&e.child) == key(n))
                .map(|e| key(&e.parent))
                .collect();
            (key(n), ps)
        })
        .collect();
    let spelled: BTreeMap<String, &String> = names.iter().map(|n| (key(n), n)).collect();
    let mut order = Vec::new();
    while !parents.is_empty() {
        let ready: Vec<String> = parents
            .iter()
            .filter(|(_, ps)| ps.is_empty())
            .map(|(n, _)| n.clone())
            .collect();
        let next = if ready.is_empty() {
            // A cycle: among the tables of a cycle that waits for nothing
            // outside itself, write first the one whose waiting keys are
            // the cheapest to load early.
            let cycle = waiting_cycle(&parents);
            let cost = |t: &String| {
                let waiting = parents.get(t);
                edges
                    .iter()
                    .filter(|e| {
                        key(&e.child) == *t && waiting.is_some_and(|w| w.contains(&key(&e.parent)))
                    })
                    .map(|e| if e.deferrable { 1 } else { 1000 })
                    .sum::<usize>()
            };
            let first = cycle
                .iter()
                .min_by_key(|t| cost(t))
                .cloned()
                .expect("a cycle has tables");
            vec![first]
        } else {
            ready
        };
        for name in next {
            parents.remove(&name);
            for ps in parents.values_mut() {
                ps.remove(&name);
            }
            order.push(name);
        }
    }
    let position: BTreeMap<&String, usize> =
        order.iter().enumerate().map(|(i, n)| (n, i)).collect();
    let forward = edges
        .iter()
        .filter(
            |e| match (position.get(&key(&e.parent)), position.get(&key(&e.child))) {
                (Some(parent), Some(child)) => parent > child,
                _ => false,
            },
        )
        .map(|e| (*e).clone())
        .collect();
    let order = order
        .iter()
        .filter_map(|k| spelled.get(k).map(|n| (*n).clone()))
        .collect();
    (order, forward)
}

/// The tables of one cycle (a strongly connected set of the waiting graph)
/// that waits for no table outside itself; there is one whenever no table
/// is ready.
fn waiting_cycle(parents: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(t) = todo.pop() {
            for p in parents.get(&t).into_iter().flatten() {
                if seen.insert(p.clone()) {
                    todo.push(p.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&String, BTreeSet<String>> =
        parents.keys().map(|t| (t, reach(t))).collect();
    for (t, reached) in &reaches {
        // t's cycle: what it reaches that reaches it back.
        let members: BTreeSet<String> = reached
            .iter()
            .filter(|u| reaches.get(u).is_some_and(|r| r.contains(*t)))
            .cloned()
            .collect();
        let closed = members.iter().all(|m| {
            parents
                .get(m)
                .is_none_or(|ps| ps.iter().all(|p| members.contains(p)))
        });
        if !members.is_empty() && closed {
            return members;
        }
    }
    parents.keys().take(1).cloned().collect()
}

/// The edges of `tables`' own foreign keys, as declared on them.
pub fn edges_of(tables: &[Table], deferrable_when_created: bool) -> Vec<Edge> {
    tables
        .iter()
        .flat_map(|t| {
            t.foreign_keys.iter().map(move |fk| Edge {
                child: t.name.clone(),
                parent: fk.ref_table.clone(),
                constraint: fk.name.clone(),
                columns: fk.columns.clone(),
                deferrable: fk.deferrable || deferrable_when_created,
                existing: false,
            })
        })
        .collect()
}

/// Sorts `tables` parents first by their own foreign keys.
pub fn sort_tables(tables: Vec<Table>) -> Vec<Table> {
    let names: Vec<String> = tables.iter().map(|t| t.name.clone()).collect();
    let (order, _) = fk_order(&names, &edges_of(&tables, true));
    let mut by_name: BTreeMap<String, Table> = tables
        .into_iter()
        .map(|t| (t.name.to_ascii_lowercase(), t))
        .collect();
    order
        .iter()
        .filter_map(|n| by_name.remove(&n.to_ascii_lowercase()))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn edge(child: &str, parent: &str, deferrable: bool) -> Edge {
        Edge {
            child: child.into(),
            parent: parent.into(),
            constraint: Some(format!("{child}_{parent}_fk")),
            columns: vec!["x".into()],
            deferrable,
            existing: true,
        }
    }

    fn names(n: &[&str]) -> Vec<String> {
        n.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parents_come_first() {
        let (order, forward) = fk_order(
            &names(&[
                "app_report_activity",
                "dir_user_group",
                "dir_user",
                "app_report_process",
                "dir_group",
            ]),
            &[
                edge("app_report_activity", "app_report_process", false),
                edge("dir_user_group", "dir_user", false),
                edge("dir_user_group", "dir_group", false),
                edge("dir_group", "dir_group", false),
            ],
        );
        assert_eq!(
            order,
            [
                "app_report_process",
                "dir_group",
                "dir_user",
                "app_report_activity",
                "dir_user_group"
            ]
        );
        assert!(forward.is_empty());
    }

    #[test]
    fn a_cycle_is_broken_at_its_deferrable_key() {
        // dir_department.hod → dir_employment is deferrable, the way back
        // is not: dir_department goes first, its deferrable key forward.
        let (order, forward) = fk_order(
            &names(&["dir_employment", "dir_department"]),
            &[
                edge("dir_department", "dir_employment", true),
                edge("dir_employment", "dir_department", false),
            ],
        );
        assert_eq!(order, ["dir_department", "dir_employment"]);
        assert_eq!(forward, [edge("dir_department", "dir_employment", true)]);
    }

    #[test]
    fn only_the_cycle_is_broken() {
        // sakila: store ⇄ staff; customer, inventory and rental wait for
        // them but are not part of the cycle.
        let (order, forward) = fk_order(
            &names(&["customer", "inventory", "rental", "staff", "store"]),
            &[
                edge("customer", "store", false),
                edge("inventory", "store", false),
                edge("rental", "staff", false),
                edge("rental", "inventory", false),
                edge("staff", "store", false),
                edge("store", "staff", false),
            ],
        );
        assert_eq!(order, ["staff", "store", "customer", "inventory", "rental"]);
        assert_eq!(forward, [edge("staff", "store", false)]);
    }
}
