//! Masked copies from production down to dev/test, on all nine engine
//! pairs, with public sample databases: Joget's user directory (MySQL and
//! PostgreSQL; its users' key is their user name, which four tables refer
//! to) and the Northwind SQLite file (customers keyed by a text id that
//! orders refer to). Checked by the engines' own SQL: the same key masks to
//! the same values in two runs (another key to others), references still
//! join, masked keys stay unique, no source value of a masked column is in
//! the target — and `ferry verify --masked` agrees.

use crate::common::{ferry, ferry_with_env, texts, Kind, Run, TestDb};
use crate::corpus::load;
use std::collections::BTreeSet;

const KEY: &str = "a dev-copy key of thirty-two bytes";
const OTHER_KEY: &str = "another key, for another copy!!!";

/// A masked column, the query that reads it, and the column that names
/// it in the engine's catalog.
struct Case {
    corpus: &'static str,
    job: &'static str,
    /// `(table, column)` of every masked column, followers included, as
    /// the source spells them.
    masked: Vec<(String, String)>,
    /// `(child, child column, parent, parent column)` references to check.
    joins: Vec<(String, String, String, String)>,
    /// `(table, column)`: a masked key that must stay unique.
    unique: (String, String),
}

const JOGET_JOB: &str = r#"
[[mask]]
column = "dir_user.id"
method = "hash"
[[mask]]
column = "dir_user.username"
method = "hash"
[[mask]]
column = "dir_user.email"
method = "email"
[[mask]]
column = "dir_user.firstName"
method = "first-name"
[[mask]]
column = "dir_user.lastName"
method = "last-name"
[[mask]]
column = "dir_user.password"
method = "null"
"#;

const NORTHWIND_JOB: &str = r#"
[[mask]]
column = "Customers.CustomerID"
method = "hash"
[[mask]]
column = "Customers.ContactName"
method = "name"
[[mask]]
column = "Customers.Phone"
method = "keep-format"
[[mask]]
column = "Employees.LastName"
method = "last-name"
[[mask]]
column = "Employees.HomePhone"
method = "keep-format"
"#;

fn pairs(names: &[(&str, &str)], fold: bool) -> Vec<(String, String)> {
    let n = |s: &str| {
        if fold {
            s.to_ascii_lowercase()
        } else {
            s.to_string()
        }
    };
    names.iter().map(|(t, c)| (t.to_string(), n(c))).collect()
}

fn case(from: Kind) -> Case {
    if from == Kind::Sqlite {
        return Case {
            corpus: "northwind_sqlite",
            job: NORTHWIND_JOB,
            masked: pairs(
                &[
                    ("Customers", "CustomerID"),
                    ("Customers", "ContactName"),
                    ("Customers", "Phone"),
                    ("Employees", "LastName"),
                    ("Employees", "HomePhone"),
                    ("Orders", "CustomerID"),
                ],
                false,
            ),
            joins: vec![(
                "Orders".into(),
                "CustomerID".into(),
                "Customers".into(),
                "CustomerID".into(),
            )],
            unique: ("Customers".into(), "CustomerID".into()),
        };
    }
    // PostgreSQL's dump of the directory spells every name in lower case.
    let fold = from == Kind::Postgres;
    let masked = pairs(
        &[
            ("dir_user", "id"),
            ("dir_user", "username"),
            ("dir_user", "email"),
            ("dir_user", "firstName"),
            ("dir_user", "lastName"),
            ("dir_user_role", "userId"),
            ("dir_user_group", "userId"),
            ("dir_employment", "userId"),
        ],
        fold,
    );
    let joins = masked[5..]
        .iter()
        .map(|(t, c)| {
            (
                t.clone(),
                c.clone(),
                "dir_user".to_string(),
                "id".to_string(),
            )
        })
        .collect();
    Case {
        corpus: "joget_directory",
        job: JOGET_JOB,
        masked,
        joins,
        unique: ("dir_user".into(), "id".into()),
    }
}

fn as_text(db: &TestDb, column: &str) -> String {
    let c = db.q(column);
    match db.kind {
        Kind::Postgres => format!("{c}::text"),
        Kind::MySql => format!("CAST({c} AS CHAR)"),
        Kind::Sqlite => format!("CAST({c} AS TEXT)"),
    }
}

/// The column's values, NULLs left out, sorted.
fn values(db: &TestDb, table: &str, column: &str) -> Vec<String> {
    let mut v: Vec<String> = texts(
        db,
        &format!(
            "SELECT {} FROM {} WHERE {} IS NOT NULL",
            as_text(db, column),
            db.q(table),
            db.q(column)
        ),
    );
    v.sort();
    v
}

/// `count(*)` of `from` (tables, joins, conditions) by the engine.
fn count_of(db: &TestDb, from: &str) -> i64 {
    let count = match db.kind {
        Kind::Postgres => "count(*)::text",
        Kind::MySql => "CAST(count(*) AS CHAR)",
        Kind::Sqlite => "CAST(count(*) AS TEXT)",
    };
    texts(db, &format!("SELECT {count} FROM {from}"))[0]
        .parse()
        .expect("a count")
}

fn masked_run(src: &TestDb, dst: &TestDb, job: &str, key: &str) -> Run {
    ferry_with_env(
        &[
            "run",
            "--from",
            &src.url,
            "--to",
            &dst.url,
            "--job",
            job,
            "--create-tables",
            "--yes",
        ],
        &[("FERRY_MASK_KEY", key)],
    )
}

fn job_file(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("to-dev.toml");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// One pair: two runs with one key, one with another, each into a new
/// database, then the checks.
fn masked_copy(from: Kind, to: Kind) {
    let case = case(from);
    let src = load(case.corpus, from);
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(&dir, case.job);
    let [a, b, c] = ["mask_a", "mask_b", "mask_c"].map(|l| TestDb::new(to, l));
    let run = masked_run(&src, &a, &job, KEY);
    assert_eq!(run.code, 0, "{run}");
    for (table, column) in &case.masked {
        assert!(
            run.stdout.contains(&format!("masked: {table}.{column} (")),
            "the plan lists {table}.{column}:\n{run}"
        );
    }
    let (child, column, parent, key) = &case.joins[0];
    assert!(
        run.stdout.contains(&format!(
            "masked: {child}.{column} (hash, follows {parent}.{key})"
        )),
        "{run}"
    );
    assert_eq!(masked_run(&src, &b, &job, KEY).code, 0);
    assert_eq!(masked_run(&src, &c, &job, OTHER_KEY).code, 0);

    for (table, column) in &case.masked {
        let source = values(&src, table, column);
        let masked = values(&a, table, column);
        assert_eq!(
            masked.len(),
            source.len(),
            "{table}.{column}: every value masked, NULLs kept"
        );
        assert_eq!(
            masked,
            values(&b, table, column),
            "{table}.{column}: the same key masks alike"
        );
        assert_ne!(
            masked,
            values(&c, table, column),
            "{table}.{column}: another key masks otherwise"
        );
        let source: BTreeSet<&String> = source.iter().collect();
        let leaked: Vec<&String> = masked.iter().filter(|v| source.contains(v)).collect();
        assert!(
            leaked.is_empty(),
            "{table}.{column}: source values in the target: {leaked:?}"
        );
    }
    for (child, column, parent, key) in &case.joins {
        let rows = |db: &TestDb| {
            count_of(
                db,
                &format!(
                    "{} c JOIN {} p ON p.{} = c.{}",
                    db.q(child),
                    db.q(parent),
                    db.q(key),
                    db.q(column)
                ),
            )
        };
        assert_eq!(
            rows(&a),
            rows(&src),
            "{child}.{column} still joins {parent}.{key}"
        );
    }
    let (table, column) = &case.unique;
    assert_eq!(
        values(&a, table, column)
            .iter()
            .collect::<BTreeSet<_>>()
            .len(),
        values(&src, table, column).len(),
        "{table}.{column} stays unique"
    );
    if from != Kind::Sqlite {
        let emails = values(&a, "dir_user", "email");
        assert!(
            emails.iter().all(|e| e.ends_with("@example.invalid")),
            "{emails:?}"
        );
        assert!(
            values(&a, "dir_user", "password").is_empty(),
            "passwords are NULL"
        );
    }

    let verify = ferry_with_env(
        &[
            "verify", "--masked", "--from", &src.url, "--to", &a.url, "--job", &job,
        ],
        &[("FERRY_MASK_KEY", KEY)],
    );
    assert_eq!(verify.code, 0, "{verify}");
    assert!(
        verify
            .stdout
            .contains("no source value of a masked column is in the target"),
        "{verify}"
    );
}

#[test]
fn postgres_into_postgres() {
    masked_copy(Kind::Postgres, Kind::Postgres);
}
#[test]
fn postgres_into_mysql() {
    masked_copy(Kind::Postgres, Kind::MySql);
}
#[test]
fn postgres_into_sqlite() {
    masked_copy(Kind::Postgres, Kind::Sqlite);
}
#[test]
fn mysql_into_postgres() {
    masked_copy(Kind::MySql, Kind::Postgres);
}
#[test]
fn mysql_into_mysql() {
    masked_copy(Kind::MySql, Kind::MySql);
}
#[test]
fn mysql_into_sqlite() {
    masked_copy(Kind::MySql, Kind::Sqlite);
}
#[test]
fn sqlite_into_postgres() {
    masked_copy(Kind::Sqlite, Kind::Postgres);
}
#[test]
fn sqlite_into_mysql() {
    masked_copy(Kind::Sqlite, Kind::MySql);
}
#[test]
fn sqlite_into_sqlite() {
    masked_copy(Kind::Sqlite, Kind::Sqlite);
}

/// A snapshot taken with `[[mask]]` holds the masked values (its manifest
/// says which), restores to exactly what a masked run writes, and
/// `verify --masked` checks it as a target.
#[test]
fn a_masked_snapshot() {
    let src = load("joget_directory", Kind::MySql);
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(&dir, JOGET_JOB);
    let snap = dir.path().join("snap").display().to_string();
    let env = [("FERRY_MASK_KEY", KEY)];
    let taken = ferry_with_env(
        &[
            "snapshot", "--from", &src.url, "--out", &snap, "--job", &job,
        ],
        &env,
    );
    assert_eq!(taken.code, 0, "{taken}");
    let inspect = ferry(&["inspect", &snap]);
    let masked_line = inspect
        .stdout
        .lines()
        .find(|l| l.starts_with("masked    "))
        .unwrap_or_else(|| panic!("inspect names the masked columns:\n{inspect}"));
    for item in [
        "dir_user.id (hash)",
        "dir_user.username (hash)",
        "dir_user.email (email)",
        "dir_user.firstName (first-name)",
        "dir_user.lastName (last-name)",
        "dir_user.password (null)",
        "dir_user_role.userId (hash)",
        "dir_user_group.userId (hash)",
        "dir_employment.userId (hash)",
    ] {
        assert!(masked_line.contains(item), "{item}: {masked_line}");
    }
    let verify = ferry_with_env(
        &[
            "verify", "--masked", "--from", &src.url, "--to", &snap, "--job", &job,
        ],
        &env,
    );
    assert_eq!(verify.code, 0, "{verify}");

    let restored = TestDb::new(Kind::Postgres, "mask_restored");
    let run = ferry(&[
        "restore",
        &snap,
        "--to",
        &restored.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let direct = TestDb::new(Kind::Postgres, "mask_direct");
    assert_eq!(masked_run(&src, &direct, &job, KEY).code, 0);
    for column in ["id", "username", "email", "firstName", "lastName"] {
        assert_eq!(
            values(&restored, "dir_user", column),
            values(&direct, "dir_user", column),
            "{column}"
        );
    }
}

/// A plain copy is caught by `verify --masked`: exit 4, the columns and
/// the (masked) keys of the rows named, no value printed.
#[test]
fn verify_finds_unmasked_values() {
    let src = load("joget_directory", Kind::Postgres);
    let dst = TestDb::new(Kind::Sqlite, "mask_plain");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(
        &dir,
        "[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"email\"\n",
    );
    let verify = ferry_with_env(
        &[
            "verify", "--masked", "--from", &src.url, "--to", &dst.url, "--job", &job,
        ],
        &[("FERRY_MASK_KEY", KEY)],
    );
    assert_eq!(verify.code, 4, "{verify}");
    let emails = values(&src, "dir_user", "email");
    assert!(!emails.is_empty());
    assert!(verify.stderr.contains(&format!(
        "error: masked columns hold source values:\n  - dir_user.email: {} of {} rows hold a source value in the target (target keys: id=",
        emails.len(),
        count_of(&src, "dir_user")
    )), "{verify}");
    for e in emails.into_iter().filter(|e| !e.is_empty()) {
        assert!(
            !verify.stdout.contains(&e) && !verify.stderr.contains(&e),
            "{e} printed:\n{verify}"
        );
    }
}

/// Every mask that cannot work is refused before anything is written,
/// all at once (exit 3); a missing or short key is bad input (exit 2);
/// two source values of a unique key that mask alike stop the run
/// (exit 1) with the target untouched.
#[test]
fn masks_that_cannot_work() {
    let src = load("joget_directory", Kind::MySql);
    let dst = TestDb::new(Kind::Postgres, "mask_refused");
    let dir = tempfile::tempdir().unwrap();
    let run_job = |text: &str, env: &[(&str, &str)]| {
        let job = job_file(&dir, text);
        ferry_with_env(
            &[
                "run",
                "--from",
                &src.url,
                "--to",
                &dst.url,
                "--job",
                &job,
                "--create-tables",
                "--yes",
            ],
            env,
        )
    };
    let key = [("FERRY_MASK_KEY", KEY)];
    let run = run_job(
        "[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"email\"\n",
        &[],
    );
    assert_eq!(run.code, 2, "{run}");
    assert_eq!(run.stderr, "error: [[mask]] dir_user.email (method email) needs the masking key: set the environment variable FERRY_MASK_KEY to a secret of at least 16 bytes, the same for every run whose masked values must agree (it is never stored or printed)\n");
    let run = run_job(
        "mask_key_env = \"DEV_KEY\"\n[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"email\"\n",
        &[("DEV_KEY", "short")],
    );
    assert_eq!(
        run.stderr,
        "error: the masking key in DEV_KEY is 5 bytes long; a masking key needs at least 16\n",
        "{run}"
    );
    let run = run_job(
        "[[mask]]\ncolumn = \"dir_user.email\"\nmethod = \"fixed\"\n",
        &key,
    );
    assert!(run.stderr.starts_with("error: job file "), "{run}");
    assert!(
        run.stderr.ends_with(
            ", line 2: [[mask]] dir_user.email: method fixed needs value = … (the value every row gets)\n"
        ),
        "{run}"
    );

    let run = run_job(
        "[[mask]]\ncolumn = \"dir_user_role.userId\"\nmethod = \"hash\"\n\
         [[mask]]\ncolumn = \"dir_user.active\"\nmethod = \"email\"\n\
         [[mask]]\ncolumn = \"dir_role.id\"\nmethod = \"name\"\n\
         [[mask]]\ncolumn = \"dir_user.nickname\"\nmethod = \"hash\"\n\
         [[mask]]\ncolumn = \"dir_role.name\"\nmethod = \"null\"\n",
        &key,
    );
    assert_eq!(run.code, 3, "{run}");
    for problem in [
        "[[mask]] dir_user.nickname: dir_user has no column nickname (its columns: id, username, password, firstName, lastName, email, active, timeZone, locale)",
        "[[mask]] dir_user_role.userId refers to dir_user.id (a foreign key), which is not masked: its masked values would find no row there; mask dir_user.id instead (the columns that refer to it follow)",
        "[[mask]] dir_user.active: method email applies to text columns, and the target column is int32",
        "[[mask]] dir_role.id: method name gives many rows one value, and the column is part of a unique key of dir_role; use hash, email or keep-format",
    ] {
        assert!(run.stderr.contains(problem), "{problem}\n{run}");
    }
    assert_eq!(
        count_of(&dst, "pg_tables WHERE schemaname = 'public'"),
        0,
        "nothing created"
    );

    // Twenty-six one-letter codes, unique, into twenty-six letters: two
    // are bound to meet.
    let letters = TestDb::new(Kind::Sqlite, "mask_letters");
    letters.exec("CREATE TABLE code (id INTEGER PRIMARY KEY, letter VARCHAR(1) NOT NULL UNIQUE)");
    for (i, l) in ('a'..='z').enumerate() {
        letters.exec(&format!("INSERT INTO code VALUES ({i}, '{l}')"));
    }
    let target = TestDb::new(Kind::MySql, "mask_collide");
    let job = job_file(
        &dir,
        "[[mask]]\ncolumn = \"code.letter\"\nmethod = \"keep-format\"\n",
    );
    let run = ferry_with_env(
        &[
            "run",
            "--from",
            &letters.url,
            "--to",
            &target.url,
            "--job",
            &job,
            "--create-tables",
            "--yes",
        ],
        &key,
    );
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains(
        "error: code.letter: masking gives two different source values the same value, and they are a unique key of the target; \
         mask with method = \"hash\" or \"email\", or widen the column"
    ), "{run}");
    assert_eq!(
        count_of(
            &target,
            "information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
        ),
        0
    );
}
