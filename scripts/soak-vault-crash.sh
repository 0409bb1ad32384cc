#!/usr/bin/env bash
# Crash-injection soak for the vault: a child process saves in a loop and is SIGKILLed at random
# moments N times; after each kill the vault must hold exactly the last confirmed state or the
# next one. The normal test suite does 200 kills; this runs as many as you like.
#
#   scripts/soak-vault-crash.sh [N]      (default 5000)
set -euo pipefail
N="${1:-5000}"
case "$N" in (*[!0-9]*|'') echo "usage: $0 [number of kills]" >&2; exit 2;; esac
cd "$(dirname "$0")/.."
MOTP_VAULT_CRASH_KILLS="$N" cargo test -p motp-core --release --test vault_crash \
  killed_saves_never_lose_or_mix_states -- --nocapture --exact
