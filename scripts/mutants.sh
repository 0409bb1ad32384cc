#!/usr/bin/env bash
# Mutation testing with cargo-mutants: puts small plausible bugs in the code one at a time and
# runs the tests of the mutated crate against each; a mutant no test notices is a blind spot.
# Not part of scripts/test.sh: a whole run takes hours on 2 cores (see docs/testing.md).
#
#   scripts/mutants.sh [--shard K/N] [FILE...]
#   scripts/mutants.sh --recheck DIR      only the mutants DIR's run missed, on today's code
#
# FILE: source files (or globs) relative to the repository. Default: the files issue 17 names —
# all of rust/motp-app/src, and in motp-core otp.rs, oath.rs, verify.rs, time.rs, text.rs,
# vault/handle.rs, vault/store.rs, vault/slots.rs and import/.
# --shard K/N: only every N-th mutant, starting at K (0-based), for a sampled score.
# --recheck DIR: the mutants listed in DIR/mutants.out/missed.txt (an earlier run's output), found
#   again by file and description (their line numbers may have moved; a description that recurs
#   in the same function matches each of its places), to show that the tests
#   written since catch them.
#
# The tests read ../shared from beside the checkout, so the mutants are made in a temporary git
# worktree next to this one (with its own target directory), never in the files you are editing.
# Results: target/mutants/<date>/ (caught.txt, missed.txt, timeout.txt, unviable.txt), and the
# score printed at the end: caught / (caught + missed + timeout).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

shard=()
recheck=()
if [ "${1:-}" = "--recheck" ]; then
  missed="${2:-}/mutants.out/missed.txt"
  [ -f "$missed" ] || { echo "no $missed: give the folder of an earlier run (target/mutants/…)" >&2; exit 2; }
  # "path:line:col: description" → a regex for "path:<any line>:<any col>: description".
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    file=${line%%:*}
    desc=${line#*: }
    recheck+=(--re "^$(printf '%s' "$file" | sed 's/[][\.*^$+?(){}|]/\\&/g'):[0-9]+:[0-9]+: $(printf '%s' "$desc" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$")
    set -- "$@" "$file"
  done < "$missed"
  shift 2
  # Each file once.
  mapfile -t uniq < <(printf '%s\n' "$@" | sort -u)
  set -- "${uniq[@]}"
fi
if [ "${1:-}" = "--shard" ]; then
  [[ "${2:-}" =~ ^[0-9]+/[1-9][0-9]*$ ]] || { echo "usage: scripts/mutants.sh [--shard K/N] [FILE...]" >&2; exit 2; }
  # round-robin: a shard is every N-th mutant across all files, a fair sample of the score.
  shard=(--shard "$2" --sharding round-robin)
  shift 2
fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(rust/motp-app/src/'*.rs')
  for f in otp.rs oath.rs verify.rs time.rs text.rs vault/handle.rs vault/store.rs vault/slots.rs \
           import/'*.rs'; do
    files+=("rust/motp-core/src/$f")
  done
fi

command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants
command -v cargo-nextest >/dev/null || cargo install --locked cargo-nextest

# A clean copy of HEAD beside this checkout (so ../shared resolves as it does here).
wt="$(dirname "$ROOT")/.motp-mutants-$$"
git worktree add -q --detach "$wt" HEAD
cleanup() { git -C "$ROOT" worktree remove --force "$wt" 2>/dev/null || rm -rf "$wt"; }
trap cleanup EXIT

out="$ROOT/target/mutants/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
args=()
for f in "${files[@]}"; do args+=(-f "$f"); done

echo "mutants in ${files[*]} ${shard[*]}; results in $out"
set +e
(
  cd "$wt"
  # nextest stops at the first failing test (a caught mutant ends early); tests run 2 at a time.
  # --in-place: the worktree is already a private copy.
  CARGO_TARGET_DIR="$wt/target" cargo mutants --in-place --no-shuffle --test-tool nextest \
    --output "$out" --timeout-multiplier 3 --minimum-test-timeout 60 \
    "${shard[@]}" "${recheck[@]}" "${args[@]}"
)
status=$?
set -e

m="$out/mutants.out"
count() { if [ -s "$m/$1" ]; then grep -c . "$m/$1"; else echo 0; fi; }
caught=$(count caught.txt); missed=$(count missed.txt); timeout=$(count timeout.txt)
unviable=$(count unviable.txt)
viable=$((caught + missed + timeout))
echo
echo "caught $caught, missed $missed, timed out $timeout, unviable $unviable"
if [ "$viable" -gt 0 ]; then
  echo "score: $((100 * caught / viable))% of $viable viable mutants caught"
fi
[ "$missed" -eq 0 ] || { echo; echo "missed (each needs a test, or a line in docs/testing.md saying why it is harmless):"; cat "$m/missed.txt"; }
# cargo-mutants exits 2 when mutants were missed, 3 on timeouts: report them, keep its status.
exit "$status"
