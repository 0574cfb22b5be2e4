//! A corpus of bad input (issue 15): URLs, flags, job files, snapshots,
//! `undo`, `history` and `verify`, each case run against real databases
//! and checked for its exit code, the key phrase of its message, no panic
//! and an unchanged target (a SQLite file that did not exist still does
//! not). A second test runs every case again, plain, with `--json` and
//! with `-vv`, and looks for the password its URLs hold in everything
//! ferry printed.
//!
//! The phrases are what ferry prints today; a case is added here only when
//! its message names what is wrong and its exit code is the README's.

use crate::common::{checksums, ferry, ferry_command, journal_rows, Kind, Run, TableSum, TestDb};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

/// The password of every server URL in the corpus.
const PW: &str = "Corpus-Pw-93!";

/// An environment variable no one sets.
const UNSET: &str = "FERRY_CORPUS_UNSET_93";

/// The subcommands that take `--json` and `-v`.
const SUBCOMMANDS: &[&str] = &[
    "plan", "run", "snapshot", "restore", "inspect", "verify", "history", "undo",
];

/// The database whose content a case must leave as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Db {
    /// The SQLite target with the fixture.
    Lite,
    /// The PostgreSQL target with the fixture.
    Pg,
    /// The MariaDB target with the fixture.
    My,
    /// A SQLite target holding one recorded run.
    Journal,
    /// None: the case names no existing database (files that must not
    /// appear are checked after every case).
    None,
}

struct Case {
    name: &'static str,
    args: Vec<String>,
    /// Job file text, written to `jobs/<name>.toml` and given as `--job`.
    job: Option<String>,
    code: i32,
    /// Must be in stderr; `{job}` stands for the job file's path.
    phrase: String,
    target: Db,
    env: Vec<(&'static str, String)>,
    stdin: Option<String>,
}

fn case(
    name: &'static str,
    target: Db,
    code: i32,
    phrase: impl Into<String>,
    args: &[&str],
) -> Case {
    Case {
        name,
        args: args.iter().map(|a| a.to_string()).collect(),
        job: None,
        code,
        phrase: phrase.into(),
        target,
        env: Vec::new(),
        stdin: None,
    }
}

impl Case {
    fn job(mut self, text: impl Into<String>) -> Case {
        self.job = Some(text.into());
        self
    }

    fn env(mut self, var: &'static str, value: impl Into<String>) -> Case {
        self.env.push((var, value.into()));
        self
    }

    fn stdin(mut self, text: impl Into<String>) -> Case {
        self.stdin = Some(text.into());
        self
    }

    /// Whether the case names a server URL (its password must appear
    /// nowhere).
    fn has_password(&self) -> bool {
        self.args.iter().any(|a| a.contains(PW))
            || self.job.as_deref().is_some_and(|j| j.contains(PW))
            || self.stdin.as_deref().is_some_and(|s| s.contains(PW))
            || self.env.iter().any(|(_, v)| v.contains(PW))
    }
}

/// The databases, files and snapshots the cases use.
struct Env {
    dir: tempfile::TempDir,
    src: TestDb,
    lite: TestDb,
    journal: TestDb,
    pg: TestDb,
    my: TestDb,
    /// The MariaDB account (with the password) ferry connects as.
    my_user: String,
    /// `pg.url` and `my.url` with the password.
    pg_url: String,
    my_url: String,
    /// `postgres://USER:PW@HOST:PORT` and `mysql://USER:PW@HOST:PORT`.
    pg_server: String,
    my_server: String,
    before: HashMap<Db, BTreeMap<String, TableSum>>,
}

impl Drop for Env {
    fn drop(&mut self) {
        let u = &self.my_user;
        let _ = self
            .my
            .exec_result(&format!("DROP USER IF EXISTS '{u}'@'%', '{u}'@'localhost'"));
    }
}

impl Env {
    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    fn sqlite(&self, name: &str) -> String {
        format!("sqlite://{}", self.path(name))
    }

    fn url(&self, db: Db) -> &str {
        match db {
            Db::Lite => &self.lite.url,
            Db::Pg => &self.pg_url,
            Db::My => &self.my_url,
            Db::Journal => &self.journal.url,
            Db::None => unreachable!("no database"),
        }
    }

    /// Names in the directory that no case may create, nor any file
    /// beginning with them.
    fn absent(&self) -> [&'static str; 5] {
        [
            "fresh.db",
            "missing",
            "snap_new",
            "nosuch_snap",
            "missing.db",
        ]
    }
}

/// `url` (`scheme://user[:pw]@host/db`) with the password [`PW`].
fn with_password(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("scheme");
    match rest.split_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or(user);
            format!("{scheme}://{user}:{PW}@{host}")
        }
        None => format!("{scheme}://postgres:{PW}@{rest}"),
    }
}

/// `scheme://user:pw@host:port` of a URL with a database.
fn server_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("scheme");
    let server = rest.split('/').next().unwrap_or(rest);
    format!("{scheme}://{server}")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the snapshot `snap` as `name`, its manifest changed by `edit`.
fn edited_snapshot(dir: &Path, name: &str, edit: impl FnOnce(&mut serde_json::Value)) {
    copy_dir(&dir.join("snap"), &dir.join(name));
    let path = dir.join(name).join("manifest.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(&mut manifest);
    std::fs::write(&path, serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
}

fn table_entry<'a>(manifest: &'a mut serde_json::Value, table: &str) -> &'a mut serde_json::Value {
    manifest["tables"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|t| t["name"] == table)
        .unwrap()
}

fn setup() -> Env {
    let src = TestDb::with_fixture(Kind::Sqlite, "corpus_src");
    let lite = TestDb::with_fixture(Kind::Sqlite, "corpus_lite");
    let pg = TestDb::with_fixture(Kind::Postgres, "corpus_pg");
    let my = TestDb::with_fixture(Kind::MySql, "corpus_my");
    // all_types holds a megabyte of text: checksummed after every case, it
    // would take most of the time.
    for db in [&src, &lite, &pg, &my] {
        db.exec("DROP TABLE all_types");
    }
    src.exec_script(
        "CREATE TABLE only_in_source (id INTEGER PRIMARY KEY, v TEXT);\n\
         INSERT INTO only_in_source VALUES (1, 'a');\n\
         CREATE TABLE wide (id INTEGER PRIMARY KEY, a TEXT, b TEXT);\n\
         INSERT INTO wide VALUES (1, 'a', 'b');\n\
         CREATE TABLE schema_version (version INTEGER);\n\
         INSERT INTO schema_version VALUES (4);\n\
         CREATE TABLE audit_log (at TEXT, msg TEXT);\n\
         INSERT INTO audit_log VALUES ('2026-01-01', 'a');\n",
    );
    lite.exec_script(
        "CREATE TABLE wide (id INTEGER PRIMARY KEY, a TEXT);\n\
         INSERT INTO wide VALUES (1, 'a');\n\
         CREATE TABLE schema_version (version INTEGER);\n\
         INSERT INTO schema_version VALUES (3);\n\
         CREATE TABLE audit_log (at TEXT, msg TEXT);\n",
    );

    // A MariaDB account of its own with the corpus password, allowed this
    // database only.
    let my_user = format!(
        "corpus_{}_{}",
        std::process::id(),
        my.name.rsplit('_').next().unwrap()
    );
    for host in ["%", "localhost"] {
        my.exec(&format!(
            "CREATE USER '{my_user}'@'{host}' IDENTIFIED BY '{PW}'"
        ));
        my.exec(&format!(
            "GRANT ALL PRIVILEGES ON `{}`.* TO '{my_user}'@'{host}'",
            my.name
        ));
    }
    let my_host = my
        .url
        .split_once('@')
        .expect("user")
        .1
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let my_url = format!("mysql://{my_user}:{PW}@{my_host}/{}", my.name);
    // The servers trust loopback connections (scripts/test.sh): the
    // password is carried, never checked.
    let pg_url = with_password(&pg.url);

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("jobs")).unwrap();
    std::fs::create_dir(d.join("adir")).unwrap();
    std::fs::write(d.join("notes.txt"), "not a database\n").unwrap();
    std::fs::write(d.join("binary.toml"), b"\xff\xfe comment = 1\n").unwrap();

    let journal = TestDb::new(Kind::Sqlite, "corpus_journal");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &journal.url,
        "--tables",
        "dir_role",
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");

    let snap = d.join("snap").display().to_string();
    let run = ferry(&[
        "snapshot", "--from", &src.url, "--out", &snap, "--tables", "dir_*",
    ]);
    assert_eq!(run.code, 0, "{run}");
    std::fs::create_dir(d.join("s_empty")).unwrap();
    for (name, text) in [
        ("s_garbage", "{ not json"),
        ("s_emptyman", ""),
        (
            "s_types",
            "{\"format\": \"ferry-snapshot\", \"format_version\": 2, \"tables\": 5}",
        ),
    ] {
        copy_dir(&d.join("snap"), &d.join(name));
        std::fs::write(d.join(name).join("manifest.json"), text).unwrap();
    }
    edited_snapshot(d, "s_version", |m| m["format_version"] = 99.into());
    edited_snapshot(d, "s_format", |m| m["format"] = "other".into());
    edited_snapshot(d, "s_outside", |m| {
        table_entry(m, "dir_role")["parts"][0]["path"] = "../snap/dir_role/part-00000.arrow".into()
    });
    // A decimal Arrow cannot hold (precision 0), which no engine mapping
    // writes: refused as the manifest is read, naming the column, before
    // any part is compared with it or Arrow's decimal builder sees it.
    edited_snapshot(d, "s_decimal", |m| {
        table_entry(m, "dir_role")["schema"]["columns"][1]["ty"] =
            serde_json::json!({"Decimal": {"precision": 0, "scale": 2}})
    });
    edited_snapshot(d, "s_rows", |m| {
        let t = table_entry(m, "dir_role");
        t["rows"] = 7.into();
        t["parts"][0]["rows"] = 7.into();
    });
    copy_dir(&d.join("snap"), &d.join("s_trunc"));
    std::fs::OpenOptions::new()
        .write(true)
        .open(d.join("s_trunc/dir_role/part-00000.arrow"))
        .unwrap()
        .set_len(500)
        .unwrap();
    copy_dir(&d.join("snap"), &d.join("s_sha"));
    let part = d.join("s_sha/dir_role/part-00000.arrow");
    let mut bytes = std::fs::read(&part).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&part, bytes).unwrap();
    copy_dir(&d.join("snap"), &d.join("s_nopart"));
    std::fs::remove_file(d.join("s_nopart/dir_user/part-00000.arrow")).unwrap();

    let mut env = Env {
        pg_server: server_of(&pg_url),
        my_server: server_of(&my_url),
        dir,
        src,
        lite,
        journal,
        pg,
        my,
        my_user,
        pg_url,
        my_url,
        before: HashMap::new(),
    };
    for db in [Db::Lite, Db::Pg, Db::My, Db::Journal] {
        let sums = checksums(env.url(db));
        env.before.insert(db, sums);
    }
    env
}

/// Every case, built on `e`.
fn cases(e: &Env) -> Vec<Case> {
    let src = e.src.url.as_str();
    let lite = e.lite.url.as_str();
    let pg = e.pg_url.as_str();
    let my = e.my_url.as_str();
    let pgs = e.pg_server.as_str();
    let mys = e.my_server.as_str();
    let pg_nope = format!("{pgs}/{}_nope", e.pg.name);
    let my_nope = format!("{mys}/{}_nope", e.my.name);
    let d = e.dir.path().display().to_string();
    let fresh = e.sqlite("fresh.db");
    let snap = e.path("snap");
    let snap_new = e.path("snap_new");
    let s = |name: &str| e.path(name);
    let lite_path = e.lite.location();
    let journal = e.journal.url.as_str();
    let (lite_dir, lite_file) = lite_path.rsplit_once('/').unwrap();
    let lite_dotted = format!("sqlite://{lite_dir}/./{lite_file}");
    let pg_other = format!("{pg}?application_name=other");
    let pg_host = pgs.split_once('@').unwrap().1;
    let my_host = mys.split_once('@').unwrap().1;
    let u = e.my_user.as_str();
    let run_id = "20260101-000000-abcdef";

    let mut v = vec![
        // ---- URLs
        // Found by this corpus, fixed: one slash after the scheme reached
        // the default server with the password in a database name.
        case("pg_one_slash", Db::None, 2,
            "error: --to is malformed: a postgres URL starts with postgres:// (two slashes), as in postgres://user@host/db",
            &["plan", "--from", src, "--to", &format!("postgres:/root:{PW}@{pg_host}/db")]),
        case("my_no_slash", Db::None, 2,
            "error: --to is malformed: a mysql URL starts with mysql:// (two slashes)",
            &["plan", "--from", src, "--to", &format!("mysql:root:{PW}@{my_host}/db")]),
        // A password with no host after it was printed whole.
        case("pg_password_without_host", Db::None, 2,
            "error: --to 'postgres://root:***' is malformed: invalid port number",
            &["plan", "--from", src, "--to", &format!("postgres://root:{PW}")]),
        case("my_password_without_host", Db::None, 2,
            "error: --to 'mysql://u:***/db' is malformed: invalid port number",
            &["plan", "--from", src, "--to", &format!("mysql://u:{PW}/db")]),
        // An in-memory target took the rows and lost them (exit 0).
        case("sqlite_memory_target", Db::Lite, 2,
            "error: --to 'sqlite://:memory:' is an in-memory database, gone when ferry ends: give a file",
            &["run", "--from", src, "--to", "sqlite://:memory:", "--create-tables", "--yes"]),
        case("sqlite_memory_mode", Db::Lite, 2,
            "is an in-memory database, gone when ferry ends",
            &["run", "--from", src, "--to", "sqlite://x.db?mode=memory", "--create-tables", "--yes"]),
        case("scheme_oracle", Db::Lite, 2,
            "error: --from has unknown URL scheme 'oracle': use postgres://, mysql:// (also for MariaDB) or sqlite://",
            &["run", "--from", &format!("oracle://scott:{PW}@db/orcl"), "--to", lite, "--yes"]),
        case("scheme_mssql", Db::None, 2, "error: --to has unknown URL scheme 'mssql'",
            &["run", "--from", src, "--to", &format!("mssql://sa:{PW}@127.0.0.1/db"), "--yes"]),
        case("scheme_without_colon", Db::None, 2, "error: --to has unknown URL scheme 'postgres//root'",
            &["plan", "--from", src, "--to", &format!("postgres//root:{PW}@{pg_host}/db")]),
        case("scheme_missing", Db::None, 2, "error: --to has unknown URL scheme 'root'",
            &["plan", "--from", src, "--to", &format!("root:{PW}@{pg_host}/db")]),
        case("not_a_url", Db::Lite, 2, "error: --from 'not a url' is not a URL: use postgres://…, mysql://… or sqlite://path",
            &["run", "--from", "not a url", "--to", lite, "--yes"]),
        case("sqlite_without_path", Db::Lite, 2, "error: --from 'sqlite://' names no file: use sqlite://path/to/file.db",
            &["plan", "--from", "sqlite://", "--to", lite]),
        case("pg_without_database", Db::None, 2,
            format!("error: --to '{}' names no database: add /DBNAME (or set PGDATABASE)", pgs.replace(PW, "***")),
            &["run", "--from", src, "--to", pgs, "--yes"]),
        case("my_without_database", Db::None, 2,
            "names no database: add /DBNAME (or database = … in the MySQL option file)",
            &["run", "--from", src, "--to", mys, "--yes"]),
        case("pg_port_too_big", Db::None, 2, "error: --to 'postgres://root:***@127.0.0.1:99999/corpus' is malformed: invalid port number",
            &["run", "--from", src, "--to", &format!("postgres://root:{PW}@127.0.0.1:99999/corpus"), "--yes"]),
        case("pg_port_letters", Db::None, 2, "is malformed: invalid port number",
            &["plan", "--from", src, "--to", &format!("postgres://root:{PW}@127.0.0.1:abc/corpus")]),
        case("pg_port_twice", Db::None, 2, "is malformed: invalid port number",
            &["plan", "--from", src, "--to", &format!("postgres://root:{PW}@127.0.0.1:5432:5432/corpus")]),
        case("my_port_too_big", Db::None, 2, "error: --to 'mysql://root:***@127.0.0.1:70000/corpus' is malformed: invalid port number",
            &["run", "--from", src, "--to", &format!("mysql://root:{PW}@127.0.0.1:70000/corpus"), "--yes"]),
        case("my_port_negative", Db::None, 2, "is malformed: invalid port number",
            &["plan", "--from", src, "--to", &format!("mysql://root:{PW}@127.0.0.1:-1/corpus")]),
        case("pg_port_closed", Db::None, 1,
            "error: cannot connect to postgres://root:***@127.0.0.1:1/corpus: error communicating with database",
            &["run", "--from", src, "--to", &format!("postgres://root:{PW}@127.0.0.1:1/corpus"), "--yes"]),
        case("my_port_closed", Db::Lite, 1,
            "error: cannot connect to mysql://root:***@127.0.0.1:1/corpus: error communicating with database",
            &["run", "--from", &format!("mysql://root:{PW}@127.0.0.1:1/corpus"), "--to", lite, "--yes"]),
        case("pg_bad_ipv6", Db::Lite, 2, "error: --from 'postgres://root:***@[::1/corpus' is malformed: invalid IPv6 address",
            &["plan", "--from", &format!("postgres://root:{PW}@[::1/corpus"), "--to", lite]),
        case("pg_space_in_host", Db::None, 2, "is malformed: invalid domain character",
            &["plan", "--from", src, "--to", &format!("postgres://root:{PW}@bad host:5432/corpus")]),
        case("pg_empty_host", Db::None, 2, "error: --to 'postgres://root:***@' is malformed: empty host",
            &["plan", "--from", src, "--to", &format!("postgres://root:{PW}@")]),
        case("pg_unknown_database", Db::None, 2,
            format!("error: cannot connect to {}: database \"{}_nope\" does not exist; check the database name in the URL", pg_nope.replace(PW, "***"), e.pg.name),
            &["run", "--from", src, "--to", &pg_nope, "--yes"]),
        case("pg_unknown_source_database", Db::Lite, 2, format!("database \"{}_nope\" does not exist", e.pg.name),
            &["run", "--from", &pg_nope, "--to", lite, "--yes"]),
        case("pg_database_with_slash", Db::None, 2, format!("database \"{}/extra\" does not exist", e.pg.name),
            &["plan", "--from", src, "--to", &format!("{pg}/extra")]),
        case("pg_dbname_parameter", Db::None, 2, "database \"corpus_other\" does not exist",
            &["plan", "--from", src, "--to", &format!("{pg}?dbname=corpus_other")]),
        case("my_unknown_database", Db::None, 2,
            format!("Access denied for user '{u}'@'"),
            &["run", "--from", src, "--to", &my_nope, "--yes"]),
        case("pg_unknown_user", Db::None, 2,
            "role \"corpus_nosuchuser\" does not exist; check the user name and password",
            &["run", "--from", src, "--to", &format!("postgres://corpus_nosuchuser:{PW}@{pg_host}/{}", e.pg.name), "--yes"]),
        case("pg_user_parameter", Db::None, 2, "role \"corpus_nobody\" does not exist",
            &["plan", "--from", src, "--to", &format!("{pg}?user=corpus_nobody")]),
        case("my_unknown_user", Db::None, 2,
            "Access denied for user 'corpus_nosuchuser'@",
            &["run", "--from", src, "--to", &format!("mysql://corpus_nosuchuser:{PW}@{my_host}/{}", e.my.name), "--yes"]),
        case("my_wrong_password", Db::My, 2,
            format!("error: cannot connect to mysql://{u}:***@{my_host}/{}: Access denied for user '{u}'", e.my.name),
            &["run", "--from", src, "--to", &format!("mysql://{u}:{PW}-wrong@{my_host}/{}", e.my.name), "--yes"]),
        case("my_root_with_password", Db::My, 2, "(using password: YES) (MySQL error 1045); check the user name and password",
            &["run", "--from", src, "--to", &format!("mysql://root:{PW}@{my_host}/{}", e.my.name), "--yes"]),
        case("pg_sslmode_allow", Db::Pg, 2,
            "sslmode=allow is not a TLS mode (allow would try without TLS first; use prefer or require); use one of disable, prefer, require, verify-ca, verify-full",
            &["run", "--from", src, "--to", &format!("{pg}?sslmode=allow"), "--yes"]),
        case("pg_sslmode_bogus", Db::Pg, 2,
            "sslmode=bogus is not a TLS mode; use one of disable, prefer, require, verify-ca, verify-full",
            &["plan", "--from", src, "--to", &format!("{pg}?sslmode=bogus")]),
        case("pg_sslmode_misspelt", Db::Pg, 2,
            "unknown connection parameter 'sslmdoe'; ferry reads sslmode, sslrootcert",
            &["run", "--from", src, "--to", &format!("{pg}?sslmdoe=require"), "--yes"]),
        case("my_ssl_mode_of_postgres", Db::My, 2,
            "ssl-mode=verify-full is not a TLS mode (MySQL spells it VERIFY_IDENTITY); use one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY",
            &["run", "--from", src, "--to", &format!("{my}?ssl-mode=verify-full"), "--yes"]),
        case("pg_missing_sslrootcert", Db::Pg, 2,
            "cannot read sslrootcert '/nonexistent/corpus-ca.pem': No such file or directory",
            &["run", "--from", src, "--to", &format!("{pg}?sslmode=verify-full&sslrootcert=/nonexistent/corpus-ca.pem"), "--yes"]),
        case("pg_missing_sslcert", Db::Pg, 2, "cannot read sslcert '/nonexistent/corpus-client.pem'",
            &["plan", "--from", src, "--to", &format!("{pg}?sslcert=/nonexistent/corpus-client.pem&sslkey=/nonexistent/corpus-client.key")]),
        case("my_missing_ssl_ca", Db::My, 2,
            "cannot read ssl-ca '/nonexistent/corpus-ca.pem': No such file or directory",
            &["run", "--from", src, "--to", &format!("{my}?ssl-mode=VERIFY_CA&ssl-ca=/nonexistent/corpus-ca.pem"), "--yes"]),
        case("pg_password_parameter_and_unknown_one", Db::Pg, 2,
            "?password=***&bogus=1': unknown connection parameter 'bogus'",
            &["plan", "--from", src, "--to", &format!("{}?password={PW}&bogus=1", e.pg.url)]),
        case("my_password_parameter", Db::My, 2, "?password=***': unknown connection parameter 'password'",
            &["plan", "--from", src, "--to", &format!("mysql://{u}@{my_host}/{}?password={PW}", e.my.name)]),
        case("same_sqlite_file", Db::Lite, 2, "error: --from and --to are the same database: ferry copies between two databases",
            &["run", "--from", lite, "--to", lite, "--yes"]),
        case("same_sqlite_file_spelt_twice", Db::Lite, 2, "a copy into itself would change what it reads",
            &["run", "--from", lite, "--to", &lite_dotted, "--yes"]),
        case("same_pg_database", Db::Pg, 2,
            "are one database (the same database of the same server): a copy into itself would change what it reads",
            &["run", "--from", pg, "--to", &pg_other, "--yes"]),
        case("same_my_database", Db::My, 2, "are one database (the same database of the same server)",
            &["run", "--from", my, "--to", &format!("{my}?ssl-mode=DISABLED"), "--yes"]),
        case("same_database_in_job", Db::Pg, 2, "error: --from and --to are the same database",
            &["run", "--yes"])
            .job(format!("[source]\nurl = \"{pg}\"\n[target]\nurl = \"{pg}\"\n")),
        case("sqlite_source_is_directory", Db::Lite, 2,
            format!("error: --from '{d}/adir' is a directory, not a SQLite database file"),
            &["run", "--from", &e.sqlite("adir"), "--to", lite, "--yes"]),
        case("sqlite_target_is_directory", Db::None, 2,
            format!("error: --to '{d}/adir' is a directory, not a SQLite database file"),
            &["run", "--from", src, "--to", &e.sqlite("adir"), "--create-tables", "--yes"]),
        case("sqlite_target_is_text", Db::None, 2,
            format!("error: --to '{d}/notes.txt' is not a SQLite database (it does not begin with SQLite's header)"),
            &["run", "--from", src, "--to", &e.sqlite("notes.txt"), "--create-tables", "--yes"]),
        case("sqlite_source_is_text", Db::Lite, 2,
            format!("error: --from '{d}/notes.txt' is not a SQLite database"),
            &["plan", "--from", &e.sqlite("notes.txt"), "--to", lite]),
        case("sqlite_target_in_missing_directory", Db::None, 2,
            format!("error: --to '{d}/missing/x.db': the directory '{d}/missing' does not exist"),
            &["run", "--from", src, "--to", &e.sqlite("missing/x.db"), "--create-tables", "--yes"]),
        case("sqlite_source_missing", Db::Lite, 2,
            format!("error: SQLite database file '{d}/missing.db' does not exist: check --from"),
            &["run", "--from", &e.sqlite("missing.db"), "--to", lite, "--yes"]),
        case("sqlite_target_missing_without_create", Db::None, 3,
            format!("SQLite database file '{d}/fresh.db' does not exist: the target is not initialised; create its tables or pass --create-tables"),
            &["run", "--from", src, "--to", &fresh, "--tables", "dir_role", "--yes"]),
        case("schemas_of_a_sqlite_source", Db::Lite, 2,
            "error: --schemas names PostgreSQL schemas, and the source is sqlite: a database there is one schema",
            &["run", "--from", src, "--to", lite, "--schemas", "sales", "--yes"]),
        case("no_source", Db::Lite, 2, "error: no source: give --from URL or [source] url in the job file",
            &["run", "--to", lite, "--yes"]),
        case("no_target", Db::None, 2, "error: no target: give --to URL or [target] url in the job file",
            &["run", "--from", src, "--yes"]),

        // ---- flags
        case("unknown_flag", Db::Lite, 2, "error: unexpected argument '--bogus' found",
            &["run", "--from", src, "--to", lite, "--bogus"]),
        case("unknown_subcommand", Db::None, 2, "error: unrecognized subcommand 'frobnicate'", &["frobnicate"]),
        case("flag_of_another_subcommand", Db::Lite, 2, "error: unexpected argument '--tables' found",
            &["history", "--to", lite, "--tables", "dir_role"]),
        case("limit_on_plan", Db::Lite, 2, "error: unexpected argument '--limit' found",
            &["plan", "--from", src, "--to", lite, "--limit", "3"]),
        case("masked_with_record", Db::Lite, 2, "error: the argument '--masked' cannot be used with '--record'",
            &["verify", "--from", src, "--to", lite, "--masked", "--record"]),
        case("batch_rows_zero", Db::Lite, 2, "error: --batch-rows must be at least 1",
            &["run", "--from", src, "--to", lite, "--tables", "dir_role", "--batch-rows", "0", "--yes"]),
        case("batch_rows_text", Db::Lite, 2, "error: invalid value 'many' for '--batch-rows <ROWS>'",
            &["run", "--from", src, "--to", lite, "--batch-rows", "many", "--yes"]),
        case("jobs_zero", Db::Pg, 2, "error: --jobs must be between 1 and 16",
            &["run", "--from", src, "--to", pg, "--tables", "dir_role", "--jobs", "0", "--yes"]),
        case("jobs_too_many", Db::Pg, 2, "error: --jobs must be between 1 and 16",
            &["run", "--from", src, "--to", pg, "--jobs", "17", "--yes"]),
        case("jobs_negative", Db::Lite, 2, "error: unexpected argument '-1' found",
            &["run", "--from", src, "--to", lite, "--jobs", "-1", "--yes"]),
        case("jobs_text", Db::Lite, 2, "error: invalid value 'abc' for '--jobs <N>': invalid digit found in string",
            &["run", "--from", src, "--to", lite, "--jobs", "abc", "--yes"]),
        case("wait_text", Db::Lite, 2, "error: invalid value 'abc' for '--wait <SECONDS>'",
            &["run", "--from", src, "--to", lite, "--wait", "abc", "--yes"]),
        case("wait_fraction", Db::Lite, 2, "error: invalid value '1.5' for '--wait <SECONDS>'",
            &["run", "--from", src, "--to", lite, "--wait", "1.5", "--yes"]),
        case("wait_negative", Db::Lite, 2, "error: unexpected argument '-5' found",
            &["run", "--from", src, "--to", lite, "--wait", "-5", "--yes"]),
        case("wait_too_long", Db::Lite, 2, "number too large to fit in target type",
            &["run", "--from", src, "--to", lite, "--wait", "99999999999999999999", "--yes"]),
        case("undo_wait_text", Db::Journal, 2, "error: invalid value 'soon' for '--wait <SECONDS>'",
            &["undo", run_id, "--to", journal, "--wait", "soon", "--yes"]),
        case("password_stdin_both", Db::Pg, 2, "error: invalid value 'both' for '--password-stdin <from|to>'",
            &["run", "--from", src, "--to", pg, "--password-stdin", "both", "--yes"]),
        case("password_stdin_empty", Db::None, 2,
            "error: --password-stdin: the first line of standard input is empty; pipe the password in",
            &["run", "--from", src, "--to", &format!("postgres://postgres@{pg_host}/{}", e.pg.name), "--password-stdin", "to", "--yes"]),
        case("password_stdin_for_sqlite", Db::Lite, 2, "error: --from is a SQLite file: --password-stdin applies to servers only",
            &["run", "--from", src, "--to", lite, "--password-stdin", "from", "--yes"])
            .stdin(format!("{PW}\n")),
        case("password_stdin_unknown_database", Db::None, 2,
            format!("error: cannot connect to postgres://postgres@{pg_host}/{}_nope: database \"{}_nope\" does not exist", e.pg.name, e.pg.name),
            &["run", "--from", src, "--to", &format!("postgres://postgres@{pg_host}/{}_nope", e.pg.name), "--password-stdin", "to", "--yes"])
            .stdin(format!("{PW}\n")),
        case("password_stdin_wrong_for_my", Db::My, 2, "Access denied for user 'root'",
            &["run", "--from", src, "--to", &format!("mysql://root@{my_host}/{}", e.my.name), "--password-stdin", "to", "--yes"])
            .stdin(format!("{PW}\n")),
        case("password_stdin_to_of_snapshot", Db::None, 2,
            "error: --password-stdin to: ferry snapshot writes a directory; the password it can read is --from's",
            &["snapshot", "--from", pg, "--out", &snap_new, "--password-stdin", "to"])
            .stdin(format!("{PW}\n")),
        case("password_stdin_from_of_restore", Db::Pg, 2,
            "error: --password-stdin from: ferry restore reads a snapshot directory; the password it can read is --to's",
            &["restore", &snap, "--to", pg, "--password-stdin", "from", "--yes"])
            .stdin(format!("{PW}\n")),
        case("skip_without_key", Db::Lite, 2, "error: --skip 'nocolon' must be TABLE:KEY (a composite key as TABLE:a,b)",
            &["run", "--from", src, "--to", lite, "--tables", "dir_role", "--skip", "nocolon", "--yes"]),
        // A --skip key that names no row, in merge mode: "0 skipped", exit 0,
        // and the row the user meant to leave out would have been written.
        case("skip_key_naming_no_row", Db::Lite, 2,
            "error: --skip 'dir_role:ROLE_NOPE' names no row: neither the source's rows in scope nor the target's have that key",
            &["run", "--from", src, "--to", lite, "--skip", "dir_role:ROLE_NOPE", "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n"),
        case("skip_empty_key", Db::Lite, 2, "error: --skip 'dir_role:' must be TABLE:KEY",
            &["run", "--from", src, "--to", lite, "--tables", "dir_role", "--skip", "dir_role:", "--yes"]),
        case("skip_empty_table", Db::Lite, 2, "error: --skip ':x' must be TABLE:KEY",
            &["plan", "--from", src, "--to", lite, "--tables", "dir_role", "--skip", ":x"]),
        case("skip_unselected_table", Db::Pg, 2,
            "error: --skip 'nosuch:1' names a table the run does not copy (it copies dir_role)",
            &["run", "--from", src, "--to", pg, "--tables", "dir_role", "--skip", "nosuch:1", "--yes"]),
        case("skip_too_few_key_parts", Db::Lite, 2,
            "error: --skip 'dir_user_group:1' gives 1 key part, and dir_user_group's primary key has 2 (userId, groupId)",
            &["run", "--from", src, "--to", lite, "--tables", "dir_user_group", "--skip", "dir_user_group:1", "--yes"]),
        case("skip_too_many_key_parts", Db::My, 2,
            "error: --skip 'dir_user:1,2' gives 2 key parts, and dir_user's primary key has 1 (id)",
            &["run", "--from", src, "--to", my, "--tables", "dir_user", "--skip", "dir_user:1,2", "--yes"]),
        case("exclude_row_without_key", Db::Lite, 2, "must be TABLE:KEY",
            &["plan", "--from", src, "--to", lite, "--tables", "dir_role", "--exclude", "dir_role:"]),
        case("tables_matching_nothing", Db::Lite, 2,
            "error: --tables 'nope_*' matches no table in the source (its tables: ",
            &["run", "--from", src, "--to", lite, "--tables", "nope_*", "--yes"]),
        case("second_glob_matching_nothing", Db::Pg, 2, "error: --tables 'nope_*' matches no table in the source",
            &["run", "--from", src, "--to", pg, "--tables", "dir_*,nope_*", "--yes"]),
        case("tables_bad_glob", Db::Lite, 2, "error: table pattern '[' is not a valid glob",
            &["plan", "--from", src, "--to", lite, "--tables", "["]),
        case("exclude_everything", Db::My, 2,
            "error: no table is selected: the source has no base tables, or --exclude removed them all",
            &["run", "--from", src, "--to", my, "--tables", "dir_role", "--exclude", "dir_*", "--yes"]),
        case("convert_unknown_family", Db::Lite, 2,
            "error: --convert: 'bogus' is not a type family; use one of array, tsvector, range",
            &["run", "--from", src, "--to", lite, "--convert", "bogus=json", "--yes"]),
        case("convert_without_form", Db::Lite, 2, "error: --convert: array=: a array value can become json or text",
            &["plan", "--from", src, "--to", lite, "--convert", "array"]),
        case("convert_unknown_form", Db::Pg, 2, "error: --convert: array=xml: a array value can become json or text",
            &["run", "--from", src, "--to", pg, "--convert", "array=xml", "--yes"]),
        case("convert_without_family", Db::Lite, 2, "error: --convert: '' is not a type family",
            &["plan", "--from", src, "--to", lite, "--convert", "=json"]),
        case("verify_convert_unknown_family", Db::Lite, 2, "error: --convert: 'bogus' is not a type family",
            &["verify", "--from", src, "--to", lite, "--convert", "bogus=json"]),
        case("snapshot_out_exists", Db::None, 2,
            format!("error: the output directory {snap} already exists: choose another --out, or pass --force to replace it"),
            &["snapshot", "--from", src, "--out", &snap]),
        case("snapshot_compression_level", Db::None, 2,
            "error: --compression: zstd level '99' is not a number from 1 to 22",
            &["snapshot", "--from", src, "--out", &snap_new, "--compression", "zstd:99"]),
        case("snapshot_unknown_compression", Db::None, 2,
            "error: --compression: unknown compression 'lz4': use zstd, zstd:LEVEL (1-22) or none",
            &["snapshot", "--from", pg, "--out", &snap_new, "--compression", "lz4"]),
        case("snapshot_unknown_format", Db::None, 2, "error: invalid value 'csv' for '--format <FORMAT>'",
            &["snapshot", "--from", src, "--out", &snap_new, "--format", "csv"]),
        case("snapshot_out_in_missing_directory", Db::None, 2,
            format!("error: --out {d}/missing/snap: the directory {d}/missing does not exist; create it first"),
            &["snapshot", "--from", src, "--out", &s("missing/snap")]),
        case("snapshot_out_empty", Db::None, 2, "error: --out is empty: give a snapshot directory",
            &["snapshot", "--from", src, "--out", ""]),
        case("snapshot_part_bytes_zero", Db::None, 2, "error: the part size must be at least 1 byte",
            &["snapshot", "--from", src, "--out", &snap_new, "--part-bytes", "0"]),
        case("snapshot_of_unknown_database", Db::None, 2, format!("database \"{}_nope\" does not exist", e.pg.name),
            &["snapshot", "--from", &pg_nope, "--out", &snap_new]),
        case("snapshot_tables_matching_nothing", Db::None, 2, "error: --tables 'nope_*' matches no table in the source",
            &["snapshot", "--from", my, "--out", &snap_new, "--tables", "nope_*"]),
        case("restore_empty_dir_argument", Db::Lite, 2, "error: DIR is empty: give a snapshot directory",
            &["restore", "", "--to", lite, "--yes"]),
        case("undo_without_target", Db::None, 2, "error: ferry undo needs the target: give --to URL",
            &["undo", run_id, "--yes"]),
        case("history_without_target", Db::None, 2, "error: ferry history needs the target: give --to URL",
            &["history"]),
        case("history_limit_text", Db::Lite, 2, "error: invalid value 'abc' for '--limit <N>'",
            &["history", "--to", lite, "--limit", "abc"]),

        // ---- job files
        case("job_file_missing", Db::Lite, 2,
            format!("error: cannot read job file {d}/jobs/nope.toml: No such file or directory"),
            &["run", "--from", src, "--to", lite, "--job", &s("jobs/nope.toml"), "--yes"]),
        case("job_file_is_directory", Db::Lite, 2,
            format!("error: cannot read job file {d}/jobs: Is a directory"),
            &["run", "--from", src, "--to", lite, "--job", &s("jobs"), "--yes"]),
        case("job_file_not_utf8", Db::Lite, 2,
            format!("error: cannot read job file {d}/binary.toml: stream did not contain valid UTF-8"),
            &["run", "--from", src, "--to", lite, "--job", &s("binary.toml"), "--yes"]),
        case("verify_job_file_missing", Db::Lite, 2, "error: cannot read job file",
            &["verify", "--from", src, "--to", lite, "--job", &s("jobs/nope.toml")]),
        case("toml_unclosed_table", Db::Lite, 2, "error: job file {job}: line 2, column 8: unclosed table, expected `]`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("comment = \"x\"\n[source\nurl = 1\n"),
        case("toml_unquoted_string", Db::Lite, 2, "error: job file {job}: line 1, column 11: string values must be quoted",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("comment = x\n"),
        case("toml_duplicate_key", Db::Pg, 2, "error: job file {job}: line 2, column 1: duplicate key",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("comment = \"a\"\ncomment = \"b\"\n"),
        case("unknown_top_level_key", Db::Lite, 2,
            "error: job file {job}: line 1, column 1: unknown field `comnent`, expected one of `comment`, `source`, `target`, `select`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("comnent = \"x\"\n"),
        case("unknown_section", Db::Lite, 2, "error: job file {job}: line 1, column 2: unknown field `frobnicate`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[frobnicate]\nx = 1\n"),
        case("unknown_source_key", Db::Lite, 2,
            "error: job file {job}: line 3, column 1: unknown field `usr`, expected one of `url`, `name`, `sslmode`",
            &["run", "--to", lite, "--yes"])
            .job(format!("[source]\nurl = \"{pg}\"\nusr = \"x\"\n")),
        case("unknown_target_key", Db::Pg, 2, "error: job file {job}: line 3, column 1: unknown field `sslmod`",
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"{pg}\"\nsslmod = \"require\"\n")),
        case("unknown_select_key", Db::Lite, 2,
            "error: job file {job}: line 3, column 1: unknown field `tabels`, expected one of `tables`, `schemas`, `exclude`, `where`, `target_where`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\ntabels = [\"x\"]\n"),
        case("unknown_select_subsection", Db::My, 2, "error: job file {job}: line 1, column 9: unknown field `wher`",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select.wher]\ndir_role = \"1 = 1\"\n"),
        case("unknown_keys_key", Db::Lite, 2,
            "error: job file {job}: line 4, column 1: unknown field `colum`, expected one of `table`, `strategy`, `match`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[keys]]\ntable = \"dir_user\"\nstrategy = \"offset\"\ncolum = \"x\"\n"),
        case("unknown_references_key", Db::Lite, 2,
            "error: job file {job}: line 4, column 1: unknown field `on_mising`, expected one of `from`, `to`, `on_missing`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[references]]\nfrom = \"a.b\"\nto = \"c.d\"\non_mising = \"null\"\n"),
        case("unknown_map_key", Db::Lite, 2,
            "error: job file {job}: line 4, column 1: unknown field `pth`, expected one of `column`, `path`, `values`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[map]]\ncolumn = \"dir_role.name\"\nvalues = {}\npth = \"$.a\"\n"),
        case("unknown_set_key", Db::Lite, 2,
            "error: job file {job}: line 3, column 1: unknown field `valu`, expected one of `column`, `value`, `null`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[set]]\ncolumn = \"dir_role.name\"\nvalu = 1\n"),
        case("unknown_mask_key", Db::Lite, 2,
            "error: job file {job}: line 4, column 1: unknown field `metod`, expected one of `column`, `method`, `value`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"email\"\nmetod = \"x\"\n"),
        case("unknown_preflight_key", Db::Lite, 2,
            "error: job file {job}: line 2, column 1: unknown field `version_qery`, expected `version_query`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[preflight]\nversion_qery = \"SELECT 1\"\n"),
        case("unknown_write_key", Db::Pg, 2,
            "error: job file {job}: line 2, column 1: unknown field `mod`, expected `mode` or `tables`",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[write]\nmod = \"merge\"\n"),
        case("mask_key_env_inside_select", Db::Lite, 2,
            "error: job file {job}: line 3, column 1: unknown field `mask_key_env`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\nmask_key_env = \"X\"\n"),
        case("comment_is_a_number", Db::Lite, 2,
            "error: job file {job}: line 1, column 11: invalid type: integer `5`, expected a string",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("comment = 5\n"),
        case("tables_is_a_string", Db::Lite, 2,
            "error: job file {job}: line 2, column 10: invalid type: string \"dir_role\", expected a sequence",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = \"dir_role\"\n"),
        case("select_is_a_string", Db::Lite, 2, "error: job file {job}: line 1, column 10: invalid type: string \"x\"",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("select = \"x\"\n"),
        case("url_is_an_array", Db::Lite, 2,
            "error: job file {job}: line 2, column 7: invalid type: sequence, expected a string",
            &["run", "--to", lite, "--yes"])
            .job(format!("[source]\nurl = [\"{pg}\"]\n")),
        case("keys_is_a_table", Db::Lite, 2,
            "error: job file {job}: line 1, column 8: invalid type: map, expected a sequence",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("keys = { table = \"dir_user\" }\n"),
        case("strategy_is_a_number", Db::Lite, 2, "error: job file {job}: line 3, column 12: wanted string or table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[keys]]\ntable = \"dir_user\"\nstrategy = 5\n"),
        case("set_null_is_a_string", Db::Lite, 2,
            "error: job file {job}: line 3, column 8: invalid type: string \"yes\", expected a boolean",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[set]]\ncolumn = \"dir_role.name\"\nnull = \"yes\"\n"),
        case("map_values_is_an_array", Db::Lite, 2,
            "error: job file {job}: line 3, column 10: invalid type: sequence, expected a map",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[map]]\ncolumn = \"dir_role.name\"\nvalues = [\"a\"]\n"),
        case("where_is_a_number", Db::Lite, 2,
            "error: job file {job}: line 2, column 12: invalid type: integer `1`, expected a string",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select.where]\ndir_role = 1\n"),
        case("mask_column_is_a_number", Db::Lite, 2,
            "error: job file {job}: line 2, column 10: invalid type: integer `1`, expected a string",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[mask]]\ncolumn = 1\nmethod = \"null\"\n"),
        case("references_without_to", Db::Lite, 2, "error: job file {job}: line 1, column 1: missing field `to`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[references]]\nfrom = \"dir_user_group.userId\"\n"),
        case("keys_without_table", Db::Lite, 2, "error: job file {job}: line 1, column 1: missing field `table`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[keys]]\nstrategy = \"offset\"\n"),
        case("map_without_values", Db::Lite, 2, "error: job file {job}: line 1, column 1: missing field `values`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[[map]]\ncolumn = \"dir_role.name\"\n"),
        case("unset_variable_in_source_url", Db::Lite, 2,
            format!("error: job file {{job}}: source.url uses ${{{UNSET}}} but the environment variable {UNSET} is not set"),
            &["run", "--to", lite, "--yes"])
            .job(format!("[source]\nurl = \"${{{UNSET}}}\"\n")),
        case("unset_variable_in_password", Db::None, 2,
            format!("error: job file {{job}}: target.url uses ${{{UNSET}}} but the environment variable {UNSET} is not set"),
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"postgres://root:{PW}${{{UNSET}}}@{pg_host}/{}\"\n", e.pg.name)),
        case("empty_env_reference", Db::Lite, 2,
            "comment has an empty ${}: name the environment variable, as in ${DB_URL}",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("comment = \"${}\"\n[select]\ntables = [\"dir_role\"]\n"),
        case("unset_variable_in_tables", Db::Lite, 2,
            format!("select.tables[0] uses ${{{UNSET}}} but the environment variable {UNSET} is not set"),
            &["run", "--from", src, "--to", lite, "--yes"])
            .job(format!("[select]\ntables = [\"${{{UNSET}}}\"]\n")),
        case("unclosed_variable", Db::None, 2,
            format!("error: job file {{job}}: target.url has an unclosed ${{ in 'postgres://root:***@{pg_host}/${{CORPUS_DB'"),
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"postgres://root:{PW}@{pg_host}/${{CORPUS_DB\"\n")),
        case("sslmode_in_url_and_job", Db::Pg, 2,
            "gives sslmode=require and job file {job} [target] sslmode = \"disable\": give it in one place",
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"{pg}?sslmode=require\"\nsslmode = \"disable\"\n")),
        case("job_sslrootcert_missing", Db::Pg, 2,
            format!("error: job file {{job}} [target]: cannot read sslrootcert '{d}/jobs/missing-ca.pem': No such file or directory"),
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"{pg}\"\nsslmode = \"verify-full\"\nsslrootcert = \"missing-ca.pem\"\n")),
        case("job_ssl_mode_bogus", Db::My, 2,
            "error: job file {job} [target]: ssl-mode=bogus is not a TLS mode; use one of DISABLED",
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"{my}\"\nssl-mode = \"bogus\"\n")),
        case("job_mysql_option_file_missing", Db::My, 2,
            format!("error: cannot read MySQL option file {d}/jobs/corpus.cnf: No such file or directory"),
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"{my}\"\nmysql_option_file = \"corpus.cnf\"\n")),
        case("job_mysql_option_file_for_postgres", Db::Pg, 2,
            "error: --to is a postgres server: mysql_option_file in job file {job} [target] is for MySQL/MariaDB",
            &["run", "--from", src, "--yes"])
            .job(format!("[target]\nurl = \"{pg}\"\nmysql_option_file = \"corpus.cnf\"\n")),
        case("convert_types_unknown_family", Db::Lite, 2, "error: job file {job}, line 2: [convert.types]: 'bogus' is not a type family",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[convert.types]\nbogus = \"json\"\n"),
        case("convert_key_without_column", Db::Lite, 2, "error: job file {job}, line 2: [convert] key 'nodot' must be TABLE.COLUMN",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[convert]\nnodot = \"zero-date-to-null\"\n"),
        case("where_on_unselected_table", Db::Lite, 3,
            "error: preflight refused the run; the target was not changed:\n  - [select.where] names dir_group, which is not a selected table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_group = \"id = 'x'\"\n"),
        case("where_sqlite_refuses", Db::Lite, 2,
            "error: [select.where] of dir_group: the source refused its filter `name = = 'x'`: near \"=\": syntax error",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_group\"]\n[select.where]\ndir_group = \"name = = 'x'\"\n"),
        case("where_unknown_column_into_pg", Db::Pg, 2,
            "error: [select.where] of dir_group: the source refused its filter `nosuchcol = 1`: no such column: nosuchcol",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[select]\ntables = [\"dir_group\"]\n[select.where]\ndir_group = \"nosuchcol = 1\"\n"),
        case("where_postgres_refuses", Db::Pg, 2,
            "error: [select.where] of dir_role: the source refused its filter `nosuch = 1`: column \"nosuch\" does not exist",
            &["run", "--from", pg, "--to", &fresh, "--create-tables", "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"nosuch = 1\"\n"),
        case("where_postgres_refuses_two_statements", Db::Pg, 2,
            "the source refused its filter `1; DROP TABLE dir_role`: syntax error at or near \";\"",
            &["run", "--from", pg, "--to", &fresh, "--create-tables", "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"1; DROP TABLE dir_role\"\n"),
        case("where_mariadb_refuses", Db::My, 2,
            "error: [select.where] of dir_role: the source refused its filter `nosuch = 1`: Unknown column 'nosuch' in 'WHERE'",
            &["run", "--from", my, "--to", &fresh, "--create-tables", "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"nosuch = 1\"\n"),
        case("where_of_a_snapshot_refused", Db::None, 2,
            "error: [select.where] of dir_role: the source refused its filter `nosuch = 1`",
            &["snapshot", "--from", src, "--out", &snap_new])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"nosuch = 1\"\n"),
        case("where_on_a_restore", Db::Lite, 2,
            "error: [select.where] needs a database source; a snapshot is restored whole",
            &["restore", &snap, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"id = 'x'\"\n"),
        case("target_where_without_where", Db::Lite, 3,
            "[select.target_where] names dir_group, which has no [select.where]: give the source's scope too",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_group\"]\n[select.target_where]\ndir_group = \"id = 'x'\"\n[write]\nmode = \"merge\"\n"),
        case("target_where_on_another_table", Db::Pg, 3,
            "[select.target_where] names dir_role, which has no [select.where]",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[select]\ntables = [\"dir_group\"]\n[select.where]\ndir_group = \"id = 'g_admin'\"\n[select.target_where]\ndir_role = \"id = 'x'\"\n[write]\nmode = \"merge\"\n"),
        case("keys_unknown_strategy", Db::Lite, 2,
            "error: job file {job}: line 5, column 12: unknown variant `renumber`, expected one of `keep`, `offset`, `sequence`, `match`, `uuid`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[keys]]\ntable = \"dir_role\"\nstrategy = \"renumber\"\n"),
        case("keys_match_without_columns", Db::Lite, 2,
            "error: job file {job}, line 4: [[keys]] dir_user: match = [\"column\", …] goes with strategy = \"match\", and only with it",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[keys]]\ntable = \"dir_user\"\nstrategy = \"match\"\n"),
        case("keys_columns_without_match", Db::Pg, 2,
            "[[keys]] dir_user: match = [\"column\", …] goes with strategy = \"match\"",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[keys]]\ntable = \"dir_user\"\nstrategy = \"offset\"\nmatch = [\"username\"]\n"),
        case("keys_match_unknown_column", Db::Lite, 3,
            "[[keys]] dir_user: match column is nosuch not in both the source and the target table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[keys]]\ntable = \"dir_user\"\nstrategy = \"match\"\nmatch = [\"nosuch\"]\n"),
        case("keys_unselected_table", Db::My, 3, "[[keys]] names nosuch_table, which is not a selected table",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[keys]]\ntable = \"nosuch_table\"\nstrategy = \"offset\"\n"),
        case("keys_offset_on_text_key", Db::Lite, 3,
            "[[keys]] dir_role: strategy \"offset\" needs a single integer primary key; dir_role has (id)",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[keys]]\ntable = \"dir_role\"\nstrategy = \"offset\"\n"),
        case("keys_uuid_on_integer_key", Db::Pg, 3,
            "[[keys]] dir_user: strategy \"uuid\" needs a single text or UUID primary key; dir_user has (id)",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[keys]]\ntable = \"dir_user\"\nstrategy = \"uuid\"\n"),
        case("keys_on_table_without_key", Db::Lite, 3,
            "[[keys]] strategy = \"offset\" for audit_log: the table has no primary key to give new values; declare one, or remove the [[keys]] entry",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"audit_log\"]\n[[keys]]\ntable = \"audit_log\"\nstrategy = \"offset\"\n"),
        case("references_without_column", Db::Lite, 2,
            "error: job file {job}, line 4: [[references]] from 'dir_user_group' must be TABLE.COLUMN",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \"dir_user_group\"\nto = \"dir_user.id\"\n"),
        case("references_unclosed_parenthesis", Db::Lite, 2,
            "error: job file {job}, line 4: [[references]] from 'dir_user_group(userId, groupId' must be TABLE.COLUMN or TABLE(COLUMN, …)",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \"dir_user_group(userId, groupId\"\nto = \"dir_user.id\"\n"),
        case("references_without_table", Db::Lite, 2,
            "error: job file {job}, line 4: [[references]] from '.userId' must be TABLE.COLUMN",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \".userId\"\nto = \"dir_user.\"\n"),
        case("references_unknown_column", Db::Lite, 3,
            "[[references]] dir_user_group.nosuch → dir_user.id: dir_user_group.nosuch is not a column",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \"dir_user_group.nosuch\"\nto = \"dir_user.id\"\n"),
        case("references_unselected_table", Db::My, 3,
            "[[references]] dir_user_group.userId → nosuch.id: nosuch is not a selected table",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \"dir_user_group.userId\"\nto = \"nosuch.id\"\n"),
        case("references_column_counts_differ", Db::Lite, 3,
            "[[references]] dir_user_group(userId, groupId) → dir_user.id: the two sides have different numbers of columns",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \"dir_user_group(userId, groupId)\"\nto = \"dir_user.id\"\n"),
        case("references_unknown_on_missing", Db::Lite, 2,
            "error: job file {job}: line 6, column 14: unknown variant `ignore`, expected one of `error`, `null`, `keep`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user_group\", \"dir_user\"]\n[[references]]\nfrom = \"dir_user_group.userId\"\nto = \"dir_user.id\"\non_missing = \"ignore\"\n"),
        case("versions_unknown_rule", Db::Lite, 2,
            "error: job file {job}: line 4, column 24: unknown variant `increment`, expected `bump` or `keep`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_app\"]\n[versions]\n\"app_app.appVersion\" = \"increment\"\n"),
        case("versions_without_column", Db::Lite, 2, "error: job file {job}, line 4: [versions] 'app_app' must be TABLE.COLUMN",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_app\"]\n[versions]\n\"app_app\" = \"bump\"\n"),
        case("versions_unknown_column", Db::Pg, 3,
            "[versions] names app_app.nosuch, which is not a column of app_app",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[select]\ntables = [\"app_app\"]\n[versions]\n\"app_app.nosuch\" = \"bump\"\n"),
        case("versions_column_outside_key", Db::Lite, 3,
            "[versions] app_app.name: the version column must be part of a primary or unique key with the entity's columns",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_app\"]\n[versions]\n\"app_app.name\" = \"bump\"\n"),
        case("map_unknown_column", Db::Lite, 3, "[[map]] names dir_role.nosuch, which is not a column of dir_role",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[map]]\ncolumn = \"dir_role.nosuch\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_without_column", Db::Lite, 2, "error: job file {job}, line 4: [[map]] column 'dir_role' must be TABLE.COLUMN",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[map]]\ncolumn = \"dir_role\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_path_without_dollar", Db::Lite, 2,
            "error: job file {job}, line 4: [[map]] app_form.json: JSON path 'source.path' must start with $",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_form\"]\n[[map]]\ncolumn = \"app_form.json\"\npath = \"source.path\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_path_empty_member", Db::Lite, 2, "[[map]] app_form.json: JSON path '$.a..b' has an empty member name",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_form\"]\n[[map]]\ncolumn = \"app_form.json\"\npath = \"$.a..b\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_path_unclosed_bracket", Db::Lite, 2, "[[map]] app_form.json: JSON path '$[' has an unclosed [",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_form\"]\n[[map]]\ncolumn = \"app_form.json\"\npath = \"$[\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_path_negative_index", Db::My, 2,
            "[[map]] app_form.json: JSON path '$.list[-1]': [-1] is neither an index nor a quoted name",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select]\ntables = [\"app_form\"]\n[[map]]\ncolumn = \"app_form.json\"\npath = \"$.list[-1]\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_path_whole_document", Db::Lite, 2,
            "[[map]] app_form.json: JSON path '$' addresses the whole document; map the column instead",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_form\"]\n[[map]]\ncolumn = \"app_form.json\"\npath = \"$\"\nvalues = { \"a\" = \"b\" }\n"),
        case("map_unmapped_values", Db::Lite, 3,
            "dir_role.name: 2 values without a mapping: 'Administrator' (1 row), 'User' (1 row); add them to the [[map]] values",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n[[map]]\ncolumn = \"dir_role.name\"\nvalues = { \"nothing\" = \"b\" }\n"),
        case("map_unmapped_values_into_pg", Db::Pg, 3, "dir_role.name: 1 value without a mapping: 'User' (1 row); add it to the [[map]] values",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n[[map]]\ncolumn = \"dir_role.name\"\nvalues = { \"Administrator\" = \"Admin\" }\n"),
        case("set_unknown_column", Db::Lite, 3, "[[set]] names dir_role.nosuch, which is not a column of dir_role",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[set]]\ncolumn = \"dir_role.nosuch\"\nvalue = \"x\"\n"),
        case("set_unknown_column_into_my", Db::My, 3, "[[set]] names dir_role.nosuch, which is not a column of dir_role",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n[[set]]\ncolumn = \"dir_role.nosuch\"\nvalue = \"x\"\n"),
        case("set_unselected_table", Db::Lite, 3,
            "[[set]] names nosuch_table.name, but nosuch_table is not a selected table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[set]]\ncolumn = \"nosuch_table.name\"\nvalue = \"x\"\n"),
        case("set_without_value", Db::Lite, 2,
            "error: job file {job}, line 4: [[set]] dir_role.name needs exactly one of value = … or null = true",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[set]]\ncolumn = \"dir_role.name\"\n"),
        case("set_value_and_null", Db::Lite, 2,
            "error: job file {job}, line 4: [[set]] dir_role.name needs exactly one of value = … or null = true",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[[set]]\ncolumn = \"dir_role.name\"\nvalue = \"x\"\nnull = true\n"),
        // Was exit 1 at write time, in Arrow's words ("declared as
        // non-nullable but contains null values").
        // Three settings that were silently ignored (exit 0).
        case("target_where_in_a_plain_copy", Db::Lite, 3,
            "[select.target_where] names dir_role, which has no [select.where]: give the source's scope too",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.target_where]\ndir_role = \"id = 'x'\"\n"),
        case("write_tables_names_an_unselected_table", Db::Lite, 3,
            "[write.tables] names dir_group, which is not a selected table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n[write.tables]\ndir_group = \"replace-scope\"\n"),
        case("empty_version_query", Db::Lite, 2,
            "[preflight] version_query is empty: give the query whose answers must be equal on both sides, or leave it out",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[preflight]\nversion_query = \"\"\n"),
        case("set_null_on_not_null_column", Db::Lite, 3,
            "[[set]] dir_user.username = NULL: dir_user.username is NOT NULL in the target; give a value instead",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[set]]\ncolumn = \"dir_user.username\"\nnull = true\n[write]\nmode = \"merge\"\n"),
        // A [[map]] value that does not fit was exit 1, worded as a set's.
        case("map_value_of_another_type", Db::Lite, 2,
            "error: [[map]] app_report_process.duration: a value does not fit Int64",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_report_process\"]\n[write]\nmode = \"merge\"\n[[map]]\ncolumn = \"app_report_process.duration\"\nvalues = { \"3600\" = \"abc\", \"120\" = \"abc\" }\n"),
        // An empty --tables ("$TABLES" unset) selected every table.
        case("tables_only_empty_names", Db::Lite, 2,
            "error: --tables (or [select] tables) names no table, only empty names",
            &["run", "--from", src, "--to", lite, "--tables", "", "--yes"]),
        case("tables_only_commas", Db::Lite, 2,
            "names no table, only empty names",
            &["plan", "--from", src, "--to", lite, "--tables", ","]),
        // Accepted, and the password read and dropped.
        case("history_password_for_the_source", Db::None, 2,
            "error: ferry history connects only to --to: give --password-stdin to",
            &["history", "--to", pg, "--password-stdin", "from"])
            .stdin(format!("{PW}\n")),
        case("set_value_of_another_type", Db::Lite, 2,
            "error: [[set]] app_report_process.duration: a value does not fit Int64",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"app_report_process\"]\n[write]\nmode = \"merge\"\n[[set]]\ncolumn = \"app_report_process.duration\"\nvalue = \"abc\"\n"),
        case("mask_unknown_method", Db::Lite, 2,
            "error: job file {job}: line 5, column 10: unknown variant `scramble`, expected one of `email`, `hash`, `name`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"scramble\"\n"),
        case("mask_without_key", Db::Lite, 2,
            "error: [[mask]] dir_user.email (method email) needs the masking key: set the environment variable FERRY_CORPUS_NO_KEY_93 to a secret of at least 16 bytes",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("mask_key_env = \"FERRY_CORPUS_NO_KEY_93\"\n[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"email\"\n"),
        case("mask_key_too_short", Db::Pg, 2,
            "error: the masking key in FERRY_CORPUS_MASK_KEY is 5 bytes long; a masking key needs at least 16",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("mask_key_env = \"FERRY_CORPUS_MASK_KEY\"\n[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"email\"\n")
            .env("FERRY_CORPUS_MASK_KEY", "short"),
        case("mask_fixed_without_value", Db::Lite, 2,
            "error: job file {job}, line 4: [[mask]] dir_user.email: method fixed needs value = … (the value every row gets)",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"fixed\"\n"),
        case("mask_value_without_fixed", Db::Lite, 2,
            "error: job file {job}, line 4: [[mask]] dir_user.email: value = … belongs to method fixed, and the method is null",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"null\"\nvalue = \"x\"\n"),
        case("mask_unknown_column", Db::Lite, 3,
            "[[mask]] dir_user.nosuch: dir_user has no column nosuch (its columns: id, username, firstName, email, active, timeZone)",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.nosuch\"\nmethod = \"null\"\n"),
        case("mask_without_table", Db::Lite, 2, "error: job file {job}, line 4: [[mask]] email: column must be TABLE.COLUMN",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"email\"\nmethod = \"null\"\n"),
        case("mask_given_twice", Db::Lite, 2, "error: job file {job}, line 4: [[mask]] dir_user.email is given twice",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"null\"\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"null\"\n"),
        case("mask_null_on_not_null_column", Db::My, 3,
            "[[mask]] dir_user.username: method null, and the target column is NOT NULL",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.username\"\nmethod = \"null\"\n"),
        case("mask_email_on_boolean", Db::Pg, 3,
            "[[mask]] dir_user.active: method email applies to text columns, and the target column is bool",
            &["run", "--from", src, "--to", pg, "--yes"])
            .job("mask_key_env = \"FERRY_CORPUS_MASK_KEY\"\n[select]\ntables = [\"dir_user\"]\n[[mask]]\ncolumn = \"dir_user.active\"\nmethod = \"email\"\n")
            .env("FERRY_CORPUS_MASK_KEY", format!("{PW}-0123456789abcdef")),
        case("write_unknown_mode", Db::Lite, 2,
            "error: job file {job}: line 4, column 8: unknown variant `upsert`, expected one of `insert`, `merge`, `replace-scope`, `skip-existing`",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"upsert\"\n"),
        case("write_unknown_table_mode", Db::My, 2,
            "error: job file {job}: line 4, column 12: unknown variant `overwrite`",
            &["run", "--from", src, "--to", my, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write.tables]\ndir_role = \"overwrite\"\n"),
        case("write_mode_is_a_boolean", Db::Lite, 2, "error: job file {job}: line 2, column 8: wanted string or table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[write]\nmode = true\n"),
        // `[write] mode = "insert"` alone was a plain copy, failing at
        // write time on the first existing key (exit 1).
        case("insert_mode_alone_lists_existing_keys", Db::Lite, 3,
            "dir_role: 2 rows already exist in the target (keys ROLE_ADMIN; ROLE_USER); [write] mode = \"insert\" only adds rows",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"insert\"\n"),
        case("insert_of_existing_keys", Db::Lite, 3,
            "dir_role: 2 rows already exist in the target (keys ROLE_ADMIN; ROLE_USER); [write] mode = \"insert\" only adds rows",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"1 = 1\"\n[write]\nmode = \"insert\"\n"),
        case("version_query_fails", Db::Lite, 3,
            "[preflight] version_query failed on the source: running SELECT max(version) FROM nosuch_table: no such table: nosuch_table",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[preflight]\nversion_query = \"SELECT max(version) FROM nosuch_table\"\n"),
        case("version_query_fails_on_pg_source", Db::Pg, 3,
            "[preflight] version_query failed on the source: running SELECT max(version) FROM schema_version: relation \"schema_version\" does not exist",
            &["run", "--from", pg, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[preflight]\nversion_query = \"SELECT max(version) FROM schema_version\"\n"),
        case("version_query_differs", Db::Lite, 3,
            "schema version differs: [preflight] version_query answers '4' on the source and '3' on the target; upgrade the older side first",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[preflight]\nversion_query = \"SELECT max(version) FROM schema_version\"\n"),
        case("version_query_differs_in_promotion", Db::Lite, 3,
            "schema version differs: [preflight] version_query answers '4' on the source and '3' on the target",
            &["run", "--from", src, "--to", lite, "--yes"])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n[preflight]\nversion_query = \"SELECT max(version) FROM schema_version\"\n"),
        case("snapshot_job_with_target", Db::Pg, 2,
            "error: the job file has a [target], but ferry snapshot writes to --out DIR: remove [target] or use ferry run",
            &["snapshot", "--from", src, "--out", &snap_new])
            .job(format!("[target]\nurl = \"{pg}\"\n")),
        case("snapshot_job_with_keys", Db::None, 2,
            "error: ferry snapshot keeps the source's rows as they are: [[keys]], [[references]], [versions], [[map]], [[set]], [preflight], [write] and --skip belong to ferry run or ferry restore",
            &["snapshot", "--from", src, "--out", &snap_new])
            .job("[select]\ntables = [\"dir_user\"]\n[[keys]]\ntable = \"dir_user\"\nstrategy = \"offset\"\n"),
        case("restore_job_with_source", Db::Lite, 2,
            "error: the job file has a [source], but ferry restore reads the snapshot DIR: remove [source]",
            &["restore", &snap, "--to", lite, "--yes"])
            .job(format!("[source]\nurl = \"{pg}\"\n")),

        // ---- runs that fail and roll back
        case("duplicate_keys_into_sqlite", Db::Lite, 3, "dir_role: 2 of the source's 2 rows have a key the target already holds (ROLE_ADMIN; ROLE_USER); a plain copy inserts and would fail on the first",
            &["run", "--from", src, "--to", lite, "--tables", "dir_role", "--yes"]),
        case("duplicate_keys_into_pg", Db::Pg, 3, "dir_role: 2 of the source's 2 rows have a key the target already holds (ROLE_ADMIN; ROLE_USER); a plain copy inserts and would fail on the first",
            &["run", "--from", src, "--to", pg, "--tables", "only_in_source,dir_role", "--create-tables", "--yes"]),
        case("duplicate_keys_into_my", Db::My, 3, "dir_role: 2 of the source's 2 rows have a key the target already holds (ROLE_ADMIN; ROLE_USER); a plain copy inserts and would fail on the first",
            &["run", "--from", src, "--to", my, "--tables", "only_in_source,dir_role", "--create-tables", "--yes"]),
        case("target_lacks_table", Db::Pg, 3,
            "the target is not initialised: it lacks table only_in_source; create it or pass --create-tables",
            &["run", "--from", src, "--to", pg, "--tables", "only_in_source", "--yes"]),
        case("target_lacks_column", Db::Lite, 3, "wide: the target table lacks column b",
            &["run", "--from", src, "--to", lite, "--tables", "wide", "--yes"]),

        // ---- snapshots
        case("restore_missing_directory", Db::Lite, 2,
            format!("error: snapshot directory {d}/nosuch_snap does not exist"),
            &["restore", &s("nosuch_snap"), "--to", lite, "--yes"]),
        case("inspect_missing_directory", Db::None, 2,
            format!("error: snapshot directory {d}/nosuch_snap does not exist"),
            &["inspect", &s("nosuch_snap")]),
        case("restore_not_a_directory", Db::Lite, 2,
            format!("error: snapshot {d}/notes.txt is not a directory: give the directory `ferry snapshot --out` wrote"),
            &["restore", &s("notes.txt"), "--to", lite, "--yes"]),
        case("restore_without_manifest", Db::Pg, 2,
            format!("error: {d}/s_empty has no manifest.json: it is not a ferry snapshot, or not a complete one"),
            &["restore", &s("s_empty"), "--to", pg, "--yes"]),
        case("inspect_without_manifest", Db::None, 2, format!("error: {d}/s_empty has no manifest.json"),
            &["inspect", &s("s_empty"), "--verify"]),
        case("restore_manifest_not_json", Db::Lite, 2,
            format!("error: {d}/s_garbage/manifest.json is not valid JSON (key must be a string at line 1 column 3): the manifest is damaged; take the snapshot again"),
            &["restore", &s("s_garbage"), "--to", lite, "--yes"]),
        case("inspect_manifest_not_json", Db::None, 2, format!("error: {d}/s_garbage/manifest.json is not valid JSON"),
            &["inspect", &s("s_garbage")]),
        case("restore_manifest_empty", Db::My, 2,
            format!("error: {d}/s_emptyman/manifest.json is not valid JSON (EOF while parsing a value at line 1 column 0)"),
            &["restore", &s("s_emptyman"), "--to", my, "--yes"]),
        case("restore_manifest_of_wrong_shape", Db::Lite, 2,
            format!("error: {d}/s_types/manifest.json is not a valid snapshot manifest: invalid type: integer `5`, expected a sequence"),
            &["restore", &s("s_types"), "--to", lite, "--yes"]),
        case("restore_manifest_future_version", Db::Lite, 2,
            format!("error: {d}/s_version/manifest.json has snapshot format version 99; this ferry (0.1.0) reads versions 1 to 2"),
            &["restore", &s("s_version"), "--to", lite, "--yes"]),
        case("inspect_manifest_future_version", Db::None, 2, "has snapshot format version 99",
            &["inspect", &s("s_version"), "--verify"]),
        case("restore_manifest_other_format", Db::Lite, 2,
            format!("error: {d}/s_format/manifest.json is not a ferry snapshot manifest: \"format\" is not \"ferry-snapshot\""),
            &["restore", &s("s_format"), "--to", lite, "--yes"]),
        case("restore_part_outside_snapshot", Db::Lite, 2,
            format!("error: {d}/s_outside/manifest.json contradicts itself: table dir_role: part path '../snap/dir_role/part-00000.arrow' is not inside the snapshot directory"),
            &["restore", &s("s_outside"), "--to", lite, "--tables", "dir_role", "--yes"]),
        case("inspect_part_outside_snapshot", Db::None, 2, "is not inside the snapshot directory",
            &["inspect", &s("s_outside"), "--verify"]),
        case("restore_decimal_arrow_cannot_hold", Db::Lite, 2,
            format!("error: {d}/s_decimal/manifest.json contradicts itself: column dir_role."),
            &["restore", &s("s_decimal"), "--to", lite, "--yes"]),
        case("inspect_decimal_arrow_cannot_hold", Db::None, 2, "decimal(0,2): ",
            &["inspect", &s("s_decimal"), "--verify"]),
        case("restore_truncated_part", Db::Lite, 3,
            format!("dir_role: part {d}/s_trunc/dir_role/part-00000.arrow is 500 bytes but the manifest says"),
            &["restore", &s("s_trunc"), "--to", lite, "--yes"]),
        case("restore_truncated_part_into_pg", Db::Pg, 3,
            format!("snapshot {d}/s_trunc does not match its manifest; restore from an intact copy"),
            &["restore", &s("s_trunc"), "--to", pg, "--tables", "dir_role", "--yes"]),
        case("restore_truncated_part_into_new_file", Db::None, 3, "the file is truncated or was changed",
            &["restore", &s("s_trunc"), "--to", &fresh, "--create-tables", "--yes"]),
        case("inspect_verify_truncated_part", Db::None, 4,
            format!("error: snapshot {d}/s_trunc does not match its manifest:\n  - dir_role: part {d}/s_trunc/dir_role/part-00000.arrow is 500 bytes"),
            &["inspect", &s("s_trunc"), "--verify"]),
        case("restore_corrupted_part", Db::My, 3, "the file is corrupted", &["restore", &s("s_sha"), "--to", my, "--yes"]),
        case("inspect_verify_corrupted_part", Db::None, 4, "the file is corrupted",
            &["inspect", &s("s_sha"), "--verify"]),
        case("restore_missing_part", Db::Lite, 3,
            format!("dir_user: part {d}/s_nopart/dir_user/part-00000.arrow is missing"),
            &["restore", &s("s_nopart"), "--to", lite, "--yes"]),
        case("inspect_verify_missing_part", Db::None, 4, "part-00000.arrow is missing",
            &["inspect", &s("s_nopart"), "--verify"]),
        case("restore_rows_differ_from_manifest", Db::Lite, 3,
            format!("dir_role: part {d}/s_rows/dir_role/part-00000.arrow holds 2 rows but the manifest says 7"),
            &["restore", &s("s_rows"), "--to", lite, "--yes"]),
        case("inspect_verify_rows_differ", Db::None, 4, "holds 2 rows but the manifest says 7",
            &["inspect", &s("s_rows"), "--verify"]),
        case("restore_tables_matching_nothing", Db::Lite, 2,
            "error: --tables 'nosuch_*' matches no table in the source (its tables: dir_group, dir_role, dir_user, dir_user_group)",
            &["restore", &snap, "--to", lite, "--tables", "nosuch_*", "--yes"]),
        case("restore_into_unknown_database", Db::None, 2, format!("database \"{}_nope\" does not exist", e.pg.name),
            &["restore", &snap, "--to", &pg_nope, "--yes"]),
        // The snapshot's keys are compared before anything is written.
        case("restore_duplicate_keys", Db::My, 3, "dir_role: 2 of the source's 2 rows have a key the target already holds (ROLE_ADMIN; ROLE_USER)",
            &["restore", &snap, "--to", my, "--tables", "dir_role", "--yes"]),
        case("verify_from_truncated_snapshot", Db::Lite, 4,
            format!("snapshot {d}/s_trunc does not match its manifest"),
            &["verify", "--from", &s("s_trunc"), "--to", lite, "--tables", "dir_role"]),
        case("verify_against_snapshot", Db::None, 2,
            "error: ferry verify compares with a database: check a snapshot with `ferry inspect DIR --verify`",
            &["verify", "--from", src, "--to", &snap]),

        // ---- undo, history, verify
        case("undo_without_journal_sqlite", Db::Lite, 2,
            format!("error: {lite} has no ferry_journal: ferry recorded no run there, so there is no run {run_id} to undo"),
            &["undo", run_id, "--to", lite, "--yes"]),
        case("undo_without_journal_pg", Db::Pg, 2,
            format!("has no ferry_journal: ferry recorded no run there, so there is no run {run_id} to undo"),
            &["undo", run_id, "--to", pg, "--yes"]),
        case("undo_without_journal_my", Db::My, 2, "has no ferry_journal: ferry recorded no run there",
            &["undo", run_id, "--to", my, "--yes"]),
        case("undo_unknown_run", Db::Journal, 2,
            format!("error: no run {run_id} in the journal of {journal}; `ferry history --to URL` lists the runs recorded there"),
            &["undo", run_id, "--to", journal, "--yes"]),
        case("undo_empty_run_id", Db::Journal, 2, format!("error: no run  in the journal of {journal}"),
            &["undo", "", "--to", journal, "--yes"]),
        case("undo_run_id_with_sql", Db::Journal, 2,
            "error: no run x'; DROP TABLE dir_role; -- in the journal of",
            &["undo", "x'; DROP TABLE dir_role; --", "--to", journal, "--yes", "--force"]),
        case("undo_missing_sqlite_file", Db::None, 2,
            format!("error: SQLite database file '{d}/missing.db' does not exist: check --to"),
            &["undo", run_id, "--to", &e.sqlite("missing.db"), "--yes"]),
        case("undo_unknown_database", Db::None, 2, format!("database \"{}_nope\" does not exist", e.pg.name),
            &["undo", run_id, "--to", &pg_nope, "--yes"]),
        case("history_missing_sqlite_file", Db::None, 2,
            format!("error: SQLite database file '{d}/missing.db' does not exist: check --to"),
            &["history", "--to", &e.sqlite("missing.db")]),
        case("history_sqlite_directory", Db::None, 2,
            format!("error: --to '{d}/adir' is a directory, not a SQLite database file"),
            &["history", "--to", &e.sqlite("adir")]),
        case("history_unknown_database", Db::None, 2, format!("database \"{}_nope\" does not exist", e.pg.name),
            &["history", "--to", &pg_nope]),
        case("history_unknown_my_user", Db::None, 2, "Access denied for user 'corpus_nosuchuser'@",
            &["history", "--to", &format!("mysql://corpus_nosuchuser:{PW}@{my_host}/{}", e.my.name)]),
        case("history_bad_sslmode", Db::Pg, 2, "sslmode=bogus is not a TLS mode",
            &["history", "--to", &format!("{pg}?sslmode=bogus")]),
        case("verify_missing_target_file", Db::None, 2,
            format!("error: SQLite database file '{d}/missing.db' does not exist: check --to"),
            &["verify", "--from", src, "--to", &e.sqlite("missing.db")]),
        case("verify_missing_source_file", Db::Lite, 2,
            format!("error: SQLite database file '{d}/missing.db' does not exist: check --from"),
            &["verify", "--from", &e.sqlite("missing.db"), "--to", lite]),
        case("verify_without_target", Db::None, 2, "error: no target: give --to URL or [target] url in the job file",
            &["verify", "--from", src]),
        case("verify_table_sqlite_target_lacks", Db::Lite, 4,
            "error: the target's tables do not match the source's:\n  - the target is not initialised: it lacks table only_in_source",
            &["verify", "--from", src, "--to", lite, "--tables", "only_in_source"]),
        case("verify_table_pg_target_lacks", Db::Pg, 4, "it lacks table only_in_source",
            &["verify", "--from", src, "--to", pg, "--tables", "dir_role,only_in_source"]),
        case("verify_table_my_target_lacks", Db::My, 4, "it lacks table only_in_source",
            &["verify", "--from", src, "--to", my, "--tables", "only_in_source", "--record"]),
        case("verify_column_target_lacks", Db::Lite, 4, "wide: the target table lacks column b",
            &["verify", "--from", src, "--to", lite, "--tables", "wide"]),
        case("verify_tables_matching_nothing", Db::Lite, 2, "error: --tables 'nosuch_*' matches no table in the source",
            &["verify", "--from", src, "--to", lite, "--tables", "nosuch_*"]),
        case("verify_masked_without_masks", Db::Lite, 2,
            "error: ferry verify --masked: the job masks no column of a table both sides have",
            &["verify", "--from", src, "--to", lite, "--tables", "dir_role", "--masked"]),
        case("verify_where_refused", Db::Pg, 2,
            "error: [select.where] of dir_role: the source refused its filter `nosuch = 1`",
            &["verify", "--from", src, "--to", pg])
            .job("[select]\ntables = [\"dir_role\"]\n[select.where]\ndir_role = \"nosuch = 1\"\n"),
        case("verify_promotion_version_differs", Db::Lite, 3,
            "schema version differs: [preflight] version_query answers '4' on the source and '3' on the target",
            &["verify", "--from", src, "--to", lite])
            .job("[select]\ntables = [\"dir_role\"]\n[write]\nmode = \"merge\"\n[preflight]\nversion_query = \"SELECT max(version) FROM schema_version\"\n"),
        // A plain copy's version query was ignored by verify (exit 0).
        case("verify_plain_version_differs", Db::Lite, 3,
            "schema version differs: [preflight] version_query answers '4' on the source and '3' on the target",
            &["verify", "--from", src, "--to", lite])
            .job("[select]\ntables = [\"dir_role\"]\n[preflight]\nversion_query = \"SELECT max(version) FROM schema_version\"\n"),
        case("verify_unknown_database", Db::None, 2, format!("database \"{}_nope\" does not exist", e.pg.name),
            &["verify", "--from", &pg_nope, "--to", lite]),
    ];
    // MariaDB's default port, dropped from the URL, is still the same
    // database; only where the server is on it.
    if let Some(host) = my_host.strip_suffix(":3306") {
        v.push(case(
            "same_my_database_without_port",
            Db::My,
            2,
            "are one database (the same database of the same server)",
            &[
                "run",
                "--from",
                my,
                "--to",
                &format!("mysql://{u}:{PW}@{host}/{}", e.my.name),
                "--yes",
            ],
        ));
    }
    v
}

/// Runs one case with `extra` arguments, in the environment's directory.
fn run_case(e: &Env, c: &Case, extra: &[&str]) -> (Run, String) {
    let mut args = c.args.clone();
    let job = e.path(&format!("jobs/{}.toml", c.name));
    if let Some(text) = &c.job {
        std::fs::write(&job, text).unwrap();
        args.push("--job".into());
        args.push(job.clone());
    }
    args.extend(extra.iter().map(|a| a.to_string()));
    let env: Vec<(&str, &str)> = c.env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut cmd = ferry_command(&env);
    cmd.args(&args)
        .current_dir(e.dir.path())
        .stdin(if c.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run ferry");
    if let Some(text) = &c.stdin {
        let mut stdin = child.stdin.take().unwrap();
        // ferry may stop before it reads: a closed pipe is fine.
        let _ = stdin.write_all(text.as_bytes());
    }
    let out = child.wait_with_output().expect("ferry output");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    (run, job)
}

/// What is wrong with the outcome of case `c`, if anything.
fn problems(e: &Env, c: &Case, run: &Run, job: &str) -> Vec<String> {
    let mut out = Vec::new();
    if run.code != c.code {
        out.push(format!("exit {} instead of {}", run.code, c.code));
    }
    let phrase = c.phrase.replace("{job}", job);
    if !run.stderr.contains(&phrase) {
        out.push(format!("stderr lacks {phrase:?}"));
    }
    if run.code == 101 || run.stderr.contains("panicked") || run.stderr.contains("RUST_BACKTRACE") {
        out.push("panicked".into());
    }
    if c.target != Db::None {
        let now = checksums(e.url(c.target));
        if now != e.before[&c.target] {
            out.push(format!("changed the {:?} target", c.target));
        }
    }
    // Nothing new beside them either: no lock file of a SQLite target that
    // did not exist, no snapshot's temporary directory.
    for entry in std::fs::read_dir(e.dir.path()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if e.absent().iter().any(|a| name.starts_with(*a)) || name.contains(".ferry-tmp") {
            out.push(format!("left {name}"));
            let _ = std::fs::remove_file(entry.path());
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    out
}

/// Files and journals no case may have changed.
fn assert_untouched(e: &Env) {
    let d = e.dir.path();
    assert_eq!(
        std::fs::read_to_string(d.join("notes.txt")).unwrap(),
        "not a database\n"
    );
    assert!(d.join("adir").is_dir());
    assert_eq!(
        std::fs::read_dir(d.join("adir")).unwrap().count(),
        0,
        "files in adir"
    );
    for (db, name) in [
        (&e.lite, "SQLite"),
        (&e.pg, "PostgreSQL"),
        (&e.my, "MariaDB"),
    ] {
        assert_eq!(journal_rows(db), None, "a journal in the {name} target");
    }
    assert_eq!(journal_rows(&e.journal), Some(1), "the journal's one run");
    for db in [Db::Lite, Db::Pg, Db::My, Db::Journal] {
        assert_eq!(checksums(e.url(db)), e.before[&db], "{db:?} target changed");
    }
}

#[test]
fn bad_input_corpus() {
    let started = std::time::Instant::now();
    let e = setup();
    let cases = cases(&e);
    let mut names = std::collections::BTreeSet::new();
    for c in &cases {
        assert!(names.insert(c.name), "case {} twice", c.name);
    }
    assert!(cases.len() >= 100, "{} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let (run, job) = run_case(&e, c, &[]);
        let wrong = problems(&e, c, &run, &job);
        if !wrong.is_empty() {
            failures.push(format!(
                "case {}: {}\n  ferry {}\n{run}",
                c.name,
                wrong.join("; "),
                c.args.join(" ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
    assert_untouched(&e);
    eprintln!(
        "{} bad-input cases in {:.1} s",
        cases.len(),
        started.elapsed().as_secs_f64()
    );
}

/// The password of the corpus's URLs appears in no output of any case:
/// plain, as `--json` and at `-vv`.
#[test]
fn bad_input_corpus_never_prints_the_password() {
    let e = setup();
    let cases = cases(&e);
    // Every case naming a server gives it the password, but the one whose
    // point is the password missing from standard input.
    for c in &cases {
        let text = format!("{} {}", c.args.join(" "), c.job.as_deref().unwrap_or(""));
        let names_server = text.contains("postgres") || text.contains("mysql");
        assert!(
            !names_server || c.has_password() || c.name == "password_stdin_empty",
            "case {} names a server without the password",
            c.name
        );
    }
    let with_password = cases.iter().filter(|c| c.has_password()).count();
    assert!(
        with_password >= 60,
        "{with_password} cases hold the password"
    );
    let mut leaks = Vec::new();
    let mut runs = 0;
    for c in &cases {
        let mut variants: Vec<&[&str]> = vec![&[]];
        if SUBCOMMANDS.contains(&c.args[0].as_str()) {
            variants.push(&["--json"]);
            variants.push(&["-vv"]);
        }
        for extra in variants {
            let (run, _) = run_case(&e, c, extra);
            runs += 1;
            if run.stdout.contains(PW) || run.stderr.contains(PW) {
                leaks.push(format!(
                    "case {} {extra:?}: the password is printed\n  ferry {}\n{run}",
                    c.name,
                    c.args.join(" ")
                ));
            }
            if extra == ["--json"] {
                // The document, decoded: no escape hides the password.
                if let Ok(json) = serde_json::from_str::<serde_json::Value>(&run.stdout) {
                    if json.to_string().contains(PW) || format!("{json:?}").contains(PW) {
                        leaks.push(format!(
                            "case {}: the JSON holds the password: {json}",
                            c.name
                        ));
                    }
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n\n"));
    assert_untouched(&e);
    eprintln!(
        "{} cases ({with_password} with the password), {runs} runs: the password printed nowhere",
        cases.len()
    );
}
