//! SQLite files written by another program (Python's sqlite3) hold any
//! storage class in any column; ferry reads each by the rules in the
//! README's type table, exactly, or refuses naming table, column, row key
//! and storage class.

use crate::common::{ferry, Kind, TestDb};
use std::process::Command;

/// A SQLite file written by Python's sqlite3 with `script`.
fn python_sqlite(script: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other-program.db");
    let out = Command::new("python3")
        .args([
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()",
            &path.display().to_string(),
            script,
        ])
        .output()
        .expect("python3 runs (Debian's python3; ./scripts/test.sh installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, format!("sqlite://{}", path.display()))
}

const MIXED: &str = "
CREATE TABLE readings (
  id INTEGER PRIMARY KEY,
  amount DECIMAL(38,10),
  price NUMERIC(10,2),
  count BIGINT,
  ratio DOUBLE,
  label VARCHAR(20),
  active BOOLEAN,
  day DATE,
  seen DATETIME,
  anything
);
INSERT INTO readings VALUES (1, -1e-10, 1.5, 7, 2, 42, 1, '2024-02-29', '2024-02-29 12:34:56.5', 1);
INSERT INTO readings VALUES (2, 12, '12.50', '8', '0.25', 'text', 'true', 2460369.5, 1709210096, 2);
INSERT INTO readings VALUES (3, '3.1415926535', 99, 9, 1e300, NULL, 'f', 1709164800, 2460370.024268391, 3);
INSERT INTO readings VALUES (4, 0.1, 0, 10, -0.5, 'x', 0, '2024-03-01 00:00:00', '2024-03-01T10:00:00Z', 4.5);
";

/// Every row as the target's own SQL spells it.
fn target_rows(db: &TestDb) -> Vec<String> {
    let sql = match db.kind {
        Kind::Postgres => "SELECT concat_ws('|', id, amount, price, count, ratio, label, active::int, day, \
                           to_char(seen, 'YYYY-MM-DD HH24:MI:SS.US'), anything) FROM readings ORDER BY id",
        Kind::MySql => "SELECT CAST(concat_ws('|', id, amount, price, `count`, ratio, label, active, day, \
                        date_format(seen, '%Y-%m-%d %H:%i:%s.%f'), anything) AS CHAR) FROM readings ORDER BY id",
        Kind::Sqlite => unreachable!(),
    };
    crate::common::rt().block_on(async {
        use sqlx::Connection;
        match db.kind {
            Kind::Postgres => {
                let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
                sqlx::query_scalar::<_, String>(sql)
                    .fetch_all(&mut c)
                    .await
                    .unwrap()
            }
            _ => {
                let mut c = sqlx::MySqlConnection::connect(&db.url).await.unwrap();
                sqlx::query_scalar::<_, String>(sql)
                    .fetch_all(&mut c)
                    .await
                    .unwrap()
            }
        }
    })
}

fn storage_classes_into(kind: Kind) {
    let (_dir, src) = python_sqlite(MIXED);
    let dst = TestDb::new(kind, "dst");
    let run = ferry(&[
        "run",
        "--from",
        &src,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let ratio = |pg: &str, my: &str| {
        if kind == Kind::Postgres {
            pg.to_string()
        } else {
            my.to_string()
        }
    };
    assert_eq!(
        target_rows(&dst),
        vec![
            // REAL -1e-10 in DECIMAL(38,10) is exactly -0.0000000001;
            // TEXT 42 in VARCHAR; 1 is true.
            format!("1|-0.0000000001|1.50|7|2|42|1|2024-02-29|2024-02-29 12:34:56.500000|1"),
            // INTEGER and TEXT in decimal, integer and float columns;
            // 'true'; a Julian day in a DATE (midnight); Unix seconds.
            format!("2|12.0000000000|12.50|8|0.25|text|1|2024-02-29|2024-02-29 12:34:56.000000|2"),
            // 'f'; Unix seconds at midnight in a DATE; a Julian day with a
            // time, to the millisecond (concat_ws leaves the NULL out).
            format!(
                "3|3.1415926535|99.00|9|{}|0|2024-02-29|2024-02-29 12:34:56.789000|3",
                ratio("1e+300", "1e300")
            ),
            // A midnight timestamp in a DATE; ISO-8601 with T and Z.
            format!("4|0.1000000000|0.00|10|-0.5|x|0|2024-03-01|2024-03-01 10:00:00.000000|4.5"),
        ]
    );
}

#[test]
fn storage_classes_into_postgres() {
    storage_classes_into(Kind::Postgres);
}

#[test]
fn storage_classes_into_mysql() {
    storage_classes_into(Kind::MySql);
}

/// A value no rule reads exactly: refused naming table, column, row key and
/// storage class; nothing is written.
#[test]
fn a_value_that_fits_no_rule_is_refused() {
    for (script, message) in [
        (
            "CREATE TABLE t (id INTEGER PRIMARY KEY, price DECIMAL(10,2)); INSERT INTO t VALUES (7, 1.005);",
            "error: t.price: 1.005 has more than 2 fractional digits and would be rounded (a REAL value; row id=7)",
        ),
        (
            "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER); INSERT INTO t VALUES (3, 'many');",
            "error: t.n: 'many' is not an integer (a TEXT value; row id=3)",
        ),
        (
            "CREATE TABLE t (id INTEGER PRIMARY KEY, d DATE); INSERT INTO t VALUES (5, 1709210096);",
            "error: t.d: 1709210096 seconds after 1970 (2024-02-29 12:34:56) has a time of day and is not a date (a INTEGER value; row id=5)",
        ),
        (
            "CREATE TABLE t (id INTEGER PRIMARY KEY, b BOOLEAN); INSERT INTO t VALUES (9, 'maybe');",
            "error: t.b: 'maybe' is not a boolean (a TEXT value; row id=9)",
        ),
    ] {
        let (_dir, src) = python_sqlite(script);
        let dst = TestDb::new(Kind::Postgres, "dst");
        let run = ferry(&["run", "--from", &src, "--to", &dst.url, "--create-tables", "--yes"]);
        assert_eq!(run.code, 1, "{run}");
        assert!(run.stderr.contains(message), "{message}\n{run}");
        assert_eq!(
            dst.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 't'"),
            0,
            "the created table was rolled back"
        );
    }
}
