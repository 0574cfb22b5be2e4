//! Schema fidelity for disaster recovery: indexes (partial, expression,
//! GIN, prefix, FULLTEXT), CHECKs, foreign-key actions and deferrability,
//! computed columns, comments, views and free sequences, created by
//! `--create-tables` and by a restore — exactly on the same engine (as the
//! engine's own catalog functions print them), translated or listed by
//! name on another, refused with `--strict-schema`.

use crate::common::{ferry, texts, Kind, Run, TestDb};
use std::process::Command;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// A database holding `tests/fixtures/schema.<engine>.sql`, loaded by the
/// engine's own client (Python's sqlite3 for SQLite).
fn fixture(kind: Kind) -> TestDb {
    let db = TestDb::new(kind, "schema");
    let out = Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/load.sh"))
        .args([
            kind.name(),
            &format!("{FIXTURES}/schema.{}.sql", kind.name()),
            &db.location(),
        ])
        .env("FERRY_TEST_PG", crate::common::pg_admin())
        .env("FERRY_TEST_MYSQL", crate::common::mysql_admin())
        .output()
        .expect("load.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

/// (ferry's own tables, which each run adds — the run journal and the row
/// images for `ferry undo` — are left out of these accounts;
/// tests/it/journal.rs and tests/it/undo.rs check them.)
///
/// PostgreSQL's own account of the schema: `pg_get_indexdef`,
/// `pg_get_constraintdef`, `pg_get_viewdef`, comments, defaults and
/// computed columns, the free sequence.
fn pg_schema(db: &TestDb) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid \
         WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'ferry\\_%' ORDER BY 1",
        "SELECT conrelid::regclass::text || ' ' || conname::text || ' ' || pg_get_constraintdef(oid) \
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace \
         AND conrelid::regclass::text NOT LIKE 'ferry\\_%' ORDER BY 1",
        "SELECT viewname::text || ' ' || pg_get_viewdef(viewname::regclass) FROM pg_views \
         WHERE schemaname = 'public' ORDER BY 1",
        "SELECT obj_description('region'::regclass) || ' / ' || col_description('region'::regclass, 3)",
        "SELECT a.attrelid::regclass::text || '.' || a.attname::text || ' ' || pg_get_expr(d.adbin, d.adrelid) \
         || ' ' || a.attgenerated::text FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid \
         AND a.attnum = d.adnum JOIN pg_class c ON c.oid = a.attrelid \
         WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1",
        "SELECT sequencename::text || ' ' || start_value::text || ' ' || increment_by::text || ' ' || \
         coalesce(last_value::text, 'never') FROM pg_sequences WHERE sequencename = 'invoice_numbers'",
    ] {
        out.extend(texts(db, sql));
    }
    out
}

/// MariaDB's `SHOW CREATE TABLE` of every table (`AUTO_INCREMENT=` left
/// out) and each view's definition.
fn mysql_schema(db: &TestDb) -> Vec<String> {
    let mut out = Vec::new();
    for t in ["region", "customer", "orders"] {
        let create = texts(db, &format!("SHOW CREATE TABLE {t}"));
        let mut lines: Vec<String> = create[0]
            .split(" | ")
            .nth(1)
            .unwrap()
            .lines()
            .map(|l| {
                let l = l.trim().trim_end_matches(',').to_string();
                match l.find(" AUTO_INCREMENT=") {
                    Some(at) => {
                        let rest = &l[at + " AUTO_INCREMENT=".len()..];
                        let end = rest.find(' ').unwrap_or(rest.len());
                        format!("{}{}", &l[..at], &rest[end..])
                    }
                    None => l,
                }
            })
            .collect();
        out.append(&mut lines);
    }
    let db_name = db.location();
    out.extend(
        texts(
            db,
            "SELECT VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()",
        )
        .into_iter()
        .map(|v| v.replace(&format!("`{db_name}`."), "")),
    );
    out
}

/// SQLite's own account: every index's and view's statement, and per
/// table its columns, foreign keys and indexes as the pragmas tell them.
fn sqlite_schema(db: &TestDb) -> Vec<String> {
    let mut out = texts(
        db,
        "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master \
         WHERE type IN ('index', 'view') AND tbl_name NOT LIKE 'ferry\\_%' ESCAPE '\\' ORDER BY name",
    );
    for t in ["region", "customer", "orders"] {
        out.extend(texts(
            db,
            &format!(
                "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || coalesce(dflt_value, '-') || ' ' || pk || ' ' || hidden \
                 FROM pragma_table_xinfo('{t}') ORDER BY cid"
            ),
        ));
        out.extend(texts(
            db,
            &format!(
                "SELECT \"table\" || ' ' || \"from\" || ' ' || \"to\" || ' ' || on_update || ' ' || on_delete \
                 FROM pragma_foreign_key_list('{t}') ORDER BY id, seq"
            ),
        ));
        out.extend(texts(
            db,
            &format!("SELECT name || ' ' || \"unique\" || ' ' || partial FROM pragma_index_list('{t}') ORDER BY name"),
        ));
    }
    out
}

fn schema_of(db: &TestDb) -> Vec<String> {
    match db.kind {
        Kind::Postgres => pg_schema(db),
        Kind::MySql => mysql_schema(db),
        Kind::Sqlite => sqlite_schema(db),
    }
}

fn run_create(src: &TestDb, dst: &TestDb, extra: &[&str]) -> Run {
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
    ferry(&args)
}

/// `--create-tables` into the same engine: the schema as the engine's own
/// catalog prints it, item by item, and nothing listed as not carried.
fn same_engine(kind: Kind) {
    let src = fixture(kind);
    let dst = TestDb::new(kind, "schema_dst");
    let run = run_create(&src, &dst, &[]);
    assert_eq!(run.code, 0, "{run}");
    assert!(!run.stdout.contains("not carried"), "{run}");
    assert!(
        run.stdout.contains("phases: tables"),
        "the summary shows the phases\n{run}"
    );
    assert_eq!(schema_of(&dst), schema_of(&src));
}

#[test]
fn postgres_into_postgres_exactly() {
    same_engine(Kind::Postgres);
}

#[test]
fn mariadb_into_mariadb_exactly() {
    same_engine(Kind::MySql);
}

#[test]
fn sqlite_into_sqlite_exactly() {
    same_engine(Kind::Sqlite);
}

/// A snapshot records all of it; a restore into the same engine creates it
/// exactly, `ferry inspect` shows it.
fn snapshot_restores(kind: Kind, format: &str) {
    let src = fixture(kind);
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap").display().to_string();
    let taken = ferry(&[
        "snapshot", "--from", &src.url, "--out", &snap, "--format", format,
    ]);
    assert_eq!(taken.code, 0, "{taken}");
    let inspect = ferry(&["inspect", &snap]);
    assert_eq!(inspect.code, 0, "{inspect}");
    assert!(
        inspect.stdout.contains("views: active_customers")
            || inspect.stdout.contains("views: big_spenders"),
        "{inspect}"
    );
    let dst = TestDb::new(kind, "schema_restore");
    let run = ferry(&[
        "restore",
        &snap,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert!(!run.stdout.contains("not carried"), "{run}");
    assert_eq!(schema_of(&dst), schema_of(&src));
}

#[test]
fn postgres_snapshot_restores_exactly() {
    snapshot_restores(Kind::Postgres, "parquet");
}

#[test]
fn mariadb_snapshot_restores_exactly() {
    snapshot_restores(Kind::MySql, "arrow");
}

#[test]
fn sqlite_snapshot_restores_exactly() {
    snapshot_restores(Kind::Sqlite, "arrow");
}

/// The not-carried lines of a run's output, sorted.
fn not_carried(run: &Run) -> Vec<String> {
    let mut lines: Vec<String> = format!("{}{}", run.stdout, run.stderr)
        .lines()
        .filter_map(|l| l.strip_prefix("warning: not carried: "))
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

#[test]
fn postgres_into_mariadb_translates_or_lists() {
    let src = fixture(Kind::Postgres);
    let dst = TestDb::new(Kind::MySql, "schema_pg_my");
    let run = run_create(&src, &dst, &["--convert", "array=json"]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        not_carried(&run),
        [
            "customer: foreign key (region_id) → region: DEFERRABLE has no equivalent in MySQL, which checks each row at once",
            "customer: index customer_active (region_id, created DESC): MySQL has no partial indexes",
            "customer: index customer_email (lower(email)): MariaDB indexes no expressions",
            "customer: index customer_name (name): MySQL indexes the text column name only by a prefix",
            "customer: index customer_tags (tags): a gin index has no equivalent in MySQL",
            "sequence invoice_numbers: mysql has no sequences",
        ]
    );
    let schema = mysql_schema(&dst);
    for line in [
        "CONSTRAINT `customer_credit_check` CHECK (`credit` >= 0)",
        "CONSTRAINT `customer_status_check` CHECK (`status` in ('new','active','gone'))",
        "CONSTRAINT `region_code_check` CHECK (char_length(`code`) >= 2)",
        "CONSTRAINT `customer_region_id_fkey` FOREIGN KEY (`region_id`) REFERENCES `region` (`id`) ON DELETE CASCADE ON UPDATE CASCADE",
        "CONSTRAINT `orders_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`) ON DELETE SET NULL",
        "`email_lower` longtext GENERATED ALWAYS AS (lcase(`email`)) STORED",
        "UNIQUE KEY `code` (`code`)",
        "`name` longtext NOT NULL COMMENT 'Shown to customers'",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='Sales regions'",
        "select `customer`.`id` AS `id`,`customer`.`email` AS `email`,`customer`.`name` AS `name` from `customer` where `customer`.`status` = 'active'",
    ] {
        assert!(schema.iter().any(|l| l == line), "{line} in\n{}", schema.join("\n"));
    }
}

#[test]
fn postgres_into_sqlite_translates_or_lists() {
    let src = fixture(Kind::Postgres);
    let dst = TestDb::new(Kind::Sqlite, "schema_pg_lite");
    let run = run_create(&src, &dst, &["--convert", "array=json"]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        not_carried(&run),
        [
            "customer: CHECK customer_credit_check ((credit >= (0)::numeric)): it compares the decimal column credit, which SQLite holds as text and would compare as text",
            "customer: index customer_tags (tags): a gin index has no equivalent in sqlite",
            "orders: CHECK orders_total_check ((total >= (0)::numeric)): it compares the decimal column total, which SQLite holds as text and would compare as text",
            "region: comments: sqlite keeps no comments",
            "sequence invoice_numbers: sqlite has no sequences",
        ]
    );
    let schema = sqlite_schema(&dst);
    for line in [
        "index customer_active CREATE INDEX \"customer_active\" ON \"customer\" (\"region_id\", \"created\" DESC) WHERE (\"status\" = 'active')",
        "index customer_email CREATE UNIQUE INDEX \"customer_email\" ON \"customer\" ((lower(\"email\")))",
        "index customer_name CREATE INDEX \"customer_name\" ON \"customer\" (\"name\")",
        "view active_customers CREATE VIEW \"active_customers\" AS SELECT \"customer\".\"id\", \"customer\".\"email\", \"customer\".\"name\" FROM \"customer\" WHERE \"customer\".\"status\" = 'active'",
        "region region_id id CASCADE CASCADE",
        "customer customer_id id NO ACTION SET NULL",
        "email_lower TEXT 0 - 0 3",
    ] {
        assert!(schema.iter().any(|l| l == line), "{line} in\n{}", schema.join("\n"));
    }
    // The translated CHECKs hold in SQLite as they did.
    let refused = dst.exec_result("INSERT INTO region (code, name) VALUES ('X', 'too short')");
    assert!(
        refused
            .as_ref()
            .unwrap_err()
            .contains("CHECK constraint failed: region_code_check"),
        "{refused:?}"
    );
}

#[test]
fn mariadb_into_postgres_and_sqlite() {
    let src = fixture(Kind::MySql);
    let pg = TestDb::new(Kind::Postgres, "schema_my_pg");
    let run = run_create(&src, &pg, &[]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        not_carried(&run),
        [
            "customer: index customer_bio (bio(20)): postgres indexes no column prefix",
            "customer: index customer_text (bio): a FULLTEXT index has no equivalent in postgres",
        ]
    );
    let schema = pg_schema(&pg);
    for line in [
        "CREATE INDEX customer_name ON public.customer USING btree (name)",
        "CREATE UNIQUE INDEX customer_email ON public.customer USING btree (email)",
        "customer customer_credit CHECK ((credit >= (0)::numeric))",
        "customer customer_region FOREIGN KEY (region_id) REFERENCES region(id) ON UPDATE CASCADE ON DELETE SET NULL",
        "orders orders_customer FOREIGN KEY (customer_id) REFERENCES customer(id) ON DELETE CASCADE",
        "region region_code_len CHECK ((length((code)::text) >= 2))",
        "Sales regions / Shown to customers",
        "customer.email_lower lower((email)::text) s",
        "customer.name_len length((name)::text) s",
    ] {
        assert!(schema.iter().any(|l| l == line), "{line} in\n{}", schema.join("\n"));
    }
    assert!(
        schema
            .iter()
            .any(|l| l.starts_with("big_spenders  SELECT customer.id,")),
        "{}",
        schema.join("\n")
    );

    let lite = TestDb::new(Kind::Sqlite, "schema_my_lite");
    let run = run_create(&src, &lite, &[]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        not_carried(&run),
        [
            "customer: CHECK customer_credit (`credit` >= 0): it compares the decimal column credit, which SQLite holds as text and would compare as text",
            "customer: index customer_bio (bio(20)): sqlite indexes no column prefix",
            "customer: index customer_text (bio): a FULLTEXT index has no equivalent in sqlite",
            "orders: CHECK orders_total (`total` >= 0 and `total` < 1000000): it compares the decimal column total, which SQLite holds as text and would compare as text",
            "region: comments: sqlite keeps no comments",
            "view big_spenders: it compares the decimal column credit, which SQLite holds as text and would compare as text",
        ]
    );
}

#[test]
fn sqlite_into_postgres_and_mariadb() {
    let src = fixture(Kind::Sqlite);
    let pg = TestDb::new(Kind::Postgres, "schema_lite_pg");
    let run = run_create(&src, &pg, &[]);
    assert_eq!(run.code, 0, "{run}");
    assert!(not_carried(&run).is_empty(), "{run}");
    let schema = pg_schema(&pg);
    for line in [
        "CREATE INDEX customer_active ON public.customer USING btree (region_id, created DESC) WHERE (status = 'active'::text)",
        "CREATE UNIQUE INDEX customer_email ON public.customer USING btree (lower(email))",
        "orders orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer(id) ON DELETE SET NULL",
        "region region_code_len CHECK ((length((code)::text) >= 2))",
        "customer.email_lower lower(email) s",
    ] {
        assert!(schema.iter().any(|l| l == line), "{line} in\n{}", schema.join("\n"));
    }
    let my = TestDb::new(Kind::MySql, "schema_lite_my");
    let run = run_create(&src, &my, &[]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        not_carried(&run),
        [
            "customer: index customer_active (region_id, created DESC): MySQL has no partial indexes",
            "customer: index customer_email (lower(email)): MariaDB indexes no expressions",
            "customer: index customer_name (name): MySQL indexes the text column name only by a prefix",
        ]
    );
}

/// `--strict-schema` refuses what `--create-tables` cannot carry exactly,
/// in preflight, before anything is written.
#[test]
fn strict_schema_refuses_before_writing() {
    let src = fixture(Kind::Postgres);
    let dst = TestDb::new(Kind::MySql, "schema_strict");
    let run = run_create(&src, &dst, &["--convert", "array=json", "--strict-schema"]);
    assert_eq!(run.code, 3, "{run}");
    for line in [
        "  - not carried exactly (--strict-schema): customer: index customer_tags (tags): a gin index has no equivalent in MySQL",
        "  - not carried exactly (--strict-schema): sequence invoice_numbers: mysql has no sequences",
    ] {
        assert!(run.stderr.contains(line), "{line}\n{run}");
    }
    assert!(texts(&dst, "SHOW TABLES").is_empty(), "nothing was created");
    // Into PostgreSQL everything is carried: strict changes nothing.
    let pg = TestDb::new(Kind::Postgres, "schema_strict_pg");
    let run = run_create(&src, &pg, &["--strict-schema"]);
    assert_eq!(run.code, 0, "{run}");
}

/// An existing target is compared, not changed: the plan names the
/// indexes, CHECKs and actions the two sides do not share.
#[test]
fn an_existing_target_is_compared_not_changed() {
    let src = fixture(Kind::Postgres);
    let dst = fixture(Kind::Postgres);
    dst.exec(
        "DELETE FROM sales.region; DELETE FROM orders; DELETE FROM customer; DELETE FROM region",
    );
    dst.exec("DROP INDEX customer_name");
    dst.exec("CREATE INDEX customer_created ON customer (created)");
    dst.exec("ALTER TABLE orders DROP CONSTRAINT orders_total_check");
    dst.exec(
        "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey, \
         ADD FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE",
    );
    let before = pg_schema(&dst);
    let plan = ferry(&["plan", "--from", &src.url, "--to", &dst.url]);
    assert_eq!(plan.code, 0, "{plan}");
    for line in [
        "warning: customer: the source has index customer_name (name), the target has none on those columns",
        "warning: customer: the target has index customer_created (created), the source has none on those columns",
        "warning: orders: the source has 1 CHECK constraint, the target 0",
        "warning: orders: foreign key (customer_id) → customer: ON DELETE SET NULL ON UPDATE NO ACTION in the source, ON DELETE CASCADE ON UPDATE NO ACTION in the target",
    ] {
        assert!(plan.stdout.contains(line), "{line}\n{plan}");
    }
    let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(pg_schema(&dst), before, "the target's schema is unchanged");
}

/// Tables of another PostgreSQL schema are read with `--schemas` and named
/// `schema.table` everywhere (`--tables 'sales.*'`): into PostgreSQL in a
/// schema of the same name, with their indexes, keys and views; through a
/// snapshot, which records the schemas; into SQLite as tables named
/// `sales.region`.
#[test]
fn another_postgres_schema() {
    let src = fixture(Kind::Postgres);
    let empty = TestDb::new(Kind::Sqlite, "schema_none");
    let missing = ferry(&[
        "plan",
        "--from",
        &src.url,
        "--to",
        &empty.url,
        "--tables",
        "sales.region",
    ]);
    assert_eq!(missing.code, 2, "{missing}");
    assert!(
        missing.stderr.contains("--tables 'sales.region' matches no table in the source (its tables: customer, orders, region); a table of another PostgreSQL schema is read with --schemas sales"),
        "{missing}"
    );
    let sales = |db: &TestDb| {
        texts(
            db,
            "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid \
             WHERE c.relnamespace = 'sales'::regnamespace \
             UNION ALL SELECT conname::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint \
             WHERE connamespace = 'sales'::regnamespace \
             UNION ALL SELECT viewname::text || ' ' || pg_get_viewdef(('sales.' || viewname)::regclass) \
             FROM pg_views WHERE schemaname = 'sales' \
             UNION ALL SELECT id::text || ' ' || name || ' ' || coalesce(manager_id::text, '-') FROM sales.region \
             ORDER BY 1",
        )
    };
    let args = ["--schemas", "sales", "--tables", "sales.*,customer,region"];
    let pg = TestDb::new(Kind::Postgres, "schema_sales");
    let run = run_create(&src, &pg, &args);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("sales.region"), "{run}");
    assert_eq!(sales(&pg), sales(&src));
    assert_eq!(
        texts(&pg, "SELECT count(*)::text FROM public.region"),
        ["2"],
        "public.region is a table of its own"
    );

    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap").display().to_string();
    let taken = ferry(&[&["snapshot", "--from", &src.url, "--out", &snap][..], &args].concat());
    assert_eq!(taken.code, 0, "{taken}");
    let restored = TestDb::new(Kind::Postgres, "schema_sales_restore");
    let run = ferry(&[
        "restore",
        &snap,
        "--to",
        &restored.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(sales(&restored), sales(&src));

    let lite = TestDb::new(Kind::Sqlite, "schema_sales_lite");
    let run = run_create(
        &src,
        &lite,
        &[&args[..], &["--convert", "array=json"]].concat(),
    );
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(
        texts(
            &lite,
            "SELECT id || ' ' || name FROM \"sales.region\" ORDER BY id"
        ),
        ["1 North", "2 South"]
    );
}

/// A restore into another engine creates what a direct run would: the
/// same translations, the same list of what is not carried.
#[test]
fn a_snapshot_restores_into_another_engine_as_a_run_would() {
    for (from, to, extra) in [
        (Kind::MySql, Kind::Postgres, &[][..]),
        (
            Kind::Postgres,
            Kind::Sqlite,
            &["--convert", "array=text"][..],
        ),
    ] {
        let src = fixture(from);
        let direct = TestDb::new(to, "schema_direct");
        let run = run_create(&src, &direct, extra);
        assert_eq!(run.code, 0, "{run}");
        let dir = tempfile::tempdir().unwrap();
        let snap = dir.path().join("snap").display().to_string();
        let taken = ferry(&["snapshot", "--from", &src.url, "--out", &snap]);
        assert_eq!(taken.code, 0, "{taken}");
        let restored = TestDb::new(to, "schema_restored");
        let restore = ferry(
            &[
                &[
                    "restore",
                    &snap,
                    "--to",
                    &restored.url,
                    "--create-tables",
                    "--yes",
                ][..],
                extra,
            ]
            .concat(),
        );
        assert_eq!(restore.code, 0, "{restore}");
        assert_eq!(not_carried(&restore), not_carried(&run));
        assert_eq!(schema_of(&restored), schema_of(&direct));
    }
}
