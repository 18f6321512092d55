#!/usr/bin/env bash
# Builds the Debian package from a build tree (default build/dev) and installs
# it with apt on this machine, then runs both installed programs: what a user
# of a clean Debian 12 does with the .deb. Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"

(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls -t "$build"/crm_*.deb | head -1)"
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb" >/dev/null

/usr/bin/crm --version
QT_QPA_PLATFORM=offscreen /usr/bin/crm-desktop --version
for f in /usr/share/applications/crm-desktop.desktop \
         /usr/share/icons/hicolor/scalable/apps/crm-desktop.svg \
         /usr/share/crm-desktop/translations/crm_zh_CN.qm; do
  [[ -f "$f" ]] || { echo "package-test: $f is missing" >&2; exit 1; }
done
db="$(mktemp -d)/installed.crm"
/usr/bin/crm --db "$db" demo --customers 50 >/dev/null
/usr/bin/crm --db "$db" stats | grep -q "customers"
echo "package-test: $deb installs and runs"
