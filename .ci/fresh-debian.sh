#!/usr/bin/env bash
# Proves that the repository stands alone: builds a minimal Debian 12 (debootstrap --variant=minbase
# bookworm), copies in nothing but `git archive` of the repository, and runs ./test.sh inside as root —
# which must install every package it needs itself (.ci/packages.txt), build, and pass the whole suite.
#
# Usage: sudo .ci/fresh-debian.sh [--ref REF] [--work DIR] [--mirror URL] [--no-cache] [--keep]
#   --ref REF     what to test (default HEAD; uncommitted changes are never included)
#   --work DIR    where the chroot, the cached base system and the log live (default build/fresh-debian)
#   --mirror URL  Debian mirror (default $PARAT_DEBIAN_MIRROR or http://deb.debian.org/debian)
#   --no-cache    debootstrap afresh and download every package again
#   --keep        leave the chroot in place afterwards (for a look inside)
# Needs root, debootstrap, git and a reachable Debian mirror. Exit status: test.sh's (0 when green).
#
# Caching: the base system straight from debootstrap is kept as a tarball, and the .deb files apt
# downloads are kept in a folder, so a second run skips the downloads. Neither holds an installed package:
# test.sh's own dependency step installs everything, every run.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref=HEAD
work="$repo/build/fresh-debian"
mirror="${PARAT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache=1
keep=0
suite=bookworm

die() { printf 'fresh-debian: %s\n' "$*" >&2; exit 2; }
log() { printf '==> [fresh-debian %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

while [ $# -gt 0 ]; do
    case "$1" in
    --ref) ref="${2:?--ref needs a value}"; shift 2 ;;
    --work) work="${2:?--work needs a value}"; shift 2 ;;
    --mirror) mirror="${2:?--mirror needs a value}"; shift 2 ;;
    --no-cache) cache=0; shift ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
    esac
done

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and mount need it)"
command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
command -v git >/dev/null || die "git is not installed"
git -C "$repo" rev-parse --verify --quiet "$ref^{commit}" >/dev/null || die "no such commit: $ref"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    log "note: uncommitted changes are not tested; only $ref goes into the chroot"
fi

mkdir -p "$work"
work="$(cd "$work" && pwd)"
chroot_dir="$work/root"
base_tar="$work/$suite-minbase.tar"
apt_cache="$work/apt-archives"
run_log="$work/test.log"
mounts=()

# Unmount whatever this script mounted (innermost first) and remove the chroot, on every exit.
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
    local status=$? i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[$i]}" 2>/dev/null || umount -l "${mounts[$i]}" 2>/dev/null || true
    done
    if [ "$keep" -eq 0 ] && [ -d "$chroot_dir" ]; then
        # Never delete through a mount that is still there.
        if grep -q " $chroot_dir/" /proc/mounts; then
            printf 'fresh-debian: %s still has mounts; not removing it\n' "$chroot_dir" >&2
        else
            rm -rf --one-file-system "$chroot_dir"
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_into() { # mount_into TARGET MOUNT-ARGS...
    local target="$chroot_dir$1"
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
}

started=$(date +%s)

# 1. A fresh minimal Debian 12, from the cached tarball when there is one.
if grep -q " $chroot_dir/" /proc/mounts; then
    die "$chroot_dir has mounts left from an earlier run; unmount them first"
fi
rm -rf --one-file-system "$chroot_dir"
mkdir -p "$chroot_dir"
if [ "$cache" -eq 1 ] && [ -s "$base_tar" ]; then
    log "Unpacking the cached $suite minbase system ($base_tar)"
    tar -xpf "$base_tar" -C "$chroot_dir"
else
    log "debootstrap --variant=minbase $suite from $mirror"
    debootstrap --variant=minbase "$suite" "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 30 "$work/debootstrap.log" >&2; die "debootstrap failed (log: $work/debootstrap.log)"; }
    if [ "$cache" -eq 1 ]; then
        tar -cpf "$base_tar.tmp" -C "$chroot_dir" . && mv "$base_tar.tmp" "$base_tar"
    fi
fi
base_ready=$(date +%s)

# The package sources of an ordinary Debian 12 installation, and the host's name servers.
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"

# 2. The repository, and nothing else: no build folder, no files beside the checkout.
mkdir -p "$chroot_dir/root/parat"
git -C "$repo" archive --format=tar "$ref" | tar -xf - -C "$chroot_dir/root/parat"
commit="$(git -C "$repo" rev-parse --short "$ref")"

# 3. What a running system has: /proc, /dev/pts, /dev/shm (and a kept apt download folder).
mount_into /proc -t proc proc
mount_into /dev/pts --bind /dev/pts
mount_into /dev/shm -t tmpfs -o mode=1777 tmpfs
if [ "$cache" -eq 1 ]; then
    mkdir -p "$apt_cache/partial"
    mount_into /var/cache/apt/archives --bind "$apt_cache"
fi

# 4. ./test.sh as root with a clean environment, as someone who has just cloned Parat would run it.
log "Running ./test.sh on $commit in the chroot (log: $run_log)"
set +e
chroot "$chroot_dir" /usr/bin/env -i \
    HOME=/root LANG=C.UTF-8 TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c 'cd /root/parat && ./test.sh' 2>&1 | tee "$run_log"
status=${PIPESTATUS[0]}
set -e
finished=$(date +%s)

# 5. Summary.
summary="$(grep -E '^[0-9]+% tests passed' "$run_log" | tail -n 1 || true)"
printf '\n==> fresh Debian %s (minbase), %s, test.sh exit %d\n' "$suite" "$commit" "$status"
printf '    base system %ds, test.sh %ds (packages, build, tests), total %ds\n' \
    $((base_ready - started)) $((finished - base_ready)) $((finished - started))
printf '    %s\n' "${summary:-no test summary: test.sh stopped before ctest (see $run_log)}"
exit "$status"
