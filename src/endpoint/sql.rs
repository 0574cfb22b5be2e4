//! An engine's SQL dialect as promotions and scopes use it: the engine's
//! own [`Dialect`] (`endpoint/<engine>/types.rs`), as a `Copy` handle.

use super::Engine;
use crate::catalog::ddl::Dialect;

/// The dialect of one engine, shared for the whole run.
pub type Flavor = &'static dyn Dialect;

/// The dialect `engine` speaks; `None` for a snapshot directory.
pub fn of(engine: Engine) -> Option<Flavor> {
    match engine {
        Engine::Postgres => Some(&super::postgres::DIALECT),
        Engine::MySql => Some(&super::mysql::DIALECT),
        Engine::Sqlite => Some(&super::sqlite::DIALECT),
        Engine::Snapshot => None,
    }
}

/// The dialect `engine` speaks, naming the tables of `schemas` (besides
/// the current one) as `schema.table`: PostgreSQL's, made once for the
/// command and kept for the process's life; elsewhere [`of`].
pub fn with_schemas(engine: Engine, schemas: &[String]) -> Option<Flavor> {
    match engine {
        Engine::Postgres if !schemas.is_empty() => {
            Some(Box::leak(Box::new(super::postgres::types::PgDialect {
                schemas: schemas.to_vec(),
            })))
        }
        _ => of(engine),
    }
}

/// The dialect of a run's target: as [`with_schemas`], and on MySQL naming
/// the tables the run is creating by their provisional names
/// (`catalog::provisional`) for as long as they have them.
pub fn of_target(engine: Engine, schemas: &[String]) -> Option<Flavor> {
    match engine {
        Engine::MySql => Some(&super::mysql::TARGET_DIALECT),
        _ => with_schemas(engine, schemas),
    }
}

/// The schemas besides the current one that table names `schema.table`
/// name.
pub fn schemas_of<'a>(tables: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut schemas: Vec<String> = tables
        .filter_map(|t| t.split_once('.').map(|(s, _)| s.to_string()))
        .collect();
    schemas.sort();
    schemas.dedup();
    schemas
}

/// `parts` joined by AND as a balanced tree of parentheses, so that a
/// comparison of a thousand columns nests about ten deep: SQLite refuses
/// expressions deeper than 1,000 ("Expression tree is too large"), and a
/// flat `a AND b AND …` is as deep as it is long.
pub fn all_of(parts: &[String]) -> String {
    match parts {
        [] => "1 = 1".into(),
        [one] => one.clone(),
        _ => {
            let (left, right) = parts.split_at(parts.len() / 2);
            format!("({}) AND ({})", all_of(left), all_of(right))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod all_of_tests {
    use super::all_of;

    #[test]
    fn conditions_nest_as_a_balanced_tree() {
        let parts: Vec<String> = (0..4).map(|i| format!("c{i}")).collect();
        assert_eq!(all_of(&parts), "((c0) AND (c1)) AND ((c2) AND (c3))");
        assert_eq!(all_of(&parts[..1]), "c0");
        let many: Vec<String> = (0..1000).map(|i| format!("c{i}")).collect();
        let text = all_of(&many);
        let (mut depth, mut deepest) = (0i32, 0i32);
        for ch in text.chars() {
            match ch {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            deepest = deepest.max(depth);
        }
        assert!(deepest <= 11, "{deepest}");
    }
}
