#!/usr/bin/env bash
# motp-desktop's tests of the real OS services (rust/motp-desktop/tests/os_services.rs), in a
# private desktop session made here: a D-Bus session bus (dbus-run-session), GNOME Keyring as
# its Secret Service (a throwaway keyring under a temporary XDG_DATA_HOME, unlocked with a
# throwaway password), and a virtual X display (Xvfb) to capture and to hold the clipboard.
# Debian packages: dbus, gnome-keyring, xvfb, xauth (scripts/setup.sh setup_desktop).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test -q -p motp-desktop --test os_services --no-run
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
XDG_DATA_HOME="$data" dbus-run-session -- bash -c '
  set -euo pipefail
  printf "%s" throwaway-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  xvfb-run -a -s "-screen 0 1280x800x24" \
    cargo test -q -p motp-desktop --test os_services -- --ignored --test-threads=1
'
