#!/usr/bin/env python3
"""ferry's side-by-side benchmark harness.

One command:

    python3 benches/harness.py                  # 1,000,000 rows, 3 runs, every pair
    python3 benches/harness.py --rows 20000 --runs 1 --pairs pg-pg,my-pg

What it does, in order:

1. installs the other tools where they are missing (Debian's pgloader,
   pgcopydb, mydumper, time; PyPI's sling, sling-linux-amd64, connectorx,
   pyarrow) and builds target/release/ferry if it is missing;
2. checks that PostgreSQL (127.0.0.1:5432, postgres, trust) and MariaDB
   (127.0.0.1:3306, root, no password) answer, starting installed servers
   that are stopped;
3. builds the dataset (`bench_rows` with --rows rows, `bench_users` with
   50,000 rows) in PostgreSQL with generate_series, and copies it to MariaDB
   (LOAD DATA LOCAL INFILE of psql's text-format \\copy) and SQLite (Python's
   sqlite3 module reading the same file) -- never with ferry, so a ferry bug
   cannot corrupt the reference data. The three sources are then checked to
   hold equal content;
4. for every pair, repeats --runs times: for each tool (the starting tool
   rotates every repetition), empties the target the same way, runs the
   tool's whole command under GNU time, and verifies the copy against the
   source with engine-independent aggregate checks;
5. writes benches/README.md: machine, versions, exact commands, the results
   table (median wall time, rows/s, MB/s, peak RSS, ratio to ferry) and
   whether the issue's targets are met.

Only the databases bench_src and bench_dst on each server are touched
(dropped and recreated). Everything else lives in --workdir.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import os
import platform
import re
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
KEEP_MARKER = "<!-- harness.py: end of the generated part; what follows is kept when the harness writes this file again -->"
DATASET_VERSION = "ferry-bench-dataset-v1"
USERS_ROWS = 50_000

PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
MY_HOST, MY_PORT, MY_USER = "127.0.0.1", 3306, "root"

APT_PACKAGES = [
    "pgloader",
    "pgcopydb",
    "mydumper",
    "time",
    "sqlite3",
    "postgresql-client",
    "mariadb-client",
]
# (module to import, PyPI package)
PIP_PACKAGES = [
    ("connectorx", "connectorx"),
    ("pyarrow", "pyarrow"),
    ("sling", "sling"),
    ("sling_linux_amd64" if platform.machine() in ("x86_64", "AMD64") else "sling_linux_arm64",
     "sling-linux-amd64" if platform.machine() in ("x86_64", "AMD64") else "sling-linux-arm64"),
]

GNU_TIME = "/usr/bin/time"
LITE_SRC_NAME = "src.db"


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def die(msg: str) -> None:
    print(f"harness: {msg}", file=sys.stderr)
    sys.exit(2)


def run(cmd, *, check=True, env=None, input=None, timeout=None, cwd=None) -> subprocess.CompletedProcess:
    """Runs a command (list, or a string for bash) and captures its output as text."""
    if isinstance(cmd, str):
        cmd = ["bash", "-o", "pipefail", "-c", cmd]
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, input=input, timeout=timeout, cwd=cwd)
    if check and p.returncode != 0:
        raise RuntimeError(
            f"command failed (exit {p.returncode}): {shlex.join(cmd)}\n{p.stdout[-2000:]}{p.stderr[-4000:]}"
        )
    return p


# --------------------------------------------------------------------------
# engines: connection strings, SQL helpers
# --------------------------------------------------------------------------

def psql_cmd(db: str) -> str:
    return f"psql -X -q -v ON_ERROR_STOP=1 -h {PG_HOST} -p {PG_PORT} -U {PG_USER} -d {db}"


def my_cmd(db: str | None = None) -> str:
    return f"mariadb -h {MY_HOST} -P {MY_PORT} -u {MY_USER}" + (f" {db}" if db else "")


def pg(db: str, sql: str) -> list[list[str | None]]:
    """Runs SQL in PostgreSQL; returns the last statement's rows (NULL -> None)."""
    p = run(["psql", "-X", "-q", "-A", "-t", "-F", "\x1f", "-P", "null=\x1e", "-v", "ON_ERROR_STOP=1",
             "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, "-d", db], input=sql)
    rows = []
    # split("\n"), not splitlines(): splitlines() also splits at the \x1e that marks a NULL
    for line in p.stdout.split("\n"):
        if line == "":
            continue
        rows.append([None if v == "\x1e" else v for v in line.split("\x1f")])
    return rows


def my(db: str | None, sql: str, local_infile=False) -> list[list[str | None]]:
    """Runs SQL in MariaDB; returns rows (NULL -> None)."""
    cmd = ["mariadb", "-h", MY_HOST, "-P", str(MY_PORT), "-u", MY_USER, "-N", "-B", "--raw"]
    if local_infile:
        cmd.append("--local-infile=1")
    if db:
        cmd.append(db)
    p = run(cmd, input=sql)
    rows = []
    for line in p.stdout.splitlines():
        rows.append([None if v == "NULL" else v for v in line.split("\t")])
    return rows


def lite(path: Path, sql: str) -> list[list]:
    con = sqlite3.connect(str(path))
    try:
        return [list(r) for r in con.execute(sql).fetchall()]
    finally:
        con.close()


# --------------------------------------------------------------------------
# the dataset
# --------------------------------------------------------------------------

PG_ROWS_DDL = """
CREATE TABLE bench_rows (
    id          bigint PRIMARY KEY,
    account_id  integer,
    created_at  timestamp,
    amount      numeric(12,2),
    status      varchar(16),
    flag        boolean,
    score       double precision,
    payload     text,
    ref_uuid    uuid
);
"""
PG_USERS_DDL = """
CREATE TABLE bench_users (
    id           bigint PRIMARY KEY,
    username     varchar(64) NOT NULL UNIQUE,
    email        varchar(128),
    display_name text,
    created_at   timestamp NOT NULL,
    active       boolean NOT NULL
);
"""

# Deterministic content: every value is a function of the row number i (no
# random()), so every build of the dataset is byte-for-byte the same.
PG_FILL = """
INSERT INTO bench_rows
SELECT i,
       ((i * 7919) % 100000 + 1)::int,
       timestamp '2020-01-01 00:00:00' + i * interval '37 seconds' + ((i * 7) % 1000000) * interval '1 microsecond',
       CASE WHEN i % 100 = 7 THEN NULL
            ELSE ((((i * 104729) % 200000001) - 100000000) / 100.0)::numeric(12,2) END,
       CASE WHEN i % 20 = 3 THEN NULL
            WHEN i % 20 = 4 THEN ''
            ELSE (ARRAY['new','paid','shipped','cancelled','refunded','on-hold','überfällig','en attente'])[1 + (i % 8)::int] END,
       i % 3 = 0,
       CASE WHEN i % 25 = 5 THEN NULL ELSE ((i * 48271) % 2147483647)::float8 / 3.0 - 350000000.0 END,
       md5(i::text) || ' ' ||
       CASE i % 16
            WHEN 0 THEN E'tab\\there'
            WHEN 1 THEN E'line\\nbreak'
            WHEN 2 THEN 'it''s "quoted"'
            WHEN 3 THEN 'naïve café – Grüße, 日本語 ✓'
            WHEN 4 THEN E'back\\\\slash'
            WHEN 5 THEN E'crlf\\r\\nend'
            WHEN 6 THEN 'emoji 🚀 and ß'
            WHEN 7 THEN 'comma, semicolon; pipe|'
            ELSE 'plain ascii text' END || ' ' ||
       md5((i * 3)::text) || md5((i * 7)::text) || left(md5((i * 11)::text), (i % 17)::int),
       md5(i::text || '/uuid')::uuid
FROM generate_series(1::bigint, __ROWS__::bigint) AS g(i);

INSERT INTO bench_users
SELECT i,
       'user' || i,
       CASE WHEN i % 10 = 0 THEN NULL ELSE 'user' || i || '@example.com' END,
       CASE i % 4 WHEN 0 THEN 'Zoë ' || i WHEN 1 THEN 'Björn ' || i WHEN 2 THEN 'Ana María ' || i ELSE 'User ' || i END,
       timestamp '2019-06-01 08:00:00' + i * interval '17 minutes',
       i % 9 <> 0
FROM generate_series(1::bigint, __USERS__::bigint) AS g(i);
"""

MY_ROWS_DDL = """
CREATE TABLE bench_rows (
    id          bigint PRIMARY KEY,
    account_id  int,
    created_at  datetime(6),
    amount      decimal(12,2),
    status      varchar(16),
    flag        boolean,
    score       double,
    payload     text,
    ref_uuid    char(36)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
"""
MY_USERS_DDL = """
CREATE TABLE bench_users (
    id           bigint PRIMARY KEY,
    username     varchar(64) NOT NULL UNIQUE,
    email        varchar(128),
    display_name text,
    created_at   datetime(6) NOT NULL,
    active       boolean NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
"""

# The declared types ferry's --create-tables uses on SQLite (README, Types).
LITE_ROWS_DDL = """
CREATE TABLE bench_rows (
    id          INTEGER PRIMARY KEY,
    account_id  INT,
    created_at  TIMESTAMP,
    amount      DECIMAL_TEXT(12,2),
    status      VARCHAR(16),
    flag        BOOLEAN,
    score       DOUBLE,
    payload     TEXT,
    ref_uuid    UUID
);
"""
LITE_USERS_DDL = """
CREATE TABLE bench_users (
    id           INTEGER PRIMARY KEY,
    username     VARCHAR(64) NOT NULL UNIQUE,
    email        VARCHAR(128),
    display_name TEXT,
    created_at   TIMESTAMP NOT NULL,
    active       BOOLEAN NOT NULL
);
"""

COLS = {
    "bench_rows": ["id", "account_id", "created_at", "amount", "status", "flag", "score", "payload", "ref_uuid"],
    "bench_users": ["id", "username", "email", "display_name", "created_at", "active"],
}
BOOL_COLS = {"bench_rows": {"flag"}, "bench_users": {"active"}}
INT_COLS = {"bench_rows": {"id", "account_id", "flag"}, "bench_users": {"id", "active"}}
FLOAT_COLS = {"bench_rows": {"score"}, "bench_users": set()}

_UNESCAPE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def unescape_pg_text(v: str) -> str:
    """Decodes one field of PostgreSQL's COPY text format (no octal escapes occur here)."""
    if "\\" not in v:
        return v
    return re.sub(r"\\(.)", lambda m: _UNESCAPE.get(m.group(1), m.group(1)), v)


def export_select(table: str) -> str:
    cols = [f"{c}::int" if c in BOOL_COLS[table] else c for c in COLS[table]]
    return f"SELECT {', '.join(cols)} FROM {table} ORDER BY id"


def pg_recreate_db(name: str) -> None:
    pg("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE);")
    pg("postgres", f"CREATE DATABASE {name};")


def my_recreate_db(name: str) -> None:
    my(None, f"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name} CHARACTER SET utf8mb4;")


def dataset_marker(rows: int) -> str:
    return f"{DATASET_VERSION} rows={rows} users={USERS_ROWS}"


def existing_dataset_ok(ctx: "Ctx") -> bool:
    """True when all three sources hold this harness's dataset of --rows rows."""
    try:
        mark = pg("bench_src", "SELECT obj_description('bench_rows'::regclass, 'pg_class');")
        if not mark or mark[0][0] != dataset_marker(ctx.rows):
            return False
        if my("bench_src", "SELECT table_comment FROM information_schema.tables "
                           "WHERE table_schema='bench_src' AND table_name='bench_rows';") != [[dataset_marker(ctx.rows)]]:
            return False
        if not ctx.lite_src.exists():
            return False
        if lite(ctx.lite_src, "SELECT value FROM bench_meta WHERE key='marker'") != [[dataset_marker(ctx.rows)]]:
            return False
    except Exception:
        return False
    return True


def build_dataset(ctx: "Ctx") -> None:
    t0 = time.time()
    log(f"building the dataset in PostgreSQL: bench_rows {ctx.rows} rows, bench_users {USERS_ROWS} rows")
    pg_recreate_db("bench_src")
    pg("bench_src", PG_ROWS_DDL + PG_USERS_DDL + PG_FILL.replace("__ROWS__", str(ctx.rows)).replace("__USERS__", str(USERS_ROWS))
       + f"COMMENT ON TABLE bench_rows IS '{dataset_marker(ctx.rows)}';\n"
       + "VACUUM ANALYZE bench_rows; VACUUM ANALYZE bench_users;")

    dumps = {}
    for table in COLS:
        f = ctx.work / f"{table}.tsv"
        run(f"{psql_cmd('bench_src')} -c {shlex.quote(chr(92) + 'copy (' + export_select(table) + ') TO ' + shlex.quote(str(f)))}")
        dumps[table] = f

    log("copying it to MariaDB with LOAD DATA LOCAL INFILE")
    my_recreate_db("bench_src")
    load = MY_ROWS_DDL + MY_USERS_DDL
    for table, f in dumps.items():
        # psql's text format is MySQL's default LOAD DATA format: tab-separated,
        # backslash escapes, \N for NULL.
        load += (f"LOAD DATA LOCAL INFILE '{f}' INTO TABLE {table} CHARACTER SET utf8mb4 "
                 f"FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' "
                 f"({', '.join(COLS[table])});\n")
        load += "SHOW WARNINGS;\n"
    load += f"ALTER TABLE bench_rows COMMENT = '{dataset_marker(ctx.rows)}'; ANALYZE TABLE bench_rows, bench_users;\n"
    out = my("bench_src", load, local_infile=True)
    warnings = [r for r in out if r and r[0] in ("Warning", "Error", "Note")]
    if warnings:
        die(f"LOAD DATA into MariaDB gave warnings: {warnings[:5]}")

    log("copying it to SQLite with Python's sqlite3 module")
    if ctx.lite_src.exists():
        ctx.lite_src.unlink()
    con = sqlite3.connect(str(ctx.lite_src))
    con.executescript(LITE_ROWS_DDL + LITE_USERS_DDL)
    con.execute("CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT)")
    for table, f in dumps.items():
        ints, floats = INT_COLS[table], FLOAT_COLS[table]
        cols = COLS[table]

        def rows_of(path=f, cols=cols, ints=ints, floats=floats):
            with open(path, encoding="utf-8", newline="\n") as fh:
                for line in fh:
                    vals = line.rstrip("\n").split("\t")
                    out = []
                    for c, v in zip(cols, vals):
                        if v == "\\N":
                            out.append(None)
                        elif c in ints:
                            out.append(int(v))
                        elif c in floats:
                            out.append(float(v))
                        else:
                            out.append(unescape_pg_text(v))
                    yield out

        con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows_of())
    con.execute("INSERT INTO bench_meta VALUES ('marker', ?)", (dataset_marker(ctx.rows),))
    con.commit()
    con.close()
    for f in dumps.values():
        f.unlink()
    log(f"dataset built in {time.time() - t0:.1f} s")


# --------------------------------------------------------------------------
# verification: the same aggregates computed by each engine's SQL
# --------------------------------------------------------------------------

# key -> (kind, PostgreSQL, MariaDB, SQLite). kind: int (exact), text (exact),
# float (exact, as a double), fsum (relative tolerance 1e-9: summation order differs).
CHECKS: list[tuple[str, str, str, str, str]] = [
    ("rows", "int", "count(*)", "count(*)", "count(*)"),
    ("sum_id", "int", "sum(id)", "sum(id)", "sum(id)"),
    ("sum_account_id", "int", "sum(account_id)", "sum(account_id)", "sum(account_id)"),
    ("n_created_at", "int", "count(created_at)", "count(created_at)", "count(created_at)"),
    ("sum_created_at_seconds", "int",
     "sum(floor(extract(epoch FROM created_at)))::bigint",
     "sum(timestampdiff(SECOND, '1970-01-01 00:00:00', created_at))",
     "sum(CAST(strftime('%s', substr(created_at, 1, 19)) AS INTEGER))"),
    ("sum_created_at_micros", "int",
     "sum(extract(microseconds FROM created_at)::bigint % 1000000)",
     "sum(microsecond(created_at))",
     # the fraction after 'YYYY-MM-DD HH:MM:SS.', right-padded to 6 digits
     "sum(CASE WHEN substr(created_at, 20, 1) = '.' THEN CAST(substr(replace(replace(substr(created_at, 21), 'Z', ''), '+00:00', '') || '000000', 1, 6) AS INTEGER) ELSE 0 END)"),
    ("n_amount", "int", "count(amount)", "count(amount)", "count(amount)"),
    ("sum_amount_cents", "int", "sum(amount * 100)::bigint", "CAST(sum(amount * 100) AS SIGNED)",
     "sum(CAST(round(amount * 100) AS INTEGER))"),
    ("n_status", "int", "count(status)", "count(status)", "count(status)"),
    ("n_status_empty", "int", "count(*) FILTER (WHERE status = '')", "sum(status = '')", "sum(status = '')"),
    ("sum_status_chars", "int", "sum(length(status))", "sum(char_length(status))", "sum(length(status))"),
    ("n_flag", "int", "count(flag)", "count(flag)", "count(flag)"),
    ("sum_flag", "int", "sum(flag::int)", "sum(flag)", "sum(flag)"),
    ("n_score", "int", "count(score)", "count(score)", "count(score)"),
    ("sum_score", "fsum", "sum(score)", "sum(score)", "sum(score)"),
    ("min_score", "float", "min(score)", "min(score)", "min(score)"),
    ("max_score", "float", "max(score)", "max(score)", "max(score)"),
    ("n_payload", "int", "count(payload)", "count(payload)", "count(payload)"),
    ("sum_payload_chars", "int", "sum(length(payload))", "sum(char_length(payload))", "sum(length(payload))"),
    ("sum_payload_bytes", "int", "sum(octet_length(payload))", "sum(octet_length(payload))",
     "sum(length(CAST(payload AS BLOB)))"),
    ("n_payload_tab", "int", "count(*) FILTER (WHERE strpos(payload, chr(9)) > 0)",
     "sum(locate(char(9), payload) > 0)", "sum(instr(payload, char(9)) > 0)"),
    ("n_payload_newline", "int", "count(*) FILTER (WHERE strpos(payload, chr(10)) > 0)",
     "sum(locate(char(10), payload) > 0)", "sum(instr(payload, char(10)) > 0)"),
    ("n_payload_cr", "int", "count(*) FILTER (WHERE strpos(payload, chr(13)) > 0)",
     "sum(locate(char(13), payload) > 0)", "sum(instr(payload, char(13)) > 0)"),
    ("n_payload_quote", "int", "count(*) FILTER (WHERE strpos(payload, '\"') > 0)",
     "sum(locate('\"', payload) > 0)", "sum(instr(payload, '\"') > 0)"),
    ("n_payload_backslash", "int", "count(*) FILTER (WHERE strpos(payload, chr(92)) > 0)",
     "sum(locate(char(92), payload) > 0)", "sum(instr(payload, char(92)) > 0)"),
    ("n_ref_uuid", "int", "count(ref_uuid)", "count(ref_uuid)", "count(ref_uuid)"),
    ("min_ref_uuid", "text", "min(ref_uuid::text)", "min(lower(ref_uuid))", "min(lower(ref_uuid))"),
    ("max_ref_uuid", "text", "max(ref_uuid::text)", "max(lower(ref_uuid))", "max(lower(ref_uuid))"),
]
CHECK_KIND = {c[0]: c[1] for c in CHECKS}


def _norm(kind: str, v):
    """A check's value as a Python number or text; a value that is not a number stays text (and differs)."""
    if v is None:
        return None
    try:
        if kind == "int":
            return int(v) if isinstance(v, int) else int(float(v)) if isinstance(v, float) else int(str(v))
        if kind in ("float", "fsum"):
            return float(v)
    except (TypeError, ValueError):
        return str(v)
    return str(v)


def checks_sql(engine: str) -> str:
    idx = {"pg": 2, "my": 3, "lite": 4}[engine]
    exprs = []
    for c in CHECKS:
        e = c[idx]
        if c[1] == "int" and not e.startswith("count("):
            e = f"coalesce({e}, 0)"
        exprs.append(e)
    return "SELECT " + ", ".join(exprs) + " FROM bench_rows"


def table_checks(engine: str, where: str) -> dict:
    """Aggregates of bench_rows in one database (engine pg/my: database name; lite: file)."""
    sql = checks_sql(engine)
    if engine == "pg":
        row = pg(where, sql + ";")[0]
    elif engine == "my":
        row = my(where, sql + ";")[0]
    else:
        row = lite(Path(where), sql)[0]
    return {c[0]: _norm(c[1], v) for c, v in zip(CHECKS, row)}


def compare_checks(expected: dict, got: dict) -> list[str]:
    """The keys that differ, as 'key: got X, expected Y' (only keys present in both)."""
    diffs = []
    for k, want in expected.items():
        if k not in got:
            continue
        have = got[k]
        kind = CHECK_KIND.get(k, "int")
        if kind == "fsum" and isinstance(want, float) and isinstance(have, float):
            ok = abs(have - want) <= 1e-9 * max(1.0, abs(want))
        else:
            ok = have == want
        if not ok:
            diffs.append(f"{k}: got {have!r}, expected {want!r}")
    return diffs


# --------------------------------------------------------------------------
# workers run in a separate python process (timed as a whole): connectorx
# --------------------------------------------------------------------------

def arrow_checks(table) -> dict:
    """The CHECKS that can be computed on a pyarrow Table of bench_rows."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def col(name):
        return table.column(name)

    def isum(a):
        v = pc.sum(a).as_py()
        return 0 if v is None else int(v)

    out = {"rows": table.num_rows, "sum_id": isum(col("id")), "sum_account_id": isum(col("account_id"))}
    ts = col("created_at")
    out["n_created_at"] = len(ts) - ts.null_count
    micros = pc.cast(pc.cast(ts, pa.timestamp("us")), pa.int64())
    out["sum_created_at_seconds"] = isum(pc.divide(micros, 1_000_000))
    out["sum_created_at_micros"] = isum(pc.subtract(micros, pc.multiply(pc.divide(micros, 1_000_000), 1_000_000)))
    amount = col("amount")
    out["n_amount"] = len(amount) - amount.null_count
    if pa.types.is_decimal(amount.type):
        s = pc.sum(amount).as_py()
        out["sum_amount_cents"] = 0 if s is None else int(s * 100)
    else:
        out["sum_amount_cents"] = isum(pc.cast(pc.round(pc.multiply(pc.cast(amount, pa.float64()), 100)), pa.int64()))
    status = col("status")
    out["n_status"] = len(status) - status.null_count
    out["n_status_empty"] = isum(pc.cast(pc.equal(status, ""), pa.int64()))
    out["sum_status_chars"] = isum(pc.utf8_length(status))
    flag = col("flag")
    out["n_flag"] = len(flag) - flag.null_count
    out["sum_flag"] = isum(pc.cast(flag, pa.int64()))
    score = col("score")
    out["n_score"] = len(score) - score.null_count
    out["sum_score"] = pc.sum(score).as_py()
    mm = pc.min_max(score).as_py()
    out["min_score"], out["max_score"] = mm["min"], mm["max"]
    payload = col("payload")
    out["n_payload"] = len(payload) - payload.null_count
    out["sum_payload_chars"] = isum(pc.utf8_length(payload))
    out["sum_payload_bytes"] = isum(pc.binary_length(payload))
    for key, ch in (("n_payload_tab", "\t"), ("n_payload_newline", "\n"), ("n_payload_cr", "\r"),
                    ("n_payload_quote", '"'), ("n_payload_backslash", "\\")):
        out[key] = isum(pc.cast(pc.match_substring(payload, ch), pa.int64()))
    uuid = col("ref_uuid")
    out["n_ref_uuid"] = len(uuid) - uuid.null_count
    if pa.types.is_string(uuid.type) or pa.types.is_large_string(uuid.type):
        low = pc.utf8_lower(uuid)
        mm = pc.min_max(low).as_py()
        out["min_ref_uuid"], out["max_ref_uuid"] = mm["min"], mm["max"]
    return out


def read_ferry_snapshot(d: Path, name: str):
    """Every part of table `name` that a ferry snapshot's manifest lists, read with pyarrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    manifest = json.loads((d / "manifest.json").read_text())
    entry = [t for t in manifest["tables"] if t.get("name") == name or t.get("table") == name]
    if not entry:
        raise RuntimeError(f"the snapshot's manifest has no table {name}")
    parts = []
    for part in entry[0]["parts"]:
        p = d / part["path"]
        if p.suffix == ".parquet":
            parts.append(pq.read_table(p))
        else:
            with pa.memory_map(str(p)) as src:
                parts.append(pa.ipc.open_file(src).read_all())
    return pa.concat_tables(parts) if len(parts) > 1 else parts[0]


def disk_size(p: Path) -> int:
    """Bytes of a file, or of every file under a directory."""
    if p.is_dir():
        return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return p.stat().st_size


def worker(argv: list[str]) -> None:
    """python3 harness.py _worker KIND ...: the timed python side of connectorx/pyarrow runs."""
    kind = argv[0]
    if kind in ("cx-read", "cx-ipc", "cx-parquet"):
        import connectorx as cx

        url = argv[1]
        table = cx.read_sql(url, "SELECT * FROM bench_rows", return_type="arrow")
        if kind == "cx-read":
            # the table is in memory; its checks are the verification
            Path(argv[2]).write_text(json.dumps(arrow_checks(table)))
            return
        out = argv[2]
        if kind == "cx-ipc":
            import pyarrow as pa

            opts = pa.ipc.IpcWriteOptions(compression="zstd")
            with pa.OSFile(out, "wb") as sink, pa.ipc.new_file(sink, table.schema, options=opts) as w:
                w.write_table(table)
        else:
            import pyarrow.parquet as pq

            pq.write_table(table, out, compression="zstd")
        return
    if kind == "check-file":
        path, out = argv[1], argv[2]
        if Path(path).is_dir():
            table = read_ferry_snapshot(Path(path), "bench_rows")
        elif path.endswith(".parquet"):
            import pyarrow.parquet as pq

            table = pq.read_table(path)
        else:
            import pyarrow as pa

            with pa.memory_map(path) as src:
                table = pa.ipc.open_file(src).read_all()
        Path(out).write_text(json.dumps(arrow_checks(table)))
        return
    raise SystemExit(f"unknown worker {kind}")


# --------------------------------------------------------------------------
# tools and pairs
# --------------------------------------------------------------------------

@dataclass
class Tool:
    name: str
    cmd: str                      # bash command; {T} marks each client process measured by GNU time
    rss: str = "max"              # how the processes' peak RSS combine: "sum" (concurrent) or "max" (one after another)
    target: tuple = ()            # ("pg"|"my"|"lite", database or file) verified after the run; () = custom verify
    prepare: Callable | None = None   # empties the target (untimed)
    verify: Callable | None = None    # custom verification -> (status, detail)
    note: str = ""
    skip: str = ""                # non-empty: not run, the reason is reported
    size_of: Path | None = None   # a file whose size is reported
    own_table: bool = False       # the tool creates the target table itself: it is dropped before the run
    fallback: "Tool | None" = None  # run instead when this tool's first run fails
    requires: tuple = ()          # executables (or "py:module") the command needs; missing ones skip the tool
    check: Callable | None = None     # full verification of its own: (run's log file) -> differences


@dataclass
class Pair:
    key: str
    title: str
    source: tuple                 # ("pg"|"my"|"lite", where)
    tools: list[Tool]
    note: str = ""


@dataclass
class Result:
    pair: str
    tool: str
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    runs: int = 0
    sizes: list[int] = field(default_factory=list)
    skipped: str = ""


class Ctx:
    def __init__(self, args):
        self.args = args
        self.rows = args.rows
        self.work = Path(args.workdir).resolve()
        self.work.mkdir(parents=True, exist_ok=True)
        self.lite_src = self.work / LITE_SRC_NAME
        self.lite_dst = self.work / "dst.db"
        self.lite_template = self.work / "empty.db"
        self.ferry = Path(args.ferry)
        if not self.ferry.is_absolute():
            self.ferry = (REPO / self.ferry).resolve()
        self.sling = ""
        self.sling_problem = ""
        self.source_checks: dict[str, dict] = {}
        self.versions: dict[str, str] = {}
        self.install_notes: list[str] = []
        self.data_bytes = 0
        self.ref_digest: dict[str, str] = {}
        self.promote_histogram: dict[str, dict] = {}
        self.promoted: dict[str, bool] = {}   # pair key -> its target holds a verified promotion's result
        self.promote_notes: dict[tuple[str, str], list[str]] = {}


def url(engine: str, where: str) -> str:
    if engine == "pg":
        return f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{where}"
    if engine == "my":
        return f"mysql://{MY_USER}@{MY_HOST}:{MY_PORT}/{where}"
    return f"sqlite://{where}"


ENGINE_NAME = {"pg": "PG", "my": "MariaDB", "lite": "SQLite"}

# sling's connections, passed in the environment (sling reads connections from env vars by name)
SLING_CONN = {
    ("pg", "bench_src"): "PG_SRC", ("pg", "bench_dst"): "PG_DST",
    ("my", "bench_src"): "MY_SRC", ("my", "bench_dst"): "MY_DST",
}


def sling_env(ctx: Ctx) -> dict[str, str]:
    return {
        "PG_SRC": f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/bench_src?sslmode=disable",
        "PG_DST": f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/bench_dst?sslmode=disable",
        "MY_SRC": f"mysql://{MY_USER}@{MY_HOST}:{MY_PORT}/bench_src",
        "MY_DST": f"mysql://{MY_USER}@{MY_HOST}:{MY_PORT}/bench_dst",
        "LITE_SRC": f"sqlite://{ctx.lite_src}",
        "LITE_DST": f"sqlite://{ctx.lite_dst}",
        "SLING_DISABLE_TELEMETRY": "true",
        "SLING_HOME_DIR": str(ctx.work / "sling-home"),
        # sling's SQLite bulk load runs the sqlite3 shell; without this it tries to download its own copy
        "SQLITE_PATH": shutil.which("sqlite3") or "/usr/bin/sqlite3",
    }


def sling_conn(ctx: Ctx, engine: str, where: str) -> str:
    if engine == "lite":
        return "LITE_SRC" if Path(where) == ctx.lite_src else "LITE_DST"
    return SLING_CONN[(engine, where)]


def sling_stream(engine: str, where: str) -> str:
    return {"pg": "public.bench_rows", "my": f"{where}.bench_rows", "lite": "main.bench_rows"}[engine]


# --------------------------------------------------------------------------
# promotion pairs: ferry run with a job file ([[keys]] offset + [[map]] on status)
# --------------------------------------------------------------------------

# Every status of the dataset (PG_FILL) and the empty string → its target value. Upper case keeps each of the 8
# values' length in characters; NULL needs no mapping. No mapped value equals a source value, so the verification
# can map each row's status back and compare the row with the dataset's.
STATUS_MAP = {
    "new": "NEW", "paid": "PAID", "shipped": "SHIPPED", "cancelled": "CANCELLED", "refunded": "REFUNDED",
    "on-hold": "ON-HOLD", "überfällig": "ÜBERFÄLLIG", "en attente": "EN ATTENTE", "": "(empty)",
}
STATUS_UNMAP = {v: k for k, v in STATUS_MAP.items()}
KEY_MAP_TABLE = "ferry_key_map"
PROMOTE_SOURCE_NAME = "bench"


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a TOML basic string here (no control characters)


def promote_job(ctx: Ctx, engine: str, mode: str | None) -> Path:
    """The job file of a promotion of bench_rows from bench_src into bench_dst on one engine."""
    src = {"pg": url("pg", "bench_src"), "my": url("my", "bench_src"), "lite": url("lite", str(ctx.lite_src))}[engine]
    dst = {"pg": url("pg", "bench_dst"), "my": url("my", "bench_dst"), "lite": url("lite", str(ctx.lite_dst))}[engine]
    values = ", ".join(f"{toml_str(k)} = {toml_str(v)}" for k, v in STATUS_MAP.items())
    text = (f'comment = "ferry benchmark: promotion of bench_rows"\n\n'
            f'[source]\nurl = {toml_str(src)}\nname = "{PROMOTE_SOURCE_NAME}"\n\n'
            f'[target]\nurl = {toml_str(dst)}\n\n'
            f'[select]\ntables = ["bench_rows"]\n\n'
            f'[[keys]]\ntable = "bench_rows"\nstrategy = "offset"\n\n'
            # A reference rewritten through that map: account_id (1…100,000) read as an id of
            # bench_rows itself; "keep" leaves ids a small --rows does not hold as they are.
            f'[[references]]\nfrom = "bench_rows.account_id"\nto = "bench_rows.id"\non_missing = "keep"\n\n'
            f'[[map]]\ncolumn = "bench_rows.status"\nvalues = {{ {values} }}\n'
            + (f'\n[write]\nmode = "{mode}"\n' if mode else ""))
    path = ctx.work / f"promote-{engine}-{mode or 'insert'}.toml"
    path.write_text(text)
    return path


def status_unmapped_sql(engine: str, col: str = "status") -> str:
    """SQL mapping a promoted status back to the source's; an unexpected value stays marked."""
    def lit(v):
        return "'" + v.replace("'", "''") + "'"
    whens = " ".join(f"WHEN {lit(k)} THEN {lit(v)}" for k, v in STATUS_UNMAP.items())
    bad = {"pg": f"'?unmapped ' || {col}", "my": f"concat('?unmapped ', {col})", "lite": f"'?unmapped ' || {col}"}[engine]
    # MariaDB compares by bytes (BINARY): its collation would take an unmapped 'new' for 'NEW'
    subject = f"BINARY {col}" if engine == "my" else col
    return f"(CASE {subject} {whens} ELSE {bad} END)"


def promoted_digest(engine: str, where: str) -> str:
    """table_digest of a promoted bench_rows with each status mapped back: equal to the dataset's digest on the same
    engine exactly when every row (same id) holds the source's values with the status mapped."""
    if engine == "pg":
        cols = ", ".join(status_unmapped_sql("pg") if c == "status" else c for c in COLS["bench_rows"])
        # ROW(…)::text is the same record text as t::text of the table's row
        return pg(where, f"SELECT md5(string_agg(md5(ROW({cols})::text), '' ORDER BY id)) FROM bench_rows;")[0][0] or ""
    if engine == "my":
        text = MY_ROW_TEXT.replace("concat('s', status)", f"concat('s', {status_unmapped_sql('my')})")
        assert text != MY_ROW_TEXT
        r = my(where, f"SELECT count(*), sum(conv(substr(md5({text}), 1, 12), 16, 10)), "
                      f"bit_xor(conv(substr(md5({text}), 13, 12), 16, 10)) FROM bench_rows;")[0]
        return "/".join(str(v) for v in r)
    import hashlib

    h = hashlib.md5()
    con = sqlite3.connect(where)
    try:
        for row in con.execute(f"SELECT {', '.join(COLS['bench_rows'])} FROM bench_rows ORDER BY id"):
            row = list(row)
            if row[4] is not None:
                row[4] = STATUS_UNMAP.get(row[4], f"?unmapped {row[4]}")
            h.update(lite_row(tuple(row)).encode())
    finally:
        con.close()
    return h.hexdigest()


def status_histogram(engine: str, where: str) -> dict:
    """status -> rows (None for NULL); NULL and '' told apart in SQL, not by the client's rendering."""
    # MariaDB: by the bytes (hex), as its utf8mb4 collation groups 'new' with 'NEW' and 'u' with 'ü'
    v = "concat('v:', hex(status))" if engine == "my" else "'v:' || status"
    sql = f"SELECT coalesce({v}, 'n:'), count(*) FROM bench_rows GROUP BY 1"
    rows = pg(where, sql + ";") if engine == "pg" else my(where, sql + ";") if engine == "my" else lite(Path(where), sql)
    text = (lambda h: bytes.fromhex(h).decode()) if engine == "my" else (lambda t: t)
    return {(None if r[0] == "n:" else text(r[0][2:])): int(r[1]) for r in rows}


def drop_key_map(engine: str, where: str) -> None:
    if engine == "pg":
        pg(where, f"DROP TABLE IF EXISTS {KEY_MAP_TABLE};")
    elif engine == "my":
        my(where, f"DROP TABLE IF EXISTS {KEY_MAP_TABLE};")
    # SQLite: the target file is replaced by empty_target


def key_map_rows(engine: str, where: str) -> int:
    """Source keys the key map remembers: offset maps are stored as runs of consecutive keys (column `run`)."""
    sql = f"SELECT coalesce(sum(run), 0) FROM {KEY_MAP_TABLE} WHERE source_name = '{PROMOTE_SOURCE_NAME}'"
    try:
        rows = pg(where, sql + ";") if engine == "pg" else my(where, sql + ";") if engine == "my" else lite(Path(where), sql)
    except Exception:  # noqa: BLE001 - no such table
        return -1
    return int(rows[0][0])


def promotion_summary(logfile: Path) -> dict | None:
    """The `changes` of ferry's --json document in a run's log."""
    text = logfile.read_text(errors="replace")
    start = text.find("{")
    while start != -1:
        try:
            doc, _ = json.JSONDecoder().raw_decode(text[start:])
            if isinstance(doc, dict) and "changes" in doc:
                return doc["changes"]
        except ValueError:
            pass
        start = text.find("{", start + 1)
    return None


def verify_promoted(ctx: Ctx, engine: str, where: str) -> list[str]:
    """A promoted bench_rows: the aggregates of every column but status equal the source's (ids: the target was
    empty, so offset assigns max + 1 … max + N = 1 … N, in source key order), status holds the mapped values
    (histogram), and every row, its status mapped back, equals the dataset's row of the same id."""
    expected = dict(ctx.source_checks["pg"])
    expected["n_status_empty"] = 0
    # the 8 values keep their length in characters; '' becomes STATUS_MAP['']
    expected["sum_status_chars"] += ctx.source_checks["pg"]["n_status_empty"] * len(STATUS_MAP[""])
    got = table_checks(engine, where)
    diffs = compare_checks(expected, got)
    ids = (pg(where, "SELECT min(id), max(id), count(DISTINCT id) FROM bench_rows;") if engine == "pg" else
           my(where, "SELECT min(id), max(id), count(DISTINCT id) FROM bench_rows;") if engine == "my" else
           lite(Path(where), "SELECT min(id), max(id), count(DISTINCT id) FROM bench_rows"))[0]
    if [int(x) if x is not None else None for x in ids] != [1, ctx.rows, ctx.rows]:
        diffs.append(f"ids: min, max, distinct = {ids}, expected 1, {ctx.rows}, {ctx.rows} (max + 1 … max + N "
                     f"over an empty target)")
    if engine not in ctx.promote_histogram:
        src = status_histogram(engine, reference(ctx, engine))
        ctx.promote_histogram[engine] = {(STATUS_MAP[k] if k is not None else None): n for k, n in src.items()}
    hist = status_histogram(engine, where)
    if hist != ctx.promote_histogram[engine]:
        diffs.append(f"status histogram {hist} differs from the mapped source's {ctx.promote_histogram[engine]}")
    if not diffs:
        if engine not in ctx.ref_digest:
            ctx.ref_digest[engine] = table_digest(engine, reference(ctx, engine))
        if promoted_digest(engine, where) != ctx.ref_digest[engine]:
            diffs.append("rows: with the status mapped back, the rows differ from the dataset's copy")
    if got.get("rows") != ctx.rows:
        diffs.insert(0, f"incomplete: {got.get('rows')} of {ctx.rows} rows")
    return diffs


def empty_target(ctx: Ctx, engine: str, where: str, own_table: bool = False) -> None:
    """The same emptying for every tool: bench_rows dropped and created again, empty, with the source's
    definition (as TRUNCATE would leave it; SQLite: a fresh copy of a file holding only that empty table).
    own_table: the tool creates the table itself, so it is only dropped (SQLite: an empty file)."""
    if engine == "pg":
        pg(where, "DROP TABLE IF EXISTS bench_rows;" + ("" if own_table else PG_ROWS_DDL) + "CHECKPOINT;")
    elif engine == "my":
        my(where, "DROP TABLE IF EXISTS bench_rows;" + ("" if own_table else MY_ROWS_DDL))
    else:
        for suffix in ("", "-journal", "-wal", "-shm"):
            p = Path(str(where) + suffix)
            if p.exists():
                p.unlink()
        if own_table:
            Path(where).touch()
        else:
            shutil.copyfile(ctx.lite_template, where)


def prepare_targets(ctx: Ctx, engines: set[str]) -> None:
    """bench_dst with an empty bench_rows of the source's definition, on every engine a pair writes to."""
    if "pg" in engines:
        pg_recreate_db("bench_dst")
        pg("bench_dst", PG_ROWS_DDL)
    if "my" in engines:
        my_recreate_db("bench_dst")
        my("bench_dst", MY_ROWS_DDL)
    if ctx.lite_template.exists():
        ctx.lite_template.unlink()
    con = sqlite3.connect(str(ctx.lite_template))
    con.executescript(LITE_ROWS_DDL)
    con.close()


def build_pairs(ctx: Ctx) -> list[Pair]:
    T = "{T}"
    F = shlex.quote(str(ctx.ferry))
    S = shlex.quote(ctx.sling) if ctx.sling else "sling"
    rows = ctx.rows
    w = ctx.work
    src = {"pg": ("pg", "bench_src"), "my": ("my", "bench_src"), "lite": ("lite", str(ctx.lite_src))}
    dst = {"pg": ("pg", "bench_dst"), "my": ("my", "bench_dst"), "lite": ("lite", str(ctx.lite_dst))}

    def ferry_tool(a, b) -> Tool:
        return Tool("ferry", f"{T}{F} run --from {shlex.quote(url(*src[a]))} --to {shlex.quote(url(*dst[b]))} "
                             f"--tables bench_rows --yes -q", target=dst[b])

    def sling_tool(a, b) -> Tool:
        cmd = (f"{T}{S} run --src-conn {sling_conn(ctx, *src[a])} --src-stream {sling_stream(*src[a])} "
               f"--tgt-conn {sling_conn(ctx, *dst[b])} --tgt-object {sling_stream(*dst[b])}")
        own = Tool("sling, own table", cmd + " --mode full-refresh", target=dst[b], skip=ctx.sling_problem,
                   own_table=True,
                   note="run only because sling failed to write into the existing table: the target table is "
                        "dropped before each run and sling creates it with its own column types and without a "
                        "primary key (`--mode full-refresh`)")
        note = ("into the existing table (`--mode truncate`: sling loads a temporary table, then truncates the "
                "target and inserts from it)")
        if b == "lite":
            note += ("; sling writes SQLite through the sqlite3 shell (`.import --csv`), and by default downloads "
                     "its own sqlite3 3.41 for that, which cannot be reached here: `SQLITE_PATH` points it at "
                     "Debian's sqlite3 instead (without it sling falls back to inserting through its driver)")
        own.note += note[note.index(";"):] if b == "lite" else ""
        return Tool("sling", cmd + " --mode truncate", target=dst[b], skip=ctx.sling_problem, fallback=own,
                    note=note)

    chunk = max(1000, rows // 8)
    dump_mm = w / "mydumper-mm"       # dumped inside the timed mydumper+myloader command
    dump_alone = w / "mydumper-alone"  # dumped once, untimed, for "myloader's load alone"
    mydumper = (f"mydumper -h {MY_HOST} -P {MY_PORT} -u {MY_USER} -B bench_src -T bench_rows "
                f"--no-schemas --rows {chunk} -t 2 -v 1")
    myloader = f"myloader -h {MY_HOST} -P {MY_PORT} -u {MY_USER} -B bench_dst -t 2 -v 1"

    pgcopydb_filter = w / "pgcopydb-filter.ini"
    pgcopydb_filter.write_text("[include-only-table]\npublic.bench_rows\n")
    pgcopydb_dir = w / "pgcopydb"

    pgloader_file = w / "mariadb-to-pg.load"
    pgloader_file.write_text(
        f"LOAD DATABASE\n"
        f"     FROM mysql://{MY_USER}@{MY_HOST}:{MY_PORT}/bench_src\n"
        f"     INTO postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/bench_dst\n"
        f"WITH data only\n"
        f"INCLUDING ONLY TABLE NAMES MATCHING 'bench_rows'\n"
        f"ALTER SCHEMA 'bench_src' RENAME TO 'public';\n")

    def rm_dir(p: Path):
        return lambda: shutil.rmtree(p, ignore_errors=True)

    def both(*fs):
        def go():
            for f in fs:
                f()
        return go

    pgdst_empty = lambda: empty_target(ctx, *dst["pg"])
    mydst_empty = lambda: empty_target(ctx, *dst["my"])

    pg_fc = w / "bench_rows.pgdump"
    cx_ipc = w / "bench_rows.arrow"
    cx_parquet = w / "bench_rows.parquet"
    py = shlex.quote(sys.executable)
    me = shlex.quote(str(Path(__file__).resolve()))
    cx_url = f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/bench_src"
    cx_checks = w / "cx-checks.json"

    def verify_pg_fc():
        # restore the dump's data into the emptied bench_dst (untimed) and check it there
        empty_target(ctx, "pg", "bench_dst")
        run(f"pg_restore --data-only -h {PG_HOST} -p {PG_PORT} -U {PG_USER} -d bench_dst {shlex.quote(str(pg_fc))}")
        return table_checks("pg", "bench_dst")

    def verify_file(path: Path):
        def go():
            out = w / "file-checks.json"
            run([sys.executable, str(Path(__file__).resolve()), "_worker", "check-file", str(path), str(out)])
            return json.loads(out.read_text())
        return go

    def verify_json():
        return json.loads(cx_checks.read_text())

    def rm_file(*ps: Path):
        def go():
            for p in ps:
                if p.exists():
                    p.unlink()
        return go

    # ferry snapshots: one in memory (tmpfs) for the in-memory read, two on the work directory's disk
    snap_mem = Path("/dev/shm/ferry-bench-snapshot")
    snap_ipc = w / "snapshot-arrow"
    snap_parquet = w / "snapshot-parquet"

    def ferry_snapshot(name: str, out: Path, options: str, note: str) -> Tool:
        return Tool(name, f"{T}{F} snapshot --from {shlex.quote(url(*src['pg']))} --out {shlex.quote(str(out))} "
                          f"--tables bench_rows {options}-q",
                    verify=verify_file(out), prepare=rm_dir(out), size_of=out, note=note)

    pairs = [
        Pair("pg-pg", "PG→PG", src["pg"], [
            ferry_tool("pg", "pg"),
            Tool("binary \\copy pipe",
                 f"{T}{psql_cmd('bench_src')} -c '\\copy (SELECT * FROM bench_rows) TO STDOUT (FORMAT binary)' | "
                 f"{T}{psql_cmd('bench_dst')} -c '\\copy bench_rows FROM STDIN (FORMAT binary)'",
                 rss="sum", target=dst["pg"], note="the raw limit: two psql processes, binary COPY out | COPY in"),
            Tool("pg_dump | psql",
                 f"{T}pg_dump --data-only -t bench_rows -h {PG_HOST} -p {PG_PORT} -U {PG_USER} bench_src | "
                 f"{T}{psql_cmd('bench_dst')}",
                 rss="sum", target=dst["pg"], note="text COPY through a plain-format dump"),
            Tool("pgcopydb copy table-data",
                 f"{T}pgcopydb copy table-data --source {shlex.quote(url(*src['pg']))} "
                 f"--target {shlex.quote(url(*dst['pg']))} --dir {shlex.quote(str(pgcopydb_dir))} "
                 f"--filters {shlex.quote(str(pgcopydb_filter))} --table-jobs 2",
                 target=dst["pg"], prepare=both(pgdst_empty, rm_dir(pgcopydb_dir)),
                 note=f"copies the data of the tables only (no schema, no indexes), then runs `VACUUM ANALYZE` on "
                      f"the copied table as part of the command; the filter file "
                      f"`{pgcopydb_filter.name}` holds `[include-only-table] public.bench_rows`; its work directory "
                      f"is removed before each run; RSS: the pgcopydb process and its forked workers, the largest one"),
            sling_tool("pg", "pg"),
        ]),
        Pair("my-pg", "MariaDB→PG", src["my"], [
            ferry_tool("my", "pg"),
            Tool("pgloader", f"{T}pgloader {shlex.quote(str(pgloader_file))}", target=dst["pg"],
                 note="command file (data only, into the existing table, default workers/batches); pgloader "
                      "logs that it casts account_id to bigint, created_at to timestamptz and ref_uuid to char for "
                      "the existing integer, timestamp and uuid columns, and also resets sequences and copies the "
                      "table's comment; the verification decides whether the values arrive intact:\n\n```\n"
                      + pgloader_file.read_text() + "```"),
            sling_tool("my", "pg"),
        ]),
        Pair("pg-my", "PG→MariaDB", src["pg"], [
            ferry_tool("pg", "my"),
            sling_tool("pg", "my"),
            Tool("myloader (load alone)", f"{T}{myloader} -d {shlex.quote(str(dump_alone))}", target=dst["my"],
                 note=f"loads a mydumper dump of the MariaDB source made once before the pair, untimed "
                      f"(`{mydumper} -o DIR`); the time is the load alone"),
        ]),
        Pair("my-my", "MariaDB→MariaDB", src["my"], [
            ferry_tool("my", "my"),
            Tool("mydumper + myloader",
                 f"{T}{mydumper} -o {shlex.quote(str(dump_mm))} && {T}{myloader} -d {shlex.quote(str(dump_mm))}",
                 target=dst["my"], prepare=both(mydst_empty, rm_dir(dump_mm)),
                 note=f"dump to files in {chunk}-row chunks, then load; 2 threads each; RSS: the larger of the two"),
            Tool("mysqldump | mariadb",
                 f"{T}mysqldump -h {MY_HOST} -P {MY_PORT} -u {MY_USER} --single-transaction --no-create-info "
                 f"bench_src bench_rows | {T}{my_cmd('bench_dst')}",
                 rss="sum", target=dst["my"], note="mysqldump's defaults (extended inserts, disabled keys)"),
        ]),
        Pair("lite-pg", "SQLite→PG", src["lite"], [ferry_tool("lite", "pg"), sling_tool("lite", "pg")]),
        Pair("pg-lite", "PG→SQLite", src["pg"], [ferry_tool("pg", "lite"), sling_tool("pg", "lite")]),
        Pair("lite-lite", "SQLite→SQLite", src["lite"], [
            ferry_tool("lite", "lite"),
            Tool("sqlite3 INSERT…SELECT",
                 f"{T}sqlite3 {shlex.quote(str(ctx.lite_dst))} "
                 f"\"ATTACH '{ctx.lite_src}' AS src; INSERT INTO main.bench_rows SELECT * FROM src.bench_rows;\"",
                 target=dst["lite"], note="the raw limit: one statement in the sqlite3 shell"),
            sling_tool("lite", "lite"),
        ]),
        Pair("my-lite", "MariaDB→SQLite", src["my"], [ferry_tool("my", "lite"), sling_tool("my", "lite")]),
        Pair("lite-my", "SQLite→MariaDB", src["lite"], [ferry_tool("lite", "my"), sling_tool("lite", "my")]),
        Pair("pg-arrow", "PG→Arrow (in memory)", src["pg"], [
            ferry_snapshot("ferry", snap_mem, "--format arrow --compression none ",
                           "`ferry snapshot` into /dev/shm (tmpfs, memory), uncompressed: reads the table into Arrow "
                           "record batches and writes them out as Arrow IPC, which is more than keeping them in the "
                           "process; verified by reading the snapshot's parts back with pyarrow"),
            Tool("connectorx read_sql → Arrow",
                 f"{T}{py} {me} _worker cx-read {cx_url} {shlex.quote(str(cx_checks))}",
                 verify=verify_json, prepare=rm_file(cx_checks), requires=("py:connectorx", "py:pyarrow"),
                 note="`cx.read_sql(url, 'SELECT * FROM bench_rows', return_type='arrow')` in a python process "
                      "(interpreter start-up and imports included); verified on the Arrow table in that process"),
        ]),
        Pair("pg-file", "PG→file", src["pg"], [
            ferry_snapshot("ferry", snap_ipc, "--format arrow ",
                           "`ferry snapshot`, Arrow IPC with zstd-compressed buffers (its default), into a new "
                           "directory (parts + manifest; the size counts every file); verified by reading the "
                           "snapshot's parts back with pyarrow"),
            ferry_snapshot("ferry, Parquet zstd", snap_parquet, "--format parquet ",
                           "`ferry snapshot --format parquet` (zstd level 3); verified like the Arrow snapshot"),
            Tool("pg_dump -Fc",
                 f"{T}pg_dump -Fc -t bench_rows -h {PG_HOST} -p {PG_PORT} -U {PG_USER} "
                 f"-f {shlex.quote(str(pg_fc))} bench_src",
                 verify=verify_pg_fc, prepare=rm_file(pg_fc), size_of=pg_fc, target=dst["pg"],
                 note="custom format (zlib level 6 default, table schema + data); verified by pg_restore --data-only "
                      "into the emptied bench_dst after the timed run"),
            Tool("connectorx + pyarrow → Arrow IPC zstd",
                 f"{T}{py} {me} _worker cx-ipc {cx_url} {shlex.quote(str(cx_ipc))}",
                 verify=verify_file(cx_ipc), prepare=rm_file(cx_ipc), size_of=cx_ipc,
                 requires=("py:connectorx", "py:pyarrow"),
                 note="read_sql to Arrow, then `pa.ipc.new_file(..., IpcWriteOptions(compression='zstd'))`; "
                      "verified by reading the file back with pyarrow"),
            Tool("connectorx + pyarrow → Parquet zstd",
                 f"{T}{py} {me} _worker cx-parquet {cx_url} {shlex.quote(str(cx_parquet))}",
                 verify=verify_file(cx_parquet), prepare=rm_file(cx_parquet), size_of=cx_parquet,
                 requires=("py:connectorx", "py:pyarrow"),
                 note="read_sql to Arrow, then `pq.write_table(table, path, compression='zstd')`; verified by reading "
                      "the file back with pyarrow"),
        ]),
    ]
    pairs += [promote_pair(ctx, e, src[e], dst[e], ferry_tool(e, e), T, F) for e in ("pg", "lite", "my")]
    # default preparation: empty the verified target; tools whose programs are missing are not run
    for p in pairs:
        for t in p.tools + [t.fallback for t in p.tools if t.fallback]:
            if t.prepare is None and t.target:
                t.prepare = (lambda tg=t.target, own=t.own_table: empty_target(ctx, *tg, own_table=own))
            if not t.requires and t.cmd:
                first = re.sub(r"^\{T\}", "", t.cmd).split()[0]
                t.requires = () if first in (F, S, py) else (first,)
            missing = [r for r in t.requires
                       if not (importlib.util.find_spec(r[3:]) if r.startswith("py:") else shutil.which(r))]
            if missing and not t.skip:
                t.skip = f"not installed: {', '.join(m.replace('py:', 'Python module ') for m in missing)}"
    return pairs


def promote_pair(ctx: Ctx, e: str, src: tuple, dst: tuple, plain: Tool, T: str, F: str) -> Pair:
    """The plain ferry copy of one engine's pair, a promotion of the same table into the same empty target, and
    the same promotion run again in merge mode into the target the promotion filled."""
    key = f"{e}-{e}-promote"
    insert_job = promote_job(ctx, e, None)
    merge_job = promote_job(ctx, e, "merge")
    promote_cmd = f"{T}{F} run --job {shlex.quote(str(insert_job))} --yes --json"
    merge_cmd = f"{T}{F} run --job {shlex.quote(str(merge_job))} --yes --json"

    def fresh():
        ctx.promoted[key] = False
        empty_target(ctx, *dst)
        drop_key_map(*dst)

    def check_insert(logfile: Path) -> list[str]:
        diffs = verify_promoted(ctx, *dst)
        changes = promotion_summary(logfile)
        t = (changes or {}).get("tables") or [{}]
        if not changes:
            diffs.append("no summary of changes (`changes`) in ferry's --json output")
        elif (t[0].get("insert"), t[0].get("update"), t[0].get("delete")) != (ctx.rows, 0, 0):
            diffs.append(f"summary of changes: {t}, expected {ctx.rows} inserts")
        kmr = key_map_rows(*dst)
        if kmr != ctx.rows:
            diffs.append(f"{KEY_MAP_TABLE}: {kmr} keys for source {PROMOTE_SOURCE_NAME!r}, expected {ctx.rows}")
        ctx.promoted[key] = not diffs
        return diffs

    def pg_xmin_sum(table: str) -> str:
        return pg(dst[1], f"SELECT sum(xmin::text::bigint) FROM {table};")[0][0] or ""

    before: dict[str, str] = {}

    def prepare_merge():
        if not ctx.promoted.get(key):
            fresh()
            lf = ctx.work / "logs" / f"{key}.merge-prepare.log"
            lf.parent.mkdir(exist_ok=True)
            p = run(promote_cmd.replace("{T}", "") + f" > {shlex.quote(str(lf))} 2>&1", check=False)
            problems = [] if p.returncode == 0 else [f"exit {p.returncode}"]
            problems = problems or check_insert(lf)
            if problems:
                raise RuntimeError(f"the untimed promotion before the merge re-run failed: {problems[:3]} ({lf})")
        before.clear()
        if e == "pg":
            before["rows"], before["map"] = pg_xmin_sum("bench_rows"), pg_xmin_sum(KEY_MAP_TABLE)

    def check_merge(logfile: Path) -> list[str]:
        diffs = verify_promoted(ctx, *dst)
        changes = promotion_summary(logfile)
        t = (changes or {}).get("tables") or [{}]
        if not changes:
            diffs.append("no summary of changes (`changes`) in ferry's --json output")
        elif (t[0].get("insert"), t[0].get("update"), t[0].get("delete"), t[0].get("unchanged")) != (0, 0, 0, ctx.rows):
            diffs.append(f"merge re-run was to write nothing; summary of changes: {t}")
        if e == "pg":
            if pg_xmin_sum("bench_rows") != before["rows"]:
                diffs.append("merge re-run rewrote rows of bench_rows (their xmin changed)")
            note = ctx.promote_notes.setdefault((key, "ferry promote, merge re-run"), [])
            rewrote = pg_xmin_sum(KEY_MAP_TABLE) != before["map"]
            msg = (f"PostgreSQL: no row of bench_rows was written (xmin unchanged); {KEY_MAP_TABLE}'s "
                   f"{ctx.rows:,} rows were {'deleted and inserted again (xmin changed)' if rewrote else 'left as they were'}")
            if msg not in note:
                note.append(msg)
        ctx.promoted[key] = not diffs
        return diffs

    job_text = insert_job.read_text().strip()
    return Pair(key, f"{ENGINE_NAME[e]}→{ENGINE_NAME[e]} promotion", src, [
        Tool("ferry", plain.cmd, target=dst, prepare=fresh, note="the plain copy, as in the pair without promotion"),
        Tool("ferry promote", promote_cmd, target=dst, prepare=fresh, check=check_insert,
             note="a promotion into the same emptied table (`" + KEY_MAP_TABLE + "` dropped too): `[[keys]]` "
                  "offset on the id, `[[map]]` on every status value, default `[write] mode` (insert); verified: "
                  "every column's aggregates as for a copy, the status ones adjusted to the map, ids 1 … N "
                  "(max + 1 … max + N over the empty target), the status histogram equal to the source's mapped, "
                  "every row with its status mapped back equal to the dataset's row of the same id, the summary "
                  f"of changes ({ctx.rows:,} inserts) and {ctx.rows:,} keys remembered in `{KEY_MAP_TABLE}` (runs of "
                  f"consecutive keys: one row here); job file "
                  f"`{insert_job.name}`:\n\n```toml\n{job_text}\n```"),
        Tool("ferry promote, merge re-run", merge_cmd, target=dst, prepare=prepare_merge, check=check_merge,
             note="the same promotion with `[write] mode = \"merge\"` run again into the table the promotion "
                  "filled (untimed, the promotion is run first when another tool emptied the table since); it must "
                  "write nothing: its summary of changes must be 0 inserts, 0 updates, 0 deletes, "
                  f"{ctx.rows:,} unchanged, and the content verified as for the promotion; job file "
                  f"`{merge_job.name}`: the one above plus `[write] mode = \"merge\"`"),
    ])


PAIR_ALIASES = {"pg": "pg", "postgres": "pg", "postgresql": "pg", "my": "my", "mysql": "my", "mariadb": "my",
                "lite": "lite", "sqlite": "lite", "arrow": "arrow", "file": "file"}


def parse_pairs(spec: str | None) -> list[str]:
    """--pairs as pair keys, in the given order (pg-pg, mariadb-postgres, sqlite2pg, … are accepted)."""
    if not spec:
        return list(ALL_PAIR_KEYS)
    wanted = []
    for item in spec.split(","):
        item = item.strip().lower()
        if not item:
            continue
        suffix = ""
        for s in ("-promote", "-promotion", " promote", " promotion"):
            if item.endswith(s):
                item, suffix = item[: -len(s)], "-promote"
        parts = re.split(r"-|→|>|2", item)
        key = (f"{PAIR_ALIASES[parts[0]]}-{PAIR_ALIASES[parts[1]]}{suffix}"
               if len(parts) == 2 and parts[0] in PAIR_ALIASES and parts[1] in PAIR_ALIASES else "")
        if key not in ALL_PAIR_KEYS:
            die(f"--pairs: unknown pair {item!r}; known: {', '.join(ALL_PAIR_KEYS)}")
        if key not in wanted:
            wanted.append(key)
    return wanted


# --------------------------------------------------------------------------
# running and timing
# --------------------------------------------------------------------------

def timed(ctx: Ctx, tool: Tool, logfile: Path) -> tuple[int, float, int, str]:
    """Runs the tool's command; returns (exit code, wall seconds, peak RSS in KiB, tail of its output)."""
    rss_files = []
    cmd = tool.cmd
    while "{T}" in cmd:
        f = ctx.work / f"rss.{len(rss_files)}"
        if f.exists():
            f.unlink()
        rss_files.append(f)
        cmd = cmd.replace("{T}", f"{GNU_TIME} -f %M -o {shlex.quote(str(f))} ", 1)
    env = dict(os.environ)
    env.update(sling_env(ctx))
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    with open(logfile, "w") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(["bash", "-o", "pipefail", "-c", cmd], stdout=out, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL, env=env, start_new_session=True, cwd=str(ctx.work))
        try:
            rc = p.wait(timeout=ctx.args.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.wait()
            rc = -9
        wall = time.perf_counter() - t0
    rss = []
    for f in rss_files:
        try:
            # GNU time appends "Command exited with non-zero status N" before the value on failure
            rss.append(int(f.read_text().strip().splitlines()[-1]))
        except (OSError, ValueError, IndexError):
            pass
    peak = (sum(rss) if tool.rss == "sum" else max(rss)) if rss else 0
    tail = ""
    if rc != 0:
        text = re.sub(r"\x1b\[[0-9;]*m", "", logfile.read_text(errors="replace"))
        lines = [l.strip() for l in text.splitlines() if l.strip() and not l.startswith("Command exited with")]
        # the last line is the error in every tool's output; keep its end when it is long
        tail = lines[-1][-300:] if lines else "(no output)"
        if rc == -9:
            tail = f"timed out after {ctx.args.timeout} s; " + tail
    return rc, wall, peak, tail


def verify(ctx: Ctx, pair: Pair, tool: Tool, logfile: Path) -> list[str]:
    if tool.check is not None:
        return tool.check(logfile)
    expected = ctx.source_checks["pg"]
    if tool.verify is not None:
        got = tool.verify()
    else:
        got = table_checks(tool.target[0], tool.target[1])
    diffs = compare_checks(expected, got)
    if diffs and tool.target:
        diffs += samples(tool.target, diffs)
    elif tool.target and not tool.own_table:
        # the aggregates agree: compare every row with the dataset's copy on the same engine
        diffs += row_diffs(ctx, *tool.target)
    if got.get("rows") != ctx.rows:
        diffs.insert(0, f"incomplete: {got.get('rows')} of {ctx.rows} rows")
    return diffs


# Row digests: a hash of each row's text as the target engine renders it, compared with the same
# engine's copy of the dataset (a table of the same definition), so the comparison is exact.
MY_ROW_TEXT = ("concat_ws('|', id, coalesce(account_id, '~'), coalesce(created_at, '~'), coalesce(amount, '~'), "
               "coalesce(concat('s', status), '~'), coalesce(flag, '~'), coalesce(score, '~'), "
               "coalesce(concat('p', payload), '~'), coalesce(ref_uuid, '~'))")


_TS = re.compile(r"^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?(.*)$")


def lite_row(row: tuple) -> str:
    """A SQLite row as compared: values with their storage classes, except three representations that mean
    the same value: created_at's 'T' or ' ' and its fraction's trailing zeros, amount's trailing zeros
    (a DECIMAL_TEXT column), ref_uuid's letter case."""
    from decimal import Decimal, InvalidOperation

    r = list(row)
    if isinstance(r[2], str):
        m = _TS.match(r[2])
        if m:
            r[2] = f"{m.group(1)} {m.group(2)}.{(m.group(3) or '').ljust(6, '0')}{m.group(4)}"
    if isinstance(r[3], str):
        try:
            r[3] = f"decimal {Decimal(r[3]).quantize(Decimal('0.01'))}"
        except InvalidOperation:
            pass
    if isinstance(r[8], str):
        r[8] = r[8].lower()
    return repr(tuple(r))


def table_digest(engine: str, where: str) -> str:
    if engine == "pg":
        return pg(where, "SELECT md5(string_agg(md5(t::text), '' ORDER BY id)) FROM bench_rows t;")[0][0] or ""
    if engine == "my":
        r = my(where, f"SELECT count(*), sum(conv(substr(md5({MY_ROW_TEXT}), 1, 12), 16, 10)), "
                      f"bit_xor(conv(substr(md5({MY_ROW_TEXT}), 13, 12), 16, 10)) FROM bench_rows;")[0]
        return "/".join(str(v) for v in r)
    import hashlib

    h = hashlib.md5()
    con = sqlite3.connect(where)
    try:
        for row in con.execute(f"SELECT {', '.join(COLS['bench_rows'])} FROM bench_rows ORDER BY id"):
            h.update(lite_row(row).encode())
    finally:
        con.close()
    return h.hexdigest()


def row_digests(engine: str, where: str) -> dict[int, str]:
    if engine == "pg":
        return {int(r[0]): r[1] for r in pg(where, "SELECT id, md5(t::text) FROM bench_rows t;")}
    if engine == "my":
        return {int(r[0]): r[1] for r in my(where, f"SELECT id, md5({MY_ROW_TEXT}) FROM bench_rows;")}
    con = sqlite3.connect(where)
    try:
        return {r[0]: lite_row(r) for r in con.execute(f"SELECT {', '.join(COLS['bench_rows'])} FROM bench_rows")}
    finally:
        con.close()


def row_text(engine: str, where: str, id_: int) -> str:
    if engine == "pg":
        r = pg(where, f"SELECT t::text FROM bench_rows t WHERE id = {id_};")
    elif engine == "my":
        r = my(where, f"SELECT {MY_ROW_TEXT} FROM bench_rows WHERE id = {id_};")
    else:
        con = sqlite3.connect(where)
        try:
            r = [[repr(x)] for x in con.execute(f"SELECT {', '.join(COLS['bench_rows'])} FROM bench_rows "
                                                f"WHERE id = {id_}")]
        finally:
            con.close()
    return r[0][0] if r else "(no row)"


def reference(ctx: Ctx, engine: str) -> str:
    return {"pg": "bench_src", "my": "bench_src", "lite": str(ctx.lite_src)}[engine]


def row_diffs(ctx: Ctx, engine: str, where: str) -> list[str]:
    ref = reference(ctx, engine)
    if engine not in ctx.ref_digest:
        ctx.ref_digest[engine] = table_digest(engine, ref)
    if table_digest(engine, where) == ctx.ref_digest[engine]:
        return []
    want, have = row_digests(engine, ref), row_digests(engine, where)
    bad = sorted(i for i in want if have.get(i) != want[i]) + sorted(i for i in have if i not in want)
    out = [f"rows: {len(bad)} of {len(want)} differ from {ENGINE_NAME[engine]}'s copy of the dataset"]
    for i in bad[:2]:
        out.append(f"sample: row {i}: {row_text(engine, where, i)[:300]!r} where the dataset has "
                   f"{row_text(engine, ref, i)[:300]!r}")
    return out


def samples(target: tuple, diffs: list[str]) -> list[str]:
    """For the columns behind differing checks: their values in rows 3 and 4, target against source."""
    cols = []
    for d in diffs:
        key = d.split(":")[0]
        for c in sorted(COLS["bench_rows"], key=len, reverse=True):
            if c in key:
                if c not in cols:
                    cols.append(c)
                break
    out = []
    eng, where = target

    def values(where, c):
        if eng == "pg":
            return [r[0] for r in pg(where, f"SELECT {c}::text FROM bench_rows WHERE id IN (3, 4) ORDER BY id;")]
        if eng == "my":
            return [r[0] for r in my(where, f"SELECT {c} FROM bench_rows WHERE id IN (3, 4) ORDER BY id;")]
        return [f"{r[0]} {r[1]!r}" for r in lite(Path(where), f"SELECT typeof({c}), {c} FROM bench_rows "
                                                             f"WHERE id IN (3, 4) ORDER BY id")]

    # the reference is the dataset's copy on the target's engine
    ref = {"pg": "bench_src", "my": "bench_src", "lite": str(Path(where).with_name(LITE_SRC_NAME))}[eng]
    for c in cols[:4]:
        try:
            out.append(f"sample: {c} of rows 3, 4: {values(where, c)} where {ENGINE_NAME[eng]}'s copy of the dataset has "
                       f"{values(ref, c)}")
        except Exception as e:  # noqa: BLE001
            out.append(f"{c}: no sample ({str(e).strip().splitlines()[-1][:120]})")
    return out


def run_pairs(ctx: Ctx, pairs: list[Pair]) -> dict[tuple[str, str], Result]:
    results: dict[tuple[str, str], Result] = {}
    logs = ctx.work / "logs"
    logs.mkdir(exist_ok=True)
    for pair in pairs:
        log(f"== {pair.title}")
        for t in pair.tools:
            results[(pair.key, t.name)] = Result(pair.key, t.name, skipped=t.skip)
            if t.fallback:
                results[(pair.key, t.fallback.name)] = Result(pair.key, t.fallback.name,
                                                             skipped=t.skip or f"{t.name} wrote into the existing table")
        if pair.key == "pg-my" and any(t.name.startswith("myloader") for t in pair.tools):
            # the dump that myloader loads alone, made once, untimed
            d = ctx.work / "mydumper-alone"
            shutil.rmtree(d, ignore_errors=True)
            tool = [t for t in pair.tools if t.name.startswith("myloader")][0]
            mydumper = tool.note.split("`")[1].replace(" -o DIR", "")
            run(f"{mydumper} -o {shlex.quote(str(d))}")
        active = [t for t in pair.tools if not t.skip]
        for rep in range(ctx.args.runs):
            k = rep % len(active) if active else 0
            order = active[k:] + active[:k]
            while order:
                tool = order.pop(0)
                res = results[(pair.key, tool.name)]
                lf = logs / f"{pair.key}.{re.sub(r'[^a-z0-9]+', '_', tool.name.lower())}.{rep + 1}.log"
                if tool.prepare:
                    try:
                        tool.prepare()
                    except Exception as e:  # noqa: BLE001 - a preparation that fails is this run's failure
                        res.runs += 1
                        res.problems.append(f"run {rep + 1}: exit -1: preparation failed: "
                                            f"{str(e).strip().splitlines()[0][:300]}")
                        log(f"   {tool.name:<34} run {rep + 1}: preparation FAILED: {str(e)[:300]}")
                        continue
                rc, wall, rss, tail = timed(ctx, tool, lf)
                res.runs += 1
                if rc != 0:
                    res.problems.append(f"run {rep + 1}: exit {rc}: {tail}")
                    log(f"   {tool.name:<34} run {rep + 1}: FAILED exit {rc} in {wall:.2f} s ({lf})")
                    if tool.fallback and not res.times:
                        # it cannot write into the existing table: measure the variant that creates its own,
                        # in this repetition and the next ones, instead of this one
                        fb = tool.fallback
                        results[(pair.key, fb.name)].skipped = ""
                        active[active.index(tool)] = fb
                        order.insert(0, fb)
                    continue
                try:
                    diffs = verify(ctx, pair, tool, lf)
                except Exception as e:  # a verification that cannot even run is a failed copy
                    diffs = [f"verification failed: {str(e).strip().splitlines()[-1][:300]}"]
                if tool.size_of is not None and tool.size_of.exists():
                    res.sizes.append(disk_size(tool.size_of))
                res.times.append(wall)
                res.rss_kb.append(rss)
                if diffs:
                    main = [d for d in diffs if not d.startswith("sample: ")]
                    shown = main[:6] + (["…"] if len(main) > 6 else []) + \
                        [d[len("sample: "):] for d in diffs if d.startswith("sample: ")]
                    res.problems.append(f"run {rep + 1}: " + "; ".join(shown))
                    log(f"   {tool.name:<34} run {rep + 1}: {wall:8.2f} s  {rss / 1024:7.1f} MiB  DIFFERENT: {diffs[:3]}")
                else:
                    log(f"   {tool.name:<34} run {rep + 1}: {wall:8.2f} s  {rss / 1024:7.1f} MiB  ok")
        # leave nothing large behind
        for t in pair.tools:
            if t.size_of is not None and t.size_of.is_dir():
                shutil.rmtree(t.size_of, ignore_errors=True)
            elif t.size_of is not None and t.size_of.exists():
                t.size_of.unlink()
    return results


# --------------------------------------------------------------------------
# installing, servers, machine
# --------------------------------------------------------------------------

def dpkg_installed(pkg: str) -> bool:
    p = run(["dpkg-query", "-W", "-f=${Status}", pkg], check=False)
    return p.returncode == 0 and "install ok installed" in p.stdout


def install(ctx: Ctx) -> None:
    missing = [p for p in APT_PACKAGES if not dpkg_installed(p)]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        log(f"installing Debian's {' '.join(missing)}")
        run(sudo + ["apt-get", "update", "-qq"], check=False)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        p = run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, env=env, check=False)
        if p.returncode != 0:
            # one at a time, so that one missing package does not keep the others out
            for pkg in missing:
                q = run(sudo + ["apt-get", "install", "-y", "-qq", pkg], env=env, check=False)
                if q.returncode != 0:
                    last = [l for l in (q.stdout + q.stderr).splitlines() if l.strip()]
                    ctx.install_notes.append(f"Debian's `{pkg}` could not be installed: "
                                             f"`{(last[-1] if last else 'exit ' + str(q.returncode))[:300]}`")
    need = []
    for mod, pkg in PIP_PACKAGES:
        # find_spec, not import: importing `sling` tries to download its binary
        if importlib.util.find_spec(mod) is None:
            need.append(pkg)
    for pkg in need:
        log(f"installing PyPI's {pkg}")
        q = run([sys.executable, "-m", "pip", "install", "-q", pkg], check=False)
        if q.returncode != 0:
            last = [l for l in (q.stdout + q.stderr).splitlines() if l.strip() and "WARNING" not in l]
            ctx.install_notes.append(f"PyPI's `{pkg}` could not be installed: "
                                     f"`{(last[-1] if last else 'exit ' + str(q.returncode))[:300]}`")
    importlib.invalidate_caches()


def find_sling(ctx: Ctx) -> None:
    """sling's binary: the `sling` package downloads it at import time; the binary wheel ships it."""
    probe = run([sys.executable, "-c", "import sling.bin as b; print(b.SLING_BIN)"], check=False, timeout=120)
    if probe.returncode == 0 and probe.stdout.strip() and Path(probe.stdout.strip().splitlines()[-1]).exists():
        ctx.sling = probe.stdout.strip().splitlines()[-1]
        ctx.install_notes.append(f"sling: the `sling` package's binary at {ctx.sling}")
    else:
        last = [l for l in (probe.stdout + probe.stderr).splitlines() if l.strip()]
        reason = last[-1] if last else f"exit {probe.returncode}"
        ctx.install_notes.append(
            "PyPI's `sling` package (the Python wrapper) cannot provide the binary here: importing it downloads "
            f"the sling binary from the project's release page at run time, which fails without that network "
            f"access (`{reason[:300]}`). The harness uses the binary shipped inside PyPI's "
            f"`{PIP_PACKAGES[3][1]}` wheel instead.")
        try:
            mod = importlib.import_module(PIP_PACKAGES[3][0])
            ctx.sling = getattr(mod, "SLING_BIN", "")
        except Exception as e:  # noqa: BLE001
            ctx.sling = ""
            ctx.sling_problem = f"no sling binary: the `sling` package downloads it at run time ({reason[:200]}) and `{PIP_PACKAGES[3][1]}` is not importable ({e})"
            return
    v = run([ctx.sling, "--version"], check=False, timeout=120, env=dict(os.environ, **sling_env(ctx)))
    if v.returncode != 0:
        ctx.sling_problem = f"the sling binary does not run: exit {v.returncode}: {(v.stdout + v.stderr).strip()[-300:]}"
    else:
        ctx.versions["sling"] = (v.stdout + v.stderr).strip().splitlines()[-1].replace("Version:", "").strip()


def ensure_servers() -> None:
    def pg_ok():
        return run(["psql", "-X", "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, "-d", "postgres", "-Atqc", "select 1"],
                   check=False).returncode == 0

    def my_ok():
        return run(["mariadb", "-h", MY_HOST, "-P", str(MY_PORT), "-u", MY_USER, "-e", "select 1"], check=False).returncode == 0

    if not pg_ok() and shutil.which("pg_ctlcluster") and Path("/etc/postgresql").exists():
        version = sorted(os.listdir("/etc/postgresql"), key=lambda v: [int(x) for x in re.findall(r"\d+", v)])[-1]
        log(f"starting PostgreSQL {version}")
        run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=False)
        for _ in range(60):
            if pg_ok():
                break
            time.sleep(0.5)
    if not my_ok() and Path("/usr/sbin/mariadbd").exists():
        log("starting MariaDB")
        Path("/run/mysqld").mkdir(exist_ok=True)
        run(["chown", "mysql:mysql", "/run/mysqld"], check=False)
        run(["start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd", "--",
             "--user=mysql"], check=False)
        for _ in range(60):
            if my_ok():
                break
            time.sleep(0.5)
    if not pg_ok():
        die(f"PostgreSQL does not answer at {PG_HOST}:{PG_PORT} as {PG_USER} (trust); ./scripts/test.sh installs and starts it")
    if not my_ok():
        die(f"MariaDB does not answer at {MY_HOST}:{MY_PORT} as {MY_USER} without a password; ./scripts/test.sh installs and starts it")


def ensure_ferry(ctx: Ctx) -> None:
    if ctx.ferry.exists():
        return
    if ctx.ferry != (REPO / "target/release/ferry").resolve():
        die(f"--ferry {ctx.ferry}: no such file")
    log("building ferry: cargo build --release (several minutes)")
    p = subprocess.run(["cargo", "build", "--release"], cwd=REPO)
    if p.returncode != 0 or not ctx.ferry.exists():
        die("cargo build --release failed")


def first_line(cmd: list[str]) -> str:
    try:
        p = run(cmd, check=False, timeout=60)
    except Exception as e:  # noqa: BLE001
        return f"({e})"
    lines = [l for l in (p.stdout + p.stderr).splitlines() if l.strip()]
    return lines[0].strip() if lines else "?"


def machine(ctx: Ctx) -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    disk = first_line(["bash", "-c", f"df -h --output=source,fstype,size {shlex.quote(str(ctx.work))} | tail -1"])
    pgset = pg("postgres", "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings "
                           "WHERE name IN ('shared_buffers','fsync','synchronous_commit','max_wal_size','wal_level','full_page_writes');")[0][0]
    myset = ", ".join(f"{r[0]}={r[1]}" for r in my(None, "SHOW GLOBAL VARIABLES WHERE Variable_name IN "
                      "('innodb_buffer_pool_size','innodb_flush_log_at_trx_commit','max_allowed_packet','log_bin','sync_binlog');"))
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical CPUs (nproc {first_line(['nproc'])})",
        "memory": mem,
        "kernel": platform.platform(),
        "work directory's file system": disk,
        "PostgreSQL": pg("postgres", "SELECT version();")[0][0] + f" — {pgset}",
        "MariaDB": my(None, "SELECT version();")[0][0] + f" — {myset}",
    }


def tool_versions(ctx: Ctx) -> dict[str, str]:
    v = {
        "ferry": first_line([str(ctx.ferry), "--version"]) + f" ({ctx.ferry.relative_to(REPO) if ctx.ferry.is_relative_to(REPO) else ctx.ferry}, git {first_line(['git', '-C', str(REPO), 'rev-parse', '--short', 'HEAD'])}"
                 + (", uncommitted changes" if run(['git', '-C', str(REPO), 'status', '--porcelain', '--', 'src', 'Cargo.toml', 'Cargo.lock'], check=False).stdout.strip() else "") + ")",
        "psql / pg_dump": first_line(["pg_dump", "--version"]),
        "pgcopydb": (([l for l in run(["pgcopydb", "--version"], check=False).stdout.splitlines() if "version" in l]
                      or ["?"])[0] + deb_version("pgcopydb")) if shutil.which("pgcopydb") else "not installed",
        "pgloader": first_line(["pgloader", "--version"]) + deb_version("pgloader"),
        "mydumper / myloader": first_line(["mydumper", "--version"]) + " / " + first_line(["myloader", "--version"])
        + deb_version("mydumper"),
        "mysqldump / mariadb": first_line(["mysqldump", "--version"]),
        "sqlite3": first_line(["sqlite3", "--version"])[:40] + f" (Python's sqlite3 module: {sqlite3.sqlite_version})",
        "sling": ctx.versions.get("sling", "does not run: " + (ctx.sling_problem or "?")),
        "connectorx": _pkg_version("connectorx"),
        "pyarrow": _pkg_version("pyarrow"),
        "GNU time": "Debian package time " + run(["dpkg-query", "-W", "-f=${Version}", "time"], check=False).stdout.strip(),
        "Python": sys.version.split()[0],
    }
    sv = _pkg_version("sling")
    bv = _pkg_version(PIP_PACKAGES[3][1])
    v["sling"] += f" (PyPI: sling {sv}, {PIP_PACKAGES[3][1]} {bv})"
    return v


def deb_version(pkg: str) -> str:
    v = run(["dpkg-query", "-W", "-f=${Version}", pkg], check=False).stdout.strip()
    return f" (Debian package {pkg} {v})" if v else ""


def _pkg_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001
        return "not installed"


# --------------------------------------------------------------------------
# the report
# --------------------------------------------------------------------------

def fmt_s(x: float) -> str:
    return f"{x:.3f}" if x < 10 else f"{x:.2f}" if x < 100 else f"{x:.1f}"


def fmt_int(x: float) -> str:
    return f"{x:,.0f}"


def status_of(res: Result) -> str:
    if res.skipped:
        return "not run"
    if not res.runs:
        return "not run"
    failed = sum(1 for p in res.problems if re.match(r"run \d+: exit", p))
    different = sum(1 for p in res.problems if not re.match(r"run \d+: exit", p))
    if failed == res.runs:
        return "**FAILED**"
    parts = []
    if different:
        kind = "INCOMPLETE" if any("incomplete" in p for p in res.problems) else "DIFFERENT"
        parts.append(f"**{kind}** ({different}/{res.runs})")
    if failed:
        parts.append(f"**FAILED** ({failed}/{res.runs})")
    return ", ".join(parts) if parts else "ok"


def median(xs):
    return statistics.median(xs) if xs else None


def shown_tools(pair: Pair, results: dict) -> list[Tool]:
    """The pair's tools, each followed by its fallback when the fallback ran."""
    out = []
    for t in pair.tools:
        out.append(t)
        if t.fallback and results.get((pair.key, t.fallback.name)) and results[(pair.key, t.fallback.name)].runs:
            out.append(t.fallback)
    return out


def report(ctx: Ctx, pairs: list[Pair], results: dict, started: dt.datetime, elapsed: float) -> str:
    a = ctx.args
    mb = ctx.data_bytes / 1e6
    L = []
    cmdline = "python3 benches/harness.py " + shlex.join(sys.argv[1:])
    L.append("# Benchmarks\n")
    L.append(f"Generated by `{cmdline.strip()}` on {started:%Y-%m-%d %H:%M} UTC in {elapsed / 60:.1f} min. "
             "Do not edit this generated part by hand (the sections after the marker near the end are hand-written and kept): run the harness again (`python3 benches/harness.py` for the full benchmark: "
             "1,000,000 rows, 3 runs, every pair).\n")
    if ctx.rows < 1_000_000 or a.runs < 3:
        L.append(f"> **This is a small run ({ctx.rows:,} rows, {a.runs} run{'s' if a.runs != 1 else ''}).** Start-up "
                 "costs dominate at this size; its figures test the harness, not the tools. The issue's targets "
                 "are judged on 1,000,000 rows and at least 3 runs.\n")
    L.append("## How to run\n")
    L.append("```sh\npython3 benches/harness.py                       # everything: installs, builds, measures, writes this file\n"
             "python3 benches/harness.py --rows 20000 --runs 1  # a quick check of the harness itself\n"
             "python3 benches/harness.py --pairs pg-pg,my-pg --keep-data --skip-install\n```\n")
    L.append("Options: `--rows N` (default 1000000), `--runs N` (default 3), `--pairs LIST` (of "
             + ", ".join(f"`{p}`" for p in ALL_PAIR_KEYS) + "), `--tools PREFIXES` (only the tools whose names start so, e.g. `ferry`), `--skip-install`, `--keep-data` (reuse the "
             "dataset if all three sources already hold this harness's dataset of the same size), `--ferry PATH` "
             "(default target/release/ferry, built with `cargo build --release` if missing), `--out FILE` "
             "(default benches/README.md), `--workdir DIR`, `--timeout S` (per run, default 1800).\n")
    L.append("It needs root (or sudo) for `apt-get`, PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and MariaDB "
             "at 127.0.0.1:3306 (root, no password) — `./scripts/test.sh` installs and starts both — and it drops "
             "and recreates the databases `bench_src` and `bench_dst` on both servers, nothing else. Per-run logs "
             f"are kept in the work directory (`{ctx.work}/logs`).\n")

    L.append("## Machine\n")
    for k, v in ctx.machine.items():
        L.append(f"- **{k}**: {v}")
    L.append("")
    L.append("Tool versions:\n")
    for k, v in ctx.versions_all.items():
        L.append(f"- {k}: {v}")
    L.append("")
    if ctx.install_notes:
        L.append("Installation notes:\n")
        for n in ctx.install_notes:
            L.append(f"- {n}")
        L.append("")

    L.append("## Dataset\n")
    L.append(f"`bench_rows`, {ctx.rows:,} rows, and `bench_users`, {USERS_ROWS:,} rows, generated in PostgreSQL with "
             "`generate_series` (every value is a function of the row number: no randomness, the same content on "
             "every build), then copied to MariaDB with `psql \\copy … TO` (text format) + `LOAD DATA LOCAL INFILE` "
             "and to SQLite with Python's `sqlite3` module reading the same file — never with ferry. The three sources "
             "are checked to hold equal content before any tool runs. Only `bench_rows` is copied by the timed runs.\n")
    L.append("| column | PostgreSQL | MariaDB | SQLite (declared) | content |\n|---|---|---|---|---|")
    L.append("| id | bigint PRIMARY KEY | bigint PRIMARY KEY | INTEGER PRIMARY KEY | 1…N |")
    L.append("| account_id | integer | int | INT | 1…100000 |")
    L.append("| created_at | timestamp | datetime(6) | TIMESTAMP (text) | 2020-01-01 + 37 s per row, with microseconds |")
    L.append("| amount | numeric(12,2) | decimal(12,2) | DECIMAL_TEXT(12,2) | ±1,000,000.00, 1 % NULL |")
    L.append("| status | varchar(16) | varchar(16) | VARCHAR(16) | 8 values incl. non-ASCII, 5 % NULL, 5 % empty strings |")
    L.append("| flag | boolean | boolean (tinyint(1)) | BOOLEAN (0/1) | every third row true |")
    L.append("| score | double precision | double | DOUBLE | full-precision doubles, 4 % NULL |")
    L.append("| payload | text | text | TEXT | ~120 characters: md5 hex plus, in 1/16 of rows each, a tab, a newline, "
             "quotes, non-ASCII (accents, CJK, ✓), a backslash, CR LF, an emoji, punctuation |")
    L.append("| ref_uuid | uuid | char(36) | UUID (text) | md5-derived |")
    L.append("")
    L.append(f"Size used for MB/s: **{mb:.1f} MB** = `pg_table_size('bench_rows')` in PostgreSQL's `bench_src` "
             "(heap + TOAST, without the primary key index; MB = 10^6 bytes), for every pair whatever the engines.\n")

    L.append("## Method\n")
    L.append(f"- For each pair, {a.runs} repetition{'s' if a.runs != 1 else ''}; in each, every tool runs once, one after "
             "the other, the starting tool rotating from one repetition to the next.")
    L.append("- Before each run (untimed) the target is emptied the same way for every tool: `bench_rows` is dropped "
             "and created again, empty, with the source's definition and primary key (what `TRUNCATE` leaves; on "
             "PostgreSQL followed by a `CHECKPOINT`), or, for SQLite, replaced by a fresh copy of a file holding "
             "only that empty table. Every tool writes into that existing, empty table — except a tool marked "
             "*own table*, for which the table is only dropped and which creates it itself.")
    L.append("- The wall time is that of the whole command, from its start to the exit of its last process, "
             "including connection set-up and commit.")
    L.append("- Peak RSS: GNU time's maximum resident set size (`/usr/bin/time -f %M`) of each client process "
             "(the servers are not counted); a pipeline's processes run at the same time and are **summed**, "
             "commands joined by `&&` run one after the other and the **largest** is taken. MB = 10^6 bytes.")
    L.append("- After each run the copy is verified against the source with the same aggregates computed by the target's "
             "SQL (or pyarrow for files): row count, sum(id), sum(account_id), count/sum of created_at's epoch seconds "
             "and microseconds, count(amount) and sum(amount) in cents, count(status), the number of empty statuses "
             "and their total length in characters, count/sum(flag), count(score), sum(score) (relative tolerance 1e-9), "
             "min/max(score) exactly, count(payload), its total length in characters and in UTF-8 bytes, the number "
             "of payloads holding a tab, a newline, a CR, a double quote and a backslash, count(ref_uuid) and "
             "min/max(lower(ref_uuid)). When these agree and the tool wrote into the existing table, every row is "
             "then compared with the dataset's copy on the target's engine (PostgreSQL: md5 of each row's text; "
             "MariaDB: md5 of its columns joined; SQLite: its values with their storage classes, the text of "
             "timestamps, decimals and uuids normalised — `T` or space, trailing zeros, letter case). A tool whose copy "
             "is short or differs is reported as **INCOMPLETE** or **DIFFERENT**, one that exits non-zero as **FAILED**; their times are still shown (runs that exited 0).")
    L.append("- median wall s: the median over the runs that exited 0; rows/s and MB/s are computed from it; "
             "× ferry = the tool's median / ferry's median on the same pair (> 1: the tool is slower).")
    if any(p.key.endswith("-promote") for p in pairs):
        L.append("- *Promotion* pairs measure ferry against itself on one engine: the plain copy (`ferry`), a "
                 "promotion of the same table with a job file (`[[keys]]` offset on the id, `[[map]]` of every "
                 "status value; rows staged in a temporary table, compared with the target by primary key, then "
                 "inserted from it) into the same emptied table, and that promotion run again with "
                 "`[write] mode = \"merge\"` into the table it filled, which must write nothing. There × ferry "
                 "is promotion / plain copy. Their verification is described with their commands below.")
    L.append("")

    L.append("## Results\n")
    L.append("| pair | tool | status | median wall s | rows/s | MB/s | peak RSS MB | × ferry | runs (s) |")
    L.append("|---|---|---|---:|---:|---:|---:|---:|---|")
    for pair in pairs:
        ferry_res = results.get((pair.key, "ferry"))
        ferry_med = median(ferry_res.times) if ferry_res else None
        for t in shown_tools(pair, results):
            r = results[(pair.key, t.name)]
            if r.skipped or not r.times:
                reason = r.skipped or ("see Problems below" if r.problems else "not run")
                L.append(f"| {pair.title} | {md_cell(t.name)} | {status_of(r) if not r.skipped else 'not run'} | — | — | — | — | — | {md_cell(reason)} |")
                continue
            med = median(r.times)
            rss = max(r.rss_kb) * 1024 / 1e6
            ratio = f"{med / ferry_med:.2f}" if ferry_med else "—"
            runs = ", ".join(fmt_s(x) for x in r.times)
            if r.sizes:
                runs += f"; file {max(r.sizes) / 1e6:.1f} MB"
            L.append(f"| {pair.title} | {md_cell(t.name)} | {status_of(r)} | {fmt_s(med)} | {fmt_int(ctx.rows / med)} | "
                     f"{mb / med:.1f} | {rss:.1f} | {ratio} | {runs} |")
    L.append("")
    problems = [(pair, t, results[(pair.key, t.name)]) for pair in pairs for t in shown_tools(pair, results)
                if results[(pair.key, t.name)].problems]
    if problems:
        L.append("### Problems\n")
        for pair, t, r in problems:
            seen = []
            for p in r.problems:
                body = re.sub(r"^run \d+: ", "", p)
                if body not in seen:
                    seen.append(body)
            L.append(f"- **{pair.title}, {t.name}**: " + " / ".join(md_inline(s) for s in seen[:3]))
        L.append("")

    notes = [(pair, t, n) for pair in pairs for t in pair.tools for n in ctx.promote_notes.get((pair.key, t.name), [])]
    if notes:
        L.append("### Notes\n")
        for pair, t, n in notes:
            L.append(f"- **{pair.title}, {t.name}**: {md_inline(n)}")
        L.append("")

    L.append("## Targets\n")
    L.append("From the issue; judged on the medians above" + (
        " — **but this run is too small to judge them** (the verdicts below are what these figures say)." if
        (ctx.rows < 1_000_000 or a.runs < 3) else ".") + "\n")
    L.append("| target | measured | met? |\n|---|---|---|")
    for row in targets(ctx, pairs, results):
        L.append("| " + " | ".join(row) + " |")
    L.append("")

    L.append("## Commands\n")
    L.append("Exactly what was timed, from the repository's root (`/usr/bin/time -f %M -o FILE` was put in front of "
             "each client process; shown without it). Every command runs with this environment; sling reads its "
             "connections from it by name:\n")
    env = dict(sling_env(ctx))
    if ctx.sling:
        env = {"SLING": ctx.sling, **env}
    L.append("```sh\n" + "\n".join(f"export {k}={shlex.quote(v)}" for k, v in env.items()) + "\n```\n")
    for pair in pairs:
        L.append(f"### {pair.title}\n")
        for t in shown_tools(pair, results):
            if not t.cmd:
                L.append(f"- **{t.name}**: {t.skip}")
                continue
            L.append(f"- **{t.name}**" + (f" — {t.note}" if t.note and "\n" not in t.note else ""))
            L.append("")
            L.append("  ```sh\n  " + display_cmd(ctx, t.cmd) + "\n  ```")
            if t.note and "\n" in t.note:
                L.append("")
                L.append("  " + t.note.replace("\n", "\n  "))
            if t.skip:
                L.append(f"\n  Not run: {t.skip}")
            L.append("")
    return "\n".join(L) + "\n"


def display_cmd(ctx: Ctx, cmd: str) -> str:
    """The command as a person would type it from the repository's root."""
    cmd = cmd.replace("{T}", "")
    ferry = shlex.quote(str(ctx.ferry))
    if ctx.ferry.is_relative_to(REPO):
        cmd = cmd.replace(ferry, str(ctx.ferry.relative_to(REPO)))
    if ctx.sling:
        cmd = cmd.replace(shlex.quote(ctx.sling), "$SLING")
    cmd = cmd.replace(shlex.quote(sys.executable), "python3")
    cmd = cmd.replace(shlex.quote(str(Path(__file__).resolve())), "benches/harness.py")
    return cmd


def md_cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def md_inline(s: str) -> str:
    return md_cell(s).replace("`", "'")


def targets(ctx: Ctx, pairs: list[Pair], results: dict) -> list[list[str]]:
    keys = {p.key for p in pairs}

    def med(pair, tool):
        r = results.get((pair, tool))
        if r is None or r.skipped or not r.times:
            return None, (r.skipped if r and r.skipped else status_of(r) if r else "not run")
        st = status_of(r)
        return median(r.times), st

    def verdict(ok: bool | None) -> str:
        return "—" if ok is None else ("**yes**" if ok else "**no**")

    rows = []

    def compare(pair, title, other, want, fmt):
        """want(ratio other/ferry) -> bool"""
        if pair not in keys:
            rows.append([title, "pair not run", "—"])
            return
        f, fst = med(pair, "ferry")
        o, ost = med(pair, other)
        if f is None or o is None:
            rows.append([title, f"ferry: {fst}; {other}: {ost}", "cannot be judged"])
            return
        ratio = o / f
        caveat = ""
        if fst != "ok":
            caveat += f". ferry's copy: {fst}"
        if ost != "ok":
            caveat += f". {other}'s copy: {ost}"
        ok = want(ratio)
        rows.append([title, fmt(f, o, ratio) + caveat, verdict(ok) + (" (copy not verified equal)" if caveat else "")])

    compare("pg-pg", "PG→PG: ferry ≤ 1.15 × the binary \\copy pipe", "binary \\copy pipe",
            lambda r: 1 / r <= 1.15, lambda f, o, r: f"ferry {fmt_s(f)} s, pipe {fmt_s(o)} s: ferry = {1 / r:.2f} × the pipe")
    def sling_of(pair):
        """sling into the existing table, or, when that failed, its own-table variant."""
        r = results.get((pair, "sling"))
        if r is not None and not r.times and results.get((pair, "sling, own table")) and \
                results[(pair, "sling, own table")].times:
            return "sling, own table"
        return "sling"

    compare("my-pg", "MariaDB→PG: ferry ≥ 4 × faster than pgloader", "pgloader", lambda r: r >= 4,
            lambda f, o, r: f"ferry {fmt_s(f)} s, pgloader {fmt_s(o)} s: {r:.2f} ×")
    s_my_pg = sling_of("my-pg")
    compare("my-pg", "MariaDB→PG: ferry ≥ 4 × faster than sling", s_my_pg, lambda r: r >= 4,
            lambda f, o, r: f"ferry {fmt_s(f)} s, {s_my_pg} {fmt_s(o)} s: {r:.2f} ×")
    s_pg_my = sling_of("pg-my")
    compare("pg-my", "PG→MariaDB: ferry ≥ 5 × faster than sling", s_pg_my, lambda r: r >= 5,
            lambda f, o, r: f"ferry {fmt_s(f)} s, {s_pg_my} {fmt_s(o)} s: {r:.2f} ×")
    compare("pg-my", "PG→MariaDB: ferry no slower than myloader's load alone", "myloader (load alone)",
            lambda r: r >= 1, lambda f, o, r: f"ferry {fmt_s(f)} s, myloader {fmt_s(o)} s: ferry = {1 / r:.2f} × myloader")
    compare("my-my", "MariaDB→MariaDB: ferry no slower than mydumper + myloader", "mydumper + myloader",
            lambda r: r >= 1, lambda f, o, r: f"ferry {fmt_s(f)} s, mydumper + myloader {fmt_s(o)} s: ferry = {1 / r:.2f} ×")
    for e in ("pg", "lite", "my"):
        key = f"{e}-{e}-promote"
        if key in keys:
            compare(key, f"{ENGINE_NAME[e]}→{ENGINE_NAME[e]}: a promotion ≤ 1.20 × the plain copy", "ferry promote",
                    lambda r: r <= 1.20,
                    lambda f, o, r: f"plain {fmt_s(f)} s, promotion {fmt_s(o)} s: {r:.2f} ×")
    # peak RSS
    worst = []
    for pair in pairs:
        for t in pair.tools:  # the plain copy and, on promotion pairs, the promotions
            r = results.get((pair.key, t.name))
            if t.name.startswith("ferry") and r and r.rss_kb:
                worst.append((max(r.rss_kb) * 1024 / 1e6, pair.title + ("" if t.name == "ferry" else f", {t.name}")))
    if worst:
        mx, where = max(worst)
        rows.append(["ferry's peak RSS ≤ 200 MB on every pair",
                     f"largest {mx:.1f} MB ({where}); " + ", ".join(f"{t} {m:.0f}" for m, t in worst),
                     verdict(mx <= 200)])
    else:
        rows.append(["ferry's peak RSS ≤ 200 MB on every pair", "ferry did not run", "—"])
    compare("pg-file", "Snapshot: ferry ≥ 2 × faster than `pg_dump -Fc`", "pg_dump -Fc", lambda r: r >= 2,
            lambda f, o, r: f"ferry (Arrow IPC zstd) {fmt_s(f)} s, pg_dump -Fc {fmt_s(o)} s: {r:.2f} ×")
    if "pg-file" in keys:
        mine, theirs = results.get(("pg-file", "ferry")), results.get(("pg-file", "pg_dump -Fc"))
        if mine and theirs and mine.sizes and theirs.sizes:
            a, b = median(mine.sizes), median(theirs.sizes)
            rows.append(["Snapshot: no larger than `pg_dump -Fc`",
                         f"ferry (Arrow IPC zstd) {a / 1e6:.1f} MB, pg_dump -Fc {b / 1e6:.1f} MB: "
                         f"{a / b:.2f} × its size", verdict(a <= b)])
        else:
            rows.append(["Snapshot: no larger than `pg_dump -Fc`", "sizes not measured", "cannot be judged"])
    else:
        rows.append(["Snapshot: no larger than `pg_dump -Fc`", "pair not run", "—"])
    compare("pg-arrow", "Reading PG into Arrow: ferry faster than connectorx", "connectorx read_sql → Arrow",
            lambda r: r >= 1, lambda f, o, r: f"ferry snapshot (uncompressed, tmpfs) {fmt_s(f)} s, connectorx "
                                              f"{fmt_s(o)} s: {r:.2f} ×")
    return rows


ALL_PAIR_KEYS = ["pg-pg", "my-pg", "pg-my", "my-my", "lite-pg", "pg-lite", "lite-lite", "my-lite", "lite-my",
                 "pg-arrow", "pg-file", "pg-pg-promote", "lite-lite-promote", "my-my-promote"]


# --------------------------------------------------------------------------

def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_worker":
        worker(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description="ferry against pgloader, pgcopydb, mydumper, sling, connectorx, pg_dump …",
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="pairs: " + ", ".join(ALL_PAIR_KEYS))
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows of bench_rows (default 1000000)")
    ap.add_argument("--runs", type=int, default=3, help="repetitions per tool (default 3)")
    ap.add_argument("--pairs", help="comma-separated subset, e.g. pg-pg,my-pg (default: all)")
    ap.add_argument("--tools", help="comma-separated prefixes of the tool names to run, e.g. ferry for a scale "
                                    "check of ferry alone (default: every tool)")
    ap.add_argument("--skip-install", action="store_true", help="do not install the other tools")
    ap.add_argument("--keep-data", action="store_true", help="reuse an existing dataset of the same size")
    ap.add_argument("--ferry", default="target/release/ferry", help="ferry binary (default target/release/ferry)")
    ap.add_argument("--out", default=str(REPO / "benches" / "README.md"), help="report file (default benches/README.md)")
    ap.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "ferry-bench"),
                    help="SQLite files, dumps and logs (default $TMPDIR/ferry-bench)")
    ap.add_argument("--timeout", type=int, default=1800, help="seconds before a run is killed (default 1800)")
    args = ap.parse_args()
    if args.rows < 1 or args.runs < 1:
        die("--rows and --runs must be at least 1")
    wanted = parse_pairs(args.pairs)

    started = dt.datetime.now(dt.timezone.utc)
    t_start = time.time()
    ctx = Ctx(args)
    if not args.skip_install:
        install(ctx)
    for tool in ("psql", "mariadb", GNU_TIME):
        if not shutil.which(tool):
            die(f"{tool} is missing; run without --skip-install")
    find_sling(ctx)
    ensure_servers()
    ensure_ferry(ctx)

    by_key = {p.key: p for p in build_pairs(ctx)}
    pairs = [by_key[k] for k in wanted]
    if args.tools:
        prefixes = [x.strip() for x in args.tools.split(",") if x.strip()]
        for p in pairs:
            p.tools = [t for t in p.tools if any(t.name.startswith(x) for x in prefixes)]
        pairs = [p for p in pairs if p.tools]

    if args.keep_data and existing_dataset_ok(ctx):
        log(f"reusing the dataset of {ctx.rows} rows (--keep-data)")
    else:
        build_dataset(ctx)
    ctx.source_checks = {
        "pg": table_checks("pg", "bench_src"),
        "my": table_checks("my", "bench_src"),
        "lite": table_checks("lite", str(ctx.lite_src)),
    }
    for eng in ("my", "lite"):
        diffs = compare_checks(ctx.source_checks["pg"], ctx.source_checks[eng])
        if diffs:
            die(f"the {ENGINE_NAME[eng]} source differs from PostgreSQL's: {diffs}")
    if ctx.source_checks["pg"]["rows"] != ctx.rows:
        die(f"bench_src.bench_rows holds {ctx.source_checks['pg']['rows']} rows, not {ctx.rows}")
    ctx.data_bytes = int(pg("bench_src", "SELECT pg_table_size('bench_rows');")[0][0])
    log(f"sources equal: {ctx.rows} rows, {ctx.data_bytes / 1e6:.1f} MB in PostgreSQL")

    prepare_targets(ctx, {"pg", "my", "lite"})
    ctx.machine = machine(ctx)
    ctx.versions_all = tool_versions(ctx)
    results = run_pairs(ctx, pairs)

    text = report(ctx, pairs, results, started, time.time() - t_start)
    out = Path(args.out)
    # Hand-written sections below the marker survive a new run.
    before = out.read_text() if out.exists() else ""
    kept = before.split(KEEP_MARKER, 1)[1] if KEEP_MARKER in before else ""
    out.write_text(text.rstrip() + "\n\n" + KEEP_MARKER + kept)
    log(f"wrote {out}")


if __name__ == "__main__":
    main()
