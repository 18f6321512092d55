#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, configures and builds
# the dev preset (warnings are errors), then runs every test with CTest and
# installs the .deb of the build with apt to check it runs.
# Fast when nothing changed: the build is incremental and ccache-backed.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
[[ -f build/dev/build.ninja ]] || cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"
ctest --preset dev -j "$(nproc)" "$@"
# The Debian package of this build installs and runs (issue 7).
[[ $# -gt 0 ]] || ./scripts/package-test.sh build/dev
