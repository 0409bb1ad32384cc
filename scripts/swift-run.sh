#!/usr/bin/env bash
# Run a command with the Swift toolchain, with a host directory as its working directory.
#
#   scripts/swift-run.sh HOST_DIR [--] CMD [ARG]...
#
# chroot mode (Debian 12 host; see install-toolchains.sh): HOST_DIR is bind-mounted at
# $MOTP_SWIFT_MOUNT (default /w) inside $MOTP_SWIFT_CHROOT, /proc and /dev are bind-mounted,
# CMD runs there with cwd /w, and everything is unmounted afterwards, also on error or signal.
# host mode (swiftc on PATH): CMD runs on the host with cwd HOST_DIR.
# Either way CMD sees MOTP_W = the directory's path as CMD sees it (use it for absolute
# paths such as -fmodule-map-file=$MOTP_W/XFFI.modulemap). Runs are serialised with a lock.
# Exit status is CMD's.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${MOTP_TOOLS_DIR:-$REPO_ROOT/.tools}"
# shellcheck disable=SC2317
log() { printf '[swift-run] %s\n' "$*" >&2; }
die() { printf '[swift-run] ERROR: %s\n' "$*" >&2; exit 2; }

(($# >= 2)) || die "usage: $0 HOST_DIR [--] CMD [ARG]..."
host_dir="$(realpath -e "$1")" || die "no such directory: $1"
[[ -d $host_dir ]] || die "not a directory: $host_dir"
shift
[[ ${1:-} == -- ]] && shift
(($#)) || die "no command given"

if [[ ! -f $TOOLS_DIR/swift.env ]]; then
    "$REPO_ROOT/scripts/install-toolchains.sh" swift
fi
# shellcheck disable=SC1091
. "$TOOLS_DIR/swift.env"

if [[ ${MOTP_SWIFT_MODE:-} == host ]]; then
    cd "$host_dir"
    MOTP_W="$host_dir" exec "$@"
fi

root="${MOTP_SWIFT_CHROOT:?}"
mnt="${MOTP_SWIFT_MOUNT:-/w}"
if [[ ! -f $root/.motp-swift-ready ]]; then
    "$REPO_ROOT/scripts/install-toolchains.sh" swift
fi
[[ -f $root/.motp-swift-ready ]] || die "Swift chroot at $root is not ready"
[[ $(id -u) -eq 0 ]] || die "chroot needs root"

# One run at a time: the mount point inside the chroot is fixed.
exec 9>"$root/.motp-run.lock"
flock 9

mounted=()
# shellcheck disable=SC2317  # invoked by trap
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null ||
            log "could not unmount ${mounted[i]}"
    done
    mounted=()
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bind() { # bind SRC DEST-inside-root
    local dest="$root$2"
    mkdir -p "$dest"
    if mountpoint -q "$dest"; then
        # left over from a run that was killed hard: replace it
        umount "$dest" 2>/dev/null || umount -l "$dest"
    fi
    mount --bind "$1" "$dest"
    mounted+=("$dest")
}

bind /proc /proc
bind /dev /dev
bind "$host_dir" "$mnt"

set +e
# shellcheck disable=SC2016  # $MOTP_W / $@ expand inside the chroot
chroot "$root" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" MOTP_W="$mnt" \
    /bin/sh -c 'cd "$MOTP_W" && exec "$@"' sh "$@"
rc=$?
set -e
exit "$rc"
