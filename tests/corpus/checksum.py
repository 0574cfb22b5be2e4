#!/usr/bin/env python3
"""Row counts and content checksums of every base table, read through the
engines' own Python drivers (psycopg, PyMySQL, sqlite3) -- not through
ferry -- so the corpus tests compare what the databases themselves hold.

    checksum.py postgres postgresql://postgres@127.0.0.1/db
    checksum.py mysql    mysql://root@127.0.0.1/db
    checksum.py sqlite   /path/to/file.db

Prints one JSON object: {table: {"rows": N, "sha256": HEX, "columns": [...],
"catalog": {...}}}, the catalog as the engine's own catalog tables tell it:
primary key, foreign keys, NOT NULL columns, columns with a default, and
identity (serial, AUTO_INCREMENT, INTEGER PRIMARY KEY) columns.

Each value is put in a canonical text by the family of its column's declared
type, as the engine declares it, so that the same value held by different
engines reads the same: decimals without trailing zeros, timestamps in UTC
to the microsecond, booleans as 0/1, JSON with sorted keys, bytes as hex,
float32 columns at float32 precision, CHAR(n) without its padding, PostgreSQL
arrays as JSON arrays. SQLite values are read by their storage class into
their column's family: text, Unix-epoch integers and Julian-day reals in
date and timestamp columns, reals in decimal columns. Rows are sorted, so the
order in which an engine returns them does not matter.
"""

import datetime as dt
import decimal
import hashlib
import json
import struct
import sys
import urllib.parse
import uuid

SEP = "\x1f"
NULL = "\x00NULL"
UTC = dt.timezone.utc


# --- canonical text by family ------------------------------------------------


def c_decimal(v):
    if isinstance(v, float):
        v = decimal.Decimal(repr(v))
    elif not isinstance(v, decimal.Decimal):
        v = decimal.Decimal(str(v).strip())
    if v == 0:
        return "0"
    t = format(v.normalize(), "f")
    return t


def c_float32(v):
    f = struct.unpack("f", struct.pack("f", float(v)))[0]
    for p in range(1, 10):
        t = "%.*g" % (p, f)
        if struct.unpack("f", struct.pack("f", float(t)))[0] == f:
            return repr(float(t))
    return repr(f)


def c_bool(v):
    if isinstance(v, str):
        return {"t": "1", "true": "1", "1": "1", "f": "0", "false": "0", "0": "0"}[v.strip().lower()]
    if isinstance(v, (bytes, bytearray)):
        return str(int.from_bytes(v, "big"))
    return str(int(v))


def parse_text_timestamp(s):
    s = s.strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    return dt.datetime.fromisoformat(s.replace("T", " ") if len(s) > 10 else s + " 00:00:00")


def to_utc_naive(d):
    if d.tzinfo is not None:
        d = d.astimezone(UTC).replace(tzinfo=None)
    return d


def c_timestamp(v, sqlite=False):
    if isinstance(v, dt.datetime):
        d = v
    elif isinstance(v, dt.date):
        d = dt.datetime(v.year, v.month, v.day)
    elif sqlite and isinstance(v, int):
        d = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=v)
    elif sqlite and isinstance(v, float):
        # A Julian day number, to the millisecond, as SQLite reads it.
        ms = int(v * 86400000.0 + 0.5) - 210866760000000
        d = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=ms)
    else:
        d = parse_text_timestamp(str(v))
    return to_utc_naive(d).strftime("%Y-%m-%d %H:%M:%S.%f")


def c_date(v, sqlite=False):
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return v.isoformat()
    # A point in time in a date column: a date when it is midnight; any
    # other time of day stays visible, so it cannot compare equal.
    ts = c_timestamp(v, sqlite)
    return ts[:10] if ts.endswith(" 00:00:00.000000") else ts


def c_time(v):
    if isinstance(v, dt.timedelta):
        total = v.days * 86400 + v.seconds
        return "%02d:%02d:%02d.%06d" % (total // 3600, total // 60 % 60, total % 60, v.microseconds)
    if isinstance(v, dt.time):
        return v.replace(tzinfo=None).strftime("%H:%M:%S.%f")
    t = dt.time.fromisoformat(str(v).strip())
    return t.strftime("%H:%M:%S.%f")


def c_uuid(v):
    if isinstance(v, (bytes, bytearray)) and len(v) == 16:
        return str(uuid.UUID(bytes=bytes(v)))
    return str(uuid.UUID(str(v)))


def sorted_json(v):
    return json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def c_json(v):
    if isinstance(v, (bytes, bytearray)):
        v = v.decode()
    if isinstance(v, str):
        v = json.loads(v)
    return sorted_json(v)


def c_bytes(v):
    if isinstance(v, memoryview):
        v = v.tobytes()
    if isinstance(v, str):
        v = v.encode()
    return bytes(v).hex()


def c_array(v):
    # PostgreSQL arrays arrive as lists; elements in their own canonical form.
    def el(x):
        if isinstance(x, list):
            return [el(y) for y in x]
        if isinstance(x, decimal.Decimal):
            return c_decimal(x)
        if isinstance(x, dt.datetime):
            return c_timestamp(x)
        if isinstance(x, dt.date):
            return x.isoformat()
        return x

    if isinstance(v, str):
        v = json.loads(v)
    return sorted_json(el(v))


def c_any(v):
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return c_bytes(v)
    return str(v)


def canonical(v, family, sqlite=False):
    if v is None:
        return NULL
    if family == "bool":
        return c_bool(v)
    if family == "int":
        return str(int(v))
    if family == "decimal":
        return c_decimal(v)
    if family == "float64":
        return repr(float(v))
    if family == "float32":
        return c_float32(v)
    if family == "char":
        return str(v).rstrip(" ")
    if family == "text":
        return v if isinstance(v, str) else c_any(v)
    if family == "date":
        return c_date(v, sqlite)
    if family == "time":
        return c_time(v)
    if family == "timestamp":
        return c_timestamp(v, sqlite)
    if family == "uuid":
        return c_uuid(v)
    if family == "json":
        return c_json(v)
    if family == "bytes":
        return c_bytes(v)
    if family == "array":
        return c_array(v)
    return c_any(v)


# --- declared types by engine -----------------------------------------------


def pg_family(data_type, udt):
    d = data_type.lower()
    if d == "boolean":
        return "bool"
    if d in ("smallint", "integer", "bigint"):
        return "int"
    if d == "numeric":
        return "decimal"
    if d == "real":
        return "float32"
    if d == "double precision":
        return "float64"
    if d == "character":
        return "char"
    if d in ("character varying", "text", "name"):
        return "text"
    if d == "bytea":
        return "bytes"
    if d == "date":
        return "date"
    if d == "time without time zone":
        return "time"
    if d.startswith("timestamp"):
        return "timestamp"
    if d == "uuid":
        return "uuid"
    if d in ("json", "jsonb"):
        return "json"
    if d == "array":
        return "array"
    return "any"


def mysql_family(data_type, column_type, is_json):
    d, c = data_type.lower(), column_type.lower()
    if is_json or d == "json":
        return "json"
    if (d == "tinyint" and c.startswith("tinyint(1)")) or c == "bit(1)" or d == "bool":
        return "bool"
    if d in ("tinyint", "smallint", "mediumint", "int", "bigint", "year"):
        return "int"
    if d == "decimal":
        return "decimal"
    if d == "float":
        return "float32"
    if d == "double":
        return "float64"
    if d == "char":
        return "char"
    if d in ("varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set"):
        return "text"
    if d in ("binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"):
        return "bytes"
    if d == "date":
        return "date"
    if d == "time":
        return "time"
    if d in ("datetime", "timestamp"):
        return "timestamp"
    if d == "uuid":
        return "uuid"
    return "any"


def sqlite_family(declared):
    d = (declared or "").upper().split("(")[0].strip()
    if d in ("BOOL", "BOOLEAN"):
        return "bool"
    if d in ("DECIMAL", "NUMERIC", "DECIMAL_TEXT", "NUMERIC_TEXT"):
        return "decimal"
    if d == "FLOAT4":
        return "float32"
    if d in ("DATE",):
        return "date"
    if d in ("TIME",):
        return "time"
    if d.startswith("DATETIME") or d.startswith("TIMESTAMP"):
        return "timestamp"
    if d == "UUID":
        return "uuid"
    if d in ("JSON", "JSONB"):
        return "json"
    if d.startswith("CHAR") or d.startswith("NCHAR") or d == "CHARACTER":
        return "char"
    if "INT" in d or d == "YEAR":
        return "int"
    if any(k in d for k in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if any(k in d for k in ("BLOB", "BINARY", "BYTEA")):
        return "bytes"
    if any(k in d for k in ("REAL", "FLOA", "DOUB")):
        return "float64"
    return "any"


# --- catalogs, from each engine's own catalog tables ------------------------


def catalog_postgres(cur, t):
    cur.execute(
        "SELECT k.contype, ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i) "
        "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i), r.relname::text, "
        "ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i) "
        "JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i) "
        "FROM pg_constraint k LEFT JOIN pg_class r ON r.oid = k.confrelid "
        "WHERE k.contype IN ('p', 'f') AND (k.conrelid = to_regclass(%s) OR (k.contype = 'f' "
        # A partitioned table's rows are bound by the keys its partitions declare.
        "AND k.conparentid = 0 AND k.conrelid IN (SELECT relid FROM pg_partition_tree(to_regclass(%s)))))",
        ('"%s"' % t.replace('"', '""'),) * 2,
    )
    pk, fks = [], []
    for kind, cols, parent, pcols in cur.fetchall():
        if kind == "p":
            pk = cols
        elif [cols, parent, pcols] not in fks:
            fks.append([cols, parent, pcols])
    cur.execute(
        "SELECT a.attname::text, a.attnotnull, "
        "d.adbin IS NOT NULL AND upper(pg_get_expr(d.adbin, d.adrelid)) NOT LIKE 'NULL%%', "
        "a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval(%%' "
        "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''",
        ('"%s"' % t.replace('"', '""'),),
    )
    cols = cur.fetchall()
    return {
        "primary_key": pk,
        "foreign_keys": sorted(fks),
        "not_null": sorted(c for c, nn, _, _ in cols if nn),
        "defaults": sorted(c for c, _, d, ident in cols if d and not ident),
        "identity": sorted(c for c, _, _, ident in cols if ident),
    }


def catalog_mysql(cur, t):
    cur.execute(
        "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME "
        "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.TABLE_CONSTRAINTS c "
        "ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND c.TABLE_NAME = k.TABLE_NAME "
        "AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
        "WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = %s "
        "AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
        (t,),
    )
    pk, fks = [], {}
    for name, col, parent, pcol in cur.fetchall():
        if name == "PRIMARY":
            pk.append(col)
        else:
            fk = fks.setdefault(name, [[], parent, []])
            fk[0].append(col)
            fk[2].append(pcol)
    cur.execute(
        "SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s AND EXTRA NOT LIKE '%%GENERATED%%'",
        (t,),
    )
    cols = cur.fetchall()
    return {
        "primary_key": pk,
        "foreign_keys": sorted(fks.values()),
        "not_null": sorted(c for c, n, _, _ in cols if n == "NO"),
        # MariaDB reports "no default" as NULL and a NULL default as 'NULL'.
        "defaults": sorted(c for c, _, d, _ in cols if d is not None and d != "NULL"),
        "identity": sorted(c for c, _, _, e in cols if "auto_increment" in e.lower()),
    }


def catalog_sqlite(con, t):
    info = con.execute('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?) WHERE hidden = 0', (t,)).fetchall()
    pk = [c for c, _, _, _, p in sorted(info, key=lambda r: r[4]) if p > 0]
    fks = {}
    for fid, _, parent, frm, to in con.execute('SELECT id, seq, "table", "from", "to" FROM pragma_foreign_key_list(?) ORDER BY id, seq', (t,)):
        fk = fks.setdefault(fid, [[], parent, []])
        fk[0].append(frm)
        fk[2].append(to)
    rowid = [c for c, ty, _, _, p in info if p > 0 and len(pk) == 1 and ty.upper() == "INTEGER"]
    return {
        "primary_key": pk,
        "foreign_keys": sorted(fks.values(), key=lambda f: (f[1], f[0])),
        "not_null": sorted(c for c, _, nn, _, _ in info if nn),
        "defaults": sorted(c for c, _, _, d, _ in info if d is not None and d.upper() != "NULL"),
        "identity": rowid,
    }


# --- reading -----------------------------------------------------------------


def tables_postgres(url):
    import psycopg

    con = psycopg.connect(url, autocommit=False)
    cur = con.cursor()
    cur.execute("SET TIME ZONE 'UTC'")
    cur.execute(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r','p') AND NOT c.relispartition"
    )
    names = cur.fetchall()
    for t, kind in names:
        cur.execute(
            "SELECT column_name, data_type, udt_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position",
            (t,),
        )
        cols = [(c, pg_family(d, u)) for c, d, u in cur.fetchall()]
        q = ", ".join('"%s"' % c.replace('"', '""') for c, _ in cols)
        cat = catalog_postgres(cur, t)
        # An inheritance parent's own rows (its children are tables too);
        # a partitioned table's rows are its partitions'.
        only = "ONLY " if kind == "r" else ""
        cur.execute('SELECT %s FROM %s"%s"' % (q, only, t.replace('"', '""')))
        yield t, cols, cur.fetchall(), False, cat
    con.close()


def tables_mysql(url):
    import pymysql

    u = urllib.parse.urlparse(url)
    con = pymysql.connect(
        host=u.hostname,
        port=u.port or 3306,
        user=urllib.parse.unquote(u.username or "root"),
        password=urllib.parse.unquote(u.password or ""),
        database=u.path.lstrip("/"),
        charset="utf8mb4",
        binary_prefix=False,
    )
    cur = con.cursor()
    cur.execute("SET time_zone = '+00:00'")
    cur.execute(
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
        "AND TABLE_TYPE = 'BASE TABLE'"
    )
    names = [r[0] for r in cur.fetchall()]
    cur.execute(
        "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE()"
    )
    checks = cur.fetchall()
    for t in names:
        cur.execute(
            "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s AND EXTRA NOT LIKE '%%GENERATED%%' "
            "ORDER BY ORDINAL_POSITION",
            (t,),
        )
        cols = []
        for c, d, ct in cur.fetchall():
            is_json = any(tn == t and ("json_valid(`%s`)" % c) in cc for tn, cc in checks)
            cols.append((c, mysql_family(d, ct, is_json)))
        q = ", ".join("`%s`" % c.replace("`", "``") for c, _ in cols)
        cat = catalog_mysql(cur, t)
        cur.execute("SELECT %s FROM `%s`" % (q, t.replace("`", "``")))
        yield t, cols, cur.fetchall(), False, cat
    con.close()


def tables_sqlite(path):
    import sqlite3

    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    for t in names:
        info = con.execute("SELECT name, type, hidden FROM pragma_table_xinfo(?)", (t,)).fetchall()
        cols = [(c, sqlite_family(d)) for c, d, h in info if h == 0]
        q = ", ".join('"%s"' % c.replace('"', '""') for c, _ in cols)
        rows = con.execute('SELECT %s FROM "%s"' % (q, t.replace('"', '""'))).fetchall()
        yield t, cols, rows, True, catalog_sqlite(con, t)
    con.close()


def main():
    engine, where = sys.argv[1], sys.argv[2]
    reader = {"postgres": tables_postgres, "mysql": tables_mysql, "sqlite": tables_sqlite}[engine]
    out = {}
    for table, cols, rows, sqlite, cat in reader(where):
        lines = []
        for row in rows:
            cells = []
            for (name, family), v in zip(cols, row):
                try:
                    cells.append(canonical(v, family, sqlite))
                except Exception as e:  # a value the family does not read
                    cells.append("!%s(%r)" % (type(e).__name__, v))
            lines.append(SEP.join(cells))
        lines.sort()
        h = hashlib.sha256()
        for line in lines:
            h.update(line.encode("utf-8", "surrogatepass"))
            h.update(b"\n")
        out[table] = {
            "rows": len(lines),
            "sha256": h.hexdigest(),
            "columns": [c for c, _ in cols],
            "families": [f for _, f in cols],
            "catalog": dict(cat, table=table),
        }
    json.dump(out, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
