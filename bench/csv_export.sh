#!/bin/sh
# CSV export speed (issue 4): `crm export customers` with the default columns
# on the 1M-customer file, next to the sqlite3 shell writing the same columns
# (.mode csv, .once) from the same file, in the same run. Also crm without the
# RFM columns (segment, r, f, m) and without tags, to show what they cost.
#   bench/csv_export.sh [DB]      default bench/data/bench-1m.crm (read only:
#                                 crm works on a copy in $WORK, default /tmp)
#   RUNS=3 bench/csv_export.sh
# Floor: under 3 s for the default columns. Figures: wall, CPU (user+sys), peak RSS.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$root/bench/data/bench-1m.crm}
runs=${RUNS:-3}
work=${WORK:-/tmp}
build=${BUILD:-$root/build/csv-release} # BUILD=build/release reuses a release build
db="$work/csv-bench-1m.crm"
out=$(mktemp -d "$work/csv-export.XXXXXX")
trap 'rm -rf "$out"' EXIT

# Its own build is configured here; a given one (BUILD=) is only brought up to date.
[ -n "${BUILD:-}" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCRM_BUILD_TESTS=OFF -DCRM_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target crm >/dev/null
crm="$build/src/cli/crm"
[ -f "$src" ] || { echo "no database $src"; exit 1; }
[ -f "$db" ] && [ "$db" -nt "$src" ] || cp "$src" "$db"

base=code,name,kind,industry,region,phone,email,owner
tail=last_purchase,purchases,net_amount
cat >"$out/peer.sql" <<SQL
.mode csv
.headers on
.once $out/sqlite3.csv
SELECT c.code, c.name, c.kind, c.industry, c.region, c.phone, c.email, c.owner,
  (SELECT group_concat(tag, ';') FROM (SELECT tag FROM customer_tag t
     WHERE t.customer_id = c.id ORDER BY tag)) AS tags,
  c.stage, date(c.last_purchase) AS last_purchase, c.purchase_count AS purchases,
  printf('%.2f', c.net_amount / 100.0) AS net_amount
FROM customer c ORDER BY c.code;
SQL

echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d), $db"
measure() { # name, command...
    name=$1; shift
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$@" >/dev/null 2>&1
        echo "$name $(cat "$out/t")"
    done
}
{
    measure "crm-default-columns" "$crm" --db "$db" export customers --out "$out/crm.csv"
    measure "crm-without-rfm" "$crm" --db "$db" export customers --out "$out/norfm.csv" \
        --columns "$base,tags,stage,$tail"
    measure "crm-without-rfm-and-tags" "$crm" --db "$db" export customers --out "$out/plain.csv" \
        --columns "$base,stage,$tail"
    measure "sqlite3-same-columns-as-without-rfm" sh -c "sqlite3 -readonly '$db' <'$out/peer.sql'"
} >"$out/all"
echo "rows: crm $(($(wc -l <"$out/crm.csv") - 1)), sqlite3 $(($(wc -l <"$out/sqlite3.csv") - 1))"
python3 - "$out/all" <<'PY'
import sys, statistics
runs = {}
for line in open(sys.argv[1]):
    name, wall, user, system, rss = line.split()
    runs.setdefault(name, []).append((float(wall), float(user) + float(system), int(rss)))
print(f"{'command':38} {'wall s (median)':>15} {'cpu s':>7} {'peak RSS MB':>12}")
for name, r in runs.items():
    print(f"{name:38} {statistics.median(x[0] for x in r):15.2f} "
          f"{statistics.median(x[1] for x in r):7.2f} {max(x[2] for x in r) / 1024:12.0f}")
PY
