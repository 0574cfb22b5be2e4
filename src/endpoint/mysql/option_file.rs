//! MySQL option files (`~/.my.cnf`, or the job's `mysql_option_file`), read
//! as the mysql client reads them: the `[client]`, `[client-mariadb]` and
//! `[ferry]` groups, later lines winning, `!include` and `!includedir`
//! followed, `_` and `-` alike in names, quotes and `\` escapes in values.
//! What the URL gives wins over the file.

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const GROUPS: &[&str] = &["client", "client-mariadb", "ferry"];

/// Options of the groups ferry reads, by normalised name (`ssl-ca`); a
/// flag without a value maps to `None`.
pub type Options = BTreeMap<String, Option<String>>;

/// Fills what `url` leaves open from the option file: `explicit`, else
/// `~/.my.cnf` when it exists.
///
/// # Errors
/// [`Error::BadInput`] for an explicit file that cannot be read, or a line
/// that is not an option.
pub fn apply(url: &mut url::Url, explicit: Option<&Path>) -> Result<()> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match std::env::var_os("HOME") {
            Some(home) if Path::new(&home).join(".my.cnf").is_file() => {
                Path::new(&home).join(".my.cnf")
            }
            _ => return Ok(()),
        },
    };
    let options = read(&path)?;
    fill(url, &options);
    Ok(())
}

/// The options of `path` and the files it includes.
///
/// # Errors
/// [`Error::BadInput`] naming the file (and line).
pub fn read(path: &Path) -> Result<Options> {
    let mut options = Options::new();
    read_into(path, &mut options, 0)?;
    Ok(options)
}

fn read_into(path: &Path, options: &mut Options, depth: usize) -> Result<()> {
    let name = path.display();
    if depth > 10 {
        return Err(Error::bad_input(format!(
            "MySQL option file {name}: !include nests more than 10 deep"
        )));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::bad_input(format!("cannot read MySQL option file {name}: {e}")))?;
    if world_writable(path) {
        // As the mysql client does: anyone could have put a password there.
        tracing::warn!("MySQL option file {name} is writable by everyone: ignored");
        return Ok(());
    }
    let mut in_group = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        let at = || format!("MySQL option file {name}, line {}", i + 1);
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("!includedir") {
            for file in included_dir(Path::new(rest.trim()), &at)? {
                read_into(&file, options, depth + 1)?;
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("!include") {
            read_into(Path::new(rest.trim()), options, depth + 1)?;
            continue;
        }
        if let Some(group) = line.strip_prefix('[') {
            let group = group
                .strip_suffix(']')
                .ok_or_else(|| Error::bad_input(format!("{}: '{line}' has no closing ]", at())))?;
            in_group = GROUPS.contains(&group.trim().to_ascii_lowercase().as_str());
            continue;
        }
        if !in_group {
            continue;
        }
        let (key, value) = match line.split_once('=') {
            Some((k, v)) => (
                k,
                Some(value_of(v.trim()).map_err(|e| Error::bad_input(format!("{}: {e}", at())))?),
            ),
            None => (line, None),
        };
        options.insert(key.trim().to_ascii_lowercase().replace('_', "-"), value);
    }
    Ok(())
}

/// The `.cnf` files of an `!includedir`, in name order.
fn included_dir(dir: &Path, at: &dyn Fn() -> String) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Error::bad_input(format!(
            "{}: cannot read !includedir {}: {e}",
            at(),
            dir.display()
        ))
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cnf"))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(unix)]
fn world_writable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o002 != 0)
}

#[cfg(not(unix))]
fn world_writable(_: &Path) -> bool {
    false
}

/// A value: quoted ('…' or "…", kept whole) or bare (a `#` starts a
/// comment); `\n \t \r \b \s \\` and quotes escaped in both.
fn value_of(raw: &str) -> std::result::Result<String, String> {
    let (body, quoted) = match raw.chars().next() {
        Some(q @ ('\'' | '"')) => {
            let inner = &raw[1..];
            let end = closing_quote(inner, q)
                .ok_or_else(|| format!("the value {q}… has no closing {q}"))?;
            (&inner[..end], true)
        }
        _ => (raw, false),
    };
    let body = if quoted {
        body
    } else {
        body.split('#').next().unwrap_or("").trim_end()
    };
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('s') => out.push(' '),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    Ok(out)
}

/// Where the unescaped `quote` closing a quoted value is.
fn closing_quote(inner: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in inner.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            c if c == quote && !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

/// Fills the user, password, host, port, socket, database and TLS
/// settings that `url` does not give.
fn fill(url: &mut url::Url, options: &Options) {
    let get = |k: &str| options.get(k).cloned().flatten();
    let has_param = |url: &url::Url, names: &[&str]| {
        url.query_pairs().any(|(k, _)| names.contains(&k.as_ref()))
    };
    let no_host = !url.has_host();
    if no_host {
        let host = get("host").unwrap_or_else(|| "localhost".into());
        let _ = url.set_host(Some(&host));
        if let Some(port) = get("port").and_then(|p| p.parse::<u16>().ok()) {
            let _ = url.set_port(Some(port));
        }
        if let Some(socket) = get("socket") {
            if !has_param(url, &["socket"]) {
                url.query_pairs_mut().append_pair("socket", &socket);
            }
        }
    }
    if url.username().is_empty() {
        if let Some(user) = get("user") {
            let _ = url.set_username(&user);
        }
    }
    if url.password().is_none() {
        if let Some(password) = get("password") {
            if url.username().is_empty() {
                let _ = url.set_username("root");
            }
            let _ = url.set_password(Some(&password));
        }
    }
    if url.path().trim_start_matches('/').is_empty() {
        if let Some(db) = get("database") {
            url.set_path(&db);
        }
    }
    for (name, aliases) in [
        ("ssl-ca", &["ssl-ca", "sslca"][..]),
        ("ssl-cert", &["ssl-cert", "sslcert"]),
        ("ssl-key", &["ssl-key", "sslkey"]),
    ] {
        if let Some(v) = get(name) {
            if !has_param(url, aliases) {
                url.query_pairs_mut().append_pair(name, &v);
            }
        }
    }
    if !has_param(url, &["ssl-mode", "sslmode"]) {
        if let Some(mode) = tls_mode(options) {
            url.query_pairs_mut().append_pair("ssl-mode", &mode);
        }
    }
}

/// `ssl-mode`, or MariaDB's spellings of it: `ssl-verify-server-cert`,
/// `ssl`, `skip-ssl`.
fn tls_mode(options: &Options) -> Option<String> {
    if let Some(Some(mode)) = options.get("ssl-mode") {
        return Some(mode.clone());
    }
    let on = |k: &str| {
        options.get(k).is_some_and(|v| {
            v.as_deref().is_none_or(|v| {
                v == "1" || v.eq_ignore_ascii_case("on") || v.eq_ignore_ascii_case("true")
            })
        })
    };
    if on("ssl-verify-server-cert") {
        Some("VERIFY_IDENTITY".into())
    } else if on("skip-ssl") {
        Some("DISABLED".into())
    } else if on("ssl") {
        Some("REQUIRED".into())
    } else {
        None
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn file(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("my.cnf");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn client_group_fills_what_the_url_leaves_open() {
        let (_d, path) = file(
            "[mysqld]\nport = 1\n[client]\nuser = app\npassword = \"p@ss #w\\\"rd\"\nport=3307\n\
             socket = /run/mysqld/mysqld.sock\n# comment\n[ferry]\nssl_ca = /etc/ca.pem\nssl-verify-server-cert\n",
        );
        let mut url = url::Url::parse("mysql:///shop").unwrap();
        apply(&mut url, Some(&path)).unwrap();
        assert_eq!(url.username(), "app");
        assert_eq!(
            percent_encoding_decode(url.password().unwrap()),
            "p@ss #w\"rd"
        );
        assert_eq!(url.host_str(), Some("localhost"));
        assert_eq!(url.port(), Some(3307));
        let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(
            query,
            [
                ("socket".to_string(), "/run/mysqld/mysqld.sock".to_string()),
                ("ssl-ca".into(), "/etc/ca.pem".into()),
                ("ssl-mode".into(), "VERIFY_IDENTITY".into()),
            ]
        );
    }

    #[test]
    fn the_url_wins() {
        let (_d, path) = file("[client]\nuser=app\npassword=x\nhost=db\n");
        let mut url = url::Url::parse("mysql://me:mine@127.0.0.1/shop").unwrap();
        apply(&mut url, Some(&path)).unwrap();
        assert_eq!(url.as_str(), "mysql://me:mine@127.0.0.1/shop");
    }

    #[test]
    fn bare_values_end_at_a_comment_and_unclosed_quotes_are_named() {
        assert_eq!(value_of("secret # the prod one").unwrap(), "secret");
        assert_eq!(value_of("a\\sb").unwrap(), "a b");
        let (_d, path) = file("[client]\npassword = \"open\n");
        let err = read(&path).unwrap_err().to_string();
        assert!(
            err.ends_with("my.cnf, line 2: the value \"… has no closing \""),
            "{err}"
        );
    }

    fn percent_encoding_decode(s: &str) -> String {
        url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
            .next()
            .unwrap()
            .1
            .into_owned()
    }
}
