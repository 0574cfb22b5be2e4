//! `ferry snapshot --parts-per-table N` and `ferry restore --slice K`:
//! public sample databases (tests/corpus) split by primary-key ranges
//! under one consistent read, then restored whole, and slice by slice by
//! workers running at the same time, each compared with the source by
//! the engines' own drivers.

use crate::common::*;
use crate::corpus::{assert_generators_ahead, assert_same_rows, load, sums};
use serde_json::Value;
use sqlx::Connection;

fn manifest(dir: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).expect("manifest"))
        .expect("JSON")
}

fn entry<'a>(manifest: &'a Value, table: &str) -> &'a Value {
    manifest["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"].as_str().unwrap().eq_ignore_ascii_case(table))
        .unwrap_or_else(|| panic!("no {table} in the manifest"))
}

/// The slices of `table` cover its keys without a gap or an overlap, their
/// rows add up, and every part names one of them.
fn assert_split(manifest: &Value, table: &str, column: &str, slices: usize, rows: u64) {
    let t = entry(manifest, table);
    let split = &t["split"];
    assert_eq!(split["column"], column, "{t}");
    let ranges = split["slices"].as_array().unwrap();
    assert_eq!(ranges.len(), slices, "{split}");
    assert!(
        ranges[0]["from"].is_null() && ranges[slices - 1]["to"].is_null(),
        "{split}"
    );
    for pair in ranges.windows(2) {
        assert_eq!(pair[0]["to"], pair[1]["from"], "{split}");
    }
    let sum: u64 = ranges.iter().map(|r| r["rows"].as_u64().unwrap()).sum();
    assert_eq!((sum, t["rows"].as_u64().unwrap()), (rows, rows), "{split}");
    for (k, range) in ranges.iter().enumerate() {
        assert!(
            range["rows"].as_u64().unwrap() > 0,
            "slice {k} is empty: {split}"
        );
        let in_slice: u64 = t["parts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["slice"] == k)
            .map(|p| p["rows"].as_u64().unwrap())
            .sum();
        assert_eq!(in_slice, range["rows"].as_u64().unwrap(), "slice {k}: {t}");
    }
}

fn snapshot_in_slices(src: &TestDb, parts: &str, extra: &[&str]) -> (tempfile::TempDir, Run) {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("snap");
    let mut args = vec![
        "snapshot",
        "--from",
        &src.url,
        "--out",
        dir.to_str().unwrap(),
        "--parts-per-table",
        parts,
    ];
    args.extend_from_slice(extra);
    let run = ferry(&args);
    assert_eq!(run.code, 0, "{run}");
    (out, run)
}

/// A worker restoring slice `k` of `dir` into `to`, running on while the
/// test goes on.
fn spawn_slice(dir: &std::path::Path, to: &TestDb, k: &str) -> std::process::Child {
    let dir = dir.to_str().unwrap();
    spawn_ferry(&["restore", dir, "--to", &to.url, "--yes", "--slice", k])
}

fn restore(dir: &std::path::Path, to: &TestDb, extra: &[&str]) -> Run {
    let mut args = vec!["restore", dir.to_str().unwrap(), "--to", &to.url, "--yes"];
    args.extend_from_slice(extra);
    ferry(&args)
}

/// Chinook from PostgreSQL in three slices: invoice_line, which no foreign
/// key refers to, is split; the tables others refer to, and playlist_track
/// with its two-column key, are one slice each, as the plan says. Restored
/// whole into MariaDB; into PostgreSQL by slice 0 creating the tables and
/// slices 1 and 2 running at the same time. Both equal the source.
#[test]
fn chinook_postgres_in_three_slices_restored_whole_and_by_workers() {
    let src = load("chinook", Kind::Postgres);
    let (out, run) = snapshot_in_slices(&src, "3", &["--format", "parquet"]);
    let dir = out.path().join("snap");
    for said in [
        "invoice_line [slice 0: invoice_line_id < ",
        "invoice_line [slice 1: invoice_line_id >= ",
        "invoice_line [slice 2: invoice_line_id >= ",
        "--parts-per-table 3: written as one slice: ",
        " invoice (foreign keys refer to it)",
        "playlist_track (no single integer primary key)",
    ] {
        assert!(run.stdout.contains(said), "{said}\n{run}");
    }
    let m = manifest(&dir);
    let lines = src.scalar("SELECT count(*) FROM invoice_line") as u64;
    assert_split(&m, "invoice_line", "invoice_line_id", 3, lines);
    assert!(entry(&m, "invoice")["split"].is_null());
    let inspected = ferry(&["inspect", dir.to_str().unwrap()]);
    let said = format!(
        "slices    3: restore --slice 0 first, then 1 to 2 at once; split: invoice_line by invoice_line_id ({} / {} / {} rows); every other table is in slice 0",
        m_rows(&m, "invoice_line", 0),
        m_rows(&m, "invoice_line", 1),
        m_rows(&m, "invoice_line", 2)
    );
    assert!(inspected.stdout.contains(&said), "{said}\n{inspected}");

    let whole = TestDb::new(Kind::MySql, "chinook_whole");
    let restored = restore(&dir, &whole, &["--create-tables"]);
    assert_eq!(restored.code, 0, "{restored}");
    assert_same_rows(&src, &whole, &restored, &[], false);

    let dst = TestDb::new(Kind::Postgres, "chinook_slices");
    let first = restore(&dir, &dst, &["--create-tables", "--slice", "0"]);
    assert_eq!(first.code, 0, "{first}");
    assert_eq!(
        dst.scalar("SELECT count(*) FROM invoice_line"),
        m_rows(&m, "invoice_line", 0)
    );
    let workers: Vec<_> = ["1", "2"]
        .iter()
        .map(|k| spawn_slice(&dir, &dst, k))
        .collect();
    for worker in workers {
        let done = worker.wait_with_output().unwrap();
        assert!(
            done.status.success(),
            "{}{}",
            String::from_utf8_lossy(&done.stdout),
            String::from_utf8_lossy(&done.stderr)
        );
    }
    assert_same_rows(&src, &dst, &first, &[], false);
    assert_generators_ahead(&dst);
    let verified = ferry(&["verify", "--from", dir.to_str().unwrap(), "--to", &dst.url]);
    assert_eq!(verified.code, 0, "{verified}");
    // Each worker's restore is a run of its own in the journal.
    let history = ferry(&["history", "--to", &dst.url, "--json"]);
    let runs = history.json().as_array().cloned().unwrap_or_default();
    assert_eq!(runs.len(), 3, "{history}");
    // Taken back newest first: the older worker's run waits for the newer.
    let id = |k: usize| runs[k]["run_id"].as_str().unwrap().to_string();
    let older = ferry(&["undo", &id(1), "--to", &dst.url, "--yes"]);
    assert_eq!(older.code, 3, "{older}");
    let newest = ferry(&["undo", &id(0), "--to", &dst.url, "--yes"]);
    assert_eq!(newest.code, 0, "{newest}");
    let left = dst.scalar("SELECT count(*) FROM invoice_line");
    let (one, two) = (m_rows(&m, "invoice_line", 1), m_rows(&m, "invoice_line", 2));
    assert!(
        left == lines as i64 - one || left == lines as i64 - two,
        "{left} rows left of {lines}: {newest}"
    );
}

fn m_rows(m: &Value, table: &str, k: usize) -> i64 {
    entry(m, table)["split"]["slices"][k]["rows"]
        .as_i64()
        .unwrap()
}

/// Sakila from MariaDB (one connection reads every slice in its one
/// consistent read) in two slices, restored slice by slice into SQLite:
/// the fact tables no key refers to are split, and the result equals the
/// source.
#[test]
fn sakila_mysql_in_two_slices_restored_into_sqlite() {
    let src = load("sakila", Kind::MySql);
    let (out, run) = snapshot_in_slices(&src, "2", &["--json"]);
    let dir = out.path().join("snap");
    let m = manifest(&dir);
    let rows = |t: &str| src.scalar(&format!("SELECT count(*) FROM `{t}`")) as u64;
    assert_split(&m, "payment", "payment_id", 2, rows("payment"));
    assert!(entry(&m, "rental")["split"].is_null(), "{run}");
    // The --json result: one entry per slice, named by its table, with
    // what was written of it.
    let result = run.json();
    let slices: Vec<&Value> = result["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["table"] == "payment")
        .collect();
    assert_eq!(slices.len(), 2, "{result}");
    for (k, t) in slices.iter().enumerate() {
        assert_eq!(t["slice"]["slice"], k, "{t}");
        assert_eq!(
            t["rows"],
            entry(&m, "payment")["split"]["slices"][k]["rows"],
            "{t}"
        );
    }
    assert!(
        result["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["rows"].is_u64()),
        "{result}"
    );
    let dst = TestDb::new(Kind::Sqlite, "sakila_slices");
    for extra in [&["--create-tables", "--slice", "0"][..], &["--slice", "1"]] {
        let restored = restore(&dir, &dst, extra);
        assert_eq!(restored.code, 0, "{restored}");
    }
    let (a, b) = (sums(&src), sums(&dst));
    for (table, sum) in &a {
        assert_eq!(
            (&sum["rows"], &sum["sha256"]),
            (&b[table]["rows"], &b[table]["sha256"]),
            "{table}"
        );
    }
}

/// What a slice restore refuses, with its message and exit code 2, before
/// anything is written.
#[test]
fn slice_mistakes_are_refused() {
    let src = load("chinook", Kind::Sqlite);
    let (out, _) = snapshot_in_slices(&src, "2", &[]);
    let dir = out.path().join("snap");
    let dst = TestDb::new(Kind::Postgres, "slice_mistakes");
    let past = restore(&dir, &dst, &["--slice", "2"]);
    assert_error(&past, 2, "--slice 2: snapshot ");
    assert_error(&past, 2, " has slices 0 to 1 (--parts-per-table 2)");
    assert_error(
        &restore(&dir, &dst, &["--slice", "1", "--create-tables"]),
        2,
        "--create-tables --slice K: the other slices' workers write the same tables at the same time, so only slice 0 creates them",
    );
    let snap = out.path().join("other");
    let zero = ferry(&[
        "snapshot",
        "--from",
        &src.url,
        "--out",
        snap.to_str().unwrap(),
        "--parts-per-table",
        "0",
    ]);
    assert_error(&zero, 2, "--parts-per-table must be between 1 and 64");
    assert!(!snap.exists());
    let (unsplit_out, _) = snapshot_in_slices(&src, "1", &[]);
    assert_error(
        &restore(&unsplit_out.path().join("snap"), &dst, &["--slice", "1"]),
        2,
        "is one slice (0): no table in it is split (ferry snapshot --parts-per-table N splits the tables with a one-column integer primary key that no foreign key refers to)",
    );
    assert!(catalog(&dst.url).tables.is_empty());
}

/// On PostgreSQL slice restores share the run lock with each other and
/// hold their slice alone: a whole restore waits for them, a restore of
/// another slice does not, a second restore of the same slice does.
#[test]
fn slice_restores_share_the_postgres_run_lock() {
    let src = load("chinook", Kind::Sqlite);
    let (out, _) = snapshot_in_slices(&src, "2", &[]);
    let dir = out.path().join("snap");
    let dst = TestDb::new(Kind::Postgres, "slice_lock");
    let first = restore(&dir, &dst, &["--create-tables", "--slice", "0"]);
    assert_eq!(first.code, 0, "{first}");
    // A worker of slice 1 holding its locks, from the test's own session.
    let _worker = rt().block_on(async {
        let mut c = sqlx::PgConnection::connect(&dst.url).await.unwrap();
        sqlx::query("SELECT set_config('application_name', 'ferry 20261204-000000-slice1 dba@worker1', false)")
            .execute(&mut c)
            .await
            .unwrap();
        sqlx::query("SELECT pg_advisory_lock_shared(1717924473, 1), pg_advisory_lock(1717924473, 1001)")
            .execute(&mut c)
            .await
            .unwrap();
        c
    });
    assert_error(
        &restore(&dir, &dst, &[]),
        3,
        "is locked by another ferry run: ferry 20261204-000000-slice1 dba@worker1",
    );
    assert_error(
        &restore(&dir, &dst, &["--slice", "1"]),
        3,
        "is locked by another ferry run: ferry 20261204-000000-slice1 dba@worker1",
    );
    // Slice 0 again (rows it already holds): the lock is no obstacle, the
    // keys are, and the plan names them before anything is written.
    let again = restore(&dir, &dst, &["--slice", "0"]);
    assert!(!again.stderr.contains("is locked"), "{again}");
}

/// A row another session commits while a slice worker writes the same
/// table (the application, or another worker) is not the worker's: its
/// undo takes back its own rows and leaves that one. The worker is held
/// after it noted the keys it found, before its first row, by the test's
/// lock on the table, while the test adds its row and commits.
#[test]
fn undo_of_a_slice_keeps_a_row_committed_beside_it() {
    let src = load("chinook", Kind::Postgres);
    let (out, _) = snapshot_in_slices(&src, "2", &[]);
    let dir = out.path().join("snap");
    let m = manifest(&dir);
    let dst = TestDb::new(Kind::Postgres, "slice_beside");
    let first = restore(&dir, &dst, &["--create-tables", "--slice", "0"]);
    assert_eq!(first.code, 0, "{first}");
    let mut app = rt().block_on(async {
        let mut c = sqlx::PgConnection::connect(&dst.url).await.unwrap();
        sqlx::raw_sql("BEGIN; LOCK TABLE invoice_line IN EXCLUSIVE MODE")
            .execute(&mut c)
            .await
            .unwrap();
        c
    });
    let worker = spawn_slice(&dir, &dst, "1");
    let waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' \
                   AND query ILIKE '%invoice_line%' AND pid <> pg_backend_pid()";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while dst.scalar(waiting) == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the worker never waited for the lock"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    rt().block_on(async {
        sqlx::raw_sql(
            "INSERT INTO invoice_line SELECT invoice_line_id + 1000000, invoice_id, track_id, unit_price, quantity \
             FROM invoice_line ORDER BY invoice_line_id LIMIT 1; COMMIT",
        )
        .execute(&mut app)
        .await
        .unwrap();
    });
    let done = worker.wait_with_output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let slice_one = m_rows(&m, "invoice_line", 1);
    let before = m_rows(&m, "invoice_line", 0);
    assert_eq!(
        dst.scalar("SELECT count(*) FROM invoice_line"),
        before + slice_one + 1
    );
    let history = ferry(&["history", "--to", &dst.url, "--json"]);
    let newest = history.json()[0]["run_id"].as_str().unwrap().to_string();
    let undone = ferry(&["undo", &newest, "--to", &dst.url, "--yes"]);
    assert_eq!(undone.code, 0, "{undone}");
    assert!(
        undone.stdout.contains(&format!("{slice_one} rows deleted")),
        "{undone}"
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM invoice_line WHERE invoice_line_id > 1000000"),
        1
    );
    assert_eq!(dst.scalar("SELECT count(*) FROM invoice_line"), before + 1);
}

/// Northwind's SQLite file (written by Python's sqlite3): every table is a
/// parent of another or has a two-column key, so none is split; the
/// snapshot says so and restores whole, and a slice worker is refused.
#[test]
fn northwind_has_no_table_to_split() {
    let src = load("northwind_sqlite", Kind::Sqlite);
    let (out, run) = snapshot_in_slices(&src, "2", &[]);
    for said in [
        "--parts-per-table 2: no table could be split; written as one slice: ",
        "Orders (foreign keys refer to it)",
        "Order Details (no single integer primary key)",
    ] {
        assert!(run.stdout.contains(said), "{said}\n{run}");
    }
    let dir = out.path().join("snap");
    assert!(manifest(&dir)["tables"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["split"].is_null()));
    let dst = TestDb::new(Kind::MySql, "northwind_unsplit");
    assert_error(
        &restore(&dir, &dst, &["--slice", "1"]),
        2,
        "is one slice (0): no table in it is split (ferry snapshot --parts-per-table N splits the tables with a one-column integer primary key that no foreign key refers to)",
    );
    let restored = restore(&dir, &dst, &["--create-tables", "--slice", "0"]);
    assert_eq!(restored.code, 0, "{restored}");
    assert_same_rows(&src, &dst, &restored, &[], false);
}
