//! libpq's password file (`PGPASSFILE`, else `~/.pgpass`), read as libpq
//! reads it: `host:port:database:user:password`, `*` matching anything,
//! `\:` and `\\` escaped in every field (the password too), `localhost`
//! matching a Unix-socket connection, ignored when others may read it.
//! sqlx reads the file too but keeps the password's escapes, so ferry
//! looks it up itself and gives sqlx the password.

use std::path::{Path, PathBuf};

/// What a connection is, for matching a line.
pub struct Target<'a> {
    pub host: &'a str,
    pub socket: bool,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// The password the first matching line gives, if any.
pub fn lookup(target: &Target<'_>) -> Option<String> {
    let path = file()?;
    let text = std::fs::read_to_string(&path).ok()?;
    if others_may_read(&path) {
        tracing::warn!(
            "password file {} has group or world access and is ignored, as libpq does; chmod 0600 it",
            path.display()
        );
        return None;
    }
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .find_map(|line| matching(line, target))
}

fn file() -> Option<PathBuf> {
    if let Some(file) = std::env::var_os("PGPASSFILE") {
        return Some(PathBuf::from(file));
    }
    std::env::var_os("HOME").map(|home| Path::new(&home).join(".pgpass"))
}

#[cfg(unix)]
fn others_may_read(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
}

#[cfg(not(unix))]
fn others_may_read(_: &Path) -> bool {
    false
}

/// The line's password when its first four fields match `target`.
fn matching(line: &str, target: &Target<'_>) -> Option<String> {
    let fields = split(line);
    let [host, port, database, user, password] = fields.as_slice() else {
        return None;
    };
    let host_matches = host == "*" || host == target.host || (target.socket && host == "localhost");
    let ok = host_matches
        && (port == "*" || port == &target.port.to_string())
        && (database == "*" || database == target.database)
        && (user == "*" || user == target.user);
    ok.then(|| password.clone())
}

/// The fields of a line: split at unescaped `:`, escapes removed; the
/// fifth field runs to the end of the line.
fn split(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    field.push(next);
                }
            }
            ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn target<'a>(host: &'a str, socket: bool) -> Target<'a> {
        Target {
            host,
            socket,
            port: 5432,
            database: "app",
            user: "ferry",
        }
    }

    #[test]
    fn escapes_are_removed_from_every_field() {
        let line = r"db\:1:5432:*:ferry:p\:w\\rd:x";
        assert_eq!(
            matching(line, &target("db:1", false)).as_deref(),
            Some(r"p:w\rd:x")
        );
    }

    #[test]
    fn localhost_matches_a_socket() {
        let line = "localhost:*:app:ferry:secret";
        assert_eq!(
            matching(line, &target("/var/run/postgresql", true)).as_deref(),
            Some("secret")
        );
        assert_eq!(matching(line, &target("10.0.0.5", false)), None);
        assert_eq!(matching("*:*:other:ferry:x", &target("h", false)), None);
    }

    #[test]
    fn the_fifth_field_runs_to_the_end_of_the_line() {
        assert_eq!(
            split("h:5432:db:u:pa:ss"),
            ["h", "5432", "db", "u", "pa:ss"]
        );
        assert_eq!(split("h:5432"), ["h", "5432"]);
        assert_eq!(split(""), [""]);
    }
}
