#!/bin/sh
# The benchmark's SQL peer (bench/rfm_window.sql, run by the sqlite3 shell)
# must print exactly the CSV `crm rfm --format csv` writes, at dates on and
# before the latest transaction.
# Usage: rfm_sql_peer_test.sh CRM SQLITE3 SQL_FILE WORK_DIR
set -eu
crm=$1 sqlite=$2 query=$3 dir=$4
rm -rf "$dir" && mkdir -p "$dir"
db=$dir/peer.crm
"$crm" --db "$db" demo --customers 400 --seed 3 --as-of 2026-06-30 >/dev/null
# Edge cases next to the demo's own refunds: a free order only, a refund only.
"$crm" --db "$db" customer add --code Z-free --name Free --created 2026-01-01 >/dev/null
"$crm" --db "$db" tx add Z-free --date 2026-06-30 --amount 0 >/dev/null
"$crm" --db "$db" customer add --code Z-refund --name Refund --created 2026-01-01 >/dev/null
"$crm" --db "$db" tx add Z-refund --date 2026-03-01 --amount -5 >/dev/null
for date in 2026-06-30 2027-01-01 2025-09-30 2024-02-29; do
  day=$("$sqlite" :memory: "SELECT CAST(julianday('$date') + 0.5 AS INTEGER)")
  "$crm" --db "$db" rfm --as-of "$date" --format csv --out "$dir/crm.csv"
  { echo ".parameter set @asof $day"; cat "$query"; } | "$sqlite" -readonly "$db" >"$dir/sql.csv"
  rows=$(wc -l <"$dir/crm.csv")
  if [ "$rows" -lt 100 ]; then echo "too few rows at $date: $rows"; exit 1; fi
  if ! cmp "$dir/crm.csv" "$dir/sql.csv"; then
    diff "$dir/crm.csv" "$dir/sql.csv" | head -5
    echo "crm rfm and the SQL peer differ at $date"; exit 1
  fi
  echo "$date: $rows lines identical"
done
