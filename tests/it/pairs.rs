//! Every engine pair copies the fixture (every logical type, edge values,
//! application metadata) with `--create-tables`, and the target holds the
//! same rows with the same content and keeps types, keys and id generators.

use crate::common::{catalog, checksums, ferry, Kind, TestDb};
use ferry::catalog::LogicalType;

fn copy_and_compare(from: Kind, to: Kind) {
    copy_and_compare_with(from, to, &[]);
}

fn copy_and_compare_with(from: Kind, to: Kind, extra: &[&str]) {
    let src = TestDb::with_fixture(from, "src");
    let dst = TestDb::new(to, "dst");
    let mut args = vec![
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
        "--json",
        "--exclude",
        "pg_only_arrays",
    ];
    args.extend_from_slice(extra);
    let run = ferry(&args);
    assert_eq!(run.code, 0, "{run}");

    let source = checksums(&src.url);
    let target = checksums(&dst.url);
    // Base tables only: no views, no partitions, no materialized views;
    // the empty table is there too.
    let expected: Vec<&String> = source.keys().filter(|t| *t != "pg_only_arrays").collect();
    assert_eq!(
        target.keys().collect::<Vec<_>>(),
        expected,
        "tables in the target"
    );
    assert!(target.contains_key("empty_table") && target["empty_table"].rows == 0);
    assert!(!target.contains_key("v_open_processes") && !target.contains_key("events_2023"));
    for table in &expected {
        let (s, t) = (&source[*table], &target[*table]);
        assert_eq!(t.columns, s.columns, "{table}: columns");
        assert_eq!(t.rows, s.rows, "{table}: row count");
        assert_eq!(t.sha256, s.sha256, "{table}: content checksum");
    }
    assert_eq!(source["all_types"].rows, 5);
    assert_eq!(source["app_report_activity"].rows, 12);

    let json = run.json();
    let total: usize = expected.iter().map(|t| source[*t].rows).sum();
    assert_eq!(json["ok"], true);
    assert_eq!(json["rows"].as_u64(), Some(total as u64), "{run}");

    // Types, nullability, keys and generators survive the translation.
    let cat = catalog(&dst.url);
    let all = cat.table("all_types").expect("all_types");
    let ty = |t: &ferry::catalog::Table, c: &str| {
        t.column(c).unwrap_or_else(|| panic!("{c}")).ty.clone()
    };
    assert_eq!(
        ty(all, "c_dec"),
        LogicalType::Decimal {
            precision: 12,
            scale: 2
        }
    );
    assert_eq!(
        ty(all, "c_bigdec"),
        LogicalType::Decimal {
            precision: 38,
            scale: 10
        }
    );
    assert_eq!(
        ty(all, "c_varchar"),
        LogicalType::Text {
            max_len: Some(16),
            fixed: false
        }
    );
    assert_eq!(
        ty(all, "c_char"),
        LogicalType::Text {
            max_len: Some(4),
            fixed: true
        }
    );
    assert_eq!(ty(all, "c_bool"), LogicalType::Bool);
    assert_eq!(all.primary_key, ["id"]);
    let user = cat.table("dir_user").expect("dir_user");
    assert!(!user.column("username").unwrap().nullable, "NOT NULL kept");
    assert!(
        user.column("id").unwrap().generated.is_some(),
        "id generator kept"
    );
    assert_eq!(user.unique_keys, [vec!["username".to_string()]]);
    let app = cat.table("app_app").expect("app_app");
    assert_eq!(app.primary_key, ["appId", "appVersion"]);
    let form = cat.table("app_form").expect("app_form");
    assert_eq!(form.foreign_keys.len(), 1);
    assert_eq!(form.foreign_keys[0].ref_table, "app_app");
    assert_eq!(form.foreign_keys[0].columns, ["appId", "appVersion"]);

    // The application's next insert gets a fresh id.
    dst.exec("INSERT INTO dir_user (username) VALUES ('newcomer')");
    assert_eq!(
        dst.scalar("SELECT count(*) FROM dir_user WHERE id = 6 AND username = 'newcomer'"),
        1
    );
    dst.exec(&format!(
        "INSERT INTO app_report_process ({}, {}, state) VALUES ('crm', 'p', 'open')",
        dst.q("appId"),
        dst.q("processDefId")
    ));
    assert_eq!(
        dst.scalar("SELECT count(*) FROM app_report_process WHERE id = 6"),
        1
    );
}

#[test]
fn postgres_to_postgres() {
    copy_and_compare(Kind::Postgres, Kind::Postgres);
}

/// Three readers sharing PostgreSQL's exported snapshot.
#[test]
fn postgres_to_postgres_with_parallel_readers() {
    copy_and_compare_with(Kind::Postgres, Kind::Postgres, &["--jobs", "3"]);
}

/// Sources that cannot share a snapshot read with one connection.
#[test]
fn mysql_to_sqlite_with_jobs_reads_with_one_connection() {
    copy_and_compare_with(Kind::MySql, Kind::Sqlite, &["--jobs", "2"]);
}

#[test]
fn postgres_to_mysql() {
    copy_and_compare(Kind::Postgres, Kind::MySql);
}

#[test]
fn postgres_to_sqlite() {
    copy_and_compare(Kind::Postgres, Kind::Sqlite);
}

#[test]
fn mysql_to_postgres() {
    copy_and_compare(Kind::MySql, Kind::Postgres);
}

#[test]
fn mysql_to_mysql() {
    copy_and_compare(Kind::MySql, Kind::MySql);
}

#[test]
fn mysql_to_sqlite() {
    copy_and_compare(Kind::MySql, Kind::Sqlite);
}

#[test]
fn sqlite_to_postgres() {
    copy_and_compare(Kind::Sqlite, Kind::Postgres);
}

#[test]
fn sqlite_to_mysql() {
    copy_and_compare(Kind::Sqlite, Kind::MySql);
}

#[test]
fn sqlite_to_sqlite() {
    copy_and_compare(Kind::Sqlite, Kind::Sqlite);
}

/// Into an initialised target (the tables exist, emptied), without
/// `--create-tables`, across engines.
fn copy_into_existing(from: Kind, to: Kind) {
    let src = TestDb::with_fixture(from, "src");
    let dst = TestDb::with_fixture(to, "dst");
    for t in [
        "app_report_activity",
        "app_report_process",
        "dir_user_group",
        "dir_user",
        "dir_group",
        "dir_role",
        "app_fd_crm_contact",
        "app_fd_crm_account",
        "app_form",
        "app_app",
        "all_types",
    ] {
        dst.exec(&format!("DELETE FROM {t}"));
    }
    let tables = "all_types,dir_*,app_*,empty_table";
    let run = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--tables", tables, "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("committed:"), "{run}");
    let source = checksums(&src.url);
    let target = checksums(&dst.url);
    for (table, s) in source
        .iter()
        .filter(|(t, _)| t.starts_with("dir_") || t.starts_with("app_") || *t == "all_types")
    {
        assert_eq!(target[table].rows, s.rows, "{table}: row count");
        assert_eq!(target[table].sha256, s.sha256, "{table}: content checksum");
    }
}

#[test]
fn sqlite_into_existing_postgres() {
    copy_into_existing(Kind::Sqlite, Kind::Postgres);
}

#[test]
fn postgres_into_existing_mysql() {
    copy_into_existing(Kind::Postgres, Kind::MySql);
}

#[test]
fn mysql_into_existing_sqlite() {
    copy_into_existing(Kind::MySql, Kind::Sqlite);
}

/// MariaDB's bit(1), tinyint(1), unsigned, ENUM, SET, YEAR and blobs.
#[test]
fn mysql_specials_carry_to_every_engine() {
    let src = TestDb::with_fixture(Kind::MySql, "src");
    let source = checksums(&src.url);
    for to in [Kind::Postgres, Kind::Sqlite, Kind::MySql] {
        let dst = TestDb::new(to, "dst");
        let run = ferry(&[
            "run",
            "--from",
            &src.url,
            "--to",
            &dst.url,
            "--tables",
            "mysql_specials",
            "--create-tables",
            "--yes",
        ]);
        assert_eq!(run.code, 0, "{run}");
        let target = checksums(&dst.url);
        assert_eq!(
            target["mysql_specials"],
            source["mysql_specials"],
            "into {}",
            to.name()
        );
        let cat = catalog(&dst.url);
        let t = cat.table("mysql_specials").unwrap();
        assert_eq!(
            t.column("c_bit").unwrap().ty,
            LogicalType::Bool,
            "bit(1) stays boolean in {}",
            to.name()
        );
        assert_eq!(t.column("c_tiny1").unwrap().ty, LogicalType::Bool);
        assert!(
            matches!(t.column("c_blob").unwrap().ty, LogicalType::Bytes { .. }),
            "blobs stay binary in {}",
            to.name()
        );
    }
}

/// A created table keeps its foreign keys to tables the target already
/// has, on every engine.
#[test]
fn created_tables_refer_to_existing_target_tables() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    for to in [Kind::Sqlite, Kind::Postgres, Kind::MySql] {
        let dst = TestDb::with_fixture(to, "dst");
        dst.exec("DROP TABLE dir_user_group");
        let run = ferry(&[
            "run",
            "--from",
            &src.url,
            "--to",
            &dst.url,
            "--tables",
            "dir_user_group",
            "--create-tables",
            "--yes",
        ]);
        assert_eq!(run.code, 0, "{run}");
        let cat = catalog(&dst.url);
        let mut parents: Vec<String> = cat
            .table("dir_user_group")
            .unwrap()
            .foreign_keys
            .iter()
            .map(|fk| fk.ref_table.clone())
            .collect();
        parents.sort();
        assert_eq!(parents, ["dir_group", "dir_user"], "into {}", to.name());
    }
}

/// Rows of 2.5 MB (two of them pass the 4 MiB a statement may hold) go to
/// MySQL in statements split by size, among rows grouped by count, and
/// arrive whole.
#[test]
fn large_values_into_mysql() {
    let src = TestDb::new(Kind::Postgres, "src");
    let dst = TestDb::new(Kind::MySql, "dst");
    src.exec(
        "CREATE TABLE docs (id int PRIMARY KEY, body text NOT NULL);
         INSERT INTO docs SELECT i, repeat(md5(i::text), CASE WHEN i % 500 = 0 THEN 80000 ELSE 2 END)
         FROM generate_series(1, 3000) i",
    );
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
    let (source, target) = (checksums(&src.url), checksums(&dst.url));
    assert_eq!(target["docs"].rows, 3000);
    assert_eq!(target["docs"].sha256, source["docs"].sha256);
    assert_eq!(
        dst.scalar("SELECT CAST(max(length(body)) AS SIGNED) FROM docs"),
        2_560_000
    );
}
