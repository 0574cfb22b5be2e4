//! Nightly incremental copies (`[incremental]`): three runs with inserts,
//! updates (one that keeps the cursor equal to the watermark, one dated
//! inside the lag as a late commit would be), deletes and NULL cursors
//! between them end equal to the source — rows compared by each engine's
//! own SQL — and to a fresh full copy; each later run reads only its
//! window; a refused run leaves the watermark and the next catches up;
//! the mass-delete guard refuses; rows dated after the source's clock and
//! a source older than the watermark warn; `--full` reads every row.

use crate::common::*;
use serde_json::Value;

const BASE: &str = "2026-01-01 00:00:00";

/// `BASE` plus `minutes`, as SQL text.
fn at(minutes: i64) -> String {
    let base = chrono::NaiveDateTime::parse_from_str(BASE, "%Y-%m-%d %H:%M:%S").unwrap();
    (base + chrono::Duration::minutes(minutes))
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

fn schema(kind: Kind) -> &'static str {
    match kind {
        Kind::Postgres => {
            "CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, n integer NOT NULL, updated_at timestamp NULL);
             CREATE INDEX items_updated ON items (updated_at);
             CREATE TABLE events (seq bigint PRIMARY KEY, what text NOT NULL);"
        }
        Kind::MySql => {
            "CREATE TABLE items (id int PRIMARY KEY, name varchar(100) NOT NULL, n int NOT NULL, updated_at datetime(6) NULL, KEY items_updated (updated_at));
             CREATE TABLE events (seq bigint PRIMARY KEY, what varchar(100) NOT NULL);"
        }
        Kind::Sqlite => {
            "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n INTEGER NOT NULL, updated_at TIMESTAMP NULL);
             CREATE INDEX items_updated ON items (updated_at);
             CREATE TABLE events (seq INTEGER PRIMARY KEY, what TEXT NOT NULL);"
        }
    }
}

/// 200 dated items a minute apart, 5 without a date, 50 events.
fn source(kind: Kind) -> TestDb {
    let db = TestDb::new(kind, "incr_src");
    db.exec_script(schema(kind));
    let mut sql = String::new();
    for i in 1..=200 {
        sql.push_str(&format!(
            "INSERT INTO items VALUES ({i}, 'item {i}', {i}, '{}');\n",
            at(i)
        ));
    }
    for i in 201..=205 {
        sql.push_str(&format!(
            "INSERT INTO items VALUES ({i}, 'undated {i}', {i}, NULL);\n"
        ));
    }
    for i in 1..=50 {
        sql.push_str(&format!("INSERT INTO events VALUES ({i}, 'event {i}');\n"));
    }
    db.exec_script(&sql);
    db
}

fn job(dir: &tempfile::TempDir, name: &str, ratio: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(
        &path,
        format!(
            "comment = \"nightly\"\n\n[incremental]\nitems = {{ column = \"updated_at\", deletes = \"detect\", max_delete_ratio = {ratio} }}\nevents = \"seq\"\n"
        ),
    )
    .unwrap();
    path.display().to_string()
}

/// Every row of `table` as the engine's own SQL writes it.
fn rows(db: &TestDb, table: &str) -> Vec<String> {
    let sql = match (db.kind, table) {
        (Kind::Postgres, "items") => "SELECT concat_ws('|', id, name, n, coalesce(to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS'), 'NULL')) FROM items ORDER BY id",
        (Kind::MySql, "items") => "SELECT CONCAT_WS('|', id, name, n, COALESCE(DATE_FORMAT(updated_at, '%Y-%m-%d %H:%i:%S'), 'NULL')) FROM items ORDER BY id",
        (Kind::Sqlite, "items") => "SELECT id || '|' || name || '|' || n || '|' || coalesce(strftime('%Y-%m-%d %H:%M:%S', updated_at), 'NULL') FROM items ORDER BY id",
        (Kind::Postgres, _) => "SELECT concat_ws('|', seq, what) FROM events ORDER BY seq",
        (Kind::MySql, _) => "SELECT CONCAT_WS('|', seq, what) FROM events ORDER BY seq",
        (Kind::Sqlite, _) => "SELECT seq || '|' || what FROM events ORDER BY seq",
    };
    texts(db, sql)
}

fn assert_same(src: &TestDb, dst: &TestDb, after: &str) {
    for table in ["items", "events"] {
        assert_eq!(rows(src, table), rows(dst, table), "{table} after {after}");
    }
}

fn run(src: &TestDb, dst: &TestDb, job: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--job",
        job,
        "--create-tables",
        "--yes",
        "--json",
    ];
    args.extend(extra);
    ferry(&args)
}

/// The plan's rows to read and the summary's counts of one table.
fn figures(json: &Value, table: &str) -> (u64, [u64; 3]) {
    let find = |list: &Value| -> Value {
        list.as_array()
            .expect("list")
            .iter()
            .find(|t| t["table"].as_str() == Some(table))
            .cloned()
            .unwrap_or_else(|| panic!("no {table} in {json}"))
    };
    let planned = find(&json["tables"]);
    let changed = find(&json["changes"]["tables"]);
    let n = |v: &Value, k: &str| v[k].as_u64().unwrap_or_else(|| panic!("{k} in {v}"));
    (
        n(&planned, "source_rows"),
        [
            n(&changed, "insert"),
            n(&changed, "update"),
            n(&changed, "delete"),
        ],
    )
}

fn window<'a>(json: &'a Value, table: &str) -> &'a Value {
    json["incremental"]
        .as_array()
        .expect("incremental")
        .iter()
        .find(|w| w["table"].as_str() == Some(table))
        .unwrap_or_else(|| panic!("no window of {table} in {json}"))
}

fn three_runs(from: Kind, to: Kind) {
    let src = source(from);
    let dst = TestDb::new(to, "incr_dst");
    let dir = tempfile::tempdir().unwrap();
    let nightly = job(&dir, "nightly.toml", "0.1");

    // 1. No watermark yet: a full copy, and the watermark recorded.
    let first = run(&src, &dst, &nightly, &[]);
    assert_eq!(first.code, 0, "{first}");
    assert_same(&src, &dst, "the first run");
    let json = first.json();
    assert!(window(&json, "items")["previous"].is_null(), "{json}");
    assert_eq!(figures(&json, "items"), (205, [205, 0, 0]));
    let watermark = window(&json, "items")["watermark"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(watermark.starts_with(&at(200)), "{watermark}");

    // 2. Changes of every kind between runs.
    src.exec_script(&format!(
        "UPDATE items SET name = 'changed', updated_at = '{}' WHERE id IN (1, 2, 3);
         UPDATE items SET name = 'same cursor as the watermark' WHERE id = 200;
         UPDATE items SET name = 'committed late', updated_at = '{}' WHERE id = 10;
         INSERT INTO items VALUES (206, 'new', 206, '{}');
         INSERT INTO items VALUES (207, 'new', 207, '{}');
         INSERT INTO items VALUES (208, 'new undated', 208, NULL);
         UPDATE items SET name = 'undated, changed' WHERE id = 201;
         DELETE FROM items WHERE id IN (50, 51, 52);
         INSERT INTO events VALUES (51, 'event 51');
         INSERT INTO events VALUES (52, 'event 52');",
        at(300),
        at(198),
        at(301),
        at(302)
    ));
    let second = run(&src, &dst, &nightly, &[]);
    assert_eq!(second.code, 0, "{second}");
    assert_same(&src, &dst, "the second run");
    let json = second.json();
    assert_eq!(
        window(&json, "items")["previous"]["value"].as_str(),
        Some(watermark.as_str())
    );
    // Read: the lag's five minutes up to the watermark (195–200), the
    // changed and new rows, and the six undated rows.
    let (read, [inserted, updated, deleted]) = figures(&json, "items");
    assert_eq!(read, 6 + 3 + 1 + 2 + 6, "{json}");
    assert_eq!((inserted, updated, deleted), (3, 6, 3), "{json}");
    assert_eq!(
        figures(&json, "events"),
        (3, [2, 0, 0]),
        "events from seq 50 on"
    );
    let warned = json["warnings"].to_string();
    assert!(
        warned.contains("items.updated_at: 6 rows have no value (NULL): read on every run"),
        "{warned}"
    );

    // 3. A third round.
    src.exec_script(&format!(
        "UPDATE items SET n = 4000, updated_at = '{}' WHERE id = 4;
         DELETE FROM items WHERE id = 60;
         INSERT INTO events VALUES (53, 'event 53');",
        at(400)
    ));
    let third = run(&src, &dst, &nightly, &[]);
    assert_eq!(third.code, 0, "{third}");
    assert_same(&src, &dst, "the third run");

    // The same as a fresh full copy, by content checksums.
    let fresh = TestDb::new(to, "incr_fresh");
    let copy = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &fresh.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(copy.code, 0, "{copy}");
    let sums = |db: &TestDb| {
        let all = checksums(&db.url);
        (all["items"].clone(), all["events"].clone())
    };
    assert_eq!(sums(&dst), sums(&fresh));
    let verified = ferry(&[
        "verify", "--from", &src.url, "--to", &dst.url, "--job", &nightly,
    ]);
    assert_eq!(verified.code, 0, "{verified}");

    refused_then_caught_up(&src, &dst, &dir, &nightly);
    clock_skew(&src, &dst, &nightly);
}

/// A source that lost most of its rows is refused (exit 3), the target
/// and the watermark as they were; with the guard raised the next run
/// catches up.
fn refused_then_caught_up(src: &TestDb, dst: &TestDb, dir: &tempfile::TempDir, nightly: &str) {
    let before = rows(dst, "items");
    let marks = |db: &TestDb| {
        let h = ferry(&["history", "--to", &db.url, "--json"]);
        assert_eq!(h.code, 0, "{h}");
        h.json()[0]["run_id"].as_str().unwrap().to_string()
    };
    let last = marks(dst);
    src.exec("DELETE FROM items WHERE id <= 150");
    let refused = run(src, dst, nightly, &[]);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused.to_string().contains("items: the run would delete 146 of its 204 rows (71.6 %), more than max_delete_ratio = 0.1 allows"),
        "{refused}"
    );
    assert_eq!(rows(dst, "items"), before, "the refused run wrote nothing");
    assert_eq!(marks(dst), last, "the refused run left no journal row");
    let lenient = job(dir, "nightly.toml", "1.0");
    let caught_up = run(src, dst, &lenient, &[]);
    assert_eq!(caught_up.code, 0, "{caught_up}");
    assert_same(src, dst, "the run after the refused one");
}

/// A row dated after the source's clock holds the watermark at the clock
/// (later changes are still found); a source older than the watermark
/// warns and reads nothing it should not.
fn clock_skew(src: &TestDb, dst: &TestDb, nightly: &str) {
    src.exec("UPDATE items SET updated_at = '2099-01-01 00:00:00' WHERE id = 160");
    let future = run(src, dst, nightly, &[]);
    assert_eq!(future.code, 0, "{future}");
    assert!(
        future
            .stdout
            .contains("rows are dated after the source's clock"),
        "{future}"
    );
    assert_same(src, dst, "a row dated in the future");
    src.exec(&format!(
        "UPDATE items SET name = 'after the future row', updated_at = '{}' WHERE id = 170",
        chrono::Utc::now().naive_utc().format("%Y-%m-%d %H:%M:%S")
    ));
    let next = run(src, dst, nightly, &[]);
    assert_eq!(next.code, 0, "{next}");
    assert_same(src, dst, "a change after the future row");

    // The source moved back: every date before the watermark.
    src.exec("UPDATE items SET updated_at = '2020-01-01 00:00:00' WHERE updated_at IS NOT NULL");
    let back = run(src, dst, nightly, &[]);
    assert_eq!(back.code, 0, "{back}");
    assert!(
        back.stdout.contains("is older than the watermark"),
        "{back}"
    );
    let (read, _) = figures(&back.json(), "items");
    assert_eq!(read, 6, "only the undated rows are read: {back}");
    let full = run(src, dst, nightly, &["--full"]);
    assert_eq!(full.code, 0, "{full}");
    assert_eq!(window(&full.json(), "items")["full"], true);
    assert_same(src, dst, "--full");
}

#[test]
fn postgres_to_mariadb() {
    three_runs(Kind::Postgres, Kind::MySql);
}

#[test]
fn mariadb_to_sqlite() {
    three_runs(Kind::MySql, Kind::Sqlite);
}

#[test]
fn sqlite_to_postgres() {
    three_runs(Kind::Sqlite, Kind::Postgres);
}

/// Bad `[incremental]` entries are refused before anything is written,
/// naming the table and column.
#[test]
fn bad_entries_are_named() {
    let src = source(Kind::Sqlite);
    let dst = TestDb::new(Kind::Sqlite, "incr_bad");
    let dir = tempfile::tempdir().unwrap();
    let case = |text: &str| {
        let path = dir.path().join("bad.toml");
        std::fs::write(&path, text).unwrap();
        let r = run(&src, &dst, &path.display().to_string(), &[]);
        (r.code, r.to_string())
    };
    let (code, err) = case("[incremental]\nitems = \"changed_at\"\n");
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("[incremental] items: the source table has no column changed_at"),
        "{err}"
    );
    let (code, err) = case("[incremental]\nitems = \"name\"\n");
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("[incremental] items.name is TEXT: a cursor is a date, a timestamp or an increasing integer"), "{err}");
    let (code, err) = case("[incremental]\nitem = \"updated_at\"\n");
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("[incremental] names item, which is not a selected table"),
        "{err}"
    );
    let (code, err) =
        case("[incremental]\nitems = \"updated_at\"\n[write]\nmode = \"replace-scope\"\n");
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("[incremental] items: an incremental table is merged by its primary key"),
        "{err}"
    );
    let (code, err) = case("[incremental]\nitems = { column = \"updated_at\", lag = 5 }\n");
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("lag = a number goes with an integer column"),
        "{err}"
    );
    let full = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--full", "--yes",
    ]);
    assert_eq!(full.code, 2, "{full}");
    assert!(
        full.stderr
            .contains("--full reads a job's [incremental] tables whole"),
        "{full}"
    );
    assert_eq!(journal_rows(&dst), None, "nothing was written");

    // For log shippers: the same error as one JSON object on stderr.
    let logged = ferry(&[
        "--log-format",
        "json",
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--full",
        "--yes",
    ]);
    assert_eq!(logged.code, 2, "{logged}");
    let line: Value =
        serde_json::from_str(logged.stderr.trim()).unwrap_or_else(|e| panic!("{e}: {logged}"));
    assert_eq!(line["level"], "ERROR", "{line}");
    assert_eq!(line["exit_code"], 2, "{line}");
    assert!(
        line["message"]
            .as_str()
            .unwrap()
            .starts_with("--full reads a job's [incremental] tables whole"),
        "{line}"
    );
}

/// A run killed (SIGKILL) while it writes leaves the target and the
/// watermark as they were; the next run reads from the old watermark and
/// catches up.
#[test]
fn a_killed_run_keeps_the_old_watermark() {
    use crate::atomicity::{kill_when_busy, sqlite_writing};
    use std::time::Duration;
    let src = TestDb::new(Kind::Sqlite, "incr_big");
    src.exec_script(
        "CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT NOT NULL, updated_at TIMESTAMP NOT NULL);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
         INSERT INTO big SELECT i, printf('row %d %s', i, hex(randomblob(40))), '2026-01-01 00:00:00' FROM n;",
    );
    let dst = TestDb::new(Kind::Sqlite, "incr_big_dst");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    std::fs::write(&path, "[incremental]\nbig = \"updated_at\"\n").unwrap();
    let job = path.display().to_string();
    let first = run(&src, &dst, &job, &[]);
    assert_eq!(first.code, 0, "{first}");
    let newest = |db: &TestDb| {
        let h = ferry(&["history", "--to", &db.url, "--json"]);
        h.json()[0]["run_id"].as_str().unwrap().to_string()
    };
    let (last, before) = (newest(&dst), checksums(&dst.url));
    src.exec("UPDATE big SET payload = payload || ' changed', updated_at = '2026-02-01 00:00:00' WHERE id % 2 = 0");
    let mut child = spawn_ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--job", &job, "--yes", "-q",
    ]);
    kill_when_busy(
        &mut child,
        (Duration::from_millis(100), Duration::from_millis(1)),
        || sqlite_writing(&dst),
    );
    assert_eq!(
        checksums(&dst.url),
        before,
        "the killed run changed the target"
    );
    assert_eq!(newest(&dst), last, "the killed run left a journal row");
    let again = run(&src, &dst, &job, &["--wait", "30"]);
    assert_eq!(again.code, 0, "{again}");
    let json = again.json();
    assert_eq!(
        window(&json, "big")["previous_run"].as_str(),
        Some(last.as_str()),
        "read from the old watermark"
    );
    assert_eq!(figures(&json, "big").1, [0, 150_000, 0]);
    assert_eq!(checksums(&src.url)["big"], checksums(&dst.url)["big"]);
}

/// A promotion's rules apply to the rows of the window: a scope, keys
/// given by offset (remembered in the key map, so a row read again keeps
/// its target key) and a `[[set]]` column; `ferry verify --job` compares
/// the whole tables as the job transforms them.
#[test]
fn promotion_rules_apply_to_the_window() {
    let src = source(Kind::Sqlite);
    let dst = TestDb::new(Kind::MySql, "incr_promo");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("promo.toml");
    std::fs::write(
        &path,
        "[select]\ntables = [\"items\"]\n[select.where]\nitems = \"n % 2 = 0\"\n[incremental]\nitems = \"updated_at\"\n[[keys]]\ntable = \"items\"\nstrategy = \"offset\"\n[[set]]\ncolumn = \"items.name\"\nvalue = \"hidden\"\n",
    )
    .unwrap();
    let job = path.display().to_string();
    let first = run(&src, &dst, &job, &[]);
    assert_eq!(first.code, 0, "{first}");
    assert_eq!(figures(&first.json(), "items"), (102, [102, 0, 0]));
    src.exec_script(&format!(
        "UPDATE items SET n = 40, updated_at = '{}' WHERE id = 40;
         UPDATE items SET n = 41, updated_at = '{}' WHERE id = 41;
         INSERT INTO items VALUES (210, 'new', 210, '{}');",
        at(500),
        at(500),
        at(501)
    ));
    let second = run(&src, &dst, &job, &[]);
    assert_eq!(second.code, 0, "{second}");
    // In scope and in the window: 195–200 (the even ones), 40 and 210,
    // and the undated 202 and 204.
    let (read, counts) = figures(&second.json(), "items");
    assert_eq!(read, 3 + 2 + 2, "{second}");
    assert_eq!(counts, [1, 1, 0], "{second}");
    assert_eq!(
        dst.scalar("SELECT COUNT(*) FROM items WHERE name <> 'hidden'"),
        0
    );
    let verified = ferry(&[
        "verify", "--from", &src.url, "--to", &dst.url, "--job", &job,
    ]);
    assert_eq!(verified.code, 0, "{verified}");
}

/// A schema nobody here wrote: MySQL's sakila sample (its `last_update`
/// columns, which MariaDB sets on every change) nightly into PostgreSQL,
/// whose foreign keys check at once: a changed actor and an actor deleted
/// with their film roles arrive, and the copy verifies equal. Its rows
/// all share one timestamp per table, so the first run after the full
/// copy reads them again (ties are re-read); the next reads two rows.
#[test]
fn sakila_nightly_from_mariadb_into_postgres() {
    let src = crate::corpus::load("sakila", Kind::MySql);
    let dst = TestDb::new(Kind::Postgres, "incr_sakila");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sakila-nightly.toml");
    std::fs::write(
        &path,
        "[select]\ntables = [\"actor\", \"language\", \"film\", \"film_actor\"]\n[incremental]\nactor = { column = \"last_update\", deletes = \"detect\" }\nfilm_actor = { column = \"last_update\", deletes = \"detect\" }\nfilm = \"last_update\"\nlanguage = \"last_update\"\n",
    )
    .unwrap();
    let job = path.display().to_string();
    let first = run(&src, &dst, &job, &[]);
    assert_eq!(first.code, 0, "{first}");
    src.exec_script(
        "UPDATE actor SET first_name = 'PENELOPE II' WHERE actor_id = 1;
         DELETE FROM film_actor WHERE actor_id = 2;
         DELETE FROM actor WHERE actor_id = 2;",
    );
    let second = run(&src, &dst, &job, &[]);
    assert_eq!(second.code, 0, "{second}");
    let json = second.json();
    // Every sakila row has one last_update (2006-02-15 04:34:33): all of
    // them tie with the watermark and are read again, merged as unchanged.
    assert_eq!(figures(&json, "actor"), (199, [0, 1, 1]), "{json}");
    assert_eq!(figures(&json, "film_actor").1, [0, 0, 25], "{json}");
    // Now the watermark is the changed actor's: the next run reads only
    // the rows changed within the lag.
    src.exec("UPDATE actor SET last_name = 'GUINESS II' WHERE actor_id = 3");
    let third = run(&src, &dst, &job, &[]);
    assert_eq!(third.code, 0, "{third}");
    assert_eq!(figures(&third.json(), "actor"), (2, [0, 1, 0]), "{third}");
    let verified = ferry(&[
        "verify", "--from", &src.url, "--to", &dst.url, "--job", &job,
    ]);
    assert_eq!(verified.code, 0, "{verified}");
}

/// Deletes are looked for only in the key ranges whose fingerprints
/// differ: each server fingerprints its own keys per range, and a night
/// with two deletes and one insert among 5,000 rows compares the keys of
/// three ranges of twenty. A table keyed by text compares every key.
#[test]
fn sparse_deletes_compare_only_their_key_ranges() {
    let src = TestDb::new(Kind::MySql, "incr_ranges");
    src.exec_script(&format!(
        "CREATE TABLE items (id int PRIMARY KEY, name varchar(100) NOT NULL, n int NOT NULL, updated_at datetime(6) NULL);
         INSERT INTO items SELECT i, CONCAT('item ', i), i, '{}' FROM (WITH RECURSIVE a(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM a WHERE i < 99)
           SELECT x.i * 100 + y.i + 1 AS i FROM a x CROSS JOIN a y) s WHERE i <= 5000;
         CREATE TABLE tags (code varchar(20) PRIMARY KEY, updated_at datetime NOT NULL);
         INSERT INTO tags VALUES ('a', '{0}'), ('b', '{0}'), ('c', '{0}');",
        at(1)
    ));
    let dst = TestDb::new(Kind::Postgres, "incr_ranges_dst");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ranges.toml");
    std::fs::write(
        &path,
        "[incremental]\nitems = { column = \"updated_at\", deletes = \"detect\" }\ntags = { column = \"updated_at\", deletes = \"detect\", max_delete_ratio = 0.5 }\n",
    )
    .unwrap();
    let job = path.display().to_string();
    let first = run(&src, &dst, &job, &[]);
    assert_eq!(first.code, 0, "{first}");
    assert!(
        window(&first.json(), "items")["key_check"].is_null(),
        "a full copy compares no keys"
    );

    src.exec_script(&format!(
        "UPDATE items SET name = 'changed', updated_at = '{0}' WHERE id IN (7, 2500, 4999);
         DELETE FROM items WHERE id IN (100, 4000);
         INSERT INTO items VALUES (5001, 'new', 5001, '{0}');
         DELETE FROM tags WHERE code = 'b';",
        at(500)
    ));
    // Ranges of 251 keys from 1 (5,000 rows at most on either side, 256
    // keys a range: 20 ranges over 1–5001): 100 is in range 0, 4000 in
    // 15, the new 5001 in 19.
    let plan = ferry(&["plan", "--from", &src.url, "--to", &dst.url, "--job", &job]);
    assert_eq!(plan.code, 0, "{plan}");
    assert!(
        plan.stdout.contains("incremental: items.updated_at: rows from its watermark")
            && plan.stdout.contains(
                ", deletes detected by key: 3 of 20 key ranges of 251 keys differ, only their keys compared;"
            ),
        "{plan}"
    );
    assert!(
        plan.stdout
            .contains("deletes detected by key: every key compared (the key is not an integer)"),
        "{plan}"
    );
    let second = run(&src, &dst, &job, &[]);
    assert_eq!(second.code, 0, "{second}");
    let json = second.json();
    assert_eq!(
        window(&json, "items")["key_check"],
        serde_json::json!({"keys": "ranges", "low": 1, "width": 251, "compared": 20, "differing": [0, 15, 19]}),
        "{json}"
    );
    assert_eq!(
        window(&json, "tags")["key_check"],
        serde_json::json!({"keys": "every", "why": "the key is not an integer"})
    );
    assert_eq!(figures(&json, "items").1, [1, 3, 2], "{json}");
    assert_eq!(figures(&json, "tags").1, [0, 0, 1], "{json}");
    assert_eq!(
        texts(
            &src,
            "SELECT CONCAT_WS('|', id, name, n) FROM items ORDER BY id"
        ),
        texts(
            &dst,
            "SELECT concat_ws('|', id, name, n) FROM items ORDER BY id"
        )
    );
    assert_eq!(
        texts(&dst, "SELECT code FROM tags ORDER BY code"),
        ["a", "c"]
    );

    // A night with no deletes compares no keys; one whose only change is
    // a row the target has and the source never had finds and deletes it.
    dst.exec("INSERT INTO items VALUES (5002, 'only in the target', 0, NULL)");
    let third = run(&src, &dst, &job, &[]);
    assert_eq!(third.code, 0, "{third}");
    let json = third.json();
    assert_eq!(
        window(&json, "items")["key_check"]["differing"],
        serde_json::json!([19]),
        "{json}"
    );
    assert_eq!(figures(&json, "items").1[2], 1, "{json}");
    let fourth = run(&src, &dst, &job, &[]);
    assert_eq!(fourth.code, 0, "{fourth}");
    assert_eq!(
        window(&fourth.json(), "items")["key_check"]["differing"],
        serde_json::json!([])
    );
    assert_eq!(checksums(&src.url)["items"], checksums(&dst.url)["items"]);
}
