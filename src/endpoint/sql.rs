//! The few SQL spellings that promotions and scopes need and that differ
//! between engines. To be folded into each engine's own dialect
//! ([`crate::catalog::ddl::Dialect`], implemented in `endpoint/<engine>/`).

use crate::endpoint::Engine;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Postgres,
    MySql,
    Sqlite,
}

impl Flavor {
    pub fn of(engine: Engine) -> Option<Self> {
        match engine {
            Engine::Postgres => Some(Flavor::Postgres),
            Engine::MySql => Some(Flavor::MySql),
            Engine::Sqlite => Some(Flavor::Sqlite),
            Engine::Snapshot => None,
        }
    }

    pub fn quote(self, ident: &str) -> String {
        match self {
            Flavor::MySql => format!("`{}`", ident.replace('`', "``")),
            _ => format!("\"{}\"", ident.replace('"', "\"\"")),
        }
    }

    /// `alias.column`, quoted.
    pub fn col(self, alias: &str, column: &str) -> String {
        format!("{alias}.{}", self.quote(column))
    }

    /// A string literal. Every MySQL session ferry opens runs with
    /// `NO_BACKSLASH_ESCAPES`, so a backslash is a plain character on every
    /// engine and only quotes are doubled.
    pub fn literal(self, s: &str) -> String {
        format!("'{}'", s.replace('\'', "''"))
    }

    /// The expression as text, as the key maps (`transform::keymap`) spell keys.
    pub fn text(self, expr: &str) -> String {
        match self {
            Flavor::MySql => format!("CAST({expr} AS CHAR)"),
            _ => format!("CAST({expr} AS TEXT)"),
        }
    }

    /// A key's text: its parts as text joined by U+001F.
    pub fn key_text(self, alias: &str, columns: &[String]) -> String {
        let parts: Vec<String> = columns
            .iter()
            .map(|c| self.text(&self.col(alias, c)))
            .collect();
        if parts.len() == 1 {
            return parts.into_iter().next().expect("one");
        }
        match self {
            Flavor::Postgres => parts.join(" || chr(31) || "),
            Flavor::Sqlite => parts.join(" || char(31) || "),
            Flavor::MySql => format!("CONCAT({})", parts.join(", CHAR(31 USING utf8mb4), ")),
        }
    }

    /// NULL-safe equality.
    pub fn same(self, a: &str, b: &str) -> String {
        match self {
            Flavor::Postgres => format!("{a} IS NOT DISTINCT FROM {b}"),
            Flavor::MySql => format!("{a} <=> {b}"),
            Flavor::Sqlite => format!("{a} IS {b}"),
        }
    }
}
