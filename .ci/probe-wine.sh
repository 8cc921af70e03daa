#!/usr/bin/env bash
# Runs the Windows build of the probe under Wine, one command, stdin and
# stdout passed through:
#
#   .ci/probe-wine.sh < steps.txt          (or: .ci/probe-wine.sh steps.txt)
#
# stdout: the probe's result lines only. stderr: the probe's notes, build
# output and Wine's own messages (first run: it creates the Wine prefix).
# Exit status: the probe's (0 ok, 2 input error), or 1 when building fails.
#
# $PROBE_EXE: use this .exe and do not build (faster for many runs; get the
#   path from .ci/probe-build.sh windows). Otherwise .ci/probe-build.sh windows
#   runs first (a no-op build when nothing changed).
# $WINEPREFIX: the Wine prefix (default ~/.wine); made on first use.
# Works without a display: DISPLAY is unset and the Mono/Gecko installers
# are switched off.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ "$#" -gt 1 ]; then
    echo "usage: $0 [STEPS_FILE] (default: stdin)" >&2
    exit 2
fi

exe="${PROBE_EXE:-}"
if [ -z "$exe" ]; then
    exe="$("$root/.ci/probe-build.sh" windows)"
fi
[ -f "$exe" ] || { echo "probe-wine: no probe at $exe" >&2; exit 1; }

if command -v wine >/dev/null 2>&1; then
    wine=wine
elif command -v wine64 >/dev/null 2>&1; then
    wine=wine64
elif [ -x /usr/lib/wine/wine64 ]; then
    wine=/usr/lib/wine/wine64
else
    echo "probe-wine: Wine is not installed (.ci/probe-build.sh windows installs it)" >&2
    exit 1
fi

export WINEPREFIX="${WINEPREFIX:-$HOME/.wine}"
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=;winemenubuilder.exe=d}"
unset DISPLAY WAYLAND_DISPLAY

# The first run makes the prefix (a few seconds). Do it once, under a lock, so
# that parallel callers do not race to create it.
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    lock="${TMPDIR:-/tmp}/probe-wine-$(id -u).lock"
    (
        flock 9
        if [ ! -f "$WINEPREFIX/system.reg" ]; then
            echo "probe-wine: creating Wine prefix $WINEPREFIX" >&2
            "$wine" wineboot --init </dev/null >&2 || true
        fi
    ) 9>"$lock"
fi

if [ "$#" -eq 1 ]; then
    exec "$wine" "$exe" <"$1"
fi
exec "$wine" "$exe"
