#!/usr/bin/env bash
# Time from `knotless break` (and `stats`, `settings`) to its window on screen (release
# build, private Xvfb and bus, daemon running), median of N runs each; then the daemon's
# footprint after all those windows were opened and closed (compare with
# scripts/measure-daemon.sh); last, *Start* on a notification (dunst's default action) to
# the break window on screen. Needs: xvfb dbus-daemon xdotool dunst.
#
# Usage: scripts/measure-windows.sh [RUNS]      (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/knotless"
runs="${1:-10}"

home=$(mktemp -d)
cleanup() {
    kill "${daemon:-}" "${dunst:-}" "${xvfb:-}" "${bus:-}" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$home" 2>/dev/null || true
}
trap cleanup EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$home/run" && chmod 700 "$home/run"
display=:$(( 70 + RANDOM % 20 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
read -r addr bus < <(dbus-daemon --session --fork --print-address=1 --print-pid=1 | paste -sd' ')
export DBUS_SESSION_BUS_ADDRESS="$addr"
sleep 0.5
# A config file, so the daemon does not open the first-run welcome.
mkdir -p "$home/config/knotless"
"$bin" config default > "$home/config/knotless/config.toml"
"$bin" run 2>/dev/null &
daemon=$!
until "$bin" status >/dev/null 2>&1; do sleep 0.02; done

pss() { awk '/^Pss:/ {print $2}' "/proc/$daemon/smaps_rollup"; }
before=$(pss)
for verb in break stats settings; do
    times=()
    for _ in $(seq "$runs"); do
        t0=$(date +%s%N)
        "$bin" "$verb" >/dev/null 2>&1 &
        ui=$!
        until xdotool search --pid "$ui" --onlyvisible >/dev/null 2>&1; do sleep 0.005; done
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000000 )))
        kill "$ui"; wait "$ui" 2>/dev/null || true
        [ "$verb" = break ] && { "$bin" skip >/dev/null 2>&1 || true; }
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    echo "knotless $verb window on screen: median ${median} ms over $runs runs (all: ${times[*]})"
done
after=$(pss)
echo "daemon PSS: ${before} KiB before, ${after} KiB after $(( 3 * runs )) windows"

# Start on a notification: a break due every 10 s, dunst showing it, its default action
# (what clicking the notification does) invoked with dunstctl.
"$bin" quit >/dev/null
wait "$daemon" 2>/dev/null || true
printf '%s\n' '[movement]' 'every = "10s"' '[micro_pause]' 'enabled = false' \
    '[hydration]' 'enabled = false' '[schedule]' 'merge_within = "0s"' \
    > "$home/config/knotless/config.toml"
dunst >/dev/null 2>&1 &
dunst=$!
sleep 0.5
"$bin" run 2>/dev/null &
daemon=$!
until "$bin" status >/dev/null 2>&1; do sleep 0.02; done
windows() { xdotool search --onlyvisible --name knotless 2>/dev/null | wc -l; }
times=()
dunstctl close-all
for _ in $(seq "$runs"); do
    until [ "$(dunstctl count displayed)" -ge 1 ]; do sleep 0.05; done
    sleep 0.5 # the daemon listens for the click right after showing
    t0=$(date +%s%N)
    dunstctl action 0
    until [ "$(windows)" -ge 1 ]; do sleep 0.005; done
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    pkill -f "$bin break" || true
    until [ "$(windows)" -eq 0 ]; do sleep 0.02; done
    "$bin" skip >/dev/null 2>&1 || true
    dunstctl close-all
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "Start on a notification -> break window on screen: median ${median} ms over $runs runs (all: ${times[*]})"
