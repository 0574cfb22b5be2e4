#!/usr/bin/env python3
"""`ferry verify` of a 1,000,000-row table, PostgreSQL against MariaDB, next to reladiff
(PyPI `reladiff`, the maintained fork of data-diff).

    python3 benches/verify_bench.py --ferry target/release/ferry [--runs 3]
    python3 benches/verify_bench.py --setup-only             # (re)build the data only
    python3 benches/verify_bench.py --skip-setup --tools reladiff --runs 1

Data: table `t` (id bigint PRIMARY KEY, a integer, b varchar(64), c numeric(12,2),
ts timestamp(6), d double precision) of --rows rows built with generate_series in the
PostgreSQL database `verify_bench_src`, and the identical copy in the MariaDB database
`verify_bench_dst` (c decimal(12,2), ts datetime(6), d double), loaded with
`psql \\copy ... TO` (text format) + `LOAD DATA LOCAL INFILE`. Every value is a function
of the id; ts carries microseconds, a, c and d are NULL in 1 % of the rows each, one row
in 8 has non-ASCII text in b. `--setup-only` rebuilds both (dropping them), `--skip-setup`
reuses them; without either they are rebuilt only when missing or not of --rows rows.

Cases, each timed --runs times (the starting tool alternating), wall clock and peak RSS
(GNU time, `%M`) of the tool's process:

1. equal: MariaDB's copy is identical.
2. 1000 differences, applied to MariaDB's copy for this case and undone afterwards (the
   original rows are loaded again from PostgreSQL): 400 rows whose `b` changes (its last
   character), 300 rows whose `ts` moves by exactly 1 microsecond, 200 rows deleted and
   100 rows inserted with ids after the largest. The ids are drawn with a fixed seed
   (the same every time) and written to WORKDIR/truth.json.

Commands (the URLs are those of this machine's servers):

    ferry verify --from postgres://postgres@127.0.0.1:5432/verify_bench_src
                 --to mysql://root@127.0.0.1:3306/verify_bench_dst --tables t --json
    reladiff postgresql://postgres@127.0.0.1:5432/verify_bench_src t
             mysql://root@127.0.0.1:3306/verify_bench_dst t -k id -c a -c b -c c -c ts -c d --json

ferry must exit 0 on case 1 and 4 on case 2; its counts (`differing`, `missing`,
`extra`) are compared with the truth, and the ids it names in `first` are checked
against it. reladiff prints every differing row (`-` the source's, `+` the target's
version): an id with both signs is a changed row, only `-` missing, only `+` extra;
the reported ids are compared with the truth id by id, per kind.

reladiff is installed when missing into --reladiff-venv (default /tmp/reladiff-venv) with
`pip install 'reladiff[postgresql,mysql]'` (psycopg2-binary and mysql-connector-python).

Prints a Markdown table of medians, then the breakdown by kind of difference.

Seen with reladiff 0.6.0 here: it compares ts at microseconds (both columns have 6
digits; it would round both to the less precise one) and finds all 1000 differences, but
it also reports 425 rows as changed in `d` on equal data. It reads MariaDB's DOUBLE
numeric_precision (22, decimal digits) as binary bits, so it compares doubles rounded to
6 decimals, and PostgreSQL's float8 -> numeric cast rounds to 15 significant digits first
while MariaDB rounds the exact value: rows whose 7th decimal is near 5 come out differently.
`--reladiff-args '-j 4'` (threads) makes it faster; its default is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PG_URL = "postgres://postgres@127.0.0.1:5432"
MY_URL = "mysql://root@127.0.0.1:3306"
SRC = "verify_bench_src"
DST = "verify_bench_dst"
SEED = 20261201
KINDS = ("b", "ts", "deleted", "inserted")
WANT = {"b": 400, "ts": 300, "deleted": 200, "inserted": 100}
COLUMNS = ("id", "a", "b", "c", "ts", "d")

PG_DDL = """
CREATE TABLE t (id bigint PRIMARY KEY, a integer, b varchar(64), c numeric(12,2),
  ts timestamp(6), d double precision);
"""
MY_DDL = """
CREATE TABLE t (id BIGINT PRIMARY KEY, a INT, b VARCHAR(64), c DECIMAL(12,2),
  ts DATETIME(6), d DOUBLE) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
"""


def gen_select(lo: int, hi: int) -> str:
    """The rows lo..hi of the dataset, in PostgreSQL."""
    return f"""SELECT i AS id,
  CASE WHEN i % 100 = 7 THEN NULL ELSE ((i * 7919) % 2000000 - 1000000)::integer END AS a,
  CASE WHEN i % 8 = 3 THEN 'héllo ✓ ' || left(md5(i::text), 20) ELSE md5(i::text) END AS b,
  CASE WHEN i % 100 = 11 THEN NULL ELSE ((i * 104729) % 200000000 - 100000000) / 100.0 END AS c,
  timestamp '2020-01-01' + (i * 37) * interval '1 second' + ((i * 7919) % 1000000) * interval '1 microsecond' AS ts,
  CASE WHEN i % 100 = 13 THEN NULL ELSE sin(i) * 1e6 END AS d
FROM generate_series({lo}::bigint, {hi}::bigint) i"""


def log(msg: str) -> None:
    print(f"[verify_bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def sh(args, **kw):
    r = subprocess.run(args, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(args)[:300]} exited {r.returncode}:\n{r.stderr[-2000:]}")
    return r


def psql(db: str, sql: str) -> str:
    return sh(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1",
               "-qAtc", sql]).stdout.strip()


def my(db: str | None, sql: str, local_infile: bool = False) -> str:
    cmd = ["mariadb", "-h", "127.0.0.1", "-uroot", "-N", "-B"]
    if local_infile:
        cmd.append("--local-infile=1")
    if db:
        cmd.append(db)
    return sh(cmd + ["-e", sql]).stdout.strip()


def pg_to_my(select: str, workdir: Path) -> None:
    """Loads the rows of a PostgreSQL query into MariaDB's t (text COPY + LOAD DATA)."""
    f = workdir / "rows.tsv"
    sh(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", SRC, "-v", "ON_ERROR_STOP=1", "-qc",
        f"\\copy ({select}) TO '{f}'"])
    # psql's text format is MariaDB's default LOAD DATA format: tab-separated,
    # backslash escapes, \N for NULL.
    out = my(DST, f"LOAD DATA LOCAL INFILE '{f}' INTO TABLE t CHARACTER SET utf8mb4 "
                  "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' "
                  f"({', '.join(COLUMNS)}); SHOW WARNINGS;", local_infile=True)
    f.unlink()
    if out:
        raise SystemExit(f"LOAD DATA into MariaDB gave warnings: {out[:500]}")


# Aggregates that both engines compute the same way on equal data.
PG_AGG = """SELECT count(*), sum(id), sum(a), count(a), sum(c * 100)::bigint, count(c),
  sum(char_length(b)), sum(('x' || substr(md5(b), 1, 8))::bit(32)::bigint),
  sum((extract(epoch FROM ts) * 1000000)::bigint), min(d)::text, max(d)::text, count(d) FROM t"""
MY_AGG = """SELECT count(*), sum(id), sum(a), count(a), CAST(sum(c * 100) AS SIGNED), count(c),
  sum(char_length(b)), sum(CAST(CONV(SUBSTR(MD5(b), 1, 8), 16, 10) AS UNSIGNED)),
  sum(TIMESTAMPDIFF(MICROSECOND, '1970-01-01', ts)), min(d), max(d), count(d) FROM t"""


def aggregates_equal() -> tuple[bool, list[str], list[str]]:
    p = psql(SRC, PG_AGG).split("|")
    m = my(DST, MY_AGG).split("\t")
    same = p[:9] == m[:9] and p[11] == m[11] and all(float(x) == float(y) for x, y in zip(p[9:11], m[9:11]))
    return same, p, m


def have_data(rows: int) -> bool:
    if not psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{SRC}'"):
        return False
    if psql(SRC, "SELECT count(*) FROM pg_tables WHERE tablename = 't'") != "1":
        return False
    if psql(SRC, "SELECT count(*), max(id) FROM t") != f"{rows}|{rows}":
        return False
    if not my(None, f"SELECT 1 FROM information_schema.tables WHERE table_schema = '{DST}' AND table_name = 't'"):
        return False
    return True


def setup(rows: int, workdir: Path) -> float:
    started = time.monotonic()
    log(f"building {SRC}.t ({rows:,} rows) in PostgreSQL")
    psql("postgres", f"DROP DATABASE IF EXISTS {SRC}")
    psql("postgres", f"CREATE DATABASE {SRC}")
    sh(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", SRC, "-v", "ON_ERROR_STOP=1", "-q"],
       input=PG_DDL + f"INSERT INTO t {gen_select(1, rows)};\nVACUUM ANALYZE t;\n")
    t_pg = time.monotonic() - started
    log(f"  {t_pg:.1f} s; copying it to MariaDB {DST}.t")
    my(None, f"DROP DATABASE IF EXISTS {DST}; CREATE DATABASE {DST} CHARACTER SET utf8mb4")
    my(DST, MY_DDL)
    pg_to_my(f"SELECT {', '.join(COLUMNS)} FROM t ORDER BY id", workdir)
    my(DST, "ANALYZE TABLE t")
    took = time.monotonic() - started
    log(f"  {took - t_pg:.1f} s; setup {took:.1f} s in all")
    return took


def truth(rows: int) -> dict[str, list[int]]:
    """The ids of case 2's differences, the same every time for the same --rows."""
    rng = random.Random(SEED)
    picked = rng.sample(range(1, rows + 1), WANT["b"] + WANT["ts"] + WANT["deleted"])
    b, ts, deleted = (sorted(picked[:400]), sorted(picked[400:700]), sorted(picked[700:]))
    return {"b": b, "ts": ts, "deleted": deleted, "inserted": list(range(rows + 1, rows + 101))}


def id_list(ids) -> str:
    return ", ".join(map(str, ids))


def apply_differences(rows: int, tr: dict[str, list[int]], workdir: Path) -> None:
    restore(rows, tr, workdir)
    counts = my(DST, "SET autocommit = 0; "
                f"UPDATE t SET b = CONCAT(LEFT(b, CHAR_LENGTH(b) - 1), IF(RIGHT(b, 1) = '0', '1', '0')) "
                f"WHERE id IN ({id_list(tr['b'])}); SELECT ROW_COUNT(); "
                f"UPDATE t SET ts = ts + INTERVAL 1 MICROSECOND WHERE id IN ({id_list(tr['ts'])}); SELECT ROW_COUNT(); "
                f"DELETE FROM t WHERE id IN ({id_list(tr['deleted'])}); SELECT ROW_COUNT(); COMMIT;").split()
    if counts != ["400", "300", "200"]:
        raise SystemExit(f"applying the differences changed {counts} rows, not 400, 300, 200")
    pg_to_my(gen_select(rows + 1, rows + 100), workdir)
    n = my(DST, "SELECT count(*) FROM t")
    if n != str(rows - 100):
        raise SystemExit(f"MariaDB's t has {n} rows after the differences, not {rows - 100}")


def restore(rows: int, tr: dict[str, list[int]], workdir: Path) -> None:
    """Undoes apply_differences (whatever part of it was done): deletes the rows it
    touched or added and loads the touched ones again from PostgreSQL."""
    touched = tr["b"] + tr["ts"] + tr["deleted"]
    my(DST, f"DELETE FROM t WHERE id > {rows} OR id IN ({id_list(touched)})")
    pg_to_my(f"SELECT {', '.join(COLUMNS)} FROM t WHERE id IN ({id_list(touched)}) ORDER BY id", workdir)


def timed(args, env=None, ok=(0,), timeout=None):
    """Wall seconds, peak RSS in MB, exit code and stdout of one command."""
    started = time.monotonic()
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, capture_output=True, text=True,
                         env=env, timeout=timeout)
    wall = time.monotonic() - started
    if out.returncode not in ok:
        raise SystemExit(f"{' '.join(args)} exited {out.returncode}:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    rss_kb = int(out.stderr.strip().splitlines()[-1])
    return wall, rss_kb / 1024, out.returncode, out.stdout


def classify(reported: dict[str, set[int]], tr: dict[str, list[int]]) -> dict:
    """Per kind of true difference, how many of its ids the tool reported as such."""
    rows_changed = reported["differing"]
    found = {
        "b": len(rows_changed & set(tr["b"])),
        "ts": len(rows_changed & set(tr["ts"])),
        "deleted": len(reported["missing"] & set(tr["deleted"])),
        "inserted": len(reported["extra"] & set(tr["inserted"])),
    }
    all_true = {k: set(v) for k, v in tr.items()}
    wrong = (len(rows_changed - all_true["b"] - all_true["ts"])
             + len(reported["missing"] - all_true["deleted"])
             + len(reported["extra"] - all_true["inserted"]))
    return {"found": found, "wrong": wrong, "total": sum(found.values())}


def ferry_cmd(a) -> list[str]:
    return [a.ferry, "verify", "--from", f"{PG_URL}/{SRC}", "--to", f"{MY_URL}/{DST}",
            "--tables", "t", "--json"]


def run_ferry(a, case: str, tr) -> dict:
    wall, rss, code, out = timed(ferry_cmd(a), ok=(0, 4), timeout=a.timeout)
    want = 0 if case == "equal" else 4
    doc = json.loads(out)
    tab = doc["tables"][0]
    counts = {k: int(tab[k]) for k in ("differing", "missing", "extra")}
    problems = []
    if code != want:
        problems.append(f"exit {code}, not {want}")
    if case == "equal":
        total = sum(counts.values())
        res = {"total": total, "counts": counts, "wrong": total}
    else:
        expect = {"differing": 700, "missing": 200, "extra": 100}
        if counts != expect:
            problems.append(f"counts {counts}, not {expect}")
        # the named ones (`first`, up to 10) must be true differences of their kind
        kind_ids = {"differs": set(tr["b"]) | set(tr["ts"]), "missing": set(tr["deleted"]),
                    "extra": set(tr["inserted"])}
        for d in tab.get("first", []):
            m = re.fullmatch(r"id=(\d+)", d.get("key", ""))
            if not m or int(m.group(1)) not in kind_ids.get(d.get("kind"), ()):
                problems.append(f"named difference {d} is not one the script made")
            elif d["kind"] == "differs":
                col = "b" if int(m.group(1)) in tr["b"] else "ts"
                if d.get("columns") != [col]:
                    problems.append(f"named difference {d}: the column changed is {col}")
        # counts are all ferry gives for the rest: take them per kind, capped at the truth
        found = {"b+ts": min(counts["differing"], 700), "deleted": min(counts["missing"], 200),
                 "inserted": min(counts["extra"], 100)}
        wrong = max(counts["differing"] - 700, 0) + max(counts["missing"] - 200, 0) + max(counts["extra"] - 100, 0)
        res = {"total": sum(found.values()), "counts": counts, "found": found, "wrong": wrong}
    res.update(wall=wall, rss=rss, problems=problems, timestamps=tab.get("timestamps"),
               source_rows=tab.get("source_rows"), target_rows=tab.get("target_rows"))
    return res


def reladiff_cmd(a) -> list[str]:
    cols = [x for c in COLUMNS[1:] for x in ("-c", c)]
    return ([a.reladiff, f"postgresql://postgres@127.0.0.1:5432/{SRC}", "t",
             f"{MY_URL}/{DST}", "t", "-k", "id"] + cols + ["--json"] + a.reladiff_args.split())


def run_reladiff(a, case: str, tr) -> dict:
    # rich prints the JSON lines; keep it from wrapping them at 80 columns
    env = dict(os.environ, COLUMNS="100000", NO_COLOR="1", TERM="dumb")
    wall, rss, code, out = timed(reladiff_cmd(a), env=env, timeout=a.timeout)
    reported = {"-": set(), "+": set()}
    rows = {"-": {}, "+": {}}
    for line in out.splitlines():
        line = line.strip()
        if not line:
            continue
        sign, values = json.loads(line)
        reported[sign].add(int(values[0]))
        rows[sign][int(values[0])] = values
    sets = {"differing": reported["-"] & reported["+"], "missing": reported["-"] - reported["+"],
            "extra": reported["+"] - reported["-"]}
    counts = {k: len(v) for k, v in sets.items()}
    if case == "equal":
        total = sum(counts.values())
        res = {"total": total, "counts": counts, "wrong": total}
    else:
        res = classify(sets, tr)
        res["counts"] = counts
    # which columns differ in the changed rows the script did not make
    made = set(tr["b"]) | set(tr["ts"]) if case == "differ" else set()
    names = column_names([v for side in rows.values() for v in side.values()])
    spurious: dict[str, int] = {}
    for i in sets["differing"] - made:
        cols = ",".join(names[k] for k, (x, y) in enumerate(zip(rows["-"][i], rows["+"][i])) if x != y)
        spurious[cols] = spurious.get(cols, 0) + 1
    res.update(wall=wall, rss=rss, problems=[], spurious=spurious)
    return res


def column_names(rows: list[list]) -> list[str]:
    """reladiff prints the key first, then the other columns in an order of its own (a
    Python set's): tell them apart by the shape of their values."""
    width = max((len(r) for r in rows), default=0)
    names = ["id"] + [f"column {k}" for k in range(1, width)]
    shapes = [("ts", r"\d{4}-\d\d-\d\d[ T].*"), ("a", r"-?\d+"), ("c", r"-?\d+\.\d\d"),
              ("d", r"-?[\d.eE+-]+"), ("b", r".*")]
    for k in range(1, width):
        sample = [r[k] for r in rows if len(r) > k and r[k] is not None][:50]
        for name, pat in shapes:
            if sample and all(re.fullmatch(pat, str(v)) for v in sample) and name not in names:
                names[k] = name
                break
    return names


def ensure_reladiff(a) -> None:
    if a.reladiff != "reladiff" and not Path(a.reladiff).exists():
        venv = Path(a.reladiff_venv)
        log(f"installing reladiff into {venv}")
        sh([sys.executable, "-m", "venv", str(venv)])
        sh([str(venv / "bin" / "pip"), "install", "-q", "reladiff[postgresql,mysql]"])


def tool_version(cmd) -> str:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ferry", default="target/release/ferry")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--tools", default="ferry,reladiff", help="comma-separated: ferry, reladiff")
    ap.add_argument("--cases", default="equal,differ", help="comma-separated: equal, differ")
    ap.add_argument("--setup-only", action="store_true", help="(re)build the data and stop")
    ap.add_argument("--skip-setup", action="store_true", help="reuse the data as it is")
    ap.add_argument("--reladiff-venv", default="/tmp/reladiff-venv")
    ap.add_argument("--reladiff", default=None, help="reladiff executable (default: in --reladiff-venv)")
    ap.add_argument("--reladiff-args", default="", help="extra arguments for reladiff, e.g. '-j 2'")
    ap.add_argument("--workdir", default="/tmp/verify_bench")
    ap.add_argument("--timeout", type=float, default=1800, help="per run, seconds")
    a = ap.parse_args()
    a.reladiff = a.reladiff or str(Path(a.reladiff_venv) / "bin" / "reladiff")
    tools = [t for t in a.tools.split(",") if t]
    cases = [c for c in a.cases.split(",") if c]
    if not set(tools) <= {"ferry", "reladiff"} or not set(cases) <= {"equal", "differ"}:
        ap.error("--tools takes ferry and/or reladiff, --cases equal and/or differ")
    if a.rows < 10_000:
        ap.error("--rows must be at least 10000")
    if "ferry" in tools and not a.setup_only:
        if not (os.path.exists(a.ferry) or shutil.which(a.ferry)):
            raise SystemExit(f"no ferry binary at {a.ferry} (give --ferry, or --tools reladiff)")
        a.ferry = os.path.abspath(a.ferry) if os.path.exists(a.ferry) else a.ferry
    workdir = Path(a.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    tr = truth(a.rows)
    (workdir / "truth.json").write_text(json.dumps(tr) + "\n")

    setup_s = None
    if a.setup_only or (not a.skip_setup and not have_data(a.rows)):
        setup_s = setup(a.rows, workdir)
    elif not a.skip_setup:
        log(f"reusing {SRC}.t and {DST}.t ({a.rows:,} rows)")
    if not a.setup_only:
        restore(a.rows, tr, workdir)   # undoes case 2 left behind by an interrupted run
    same, p, m = aggregates_equal()
    if not same:
        raise SystemExit(f"MariaDB's copy differs from PostgreSQL's:\n  PG {p}\n  MY {m}\n"
                         "rebuild it with --setup-only")
    log("PostgreSQL's and MariaDB's t agree (row count and column aggregates)")
    if a.setup_only:
        print(f"setup: {setup_s:.1f} s; ground truth of case 2 in {workdir / 'truth.json'}")
        return
    if "reladiff" in tools:
        ensure_reladiff(a)

    runners = {"ferry": run_ferry, "reladiff": run_reladiff}
    results: dict[tuple[str, str], list[dict]] = {}
    try:
        for case in cases:
            if case == "differ":
                apply_differences(a.rows, tr, workdir)
                log("case differ: 400 b, 300 ts +1 µs, 200 deleted, 100 inserted applied to MariaDB's t")
            for i in range(a.runs):
                order = tools[i % len(tools):] + tools[:i % len(tools)]
                for tool in order:
                    r = runners[tool](a, case, tr)
                    results.setdefault((case, tool), []).append(r)
                    log(f"{case} {tool} run {i + 1}: {r['wall']:.2f} s, {r['rss']:.0f} MB, "
                        f"found {r['total']}, counts {r['counts']}"
                        + (f", PROBLEMS: {r['problems']}" if r["problems"] else ""))
            if case == "differ":
                restore(a.rows, tr, workdir)
                log("case differ undone")
    finally:
        if "differ" in cases:
            restore(a.rows, tr, workdir)
            if not aggregates_equal()[0]:
                log(f"WARNING: MariaDB's {DST}.t still differs from {SRC}.t: rebuild it with --setup-only")

    print(f"`ferry verify` against reladiff, PostgreSQL → MariaDB, table t of {a.rows:,} rows, "
          f"medians of {a.runs} runs" + (f"; setup {setup_s:.1f} s" if setup_s else ""))
    print()
    print("| case | tool | median s | peak RSS MB | differences found / 1000 | ferry / reladiff |")
    print("|---|---|---:|---:|---:|---:|")
    for case in cases:
        med = {}
        for tool in tools:
            rs = results[(case, tool)]
            med[tool] = statistics.median(r["wall"] for r in rs)
        for tool in tools:
            rs = results[(case, tool)]
            rss = statistics.median(r["rss"] for r in rs)
            last = rs[-1]
            if case == "equal":
                found = f"{last['total']} (of 0)"
            else:
                found = f"{last['total']}" + (f" + {last['wrong']} wrong" if last["wrong"] else "")
            if any(r["problems"] for r in rs):
                found += " ⚠"
            ratio = (f"{med['ferry'] / med['reladiff']:.3g} ×"
                     if tool == "ferry" and "reladiff" in med else "")
            label = "equal" if case == "equal" else "1000 differences"
            print(f"| {label} | {tool} | {med[tool]:.2f} | {rss:.0f} | {found} | {ratio} |")
    if "differ" in cases:
        print()
        print("| tool (case 1000 differences) | b changed (400) | ts +1 µs (300) | deleted (200) | "
              "inserted (100) | reported, not made |")
        print("|---|---:|---:|---:|---:|---:|")
        for tool in tools:
            r = results[("differ", tool)][-1]
            if tool == "reladiff":
                f = r["found"]
                print(f"| reladiff | {f['b']} | {f['ts']} | {f['deleted']} | {f['inserted']} | {r['wrong']} |")
            else:
                c = r["counts"]
                print(f"| ferry (counts) | {c['differing']} differing (b + ts: 700) | (with b) | {c['missing']} | "
                      f"{c['extra']} | {r['wrong']} |")
    print()
    for (case, tool), rs in results.items():
        for r in rs:
            for p in r["problems"]:
                print(f"- PROBLEM {case} {tool}: {p}")
    for (case, tool), rs in results.items():
        if rs[-1].get("spurious"):
            what = ", ".join(f"{n} in {cols}" for cols, n in sorted(rs[-1]["spurious"].items()))
            print(f"- {tool}, case {case}: rows reported as changed that the script did not change: {what}")
    fr = [r for (c, t), rs in results.items() if t == "ferry" for r in rs]
    if fr and fr[-1].get("timestamps"):
        print(f"- ferry compared timestamps to these fractional digits: {fr[-1]['timestamps']}")
    versions = []
    if "ferry" in tools:
        versions.append(f"ferry: {tool_version([a.ferry, '--version'])}")
    if "reladiff" in tools:
        versions.append(f"reladiff: {tool_version([a.reladiff, '--version'])}")
    print("- " + "; ".join(versions))
    if "ferry" in tools:
        print("- ferry command: `" + " ".join(ferry_cmd(a)) + "`")
    if "reladiff" in tools:
        print("- reladiff command: `" + " ".join(reladiff_cmd(a)) + "`")
    print("- all runs (s): " + json.dumps({f"{c}/{t}": [round(r["wall"], 2) for r in rs]
                                            for (c, t), rs in results.items()}))


if __name__ == "__main__":
    main()
