#!/usr/bin/env bash
# Run the Kotlin binding tests on the JVM against the host-built Rust library.
#
#   scripts/test-kotlin.sh [options] [TEST.kts]...
#
#   --lib-dir DIR    where lib<name>.so is      (default: ${CARGO_TARGET_DIR:-target}/release)
#   --lib-name NAME  library name, no lib/.so   (default: motp_ffi)
#   --bindings DIR   generated Kotlin sources   (default: bindings/kotlin)
#   --tests DIR      test scripts, *.kts        (default: tests/kotlin)
#   --out DIR        build output               (default: ${CARGO_TARGET_DIR:-target}/kotlin-test)
# Defaults are relative to the repository root; paths given are relative to the cwd.
# Without TEST arguments every DIR/*.kts is run. Environment: MOTP_TEST_TIMEOUT (s per test, default 600),
# MOTP_KOTLIN_CLASSPATH (extra jars, ':'-separated).
#
# The bindings are compiled once to OUT/bindings.jar (reused while the sources are
# unchanged), then each script runs with `kotlinc -J-ea -script` (so `assert` is live).
# Exits non-zero if anything is missing or any test fails; never skips. Last line:
# "kotlin: N passed, N failed".
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${MOTP_TOOLS_DIR:-$REPO_ROOT/.tools}"
TARGET="${CARGO_TARGET_DIR:-target}"
lib_dir="$TARGET/release" lib_name=motp_ffi
bindings=bindings/kotlin tests=tests/kotlin out="$TARGET/kotlin-test"
timeout_s="${MOTP_TEST_TIMEOUT:-600}"

log() { printf '[test-kotlin] %s\n' "$*" >&2; }
die() { printf '[test-kotlin] ERROR: %s\n' "$*" >&2; exit 1; }

selected=()
while (($#)); do
    case "$1" in
        --lib-dir) lib_dir="$(realpath -m "$2")"; shift 2 ;;
        --lib-name) lib_name="$2"; shift 2 ;;
        --bindings) bindings="$(realpath -m "$2")"; shift 2 ;;
        --tests) tests="$(realpath -m "$2")"; shift 2 ;;
        --out) out="$(realpath -m "$2")"; shift 2 ;;
        -h | --help) sed -n '2,19p' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) selected+=("$(realpath -m "$1")"); shift ;;
    esac
done

cd "$REPO_ROOT"
abs() { realpath -m "$1"; }
lib_dir="$(abs "$lib_dir")" bindings="$(abs "$bindings")" tests="$(abs "$tests")" out="$(abs "$out")"

# --- toolchain (installed on demand, never skipped)
load_env() {
    KOTLINC="" JNA_JAR=""
    # shellcheck disable=SC1091
    [[ -f $TOOLS_DIR/kotlin.env ]] && . "$TOOLS_DIR/kotlin.env"
    [[ -n $KOTLINC && -x $KOTLINC && -n $JNA_JAR && -f $JNA_JAR ]]
}
if ! load_env; then
    log "Kotlin toolchain not set up; running install-toolchains.sh kotlin"
    "$REPO_ROOT/scripts/install-toolchains.sh" kotlin
    load_env || die "Kotlin toolchain still missing after install-toolchains.sh"
fi

# --- inputs
lib_file="$lib_dir/lib$lib_name.so"
[[ -f $lib_file ]] || die "$lib_file not found (build it first: cargo build --release)"
[[ -d $bindings ]] || die "bindings dir $bindings not found (run uniffi-bindgen generate --language kotlin)"
mapfile -t kt_files < <(find "$bindings" -name '*.kt' -type f | LC_ALL=C sort)
((${#kt_files[@]})) || die "no .kt files under $bindings"
if ((${#selected[@]})); then
    test_files=()
    for t in "${selected[@]}"; do test_files+=("$(abs "$t")"); done
else
    [[ -d $tests ]] || die "tests dir $tests not found"
    mapfile -t test_files < <(find "$tests" -maxdepth 1 -name '*.kts' -type f | LC_ALL=C sort)
fi
((${#test_files[@]})) || die "no *.kts test scripts in $tests"
for t in "${test_files[@]}"; do [[ -f $t ]] || die "test script $t not found"; done

# --- classpath
kotlin_home="$(dirname "$(dirname "$(realpath "$KOTLINC")")")"
cp_extra="${MOTP_KOTLIN_CLASSPATH:-}"
if grep -qs 'kotlinx.coroutines' "${kt_files[@]}"; then
    # async exports need coroutines; the kotlinc distribution ships the jar
    co_jar="$(find "$kotlin_home/lib" -name 'kotlinx-coroutines-core-jvm*.jar' | head -n1)"
    [[ -n $co_jar ]] || die "bindings use kotlinx.coroutines but no coroutines jar in $kotlin_home/lib"
    cp_extra="${cp_extra:+$cp_extra:}$co_jar"
fi
compile_cp="$JNA_JAR${cp_extra:+:$cp_extra}"

# --- compile the bindings once (reused while sources and compiler are unchanged)
mkdir -p "$out"
jar="$out/bindings.jar"
stamp="$( { echo "$KOTLINC $compile_cp"; cat "${kt_files[@]}"; } | sha256sum | cut -d' ' -f1)"
if [[ -f $jar && -f $jar.stamp && $(cat "$jar.stamp") == "$stamp" ]]; then
    log "bindings unchanged, reusing $jar"
else
    rm -f "$jar" "$jar.stamp"
    log "compiling ${#kt_files[@]} binding file(s) -> $jar"
    t0=$SECONDS
    "$KOTLINC" -nowarn -d "$jar" -classpath "$compile_cp" "${kt_files[@]}" ||
        die "compiling the Kotlin bindings failed"
    echo "$stamp" >"$jar.stamp"
    log "compiled in $((SECONDS - t0)) s"
fi

# --- run every test script
run_cp="$jar:$compile_cp"
passed=0 failed=0 failed_names=()
for t in "${test_files[@]}"; do
    name="$(basename "$t")"
    log "RUN  $name"
    t0=$SECONDS
    set +e
    LD_LIBRARY_PATH="$lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" MOTP_REPO_ROOT="$REPO_ROOT" \
        timeout "$timeout_s" "$KOTLINC" -classpath "$run_cp" -J-ea \
        "-Djna.library.path=$lib_dir" -script "$t"
    rc=$?
    set -e
    if ((rc == 0)); then
        passed=$((passed + 1))
        log "PASS $name ($((SECONDS - t0)) s)"
    else
        failed=$((failed + 1)) failed_names+=("$name")
        ((rc == 124)) && log "TIMEOUT after $timeout_s s"
        log "FAIL $name (exit $rc, $((SECONDS - t0)) s)"
    fi
done

((failed == 0)) || log "failed: ${failed_names[*]}"
echo "kotlin: $passed passed, $failed failed"
((failed == 0))
