#!/usr/bin/env bash
# app_e2e_terminal.sh — terminal manners: a resize below 80×24 shows the
# size message and a resize back restores the view; TERM=vt100 (no colours,
# no F5 in its terminfo) works with the Ctrl keys and keeps glyph + word;
# NO_COLOR leaves no colour codes; ORMKATA_ASCII=1 draws ASCII only; not a
# terminal prints a plain summary.
. "$(dirname "$0")/../e2e/lib.sh"

# resize
app_start 100 30
wait_for "Raw SQL warm-up"
tm resize-window -t e2e -x 60 -y 20
wait_for "needs at least 80×24; this terminal is 60×20"
tm resize-window -t e2e -x 90 -y 26
wait_for "Raw SQL warm-up"
keys Down Enter
wait_for "Count in SQL"
tm resize-window -t e2e -x 120 -y 40
wait_for "F5 runs the checks"
tm resize-window -t e2e -x 80 -y 24
wait_for "Count in SQL"
keys C-q
wait_for "[exit 0]"

# TERM=vt100: Ctrl-R runs the checks; status as glyph and word
tm kill-session -t e2e
tm new-session -d -s e2e -x 80 -y 24 \
    "env TERM=vt100 $APP --workspace $WS --lessons $LESSONS; echo \"[exit \$?]\"; sleep 60"
wait_for "Count in SQL"          # reopens the kata it was left in
keys C-n C-n
wait_for "Plain Python"
keys Down End BSpace BSpace BSpace BSpace BSpace
type "a + b"
keys C-r
wait_for "PASSED"
wait_for "✓ ok"
colours() { tm capture-pane -p -e -t e2e | grep -qE $'\e\\[([0-9]+;)*(3[0-7]|4[0-7]|38;5;[0-9]+)m'; }
colours && fail "colours on a vt100"
keys C-q
wait_for "[exit 0]"

# NO_COLOR on a 256-colour terminal: bold/reverse only
app_start 80 24 NO_COLOR=1
wait_for "Plain Python"
colours && fail "colours with NO_COLOR"
tm capture-pane -p -e -t e2e | grep -qE $'\e\\[([0-9]+;)*(1|7)m' || fail "no bold/reverse with NO_COLOR"
# the same on 256 colours without NO_COLOR does use colours
app_start 80 24
wait_for "Plain Python"
colours || fail "no colours on screen-256color"
keys C-q
wait_for "[exit 0]"
keys C-q
wait_for "[exit 0]"

# 8 colours (TERM=xterm): colours, but none from the 256-colour palette
tm kill-session -t e2e
tm new-session -d -s e2e -x 80 -y 24 \
    "env TERM=xterm $APP --workspace $WS --lessons $LESSONS; echo \"[exit \$?]\"; sleep 60"
wait_for "Plain Python"
colours || fail "no colours on an 8-colour xterm"
tm capture-pane -p -e -t e2e | grep -q $'\e\\[38;5' && fail "256-colour codes on an 8-colour xterm"
keys C-q
wait_for "[exit 0]"

# ASCII only
app_start 80 24 ORMKATA_ASCII=1
wait_for "Plain Python"
keys Escape
wait_for "v passed  03-plain"
screen | LC_ALL=C grep -q '[^[:print:][:space:]]' && fail "non-ASCII on the screen with ORMKATA_ASCII=1"
keys q
wait_for "[exit 0]"

# not a terminal
out=$("$APP" --workspace "$WS" --lessons "$LESSONS" < /dev/null) || fail "summary exit status $?"
case $out in *"1 of 3 katas passed, 5/30 points"*"passed  01-sql/03-plain"*"Continue:"*) ;;
    *) fail "unexpected summary: $out" ;; esac
exit 0
