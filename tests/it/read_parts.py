#!/usr/bin/env python3
"""Reads every part file of a ferry snapshot with pyarrow alone and prints,
as JSON, per table: the rows of each part, each column's Arrow type and
extension name, and every value as text. The Rust test compares this with
the manifest and the source database.

    python3 read_parts.py SNAPSHOT_DIR
"""

import base64
import datetime
import decimal
import json
import os
import sys
import uuid

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq


def read_part(path):
    if path.endswith(".parquet"):
        return pq.read_table(path)
    with pa.memory_map(path) as source:
        return ipc.open_file(source).read_all()


def extension_of(field):
    if isinstance(field.type, pa.ExtensionType) or hasattr(field.type, "extension_name"):
        return field.type.extension_name
    meta = field.metadata or {}
    name = meta.get(b"ARROW:extension:name")
    return name.decode() if name else None


def text(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        if len(value) > 64:
            return "bytes:%d" % len(value)
        return "hex:" + value.hex()
    if isinstance(value, str) and len(value) > 64:
        return "text:%d" % len(value)
    return str(value)


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "manifest.json")) as f:
        manifest = json.load(f)
    out = {"pyarrow": pa.__version__, "tables": {}}
    for table in manifest["tables"]:
        parts = []
        fields = None
        columns = None
        for part in table["parts"]:
            data = read_part(os.path.join(root, part["path"]))
            parts.append(data.num_rows)
            if fields is None:
                fields = {
                    f.name: {
                        "type": str(f.type),
                        "storage": str(getattr(f.type, "storage_type", f.type)),
                        "extension": extension_of(f),
                        "logical": (f.metadata or {}).get(b"ferry.logical_type", b"").decode(),
                        "nullable": f.nullable,
                    }
                    for f in data.schema
                }
                columns = {name: [] for name in data.schema.names}
            for name in data.schema.names:
                columns[name].extend(text(v) for v in data.column(name).to_pylist())
        out["tables"][table["name"]] = {
            "rows": sum(parts),
            "parts": parts,
            "fields": fields,
            "values": columns,
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
