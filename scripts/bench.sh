#!/bin/sh
# Builds a release build and runs the benchmarks of bench/README.md:
#   1. bulk insert: 1M customers, then 10M transactions (rows/s; floor 300,000)
#   2. list pages and searches on that 1M-customer file, next to the sqlite3 shell
#   3. `crm demo`'s generator: 100k customers (target < 10 s)
# The 1M-customer file is kept in bench/data/ and reused; --insert remakes it.
# Smaller runs: CUSTOMERS=20000 TRANSACTIONS=200000 DEMO_CUSTOMERS=10000 scripts/bench.sh
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
customers=${CUSTOMERS:-1000000}
transactions=${TRANSACTIONS:-10000000}
demo_customers=${DEMO_CUSTOMERS:-100000}
data="$root/bench/data/bench-$customers.crm"
insert=no
[ "${1:-}" = "--insert" ] && insert=yes

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCRM_BUILD_BENCH=ON -DCRM_BUILD_TESTS=OFF -DCRM_BUILD_UI=OFF > /dev/null
cmake --build "$build" -j2 --target bench_insert bench_query bench_demo > /dev/null
bin="$build/bench"
mkdir -p "$root/bench/data"
log="$root/bench/data/last-run.txt"
: > "$log"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)" | tee -a "$log"

if [ "$insert" = yes ] || [ ! -f "$data" ]; then
    echo "== 1. bulk insert ($customers customers, $transactions transactions) into $data" | tee -a "$log"
    "$bin/bench_insert" --customers "$customers" --transactions "$transactions" --db "$data" \
        --customers-file "$root/bench/data/bench-$customers-customers.crm" | tee -a "$log"
else
    echo "== 1. bulk insert: skipped, $data exists (scripts/bench.sh --insert remakes it)" | tee -a "$log"
fi

echo "== 2. list pages and searches (CustomerQuery) next to the sqlite3 shell" | tee -a "$log"
"$bin/bench_query" --db "$data" | tee -a "$log" || echo "(some medians over their limits)" | tee -a "$log"

echo "== 3. demo generator ($demo_customers customers)" | tee -a "$log"
"$bin/bench_demo" --customers "$demo_customers" --db "$root/bench/data/demo-bench.crm" | tee -a "$log"
rm -f "$root/bench/data/demo-bench.crm" "$root/bench/data/demo-bench.crm-wal" "$root/bench/data/demo-bench.crm-shm"

echo "== results also in $log"
