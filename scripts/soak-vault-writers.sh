#!/usr/bin/env bash
# Concurrent writers soak: four `motp add` loops at the DEFAULT key derivation (Argon2id, 64 MiB,
# 16 passes, so each writer spends about a second unlocking while the others save) against one
# vault. Every add that `motp` acknowledged (exit 0) must be in the vault afterwards, and none may
# fail: a change that meets a newer file is re-applied to it with the key already held
# (docs/vault-format.md §11), so no writer is told to retype or retry. The test command runs a
# short bounded pass; run longer ones by hand.
#
#   scripts/soak-vault-writers.sh [ADDS_PER_WRITER]      (default 10; MOTP_SOAK_WRITERS=4)
set -euo pipefail
ADDS="${1:-10}"
WRITERS="${MOTP_SOAK_WRITERS:-4}"
for n in "$ADDS" "$WRITERS"; do
  case "$n" in (*[!0-9]*|''|0) echo "usage: $0 [adds per writer]  (MOTP_SOAK_WRITERS=N)" >&2; exit 2;; esac
done
cd "$(dirname "$0")/.."
cargo build -q -p motp-cli
MOTP="$PWD/target/debug/motp"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MOTP_VAULT="$work/tokens.motp" MOTP_PASSWORD="soak password"
unset MOTP_INSECURE_FAST_KDF_FOR_TESTS MOTP_NEW_PASSWORD
SECONDS=0
"$MOTP" init >/dev/null

writer() {
  local w=$1 i name
  for i in $(seq 1 "$ADDS"); do
    name="writer$w-$i"
    if printf '%016x\n' $((w * 100000 + i)) | "$MOTP" add "$name" >/dev/null 2>"$work/err"."$w"; then
      echo "$name" >> "$work/acked.$w"
    else
      echo "$name: $(cat "$work/err.$w")" >> "$work/failed.$w"
    fi
  done
}

for w in $(seq 1 "$WRITERS"); do writer "$w" & done
wait

list=$("$MOTP" list --json)
acked=0 missing=0
for f in "$work"/acked.*; do
  [ -e "$f" ] || continue
  while read -r name; do
    acked=$((acked + 1))
    if ! grep -qF "\"name\":\"$name\"" <<<"$list"; then
      echo "MISSING: $name was acknowledged but is not in the vault" >&2
      missing=$((missing + 1))
    fi
  done < "$f"
done
failures=$(cat "$work"/failed.* 2>/dev/null || true)
failed=$(grep -c . <<<"$failures" || true)
[ -z "$failures" ] || sed 's/^/FAILED: /' <<<"$failures" >&2
echo "soak-vault-writers: $WRITERS writers x $ADDS adds at the default KDF: $acked acknowledged," \
  "$missing missing, $failed failed, ${SECONDS}s (load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
[ "$missing" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$acked" -eq $((WRITERS * ADDS)) ]
