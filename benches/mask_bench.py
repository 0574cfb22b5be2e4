#!/usr/bin/env python3
"""What masking costs: a masked copy against the plain copy of the same
1,000,000 rows, same binary, same run, alternating.

    python3 benches/mask_bench.py [--rows 1000000] [--runs 5] [--bin target/release/ferry]

The dataset is the harness's `bench_rows` (benches/harness.py, built with its
own generate_series SQL into the database bench_mask on PostgreSQL at
127.0.0.1:5432) plus `bench_people`, the harness's `bench_users` at the same
row count (user names, e-mail addresses, display names). Cases, each
PostgreSQL → PostgreSQL and PostgreSQL → SQLite, into a new database:

- rows:   bench_rows, plain, and with two text columns masked
          (`status` hash, `payload` hash);
- people: bench_people, plain, and with two text columns masked the way a
          copy to dev would (`email` email, `display_name` name).

Prints median wall seconds and peak RSS per case and the masked/plain
ratio, as the Markdown the benches/README.md section holds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402  (the dataset's SQL)

PG = "postgres://postgres@127.0.0.1"
KEY = "bench key: thirty-two bytes long!"

JOBS = {
    "rows": '[select]\ntables = ["bench_rows"]\n'
    '[[mask]]\ncolumn = "bench_rows.status"\nmethod = "hash"\n'
    '[[mask]]\ncolumn = "bench_rows.payload"\nmethod = "hash"\n',
    "people": '[select]\ntables = ["bench_people"]\n'
    '[[mask]]\ncolumn = "bench_people.email"\nmethod = "email"\n'
    '[[mask]]\ncolumn = "bench_people.display_name"\nmethod = "name"\n',
}
TABLE = {"rows": "bench_rows", "people": "bench_people"}


def psql(db: str, sql: str) -> str:
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atqc", sql],
        check=True, capture_output=True, text=True,
    ).stdout.strip()


def dataset(rows: int) -> None:
    marker = f"mask-bench {rows}"
    have = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "bench_mask", "-Atqc",
         "SELECT obj_description('bench_rows'::regclass, 'pg_class')"],
        capture_output=True, text=True,
    )
    if have.returncode == 0 and have.stdout.strip() == marker:
        return
    print(f"building bench_mask ({rows} rows per table)", file=sys.stderr)
    psql("postgres", "DROP DATABASE IF EXISTS bench_mask")
    psql("postgres", "CREATE DATABASE bench_mask")
    people_ddl = harness.PG_USERS_DDL.replace("bench_users", "bench_people")
    fill = harness.PG_FILL.replace("__ROWS__", str(rows)).replace("__USERS__", str(rows))
    fill = fill.replace("INSERT INTO bench_users", "INSERT INTO bench_people")
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "bench_mask", "-q", "-v", "ON_ERROR_STOP=1"],
        input=harness.PG_ROWS_DDL + people_ddl + fill
        + f"COMMENT ON TABLE bench_rows IS '{marker}'; VACUUM ANALYZE;",
        check=True, text=True, capture_output=True,
    )


def once(binary: str, case: str, target: str, masked: bool, job: str) -> tuple[float, int]:
    if target == "pg":
        psql("postgres", "DROP DATABASE IF EXISTS bench_mask_dst")
        psql("postgres", "CREATE DATABASE bench_mask_dst")
        to = f"{PG}/bench_mask_dst"
    else:
        path = Path(tempfile.gettempdir()) / "bench_mask_dst.db"
        path.unlink(missing_ok=True)
        to = f"sqlite://{path}"
    args = [binary, "run", "--from", f"{PG}/bench_mask", "--to", to, "--create-tables", "--yes", "-q"]
    args += ["--job", job] if masked else ["--tables", TABLE[case]]
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", *args],
        capture_output=True, text=True, env={**os.environ, "FERRY_MASK_KEY": KEY},
    )
    if out.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{out.stderr}")
    seconds, kb = out.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kb)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--bin", default=str(harness.REPO / "target/release/ferry"))
    a = p.parse_args()
    dataset(a.rows)
    jobs = {}
    tmp = Path(tempfile.mkdtemp())
    for case, text in JOBS.items():
        jobs[case] = tmp / f"{case}.toml"
        jobs[case].write_text(text)
    print(f"| case | target | plain (s) | masked (s) | masked / plain | peak RSS plain / masked (MB) |")
    print("|---|---|---|---|---|---|")
    for case in JOBS:
        for target in ["pg", "sqlite"]:
            times = {False: [], True: []}
            rss = {False: [], True: []}
            for i in range(a.runs):
                # Alternate which goes first, so neither always meets a warm cache.
                for masked in ([False, True] if i % 2 == 0 else [True, False]):
                    s, kb = once(a.bin, case, target, masked, str(jobs[case]))
                    times[masked].append(s)
                    rss[masked].append(kb)
            plain, masked = statistics.median(times[False]), statistics.median(times[True])
            print(
                f"| {case} ({TABLE[case]}) | {'PostgreSQL' if target == 'pg' else 'SQLite'} | {plain:.2f} | {masked:.2f} | "
                f"{masked / plain:.2f}x | {max(rss[False]) / 1024:.0f} / {max(rss[True]) / 1024:.0f} |"
            )


if __name__ == "__main__":
    main()
