#!/usr/bin/env bash
# app_e2e_kata.sh — the app in tmux: open the first kata from the course
# map, type a fix into the editor (auto-indent does the indenting), run the
# checks (F5) and see them pass; the SQL pane lists the statement with the
# source line that ran it; the N+1 kata lights up its loop line; the help
# overlay opens and closes; q / Ctrl-Q leave with the terminal restored.
. "$(dirname "$0")/../e2e/lib.sh"

app_start 100 30
wait_for "Raw SQL warm-up"
wait_for "new     01-count"
keys Down Enter
wait_for "Count in SQL"
wait_for 'c.execute("SELECT id FROM blog_entry")'

# type a new definition at the end: it replaces the starter's
keys PPage NPage End Enter Enter BSpace BSpace
type 'def count_entries():'; keys Enter
type 'with connection.cursor() as c:'; keys Enter
type 'c.execute("SELECT COUNT(*) FROM blog_entry")'; keys Enter
type 'return c.fetchone()[0]'
wait_for '    return c.fetchone()[0]'
keys F5
wait_for "PASSED" 20
wait_for "passed"

# the SQL pane: numbered statements, the source line of the selected one
keys M-3
wait_for "L11"
keys F7 Down
wait_for 'line 11: c.execute("SELECT COUNT(*) FROM'
wait_for "EXPLAIN QUERY PLAN"
keys Escape     # focus back to the editor (the pane's ◀ goes)
wait_gone "◀"

# the N+1 kata: its loop line has a badge with the statement count
keys C-n
wait_for "One query, not one per blog"
keys C-r
wait_for "FAIL One query for all blogs" 20
screen | grep -qE '^ +9 +[0-9]+│' || fail "no badge on line 9"

# help
keys F1
wait_for "this help (any key closes it)"
keys x
wait_gone "this help (any key closes it)"

# back to the map: the first kata shows as passed; q quits cleanly
keys Escape
wait_for "course map"
wait_for "✓ passed  01-count"
wait_for "10/30 pts"
keys q
wait_for "[exit 0]"
screen | grep -q "Count in SQL" && fail "the app's screen is still shown after quitting"
grep -q "SELECT COUNT" "$WS/01-sql/01-count.py" || fail "the answer was not saved"
exit 0
