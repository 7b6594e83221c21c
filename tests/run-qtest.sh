#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one Qt Test executable for CTest and turns "everything skipped" into exit code 77, which
# ethoscribe_add_test() declares as SKIP_RETURN_CODE: a test whose every function was skipped
# (no Python with torch, no real-video folder...) shows as skipped, never as passed with zero
# checks. A test with at least one passing function keeps Qt Test's own exit code; its skipped
# functions stay visible in the log as "SKIP   :" lines (packaging/ethoscribe.sh counts them).
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
if ((rc == 0)); then
    passed=$(grep -E '^PASS   : ' "$log" | grep -cvE '::(initTestCase|cleanupTestCase)\(\)')
    skipped=$(grep -cE '^SKIP   : ' "$log")
    if ((passed == 0 && skipped > 0)); then
        echo "run-qtest: every test function was skipped; reported to CTest as skipped."
        exit 77
    fi
fi
exit "$rc"
