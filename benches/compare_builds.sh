#!/usr/bin/env bash
# Times one ferry binary on one engine pair of the 1,000,000-row table
# bench_rows, into a new target: wall seconds and peak RSS (KB), one line.
# Used to compare two builds side by side (benches/README.md, issue 10).
#
#   benches/compare_builds.sh BIN pg-pg|sqlite-sqlite|sqlite-pg|pg-sqlite|pg-mysql|mysql-pg
#
# Expects bench_src on PostgreSQL (127.0.0.1, user postgres) and
# /tmp/bench_src.db, made once with:
#   psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE bench_src'
#   psql -h 127.0.0.1 -U postgres -d bench_src -c "CREATE TABLE bench_rows (id bigint PRIMARY KEY,
#     account_id integer NOT NULL, amount numeric(12,2), label text, created timestamptz, flag boolean);
#     INSERT INTO bench_rows SELECT g, g % 1000, (g % 100000) / 100.0, 'label ' || g,
#     '2024-01-01'::timestamptz + g * interval '1 second', g % 2 = 0 FROM generate_series(1, 1000000) g"
#   BIN run --from postgres://postgres@127.0.0.1/bench_src --to sqlite:///tmp/bench_src.db --create-tables --yes
#   mariadb -h 127.0.0.1 -uroot -e 'CREATE DATABASE bench_src'   # for mysql-pg
#   BIN run --from postgres://postgres@127.0.0.1/bench_src --to mysql://root@127.0.0.1/bench_src --create-tables --yes
set -euo pipefail
BIN=$1
PAIR=$2
PG=postgres://postgres@127.0.0.1
fresh_pg() { psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS bench_dst" -c "CREATE DATABASE bench_dst" 2>/dev/null; }
case $PAIR in
  pg-pg) FROM=$PG/bench_src; fresh_pg; TO=$PG/bench_dst ;;
  sqlite-sqlite) FROM=sqlite:///tmp/bench_src.db; rm -f /tmp/bench_dst.db; TO=sqlite:///tmp/bench_dst.db ;;
  sqlite-pg) FROM=sqlite:///tmp/bench_src.db; fresh_pg; TO=$PG/bench_dst ;;
  pg-sqlite) FROM=$PG/bench_src; rm -f /tmp/bench_dst.db; TO=sqlite:///tmp/bench_dst.db ;;
  pg-mysql)
    FROM=$PG/bench_src
    mariadb -h 127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS bench_dst; CREATE DATABASE bench_dst"
    TO=mysql://root@127.0.0.1/bench_dst ;;
  mysql-pg) FROM=mysql://root@127.0.0.1/bench_src; fresh_pg; TO=$PG/bench_dst ;;
  *) echo "unknown pair $PAIR" >&2; exit 2 ;;
esac
/usr/bin/time -f "%e %M" "$BIN" run --from "$FROM" --to "$TO" --create-tables --yes -q 2>&1 | tail -1
