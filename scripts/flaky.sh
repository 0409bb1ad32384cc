#!/usr/bin/env bash
# Runs the motp-app and motp-core suites N times (default 20) and reports every test that ever
# failed, with how often. A test that fails 1 time in 16 passes a single CI run 94% of the time;
# only repetition finds it. Exits 1 if any test failed in any run, 0 if none did.
#
#   scripts/flaky.sh [N] [-- extra cargo test arguments, e.g. a test name filter]
#
# Not part of scripts/test.sh (it is N times the suites); run it after touching anything random
# (salts, nonces, ports, threads, timers) and before calling a test deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: scripts/flaky.sh [N] [-- cargo test args]" >&2; exit 2; }
shift || true
[ "${1:-}" = "--" ] && shift
extra=("$@")

packages=(-p motp-app -p motp-core)
echo "building the suites once..."
cargo test --all-features "${packages[@]}" --no-run -q "${extra[@]}" 2>&1 | tail -3

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
SECONDS=0
for i in $(seq 1 "$runs"); do
    # --no-fail-fast: one failing binary must not hide the others' tests in this run.
    if cargo test --all-features "${packages[@]}" --no-fail-fast -q "${extra[@]}" \
        >"$logs/run-$i.log" 2>&1; then
        status=ok
    else
        status=FAILED
    fi
    # Each binary's summary lists its failed tests under "failures:" (in -q mode too).
    failed=$(awk '/^failures:$/{f=1; next} /^test result:/{f=0} f && /^    [^ ]/{print $1}' \
        "$logs/run-$i.log" | sort -u)
    if [ "$status" = FAILED ] && [ -z "$failed" ]; then
        failed="(the build or a test binary failed; see below)"
        tail -20 "$logs/run-$i.log" >&2
    fi
    if [ -n "$failed" ]; then
        printf '%s\n' "$failed" >>"$logs/failures"
    fi
    printf 'run %d/%d: %s (%ss in all)\n' "$i" "$runs" "$status" "$SECONDS"
done

if [ -s "$logs/failures" ]; then
    echo
    echo "tests that failed (times failed out of $runs runs):"
    sort "$logs/failures" | uniq -c | sort -rn
    exit 1
fi
echo
echo "no test failed in $runs runs of motp-app and motp-core"
