//! Public sample databases that nobody on this project wrote
//! (`tests/corpus/`, with their licences and origins): each is loaded by the
//! engine's own client from its original dump, copied by ferry into every
//! engine its types allow — into an empty database with `--create-tables`
//! and into one initialised with the corpus's own DDL — and compared by the
//! engines' own drivers (`tests/corpus/checksum.py`: psycopg, PyMySQL,
//! sqlite3), table by table: row counts, content checksums, and the
//! catalog (primary and foreign keys, NOT NULL, defaults, identity).

use crate::common::{ferry, ferry_with_env, python, Kind, Run, TestDb};
use serde_json::Value;
use std::collections::BTreeMap;
use std::process::Command;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");

/// A new database holding `tests/corpus/<case>/<engine>.sql`, loaded by
/// `tests/corpus/load.sh` (psql, the mariadb client, Python's sqlite3).
pub fn load(case: &str, kind: Kind) -> TestDb {
    let db = TestDb::new(kind, case);
    load_into(&db, case, kind);
    db
}

fn load_into(db: &TestDb, case: &str, dialect: Kind) {
    let dump = format!("{CORPUS}/{case}/{}.sql", dialect.name());
    let out = Command::new(format!("{CORPUS}/load.sh"))
        .args([db.kind.name(), &dump, &db.location()])
        .env("FERRY_TEST_PG", crate::common::pg_admin())
        .env("FERRY_TEST_MYSQL", crate::common::mysql_admin())
        .output()
        .expect("run tests/corpus/load.sh");
    assert!(
        out.status.success(),
        "loading {dump} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every base table's rows, checksum and catalog, by the engine's driver.
pub fn sums(db: &TestDb) -> BTreeMap<String, Value> {
    let place = match db.kind {
        Kind::Sqlite => db.location(),
        _ => db.url.clone(),
    };
    let out = Command::new(python())
        .args([&format!("{CORPUS}/checksum.py"), db.kind.name(), &place])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {} ({e}): install Python 3 with psycopg and PyMySQL, or run ./scripts/test.sh, which does",
                python()
            )
        });
    assert!(
        out.status.success(),
        "checksum.py failed (./scripts/test.sh installs psycopg and PyMySQL):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all: BTreeMap<String, Value> = serde_json::from_slice(&out.stdout).expect("JSON");
    // ferry's run journal gains a row per run; tests/it/journal.rs checks it.
    all.into_iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v))
        .filter(|(k, _)| k != "ferry_journal" && !ferry::images::is_image_table(k))
        .collect()
}

/// The newest run recorded in `db`'s journal.
fn last_run(db: &TestDb) -> String {
    let history = ferry(&["history", "--to", &db.url, "--json", "--limit", "1"]);
    assert_eq!(history.code, 0, "{history}");
    history.json()[0]["run_id"]
        .as_str()
        .unwrap_or_else(|| panic!("no run in {history}"))
        .to_string()
}

/// `ferry undo` of the newest run, a copy into a database initialised with
/// the corpus's DDL: every table is empty again and its catalog as it was,
/// by the engine's driver; the undo of the undo copies it all back.
fn undo_and_redo(src: &TestDb, dst: &TestDb) {
    let undone = ferry(&["undo", &last_run(dst), "--to", &dst.url, "--yes"]);
    assert_eq!(undone.code, 0, "{undone}");
    for (table, sum) in sums(dst) {
        if table == "ferry_key_map" {
            continue;
        }
        assert_eq!(sum["rows"], 0, "{table} after the undo\n{undone}");
    }
    let redone = ferry(&["undo", &last_run(dst), "--to", &dst.url, "--yes"]);
    assert_eq!(redone.code, 0, "{redone}");
    assert_same_rows(src, dst, &redone, &[], false);
}

fn lower(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.to_ascii_lowercase()),
        Value::Array(a) => {
            let mut items: Vec<Value> = a.iter().map(lower).collect();
            if items.iter().all(|i| i.is_string()) {
                // Column lists keep their order; sets of names are sorted.
                return Value::Array(items);
            }
            items.sort_by_key(|i| i.to_string());
            Value::Array(items)
        }
        other => other.clone(),
    }
}

fn names(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|s| s.as_str().unwrap_or_default().to_ascii_lowercase())
        .collect();
    out.sort();
    out
}

/// Source and target hold the same tables with the same rows and content,
/// and the target's catalog has the source's keys, NOT NULLs, defaults and
/// identity columns — except what ferry's output says it could not carry.
fn assert_same(src: &TestDb, dst: &TestDb, run: &Run, tables: &[&str]) {
    assert_same_rows(src, dst, run, tables, true);
}

/// Same rows and content; with `catalog`, the catalog as well (a table
/// ferry created); without, a target initialised with its own DDL keeps
/// it, which the caller checks.
pub fn assert_same_rows(src: &TestDb, dst: &TestDb, run: &Run, tables: &[&str], catalog: bool) {
    let (a, b) = (sums(src), sums(dst));
    let wanted: Vec<String> = if tables.is_empty() {
        a.keys().cloned().collect()
    } else {
        tables.iter().map(|t| t.to_ascii_lowercase()).collect()
    };
    let said = format!("{}{}", run.stdout, run.stderr);
    for t in &wanted {
        let s = &a[t];
        let d = b
            .get(t)
            .unwrap_or_else(|| panic!("{t} is missing in the target\n{run}"));
        assert_eq!(d["rows"], s["rows"], "{t}: rows\n{run}");
        assert_eq!(
            d["sha256"], s["sha256"],
            "{t}: content checksum (families {} → {})\n{run}",
            s["families"], d["families"]
        );
        if !catalog {
            continue;
        }
        let (sc, dc) = (&s["catalog"], &d["catalog"]);
        assert_eq!(
            lower(&dc["primary_key"]),
            lower(&sc["primary_key"]),
            "{t}: primary key"
        );
        assert_eq!(
            lower(&dc["foreign_keys"]),
            lower(&sc["foreign_keys"]),
            "{t}: foreign keys"
        );
        let identity = names(&sc["identity"]);
        for c in names(&sc["not_null"]) {
            let pk_rowid = names(&dc["identity"]).contains(&c);
            assert!(
                names(&dc["not_null"]).contains(&c) || pk_rowid,
                "{t}.{c}: NOT NULL in the source, not in the target"
            );
        }
        for c in names(&sc["defaults"]) {
            let warned = said.contains(&format!("{t}.{c}: default")) || {
                let mixed = format!(
                    "{}.",
                    s["catalog"]
                        .get("table")
                        .and_then(|v| v.as_str())
                        .unwrap_or(t)
                );
                said.to_ascii_lowercase()
                    .contains(&format!("{mixed}{c}: default"))
            };
            assert!(
                names(&dc["defaults"]).contains(&c) || warned || identity.contains(&c),
                "{t}.{c}: a default in the source, none in the target, and no warning\n{run}"
            );
        }
        for c in identity {
            let warned = said
                .to_ascii_lowercase()
                .contains(&format!("{t}.{c}: created without"));
            assert!(
                names(&dc["identity"]).contains(&c) || warned,
                "{t}.{c}: an identity column in the source, not in the target\n{run}"
            );
        }
    }
}

/// The id the target's generator hands out next for every identity
/// column is past the largest id copied.
pub fn assert_generators_ahead(dst: &TestDb) {
    for (t, v) in sums(dst) {
        for c in names(&v["catalog"]["identity"]) {
            let table = v["catalog"]["table"].as_str().map(str::to_string);
            let real = table.unwrap_or_else(|| t.clone());
            let columns = v["columns"].as_array().unwrap();
            let col = columns
                .iter()
                .filter_map(|x| x.as_str())
                .find(|x| x.eq_ignore_ascii_case(&c))
                .unwrap()
                .to_string();
            let (qt, qc) = (dst.q(&real), dst.q(&col));
            let ahead = match dst.kind {
                Kind::Postgres => dst.scalar(&format!(
                    "SELECT CASE WHEN nextval(pg_get_serial_sequence('{}', '{col}')) > \
                     coalesce((SELECT max({qc}) FROM {qt}), 0) THEN 1::bigint ELSE 0 END",
                    qt.replace('\'', "''")
                )),
                Kind::MySql => dst.scalar(&format!(
                    "SELECT CASE WHEN (SELECT AUTO_INCREMENT FROM information_schema.TABLES \
                     WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '{real}') > \
                     coalesce((SELECT max({qc}) FROM {qt}), 0) THEN 1 ELSE 0 END"
                )),
                // The rowid continues after the largest id present.
                Kind::Sqlite => 1,
            };
            assert_eq!(
                ahead, 1,
                "{real}.{col}: the generator is not past the copied ids"
            );
        }
    }
}

/// `ferry run --create-tables` from a corpus case into a new, empty
/// database; everything compared.
fn copy_new(case: &str, from: Kind, to: Kind, extra: &[&str]) -> (TestDb, TestDb, Run) {
    let src = load(case, from);
    let dst = TestDb::new(to, case);
    let mut args = vec![
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ];
    args.extend_from_slice(extra);
    let run = ferry(&args);
    assert_eq!(run.code, 0, "{run}");
    assert_same(&src, &dst, &run, &[]);
    assert_verified(&src, &dst, extra);
    assert_generators_ahead(&dst);
    (src, dst, run)
}

/// `ferry verify` agrees with the drivers' checksums: every table equal.
fn assert_verified(src: &TestDb, dst: &TestDb, extra: &[&str]) {
    let mut args = vec!["verify", "--from", &src.url, "--to", &dst.url, "--json"];
    args.extend_from_slice(extra);
    let run = ferry(&args);
    assert_eq!(run.code, 0, "{run}");
    let json: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let tables = json["tables"].as_array().expect("tables");
    assert!(!tables.is_empty(), "{run}");
    for t in tables {
        assert_eq!(t["equal"], true, "{t}");
        assert_eq!(t["source_rows"], t["target_rows"], "{t}");
    }
}

/// The application's next insert into `table`, leaving its id to the
/// target's generator, succeeds and gets an id past every copied one.
fn assert_next_insert(db: &TestDb, table: &str, id: &str, columns: &str, values: &str) {
    let (t, i) = (db.q(table), db.q(id));
    let before = db.scalar(
        &format!("SELECT CAST(max({i}) AS BIGINT) FROM {t}").replace(
            "BIGINT",
            match db.kind {
                Kind::MySql => "SIGNED",
                _ => "BIGINT",
            },
        ),
    );
    db.exec(&format!("INSERT INTO {t} ({columns}) VALUES ({values})"));
    let after = db.scalar(
        &format!("SELECT CAST(max({i}) AS BIGINT) FROM {t}").replace(
            "BIGINT",
            match db.kind {
                Kind::MySql => "SIGNED",
                _ => "BIGINT",
            },
        ),
    );
    assert!(
        after > before,
        "{table}: the next id {after} is not past {before}"
    );
}

/// Empties every table of a database loaded from a dump: its own DDL
/// stays, as a target initialised by the application.
fn empty_tables(db: &TestDb) {
    let tables: Vec<String> = sums(db)
        .values()
        .filter_map(|v| v["catalog"]["table"].as_str().map(str::to_string))
        .collect();
    match db.kind {
        Kind::Postgres => {
            let list: Vec<String> = tables.iter().map(|t| db.q(t)).collect();
            db.exec(&format!("TRUNCATE {} CASCADE", list.join(", ")));
        }
        // One session with the checks off: the rows refer to each other.
        Kind::MySql | Kind::Sqlite => {
            let (off, on) = match db.kind {
                Kind::MySql => ("SET FOREIGN_KEY_CHECKS = 0", "SET FOREIGN_KEY_CHECKS = 1"),
                _ => ("PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON"),
            };
            let deletes: Vec<String> = tables
                .iter()
                .map(|t| format!("DELETE FROM {}", db.q(t)))
                .collect();
            db.exec(&format!("{off}; {}; {on}", deletes.join("; ")));
        }
    }
}

/// `ferry run` from a corpus case into a database initialised with the
/// same case's DDL in the target's dialect (its rows removed).
/// The rows and content must equal the source's; the target's catalog
/// stays exactly as its DDL made it.
fn copy_initialised(
    case: &str,
    from: Kind,
    to: Kind,
    prepare: &dyn Fn(&TestDb),
) -> (TestDb, TestDb, Run) {
    let src = load(case, from);
    let dst = load(case, to);
    empty_tables(&dst);
    prepare(&dst);
    let catalog = |db: &TestDb| -> BTreeMap<String, Value> {
        sums(db)
            .into_iter()
            .map(|(t, v)| (t, v["catalog"].clone()))
            .collect()
    };
    let before = catalog(&dst);
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(run.code, 0, "{run}");
    assert_same_rows(&src, &dst, &run, &[], false);
    assert_verified(&src, &dst, &[]);
    assert_eq!(catalog(&dst), before, "the target's catalog after the run");
    (src, dst, run)
}

// --- into new databases -------------------------------------------------

fn sakila_next_actor(db: &TestDb) {
    assert_next_insert(
        db,
        "actor",
        "actor_id",
        "first_name, last_name",
        "'NEW', 'ACTOR'",
    );
}

#[test]
fn sakila_mysql_into_postgres() {
    let (_, dst, run) = copy_new("sakila", Kind::MySql, Kind::Postgres, &[]);
    sakila_next_actor(&dst);
    // store.manager_staff_id ⇄ staff.store_id: the keys come after the rows.
    assert!(
        !run.stdout.contains("refers to rows written after"),
        "{run}"
    );
}

#[test]
fn sakila_mysql_into_sqlite() {
    let (_, dst, _) = copy_new("sakila", Kind::MySql, Kind::Sqlite, &[]);
    sakila_next_actor(&dst);
}

#[test]
fn sakila_mysql_into_mysql() {
    let (_, dst, _) = copy_new("sakila", Kind::MySql, Kind::MySql, &[]);
    sakila_next_actor(&dst);
}

/// Sakila (MySQL's sample, with its triggers and views) into a new MariaDB
/// database, the run killed with SIGKILL while it writes the rows: the
/// tables it was creating have only provisional names, and the same run
/// again drops them and copies everything, catalog included.
#[test]
fn sakila_mysql_into_mysql_killed_and_run_again() {
    let src = load("sakila", Kind::MySql);
    let dst = TestDb::new(Kind::MySql, "sakila");
    let args = [
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
        "-q",
    ];
    let mut child = crate::common::spawn_ferry(&args);
    let writing = "SELECT count(*) FROM information_schema.processlist \
                   WHERE db = DATABASE() AND info LIKE 'INSERT INTO `ferry\\_new\\_%'";
    crate::atomicity::kill_when_busy(
        &mut child,
        (
            std::time::Duration::ZERO,
            std::time::Duration::from_millis(5),
        ),
        || dst.scalar(writing) > 0,
    );
    let names = crate::common::texts(
        &dst,
        "SELECT CAST(TABLE_NAME AS CHAR) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()",
    );
    assert!(!names.is_empty(), "the killed run created nothing");
    assert!(
        names.iter().all(|n| n.starts_with("ferry_new_")),
        "the killed run left tables named like the target's: {names:?}"
    );
    let mut again: Vec<&str> = args.to_vec();
    again.retain(|a| *a != "-q");
    again.extend(["--wait", "30"]);
    let run = ferry(&again);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stderr
            .contains("tables a run that was not committed was creating: ferry_new_"),
        "{run}"
    );
    assert_same(&src, &dst, &run, &[]);
    sakila_next_actor(&dst);
}

#[test]
fn sakila_postgres_into_postgres() {
    copy_new("sakila", Kind::Postgres, Kind::Postgres, &[]);
}

/// PostgreSQL's arrays and tsvector have no MySQL or SQLite equivalent:
/// refused in preflight naming the conversion, which then carries them.
fn sakila_postgres_needs_conversions(to: Kind) {
    let src = load("sakila", Kind::Postgres);
    let dst = TestDb::new(to, "sakila");
    let args = [
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ];
    let refused = ferry(&args);
    assert_eq!(refused.code, 3, "{refused}");
    let engine = to.name();
    for line in [
        format!("film.special_features: postgres text[] cannot be written as it is ({engine} has no such type); allow a conversion: --convert array=json"),
        format!("film.fulltext: postgres tsvector cannot be written as it is ({engine} has no such type); allow a conversion: --convert tsvector=text"),
    ] {
        assert!(refused.stderr.contains(&line), "{line}\n{refused}");
    }
    let run = ferry(&[&args[..], &["--convert", "array=json,tsvector=text"]].concat());
    assert_eq!(run.code, 0, "{run}");
    assert_same(&src, &dst, &run, &[]);
    assert_generators_ahead(&dst);
    sakila_next_actor(&dst);
}

#[test]
fn sakila_postgres_into_mysql() {
    sakila_postgres_needs_conversions(Kind::MySql);
}

#[test]
fn sakila_postgres_into_sqlite() {
    sakila_postgres_needs_conversions(Kind::Sqlite);
}

#[test]
fn pagila_into_postgres() {
    // Arrays, tsvector, an enum, domains and a partitioned table, exactly.
    copy_new("pagila", Kind::Postgres, Kind::Postgres, &[]);
}

#[test]
fn pagila_into_mysql() {
    let job = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        job.path(),
        "[convert.types]\narray = \"json\"\ntsvector = \"text\"\n",
    )
    .unwrap();
    let path = job.path().display().to_string();
    copy_new("pagila", Kind::Postgres, Kind::MySql, &["--job", &path]);
}

#[test]
fn pagila_into_sqlite() {
    copy_new(
        "pagila",
        Kind::Postgres,
        Kind::Sqlite,
        &["--convert", "array=json,tsvector=text"],
    );
}

#[test]
fn chinook_sqlite_into_postgres() {
    copy_new("chinook", Kind::Sqlite, Kind::Postgres, &[]);
}

#[test]
fn chinook_sqlite_into_mysql() {
    copy_new("chinook", Kind::Sqlite, Kind::MySql, &[]);
}

#[test]
fn chinook_mysql_into_postgres() {
    copy_new("chinook", Kind::MySql, Kind::Postgres, &[]);
}

#[test]
fn chinook_mysql_into_sqlite() {
    copy_new("chinook", Kind::MySql, Kind::Sqlite, &[]);
}

#[test]
fn chinook_postgres_into_mysql() {
    copy_new("chinook", Kind::Postgres, Kind::MySql, &[]);
}

#[test]
fn chinook_postgres_into_sqlite() {
    copy_new("chinook", Kind::Postgres, Kind::Sqlite, &[]);
}

#[test]
fn northwind_into_postgres() {
    copy_new("northwind", Kind::Postgres, Kind::Postgres, &[]);
}

#[test]
fn northwind_into_mysql() {
    copy_new("northwind", Kind::Postgres, Kind::MySql, &[]);
}

#[test]
fn northwind_into_sqlite() {
    copy_new("northwind", Kind::Postgres, Kind::Sqlite, &[]);
}

/// A SQLite Northwind written by Python's sqlite3: DATETIME columns holding
/// text, REAL values in NUMERIC columns, a key with a trailing space.
fn northwind_next_category(db: &TestDb) {
    let name = db.q("CategoryName");
    assert_next_insert(db, "Categories", "CategoryID", &name, "'Spices'");
}

#[test]
fn northwind_sqlite_into_postgres() {
    let (_, dst, _) = copy_new("northwind_sqlite", Kind::Sqlite, Kind::Postgres, &[]);
    northwind_next_category(&dst);
}

#[test]
fn northwind_sqlite_into_mysql() {
    let (_, dst, _) = copy_new("northwind_sqlite", Kind::Sqlite, Kind::MySql, &[]);
    northwind_next_category(&dst);
}

#[test]
fn northwind_sqlite_into_sqlite() {
    copy_new("northwind_sqlite", Kind::Sqlite, Kind::Sqlite, &[]);
}

#[test]
fn joget_directory_mysql_into_postgres() {
    // dir_department.hod ⇄ dir_employment.departmentId.
    copy_new("joget_directory", Kind::MySql, Kind::Postgres, &[]);
}

#[test]
fn joget_directory_mysql_into_sqlite() {
    copy_new("joget_directory", Kind::MySql, Kind::Sqlite, &[]);
}

#[test]
fn joget_directory_postgres_into_mysql() {
    copy_new("joget_directory", Kind::Postgres, Kind::MySql, &[]);
}

#[test]
fn joget_directory_postgres_into_sqlite() {
    copy_new("joget_directory", Kind::Postgres, Kind::Sqlite, &[]);
}

// --- into databases initialised with the corpus's own DDL ---------------

#[test]
fn chinook_sqlite_into_initialised_mysql() {
    let (src, dst, _) = copy_initialised("chinook", Kind::Sqlite, Kind::MySql, &|_| {});
    undo_and_redo(&src, &dst);
}

#[test]
fn chinook_mysql_into_initialised_sqlite() {
    let (src, dst, _) = copy_initialised("chinook", Kind::MySql, Kind::Sqlite, &|_| {});
    undo_and_redo(&src, &dst);
}

#[test]
fn joget_directory_mysql_into_initialised_postgres() {
    // Joget's own PostgreSQL DDL: every key DEFERRABLE INITIALLY DEFERRED.
    copy_initialised("joget_directory", Kind::MySql, Kind::Postgres, &|_| {});
}

#[test]
fn joget_directory_postgres_into_initialised_mysql() {
    copy_initialised("joget_directory", Kind::Postgres, Kind::MySql, &|_| {});
}

/// Makes every foreign key of a PostgreSQL database NOT DEFERRABLE.
fn keys_not_deferrable(db: &TestDb) {
    db.exec(
        "DO $$DECLARE r record; BEGIN FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint \
         WHERE contype = 'f' AND connamespace = 'public'::regnamespace LOOP \
         EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I NOT DEFERRABLE', r.t, r.conname); END LOOP; END$$",
    )
}

/// Joget's PostgreSQL DDL with every foreign key NOT DEFERRABLE, as most
/// applications declare them: the cycle loads in one transaction and the
/// keys are NOT DEFERRABLE again afterwards.
#[test]
fn joget_directory_into_postgres_with_keys_not_deferrable() {
    let (src, dst, run) = copy_initialised(
        "joget_directory",
        Kind::MySql,
        Kind::Postgres,
        &keys_not_deferrable,
    );
    assert!(
        run.stdout.contains("the target declares it NOT DEFERRABLE, so ferry makes it DEFERRABLE inside the run's transaction"),
        "{run}"
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND condeferrable"),
        0,
        "every key is NOT DEFERRABLE again"
    );
    // The cycle's keys, NOT DEFERRABLE, again for the undo and the redo.
    undo_and_redo(&src, &dst);
    assert_eq!(
        dst.scalar("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND condeferrable"),
        0,
        "every key is NOT DEFERRABLE after the undo"
    );
}

/// A role that does not own the tables cannot defer their keys: refused in
/// preflight naming the key, the target untouched.
#[test]
fn a_cycle_of_keys_the_role_cannot_defer_is_refused() {
    let src = load("joget_directory", Kind::MySql);
    let dst = load("joget_directory", Kind::Postgres);
    empty_tables(&dst);
    keys_not_deferrable(&dst);
    let role = format!("ferry_guest_{}", std::process::id());
    dst.exec(&format!("DROP ROLE IF EXISTS {role}"));
    dst.exec(&format!("CREATE ROLE {role} LOGIN"));
    dst.exec(&format!(
        "GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"
    ));
    let url = dst.url.replacen("postgres@", &format!("{role}@"), 1);
    let run = ferry(&["run", "--from", &src.url, "--to", &url, "--yes"]);
    dst.exec(&format!(
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"
    ));
    dst.exec(&format!("DROP ROLE {role}"));
    assert_eq!(run.code, 3, "{run}");
    let expected =
        "foreign keys form a cycle: dir_department (hod) → dir_employment [fkeee8aa4480db1449] is NOT DEFERRABLE, \
         so PostgreSQL checks it before the dir_employment rows it refers to are written, and this role does not \
         own dir_department and dir_employment to defer it for the run; run as the owner, make the constraint \
         DEFERRABLE (ALTER TABLE \"dir_department\" ALTER CONSTRAINT \"fkeee8aa4480db1449\" DEFERRABLE), or \
         leave one of the tables out";
    assert!(run.stderr.contains(expected), "{expected}\n{run}");
    assert_eq!(
        dst.scalar("SELECT count(*) FROM dir_employment"),
        0,
        "untouched"
    );
}

/// sakila's MySQL DDL has triggers that overwrite dates on insert and fill
/// film_text: the plan names them; without them the copy is exact.
#[test]
fn sakila_into_initialised_mysql_names_its_triggers() {
    let src = load("sakila", Kind::MySql);
    let dst = load("sakila", Kind::MySql);
    empty_tables(&dst);
    let plan = ferry(&["plan", "--from", &src.url, "--to", &dst.url]);
    assert_eq!(plan.code, 0, "{plan}");
    for line in [
        "warning: rental: trigger rental_date (BEFORE INSERT) fires for the rows ferry writes and may change them",
        "warning: film: trigger ins_film (AFTER INSERT) fires for the rows ferry writes",
        "warning: customer: trigger customer_create_date (BEFORE INSERT)",
        "warning: payment: trigger payment_date (BEFORE INSERT)",
    ] {
        assert!(plan.stdout.contains(line) || plan.stderr.contains(line), "{line}\n{plan}");
    }
    for t in [
        "customer_create_date",
        "rental_date",
        "payment_date",
        "ins_film",
        "upd_film",
        "del_film",
    ] {
        dst.exec(&format!("DROP TRIGGER {t}"));
    }
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(run.code, 0, "{run}");
    assert_same_rows(&src, &dst, &run, &[], false);
}

#[test]
fn pagila_into_initialised_postgres() {
    // Rows COPY'd into the partitioned payment go to their partitions.
    let (_, dst, run) = copy_initialised("pagila", Kind::Postgres, Kind::Postgres, &|_| {});
    assert!(
        run.stdout
            .contains("film: trigger film_fulltext_trigger (BEFORE INSERT"),
        "{run}"
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM ONLY payment_p2022_02"),
        144
    );
}

#[test]
fn northwind_into_initialised_postgres() {
    copy_initialised("northwind", Kind::Postgres, Kind::Postgres, &|_| {});
}

#[test]
fn northwind_sqlite_into_initialised_sqlite() {
    copy_initialised("northwind_sqlite", Kind::Sqlite, Kind::Sqlite, &|_| {});
}

#[test]
fn sakila_postgres_into_initialised_postgres() {
    copy_initialised("sakila", Kind::Postgres, Kind::Postgres, &|_| {});
}

// --- a promotion on a corpus schema -------------------------------------

/// One customer's invoices promoted from a dev copy of Chinook into a prod
/// copy whose invoice ids collide, on PostgreSQL with its own
/// NOT DEFERRABLE foreign keys: the customer is matched by e-mail (prod
/// knows them under another id), invoices and lines get ids past prod's.
#[test]
fn chinook_promotes_one_customers_invoices_into_postgres() {
    let dev = load("chinook", Kind::Postgres);
    let prod = load("chinook", Kind::Postgres);
    // prod: customer 5 is 100 there, without invoices; others are prod's.
    prod.exec(
        "DELETE FROM invoice_line WHERE invoice_id IN (SELECT invoice_id FROM invoice WHERE customer_id = 5)",
    );
    prod.exec("DELETE FROM invoice WHERE customer_id = 5");
    prod.exec("UPDATE customer SET customer_id = 100 WHERE customer_id = 5");
    let untouched = [
        "album",
        "artist",
        "employee",
        "genre",
        "media_type",
        "playlist",
        "playlist_track",
        "track",
    ];
    let before = sums(&prod);
    let job = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        job.path(),
        r#"
comment = "customer 5's invoices"
[select]
tables = ["customer", "invoice", "invoice_line"]
[select.where]
customer = "customer_id = 5"
[[keys]]
table = "customer"
strategy = "match"
match = ["email"]
[[keys]]
table = "invoice"
strategy = "offset"
[[keys]]
table = "invoice_line"
strategy = "offset"
[write]
mode = "merge"
"#,
    )
    .unwrap();
    let path = job.path().display().to_string();
    let args = [
        "--from", &dev.url, "--to", &prod.url, "--job", &path, "--json",
    ];
    let plan = ferry(&[&["plan"][..], &args].concat());
    assert_eq!(plan.code, 0, "{plan}");
    let run = ferry_with_env(&[&["run", "--yes"][..], &args].concat(), &[]);
    assert_eq!(run.code, 0, "{run}");
    let dev_invoices = dev.scalar("SELECT count(*) FROM invoice WHERE customer_id = 5");
    let dev_lines = dev.scalar(
        "SELECT count(*) FROM invoice_line l JOIN invoice i USING (invoice_id) WHERE i.customer_id = 5",
    );
    assert!(dev_invoices > 0 && dev_lines > 0);
    assert_eq!(
        prod.scalar("SELECT count(*) FROM invoice WHERE customer_id = 100"),
        dev_invoices
    );
    assert_eq!(
        prod.scalar(
            "SELECT count(*) FROM invoice_line l JOIN invoice i USING (invoice_id) WHERE i.customer_id = 100"
        ),
        dev_lines
    );
    // The same content, by the engine's own SQL: invoices by date and
    // total, lines by track, price and quantity.
    let content = |db: &TestDb, customer: i64| {
        db.scalar(&format!(
            "SELECT ('x' || substr(md5(string_agg(i.invoice_date::text || ':' || i.total::text || ':' || \
             l.track_id || ':' || l.unit_price || ':' || l.quantity, ',' ORDER BY i.invoice_date, l.track_id, l.quantity)), 1, 15))::bit(60)::bigint \
             FROM invoice i JOIN invoice_line l USING (invoice_id) WHERE i.customer_id = {customer}"
        ))
    };
    assert_eq!(content(&prod, 100), content(&dev, 5));
    // New ids past prod's own; prod's other rows as they were.
    assert_eq!(
        prod.scalar(
            "SELECT count(*) FROM invoice WHERE customer_id = 100 AND invoice_id <= \
             (SELECT max(invoice_id) FROM invoice WHERE customer_id <> 100)"
        ),
        0
    );
    let after = sums(&prod);
    for t in untouched {
        assert_eq!(after[t], before[t], "{t} unchanged");
    }
    assert_eq!(
        after["customer"]["rows"], before["customer"]["rows"],
        "customer 5 was matched, not added"
    );
    // Again: nothing to do.
    let again = ferry(&[&["run", "--yes"][..], &args].concat());
    assert_eq!(again.code, 0, "{again}");
    assert_eq!(sums(&prod), after);
}
