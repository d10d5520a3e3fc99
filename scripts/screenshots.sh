#!/usr/bin/env bash
# Screenshots of the break window for docs/screenshots/, the real binary in a private Xvfb
# with a private home: in the light and the dark scheme, and a few exercises' figures.
# (The settings, statistics and welcome windows: scripts/screenshots-forms.sh.)
# Needs: xvfb xdotool imagemagick (Debian packages).
#
# Usage: scripts/screenshots.sh [BINARY]     (default: the debug build in the target dir)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
bin="${1:-$target/debug/knotless}"
out=docs/screenshots

home=$(mktemp -d)
cleanup() { kill "${xvfb:-}" "${portal:-}" "${bus:-}" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run" TZ=UTC
export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-bus"
mkdir -p "$home/run" "$home/data/knotless" && chmod 700 "$home/run"
display=:$(( 40 + RANDOM % 20 ))
Xvfb "$display" -screen 0 900x820x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
sleep 0.5

# Opens `knotless ARGS`, waits for its window, crops the screen to it, closes it.
shoot() {
    local name=$1
    shift
    "$bin" "$@" >/dev/null 2>&1 &
    local pid=$!
    local id=""
    for _ in $(seq 600); do
        id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
        [ -n "$id" ] && break
        sleep 0.05
    done
    [ -n "$id" ] || { echo "no window for: $*" >&2; return 1; }
    sleep 1.5
    eval "$(xdotool getwindowgeometry --shell "$id")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" "$out/$name.tmp.png"
    mv "$out/$name.tmp.png" "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$out/$name.png"
}

mkdir -p "$home/config/knotless"
"$bin" config default > "$home/config/knotless/config.toml"

# The break window in the desktop's light and dark schemes: a private bus with a stand-in
# XDG desktop portal that answers `color-scheme` (2 light, 1 dark), as GNOME and KDE do.
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
# One exercise in both: the cross-body shoulder stretch, its first step.
"$bin" exercises list 2>/dev/null | awk '{print $1}' | grep -v '^cross-body-shoulder$' \
    | grep -E '^[a-z0-9-]+$' | sed 's/.*/"&"/' | paste -sd, \
    | sed 's/^/exclude = [/; s/$/]/' > "$home/exclude.line"
sed -i "s/^exclude = \[\]/$(cat "$home/exclude.line")/" "$home/config/knotless/config.toml"
scheme 2
shoot break-light break
scheme 1
shoot break-dark break
kill "${portal:-}" "${bus:-}" 2>/dev/null || true
export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-bus"

# A few more figures in the window, each the only exercise allowed.
cp "$home/config/knotless/config.toml" "$home/config.toml"
for id in knees-to-chest ball-upper-back-wall seated-cat-cow pelvic-tilts; do
    "$bin" exercises list 2>/dev/null | awk '{print $1}' | grep -v "^$id$" \
        | grep -E '^[a-z0-9-]+$' | sed 's/.*/"&"/' | paste -sd, \
        | sed 's/^/exclude = [/; s/$/]/' > "$home/exclude.line"
    sed "s/^exclude = \[.*\]/$(cat "$home/exclude.line")/; s/^positions = .*/positions = []/; s/^equipment = .*/equipment = [\"ball\", \"foam_roller\", \"wall\", \"chair\", \"strap\", \"heat_pack\", \"water\"]/" \
        "$home/config.toml" > "$home/config/knotless/config.toml"
    shoot "figure-$id" break
done
