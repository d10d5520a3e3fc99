#!/usr/bin/env bash
# Fuzzes the config parser, the exercise-file parser and the socket protocol for a bounded
# time: the proptest targets in tests/core/fuzz.rs, run again and again with many cases and
# a fresh random seed each round, mutating the seed corpus in tests/corpus/. A failure
# stops it and proptest prints the smallest input it found (and keeps it in
# tests/core/fuzz.proptest-regressions, to commit with the fix).
#
# Usage: scripts/fuzz.sh [SECONDS]     (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
seconds="${1:-300}"
cargo test --release --test core --no-run --quiet
log=$(mktemp)
trap 'rm -f "$log"' EXIT
end=$(( $(date +%s) + seconds ))
rounds=0
while [ "$(date +%s)" -lt "$end" ]; do
    seed=$RANDOM$RANDOM
    if ! PROPTEST_CASES=5000 PROPTEST_RNG_SEED=$seed \
        cargo test --release --quiet --test core fuzz:: > "$log" 2>&1; then
        cat "$log"
        echo "fuzz: failed in round $(( rounds + 1 )) (PROPTEST_RNG_SEED=$seed)"
        exit 1
    fi
    rounds=$(( rounds + 1 ))
done
echo "fuzz: $rounds rounds of 4 targets x 5000 inputs in ${seconds} s, no failure"
