//! One transaction: a failure in the third of five tables, or a SIGKILL
//! mid-run, leaves every target table exactly as it was.

use crate::common::{checksums, ferry, journal_rows, spawn_ferry, texts, wait_until, Kind, TestDb};
use std::process::Command;
use std::time::{Duration, Instant};

fn failure_in_third_table(to: Kind) {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::with_fixture(to, "dst");
    for t in [
        "app_report_activity",
        "app_report_process",
        "dir_user_group",
        "dir_user",
        "dir_group",
        "empty_table",
    ] {
        dst.exec(&format!("DELETE FROM {t}"));
    }
    // The target keeps a role of its own named as one of the source's, and
    // names are unique: the third table (in write order) hits a unique
    // violation that no key comparison before the run foresees.
    dst.exec("DELETE FROM dir_role");
    dst.exec("INSERT INTO dir_role (id, name) VALUES ('ROLE_KEPT', 'Administrator')");
    dst.exec("CREATE UNIQUE INDEX dir_role_name ON dir_role (name)");
    let before = checksums(&dst.url);
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "app_report_process,dir_group,dir_role,dir_user,empty_table",
        "--yes",
        "--json",
    ]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains("error: writing dir_role: "), "{run}");
    let json = run.json();
    assert_eq!(json["ok"], false);
    assert_eq!(json["exit_code"], 1);
    let after = checksums(&dst.url);
    assert_eq!(after, before, "the target changed");
    assert_eq!(dst.scalar("SELECT count(*) FROM app_report_process"), 0);
}

#[test]
fn failure_in_third_table_postgres() {
    failure_in_third_table(Kind::Postgres);
}

#[test]
fn failure_in_third_table_mysql() {
    failure_in_third_table(Kind::MySql);
}

#[test]
fn failure_in_third_table_sqlite() {
    failure_in_third_table(Kind::Sqlite);
}

/// A source large enough that the run is still writing when it is killed.
fn big_source() -> TestDb {
    let src = TestDb::new(Kind::Sqlite, "big");
    src.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    src.exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) \
         INSERT INTO big SELECT i, printf('row %d %s', i, hex(randomblob(40))) FROM n",
    );
    src
}

/// Kills `child` with SIGKILL `after` `busy` says it is writing.
pub(crate) fn kill_when_busy(
    child: &mut std::process::Child,
    (after, poll): (Duration, Duration),
    mut busy: impl FnMut() -> bool,
) {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            panic!("ferry finished ({status}) before it could be killed; make the source bigger");
        }
        if busy() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "ferry never started writing"
        );
        std::thread::sleep(poll);
    }
    std::thread::sleep(after);
    if let Some(status) = child.try_wait().expect("wait") {
        panic!("ferry finished ({status}) before it could be killed; make the source bigger");
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reap");
}

/// Whether SQLite has a write transaction open on `db` (its rollback
/// journal exists).
pub(crate) fn sqlite_writing(db: &TestDb) -> bool {
    let path = db.url.trim_start_matches("sqlite://");
    std::path::Path::new(&format!("{path}-journal")).exists()
}

fn sigkill_mid_run(to: Kind, writing: &str, undoing: &str) {
    let src = big_source();
    let dst = TestDb::new(to, "dst");
    dst.exec("CREATE TABLE big (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)");
    dst.exec("CREATE TABLE keep (id INT PRIMARY KEY)");
    dst.exec("INSERT INTO keep VALUES (1)");
    let before = checksums(&dst.url);
    let mut child = spawn_ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "big", "--yes", "-q",
    ]);
    // Wait until the target is receiving rows, then kill -9.
    let poll = Duration::from_millis(20);
    kill_when_busy(
        &mut child,
        (Duration::from_millis(200), poll),
        || match to {
            Kind::Sqlite => sqlite_writing(&dst),
            _ => dst.scalar(writing) > 0,
        },
    );
    // The server (or SQLite's journal) rolls the transaction back.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        // A read-write connection first: SQLite rolls a hot journal back on
        // the next write-capable open.
        assert_eq!(dst.scalar("SELECT count(*) FROM big"), 0);
        let after = checksums(&dst.url);
        if after == before {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "target still changed after SIGKILL: {after:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(dst.scalar("SELECT count(*) FROM big"), 0);
    // No journal row for a killed run. PostgreSQL and SQLite roll the
    // journal's CREATE back with the rest; MariaDB's DDL committed before
    // the rows, and the dead process could not drop it: it stays, empty.
    match to {
        Kind::MySql => assert_eq!(journal_rows(&dst).unwrap_or(0), 0),
        _ => assert_eq!(journal_rows(&dst), None),
    }
    // The killed run's lock died with its session (or process): the next
    // run takes it — within --wait, while the server notices the closed
    // connection — and copies everything.
    let again = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "big", "--yes", "-q", "--wait",
        "30",
    ]);
    assert_eq!(again.code, 0, "{again}");
    assert_eq!(dst.scalar("SELECT count(*) FROM big"), 400_000);
    assert_eq!(journal_rows(&dst), Some(1));
    sigkill_mid_undo(&dst, to, undoing);
}

/// An undo killed while it writes leaves the target as the run left it;
/// its lock is gone with it, and the undo can be run again.
fn sigkill_mid_undo(dst: &TestDb, to: Kind, undoing: &str) {
    let history = ferry(&["history", "--to", &dst.url, "--json"]);
    let id = history.json()[0]["run_id"]
        .as_str()
        .expect("run")
        .to_string();
    let copied = checksums(&dst.url);
    let mut child = spawn_ferry(&["undo", &id, "--to", &dst.url, "--yes", "-q"]);
    // At once: the undo of a copy deletes its rows in one statement.
    // SQLite's undo of the copy is one DELETE of a few tenths of a second,
    // which a poll every 20 ms missed under load; its check is a file's
    // existence, cheap to ask often.
    let poll = Duration::from_millis(if to == Kind::Sqlite { 1 } else { 20 });
    kill_when_busy(&mut child, (Duration::ZERO, poll), || match to {
        Kind::Sqlite => sqlite_writing(dst),
        _ => dst.scalar(undoing) > 0,
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while checksums(&dst.url) != copied {
        assert!(
            Instant::now() < deadline,
            "the killed undo changed the target"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let statuses = ferry(&["history", "--to", &dst.url, "--json"]).json();
    assert_eq!(statuses.as_array().unwrap().len(), 1, "no undo recorded");
    assert_eq!(statuses[0]["status"], "committed");
    let undone = ferry(&["undo", &id, "--to", &dst.url, "--yes", "-q", "--wait", "30"]);
    assert_eq!(undone.code, 0, "{undone}");
    assert_eq!(dst.scalar("SELECT count(*) FROM big"), 0);
}

#[test]
fn sigkill_leaves_postgres_unchanged() {
    sigkill_mid_run(
        Kind::Postgres,
        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ferry%' AND datname = current_database() AND query LIKE 'COPY%'",
        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ferry%' AND state = 'active' \
         AND (query LIKE 'INSERT INTO \"ferry_undo%' OR query LIKE 'DELETE%')",
    );
}

#[test]
fn sigkill_leaves_mysql_unchanged() {
    sigkill_mid_run(
        Kind::MySql,
        "SELECT count(*) FROM information_schema.processlist WHERE info LIKE 'INSERT INTO `big`%'",
        "SELECT count(*) FROM information_schema.processlist WHERE info LIKE 'INSERT INTO `ferry_new_%' \
         OR info LIKE 'DELETE FROM `big`%'",
    );
}

#[test]
fn sigkill_leaves_sqlite_unchanged() {
    sigkill_mid_run(Kind::Sqlite, "", "");
}

/// Ctrl-C (SIGINT) mid-run rolls back and exits 1 naming the signal.
#[test]
fn ctrl_c_rolls_back() {
    let src = big_source();
    let dst = TestDb::new(Kind::Postgres, "dst");
    dst.exec("CREATE TABLE big (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)");
    let child = spawn_ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "big", "--yes", "-q",
    ]);
    wait_until("the run never started writing", || {
        dst.scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ferry%' AND datname = current_database() AND query LIKE 'COPY%'") > 0
    });
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: interrupted by Ctrl-C; the target transaction was rolled back"),
        "{stderr}"
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM big"), 0);
}

/// A connection lost mid-run (the server ends it) fails the run; the
/// server has rolled the transaction back.
#[test]
fn lost_connection_rolls_back() {
    let src = big_source();
    let dst = TestDb::new(Kind::Postgres, "dst");
    dst.exec("CREATE TABLE big (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)");
    let child = spawn_ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "big", "--yes", "-q",
    ]);
    let started = Instant::now();
    loop {
        let killed = dst.scalar(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE application_name LIKE 'ferry%' AND datname = current_database() AND query LIKE 'COPY%') t",
        );
        if killed > 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the run never started writing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error: writing big:"), "{stderr}");
    assert_eq!(dst.scalar("SELECT count(*) FROM big"), 0);
}

/// Rows written to the source while a run reads it do not appear in the
/// target: every table is read as of one moment.
/// `reading` looks in this test's database only: another test's run
/// reading its own `a_big` would otherwise let the rows in before ferry's
/// snapshot is taken.
fn snapshot_is_consistent(kind: Kind, reading: &str) {
    let src = TestDb::new(kind, "src");
    src.exec("CREATE TABLE a_big (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)");
    src.exec("CREATE TABLE b_small (id BIGINT PRIMARY KEY, note TEXT NOT NULL)");
    src.exec("INSERT INTO b_small VALUES (1, 'before')");
    let fill = match kind {
        Kind::Postgres => {
            "INSERT INTO a_big SELECT i, repeat('x', 100) FROM generate_series(1, 300000) i"
                .to_string()
        }
        _ => {
            // MariaDB caps recursive CTEs at 1000 rows by default: cross
            // join a table of digits instead.
            src.exec("CREATE TABLE digits (d INT PRIMARY KEY)");
            src.exec("INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
            "INSERT INTO a_big SELECT n, repeat('x', 100) FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d \
             + 10000 * f.d + 100000 * g.d + 1 AS n FROM digits a, digits b, digits c, digits e, digits f, digits g) t \
             WHERE n <= 300000"
                .to_string()
        }
    };
    src.exec(&fill);
    let dst = TestDb::new(Kind::Sqlite, "dst");
    let child = spawn_ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
        "-q",
    ]);
    wait_until("the run never started reading a_big", || {
        src.scalar(reading) > 0
    });
    // Committed while ferry is still reading a_big; b_small comes after it.
    src.exec("INSERT INTO b_small VALUES (2, 'during')");
    src.exec("UPDATE b_small SET note = 'changed' WHERE id = 1");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM a_big"), 300000);
    assert_eq!(dst.scalar("SELECT count(*) FROM b_small"), 1);
    assert_eq!(
        dst.scalar("SELECT count(*) FROM b_small WHERE note = 'before'"),
        1
    );
}

#[test]
fn postgres_snapshot_is_consistent() {
    snapshot_is_consistent(
        Kind::Postgres,
        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ferry%' AND query LIKE 'COPY (SELECT%a_big%' AND datname = current_database()",
    );
}

#[test]
fn mysql_snapshot_is_consistent() {
    snapshot_is_consistent(
        Kind::MySql,
        "SELECT count(*) FROM information_schema.processlist WHERE info LIKE 'SELECT%a_big%' AND db = DATABASE() AND id <> CONNECTION_ID()",
    );
}

/// Rows whose parents are neither copied nor in the target are refused on
/// every engine (MySQL loads without foreign-key checks and verifies them
/// before it commits).
fn dangling_references_are_refused(to: Kind, message: &str) {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::with_fixture(to, "dst");
    dst.exec("DELETE FROM app_form");
    dst.exec(
        "DELETE FROM app_app WHERE \"appId\" = 'hr'"
            .replace('"', if to == Kind::MySql { "`" } else { "\"" })
            .as_str(),
    );
    let before = checksums(&dst.url);
    let run = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "app_form", "--yes",
    ]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains(message), "expected {message:?}:\n{run}");
    assert_eq!(checksums(&dst.url), before);
}

#[test]
fn dangling_references_are_refused_mysql() {
    dangling_references_are_refused(
        Kind::MySql,
        "foreign keys would be broken; nothing was committed: app_form: 1 row refer through (appId, appVersion) to rows of app_app that do not exist",
    );
}

#[test]
fn dangling_references_are_refused_postgres() {
    dangling_references_are_refused(Kind::Postgres, "violates foreign key constraint");
}

#[test]
fn dangling_references_are_refused_sqlite() {
    dangling_references_are_refused(Kind::Sqlite, "FOREIGN KEY constraint failed");
}

/// MySQL commits DDL implicitly: when a run with `--create-tables` fails,
/// exactly the tables it created are dropped again.
#[test]
fn mysql_drops_the_tables_it_created_when_the_run_fails() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::new(Kind::MySql, "dst");
    // dir_role exists with a row of its own whose name, unique there, is
    // one of the source's; dir_group and dir_user are created by the run,
    // which then fails on dir_role.
    dst.exec(
        "CREATE TABLE dir_role (id VARCHAR(64) PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE)",
    );
    dst.exec("INSERT INTO dir_role VALUES ('ROLE_KEPT', 'Administrator')");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group,dir_role,dir_user",
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stderr.contains("dir_role"), "{run}");
    assert_eq!(
        dst.scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
        ),
        1
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM dir_role WHERE id = 'ROLE_KEPT'"),
        1
    );
}

/// `--create-tables` into MariaDB names its tables provisionally until the
/// COMMIT; the tables end with their real names and unnamed foreign keys
/// with the names MySQL gives them (`<table>_ibfk_<n>`), also for names too
/// long to keep whole in the provisional one, and no provisional table is
/// left.
#[test]
fn mysql_created_tables_take_their_names() {
    let src = TestDb::new(Kind::Sqlite, "src");
    let parent = "parent_table_with_a_name_of_forty_five_chars";
    let child = "child_table_with_a_name_longer_than_thirty_nine";
    src.exec(&format!(
        "CREATE TABLE {parent} (id INTEGER PRIMARY KEY, name TEXT)"
    ));
    src.exec(&format!(
        "CREATE TABLE {child} (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES {parent} (id))"
    ));
    src.exec(
        "CREATE TABLE short (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES short (id))",
    );
    src.exec(&format!(
        "INSERT INTO {parent} VALUES (1, 'one'), (2, 'two')"
    ));
    src.exec(&format!(
        "INSERT INTO {child} VALUES (10, 1), (11, 2), (12, NULL)"
    ));
    src.exec("INSERT INTO short VALUES (1, NULL), (2, 1)");
    let dst = TestDb::new(Kind::MySql, "dst");
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
    let names = texts(
        &dst,
        "SELECT CAST(TABLE_NAME AS CHAR) FROM information_schema.TABLES \
         WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'ferry\\_undo\\_%' ORDER BY 1",
    );
    assert_eq!(names, [child, "ferry_journal", parent, "short"]);
    let keys = texts(
        &dst,
        "SELECT CAST(CONCAT(TABLE_NAME, ' ', CONSTRAINT_NAME, ' ', REFERENCED_TABLE_NAME) AS CHAR) \
         FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1",
    );
    assert_eq!(
        keys,
        [
            format!("{child} {child}_ibfk_1 {parent}"),
            "short short_ibfk_1 short".to_string()
        ]
    );
    assert_eq!(
        texts(&dst, &format!("SELECT CAST(CONCAT(id, ':', COALESCE(parent_id, '-')) AS CHAR) FROM {child} ORDER BY id")),
        ["10:1", "11:2", "12:-"]
    );
    // The keys hold: a child row without its parent is refused.
    assert!(dst
        .exec_result(&format!("INSERT INTO {child} VALUES (13, 99)"))
        .is_err());
}

/// With `--jobs 2` the second reader imports the first one's snapshot: rows
/// committed while the readers work are in no table. (Whether a reader
/// that did not import the snapshot would be caught depends on timing; the
/// per-table row counts taken in the first snapshot catch most of those.)
#[test]
fn parallel_readers_share_one_snapshot() {
    let src = TestDb::new(Kind::Postgres, "src");
    for t in ["a_big", "b_big"] {
        src.exec(&format!(
            "CREATE TABLE {t} (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)"
        ));
        src.exec(&format!(
            "INSERT INTO {t} SELECT i, repeat('x', 100) FROM generate_series(1, 300000) i"
        ));
    }
    for t in ["c_small", "d_small"] {
        src.exec(&format!(
            "CREATE TABLE {t} (id BIGINT PRIMARY KEY, note TEXT NOT NULL)"
        ));
        src.exec(&format!("INSERT INTO {t} VALUES (1, 'before')"));
    }
    let dst = TestDb::new(Kind::Sqlite, "dst");
    let child = spawn_ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
        "-q",
        "--jobs",
        "2",
    ]);
    // b_big and d_small belong to the second, forked reader.
    wait_until("the run never started reading b_big", || {
        src.scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ferry%' AND query LIKE 'COPY (SELECT%b_big%' AND datname = current_database()",
        ) > 0
    });
    src.exec("INSERT INTO d_small VALUES (2, 'during')");
    src.exec("INSERT INTO c_small VALUES (2, 'during')");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM b_big"), 300000);
    assert_eq!(dst.scalar("SELECT count(*) FROM c_small"), 1);
    assert_eq!(dst.scalar("SELECT count(*) FROM d_small"), 1);
}

/// A statement cancelled mid-flight (its future dropped, as Ctrl-C drops
/// the run) leaves a connection whose reply may be half read: the
/// rollback must not send anything more on it (it panicked in sqlx's
/// reader), nor wait for the statement. It rolls back on a new session
/// and drops the table the run created.
#[test]
fn a_cancelled_statement_is_not_reused_by_the_mysql_rollback() {
    use ferry::catalog::{Column, LogicalType, Table};
    let dst = TestDb::new(Kind::MySql, "cancelled");
    let url = ferry::endpoint::DbUrl::parse("test", &dst.url).expect("url");
    let started = Instant::now();
    crate::common::rt().block_on(async {
        let mut sink = ferry::endpoint::open_sink(&url, true, false)
            .await
            .expect("sink");
        let table = Table {
            name: "made_by_the_run".into(),
            columns: vec![Column::new("id", LogicalType::Int64, "bigint", false)],
            primary_key: vec!["id".into()],
            ..Table::default()
        };
        let schema = ferry::catalog::create::Schema {
            tables: vec![table],
            ..Default::default()
        };
        sink.begin(&schema, &[]).await.expect("begin");
        // Named by the target's dialect: until the commit the table has
        // its provisional name.
        let made = sink
            .dialect()
            .expect("dialect")
            .quote_table("made_by_the_run");
        sink.execute(&format!("INSERT INTO {made} VALUES (1)"))
            .await
            .expect("insert");
        let cancelled =
            tokio::time::timeout(Duration::from_millis(300), sink.execute("SELECT SLEEP(30)"))
                .await;
        assert!(cancelled.is_err(), "the statement was cancelled");
        sink.rollback().await.expect("rolled back on a new session");
    });
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the rollback waited for the cancelled statement"
    );
    assert_eq!(
        dst.scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
        ),
        0,
        "the created table is dropped"
    );
    // The server stopped the statement instead of sleeping on.
    assert_eq!(
        dst.scalar(
            "SELECT count(*) FROM information_schema.processlist WHERE info LIKE 'SELECT SLEEP(30)%'"
        ),
        0
    );
}

/// The same on PostgreSQL, through `Sink::abandon` (what an interrupt
/// calls): the abandoned session is ended at once, so its statement and
/// its locks do not outlive the run.
#[test]
fn an_abandoned_postgres_session_is_ended() {
    let dst = TestDb::new(Kind::Postgres, "abandoned");
    dst.exec("CREATE TABLE kept (id int PRIMARY KEY)");
    let url = ferry::endpoint::DbUrl::parse("test", &dst.url).expect("url");
    crate::common::rt().block_on(async {
        let mut sink = ferry::endpoint::open_sink(&url, false, false)
            .await
            .expect("sink");
        sink.begin(&ferry::catalog::create::Schema::default(), &[])
            .await
            .expect("begin");
        sink.execute("INSERT INTO kept VALUES (1)")
            .await
            .expect("insert");
        let cancelled = tokio::time::timeout(
            Duration::from_millis(300),
            sink.execute("SELECT pg_sleep(30)"),
        )
        .await;
        assert!(cancelled.is_err(), "the statement was cancelled");
        sink.abandon().await.expect("abandoned");
    });
    // Ended within seconds, not when the 30-second sleep would have.
    let deadline = Instant::now() + Duration::from_secs(5);
    while dst
        .scalar("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'")
        > 0
    {
        assert!(Instant::now() < deadline, "the abandoned session runs on");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(dst.scalar("SELECT count(*) FROM kept"), 0, "rolled back");
}

/// SIGTERM while a long statement runs on a SQLite target (a trigger that
/// counts a billion-row cross join on every insert) stops the statement,
/// rolls back and exits 1 within seconds. The statement runs on the
/// driver's own thread: the rollback used to wait for it to end, so the
/// signal seemed to do nothing (issue 15).
#[test]
fn sigterm_stops_a_long_sqlite_statement() {
    let src = TestDb::new(Kind::Sqlite, "src");
    src.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    src.exec("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
    let dst = TestDb::new(Kind::Sqlite, "dst");
    dst.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    dst.exec("CREATE TABLE n (i INTEGER)");
    dst.exec(
        "INSERT INTO n WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000) SELECT i FROM c",
    );
    dst.exec("CREATE TABLE spun (rows INTEGER)");
    dst.exec(
        "CREATE TRIGGER spin AFTER INSERT ON t BEGIN \
         INSERT INTO spun SELECT count(*) FROM n a, n b, n c; END",
    );
    let before = checksums(&dst.url);
    let child = spawn_ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", "t", "--yes", "-q",
    ]);
    // The write transaction has begun once the rollback journal exists.
    let journal = format!("{}-journal", dst.url.trim_start_matches("sqlite://"));
    wait_until("the run never started writing", || {
        std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0)
    });
    std::thread::sleep(Duration::from_millis(300));
    let out = terminate(child);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: interrupted by SIGTERM; the target transaction was rolled back"),
        "{stderr}"
    );
    assert_eq!(checksums(&dst.url), before, "the target changed");
}

/// SIGTERM while the run is still planning (here: counting the rows of a
/// `[select.where]` that takes minutes) stops it at once with exit 1 and
/// removes the SQLite file `--create-tables` was about to fill: it used to
/// die by the signal and leave an empty file behind.
#[test]
fn sigterm_while_planning_leaves_no_file() {
    let src = TestDb::new(Kind::Sqlite, "src");
    src.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    src.exec("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
    let dir = tempfile::tempdir().expect("tempdir");
    let job = dir.path().join("slow.toml");
    std::fs::write(
        &job,
        "[select]\ntables = [\"t\"]\n[select.where]\nt = \"id < (WITH RECURSIVE c(x) AS \
         (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) SELECT max(x) FROM c)\"\n",
    )
    .expect("job");
    let target = dir.path().join("new.db");
    let to = format!("sqlite://{}", target.display());
    let child = spawn_ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &to,
        "--job",
        job.to_str().expect("path"),
        "--create-tables",
        "--yes",
    ]);
    wait_until("the run never opened its target", || target.exists());
    std::thread::sleep(Duration::from_millis(300));
    let out = terminate(child);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "error: interrupted by SIGTERM before anything was written; the target was not changed"
        ),
        "{stderr}"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("new.db"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// Sends SIGTERM to `child` and waits for it to exit, failing the test if
/// it is still running 15 s later.
fn terminate(mut child: std::process::Child) -> std::process::Output {
    let signalled = Instant::now();
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    while child.try_wait().expect("wait").is_none() {
        if signalled.elapsed() > Duration::from_secs(15) {
            let _ = child.kill();
            panic!("ferry did not stop within 15 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("wait")
}
