#!/usr/bin/env python3
"""What the row images for `ferry undo` cost, and what an undo takes.

    python3 benches/undo_bench.py --ferry target/release/ferry [--runs 3] [--targets pg,my,lite]

Source: PostgreSQL database `undo_bench_src` with the table `bench_rows`
(1,000,000 rows; made by this script with generate_series when missing, the
same columns as benches/harness.py's dataset). For each target engine and
run, into a new empty database: `ferry run --create-tables` with the images
(the default) and with `--no-undo`, alternating, then `ferry undo` of the run
with images. Wall time and peak RSS (GNU time) of each; prints a Markdown
table of medians.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import tempfile
import time

PG = "postgres://postgres@127.0.0.1:5432"
MY = "mysql://root@127.0.0.1:3306"

DATASET = """
CREATE TABLE bench_rows (id bigint PRIMARY KEY, account_id integer, created_at timestamp,
  amount numeric(12,2), status varchar(16), flag boolean, score double precision, payload text, ref_uuid uuid);
INSERT INTO bench_rows SELECT i, 1 + i % 100000,
  timestamp '2020-01-01' + (i * 37) * interval '1 second' + (i % 1000000) * interval '1 microsecond',
  CASE WHEN i % 100 = 0 THEN NULL ELSE ((i::bigint * 7919) % 200000000 - 100000000) / 100.0 END,
  (ARRAY['new','open','paid','shipped','void','héllo','日本','x'])[1 + i % 8], i % 3 = 0,
  CASE WHEN i % 25 = 0 THEN NULL ELSE sin(i) * 1e6 END,
  md5(i::text) || repeat(md5((i*3)::text), 2) || CASE WHEN i % 16 = 0 THEN E'\\t\\n"q" ✓' ELSE '' END,
  md5(i::text)::uuid FROM generate_series(1, {rows}) i;
VACUUM ANALYZE bench_rows;
"""


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def psql(db, sql):
    return sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAtc", sql).stdout


def ensure_source(rows):
    have = psql("postgres", "SELECT 1 FROM pg_database WHERE datname = 'undo_bench_src'")
    if have.strip():
        n = psql("undo_bench_src", "SELECT count(*) FROM bench_rows").strip()
        if int(n) == rows:
            return
        psql("postgres", "DROP DATABASE undo_bench_src")
    psql("postgres", "CREATE DATABASE undo_bench_src")
    sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "undo_bench_src", "-q",
       input=DATASET.format(rows=rows))


def fresh_target(kind, workdir):
    if kind == "pg":
        psql("postgres", "DROP DATABASE IF EXISTS undo_bench_dst")
        psql("postgres", "CREATE DATABASE undo_bench_dst")
        return f"{PG}/undo_bench_dst"
    if kind == "my":
        sh("mariadb", "-h", "127.0.0.1", "-uroot", "-e",
           "DROP DATABASE IF EXISTS undo_bench_dst; CREATE DATABASE undo_bench_dst")
        return f"{MY}/undo_bench_dst"
    path = os.path.join(workdir, "undo_bench_dst.db")
    for suffix in ("", "-journal", ".ferry-lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return f"sqlite://{path}"


def timed(args):
    """Wall seconds, peak RSS in MB and stdout of one command."""
    started = time.monotonic()
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, capture_output=True, text=True)
    wall = time.monotonic() - started
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{out.stdout}\n{out.stderr}")
    rss_kb = int(out.stderr.strip().splitlines()[-1])
    return wall, rss_kb / 1024, out.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ferry", default="target/release/ferry")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--targets", default="pg,my,lite")
    a = ap.parse_args()
    ensure_source(a.rows)
    source = f"{PG}/undo_bench_src"
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        for kind in a.targets.split(","):
            r = results.setdefault(kind, {"images": [], "no_undo": [], "undo": [],
                                          "rss_images": [], "rss_no_undo": [], "rss_undo": []})
            for _ in range(a.runs):
                for mode in ("no_undo", "images"):
                    target = fresh_target(kind, workdir)
                    args = [a.ferry, "run", "--from", source, "--to", target, "--tables",
                            "bench_rows", "--create-tables", "--yes", "--json"]
                    if mode == "no_undo":
                        args.append("--no-undo")
                    wall, rss, out = timed(args)
                    r[mode].append(wall)
                    r[f"rss_{mode}"].append(rss)
                    if mode == "images":
                        run_id = json.loads(out)["run_id"]
                        wall, rss, _ = timed([a.ferry, "undo", run_id, "--to", target,
                                              "--yes", "--json"])
                        r["undo"].append(wall)
                        r["rss_undo"].append(rss)
    names = {"pg": "PostgreSQL → PostgreSQL", "my": "PostgreSQL → MariaDB",
             "lite": "PostgreSQL → SQLite"}
    print(f"| {a.rows:,} rows, medians of {a.runs} | run --no-undo | run (images) | images / no-undo | "
          "undo | undo / run | peak RSS run / undo |")
    print("|---|---|---|---|---|---|---|")
    for kind, r in results.items():
        med = {k: statistics.median(v) for k, v in r.items()}
        print(f"| {names[kind]} | {med['no_undo']:.2f} s | {med['images']:.2f} s | "
              f"{med['images'] / med['no_undo']:.2f} × | {med['undo']:.2f} s | "
              f"{med['undo'] / med['images']:.2f} × | {med['rss_images']:.0f} / {med['rss_undo']:.0f} MB |")
    print()
    print("all runs (s):", json.dumps({k: {m: [round(x, 2) for x in v] for m, v in r.items()}
                                        for k, r in results.items()}))


if __name__ == "__main__":
    main()
