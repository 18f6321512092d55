#!/bin/sh
# CSV import next to the sqlite3 shell, on the same files (bench/README.md,
# "CSV import"):
#   1. 1M customers:     crm import customers     vs  sqlite3 .import into a bare table
#   2. 10M transactions: crm import transactions  vs  sqlite3 .import into a bare table
# Wall time and peak RSS from /usr/bin/time -v; the median of RUNS runs
# (TX_RUNS for the transactions, which take longer).
# The CSV files come from `crm export` of SOURCE_DB (default: the 1M-customer
# file scripts/bench.sh makes) and are kept in bench/data/csv-import/.
#   RUNS=3 TX_RUNS=1 SOURCE_DB=bench/data/bench-1m.crm bench/csv_import.sh
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/csvi-release"
source_db=${SOURCE_DB:-$root/bench/data/bench-1m.crm}
runs=${RUNS:-3}
tx_runs=${TX_RUNS:-1}
work=${WORK:-$root/bench/data/csv-import}
mkdir -p "$work"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRM_BUILD_TESTS=OFF \
      -DCRM_BUILD_BENCH=OFF > /dev/null
cmake --build "$build" -j2 --target crm > /dev/null
crm="$build/src/cli/crm"

customers="$work/customers.csv"
transactions="$work/transactions.csv"
[ -f "$customers" ] || "$crm" --db "$source_db" export customers --out "$customers" \
    --columns code,name,kind,industry,region,phone,email,owner,tags > /dev/null
[ -f "$transactions" ] || "$crm" --db "$source_db" export transactions --out "$transactions" > /dev/null

# timed LABEL COMMAND...: runs it under /usr/bin/time -v, prints "LABEL seconds peak-kB".
timed() {
    label=$1
    shift
    /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/time.txt" || {
        cat "$work/out.txt" "$work/time.txt" >&2
        exit 1
    }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" |
           awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    echo "$label $wall $rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# bench KIND FILE RUNS PREPARE: RUNS times sqlite3 .import and crm import.
bench() {
    kind=$1 file=$2 n=$3 prepare=$4
    : > "$work/$kind.times"
    i=0
    while [ "$i" -lt "$n" ]; do
        fresh "$work/bare.db"
        timed "sqlite3" sqlite3 "$work/bare.db" -cmd ".mode csv" ".import $file bare" >> "$work/$kind.times"
        $prepare
        timed "crm" "$crm" --db "$work/run.crm" import "$kind" "$file" >> "$work/$kind.times"
        cat "$work/out.txt"
        i=$((i + 1))
    done
    for tool in sqlite3 crm; do
        t=$(grep "^$tool " "$work/$kind.times" | cut -d' ' -f2 | median)
        m=$(grep "^$tool " "$work/$kind.times" | cut -d' ' -f3 | median)
        echo "$kind $tool: median ${t} s, peak RSS $((m / 1024)) MB ($n run(s))"
    done
}

new_db() { fresh "$work/run.crm" && "$crm" --db "$work/run.crm" init > /dev/null; }
with_customers() { fresh "$work/run.crm" && cp "$work/base.crm" "$work/run.crm"; }

echo "== $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $(wc -l < "$customers") customer lines, $(wc -l < "$transactions") transaction lines"
bench customers "$customers" "$runs" new_db
fresh "$work/base.crm"
cp "$work/run.crm" "$work/base.crm" # customers imported: the base of the transaction runs
bench transactions "$transactions" "$tx_runs" with_customers
fresh "$work/run.crm"
fresh "$work/bare.db"
