//! Snapshots: disaster-recovery round trips from every engine into every
//! engine, a consistent snapshot under concurrent writes, part files that
//! pyarrow reads with the right types, and every bad input with its message
//! and exit code, leaving the target untouched.
//!
//! Not covered yet: a restore whose job file remaps keys and maps values
//! into a non-empty target — key remapping and value maps do not exist yet
//! (another issue builds them). A restore with a job file into a non-empty
//! target, without remapping, is covered.

use crate::common::{
    assert_error, checksums, ferry, python, rt, snapshot_checksums, Kind, Run, TableSum, TestDb,
};
use ferry::endpoint::snapshot::SnapshotSource;
use ferry::endpoint::{BatchSize, DbUrl, Source};
use ferry::values::text::{canonical, CellReader};
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const ENGINES: [Kind; 3] = [Kind::Postgres, Kind::MySql, Kind::Sqlite];

fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// Source tables as the snapshot should hold them (PostgreSQL's array
/// table cannot be carried and is left out).
fn source_sums(src: &TestDb) -> BTreeMap<String, TableSum> {
    let mut sums = checksums(&src.url);
    sums.remove("pg_only_arrays");
    sums
}

fn take_snapshot(src: &TestDb, out: &Path, extra: &[&str]) -> Run {
    let out = path_str(out);
    let mut args = vec![
        "snapshot",
        "--from",
        &src.url,
        "--out",
        &out,
        "--exclude",
        "pg_only_arrays",
    ];
    args.extend_from_slice(extra);
    ferry(&args)
}

fn manifest(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("manifest.json")).expect("manifest");
    serde_json::from_str(&text).expect("manifest JSON")
}

fn write_manifest(dir: &Path, value: &serde_json::Value) {
    std::fs::write(
        dir.join("manifest.json"),
        serde_json::to_string_pretty(value).expect("json"),
    )
    .expect("write manifest");
}

/// The path of the first part of `table`.
fn first_part(dir: &Path, table: &str) -> PathBuf {
    let m = manifest(dir);
    let entry = m["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t["name"] == table)
        .unwrap_or_else(|| panic!("{table} in the manifest"));
    dir.join(entry["parts"][0]["path"].as_str().expect("path"))
}

/// Every directory 0700, every file 0600.
fn assert_private(dir: &Path) {
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(dir), 0o700, "{}", dir.display());
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            assert_private(&path);
        } else {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
}

/// The values of `column` of `table` in the snapshot, as ferry's canonical
/// text, in stored order.
fn snapshot_values(dir: &Path, table: &str, column: &str) -> Vec<String> {
    rt().block_on(async {
        let url = DbUrl::snapshot("test", &path_str(dir)).expect("dir");
        let mut source = SnapshotSource::open(&url).await.expect("open");
        source.begin_read().await.expect("verified");
        let catalog = source.catalog().await.expect("catalog");
        let t = catalog.table(table).expect("table").clone();
        let index = t
            .columns
            .iter()
            .position(|c| c.name == column)
            .expect("column");
        let mut batches = source.read_table(&t, BatchSize::DEFAULT);
        let mut values = Vec::new();
        {
            while let Some(batch) = futures::StreamExt::next(&mut batches).await {
                let batch: arrow::record_batch::RecordBatch = batch.expect("read");
                let reader = CellReader::new(batch.column(index).as_ref()).expect("reader");
                for r in 0..batch.num_rows() {
                    values.push(canonical(&reader.get(r), &t.columns[index].ty));
                }
            }
        }
        drop(batches);
        values
    })
}

// ---------------------------------------------------------------------
// Disaster recovery: each engine → snapshot → each engine.

fn disaster_recovery(from: Kind, format: &str) {
    let src = TestDb::with_fixture(from, "src");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("snap");
    let run = take_snapshot(&src, &out, &["--format", format, "--json"]);
    assert_eq!(run.code, 0, "{run}");
    let json = run.json();
    assert_eq!(json["command"], "snapshot");
    assert_eq!(json["snapshot"]["format"], format);

    // Complete, renamed into place, private, nothing left aside.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers, ["snap"], "only the snapshot directory remains");
    assert_private(&out);

    let source = source_sums(&src);
    let snap = snapshot_checksums(&out);
    assert_eq!(snap, source, "the snapshot holds the source's content");

    let m = manifest(&out);
    assert_eq!(m["format"], "ferry-snapshot");
    assert_eq!(m["format_version"], 2);
    assert_eq!(m["ferry_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["source"]["engine"], from.name());
    assert_eq!(m["file_format"], format);
    assert_eq!(m["compression"], "zstd:3");
    if from == Kind::Postgres {
        let point = m["source"]["consistency_point"].as_str().expect("point");
        assert!(
            point.starts_with("lsn ") && point.contains(", snapshot "),
            "{point}"
        );
    }
    let tables = m["tables"].as_array().expect("tables");
    let user = tables
        .iter()
        .find(|t| t["name"] == "dir_user")
        .expect("dir_user");
    assert_eq!(user["rows"], 5);
    assert_eq!(user["schema"]["primary_key"][0], "id");
    assert!(
        user["schema"]["columns"][0]["generated"].is_object(),
        "{user}"
    );
    if from != Kind::Sqlite {
        assert!(user["identity_next"]["id"].is_i64(), "{user}");
    }
    let form = tables
        .iter()
        .find(|t| t["name"] == "app_form")
        .expect("app_form");
    assert_eq!(form["schema"]["foreign_keys"][0]["ref_table"], "app_app");
    for t in tables {
        for part in t["parts"].as_array().expect("parts") {
            assert_eq!(part["sha256"].as_str().map(str::len), Some(64));
            let path = out.join(part["path"].as_str().expect("path"));
            assert_eq!(
                std::fs::metadata(&path).expect("part").len(),
                part["bytes"].as_u64().expect("bytes")
            );
            assert!(path.to_string_lossy().ends_with(&format!(".{format}")));
        }
    }

    let inspect = ferry(&["inspect", &path_str(&out), "--verify"]);
    assert_eq!(inspect.code, 0, "{inspect}");
    assert!(inspect.stdout.contains("dir_user"), "{inspect}");
    assert!(inspect.stdout.contains("verified: every part"), "{inspect}");

    for to in ENGINES {
        let dst = TestDb::new(to, "dst");
        let run = ferry(&[
            "restore",
            &path_str(&out),
            "--to",
            &dst.url,
            "--create-tables",
            "--yes",
            "--json",
        ]);
        assert_eq!(run.code, 0, "{} → {}: {run}", from.name(), to.name());
        assert_eq!(run.json()["command"], "restore");
        let target = checksums(&dst.url);
        assert_eq!(
            target.keys().collect::<Vec<_>>(),
            source.keys().collect::<Vec<_>>(),
            "{} → {}: tables",
            from.name(),
            to.name()
        );
        for (table, s) in &source {
            let t = &target[table];
            assert_eq!(
                t.rows,
                s.rows,
                "{} → {}: {table} rows",
                from.name(),
                to.name()
            );
            assert_eq!(
                t.sha256,
                s.sha256,
                "{} → {}: {table} content",
                from.name(),
                to.name()
            );
        }
        // Keys and id generators came back: the next insert gets a fresh id.
        let cat = crate::common::catalog(&dst.url);
        let form = cat.table("app_form").expect("app_form");
        assert_eq!(form.foreign_keys.len(), 1);
        assert_eq!(
            cat.table("app_app").expect("app_app").primary_key,
            ["appId", "appVersion"]
        );
        dst.exec("INSERT INTO dir_user (username) VALUES ('newcomer')");
        assert_eq!(
            dst.scalar("SELECT count(*) FROM dir_user WHERE id = 6 AND username = 'newcomer'"),
            1,
            "{} → {}: identity continues after the restored ids",
            from.name(),
            to.name()
        );
    }
}

#[test]
fn disaster_recovery_from_postgres() {
    disaster_recovery(Kind::Postgres, "arrow");
}

#[test]
fn disaster_recovery_from_mysql() {
    disaster_recovery(Kind::MySql, "parquet");
}

#[test]
fn disaster_recovery_from_sqlite() {
    disaster_recovery(Kind::Sqlite, "arrow");
}

// ---------------------------------------------------------------------
// pyarrow reads the parts with the right types and values.

fn read_with_pyarrow(dir: &Path) -> serde_json::Value {
    read_with_python("read_parts.py", "pyarrow", dir)
}

/// What `tests/it/SCRIPT` (reading with the Python package `module`)
/// prints about the snapshot in `dir`, as JSON.
fn read_with_python(script: &str, module: &str, dir: &Path) -> serde_json::Value {
    let script = format!("{}/tests/it/{script}", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new(python())
        .arg(&script)
        .arg(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {} ({e}): install Python 3 with {module}, or run ./scripts/test.sh, which does",
                python()
            )
        });
    assert!(
        out.status.success(),
        "{script} failed (is {module} installed? ./scripts/test.sh installs it):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("script output is JSON")
}

/// One text column of the source, ordered by id, as PostgreSQL prints it.
fn pg_texts(db: &TestDb, sql: &str) -> Vec<Option<String>> {
    rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.expect("connect");
        sqlx::query_scalar::<_, Option<String>>(sql)
            .fetch_all(&mut c)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    })
}

#[test]
fn pyarrow_reads_every_part_with_the_right_types() {
    let src = TestDb::with_fixture(Kind::Postgres, "src");
    let source = source_sums(&src);
    for format in ["arrow", "parquet"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("snap");
        let run = take_snapshot(&src, &out, &["--format", format, "-q"]);
        assert_eq!(run.code, 0, "{run}");
        let read = read_with_pyarrow(&out);
        let m = manifest(&out);
        for entry in m["tables"].as_array().expect("tables") {
            let name = entry["name"].as_str().expect("name");
            let py = &read["tables"][name];
            let parts: Vec<u64> = entry["parts"]
                .as_array()
                .expect("parts")
                .iter()
                .map(|p| p["rows"].as_u64().expect("rows"))
                .collect();
            assert_eq!(
                py["parts"],
                serde_json::json!(parts),
                "{format} {name}: rows per part"
            );
            assert_eq!(py["rows"], entry["rows"], "{format} {name}: rows");
            assert_eq!(
                py["rows"].as_u64(),
                Some(source[name].rows as u64),
                "{format} {name}: rows in the source"
            );
            let columns: Vec<&str> = py["fields"]
                .as_object()
                .expect("fields")
                .keys()
                .map(String::as_str)
                .collect();
            let mut expected = source[name].columns.clone();
            expected.sort();
            let mut columns: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
            columns.sort();
            assert_eq!(columns, expected, "{format} {name}: columns");
        }

        let fields = &read["tables"]["all_types"]["fields"];
        let ty = |c: &str| fields[c]["type"].as_str().unwrap_or_default().to_string();
        let ext = |c: &str| {
            fields[c]["extension"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        assert_eq!(ty("c_dec"), "decimal128(12, 2)", "{format}");
        assert_eq!(ty("c_bigdec"), "decimal128(38, 10)", "{format}");
        assert_eq!(ty("c_ts"), "timestamp[us]", "{format}");
        assert_eq!(ty("c_tstz"), "timestamp[us, tz=UTC]", "{format}");
        assert_eq!(ty("c_date"), "date32[day]", "{format}");
        assert_eq!(ty("c_time"), "time64[us]", "{format}");
        assert_eq!(ty("c_int64"), "int64", "{format}");
        assert_eq!(ty("c_float32"), "float", "{format}");
        assert_eq!(ty("c_bytes"), "binary", "{format}");
        assert_eq!(ext("c_uuid"), "arrow.uuid", "{format}");
        assert_eq!(
            fields["c_uuid"]["storage"], "fixed_size_binary[16]",
            "{format}"
        );
        assert_eq!(ext("c_json"), "arrow.json", "{format}");
        assert_eq!(fields["c_json"]["storage"], "string", "{format}");
        assert_eq!(fields["c_dec"]["logical"], "decimal(12,2)", "{format}");
        assert_eq!(fields["id"]["nullable"], false, "{format}");

        // Values, compared with the source as PostgreSQL prints them.
        let values = &read["tables"]["all_types"]["values"];
        let py = |c: &str| -> Vec<Option<String>> {
            serde_json::from_value(values[c].clone()).expect("values")
        };
        assert_eq!(
            py("c_dec"),
            pg_texts(&src, "SELECT c_dec::text FROM all_types ORDER BY id"),
            "{format}"
        );
        assert_eq!(
            py("c_bigdec"),
            pg_texts(&src, "SELECT c_bigdec::text FROM all_types ORDER BY id"),
            "{format}"
        );
        assert_eq!(
            py("c_uuid"),
            pg_texts(&src, "SELECT c_uuid::text FROM all_types ORDER BY id"),
            "{format}"
        );
        assert_eq!(
            py("c_tstz"),
            pg_texts(
                &src,
                "SELECT to_char(c_tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || \
                 CASE WHEN extract(microseconds FROM c_tstz)::bigint % 1000000 = 0 THEN '' \
                 ELSE to_char(c_tstz AT TIME ZONE 'UTC', '.US') END || '+00:00' \
                 FROM all_types ORDER BY id"
            ),
            "{format}"
        );
        assert_eq!(
            py("c_int64"),
            pg_texts(&src, "SELECT c_int64::text FROM all_types ORDER BY id"),
            "{format}"
        );
        let users = &read["tables"]["dir_user"]["values"]["username"];
        assert_eq!(
            serde_json::from_value::<Vec<Option<String>>>(users.clone()).expect("usernames"),
            pg_texts(&src, "SELECT username::text FROM dir_user ORDER BY id"),
            "{format}"
        );
    }
}

// ---------------------------------------------------------------------
// DuckDB reads a Parquet snapshot in place, with the source's types.

fn read_with_duckdb(dir: &Path) -> serde_json::Value {
    read_with_python("read_duckdb.py", "duckdb", dir)
}

#[test]
fn duckdb_reads_a_parquet_snapshot_in_place() {
    let src = TestDb::with_fixture(Kind::Postgres, "src");
    let source = source_sums(&src);
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("snap");
    let run = take_snapshot(&src, &out, &["--format", "parquet", "-q"]);
    assert_eq!(run.code, 0, "{run}");
    let read = read_with_duckdb(&out);
    for (name, sum) in &source {
        let table = &read["tables"][name.as_str()];
        assert_eq!(
            table["rows"].as_u64(),
            Some(sum.rows as u64),
            "{name}: rows"
        );
        if sum.rows == 0 {
            continue;
        }
        let mut columns: Vec<String> = table["types"]
            .as_object()
            .expect("types")
            .keys()
            .cloned()
            .collect();
        columns.sort();
        let mut expected = sum.columns.clone();
        expected.sort();
        assert_eq!(columns, expected, "{name}: columns");
    }

    // The types DuckDB gives them, from the Parquet logical types alone.
    let all = &read["tables"]["all_types"];
    let ty = |c: &str| all["types"][c].as_str().unwrap_or_default().to_string();
    for (column, expected) in [
        ("id", "INTEGER"),
        ("c_bool", "BOOLEAN"),
        ("c_int64", "BIGINT"),
        ("c_float32", "FLOAT"),
        ("c_float64", "DOUBLE"),
        ("c_dec", "DECIMAL(12,2)"),
        ("c_bigdec", "DECIMAL(38,10)"),
        ("c_text", "VARCHAR"),
        ("c_bytes", "BLOB"),
        ("c_date", "DATE"),
        ("c_time", "TIME"),
        ("c_ts", "TIMESTAMP"),
        ("c_tstz", "TIMESTAMP WITH TIME ZONE"),
        ("c_uuid", "UUID"),
    ] {
        assert_eq!(ty(column), expected, "all_types.{column}");
    }

    // Values as DuckDB prints them, against PostgreSQL's own text.
    let duck = |c: &str| -> Vec<Option<String>> {
        serde_json::from_value(all["values"][c].clone()).expect("values")
    };
    for column in [
        "c_bool",
        "c_int64",
        "c_float32",
        "c_float64",
        "c_dec",
        "c_bigdec",
        "c_text",
        "c_date",
        "c_time",
        "c_ts",
        "c_uuid",
    ] {
        assert_eq!(
            duck(column),
            pg_texts(
                &src,
                &format!("SELECT {column}::text FROM all_types ORDER BY id")
            ),
            "all_types.{column}"
        );
    }
    assert_eq!(
        duck("c_tstz"),
        pg_texts(
            &src,
            "SELECT (c_tstz AT TIME ZONE 'UTC')::text || '+00' FROM all_types ORDER BY id"
        ),
        "all_types.c_tstz"
    );
    let users: Vec<Option<String>> =
        serde_json::from_value(read["tables"]["dir_user"]["values"]["username"].clone())
            .expect("usernames");
    assert_eq!(
        users,
        pg_texts(&src, "SELECT username::text FROM dir_user ORDER BY id"),
        "dir_user.username"
    );
}

// ---------------------------------------------------------------------
// Consistency: all tables as of one point in time while the source is
// being written.

fn consistent_under_writes(kind: Kind) {
    let src = TestDb::new(kind, "busy");
    let (serial, text) = match kind {
        Kind::Postgres => ("bigserial", "text"),
        _ => ("bigint AUTO_INCREMENT", "text"),
    };
    src.exec(&format!(
        "CREATE TABLE a_ledger (id {serial} PRIMARY KEY, note {text})"
    ));
    src.exec("CREATE TABLE b_filler (id integer PRIMARY KEY, payload text, hits integer NOT NULL)");
    src.exec(&format!(
        "CREATE TABLE c_ledger (id {serial} PRIMARY KEY, note {text})"
    ));
    src.exec("CREATE TABLE d_counter (id integer PRIMARY KEY, n bigint NOT NULL)");
    src.exec("INSERT INTO d_counter VALUES (1, 0)");
    // A table between the two ledgers that takes a while to read.
    match kind {
        Kind::Postgres => src.exec(
            "INSERT INTO b_filler SELECT g, repeat('x', 200), 0 FROM generate_series(1, 150000) g",
        ),
        _ => {
            src.exec("CREATE TABLE digits (d integer PRIMARY KEY)");
            src.exec("INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
            src.exec(
                "INSERT INTO b_filler SELECT n + 1, repeat('x', 200), 0 FROM (SELECT \
                 a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n \
                 FROM digits a, digits b, digits c, digits e, digits f, digits g) s WHERE n < 150000",
            );
            src.exec("DROP TABLE digits");
        }
    }

    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (stop, url) = (stop.clone(), src.url.clone());
        std::thread::spawn(move || {
            rt().block_on(async move {
                use sqlx::{Connection, Executor};
                let statements = [
                    "INSERT INTO a_ledger (note) VALUES ('a')",
                    "UPDATE b_filler SET hits = hits + 1 WHERE id = 1 + (SELECT n FROM d_counter WHERE id = 1) % 150000",
                    "INSERT INTO c_ledger (note) VALUES ('c')",
                    "UPDATE d_counter SET n = n + 1 WHERE id = 1",
                ];
                let mut commits = 0u64;
                macro_rules! work {
                    ($conn:expr) => {{
                        let mut c = $conn;
                        while !stop.load(Ordering::Relaxed) {
                            let mut tx = c.begin().await.expect("begin");
                            for s in statements {
                                (&mut *tx).execute(s).await.expect("write");
                            }
                            tx.commit().await.expect("commit");
                            commits += 1;
                        }
                    }};
                }
                match kind {
                    Kind::Postgres => work!(sqlx::PgConnection::connect(&url).await.expect("connect")),
                    _ => work!(sqlx::MySqlConnection::connect(&url).await.expect("connect")),
                }
                commits
            })
        })
    };
    let counter = || src.scalar("SELECT n FROM d_counter WHERE id = 1");
    let started = std::time::Instant::now();
    while counter() < 20 {
        assert!(
            started.elapsed().as_secs() < 30,
            "the writer does not commit"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("snap");
    let run = ferry(&[
        "snapshot",
        "--from",
        &src.url,
        "--out",
        &path_str(&out),
        "-q",
    ]);
    // Let the writer go on a little after the snapshot, then stop it.
    std::thread::sleep(std::time::Duration::from_millis(100));
    stop.store(true, Ordering::Relaxed);
    let commits = writer.join().expect("writer");
    assert_eq!(run.code, 0, "{run}");

    let n: i64 = snapshot_values(&out, "d_counter", "n")[0]
        .parse()
        .expect("n");
    let sums = snapshot_checksums(&out);
    let hits: i64 = snapshot_values(&out, "b_filler", "hits")
        .iter()
        .map(|h| h.parse::<i64>().expect("hits"))
        .sum();
    assert!(n >= 20, "the snapshot saw the writes before it ({n})");
    assert!(
        counter() > n && commits > 20,
        "the writer went on during the snapshot ({n} of {})",
        counter()
    );
    assert_eq!(
        sums["a_ledger"].rows as i64, n,
        "a_ledger as of the counter"
    );
    assert_eq!(
        sums["c_ledger"].rows as i64, n,
        "c_ledger as of the counter"
    );
    assert_eq!(hits, n, "b_filler's updates as of the counter");
    assert_eq!(sums["b_filler"].rows, 150000);
}

#[test]
fn consistent_while_postgres_is_written() {
    consistent_under_writes(Kind::Postgres);
}

#[test]
fn consistent_while_mysql_is_written() {
    consistent_under_writes(Kind::MySql);
}

// ---------------------------------------------------------------------
// Large tables split into parts; job files; --force.

#[test]
fn large_tables_split_into_parts() {
    let src = TestDb::new(Kind::Sqlite, "big");
    src.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
    src.exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) \
         INSERT INTO big SELECT i, printf('row %d %s', i, hex(randomblob(20))) FROM n",
    );
    let dir = tempfile::tempdir().expect("tempdir");
    for format in ["arrow", "parquet"] {
        let out = dir.path().join(format);
        let run = take_snapshot(
            &src,
            &out,
            &[
                "--format",
                format,
                "--batch-rows",
                "2000",
                "--part-bytes",
                "200000",
                "-q",
            ],
        );
        assert_eq!(run.code, 0, "{run}");
        let m = manifest(&out);
        let parts = m["tables"][0]["parts"].as_array().expect("parts");
        assert!(parts.len() >= 5, "{format}: {} parts", parts.len());
        assert_eq!(
            parts
                .iter()
                .map(|p| p["rows"].as_u64().unwrap())
                .sum::<u64>(),
            30000
        );
        assert_eq!(parts[1]["path"], format!("big/part-00001.{format}"));
        let dst = TestDb::new(Kind::Postgres, "dst");
        let run = ferry(&[
            "restore",
            &path_str(&out),
            "--to",
            &dst.url,
            "--create-tables",
            "--yes",
            "-q",
        ]);
        assert_eq!(run.code, 0, "{run}");
        assert_eq!(checksums(&dst.url), checksums(&src.url), "{format}");
    }
}

#[test]
fn restore_with_a_job_file_into_a_non_empty_target() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("snap");
    let run = take_snapshot(&src, &out, &["--tables", "dir_*", "-q"]);
    assert_eq!(run.code, 0, "{run}");

    // The target is initialised and holds rows of its own, other keys.
    let dst = TestDb::with_fixture(Kind::Postgres, "dst");
    for t in ["dir_user_group", "dir_user", "dir_group", "dir_role"] {
        dst.exec(&format!("DELETE FROM {t}"));
    }
    dst.exec("INSERT INTO dir_role VALUES ('ROLE_TARGET_ONLY', 'kept')");
    let job = dir.path().join("restore.toml");
    std::fs::write(
        &job,
        format!(
            "comment = 'restore the directory'\n[target]\nurl = '{}'\n[select]\ntables = ['dir_*']\nexclude = ['dir_user_group']\n",
            dst.url
        ),
    )
    .expect("job");
    let run = ferry(&[
        "restore",
        &path_str(&out),
        "--job",
        &path_str(&job),
        "--yes",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let json = run.json();
    assert_eq!(json["comment"], "restore the directory");
    assert_eq!(json["tables"].as_array().map(Vec::len), Some(3), "{run}");
    assert_eq!(dst.scalar("SELECT count(*) FROM dir_role"), 3);
    assert_eq!(dst.scalar("SELECT count(*) FROM dir_user"), 5);
    assert_eq!(dst.scalar("SELECT count(*) FROM dir_user_group"), 0);
    let (s, t) = (checksums(&src.url), checksums(&dst.url));
    assert_eq!(s["dir_user"], t["dir_user"]);

    // A job for restore has no [source]: the snapshot is the source.
    std::fs::write(&job, format!("[source]\nurl = '{}'\n", src.url)).expect("job");
    let run = ferry(&[
        "restore",
        &path_str(&out),
        "--job",
        &path_str(&job),
        "--to",
        &dst.url,
    ]);
    assert_error(
        &run,
        2,
        "the job file has a [source], but ferry restore reads the snapshot DIR",
    );
}

#[test]
fn an_existing_output_directory_is_replaced_only_with_force() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("snap");
    std::fs::create_dir(&out).expect("mkdir");
    std::fs::write(out.join("keep.txt"), "mine").expect("file");
    let run = take_snapshot(&src, &out, &["--tables", "dir_role"]);
    assert_error(
        &run,
        2,
        &format!(
            "error: the output directory {} already exists: choose another --out, or pass --force to replace it",
            out.display()
        ),
    );
    assert!(
        out.join("keep.txt").exists(),
        "the directory was left alone"
    );

    let run = take_snapshot(&src, &out, &["--tables", "dir_role", "--force", "-q"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(!out.join("keep.txt").exists(), "replaced");
    assert_eq!(manifest(&out)["tables"][0]["name"], "dir_role");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["snap"], "the replaced snapshot was removed");
}

// ---------------------------------------------------------------------
// Bad snapshots: refused before the target is touched.

/// A small snapshot of the SQLite fixture.
fn small_snapshot(dir: &Path) -> PathBuf {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let out = dir.join("snap");
    let run = take_snapshot(&src, &out, &["-q"]);
    assert_eq!(run.code, 0, "{run}");
    out
}

/// Restores `snap` into a SQLite file that does not exist yet, with
/// `--create-tables`: a refused restore must not even create the file.
fn restore_into_new_sqlite(snap: &Path, extra: &[&str]) -> (Run, PathBuf) {
    let target = snap
        .parent()
        .expect("parent")
        .join(format!("target-{}.db", std::process::id()));
    let url = format!("sqlite://{}", target.display());
    let snap = path_str(snap);
    let mut args = vec!["restore", &snap, "--to", &url, "--create-tables", "--yes"];
    args.extend_from_slice(extra);
    let run = ferry(&args);
    (run, target)
}

fn assert_refused(snap: &Path, code: i32, message: &str) {
    let (run, target) = restore_into_new_sqlite(snap, &[]);
    assert_error(&run, code, message);
    assert!(!target.exists(), "the target was created: {run}");
}

#[test]
fn missing_directory_or_manifest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope");
    assert_refused(
        &missing,
        2,
        &format!(
            "error: snapshot directory {} does not exist",
            missing.display()
        ),
    );
    let snap = small_snapshot(dir.path());
    std::fs::remove_file(snap.join("manifest.json")).expect("rm");
    assert_refused(
        &snap,
        2,
        &format!(
            "error: {} has no manifest.json: it is not a ferry snapshot, or not a complete one",
            snap.display()
        ),
    );
    let run = ferry(&["inspect", &path_str(&snap)]);
    assert_error(&run, 2, "has no manifest.json");
}

#[test]
fn unknown_format_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let mut m = manifest(&snap);
    m["format_version"] = 3.into();
    write_manifest(&snap, &m);
    assert_refused(
        &snap,
        2,
        &format!(
            "error: {}/manifest.json has snapshot format version 3; this ferry ({}) reads versions 1 to 2",
            snap.display(),
            env!("CARGO_PKG_VERSION")
        ),
    );
}

#[test]
fn truncated_part() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let part = first_part(&snap, "dir_user");
    let len = std::fs::metadata(&part).expect("part").len();
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&part)
        .expect("open");
    file.set_len(len / 2).expect("truncate");
    assert_refused(
        &snap,
        3,
        &format!(
            "dir_user: part {} is {} bytes but the manifest says {len}: the file is truncated or was changed",
            part.display(),
            len / 2
        ),
    );
    let run = ferry(&["inspect", &path_str(&snap), "--verify", "--json"]);
    assert_eq!(run.code, 4, "{run}");
    let json = run.json();
    assert_eq!(json["ok"], false);
    assert_eq!(json["exit_code"], 4);
    assert!(
        json["problems"][0].as_str().unwrap().contains("truncated"),
        "{run}"
    );
    // Without --verify, inspect only reads the manifest.
    assert_eq!(ferry(&["inspect", &path_str(&snap)]).code, 0);
}

#[test]
fn corrupted_part() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let part = first_part(&snap, "app_form");
    let mut bytes = std::fs::read(&part).expect("part");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&part, &bytes).expect("write");
    let expected = manifest(&snap)["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "app_form")
        .unwrap()["parts"][0]["sha256"]
        .as_str()
        .unwrap()
        .to_string();
    assert_refused(
        &snap,
        3,
        &format!("but the manifest says {expected}: the file is corrupted"),
    );
    let (run, _) = restore_into_new_sqlite(&snap, &[]);
    assert!(
        run.stderr
            .contains("preflight refused the run; the target was not changed")
            && run
                .stderr
                .contains(&format!("app_form: part {} has sha256", part.display())),
        "{run}"
    );
    let run = ferry(&["inspect", &path_str(&snap), "--verify"]);
    assert_error(&run, 4, "does not match its manifest");
}

/// A part crafted to pass the manifest's checks (its schema, size and
/// sha256 recorded) whose first compressed buffer claims 633 TB
/// uncompressed: arrow-ipc would allocate that and abort the process (what
/// `fuzz/` found, kept in `fuzz/regressions/part_file/`). It is refused like
/// any part that cannot be read, naming the part.
#[test]
fn crafted_part_claiming_633_tb_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let part = first_part(&snap, "app_form");
    let mut bytes = std::fs::read(&part).expect("part");
    // Each compressed buffer is its uncompressed length (8 bytes, little
    // endian) and a zstd frame, which starts with the frame's magic.
    let frame = bytes
        .windows(4)
        .position(|w| w == [0x28, 0xb5, 0x2f, 0xfd])
        .expect("a zstd-compressed buffer");
    bytes[frame - 8..frame].copy_from_slice(&633_318_697_598_976i64.to_le_bytes());
    std::fs::write(&part, &bytes).expect("write");
    let mut m = manifest(&snap);
    let table = m["tables"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|t| t["name"] == "app_form")
        .unwrap();
    table["parts"][0]["sha256"] = hex_sha256(&bytes).into();
    write_manifest(&snap, &m);
    let wanted = "claims 633318697598976 bytes uncompressed";
    let (run, target) = restore_into_new_sqlite(&snap, &[]);
    assert_error(&run, 3, wanted);
    assert!(
        run.stderr.contains(&format!(
            "app_form: part {} cannot be read as",
            part.display()
        )),
        "{run}"
    );
    assert!(!target.exists(), "the target was created: {run}");
    let run = ferry(&["inspect", &path_str(&snap), "--verify"]);
    assert_error(&run, 4, wanted);
}

fn hex_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn missing_part_leaves_a_server_target_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let part = first_part(&snap, "dir_group");
    std::fs::remove_file(&part).expect("rm");
    let dst = TestDb::new(Kind::Postgres, "dst");
    let run = ferry(&[
        "restore",
        &path_str(&snap),
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_error(
        &run,
        3,
        &format!("dir_group: part {} is missing", part.display()),
    );
    assert!(checksums(&dst.url).is_empty(), "no table was created");
}

#[test]
fn manifest_and_part_schemas_differ() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let mut m = manifest(&snap);
    let tables = m["tables"].as_array_mut().unwrap();
    let user = tables.iter_mut().find(|t| t["name"] == "dir_user").unwrap();
    let columns = user["schema"]["columns"].as_array_mut().unwrap();
    let id = columns.iter_mut().find(|c| c["name"] == "id").unwrap();
    assert_eq!(id["ty"], "Int64", "the fixture's id type");
    id["ty"] = "Int32".into();
    write_manifest(&snap, &m);
    let part = first_part(&snap, "dir_user");
    assert_refused(
        &snap,
        3,
        &format!(
            "dir_user: part {} does not have the manifest's schema of dir_user: column id is Int64 in the part, Int32 in the manifest",
            part.display()
        ),
    );
}

#[test]
fn a_table_the_snapshot_lacks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let snap = small_snapshot(dir.path());
    let (run, target) = restore_into_new_sqlite(&snap, &["--tables", "dir_user,no_such_table"]);
    assert_error(
        &run,
        2,
        "error: --tables 'no_such_table' matches no table in the source (its tables: ",
    );
    assert!(!target.exists());
}

#[test]
fn bad_snapshot_arguments() {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("snap");
    let nested = dir.path().join("no/such/snap");
    let run = take_snapshot(&src, &nested, &[]);
    assert_error(
        &run,
        2,
        &format!(
            "error: --out {}: the directory {} does not exist; create it first",
            nested.display(),
            dir.path().join("no/such").display()
        ),
    );
    let run = take_snapshot(&src, &out, &["--compression", "gzip"]);
    assert_error(&run, 2, "error: --compression: unknown compression 'gzip'");
    let run = take_snapshot(&src, &out, &["--compression", "zstd:9"]);
    assert_error(
        &run,
        2,
        "Arrow IPC parts are compressed at zstd's default level (3)",
    );
    let run = take_snapshot(
        &src,
        &out,
        &["--format", "parquet", "--compression", "zstd:19", "-q"],
    );
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(manifest(&out)["compression"], "zstd:19");
}

// ---------------------------------------------------------------------
// The disk fills up, or the directory is not writable: the partial
// snapshot is removed and the message says so. Needs mount rights (root,
// or a user namespace of its own), in a private mount namespace so nothing
// outlives the test.

/// Runs `ferry snapshot` with `--out MNT/snap` where MNT is a fresh tmpfs
/// mounted with `options`; returns the run and what was left in MNT.
fn snapshot_on_tmpfs(options: &str, extra: &[&str]) -> (Run, String) {
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("mnt");
    std::fs::create_dir(&mnt).expect("mkdir");
    let script = r#"
mnt="$1"; opts="$2"; shift 2
mount -t tmpfs -o "$opts" ferry-test "$mnt" || { echo "MOUNT FAILED"; exit 97; }
"$@"
code=$?
echo "LEFT:$(ls -A "$mnt" | tr '\n' ' ')"
exit $code
"#;
    // Without root, a user namespace of its own gives the mount rights.
    let root = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .map(|u| u.split_whitespace().next() == Some("0"))
        })
        .unwrap_or(false);
    let user_namespace: &[&str] = match root {
        true => &[],
        false => &["--user", "--map-root-user"],
    };
    let out = std::process::Command::new("unshare")
        .args(user_namespace)
        .args([
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .arg(&mnt)
        .arg(options)
        .arg(env!("CARGO_BIN_EXE_ferry"))
        .args(["snapshot", "--from", &src.url, "--out"])
        .arg(mnt.join("snap"))
        .args(extra)
        .output()
        .expect("unshare (util-linux)");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        run.code != 97 && !run.stdout.contains("MOUNT FAILED"),
        "this test mounts a small tmpfs in a private mount namespace: it needs root \
         (CAP_SYS_ADMIN) or, without root, unprivileged user namespaces \
         (sysctl kernel.unprivileged_userns_clone=1, user.max_user_namespaces > 0):\n{run}"
    );
    let left = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("LEFT:"))
        .unwrap_or("?")
        .trim()
        .to_string();
    (run, left)
}

#[test]
fn no_space_left_removes_the_partial_snapshot() {
    // The fixture's 1 MiB values do not fit uncompressed in 512 KiB.
    let (run, left) = snapshot_on_tmpfs("size=512k", &["--compression", "none", "-q"]);
    assert_error(&run, 1, "No space left on device");
    assert!(
        run.stderr.contains("the partial snapshot directory")
            && run.stderr.contains("snap.ferry-tmp-")
            && run.stderr.contains("was removed"),
        "{run}"
    );
    assert_eq!(left, "", "nothing is left on the full file system: {run}");
}

#[test]
fn unwritable_output_directory() {
    let (run, left) = snapshot_on_tmpfs("ro,size=64k", &["-q"]);
    assert_error(&run, 1, "cannot create the snapshot directory");
    assert!(
        run.stderr.contains("Read-only file system") && run.stderr.contains("nothing was written"),
        "{run}"
    );
    assert_eq!(left, "", "{run}");
}
