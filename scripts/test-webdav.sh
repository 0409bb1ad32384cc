# shellcheck shell=bash
# The test WebDAV server for the suites that are not Rust (android/shell on the JVM, MotpKit):
# Apache mod_dav on loopback, started through motp-testkit's `webdav-server` (the same server the
# Rust suites start), its address, user and password exported as MOTP_WEBDAV="URL USER PASSWORD".
# Sourced by scripts/test-android-shell.sh and scripts/test-ios-kit.sh:
#
#   start_test_webdav; trap stop_test_webdav EXIT; ...run the suite...
#
# The server stops when its standard input closes (stop_test_webdav, or this shell's exit).

start_test_webdav() {
    local target
    target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
    cargo build -q -p motp-testkit --bin webdav-server
    coproc TEST_WEBDAV { exec "$target/debug/webdav-server"; }
    local line=""
    if ! IFS= read -r -t 120 line <&"${TEST_WEBDAV[0]}" || [[ -z $line ]]; then
        echo "the test WebDAV server (Apache mod_dav) did not start: is apache2 installed? (scripts/setup.sh installs it)" >&2
        return 1
    fi
    export MOTP_WEBDAV="$line"
    TEST_WEBDAV_IN=${TEST_WEBDAV[1]}
}

stop_test_webdav() {
    [[ -n ${TEST_WEBDAV_PID:-} ]] || return 0
    eval "exec ${TEST_WEBDAV_IN}>&-"
    wait "$TEST_WEBDAV_PID" 2>/dev/null || true
    TEST_WEBDAV_PID=""
}
