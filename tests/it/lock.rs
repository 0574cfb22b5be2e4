//! The target lock: a run or restore holds it for its whole length, a
//! second one fails fast with exit 3 naming the holder (or waits with
//! --wait), a plan takes none, and the lock dies with its holder's session
//! (atomicity.rs kills a run and runs again).

use crate::common::*;
use sqlx::Connection;

/// Holds `db`'s run lock the way ferry takes it, from the test's own
/// session, until the returned guard is dropped.
struct Held {
    _session: Box<dyn std::any::Any>,
}

fn hold_lock(db: &TestDb) -> Held {
    rt().block_on(async {
        match db.kind {
            Kind::Postgres => {
                let mut c = sqlx::PgConnection::connect(&db.url).await.expect("connect");
                sqlx::query("SELECT set_config('application_name', 'ferry 20261201-000000-test00 dba@elsewhere', false)")
                    .execute(&mut c)
                    .await
                    .expect("label");
                sqlx::query("SELECT pg_advisory_lock(1717924473, 1)")
                    .execute(&mut c)
                    .await
                    .expect("lock");
                Held { _session: Box::new(c) }
            }
            Kind::MySql => {
                let mut c = sqlx::MySqlConnection::connect(&db.url).await.expect("connect");
                let got: Option<i64> =
                    sqlx::query_scalar("SELECT GET_LOCK(CONCAT('ferry:', SHA1(DATABASE())), 0)")
                        .fetch_one(&mut c)
                        .await
                        .expect("lock");
                assert_eq!(got, Some(1));
                Held { _session: Box::new(c) }
            }
            Kind::Sqlite => {
                let path = format!("{}.ferry-lock", db.location());
                let mut f = std::fs::File::create(&path).expect("lock file");
                f.lock().expect("lock");
                use std::io::Write;
                write!(f, "run 20261201-000000-test00 by dba@elsewhere since 2026-12-01T00:00:00Z")
                    .expect("write");
                Held { _session: Box::new(f) }
            }
        }
    })
}

fn a_held_lock_refuses_a_second_run(kind: Kind) {
    let src = TestDb::with_fixture(Kind::Sqlite, "lock_src");
    let dst = TestDb::new(kind, "lock_dst");
    let held = hold_lock(&dst);
    let run = |extra: &[&str]| {
        let mut args = vec![
            "run",
            "--from",
            &src.url,
            "--to",
            &dst.url,
            "--tables",
            "dir_group",
            "--create-tables",
            "--yes",
        ];
        args.extend(extra);
        ferry(&args)
    };
    let refused = run(&[]);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused.stderr.contains("is locked by another ferry run: ")
            && refused.stderr.contains("nothing was written"),
        "{refused}"
    );
    let named = match kind {
        Kind::Postgres => "ferry 20261201-000000-test00 dba@elsewhere (PostgreSQL backend",
        Kind::MySql => "connection ",
        Kind::Sqlite => "run 20261201-000000-test00 by dba@elsewhere since 2026-12-01T00:00:00Z",
    };
    assert!(refused.stderr.contains(named), "{refused}");
    assert_eq!(journal_rows(&dst), None, "nothing was written");
    let waited = run(&["--wait", "1"]);
    assert_eq!(waited.code, 3, "{waited}");
    assert!(waited.stderr.contains("(waited 1 s)"), "{waited}");
    // A plan takes no lock.
    let plan = ferry(&[
        "plan",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--create-tables",
    ]);
    assert_eq!(plan.code, 0, "{plan}");
    drop(held);
    let after = run(&["--wait", "10"]);
    assert_eq!(after.code, 0, "{after}");
    assert_eq!(journal_rows(&dst), Some(1));
}

#[test]
fn postgres_lock_refuses_a_second_run() {
    a_held_lock_refuses_a_second_run(Kind::Postgres);
}

#[test]
fn mysql_lock_refuses_a_second_run() {
    a_held_lock_refuses_a_second_run(Kind::MySql);
}

#[test]
fn sqlite_lock_refuses_a_second_run() {
    a_held_lock_refuses_a_second_run(Kind::Sqlite);
}

/// A run waiting with --wait goes ahead as soon as the holder ends.
#[test]
fn a_waiting_run_goes_ahead_when_the_holder_ends() {
    let src = TestDb::with_fixture(Kind::Sqlite, "lock_wait_src");
    let dst = TestDb::new(Kind::Postgres, "lock_wait_dst");
    let held = hold_lock(&dst);
    let child = spawn_ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--create-tables",
        "--yes",
        "-q",
        "--wait",
        "30",
    ]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert_eq!(journal_rows(&dst), None, "it waits");
    drop(held);
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(journal_rows(&dst), Some(1));
}

/// Two promotions into one target (issue 15's concurrent-promotion race on
/// `ferry_key_map` and offset ids): the second meets the lock and is
/// refused before it plans, stages or creates anything.
#[test]
fn a_second_promotion_is_refused_by_the_lock() {
    let src = TestDb::with_fixture(Kind::Sqlite, "lock_promote_src");
    let dst = TestDb::new(Kind::MySql, "lock_promote_dst");
    let dir = tempfile::tempdir().expect("dir");
    let job = dir.path().join("merge.toml");
    std::fs::write(&job, "[write]\nmode = \"merge\"\n").expect("job");
    let job = job.display().to_string();
    let held = hold_lock(&dst);
    let refused = ferry(&[
        "run",
        "--job",
        &job,
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--tables",
        "dir_group",
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused.stderr.contains("is locked by another ferry run"),
        "{refused}"
    );
    assert_eq!(
        dst.scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
        ),
        0,
        "nothing created"
    );
    drop(held);
}
