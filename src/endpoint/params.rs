//! Connection parameters of server URLs: the ones ferry passes to the
//! driver, checked before anything connects, so that a misspelt
//! `sslmdoe=require` is an error and not a silent plain-text connection.
//! The names are libpq's and the mysql client's, with sqlx's aliases.

use super::url::{ConnectSettings, Engine};
use crate::error::{Error, Result};

/// One parameter and the other spellings of it.
struct Param {
    names: &'static [&'static str],
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Free text (a host, a user name, a number sqlx checks).
    Text,
    /// `sslmode` / `ssl-mode`, one of the engine's modes.
    TlsMode,
    /// A certificate or key: a file that must exist, or inline PEM.
    File,
    /// A TCP port, 1–65535.
    Port,
}

const POSTGRES: &[Param] = &[
    Param {
        names: &["sslmode", "ssl-mode"],
        kind: Kind::TlsMode,
    },
    Param {
        names: &["sslrootcert", "ssl-root-cert", "ssl-ca"],
        kind: Kind::File,
    },
    Param {
        names: &["sslcert", "ssl-cert"],
        kind: Kind::File,
    },
    Param {
        names: &["sslkey", "ssl-key"],
        kind: Kind::File,
    },
    Param {
        names: &["host"],
        kind: Kind::Text,
    },
    Param {
        names: &["hostaddr"],
        kind: Kind::Text,
    },
    Param {
        names: &["port"],
        kind: Kind::Port,
    },
    Param {
        names: &["dbname"],
        kind: Kind::Text,
    },
    Param {
        names: &["user"],
        kind: Kind::Text,
    },
    Param {
        names: &["password"],
        kind: Kind::Text,
    },
    Param {
        names: &["application_name"],
        kind: Kind::Text,
    },
    Param {
        names: &["options"],
        kind: Kind::Text,
    },
    Param {
        names: &["statement-cache-capacity"],
        kind: Kind::Text,
    },
];

const MYSQL: &[Param] = &[
    Param {
        names: &["ssl-mode", "sslmode"],
        kind: Kind::TlsMode,
    },
    Param {
        names: &["ssl-ca", "sslca"],
        kind: Kind::File,
    },
    Param {
        names: &["ssl-cert", "sslcert"],
        kind: Kind::File,
    },
    Param {
        names: &["ssl-key", "sslkey"],
        kind: Kind::File,
    },
    Param {
        names: &["socket"],
        kind: Kind::Text,
    },
    Param {
        names: &["statement-cache-capacity"],
        kind: Kind::Text,
    },
];

const PG_MODES: &[&str] = &["disable", "prefer", "require", "verify-ca", "verify-full"];
const MYSQL_MODES: &[&str] = &[
    "DISABLED",
    "PREFERRED",
    "REQUIRED",
    "VERIFY_CA",
    "VERIFY_IDENTITY",
];

fn table(engine: Engine) -> &'static [Param] {
    match engine {
        Engine::MySql => MYSQL,
        _ => POSTGRES,
    }
}

fn find(engine: Engine, name: &str) -> Option<&'static Param> {
    table(engine).iter().find(|p| {
        p.names.contains(&name) || (name.starts_with("options[") && p.names == ["options"])
    })
}

/// Every parameter of `url` is one ferry knows, with a valid value.
///
/// # Errors
/// [`Error::BadInput`] naming `place` and the parameter.
pub fn check_url(engine: Engine, url: &url::Url, place: &str) -> Result<()> {
    if let Some(port) = url.port() {
        check_port(&format!("port {port}"), &port.to_string(), place)?;
    }
    for (name, value) in url.query_pairs() {
        check(engine, &name, &value, place)?;
    }
    Ok(())
}

fn check(engine: Engine, name: &str, value: &str, place: &str) -> Result<()> {
    let Some(param) = find(engine, name) else {
        return Err(unknown(engine, name, place));
    };
    match param.kind {
        Kind::Text => Ok(()),
        Kind::TlsMode => check_mode(engine, name, value, place),
        Kind::File => check_file(name, value, place),
        Kind::Port => check_port(&format!("{name}={value}"), value, place),
    }
}

/// A port, in the URL (`host:0`) or as `port=…`.
fn check_port(what: &str, value: &str, place: &str) -> Result<()> {
    match value.parse::<u16>() {
        Ok(p) if p > 0 => Ok(()),
        _ => Err(Error::bad_input(format!(
            "{place}: {what} is not a port: give a number from 1 to 65535"
        ))),
    }
}

fn unknown(engine: Engine, name: &str, place: &str) -> Error {
    let other = match engine {
        Engine::MySql => POSTGRES,
        _ => MYSQL,
    };
    let known: Vec<&str> = table(engine)
        .iter()
        .filter_map(|p| p.names.first().copied())
        .collect();
    let hint = if other.iter().any(|p| p.names.contains(&name)) {
        match engine {
            Engine::MySql => " (a PostgreSQL parameter: MySQL's TLS settings are ssl-mode, ssl-ca, ssl-cert, ssl-key)",
            _ => " (a MySQL parameter: PostgreSQL's TLS settings are sslmode, sslrootcert, sslcert, sslkey)",
        }
    } else if matches!(name, "charset" | "collation" | "timezone" | "time-zone") {
        " (ferry sets the session's character set, utf8mb4, and time zone, UTC, itself)"
    } else {
        ""
    };
    Error::bad_input(format!(
        "{place}: unknown connection parameter '{name}'{hint}; ferry reads {}",
        known.join(", ")
    ))
}

fn check_mode(engine: Engine, name: &str, value: &str, place: &str) -> Result<()> {
    let ok = match engine {
        Engine::MySql => MYSQL_MODES.iter().any(|m| m.eq_ignore_ascii_case(value)),
        _ => PG_MODES.contains(&value),
    };
    if ok {
        return Ok(());
    }
    let modes = match engine {
        Engine::MySql => MYSQL_MODES.join(", "),
        _ => PG_MODES.join(", "),
    };
    // The same mode in the other engine's spelling (one job file for both).
    let (mine, other) = match engine {
        Engine::MySql => (MYSQL_MODES, PG_MODES),
        _ => (PG_MODES, MYSQL_MODES),
    };
    let spelt = other
        .iter()
        .position(|m| m.eq_ignore_ascii_case(value))
        .and_then(|i| mine.get(i));
    let hint = match spelt {
        _ if engine == Engine::Postgres && value == "allow" => {
            " (allow would try without TLS first; use prefer or require)".to_string()
        }
        Some(m) => match engine {
            Engine::MySql => format!(" (MySQL spells it {m})"),
            _ => format!(" (PostgreSQL spells it {m})"),
        },
        None => String::new(),
    };
    Err(Error::bad_input(format!(
        "{place}: {name}={value} is not a TLS mode{hint}; use one of {modes}"
    )))
}

fn check_file(name: &str, value: &str, place: &str) -> Result<()> {
    if value.trim_start().starts_with("-----BEGIN") {
        return Ok(());
    }
    match std::fs::metadata(value) {
        Ok(m) if m.is_file() => Ok(()),
        Ok(_) => Err(Error::bad_input(format!(
            "{place}: {name} '{value}' is not a file"
        ))),
        Err(e) => Err(Error::bad_input(format!(
            "{place}: cannot read {name} '{value}': {e}"
        ))),
    }
}

/// Adds the job file's connection settings to `url`. A setting the URL
/// also gives must have the same value there.
///
/// # Errors
/// [`Error::BadInput`] for an unknown or invalid setting, or one the URL
/// gives with another value.
pub fn add_settings(
    engine: Engine,
    url: &mut url::Url,
    settings: &ConnectSettings,
    place: &str,
) -> Result<()> {
    for (name, value) in &settings.params {
        let origin = &settings.origin;
        check(engine, name, value, origin)?;
        let Some(param) = find(engine, name) else {
            return Err(unknown(engine, name, origin));
        };
        let given = url
            .query_pairs()
            .find(|(k, _)| param.names.contains(&k.as_ref()))
            .map(|(k, v)| (k.into_owned(), v.into_owned()));
        match given {
            Some((_, v)) if v.eq_ignore_ascii_case(value) => {}
            Some((k, v)) => {
                return Err(Error::bad_input(format!(
                    "{place} gives {k}={v} and {origin} {name} = \"{value}\": give it in one place"
                )))
            }
            None => {
                url.query_pairs_mut().append_pair(name, value);
            }
        }
    }
    Ok(())
}

/// The URL names a database (PostgreSQL: or `dbname=`, or `PGDATABASE`).
///
/// # Errors
/// [`Error::BadInput`] naming `place`.
pub fn check_database(engine: Engine, url: &url::Url, place: &str) -> Result<()> {
    if !url.path().trim_start_matches('/').is_empty() {
        return Ok(());
    }
    if engine == Engine::Postgres
        && (url.query_pairs().any(|(k, _)| k == "dbname")
            || std::env::var_os("PGDATABASE").is_some())
    {
        return Ok(());
    }
    let also = match engine {
        Engine::Postgres => " (or set PGDATABASE)",
        _ => " (or database = … in the MySQL option file)",
    };
    Err(Error::bad_input(format!(
        "{place} names no database: add /DBNAME{also}"
    )))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn url(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn misspelt_parameters_are_refused() {
        let err = check_url(
            Engine::Postgres,
            &url("postgres://h/db?sslmdoe=require"),
            "--to",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "--to: unknown connection parameter 'sslmdoe'; ferry reads sslmode, sslrootcert, sslcert, sslkey, host, hostaddr, port, dbname, user, password, application_name, options, statement-cache-capacity");
        let err = check_url(Engine::MySql, &url("mysql://h/db?sslrootcert=x"), "--to").unwrap_err();
        assert!(err.to_string().contains("(a PostgreSQL parameter: MySQL's TLS settings are ssl-mode, ssl-ca, ssl-cert, ssl-key)"), "{err}");
    }

    #[test]
    fn tls_modes_are_the_engines_own() {
        assert!(check_url(
            Engine::MySql,
            &url("mysql://h/db?ssl-mode=verify_identity"),
            "x"
        )
        .is_ok());
        let err = check_url(
            Engine::Postgres,
            &url("postgres://h/db?sslmode=allow"),
            "--from",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "--from: sslmode=allow is not a TLS mode (allow would try without TLS first; use prefer or require); use one of disable, prefer, require, verify-ca, verify-full");
        let err = check_url(
            Engine::Postgres,
            &url("postgres://h/db?sslmode=REQUIRED"),
            "--from",
        )
        .unwrap_err();
        assert!(
            err.to_string().starts_with(
                "--from: sslmode=REQUIRED is not a TLS mode (PostgreSQL spells it require); "
            ),
            "{err}"
        );
    }

    #[test]
    fn certificate_files_must_exist() {
        let err = check_url(
            Engine::Postgres,
            &url("postgres://h/db?sslrootcert=/nonexistent/ca.pem"),
            "--to",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "--to: cannot read sslrootcert '/nonexistent/ca.pem': No such file or directory (os error 2)");
    }

    #[test]
    fn job_settings_join_the_url() {
        let settings = ConnectSettings {
            params: vec![("sslmode".into(), "require".into())],
            origin: "job file j.toml [target]".into(),
            ..ConnectSettings::default()
        };
        let mut u = url("postgres://h/db");
        add_settings(Engine::Postgres, &mut u, &settings, "--to").unwrap();
        assert_eq!(u.as_str(), "postgres://h/db?sslmode=require");
        let mut u = url("postgres://h/db?ssl-mode=prefer");
        let err = add_settings(
            Engine::Postgres,
            &mut u,
            &settings,
            "--to 'postgres://h/db?ssl-mode=prefer'",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "--to 'postgres://h/db?ssl-mode=prefer' gives ssl-mode=prefer and job file j.toml [target] sslmode = \"require\": give it in one place");
    }
}
