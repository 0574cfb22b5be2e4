#!/usr/bin/env bash
# Runs ferry's fuzz targets (fuzz/) with cargo-fuzz on the nightly
# toolchain, each for SECONDS (default 60). A crash is saved under
# fuzz/artifacts/TARGET/ with the input that caused it, and this script
# exits non-zero; turn each into a regression test.
#
#   scripts/fuzz.sh                  # every target for 60 s
#   scripts/fuzz.sh 3600 pg_copy     # one target for an hour
#   scripts/fuzz.sh 28800            # overnight: every target for 8 hours
#
# Needs `rustup toolchain install nightly` and `cargo install cargo-fuzz`.
# The corpora grow in fuzz/corpus/ (not committed) and are seeded from the
# example job files and, once `cargo run --example demo` and the README's
# "Every command" block have made it, the demo's snapshot (Arrow IPC, and
# Parquet, which this script takes with target/debug/ferry).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(job_file manifest pg_copy mysql_row part_file)

seed() {
  local dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $1 in
    job_file) cp examples/*.toml examples/nightly/*.toml "$dir/" ;;
    manifest) [ -f target/demo/dev-snapshot/manifest.json ] && cp target/demo/dev-snapshot/manifest.json "$dir/" ;;
    part_file)
      # The first byte picks the format: even Arrow IPC, odd Parquet.
      for part in target/demo/dev-snapshot/*/*.arrow; do
        [ -f "$part" ] && { printf '\0'; cat "$part"; } >"$dir/$(basename "$(dirname "$part")")-$(basename "$part")"
      done
      if [ ! -d target/demo/dev-snapshot-parquet ] && [ -x target/debug/ferry ] && [ -f target/demo/dev.db ]; then
        target/debug/ferry snapshot --from sqlite://target/demo/dev.db --out target/demo/dev-snapshot-parquet --format parquet -q || true
      fi
      for part in target/demo/dev-snapshot-parquet/*/*.parquet; do
        [ -f "$part" ] && { printf '\1'; cat "$part"; } >"$dir/$(basename "$(dirname "$part")")-$(basename "$part")"
      done ;;
  esac
  return 0
}

failed=0
for t in "${targets[@]}"; do
  seed "$t"
  echo "==> fuzzing $t for ${seconds} s"
  # -s none: the targets are safe Rust; panics, not memory errors, are
  # what they look for (a sanitizer build is `-s address`, slower).
  if ! (cd fuzz && cargo +nightly fuzz run -s none "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 2>&1 | tail -5); then
    failed=1
  fi
done
exit $failed
