//! The documented job files in examples/ work as the README says, on the
//! SQLite databases built from sql/examples/.

use crate::common::{ferry_with_env, table_rows, Kind, TestDb};

fn sqlite(scripts: &[&str]) -> TestDb {
    let db = TestDb::new(Kind::Sqlite, "example");
    for script in scripts {
        let path = format!("{}/sql/examples/{script}", env!("CARGO_MANIFEST_DIR"));
        db.exec_script(&std::fs::read_to_string(path).expect("example SQL"));
    }
    db
}

/// The first `n` columns of every row of `table`, sorted.
fn leading(db: &TestDb, table: &str, n: usize) -> Vec<String> {
    table_rows(&db.url, table)
        .iter()
        .map(|r| r.split('|').take(n).collect::<Vec<_>>().join("|"))
        .collect()
}

fn job(name: &str) -> String {
    format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn low_code_app_promotion() {
    let dev = sqlite(&["appmeta-schema.sqlite.sql", "appmeta-dev-data.sqlite.sql"]);
    let prod = sqlite(&["appmeta-schema.sqlite.sql", "appmeta-prod-data.sqlite.sql"]);
    let env = [("DEV_DB", dev.url.as_str()), ("PROD_DB", prod.url.as_str())];
    let job = job("promote-app.toml");
    let run = ferry_with_env(&["run", "--job", &job, "--yes", "--json"], &env);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        run.json()["changes"]["keys"]["app_app"]["versions"],
        serde_json::json!([["crm", "2", "3"]])
    );
    let short = leading(&prod, "app_app", 4);
    assert_eq!(
        short,
        vec!["crm|1|CRM|1", "crm|2|CRM|1", "crm|3|CRM|0", "hr|3|HR|1"]
    );
    let forms = leading(&prod, "app_form", 3);
    assert_eq!(
        forms,
        vec!["crm|1|account", "crm|3|account", "crm|3|contact"]
    );
    let users = leading(&prod, "dir_user", 2);
    assert_eq!(
        users,
        vec!["10|jack", "11|zoë", "1|admin", "7|ops", "9|cat"]
    );
    assert_eq!(
        table_rows(&prod.url, "dir_user_group"),
        vec!["10|support", "11|sales", "9|sales"]
    );
    let activity = leading(&prod, "app_report_activity", 2);
    assert_eq!(activity, vec!["1|1", "2|4", "3|5"]);

    let again = ferry_with_env(&["plan", "--job", &job, "--json"], &env);
    assert_eq!(again.code, 0, "{again}");
    for t in again.json()["changes"]["tables"].as_array().unwrap() {
        assert_eq!(
            (t["insert"].as_u64(), t["update"].as_u64()),
            (Some(0), Some(0)),
            "{t}"
        );
    }
}

#[test]
fn data_pipeline_promotion() {
    let dev = sqlite(&["pipeline-schema.sqlite.sql", "pipeline-dev-data.sqlite.sql"]);
    let prod = sqlite(&[
        "pipeline-schema.sqlite.sql",
        "pipeline-prod-data.sqlite.sql",
    ]);
    let env = [
        ("DEV_DB", dev.url.as_str()),
        ("PROD_DB", prod.url.as_str()),
        ("USER", "release-bot"),
    ];
    let job = job("promote-pipeline.toml");
    let run = ferry_with_env(&["run", "--job", &job, "--yes", "--json"], &env);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        table_rows(&prod.url, "pipeline"),
        vec![
            "1|finance|ledger|prod-warehouse|{\"credentials\":\"vault:prod/warehouse\",\"source\":{\"path\":\"s3://acme-prod/raw/ledger\"}}|fin|1|0 1 * * *|2024-05-02 01:00:00",
            "4|sales|orders-daily|prod-warehouse|{\"credentials\":\"vault:prod/warehouse\",\"sink\":{\"table\":\"orders\"},\"source\":{\"format\":\"parquet\",\"path\":\"s3://acme-prod/raw/orders\"}}|release-bot|0|0 2 * * *|NULL",
            "5|sales|customers|prod-crm-api|{\"credentials\":\"vault:prod/crm\",\"sink\":{\"table\":\"customers\"},\"source\":{\"format\":\"json\",\"path\":\"s3://acme-prod/raw/customers\"}}|release-bot|0|0 3 * * *|NULL",
        ]
    );
    // The matched pipeline's steps are exactly dev's; other pipelines' are
    // untouched; histories stayed behind.
    assert_eq!(
        table_rows(&prod.url, "pipeline_step"),
        vec![
            "1|1|1|extract|NULL",
            "4|4|1|extract|{\"batch\":5000}",
            "5|4|2|dedupe|{\"keys\":[\"order_id\"]}",
            "6|4|3|load|NULL",
            "7|5|1|extract|NULL",
        ]
    );
    assert_eq!(
        table_rows(&prod.url, "pipeline_run"),
        vec!["1|4|2024-05-02 02:00:00|ok"]
    );

    // A dev path without a mapping stops the promotion, naming it.
    dev.exec("INSERT INTO pipeline (id, project, name, source_connection, config) VALUES (9, 'sales', 'refunds', 'dev-warehouse', '{\"source\":{\"path\":\"s3://acme-dev/raw/refunds\"},\"credentials\":\"vault:dev/warehouse\"}')");
    let refused = ferry_with_env(&["run", "--job", &job, "--yes"], &env);
    assert_eq!(refused.code, 3, "{refused}");
    assert!(
        refused.stderr.contains("pipeline.config $.source.path: 1 value without a mapping: 's3://acme-dev/raw/refunds' (1 row); add it to the [[map]] values"),
        "{refused}"
    );
}

/// `ferry --version` names the commit; completions and the man page come
/// from the same definitions as `--help` (every subcommand is in them),
/// and a bash script that bash itself accepts.
#[test]
fn version_completions_and_man_page() {
    let version = crate::common::ferry(&["--version"]);
    assert_eq!(version.code, 0, "{version}");
    assert!(
        version
            .stdout
            .starts_with(&format!("ferry {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    for shell in ["bash", "zsh", "fish"] {
        let script = crate::common::ferry(&["completions", shell]);
        assert_eq!(script.code, 0, "{script}");
        for sub in [
            "plan", "run", "snapshot", "restore", "inspect", "verify", "history", "undo",
        ] {
            assert!(script.stdout.contains(sub), "{shell} lacks {sub}");
        }
    }
    let bash = crate::common::ferry(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ferry.bash");
    std::fs::write(&file, &bash.stdout).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let man = crate::common::ferry(&["man"]);
    assert_eq!(man.code, 0, "{man}");
    assert!(man.stdout.contains(".TH ferry 1"), "{man}");
    assert!(man.stdout.contains("verify"), "{man}");
}

/// Each subcommand's `--help` lists the flags it uses: `plan` neither the
/// prompt, the lock's wait nor the images; `snapshot` none of a
/// promotion's or a write's; `restore` not `--full`.
#[test]
fn help_lists_only_the_flags_each_command_uses() {
    let flags = |sub: &str| {
        let help = crate::common::ferry(&[sub, "--help"]);
        assert_eq!(help.code, 0, "{help}");
        // The options, not the examples after them.
        help.stdout
            .lines()
            .take_while(|l| !l.starts_with("Examples"))
            .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("--")))
            .map(|w| w.trim_end_matches(',').to_string())
            .collect::<std::collections::BTreeSet<String>>()
    };
    let (plan, run, snapshot, restore) = (
        flags("plan"),
        flags("run"),
        flags("snapshot"),
        flags("restore"),
    );
    for writing in ["--yes", "--wait", "--no-undo"] {
        assert!(!plan.contains(writing), "plan --help lists {writing}");
        assert!(run.contains(writing), "run --help lacks {writing}");
    }
    for promoting in ["--skip", "--details", "--full", "--wait", "--no-undo"] {
        assert!(
            !snapshot.contains(promoting),
            "snapshot --help lists {promoting}"
        );
    }
    assert!(!restore.contains("--full"), "restore --help lists --full");
    assert!(
        restore.contains("--no-undo") && restore.contains("--skip"),
        "{restore:?}"
    );
    assert!(
        plan.contains("--details") && plan.contains("--full"),
        "{plan:?}"
    );
}

/// examples/nightly: the first run copies everything, the next reads only
/// what changed (a contact modified, an account deleted, a new process
/// report) and the target ends equal to the source.
#[test]
fn nightly_incremental_copy() {
    let dev = sqlite(&["appmeta-schema.sqlite.sql", "appmeta-dev-data.sqlite.sql"]);
    let report = TestDb::new(Kind::Sqlite, "nightly_report");
    let env = [
        ("FERRY_SOURCE", dev.url.as_str()),
        ("FERRY_TARGET", report.url.as_str()),
    ];
    let job = job("nightly/nightly.toml");
    let args = ["run", "--job", &job, "--create-tables", "--yes", "--json"];
    let first = ferry_with_env(&args, &env);
    assert_eq!(first.code, 0, "{first}");
    dev.exec_script(
        "UPDATE app_fd_crm_contact SET c_email = 'bill@initech.example', dateModified = '2024-03-06 09:00:00' WHERE id = 'con-003';
         DELETE FROM app_fd_crm_contact WHERE c_account = 'acc-002';
         DELETE FROM app_fd_crm_account WHERE id = 'acc-002';
         INSERT INTO app_report_process (id, appId, processDefId, instanceId, state, startedTime) VALUES (3, 'crm', 'crm:2:approval', 'inst-1003', 'open.running', '2024-03-06 10:00:00');",
    );
    let second = ferry_with_env(&args, &env);
    assert_eq!(second.code, 0, "{second}");
    let json = second.json();
    let read: u64 = json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["source_rows"].as_u64().unwrap())
        .sum();
    assert!(read < 8, "the second run reads only its windows: {json}");
    for table in [
        "app_fd_crm_account",
        "app_fd_crm_contact",
        "app_report_process",
        "app_report_activity",
    ] {
        assert_eq!(
            table_rows(&dev.url, table),
            table_rows(&report.url, table),
            "{table}"
        );
    }
}

/// Every command's `--json` document has one envelope (README "The
/// `--json` result"): `format`, `ferry`, `started` ≤ `finished`, and the
/// process's exit code as `exit_code`, on success and on failure; `plan`
/// and `run` name their tables alike (`run`'s add what was written).
/// `history --json` is a list of runs.
#[test]
fn json_documents_share_one_envelope() {
    use crate::common::ferry;
    let src = TestDb::with_fixture(Kind::Sqlite, "src");
    let dst = TestDb::new(Kind::Sqlite, "json_dst");
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap").display().to_string();
    let enveloped = |what: &str, run: &crate::common::Run| -> serde_json::Value {
        let json = run.json();
        assert_eq!(json["format"], 1, "{what}: {json}");
        assert_eq!(json["ferry"], env!("CARGO_PKG_VERSION"), "{what}: {json}");
        assert_eq!(json["exit_code"], run.code, "{what}: {json}");
        let at = |k: &str| {
            chrono::DateTime::parse_from_rfc3339(json[k].as_str().unwrap_or_default())
                .unwrap_or_else(|e| panic!("{what}: {k} ({e}): {json}"))
        };
        assert!(at("started") <= at("finished"), "{what}: {json}");
        json
    };
    let tables = "dir_group,dir_role,dir_user";
    let (from, to) = (src.url.as_str(), dst.url.as_str());
    let copy = |command: &str, extra: &[&str]| {
        let mut args = vec![
            command,
            "--from",
            from,
            "--to",
            to,
            "--tables",
            tables,
            "--create-tables",
            "--json",
        ];
        args.extend(extra);
        ferry(&args)
    };
    let plan = copy("plan", &[]);
    assert_eq!(plan.code, 0, "{plan}");
    let planned = enveloped("plan", &plan);
    let run = copy("run", &["--yes"]);
    assert_eq!(run.code, 0, "{run}");
    let ran = enveloped("run", &run);
    for (p, r) in planned["tables"]
        .as_array()
        .unwrap()
        .iter()
        .zip(ran["tables"].as_array().unwrap())
    {
        for key in ["order", "table", "source_rows", "target_rows", "create"] {
            assert_eq!(p[key], r[key], "{key}: {p} / {r}");
        }
        assert_eq!(r["rows"], r["source_rows"], "{r}");
    }
    let run_id = ran["run_id"].as_str().unwrap().to_string();
    let verify = ferry(&[
        "verify", "--from", from, "--to", to, "--tables", tables, "--json",
    ]);
    assert_eq!(verify.code, 0, "{verify}");
    enveloped("verify", &verify);
    let snapshot = ferry(&[
        "snapshot", "--from", from, "--out", &snap, "--tables", tables, "--json",
    ]);
    assert_eq!(snapshot.code, 0, "{snapshot}");
    enveloped("snapshot", &snapshot);
    let inspect = ferry(&["inspect", &snap, "--json"]);
    assert_eq!(inspect.code, 0, "{inspect}");
    enveloped("inspect", &inspect);
    let history = ferry(&["history", "--to", to, "--json"]);
    assert_eq!(history.code, 0, "{history}");
    assert_eq!(history.json()[0]["run_id"], run_id.as_str());
    let undo = ferry(&["undo", &run_id, "--to", to, "--yes", "--json"]);
    assert_eq!(undo.code, 0, "{undo}");
    enveloped("undo", &undo);
    let refused = ferry(&[
        "run",
        "--from",
        "postgres://u@127.0.0.1:0/x",
        "--to",
        to,
        "--yes",
        "--json",
    ]);
    assert_eq!(refused.code, 2, "{refused}");
    let json = enveloped("a refused run", &refused);
    assert_eq!(json["ok"], false);
}

/// Every command's `--json` document, on success and on each kind of
/// failure, is valid under the JSON Schema the repository ships
/// (docs/ferry-result.schema.json), checked by Python's jsonschema; and the
/// schema is not vacuous: documents with a wrong format, a password or a
/// missing field are not.
#[test]
fn json_documents_match_the_shipped_schema() {
    use crate::common::ferry;
    let dev = sqlite(&["appmeta-schema.sqlite.sql", "appmeta-dev-data.sqlite.sql"]);
    let prod = sqlite(&["appmeta-schema.sqlite.sql", "appmeta-prod-data.sqlite.sql"]);
    let copy = TestDb::new(Kind::Sqlite, "schema_copy");
    let restored = TestDb::new(Kind::Sqlite, "schema_restored");
    let report = TestDb::new(Kind::Sqlite, "schema_report");
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap").display().to_string();
    let (from, to) = (dev.url.as_str(), copy.url.as_str());
    let mut documents: Vec<(String, i32, String)> = Vec::new();
    let mut keep = |what: &str, run: crate::common::Run, code: i32| {
        assert_eq!(run.code, code, "{what}: {run}");
        documents.push((what.to_string(), code, run.stdout));
    };
    let create = ["--create-tables", "--json"];
    let plain = |cmd: &'static str| [cmd, "--from", from, "--to", to];
    keep("plan", ferry(&[&plain("plan")[..], &create].concat()), 0);
    let run = ferry(&[&plain("run")[..], &create, &["--yes"]].concat());
    let run_id = run.json()["run_id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    keep("run", run, 0);
    keep(
        "refused: keys held",
        ferry(&[&plain("run")[..], &["--yes", "--json"]].concat()),
        3,
    );
    keep(
        "verify",
        ferry(&[&plain("verify")[..], &["--json"]].concat()),
        0,
    );
    keep("history", ferry(&["history", "--to", to, "--json"]), 0);
    keep(
        "undo",
        ferry(&["undo", &run_id, "--to", to, "--yes", "--json"]),
        0,
    );
    keep(
        "undo: done already",
        ferry(&["undo", &run_id, "--to", to, "--yes", "--json"]),
        3,
    );
    keep(
        "verify: differs",
        ferry(&[&plain("verify")[..], &["--json"]].concat()),
        4,
    );
    keep(
        "snapshot",
        ferry(&["snapshot", "--from", from, "--out", &snap, "--json"]),
        0,
    );
    keep(
        "inspect",
        ferry(&["inspect", &snap, "--verify", "--json"]),
        0,
    );
    keep(
        "restore",
        ferry(&[
            "restore",
            &snap,
            "--to",
            &restored.url,
            "--create-tables",
            "--yes",
            "--json",
        ]),
        0,
    );
    keep(
        "bad input",
        ferry(&[
            "run",
            "--from",
            "postgres://u:pw@127.0.0.1:0/x",
            "--to",
            to,
            "--yes",
            "--json",
        ]),
        2,
    );
    let promote = [("DEV_DB", dev.url.as_str()), ("PROD_DB", prod.url.as_str())];
    let job_file = job("promote-app.toml");
    keep(
        "promotion plan",
        ferry_with_env(
            &["plan", "--job", &job_file, "--details", "--json"],
            &promote,
        ),
        0,
    );
    keep(
        "promotion run",
        ferry_with_env(&["run", "--job", &job_file, "--yes", "--json"], &promote),
        0,
    );
    let nightly = [
        ("FERRY_SOURCE", from),
        ("FERRY_TARGET", report.url.as_str()),
    ];
    let nightly_job = job("nightly/nightly.toml");
    for (what, extra) in [
        ("incremental, first", &["--create-tables"][..]),
        ("incremental, next", &[]),
    ] {
        let args = [
            &["run", "--job", &nightly_job, "--yes", "--json"][..],
            extra,
        ]
        .concat();
        keep(what, ferry_with_env(&args, &nightly), 0);
    }
    keep(
        "incremental plan",
        ferry_with_env(&["plan", "--job", &nightly_job, "--json"], &nightly),
        0,
    );

    let files = tempfile::tempdir().unwrap();
    let mut names = Vec::new();
    for (i, (what, _, stdout)) in documents.iter().enumerate() {
        let path = files.path().join(format!("{i:02}.json"));
        std::fs::write(&path, stdout).unwrap();
        names.push((path.display().to_string(), what.clone()));
    }
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ferry-result.schema.json");
    let check = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
bad = 0
for path, what in zip(sys.argv[2::2], sys.argv[3::2]):
    doc = json.load(open(path))
    for e in v.iter_errors(doc):
        bad += 1
        print(f"{what}: at {list(e.absolute_path)}: {e.message[:300]}")
    if what == "run":
        for broken, change in [("format 2", lambda d: d.update(format=2)),
                               ("a password", lambda d: d.update(target="postgres://app:secret@db/app")),
                               ("no tables", lambda d: d.pop("tables")),
                               ("a negative count", lambda d: d.update(rows=-1))]:
            d = json.loads(json.dumps(doc)); change(d)
            if v.is_valid(d):
                bad += 1
                print(f"the schema accepts a run document with {broken}")
sys.exit(1 if bad else 0)
"#;
    let mut python = std::process::Command::new(crate::common::python());
    python.args(["-c", check, schema]);
    for (path, what) in &names {
        python.args([path, what]);
    }
    let out = python.output().expect("python");
    assert!(
        out.status.success(),
        "documents outside docs/ferry-result.schema.json (jsonschema from PyPI, as \
         ./scripts/test.sh installs it):\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
