#!/usr/bin/env bash
# Screenshots of every stage of the break window for docs/screenshots/, light and dark: the
# real binary and daemon in a private Xvfb under openbox, with a private bus whose stand-in
# XDG desktop portal answers `color-scheme` (2 light, 1 dark) and no notification server
# (so the daemon asks in the window). The flow is driven as a user would: Enter (after the
# key guard) for each stage's primary action, a click on "Done early".
# Needs: xvfb openbox xdotool imagemagick python3-gi dbus-daemon (Debian packages).
#
# Usage: scripts/screenshots-break.sh [BINARY]   (default: the debug build in the target dir)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
bin="${1:-$target/debug/knotless}"
out=docs/screenshots

home=$(mktemp -d)
cleanup() {
    kill "${daemon:-}" "${wm:-}" "${xvfb:-}" "${portal:-}" "${bus:-}" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run" TZ=UTC
mkdir -p "$home/run" "$home/data/knotless" "$home/config/knotless" && chmod 700 "$home/run"
display=:$(( 40 + RANDOM % 20 ))
Xvfb "$display" -screen 0 800x760x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
sleep 0.5
openbox >/dev/null 2>&1 &
wm=$!
sleep 1

# One exercise (the cross-body shoulder stretch: it switches sides), a check-in due for
# the neck and shoulders, a break every 10 s.
only=cross-body-shoulder
exclude=$("$bin" exercises list 2>/dev/null | awk '{print $1}' | grep -v "^$only$" \
    | grep -E '^[a-z0-9-]+$' | sed 's/.*/"&"/' | paste -sd,)
cat > "$home/config/knotless/config.toml" <<EOF
[movement]
every = "10s"
[micro_pause]
enabled = false
[hydration]
enabled = false
[sound]
cues = false
[suggestions]
focus = ["neck", "shoulders", "wrists"]
exclude = [$exclude]
[checkin]
enabled = true
EOF

scheme() {
    kill "${portal:-}" "${bus:-}" 2>/dev/null || true
    dbus-daemon --session --nofork --nopidfile --print-address=1 \
        --address="unix:path=$home/bus-$1" > "$home/bus-$1.address" &
    bus=$!
    for _ in $(seq 50); do [ -s "$home/bus-$1.address" ] && break; sleep 0.1; done
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/bus-$1"
    /usr/bin/python3 scripts/color-scheme-portal.py "$1" &
    portal=$!
    sleep 1
}

window() {
    local id=""
    for _ in $(seq 400); do
        id=$(xdotool search --onlyvisible --name "knotless" 2>/dev/null | head -1 || true)
        [ -n "$id" ] && break
        sleep 0.1
    done
    [ -n "$id" ] || { echo "no break window" >&2; exit 1; }
    echo "$id"
}

# The window's content on the screen (xdotool's geometry is off by openbox's frame).
geometry() {
    local info
    info=$(xwininfo -id "$1")
    X=$(awk '/Absolute upper-left X/ {print $4}' <<< "$info")
    Y=$(awk '/Absolute upper-left Y/ {print $4}' <<< "$info")
    WIDTH=$(awk '/Width:/ {print $2}' <<< "$info")
    HEIGHT=$(awk '/Height:/ {print $2}' <<< "$info")
}

shoot() {
    local id=$1 name=$2
    sleep 1.7
    geometry "$id"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" "$out/$name.png"
    echo "$out/$name.png"
}

# Clicks at (x, y) of the window's content.
click() {
    local id=$1
    geometry "$id"
    xdotool mousemove "$((X + $2))" "$((Y + $3))" click 1
    xdotool mousemove 0 0
}

for pair in light:2 dark:1; do
    name=${pair%%:*}
    scheme "${pair##*:}"
    rm -f "$home/data/knotless/history.jsonl"
    "$bin" run >/dev/null 2>&1 &
    daemon=$!
    id=$(window)
    xdotool windowactivate --sync "$id"
    shoot "$id" "break-prompt-$name"
    xdotool key Return
    shoot "$id" "break-steps-$name"
    # "Done early", the last quiet button of the first row (its place read from a shot).
    click "$id" 222 587
    shoot "$id" "break-done-early-$name"
    # Escape: "Go on"; then Next twice, to the other side.
    xdotool key Escape
    sleep 1.7
    xdotool key Return
    sleep 1.7
    xdotool key Return
    shoot "$id" "break-other-side-$name"
    xdotool key Return
    shoot "$id" "break-finished-$name"
    xdotool key Return
    shoot "$id" "break-checkin-$name"
    # A score for the neck and a warning sign (places read from a shot).
    click "$id" 258 72
    click "$id" 106 195
    shoot "$id" "break-checkin-answered-$name"
    # In the wrists; Enter saves, and the warning sign brings the advice.
    click "$id" 152 240
    sleep 0.3
    xdotool key Return
    shoot "$id" "break-advice-$name"
    xdotool key Return
    xdotool key Escape
    sleep 1
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
done
