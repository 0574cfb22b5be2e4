//! Database URLs: parsing, the engine they name, and redaction. A snapshot
//! directory is an endpoint too; it is named by its path, not a URL.

use crate::error::{Error, Result};
use std::fmt;

/// The engines ferry speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    Postgres,
    MySql,
    Sqlite,
    /// A snapshot directory (`ferry snapshot --out DIR`, `ferry restore DIR`).
    Snapshot,
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Engine::Postgres => "postgres",
            Engine::MySql => "mysql",
            Engine::Sqlite => "sqlite",
            Engine::Snapshot => "snapshot",
        })
    }
}

/// A database URL. Holds the secret; only [`DbUrl::redacted`] is ever shown.
#[derive(Clone)]
pub struct DbUrl {
    pub engine: Engine,
    raw: String,
}

impl fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl DbUrl {
    /// Parses a sqlx-style URL: `postgres://…`, `mysql://…` (MariaDB too),
    /// `sqlite://path`.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming `what` (`--from`, `--to`) for an empty URL,
    /// an unknown scheme or a malformed server URL.
    pub fn parse(what: &str, raw: &str) -> Result<Self> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(Error::bad_input(format!("{what} is empty: give a database URL such as sqlite://app.db or postgres://user@host/db")));
        }
        let Some((scheme, rest)) = raw.split_once(':') else {
            return Err(Error::bad_input(format!(
                "{what} '{}' is not a URL: use postgres://…, mysql://… or sqlite://path",
                redact(raw)
            )));
        };
        let engine = match scheme.to_ascii_lowercase().as_str() {
            "postgres" | "postgresql" => Engine::Postgres,
            "mysql" | "mariadb" => Engine::MySql,
            "sqlite" => Engine::Sqlite,
            other => {
                return Err(Error::bad_input(format!(
                    "{what} has unknown URL scheme '{other}': use postgres://, mysql:// (also for MariaDB) or sqlite://"
                )))
            }
        };
        let raw = match engine {
            // sqlx only knows `mysql://`.
            Engine::MySql => format!("mysql:{rest}"),
            _ => raw.to_string(),
        };
        if engine != Engine::Sqlite {
            let parsed = url::Url::parse(&raw).map_err(|e| {
                Error::bad_input(format!("{what} '{}' is malformed: {e}", redact(&raw)))
            })?;
            if parsed.host_str().unwrap_or("").is_empty() {
                return Err(Error::bad_input(format!(
                    "{what} '{}' names no host",
                    redact(&raw)
                )));
            }
            if parsed.path().trim_start_matches('/').is_empty() {
                return Err(Error::bad_input(format!(
                    "{what} '{}' names no database: add /DBNAME",
                    redact(&raw)
                )));
            }
        } else if sqlite_path_of(&raw).is_empty() {
            return Err(Error::bad_input(format!(
                "{what} '{raw}' names no file: use sqlite://path/to/file.db"
            )));
        }
        Ok(DbUrl { engine, raw })
    }

    /// A snapshot directory, named by its path.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming `what` (`--out`, `DIR`) for an empty path.
    pub fn snapshot(what: &str, path: &str) -> Result<Self> {
        if path.trim().is_empty() {
            return Err(Error::bad_input(format!(
                "{what} is empty: give a snapshot directory such as ./snapshots/prod-2024-05-01"
            )));
        }
        Ok(DbUrl {
            engine: Engine::Snapshot,
            raw: path.to_string(),
        })
    }

    /// A snapshot: the directory.
    pub fn snapshot_dir(&self) -> &std::path::Path {
        std::path::Path::new(&self.raw)
    }

    /// The URL with its secret, for the driver only.
    pub fn secret(&self) -> &str {
        &self.raw
    }

    /// The URL with any password replaced by `***`: the only form printed.
    pub fn redacted(&self) -> String {
        if self.engine == Engine::Snapshot {
            return self.raw.clone();
        }
        redact(&self.raw)
    }

    /// SQLite: the file path.
    pub fn sqlite_path(&self) -> &str {
        sqlite_path_of(&self.raw)
    }
}

fn sqlite_path_of(raw: &str) -> &str {
    let rest = raw.split_once(':').map(|(_, r)| r).unwrap_or(raw);
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    rest.split('?').next().unwrap_or("")
}

/// Replaces the password of a URL with `***`, leaving everything else.
pub fn redact(raw: &str) -> String {
    if let Ok(mut parsed) = url::Url::parse(raw) {
        if parsed.password().is_some() {
            let _ = parsed.set_password(Some("***"));
        }
        let mut pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(k, v)| {
                let secret = k.eq_ignore_ascii_case("password");
                (
                    k.into_owned(),
                    if secret { "***".into() } else { v.into_owned() },
                )
            })
            .collect();
        if !pairs.is_empty() {
            parsed.query_pairs_mut().clear();
            for (k, v) in pairs.drain(..) {
                parsed.query_pairs_mut().append_pair(&k, &v);
            }
        }
        return parsed.to_string();
    }
    // Not parseable: hide everything between `//` and `@`.
    match (raw.find("//"), raw.rfind('@')) {
        (Some(start), Some(at)) if at > start => format!("{}***{}", &raw[..start + 2], &raw[at..]),
        _ => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        let url = DbUrl::parse("--to", "postgres://app:s3cret@db:5432/prod").unwrap();
        assert_eq!(url.redacted(), "postgres://app:***@db:5432/prod");
        assert_eq!(
            redact("mysql://root@h/db?password=x&ssl-mode=off"),
            "mysql://root@h/db?password=***&ssl-mode=off"
        );
    }

    #[test]
    fn unknown_schemes_are_named() {
        let err = DbUrl::parse("--from", "oracle://x/y").unwrap_err();
        assert_eq!(
            err.to_string(),
            "--from has unknown URL scheme 'oracle': use postgres://, mysql:// (also for MariaDB) or sqlite://"
        );
    }

    #[test]
    fn mariadb_is_an_alias_of_mysql() {
        let url = DbUrl::parse("--to", "mariadb://root@127.0.0.1:3306/prod").unwrap();
        assert_eq!(url.engine, Engine::MySql);
        assert_eq!(url.secret(), "mysql://root@127.0.0.1:3306/prod");
    }

    #[test]
    fn sqlite_paths() {
        let url = DbUrl::parse("--to", "sqlite://data/prod.db").unwrap();
        assert_eq!(url.sqlite_path(), "data/prod.db");
    }
}
