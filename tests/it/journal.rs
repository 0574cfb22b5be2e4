//! The run journal: a committed run has exactly one row in the target's
//! `ferry_journal`, written in its transaction; a failed or refused run
//! leaves no journal; `ferry history` lists the runs newest first.

use crate::common::*;

fn has_journal(db: &TestDb) -> bool {
    journal_rows(db).is_some()
}

fn copy(src: &TestDb, dst: &TestDb, tables: &str, comment: &str) -> Run {
    ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        tables,
        "--create-tables",
        "--comment",
        comment,
        "--yes",
        "--json",
    ])
}

fn history(dst: &TestDb, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["history", "--to", dst.url.as_str(), "--json"];
    args.extend(extra);
    let run = ferry(&args);
    assert_eq!(run.code, 0, "{run}");
    run.json()
}

fn journal_records_runs_newest_first(kind: Kind) {
    let src = TestDb::with_fixture(Kind::Sqlite, "journal_src");
    let dst = TestDb::new(kind, "journal_dst");
    assert_eq!(history(&dst, &[]), serde_json::json!([]), "no journal yet");
    let first = copy(&src, &dst, "dir_group,dir_role", "first copy");
    assert_eq!(first.code, 0, "{first}");
    let first_id = first.json()["run_id"].as_str().expect("run_id").to_string();
    let second = copy(&src, &dst, "dir_user", "second copy");
    assert_eq!(second.code, 0, "{second}");
    let second_id = second.json()["run_id"]
        .as_str()
        .expect("run_id")
        .to_string();
    // The engine's own count: one row per committed run.
    assert_eq!(dst.scalar("SELECT count(*) FROM ferry_journal"), 2);
    let runs = history(&dst, &[]);
    let runs = runs.as_array().expect("array");
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["run_id"], second_id.as_str());
    assert_eq!(runs[1]["run_id"], first_id.as_str());
    assert_eq!(runs[1]["status"], "committed");
    assert_eq!(runs[1]["command"], "run");
    assert_eq!(runs[1]["comment"], "first copy");
    let tables: Vec<(String, u64)> = runs[1]["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .map(|t| {
            (
                t["table"].as_str().unwrap().to_string(),
                t["inserted"].as_u64().unwrap(),
            )
        })
        .collect();
    let counted = |t: &str| src.scalar(&format!("SELECT count(*) FROM {t}")) as u64;
    assert_eq!(
        tables,
        [
            ("dir_group".to_string(), counted("dir_group")),
            ("dir_role".to_string(), counted("dir_role"))
        ]
    );
    for run in runs {
        assert!(run["started"].as_str().unwrap().ends_with('Z'), "{run}");
        assert!(run["finished"].as_str().unwrap() >= run["started"].as_str().unwrap());
        assert!(!run["user"].as_str().unwrap().is_empty());
    }
    assert_eq!(
        history(&dst, &["--limit", "1"]).as_array().unwrap().len(),
        1
    );
    let text = ferry(&["history", "--to", &dst.url]);
    assert_eq!(text.code, 0, "{text}");
    assert!(
        text.stdout.contains(&first_id) && text.stdout.contains("second copy"),
        "{text}"
    );
    assert!(
        text.stdout.find(&second_id) < text.stdout.find(&first_id),
        "newest first: {text}"
    );
}

#[test]
fn sqlite_journal_records_runs_newest_first() {
    journal_records_runs_newest_first(Kind::Sqlite);
}

#[test]
fn postgres_journal_records_runs_newest_first() {
    journal_records_runs_newest_first(Kind::Postgres);
}

#[test]
fn mysql_journal_records_runs_newest_first() {
    journal_records_runs_newest_first(Kind::MySql);
}

/// A run that fails at its commit (a NOT NULL the source leaves empty is
/// caught by the server) leaves neither rows nor the journal table.
fn a_failed_run_leaves_no_journal(kind: Kind) {
    let src = TestDb::new(Kind::Sqlite, "journal_fail_src");
    src.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    src.exec("INSERT INTO t VALUES (1, 'a'), (1000000, 'too long for the target')");
    let dst = TestDb::new(kind, "journal_fail_dst");
    dst.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v VARCHAR(3))");
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(run.code, 1, "{run}");
    assert_eq!(dst.scalar("SELECT count(*) FROM t"), 0);
    assert!(!has_journal(&dst), "a failed run left a journal table");
    // A plan writes nothing, the journal included.
    src.exec("DELETE FROM t WHERE id = 1000000");
    let plan = ferry(&["plan", "--from", &src.url, "--to", &dst.url]);
    assert_eq!(plan.code, 0, "{plan}");
    assert!(!has_journal(&dst));
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("recorded in ferry_journal"), "{run}");
    assert_eq!(dst.scalar("SELECT count(*) FROM ferry_journal"), 1);
}

#[test]
fn sqlite_failed_run_leaves_no_journal() {
    a_failed_run_leaves_no_journal(Kind::Sqlite);
}

#[test]
fn postgres_failed_run_leaves_no_journal() {
    a_failed_run_leaves_no_journal(Kind::Postgres);
}

#[test]
fn mysql_failed_run_leaves_no_journal() {
    a_failed_run_leaves_no_journal(Kind::MySql);
}

/// dev → test → prod: the journal of a database copied on is not carried
/// into the next one; each target keeps only its own runs.
#[test]
fn a_journal_is_not_copied_on() {
    let dev = TestDb::with_fixture(Kind::Sqlite, "journal_dev");
    let test = TestDb::new(Kind::Postgres, "journal_test");
    let prod = TestDb::new(Kind::MySql, "journal_prod");
    assert_eq!(copy(&dev, &test, "dir_*", "to test").code, 0);
    let onward = copy(&test, &prod, "*", "to prod");
    assert_eq!(onward.code, 0, "{onward}");
    assert_eq!(prod.scalar("SELECT count(*) FROM ferry_journal"), 1);
    let runs = history(&prod, &[]);
    assert_eq!(runs[0]["comment"], "to prod");
    assert!(
        runs[0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["table"] != "ferry_journal"),
        "{runs}"
    );
}

#[test]
fn history_of_a_directory_or_missing_file_is_refused_and_of_no_journal_is_empty() {
    let dir = tempfile::tempdir().expect("dir");
    let run = ferry(&["history", "--to", &dir.path().display().to_string()]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains("is not a URL: use postgres://"),
        "{run}"
    );
    let missing = format!("sqlite://{}/none.db", dir.path().display());
    let run = ferry(&["history", "--to", &missing]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains("none.db' does not exist: check --to"),
        "{run}"
    );
    let run = ferry(&["history"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr
            .contains("ferry history needs the target: give --to URL"),
        "{run}"
    );
    let db = TestDb::new(Kind::Sqlite, "journal_none");
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    let run = ferry(&["history", "--to", &db.url]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("no runs recorded"), "{run}");
}
