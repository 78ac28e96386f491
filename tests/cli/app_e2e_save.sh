#!/usr/bin/env bash
# app_e2e_save.sh — never lose work: an edit survives quit and reopen (same
# kata, cursor, text); SIGTERM saves and restores the terminal; a SIGKILL
# in the middle of typing loses at most the last second.
. "$(dirname "$0")/../e2e/lib.sh"
answer=$WS/01-sql/03-plain.py

app_start 80 24
keys G Enter
wait_for "Plain Python"
keys Down End
type "  # edited"
keys C-q
wait_for "[exit 0]"
grep -q "return a - b  # edited" "$answer" || fail "the edit was not saved on quit"

# reopen: the kata, the text and the cursor (end of line 2) are back
app_start 80 24
wait_for "Plain Python"
wait_for "return a - b  # edited"
wait_for "line 2, col 27"

# SIGTERM: saved at once, terminal restored, exit 128+15
type "!"
kill -TERM "$(app_pid)"
wait_for "[exit 143]"
grep -q "# edited!" "$answer" || fail "SIGTERM lost the last edit"

# SIGKILL while typing: one key every 100 ms, then kill -9
app_start 80 24
wait_for "Plain Python"
keys End Enter
sent=""
for c in a b c d e f g h i j k l m n o p q r s t u v w x y z; do
    type "$c"
    sent=$sent$c
    sleep 0.1
done
kill -KILL "$(app_pid)"
wait_for "[exit 137]"
saved=$(tail -n 1 "$answer" | tr -d ' ')
# everything typed more than a second before the kill (all but the last ~10
# keys) must be on disk
case $sent in "$saved"*) ;; *) fail "saved text '$saved' is not a prefix of '$sent'" ;; esac
[ ${#saved} -ge $(( ${#sent} - 11 )) ] || fail "lost more than a second: saved '$saved' of '$sent'"
echo "SIGKILL kept ${#saved} of ${#sent} keys"
exit 0
