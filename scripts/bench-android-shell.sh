#!/usr/bin/env bash
# Figures for android/README.md: through the Android app's shell (android/shell) on the JVM with
# the release library — unlock (test KDF) to the first list view of 200 tokens, and one tick of
# that list. A benchmark, not a test. The .so size per Android ABI needs the NDK (not here):
# scripts/build-android.sh prints it where the NDK is installed.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
cargo build -q --release -p motp-ffi
# Compiles the shell and its fakes (reused from the tests) the way the tests do.
scripts/test-android-shell.sh --compile-only
# shellcheck disable=SC1091
. "${MOTP_TOOLS_DIR:-$REPO_ROOT/.tools}/kotlin.env"
KOTLIN_HOME="$(dirname "$(dirname "$(realpath "$KOTLINC")")")"
OUT="$(realpath -m "${CARGO_TARGET_DIR:-target}")/android-shell"
CP="$OUT/shell-tests.jar:$OUT/shell.jar:$OUT/bindings.jar:$JNA_JAR:$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar:$KOTLIN_HOME/lib/kotlin-test.jar:$KOTLIN_HOME/lib/kotlin-stdlib.jar"
"$KOTLINC" -nowarn -d "$OUT/shell-bench.jar" -classpath "$CP" android/shell/src/bench/kotlin/app/motp/shell/*.kt
java -Xms192m -Xmx192m "-Djna.library.path=$REPO_ROOT/target/release" -cp "$OUT/shell-bench.jar:$CP" app.motp.shell.ShellBenchKt
