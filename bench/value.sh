#!/bin/sh
# Times the value commands (`crm clv fit`, `crm clv predict`, `crm pareto`) on
# a release build; figures go to bench/README.md ("Value analytics").
#   A. the 1M-customer / 10M-transaction file bench/data/bench-1m.crm, copied
#      to $WORK first (the first open upgrades a v1 file and writes a .v1.bak
#      backup, which this script deletes: the copy is only for timing);
#   B. a `crm demo` database of $DEMO_CUSTOMERS customers (default 100,000),
#      made once and kept in bench/data/: its buyers come and go, so the models
#      converge and predict can be timed (the bench-1m rows are ~10 evenly
#      spread purchases per customer, which BG/NBD cannot identify).
# Uses hyperfine when installed (Debian: apt-get install hyperfine), else /usr/bin/time.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/release"
source_file=${SOURCE:-$root/bench/data/bench-1m.crm}
work=${WORK:-/tmp/crm-value-bench}
demo_customers=${DEMO_CUSTOMERS:-100000}
demo_file="$root/bench/data/value-demo-$demo_customers.crm"
runs=${RUNS:-3}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRM_BUILD_TESTS=OFF > /dev/null
cmake --build "$build" -j2 --target crm > /dev/null
crm="$build/src/cli/crm"
mkdir -p "$work"

# time_it NAME COMMAND...: hyperfine's mean of $runs runs (failures allowed:
# a fit that does not converge exits 1 and is still timed), else one timed run.
time_it() {
    name=$1
    shift
    echo "-- $name: $*"
    if command -v hyperfine > /dev/null; then
        hyperfine --runs "$runs" --warmup 1 --ignore-failure --style basic \
                  --export-json "$work/$name.json" "$*" 2>&1 | grep -E 'Time|Range|exit code' || true
    else
        /usr/bin/time -f "   %e s wall, %U s user, %S s sys, %M KB" sh -c "$* > /dev/null" || true
    fi
}

latest_date() {
    sqlite3 -readonly "$1" "SELECT date(max(day)) FROM txn"
}

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d), load $(cut -d' ' -f1-3 /proc/loadavg)"

# A. The 1M-customer file.
copy="$work/bench-1m.crm"
if [ ! -f "$copy" ] || [ "$source_file" -nt "$copy" ]; then
    rm -f "$copy" "$copy-wal" "$copy-shm"
    cp "$source_file" "$copy"
fi
"$crm" --db "$copy" stats > /dev/null # upgrades a v1 copy
rm -f "$copy".v*.bak
as_of=$(latest_date "$copy")
past=$(date -u -d "$as_of -1 year" +%Y-%m-%d)
echo "== A. $copy: $("$crm" --db "$copy" stats | tr -s ' ' | tr '\n' ' ')"
echo "   fit result (week): $("$crm" --db "$copy" clv fit --as-of "$as_of" --format json 2>&1 || true)"
time_it fit-1m-week "$crm" --db "$copy" clv fit --as-of "$as_of" --time-unit week --format json
time_it fit-1m-day "$crm" --db "$copy" clv fit --as-of "$as_of" --time-unit day --format json
time_it pareto-1m-latest "$crm" --db "$copy" pareto --as-of "$as_of" --format json
time_it pareto-1m-past "$crm" --db "$copy" pareto --as-of "$past" --format json

# B. Demo data whose customers behave like customers.
if [ ! -f "$demo_file" ]; then
    "$crm" --db "$demo_file" init > /dev/null
    "$crm" --db "$demo_file" demo --customers "$demo_customers" --as-of 2026-06-30 > /dev/null
fi
demo_as_of=$(latest_date "$demo_file")
echo "== B. $demo_file: $("$crm" --db "$demo_file" stats | tr -s ' ' | tr '\n' ' ')"
"$crm" --db "$demo_file" clv fit --as-of "$demo_as_of"
time_it fit-demo "$crm" --db "$demo_file" clv fit --as-of "$demo_as_of" --format json
time_it predict-demo-csv "$crm" --db "$demo_file" clv predict --as-of "$demo_as_of" --format csv
time_it pareto-demo "$crm" --db "$demo_file" pareto --as-of "$demo_as_of" --format json
