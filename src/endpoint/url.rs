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

/// What an engine can hold, asked by planning and the command line instead
/// of matching on the engine there: the engine table of capabilities.
impl Engine {
    /// Keeps a column of a PostgreSQL-only type (`tsvector`, ranges,
    /// arrays, …) as PostgreSQL has it: PostgreSQL itself, and a snapshot,
    /// which stores PostgreSQL's text form and names the type.
    pub fn keeps_postgres_types(self) -> bool {
        matches!(self, Engine::Postgres | Engine::Snapshot)
    }

    /// Has schemas besides the current one (`--schemas`).
    pub fn has_schemas(self) -> bool {
        self == Engine::Postgres
    }
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
    /// As the user gave it: what [`DbUrl::redacted`] shows.
    raw: String,
    /// What the driver gets: `raw` with the job's connection settings, the
    /// MySQL option file's defaults and a password read from stdin.
    driver: String,
}

impl fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// How to reach an endpoint beyond its URL.
#[derive(Debug, Default, Clone)]
pub struct ConnectSettings {
    /// Connection parameters from the job file (`sslmode`, `ssl-ca`, …),
    /// spelled as in the URL, with where they came from for messages.
    pub params: Vec<(String, String)>,
    /// `[source]`/`[target] mysql_option_file`; `~/.my.cnf` when `None`.
    pub option_file: Option<std::path::PathBuf>,
    /// A password read from standard input (`--password-stdin`).
    pub password: Option<String>,
    /// Where `params` came from (`job file j.toml [target]`).
    pub origin: String,
}

impl DbUrl {
    /// Parses a sqlx-style URL: `postgres://…`, `mysql://…` (MariaDB too),
    /// `sqlite://path`, with no settings beyond the URL's own.
    ///
    /// # Errors
    /// As [`DbUrl::parse_with`].
    pub fn parse(what: &str, raw: &str) -> Result<Self> {
        Self::parse_with(what, raw, &ConnectSettings::default())
    }

    /// Parses a URL and adds `settings` for the driver.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming `what` (`--from`, `--to`) for an empty URL,
    /// an unknown scheme, a malformed server URL, an unknown or invalid
    /// connection parameter, a certificate file that does not exist, a
    /// setting given twice with different values, or an unreadable MySQL
    /// option file.
    pub fn parse_with(what: &str, raw: &str, settings: &ConnectSettings) -> Result<Self> {
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
            "s3" => {
                return Err(Error::bad_input(format!(
                    "{what} is an s3:// snapshot, not a database: write one with `ferry snapshot --out s3://…`, \
                     read one with `ferry restore s3://…`"
                )))
            }
            other => {
                return Err(Error::bad_input(format!(
                    "{what} has unknown URL scheme '{other}': use postgres://, mysql:// (also for MariaDB) or sqlite://"
                )))
            }
        };
        if engine != Engine::Sqlite && !rest.starts_with("//") {
            // `postgres:/user:pw@host/db` would reach the default server with
            // all of it as a database name (and into its log): refused, and
            // not echoed, as the password cannot be told from the rest.
            return Err(Error::bad_input(format!(
                "{what} is malformed: a {engine} URL starts with {scheme}:// (two slashes), as in {scheme}://user@host/db"
            )));
        }
        let raw = match engine {
            // sqlx only knows `mysql://` and a lower-case `sqlite:`.
            Engine::MySql => format!("mysql:{rest}"),
            Engine::Sqlite => format!("sqlite:{rest}"),
            _ => raw.to_string(),
        };
        if engine == Engine::Sqlite {
            if sqlite_path_of(&raw).is_empty() {
                return Err(Error::bad_input(format!(
                    "{what} '{raw}' names no file: use sqlite://path/to/file.db"
                )));
            }
            if is_in_memory(&raw) {
                return Err(Error::bad_input(format!(
                    "{what} '{raw}' is an in-memory database, gone when ferry ends: give a file, sqlite://path/to/file.db"
                )));
            }
            if !settings.params.is_empty() {
                return Err(Error::bad_input(format!(
                    "{what} is a SQLite file: the TLS settings of {} apply to servers only",
                    settings.origin
                )));
            }
            if settings.password.is_some() {
                return Err(Error::bad_input(format!(
                    "{what} is a SQLite file: --password-stdin applies to servers only"
                )));
            }
            return Ok(DbUrl {
                engine,
                driver: raw.clone(),
                raw,
            });
        }
        if settings.option_file.is_some() && engine != Engine::MySql {
            return Err(Error::bad_input(format!(
                "{what} is a {engine} server: mysql_option_file in {} is for MySQL/MariaDB",
                settings.origin
            )));
        }
        let mut parsed = url::Url::parse(&with_socket_host(engine, &raw)).map_err(|e| {
            let hint = match (e, engine) {
                (url::ParseError::EmptyHost, Engine::MySql) => ": name the server (user@host/db), or its socket (user@localhost/db?socket=/run/mysqld/mysqld.sock)",
                (url::ParseError::EmptyHost, _) => ": name the server (user@host/db), or its socket (user@/db?host=/var/run/postgresql)",
                _ => "",
            };
            Error::bad_input(format!("{what} '{}' is malformed: {e}{hint}", redact(&raw)))
        })?;
        let place = format!("{what} '{}'", redact(&raw));
        super::params::check_url(engine, &parsed, &place)?;
        super::params::add_settings(engine, &mut parsed, settings, &place)?;
        if engine == Engine::MySql {
            super::mysql::option_file::apply(&mut parsed, settings.option_file.as_deref())?;
        }
        if let Some(password) = &settings.password {
            set_password(&mut parsed, engine, password, &place)?;
        }
        super::params::check_database(engine, &parsed, &place)?;
        Ok(DbUrl {
            engine,
            raw,
            driver: parsed.to_string(),
        })
    }

    /// A snapshot directory, named by its path, or an `s3://bucket/prefix`.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming `what` (`--out`, `DIR`) for an empty path.
    pub fn snapshot(what: &str, path: &str) -> Result<Self> {
        if path.trim().is_empty() {
            return Err(Error::bad_input(format!(
                "{what} is empty: give a snapshot directory such as ./snapshots/prod-2024-05-01"
            )));
        }
        if super::snapshot::s3::S3Url::is_object_url(path) {
            super::snapshot::s3::S3Url::parse(what, path)?;
        }
        Ok(DbUrl {
            engine: Engine::Snapshot,
            raw: path.to_string(),
            driver: path.to_string(),
        })
    }

    /// A snapshot: the directory.
    pub fn snapshot_dir(&self) -> &std::path::Path {
        std::path::Path::new(&self.raw)
    }

    /// A snapshot: its directory or `s3://` URL, as given.
    pub fn snapshot_name(&self) -> &str {
        &self.raw
    }

    /// The URL with its secret and settings, for the driver only.
    pub fn secret(&self) -> &str {
        &self.driver
    }

    /// The URL as given, with any password replaced by `***`: the only
    /// form printed.
    pub fn redacted(&self) -> String {
        if self.engine == Engine::Snapshot {
            return self.raw.clone();
        }
        redact(&self.raw)
    }

    /// Whether the URL given to the driver carries a password (in its
    /// user information or as `password=`).
    pub fn has_password(&self) -> bool {
        url::Url::parse(&self.driver)
            .is_ok_and(|u| u.password().is_some() || u.query_pairs().any(|(k, _)| k == "password"))
    }

    /// The database the URL names (the driver's, with PGDATABASE or the
    /// option file's applied); SQLite's file, a snapshot's directory.
    pub fn database(&self) -> String {
        match self.engine {
            Engine::Sqlite => self.sqlite_path().to_string(),
            Engine::Snapshot => self.raw.clone(),
            Engine::Postgres | Engine::MySql => url::Url::parse(&self.driver)
                .map(|u| u.path().trim_start_matches('/').to_string())
                .unwrap_or_default(),
        }
    }

    /// SQLite: the file path.
    pub fn sqlite_path(&self) -> &str {
        sqlite_path_of(&self.raw)
    }
}

/// Puts a password read from stdin into the driver's URL, refusing a URL
/// that already has one.
fn set_password(parsed: &mut url::Url, engine: Engine, password: &str, place: &str) -> Result<()> {
    let in_query = parsed
        .query_pairs()
        .any(|(k, _)| k.eq_ignore_ascii_case("password"));
    if parsed.password().is_some() || in_query {
        return Err(Error::bad_input(format!(
            "{place} has a password and --password-stdin gives another: give it in one place"
        )));
    }
    if !parsed.has_host() {
        if engine == Engine::MySql {
            // sqlx reads no `password=` for MySQL; its default host is this.
            let _ = parsed.set_host(Some("localhost"));
        } else {
            parsed.query_pairs_mut().append_pair("password", password);
            return Ok(());
        }
    }
    if parsed.username().is_empty() && engine == Engine::MySql {
        let _ = parsed.set_username("root");
    }
    parsed
        .set_password(Some(password))
        .map_err(|()| Error::bad_input(format!("{place} cannot take a password")))
}

/// `sqlite://:memory:`, `sqlite://file?mode=memory`.
fn is_in_memory(raw: &str) -> bool {
    let path = sqlite_path_of(raw);
    let query = raw.split_once('?').map(|(_, q)| q).unwrap_or("");
    path == ":memory:"
        || path.starts_with(":memory:")
        || query
            .split('&')
            .any(|p| p.eq_ignore_ascii_case("mode=memory"))
}

fn sqlite_path_of(raw: &str) -> &str {
    let rest = raw.split_once(':').map(|(_, r)| r).unwrap_or(raw);
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    rest.split('?').next().unwrap_or("")
}

/// Any text with the passwords of the URLs it quotes replaced by `***`
/// (`postgres://u:pw@h/db` → `postgres://u:***@h/db`, `password=pw` →
/// `password=***`): applied to every message before it is printed, since
/// messages echo what the user wrote (a job file's value, a URL).
pub fn redact_text(text: &str) -> String {
    let ends = |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`' | '<' | '>');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let token_len = tail.find(ends).unwrap_or(tail.len());
        let (token, after) = tail.split_at(token_len);
        out.push_str(&redact_userinfo(token));
        rest = after;
    }
    out.push_str(rest);
    redact_password_pairs(&out)
}

/// `user:secret@host…` → `user:***@host…`; the last `@` ends the user
/// information, as a password may hold one. Without an `@`, a "port" that
/// is not a number is taken for a password whose host was left out
/// (`postgres://user:secret`).
fn redact_userinfo(token: &str) -> String {
    match token.rfind('@') {
        Some(at) => match token[..at].find(':') {
            Some(colon) => format!("{}:***{}", &token[..colon], &token[at..]),
            None => token.to_string(),
        },
        None => {
            let end = token.find(['/', '?', '#']).unwrap_or(token.len());
            let authority = &token[..end];
            match authority.rfind(':') {
                Some(colon)
                    if !authority.starts_with('[')
                        && !authority[colon + 1..].chars().all(|c| c.is_ascii_digit()) =>
                {
                    format!("{}:***{}", &authority[..colon], &token[end..])
                }
                _ => token.to_string(),
            }
        }
    }
}

/// `password=secret` (a URL's query, a libpq string) → `password=***`.
fn redact_password_pairs(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    while let Some(found) = lower[from..].find("password=") {
        let mut value = from + found + "password=".len();
        // A quoted value runs to its closing quote.
        let quote = text[value..]
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\''));
        if quote.is_some() {
            value += 1;
        }
        out.push_str(&text[from..value]);
        let len = match quote {
            Some(q) => text[value..].find(q),
            None => text[value..]
                .find(|c: char| c == '&' || c.is_whitespace() || matches!(c, '"' | '\'' | '`')),
        }
        .unwrap_or(text.len() - value);
        out.push_str(if len > 0 { "***" } else { "" });
        from = value + len;
    }
    out.push_str(&text[from..]);
    out
}

/// `user@/db?socket=…` (MySQL) or `user@/db?host=/dir` (PostgreSQL): a
/// socket and no host, which the URL parser refuses when a user is named;
/// given `localhost` for the parser, the socket still chosen by the query.
fn with_socket_host(engine: Engine, raw: &str) -> String {
    let socket = match engine {
        Engine::MySql => "socket=",
        _ => "host=/",
    };
    let Some((scheme, rest)) = raw.split_once("://") else {
        return raw.to_string();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let names_socket = tail
        .split_once('?')
        .is_some_and(|(_, q)| q.split('&').any(|p| p.starts_with(socket)));
    match authority.strip_suffix('@') {
        Some(user) if names_socket => format!("{scheme}://{user}@localhost{tail}"),
        _ => raw.to_string(),
    }
}

/// Replaces the password of a URL with `***`, leaving everything else.
pub fn redact(raw: &str) -> String {
    if let Ok(mut parsed) = url::Url::parse(raw) {
        if parsed.password().is_some() {
            let _ = parsed.set_password(Some("***"));
        }
        let secret_in_query = parsed
            .query_pairs()
            .any(|(k, _)| k.eq_ignore_ascii_case("password"));
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
        // Rewritten only to hide a password: otherwise the query stays as
        // the user spelt it (`sslrootcert=/etc/ca.pem`, not `%2Fetc…`).
        if secret_in_query {
            parsed.query_pairs_mut().clear();
            for (k, v) in pairs.drain(..) {
                parsed.query_pairs_mut().append_pair(&k, &v);
            }
        }
        return parsed.to_string();
    }
    // Not parseable (a socket URL without a host, a bad port): hide what
    // follows the user's first `:` up to the last `@`, or a "port" that is
    // not a number (`postgres://user:secret`, no host).
    match (raw.find("//"), raw.rfind('@')) {
        (Some(start), Some(at)) if at > start => {
            let userinfo = &raw[start + 2..at];
            let user = match userinfo.find(':') {
                Some(colon) => format!("{}:***", &userinfo[..colon]),
                None => userinfo.to_string(),
            };
            redact_password_pairs(&format!("{}{user}{}", &raw[..start + 2], &raw[at..]))
        }
        _ => redact_text(raw),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    /// URLs the url crate cannot parse keep their user, not their password.
    #[test]
    fn unparseable_urls_show_the_user() {
        assert_eq!(redact("postgres://alice@/app"), "postgres://alice@/app");
        assert_eq!(
            redact("postgres://alice:s3cr@t@/app?password=x"),
            "postgres://alice:***@/app?password=***"
        );
        assert_eq!(
            redact("mysql://root:pw@127.0.0.1:70000/db"),
            "mysql://root:***@127.0.0.1:70000/db"
        );
    }

    #[test]
    fn a_socket_needs_no_host() {
        let driver = |raw: &str| DbUrl::parse("--from", raw).map(|u| u.driver);
        assert_eq!(
            driver("mysql://root@/app?socket=/run/mysqld/mysqld.sock").unwrap(),
            "mysql://root@localhost/app?socket=/run/mysqld/mysqld.sock"
        );
        assert_eq!(
            driver("postgres://app:pw@/app?host=/var/run/postgresql").unwrap(),
            "postgres://app:pw@localhost/app?host=/var/run/postgresql"
        );
        let refused = driver("postgres://app@/app").unwrap_err().to_string();
        assert!(refused.ends_with("is malformed: empty host: name the server (user@host/db), or its socket (user@/db?host=/var/run/postgresql)"), "{refused}");
        let port = |raw: &str| driver(raw).unwrap_err().to_string();
        assert_eq!(
            port("postgres://app@db:0/app"),
            "--from 'postgres://app@db:0/app': port 0 is not a port: give a number from 1 to 65535"
        );
        assert_eq!(
            port("postgres://app@db/app?port=abc"),
            "--from 'postgres://app@db/app?port=abc': port=abc is not a port: give a number from 1 to 65535"
        );
    }

    #[test]
    fn passwords_in_any_message_are_redacted() {
        assert_eq!(
            redact_text(
                r#"invalid type: string "postgres://u:S3cr3t-pw!@db.example/app", expected struct EndpointSection"#
            ),
            r#"invalid type: string "postgres://u:***@db.example/app", expected struct EndpointSection"#
        );
        assert_eq!(
            redact_text("source.url has an unclosed ${ in 'postgres://u:p@ss@h/${DB'"),
            "source.url has an unclosed ${ in 'postgres://u:***@h/${DB'"
        );
        assert_eq!(
            redact_text(
                "mysql://root@h/db?ssl-mode=REQUIRED&password=x%40y and sqlite:///tmp/a.db"
            ),
            "mysql://root@h/db?ssl-mode=REQUIRED&password=*** and sqlite:///tmp/a.db"
        );
        assert_eq!(redact_text("no url here: a:b@c"), "no url here: a:b@c");
        assert_eq!(
            redact_text("PASSWORD='tiger' host=h"),
            "PASSWORD='***' host=h"
        );
    }

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
