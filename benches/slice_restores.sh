#!/usr/bin/env bash
# Restores of a 10M-row table in slices (ferry restore --slice K), by hand:
# slice 0 creating the table, then the other slices as concurrent workers,
# with and without undo images. Needs the harness's bench_src (run
# benches/snapshot_bench.py --rows 10000000 --build-data first) and
# target/release/ferry; prints wall times in seconds.
#
#   benches/slice_restores.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
F=$PWD/target/release/ferry
W=${1:-/tmp/ferry-snapbench}
PG=${PG:-postgres://postgres@127.0.0.1:5432}
DB=slice_restores
mkdir -p "$W"
fresh() {
  psql -q -d "$PG/postgres" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" -c CHECKPOINT
}
seconds() { local s; s=$(date +%s.%N); "$@"; echo "$(date +%s.%N) - $s" | bc; }
for n in 2 3; do
  [ -d "$W/slices-$n" ] || "$F" snapshot --from "$PG/bench_src" --out "$W/slices-$n" \
    --tables bench_rows --parts-per-table "$n" -q
done
for undo in "" "--no-undo"; do
  for n in 2 3; do
    fresh
    first=$(seconds "$F" restore "$W/slices-$n" --to "$PG/$DB" --create-tables --slice 0 --yes -q)
    start=$(date +%s.%N)
    pids=()
    for k in $(seq 1 $((n - 1))); do
      "$F" restore "$W/slices-$n" --to "$PG/$DB" --slice "$k" --yes -q $undo &
      pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    rest=$(echo "$(date +%s.%N) - $start" | bc)
    rows=$(psql -Atq -d "$PG/$DB" -c "SELECT count(*) FROM bench_rows")
    echo "$n slices ${undo:-with undo images}: slice 0 ${first} s, slices 1..$((n - 1)) at once ${rest} s, $rows rows"
  done
done
psql -q -d "$PG/postgres" -c "DROP DATABASE IF EXISTS $DB"
