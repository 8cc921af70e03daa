#!/usr/bin/env bash
# The Windows code as Windows code: clippy and the test suite of the whole workspace (the
# library's unit tests, its integration tests, its doc tests, the outside-user crate
# tests/user-crate and the probe), built for Windows with the features socket2 and proptest, so
# that every #[cfg(windows)] branch is compiled, linted and run.
#
#   bash .ci/windows-tests.sh wine      # Linux: x86_64-pc-windows-gnu, linked by MinGW, run by Wine
#   bash .ci/windows-tests.sh windows   # Windows (GitHub Actions, Git Bash): the same commands
#                                       # for the machine's own target, on real Winsock
#
# Under Wine, a test that fails because of a Wine difference already known to the probe is
# listed, with its reason, as a [[test]] entry of probe/wine-known-differences.toml (the one list
# of Wine's differences). Such a test runs on its own, its failure is printed as known, and a
# listed test that passes fails this script (the entry is stale). Every other failure fails it.
# On real Windows no list applies: every failure fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:-wine}"
known_file=probe/wine-known-differences.toml

case "$mode" in
wine)
    # shellcheck source=.ci/wine/env.sh
    . .ci/wine/env.sh
    target=(--target "$WINDOWS_TARGET")
    label="under Wine ($(wine --version 2>/dev/null))"
    ;;
windows)
    target=()
    label="on $(uname -s)"
    known_file=""
    ;;
*)
    echo "usage: $0 wine | windows" >&2
    exit 2
    ;;
esac

args=(--workspace --features socket2,proptest "${target[@]}")

echo "--- cargo clippy ${args[*]} --all-targets -- -D warnings"
cargo clippy "${args[@]}" --all-targets -- -D warnings

# The known test failures: `name|reason` lines from the [[test]] entries (name and reason, one
# `key = "value"` line each); any other key in a [[test]] entry is an error, with its line.
known_tests() {
    [ -n "$known_file" ] || return 0
    awk -v file="$known_file" '
        function flush() {
            if (in_test) {
                if (name == "" || reason == "") { printf "%s:%d: a [[test]] needs name and reason\n", file, start > "/dev/stderr"; bad = 1; exit 2 }
                print name "|" reason
            }
            name = ""; reason = ""
        }
        /^\[\[test\]\]/ { flush(); in_test = 1; start = NR; next }
        /^\[/ { flush(); in_test = 0; next }
        in_test && /^[ \t]*(#|$)/ { next }
        in_test && match($0, /^(name|reason) = "([^"\\]|\\.)*"[ \t]*$/) {
            key = $1; value = $0; sub(/^[a-z]+ = "/, "", value); sub(/"[ \t]*$/, "", value)
            if (key == "name") name = value; else reason = value
            next
        }
        in_test { printf "%s:%d: unexpected line in a [[test]] entry (name = \"...\", reason = \"...\"): %s\n", file, NR, $0 > "/dev/stderr"; bad = 1; exit 2 }
        END { if (!bad) flush() }
    ' "$known_file"
}

known="$(known_tests)"
skips=()
if [ -n "$known" ]; then
    while IFS='|' read -r name _; do skips+=(--skip "$name"); done <<<"$known"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "--- cargo test ${args[*]} --no-fail-fast -- ${skips[*]}"
status=0
cargo test "${args[@]}" --no-fail-fast -- "${skips[@]}" 2>&1 | tee "$log" || status=$?

# Under Wine only, two failures of Wine's process start are run once more, alone, and printed
# as rerun:
# - a test that failed because Wine could not start a process (CreateProcess returning
#   ERROR_INTERNAL_ERROR, 1359, seen once in a loaded run where the same test passed in the run
#   before);
# - a test executable that ended without a libtest summary: Wine did not start it, or it died
#   before reporting (seen once in CI, for the CLI's unit tests, which passed in every run
#   before and after). What it printed is shown, so that the cause can be read off the log.
# Only when every failure is of these kinds; any other failure, or a second failure of a rerun,
# fails the script.
rerun_count=0
if [ "$mode" = wine ] && [ "$status" -ne 0 ]; then
    failed_tests="$(sed -n 's/^test \(.*\) \.\.\. FAILED$/\1/p' "$log" | sort -u)"
    spawn_failed="$(awk '/^---- .* stdout ----$/ { name = $2 } /Os \{ code: 1359,/ { print name }' "$log" | sort -u)"
    failed_targets="$(grep -c '^error: \(test\|doctest\) failed, to rerun pass `' "$log" || true)"
    # The executables without a summary: cargo's "to rerun pass `ARGS`" after a section (from
    # its "Running" line) that printed no "test result:" line; ARGS, then what Wine said.
    silent="$(awk '
        function flush() { if (pending != "") print pending "|" said; pending = ""; said = "" }
        /^     Running / || /^   Doc-tests / { flush(); summary = 0 }
        /^test result: / { summary = 1 }
        /^error: (test|doctest) failed, to rerun pass `/ {
            flush()
            if (!summary) { pending = $0; sub(/^[^`]*`/, "", pending); sub(/`.*$/, "", pending) }
        }
        pending != "" && /process didn.t exit successfully/ { said = $0; sub(/^ */, "", said) }
        END { flush() }
    ' "$log")"
    silent_count=0
    [ -z "$silent" ] || silent_count="$(wc -l <<<"$silent")"
    if [ "$failed_tests" = "$spawn_failed" ] && [ "$failed_targets" -gt 0 ] &&
        { [ -n "$failed_tests" ] || [ "$failed_targets" -eq "$silent_count" ]; }; then
        status=0
        if [ -n "$failed_tests" ]; then
            while read -r name; do
                rerun_count=$((rerun_count + 1))
                if cargo test "${args[@]}" --quiet -- --exact "$name" >"$log.rerun" 2>&1 &&
                    grep -qE '^test result: ok\. [1-9]' "$log.rerun"; then
                    echo "  rerun  $name: Wine failed to start a process (ERROR_INTERNAL_ERROR, 1359); passed when run again"
                else
                    echo "  FAILED $name again on its rerun:"
                    cat "$log.rerun"
                    status=1
                fi
            done <<<"$failed_tests"
        fi
        if [ -n "$silent" ]; then
            while IFS='|' read -r targs said; do
                rerun_count=$((rerun_count + 1))
                read -ra target_args <<<"$targs"
                if cargo test "${args[@]}" "${target_args[@]}" -- "${skips[@]}" >"$log.rerun" 2>&1 &&
                    grep -qE '^test result: ok\.' "$log.rerun"; then
                    echo "  rerun  $targs: the test executable ended without a summary under Wine (${said:-no exit status printed}); passed when run again"
                    # Its counts, which the first run never printed.
                    grep '^test result: ' "$log.rerun" >>"$log"
                else
                    echo "  FAILED $targs again on its rerun:"
                    cat "$log.rerun"
                    status=1
                fi
            done <<<"$silent"
        fi
        rm -f "$log.rerun"
    fi
fi

# Each known failure alone: it must still fail (with the difference the list names).
known_status=0
known_count=0
if [ -n "$known_file" ] && [ -z "$known" ]; then
    echo
    echo "Known Wine differences in the test suite ($known_file, [[test]]): none; every test ran above."
elif [ -n "$known" ]; then
    echo
    echo "Known Wine differences in the test suite ($known_file, [[test]]):"
    while IFS='|' read -r name reason; do
        known_count=$((known_count + 1))
        if cargo test "${args[@]}" --quiet -- --exact "$name" >"$log.known" 2>&1; then
            if grep -qE '^test result: ok\. [1-9]' "$log.known"; then
                echo "  STALE  $name passes under Wine now: drop its entry"
            else
                echo "  MISSING  $name: no test has this name"
            fi
            known_status=1
        else
            echo "  known  $name fails under Wine: $reason"
        fi
    done <<<"$known"
    rm -f "$log.known"
fi

# The counts: every libtest summary line (unit, integration and doc tests of every crate).
awk -v label="$label" -v known="$known_count" -v rerun="$rerun_count" '
    /^test result: / {
        binaries++
        for (i = 1; i <= NF; i++) {
            if ($(i + 1) ~ /^passed;?$/) passed += $i
            if ($(i + 1) ~ /^failed;?$/) failed += $i
            if ($(i + 1) ~ /^ignored;?$/) ignored += $i
        }
    }
    END {
        printf "\nWindows tests %s: %d passed, %d failed, %d ignored, over %d test runs (unit, integration and doc tests); %d known Wine difference(s) run apart\n",
            label, passed, failed, ignored, binaries, known
        if (rerun > 0) printf "(%d failure(s) of Wine starting a process: rerun alone, see above)\n", rerun
    }
' "$log"

[ "$status" -eq 0 ] && [ "$known_status" -eq 0 ]
