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
