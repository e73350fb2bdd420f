#!/usr/bin/env bash
# Installs what is missing, builds Parat, creates a demo database if there is none, and opens Parat on it.
# Extra arguments go to parat (e.g. ./run.sh --lang en).
set -euo pipefail
. "$(dirname "$0")/.ci/setup.sh"

parat_install_packages
parat_build release

parat="$parat_root/build/release/app/parat"
demo_db="$parat_root/build/demo/parat-demo.sqlite"
if [ ! -f "$demo_db" ]; then
    mkdir -p "$(dirname "$demo_db")"
    parat_log "Creating a demo database: $demo_db"
    QT_QPA_PLATFORM=offscreen "$parat" --db "$demo_db" init --demo
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    parat_log "No display was found, so Parat's window cannot open here."
    parat_log "On a machine without a screen, run it under a virtual display:  xvfb-run -a ./run.sh"
    parat_log "Or use the command line without a window, e.g.:  $parat --db $demo_db municipality list"
    exit 1
fi
parat_log "Opening Parat on $demo_db"
exec "$parat" --db "$demo_db" "$@"
