# Shared set-up of run.sh, test.sh and .ci/run: install missing Debian packages, configure and build.
# Sourced, not run. Works on a fresh Debian 12 with no compiler, cmake or make yet.

parat_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

parat_log() { printf '==> %s\n' "$*" >&2; }

parat_install_packages() {
    local wanted=() missing=() pkg
    while read -r pkg; do
        pkg="${pkg%%#*}"; pkg="${pkg//[[:space:]]/}"
        [ -n "$pkg" ] && wanted+=("$pkg")
    done < "$parat_root/.ci/packages.txt"
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            parat_log "These Debian packages are missing and you are not root (and sudo is not installed):"
            parat_log "  ${missing[*]}"
            parat_log "Install them as root with: apt-get install ${missing[*]}"
            return 1
        fi
    fi
    parat_log "Installing missing Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# parat_build PRESET: configure (once) and build with the CMake preset.
parat_build() {
    local preset="$1"
    cd "$parat_root"
    parat_log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    parat_log "Building ($preset)"
    cmake --build --preset "$preset" -j "$(nproc 2>/dev/null || echo 2)"
}
