#!/usr/bin/env bash
# Times PostgreSQL → PostgreSQL of the 1,000,000-row bench_rows with two
# secondary indexes (account_id, label), both ways ferry can meet them:
#   after   --create-tables: the table, the rows, then the indexes
#   before  into a table created beforehand with the indexes
# One line: wall seconds and peak RSS (KB). benches/README.md (issue 11).
#
#   benches/indexes_after_rows.sh BIN after|before
#
# Expects bench_src as benches/compare_builds.sh makes it, plus:
#   psql -h 127.0.0.1 -U postgres -d bench_src -c 'CREATE INDEX bench_rows_account ON bench_rows (account_id)' \
#        -c 'CREATE INDEX bench_rows_label ON bench_rows (label)'
set -euo pipefail
BIN=$1
PG=postgres://postgres@127.0.0.1
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS bench_idx" -c "CREATE DATABASE bench_idx" 2>/dev/null
case $2 in
  before)
    psql -h 127.0.0.1 -U postgres -d bench_idx -qc "CREATE TABLE bench_rows (id bigint PRIMARY KEY,
      account_id integer NOT NULL, amount numeric(12,2), label text, created timestamptz, flag boolean);
      CREATE INDEX bench_rows_account ON bench_rows (account_id); CREATE INDEX bench_rows_label ON bench_rows (label)"
    /usr/bin/time -f "%e %M" "$BIN" run --from $PG/bench_src --to $PG/bench_idx --yes -q 2>&1 | tail -1 ;;
  after)
    /usr/bin/time -f "%e %M" "$BIN" run --from $PG/bench_src --to $PG/bench_idx --create-tables --yes -q 2>&1 | tail -1 ;;
  *) echo "after or before" >&2; exit 2 ;;
esac
