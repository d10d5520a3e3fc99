#!/usr/bin/env bash
# Screenshots of the settings, statistics and welcome windows for docs/screenshots/: each
# the real binary in a private Xvfb with a private home, in the light and the dark scheme (a
# stand-in desktop portal on a private bus answers `color-scheme`), at the default size and
# at 150 % (WINIT_X11_SCALE_FACTOR=1.5, as a HiDPI desktop sets it). Also the settings'
# More page, the welcome's confirmation and the statistics with no history yet.
# Needs: xvfb openbox xdotool imagemagick dbus python3-gi (Debian packages).
#
# Usage: scripts/screenshots-forms.sh [BINARY]   (default: the debug build in the target dir)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
bin="${1:-$target/debug/knotless}"
out=docs/screenshots

home=$(mktemp -d)
cleanup() { kill "${wm:-}" "${xvfb:-}" "${portal:-}" "${bus:-}" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run" TZ=UTC
mkdir -p "$home/run" "$home/data/knotless" && chmod 700 "$home/run"
display=:$(( 60 + RANDOM % 20 ))
Xvfb "$display" -screen 0 1400x1200x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done
# A window manager, so a window has the keyboard focus for typing into it.
openbox >/dev/null 2>&1 &
wm=$!

# A private bus with a portal answering color-scheme $1 (2 light, 1 dark).
scheme() {
    kill "${portal:-}" "${bus:-}" 2>/dev/null || true
    dbus-daemon --session --nofork --nopidfile --print-address=1 \
        --address="unix:path=$home/bus-$1" > "$home/bus-$1.address" &
    bus=$!
    for _ in $(seq 50); do [ -s "$home/bus-$1.address" ] && break; sleep 0.1; done
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$home/bus-$1"
    /usr/bin/python3 - "$1" <<'PORTAL' &
import sys
from gi.repository import Gio, GLib
value = int(sys.argv[1])
xml = """<node><interface name="org.freedesktop.portal.Settings">
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="v" direction="out"/></method></interface></node>"""
def call(conn, sender, path, iface, method, args, invocation):
    invocation.return_value(GLib.Variant("(v)", (GLib.Variant("u", value),)))
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
bus.register_object("/org/freedesktop/portal/desktop",
                    Gio.DBusNodeInfo.new_for_xml(xml).interfaces[0], call, None, None)
Gio.bus_own_name_on_connection(bus, "org.freedesktop.portal.Desktop", 0, None, None)
GLib.MainLoop().run()
PORTAL
    portal=$!
    sleep 1
}

# Opens `knotless ARGS` at scale $SCALE, waits for its window, runs $KEYS (xdotool key
# names, clicks as "click:X,Y" in window points), crops the screen to it, closes it.
shoot() {
    local name=$1
    shift
    WINIT_X11_SCALE_FACTOR="$SCALE" "$bin" "$@" >/dev/null 2>&1 &
    local pid=$!
    local id=""
    for _ in $(seq 2400); do
        id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)
        [ -n "$id" ] && break
        sleep 0.05
    done
    [ -n "$id" ] || { echo "no window for: $*" >&2; return 1; }
    sleep 1.5
    for step in ${CLICKS:-}; do
        if [ "${step%%:*}" = key ] || [ "${step%%:*}" = type ]; then
            xdotool "${step%%:*}" "${step#*:}"
            sleep 0.7
            continue
        fi
        if [ "${step%%:*}" = scroll ]; then
            xdotool mousemove --window "$id" 300 300
            for _ in $(seq "${step#scroll:}"); do xdotool click 5; done
            sleep 0.7
            continue
        fi
        local x=${step%,*} y=${step#*,}
        xdotool mousemove --window "$id" "$(echo "$x * $SCALE / 1" | bc)" \
            "$(echo "$y * $SCALE / 1" | bc)" click 1
        sleep 0.7
    done
    import -window "$id" "$out/$name.tmp.png"
    mv "$out/$name.tmp.png" "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$out/$name.png"
}

history() {
    /usr/bin/python3 - "$home/data/knotless/history.jsonl" <<'EOF'
import datetime as dt, json, random, sys
random.seed(7)
exercises = ["ball-upper-back-wall", "neck-side-stretch", "shoulder-rolls", "calf-raises",
             "chin-tucks", "wrist-flexor-stretch", "standing-hip-opener", "ball-glutes-wall"]
today = dt.datetime.now(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
lines = []
def add(at, event, **fields):
    lines.append(json.dumps({"v": 1, "at": at.isoformat(), "event": event, **fields}))
for back in range(13, -1, -1):
    day = today - dt.timedelta(days=back)
    if day.weekday() >= 5:
        continue
    t = day + dt.timedelta(hours=9)
    end = day + dt.timedelta(hours=17, minutes=random.randint(0, 60))
    n = 0
    while t < end:
        stretch = random.randint(25, 80) * 60
        t += dt.timedelta(seconds=stretch)
        n += 1
        add(t, "reminder", id=n, kinds=["movement"], sitting_secs=min(stretch, 2400))
        add(t, "suggested", id=n, exercise=random.choice(exercises))
        outcome = random.choices(["done", "natural", "snoozed", "skipped", "missed"],
                                 [5, 2, 2, 1, 1])[0]
        if outcome == "snoozed":
            add(t, "snoozed", id=n, for_secs=300, snoozes_left=1)
            outcome = "done"
        add(t, "sitting", secs=stretch, span_secs=stretch + 60)
        if outcome == "done":
            add(t, "break_started", id=n, length_secs=120)
            add(t + dt.timedelta(minutes=2), "break_completed", id=n, secs=120, via="done")
        elif outcome == "natural":
            add(t + dt.timedelta(minutes=10), "natural_break", away_secs=600)
        elif outcome == "skipped":
            add(t, "break_skipped", id=n)
        else:
            add(t + dt.timedelta(minutes=2), "missed", id=n)
        t += dt.timedelta(minutes=random.choice([2, 5, 10, 45]))
    add(day + dt.timedelta(hours=17, minutes=30), "checkin", areas=[
        {"region": "neck", "score": max(1, 7 - (13 - back) // 2)},
        {"region": "upper_back", "score": 4 + back % 2},
    ])
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF
}

for theme in ${THEMES:-light dark}; do
    [ "$theme" = light ] && scheme 2 || scheme 1
    for SCALE in ${SCALES:-1 1.5}; do
        suffix="$theme"
        [ "$SCALE" = 1.5 ] && suffix="$theme-150"
        rm -rf "$home/config" "$home/data/knotless"/* "$home/run"/*
        CLICKS="" shoot "welcome-$suffix" welcome
        # "Start knotless", bottom right of the welcome.
        CLICKS="640,632" shoot "welcome-running-$suffix" welcome
        rm -f "$home/data/knotless/history.jsonl"
        CLICKS="" shoot "stats-empty-$suffix" stats
        history
        CLICKS="" shoot "stats-$suffix" stats
        # Down to the table, and to the report.
        CLICKS="scroll:12" shoot "stats-table-$suffix" stats
        CLICKS="scroll:40" shoot "stats-report-$suffix" stats
        CLICKS="" shoot "settings-$suffix" settings
        # A time too short typed into "Remind me to move after": the advice, Save blocked.
        CLICKS="278,60 key:ctrl+a type:5s" shoot "settings-error-$suffix" settings
        # The "More" tab, beside the title.
        CLICKS="250,26" shoot "settings-more-$suffix" settings
    done
done
