//! Fault injection against real servers: a proxy between ferry and the
//! server cuts every connection at one stage of a run — catalog read,
//! first batch, mid-table, between tables, staging, compare and apply,
//! journal, commit — on the source's side or the target's. After each cut
//! the target is exactly as before (or exactly the committed result, for a
//! cut after COMMIT reached the server), nothing of ferry's is left, no
//! panic, and the same run then succeeds.

use crate::common::*;
use crate::proxy::{Cut, Proxy};

/// `parent` (300 rows) and `child` (20,000 rows of 200 bytes, each
/// referencing a parent), made by the engine itself.
fn source(kind: Kind) -> TestDb {
    let db = TestDb::new(kind, "fsrc");
    db.exec("CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
    db.exec(
        "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL REFERENCES parent (id), payload VARCHAR(300) NOT NULL)",
    );
    match kind {
        Kind::Postgres => {
            db.exec("INSERT INTO parent SELECT g, 'parent ' || g FROM generate_series(1, 300) g");
            db.exec("INSERT INTO child SELECT g, 1 + g % 300, repeat(md5(g::text), 6) FROM generate_series(1, 20000) g");
        }
        _ => {
            // Numbers by cross joins: a server's recursion limit may be 1,000.
            let digit = "(SELECT 0 i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 \
                         UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
            let numbers = format!(
                "(SELECT 1 + a.i + 10 * b.i + 100 * c.i + 1000 * d.i + 10000 * e.i g \
                 FROM {digit} a, {digit} b, {digit} c, {digit} d, {digit} e) n"
            );
            db.exec(&format!(
                "INSERT INTO parent SELECT g, CONCAT('parent ', g) FROM {numbers} WHERE g <= 300"
            ));
            db.exec(&format!(
                "INSERT INTO child SELECT g, 1 + g % 300, REPEAT(MD5(g), 6) FROM {numbers} WHERE g <= 20000"
            ));
        }
    }
    db
}

/// Which connection the proxy stands in front of.
#[derive(Clone, Copy, Debug)]
enum Side {
    Source,
    Target,
}

/// One cut: the stage it stands for, where, and when.
struct Case {
    stage: &'static str,
    side: Side,
    cut: Cut,
    /// The cut comes after COMMIT reached the server: the run's rows are
    /// in the target.
    committed: bool,
    /// ferry's exit code.
    code: i32,
    /// The server stays unreachable after the cut.
    stay_down: bool,
    /// What ferry's error says, beyond naming the stage's failure.
    says: &'static str,
    /// Sent to ferry while the cut ([`Cut::Stall`]) holds it.
    signal: Option<&'static str>,
}

const fn case(stage: &'static str, side: Side, cut: Cut) -> Case {
    Case {
        stage,
        side,
        cut,
        committed: false,
        code: 1,
        stay_down: false,
        says: "",
        signal: None,
    }
}

const TABLES: [(&str, &str); 2] = [("parent", "id, name"), ("child", "id, parent_id, payload")];

/// The target's tables, as the application made them: non-deferrable keys.
fn target(kind: Kind) -> TestDb {
    let db = TestDb::new(kind, "fdst");
    db.exec("CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
    db.exec(
        "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL REFERENCES parent (id), payload VARCHAR(300) NOT NULL)",
    );
    db
}

/// Every table's rows as the engine's driver returns them, one text per
/// row in key order, and the names of every table and view.
fn state(db: &TestDb) -> (Vec<Vec<String>>, Vec<String>) {
    let rows = TABLES
        .iter()
        .map(|(table, columns)| {
            let row = match db.kind {
                Kind::Sqlite => columns.replace(", ", " || '|' || "),
                _ => format!("CONCAT_WS('|', {columns})"),
            };
            texts(db, &format!("SELECT {row} FROM {table} ORDER BY id"))
        })
        .collect();
    let names = match db.kind {
        Kind::Postgres => "SELECT CAST(relname AS TEXT) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                           WHERE n.nspname = current_schema() AND relkind IN ('r', 'v', 'S', 'm') ORDER BY 1",
        Kind::MySql => "SELECT CAST(TABLE_NAME AS CHAR) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1",
        Kind::Sqlite => "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY 1",
    };
    (rows, texts(db, names))
}

/// How the run writes.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Write {
    /// `ferry run --from --to`: a plain copy into empty tables.
    Copy,
    /// A job with `[write] mode = "merge"`: staged, compared, applied.
    Merge,
}

/// `ferry run` from `from` to `to`, its job file (if any) in `dir`.
fn copy(write: Write, from: &str, to: &str, dir: &std::path::Path, extra: &[&str]) -> Run {
    let args = copy_args(write, from, to, dir, extra);
    ferry(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

/// [`copy`]'s arguments, writing its job file.
fn copy_args(
    write: Write,
    from: &str,
    to: &str,
    dir: &std::path::Path,
    extra: &[&str],
) -> Vec<String> {
    let job = dir.join("merge.toml").display().to_string();
    let mut args: Vec<String> = match write {
        Write::Copy => ["run", "--from", from, "--to", to, "--yes"]
            .map(String::from)
            .to_vec(),
        Write::Merge => {
            let text = format!(
                "[source]\nurl = \"{from}\"\n\n[target]\nurl = \"{to}\"\n\n[write]\nmode = \"merge\"\n"
            );
            std::fs::write(&job, text).expect("job file");
            ["run", "--job", &job, "--yes"].map(String::from).to_vec()
        }
    };
    args.extend(extra.iter().map(|a| a.to_string()));
    args
}

/// `copy` started in the background, and `signal` sent to it once `proxy`
/// stalls it; its output when it ends (15 s at most).
fn signalled(args: &[String], proxy: &Proxy, signal: &str) -> Run {
    let mut child = spawn_ferry(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let started = std::time::Instant::now();
    while !proxy.tripped() && child.try_wait().expect("wait").is_none() {
        assert!(
            started.elapsed().as_secs() < 60,
            "the run never reached the stall"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // Let the stalled statement be in flight.
    std::thread::sleep(std::time::Duration::from_millis(200));
    let _ = std::process::Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status();
    let signalled = std::time::Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if signalled.elapsed().as_secs() > 15 {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("wait");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A table the successful run `run` left that is neither the target's
/// own, the journal, nor that run's images.
fn strays(now: &[String], before: &[String], run: &Run) -> Option<String> {
    let id = run
        .stdout
        .split_whitespace()
        .skip_while(|w| *w != "run")
        .nth(1)
        .unwrap_or("no run id")
        .replace('-', "_");
    let own = format!("ferry_undo_{id}_");
    now.iter()
        .find(|n| !before.contains(n) && n.as_str() != "ferry_journal" && !n.starts_with(&own))
        .cloned()
}

/// Each case on a fresh target: the cut run fails cleanly and changes
/// nothing (or commits exactly), then the same run without the proxy
/// succeeds and leaves the source's rows.
fn cuts(from: Kind, to: Kind, write: Write, cases: &[Case]) {
    let src = source(from);
    let (wanted, _) = state(&src);
    let mut failures = Vec::new();
    for case in cases {
        let dst = target(to);
        if write == Write::Merge {
            // Two rows the merge updates; the rest it inserts.
            dst.exec("INSERT INTO parent VALUES (1, 'old one'), (2, 'old two')");
        }
        let before = state(&dst);
        let (proxy, from_url, to_url) = match case.side {
            Side::Source => {
                let (proxy, url) = Proxy::before(&src.url, case.cut, case.stay_down);
                (proxy, url, dst.url.clone())
            }
            Side::Target => {
                let (proxy, url) = Proxy::before(&dst.url, case.cut, case.stay_down);
                (proxy, src.url.clone(), url)
            }
        };
        let jobs = tempfile::tempdir().expect("tempdir");
        let run = match case.signal {
            None => copy(write, &from_url, &to_url, jobs.path(), &[]),
            Some(signal) => {
                let args = copy_args(write, &from_url, &to_url, jobs.path(), &[]);
                signalled(&args, &proxy, signal)
            }
        };
        let what = format!(
            "{}{} {:?} {:?} ({} -> {})",
            case.signal
                .map(|s| format!("SIG{s} at "))
                .unwrap_or_default(),
            case.stage,
            case.side,
            case.cut,
            from.name(),
            to.name()
        );
        let mut problems = Vec::new();
        if !proxy.tripped() {
            problems.push("the cut never happened".to_string());
        }
        if run.stderr.contains("panicked") {
            problems.push("ferry panicked".into());
        }
        let (rows, names) = state(&dst);
        if !run.stderr.contains(case.says) {
            problems.push(format!("its message does not say '{}'", case.says));
        }
        if run.code != case.code {
            problems.push(format!(
                "exit {} where {} was expected",
                run.code, case.code
            ));
        }
        if case.committed {
            if rows != wanted {
                problems.push("the committed run's rows are not the source's".into());
            }
        } else {
            if rows != before.0 {
                problems.push("the target's rows changed".into());
            }
            // A MySQL run that cannot reach its server again cannot drop
            // the tables it created outside its transaction: the next run
            // must.
            let unreachable = (case.stay_down || case.signal == Some("KILL")) && to == Kind::MySql;
            if names != before.1 && !unreachable {
                problems.push(format!(
                    "the target's tables are now {names:?}, were {:?}",
                    before.1
                ));
            }
            // The session the cut left may take the server a moment to end.
            let again = copy(write, &src.url, &dst.url, jobs.path(), &["--wait", "30"]);
            if again.code != 0 {
                problems.push(format!("the run without the proxy failed: {again}"));
            } else if state(&dst).0 != wanted {
                problems.push("the run without the proxy did not copy the source".into());
            } else if let Some(stray) = strays(&state(&dst).1, &before.1, &again) {
                problems.push(format!("after the run without the proxy, {stray} is left"));
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{what}: {}\n{run}", problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cuts failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// COMMIT as each protocol sends it: PostgreSQL's simple query ends in
/// NUL, MySQL's COM_QUERY starts with 3 (`ON COMMIT DROP` is neither).
const PG_COMMIT: &str = "COMMIT\0";
const MY_COMMIT: &str = "\u{3}COMMIT";

/// Each `Before` stage of `stages` stalled instead, with a signal, and
/// COMMIT stalled with each signal.
fn stalled(stages: Vec<Case>, commit: &'static str) -> Vec<Case> {
    const SIGNALS: [&str; 3] = ["TERM", "INT", "KILL"];
    let patterns: Vec<(&'static str, &'static str)> = stages
        .iter()
        .filter_map(|c| match c.cut {
            Cut::Before(p) => Some((c.stage, p)),
            _ => None,
        })
        .chain(SIGNALS.map(|_| ("commit", commit)))
        .collect();
    patterns
        .into_iter()
        .enumerate()
        .map(|(i, (stage, pattern))| {
            let signal = SIGNALS[i % SIGNALS.len()];
            Case {
                signal: Some(signal),
                code: if signal == "KILL" { -1 } else { 1 },
                says: match signal {
                    "TERM" => "interrupted by SIGTERM",
                    "INT" => "interrupted by Ctrl-C",
                    _ => "",
                },
                ..case(stage, Side::Target, Cut::Stall(pattern))
            }
        })
        .collect()
}

/// The four ways a COMMIT can be cut: before the server saw it, or after
/// (its answer lost), with the server back at once or gone. ferry asks the
/// target's journal whether its run is there.
/// `commit` is the COMMIT statement as the engine's protocol carries it.
fn commit_cases(commit: &'static str) -> Vec<Case> {
    use Side::Target;
    vec![
        Case {
            says: "the target's journal has no run",
            ..case("commit", Target, Cut::Before(commit))
        },
        Case {
            says: "was committed is unknown: the target's journal could not be read",
            stay_down: true,
            ..case("commit, server gone", Target, Cut::Before(commit))
        },
        Case {
            committed: true,
            code: 0,
            says: "the target's journal holds run",
            ..case("commit's answer", Target, Cut::AfterSent(commit))
        },
        Case {
            committed: true,
            stay_down: true,
            says: "was committed is unknown: the target's journal could not be read",
            ..case(
                "commit's answer, server gone",
                Target,
                Cut::AfterSent(commit),
            )
        },
    ]
}

/// The stages of a plain copy into Postgres, by the statements that start them.
fn postgres_stages() -> Vec<Case> {
    use Side::Target;
    vec![
        case("run lock", Target, Cut::Before("pg_try_advisory_lock")),
        case("catalog read", Target, Cut::Before("FROM pg_attribute")),
        case(
            "held-keys check",
            Target,
            Cut::Before("SELECT count(*) FROM \"child\""),
        ),
        case(
            "journal creation",
            Target,
            Cut::Before("CREATE TABLE \"ferry_journal\""),
        ),
        case(
            "first batch",
            Target,
            Cut::ClientBytesAfter("COPY \"parent\"", 1_000),
        ),
        case("between tables", Target, Cut::Before("COPY \"child\"")),
        case(
            "mid-table",
            Target,
            Cut::ClientBytesAfter("COPY \"child\"", 1_000_000),
        ),
        case(
            "row count check",
            Target,
            Cut::Before("SELECT COUNT(*) FROM \"child\""),
        ),
        case(
            "journal write",
            Target,
            Cut::Before("COPY \"ferry_journal\""),
        ),
    ]
}

/// A plain copy into PostgreSQL, cut at each stage.
#[test]
fn cuts_into_postgres() {
    let mut cases = postgres_stages();
    cases.extend(commit_cases(PG_COMMIT));
    cuts(Kind::MySql, Kind::Postgres, Write::Copy, &cases);
}

/// SIGTERM, Ctrl-C and SIGKILL in turn, each while a stage's statement
/// is stuck on its way to the server, and at COMMIT.
#[test]
fn signals_into_postgres() {
    cuts(
        Kind::MySql,
        Kind::Postgres,
        Write::Copy,
        &stalled(postgres_stages(), PG_COMMIT),
    );
}

/// The stages of a plain copy into MySql, by the statements that start them.
fn mariadb_stages() -> Vec<Case> {
    use Side::Target;
    vec![
        case("run lock", Target, Cut::Before("GET_LOCK")),
        case("catalog read", Target, Cut::Before("information_schema")),
        case(
            "held-keys check",
            Target,
            Cut::Before("SELECT COUNT(*) FROM `child`"),
        ),
        case(
            "journal creation",
            Target,
            Cut::Before("_ferry_journal` (\n"),
        ),
        case(
            "undo tables' indexes",
            Target,
            Cut::Before("CREATE INDEX `ferry_undo"),
        ),
        case(
            "first batch",
            Target,
            Cut::ClientBytesAfter("INSERT INTO `parent`", 1_000),
        ),
        case("between tables", Target, Cut::Before("INSERT INTO `child`")),
        case(
            "mid-table",
            Target,
            Cut::ClientBytesAfter("INSERT INTO `child`", 1_000_000),
        ),
        case(
            "undo images",
            Target,
            Cut::Before("INSERT INTO `ferry_new_"),
        ),
        case(
            "journal write",
            Target,
            Cut::Before("_ferry_journal` (`run_id`"),
        ),
        case(
            "foreign-key check",
            Target,
            Cut::Before("SELECT count(*) FROM `child` c"),
        ),
    ]
}

/// A plain copy into MariaDB, where DDL commits at once: the journal and
/// undo tables are created before the transaction.
#[test]
fn cuts_into_mariadb() {
    let mut cases = mariadb_stages();
    cases.extend(commit_cases(MY_COMMIT));
    cuts(Kind::Postgres, Kind::MySql, Write::Copy, &cases);
}

/// SIGTERM, Ctrl-C and SIGKILL in turn, each while a stage's statement
/// is stuck on its way to the server, and at COMMIT.
#[test]
fn signals_into_mariadb() {
    cuts(
        Kind::Postgres,
        Kind::MySql,
        Write::Copy,
        &stalled(mariadb_stages(), MY_COMMIT),
    );
}

/// The stages of a merge into Postgres, by the statements that start them.
fn merge_postgres_stages() -> Vec<Case> {
    use Side::Target;
    vec![
        case(
            "staging tables",
            Target,
            Cut::Before("CREATE TEMPORARY TABLE"),
        ),
        case(
            "staging rows",
            Target,
            Cut::ClientBytesAfter("COPY \"ferry_stage_1\"", 1_000_000),
        ),
        case(
            "compare",
            Target,
            Cut::Before("FROM \"ferry_stage_1\" s JOIN \"child\" t"),
        ),
        case("reference check", Target, Cut::Before("SELECT DISTINCT")),
        case("apply updates", Target, Cut::Before("UPDATE \"parent\"")),
        case(
            "apply inserts",
            Target,
            Cut::Before("INSERT INTO \"child\""),
        ),
        case(
            "undo images",
            Target,
            Cut::Before("DELETE FROM \"ferry_undo"),
        ),
        case(
            "constraints",
            Target,
            Cut::Before("SET CONSTRAINTS ALL IMMEDIATE"),
        ),
    ]
}

/// A merge promotion into PostgreSQL: staging, compare, apply.
#[test]
fn merge_cuts_into_postgres() {
    let mut cases = merge_postgres_stages();
    cases.extend(commit_cases(PG_COMMIT));
    cuts(Kind::MySql, Kind::Postgres, Write::Merge, &cases);
}

/// SIGTERM, Ctrl-C and SIGKILL in turn, each while a stage's statement
/// is stuck on its way to the server, and at COMMIT.
#[test]
fn merge_signals_into_postgres() {
    cuts(
        Kind::MySql,
        Kind::Postgres,
        Write::Merge,
        &stalled(merge_postgres_stages(), PG_COMMIT),
    );
}

/// The stages of a merge into MySql, by the statements that start them.
fn merge_mariadb_stages() -> Vec<Case> {
    use Side::Target;
    vec![
        case(
            "staging tables",
            Target,
            Cut::Before("CREATE TEMPORARY TABLE"),
        ),
        case(
            "staging rows",
            Target,
            Cut::ClientBytesAfter("INSERT INTO `ferry_stage_1`", 1_000_000),
        ),
        case(
            "compare",
            Target,
            Cut::Before("FROM `ferry_stage_1` s JOIN `child` t"),
        ),
        case("reference check", Target, Cut::Before("SELECT DISTINCT")),
        case("apply updates", Target, Cut::Before("UPDATE `parent`")),
        case("apply inserts", Target, Cut::Before("INSERT INTO `child`")),
        case(
            "undo images",
            Target,
            Cut::Before("DELETE FROM `ferry_new_"),
        ),
        case(
            "staging dropped",
            Target,
            Cut::Before("DROP TEMPORARY TABLE"),
        ),
    ]
}

/// A merge promotion into MariaDB.
#[test]
fn merge_cuts_into_mariadb() {
    let mut cases = merge_mariadb_stages();
    cases.extend(commit_cases(MY_COMMIT));
    cuts(Kind::Postgres, Kind::MySql, Write::Merge, &cases);
}

/// SIGTERM, Ctrl-C and SIGKILL in turn, each while a stage's statement
/// is stuck on its way to the server, and at COMMIT.
#[test]
fn merge_signals_into_mariadb() {
    cuts(
        Kind::Postgres,
        Kind::MySql,
        Write::Merge,
        &stalled(merge_mariadb_stages(), MY_COMMIT),
    );
}

/// Cuts on the source's side, into a SQLite file: catalog, consistent
/// read, first batch, mid-table.
#[test]
fn source_cuts_into_sqlite() {
    use Side::Source;
    let cases = [
        case(
            "snapshot start",
            Source,
            Cut::Before("START TRANSACTION WITH CONSISTENT SNAPSHOT"),
        ),
        case("catalog read", Source, Cut::Before("information_schema")),
        case(
            "row counts",
            Source,
            Cut::Before("SELECT COUNT(*) FROM `child`"),
        ),
        case(
            "first batch",
            Source,
            Cut::ServerBytesAfter("FROM `parent`", 1_000),
        ),
        case(
            "between tables",
            Source,
            Cut::Before("SELECT `id`, `parent_id`, `payload` FROM `child`"),
        ),
        case(
            "mid-table",
            Source,
            Cut::ServerBytesAfter("FROM `child`", 1_000_000),
        ),
    ];
    cuts(Kind::MySql, Kind::Sqlite, Write::Copy, &cases);
}

/// Cuts on a PostgreSQL source's side, into MariaDB.
#[test]
fn source_cuts_into_mariadb() {
    use Side::Source;
    let cases = [
        case("snapshot start", Source, Cut::Before("REPEATABLE READ")),
        case("catalog read", Source, Cut::Before("FROM pg_attribute")),
        case(
            "first batch",
            Source,
            Cut::ServerBytesAfter("FROM \"parent\") TO STDOUT", 1_000),
        ),
        case(
            "between tables",
            Source,
            Cut::Before("FROM \"child\") TO STDOUT"),
        ),
        case(
            "mid-table",
            Source,
            Cut::ServerBytesAfter("FROM \"child\") TO STDOUT", 1_000_000),
        ),
    ];
    cuts(Kind::Postgres, Kind::MySql, Write::Copy, &cases);
}

/// `--create-tables` into MariaDB, whose DDL commits at once: the run
/// creates its tables under provisional names (`ferry_new_<tag>_…`) and
/// renames them all at once after its COMMIT. Killed before the COMMIT, it
/// leaves nothing named like the target's tables, and the next run drops
/// what it left; killed between the COMMIT and the rename, or with the
/// COMMIT's answer lost, the rows are committed and the next run (or ferry
/// itself, asking the journal) gives the tables their names.
#[test]
fn killed_create_tables_into_mariadb() {
    struct Killed {
        stage: &'static str,
        cut: Cut,
        signal: Option<&'static str>,
        committed: bool,
    }
    let kills = [
        Killed {
            stage: "creating the tables",
            // parent is created by then, child not.
            cut: Cut::Stall("_child` (\n"),
            signal: Some("KILL"),
            committed: false,
        },
        Killed {
            stage: "writing the rows",
            cut: Cut::Stall("INSERT INTO `ferry_new_"),
            signal: Some("KILL"),
            committed: false,
        },
        Killed {
            stage: "commit",
            cut: Cut::Stall(MY_COMMIT),
            signal: Some("KILL"),
            committed: false,
        },
        Killed {
            stage: "between COMMIT and RENAME",
            cut: Cut::Stall("RENAME TABLE"),
            signal: Some("KILL"),
            committed: true,
        },
        Killed {
            stage: "the COMMIT's answer lost",
            cut: Cut::AfterSent(MY_COMMIT),
            signal: None,
            committed: true,
        },
    ];
    let src = source(Kind::Postgres);
    let (wanted, _) = state(&src);
    let names = "SELECT CAST(TABLE_NAME AS CHAR) FROM information_schema.TABLES \
                 WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1";
    let mut failures = Vec::new();
    for kill in &kills {
        let dst = TestDb::new(Kind::MySql, "fnew");
        let (proxy, to_url) = Proxy::before(&dst.url, kill.cut, false);
        let jobs = tempfile::tempdir().expect("tempdir");
        let args = copy_args(
            Write::Copy,
            &src.url,
            &to_url,
            jobs.path(),
            &["--create-tables"],
        );
        let run = match kill.signal {
            Some(signal) => signalled(&args, &proxy, signal),
            None => ferry(&args.iter().map(String::as_str).collect::<Vec<_>>()),
        };
        let mut problems = Vec::new();
        if !proxy.tripped() {
            problems.push("the cut never happened".to_string());
        }
        if run.stderr.contains("panicked") {
            problems.push("ferry panicked".into());
        }
        let left = texts(&dst, names);
        let lost_answer = kill.signal.is_none();
        if lost_answer {
            // ferry itself found its run in the journal and renamed.
            if run.code != 0 || !left.iter().all(|n| !n.starts_with("ferry_new_")) {
                problems.push(format!(
                    "after the lost answer, exit {} and tables {left:?}",
                    run.code
                ));
            }
        } else if let Some(real) = left.iter().find(|n| !n.starts_with("ferry_new_")) {
            problems.push(format!(
                "the killed run left {real}, named like a target table ({left:?})"
            ));
        } else if left.is_empty() {
            problems.push("the killed run left no provisional table to settle".into());
        }
        // The next run, as a user would start it again.
        let again = copy(
            Write::Copy,
            &src.url,
            &dst.url,
            jobs.path(),
            &["--create-tables", "--wait", "30"],
        );
        let after: Vec<String> = texts(&dst, names)
            .into_iter()
            .filter(|n| !n.starts_with("ferry_undo_"))
            .collect();
        match kill.committed {
            false => {
                if again.code != 0
                    || !again
                        .stderr
                        .contains("a run that was not committed was creating")
                {
                    problems.push(format!(
                        "the next run did not drop the leftovers and copy: {again}"
                    ));
                }
            }
            true if lost_answer => {}
            true => {
                // The rows are there: the copy is refused, having renamed.
                if !again
                    .stderr
                    .contains("a committed run was stopped before its new tables took their names")
                {
                    problems.push(format!(
                        "the next run did not rename the committed tables: {again}"
                    ));
                }
            }
        }
        if after != ["child", "ferry_journal", "parent"] {
            problems.push(format!(
                "the target's tables are {after:?}; the next run: {again}"
            ));
        } else if state(&dst).0 != wanted {
            problems.push("the target's rows are not the source's".into());
        }
        let history = ferry(&["history", "--to", &dst.url, "--json"]);
        let runs = history.json();
        let committed = runs
            .as_array()
            .map(|r| r.iter().filter(|r| r["status"] == "committed").count());
        if committed != Some(1) {
            problems.push(format!(
                "the journal holds {committed:?} committed runs: {history}"
            ));
        }
        if !problems.is_empty() {
            failures.push(format!("{}: {}\n{run}", kill.stage, problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} kills failed:\n\n{}",
        failures.len(),
        kills.len(),
        failures.join("\n\n")
    );
}

/// `ferry undo` whose COMMIT is cut before the server saw it, or after
/// (its answer lost): ferry asks the target's journal on a new connection
/// and says whether the undo was committed, as a run does.
fn undo_commit_cuts(from: Kind, to: Kind, commit: &'static str) {
    let src = source(from);
    let (wanted, _) = state(&src);
    let mut failures = Vec::new();
    for (cut, committed) in [(Cut::Before(commit), false), (Cut::AfterSent(commit), true)] {
        let dst = target(to);
        let empty = state(&dst).0;
        let jobs = tempfile::tempdir().expect("tempdir");
        let copied = copy(Write::Copy, &src.url, &dst.url, jobs.path(), &[]);
        assert_eq!(copied.code, 0, "{copied}");
        let history = ferry(&["history", "--to", &dst.url, "--json"]).json();
        let id = history[0]["run_id"].as_str().expect("run id").to_string();
        let (proxy, url) = Proxy::before(&dst.url, cut, false);
        let undo = ferry(&["undo", &id, "--to", &url, "--yes"]);
        let mut problems = Vec::new();
        if !proxy.tripped() {
            problems.push("the cut never happened".to_string());
        }
        if undo.stderr.contains("panicked") {
            problems.push("ferry panicked".into());
        }
        let (code, says, rows) = match committed {
            true => (0, "the target's journal holds run", &empty),
            false => (1, "the target's journal has no run", &wanted),
        };
        if undo.code != code || !undo.stderr.contains(says) {
            problems.push(format!("expected exit {code} saying '{says}'"));
        }
        if state(&dst).0 != *rows {
            problems.push("the target's rows are not what the journal says".into());
        }
        let runs = ferry(&["history", "--to", &dst.url, "--json"]).json();
        let undos = runs.as_array().map_or(0, |r| {
            r.iter().filter(|r| r["undoes"] == id.as_str()).count()
        });
        if undos != usize::from(committed) {
            problems.push(format!("the journal holds {undos} undos of {id}"));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{cut:?} ({}): {}\n{undo}",
                to.name(),
                problems.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn undo_commit_cuts_into_postgres() {
    undo_commit_cuts(Kind::MySql, Kind::Postgres, PG_COMMIT);
}

#[test]
fn undo_commit_cuts_into_mariadb() {
    undo_commit_cuts(Kind::Postgres, Kind::MySql, MY_COMMIT);
}
