#!/usr/bin/env bash
# CPU of the break window while a break runs, with its figure moving (release build, private
# Xvfb, Mesa's software OpenGL, no daemon): for each exercise named, the window's CPU time
# over SECONDS of its break, from /proc, after it has opened. The figure repaints at most 30
# times a second while it moves between keyframes, and once a second (the countdown) while a
# pose is held. Needs: xvfb.
#
# Usage: scripts/measure-break-cpu.sh [SECONDS] [ID...]
#        (default 20 s; cross-body-shoulder, with holds, and shoulder-rolls, always moving)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/knotless"
secs="${1:-20}"
shift || true
ids=("$@")
[ "${#ids[@]}" -gt 0 ] || ids=(cross-body-shoulder shoulder-rolls)
tick=$(getconf CLK_TCK)

home=$(mktemp -d)
cleanup() { kill "${window:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-bus"
mkdir -p "$home/run" "$home/config/knotless" && chmod 700 "$home/run"
display=:$(( 40 + RANDOM % 20 ))
Xvfb "$display" -screen 0 800x700x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
sleep 0.5
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
all=$("$bin" exercises list | awk 'NR > 1 && NF > 3 {print $1}')
for id in "${ids[@]}"; do
    # Only this exercise may be suggested; no sound, so only the drawing is measured.
    others=$(grep -vx "$id" <<< "$all" | sed 's/.*/"&"/' | paste -sd,)
    printf '[sound]\ncues = false\n[suggestions]\nequipment = ["ball", "foam_roller", "wall", "chair", "strap", "heat_pack", "water"]\npositions = []\nexclude = [%s]\n' \
        "$others" > "$home/config/knotless/config.toml"
    "$bin" break >/dev/null 2>&1 &
    window=$!
    sleep 2
    before=$(cpu "$window")
    sleep "$secs"
    after=$(cpu "$window")
    kill "$window" 2>/dev/null || true
    wait "$window" 2>/dev/null || true
    awk -v id="$id" -v d="$((after - before))" -v t="$tick" -v s="$secs" \
        'BEGIN { printf "%-24s %.2f s CPU in %d s of break: %.1f%% of one core\n", id, d / t, s, 100 * d / t / s }'
done
