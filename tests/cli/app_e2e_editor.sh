#!/usr/bin/env bash
# app_e2e_editor.sh — other editors: F4 opens the answer in $EDITOR (curses
# suspended, then resumed), and the app reloads and re-grades what it
# wrote; watch mode picks up a change made by another program while the
# app runs (inotify, and the polling fallback); Ctrl-C quits; a crash
# (SIGSEGV) still restores the terminal.
. "$(dirname "$0")/../e2e/lib.sh"
answer=$WS/01-sql/03-plain.py

# an "editor" that fixes the answer in place
cat > "$E2E_TMP/fix-editor" <<'SH'
#!/bin/sh
sed -i 's/a - b/a + b/' "$1"
echo "editor ran on $1"
sleep 0.3
SH
chmod +x "$E2E_TMP/fix-editor"

app_start 80 24 EDITOR="$E2E_TMP/fix-editor" VISUAL=
keys G Enter
wait_for "Plain Python"
keys F4
wait_for "return a + b"
wait_for "PASSED"
grep -q "a + b" "$answer" || fail "the editor's change is not in the file"
keys C-c
wait_for "[exit 0]"

# watch mode: another program rewrites the answer (atomically, like most
# editors do) while the app shows it
for mode in inotify poll; do
    extra=""
    [ $mode = poll ] && extra="ORMKATA_WATCH_POLL=1"
    app_start 80 24 $extra
    wait_for "Plain Python"
    printf 'def add(a, b):\n    return b - a  # %s\n' "$mode" > "$answer.tmp"
    mv "$answer.tmp" "$answer"
    wait_for "return b - a  # $mode" 5
    wait_for "Changed outside the app: reloaded and checked"
    wait_for "NOT YET"
    keys C-q
    wait_for "[exit 0]"
done

# a crash: the terminal comes back (the app's screen is gone)
app_start 80 24
wait_for "Plain Python"
kill -SEGV "$(app_pid)"
wait_for "[exit 139]"
screen | grep -q "Plain Python" && fail "the app's screen stayed after a crash"
exit 0
