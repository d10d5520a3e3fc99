#!/usr/bin/env bash
# Soak: the release daemon runs a simulated week at high speed under libfaketime, with
# time-only tracking (no display, no bus), while pause / resume / snooze / skip / status are
# fired at random through the command line. Reports PSS at start and end, commands
# acknowledged against the history lines they must have written, and any error lines.
#
#   scripts/soak.sh [DAYS] [SPEED]      (default: 7 days at 1000x, about 10 minutes)
#
# Needs faketime (Debian `faketime`). libfaketime speeds up the wall clock but not the
# daemon's waits (relative futex timeouts), so the daemon would sleep until a deadline in
# real time and then find the machine "slept" (a sample more than 30 s past its deadline is
# an absence). The commands wake it instead: one every 5-20 ms real, under 30 simulated
# seconds apart at 1000x, so simulated time is sitting as it would be, not a string of
# suspends.
set -euo pipefail
cd "$(dirname "$0")/.."
days=${1:-7}
speed=${2:-1000}
command -v faketime >/dev/null || { echo "soak: install faketime" >&2; exit 1; }
target=${CARGO_TARGET_DIR:-target}
cargo build --release --locked --quiet
bin="$target/release/knotless"

home=$(mktemp -d)
trap 'kill "$daemon" 2>/dev/null || true; rm -rf "$home"' EXIT
export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state
export XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_CONFIG_HOME/knotless" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$bin" config default > "$XDG_CONFIG_HOME/knotless/config.toml"
unset DISPLAY WAYLAND_DISPLAY
export DBUS_SESSION_BUS_ADDRESS=unix:path=$home/no-bus

start=$(date -d 'next monday 08:00' '+%Y-%m-%d %H:%M:%S')
FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$start x$speed" "$bin" run 2> "$home/daemon.err" &
daemon=$!
for _ in $(seq 50); do "$bin" status >/dev/null 2>&1 && break; sleep 0.1; done
# faketime runs the daemon as its child.
knotless=$(pgrep -P "$daemon" knotless || echo "$daemon")
pss() { awk '/^Pss:/ {print $2}' "/proc/$knotless/smaps_rollup"; }
pss_start=$(pss)

declare -A sent ok
# Mostly `status` (each one a fresh sample, as a status bar would ask); now and then a
# pause of ten minutes, a resume, a snooze or a skip, so reminders still fall due.
pick() {
    local r=$((RANDOM % 1000))
    if [ $r -lt 960 ]; then echo status
    elif [ $r -lt 968 ]; then echo pause
    elif [ $r -lt 976 ]; then echo resume
    elif [ $r -lt 988 ]; then echo snooze
    else echo skip
    fi
}
end=$(( $(date +%s) + days * 86400 / speed ))
while [ "$(date +%s)" -lt "$end" ]; do
    verb=$(pick)
    args=("$verb")
    [ "$verb" = pause ] && args+=(10m)
    sent[$verb]=$(( ${sent[$verb]:-0} + 1 ))
    if "$bin" "${args[@]}" >/dev/null 2>&1; then
        ok[$verb]=$(( ${ok[$verb]:-0} + 1 ))
    fi
    sleep "$(printf '0.%03d' $((5 + RANDOM % 16)))"
done
pss_end=$(pss)
"$bin" quit >/dev/null
wait "$daemon" || true

history=$XDG_DATA_HOME/knotless/history.jsonl
count() { grep -c "\"event\":\"$1\"" "$history" || true; }
# Resumes asked for (a pause that runs out resumes by itself, with "auto": true).
asked_resumes=$(grep '"event":"resumed"' "$history" | grep -c '"auto":false' || true)
echo "simulated: $days days at ${speed}x ($(head -c 25 "$history" | grep -o '20[0-9-]*' | head -1) onwards)"
echo "pss_kib: start $pss_start, end $pss_end"
for verb in status pause resume snooze skip; do
    echo "$verb: sent ${sent[$verb]:-0}, acknowledged ${ok[$verb]:-0}"
done
echo "history: $(wc -l < "$history") lines; paused $(count paused), resumed $(count resumed)" \
    "(asked for $asked_resumes), snoozed $(count snoozed), skipped $(count break_skipped), reminders $(count reminder)," \
    "natural breaks $(count natural_break)"
bad=0
[ "$(count paused)" -eq "${ok[pause]:-0}" ] || { echo "MISMATCH: acknowledged pauses vs paused lines"; bad=1; }
[ "$asked_resumes" -eq "${ok[resume]:-0}" ] || { echo "MISMATCH: acknowledged resumes vs resumed lines"; bad=1; }
[ "$(count snoozed)" -eq "${ok[snooze]:-0}" ] || { echo "MISMATCH: acknowledged snoozes vs snoozed lines"; bad=1; }
[ "$(count break_skipped)" -eq "${ok[skip]:-0}" ] || { echo "MISMATCH: acknowledged skips vs skipped lines"; bad=1; }
errors=$(grep -cE ' ERROR |panicked' "$XDG_STATE_HOME/knotless/knotless.log" || true)
echo "error lines in the log: $errors"
grep -E ' ERROR |panicked' "$XDG_STATE_HOME/knotless/knotless.log" | head -5 || true
exit $(( bad || errors > 0 ))
