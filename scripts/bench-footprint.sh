#!/usr/bin/env bash
# The footprint table of docs/performance.md, knotless and its peers in one run on this
# machine: each program idle for 60 s under a private X server, session bus and dunst
# (../shared/tools/measure-idle.sh), then the knotless daemon again after 10 break windows
# were opened and closed. Peers are measured where installed (Debian packages workrave,
# safeeyes, rsibreak); the ratios are peer / knotless.
#
# Usage: scripts/bench-footprint.sh            (builds the release binary first)
# Needs: xvfb dbus-daemon dunst xdotool (Debian packages), ../shared/tools beside this repo.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/knotless-target}"
cargo build --release --quiet
bin="$CARGO_TARGET_DIR/release/knotless"
tools="${SHARED:-../shared}/tools"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A home with a config file, so knotless does not open its first-run welcome.
prepared_home() {
    local h="$work/home-$1"
    mkdir -p "$h/.config/knotless"
    "$bin" config default > "$h/.config/knotless/config.toml"
    echo "$h"
}

# measure NAME COMMAND...: one table row (startup cpu rss pss threads ctxsw).
measure() {
    local name=$1
    shift
    local line
    line=$(QUIET=1 MEASURE_HOME="$(prepared_home "$name")" "$tools/measure-idle.sh" "$@")
    echo "$name $line" >> "$work/rows"
}

measure knotless "$bin"

# The daemon after 10 break windows: a wrapper starts it, opens and closes the windows
# (measure-idle's settle time covers this) and exits, so that only the daemon is left in the
# measured tree (measure-idle follows it by its environment).
cat > "$work/with-windows.sh" <<EOF
#!/usr/bin/env bash
"$bin" run &
until "$bin" status >/dev/null 2>&1; do sleep 0.05; done
for _ in \$(seq 10); do
    "$bin" break >/dev/null 2>&1 &
    ui=\$!
    until xdotool search --pid "\$ui" --onlyvisible >/dev/null 2>&1; do sleep 0.02; done
    kill "\$ui"; wait "\$ui" 2>/dev/null
    "$bin" skip >/dev/null 2>&1
done
EOF
chmod +x "$work/with-windows.sh"
SETTLE_S=30 measure "knotless+10-windows" "$work/with-windows.sh"

for peer in workrave safeeyes rsibreak; do
    if command -v "$peer" >/dev/null; then
        measure "$peer" "$peer"
    else
        echo "($peer is not installed: apt-get install $peer to compare)" >&2
    fi
done

base_pss=$(head -1 "$work/rows" | awk '{print $5}')
echo "| program | PSS MiB | RSS MiB | CPU s/min | ctxsw/s | threads | CPU-quiet after start | PSS × knotless |"
echo "|---|---|---|---|---|---|---|---|"
while read -r name startup cpu rss pss threads ctxsw; do
    ratio=$(awk -v a="$pss" -v b="$base_pss" 'BEGIN { printf "%.1f", a / b }')
    echo "| $name | $pss | $rss | $cpu | $ctxsw | $threads | ${startup} s | ${ratio}× |"
done < "$work/rows"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores with ../shared/tools/measure-idle.sh."
