#!/usr/bin/env bash
# A longer run of the three-device sync test (rust/motp-cli/tests/sync_cli.rs): three devices
# adding tokens and syncing at once through a proxy that cuts every fifth connection, against
# a real Apache mod_dav killed and restarted every few hundred milliseconds. The test command
# runs it with 8 edits a device; this runs EDITS (default 50) each, ROUNDS times.
#
#   scripts/soak-sync.sh [EDITS] [ROUNDS]
set -euo pipefail
EDITS="${1:-50}"
ROUNDS="${2:-1}"
case "$EDITS$ROUNDS" in (*[!0-9]*|'') echo "usage: $0 [edits per device] [rounds]" >&2; exit 2;; esac
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_system >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: 3 devices × $EDITS edits"
  MOTP_SYNC_SOAK_EDITS="$EDITS" cargo test -q -p motp-cli --test sync_cli \
    three_devices_editing_and_syncing_at_once_through_a_crashing_server_converge -- --nocapture \
    2>&1 | grep -E "sync soak|test result|panicked|FAILED"
done
