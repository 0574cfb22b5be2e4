#!/usr/bin/env python3
"""Reads a ferry Parquet snapshot in place with DuckDB (its built-in Parquet
reader, no extension) and prints, as JSON, per table: the row count, each
column's DuckDB type, and every value cast to text by DuckDB, ordered by the
table's primary key. The Rust test compares this with the source database.

    python3 read_duckdb.py SNAPSHOT_DIR
"""

import json
import os
import sys

import duckdb


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def main(snapshot):
    with open(os.path.join(snapshot, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    con = duckdb.connect()
    tables = {}
    for table in manifest["tables"]:
        paths = [os.path.join(snapshot, p["path"]) for p in table["parts"]]
        if not paths:
            tables[table["name"]] = {"rows": 0, "types": {}, "values": {}}
            continue
        order = ", ".join(quote(k) for k in table["schema"]["primary_key"]) or "ALL"
        rel = con.sql(f"SELECT * FROM read_parquet(?) ORDER BY {order}", params=[paths])
        types = {c: str(t) for c, t in zip(rel.columns, rel.types)}
        texts = ", ".join(f"CAST({quote(c)} AS VARCHAR)" for c in rel.columns)
        rows = con.sql(
            f"SELECT {texts} FROM read_parquet(?) ORDER BY {order}", params=[paths]
        ).fetchall()
        tables[table["name"]] = {
            "rows": len(rows),
            "types": types,
            "values": {c: [r[i] for r in rows] for i, c in enumerate(rel.columns)},
        }
    json.dump({"duckdb": duckdb.__version__, "tables": tables}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
