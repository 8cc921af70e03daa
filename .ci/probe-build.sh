#!/usr/bin/env bash
# Builds the real-socket probe (probe/, its own Cargo package) and prints the
# path of the binary on stdout (everything else goes to stderr).
#
#   .ci/probe-build.sh [windows]   x86_64-pc-windows-gnu .exe, built offline from
#                                 probe/vendor with Debian's rustc 1.63 + cargo 1.65;
#                                 installs Wine, the Debian toolchain and MinGW
#                                 when missing (needs root or sudo)
#   .ci/probe-build.sh native      the probe for this machine, with the cargo on PATH
#
# Run the Windows probe under Wine with .ci/probe-wine.sh.
#
# Output directory: $PROBE_TARGET_DIR, default target/ at the repository root
# (target/probe-windows and target/probe-native below it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target_root="${PROBE_TARGET_DIR:-$root/target}"
mode="${1:-windows}"

log() { echo "probe-build: $*" >&2; }

# Debian packages the Windows build and the Wine run need.
packages=(wine64 wine rustc cargo libstd-rust-dev-windows gcc-mingw-w64-x86-64)

install_missing() {
    local missing=()
    local p
    for p in "${packages[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if ! command -v wine >/dev/null 2>&1 && ! command -v wine64 >/dev/null 2>&1 \
        && [ ! -x /usr/lib/wine/wine64 ]; then
        missing+=(wine64)
    fi
    if [ ! -x /usr/bin/rustc ] || [ ! -x /usr/bin/cargo ]; then
        missing+=(rustc cargo)
    fi
    [ "${#missing[@]}" -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { log "need root to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    log "installing ${missing[*]} (apt-get, about a minute)"
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        "${packages[@]}" >&2
}

case "$mode" in
windows)
    install_missing
    out="$target_root/probe-windows"
    log "building x86_64-pc-windows-gnu probe in $out"
    # cargo reads probe/.cargo/config.toml (the vendored sources) only when it
    # runs inside probe/, so build from there.
    (
        cd "$root/probe"
        CARGO_TARGET_DIR="$out" RUSTC=/usr/bin/rustc \
            /usr/bin/cargo build --offline --release --target x86_64-pc-windows-gnu >&2
    )
    exe="$out/x86_64-pc-windows-gnu/release/winsock-bind-probe.exe"
    ;;
native)
    out="$target_root/probe-native"
    log "building native probe in $out"
    (
        cd "$root/probe"
        CARGO_TARGET_DIR="$out" cargo build --offline --release >&2
    )
    exe="$out/release/winsock-bind-probe"
    ;;
*)
    echo "usage: $0 [windows|native]" >&2
    exit 2
    ;;
esac

[ -x "$exe" ] || { log "build produced no $exe"; exit 1; }
echo "$exe"
