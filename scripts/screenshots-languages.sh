#!/usr/bin/env bash
# Screenshots in German and Japanese for docs/screenshots/: the break window (prompt and a
# step), the settings, the welcome, the statistics, and a movement reminder as dunst shows
# it, from the real binary in a private Xvfb, bus and home, with LANG set as a user's
# desktop sets it. Needs: xvfb xdotool imagemagick dbus-daemon dunst fonts-noto-cjk.
#
# Usage: scripts/screenshots-languages.sh [BINARY]   (default: the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
bin="$(realpath "${1:-$target/debug/knotless}")"
out=docs/screenshots

home=$(mktemp -d)
cleanup() {
    kill "${daemon:-}" "${dunst:-}" "${xvfb:-}" "${bus:-}" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run" TZ=UTC
unset LANGUAGE LC_ALL LC_MESSAGES
mkdir -p "$home/run" "$home/data/knotless" "$home/config/knotless" && chmod 700 "$home/run"
display=:$(( 60 + RANDOM % 20 ))
Xvfb "$display" -screen 0 1000x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
dbus-daemon --session --nofork --nopidfile --print-address=1 \
    --address="unix:path=$home/bus" > "$home/bus.address" &
bus=$!
for _ in $(seq 50); do [ -s "$home/bus.address" ] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/bus"

# Opens `knotless ARGS`, waits for its window, clicks or types CLICKS, saves it, closes it.
shoot() {
    local name=$1
    shift
    "$bin" "$@" >/dev/null 2>&1 &
    local pid=$!
    local id=""
    for _ in $(seq 400); do
        id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
        [ -n "$id" ] && break
        sleep 0.05
    done
    [ -n "$id" ] || { echo "no window for: $*" >&2; return 1; }
    sleep 2
    for step in ${CLICKS:-}; do
        case "$step" in
            key:*) xdotool key --window "$id" "${step#key:}" ;;
            *) xdotool mousemove --window "$id" "${step%,*}" "${step#*,}" click 1 ;;
        esac
        sleep 1.8
    done
    import -window "$id" "$out/$name.tmp.png"
    mv "$out/$name.tmp.png" "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$out/$name.png"
}

for lang in de_DE ja_JP; do
    short=${lang%_*}
    export LANG="$lang.UTF-8"
    rm -rf "$home/config/knotless"/* "$home/data/knotless"/*
    CLICKS="" shoot "welcome-$short" welcome
    "$bin" config default > "$home/config/knotless/config.toml"
    CLICKS="" shoot "settings-$short" settings
    CLICKS="" shoot "break-prompt-$short" break
    # Start (Enter, once the key guard has passed), then the first step.
    CLICKS="key:Return" shoot "break-steps-$short" break

    # A movement reminder as the desktop shows it: dunst as the notification server.
    sed -i 's/^every = "40m"/every = "10s"/' "$home/config/knotless/config.toml"
    dunst -config /dev/null >/dev/null 2>&1 &
    dunst=$!
    sleep 1
    "$bin" run >/dev/null 2>"$home/daemon-$short.log" &
    daemon=$!
    id=""
    for _ in $(seq 400); do
        id=$(xdotool search --class dunst 2>/dev/null | head -1 || true)
        [ -n "$id" ] && xdotool getwindowgeometry "$id" >/dev/null 2>&1 \
            && [ "$(xwininfo -id "$id" | awk '/Map State/ {print $3}')" = IsViewable ] && break
        id=""
        sleep 0.1
    done
    [ -n "$id" ] || { echo "dunst showed nothing ($short)" >&2; exit 1; }
    sleep 1
    import -window "$id" "$out/notification-$short.png"
    echo "$out/notification-$short.png"
    "$bin" quit >/dev/null 2>&1 || kill "$daemon"
    wait "$daemon" 2>/dev/null || true
    kill "$dunst" 2>/dev/null || true
    wait "$dunst" 2>/dev/null || true
done
