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
# $WINEPREFIX: the Wine prefix (default target/wine/prefix); made on first
# use, with the ProcessPrng shim that Rust's standard library needs under
# Wine 8 (.ci/wine/README.md). Works without a display: DISPLAY is unset and
# the Mono/Gecko installers are switched off.
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

# The Wine prefix with the ProcessPrng shim, and Wine's settings (.ci/wine/env.sh); once per
# caller that exports WINE_ENV_READY (e.g. .ci/check-real-sockets.sh), not once per scenario.
if [ -z "${WINE_ENV_READY:-}" ]; then
    # shellcheck source=.ci/wine/env.sh
    . "$root/.ci/wine/env.sh"
fi

if [ "$#" -eq 1 ]; then
    exec wine "$exe" <"$1"
fi
exec wine "$exe"
