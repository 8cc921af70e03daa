#!/usr/bin/env bash
# Builds the real-socket probe (probe/, a member of the workspace) with the toolchain on PATH,
# the same rustc as everything else, and prints the path of the binary on stdout; everything
# else goes to stderr.
#
#   .ci/probe-build.sh [windows]   the x86_64-pc-windows-gnu .exe, linked by MinGW; installs
#                                 Wine, MinGW and rustup's Windows target when missing and makes
#                                 the Wine prefix with the ProcessPrng shim (.ci/wine/env.sh)
#   .ci/probe-build.sh native      the probe for this machine
#
# Run the Windows probe under Wine with .ci/probe-wine.sh.
# Output directory: $CARGO_TARGET_DIR, default target/ at the repository root.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
mode="${1:-windows}"
build=(cargo build --locked --release -p winsock-bind-probe --manifest-path "$root/Cargo.toml")

case "$mode" in
windows)
    # shellcheck source=.ci/wine/env.sh
    . "$root/.ci/wine/env.sh"
    echo "probe-build: building the $WINDOWS_TARGET probe" >&2
    "${build[@]}" --target "$WINDOWS_TARGET" >&2
    exe="$target_dir/$WINDOWS_TARGET/release/winsock-bind-probe.exe"
    ;;
native)
    echo "probe-build: building the native probe" >&2
    "${build[@]}" >&2
    exe="$target_dir/release/winsock-bind-probe"
    ;;
*)
    echo "usage: $0 [windows|native]" >&2
    exit 2
    ;;
esac

[ -f "$exe" ] || { echo "probe-build: build produced no $exe" >&2; exit 1; }
echo "$exe"
