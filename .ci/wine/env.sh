# Sourced (not run) by the scripts that run Windows executables under Wine:
#   . .ci/wine/env.sh
# Installs what is missing (Wine, MinGW, rustup's x86_64-pc-windows-gnu target), builds the
# ProcessPrng shim from bcryptprimitives.c into a Wine prefix of the repository's own
# (target/wine/prefix unless $WINEPREFIX is set), and exports what cargo needs to link for
# Windows with MinGW and to run the result with Wine. Needs root or sudo when something is
# missing. Messages go to stderr.

wine_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WINDOWS_TARGET=x86_64-pc-windows-gnu

wine_log() { echo "wine-env: $*" >&2; }

wine_install_missing() {
    local missing=() p
    for p in wine wine64 gcc-mingw-w64-x86-64; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        local sudo=()
        if [ "$(id -u)" -ne 0 ]; then
            command -v sudo >/dev/null 2>&1 || { wine_log "need root to install: ${missing[*]}"; return 1; }
            sudo=(sudo)
        fi
        wine_log "installing ${missing[*]} (apt-get, about two minutes)"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
            install -y -qq "${missing[@]}" >&2
    fi
    if ! rustup target list --installed | grep -qx "$WINDOWS_TARGET"; then
        wine_log "rustup target add $WINDOWS_TARGET"
        rustup target add "$WINDOWS_TARGET" >&2
    fi
}

# The prefix, made once (under a lock, so parallel callers do not race), with the shim in its
# system32, where every executable finds it: test binaries, the CLI they start, doc tests.
wine_prefix() {
    local shim_dir="$wine_root/target/wine"
    local dll="$shim_dir/bcryptprimitives.dll"
    mkdir -p "$shim_dir" "$WINEPREFIX"
    (
        flock 9
        if [ ! -f "$dll" ] || [ "$wine_root/.ci/wine/bcryptprimitives.c" -nt "$dll" ]; then
            wine_log "building the ProcessPrng shim $dll"
            x86_64-w64-mingw32-gcc -shared -O2 -s -o "$dll" "$wine_root/.ci/wine/bcryptprimitives.c" -ladvapi32
        fi
        if [ ! -f "$WINEPREFIX/system.reg" ]; then
            wine_log "creating the Wine prefix $WINEPREFIX"
            wine wineboot --init </dev/null >&2 || true
            wineserver -w || true
        fi
        cmp -s "$dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
            || cp "$dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
    ) 9>"$shim_dir/prefix.lock"
}

export WINEPREFIX="${WINEPREFIX:-$wine_root/target/wine/prefix}"
export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono or Gecko installer dialogs, no desktop menu entries; no display.
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=;winemenubuilder.exe=d}"
unset DISPLAY WAYLAND_DISPLAY
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine

wine_install_missing
wine_prefix
export WINE_ENV_READY=1
