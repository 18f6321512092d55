#!/bin/sh
# RFM speed (issue 3): `crm rfm --format csv --out FILE` on the 1M-customer /
# 10M-transaction file, next to ONE SQL query with window functions over the
# transactions (bench/rfm_window.sql) run by the sqlite3 shell on the same file.
#   bench/rfm.sh [DB]         default bench/data/bench-1m.crm
#   RUNS=7 PEER_RUNS=3 bench/rfm.sh
# Floors: as of a date on or after the latest transaction < 1 s and >= 10x
# faster than the SQL query; as of a past date < 3 s. Medians of hyperfine runs.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-$root/bench/data/bench-1m.crm}
runs=${RUNS:-7}
peer_runs=${PEER_RUNS:-3}
build="$root/build/release"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine missing: apt-get install -y hyperfine"; exit 1; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRM_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target crm >/dev/null
crm="$build/src/cli/crm"
[ -f "$db" ] || { echo "no database $db (crm demo or bench/README.md)"; exit 1; }

# The latest transaction (a scan, once); the past date is six months earlier.
latest=$(sqlite3 -readonly "$db" "SELECT date(max(day)) FROM txn")
past=$(sqlite3 :memory: "SELECT date('$latest', '-6 months')")
day_of() { sqlite3 :memory: "SELECT CAST(julianday('$1') + 0.5 AS INTEGER)"; }
{ echo ".parameter set @asof $(day_of "$latest")"; cat "$root/bench/rfm_window.sql"; } >"$work/peer.sql"

echo "== $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
echo "== $db: latest transaction $latest, past date $past"

# Same answer first: the peer must print the very CSV crm writes.
"$crm" --db "$db" rfm --as-of "$latest" --format csv --out "$work/crm.csv"
sqlite3 -readonly "$db" <"$work/peer.sql" >"$work/sql.csv"
if cmp -s "$work/crm.csv" "$work/sql.csv"; then
    echo "== identical CSV: $(($(wc -l <"$work/crm.csv") - 1)) customers"
else
    echo "== DIFFERENT CSV from crm and the SQL peer"; exit 1
fi

hyperfine --warmup 1 --runs "$runs" --export-json "$work/crm.json" \
    -n "crm rfm --as-of $latest" \
    "'$crm' --db '$db' rfm --as-of $latest --format csv --out '$work/x.csv'" \
    -n "crm rfm --as-of $past" \
    "'$crm' --db '$db' rfm --as-of $past --format csv --out '$work/p.csv'" >/dev/null
hyperfine --runs "$peer_runs" --export-json "$work/peer.json" \
    -n "sqlite3 window query, as of $latest" \
    "sqlite3 -readonly '$db' <'$work/peer.sql' >'$work/s.csv'" >/dev/null

python3 - "$work/crm.json" "$work/peer.json" <<'PY'
import json, sys
rows = [r for f in sys.argv[1:] for r in json.load(open(f))["results"]]
fast, past, peer = (r["median"] for r in rows)
print(f"{'command':48} {'median s':>9} {'min s':>7} {'max s':>7} {'cpu s':>6} {'runs':>5}")
for r in rows:  # cpu: mean user + system; wall exceeds it when other work shares the cores
    cpu = r['user'] + r['system']
    print(f"{r['command']:48} {r['median']:9.3f} {r['min']:7.3f} {r['max']:7.3f} {cpu:6.2f} {len(r['times']):5}")
print(f"\ncrm vs SQL peer: {peer / fast:.1f}x faster (floor 10x): {'ok' if peer / fast >= 10 else 'MISSED'}")
print(f"as of the latest day: {fast:.3f} s (floor 1 s): {'ok' if fast < 1 else 'MISSED'}")
print(f"as of a past day:     {past:.3f} s (floor 3 s): {'ok' if past < 3 else 'MISSED'}")
PY
