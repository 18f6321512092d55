#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, configures and builds
# the dev preset (warnings are errors), then runs every test with CTest,
# then the same suite built with AddressSanitizer + UBSan (asan preset), and
# installs the .deb of the build with apt to check it runs.
# Fast when nothing changed: the builds are incremental and ccache-backed.
# With arguments, only the dev suite runs, the arguments passed to CTest
# (e.g. scripts/test.sh -R AuditLog). CRM_SKIP_ASAN=1 skips the asan suite.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
[[ -f build/dev/build.ninja ]] || cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"
ctest --preset dev -j "$(nproc)" "$@"
[[ $# -eq 0 ]] || exit 0

# The whole suite again under AddressSanitizer and UBSan (issue 7).
if [[ "${CRM_SKIP_ASAN:-0}" != 1 ]]; then
  [[ -f build/asan/build.ninja ]] || cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$(nproc)"
  UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --preset asan -j "$(nproc)"
fi

# The Debian package of this build installs and runs (issue 7).
./scripts/package-test.sh build/dev
