//! Bad input gets one clear line naming what is wrong, the documented exit
//! code, no panic, no password, and an untouched target.

use crate::common::{assert_error, checksums, ferry, Kind, TestDb};

/// A job file of `text` in a new directory (kept while the guard lives).
fn job_file(text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let job = dir.path().join("job.toml");
    std::fs::write(&job, text).unwrap();
    let path = job.display().to_string();
    (dir, path)
}

fn sqlite_pair() -> (TestDb, TestDb) {
    (
        TestDb::with_fixture(Kind::Sqlite, "src"),
        TestDb::new(Kind::Sqlite, "dst"),
    )
}

#[test]
fn unknown_url_scheme() {
    let run = ferry(&["run", "--from", "oracle://db/x", "--to", "sqlite://t.db"]);
    assert_error(
        &run,
        2,
        "error: --from has unknown URL scheme 'oracle': use postgres://, mysql:// (also for MariaDB) or sqlite://",
    );
}

#[test]
fn malformed_urls() {
    let run = ferry(&["run", "--from", "sqlite://x.db", "--to", "postgres://"]);
    // No host is libpq's default (PGHOST, else the local socket); no
    // database is not.
    assert_error(
        &run,
        2,
        "error: --to 'postgres://' names no database: add /DBNAME (or set PGDATABASE)",
    );
    let run = ferry(&["plan", "--from", "not a url", "--to", "sqlite://t.db"]);
    assert_error(&run, 2, "error: --from 'not a url' is not a URL");
    let run = ferry(&[
        "plan",
        "--from",
        "mysql://root@127.0.0.1:3306",
        "--to",
        "sqlite://t.db",
    ]);
    assert_error(&run, 2, "names no database: add /DBNAME");
}

#[test]
fn unreachable_server_hides_the_password() {
    let (src, _) = sqlite_pair();
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        "postgres://app:s3cretpw@127.0.0.1:1/prod",
        "--yes",
    ]);
    assert_error(
        &run,
        1,
        "cannot connect to postgres://app:***@127.0.0.1:1/prod:",
    );
    assert!(
        run.stderr.contains("is the server running and reachable?"),
        "{run}"
    );
    assert!(
        !run.stderr.contains("s3cretpw") && !run.stdout.contains("s3cretpw"),
        "{run}"
    );
}

#[test]
fn wrong_password_is_bad_input() {
    let (src, _) = sqlite_pair();
    let dst = TestDb::new(Kind::MySql, "dst");
    let url = dst.url.replace("mysql://root@", "mysql://root:wrongpw@");
    let run = ferry(&["run", "--from", &src.url, "--to", &url, "--yes"]);
    assert_error(
        &run,
        2,
        &format!(
            "error: cannot connect to mysql://root:***@{}/",
            crate::common::mysql_host_port()
        ),
    );
    assert!(
        run.stderr.contains("Access denied for user 'root'"),
        "{run}"
    );
    assert!(
        run.stderr.contains("check the user name and password"),
        "{run}"
    );
    assert!(!run.stderr.contains("wrongpw"), "{run}");
}

#[test]
fn glob_matching_no_table() {
    let (src, dst) = sqlite_pair();
    let run = ferry(&[
        "plan",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_*,nope_*",
    ]);
    assert_error(
        &run,
        2,
        "error: --tables 'nope_*' matches no table in the source (its tables: ",
    );
}

#[test]
fn missing_job_file() {
    let run = ferry(&["run", "--job", "/nonexistent/nightly.toml"]);
    assert_error(
        &run,
        2,
        "error: cannot read job file /nonexistent/nightly.toml: No such file or directory",
    );
}

#[test]
fn invalid_toml_and_unknown_keys_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "comment = \"x\"\n[source\nurl = 1\n").unwrap();
    let run = ferry(&["run", "--job", bad.to_str().unwrap()]);
    assert_error(
        &run,
        2,
        &format!("error: job file {}: line 2, column", bad.display()),
    );

    let unknown = dir.path().join("unknown.toml");
    std::fs::write(
        &unknown,
        "[source]\nurl = \"sqlite://a.db\"\n[select]\ntables = [\"a\"]\nexclud = [\"b\"]\n",
    )
    .unwrap();
    let run = ferry(&["run", "--job", unknown.to_str().unwrap()]);
    assert_error(
        &run,
        2,
        "line 5, column 1: unknown field `exclud`, expected one of `tables`, `schemas`, `exclude`, `where`",
    );
}

#[test]
fn job_file_with_environment_and_flag_override() {
    let (src, dst) = sqlite_pair();
    let (_dir, job) = job_file(
        "comment = \"nightly\"\n[source]\nurl = \"${FERRY_IT_SRC}\"\n[target]\nurl = \"${FERRY_IT_DST}\"\n\
         [select]\ntables = [\"dir_*\"]\nexclude = [\"dir_role\"]\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ferry"))
        .args([
            "plan",
            "--job",
            &job,
            "--json",
            "--tables",
            "dir_group,dir_role",
        ])
        .env("FERRY_IT_SRC", &src.url)
        .env("FERRY_IT_DST", &dst.url)
        .output()
        .unwrap();
    // The target has no tables: refused, listing them; --tables overrode the
    // job's list but its exclude still applies.
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["problems"][0],
        "the target is not initialised: it lacks table dir_group; create it or pass --create-tables"
    );
    let missing_var = ferry(&["plan", "--job", &job]);
    assert_error(
        &missing_var,
        2,
        "source.url uses ${FERRY_IT_SRC} but the environment variable FERRY_IT_SRC is not set",
    );
}

#[test]
fn target_not_initialised_lists_tables_and_columns() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::new(Kind::Postgres, "dst");
    dst.exec("CREATE TABLE dir_group (id varchar(64) PRIMARY KEY)");
    let before = checksums(&dst.url);
    let run = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "dir_*", "--yes",
    ]);
    assert_error(
        &run,
        3,
        "error: preflight refused the run; the target was not changed:\n  \
         - the target is not initialised: it lacks tables dir_role, dir_user, dir_user_group; create them or pass --create-tables\n  \
         - dir_group: the target table lacks columns name, description",
    );
    assert_eq!(checksums(&dst.url), before);
}

#[test]
fn incompatible_column_types_are_refused_by_name() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::new(Kind::Postgres, "dst");
    dst.exec("CREATE TABLE dir_role (id integer PRIMARY KEY, name date)");
    let run = ferry(&[
        "plan", "--from", &src.url, "--to", &dst.url, "--tables", "dir_role",
    ]);
    assert_error(
        &run,
        3,
        "dir_role.id: source type VARCHAR(64) (varchar(64)) does not fit target type integer (int32): a varchar(64) value cannot be stored exactly in a int32 column",
    );
    assert!(
        run.stderr
            .contains("dir_role.name: source type VARCHAR(100)"),
        "{run}"
    );
}

#[test]
fn arrays_are_refused_by_name() {
    let src = TestDb::with_fixture(Kind::Postgres, "src");
    let dst = TestDb::new(Kind::Sqlite, "dst");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "pg_only_arrays",
        "--create-tables",
        "--yes",
    ]);
    assert_error(
        &run,
        3,
        "pg_only_arrays.tags: postgres integer[] cannot be written as it is (sqlite has no such type); \
         allow a conversion: --convert array=json (a JSON array of its elements) or --convert array=text \
         (PostgreSQL's text form), or `array = \"json\"` under [convert.types] in the job file",
    );
}

#[test]
fn values_that_do_not_fit_are_refused_naming_row() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::new(Kind::Postgres, "dst");
    dst.exec("CREATE TABLE dir_group (id varchar(5) PRIMARY KEY, name varchar(100) NOT NULL, description text)");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--yes",
    ]);
    assert_error(&run, 1, "error: dir_group.id: a value of ");
    assert!(
        run.stderr
            .contains("does not fit character varying(5) (row id="),
        "{run}"
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM dir_group"), 0);
}

#[test]
fn nan_into_mysql_is_refused_naming_row() {
    let src = TestDb::new(Kind::Postgres, "src");
    let dst = TestDb::new(Kind::MySql, "dst");
    src.exec(
        "CREATE TABLE readings (id int PRIMARY KEY, value double precision);
         INSERT INTO readings SELECT i, i / 3.0 FROM generate_series(1, 5000) i;
         UPDATE readings SET value = 'NaN' WHERE id = 4321",
    );
    dst.exec("CREATE TABLE readings (id int PRIMARY KEY, value double)");
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_error(
        &run,
        1,
        "error: readings.value: NaN cannot be stored in MySQL, which has no NaN or infinity (row id=4321)",
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM readings"), 0);
}

#[test]
fn same_source_and_target() {
    let run = ferry(&["run", "--from", "sqlite://a.db", "--to", "sqlite://a.db"]);
    assert_error(&run, 2, "--from and --to are the same database");
}

#[test]
fn missing_sqlite_source_file() {
    let run = ferry(&[
        "plan",
        "--from",
        "sqlite:///nonexistent/dev.db",
        "--to",
        "sqlite://t.db",
    ]);
    assert_error(
        &run,
        2,
        "error: SQLite database file '/nonexistent/dev.db' does not exist: check --from",
    );
}

/// MySQL zero dates are refused by name unless the job allows the named
/// conversion `zero-date-to-null`.
#[test]
fn mysql_zero_dates_need_a_named_conversion() {
    let src = TestDb::new(Kind::MySql, "src");
    src.exec("CREATE TABLE legacy (id INT PRIMARY KEY, shipped DATE NOT NULL, note VARCHAR(10))");
    src.exec("SET STATEMENT sql_mode = '' FOR INSERT INTO legacy VALUES (1, '2024-05-01', 'ok'), (2, '0000-00-00', 'zero')");
    let dst = TestDb::new(Kind::Postgres, "dst");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_error(
        &run,
        1,
        "error: legacy.shipped: MySQL zero date '0000-00-00' cannot be carried;",
    );
    assert!(run.stderr.contains("(row id=2)"), "{run}");
    assert_eq!(
        dst.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'legacy'"),
        0
    );

    let (_dir, job) = job_file("[convert]\n\"legacy.shipped\" = \"zero-date-to-null\"\n");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
        "--job",
        &job,
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        dst.scalar("SELECT count(*) FROM legacy WHERE id = 2 AND shipped IS NULL"),
        1
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM legacy WHERE id = 1 AND shipped = '2024-05-01'"),
        1
    );

    std::fs::write(
        &job,
        "[convert]\n\"legacy.shiped\" = \"zero-date-to-null\"\n",
    )
    .unwrap();
    let dst2 = TestDb::new(Kind::Sqlite, "dst");
    let run = ferry(&["plan", "--from", &src.url, "--to", &dst2.url, "--job", &job]);
    assert_error(
        &run,
        3,
        "[convert] names legacy.shiped, which is not a column of a selected table",
    );
}

/// `plan --create-tables` into a SQLite file that does not exist shows what
/// would be created and leaves no file behind.
#[test]
fn plan_writes_nothing() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("new.db");
    let url = format!("sqlite://{}", target.display());
    let run = ferry(&[
        "plan",
        "--from",
        &src.url,
        "--to",
        &url,
        "--create-tables",
        "--tables",
        "dir_*",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let json = run.json();
    let tables: Vec<&str> = json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["table"].as_str().unwrap())
        .collect();
    assert_eq!(
        tables,
        ["dir_group", "dir_role", "dir_user", "dir_user_group"]
    );
    assert_eq!(json["tables"][2]["source_rows"], 5);
    assert_eq!(json["tables"][2]["create"], true);
    assert!(!target.exists(), "plan created the target file");
}

/// A text column holds numbers and timestamps exactly in their canonical
/// spelling; ferry writes them so rather than refusing.
#[test]
fn numbers_and_timestamps_into_text_columns() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::new(Kind::Postgres, "dst");
    dst.exec(
        "CREATE TABLE app_report_process (id text PRIMARY KEY, \"appId\" text, \"processDefId\" text, \
         state text, \"startedTime\" text, duration text)",
    );
    dst.exec("INSERT INTO app_report_process VALUES ('99', 'x', 'y', 'open', NULL, NULL)");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "app_report_process",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout
            .contains("warning: app_report_process: the target already holds 1 row, none with a key of the source's rows: the copy adds them"),
        "{run}"
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM app_report_process WHERE id = '2' AND \"startedTime\" = '2023-07-01 09:00:00' AND duration = '3600'"),
        1
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM app_report_process"), 6);
}

/// A refused `--create-tables` run into a SQLite file that did not exist
/// leaves no file behind.
#[test]
fn refused_run_leaves_no_new_sqlite_file() {
    let src = TestDb::with_fixture(Kind::Postgres, "src");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("new.db");
    let url = format!("sqlite://{}", target.display());
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &url,
        "--tables",
        "pg_only_arrays",
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 3, "{run}");
    assert!(
        !target.exists(),
        "the refused run left {}",
        target.display()
    );
}

/// A job file's value echoed in an error (a string where a section is
/// expected, an unclosed `${`) never shows the URL's password, on stderr
/// or in the --json error document.
#[test]
fn errors_quoting_a_job_file_hide_the_password() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "string.toml",
            "source = \"postgres://u:S3cr3t-pw!@db.example/app\"\n",
        ),
        (
            "unclosed.toml",
            "[source]\nurl = \"postgres://u:S3cr3t-pw!@db.example/${DB\"\n",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let job = path.display().to_string();
        for json in [false, true] {
            let mut args = vec![
                "plan",
                "--job",
                job.as_str(),
                "--to",
                "sqlite:///tmp/none.db",
            ];
            if json {
                args.push("--json");
            }
            let run = ferry(&args);
            assert_eq!(run.code, 2, "{run}");
            assert!(
                !run.stdout.contains("S3cr3t") && !run.stderr.contains("S3cr3t"),
                "{run}"
            );
            let shown = if json { &run.stdout } else { &run.stderr };
            assert!(shown.contains("postgres://u:***@db.example"), "{run}");
        }
    }
}

/// SQL of `[select.where]` the source refuses is bad input naming the
/// table and the filter (it was exit 1, "counting rows of dir_group"),
/// and the target stays as it was.
#[test]
fn a_select_where_the_source_refuses_names_table_and_filter() {
    let (src, dst) = sqlite_pair();
    let (_dir, job) = job_file(
        "[select]\ntables = [\"dir_group\"]\n[select.where]\ndir_group = \"name = = 'x'\"\n",
    );
    for command in ["plan", "run"] {
        let run = ferry(&[
            command,
            "--from",
            &src.url,
            "--to",
            &dst.url,
            "--job",
            &job,
            "--create-tables",
            "--yes",
        ]);
        assert_error(
            &run,
            2,
            "error: [select.where] of dir_group: the source refused its filter `name = = 'x'`: near \"=\": syntax error",
        );
    }
    assert!(checksums(&dst.url).is_empty(), "the target holds no table");
}

/// `[preflight] version_query` refuses a plain copy too (it was asked
/// only with promotion sections: 4 against 0 copied the rows, exit 0).
#[test]
fn a_version_query_refuses_a_plain_copy() {
    let (src, dst) = sqlite_pair();
    src.exec(
        "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (4)",
    );
    dst.exec(
        "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (0)",
    );
    let (_dir, job) = job_file(
        "[select]\ntables = [\"dir_group\"]\n[preflight]\nversion_query = \"SELECT max(version) FROM schema_version\"\n",
    );
    let before = checksums(&dst.url);
    for command in ["plan", "run"] {
        let run = ferry(&[
            command,
            "--from",
            &src.url,
            "--to",
            &dst.url,
            "--job",
            &job,
            "--create-tables",
            "--yes",
        ]);
        assert_error(
            &run,
            3,
            "schema version differs: [preflight] version_query answers '4' on the source and '0' on the target",
        );
    }
    assert_eq!(checksums(&dst.url), before, "the target as it was");
    dst.exec("UPDATE schema_version SET version = 4");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--job",
        &job,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
}

/// A key strategy on a table without a primary key is refused (exit 3):
/// there is no key to give new values (it appended every row, exit 0).
#[test]
fn a_key_strategy_on_a_table_without_a_key_is_refused() {
    let (src, dst) = sqlite_pair();
    for db in [&src, &dst] {
        db.exec("CREATE TABLE audit_log (at TEXT, msg TEXT)");
    }
    src.exec("INSERT INTO audit_log VALUES ('2026-01-01', 'a')");
    let (_dir, job) = job_file(
        "[select]\ntables = [\"audit_log\"]\n[[keys]]\ntable = \"audit_log\"\nstrategy = \"offset\"\n",
    );
    let run = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--job", &job, "--yes",
    ]);
    assert_error(
        &run,
        3,
        "[[keys]] strategy = \"offset\" for audit_log: the table has no primary key to give new values; declare one, or remove the [[keys]] entry",
    );
    assert_eq!(dst.scalar("SELECT COUNT(*) FROM audit_log"), 0);
}

/// A SQLite URL naming a directory, a file that is not a database or a
/// missing directory is bad input naming the side and the path (it was
/// exit 1, `disk I/O error` or `file is not a database`), and nothing is
/// created.
#[test]
fn sqlite_paths_that_are_not_databases_name_side_and_file() {
    let (src, _) = sqlite_pair();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database\n").unwrap();
    let text = text.display().to_string();
    let cases = [
        (
            format!("sqlite://{d}"),
            src.url.clone(),
            format!("--from '{d}' is a directory, not a SQLite database file"),
        ),
        (
            src.url.clone(),
            format!("sqlite://{d}"),
            format!("--to '{d}' is a directory, not a SQLite database file"),
        ),
        (
            src.url.clone(),
            format!("sqlite://{text}"),
            format!(
                "--to '{text}' is not a SQLite database (it does not begin with SQLite's header)"
            ),
        ),
        (
            format!("sqlite://{text}"),
            src.url.clone(),
            format!("--from '{text}' is not a SQLite database"),
        ),
        (
            src.url.clone(),
            format!("sqlite://{d}/missing/x.db"),
            format!("--to '{d}/missing/x.db': the directory '{d}/missing' does not exist"),
        ),
    ];
    for (from, to, message) in cases {
        for command in ["plan", "run"] {
            let run = ferry(&[
                command,
                "--from",
                &from,
                "--to",
                &to,
                "--create-tables",
                "--yes",
            ]);
            assert_error(&run, 2, &message);
        }
    }
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "not a database\n");
    assert!(!dir.path().join("missing").exists());
}

/// Names the target would take for others are refused in preflight,
/// naming the tables: two PostgreSQL tables differing only in case into
/// SQLite (they were merged into one, exit 0), and a 70-character name
/// into PostgreSQL (cut to 63 by --create-tables, exit 0).
#[test]
fn names_the_target_would_merge_or_cut_are_refused() {
    let src = TestDb::new(Kind::Postgres, "names_src");
    src.exec(
        "CREATE TABLE \"Users\" (id INT PRIMARY KEY); CREATE TABLE users (id INT PRIMARY KEY)",
    );
    src.exec("INSERT INTO \"Users\" VALUES (1); INSERT INTO users VALUES (2)");
    let dst = TestDb::new(Kind::Sqlite, "names_dst");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_error(
        &run,
        3,
        "source tables Users and users differ only in case; the target's table names ignore case, so they would be one table there: rename one of them in the source",
    );
    assert!(checksums(&dst.url).is_empty(), "nothing created");
    // PostgreSQL keeps both names apart, but ferry's ordering does not:
    // refused rather than one of them lost.
    let pg_dst = TestDb::new(Kind::Postgres, "names_pg_dst");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &pg_dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_error(
        &run,
        3,
        "source tables Users and users differ only in case; ferry tells tables apart without case (--tables and --exclude too), so one would be lost: rename one of them in the source",
    );

    let long = "t".repeat(70);
    let lite = TestDb::new(Kind::Sqlite, "names_long");
    lite.exec(&format!("CREATE TABLE {long} (id INTEGER PRIMARY KEY)"));
    let pg = TestDb::new(Kind::Postgres, "names_long_dst");
    let run = ferry(&[
        "run",
        "--from",
        &lite.url,
        "--to",
        &pg.url,
        "--create-tables",
        "--yes",
    ]);
    assert_error(
        &run,
        3,
        &format!("table {long}: the name is longer than postgres keeps (63 bytes) and would be cut short"),
    );
    assert_eq!(
        pg.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        0,
        "nothing created"
    );
}

/// One database named twice, as URLs that differ, is refused before
/// anything is read or written (it failed on a duplicate key, exit 1).
#[test]
fn the_same_database_twice_is_refused() {
    for kind in [Kind::Postgres, Kind::MySql, Kind::Sqlite] {
        let db = TestDb::with_fixture(kind, "same_db");
        let other = match kind {
            Kind::Postgres => format!("{}?application_name=other", db.url),
            // Another spelling: the default port dropped, or TLS only preferred.
            Kind::MySql if db.url.contains(":3306/") => db.url.replacen(":3306/", "/", 1),
            Kind::MySql => format!("{}?ssl-mode=PREFERRED", db.url),
            Kind::Sqlite => {
                let path = db.url.trim_start_matches("sqlite://");
                let (dir, file) = path.rsplit_once('/').unwrap();
                format!("sqlite://{dir}/./{file}")
            }
        };
        assert_ne!(other, db.url);
        let before = checksums(&db.url);
        for command in ["plan", "run"] {
            let run = ferry(&[command, "--from", &db.url, "--to", &other, "--yes"]);
            assert_error(&run, 2, "are one database (");
            assert!(
                run.stderr
                    .contains("a copy into itself would change what it reads"),
                "{run}"
            );
        }
        assert_eq!(checksums(&db.url), before, "{kind:?}: untouched");
    }
}

/// A scheme in capitals is the same scheme (`SQLITE://` failed on an
/// existing file with "unable to open database file").
#[test]
fn a_scheme_in_capitals_is_the_same_scheme() {
    let (src, dst) = sqlite_pair();
    let upper = src.url.replacen("sqlite://", "SQLITE://", 1);
    let run = ferry(&[
        "plan",
        "--from",
        &upper,
        "--to",
        &dst.url,
        "--create-tables",
    ]);
    assert_eq!(run.code, 0, "{run}");
}

/// A SQLite file cut short (a copy that did not finish) or overwritten in
/// the middle is bad input naming the side and file (it was exit 1,
/// "database disk image is malformed", naming neither).
#[test]
fn a_damaged_sqlite_file_is_named() {
    let (src, dst) = sqlite_pair();
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(src.location()).unwrap();
    let cut = dir.path().join("cut.db");
    std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
    let mut garbled = bytes.clone();
    for b in garbled.iter_mut().skip(100).take(4000) {
        *b = 0x5a;
    }
    let bad = dir.path().join("garbled.db");
    std::fs::write(&bad, &garbled).unwrap();
    for (file, side) in [(&cut, "--from"), (&bad, "--from")] {
        let url = format!("sqlite://{}", file.display());
        let run = ferry(&["plan", "--from", &url, "--to", &dst.url, "--create-tables"]);
        assert_error(
            &run,
            2,
            &format!(
                "error: {side} '{}' is a damaged SQLite database:",
                file.display()
            ),
        );
    }
    let url = format!("sqlite://{}", bad.display());
    let run = ferry(&["history", "--to", &url]);
    assert_error(
        &run,
        2,
        &format!(
            "error: --to '{}' is a damaged SQLite database:",
            bad.display()
        ),
    );
}

/// A plain re-run into a filled target, on a schema nobody here wrote
/// (sakila from MariaDB into SQLite): the plan counts the source rows
/// whose keys the target holds, comparing keys only, and refuses the run
/// (exit 3) naming them, the target untouched; a `[write] mode` says what
/// to do with them and the same run goes through; keys that do not meet
/// the target's (an append) are let through with a warning.
#[test]
fn plain_rerun_into_a_filled_target_is_refused_by_key() {
    let src = crate::corpus::load("sakila", Kind::MySql);
    let dst = TestDb::new(Kind::Sqlite, "held");
    let copy = |extra: &[&str]| {
        let mut args = vec![
            "run", "--from", &src.url, "--to", &dst.url, "--tables", "actor", "--yes",
        ];
        args.extend(extra);
        ferry(&args)
    };
    let first = copy(&["--create-tables"]);
    assert_eq!(first.code, 0, "{first}");
    let before = checksums(&dst.url);

    let again = copy(&[]);
    assert_eq!(again.code, 3, "{again}");
    assert!(
        again.stderr.contains(
            "actor: 200 of the source's 200 rows have a key the target already holds (1; 2; 3; 4; 5 and 195 more); a plain copy inserts and would fail on the first: say what to do with them in the job's [write] mode (\"merge\" updates them, \"skip-existing\" keeps the target's), or empty the table first"
        ),
        "{again}"
    );
    assert_eq!(
        checksums(&dst.url),
        before,
        "the refused run changed the target"
    );
    let plan = ferry(&[
        "plan", "--from", &src.url, "--to", &dst.url, "--tables", "actor",
    ]);
    assert_eq!(plan.code, 3, "{plan}");
    assert!(
        plan.stderr
            .contains("actor: 200 of the source's 200 rows have a key"),
        "{plan}"
    );

    let dir = tempfile::tempdir().unwrap();
    let job = dir.path().join("merge.toml");
    std::fs::write(
        &job,
        "[select]\ntables = [\"actor\"]\n[write]\nmode = \"merge\"\n",
    )
    .unwrap();
    let merged = copy(&["--job", job.to_str().unwrap()]);
    assert_eq!(merged.code, 0, "{merged}");
    assert_eq!(checksums(&dst.url), before);

    dst.exec("DELETE FROM actor");
    dst.exec("INSERT INTO actor VALUES (1000, 'ONLY', 'TARGET', '2026-01-01 00:00:00')");
    let append = copy(&[]);
    assert_eq!(append.code, 0, "{append}");
    assert!(
        append.stdout.contains(
            "warning: actor: the target already holds 1 row, none with a key of the source's rows: the copy adds them"
        ),
        "{append}"
    );
    assert_eq!(dst.scalar("SELECT COUNT(*) FROM actor"), 201);
}

/// The same for a restore: the snapshot's keys (read from its parts, as
/// the key maps spell them, composite keys too) are compared with the
/// target's before anything is written; a restore into the filled tables
/// is refused (exit 3) naming them, the target untouched, and a `[write]
/// mode` lets it through.
#[test]
fn restore_into_a_filled_target_is_refused_by_key() {
    let src = crate::corpus::load("sakila", Kind::MySql);
    let dst = TestDb::new(Kind::Postgres, "held_restore");
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap").display().to_string();
    let tables = "language,film,actor,film_actor";
    let taken = ferry(&[
        "snapshot", "--from", &src.url, "--out", &snap, "--tables", tables,
    ]);
    assert_eq!(taken.code, 0, "{taken}");
    let restore = |extra: &[&str]| {
        let mut args = vec!["restore", &snap, "--to", &dst.url, "--yes"];
        args.extend(extra);
        ferry(&args)
    };
    let first = restore(&["--create-tables"]);
    assert_eq!(first.code, 0, "{first}");
    let before = checksums(&dst.url);

    let again = restore(&[]);
    assert_eq!(again.code, 3, "{again}");
    for line in [
        "actor: 200 of the source's 200 rows have a key the target already holds (1; 2; 3; 4; 5 and 195 more)",
        "film_actor: 5462 of the source's 5462 rows have a key the target already holds (1, 1; 1, 23; 1, 25; 1, 106; 1, 140 and 5457 more)",
    ] {
        assert!(again.stderr.contains(line), "{line}\n{again}");
    }
    assert_eq!(
        checksums(&dst.url),
        before,
        "the refused restore changed the target"
    );

    let job = dir.path().join("merge.toml");
    std::fs::write(&job, "[write]\nmode = \"merge\"\n").unwrap();
    let merged = restore(&["--job", job.to_str().unwrap()]);
    assert_eq!(merged.code, 0, "{merged}");
    assert_eq!(checksums(&dst.url), before);
}
