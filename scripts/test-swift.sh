#!/usr/bin/env bash
# Run the Swift binding tests against the host-built Rust library (inside the Debian trixie
# chroot on Debian 12, or with a host swiftc if there is one; see install-toolchains.sh).
#
#   scripts/test-swift.sh [options] [TEST]...
#
#   --lib-dir DIR       where lib<name>.so is     (default: ${CARGO_TARGET_DIR:-target}/release)
#   --lib-name NAME     library name              (default: motp_ffi)
#   --bindings DIR      generated Swift files     (default: bindings/swift)
#   --module NAME       Swift module              (default: MotpCore)
#   --ffi-module NAME   C FFI module / file stem  (default: MotpCoreFFI)
#   --tests DIR         test programs             (default: tests/swift)
#   --out DIR           build/work dir on host    (default: ${CARGO_TARGET_DIR:-target}/swift-test)
# Defaults are relative to the repository root; paths given are relative to the cwd.
# Environment: MOTP_TEST_TIMEOUT (s per test, default 600), MOTP_SWIFT_VERSION (language mode, default 5).
#
# Test layout: each tests/swift/NAME.swift is one program NAME (top-level code, like a
# main.swift); each directory tests/swift/NAME/ holding *.swift files (one of them
# main.swift) is one program NAME. A test passes when it exits 0: use precondition() or
# fatalError() (assert() works too, as tests are built without -O). Tests run with their
# working directory at a copy of the tests dir, so data files kept next to them are found.
#
# The module (<module>.swift + <ffi>.h + <ffi>.modulemap) is compiled once to
# lib<module>.so (reused while unchanged), then each test is compiled and run.
# Exits non-zero if anything is missing or any test fails; never skips. Last line:
# "swift: N passed, N failed".
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="${CARGO_TARGET_DIR:-target}"
lib_dir="$TARGET/release" lib_name=motp_ffi module=MotpCore ffi_module=MotpCoreFFI
bindings=bindings/swift tests=tests/swift out="$TARGET/swift-test"

log() { printf '[test-swift] %s\n' "$*" >&2; }
die() { printf '[test-swift] ERROR: %s\n' "$*" >&2; exit 1; }

selected=()
while (($#)); do
    case "$1" in
        --lib-dir) lib_dir="$(realpath -m "$2")"; shift 2 ;;
        --lib-name) lib_name="$2"; shift 2 ;;
        --bindings) bindings="$(realpath -m "$2")"; shift 2 ;;
        --module) module="$2"; shift 2 ;;
        --ffi-module) ffi_module="$2"; shift 2 ;;
        --tests) tests="$(realpath -m "$2")"; shift 2 ;;
        --out) out="$(realpath -m "$2")"; shift 2 ;;
        -h | --help) sed -n '2,27p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) selected+=("$(realpath -m "$1")"); shift ;;
    esac
done

cd "$REPO_ROOT"
abs() { realpath -m "$1"; }
lib_dir="$(abs "$lib_dir")" bindings="$(abs "$bindings")" tests="$(abs "$tests")" out="$(abs "$out")"

# --- toolchain (installed on demand, never skipped)
"$REPO_ROOT/scripts/install-toolchains.sh" swift

# --- inputs
lib_file="$lib_dir/lib$lib_name.so"
[[ -f $lib_file ]] || die "$lib_file not found (build it first: cargo build --release)"
for f in "$module.swift" "$ffi_module.h" "$ffi_module.modulemap"; do
    [[ -f $bindings/$f ]] || die "$bindings/$f not found (run uniffi-bindgen generate --language swift)"
done
[[ -d $tests ]] || die "tests dir $tests not found"
names=()
if ((${#selected[@]})); then
    for t in "${selected[@]}"; do names+=("$(basename "${t%.swift}")"); done
else
    while IFS= read -r p; do
        n="$(basename "$p")"
        if [[ -d $p ]]; then
            compgen -G "$p/*.swift" >/dev/null || continue
        else
            n="${n%.swift}"
        fi
        names+=("$n")
    done < <(find "$tests" -mindepth 1 -maxdepth 1 \( -name '*.swift' -type f -o -type d \) | LC_ALL=C sort)
fi
((${#names[@]})) || die "no Swift test programs in $tests"
for n in "${names[@]}"; do
    [[ -f $tests/$n.swift || -f $tests/$n/main.swift ]] ||
        die "test $n: neither $tests/$n.swift nor $tests/$n/main.swift exists"
done

# --- stage everything in one host dir that swift-run.sh mounts at /w
mkdir -p "$out"
rm -rf "${out:?}/module-src"
mkdir -p "$out/module-src"
cp -f "$lib_file" "$bindings/$ffi_module.h" "$bindings/$ffi_module.modulemap" "$out/"
# The module's sources: the generated $module.swift and the hand-written files beside it.
cp -f "$bindings"/*.swift "$out/module-src/"
rm -rf "${out:?}/tests" "${out:?}/bin"
cp -r "$tests" "$out/tests"
# Data the tests read, beside them: the published vectors, our own fixtures, and the shared
# fixtures from ../shared (GPL test data: staged in the build dir, never committed).
cp -r "$REPO_ROOT/tests/vectors" "$out/tests/vectors"
[[ -d $REPO_ROOT/tests/fixtures ]] && cp -r "$REPO_ROOT/tests/fixtures" "$out/tests/fixtures"
[[ -d $REPO_ROOT/../shared/fixtures ]] || die "../shared/fixtures not found beside the checkout"
cp -r "$REPO_ROOT/../shared/fixtures" "$out/tests/shared-fixtures"
# Foundation on Linux has no gzip: stage the camera frames unzipped.
for gz in "$out"/tests/shared-fixtures/*.gz; do gzip -dc "$gz" >"${gz%.gz}"; done
mkdir -p "$out/bin"

cat >"$out/run-tests.sh" <<'EOF'
# Generated by scripts/test-swift.sh; runs with cwd = staging dir, $MOTP_W = its path here.
set -u
W="$MOTP_W" module="$1" ffi="$2" lib="$3" swift_version="$4" timeout_s="$5"; shift 5
log() { printf '[test-swift] %s\n' "$*" >&2; }
common=(-swift-version "$swift_version" -I "$W" -L "$W" -Xcc "-fmodule-map-file=$W/$ffi.modulemap")

log "$(swiftc --version 2>/dev/null | head -n1)"
stamp="$( { swiftc --version 2>&1; echo "$swift_version"; cat module-src/*.swift "$ffi.h" "$ffi.modulemap"; } | sha256sum | cut -d' ' -f1)"
if [ -f "lib$module.so" ] && [ -f "lib$module.stamp" ] && [ "$(cat "lib$module.stamp")" = "$stamp" ]; then
    log "module $module unchanged, reusing lib$module.so"
else
    rm -f "lib$module.so" "lib$module.stamp"
    log "compiling module $module -> lib$module.so"
    start=$(date +%s)
    swiftc "${common[@]}" -module-name "$module" -emit-module -emit-library -o "lib$module.so" \
        -l"$lib" module-src/*.swift || { log "ERROR: compiling module $module failed"; exit 1; }
    echo "$stamp" >"lib$module.stamp"
    log "compiled in $(( $(date +%s) - start )) s"
fi

passed=0 failed=0 failed_names=""
for name in "$@"; do
    log "RUN  $name"
    start=$(date +%s)
    if [ -d "tests/$name" ]; then srcs=(tests/"$name"/*.swift); else srcs=("tests/$name.swift"); fi
    rc=0
    swiftc "${common[@]}" -l"$lib" -l"$module" -module-name "Test_${name//[^A-Za-z0-9_]/_}" \
        "${srcs[@]}" -o "bin/$name" || rc=$?
    if [ "$rc" -ne 0 ]; then
        log "compile error in $name"
    else
        (cd tests && LD_LIBRARY_PATH="$W" MOTP_W="$W" timeout "$timeout_s" "../bin/$name") || rc=$?
        [ "$rc" -eq 124 ] && log "TIMEOUT after $timeout_s s"
    fi
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1)); log "PASS $name ($(( $(date +%s) - start )) s)"
    else
        failed=$((failed + 1)); failed_names="$failed_names $name"
        log "FAIL $name (exit $rc, $(( $(date +%s) - start )) s)"
    fi
done
[ "$failed" -eq 0 ] || log "failed:$failed_names"
echo "swift: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
EOF

"$REPO_ROOT/scripts/swift-run.sh" "$out" -- bash run-tests.sh \
    "$module" "$ffi_module" "$lib_name" "${MOTP_SWIFT_VERSION:-5}" "${MOTP_TEST_TIMEOUT:-600}" "${names[@]}"
