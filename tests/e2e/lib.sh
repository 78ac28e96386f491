# tests/e2e/lib.sh — helpers for the app's end-to-end tests (sourced by
# tests/cli/app_*.sh): drive the real binary in a private tmux server the
# way tmux's own regress scripts do — send-keys, capture-pane, and polling
# for what should appear instead of sleeping.
#
#   app_start W H [ENV=VALUE...]   start the app on the test course in a new
#                                  session (workspace $WS), wait for the map
#   keys ARGS...                   tmux send-keys (key names: Enter, F5, C-r…)
#   type TEXT                      send TEXT literally
#   wait_for TEXT [SECONDS]        poll the screen until TEXT shows (fail after)
#   wait_gone TEXT [SECONDS]       poll until TEXT is gone
#   screen                         the screen as text
#   app_pid                        the app's process id
#
# The binary: $ORMKATA when it opens the app with no command; otherwise (the
# CLI's main.c not yet calling app_main) a two-line main linked against the
# same build's libormkata.a, so the tests exercise the app either way.
# Exits 77 (skip) without tmux.

set -u
ROOT=${ORMKATA_ROOT:-$(pwd)}
ORMKATA=${ORMKATA:-$ROOT/ormkata}
LESSONS=$ROOT/tests/data/app/lessons
command -v tmux > /dev/null || { echo "tmux is not installed"; exit 77; }
[ -x "$ORMKATA" ] || { echo "SKIP no binary $ORMKATA"; exit 0; }

E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/ormkata-e2e.XXXXXX")
WS=$E2E_TMP/ws
SOCK=ormkata-e2e-$$
export LC_ALL=C.UTF-8
unset NO_COLOR

tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
e2e_cleanup() {
    tm kill-server > /dev/null 2>&1
    rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT

fail() {
    echo "$(basename "$0" .sh): $*" >&2
    echo "--- screen:" >&2
    screen >&2
    exit 1
}

# Find or build a binary whose no-command mode is the app.
APP=$ORMKATA
if ! "$ORMKATA" --workspace "$E2E_TMP/probe" --lessons "$LESSONS" < /dev/null 2> /dev/null \
        | grep -q 'katas passed'; then
    case $ORMKATA in
    */build-san/*) lib=$ROOT/build-san/libormkata.a; san="-fsanitize=address,undefined" ;;
    *) lib=$ROOT/build/libormkata.a; san="" ;;
    esac
    [ -f "$lib" ] || { echo "SKIP no $lib"; exit 0; }
    printf '#include "app.h"\nint main(int argc, char **argv) { return app_main(argc, argv); }\n' \
        > "$E2E_TMP/shim.c"
    # shellcheck disable=SC2086
    ${CC:-cc} $san -I"$ROOT/src" "$E2E_TMP/shim.c" "$lib" \
        $(pkg-config --libs ncursesw sqlite3 md4c) -lm -lpthread -o "$E2E_TMP/ormkata-app" \
        || { echo "could not link the app shim"; exit 1; }
    APP=$E2E_TMP/ormkata-app
fi
rm -rf "$E2E_TMP/probe"

screen() { tm capture-pane -p -t e2e 2> /dev/null; }

wait_for() {   # TEXT [SECONDS]
    local i n=$(( ${2:-10} * 20 ))
    for ((i = 0; i < n; i++)); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    fail "timed out waiting for: $1"
}

wait_gone() {   # TEXT [SECONDS]
    local i n=$(( ${2:-10} * 20 ))
    for ((i = 0; i < n; i++)); do
        screen | grep -qF -- "$1" || return 0
        sleep 0.05
    done
    fail "still on screen: $1"
}

keys() { tm send-keys -t e2e "$@"; }
type() { tm send-keys -t e2e -l -- "$1"; }

# a session that outlives the app's, so the server stays up between starts
tm new-session -d -s keep "sleep 600"

# app_start W H [ENV=VALUE...]: the app in session "e2e"; when it ends the
# pane shows "[exit N]".
app_start() {
    local w=$1 h=$2
    shift 2
    tm kill-session -t e2e > /dev/null 2>&1
    tm new-session -d -s e2e -x "$w" -y "$h" \
        "env TERM=screen-256color $* $APP --workspace $WS --lessons $LESSONS; echo \"[exit \$?]\"; sleep 60"
    wait_for "ormkata"
}

app_pid() {
    local shell
    shell=$(tm display -p -t e2e '#{pane_pid}')
    pgrep -P "$shell" -f "ormkata" | head -n 1
}
