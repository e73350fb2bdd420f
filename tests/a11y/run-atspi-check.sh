#!/bin/sh
# Walks the running Parat window through AT-SPI (the bus Orca uses) under a virtual display.
# Not part of the default suite (it needs a session bus and takes ~30 s); run it by hand:
#   tests/a11y/run-atspi-check.sh [BUILD_DIR] [da|en]
# Needs xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (.ci/packages.txt).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/ci}
lang=${2:-da}
parat=$build/app/parat
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
"$parat" --db "$work/plan.sqlite" init --demo --as-of 2026-11-27 >/dev/null

export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The accessibility bus comes up on demand (org.a11y.Bus); Qt's bridge is switched on without a screen reader.
xvfb-run -a -s "-screen 0 1400x1000x24" dbus-run-session -- sh -c '
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb "$0" --db "$1" --lang "$2" &
    pid=$!
    status=0
    /usr/bin/python3 "$3" || status=$?
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    exit $status
' "$parat" "$work/plan.sqlite" "$lang" "$here/atspi-check.py"
