#!/usr/bin/env bash
# Lifecycle timeline timings (issue 3, Speed) on a COPY of the 1M-customer file:
# one full replay as of AS_OF (every customer, all 10M transactions), then
# CALLS single TransactionStore::add calls on random customers (each refreshes
# that customer's stored timeline in the same transaction) and as many bare
# refreshLifecycle calls: median, 95th percentile and maximum.
# The copy's first open upgrades it to the current schema (with a FILE.v1.bak
# backup); that is not timed. The copy and its backup are removed at the end.
#
#   bench/lifecycle.sh                     # bench/data/bench-1m.crm, as of 2026-06-30
#   SOURCE=other.crm AS_OF=2025-12-31 CALLS=500 bench/lifecycle.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build/lifecycle-release}
source_file=${SOURCE:-$root/bench/data/bench-1m.crm}
as_of=${AS_OF:-2026-06-30}
calls=${CALLS:-200}
copy=${TMPDIR:-/tmp}/lifecycle-bench-$$.crm

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCRM_WARNINGS_AS_ERRORS=ON -DCRM_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target lifecycle_update_bench

trap 'rm -f "$copy" "$copy-wal" "$copy-shm" "$copy".v*.bak' EXIT
cp "$source_file" "$copy"

echo "date: $(date -I), host: $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: $build/tests/lifecycle/lifecycle_update_bench $copy $as_of $calls"
/usr/bin/time -f "process: %e s wall, %U s user, %S s system, %P CPU" \
  "$build/tests/lifecycle/lifecycle_update_bench" "$copy" "$as_of" "$calls"
