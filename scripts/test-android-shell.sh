#!/usr/bin/env bash
# Compile the Android app's platform-free shell (android/shell: plain Kotlin, no android.*) with
# kotlinc against the committed bindings (bindings/kotlin, the one copy), JNA and the coroutines
# jar of the kotlinc distribution, then run its tests on the JVM against the real host library.
#
#   scripts/test-android-shell.sh [--compile-only] [NAME-FILTER]...
#
# Needs the release library (cargo build --release -p motp-ffi) and the Kotlin toolchain
# (scripts/install-toolchains.sh kotlin, installed on demand). Never skips; exits non-zero on
# any failure. Last line: "android shell: N passed, N failed".
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
TOOLS_DIR="${MOTP_TOOLS_DIR:-$REPO_ROOT/.tools}"
TARGET="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
OUT="$TARGET/android-shell"
LIB_DIR="$TARGET/release"
die() { printf '[test-android-shell] ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '[test-android-shell] %s\n' "$*" >&2; }

load_env() {
    KOTLINC="" JNA_JAR=""
    # shellcheck disable=SC1091
    [[ -f $TOOLS_DIR/kotlin.env ]] && . "$TOOLS_DIR/kotlin.env"
    [[ -n $KOTLINC && -x $KOTLINC && -n $JNA_JAR && -f $JNA_JAR ]]
}
load_env || { scripts/install-toolchains.sh kotlin; load_env || die "Kotlin toolchain missing"; }
[[ -f $LIB_DIR/libmotp_ffi.so ]] || die "$LIB_DIR/libmotp_ffi.so not found (cargo build --release -p motp-ffi)"
KOTLIN_HOME="$(dirname "$(dirname "$(realpath "$KOTLINC")")")"
CO_JAR="$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar"
TEST_JAR="$KOTLIN_HOME/lib/kotlin-test.jar"
STDLIB="$KOTLIN_HOME/lib/kotlin-stdlib.jar"
for j in "$CO_JAR" "$TEST_JAR" "$STDLIB"; do [[ -f $j ]] || die "$j missing from the kotlinc distribution"; done

mkdir -p "$OUT"
mapfile -t bindings < <(find bindings/kotlin -name '*.kt' | LC_ALL=C sort)
mapfile -t main_src < <(find android/shell/src/main/kotlin -name '*.kt' | LC_ALL=C sort)
mapfile -t test_src < <(find android/shell/src/test/kotlin -name '*.kt' | LC_ALL=C sort)

# The bindings jar is the same one scripts/test-kotlin.sh builds; compile it here only if stale.
compile() { # OUT_JAR CLASSPATH SOURCES...
    local jar=$1 cp=$2; shift 2
    # The stamp covers the sources and the stamps of the jars on the classpath, so a jar is
    # rebuilt when a jar it was compiled against changed (new bindings → new shell.jar).
    local stamp dep; stamp="$( { echo "$KOTLINC $cp"; cat "$@"
        for dep in ${cp//:/ }; do if [[ -f $dep.stamp ]]; then cat "$dep.stamp"; fi; done; } | sha256sum | cut -d' ' -f1)"
    if [[ -f $jar && -f $jar.stamp && $(cat "$jar.stamp") == "$stamp" ]]; then return; fi
    rm -f "$jar" "$jar.stamp"
    log "compiling $(basename "$jar") ($# files)"
    "$KOTLINC" -nowarn -d "$jar" -classpath "$cp" "$@" || die "compiling $(basename "$jar") failed"
    echo "$stamp" >"$jar.stamp"
}
compile "$OUT/bindings.jar" "$JNA_JAR:$CO_JAR" "${bindings[@]}"

compile "$OUT/shell.jar" "$OUT/bindings.jar:$JNA_JAR:$CO_JAR" "${main_src[@]}"
compile "$OUT/shell-tests.jar" "$OUT/shell.jar:$OUT/bindings.jar:$JNA_JAR:$CO_JAR:$TEST_JAR" "${test_src[@]}"

[[ ${1:-} == --compile-only ]] && exit 0

# The sync test sends through the shell's own HttpURLConnection to a real WebDAV server.
# shellcheck source=scripts/test-webdav.sh
source scripts/test-webdav.sh
start_test_webdav || die "the test WebDAV server did not start"
trap stop_test_webdav EXIT

# A fixed, pre-touched heap: the RSS test then sees native memory only.
# --add-opens: HttpURLConnection sends WebDAV's MKCOL through its `method` field (see
# UrlConnectionHttp.kt); Android needs no such flag.
MOTP_REPO_ROOT="$REPO_ROOT" java -Xms192m -Xmx192m -XX:+AlwaysPreTouch -ea \
    --add-opens java.base/java.net=ALL-UNNAMED \
    "-Djna.library.path=$LIB_DIR" \
    -cp "$OUT/shell-tests.jar:$OUT/shell.jar:$OUT/bindings.jar:$JNA_JAR:$CO_JAR:$TEST_JAR:$STDLIB" \
    app.motp.shell.ShellTestsKt "$@"
