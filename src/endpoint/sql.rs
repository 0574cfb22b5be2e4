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
