#!/usr/bin/env python3
"""What a nightly incremental run costs against a full copy, beside sling.

    python3 benches/incremental_bench.py --ferry target/release/ferry \
        --sling /path/to/sling-linux-amd64 [--rows 10000000] [--runs 3]

Source: PostgreSQL database `incr_bench_src`, table `bench_rows` (made here
with generate_series when missing: benches/harness.py's columns plus
`updated_at`, indexed, as an application that copies by it would have it).
Each round changes 1 % of the rows with PostgreSQL's own SQL (a text column
and `updated_at`) and deletes `--deletes` rows spread over the key space
(default 1,000: one in 10,000), then times, in the same round:

- ferry full: a plain `ferry run --create-tables --no-undo` into a new empty
  database (what every night costs without `[incremental]`);
- ferry incremental: `ferry run --job` with `[incremental] bench_rows =
  "updated_at"` into a target kept from round to round;
- ferry incremental + deletes: the same with `deletes = "detect"` (key
  ranges fingerprinted on both servers, the keys of those that differ
  compared), into a second kept target;
- sling incremental: `sling run --mode incremental --primary-key id
  --update-key updated_at` into a third kept target;
- raw limit: psql piping the changed rows (binary COPY) into a temporary
  table of a fourth kept target and one `UPDATE … FROM` plus one `INSERT
  … WHERE NOT EXISTS` in one transaction: what applying the change costs
  the server at least, with no comparison, no undo images, no journal.

After every round each kept target is checked equal to the source by
PostgreSQL's own SQL (count and a sum of md5 row hashes); the targets of
runs that do not detect deletes, equal apart from the deleted rows.
Wall time and peak RSS (GNU time); prints a Markdown table of medians.
"""

import argparse
import os
import statistics
import subprocess
import tempfile
import time

PG = "postgres://postgres@127.0.0.1:5432"

DATASET = """
CREATE TABLE bench_rows (id bigint PRIMARY KEY, account_id integer, created_at timestamp,
  amount numeric(12,2), status varchar(16), flag boolean, score double precision, payload text,
  ref_uuid uuid, updated_at timestamp NOT NULL);
INSERT INTO bench_rows SELECT i, 1 + i % 100000,
  timestamp '2020-01-01' + (i * 37) * interval '1 second',
  CASE WHEN i % 100 = 0 THEN NULL ELSE ((i::bigint * 7919) % 200000000 - 100000000) / 100.0 END,
  (ARRAY['new','open','paid','shipped','void','héllo','日本','x'])[1 + i % 8], i % 3 = 0,
  CASE WHEN i % 25 = 0 THEN NULL ELSE sin(i) * 1e6 END,
  md5(i::text) || repeat(md5((i*3)::text), 2),
  md5(i::text)::uuid,
  timestamp '2026-01-01' + (i % 86400) * interval '1 second' FROM generate_series(1, {rows}) i;
CREATE INDEX bench_rows_updated ON bench_rows (updated_at);
VACUUM ANALYZE bench_rows;
"""

JOB = """comment = "incremental bench"
[select]
tables = ["bench_rows"]
[incremental]
bench_rows = {entry}
"""

# Order-independent: the count and the sum of a 60-bit hash of each row's
# text, with the columns spelled alike whatever types a tool created.
CHECK = """SELECT count(*) || ' ' || sum(('x' || substr(md5(concat_ws('|', id, account_id,
  created_at::timestamp, amount::numeric(12,2), status, flag::text, score::float8, payload,
  ref_uuid::text, updated_at::timestamp)), 1, 15))::bit(60)::bigint::numeric) FROM bench_rows"""


def deleted_ids(step, rounds):
    """The rows `change` deleted in rounds 1..rounds, as a condition."""
    first = step // 2 + 1
    return f"id % {step} BETWEEN {first} AND {first + rounds - 1}"


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def psql(db, sql):
    return sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAtc", sql).stdout.strip()


def fresh(db):
    psql("postgres", f"DROP DATABASE IF EXISTS {db}")
    psql("postgres", f"CREATE DATABASE {db}")
    return f"{PG}/{db}"


def ensure_source(rows):
    if psql("postgres", "SELECT 1 FROM pg_database WHERE datname = 'incr_bench_src'"):
        if psql("incr_bench_src", "SELECT count(*) FROM bench_rows") == str(rows):
            return
        psql("postgres", "DROP DATABASE incr_bench_src")
    psql("postgres", "CREATE DATABASE incr_bench_src")
    sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "incr_bench_src", "-q",
       input=DATASET.format(rows=rows))


def timed(args, env=None):
    """Wall seconds and peak RSS in MB of one command, which must succeed."""
    started = time.monotonic()
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, capture_output=True, text=True,
                         env=env)
    seconds = time.monotonic() - started
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    rss = int(out.stderr.strip().splitlines()[-1]) / 1024
    return seconds, rss


RAW_APPLY = """BEGIN;
CREATE TEMP TABLE s (LIKE bench_rows) ON COMMIT DROP;
\\copy s FROM pstdin (FORMAT binary)
ANALYZE s;
SET LOCAL enable_hashjoin = off;
SET LOCAL enable_mergejoin = off;
UPDATE bench_rows t SET account_id = s.account_id, created_at = s.created_at, amount = s.amount,
  status = s.status, flag = s.flag, score = s.score, payload = s.payload, ref_uuid = s.ref_uuid,
  updated_at = s.updated_at FROM s WHERE t.id = s.id;
INSERT INTO bench_rows SELECT * FROM s WHERE NOT EXISTS (SELECT 1 FROM bench_rows x WHERE x.id = s.id);
COMMIT;
"""


def raw_apply(since, workdir):
    """The changed rows piped into the raw target and applied, timed."""
    script = os.path.join(workdir, "raw.sql")
    with open(script, "w") as f:
        f.write(RAW_APPLY)
    pipe = (f"psql -h 127.0.0.1 -U postgres -d incr_bench_src -qAtc "
            f"\"COPY (SELECT * FROM bench_rows WHERE updated_at > '{since}') TO STDOUT (FORMAT binary)\" | "
            f"psql -h 127.0.0.1 -U postgres -d incr_bench_raw -q -v ON_ERROR_STOP=1 -f {script}")
    return timed(["sh", "-c", pipe])


def change(round_no, step):
    """1 % of the rows changed, a different 1 % each round, and one row in
    `step` deleted."""
    psql("incr_bench_src",
         f"UPDATE bench_rows SET payload = payload || 'r{round_no}', "
         f"updated_at = clock_timestamp() WHERE id % 100 = {round_no % 100}")
    psql("incr_bench_src", f"DELETE FROM bench_rows WHERE id % {step} = {step // 2 + round_no}")
    psql("incr_bench_src", "VACUUM ANALYZE bench_rows")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ferry", required=True)
    ap.add_argument("--sling", required=True)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--deletes", type=int, default=1000, help="rows deleted per round")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the kept targets of an earlier invocation (their first runs done)")
    a = ap.parse_args()
    ensure_source(a.rows)
    src = f"{PG}/incr_bench_src"
    work = tempfile.mkdtemp()
    jobs = {}
    for name, entry in [("plain", '"updated_at"'),
                        ("deletes", '{ column = "updated_at", deletes = "detect" }')]:
        path = os.path.join(work, f"{name}.toml")
        with open(path, "w") as f:
            f.write(JOB.format(entry=entry))
        jobs[name] = path
    kept = (lambda db: f"{PG}/{db}") if a.reuse else fresh
    targets = {"plain": kept("incr_bench_inc"), "deletes": kept("incr_bench_del")}
    kept("incr_bench_sling")

    env = dict(os.environ, SRC_PG=f"postgresql://postgres@127.0.0.1:5432/incr_bench_src?sslmode=disable",
               DST_PG=f"postgresql://postgres@127.0.0.1:5432/incr_bench_sling?sslmode=disable",
               SLING_THREADS="2")
    sling = [a.sling, "run", "--src-conn", "SRC_PG", "--src-stream", "public.bench_rows",
             "--tgt-conn", "DST_PG", "--tgt-object", "public.bench_rows", "--mode", "incremental",
             "--primary-key", "id", "--update-key", "updated_at"]

    def ferry_incremental(kind):
        return [a.ferry, "run", "--from", src, "--to", targets[kind], "--job", jobs[kind],
                "--create-tables", "--yes", "--json"]

    # The first runs: no watermark yet, a full copy each (not timed).
    # With --reuse, a catch-up run of each instead (not timed either).
    for kind in targets:
        timed(ferry_incremental(kind))
    timed(sling, env)
    if not a.reuse or not psql("postgres", "SELECT 1 FROM pg_database WHERE datname = 'incr_bench_raw'"):
        # A copy of the first incremental target, in step with the source.
        psql("postgres", "DROP DATABASE IF EXISTS incr_bench_raw")
        psql("postgres", "CREATE DATABASE incr_bench_raw TEMPLATE incr_bench_inc")
    labels = ["full", "incremental", "incremental + deletes", "sling incremental", "raw limit"]
    results = {k: [] for k in labels}
    for r in range(1, a.runs + 1):
        since = psql("incr_bench_src", "SELECT max(updated_at) FROM bench_rows")
        step = a.rows // a.deletes
        change(r, step)
        full = fresh("incr_bench_full")
        results["full"].append(timed([a.ferry, "run", "--from", src, "--to", full,
                                      "--create-tables", "--yes", "--no-undo", "--json"]))
        results["incremental"].append(timed(ferry_incremental("plain")))
        results["incremental + deletes"].append(timed(ferry_incremental("deletes")))
        results["sling incremental"].append(timed(sling, env))
        results["raw limit"].append(raw_apply(since, work))
        for label, values in results.items():
            s, m = values[-1]
            print(f"round {r}: {label} {s:.2f} s {m:.0f} MB", flush=True)
        # Runs that do not detect deletes are compared without the rows
        # any round of this invocation deletes, on both sides.
        kept_rows = CHECK + f" WHERE NOT ({deleted_ids(step, a.runs)})"
        for db in ["incr_bench_inc", "incr_bench_del", "incr_bench_sling", "incr_bench_raw"]:
            check = CHECK if db == "incr_bench_del" else kept_rows
            expected, got = psql("incr_bench_src", check), psql(db, check)
            status = "equal" if got == expected else f"DIFFERS: {got} vs {expected}"
            print(f"round {r}: {db} {status}", flush=True)
    full = statistics.median(s for s, _ in results["full"])
    print(f"\n{a.rows:,} rows, 1 % changed and {a.deletes:,} deleted per round, {a.runs} rounds (medians)\n")
    print("| run | wall | peak RSS | × ferry full |")
    print("|---|---|---|---|")
    for label, values in results.items():
        s = statistics.median(v for v, _ in values)
        m = statistics.median(v for _, v in values)
        print(f"| {label} | {s:.2f} s | {m:.0f} MB | {s / full:.3f} |")


if __name__ == "__main__":
    main()
