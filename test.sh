#!/usr/bin/env bash
# Installs what is missing, builds Parat with its tests, and runs the whole suite.
set -euo pipefail
. "$(dirname "$0")/.ci/setup.sh"

parat_install_packages
parat_build ci
cd "$parat_root/build/ci"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --no-tests=error --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
