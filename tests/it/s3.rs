//! Snapshots in object storage, against a real S3 API on loopback: moto's
//! server (scripts/s3-server.sh, started by scripts/test.sh), which
//! enforces S3's 5 MiB minimum multipart part size, conditional puts and,
//! as started there, signed requests. Round trips from every engine, a
//! killed snapshot, damaged parts refused before any write, refused
//! credentials and a missing bucket.

use crate::common::{
    assert_error, checksums, ferry_command, ferry_with_env, python, Kind, Run, TestDb,
};
use crate::proxy::{Cut, Proxy};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The S3 API the tests use, from scripts/s3-server.sh's env file.
struct Store {
    endpoint: String,
    key: String,
    secret: String,
}

fn store() -> Store {
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| {
            panic!(
                "{name} is not set: the object-storage tests need an S3 API; run ./scripts/test.sh, \
                 which starts moto's server (scripts/s3-server.sh) and sets FERRY_TEST_S3_ENDPOINT, \
                 FERRY_TEST_S3_KEY and FERRY_TEST_S3_SECRET"
            )
        })
    };
    Store {
        endpoint: var("FERRY_TEST_S3_ENDPOINT"),
        key: var("FERRY_TEST_S3_KEY"),
        secret: var("FERRY_TEST_S3_SECRET"),
    }
}

/// A bucket of the test's own, and the environment ferry reaches it with.
struct Bucket {
    name: String,
    store: Store,
}

impl Bucket {
    fn new(label: &str) -> Bucket {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "ferry-{label}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let bucket = Bucket {
            name,
            store: store(),
        };
        bucket.tool(&["mkbucket", &bucket.name.clone()]);
        bucket
    }

    fn url(&self, prefix: &str) -> String {
        format!("s3://{}/{prefix}", self.name)
    }

    fn env(&self) -> Vec<(&str, &str)> {
        vec![
            ("AWS_ENDPOINT_URL", self.store.endpoint.as_str()),
            ("AWS_ACCESS_KEY_ID", self.store.key.as_str()),
            ("AWS_SECRET_ACCESS_KEY", self.store.secret.as_str()),
            ("AWS_REGION", "us-east-1"),
        ]
    }

    fn ferry(&self, args: &[&str]) -> Run {
        ferry_with_env(args, &self.env())
    }

    /// `ferry restore SNAPSHOT --to URL --create-tables --yes`, with `extra`
    /// environment variables.
    fn restore(&self, snapshot: &str, to: &str, extra: &[(&str, &str)]) -> Run {
        let mut env = self.env();
        env.extend_from_slice(extra);
        let args = ["restore", snapshot, "--to", to, "--create-tables", "--yes"];
        ferry_with_env(&args, &env)
    }

    /// tests/it/s3_tool.py COMMAND ARGS, its standard output.
    fn tool(&self, args: &[&str]) -> String {
        let script = format!("{}/tests/it/s3_tool.py", env!("CARGO_MANIFEST_DIR"));
        let out = std::process::Command::new(python())
            .arg(&script)
            .args(args)
            .envs(self.env())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {} ({e}): run ./scripts/test.sh", python()));
        assert!(
            out.status.success(),
            "s3_tool.py {args:?} failed (is boto3 installed? ./scripts/test.sh installs it):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Every object under `prefix/`, key → size.
    fn objects(&self, prefix: &str) -> BTreeMap<String, u64> {
        let text = self.tool(&["ls", &self.name, &format!("{prefix}/")]);
        serde_json::from_str(&text).expect("s3_tool ls prints JSON")
    }
}

/// The fixture's tables and one table of incompressible rows big enough
/// (about 40 MB) that its part goes up as a multipart upload of several
/// 16 MiB chunks.
fn source_with_a_large_table(kind: Kind) -> TestDb {
    let src = TestDb::with_fixture(kind, "s3src");
    match kind {
        Kind::Sqlite => {
            src.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
            src.exec(
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 40000) \
                 INSERT INTO big SELECT i, randomblob(1000) FROM c",
            );
        }
        Kind::Postgres => {
            src.exec("CREATE TABLE big (id integer PRIMARY KEY, payload bytea NOT NULL)");
            src.exec(
                "INSERT INTO big SELECT i, decode((SELECT string_agg(md5(random()::text || i || g), '') \
                 FROM generate_series(1, 64) g), 'hex') FROM generate_series(1, 40000) i",
            );
        }
        Kind::MySql => {
            src.exec("CREATE TABLE big (id int PRIMARY KEY, payload longblob NOT NULL)");
            src.exec(
                // MariaDB's SEQUENCE engine.
                "INSERT INTO big SELECT seq, RANDOM_BYTES(1000) FROM seq_1_to_40000",
            );
        }
    }
    src
}

fn sums_without_arrays(url: &str) -> BTreeMap<String, crate::common::TableSum> {
    let mut sums = checksums(url);
    sums.remove("pg_only_arrays");
    sums
}

/// Snapshot into S3 from each engine, `inspect --verify` in place, and a
/// restore from S3 into another engine with no local copy: the target's
/// tables hold the source's rows (checksums), and the large table's part
/// went up in several chunks (moto refuses chunks under 5 MiB but the last).
/// `inspect` reads every part by ranged GETs (as a part over 64 MiB is
/// read), the restores both ways: by ranges from PostgreSQL's Parquet and
/// MariaDB's Arrow snapshots, whole parts from SQLite's.
#[test]
fn snapshot_to_s3_and_restore_from_each_engine() {
    let bucket = Bucket::new("trip");
    for (from, to, format) in [
        (Kind::Sqlite, Kind::Postgres, "arrow"),
        (Kind::Postgres, Kind::MySql, "parquet"),
        (Kind::MySql, Kind::Sqlite, "arrow"),
    ] {
        let src = source_with_a_large_table(from);
        let prefix = format!("snaps/{}", from.name());
        let url = bucket.url(&prefix);
        let run = bucket.ferry(&[
            "snapshot",
            "--from",
            &src.url,
            "--out",
            &url,
            "--exclude",
            "pg_only_arrays",
            "--format",
            format,
            "--json",
        ]);
        assert_eq!(run.code, 0, "{} → S3: {run}", from.name());
        assert_eq!(run.json()["snapshot"]["format"], format);
        let objects = bucket.objects(&prefix);
        assert!(
            objects.contains_key(&format!("{prefix}/manifest.json")),
            "{objects:?}"
        );
        let big = objects
            .iter()
            .find(|(k, _)| k.starts_with(&format!("{prefix}/big/")))
            .map(|(_, size)| *size)
            .expect("the large table's part");
        assert!(
            big > 33 << 20,
            "the large part is {big} bytes: not a multipart upload of three chunks"
        );
        assert_eq!(
            bucket.tool(&["uploads", &bucket.name]).trim(),
            "[]",
            "no upload left open"
        );

        let by_ranges = [("FERRY_S3_WHOLE_PART_BYTES", "0")];
        let mut ranged = bucket.env();
        ranged.extend_from_slice(&by_ranges);
        let inspect = ferry_with_env(&["inspect", &url, "--verify"], &ranged);
        assert_eq!(inspect.code, 0, "{inspect}");
        assert!(
            inspect.stdout.contains(&format!("snapshot  {url}")),
            "{inspect}"
        );
        assert!(inspect.stdout.contains("verified: every part"), "{inspect}");

        let dst = TestDb::new(to, "s3dst");
        let read = match from {
            Kind::Sqlite => &[][..],
            _ => &by_ranges[..],
        };
        let run = bucket.restore(&url, &dst.url, read);
        assert_eq!(run.code, 0, "S3 → {}: {run}", to.name());
        let source = sums_without_arrays(&src.url);
        let target = checksums(&dst.url);
        assert_eq!(target, source, "{} → S3 → {}", from.name(), to.name());
        assert_eq!(dst.scalar("SELECT count(*) FROM big"), 40000);
        assert!(!run.stderr.contains(&bucket.store.secret), "{run}");
        let verify = bucket.ferry(&["verify", "--from", &url, "--to", &dst.url]);
        assert_eq!(verify.code, 0, "verify S3 → {}: {verify}", to.name());
    }
}

/// `snapshot --from SRC --out URL` with the store reached through a proxy
/// that stalls the upload of the big table's second part, then `signal`
/// sent to ferry: its output once it ends.
fn interrupted_snapshot(bucket: &Bucket, src: &TestDb, url: &str, signal: &str) -> Run {
    let endpoint = bucket
        .store
        .endpoint
        .trim_start_matches("http://")
        .to_string();
    let proxy = Proxy::start(&endpoint, Cut::Stall("/big/part-00001"), false);
    let through = format!("http://127.0.0.1:{}", proxy.port);
    let mut env = bucket.env();
    env.retain(|(k, _)| *k != "AWS_ENDPOINT_URL");
    env.push(("AWS_ENDPOINT_URL", &through));
    let mut child = ferry_command(&env)
        // A part per batch of the big table: its first part is whole in
        // the store when the second one stalls.
        .args([
            "snapshot",
            "--from",
            &src.url,
            "--out",
            url,
            "--part-bytes",
            "1048576",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn ferry");
    crate::common::wait_until("the snapshot reaches the big table's second part", || {
        proxy.tripped() || child.try_wait().expect("wait").is_some()
    });
    assert!(proxy.tripped(), "the snapshot ended before its second part");
    let _ = std::process::Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status();
    let out = child.wait_with_output().expect("wait");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A snapshot stopped by SIGTERM while it uploads removes the parts it
/// uploaded; one killed by SIGKILL leaves them, with no manifest: inspect
/// and restore refuse the prefix, a new snapshot refuses it without
/// --force, and with --force replaces it, removing the killed run's parts.
#[test]
fn an_interrupted_snapshot_leaves_nothing_that_looks_complete() {
    let bucket = Bucket::new("kill");
    let src = source_with_a_large_table(Kind::Sqlite);

    let url = bucket.url("stopped");
    let stopped = interrupted_snapshot(&bucket, &src, &url, "TERM");
    assert_ne!(stopped.code, 0, "{stopped}");
    assert!(
        stopped.stderr.contains("interrupted by SIGTERM"),
        "{stopped}"
    );
    assert_eq!(bucket.objects("stopped"), BTreeMap::new(), "{stopped}");

    let url = bucket.url("killed");
    interrupted_snapshot(&bucket, &src, &url, "KILL");
    let left = bucket.objects("killed");
    assert!(
        left.keys().any(|k| k.starts_with("killed/big/part-00000")),
        "{left:?}"
    );
    assert!(!left.contains_key("killed/manifest.json"), "{left:?}");

    assert_error(
        &bucket.ferry(&["inspect", &url]),
        2,
        "killed has no manifest.json: it is not a ferry snapshot, or not a complete one",
    );
    let dst = TestDb::new(Kind::Postgres, "killeddst");
    assert_error(
        &bucket.restore(&url, &dst.url, &[]),
        2,
        "has no manifest.json",
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
        0
    );

    let again = bucket.ferry(&["snapshot", "--from", &src.url, "--out", &url]);
    assert_error(&again, 2, "already holds");
    assert!(
        again
            .stderr
            .contains("no manifest (perhaps the parts of an interrupted snapshot)"),
        "{again}"
    );
    let forced = bucket.ferry(&["snapshot", "--from", &src.url, "--out", &url, "--force"]);
    assert_eq!(forced.code, 0, "{forced}");
    let manifest: serde_json::Value =
        serde_json::from_str(&bucket_get(&bucket, "killed/manifest.json")).expect("manifest");
    let mut listed: Vec<String> = manifest["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .flat_map(|t| t["parts"].as_array().expect("parts").iter())
        .map(|p| format!("killed/{}", p["path"].as_str().expect("path")))
        .collect();
    listed.push("killed/manifest.json".into());
    listed.sort();
    let now: Vec<String> = bucket.objects("killed").into_keys().collect();
    assert_eq!(now, listed, "only the new snapshot's objects remain");
    let inspect = bucket.ferry(&["inspect", &url, "--verify"]);
    assert_eq!(inspect.code, 0, "{inspect}");
}

fn bucket_get(bucket: &Bucket, key: &str) -> String {
    let script = format!(
        "import boto3,os,sys; s3=boto3.client('s3', endpoint_url=os.environ['AWS_ENDPOINT_URL'], region_name='us-east-1'); \
         sys.stdout.write(s3.get_object(Bucket='{}', Key='{key}')['Body'].read().decode())",
        bucket.name
    );
    let out = std::process::Command::new(python())
        .args(["-c", &script])
        .envs(bucket.env())
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A corrupted and then a missing part are refused before the target is
/// opened: exit 3 naming the object, and no table in the target.
#[test]
fn a_damaged_part_in_s3_is_refused_before_any_write() {
    let bucket = Bucket::new("damage");
    let src = TestDb::with_fixture(Kind::Sqlite, "damagesrc");
    let url = bucket.url("d");
    let run = bucket.ferry(&["snapshot", "--from", &src.url, "--out", &url]);
    assert_eq!(run.code, 0, "{run}");
    let part = bucket
        .objects("d")
        .into_keys()
        .find(|k| k.starts_with("d/dir_user/"))
        .expect("dir_user's part");
    bucket.tool(&["corrupt", &bucket.name, &part]);
    let dst = TestDb::new(Kind::Postgres, "damagedst");
    let restore_into_dst = || bucket.restore(&url, &dst.url, &[]);
    let restore = restore_into_dst();
    assert_error(
        &restore,
        3,
        &format!("part s3://{}/{part} has sha256", bucket.name),
    );
    assert!(
        restore.stderr.contains("the file is corrupted"),
        "{restore}"
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
        0
    );
    let inspect = bucket.ferry(&["inspect", &url, "--verify"]);
    assert_error(&inspect, 4, "does not match its manifest");

    bucket.tool(&["rm", &bucket.name, &part]);
    let restore = restore_into_dst();
    assert_error(
        &restore,
        3,
        &format!("part s3://{}/{part} is missing", bucket.name),
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
        0
    );

    // A new snapshot replaces the damaged one with --force only: its manifest
    // is overwritten once its parts are up, then the old parts go.
    let again = bucket.ferry(&["snapshot", "--from", &src.url, "--out", &url]);
    assert_error(&again, 2, "already holds");
    assert!(again.stderr.contains("and a snapshot"), "{again}");
    let forced = bucket.ferry(&["snapshot", "--from", &src.url, "--out", &url, "--force"]);
    assert_eq!(forced.code, 0, "{forced}");
    let keys: Vec<String> = bucket.objects("d").into_keys().collect();
    assert!(
        keys.iter()
            .all(|k| k == "d/manifest.json" || k.contains("/part-00000-")),
        "only the new, tagged parts remain: {keys:?}"
    );
    let restore = restore_into_dst();
    assert_eq!(restore.code, 0, "{restore}");
    assert_eq!(checksums(&dst.url), checksums(&src.url));
}

/// Refused credentials and a missing bucket are bad input (exit 2) with a
/// message saying which, before anything is written; the secret is never
/// printed.
#[test]
fn refused_credentials_and_a_missing_bucket() {
    let bucket = Bucket::new("creds");
    let src = TestDb::with_fixture(Kind::Sqlite, "credsrc");
    let url = bucket.url("c");
    let endpoint = bucket.store.endpoint.clone();
    let with = |key: &str, secret: &str, args: &[&str]| {
        ferry_with_env(
            args,
            &[
                ("AWS_ENDPOINT_URL", endpoint.as_str()),
                ("AWS_ACCESS_KEY_ID", key),
                ("AWS_SECRET_ACCESS_KEY", secret),
                ("AWS_REGION", "us-east-1"),
            ],
        )
    };
    let snapshot = [
        "snapshot",
        "--from",
        src.url.as_str(),
        "--out",
        url.as_str(),
    ];
    let unknown_key = with("AKIANOSUCHKEY", "not-the-secret-1", &snapshot);
    assert_error(
        &unknown_key,
        2,
        "the store refused the credentials (InvalidAccessKeyId)",
    );
    assert!(
        !unknown_key.stderr.contains("not-the-secret-1"),
        "{unknown_key}"
    );
    let wrong_secret = with(&bucket.store.key, "not-the-secret-2", &snapshot);
    assert_error(
        &wrong_secret,
        2,
        "the store refused the credentials (SignatureDoesNotMatch)",
    );
    assert!(
        !wrong_secret.stderr.contains("not-the-secret-2"),
        "{wrong_secret}"
    );
    assert!(bucket.objects("c").is_empty(), "nothing was written");

    let missing = format!("s3://{}-nope/c", bucket.name);
    let run = bucket.ferry(&["snapshot", "--from", &src.url, "--out", &missing]);
    assert_error(
        &run,
        2,
        &format!("the bucket {}-nope does not exist", bucket.name),
    );
    assert_error(&bucket.ferry(&["inspect", &missing]), 2, "does not exist");
    let dst = TestDb::new(Kind::Sqlite, "credsdst");
    assert_error(
        &bucket.restore(&missing, &dst.url, &[]),
        2,
        "does not exist",
    );
    assert_eq!(
        dst.scalar("SELECT count(*) FROM sqlite_master"),
        0,
        "the target was not written"
    );

    // A profile file instead of the environment's keys.
    let home = tempfile::tempdir().expect("home");
    std::fs::create_dir_all(home.path().join(".aws")).expect("~/.aws");
    std::fs::write(
        home.path().join(".aws/credentials"),
        format!(
            "[default]\naws_access_key_id = wrong\naws_secret_access_key = wrong\n\n[ferry]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
            bucket.store.key, bucket.store.secret
        ),
    )
    .expect("credentials");
    std::fs::write(
        home.path().join(".aws/config"),
        format!("[profile ferry]\nregion = us-east-1\nendpoint_url = {endpoint}\n"),
    )
    .expect("config");
    let home_str = home.path().display().to_string();
    let profiled = ferry_with_env(
        &snapshot,
        &[("HOME", home_str.as_str()), ("AWS_PROFILE", "ferry")],
    );
    assert_eq!(profiled.code, 0, "{profiled}");
    let no_profile = ferry_with_env(
        &["inspect", &url],
        &[("HOME", home_str.as_str()), ("AWS_PROFILE", "nope")],
    );
    assert_error(&no_profile, 2, "AWS_PROFILE=nope: no such profile");
}
