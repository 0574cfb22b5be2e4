//! `ferry verify` of whole tables: equal copies pass on every engine pair
//! (the corpus tests verify every copy they make, too); differences made
//! with the target engine's own SQL — a changed column, a deleted row, an
//! extra row, a microsecond — are each found and named by key and column,
//! exit 4; a promotion is verified as its job transforms the source;
//! mismatched schemas and bad input have their messages; `--record` puts
//! the check in the journal.

use crate::common::*;
use crate::corpus::load;
use crate::promote::{db, job_file, DEV, JOB, PROD};
use serde_json::Value;

fn verify(from: &TestDb, to: &TestDb, extra: &[&str]) -> Run {
    let mut args = vec!["verify", "--from", &from.url, "--to", &to.url, "--json"];
    args.extend(extra);
    ferry(&args)
}

/// The check of one table in a verify document.
fn table<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| {
            t["table"]
                .as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
        })
        .unwrap_or_else(|| panic!("no table {name} in {json}"))
}

/// `kind key [columns]` of each named difference.
fn named(check: &Value) -> Vec<String> {
    check["first"]
        .as_array()
        .expect("first")
        .iter()
        .map(|d| {
            let columns: Vec<&str> = d["columns"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap())
                .collect();
            format!(
                "{} {} {}",
                d["kind"].as_str().unwrap(),
                d["key"].as_str().unwrap(),
                columns.join(",")
            )
            .trim_end()
            .to_string()
        })
        .collect()
}

fn copy(from: &TestDb, to: &TestDb) {
    let run = ferry(&[
        "run",
        "--from",
        &from.url,
        "--to",
        &to.url,
        "--create-tables",
        "--yes",
        "--no-undo",
    ]);
    assert_eq!(run.code, 0, "{run}");
}

/// Chinook (SQLite, written by its authors' script) copied into `to`,
/// verified equal; then four changes made by the target's own SQL, each
/// found: a changed value, a changed decimal, a row deleted, a row added.
fn chinook_differences(to: Kind) {
    let src = load("chinook", Kind::Sqlite);
    let dst = TestDb::new(to, "chinook_verify");
    copy(&src, &dst);
    let equal = verify(&src, &dst, &[]);
    assert_eq!(equal.code, 0, "{equal}");
    let json = equal.json();
    assert_eq!(json["ok"], true, "{equal}");
    assert_eq!(json["tables"].as_array().unwrap().len(), 11, "{equal}");
    let tracks = src.scalar("SELECT COUNT(*) FROM Track");
    assert_eq!(table(&json, "Track")["source_rows"], tracks);
    assert_eq!(table(&json, "Track")["target_rows"], tracks);
    assert_eq!(
        table(&json, "Track")["source_checksum"],
        table(&json, "Track")["target_checksum"]
    );

    let q = |s: &str| dst.q(s);
    dst.exec(&format!(
        "UPDATE {} SET {} = 'Changed' WHERE {} = 7",
        q("Track"),
        q("Name"),
        q("TrackId")
    ));
    dst.exec(&format!(
        "UPDATE {} SET {} = {} + 0.01 WHERE {} = 3",
        q("Invoice"),
        q("Total"),
        q("Total"),
        q("InvoiceId")
    ));
    dst.exec(&format!(
        "DELETE FROM {} WHERE {} = 5",
        q("InvoiceLine"),
        q("InvoiceLineId")
    ));
    dst.exec(&format!(
        "INSERT INTO {} ({}, {}) VALUES (999, 'Extra')",
        q("Genre"),
        q("GenreId"),
        q("Name")
    ));
    let differs = verify(&src, &dst, &[]);
    assert_eq!(differs.code, 4, "{differs}");
    let json = differs.json();
    assert_eq!(json["ok"], false);
    assert_eq!(named(table(&json, "Track")), ["differs TrackId=7 Name"]);
    assert_eq!(
        named(table(&json, "Invoice")),
        ["differs InvoiceId=3 Total"]
    );
    assert_eq!(
        named(table(&json, "InvoiceLine")),
        ["missing InvoiceLineId=5"]
    );
    assert_eq!(named(table(&json, "Genre")), ["extra GenreId=999"]);
    assert_eq!(table(&json, "Genre")["extra"], 1);
    assert_eq!(table(&json, "InvoiceLine")["missing"], 1);
    for equal in [
        "Album",
        "Artist",
        "Customer",
        "Employee",
        "MediaType",
        "Playlist",
        "PlaylistTrack",
    ] {
        assert_eq!(table(&json, equal)["equal"], true, "{equal}: {differs}");
    }
    for line in [
        "error: 4 of 11 tables differ:",
        "Track: 1 row differs (TrackId=7: Name)",
        "InvoiceLine: 1 missing in the target (InvoiceLineId=5)",
        "Genre: 1 only in the target (GenreId=999)",
    ] {
        assert!(differs.stderr.contains(line), "{line}\n{differs}");
    }
    // Without --json: the table and the named rows on stdout.
    let text = ferry(&["verify", "--from", &src.url, "--to", &dst.url]);
    assert_eq!(text.code, 4, "{text}");
    assert!(
        text.stdout
            .contains("Invoice: 1 row differs (InvoiceId=3: Total)"),
        "{text}"
    );
    assert!(text.stdout.contains("7 of 11 tables equal"), "{text}");
}

#[test]
fn chinook_differences_in_postgres() {
    chinook_differences(Kind::Postgres);
}

#[test]
fn chinook_differences_in_mysql() {
    chinook_differences(Kind::MySql);
}

#[test]
fn chinook_differences_in_sqlite() {
    chinook_differences(Kind::Sqlite);
}

/// Values engines spell differently compare equal in canonical form —
/// decimals with trailing zeros, unconstrained numerics, JSON whose keys
/// PostgreSQL reorders, '' and NULL and 'NULL' apart, floats, microsecond
/// timestamps — and a single microsecond changed by MariaDB's own SQL is a
/// difference in that column alone.
#[test]
fn canonical_forms_and_a_microsecond_postgres_to_mysql() {
    let src = TestDb::new(Kind::Postgres, "canon_src");
    src.exec_script(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, price NUMERIC(12,4), n NUMERIC, at TIMESTAMP(6), \
         tz TIMESTAMPTZ, f DOUBLE PRECISION, doc JSONB, s TEXT, ok BOOLEAN, b BYTEA);
         INSERT INTO t VALUES
           (1, 1.5000, 2.50, '2024-05-01 12:00:00.123456', '2024-05-01 12:00:00.5+02', 0.1, '{\"b\": 1, \"a\": [1, {\"d\": 2, \"c\": 3}]}', '', TRUE, '\\x00ff'),
           (2, 0, -0.0, '1999-12-31 23:59:59.999999', NULL, -0.0, 'null', NULL, FALSE, ''),
           (3, NULL, 12345678901234567890.123, '2024-05-01 00:00:00', '2024-05-01 00:00:00+00', 1e300, '[]', 'NULL', NULL, NULL);",
    );
    let dst = TestDb::new(Kind::MySql, "canon_dst");
    copy(&src, &dst);
    let equal = verify(&src, &dst, &[]);
    assert_eq!(equal.code, 0, "{equal}");
    assert_eq!(table(&equal.json(), "t")["timestamps"]["at"], 6, "{equal}");

    dst.exec("UPDATE t SET at = at + INTERVAL 1 MICROSECOND WHERE id = 2");
    dst.exec("UPDATE t SET s = NULL WHERE id = 1");
    let differs = verify(&src, &dst, &[]);
    assert_eq!(differs.code, 4, "{differs}");
    assert_eq!(
        named(table(&differs.json(), "t")),
        ["differs id=1 s", "differs id=2 at"]
    );
}

/// A target column that holds seconds only: the comparison is at seconds,
/// and the report says so.
#[test]
fn timestamps_compare_at_the_precision_both_hold() {
    let src = TestDb::new(Kind::Postgres, "prec_src");
    src.exec_script(
        "CREATE TABLE e (id INTEGER PRIMARY KEY, at TIMESTAMP(6));
         INSERT INTO e VALUES (1, '2024-05-01 12:00:00'), (2, '2024-05-01 13:00:00');",
    );
    let dst = TestDb::new(Kind::MySql, "prec_dst");
    dst.exec("CREATE TABLE e (id INTEGER PRIMARY KEY, at DATETIME)");
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(run.code, 0, "{run}");
    let equal = verify(&src, &dst, &[]);
    assert_eq!(equal.code, 0, "{equal}");
    assert_eq!(table(&equal.json(), "e")["timestamps"]["at"], 0, "{equal}");
    let text = ferry(&["verify", "--from", &src.url, "--to", &dst.url]);
    assert!(
        text.stdout
            .contains("but e.at to seconds (the finest both sides hold)"),
        "{text}"
    );
    dst.exec("UPDATE e SET at = at + INTERVAL 1 SECOND WHERE id = 2");
    let differs = verify(&src, &dst, &[]);
    assert_eq!(named(table(&differs.json(), "e")), ["differs id=2 at"]);
}

/// A table without a primary key is compared whole, duplicates counted.
#[test]
fn a_table_without_a_key_is_compared_as_a_multiset() {
    let src = TestDb::new(Kind::Sqlite, "nokey_src");
    src.exec_script(
        "CREATE TABLE log (at TEXT, msg TEXT);
         INSERT INTO log VALUES ('a', 'x'), ('a', 'x'), ('b', NULL);",
    );
    let dst = TestDb::new(Kind::Postgres, "nokey_dst");
    copy(&src, &dst);
    assert_eq!(verify(&src, &dst, &[]).code, 0);
    dst.exec("DELETE FROM log WHERE msg IS NULL");
    dst.exec("INSERT INTO log VALUES ('a', 'x')");
    let differs = verify(&src, &dst, &[]);
    assert_eq!(differs.code, 4, "{differs}");
    let check = table(&differs.json(), "log").clone();
    assert_eq!(
        (check["missing"].clone(), check["extra"].clone()),
        (1.into(), 1.into())
    );
    assert!(
        differs.stderr.contains(
            "log: no primary key, rows compared whole: 1 only in the source, 1 only in the target"
        ),
        "{differs}"
    );
}

/// After a promotion the source as the job transforms it (key maps,
/// version bump, value maps, [[set]], scope) equals the target; prod's own
/// rows are counted as extra but allowed (merge keeps them); a promoted row
/// changed in prod is named by its target key.
fn promotion_verified(from: Kind, to: Kind) {
    let dev = db(from, "verify_dev", DEV);
    let prod = db(to, "verify_prod", PROD);
    let dir = tempfile::tempdir().unwrap();
    let job = job_file(&dir, JOB);
    let run = ferry(&[
        "run", "--from", &dev.url, "--to", &prod.url, "--job", &job, "--yes", "--json",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let equal = verify(&dev, &prod, &["--job", &job]);
    assert_eq!(equal.code, 0, "{equal}");
    let json = equal.json();
    let users = table(&json, "dir_user");
    assert_eq!(
        (users["source_rows"].clone(), users["extra"].clone()),
        (3.into(), 1.into())
    );
    assert_eq!(users["extra_allowed"], true);
    // Scoped: only crm's versions in prod are compared, prod's own
    // version 4 being extra.
    assert_eq!(table(&json, "app_app")["target_rows"], 2, "{equal}");

    prod.exec("UPDATE dir_user SET name = 'Jack Changed' WHERE username = 'jack'");
    prod.exec("UPDATE app_app SET published = TRUE WHERE appId = 'crm' AND appVersion = 5");
    let differs = verify(&dev, &prod, &["--job", &job]);
    assert_eq!(differs.code, 4, "{differs}");
    let json = differs.json();
    assert_eq!(named(table(&json, "dir_user")), ["differs id=10 name"]);
    assert_eq!(
        named(table(&json, "app_app"))
            .iter()
            .map(|d| d.to_lowercase())
            .collect::<Vec<_>>(),
        ["differs (appid, appversion)=(crm, 5) published"]
    );
}

#[test]
fn promotion_verified_sqlite_to_postgres() {
    promotion_verified(Kind::Sqlite, Kind::Postgres);
}

#[test]
fn promotion_verified_postgres_to_mysql() {
    promotion_verified(Kind::Postgres, Kind::MySql);
}

#[test]
fn promotion_verified_mysql_to_sqlite() {
    promotion_verified(Kind::MySql, Kind::Sqlite);
}

/// A table or column the target lacks is a mismatch (exit 4) naming it;
/// a snapshot as the target and a missing SQLite file are bad input.
#[test]
fn mismatched_schemas_and_bad_input() {
    let src = load("chinook", Kind::Sqlite);
    let dst = TestDb::new(Kind::Postgres, "verify_schema");
    copy(&src, &dst);
    dst.exec("DROP TABLE \"PlaylistTrack\"");
    dst.exec("ALTER TABLE \"Genre\" DROP COLUMN \"Name\"");
    let run = verify(&src, &dst, &[]);
    assert_eq!(run.code, 4, "{run}");
    let json = run.json();
    assert_eq!(
        json["error"].as_str().unwrap().lines().next(),
        Some("the target's tables do not match the source's:"),
        "{run}"
    );
    let problems = json["problems"].to_string();
    assert!(problems.contains("PlaylistTrack"), "{run}");
    // A check creates nothing: no advice to pass --create-tables.
    assert!(!run.stderr.contains("--create-tables"), "{run}");
    assert!(
        problems.contains("Genre") && problems.contains("Name"),
        "{run}"
    );

    let dir = tempfile::tempdir().unwrap();
    let to_dir = ferry(&[
        "verify",
        "--from",
        &src.url,
        "--to",
        &dir.path().display().to_string(),
    ]);
    assert_eq!(to_dir.code, 2, "{to_dir}");
    assert!(to_dir.stderr.contains("error: ferry verify compares with a database: check a snapshot with `ferry inspect DIR --verify`"), "{to_dir}");
    let missing = dir.path().join("none.db");
    let none = ferry(&[
        "verify",
        "--from",
        &src.url,
        "--to",
        &format!("sqlite://{}", missing.display()),
    ]);
    assert_eq!(none.code, 2, "{none}");
    assert!(none.stderr.contains("does not exist: check --to"), "{none}");
}

/// A restore is verified against the snapshot it came from.
#[test]
fn a_restore_is_verified_against_its_snapshot() {
    let src = load("chinook", Kind::MySql);
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap").display().to_string();
    let made = ferry(&["snapshot", "--from", &src.url, "--out", &snap]);
    assert_eq!(made.code, 0, "{made}");
    let dst = TestDb::new(Kind::Postgres, "verify_restore");
    let restored = ferry(&[
        "restore",
        &snap,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(restored.code, 0, "{restored}");
    let run = ferry(&["verify", "--from", &snap, "--to", &dst.url, "--json"]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(run.json()["tables"].as_array().unwrap().len(), 11);
}

/// `--record`: the check is a journal row of its own (command `verify`,
/// status `equal` or `differs`) that `ferry undo` does not take.
#[test]
fn record_puts_the_check_in_the_journal() {
    let src = load("chinook", Kind::Sqlite);
    let dst = TestDb::new(Kind::MySql, "verify_record");
    copy(&src, &dst);
    let first = verify(&src, &dst, &["--record"]);
    assert_eq!(first.code, 0, "{first}");
    let run_id = first.json()["run_id"].as_str().expect("run_id").to_string();
    dst.exec("DELETE FROM Genre WHERE GenreId = 25");
    let second = verify(&src, &dst, &["--record"]);
    assert_eq!(second.code, 4, "{second}");
    let history = ferry(&["history", "--to", &dst.url, "--json"]);
    let runs = history.json();
    let runs = runs.as_array().unwrap();
    assert_eq!(runs[0]["command"], "verify");
    assert_eq!(runs[0]["status"], "differs");
    assert_eq!(runs[1]["run_id"], run_id.as_str());
    assert_eq!(runs[1]["status"], "equal");
    let genre = runs[0]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "Genre")
        .unwrap()
        .clone();
    assert_eq!(genre["inserted"], 0, "a check writes nothing");
    let undo = ferry(&["undo", &run_id, "--to", &dst.url, "--yes"]);
    assert_eq!(undo.code, 2, "{undo}");
    assert!(
        undo.stderr.contains(&format!(
            "run {run_id} is a `ferry verify`, which wrote nothing"
        )),
        "{undo}"
    );
}
