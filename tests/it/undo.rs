//! `ferry undo`: a committed run taken back exactly — the target's
//! content checksums equal to those before the run, on every engine — for
//! promotions (merge with new keys and version bumps, replace-scope) and
//! plain copies; refused when rows changed since, when a later run wrote
//! the tables, twice, or for an unknown run; the undo of an undo redoes.

use crate::common::*;
use crate::promote::{db, job_file, DEV, JOB, PROD, REPLACE_JOB};
use std::collections::BTreeMap;

/// The application's tables: ferry's own (journal, key map, images) left
/// out.
fn content(db: &TestDb) -> BTreeMap<String, TableSum> {
    checksums(&db.url)
        .into_iter()
        .filter(|(t, _)| !t.starts_with("ferry_"))
        .collect()
}

fn key_map_rows(db: &TestDb) -> i64 {
    db.scalar("SELECT COUNT(*) FROM ferry_key_map")
}

fn history(db: &TestDb) -> Vec<serde_json::Value> {
    let run = ferry(&["history", "--to", &db.url, "--json"]);
    assert_eq!(run.code, 0, "{run}");
    run.json().as_array().expect("array").clone()
}

fn undo(db: &TestDb, run_id: &str, extra: &[&str]) -> Run {
    let mut args = vec!["undo", run_id, "--to", db.url.as_str(), "--yes", "--json"];
    args.extend(extra);
    ferry(&args)
}

/// `ferry run --job JOB` from `dev` into `prod`, which must succeed.
fn promote(dev: &TestDb, prod: &TestDb, job: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "run", "--from", &dev.url, "--to", &prod.url, "--job", job, "--json", "--yes",
    ];
    args.extend(extra);
    let run = ferry(&args);
    assert_eq!(run.code, 0, "{run}");
    run
}

fn run_id(run: &Run) -> String {
    run.json()["run_id"]
        .as_str()
        .unwrap_or_else(|| panic!("no run_id\n{run}"))
        .to_string()
}

/// Seeds' flow: promote with a comment → history shows it → undo → the
/// content equals the content before the run, the key map too → history
/// shows both; undoing it again is refused; the undo of the undo redoes.
fn promote_then_undo(from: Kind, to: Kind, job: &str) {
    let dev = db(from, "undo_dev", DEV);
    let prod = db(to, "undo_prod", PROD);
    if job == REPLACE_JOB {
        prod.exec("INSERT INTO app_app VALUES ('crm', 2, 'CRM old', TRUE)");
        prod.exec(
            "INSERT INTO app_form VALUES ('crm', 2, 'account', '{\"old\":1}'), ('crm', 2, 'legacy', NULL)",
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(&dir, job);
    let before = content(&prod);
    let run = promote(&dev, &prod, &job, &["--comment", "release 7"]);
    let after = content(&prod);
    assert_ne!(after, before, "the run changed the target");
    let id = run_id(&run);
    let runs = history(&prod);
    assert_eq!(runs[0]["run_id"], id.as_str());
    assert_eq!(runs[0]["comment"], "release 7");

    let undone = undo(&prod, &id, &[]);
    assert_eq!(undone.code, 0, "{undone}");
    assert_eq!(undone.json()["undoes"], id.as_str());
    assert_eq!(
        content(&prod),
        before,
        "the undo puts back the content before the run\n{undone}"
    );
    let runs = history(&prod);
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["command"], "undo");
    assert_eq!(runs[0]["undoes"], id.as_str());
    assert_eq!(runs[1]["run_id"], id.as_str());
    assert_eq!(runs[1]["status"], "undone");

    let again = undo(&prod, &id, &[]);
    assert_eq!(again.code, 3, "{again}");
    let undo_id = run_id(&undone);
    assert!(
        again
            .stderr
            .contains(&format!("run {id} was undone already by run {undo_id}")),
        "{again}"
    );

    let redone = undo(&prod, &undo_id, &[]);
    assert_eq!(redone.code, 0, "{redone}");
    assert_eq!(redone.json()["redoes"], id.as_str());
    assert_eq!(content(&prod), after, "the undo of the undo redoes the run");
    let runs = history(&prod);
    assert_eq!(runs[2]["status"], "committed", "{:?}", runs);
    assert_eq!(runs[1]["status"], "undone");
    // The redone run is the target's newest change again: undone again,
    // exactly.
    let back = undo(&prod, &id, &[]);
    assert_eq!(back.code, 0, "{back}");
    assert_eq!(content(&prod), before);
}

#[test]
fn merge_promotion_undone_on_sqlite() {
    promote_then_undo(Kind::Sqlite, Kind::Sqlite, JOB);
}

#[test]
fn merge_promotion_undone_on_postgres() {
    promote_then_undo(Kind::Sqlite, Kind::Postgres, JOB);
}

#[test]
fn merge_promotion_undone_on_mysql() {
    promote_then_undo(Kind::Postgres, Kind::MySql, JOB);
}

#[test]
fn replace_scope_undone_on_sqlite() {
    promote_then_undo(Kind::MySql, Kind::Sqlite, REPLACE_JOB);
}

#[test]
fn replace_scope_undone_on_postgres() {
    promote_then_undo(Kind::Postgres, Kind::Postgres, REPLACE_JOB);
}

#[test]
fn replace_scope_undone_on_mysql() {
    promote_then_undo(Kind::Sqlite, Kind::MySql, REPLACE_JOB);
}

/// The key map a promotion remembered is taken back with it: the next
/// promotion after the undo gives the same new keys as the first did.
fn key_map_undone(to: Kind) {
    let dev = db(Kind::Sqlite, "undo_km_dev", DEV);
    let prod = db(to, "undo_km_prod", PROD);
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(&dir, JOB);
    let first = promote(&dev, &prod, &job, &[]);
    let promoted = content(&prod);
    let remembered = key_map_rows(&prod);
    assert!(remembered > 0);
    let undone = undo(&prod, &run_id(&first), &[]);
    assert_eq!(undone.code, 0, "{undone}");
    assert_eq!(key_map_rows(&prod), 0, "the key map as before the run");
    let second = promote(&dev, &prod, &job, &[]);
    assert_eq!(
        second.json()["changes"]["tables"],
        first.json()["changes"]["tables"],
        "the same changes again"
    );
    // The id generators went back: the same new ids again (but for the
    // fresh UUIDs of app_fd_orders).
    let without_uuids = |mut c: BTreeMap<String, TableSum>| {
        c.remove("app_fd_orders");
        c
    };
    assert_eq!(without_uuids(content(&prod)), without_uuids(promoted));
    assert_eq!(key_map_rows(&prod), remembered);
}

#[test]
fn key_map_and_generators_undone_on_postgres() {
    key_map_undone(Kind::Postgres);
}

#[test]
fn key_map_and_generators_undone_on_mysql() {
    key_map_undone(Kind::MySql);
}

#[test]
fn key_map_and_generators_undone_on_sqlite() {
    key_map_undone(Kind::Sqlite);
}

/// A plain copy, into a new database and into an initialised one that
/// holds rows: the undo leaves the tables as before.
fn plain_copy_undone(to: Kind) {
    let src = TestDb::with_fixture(Kind::Sqlite, "undo_plain_src");
    // A table without a primary key, with a duplicate row: imaged whole.
    src.exec("CREATE TABLE audit_log (at TEXT, msg TEXT)");
    src.exec("INSERT INTO audit_log VALUES ('2026-01-01', 'a'), ('2026-01-01', 'a'), (NULL, 'b')");
    let dst = TestDb::new(to, "undo_plain_dst");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group,dir_role,audit_log",
        "--create-tables",
        "--yes",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert!(dst.scalar("SELECT COUNT(*) FROM dir_group") > 0);
    // The application changed the table without a key since: refused.
    dst.exec("UPDATE audit_log SET msg = 'c' WHERE msg = 'b'");
    let id = run_id(&run);
    let refused = undo(&dst, &id, &[]);
    assert_eq!(refused.code, 3, "{refused}");
    let expected = match to {
        // PostgreSQL tells the transaction that wrote a row: no images.
        Kind::Postgres => format!("audit_log: changed since run {id}: 1 row written or changed since"),
        _ => format!(
            "audit_log: changed since run {id} (it has no primary key: 3 rows now, 3 as the run left it, 1 of them different)"
        ),
    };
    assert!(refused.stderr.contains(&expected), "{expected}\n{refused}");
    dst.exec("UPDATE audit_log SET msg = 'b' WHERE msg = 'c'");
    if to == Kind::Postgres {
        // Put back by hand, the rows are another transaction's all the same.
        let refused = undo(&dst, &id, &[]);
        assert_eq!(refused.code, 3, "{refused}");
        dst.exec("DELETE FROM dir_role WHERE id = (SELECT min(id) FROM dir_role)");
        let refused = undo(&dst, &id, &[]);
        assert!(
            refused
                .stderr
                .contains(&format!("dir_role: changed since run {id}: 1 of its ")),
            "{refused}"
        );
    }
    let undone = undo(
        &dst,
        &id,
        if to == Kind::Postgres {
            &["--force"]
        } else {
            &[]
        },
    );
    assert_eq!(undone.code, 0, "{undone}");
    assert_eq!(dst.scalar("SELECT COUNT(*) FROM dir_group"), 0);
    assert_eq!(dst.scalar("SELECT COUNT(*) FROM dir_role"), 0);
    assert_eq!(dst.scalar("SELECT COUNT(*) FROM audit_log"), 0);
    // Beside rows of its own: only what the run added goes.
    dst.exec("INSERT INTO dir_group (id, name) VALUES ('own', 'Own group')");
    let before = content(&dst);
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--yes",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let undone = undo(&dst, &run_id(&run), &[]);
    assert_eq!(undone.code, 0, "{undone}");
    assert_eq!(content(&dst), before);
}

#[test]
fn plain_copy_undone_on_postgres() {
    plain_copy_undone(Kind::Postgres);
}

#[test]
fn plain_copy_undone_on_mysql() {
    plain_copy_undone(Kind::MySql);
}

#[test]
fn plain_copy_undone_on_sqlite() {
    plain_copy_undone(Kind::Sqlite);
}

/// A row the application changed after the run stops the undo (exit 3,
/// naming the table and key) unless --force, which puts the row back as
/// it was before the run; a later run that wrote the same tables stops it
/// too.
fn changed_since_refused(to: Kind) {
    let dev = db(Kind::Sqlite, "undo_ch_dev", DEV);
    let prod = db(to, "undo_ch_prod", PROD);
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(&dir, JOB);
    let before = content(&prod);
    let id = run_id(&promote(&dev, &prod, &job, &[]));
    prod.exec("UPDATE dir_user SET name = 'Changed by the app' WHERE username = 'cat'");
    let refused = undo(&prod, &id, &[]);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused
            .stderr
            .contains(&format!("dir_user: 1 row changed since run {id}: 9")),
        "{refused}"
    );
    assert!(refused.stderr.contains("give --force"), "{refused}");
    assert_eq!(history(&prod).len(), 1, "nothing written");
    let forced = undo(&prod, &id, &["--force"]);
    assert_eq!(forced.code, 0, "{forced}");
    assert_eq!(
        content(&prod),
        before,
        "--force puts the rows back as before the run"
    );

    // A later release over the same tables.
    let first = run_id(&promote(&dev, &prod, &job, &[]));
    dev.exec("UPDATE dir_user SET name = 'Cat 2' WHERE username = 'cat'");
    let later = run_id(&promote(&dev, &prod, &job, &[]));
    let refused = undo(&prod, &first, &[]);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused
            .stderr
            .contains(&format!("run {later} (run, started")),
        "{refused}"
    );
    assert!(
        refused.stderr.contains(&format!("after run {first}")),
        "{refused}"
    );
    // Newest first, both go.
    assert_eq!(undo(&prod, &later, &[]).code, 0);
    let undone = undo(&prod, &first, &[]);
    assert_eq!(undone.code, 0, "{undone}");
    assert_eq!(content(&prod), before);
}

#[test]
fn changed_since_refused_on_postgres() {
    changed_since_refused(Kind::Postgres);
}

#[test]
fn changed_since_refused_on_mysql() {
    changed_since_refused(Kind::MySql);
}

#[test]
fn changed_since_refused_on_sqlite() {
    changed_since_refused(Kind::Sqlite);
}

#[test]
fn unknown_runs_and_targets_without_a_journal_are_bad_input() {
    let dst = TestDb::new(Kind::Sqlite, "undo_none");
    dst.exec("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    let run = undo(&dst, "20261201-000000-abcdef", &[]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains("has no ferry_journal: ferry recorded no run there, so there is no run 20261201-000000-abcdef to undo"),
        "{run}"
    );
    let src = TestDb::with_fixture(Kind::Sqlite, "undo_none_src");
    let copy = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(copy.code, 0, "{copy}");
    let run = undo(&dst, "20261201-000000-abcdef", &[]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr
            .contains("no run 20261201-000000-abcdef in the journal of"),
        "{run}"
    );
    let missing = ferry(&["undo", "x", "--to", "sqlite:///nonexistent/dir/x.db"]);
    assert_eq!(missing.code, 2, "{missing}");
    let no_to = ferry(&["undo", "x"]);
    assert_eq!(no_to.code, 2, "{no_to}");
    assert!(
        no_to
            .stderr
            .contains("ferry undo needs the target: give --to URL"),
        "{no_to}"
    );
}

#[test]
fn a_run_without_images_cannot_be_undone() {
    let src = TestDb::with_fixture(Kind::Sqlite, "undo_noimg_src");
    let dst = TestDb::new(Kind::Postgres, "undo_noimg_dst");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--create-tables",
        "--yes",
        "--json",
        "--no-undo",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let id = run_id(&run);
    let refused = undo(&dst, &id, &[]);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused.stderr.contains(&format!(
            "run {id} kept no row images (it ran with --no-undo"
        )),
        "{refused}"
    );
    let images = dst.scalar(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'ferry\\_undo\\_%'",
    );
    assert_eq!(images, 0, "--no-undo creates no image tables");
}
