//! Test harness: a uniquely named database per test on the real servers
//! (dropped afterwards), the fixtures, the ferry binary, and content
//! checksums read through ferry's own endpoints.

use ferry::endpoint::{open_source, BatchSize, DbUrl};
use ferry::plan::JOURNAL_TABLE;
use ferry::values::text::{canonical, Cell, CellReader};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use tokio::runtime::Runtime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Postgres,
    MySql,
    Sqlite,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Postgres => "postgres",
            Kind::MySql => "mysql",
            Kind::Sqlite => "sqlite",
        }
    }
}

pub fn rt() -> &'static Runtime {
    static RT: OnceLock<Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
    })
}

/// The server named by `var`, else by the env file of the servers
/// `scripts/test-servers.sh start` left running, else `default`.
fn server(var: &str, default: &str) -> String {
    if let Ok(url) = std::env::var(var) {
        return url;
    }
    let env = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/test-servers/servers.env"
    );
    std::fs::read_to_string(env)
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{var}=")).map(str::to_string))
        })
        .unwrap_or_else(|| default.to_string())
}

/// The PostgreSQL the tests create their databases on (no database named).
pub fn pg_admin() -> String {
    server("FERRY_TEST_PG", "postgres://postgres@127.0.0.1:5432")
}

/// The MariaDB/MySQL the tests create their databases on.
pub fn mysql_admin() -> String {
    server("FERRY_TEST_MYSQL", "mysql://root@127.0.0.1:3306")
}

/// The Python with the test packages (pyarrow, psycopg, PyMySQL,
/// jsonschema): FERRY_TEST_PYTHON, else the virtual environment
/// ./scripts/test.sh makes, else python3.
pub fn python() -> String {
    let venv = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/test-python/bin/python3"
    );
    std::env::var("FERRY_TEST_PYTHON").unwrap_or_else(|_| {
        match std::path::Path::new(venv).exists() {
            true => venv.into(),
            false => "python3".into(),
        }
    })
}

/// `host:port` of the tests' MariaDB/MySQL.
pub fn mysql_host_port() -> String {
    let url = mysql_admin();
    let rest = url.rsplit_once('@').map_or(url.as_str(), |(_, r)| r);
    rest.split(['/', '?']).next().unwrap_or(rest).to_string()
}

fn unreachable_hint(engine: &str, url: &str) -> String {
    format!(
        "{engine} is not reachable at {url} (set FERRY_TEST_PG / FERRY_TEST_MYSQL to name servers \
         to use, or start the tests' own with `scripts/test-servers.sh start`; the README's test \
         command, ./scripts/test.sh, installs and starts them)"
    )
}

/// A database of its own for one test, dropped when the value is dropped.
pub struct TestDb {
    pub kind: Kind,
    pub url: String,
    pub name: String,
    /// The server's admin URL, without a database.
    admin: String,
    _dir: Option<tempfile::TempDir>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name(label: &str) -> String {
    format!(
        "ferry_{label}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

impl TestDb {
    pub fn new(kind: Kind, label: &str) -> TestDb {
        match kind {
            Kind::Postgres => Self::on_server(kind, &pg_admin(), label),
            Kind::MySql => Self::on_server(kind, &mysql_admin(), label),
            Kind::Sqlite => {
                let name = unique_name(label);
                let dir = tempfile::tempdir().expect("tempdir");
                let path = dir.path().join(format!("{name}.db"));
                std::fs::File::create(&path).expect("create sqlite file");
                TestDb {
                    kind,
                    url: format!("sqlite://{}", path.display()),
                    name,
                    admin: String::new(),
                    _dir: Some(dir),
                }
            }
        }
    }

    /// A database of its own on the server `admin` (a URL without the
    /// database, with the credentials that may create one).
    pub fn on_server(kind: Kind, admin: &str, label: &str) -> TestDb {
        let name = unique_name(label);
        let (base, query) = admin.split_once('?').unwrap_or((admin, ""));
        let on = |db: &str| {
            if query.is_empty() {
                format!("{base}/{db}")
            } else {
                format!("{base}/{db}?{query}")
            }
        };
        rt().block_on(async {
            use sqlx::{Connection, Executor};
            match kind {
                Kind::Postgres => {
                    let mut c = sqlx::PgConnection::connect(&on("postgres"))
                        .await
                        .unwrap_or_else(|e| {
                            panic!("{}: {e}", unreachable_hint("PostgreSQL", admin))
                        });
                    c.execute(format!("CREATE DATABASE {name}").as_str())
                        .await
                        .expect("create database");
                }
                Kind::MySql => {
                    let mut c = sqlx::MySqlConnection::connect(&on("mysql"))
                        .await
                        .unwrap_or_else(|e| {
                            panic!("{}: {e}", unreachable_hint("MariaDB/MySQL", admin))
                        });
                    c.execute(
                        format!("CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
                            .as_str(),
                    )
                    .await
                    .expect("create database");
                }
                Kind::Sqlite => unreachable!("a SQLite database is a file"),
            }
        });
        let url = on(&name);
        TestDb {
            kind,
            url,
            name,
            admin: admin.to_string(),
            _dir: None,
        }
    }

    /// A database holding `tests/fixtures/<engine>.sql`.
    pub fn with_fixture(kind: Kind, label: &str) -> TestDb {
        let db = TestDb::new(kind, label);
        let path = format!(
            "{}/tests/fixtures/{}.sql",
            env!("CARGO_MANIFEST_DIR"),
            kind.name()
        );
        let text = std::fs::read_to_string(&path).expect("fixture");
        db.exec_script(&text);
        db
    }

    /// Runs statements separated by `;` at line ends.
    pub fn exec_script(&self, text: &str) {
        let statements: Vec<String> = text
            .split(";\n")
            .map(|s| s.to_string())
            .filter(|s| {
                s.lines()
                    .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with("--"))
            })
            .collect();
        for s in statements {
            self.exec(&s);
        }
    }

    pub fn exec(&self, sql: &str) {
        self.exec_result(sql)
            .unwrap_or_else(|e| panic!("{sql}\n  failed on {}: {e}", self.kind.name()));
    }

    /// Runs `sql`; the server's error as text.
    pub fn exec_result(&self, sql: &str) -> Result<(), String> {
        rt().block_on(async {
            use sqlx::{Connection, Executor};
            let result = match self.kind {
                Kind::Postgres => {
                    let mut c = sqlx::PgConnection::connect(&self.url)
                        .await
                        .expect("connect");
                    c.execute(sql).await.map(|_| ())
                }
                Kind::MySql => {
                    let mut c = sqlx::MySqlConnection::connect(&self.url)
                        .await
                        .expect("connect");
                    c.execute("SET NAMES utf8mb4").await.expect("names");
                    c.execute(sql).await.map(|_| ())
                }
                Kind::Sqlite => {
                    let mut c = sqlx::SqliteConnection::connect(&self.url)
                        .await
                        .expect("connect");
                    c.execute(sql).await.map(|_| ())
                }
            };
            result.map_err(|e| e.to_string())
        })
    }

    /// One integer from a query (`SELECT count(*) …`).
    pub fn scalar(&self, sql: &str) -> i64 {
        rt().block_on(async {
            use sqlx::Connection;
            match self.kind {
                Kind::Postgres => {
                    let mut c = sqlx::PgConnection::connect(&self.url)
                        .await
                        .expect("connect");
                    sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut c).await
                }
                Kind::MySql => {
                    let mut c = sqlx::MySqlConnection::connect(&self.url)
                        .await
                        .expect("connect");
                    sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut c).await
                }
                Kind::Sqlite => {
                    let mut c = sqlx::SqliteConnection::connect(&self.url)
                        .await
                        .expect("connect");
                    sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut c).await
                }
            }
            .unwrap_or_else(|e| panic!("{sql} failed: {e}"))
        })
    }

    /// Where the database is, as the engines' own clients name it: the
    /// database name on a server, the file's path for SQLite.
    pub fn location(&self) -> String {
        match self.kind {
            Kind::Sqlite => self.url.trim_start_matches("sqlite://").to_string(),
            _ => self.name.clone(),
        }
    }

    /// Quotes an identifier for this engine.
    pub fn q(&self, ident: &str) -> String {
        match self.kind {
            Kind::MySql => format!("`{ident}`"),
            _ => format!("\"{ident}\""),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let (kind, name) = (self.kind, self.name.clone());
        let admin = self.admin.split('?').next().unwrap_or("").to_string();
        let query = self
            .admin
            .split_once('?')
            .map(|(_, q)| format!("?{q}"))
            .unwrap_or_default();
        // Drop runs outside the runtime's async context.
        let _ = std::thread::spawn(move || {
            rt().block_on(async {
                use sqlx::{Connection, Executor};
                match kind {
                    Kind::Postgres => {
                        if let Ok(mut c) =
                            sqlx::PgConnection::connect(&format!("{admin}/postgres{query}")).await
                        {
                            let _ = c
                                .execute(
                                    format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
                                )
                                .await;
                        }
                    }
                    Kind::MySql => {
                        if let Ok(mut c) =
                            sqlx::MySqlConnection::connect(&format!("{admin}/mysql{query}")).await
                        {
                            let _ = c
                                .execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
                                .await;
                        }
                    }
                    Kind::Sqlite => {}
                }
            })
        })
        .join();
    }
}

/// What a ferry invocation did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{self}"))
    }
}

/// `run` failed with exit `code`, saying `message`, without a panic.
pub fn assert_error(run: &Run, code: i32, message: &str) {
    assert_eq!(run.code, code, "{run}");
    assert!(
        run.stderr.contains(message),
        "expected {message:?} in\n{run}"
    );
    assert!(!run.stderr.contains("panicked"), "{run}");
}

pub fn ferry(args: &[&str]) -> Run {
    ferry_with_env(args, &[])
}

/// An empty home directory for every ferry the tests start: a developer's
/// own `~/.my.cnf` or `~/.pgpass` never takes part (a test that wants one
/// gives HOME itself).
pub fn empty_home() -> &'static str {
    static HOME: OnceLock<String> = OnceLock::new();
    HOME.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("ferry-test-home-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("test home");
        dir.display().to_string()
    })
}

/// The environment variables of libpq and the mysql client that would
/// change how a ferry under test connects.
const CLIENT_ENV: &[&str] = &[
    "PGHOST",
    "PGHOSTADDR",
    "PGPORT",
    "PGUSER",
    "PGPASSWORD",
    "PGPASSFILE",
    "PGDATABASE",
    "PGSSLMODE",
    "PGSSLROOTCERT",
    "PGSSLCERT",
    "PGSSLKEY",
    "PGOPTIONS",
    "PGAPPNAME",
];

pub fn ferry_command(env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferry"));
    cmd.env_remove("RUST_LOG").env("HOME", empty_home());
    for var in CLIENT_ENV {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    cmd
}

/// [`ferry`] with extra environment variables.
pub fn ferry_with_env(args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = ferry_command(env).args(args).output().expect("run ferry");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Starts ferry in the background, its output captured.
pub fn spawn_ferry(args: &[&str]) -> std::process::Child {
    ferry_command(&[])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn ferry")
}

/// Polls `ready` until it holds; fails after a minute saying `what` never
/// happened.
pub fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let started = std::time::Instant::now();
    while !ready() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "{what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Row count and a checksum of the content of one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSum {
    pub rows: usize,
    pub sha256: String,
    pub columns: Vec<String>,
}

/// Normalises what engines legitimately spell differently: decimal
/// trailing zeros and the UTC suffix of zoned timestamps.
fn normalise(text: String) -> String {
    let t = text
        .strip_suffix("+00:00")
        .map(str::to_string)
        .unwrap_or(text);
    let is_number = {
        let d = t.strip_prefix('-').unwrap_or(&t);
        !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit() || b == b'.') && d.contains('.')
    };
    if is_number {
        let trimmed = t.trim_end_matches('0').trim_end_matches('.');
        if trimmed == "-0" {
            "0".into()
        } else {
            trimmed.to_string()
        }
    } else {
        t
    }
}

/// Every base table of `url` with its row count and content checksum,
/// read through ferry's endpoints in one consistent read.
pub fn checksums(url: &str) -> BTreeMap<String, TableSum> {
    checksums_at(DbUrl::parse("test", url).expect("url"))
}

/// [`checksums`] of a snapshot directory, read through its endpoint.
pub fn snapshot_checksums(dir: &std::path::Path) -> BTreeMap<String, TableSum> {
    checksums_at(DbUrl::snapshot("test", &dir.display().to_string()).expect("dir"))
}

fn checksums_at(url: DbUrl) -> BTreeMap<String, TableSum> {
    rt().block_on(async {
        let mut source = open_source(&url).await.expect("open");
        source.begin_read().await.expect("begin");
        let catalog = source.catalog().await.expect("catalog");
        let mut sums = BTreeMap::new();
        for table in &catalog.tables {
            // ferry's run journal differs by its times on every run; the
            // journal tests check it. A killed MySQL run's provisional
            // tables wait for the next run (faults.rs checks them).
            if table.name == JOURNAL_TABLE
                || ferry::images::is_image_table(&table.name)
                || ferry::catalog::provisional::tag(&table.name).is_some()
            {
                continue;
            }
            if table
                .columns
                .iter()
                .any(|c| matches!(c.ty, ferry::catalog::LogicalType::Unsupported { .. }))
            {
                continue;
            }
            let mut rows: Vec<String> = read_rows(source.as_mut(), table)
                .await
                .into_iter()
                .map(|cells| cells.join("\u{1f}"))
                .collect();
            rows.sort();
            let mut h = Sha256::new();
            for r in &rows {
                h.update(r.as_bytes());
                h.update(b"\n");
            }
            sums.insert(
                table.name.clone(),
                TableSum {
                    rows: rows.len(),
                    sha256: format!("{:x}", h.finalize()),
                    columns: table.columns.iter().map(|c| c.name.clone()).collect(),
                },
            );
        }
        sums
    })
}

/// Every row of `table`, each cell in the canonical text checksums use
/// (NULL as `NULL`), joined by `|`, sorted.
pub fn table_rows(url: &str, table: &str) -> Vec<String> {
    rt().block_on(async {
        let url = DbUrl::parse("test", url).expect("url");
        let mut source = open_source(&url).await.expect("open");
        source.begin_read().await.expect("begin");
        let catalog = source.catalog().await.expect("catalog");
        let table = catalog
            .table(table)
            .unwrap_or_else(|| panic!("no table {table}"));
        let mut rows: Vec<String> = read_rows(source.as_mut(), table)
            .await
            .into_iter()
            .map(|cells| cells.join("|").replace("\u{0}NULL", "NULL"))
            .collect();
        rows.sort();
        rows
    })
}

async fn read_rows(
    source: &mut dyn ferry::endpoint::Source,
    table: &ferry::catalog::Table,
) -> Vec<Vec<String>> {
    let mut batches = source.read_table(table, BatchSize::DEFAULT);
    let mut rows = Vec::new();
    {
        while let Some(batch) = futures::StreamExt::next(&mut batches).await {
            let batch = batch.unwrap_or_else(|e| panic!("reading {}: {e}", table.name));
            let readers: Vec<CellReader> = batch
                .columns()
                .iter()
                .map(|a| CellReader::new(a.as_ref()).expect("reader"))
                .collect();
            for r in 0..batch.num_rows() {
                let cells: Vec<String> = readers
                    .iter()
                    .zip(&table.columns)
                    .map(|(reader, c)| {
                        let cell = reader.get(r);
                        let text = canonical(&cell, &c.ty);
                        if matches!(cell, Cell::Text(_)) || matches!(cell, Cell::Float(_)) {
                            normalise(text)
                        } else {
                            text
                        }
                    })
                    .collect();
                rows.push(cells);
            }
        }
    }
    rows
}

/// The catalog of `url` as ferry sees it, without ferry's run journal
/// (which the journal tests check).
pub fn catalog(url: &str) -> ferry::catalog::Catalog {
    rt().block_on(async {
        let url = DbUrl::parse("test", url).expect("url");
        let mut source = open_source(&url).await.expect("open");
        let mut catalog = source.catalog().await.expect("catalog");
        catalog
            .tables
            .retain(|t| t.name != JOURNAL_TABLE && !ferry::images::is_image_table(&t.name));
        catalog
    })
}

/// Every text a query returns, one per row.
pub fn texts(db: &TestDb, sql: &str) -> Vec<String> {
    rt().block_on(async {
        use sqlx::{Connection, Row};
        let rows: Vec<Vec<Option<String>>> = match db.kind {
            Kind::Postgres => {
                let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
                sqlx::query(sql)
                    .fetch_all(&mut c)
                    .await
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
                    .iter()
                    .map(|r| {
                        (0..r.len())
                            .map(|i| r.try_get::<Option<String>, _>(i).unwrap())
                            .collect()
                    })
                    .collect()
            }
            Kind::MySql => {
                let mut c = sqlx::MySqlConnection::connect(&db.url).await.unwrap();
                sqlx::query(sql)
                    .fetch_all(&mut c)
                    .await
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
                    .iter()
                    .map(|r| {
                        (0..r.len())
                            .map(|i| {
                                r.try_get::<Option<Vec<u8>>, _>(i)
                                    .unwrap()
                                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                            })
                            .collect()
                    })
                    .collect()
            }
            Kind::Sqlite => {
                let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
                sqlx::query(sql)
                    .fetch_all(&mut c)
                    .await
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
                    .iter()
                    .map(|r| {
                        (0..r.len())
                            .map(|i| r.try_get::<Option<String>, _>(i).unwrap())
                            .collect()
                    })
                    .collect()
            }
        };
        rows.into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| c.unwrap_or_else(|| "NULL".into()))
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect()
    })
}

/// The rows of `db`'s run journal by the engine's own SQL, `None` when it
/// has no journal table.
pub fn journal_rows(db: &TestDb) -> Option<i64> {
    let exists = match db.kind {
        Kind::Postgres => {
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'ferry_journal'"
        }
        Kind::MySql => {
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'ferry_journal'"
        }
        Kind::Sqlite => "SELECT count(*) FROM sqlite_master WHERE name = 'ferry_journal'",
    };
    (db.scalar(exists) == 1).then(|| db.scalar("SELECT count(*) FROM ferry_journal"))
}
