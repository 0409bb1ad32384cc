#!/usr/bin/env bash
# Runs a real NTP server for trying `motp clock` by hand: Debian's chronyd in the foreground on
# 127.0.0.1:PORT (default 11123), serving this machine's clock from a private configuration.
# It never adjusts the system clock (-x), opens no control socket (cmdport 0) and answers only
# loopback. Stop it with Ctrl-C. The automated tests start their own (see
# rust/motp-core/tests/support/chrony.rs); this script is for people.
#
#   scripts/start-test-ntp.sh 11123 &
#   motp clock --server 127.0.0.1:11123
set -euo pipefail
PORT=${1:-11123}
CHRONYD=$(command -v chronyd || echo /usr/sbin/chronyd)
if [ ! -x "$CHRONYD" ]; then
  echo "chronyd is not installed: apt-get install -y chrony" >&2
  exit 1
fi
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cat > "$DIR/chrony.conf" <<CONF
port $PORT
bindaddress 127.0.0.1
allow 127.0.0.1
local stratum 8
cmdport 0
pidfile $DIR/chronyd.pid
CONF
echo "chronyd serving this machine's clock on 127.0.0.1:$PORT (Ctrl-C to stop)" >&2
# -d: foreground, log to stderr; -x: never touch the system clock; -U: no root check.
# Not exec'd, so the trap removes the private directory when chronyd stops.
"$CHRONYD" -d -x -U -f "$DIR/chrony.conf"
