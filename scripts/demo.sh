#!/usr/bin/env bash
# Opens the CRM on a demo database: installs what is missing, builds, creates
# build/demo.crm (5,000 customers) the first time, then opens the desktop app
# when there is one and a display; otherwise prints the database's summary
# from the command-line tool.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
[[ -f build/dev/build.ninja ]] || cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" >/dev/null

db="$PWD/build/demo.crm"
crm="$PWD/build/dev/src/cli/crm"
if [[ ! -f "$db" ]]; then
  "$crm" --db "$db" demo --customers "${CRM_DEMO_CUSTOMERS:-5000}" --seed 7
fi

desktop="$PWD/build/dev/ui/crm-desktop"
if [[ -x "$desktop" && -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$desktop" "$db"
fi
"$crm" --db "$db" summary
echo
if [[ -x "$desktop" ]]; then
  echo "No display here. On a desktop, open the app with: $desktop $db"
else
  echo "The desktop app is not built yet; explore the demo with: $crm --db $db --help"
fi
