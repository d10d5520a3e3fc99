#!/usr/bin/env bash
# Measures the release daemon: idle footprint over 60 s under a private X server, session
# bus and notification daemon (../shared/tools/measure-idle.sh), time until its socket
# answers, and the `knotless status` round trip (median of 50). Prints a Markdown table.
#
# Usage: scripts/measure-daemon.sh            (builds the release binary first)
# Needs: xvfb dbus-daemon dunst (Debian packages), and ../shared/tools beside this repo.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/knotless"
tools="${SHARED:-../shared}/tools"

# A home with a config file: in an empty one the daemon would open the first-run welcome,
# a window process of its own, and that would be measured too.
measure_home=$(mktemp -d)
mkdir -p "$measure_home/.config/knotless"
"$bin" config default > "$measure_home/.config/knotless/config.toml"
read -r startup cpu rss pss threads ctxsw < <(QUIET=1 MEASURE_HOME="$measure_home" "$tools/measure-idle.sh" "$bin")
rm -rf "$measure_home"

# Ready time and round trips, in a private home with no desktop (time-based tracking).
home=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run"
unset DISPLAY WAYLAND_DISPLAY
export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-bus"
mkdir -p "$home/run"
t0=$(date +%s%N)
"$bin" run 2>/dev/null &
pid=$!
until "$bin" status >/dev/null 2>&1; do sleep 0.005; done
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
times=()
for _ in $(seq 50); do
    s=$(date +%s%N); "$bin" status --json >/dev/null; e=$(date +%s%N)
    times+=($(( (e - s) / 1000 )))
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 25p)
"$bin" quit >/dev/null

size=$(stat -c %s "$bin")
cat <<TABLE
| measure | knotless | goal |
|---|---|---|
| PSS, 60 s idle | $pss MiB | ≤ 8 MiB |
| RSS, 60 s idle | $rss MiB | |
| CPU per minute idle | $cpu s | ≤ 0.005 s |
| context switches per second | $ctxsw | ≤ 1 |
| threads | $threads | |
| CPU-quiet after launch | $startup s | ≤ 0.05 s |
| socket answers after launch | $ready_ms ms | |
| \`knotless status --json\` round trip (median of 50) | $(( median_us / 1000 )).$(printf '%03d' $(( median_us % 1000 ))) ms | |
| release binary | $(( size / 1024 / 1024 )).$(( size * 10 / 1024 / 1024 % 10 )) MB | |
TABLE
