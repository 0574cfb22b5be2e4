#!/usr/bin/env bash
# The dependency picture between ferry's top-level modules: one line per
# edge "from -> to", from every `crate::to` path written in src/from*.
#
#   scripts/module-edges.sh            # edges, sorted
set -euo pipefail
cd "$(dirname "$0")/../src"
for file in $(find . -name '*.rs' | sort); do
  from=${file#./}
  from=${from%%/*}
  from=${from%.rs}
  case "$from" in lib|main) continue ;; esac
  # `use crate::{a, b::c}` and `crate::a::…` in code.
  tr '\n' ' ' <"$file" | { grep -oE 'crate::(\{[^}]*\}|[a-z_]+)' || true; } |
    sed -E 's/^crate:://; s/[{}]//g' | tr ',' '\n' | sed -E 's/^ *//; s/::.*//; s/ .*//' |
    { grep -E '^[a-z_]+$' || true; } | while read -r to; do
      if [ "$to" != "$from" ] && [ "$to" != "self" ]; then echo "$from -> $to"; fi
    done
done | sort -u
