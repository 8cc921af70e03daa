#!/usr/bin/env bash
# Compares the model with a real socket stack, over the same-user table and every example
# scenario. One command per platform:
#
#   bash .ci/check-real-sockets.sh wine            # here: the Windows probe under Wine (known differences allowed)
#   bash .ci/check-real-sockets.sh windows ERA     # on a Windows machine (Git Bash), e.g. ERA=win11: every difference fails
#   bash .ci/check-real-sockets.sh linux           # the native Linux probe against the Linux model: every difference fails
#
# The Linux check runs every example scenario (examples/, examples/linux/ and
# examples/portability/; the Windows ones replayed on the Linux model) on the model and on the
# kernel. As root, a scenario's users get sockets of their own uids (a user's `uid` when it gives
# one); otherwise they are merged, and the check says so. A scenario's `ip_local_port_range` is
# set only in a network namespace the probe creates for it (as root); otherwise the check says it
# could not compare that scenario. Ports saved by `save_port` are the real ones the probe got. The Linux table cells are checked against the kernel by `cargo test` (tests/linux_kernel.rs).
#
# Reports go to stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:-wine}"

check() { cargo run --quiet --release -- check "$@" examples; }
check_linux() { cargo run --quiet --release -- check "$@" examples examples/linux examples/portability; }

case "$mode" in
    wine)
        # shellcheck source=.ci/wine/env.sh
        . .ci/wine/env.sh
        PROBE_EXE="$(.ci/probe-build.sh windows)"
        export PROBE_EXE
        check --probe .ci/probe-wine.sh --era win10 --label Wine --known probe/wine-known-differences.toml
        ;;
    windows)
        era="${2:?usage: check-real-sockets.sh windows ERA (e.g. win11, server2022)}"
        # The probe is a workspace member: --locked keeps the versions of Cargo.lock.
        cargo build --release --locked -p winsock-bind-probe
        check --probe target/release/winsock-bind-probe.exe --era "$era" --label "Windows ($era)"
        ;;
    linux)
        native="$(.ci/probe-build.sh native)"
        check_linux --probe "$native" --os linux --label "the Linux kernel"
        ;;
    *)
        echo "usage: $0 wine | windows ERA | linux" >&2
        exit 2
        ;;
esac
