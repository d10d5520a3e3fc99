#!/usr/bin/env bash
# The long version of the fault suite: the daemon killed with SIGKILL while it writes events,
# for CYCLES cycles (default 300; `cargo test` runs 15), then every other fault test once.
# Needs what `.ci/run` installs (dbus-daemon, xvfb, xdotool, faketime).
#
# Usage: scripts/fault-suite.sh [CYCLES]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
KNOTLESS_FAULT_CYCLES="${1:-300}" cargo test --test daemon faults:: -- --nocapture 2>&1 |
    grep -E "kill cycles|answering after|^test |test result"
