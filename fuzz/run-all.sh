#!/bin/sh
# Runs every fuzz target for SECONDS seconds each (default 60), one after the other, and prints
# per target the runs libFuzzer executed and the crash it found, if any (the input is kept under
# artifacts/TARGET/). Exits 1 when any target crashed or did not run.
#
#   fuzz/run-all.sh 600      # ten minutes per target
set -u
secs=${1:-60}
cd "$(dirname "$0")" || exit 2
export RUSTC_BOOTSTRAP=1
failed=0
for target in $(cargo fuzz list); do
    mkdir -p "corpus/$target" "seeds/$target"
    log="corpus/$target.log"
    cargo fuzz run "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$secs" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    # libFuzzer also writes slow-unit-* files (an input slower than -report_slow_units, 10 s by
    # default): those are reported apart, not as crashes.
    crash=$(sed -n 's/.*Test unit written to \(.*\/\(crash\|leak\|timeout\|oom\)-.*\)$/\1/p' "$log" | tail -n 1)
    slow=$(grep -c 'Test unit written to .*/slow-unit-' "$log")
    if [ -n "$crash" ]; then
        echo "$target: ${runs:-?} runs, CRASH: $crash (log: fuzz/$log)"
        failed=1
    elif [ "$rc" -ne 0 ] || [ -z "$runs" ]; then
        echo "$target: did not run (exit $rc; log: fuzz/$log)"
        failed=1
    else
        echo "$target: $runs runs in ${secs}s, no crash, $slow slow unit(s) (over 10 s; kept under artifacts/$target/)"
    fi
done
exit "$failed"
