#!/usr/bin/env bash
# bench/app.sh — the app's speed: start-up to the first screen, and key
# press to redrawn screen (typing, and F5 with a full re-grade on both
# fixture variants). Targets: 50 ms and 16 ms.
#
# Usage: bench/app.sh [BINARY] [KATA-ROW]   (default ./ormkata; row 1 = the
#        first kata of the test course tests/data/app/lessons)
# The app measures itself when ORMKATA_APP_TIMING=FILE is set: it appends
# "first_frame_ms N" (process start of app_main to the first screen drawn)
# and "key_ms N" per key (key read to screen drawn, grading included). The
# script drives it in a private tmux server and prints medians; it also
# prints the outside view of start-up (tmux launch to the screen showing),
# which adds exec, the dynamic loader and tmux's own latency.
set -u
cd "$(dirname "$0")/.." || exit 2
BIN=${1:-./ormkata}
ROW=${2:-1}
LESSONS=${ORMKATA_BENCH_LESSONS:-tests/data/app/lessons}
command -v tmux > /dev/null || { echo "bench/app.sh: tmux is needed" >&2; exit 2; }
tmp=$(mktemp -d)
SOCK=ormkata-bench-$$
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server > /dev/null 2>&1; rm -rf "$tmp"' EXIT

# The binary must open the app with no command; else link one (see tests/e2e/lib.sh).
APP=$BIN
if ! "$BIN" --workspace "$tmp/probe" --lessons "$LESSONS" < /dev/null 2> /dev/null | grep -q 'katas passed'; then
    printf '#include "app.h"\nint main(int argc, char **argv) { return app_main(argc, argv); }\n' > "$tmp/shim.c"
    # shellcheck disable=SC2046
    cc -Isrc "$tmp/shim.c" build/libormkata.a $(pkg-config --libs ncursesw sqlite3 md4c) -lm -lpthread \
        -o "$tmp/app" || exit 2
    APP=$tmp/app
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print "n/a"}'; }
now_ms() { date +%s%N | awk '{printf "%.1f", $1/1e6}'; }
screen_has() { tm capture-pane -p -t b 2> /dev/null | grep -qF -- "$1"; }
wait_for() { for _ in $(seq 1 400); do screen_has "$1" && return 0; sleep 0.005; done; echo "timeout: $1" >&2; exit 1; }

# a session that outlives the measured ones, so the server stays up
tm new-session -d -s keep "sleep 600"
outside=()
for run in 1 2 3 4 5 6 7; do
    rm -rf "$tmp/ws"
    t0=$(now_ms)
    tm new-session -d -s b -x 100 -y 30 \
        "env TERM=screen-256color ORMKATA_APP_TIMING=$tmp/start $APP --workspace $tmp/ws --lessons $LESSONS; sleep 30"
    wait_for "course map"
    t1=$(now_ms)
    outside+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')")
    tm kill-session -t b
done

# keys: open the kata, type 30 characters, run the checks 10 times
rm -rf "$tmp/ws"
: > "$tmp/timing"
tm new-session -d -s b -x 100 -y 30 \
    "env TERM=screen-256color ORMKATA_APP_TIMING=$tmp/timing $APP --workspace $tmp/ws --lessons $LESSONS; sleep 30"
wait_for "course map"
for _ in $(seq 1 "$ROW"); do tm send-keys -t b Down; done
tm send-keys -t b Enter
wait_for "pts"
# type into a comment at the end, so the answer still runs when graded
tm send-keys -t b PPage NPage End Enter
tm send-keys -t b -l "#"
for i in $(seq 1 30); do tm send-keys -t b -l x; sleep 0.02; done
sleep 0.3
grep key_ms "$tmp/timing" | awk '{print $2}' > "$tmp/typing"
: > "$tmp/timing"
for i in $(seq 1 10); do tm send-keys -t b F5; sleep 0.15; done
sleep 0.3
grep key_ms "$tmp/timing" | awk '{print $2}' > "$tmp/grade"

printf '%-44s %10s %8s\n' "app benchmark" "median" "target"
printf '%-44s %7s ms %5s ms\n' "start-up to first screen (inside)" \
    "$(grep first_frame_ms "$tmp/start" | awk '{print $2}' | median)" 50
printf '%-44s %7s ms %5s ms\n' "start-up to first screen (tmux, outside)" "$(printf '%s\n' "${outside[@]}" | median)" 50
printf '%-44s %7s ms %5s ms\n' "key to redraw: typing" "$(median < "$tmp/typing")" 16
printf '%-44s %7s ms %5s ms\n' "key to redraw: F5, re-grade both variants" "$(median < "$tmp/grade")" 16
