#!/usr/bin/env bash
# The full kill test (issue 7): 200 SIGKILLs per scenario (CSV import, a
# series of edits, a schema upgrade) instead of the 20 CI runs.
# Usage: scripts/kill-test.sh [runs]   (needs a built build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
CRM_KILL_RUNS="${1:-200}" build/dev/tests/trust/kill_tests
