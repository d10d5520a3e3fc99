#!/usr/bin/env bash
# Screenshots of the windows for docs/screenshots/, each the real binary in a private Xvfb
# with a private home: the welcome (fresh home), the statistics window (two weeks of
# made-up history, with stands at a sit-stand desk), the settings window, the break window
# in the light and the dark scheme, and a few exercises' figures in the break window. Needs: xvfb xdotool imagemagick (Debian packages).
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
    for _ in $(seq 200); do
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

shoot welcome welcome

# Two weeks of history: mornings and afternoons of sitting, breaks with varied outcomes.
python3 - "$home/data/knotless/history.jsonl" <<'EOF'
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
        # At the sit-stand desk now and then: a stand of a quarter to three quarters of
        # an hour (not sitting, so the stretches around it are shorter).
        if random.random() < 0.35:
            add(t, "stood_up")
            stood = random.randint(15, 45) * 60
            t += dt.timedelta(seconds=stood)
            add(t, "sat_down", standing_secs=stood)
    # An evening check-in: the neck easing off over the fortnight, the upper back not.
    add(day + dt.timedelta(hours=17, minutes=30), "checkin", areas=[
        {"region": "neck", "score": max(1, 7 - (13 - back) // 2)},
        {"region": "upper_back", "score": 4 + back % 2},
    ])
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF
mkdir -p "$home/config/knotless"
"$bin" config default > "$home/config/knotless/config.toml"
shoot stats stats
shoot settings settings

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
for id in knees-to-chest ball-upper-back-wall seated-cat-cow; do
    "$bin" exercises list 2>/dev/null | awk '{print $1}' | grep -v "^$id$" \
        | grep -E '^[a-z0-9-]+$' | sed 's/.*/"&"/' | paste -sd, \
        | sed 's/^/exclude = [/; s/$/]/' > "$home/exclude.line"
    sed "s/^exclude = \[.*\]/$(cat "$home/exclude.line")/; s/^positions = .*/positions = []/; s/^equipment = .*/equipment = [\"ball\", \"foam_roller\", \"wall\", \"chair\", \"strap\", \"heat_pack\", \"water\"]/" \
        "$home/config.toml" > "$home/config/knotless/config.toml"
    shoot "figure-$id" break
done
