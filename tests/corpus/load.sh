#!/usr/bin/env bash
# Load one corpus dump into a fresh, empty database.
#
#   tests/corpus/load.sh postgres <file.sql> <database>     (psql on the server of $FERRY_TEST_PG)
#   tests/corpus/load.sh mysql    <file.sql> <database>     (the mariadb client, $FERRY_TEST_MYSQL)
#   tests/corpus/load.sh sqlite   <file.sql> <path.db>      (python3 sqlite3 executescript)
#
# FERRY_TEST_PG / FERRY_TEST_MYSQL are the tests' server URLs without a
# database (default postgres://postgres@127.0.0.1:5432, mysql://root@127.0.0.1:3306).
#
# The database must already exist and be empty (PostgreSQL: createdb / CREATE DATABASE;
# MySQL: CREATE DATABASE ... CHARACTER SET utf8mb4 COLLATE utf8mb4_bin). The SQLite file
# is created by Python's sqlite3 module if it does not exist. Exits non-zero on any error.
set -euo pipefail

if [ "$#" -ne 3 ]; then
    echo "usage: $0 postgres|mysql|sqlite <file.sql> <database-or-sqlite-path>" >&2
    exit 2
fi
engine=$1
file=$2
target=$3

if [ ! -r "$file" ]; then
    echo "$0: cannot read $file" >&2
    exit 2
fi

case "$engine" in
    postgres)
        # -X: ignore ~/.psqlrc; ON_ERROR_STOP makes psql exit 3 on the first error.
        PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning" \
            psql -X -q -v ON_ERROR_STOP=1 -d "${FERRY_TEST_PG:-postgres://postgres@127.0.0.1:5432}/$target" \
                -f "$file" >/dev/null
        ;;
    mysql)
        if command -v mariadb >/dev/null 2>&1; then
            client=mariadb
        elif command -v mysql >/dev/null 2>&1; then
            client=mysql
        else
            echo "$0: neither mariadb nor mysql client found" >&2
            exit 2
        fi
        # mysql://user[:password]@host[:port]
        url=${FERRY_TEST_MYSQL:-mysql://root@127.0.0.1:3306}
        rest=${url#*://}
        creds=${rest%@*}
        hostport=${rest##*@}
        hostport=${hostport%%[/?]*}
        user=${creds%%:*}
        password=""
        [[ "$creds" == *:* ]] && password=${creds#*:}
        host=${hostport%:*}
        port=3306
        [[ "$hostport" == *:* ]] && port=${hostport##*:}
        # Without --force the client stops at the first error and exits non-zero.
        MYSQL_PWD="$password" "$client" --default-character-set=utf8mb4 -h "$host" -P "$port" -u "$user" \
            "$target" <"$file" >/dev/null
        ;;
    sqlite)
        python3 - "$file" "$target" <<'PY'
import sqlite3
import sys

path, db = sys.argv[1], sys.argv[2]
# newline='' keeps CR/LF inside string literals exactly as the dump has them.
with open(path, encoding="utf-8", newline="") as f:
    script = f.read()
con = sqlite3.connect(db)
try:
    con.executescript(script)
    con.commit()
finally:
    con.close()
PY
        ;;
    *)
        echo "$0: unknown engine '$engine' (postgres, mysql or sqlite)" >&2
        exit 2
        ;;
esac
