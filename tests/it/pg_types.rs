//! PostgreSQL's own types — arrays, tsvector, ranges, interval, network
//! addresses, money, bit strings, xml, composite, geometric and extension
//! types, domains — PostgreSQL → PostgreSQL exactly, through a snapshot
//! exactly, and into MySQL and SQLite only through a named conversion.

use crate::common::{ferry, Kind, TestDb};

const SCHEMA: &str = "
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TYPE mood AS ENUM ('calm', 'odd');
CREATE TYPE pair AS (a integer, b text);
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE kinds (
  id integer PRIMARY KEY,
  tags text[],
  grid integer[][],
  moods mood[],
  stamps timestamptz[],
  doc tsvector,
  span int4range,
  during tstzrange,
  wait interval,
  host inet,
  net cidr,
  mac macaddr,
  cost money,
  flags bit(4),
  bits varbit,
  page xml,
  p pair,
  at point,
  name citext,
  attrs hstore,
  n positive,
  clock timetz
);
INSERT INTO kinds VALUES
 (1, ARRAY['a', 'b,c', 'd\"e', NULL, ''], '{{1,2},{3,4}}', '{calm,odd}', ARRAY['2024-02-29 12:00:00+02'::timestamptz],
  to_tsvector('english', 'The quick brown foxes'), '[1,10)', '[2024-01-01 00:00+00,2024-02-01 00:00+00)',
  '1 day 02:03:04.5', '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03', 12.34, B'1010', B'110',
  '<a>b</a>', ROW(1, 'x'), '(1.5,2)', 'MiXeD', 'k=>v, \"a b\"=>NULL', 5, '12:00:00+02'),
 (2, '{}', NULL, NULL, NULL, NULL, 'empty', NULL, '-3 mons', '::1', NULL, NULL, -0.5, NULL, B'', NULL, NULL, NULL, NULL, NULL, NULL, NULL);
";

/// Every row as PostgreSQL prints it.
fn as_text(db: &TestDb) -> Vec<String> {
    crate::common::rt().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query_scalar::<_, String>("SELECT k::text FROM kinds k ORDER BY id")
            .fetch_all(&mut c)
            .await
            .unwrap()
    })
}

fn source() -> TestDb {
    let db = TestDb::new(Kind::Postgres, "pgtypes");
    db.exec(SCHEMA);
    db
}

/// A target PostgreSQL database with the types the table needs.
fn pg_target() -> TestDb {
    let db = TestDb::new(Kind::Postgres, "pgtypes_dst");
    db.exec(
        "CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION IF NOT EXISTS hstore; \
         CREATE TYPE mood AS ENUM ('calm', 'odd'); CREATE TYPE pair AS (a integer, b text)",
    );
    db
}

#[test]
fn postgres_to_postgres_is_exact() {
    let src = source();
    let dst = pg_target();
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
    assert_eq!(as_text(&dst), as_text(&src));
    // The domain became its base type, every other type is the source's.
    assert_eq!(
        dst.scalar(
            "SELECT count(*) FROM information_schema.columns c1 WHERE table_name = 'kinds' AND \
             udt_name = 'int4' AND column_name = 'n'"
        ),
        1
    );
    // Into the table as it now exists: the same rows again after emptying it.
    dst.exec("DELETE FROM kinds");
    let again = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--yes"]);
    assert_eq!(again.code, 0, "{again}");
    assert_eq!(as_text(&dst), as_text(&src));
}

#[test]
fn a_type_the_target_lacks_is_refused_in_preflight() {
    let src = source();
    let dst = TestDb::new(Kind::Postgres, "pgtypes_bare");
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 3, "{run}");
    for line in [
        "kinds.moods: the target has no type mood[]; create it first (CREATE EXTENSION or CREATE TYPE, as the source has it), or create the table yourself",
        "kinds.name: the target has no type citext;",
        "kinds.attrs: the target has no type hstore;",
        "kinds.p: the target has no type pair;",
    ] {
        assert!(run.stderr.contains(line), "{line}\n{run}");
    }
}

#[test]
fn a_snapshot_restores_into_postgres_exactly() {
    let src = source();
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap");
    let snap = snap.display().to_string();
    let taken = ferry(&[
        "snapshot", "--from", &src.url, "--out", &snap, "--format", "parquet",
    ]);
    assert_eq!(taken.code, 0, "{taken}");
    let dst = pg_target();
    let run = ferry(&[
        "restore",
        &snap,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(as_text(&dst), as_text(&src));
    // Into SQLite, only their text form can come out of a snapshot.
    let sqlite = TestDb::new(Kind::Sqlite, "from_snapshot");
    let json = ferry(&[
        "restore",
        &snap,
        "--to",
        &sqlite.url,
        "--create-tables",
        "--yes",
        "--convert",
        "array=json",
    ]);
    assert_eq!(json.code, 3, "{json}");
    assert!(
        json.stderr.contains("kinds.tags: the snapshot holds postgres text[] in PostgreSQL's text form, which only a PostgreSQL source turns into JSON; restore into PostgreSQL, or take the snapshot with --convert array=json"),
        "{json}"
    );
}

/// Every family names its conversion; with them the values arrive as JSON
/// (arrays, composites) or PostgreSQL's text form.
fn converted_into(kind: Kind) {
    let src = source();
    let dst = TestDb::new(kind, "pgtypes_conv");
    let refused = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &dst.url,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(refused.code, 3, "{refused}");
    let engine = kind.name();
    for (column, ty, family) in [
        ("tags", "text[]", "array"),
        ("doc", "tsvector", "tsvector"),
        ("span", "int4range", "range"),
        ("wait", "interval", "interval"),
        ("host", "inet", "inet"),
        ("mac", "macaddr", "macaddr"),
        ("cost", "money", "money"),
        ("flags", "bit(4)", "bit"),
        ("page", "xml", "xml"),
        ("p", "pair", "composite"),
        ("at", "point", "geometric"),
        ("name", "citext", "citext"),
        ("attrs", "hstore", "other"),
        ("clock", "time with time zone", "timetz"),
    ] {
        let line = format!(
            "kinds.{column}: postgres {ty} cannot be written as it is ({engine} has no such type); allow a conversion: --convert {family}="
        );
        assert!(refused.stderr.contains(&line), "{line}\n{refused}");
    }
    let job = tempfile::NamedTempFile::new().unwrap();
    // The per-column form: the composite as its text, not JSON.
    std::fs::write(
        job.path(),
        "[convert]\n\"kinds.p\" = \"text\"\n[convert.types]\narray = \"json\"\n",
    )
    .unwrap();
    let job = job.path().display().to_string();
    let run = ferry(&[
        "run", "--from", &src.url, "--to", &dst.url, "--create-tables", "--yes", "--job", &job, "--convert",
        "tsvector=text,range=text,interval=text,inet=text,macaddr=text,money=text,bit=text,xml=text,\
         geometric=text,citext=text,other=text,timetz=text",
    ]);
    assert_eq!(run.code, 0, "{run}");
    let sql = match kind {
        Kind::MySql => "SELECT CAST(concat_ws('|', tags, grid, moods, doc, span, wait, host, cost, flags, p, name) AS CHAR) FROM kinds WHERE id = 1",
        _ => "SELECT concat_ws('|', tags, grid, moods, doc, span, wait, host, cost, flags, p, name) FROM kinds WHERE id = 1",
    };
    let row: String = crate::common::rt().block_on(async {
        use sqlx::Connection;
        match kind {
            Kind::MySql => {
                let mut c = sqlx::MySqlConnection::connect(&dst.url).await.unwrap();
                sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap()
            }
            _ => {
                let mut c = sqlx::SqliteConnection::connect(&dst.url).await.unwrap();
                sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap()
            }
        }
    });
    // MySQL 8 stores JSON normalised, with a space after each comma;
    // MariaDB keeps the text.
    let row = row.replace(", ", ",");
    let tags = r#"["a","b,c","d\"e",null,""]|[[1,2],[3,4]]|["calm","odd"]"#;
    assert_eq!(
        row,
        format!("{tags}|'brown':3 'fox':4 'quick':2|[1,10)|1 day 02:03:04.5|192.168.0.1/24|$12.34|1010|(1,x)|MiXeD")
    );
}

#[test]
fn converted_into_mysql() {
    converted_into(Kind::MySql);
}

#[test]
fn converted_into_sqlite() {
    converted_into(Kind::Sqlite);
}

#[test]
fn a_bad_conversion_is_bad_input() {
    let src = source();
    let dst = TestDb::new(Kind::Sqlite, "x");
    for (flag, message) in [
        ("arry=json", "--convert: 'arry' is not a type family; use one of array, tsvector, range, interval, inet, macaddr, money, bit, xml, composite, timetz, geometric, citext, other"),
        ("tsvector=json", "--convert: tsvector=json: a tsvector value can become text"),
        ("array=xml", "--convert: array=xml: a array value can become json or text"),
    ] {
        let run = ferry(&["run", "--from", &src.url, "--to", &dst.url, "--create-tables", "--yes", "--convert", flag]);
        assert_eq!(run.code, 2, "{run}");
        assert!(run.stderr.contains(message), "{message}\n{run}");
    }
}

/// PostgreSQL's timestamps reach 294276 AD, past what microseconds since
/// 1970 hold in an i64 (the offset between the epochs overflowed: a panic
/// in a debug build, a wrapped value in a release build): refused naming
/// the column, nothing written.
#[test]
fn timestamps_past_what_arrow_holds_are_refused() {
    let src = TestDb::new(Kind::Postgres, "far_ts");
    src.exec_script(
        "CREATE TABLE ev (id INTEGER PRIMARY KEY, at TIMESTAMP, d DATE);
         INSERT INTO ev VALUES (1, '2024-01-01', '2024-01-01'), (2, '294276-12-31 23:59:59', '2024-01-01');",
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ev.db");
    let to = format!("sqlite://{}", file.display());
    let run = ferry(&[
        "run",
        "--from",
        &src.url,
        "--to",
        &to,
        "--create-tables",
        "--yes",
    ]);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stderr.contains(
            "error: ev.at: a timestamp past what microseconds since 1970 hold (after 294246 AD)"
        ),
        "{run}"
    );
    assert!(!run.stderr.contains("panicked"), "{run}");
    assert!(!file.exists(), "a refused run leaves no file");
}
